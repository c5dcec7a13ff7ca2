import { createHash } from 'node:crypto';

/** A stable id for an article without one: a hash of its text (or HTML), so re-reading the same content gives the same id. */
export function contentId(content: string): string {
  return `a-${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
}
