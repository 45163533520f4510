// Names of feasts and holidays, which the tagger takes for people or places ("strike over Easter", "before
// Christmas"): days, not names of either.
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'easter', 'easter monday', 'easter sunday', 'good friday', 'holy week', 'christmas', 'christmas eve', 'christmas day',
  'boxing day', 'new year', "new year's day", "new year's eve", 'hogmanay', 'whitsun', 'pentecost', 'lent', 'advent',
  'ramadan', 'eid', 'eid al-fitr', 'eid al-adha', 'hanukkah', 'passover', 'yom kippur', 'rosh hashanah', 'diwali',
  'thanksgiving', 'halloween', 'epiphany',
]);
