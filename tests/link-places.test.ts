// Places on the map: one choice from the name and the document, or no link at all.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { mapEntries, smallerTowns } from '../src/geo/gazetteer.js';
import { foldName, mapKey } from '../src/geo/map-key.js';
import { ENGLISH_COUNTRY_NAMES, ENGLISH_REGION_NAMES, ENGLISH_TOWN_NAMES } from '../src/lexicons/english-place-names.js';

const linkOf = (text: string, name: string) => {
  const place = analyze(text).places.find((p) => p.mentions.some((m) => m.text === name));
  if (!place) throw new Error(`no place "${name}" found in: ${text}`);
  return place;
};

describe('map keys', () => {
  it.each([
    ['U.S.', 'us'],
    ['Łódź', 'lodz'],
    ['K’akheti', 'kakheti'],
    ['the Netherlands', 'netherlands'],
    ['Emilia-Romagna', 'emilia romagna'],
  ])('%s -> %s', (name, key) => expect(mapKey(name)).toBe(key));

  it('folds a plain name (its shortcut) as the full fold does', () => {
    const piece = fc.constantFrom('the', 'The', 'THE', 'New', 'york', 'St', '.', "'", '’', 'é', 'Ł', '-', ' ', '  ', '\t', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => mapKey(pieces.join('')) === foldName(pieces.join(''))), { numRuns: 2000 });
  });
});

describe('the map', () => {
  it('knows countries by their English names and abbreviations, with GeoNames ids', () => {
    const uk = mapEntries('UK').find((e) => e.kind === 'country');
    expect(uk).toMatchObject({ country: 'GB', geonamesId: 2635167 });
    expect(mapEntries('U.S.').find((e) => e.kind === 'country')?.country).toBe('US');
  });
  it('knows every English name of the table under the country, region or town it names', () => {
    for (const [country, names] of Object.entries(ENGLISH_COUNTRY_NAMES)) {
      for (const n of names) expect(mapEntries(n).map((e) => [e.kind, e.country]), n).toContainEqual(['country', country]);
    }
    for (const [region, names] of Object.entries(ENGLISH_REGION_NAMES)) {
      for (const n of names) expect(mapEntries(n).map((e) => e.region), n).toContain(region);
    }
    for (const [id, names] of Object.entries(ENGLISH_TOWN_NAMES)) {
      for (const n of names) expect(mapEntries(n).map((e) => e.geonamesId), n).toContain(Number(id));
    }
  });
  it('lists a territory that is also a country once, as the country', () => {
    expect(mapEntries('Taiwan').map((e) => [e.kind, e.country])).toContainEqual(['country', 'TW']);
    expect(mapEntries('Taiwan').some((e) => e.kind === 'region')).toBe(false);
  });
});

