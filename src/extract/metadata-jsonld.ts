export interface DeclaredArticle { articleBody: string | null }
export function readJsonLd(_blocks: string[]): DeclaredArticle { return { articleBody: null }; }
