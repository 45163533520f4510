// The classes of compromise's lexicon that tell people and places apart from everything else.
export const NAME_CLASSES: ReadonlySet<string> = new Set([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Region', 'Place',
  'Demonym', 'Honorific', 'Organization', 'SportsTeam', 'Actor', 'Month', 'WeekDay',
]);
