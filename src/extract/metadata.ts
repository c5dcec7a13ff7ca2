import type { ParsedPage } from './html-tree.js';
import type { DeclaredArticle } from './metadata-jsonld.js';
export function extractMetadata(_page: ParsedPage, _o: { url: string | null; text: string; declared: DeclaredArticle }) {
  return { title: null, byline: null, published: null, outlet: null, url: null, language: null, credits: [] as string[] };
}
