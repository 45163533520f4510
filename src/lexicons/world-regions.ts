// Multi-word names of world regions that compromise's lexicon lacks, lower case. They are places, never
// organisations, however capitalised their first word ("Central", "Middle", "West").
export const WORLD_REGIONS: ReadonlySet<string> = new Set([
  'central asia', 'south asia', 'east asia', 'southeast asia', 'south-east asia', 'north asia', 'west asia',
  'asia pacific', 'asia-pacific', 'middle east', 'near east', 'far east', 'north africa', 'west africa',
  'east africa', 'southern africa', 'central africa', 'sub-saharan africa', 'horn of africa',
  'latin america', 'central america', 'south america', 'north america', 'eastern europe', 'western europe',
  'central europe', 'northern europe', 'southern europe', 'central and eastern europe', 'west bank',
  'gaza strip', 'persian gulf', 'arabian peninsula', 'korean peninsula', 'balkan peninsula',
  'indian subcontinent', 'south caucasus', 'north caucasus', 'south pacific', 'south china sea',
  'east china sea', 'black sea', 'caspian sea', 'red sea', 'baltic sea', 'mediterranean sea',
  'taiwan strait', 'strait of hormuz', 'arctic ocean', 'indian ocean', 'atlantic ocean', 'pacific ocean',
  'south east asia', 'north east', 'north west', 'south east', 'south west', 'east midlands', 'west midlands',
  'sahel region', 'great lakes', 'rust belt', 'sun belt', 'silicon valley', 'kashmir valley',
]);
