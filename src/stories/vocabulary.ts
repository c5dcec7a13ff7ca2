/** Word lists used as data by copy detection and story clustering. Lower case. */

/** Function words and reporting words that tell nothing about which event an article is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    'a about above after again against all almost also although always am among an and another any anyone',
    'anything are around as at away back be became because become been before being below between both but by',
    'can could did do does doing done down during each either else enough even ever every few for from',
    'further get gets getting go goes going gone got had has have having he her here hers herself him himself',
    'his how however i if in into is it its itself just least less let like made make makes many may me',
    'might more most much must my myself near neither never new next no nor not now of off often on once one',
    'only or other others our ours ourselves out over own per perhaps put quite rather really same see seen',
    'she should since so some someone something still such than that the their theirs them themselves then',
    'there these they thing things this those though through thus to too toward towards under until up upon',
    'us use used very via was we well were what whatever when where whether which while who whom whose why',
    'will with within without would yet you your yours yourself',
    'said says say saying told tell tells according added adding asked noted stated reported reports report',
    'mr mrs ms dr',
    'year years day days week weeks month months time times today yesterday tomorrow',
    'monday tuesday wednesday thursday friday saturday sunday',
    'two three four five six seven eight nine ten first second last later earlier ago',
    "it's don't didn't doesn't isn't wasn't aren't weren't can't won't i'm he's she's that's there's they're",
    'http https www com html htm org net php asp jsp',
  ]
    .join(' ')
    .split(' '),
);

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Capitalised words that start a sentence or a headline without naming anything. */
export const NOT_ENTITIES: ReadonlySet<string> = new Set(
  [
    'the a an this that these those it its he she they we i you his her their our my in on at for from by with',
    'as after before when while but and or if so yet also more most some many one two three but however',
    'according update updated read related photo video watch click share comments advertisement',
    'monday tuesday wednesday thursday friday saturday sunday today yesterday',
    'mr mrs ms dr',
  ]
    .join(' ')
    .split(' '),
);
