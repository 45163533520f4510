// Verbs that introduce reported speech or writing ("said", "told", "wrote"), every inflected form that
// news uses. A cue must be one of these words; "according to" is handled as its own pattern.

const FORMS = `
say says said saying
tell tells told telling
add adds added adding
ask asks asked asking
write writes wrote written writing
state states stated
declare declares declared
announce announces announced
explain explains explained explaining
note notes noted noting
insist insists insisted insisting
argue argues argued arguing
claim claims claimed claiming
warn warns warned warning
reply replies replied
respond responds responded
continue continues continued
recall recalls recalled recalling
acknowledge acknowledges acknowledged
admit admits admitted
concede concedes conceded
emphasize emphasizes emphasized emphasise emphasises emphasised
stress stresses stressed
suggest suggests suggested
predict predicts predicted
observe observes observed
remark remarks remarked
comment comments commented
complain complains complained
joke jokes joked
quip quips quipped
tweet tweets tweeted tweeting
post posts posted
report reports reported
urge urges urged
promise promises promised
vow vows vowed
pledge pledges pledged
counter counters countered
conclude concludes concluded
confirm confirms confirmed
deny denies denied
maintain maintains maintained
lament laments lamented
boast boasts boasted
shout shouts shouted
yell yells yelled
whisper whispers whispered
caution cautions cautioned
contend contends contended
assert asserts asserted
answer answers answered
testify testifies testified
describe describes described
call calls called
dub dubs dubbed
label labels labeled labelled
brand brands branded
characterize characterizes characterized characterise characterised
sigh sighs sighed
laugh laughs laughed
mutter mutters muttered
plead pleads pleaded
demand demands demanded
tout touts touted
concur concurs concurred
agree agrees agreed
reiterate reiterates reiterated
wonder wonders wondered
speculate speculates speculated
allege alleges alleged
charge charges charged
indicate indicates indicated
reveal reveals revealed
assure assures assured
advise advises advised
recount recounts recounted
opine opines opined
proclaim proclaims proclaimed
retort retorts retorted
scoff scoffs scoffed
snap snaps snapped
chide chides chided
mock mocks mocked
thunder thunders thundered
exclaim exclaims exclaimed
estimate estimates estimated
cite cites cited
`;

export const SPEECH_VERBS: ReadonlySet<string> = new Set(FORMS.split(/\s+/).filter(Boolean));

/** Verbs that only report speech when a quote or "that" clause follows them ("called it “a farce”"). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'describe describes described call calls called dub dubs dubbed label labels labeled labelled brand brands branded characterize characterizes characterized characterise characterises characterised continue continues continued post posts posted report reports reported agree agrees agreed estimate estimates estimated indicate indicates indicated charge charges charged'.split(' '),
);
