// Verbs that introduce reported speech or writing ("said", "told", "wrote"), every inflected form that
// news uses. A cue must be one of these words; "according to" is handled as its own pattern.

const FORMS = `
say says said saying
tell tells told telling
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
warn warns warned warning
reply replies replied replying
respond responds responded responding
continue continues continued
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
post posts posted posting
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
shout shouts shouted shouting
yell yells yelled
whisper whispers whispered
caution cautions cautioned cautioning
contend contends contended contending
assert asserts asserted asserting
answer answers answered answering
testify testifies testified testifying
describe describes described describing
call calls called calling
dub dubs dubbed dubbing
label labels labeled labelled labeling labelling
brand brands branded branding
characterize characterizes characterized characterise characterised characterizing
sigh sighs sighed
laugh laughs laughed
mutter mutters muttered
plead pleads pleaded pleading
demand demands demanded demanding
tout touts touted touting
concur concurs concurred
agree agrees agreed
reiterate reiterates reiterated reiterating
wonder wonders wondered
speculate speculates speculated
allege alleges alleged alleging
charge charges charged
indicate indicates indicated
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
estimate estimates estimated
cite cites cited citing
read reads
elaborate elaborates elaborated elaborating
`;

export const SPEECH_VERBS: ReadonlySet<string> = new Set(FORMS.split(/\s+/).filter(Boolean));

/** Verbs that only report speech when a quote or "that" clause follows them ("called it “a farce”"). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'describe describes described describing call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling labelling brand brands branded branding characterize characterizes characterized characterizing characterise characterises characterised continue continues continued post posts posted posting report reports reported reporting agree agrees agreed estimate estimates estimated indicate indicates indicated charge charges charged read reads'.split(' '),
);
