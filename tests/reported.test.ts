// Reported speech (quotes of kind "indirect"): the content span, its cue and speaker, on invented sentences;
// and what is not reported speech. Also the linking of a speaker written with a descriptor to its person.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const reported = (text: string) => analyze(text).quotes.filter((q) => q.kind === 'indirect');
const contents = (text: string): string[] => reported(text).map((q) => q.text);

describe('reported speech: the content span', () => {
  it.each([
    ['X said CONTENT', 'Mayor Ines Campbell said the repairs would cost $14 million.', ['the repairs would cost $14 million'], 'Ines Campbell', 'said'],
    ['X said that CONTENT: the span starts at "that"', 'Ines Campbell said that the repairs would cost $14 million.', ['that the repairs would cost $14 million'], 'Ines Campbell', 'said'],
    ['X told Y that CONTENT', 'The minister told reporters that talks with the unions had stalled.', ['that talks with the unions had stalled'], 'The minister', 'told'],
    ['X told Y CONTENT, the hearer left out', 'Tomasz Wrona told the council the tram order would slip to 2027.', ['the tram order would slip to 2027'], 'Tomasz Wrona', 'told'],
    ['said in a statement on Monday that', 'The ministry said in a statement on Monday that 300 homes had flooded.', ['that 300 homes had flooded'], 'The ministry', 'said'],
    ['said on Monday CONTENT', 'Ines Campbell said on Monday the bridge would reopen in May.', ['the bridge would reopen in May'], 'Ines Campbell', 'said'],
    ['CONTENT, X warned', 'Prices will rise again next year, the central bank warned.', ['Prices will rise again next year'], 'the central bank', 'warned'],
    ['CONTENT, said X', 'The dam held through the night, said Priya Raman, an engineer at the site.', ['The dam held through the night'], 'Priya Raman', 'said'],
    ['according to X, CONTENT', 'According to the agency, 300 homes were flooded in the delta.', ['300 homes were flooded in the delta'], 'the agency', 'According to'],
    ['CONTENT, according to X', 'Three hundred homes were flooded, according to the agency.', ['Three hundred homes were flooded'], 'the agency', 'according to'],
    ['a clause "according to" interrupts gives two spans', 'The levee failed first, according to the engineers, and the pumps stopped an hour later.', ['The levee failed first', 'and the pumps stopped an hour later'], 'the engineers', 'according to'],
    ['a cue that interrupts its content gives two spans', 'The new plan, Ines Campbell said, would save the library.', ['The new plan', 'would save the library'], 'Ines Campbell', 'said'],
    ['the content stops before the writer\'s own clause', 'Six in 10 voters say the economy is weak, while 3 in 10 disagree.', ['the economy is weak'], 'Six in 10 voters', 'say'],
    ['an interrupting cue whose speaker has a title', 'The old depot, Mr. Okafor said, would become a school.', ['The old depot', 'would become a school'], 'Okafor', 'said'],
    ['a semicolon ends the content', 'Ines Campbell said the delay was not deliberate; the council learned of it on Friday.', ['the delay was not deliberate'], 'Ines Campbell', 'said'],
    ['a trailing appositive is no part of the content', 'Ines Campbell said she backed Tomasz Wrona, the favourite of the unions.', ['she backed Tomasz Wrona'], 'Ines Campbell', 'said'],
    ['a spaced hyphen is a dash', 'Ines Campbell said the pumps failed first - a claim the firm denies.', ['the pumps failed first'], 'Ines Campbell', 'said'],
    ['a finding: "the survey shows that"', 'A new survey of commuters shows that most ferries run late.', ['that most ferries run late'], 'A new survey of commuters', 'shows'],
    ['"pointed out that"', 'Ines Campbell pointed out that the bridge was built in 1890.', ['that the bridge was built in 1890'], 'Ines Campbell', 'pointed'],
    ['X called for CONTENT', 'The union called for a full inquiry into the collapse.', ['a full inquiry into the collapse'], 'The union', 'called for'],
    ['X called on Y to CONTENT: the content holds Y', 'Ines Campbell called on the council to reopen the library.', ['the council to reopen the library'], 'Ines Campbell', 'called on'],
    ['a party label in parentheses does not end the sentence', 'Rep. Ann Lee (D-Mass.) said the law does not require it.', ['the law does not require it'], 'Ann Lee', 'said'],
    ['a dateline is no part of the content', 'LISBON ― The bridge will close for a year, city officials said.', ['The bridge will close for a year'], 'city officials', 'said'],
    ['a speech act of judging: its object is the content', 'The union criticized the council\'s decision to close the depot.', ['the council\'s decision to close the depot'], 'The union', 'criticized'],
    ['a view aired: its object is the content', 'The mayor denounced the closure of the northern depot.', ['the closure of the northern depot'], 'The mayor', 'denounced'],
    ['an order is reported from "that"', 'The judge ordered that the depot be sold by March.', ['that the depot be sold by March'], 'The judge', 'ordered'],
    ['"called X Y": a judgment spoken', 'Ines Campbell called the plan a waste of money.', ['the plan a waste of money'], 'Ines Campbell', 'called'],
    ['the subject before a relative clause speaks', 'One of the doctors who signed the letter called the plan a waste of money.', ['the plan a waste of money'], 'One of the doctors', 'called'],
    ['a topic after its preposition', 'Ines Campbell complained about the noise from the works.', ['the noise from the works'], 'Ines Campbell', 'complained'],
    ['"referring to": its object is the topic', 'The mayor was referring to the old depot.', ['the old depot'], 'The mayor', 'referring'],
    ['"accused X of Y"', 'Ines Campbell accused the contractor of hiding the cracks.', ['the contractor of hiding the cracks'], 'Ines Campbell', 'accused'],
    ['the content ends before a trailing attribution', 'The two ministers agreed to set up a joint committee, both said afterwards.', ['to set up a joint committee'], 'The two ministers', 'agreed'],
    ['"they both said"', 'Ines Campbell and Tomasz Wrona both said the estimates were too low.', ['the estimates were too low'], 'Tomasz Wrona', 'said'],
    ['a title ending in "general"', 'A spokesman for the attorney general said the review would end in May.', ['the review would end in May'], 'A spokesman for the attorney general', 'said'],
    ['"after" may belong to what was said', 'Police said two officers were hurt after the crowd broke through the barrier.', ['two officers were hurt after the crowd broke through the barrier'], 'Police', 'said'],
    ['a poll shows, without "that"', 'Recent polls in the capital have shown the mayor\'s lead shrinking.', ['the mayor\'s lead shrinking'], 'Recent polls in the capital', 'shown'],
    ['the verb after "polls" the tagger takes for a noun', 'Polls show a close race in the north.', ['a close race in the north'], 'Polls', 'show'],
    ['", but" and a new subject end the content (a refusal after it is reported on its own: tests/act-cues.test.ts)', 'Ines Campbell said 20 people had applied, but she gave no names.', ['20 people had applied'], 'Ines Campbell', 'said'],
    ['", and that" joining two parts of what was said does not', 'Ines Campbell said the roof leaked, and that lift engineers had left.', ['the roof leaked, and that lift engineers had left'], 'Ines Campbell', 'said'],
    ['a short ", which …" stays in the content', 'Ines Campbell said the roof over the reading room leaked, which closed the branch.', ['the roof over the reading room leaked, which closed the branch'], 'Ines Campbell', 'said'],
    ['a trailing ", which …" half as long again as the clause before it ends the content', 'Ines Campbell said the roof leaked, which closed the branch for a month and cost the council its largest grant.', ['the roof leaked'], 'Ines Campbell', 'said'],
    ['a relative clause inside the content does not end it', 'Ines Campbell said the firm she founded, which is based in Cork and employs forty people, would close.', ['the firm she founded, which is based in Cork and employs forty people, would close'], 'Ines Campbell', 'said'],
    ['", said X, who …": the words after the cue name the speaker', 'The dam held through the night, said Priya Raman, who runs the site.', ['The dam held through the night'], 'Priya Raman', 'said'],
    ['an interrupting cue before a quotation: the noun phrase before it is content', 'The old depot, Ines Campbell said, “is a ruin.”', ['The old depot'], 'Ines Campbell', 'said'],
    ['an interrupting cue: the rest may have no verb', 'It was, Ines Campbell said, the worst flood in a century.', ['It was', 'the worst flood in a century'], 'Ines Campbell', 'said'],
    ['an interrupting cue with a time after it', 'The plan, Ines Campbell said on Monday, would save the library.', ['The plan', 'would save the library'], 'Ines Campbell', 'said'],
    ['a clause of the writer\'s after the cue is no rest of the content', 'The depot will close, council officials said on Friday, as a row over funding deepened.', ['The depot will close'], 'council officials', 'said'],
    ['a subject whose noun the tagger takes for an adjective', 'The Republican incumbent said that her position is genuine.', ['that her position is genuine'], 'The Republican incumbent', 'said'],
    ['a subject with a parenthetical between dashes', 'Many residents at the meeting — including farmers and teachers — said the new road is a mistake.', ['the new road is a mistake'], 'Many residents at the meeting', 'said'],
    ['"say" after a number, which the tagger takes for a noun', 'Four in 10 say the mayor is doing well.', ['the mayor is doing well'], 'Four in 10', 'say'],
    ['"according to" a source of any words', 'Turnout was the highest in a decade, according to exit polls.', ['Turnout was the highest in a decade'], 'exit polls', 'according to'],
    ['a parenthetical between dashes inside the content', 'Ines Campbell said the pumps — all of them new — failed within a week.', ['the pumps — all of them new — failed within a week'], 'Ines Campbell', 'said'],
    ['where it was said, then the content without "that"', 'Ines Campbell said in an interview with the Herald the pumps had failed.', ['the pumps had failed'], 'Ines Campbell', 'said'],
    ['"said the same": what others said, said again', 'Last year, 26 percent of tenants said the same.', ['the same'], '26 percent of tenants', 'said'],
    ['a party label in parentheses and an appositive', 'Rep. Ann Lee (D-Mass.), who chairs the panel, said the bill would pass.', ['the bill would pass'], 'Ann Lee', 'said'],
  ])('%s', (_name, text, spans, speaker, cue) => {
    const found = reported(text);
    expect(found.map((q) => q.text)).toEqual(spans);
    for (const q of found) {
      expect(q.speaker?.mention.text).toBe(speaker);
      expect(q.cue?.text).toBe(cue);
      expect(q.method).toMatch(/^reported-/);
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('"that" after the object is a relative, not the start of the content', () => {
    const found = reported('The firm cut 300 jobs, blaming energy costs that its chief executive said were crippling.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([
      ['energy costs that its chief executive said were crippling', 'blaming'],
      ['were crippling', 'said'],
    ]);
  });

  it('a cue inside a relative clause gives only what follows it', () => {
    const found = reported('Ines Campbell said the plant lost out to rivals in Spain, where, she said, users pay half as much.');
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['the plant lost out to rivals in Spain, where, she said, users pay half as much', 'Ines Campbell'],
      ['users pay half as much', 'Ines Campbell'],
    ]);
  });

  it('a relative pronoun after a noun phrase is the speaker\'s mention, the phrase its name', () => {
    const [q] = reported('Ines Campbell met the city\'s engineers, who argued that the bridge was safe.');
    expect(q).toMatchObject({ text: 'that the bridge was safe', speaker: { name: "the city's engineers", mention: { text: 'who' } } });
  });

  it('a full stop the tokenizer glued to the last word stays out of the content', () => {
    const [q] = reported('The union called on the government to step in.');
    expect(q?.text).toBe('the government to step in');
  });

  it('the content stops before ", adding", whose own content follows', () => {
    const found = reported('Tomasz Wrona said the contract was signed, adding that the first trams arrive in May.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['the contract was signed', 'said', 'Tomasz Wrona'],
      ['that the first trams arrive in May', 'adding', 'Tomasz Wrona'],
    ]);
  });

  it('", X said, adding": the participle takes the speaker of the cue before it', () => {
    const found = reported('The pumps failed first, Ines Campbell said, adding that the levee held.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['The pumps failed first', 'said', 'Ines Campbell'],
      ['that the levee held', 'adding', 'Ines Campbell'],
    ]);
  });

  it('a reported clause with quoted words gives both the partial quote and the indirect content', () => {
    const text = 'Ines Campbell said the plan was "dead on arrival" and would be withdrawn.';
    const quotes = analyze(text).quotes;
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([
      ['partial', '"dead on arrival"'],
      ['indirect', 'the plan was "dead on arrival" and would be withdrawn'],
    ]);
    expect(quotes.every((q) => q.speaker?.name === 'Ines Campbell')).toBe(true);
  });

  it('quoted spans keep their ids; reported ones are numbered after them', () => {
    const text = '“We will appeal,” Ines Campbell said. She said the ruling ignored the evidence.';
    const quotes = analyze(text).quotes;
    expect(quotes.map((q) => [q.id, q.kind])).toEqual([['q1', 'direct'], ['q2', 'indirect']]);
  });

  it('resolves a pronoun speaker as for quoted speech', () => {
    const [q] = reported('Ines Campbell runs the port authority. She said the cranes would be replaced.');
    expect(q).toMatchObject({ text: 'the cranes would be replaced', speaker: { name: 'Ines Campbell', mention: { text: 'She' } }, method: 'reported-speaker-cue:pronoun' });
    expect(q!.speaker!.entity).toBeDefined();
  });
});

