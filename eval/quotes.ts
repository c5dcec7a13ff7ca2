/**
 * `npm run eval:quotes -- FILE.jsonl [--examples N]`: scores quote and speaker extraction on PolNeAR rows
 * (`{id, text, attributions: [{direct, content: [span], source: [span], cue: [span]}]}`).
 *
 * Metric (see ../shared/data/README.md): a gold direct quote is found when predicted direct quotes cover at least
 * half of its characters; a predicted quote is right when at least half of it lies in gold attribution content;
 * speaker accuracy counts found quotes whose predicted speaker mention overlaps the gold source span (or whose
 * resolved name's last word appears in it). The same is printed for reported speech (non-direct attributions).
 * Errors are grouped by kind with a few examples each, so the next fix is clear.
 */
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../src/claims/quotes.js';
import type { Quote } from '../src/records/claim.js';
import { layout } from '../src/text/layout.js';
import { extractEntities } from '../src/text/mentions.js';

interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
interface Attribution {
  direct: boolean;
  content: GoldSpan[] | null;
  source: GoldSpan[] | null;
  cue: GoldSpan[] | null;
}
interface Row {
  id: string;
  text: string;
  attributions: Attribution[];
}

/** Share of a span that must be covered for a match (the dataset's metric). */
const COVER = 0.5;

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval:quotes -- FILE.jsonl [--examples N]');
  process.exit(2);
}
const exampleArg = args.indexOf('--examples');
const EXAMPLES = exampleArg >= 0 ? Number(args[exampleArg + 1]) : 3;

const rows: Row[] = [];
readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line) as Row);
    } catch (error) {
      console.error(`${file}:${i + 1}: skipped, not JSON (${(error as Error).message})`);
    }
  });

class Tally {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  add(kind: string, example: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    const list = this.examples.get(kind) ?? [];
    if (list.length < EXAMPLES) list.push(example);
    this.examples.set(kind, list);
  }
  print(title: string): void {
    const kinds = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (kinds.length === 0) return;
    console.log(`\n${title}`);
    for (const [kind, n] of kinds) {
      console.log(`  ${String(n).padStart(5)}  ${kind}`);
      for (const ex of this.examples.get(kind) ?? []) console.log(`           ${ex}`);
    }
  }
}

interface Score {
  gold: number;
  found: number;
  predicted: number;
  right: number;
  strictRight: number;
  speakerRight: number;
  speakerTotal: number;
}
const newScore = (): Score => ({
  gold: 0,
  found: 0,
  predicted: 0,
  right: 0,
  strictRight: 0,
  speakerRight: 0,
  speakerTotal: 0,
});

const direct = newScore();
const reported = newScore();
const missed = new Tally();
const falseQuotes = new Tally();
const wrongSpeaker = new Tally();
const missedReported = new Tally();
/** Per outlet: found direct quotes and how many of them have the right speaker. */
const byOutlet = new Map<string, { right: number; total: number }>();
let totalMs = 0;
let totalWords = 0;

const clip = (s: string, n = 160): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};
const context = (text: string, start: number, end: number): string =>
  clip(`${text.slice(Math.max(0, start - 70), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 70)}`, 260);

function mask(length: number, spans: GoldSpan[]): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) m.fill(1, s.start, s.end);
  return m;
}
function covered(m: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n += m[i];
  return end > start ? n / (end - start) : 0;
}
function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function speakerOk(text: string, q: Quote, sources: GoldSpan[]): boolean {
  if (sources.length === 0) return q.speaker === null;
  if (q.speakerStart !== null && q.speakerEnd !== null) {
    const span = { start: q.speakerStart, end: q.speakerEnd };
    if (sources.some((s) => overlap(s, span) > 0)) return true;
  }
  if (q.speaker) {
    const last = q.speaker.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (last && sources.some((s) => text.slice(s.start, s.end).toLowerCase().includes(last))) return true;
  }
  return false;
}

function goldKind(text: string, a: Attribution): string {
  const content = a.content ?? [];
  const first = content[0];
  const src = (a.source ?? [])[0];
  const mark = first ? text[first.start] : '?';
  const parts = [`mark ${mark}`];
  if (content.length > 1) parts.push('multi-span');
  if (first && text.slice(first.start, content[content.length - 1].end).includes('\n')) parts.push('over paragraphs');
  if (!src) parts.push('no source');
  return parts.join(', ');
}

function speakerKind(text: string, q: Quote, sources: GoldSpan[]): string {
  const src = sources[0] ? text.slice(sources[0].start, sources[0].end) : '';
  const gold = /^(he|she|they|it|i|we)$/i.test(src)
    ? 'gold pronoun'
    : /^\p{Lu}/u.test(src)
      ? 'gold name'
      : 'gold description';
  if (q.speakerStart === null) return `no speaker predicted (${gold})`;
  const predicted = text.slice(q.speakerStart, q.speakerEnd ?? q.speakerStart);
  const far = sources[0] && Math.abs(sources[0].start - q.speakerStart) > 200 ? ', far' : '';
  const kind = /^(he|she|they|it)$/i.test(predicted)
    ? 'pronoun'
    : q.speaker && q.speaker !== predicted
      ? 'resolved'
      : 'as written';
  return `wrong mention: predicted ${kind}${far} (${gold})`;
}

