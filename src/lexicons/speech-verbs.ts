// Verbs that introduce reported speech or writing ("said", "told", "wrote"): the one table of them, one
// verb a line with every inflected form that news uses, then its properties after "|":
//   weak       an everyday verb as often as a speech verb ("called it “a farce”", "reported losses"):
//              never a cue by its form alone
//   always F…  the forms F are cues whatever part of speech the tagger gave them ("said", "told")
//   hearer     its addressee may stand between it and what was said ("told reporters that …")
//   no-clause  it never reports a statement without quotation marks: it names or describes the words
//              ("called it “…”", "sighed"), or answers rather than states ("replied"); "called X Y" without
//              quotation marks is a pattern of its own (src/quotes/reported-clauses.ts)
//   that-only  a cue only where "that" opens what it reports ("the poll shows that …", "she pointed out
//              that …"): findings and fears, which annotated news counts as attributions only then
//              (PolNeAR train, "VERB that": show 59 %, find 71 %, point out 96 %, fear 64 %, worry 62 %,
//              learn 64 %; think 14 %, know 12 %, believe 23 %, which stay out); and orders ("the judge
//              ordered that …"; "ordered a new trial" is an act)
//   topic P…   what follows one of the prepositions P is what was said or talked about ("complained
//              about the noise"); with "only", the verb is a cue there alone ("referring to the convention").
//              PolNeAR train, share of uses outside quotes annotated: refer to 72 %, speak about/of 83 %,
//              rail against 81 %, boast about/of 92 %, joke about 89 %, complain about 60 %. Not "talked
//              about" (70 %; on PolNeAR dev it cost speaker accuracy) nor "warned of" (the project's gold
//              does not count the noun phrase a warning names)
// Verbs of belief, wish and intention (think, believe, hope, want, plan) are not in the table: annotated news
// counts only some of their constructions, which src/quotes/belief-cues.ts reports from counts on PolNeAR
// train; verbs of perception (see, hear) report nothing.
// A cue must be one of these forms; "according to" and "as X put it" are patterns of their own
// (src/attribution/cues.ts). To add a verb, add its line.