describe('reported speech: a long trailing relative clause', () => {
  it('after a cue of its own inside the content, the relative may describe the nested words: the span is left whole', () => {
    const text = 'Ines Campbell wrote that the firm had claimed a loss, which would have let it avoid paying any tax for years.';
    expect(contents(text)).toContain('that the firm had claimed a loss, which would have let it avoid paying any tax for years');
  });
});

describe('reported beliefs and wishes: the verbs and constructions PolNeAR train counts at least half the time', () => {
  it.each([
    ['"hopes" and a clause', 'Ines Campbell hopes the bridge will reopen in May.', ['the bridge will reopen in May'], 'Ines Campbell', 'hopes'],
    ['"hoped to"', 'Tomasz Wrona hoped to visit the site next year.', ['to visit the site next year'], 'Tomasz Wrona', 'hoped'],
    ['"believes that"', 'The union believes that the depot can be saved.', ['that the depot can be saved'], 'The union', 'believes'],
    ['"questioned" and its object', 'Critics have questioned the cost of the new stadium.', ['the cost of the new stadium'], 'Critics', 'questioned'],
    ['a relative pronoun as the subject of the content', 'The trust will open a new unit, which it hopes will add 4,000 operations a year.', ['will add 4,000 operations a year'], 'it', 'hopes'],
    ['"plans to" with its holder', 'The council plans to reopen the bridge in May.', ['to reopen the bridge in May'], 'The council', 'plans'],
    ['"thinks" and a clause', 'Ines Campbell thinks the repairs will cost $14 million.', ['the repairs will cost $14 million'], 'Ines Campbell', 'thinks'],
    ['a name before a noun modifies it: the noun phrase holds the view', 'Campbell supporters have questioned the timing of the vote.', ['the timing of the vote'], 'Campbell supporters', 'questioned'],
  ])('%s', (_name, text, spans, holder, cue) => {
    const found = reported(text);
    expect(found.map((q) => q.text)).toEqual(spans);
    for (const q of found) {
      expect(q.speaker?.mention.text).toBe(holder);
      expect(q.cue?.text).toBe(cue);
      expect(q.method).toMatch(/^reported-belief/);
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});

describe('reported beliefs inside what was said', () => {
  it('"X said he hoped …" reports what X said, the hope a part of it', () => {
    expect(contents('Tomasz Wrona said he hoped the bridge would reopen in May.')).toEqual(['he hoped the bridge would reopen in May']);
    expect(contents('The minister, now saying they think the bridge is safe, left.')).not.toContain('the bridge is safe');
  });
});

describe('reported speech: what is not', () => {
  it.each([
    ['a direct quote is no reported speech', 'Ines Campbell said: “The repairs will cost $14 million.”'],
    ['a quote before its cue', '“The repairs will cost $14 million,” Ines Campbell said.'],
    ['a question the writer asks', 'Did the minister say the talks had stalled?'],
    ['negated speech', 'Ines Campbell did not say whether the bridge would reopen.'],
    ['speech not said: "did not say"', 'The ministry did not say how many homes had flooded.'],
    ['conditional speech', 'If the board says the money is gone, the library will close.'],
    ['"that said"', 'That said, the bridge will reopen in May.'],
    ['a wish PolNeAR seldom counts: "wants to"', 'Ines Campbell wants to reopen the bridge in May.'],
    ['a wish PolNeAR seldom counts: "seeks to"', 'The council seeks to reopen the bridge in May.'],
    ['a belief in an embedded question', 'Nobody understands why the council thinks the bridge is safe.'],
    ['a wish someone would have is not had', 'Many residents would hope the bridge reopens in May.'],
    ['"questioned" a person: interrogated, nothing judged', 'Detectives questioned him about the fire at the depot.'],
    ['a perception', 'Ines Campbell saw that the bridge had cracked.'],
    ['a passive cue with no speaker ("is expected to" is an attribution with no source: tests/sourceless.test.ts)', 'The old bridge is said to be unsafe in high winds.'],
    ['"called" with its complement in quotation marks: the quoted words report it', 'Ines Campbell called the plan “a waste of money”.'],
    ['"would call": what might be said', 'Critics would call the plan a waste of money.'],
    ['"a group called …" names it', 'The money went to a charity called Open Doors in May.'],
    ['a cue inside quotation marks', '“I told them the money was gone,” Ines Campbell said.'],
    ['"found" without "that" reports nothing', 'Ines Campbell found the keys under the bridge on Monday.'],
    ['"showed" without "that" reports nothing', 'The mayor showed the visitors around the new library.'],
    ['"had to call for order": an action, no demand reported', 'The chair had to call for order twice before the vote.'],
    ['"calls for" as a noun', 'Ines Campbell ignored their calls for a recount.'],
    ['"called on" a visit', 'Ines Campbell called on her neighbours before the storm.'],
    ['"found" after a subject that is no evidence', 'The police found the body of a fisherman near the pier.'],
    ['a reflexive object is an act, no statement', 'The club could be forced to file papers declaring itself insolvent by March.'],
    ['an act someone is disposed to, not one done', 'The tenants were too embarrassed to admit they had been deceived.'],
    ['"referred" with no "to" after it reports nothing', 'The council referred the case to the regulator in May.'],
    ['"ordered" without "that" reports nothing', 'The judge ordered a new trial for the two men.'],
    ['a pronoun alone is no content', 'The judge thanked the jurors before dismissing them.'],
    ['a bare noun after an inverted cue is its object, no speaker', 'One after another, the mining companies, including Patriot, declared bankruptcy.'],
    ['"that" and straight a verb is a relative', 'The minister told reporters after the meeting that was held on a boat.'],
    ['said with nothing reported', 'Ines Campbell said nothing and left the room after the vote.'],
    ['a participle after a number is an adjective: "758 pledged delegates"', 'Ines Campbell has won 758 pledged delegates so far.'],
    ['a participle after a possessive is an adjective: "his proposed ban"', 'The council debated his proposed ban on cars in the old town.'],
  ])('%s', (_name, text) => {
    expect(contents(text)).toEqual([]);
  });
});

describe('speaker linking: a descriptor beside the name', () => {
  const speakerOf = (text: string, kind: string) => analyze(text).quotes.find((q) => q.kind === kind)?.speaker;

  it('"said local shopkeeper Tom Reyes" speaks as Tom Reyes, role "local shopkeeper"', () => {
    const text = 'Tom Reyes opened his shop in 1998.\n\n“Nobody told us,” said local shopkeeper Tom Reyes.';
    const people = analyze(text).people;
    const s = speakerOf(text, 'direct');
    expect(s).toMatchObject({ name: 'Tom Reyes', role: 'local shopkeeper', entity: people.find((p) => p.name === 'Tom Reyes')!.id });
  });

  it('an appositive role: "Anne Richards, assistant secretary of labour, said"', () => {
    const s = speakerOf('Anne Richards, assistant secretary of labour, said the strike would end soon.', 'indirect');
    expect(s).toMatchObject({ name: 'Anne Richards', role: 'assistant secretary of labour', mention: { text: 'Anne Richards' } });
    expect(s?.entity).toBeDefined();
  });

  it('a name with no descriptor has no role', () => {
    const s = speakerOf('“We will appeal,” Ines Campbell said.', 'direct');
    expect(s).toMatchObject({ name: 'Ines Campbell' });
    expect(s).not.toHaveProperty('role');
  });
});
