/** Small formatting helpers shared by the pages. Dates are shown in UTC so pages do not depend on the server's zone. */

import type { FindingStatus } from '../../records/finding.js';
import type { FindingCounts } from '../../store/types.js';
import { html, type SafeHtml } from '../html.js';

/** The order a reader wants the statuses in: what needs attention first. */
export const STATUS_ORDER: readonly FindingStatus[] = [
  'conflict',
  'quote-drift',
  'quote-vs-paraphrase',
  'corroborated',
  'single-source',
];

export const STATUS_LABEL: Record<FindingStatus, string> = {
  conflict: 'Conflicts',
  'quote-drift': 'Quotes in different words',
  'quote-vs-paraphrase': 'Quoted in one, paraphrased in another',
  corroborated: 'Corroborated',
  'single-source': 'Single source',
};

export const STATUS_SHORT: Record<FindingStatus, string> = {
  conflict: 'conflict',
  'quote-drift': 'quote drift',
  'quote-vs-paraphrase': 'quote vs paraphrase',
  corroborated: 'corroborated',
  'single-source': 'single source',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-04-02` -> `2 Apr 2025`; a date-time adds `HH:MM UTC`; anything unparseable is shown as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  if (iso.length > 10) {
    const time = Date.parse(iso);
    if (!Number.isNaN(time)) {
      const d = new Date(time);
      const hh = String(d.getUTCHours()).padStart(2, '0');
      const mm = String(d.getUTCMinutes()).padStart(2, '0');
      return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
    }
  }
  const [, year, month, day] = match;
  if (!month) return year;
  if (!day) return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** Milliseconds since the epoch of an ISO date or date-time, or null. */
export function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const time = Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return Number.isNaN(time) ? null : time;
}

/** Only http(s) links are followed; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** Badges for a story: independent sources first, then each status with findings, most urgent first. */
export function storyBadges(sources: number, counts: FindingCounts): SafeHtml {
  const statusBadges = STATUS_ORDER.filter((status) => (counts[status] ?? 0) > 0).map(
    (status) =>
      html`<li class="badge ${status}">${plural(counts[status], STATUS_SHORT[status], STATUS_SHORT[status])}</li>`,
  );
  return html`<ul class="badges"><li class="badge sources">${plural(sources, 'independent source')}</li>${statusBadges}</ul>`;
}

export function statusBadge(status: FindingStatus | null): SafeHtml {
  if (!status) return html`<span class="badge">no finding</span>`;
  return html`<span class="badge ${status}">${STATUS_SHORT[status]}</span>`;
}

/** A figure's value for people: `20000000000` -> `20 billion`. */
export function formatValue(value: number): string {
  const abs = Math.abs(value);
  const scales: Array<[number, string]> = [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
  ];
  for (const [scale, word] of scales) {
    if (abs >= scale) return `${Number((value / scale).toFixed(2)).toLocaleString('en-US')}${word}`;
  }
  return Number(value.toFixed(2)).toLocaleString('en-US');
}

export function outletName(outlet: string | null | undefined): string {
  return outlet && outlet.trim() !== '' ? outlet : 'Unknown outlet';
}