for (const row of rows) {
  const text = row.text;
  if (typeof text !== 'string') {
    console.error(`${row.id}: skipped, no text`);
    continue;
  }
  // CPU time, not wall time: the machine is shared, and waiting for a core is not our cost.
  const t0 = process.cpuUsage();
  const lay = layout(text);
  const entities = extractEntities(text, lay);
  const quotes = extractQuotes(text, lay, entities, row.id);
  const used = process.cpuUsage(t0);
  totalMs += (used.user + used.system) / 1000;
  totalWords += text.split(/\s+/).length;

  const attributions = row.attributions.filter((a) => (a.content ?? []).length > 0);
  const allContent = mask(
    text.length,
    attributions.flatMap((a) => a.content ?? []),
  );
  const directContent = mask(
    text.length,
    attributions.filter((a) => a.direct).flatMap((a) => a.content ?? []),
  );
  const reportedContent = mask(
    text.length,
    attributions.filter((a) => !a.direct).flatMap((a) => a.content ?? []),
  );

  for (const [isDirect, score] of [
    [true, direct],
    [false, reported],
  ] as const) {
    const preds = quotes.filter((q) => q.direct === isDirect);
    const predMask = new Uint8Array(text.length);
    for (const q of preds) predMask.fill(1, q.start, q.end);
    for (const q of preds) {
      score.predicted++;
      const ok = covered(allContent, q.start, q.end) >= COVER;
      if (ok) score.right++;
      if (covered(isDirect ? directContent : reportedContent, q.start, q.end) >= COVER) score.strictRight++;
      if (!ok && isDirect) {
        const words = text.slice(q.start, q.end).split(/\s+/).length;
        const kind = `${words <= 4 ? 'short' : 'long'}, ${q.speaker ? 'with speaker' : 'no speaker'}`;
        falseQuotes.add(kind, `${row.id}: ${context(text, q.start, q.end)}`);
      }
    }
    for (const a of attributions.filter((x) => x.direct === isDirect)) {
      score.gold++;
      const content = a.content ?? [];
      let chars = 0;
      let hit = 0;
      for (const s of content) {
        chars += s.end - s.start;
        hit += covered(predMask, s.start, s.end) * (s.end - s.start);
      }
      const first = content[0];
      const last = content[content.length - 1];
      if (chars === 0 || hit / chars < COVER) {
        (isDirect ? missed : missedReported).add(
          goldKind(text, a),
          `${row.id}: ${context(text, first.start, last.end)}`,
        );
        continue;
      }
      score.found++;
      let best: Quote | null = null;
      let bestOverlap = 0;
      for (const q of preds) {
        const o = content.reduce((n, s) => n + overlap(s, q), 0);
        if (o > bestOverlap) {
          best = q;
          bestOverlap = o;
        }
      }
      if (!best) continue;
      score.speakerTotal++;
      const sources = a.source ?? [];
      const ok = speakerOk(text, best, sources);
      if (isDirect) {
        const outlet = (row as Row & { outlet?: string }).outlet ?? 'unknown';
        const tally = byOutlet.get(outlet) ?? { right: 0, total: 0 };
        tally.total++;
        if (ok) tally.right++;
        byOutlet.set(outlet, tally);
      }
      if (ok) score.speakerRight++;
      else if (isDirect) {
        const gold = sources.map((s) => s.text).join(' / ') || '(none)';
        const predicted =
          best.speakerStart === null
            ? '(none)'
            : `${text.slice(best.speakerStart, best.speakerEnd ?? best.speakerStart)} -> ${best.speaker}`;
        wrongSpeaker.add(
          speakerKind(text, best, sources),
          `${row.id}: gold [${gold}] predicted [${predicted}] ${context(text, first.start, Math.min(last.end, first.start + 90))}`,
        );
      }
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : (n / d).toFixed(3));
function printScore(title: string, s: Score): void {
  const p = s.predicted ? s.right / s.predicted : 0;
  const r = s.gold ? s.found / s.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(
    `${title.padEnd(16)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f.toFixed(3)}  speaker accuracy ${pct(s.speakerRight, s.speakerTotal)}  (gold ${s.gold}, predicted ${s.predicted}, found ${s.found}; precision against same-kind content only ${pct(s.strictRight, s.predicted)})`,
  );
}

console.log(
  `${rows.length} articles, ${totalWords} words; layout + entities + quotes: ${(totalMs / Math.max(1, rows.length)).toFixed(2)} ms CPU an article (${((totalMs / Math.max(1, totalWords)) * 600).toFixed(2)} ms per 600 words, first-run JIT included)`,
);
/** Reruns over the same articles before the steady-state timing is read (compiled code warm). */
const WARM_RUNS = 3;
{
  let ms = 0;
  for (let run = 0; run < WARM_RUNS; run++) {
    const t0 = process.cpuUsage();
    for (const row of rows) {
      if (typeof row.text !== 'string') continue;
      const lay = layout(row.text);
      extractQuotes(row.text, lay, extractEntities(row.text, lay), row.id);
    }
    const used = process.cpuUsage(t0);
    ms = (used.user + used.system) / 1000;
  }
  console.log(
    `steady state (run ${WARM_RUNS} of the same articles): ${((ms / Math.max(1, totalWords)) * 600).toFixed(2)} ms CPU per 600 words`,
  );
}
printScore('direct quotes', direct);
printScore('reported speech', reported);
console.log(
  `speaker accuracy by outlet: ${[...byOutlet.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([o, t]) => `${o} ${pct(t.right, t.total)} (${t.total})`)
    .join(', ')}`,
);
missed.print('missed direct quotes, by kind');
falseQuotes.print('false direct quotes, by kind');
wrongSpeaker.print('wrong speakers of found direct quotes, by kind');
if (args.includes('--reported')) missedReported.print('missed reported speech, by kind');