const TABLE = `
say says said saying                             | always says said
tell tells told telling                          | always told, hearer
add adds added adding                            | always added
ask asks asked asking                            | always asked
write writes wrote written writing               | always wrote
state states stated stating
declare declares declared declaring
announce announces announced announcing
explain explains explained explaining
note notes noted noting
insist insists insisted insisting
argue argues argued arguing
claim claims claimed claiming
warn warns warned warning                        | hearer
reply replies replied replying                   | no-clause
respond responds responded responding            | no-clause
continue continues continued                     | weak, no-clause
recall recalls recalled recalling
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
concede concedes conceded conceding
emphasize emphasizes emphasized emphasise emphasises emphasised emphasizing
stress stresses stressed stressing
suggest suggests suggested suggesting
predict predicts predicted predicting
observe observes observed observing
remark remarks remarked remarking
comment comments commented commenting            | no-clause
complain complains complained complaining       | topic about
joke jokes joked joking                          | topic about
quip quips quipped quipping
tweet tweets tweeted tweeting
post posts posted posting                        | weak, no-clause
report reports reported reporting                | weak
urge urges urged urging
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
counter counters countered countering
conclude concludes concluded concluding
confirm confirms confirmed confirming
deny denies denied denying
maintain maintains maintained maintaining
lament laments lamented lamenting
boast boasts boasted boasting                    | topic about of
shout shouts shouted shouting                    | no-clause
yell yells yelled                                | no-clause
whisper whispers whispered                       | no-clause
caution cautions cautioned cautioning
contend contends contended contending
assert asserts asserted asserting
answer answers answered answering                | no-clause
testify testifies testified testifying
describe describes described describing          | weak, no-clause
call calls called calling                        | weak, no-clause
dub dubs dubbed dubbing                          | weak, no-clause
label labels labeled labelled labeling labelling | weak, no-clause
brand brands branded branding                    | weak, no-clause
characterize characterizes characterized characterise characterised characterizing characterises | weak, no-clause
sigh sighs sighed                                | no-clause
laugh laughs laughed                             | no-clause
mutter mutters muttered                          | no-clause
plead pleads pleaded pleading                    | no-clause
demand demands demanded demanding
tout touts touted touting                        | no-clause
concur concurs concurred
agree agrees agreed                              | weak
reiterate reiterates reiterated reiterating
wonder wonders wondered
speculate speculates speculated
allege alleges alleged alleging
charge charges charged                           | weak
indicate indicates indicated                     | weak
reveal reveals revealed revealing
assure assures assured assuring                  | hearer
advise advises advised                           | hearer
recount recounts recounted recounting
opine opines opined
proclaim proclaims proclaimed proclaiming
retort retorts retorted retorting
scoff scoffs scoffed                             | no-clause
snap snaps snapped                               | no-clause
chide chides chided                              | no-clause
mock mocks mocked mocking                        | no-clause
thunder thunders thundered                       | no-clause
exclaim exclaims exclaimed exclaiming            | no-clause
estimate estimates estimated                     | weak
cite cites cited citing
read reads                                       | weak, no-clause
elaborate elaborates elaborated elaborating
criticize criticizes criticized criticise criticises criticised criticizing criticising
praise praises praised praising
defend defends defended defending
blame blames blamed blaming
reject rejects rejected rejecting
dismiss dismisses dismissed dismissing
accuse accuses accused accusing
endorse endorses endorsed endorsing
denounce denounces denounced denouncing
condemn condemns condemned condemning
decry decries decried decrying
blast blasts blasted blasting
slam slams slammed slamming
attack attacks attacked attacking
mention mentions mentioned mentioning
signal signals signaled signalled signaling signalling
highlight highlights highlighted highlighting
retweet retweets retweeted retweeting
propose proposes proposed proposing
disclose discloses disclosed disclosing
request requests requested requesting
express expresses expressed expressing
echo echoes echoed echoing
voice voices voiced voicing
remind reminds reminded reminding                | hearer
order orders ordered ordering                    | that-only
invoke invokes invoked invoking
imply implies implied implying
email emails emailed emailing
show shows showed shown showing                  | that-only
find finds found finding                         | that-only
point points pointed pointing                    | that-only
fear fears feared fearing                        | that-only
worry worries worried worrying                   | that-only
learn learns learned learnt learning             | that-only
refer refers referred referring                  | topic only to
speak speaks spoke spoken speaking               | topic only about of
rail rails railed railing                        | topic only against
`;

interface SpeechVerbForm {
  /** The verb's first form: "say" for "said". */
  verb: string;
  weak: boolean;
  /** A cue whatever part of speech the tagger gave it. */
  always: boolean;
  /** Its addressee may stand before what was said: "told reporters that …". */
  hearer: boolean;
  /** It can introduce reported speech without quotation marks: X said [that] CONTENT. */
  reportsClause: boolean;
  /** A cue only where "that" opens its content: "the poll shows that …". */
  thatOnly: boolean;
  /** Prepositions after which comes what was said or talked about: "warned against …", "referring to …". */
  topic: readonly string[];
  /** A cue only before one of its `topic` prepositions: "talked about …". */
  topicOnly: boolean;
}

function parse(table: string): Map<string, SpeechVerbForm> {
  const forms = new Map<string, SpeechVerbForm>();
  for (const line of table.trim().split('\n')) {
    const [words = '', props = ''] = line.split('|');
    const [verb = '', ...rest] = words.trim().split(/\s+/);
    const properties = props.split(',').map((p) => p.trim().split(/\s+/)).filter((p) => p[0]);
    const weak = properties.some((p) => p[0] === 'weak');
    const always = new Set(properties.find((p) => p[0] === 'always')?.slice(1));
    if (weak && always.size > 0) throw new Error(`speech verb "${verb}": a weak verb is never always a cue`);
    const hearer = properties.some((p) => p[0] === 'hearer');
    const reportsClause = !properties.some((p) => p[0] === 'no-clause');
    const thatOnly = properties.some((p) => p[0] === 'that-only');
    const topicWords = properties.find((p) => p[0] === 'topic')?.slice(1) ?? [];
    const topicOnly = topicWords[0] === 'only';
    const topic = topicOnly ? topicWords.slice(1) : topicWords;
    for (const form of [verb, ...rest]) forms.set(form, { verb, weak, always: always.has(form), hearer, reportsClause, thatOnly, topic, topicOnly });
  }
  return forms;
}

/** Every form of every speech verb, with its verb's properties. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, SpeechVerbForm> = parse(TABLE);
