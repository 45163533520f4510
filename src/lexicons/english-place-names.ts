// English names that news uses and the map's sources lack: the sources give a country's formal names, a
// region's name in its own language ("Bayern") and a town's local name ("Genève"). Read only by
// scripts/build-lexicon-data.ts, which adds them to src/lexicons/geo-names.json.

/** ISO 3166-1 alpha-2 code -> other English names of the country. */
export const ENGLISH_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  BA: ['Bosnia'],
  CV: ['Cape Verde'],
  CZ: ['Czechia'],
  GB: ['Britain'],
  KZ: ['Kazakstan'],
  MK: ['Macedonia'],
  MM: ['Burma'],
  NL: ['Holland'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Türkiye'],
  VA: ['Vatican', 'Vatican City'],
};

/**
 * ISO 3166-1 alpha-2 code -> adjectives of its people that the demonym package lacks or gives another
 * country (it has "Welsh" for Wallis and Futuna); these win over the package's.
 */
export const ENGLISH_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  AE: ['Emirati'],
  AR: ['Argentine', 'Argentinian'],
  BA: ['Bosnian'],
  GB: ['English', 'Scottish', 'Welsh', 'Northern Irish'],
  KZ: ['Kazakh'],
  SK: ['Slovak'],
  SS: ['South Sudanese'],
  TM: ['Turkmen'],
  TT: ['Trinidadian'],
  UZ: ['Uzbek'],
  YE: ['Yemeni'],
};

/** ISO 3166-2 code -> English names of the region. */
export const ENGLISH_REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  'BE-VLG': ['Flanders'],
  'BE-WAL': ['Wallonia'],
  'CA-NL': ['Newfoundland'],
  'CN-XJ': ['Xinjiang'],
  'CN-XZ': ['Tibet'],
  'DE-BY': ['Bavaria'],
  'DE-HE': ['Hesse'],
  'DE-NI': ['Lower Saxony'],
  'DE-NW': ['North Rhine-Westphalia'],
  'DE-RP': ['Rhineland-Palatinate'],
  'DE-SN': ['Saxony'],
  'DE-ST': ['Saxony-Anhalt'],
  'DE-TH': ['Thuringia'],
  'DE-MV': ['Mecklenburg-Western Pomerania'],
  'ES-AN': ['Andalusia'],
  'ES-CT': ['Catalonia'],
  'ES-PV': ['Basque Country'],
  'FR-20R': ['Corsica'],
  'FR-BRE': ['Brittany'],
  'FR-NOR': ['Normandy'],
  'GR-M': ['Crete'],
  'IT-21': ['Piedmont'],
  'IT-25': ['Lombardy'],
  'IT-32': ['Trentino-Alto Adige', 'Trentino-South Tyrol'],
  'IT-52': ['Tuscany'],
  'IT-75': ['Apulia'],
  'IT-82': ['Sicily'],
  'IT-88': ['Sardinia'],
  'RU-CE': ['Chechnya'],
  'UA-43': ['Crimea'],
};

/** GeoNames id of a town -> its English names. */
export const ENGLISH_TOWN_NAMES: Readonly<Record<number, readonly string[]>> = {
  703448: ['Kiev'], // Kyiv
  706483: ['Kharkov'], // Kharkiv
  698740: ['Odesa'], // Odessa
  1264527: ['Madras'], // Chennai
  1275004: ['Calcutta'], // Kolkata
  1275339: ['Bombay'], // Mumbai
  1277333: ['Bangalore'], // Bengaluru
  1298824: ['Rangoon'], // Yangon
  1566083: ['Saigon'], // Ho Chi Minh City
  1816670: ['Peking'], // Beijing
  2510911: ['Seville'], // Sevilla
  2660646: ['Geneva'], // Genève
  2711537: ['Gothenburg'], // Göteborg
  2735943: ['Oporto'], // Porto
  2797656: ['Ghent'], // Gent
  2800931: ['Bruges'], // Brugge
  2803138: ['Antwerp'], // Antwerpen
  2861650: ['Nuremberg'], // Nürnberg
  2886242: ['Cologne'], // Köln
  2925533: ['Frankfurt'], // Frankfurt am Main
  2995469: ['Marseilles'], // Marseille
  2996944: ['Lyons'], // Lyon
  3094802: ['Cracow'], // Kraków
  3119841: ['Corunna'], // A Coruña
  3174659: ['Leghorn'], // Livorno
  4140963: ['Washington', 'Washington DC', 'Washington D.C.'], // Washington, D.C.: the city news means by "Washington"
  6325494: ['Quebec City'], // Québec
};
