/**
 * Vocabularies for attributions: the verbs that introduce speech, the mark characters, and the noun phrases
 * that name an unnamed speaker. Data only; the regular expressions built from them are compiled once here.
 */

const words = (...parts: string[]): string[] => parts.join(' ').split(/\s+/).filter(Boolean);

/** Inflected forms of verbs of saying (used for direct quotes and reported speech alike). */
export const SPEECH_VERBS: readonly string[] = words(
  'said says say saying told tells tell telling added adds asked asks stated states noted notes explained',
  'explains wrote writes tweeted tweets argued argues claimed claims insisted insists stressed stresses',
  'emphasized emphasizes emphasised emphasises continued continues declared declares warned warns recalled',
  'recalls replied replies responded responds acknowledged acknowledges admitted admits announced announces',
  'confirmed confirms suggested suggests reported reports observed observes remarked remarks quipped quips',
  'joked jokes countered counters conceded concedes predicted predicts promised promises vowed vows urged',
  'urges complained complains charged charges contended contends maintained maintains concluded concludes',
  'testified testifies wondered wonders shouted shouts yelled yells exclaimed exclaims mused muses boasted',
  'boasts lamented laments reiterated reiterates reaffirmed reaffirms highlighted highlights underlined',
  'underlines underscored underscores posted posts commented comments cautioned cautions assured assures',
  'acknowledged alleged alleges announced blasted blasts criticized criticizes slammed slams praised praises',
  'agreed agrees disagreed answered answers demanded demands pointed indicated indicates revealed reveals',
  'believes believed thinks thought estimated estimates predicted pledged pledges proclaimed proclaims',
  'recounted recounts described describes called calls denied denies disclosed discloses informed informs',
  'repeated repeats signaled signalled signals spoke speaks echoed echoes observed opined opines announced',
  'responded retorted retorts snapped snaps whispered whispers reasoned reasons read reads sang summed',
  'explained told reported testified texted emailed messaged stated wrote argued boomed thundered',
  'saying telling adding noting writing stating explaining arguing insisting warning asking calling labeling',
  'labelling describing declaring tweeting yelling shouting boasting claiming stressing emphasizing recalling',
  'replying responding acknowledging admitting announcing confirming suggesting urging complaining charging',
  'concluding noting quipping joking predicting promising vowing posting commenting cautioning proclaiming',
  'labeled labelled dubbed dubbing branded branding chanted chanting screamed screaming cried crying begged',
  'argue warn insist claim believe think agree asserted asserts asserting hinted hints',
  'cracked scoffed mocked marveled marvelled gushed sneered barked bellowed chided teased blogged pleaded added interjected interjecting offered offering thanked thanking touted touting hailed hailing',
);

/** Multi-word verbs of saying whose first word alone is not one. */
export const PHRASAL_SPEECH_VERBS: readonly string[] = [
  'went on',
  'goes on',
  'shot back',
  'fired back',
  'chimed in',
  'weighed in',
  'piped up',
  'went on to say',
  'goes on to say',
  'put it',
  'puts it',
];

/** Verbs that may be followed by the reported clause without "that" ("X said the plan failed"). */
export const BARE_CLAUSE_VERBS: readonly string[] = words(
  'said says say told tells added adds believes believed thinks thought argued argues claimed claims',
  'insisted insists warned warns noted notes predicted predicts suggested suggests stressed stresses',
  'acknowledged acknowledges admitted admits announced announces wrote writes reported reports explained',
  'explains stated recalled recalls conceded concedes contended contends maintained maintains',
  'say argue argued warn insist claim believe think agree agreed agrees denied denies promised promises',
  'vowed vows pledged pledges predicted indicated indicates confirmed confirms revealed reveals',
  'saying telling adding noting arguing insisting warning claiming suggesting acknowledging admitting',
  'arguing predicting promising vowing stressing explaining writing stating asserting asserted asserts',
  'tweeted tweets complained complains hinted hints',
);

/** Verbs whose object is the hearer before the reported clause ("told reporters he ..."). */
export const TELL_VERBS: readonly string[] = words(
  'told tells tell telling informed informs assured assures warned warns',
);

/** Verbs that credit a report to an outlet ("..., Reuters reported."): a source line, not speech. */
export const CREDIT_VERBS: readonly string[] = words('reports reported reporting writes wrote');

/** Multi-word cues whose object is the speaker and whose clause follows a comma. */
export const PREPOSITION_CUES: readonly string[] = ['according to', 'in the words of', 'as quoted by'];

/** Unnamed speakers: "a spokesman", "officials", "the source". Heads of noun phrases; lower case. */
export const SPEAKER_NOUNS: readonly string[] = words(
  'spokesman spokeswoman spokesperson official officials source sources aide aides adviser advisers advisor',
  'advisors analyst analysts expert experts critic critics supporter supporters reporter reporters',
  'statement report reports memo letter release campaign committee spokespeople lawyer lawyers attorney',
  'attorneys witness witnesses resident residents observer observers diplomat diplomats insider insiders',
  'people person man woman voters voter protesters protester police investigators prosecutors',
  'prosecutor authorities officer officers person aide poll polls survey study',
);

/** Opening and closing marks; a character may be both (straight quotes). */
export const DOUBLE_OPENERS = '"“„«‟';
export const DOUBLE_CLOSERS = '"”»“';
export const SINGLE_OPENERS = "'‘‚‹";
export const SINGLE_CLOSERS = "'’›‘";

export const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);
export const BARE_CLAUSE_VERB_SET: ReadonlySet<string> = new Set(BARE_CLAUSE_VERBS);
export const TELL_VERB_SET: ReadonlySet<string> = new Set(TELL_VERBS);
export const CREDIT_VERB_SET: ReadonlySet<string> = new Set(CREDIT_VERBS);
export const SPEAKER_NOUN_SET: ReadonlySet<string> = new Set(SPEAKER_NOUNS);
