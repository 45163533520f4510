import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import type { Person } from '../src/document.js';

const seed = readFileSync(new URL('../corpus/china-central-asia-summit.txt', import.meta.url), 'utf8');
const personNamed = (people: Person[], name: string) => people.find((p) => p.name === name);

describe('people in the seed article', () => {
  const doc = analyze(seed);

  it('groups every Xi mention under "Xi Jinping", possessive outside the span', () => {
    const xi = personNamed(doc.people, 'Xi Jinping');
    expect(xi).toBeDefined();
    expect(xi!.mentions).toHaveLength(6);
    expect(xi!.mentions.filter((m) => m.text === 'Xi Jinping')).toHaveLength(2);
    const bare = xi!.mentions.filter((m) => m.text === 'Xi');
    expect(bare).toHaveLength(4);
    expect(bare.filter((m) => /^\s+said/.test(seed.slice(m.end)))).toHaveLength(3);
    expect(bare.filter((m) => seed.slice(m.end, m.end + 2) === '’s')).toHaveLength(1);
    for (const m of xi!.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds Vladimir Putin with his title outside the span', () => {
    const putin = personNamed(doc.people, 'Vladimir Putin');
    expect(putin).toBeDefined();
    expect(putin!.titles).toContain('Russian President');
    expect(putin!.mentions[0]!.title).toBe('Russian President');
  });

  it('makes no person of a title or a trade route', () => {
    const names = doc.people.map((p) => p.name);
    expect(names).not.toContain('President');
    expect(names).not.toContain('Silk Road');
    for (const p of doc.people) for (const m of p.mentions) expect(m.text).not.toMatch(/President/);
  });

  it('numbers entities in order of first mention and sorts their mentions', () => {
    doc.people.forEach((p, i) => {
      expect(p.id).toBe(`p${i + 1}`);
      if (i > 0) expect(p.mentions[0]!.start).toBeGreaterThan(doc.people[i - 1]!.mentions[0]!.start);
      for (let j = 1; j < p.mentions.length; j++) expect(p.mentions[j]!.start).toBeGreaterThan(p.mentions[j - 1]!.start);
    });
  });
});

interface Case {
  what: string;
  text: string;
  /** Canonical name -> the mention texts it must hold (in order). */
  people: Record<string, string[]>;
  /** Names that must not be people. */
  notPeople?: string[];
}

const cases: Case[] = [
  {
    what: 'a first name that is also a state',
    text: 'Georgia Smith, a teacher from Atlanta, said the schools in Georgia needed more money. Smith said she would run for office.',
    people: { 'Georgia Smith': ['Georgia Smith', 'Smith'] },
    notPeople: ['Georgia'],
  },
  {
    what: 'a country and a surname spelt alike',
    text: 'Jordan’s King Abdullah met Michael Jordan in Amman on Tuesday.',
    people: { Abdullah: ['Abdullah'], 'Michael Jordan': ['Michael Jordan'] },
  },
  {
    what: 'a capital and a surname spelt alike',
    text: 'Washington has warned Moscow. Denzel Washington said he was moved by the film.',
    people: { 'Denzel Washington': ['Denzel Washington'] },
  },
  {
    what: 'a British honorific without full stop, before the full name',
    text: 'Ms Okafor told the committee in London that she would resign. Ngozi Okafor has led the agency since 2019.',
    people: { 'Ngozi Okafor': ['Okafor', 'Ngozi Okafor'] },
  },
  {
    what: 'a knight called by his first name',
    text: 'Sir Phil Mitchell opened the new hospital in Leeds. Sir Phil praised the nurses.',
    people: { 'Phil Mitchell': ['Phil Mitchell', 'Phil'] },
  },
  {
    what: 'an all-caps headline',
    text: 'PRESIDENT MACRON VISITS ALGERIA AS PROTESTS GROW\nFrench President Emmanuel Macron arrived in Algiers on Monday.',
    people: { 'Emmanuel Macron': ['MACRON', 'Emmanuel Macron'] },
    notPeople: ['PRESIDENT', 'PRESIDENT MACRON'],
  },
  {
    what: 'a Spanish double surname',
    text: 'Gabriel García Márquez was born in Aracataca, Colombia. García Márquez later moved to Mexico City.',
    people: { 'Gabriel García Márquez': ['Gabriel García Márquez', 'García Márquez'] },
  },
  {
    what: 'Dutch "van" names',
    text: 'Dutch coach Louis van Gaal said Robin van Persie would start. Van Gaal was speaking in Amsterdam.',
    people: { 'Louis van Gaal': ['Louis van Gaal', 'Van Gaal'], 'Robin van Persie': ['Robin van Persie'] },
  },
  {
    what: 'an Irish apostrophe name and its possessive',
    text: 'Conan O’Brien joked about Dublin. O’Brien’s show was taped in Los Angeles.',
    people: { 'Conan O’Brien': ['Conan O’Brien', 'O’Brien'] },
  },
  {
    what: 'hyphenated first names',
    text: 'Jean-Pierre Raffarin met Anne-Marie Duval in Paris. Raffarin said the talks went well.',
    people: { 'Jean-Pierre Raffarin': ['Jean-Pierre Raffarin', 'Raffarin'], 'Anne-Marie Duval': ['Anne-Marie Duval'] },
  },
];

describe('people: behaviours', () => {
  it.each([
    ['a title-case headline', 'Senator Says Budget Talks Will Resume Monday.\n\nSenator Maria Lopez said on Friday that talks would resume.', 'Maria Lopez', ['Says', 'Budget', 'Will']],
    ['a transcript speaker label', 'HOST: Well, let us begin.\n\nHOST: Well, Governor Tom Rhee is with us.', 'Tom Rhee', ['Well', 'HOST']],
    ['a headline naming its speaker before a colon', 'Okafor: Ministry must ‘stop hiding the numbers’\n\nAmara Okafor, a nurse, spoke on Monday.', 'Amara Okafor', ['Okafor: Ministry', 'Okafor : Ministry']],
  ])('no common word taken for a name in %s', (_what, text, name, notNames) => {
    const names = analyze(text).people.map((p) => p.name);
    expect(names).toContain(name);
    for (const n of notNames) expect(names).not.toContain(n);
  });

  it.each(cases)('$what', ({ text, people, notPeople }) => {
    const doc = analyze(text);
    for (const [name, mentions] of Object.entries(people)) {
      const person = personNamed(doc.people, name);
      expect(person, name).toBeDefined();
      expect(person!.mentions.map((m) => m.text)).toEqual(mentions);
    }
    for (const name of notPeople ?? []) expect(doc.people.map((p) => p.name)).not.toContain(name);
  });

  it.each([
    ['Interior Minister Nancy Faeser spoke in Berlin.', 'Nancy Faeser', 'Interior Minister'],
    ['Gov. Kathy Hochul signed the bill in Albany.', 'Kathy Hochul', 'Gov.'],
    ['Dr Amara Nwosu, a surgeon, said the ward was full.', 'Amara Nwosu', 'Dr'],
    ['Mr. Trump left early. Donald Trump had spoken for an hour.', 'Donald Trump', 'Mr.'],
    ['The motion was put by Cllr Aoife Brennan on Monday.', 'Aoife Brennan', 'Cllr'],
    ['Labour MP Harriet Oduya asked the minister a question.', 'Harriet Oduya', 'Labour MP'],
    ['Fr Colm Whelan led the service in Galway.', 'Colm Whelan', 'Fr'],
  ])('keeps the title outside the span: %s', (text, name, title) => {
    const person = personNamed(analyze(text).people, name);
    expect(person).toBeDefined();
    expect(person!.titles).toContain(title);
    for (const m of person!.mentions) expect(m.text).not.toContain(title);
  });

  it.each([
    ['Mrs. Lin Wei opened the school.', 'Lin Wei', 'female'],
    ['Sir Phil Mitchell opened the school.', 'Phil Mitchell', 'male'],
    ['Ms Okafor opened the school.', 'Okafor', 'female'],
    ['Michael Brennan opened the school.', 'Michael Brennan', 'male'],
    ['Mary Brennan opened the school.', 'Mary Brennan', 'female'],
    ['Xi Jinping opened the school.', 'Xi Jinping', undefined],
    ['Katarzyna Zielinska opened the school.', 'Katarzyna Zielinska', 'female'],
    ['Tomasz Wrobel opened the school.', 'Tomasz Wrobel', 'male'],
    ['Folasade Adeyemi opened the school.', 'Folasade Adeyemi', 'female'],
    ['Tunde Okoro opened the school.', 'Tunde Okoro', 'male'],
    ['Mr Chinonso Okafor opened the school.', 'Chinonso Okafor', 'male'],
    ['Lee Min-jun opened the school.', 'Lee Min-jun', undefined],
  ])('gender of %s', (text, name, gender) => {
    const person = personNamed(analyze(text).people, name);
    expect(person).toBeDefined();
    expect(person!.gender).toBe(gender);
  });
});

describe('companies taken for people', () => {
  const personTexts = (text: string) => analyze(text).people.flatMap((p) => p.mentions.map((m) => m.text));
  it.each([
    ['Quarnetix said on Monday it would cut 200 jobs. Quarnetix\'s shares fell 4% in early trading.', 'Quarnetix'],
    ['Velmora declined to comment. "We are reviewing the report," a spokeswoman for Velmora said.', 'Velmora'],
    ['The order went to Brundax Rail, which had offered the lowest price.', 'Brundax'],
    ['Tolvenic will publish its results next week, Tolvenic\'s chief executive said.', 'Tolvenic'],
    ['Marvessi said on Friday it would open a plant in Brazil. Marvessi shares rose 3 percent.', 'Marvessi'],
    ['The deal was signed by Corvani SpA on Tuesday. Corvani said the price was fair.', 'Corvani'],
    ['Halden & Brisk said profits rose. Shares of Halden & Brisk were up 2 percent.', 'Halden'],
    ['Family-controlled Halden & Brisk said profits rose. Analysts said Halden had done well.', 'Halden'],
    ['Ostravo took the lead after ten minutes, but Ostravo were unable to hold it.', 'Ostravo'],
    ['Ostravo, who are third in the league, travel to Kemlin on Sunday.', 'Ostravo'],
  ])('no person in: %s', (text, word) => {
    for (const m of personTexts(text)) expect(m).not.toContain(word);
  });
  it.each([
    ['Amara Quenby said the plan was fair. Quenby\'s shares in the firm were sold in May.', 'Quenby'],
    ['Mr Dravik, a spokesman for the ministry, said Dravik would not resign.', 'Dravik'],
    ['Lena Vortam and Kemp were late. Vortam and Kemp were fined by the club.', 'Kemp'],
    ['Joe Brakken said the people of Brakken were not warned.', 'Brakken'],
  ])('still a person in: %s', (text, word) => {
    expect(personTexts(text)).toContain(word);
  });
});

describe('surname-first names and their surname alone', () => {
  const mentionsOf = (text: string, name: string) => personNamed(analyze(text).people, name)?.mentions.map((m) => m.text);
  it.each([
    ['Park Ha-eun opened the exhibition in May. Park said the paintings took six years.', 'Park Ha-eun', ['Park Ha-eun', 'Park']],
    ['Yoon Da-bin has a new film. Critics call it slow, and Yoon agrees.', 'Yoon Da-bin', ['Yoon Da-bin', 'Yoon']],
    ['Her colleague Dr. Vo Minh Tuan said the data were thin.', 'Vo Minh Tuan', ['Vo Minh Tuan']],
  ])('%s', (text, name, mentions) => {
    expect(mentionsOf(text, name)).toEqual(mentions);
  });
  it('leaves "Park" alone where no surname-first full name uses it', () => {
    const names = analyze('The rally began in the park. Park rangers said it was peaceful.').people.map((p) => p.name);
    expect(names).not.toContain('Park');
  });
});

describe('name particles and hyphenated surnames', () => {
  const mentionsOf = (text: string, name: string) => personNamed(analyze(text).people, name)?.mentions.map((m) => m.text);
  it.each([
    ['The report was written by Johan van der Walt. "Nobody was warned," van der Walt wrote.', 'Johan van der Walt', ['Johan van der Walt', 'van der Walt']],
    ['Water Minister Samir Al-Rashed opened the plant. Al-Rashed said it would run all year.', 'Samir Al-Rashed', ['Samir Al-Rashed', 'Al-Rashed']],
    ['The union leader Chinedu Okoro-Bello spoke first. Okoro-Bello insisted the strike would go on.', 'Chinedu Okoro-Bello', ['Chinedu Okoro-Bello', 'Okoro-Bello']],
  ])('%s', (text, name, mentions) => {
    expect(mentionsOf(text, name)).toEqual(mentions);
  });
});

describe('nicknames in quotes inside names', () => {
  const mentionsOf = (text: string, name: string) => personNamed(analyze(text).people, name)?.mentions.map((m) => m.text);
  it.each([
    ['Striker Carlos Henrique “Formiga” Braga scored twice on Sunday. Braga said the team deserved it.',
      'Carlos Henrique “Formiga” Braga', ['Carlos Henrique “Formiga” Braga', 'Braga']],
    ['Winner from ‘Formiga’ Braga\n\nCarlos Henrique “Formiga” Braga scored twice on Sunday.',
      'Carlos Henrique “Formiga” Braga', ['‘Formiga’ Braga', 'Carlos Henrique “Formiga” Braga']],
    ['Their goalkeeper, Rodrigo “O Paredão” Teixeira, saved a penalty.', 'Rodrigo “O Paredão” Teixeira', ['Rodrigo “O Paredão” Teixeira']],
  ])('%s', (text, name, mentions) => {
    expect(mentionsOf(text, name)).toEqual(mentions);
    expect(analyze(text).people.map((p) => p.name)).not.toContain('Formiga');
  });
});

describe('a place\'s name that the document gives a person in full is the person\'s', () => {
  const mentionTexts = (text: string) => analyze(text).people.flatMap((p) => p.mentions.map((m) => m.text));
  const placeTexts = (text: string) => analyze(text).places.flatMap((p) => p.mentions.map((m) => m.text));
  it('takes the surname alone for the person', () => {
    const text = 'Seeded player Darnelle Houston lost in five sets. The tall Houston, who beat Ivo Karl in May, said he was tired.';
    expect(mentionTexts(text).filter((m) => m === 'Houston')).toHaveLength(1);
    expect(placeTexts(text)).not.toContain('Houston');
  });
  it('keeps the place where the document puts the word after "in"', () => {
    const text = 'Darnelle Houston said he was tired. He lives in Houston with his family.';
    expect(placeTexts(text)).toContain('Houston');
  });
});

describe('single words taken for people that the document shows are places', () => {
  const people = (text: string) => analyze(text).people.map((p) => p.name);
  const places = (text: string) => analyze(text).places.map((p) => p.name);
  it.each([
    ['She spent the winter at her daughter\'s flat in Shelby.', 'Shelby'],
    ['He met a retired nurse from Tyler who had waited a year.', 'Tyler'],
    ['The people of Ardnagh were not warned, the inquiry heard.', 'Ardnagh'],
    ['Now we sell in Lisbon, Varnowo and Oslo.', 'Varnowo'],
  ])('%s', (text, word) => {
    expect(people(text)).not.toContain(word);
    expect(places(text)).toContain(word);
  });
  it('keeps a surname that the document writes in full', () => {
    const text = 'Helen Drumkeel chaired the meeting. Drumkeel said in Cork that the vote was fair.';
    expect(people(text)).toContain('Helen Drumkeel');
    expect(places(text)).not.toContain('Drumkeel');
  });
});

describe('a minister\'s portfolio is no person', () => {
  const names = (text: string) => analyze(text).people.map((p) => p.name);
  it.each([
    ['Norway\'s Minister for Rural Affairs, Ingrid Dahl, told delegates the plan was late.', 'Rural Affairs', 'Ingrid Dahl'],
    ['The Minister for Fisheries and Heritage, Siobhan Ryan, said nothing.', 'Heritage', 'Siobhan Ryan'],
  ])('%s', (text, office, person) => {
    expect(names(text)).not.toContain(office);
    expect(names(text)).toContain(person);
  });
});

describe('shapes that are never a person\'s name', () => {
  const names = (text: string) => analyze(text).people.flatMap((p) => p.mentions.map((m) => m.text));
  it.each([
    ['Dr Amos Keel said GPs were managing patients who should have had surgery.', 'GPs'],
    ['"He told me, \'Don\'t you worry, we\'ll be back,\'" she said.', 'Do'],
    ['Backbench MPs voted against the plan on Tuesday.', 'MPs'],
  ])('%s', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});

describe('streets named after people', () => {
  it.each([
    ['Reporters waited outside the courthouse on Ted Harlow Drive until noon.', 'Ted Harlow Drive'],
    ['The shop is on Nelson Okafor Boulevard, near the station.', 'Nelson Okafor Boulevard'],
  ])('%s', (text, street) => {
    const doc = analyze(text);
    expect(doc.people.flatMap((p) => p.mentions.map((m) => m.text)).filter((m) => street.includes(m))).toEqual([]);
    expect(doc.places.map((p) => p.name)).toContain(street);
  });
});

describe('a name that fills a quotation alone', () => {
  const names = (text: string) => analyze(text).people.map((p) => p.name);
  it.each([
    ['Critics admired her last film, “Night Harbour”, which ran for three hours.', 'Night Harbour', undefined],
    ['Her first novel, “Winter Orchard”, sold well. Tomas Greer reviewed it.', 'Winter Orchard', 'Tomas Greer'],
  ])('%s', (text, title, person) => {
    expect(names(text)).not.toContain(title);
    if (person) expect(names(text)).toContain(person);
  });
});

describe('quotation marks of every style read alike by the tagger', () => {
  it.each([
    ['«We will rebuild the bridge,» Ferrante said on Monday. Carla Ferrante is the mayor.'],
    ['“We will rebuild the bridge,” Ferrante said on Monday. Carla Ferrante is the mayor.'],
    ['"We will rebuild the bridge," Ferrante said on Monday. Carla Ferrante is the mayor.'],
  ])('a surname after a closing mark is the name alone, without "said": %s', (text) => {
    const doc = analyze(text);
    const person = personNamed(doc.people, 'Carla Ferrante');
    expect(person).toBeDefined();
    expect(person!.mentions.map((m) => m.text)).toEqual(['Ferrante', 'Carla Ferrante']);
  });
});

describe('people: words that are and are not names (issue 10)', () => {
  const mentionsOf = (text: string) => analyze(text).people.flatMap((p) => p.mentions.map((m) => m.text));
  it('a surname that is a common word, opening a sentence before a speech verb', () => {
    expect(mentionsOf('Prime Minister John Major spoke on Monday. Major told reporters he was sure.')).toEqual(['John Major', 'Major']);
  });
  it('a participle opening a sentence is no person', () => {
    expect(mentionsOf('Defending, Ms Alys Brennan said her client was sorry.')).toEqual(['Alys Brennan']);
  });
  it('a given name quoted after "known as" is a nickname', () => {
    expect(mentionsOf('Carl Ostrow was known on the building sites as ‘Tank’ for his size.')).toEqual(['Carl Ostrow']);
  });
  it('a list of places keeps an unknown two-word town out of the people', () => {
    const doc = analyze('The tour will travel to Montego Bay, Vela Rosso and Savanna-la-Mar next month.');
    expect(doc.people).toHaveLength(0);
    expect(doc.places.flatMap((p) => p.mentions.map((m) => m.text))).toContain('Vela Rosso');
  });
});
