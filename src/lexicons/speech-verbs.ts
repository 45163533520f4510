// Verbs that introduce reported speech or writing ("said", "told", "wrote"), every inflected form that
// news uses. A cue must be one of these words; "according to" is handled as its own pattern.
// After a colon, each verb's properties:
//   hearer     its addressee may stand between it and what was said ("told reporters that …")
//   no-clause  it never reports a statement without quotation marks: it names or describes the words
//              ("called it …", "sighed"), or takes a question rather than a statement ("answered")
// Verbs of belief, wish and perception (think, believe, hope, want, see) are not in the table: on PolNeAR
// train, outside quotation marks, only about half their uses are annotated as attributions (think 47 %,
// believe 52 %, want 37 %, see 34 %, heard 7 %), and their clauses report a state of mind, not words.

const FORMS = `
say says said saying
tell tells told telling : hearer
add adds added adding
ask asks asked asking
write writes wrote written writing
state states stated stating
declare declares declared declaring
announce announces announced announcing
explain explains explained explaining
note notes noted noting
insist insists insisted insisting
argue argues argued arguing
claim claims claimed claiming
warn warns warned warning : hearer
reply replies replied replying : no-clause
respond responds responded responding : no-clause
continue continues continued : no-clause
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
comment comments commented commenting : no-clause
complain complains complained complaining
joke jokes joked joking
quip quips quipped quipping
tweet tweets tweeted tweeting
post posts posted posting : no-clause
report reports reported reporting
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
shout shouts shouted shouting : no-clause
yell yells yelled : no-clause
whisper whispers whispered : no-clause
caution cautions cautioned cautioning
contend contends contended contending
assert asserts asserted asserting
answer answers answered answering : no-clause
testify testifies testified testifying
describe describes described describing : no-clause
call calls called calling : no-clause
dub dubs dubbed dubbing : no-clause
label labels labeled labelled labeling labelling : no-clause
brand brands branded branding : no-clause
characterize characterizes characterized characterise characterised characterizing : no-clause
sigh sighs sighed : no-clause
laugh laughs laughed : no-clause
mutter mutters muttered : no-clause
plead pleads pleaded pleading : no-clause
demand demands demanded demanding
tout touts touted touting : no-clause
concur concurs concurred
agree agrees agreed
reiterate reiterates reiterated reiterating
wonder wonders wondered
speculate speculates speculated
allege alleges alleged alleging
charge charges charged
indicate indicates indicated
reveal reveals revealed revealing
assure assures assured assuring : hearer
advise advises advised : hearer
recount recounts recounted recounting
opine opines opined
proclaim proclaims proclaimed proclaiming
retort retorts retorted retorting
scoff scoffs scoffed : no-clause
snap snaps snapped : no-clause
chide chides chided : no-clause
mock mocks mocked mocking : no-clause
thunder thunders thundered : no-clause
exclaim exclaims exclaimed exclaiming : no-clause
estimate estimates estimated
cite cites cited citing : no-clause
read reads : no-clause
elaborate elaborates elaborated elaborating
`;

export interface SpeechVerb {
  /** The verb's first form: "say" for "said". */
  lemma: string;
  hearer: boolean;
  /** It can introduce reported speech without quotation marks: X said [that] CONTENT. */
  reportsClause: boolean;
}

const TABLE: ReadonlyMap<string, SpeechVerb> = new Map(
  FORMS.split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => {
      const [forms = '', tags = ''] = line.split(':');
      const words = forms.split(/\s+/).filter(Boolean);
      const props: SpeechVerb = { lemma: words[0]!, hearer: /\bhearer\b/.test(tags), reportsClause: !/\bno-clause\b/.test(tags) };
      return words.map((w) => [w, props] as const);
    }),
);

export const SPEECH_VERBS: ReadonlySet<string> = new Set(TABLE.keys());

/** The properties of a speech verb's form ("told"), or undefined when it is none. */
export const speechVerb = (form: string): SpeechVerb | undefined => TABLE.get(form);

/** Verbs that only report speech when a quote or "that" clause follows them ("called it “a farce”"). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'describe describes described describing call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling labelling brand brands branded branding characterize characterizes characterized characterizing characterise characterises characterised continue continues continued post posts posted posting report reports reported reporting agree agrees agreed estimate estimates estimated indicate indicates indicated charge charges charged read reads'.split(' '),
);
