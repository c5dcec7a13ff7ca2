export interface CopyLink {
  article: string;
  /** The earliest article this one copies (whole or in part), else null. */
  copyOf: string | null;
  /** Another article crediting the same original, so not an independent source. */
  derivedFrom: string | null;
}

export interface Story {
  id: string;
  title: string | null;
  articles: string[];
}
