/** What a page declares about its article in JSON-LD (schema.org `NewsArticle` and kin). */
export interface DeclaredArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  articleBody: string | null;
  /** `sourceOrganization`: whom the article credits as its origin. */
  sources: string[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|AnalysisNewsArticle|OpinionNewsArticle)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|CollectionPage)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Raw control characters (line breaks, tabs) that JSON forbids inside strings. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

function parseBlock(block: string): Json | null {
  const trimmed = block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '');
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    // Pages often leave raw line breaks and tabs inside strings.
    try {
      return JSON.parse(trimmed.replace(CONTROL_CHARACTERS, ' ')) as Json;
    } catch {
      return null;
    }
  }
}

/** Every object in the JSON-LD, arrays and `@graph` flattened. */
function nodes(value: Json, out: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) {
    for (const item of value) nodes(item, out);
  } else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) nodes(value['@graph'], out);
  }
  return out;
}

function types(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') {
    const trimmed = value.replace(/\s+/g, ' ').trim();
    return trimmed.length > 0 ? trimmed : null;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? text(value[0]) : null;
  if (isObject(value)) return text(value.name ?? value['@value'] ?? value.alternateName);
  return null;
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => names(item));
  const name = text(value);
  return name ? [name] : [];
}

function url(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) return url(value['@id'] ?? value.url);
  if (Array.isArray(value) && value.length > 0) return url(value[0]);
  return null;
}

const EMPTY: DeclaredArticle = {
  headline: null,
  authors: [],
  datePublished: null,
  dateModified: null,
  publisher: null,
  url: null,
  language: null,
  articleBody: null,
  sources: [],
};

/**
 * Reads the page's JSON-LD blocks and returns what its article node declares (an `Article` kind first, else a
 * `WebPage`). Blocks that do not parse are skipped.
 */
export function readJsonLd(blocks: string[]): DeclaredArticle {
  const all: JsonObject[] = [];
  for (const block of blocks) {
    const parsed = parseBlock(block);
    if (parsed !== null) nodes(parsed, all);
  }
  const article =
    all.find((node) => types(node).some((type) => ARTICLE_TYPES.test(type))) ??
    all.find((node) => types(node).some((type) => PAGE_TYPES.test(type)));
  if (!article) return EMPTY;
  const publisher = article.publisher;
  // A publisher given by reference (`{"@id": "#org"}`) is named elsewhere in the graph.
  const publisherNode =
    isObject(publisher) && publisher.name === undefined && typeof publisher['@id'] === 'string'
      ? all.find((node) => node['@id'] === publisher['@id'])
      : publisher;
  const body = text(article.articleBody);
  return {
    headline: text(article.headline ?? article.name),
    authors: [...new Set(names(article.author ?? article.creator))],
    datePublished: text(article.datePublished ?? article.dateCreated),
    dateModified: text(article.dateModified),
    publisher: text(publisherNode),
    url: url(article.url ?? article.mainEntityOfPage),
    language: text(article.inLanguage),
    articleBody: typeof article.articleBody === 'string' ? article.articleBody.trim() || null : body,
    sources: [...new Set(names(article.sourceOrganization))],
  };
}
