/**
 * Vocabularies the main-text extractor uses to tell page furniture from article text, compiled once. Change a
 * word here and rerun `npm run eval:extraction` to see what it costs or gains.
 */

/** Elements that are page furniture wherever they appear. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'dialog', 'menu', 'figcaption']);

/**
 * Elements that are usually furniture but sometimes wrap the article (an ASP.NET page's one `form`, a `header`
 * holding the whole story, a `figure` around an embedded post): pruned on weak evidence.
 */
export const WEAK_FURNITURE_TAGS: ReadonlySet<string> = new Set(['form', 'header', 'figure']);

/** Elements never part of the text (interactive or decorative), dropped with all they hold. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set(['input', 'label', 'option', 'img', 'picture', 'source']);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
]);

/**
 * Words in `class` and `id` that mark furniture: navigation, share bars, related and recommended stories,
 * comments, cookie and subscription banners, ads, captions and credits, author boxes, tags.
 */
export const FURNITURE_NAMES = new RegExp(
  [
    '(?:^|[^a-z])(?:',
    [
      'nav',
      'navbar',
      'navigation',
      'menu',
      'breadcrumbs?',
      'site-?header',
      'masthead',
      'footer',
      'site-?footer',
      'sidebar',
      'side-?bar',
      'rail',
      'widget',
      'related',
      'recommend(?:ed|ations?)?',
      'more-?(?:stories|news|articles|from)',
      'read-?(?:more|next|also)',
      'also-?(?:read|like)',
      'you-?may-?like',
      'trending',
      'news-?ticker',
      'ticker',
      'marquee',
      'most-?(?:popular|read|viewed)',
      'popular',
      'share',
      'sharing',
      'shares',
      'follow',
      'subscribe',
      'subscription',
      'newsletter',
      'signup',
      'sign-?up',
      'register',
      'login',
      'paywall',
      'promo',
      'promotion',
      'advert\\w*',
      'ads?',
      'adv',
      'adslot',
      'ad-?unit',
      'ad-?container',
      'dfp',
      'gpt',
      'sponsor\\w*',
      'banner',
      'cookies?',
      'consent',
      'gdpr',
      'comments?',
      'disqus',
      'replies',
      'respond',
      'popup',
      'popover',
      'tooltip',
      'hover-?card',
      'rollover-[a-z]+-block',
      'modal',
      'overlay',
      'toolbar',
      'tags',
      'tag-?list',
      'taxonomy',
      'categories',
      'pagination',
      'pager',
      'author-?(?:bio|box|info|card)',
      'bio',
      'byline',
      'meta',
      'post-?meta',
      'entry-?meta',
      'article-?meta',
      'dateline',
      'timestamp',
      'caption',
      'captions?',
      'dek',
      'standfirst',
      'excerpt',
      'teaser',
      'abstract',
      'subtitle',
      'sub-?headline',
      'author',
      'authors',
      'about-?(?:the-)?author',
      'published',
      'date',
      'updated',
      'figcaption',
      'credit',
      'credits',
      'photo-?credit',
      'outbrain',
      'taboola',
      // Hidden from everyone, not just on some screens (Bootstrap's hidden-xs shows the element elsewhere).
      'hidden(?!-(?:xs|sm|md|lg|xl|mobile|tablet|desktop|phone|small|medium|large))',
      'visually-?hidden',
      'sr-only',
      'screen-?reader\\w*',
      'print-?only',
      'skip',
      'jump',
      'toc',
      'disclaimer',
      'copyright',
      'newsletter',
      'inline-?(?:related|promo|newsletter)',
      'video',
      'gallery',
      'slideshow',
      'carousel',
      'playlist',
      'podcast',
      'rating',
      'print',
    ].join('|'),
    ')(?:$|[^a-z])',
  ].join(''),
  'i',
);

/** Words in `class` and `id` that mark the article itself; they protect an element from furniture words. */
export const CONTENT_NAMES =
  /(?:^|[^a-z])(?:article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|story-?text|entry-?content|post-?content|post-?body|post-?text|body-?text|main-?content|content-?body|news-?body|text-?body)(?:$|[^a-z])/i;

/**
 * Names of the element holding the article's body itself (not a layout wrapper like `main-content`): short lines
 * in it are article lines, and list items in it are not teasers.
 */
export const BODY_NAMES =
  /(?:^|[^a-z])(?:article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|story-?text|entry-?content|post-?content|post-?body|post-?text|body-?text|news-?body)(?:$|[^a-z])/i;

/** Classes of a `blockquote` holding a social media post embedded in the story (quoted, so part of it). */
export const EMBEDDED_POST =
  /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|reddit-card|bluesky-embed|fb-post)(?:\s|$)/;

/** Longest block of text that FURNITURE_LINES can mark: a longer one is a paragraph, whatever its first words. */
export const FURNITURE_LINE_MAX_CHARS = 200;

