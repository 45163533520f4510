// Last words of street names: "Ted Turner Drive", "Nelson Mandela Boulevard", "Martin Luther King Jr. Avenue".
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'boulevard', 'blvd', 'lane', 'parkway', 'highway', 'square',
  'parade', 'terrace', 'crescent', 'promenade', 'embankment', 'quay',
]);
