/**
 * HTML building for the pages. Article text, titles and outlets are untrusted: every interpolation into the `html`
 * template is escaped unless it is already `SafeHtml` (built by this template or `raw`, which is only used for
 * markup the server itself writes).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const NEEDS_ESCAPE = /[&<>"']/g;

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(NEEDS_ESCAPE, (char) => ESCAPES[char]);
}

/** Markup known to be safe: the output of `html`, or server-written markup wrapped with `raw`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A tagged template that escapes every interpolation (arrays are joined, null/undefined/false render nothing). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Marks server-written markup (never user text) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins fragments with a separator, escaping any plain strings. */
export function join(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(render(separator)));
}