/** Whole blocks of text that are page furniture even inside the article ("Read more", "Advertisement"). */
export const FURNITURE_LINES = new RegExp(
  String.raw`^(?:${[
    // ads, in the languages of the pages we have seen
    'advert(isement|ising)?',
    'ad',
    'anuncio',
    'publicidad[e]?',
    'anzeige',
    'werbung',
    'iklan',
    'реклама',
    '広告',
    'sponsored( content)?',
    '(story|article) continues below( advertisement)?',
    'advertisement\\W+(continue|story continues).*',
    'continue reading( below| the main story)?',
    // read more, related and popular stories, sharing
    'read (more|also|next|the full story|full article)\\b.*',
    'see also\\b.*',
    'related( articles?| stories| posts| content| coverage| news)(:.*)?',
    'related:.*',
    "don'?t miss",
    'must read',
    'more( on this story| from [^.]*| stories)?:?',
    'you (may|might) (also )?like\\b.*',
    'recommended( for you)?',
    'most (popular|read|viewed|shared)',
    'popular (posts|stories)',
    'trending( now| stories)?',
    'latest (news|stories|posts)',
    'topics',
    'tags',
    'tags:.*',
    'filed under:.*',
    'share( this( article| story| post)?)?( on [a-z ]+)?',
    'share (on )?(facebook|twitter|whatsapp|email)\\b.*',
    'sharing is caring!?',
    '\\d+\\s*shares?',
    '(previous|next) (post|article|story)',
    '(click|tap) here\\b.*',
    '(sign up|subscribe)\\b.{0,120}',
    'follow .{0,100}\\b(on (facebook|twitter|instagram|x)|full coverage)\\b.{0,100}',
    'newsletter',
    // cookies and comments
    'we use cookies\\b.*',
    'this (site|website) uses cookies\\b.*',
    '(accept|allow) (all )?cookies',
    'leave a (comment|reply)\\b.*',
    'view comments',
    '\\d+ comments?',
    'comments?',
    // captions, credits, bylines, dates
    'image (source|caption|copyright)\\b.*',
    'image:.*',
    'photo:.*',
    '(photo|image|video) credit:.*',
    'photo(graph)? by\\b.{0,80}',
    'getty images',
    'copyright\\s*(©|\\(c\\)|\\d{4}).{0,160}',
    '©.{0,160}',
    'all rights reserved\\.?',
    'about the author',
    'author:?',
    '(published|updated|posted)( at| on)?:?\\s.{0,30}\\d.{0,20}',
    '((mon|tues|wednes|thurs|fri|satur|sun)day,? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.? \\d{1,2},? \\d{4}(,? (at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [a-z]{2,4})?)?',
    '((mon|tues|wednes|thurs|fri|satur|sun)day,? )?\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.? \\d{4}(,? (at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [a-z]{2,4})?)?',
    '\\d{1,2}:\\d{2}( ?[ap]\\.?m\\.?)?( [a-z]{2,4})?',
    // widgets
    'loading\\.*',
    'watch:.*',
    'listen:.*',
    'print',
    'email',
    'whatsapp',
    'facebook',
    'twitter',
    'linkedin',
    'pinterest',
    'close',
    'menu',
    'search',
    'skip to( main)? content',
  ].join('|')})\s*[.:!]?$`,
  'iu',
);

/**
 * Furniture lines whose telling words may come anywhere in the line: a newsletter's sign-up, a caption ending in its
 * credit. Kept apart from FURNITURE_LINES, whose lines open with their telling words, because a pattern that may
 * start anywhere is tried at every position of every line: these three cost nine tenths of the time of all the
 * others. They are tried only on a line that holds one of FURNITURE_LINE_WITHIN_CUES.
 */
export const FURNITURE_LINES_WITHIN = new RegExp(
  String.raw`^(?:${[
    '.{0,80}\\b(sign up|subscribe)\\b.{0,80}\\b(newsletters?|inbox)\\b.{0,40}',
    '.{0,80}\\b(newsletters?|inbox)\\b.{0,80}\\b(sign up|subscribe)\\b.{0,40}',
    '.{0,200}\\((image|photo|picture|credit)s?:[^)]*\\)',
  ].join('|')})\s*[.:!]?$`,
  'iu',
);

/** Words one of which every line of FURNITURE_LINES_WITHIN holds (with its flags, so case folds the same way). */
export const FURNITURE_LINE_WITHIN_CUES = /sign up|subscribe|newsletter|inbox|\(/iu;

/** A byline alone on a line: "By" and capitalised names ("By Jo Park and Ana Lima"), not a sentence. */
export const BYLINE_LINE =
  /^(?:[Bb]y|BY|[Ww]ritten by|WRITTEN BY):?\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}'’.-]*){0,7}$/u;

/** Short titles that open a section of other stories ("Top stories", "More from Sports", "You may also like"). */
export const OTHER_STORIES_TITLES = new RegExp(
  `^(?:${[
    // English
    "(?:top|latest|most popular|popular|related|recommended|trending|more|other|partner|sponsored|editor'?s'? picks?|you (?:may|might) (?:also )?like|also read|read (?:more|next|also)|see also|don'?t miss|must read|what to read next|further reading|around the web|from (?:the|our) (?:web|partners))\\b",
    // Portuguese, Spanish, French, German, Italian, Indonesian
    '(?:leia (?:também|mais)|veja (?:também|mais)|mais lidas|notícias relacionadas|artigos relacionados|lee (?:también|más)|más leídas|noticias relacionadas|à lire aussi|lire aussi|les plus lus|sur le même sujet|lesen sie auch|meistgelesen|mehr zum thema|leggi anche|più letti|baca juga|berita terkait|terpopuler)',
    // Russian, Ukrainian, Japanese, Chinese, Korean
    '(?:читайте также|похожие|самые популярные|популярное|по теме|також читайте|関連記事|人気記事|おすすめ記事|相关新闻|相关阅读|热门|관련 기사|많이 본)',
  ].join('|')}).{0,40}(?<![.!?"”。])$`,
  'iu',
);
