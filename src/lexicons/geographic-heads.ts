// Last words of geographic names: "Tin Can Island", "Sinan County", "Mithi River", "Ham Luong Delta". A
// capitalised name that ends in one of them names a place, not a person or a firm.
export const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set([
  'island', 'islands', 'isle', 'isles', 'atoll', 'archipelago', 'peninsula', 'cape', 'coast', 'beach',
  'river', 'creek', 'delta', 'estuary', 'lake', 'lagoon', 'bay', 'gulf', 'strait', 'straits', 'sea', 'ocean',
  'reef', 'harbour', 'harbor', 'canal', 'falls', 'glacier', 'valley', 'canyon', 'gorge', 'plateau', 'plain',
  'plains', 'desert', 'forest', 'mountains', 'range', 'hills', 'highlands', 'basin', 'pass', 'dales', 'fells',
  'moor', 'dam', 'barrage',
  'province', 'prefecture', 'governorate', 'oblast', 'krai', 'county', 'district', 'municipality',
  'township', 'borough', 'parish', 'region', 'territory', 'town', 'city',
]);
