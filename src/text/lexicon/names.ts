/**
 * Vocabularies for finding and typing names of people, organisations and places. Data only, compiled once.
 * All entries lower case; multi-word titles are matched word by word.
 */

const set = (...parts: string[]): ReadonlySet<string> => new Set(parts.join(' ').split(/\s+/).filter(Boolean));

/** Honorifics and titles that precede a person's name and are not part of it. */
export const TITLE_WORDS = set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady sen sen. senator rep rep. representative',
  'gov gov. governor president vice prime minister secretary general attorney chancellor chairman chairwoman',
  'chair director spokesman spokeswoman spokesperson ambassador judge justice chief executive ceo officer',
  'mayor king queen prince princess pope pastor rev rev. reverend father sheriff commissioner deputy assistant',
  'gen gen. general col col. colonel lt lt. lieutenant capt capt. captain maj maj. major adm adm. admiral sgt sgt.',
  'sergeant speaker leader majority minority whip candidate nominee former foreign defense defence finance',
  'state interior health press national security adviser advisor aide chief-of-staff strategist manager',
  'campaign democratic republican gop democrat congressman congresswoman councilman councilwoman councillor',
  'chairperson founder co-founder host anchor correspondent reporter editor columnist professor economist',
  'analyst pollster lawyer attorney-general solicitor premier emir sheikh ayatollah cardinal bishop archbishop',
  'sec. gen. rep. sen. u.s. us european eu nato un white house senior top acting incoming outgoing then-',
  'presidential hopeful frontrunner front-runner billionaire businessman businesswoman actress actor singer',
  'rapper star coach player minister-president first lady ex',
);

/** Honorifics that mark gender. */
export const MALE_HONORIFICS = set('mr mr. sir lord king prince father congressman councilman chairman spokesman');
export const FEMALE_HONORIFICS = set(
  'mrs mrs. ms ms. miss dame lady queen princess congresswoman councilwoman chairwoman spokeswoman actress',
);

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = set(
  'party committee council ministry department agency commission court congress senate house parliament',
  'assembly union association institute institution foundation university college school company corporation',
  'corp corp. inc inc. ltd ltd. llc group bank fund news times post journal daily herald tribune gazette',
  'telegraph guardian magazine network press reuters bloomberg cnn nbc abc cbs fox msnbc npr bbc politico',
  'breitbart huffpost buzzfeed axios administration government campaign center centre office bureau service',
  'services force army navy command alliance organization organisation board federation league club team',
  'coalition movement network channel radio television tv wire agency police fbi cia nsa pentagon kremlin',
  'un nato eu gop dnc rnc isis isil taliban hamas hezbollah microsoft google facebook twitter apple amazon',
  'industries holdings partners airlines motors society church caucus pac superpac tribunal authority',
);

/** Organisations whose name is often a bare word or acronym that would otherwise look like a person. */
export const NEWS_ORG_WORDS = set(
  'news times post journal daily herald tribune gazette telegraph guardian magazine press reuters bloomberg',
  'cnn nbc abc cbs fox msnbc npr bbc politico breitbart huffpost buzzfeed axios ap afp wire',
);

/** Wire services and news agencies often named bare: organisations, never people ("Ukrinform", "Reuters"). */
export const WIRE_SERVICES = set(
  'reuters ap afp tass xinhua interfax ukrinform unian itar-tass novosti anadolu yonhap kyodo efe ansa dpa',
  'bernama antara pti ani irna isna wafa sana kuna wam mena bloomberg sputnik',
);
/** Name endings that mark a news agency ("Ukrinform", "Interfax", "Europa Press", "Fox News"). */
export const WIRE_SERVICE_ENDING = /(?:inform|interfax|press|presse|news|tass|novosti)$/i;

/** Verbs of saying that a title-case headline capitalises ("Trump Says ..."): they end a name. */
export const HEADLINE_VERBS = set('says tells warns claims insists admits denies vows argues predicts');