describe('linking places', () => {
  it.each([
    ['a country', 'Officials in Kazakhstan said the talks went well.', 'Kazakhstan', { kind: 'country', country: 'KZ', geonamesId: 1522867 }],
    ['a town whose namesakes are far smaller', 'The delegation flew to Paris on Monday.', 'Paris', { kind: 'city', country: 'FR' }],
    ['the capital news means by "Washington"', 'Officials in Washington said the talks would resume.', 'Washington', { kind: 'city', country: 'US', geonamesId: 4140963 }],
    ['a qualified namesake', 'The festival opened in Paris, Texas, on Friday.', 'Paris', { kind: 'city', country: 'US' }],
    ['a state beside its towns', 'Prosecutors in Atlanta said Georgia would appeal. Savannah and Atlanta agreed.', 'Georgia', { kind: 'region', country: 'US', region: 'US-GA' }],
    ['a country beside its towns', 'Winemakers in Tbilisi said Georgia would export more to Telavi and Tbilisi buyers.', 'Georgia', { kind: 'country', country: 'GE' }],
  ])('%s', (_, text, name, expected) => expect(linkOf(text, name).link).toMatchObject(expected));

  it('settles a large town by the country the document names ("Geneva" beside "Switzerland"), not a small one', () => {
    const text = 'Donors met in Geneva on Monday. Switzerland hosted the talks, and aid agencies from Sudan and Chad attended. Chad, Chad and Chad were on every agenda.';
    expect(linkOf(text, 'Geneva').link).toMatchObject({ kind: 'city', country: 'CH' });
  });

  it('knows a town named after its river by its everyday name, and lets the document choose the namesake', () => {
    expect(mapEntries('Stockton').map((e) => e.country)).toEqual(expect.arrayContaining(['US', 'GB']));
    const text = 'Councillors in Stockton met on Monday. Middlesbrough, Hartlepool and Darlington face the same cuts across England.';
    expect(linkOf(text, 'Stockton').link).toMatchObject({ kind: 'city', country: 'GB' });
  });

  it('settles a region by a country the document names places of ("Georgia" beside Atlanta and Arizona)', () => {
    const text = 'The firm runs plants in Seoul, Ulsan and Suwon, and in Georgia. Officials in Atlanta and Arizona welcomed it; Seoul, Ulsan and Suwon did too.';
    expect(linkOf(text, 'Georgia').link).toMatchObject({ kind: 'region', country: 'US', region: 'US-GA' });
  });

  it('does not take a compass point for a foreign region of that name', () => {
    const text = 'Flood warnings covered the North West on Sunday. Cumbria and Scotland were worst hit, and Cumbria opened shelters.';
    expect(linkOf(text, 'North West').link).toEqual({ country: 'GB' });
  });

  it('gives a place the map lacks the country of the place that qualifies it ("Commerce, Georgia")', () => {
    const text = 'The firm has a plant in Commerce, Georgia. Officials in Atlanta and Savannah praised it, and Seoul, Busan and Seoul investors agreed.';
    expect(linkOf(text, 'Commerce').link).toEqual({ country: 'US' });
  });

  it('takes the dateline country as home where it leads without a majority', () => {
    const text = 'SEOUL (Wire) — Workers in Pyeongtaek went on strike. Seoul and Busan officials met; buyers in Budapest, Hungary and Texas waited. Pyeongtaek stayed closed.';
    expect(linkOf(text, 'Pyeongtaek').link).toEqual({ country: 'KR' });
  });

  it('gives continents and seas no home country', () => {
    const text = 'Exports from Cork, Dublin and Ireland to Europe fell; ships crossed the Adriatic Sea less often. Cork traders blamed costs.';
    expect(linkOf(text, 'Europe').link).toBeUndefined();
  });

  it('gives a union of countries no home country', () => {
    const text = 'Farmers in Cork, Dublin and Galway said the E.U. rules hurt them. Cork and Galway co-operatives agreed with Dublin.';
    expect(linkOf(text, 'E.U.').link).toBeUndefined();
  });

  it('gives places the map lacks the country of two linked places that agree', () => {
    const text = 'Fire crews from Melbourne reached Buchan on Tuesday, the worst day in Victoria since records began.';
    expect(linkOf(text, 'Buchan').link).toEqual({ country: 'AU' });
  });

  it('leaves a name several places bear unlinked when nothing in the document decides', () => {
    expect(linkOf('Flooding was reported across Georgia on Tuesday.', 'Georgia').link).toBeUndefined();
  });

  it('names a place seen only in capitals by its map name', () => {
    const place = linkOf('KINGSTON, Jamaica (Caribbean Wire) — The match was abandoned.', 'KINGSTON');
    expect(place.name).toBe('Kingston');
    expect(place.link).toMatchObject({ kind: 'city', country: 'JM' });
  });

  it('gives a place the map does not know the country of the document, and only that', () => {
    const text =
      'Residents of Kurla in Mumbai waded through water on Monday. Mumbai and Pune saw the heaviest rain in India this year, and Mumbai officials said Kurla would be pumped dry.';
    expect(linkOf(text, 'Kurla').link).toEqual({ country: 'IN' });
  });

  it('splits a name whose mentions carry two senses into one place per sense, each linked', () => {
    const text =
      'Georgia and Armenia signed a rail pact in Tbilisi on Friday. The trains will be built in the US state of Georgia. ' +
      'Officials in Tbilisi and Yerevan said Georgia would pay half. In Atlanta, Georgia lawmakers and Savannah officials cheered.';
    const georgias = analyze(text).places.filter((p) => p.name === 'Georgia');
    expect(georgias.map((p) => [p.link?.country, p.mentions.length])).toEqual([['GE', 2], ['US', 2]]);
    const ids = analyze(text).places.map((p) => p.id);
    expect(ids).toEqual(ids.map((_, i) => `l${i + 1}`));
  });

  it('takes "the other" Georgia for the sense the previous mention did not have', () => {
    const text = 'A firm from Atlanta, Georgia and Savannah will build a port in Tbilisi. Officials in Savannah said Georgia firms would help the other Georgia. Tbilisi and Batumi agreed.';
    const senses = analyze(text).places.filter((p) => p.name === 'Georgia').flatMap((p) => p.mentions.map((m) => [m.start, p.link?.country]));
    expect(senses.sort((a, b) => (a[0] as number) - (b[0] as number)).map((s) => s[1])).toEqual(['US', 'US', 'GE']);
  });

  it('places a town the map lacks in the country a possessive or a people\'s adjective names', () => {
    expect(linkOf('Rice farmers in Vietnam’s Mekong Delta fear salt water.', 'Mekong Delta').link).toEqual({ country: 'VN' });
    const text = 'The swimmer, from the small Welsh town of Llandovery, won in Debrecen, Hungary. Budapest, Szeged and Hungary cheered Debrecen.';
    expect(linkOf(text, 'Llandovery').link).toMatchObject({ kind: 'city', country: 'GB' }); // a smaller town of the map
    const lacking = 'Aid reached the Chadian town of Farchana on Monday. Officials in Geneva and Paris met.';
    expect(linkOf(lacking, 'Farchana').link).toEqual({ country: 'TD' });
  });

  it('leaves unlinked a town only its name places abroad in a story a council places at home', () => {
    const text = 'Cork City Council voted to close the Blackpool library. Staff at Blackpool will move to the library on Grand Parade.';
    expect(linkOf(text, 'Blackpool').link).toBeUndefined();
    expect(linkOf(text, 'Grand Parade').link).toEqual({ country: 'IE' });
  });

  it('takes a smaller town of the story\'s home country over a foreign namesake the map proper has', () => {
    const text = 'Rivers burst their banks in Keswick and Carlisle. Cumbria, Penrith and Carlisle were worst hit, and Workington and Kendal too.';
    expect(linkOf(text, 'Keswick').link).toMatchObject({ kind: 'city', country: 'GB', geonamesId: 2645756 });
  });

  it('finds every smaller town under each of its names', () => {
    for (const name of ['Keswick', 'Llandovery', 'Adré', 'Adre']) expect(smallerTowns(name).length, name).toBeGreaterThan(0);
    expect(smallerTowns('Keswick').map((e) => e.country)).toEqual(['GB']);
    expect(smallerTowns('No Such Town Anywhere')).toEqual([]);
    // every 97th row of the file, under each of its names, is found by the search over the bytes
    const text = readFileSync(new URL('../src/lexicons/geo-towns.tsv', import.meta.url), 'utf8');
    const rows = text.slice(text.indexOf('\n\n') + 2).trim().split('\n');
    for (let r = 0; r < rows.length; r += 97) {
      const [names, id] = rows[r]!.split('\t');
      for (const name of names!.split('|')) expect(smallerTowns(name).map((e) => e.geonamesId), name).toContain(+id!);
    }
  });

  it('writes the link into the place entity of the annotation', async () => {
    const { annotate } = await import('../src/index.js');
    const place = annotate('Officials in Kazakhstan said the talks went well.').places.find((p) => p.name === 'Kazakhstan');
    expect(place).toMatchObject({ kind: 'country', country: 'KZ', lat: expect.any(Number), lon: expect.any(Number) });
  });
});
