// Places on the map: one choice from the name and the document, or no link at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { mapEntries } from '../src/geo/gazetteer.js';
import { foldName, mapKey } from '../src/geo/map-key.js';

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
  it('lists a territory that is also a country once, as the country', () => {
    expect(mapEntries('Taiwan').map((e) => [e.kind, e.country])).toContainEqual(['country', 'TW']);
    expect(mapEntries('Taiwan').some((e) => e.kind === 'region')).toBe(false);
  });
});

describe('linking places', () => {
  it.each([
    ['a country', 'Officials in Kazakhstan said the talks went well.', 'Kazakhstan', { kind: 'country', country: 'KZ', geonamesId: 1522867 }],
    ['a town whose namesakes are far smaller', 'The delegation flew to Paris on Monday.', 'Paris', { kind: 'city', country: 'FR' }],
    ['a qualified namesake', 'The festival opened in Paris, Texas, on Friday.', 'Paris', { kind: 'city', country: 'US' }],
    ['a state beside its towns', 'Prosecutors in Atlanta said Georgia would appeal. Savannah and Atlanta agreed.', 'Georgia', { kind: 'region', country: 'US', region: 'US-GA' }],
    ['a country beside its towns', 'Winemakers in Tbilisi said Georgia would export more to Telavi and Tbilisi buyers.', 'Georgia', { kind: 'country', country: 'GE' }],
  ])('%s', (_, text, name, expected) => expect(linkOf(text, name).link).toMatchObject(expected));

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

  it('writes the link into the place entity of the annotation', async () => {
    const { annotate } = await import('../src/index.js');
    const place = annotate('Officials in Kazakhstan said the talks went well.').places.find((p) => p.name === 'Kazakhstan');
    expect(place).toMatchObject({ kind: 'country', country: 'KZ', lat: expect.any(Number), lon: expect.any(Number) });
  });
});