/** Weekdays: a date word after a name ("Obama Monday") is never part of it. */
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Places commonly named in the news (countries, regions, capitals, US states). */
export const PLACE_NAMES = set(
  'afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium',
  'bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia',
  'denmark ecuador egypt estonia ethiopia finland france georgia germany ghana greece greenland guatemala haiti',
  'honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya',
  'korea kosovo kuwait latvia lebanon libya lithuania luxembourg macedonia malaysia mali malta mexico moldova',
  'mongolia montenegro morocco myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine',
  'panama paraguay peru philippines poland portugal qatar romania russia rwanda serbia singapore slovakia',
  'slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey',
  'turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe britain england',
  'scotland wales america europe asia africa crimea donbas gaza crimea kyiv kiev moscow washington london paris',
  'berlin brussels beijing tokyo jerusalem tehran baghdad damascus kabul ankara warsaw rome madrid vienna',
  'bucha wiesbaden hague geneva alabama alaska arizona arkansas california colorado connecticut delaware',
  'florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan',
  'minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio',
  'oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia wisconsin wyoming chicago boston',
  'philadelphia atlanta miami dallas houston seattle denver detroit baltimore cleveland orlando manhattan',
  'brooklyn benghazi aleppo mosul raqqa iowa arctic u.s. u.s.a. usa uk u.k. eu',
);

/** Capitalised words that start sentences or name times, never a person on their own. */
export const NOT_NAME_WORDS = set(
  'the a an this that these those there then than but and or if when while after before as at in on of for to',
  'from by with without about into over under during since until because although though however meanwhile',
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august',
  'september october november december today yesterday tomorrow it its he she they we i you his her their our',
  'my your what who whom which where why how yes no not also still even so some many most more all both each',
  'every other another such',
  'read follow click watch related photo video update editor note advertisement share mr mrs ms dr',
  'said says speaking asked according sources source officials official experts critics supporters reporters people',
);

/** Words that may sit inside a multi-word name in lower case. */
export const NAME_PARTICLES = set('de del della der di du da van von al bin la le of st. st');

/** Common first names by gender, for he/she agreement. Lower case. Not exhaustive; unknown names agree with both. */
export const MALE_FIRST_NAMES = set(
  'donald mike michael mark john james robert william bill barack joe joseph ted marco jeb ben chris christopher',
  'bernie paul rand rick scott jim tim tom thomas david george richard charles steve stephen steven kevin jeff',
  'jeffrey eric brian ryan jason justin andrew anthony daniel matthew mitch harry chuck lindsey rudy newt reince',
  'corey jared mike vladimir xi emmanuel boris justin volodymyr andrii jens olaf recep benjamin bashar kim',
  'martin peter frank fred gary greg gregory henry jack jerry jonathan larry lawrence louis luke nick nicholas',
  'patrick ray raymond roger ron ronald sam samuel sean ed edward adam alan alex alexander antonio carlos jose',
  'juan luis pedro ali mohammed muhammad ahmed omar hassan abdul ivan sergei dmitry viktor wolfgang hans',
  'marcus keith kenneth dennis doug douglas dan dean gerald glenn jimmy jay jake john-paul lloyd phil philip',
  'rex reid elijah eli chad todd trey tony will wayne walter warren joel josh joshua kurt lance lee leon',
);

export const FEMALE_FIRST_NAMES = set(
  'hillary carly sarah nancy elizabeth liz kellyanne huma chelsea michelle melania ivanka susan mary patricia',
  'jennifer linda barbara margaret maggie jessica karen lisa nicole amy angela theresa theresa ursula kamala',
  'kirsten dianne diane debbie deborah donna laura rachel rebecca sharon samantha sandra anne ann anna hannah',
  'julia julie kate katie kathleen katherine catherine emily emma grace helen jane janet joan joanne jodi',
  'kelly kristen kristin lauren loretta marine megyn nikki paula pam pamela ruth sally sheila stephanie valerie',
  'wendy jill hope sheryl cheryl betsy condoleezza madeleine christine christina tulsi amber andrea alice',
  'jacinda giorgia kaja mette annalena sanna frederiksen olena iryna yulia haley martha gina victoria',
);

export const MALE_PRONOUNS = set('he him his himself');
export const FEMALE_PRONOUNS = set('she her hers herself');
export const PLURAL_PRONOUNS = set('they them their themselves');
export const NEUTER_PRONOUNS = set('it its itself');

/** Generic nouns for people and organisations that a definite description can use ("the senator"). */
export const PERSON_NOUNS = set(
  'senator congressman congresswoman governor president candidate nominee secretary minister chancellor',
  'mayor spokesman spokeswoman spokesperson official ambassador judge leader chairman chairwoman director',
  'businessman billionaire businesswoman lawyer attorney general admiral commander chief premier king queen',
  'prince pope representative lawmaker legislator host anchor reporter columnist author professor economist',
  'democrat republican frontrunner front-runner hopeful contender incumbent challenger',
);

export const ORG_NOUNS = set(
  'newspaper paper daily outlet network channel magazine publication site website agency company firm group',
  'campaign committee party organization organisation administration government ministry department alliance',
  'bloc union council court commission institute foundation association union bank',
);
