// Verbs that introduce reported speech or writing ("said", "told", "wrote"): the one table of them, one
// verb a line with every inflected form that news uses, then its properties after "|":
//   weak       an everyday verb as often as a speech verb ("called it “a farce”", "reported losses"):
//              never a cue by its form alone
//   always F…  the forms F are cues whatever part of speech the tagger gave them ("said", "told")
// A cue must be one of these forms; "according to" and "as X put it" are patterns of their own
// (src/attribution/cues.ts). To add a verb, add its line.

const TABLE = `
say says said saying                             | always says said
tell tells told telling                          | always told
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
warn warns warned warning
reply replies replied replying
respond responds responded responding
continue continues continued                     | weak
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
comment comments commented commenting
complain complains complained complaining
joke jokes joked joking
quip quips quipped quipping
tweet tweets tweeted tweeting
post posts posted posting                        | weak
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
boast boasts boasted boasting
shout shouts shouted shouting
yell yells yelled
whisper whispers whispered
caution cautions cautioned cautioning
contend contends contended contending
assert asserts asserted asserting
answer answers answered answering
testify testifies testified testifying
describe describes described describing          | weak
call calls called calling                        | weak
dub dubs dubbed dubbing                          | weak
label labels labeled labelled labeling labelling | weak
brand brands branded branding                    | weak
characterize characterizes characterized characterise characterised characterizing characterises | weak
sigh sighs sighed
laugh laughs laughed
mutter mutters muttered
plead pleads pleaded pleading
demand demands demanded demanding
tout touts touted touting
concur concurs concurred
agree agrees agreed                              | weak
reiterate reiterates reiterated reiterating
wonder wonders wondered
speculate speculates speculated
allege alleges alleged alleging
charge charges charged                           | weak
indicate indicates indicated                     | weak
reveal reveals revealed revealing
assure assures assured assuring
advise advises advised
recount recounts recounted recounting
opine opines opined
proclaim proclaims proclaimed proclaiming
retort retorts retorted retorting
scoff scoffs scoffed
snap snaps snapped
chide chides chided
mock mocks mocked mocking
thunder thunders thundered
exclaim exclaims exclaimed exclaiming
estimate estimates estimated                     | weak
cite cites cited citing
read reads                                       | weak
elaborate elaborates elaborated elaborating
`;

interface SpeechVerbForm {
  /** The verb's first form: "say" for "said". */
  verb: string;
  weak: boolean;
  /** A cue whatever part of speech the tagger gave it. */
  always: boolean;
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
    for (const form of [verb, ...rest]) forms.set(form, { verb, weak, always: always.has(form) });
  }
  return forms;
}

/** Every form of every speech verb, with its verb's properties. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, SpeechVerbForm> = parse(TABLE);
