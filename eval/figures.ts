/**
 * `npm run eval:figures -- FILE.jsonl [--examples=N] [--unitless=false]`: scores figure extraction on NewsQuant rows
 * (`{text, quantities: [{value, unit, normalized_unit, change}]}`, one sentence per row).
 *
 * - money and percent: F1 of (sentence, value, unit family), where the family of money is its currency (ISO code)
 *   and of a percentage `%` (percentage points and basis points are their own families). Also printed with the
 *   coarse family (money or percent), which forgives a wrong currency.
 * - all quantities: F1 of (sentence, value) over every quantity.
 * Ranges match as the pair of their ends. Gold amounts in cents, pence or sen are compared in the main unit.
 * Errors are printed by category with examples, so the next fix is clear.
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../src/claims/figures.js';
import type { Figure } from '../src/records/claim.js';
import { layout } from '../src/text/layout.js';

interface GoldQuantity {
  value: string;
  unit: string;
  normalized_unit: string;
  change?: string;
}

interface Row {
  text: string;
  quantities: GoldQuantity[];
}

/** One quantity reduced to what the metric compares. */
interface Item {
  low: number;
  high: number;
  /** ISO code, `%`, `pp`, `bp`, or null for other quantities. */
  family: string | null;
  /** A predicted figure with no unit at all. */
  unitless?: boolean;
  label: string;
}

/** NewsQuant's normalised currency names, longest first so `hong kong dollar` wins over `dollar`. */
const GOLD_CURRENCIES: Array<[string, string, number]> = (
  [
    ['united states dollar', 'USD', 1],
    ['hong kong dollar', 'HKD', 1],
    ['australian dollar', 'AUD', 1],
    ['new zealand dollar', 'NZD', 1],
    ['canadian dollar', 'CAD', 1],
    ['singapore dollar', 'SGD', 1],
    ['taiwan dollar', 'TWD', 1],
    ['dollar', 'USD', 1],
    ['euro', 'EUR', 1],
    ['japanese yen', 'JPY', 1],
    ['yen', 'JPY', 1],
    ['chinese yuan', 'CNY', 1],
    ['yuan', 'CNY', 1],
    ['pound sterling', 'GBP', 1],
    ['shekel', 'ILS', 1],
    ['malaysian ringgit', 'MYR', 1],
    ['indian rupee', 'INR', 1],
    ['russian ruble', 'RUB', 1],
    ['swiss franc', 'CHF', 1],
    ['south korean won', 'KRW', 1],
    ['cent', 'USD', 100],
    ['sen', 'MYR', 100],
    ['penny', 'GBP', 100],
    ['pence', 'GBP', 100],
  ] as Array<[string, string, number]>
).sort((a, b) => b[0].length - a[0].length);

function goldFamily(unit: string): { family: string | null; divisor: number } {
  const u = unit.toLowerCase();
  if (u === 'percentage') return { family: '%', divisor: 1 };
  if (u === 'percentage point') return { family: 'pp', divisor: 1 };
  if (u === 'basis point') return { family: 'bp', divisor: 1 };
  for (const [name, code, divisor] of GOLD_CURRENCIES) {
    if (u === name || u.startsWith(`${name} per `)) return { family: code, divisor };
  }
  return { family: null, divisor: 1 };
}

function goldItem(q: GoldQuantity): Item | null {
  const range = /^(-?[\d.]+)-(-?[\d.]+)$/.exec(q.value.trim());
  const { family, divisor } = goldFamily(q.normalized_unit);
  const low = Number(range ? range[1] : q.value) / divisor;
  const high = range ? Number(range[2]) / divisor : low;
  if (Number.isNaN(low) || Number.isNaN(high)) return null;
  return {
    low: Math.min(low, high),
    high: Math.max(low, high),
    family,
    label: `${q.value} ${q.unit} (${q.normalized_unit})`,
  };
}

function predictedItem(figure: Figure): Item {
  const high = figure.valueMax ?? figure.value;
  const family = figure.kind === 'money' || figure.kind === 'percent' ? figure.unit : null;
  return {
    low: Math.min(figure.value, high),
    high: Math.max(figure.value, high),
    family,
    unitless: figure.unit === null,
    label: `"${figure.text}" = ${figure.value}${figure.valueMax !== undefined ? `-${figure.valueMax}` : ''} ${figure.unit ?? '-'} ${figure.kind}`,
  };
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameValue(a: Item, b: Item): boolean {
  return near(a.low, b.low) && near(a.high, b.high);
}

function coarse(family: string | null): string | null {
  if (family === null) return null;
  return family === '%' || family === 'pp' || family === 'bp' ? 'percent' : 'money';
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function f1(score: Score): { p: number; r: number; f: number } {
  const p = score.tp / Math.max(1, score.tp + score.fp);
  const r = score.tp / Math.max(1, score.tp + score.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Greedy one-to-one matching; returns the unmatched gold and predicted items. */
function match(gold: Item[], predicted: Item[], same: (g: Item, p: Item) => boolean): [Item[], Item[], number] {
  const used = new Set<number>();
  const missed: Item[] = [];
  let tp = 0;
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && same(g, p));
    if (index >= 0) {
      used.add(index);
      tp++;
    } else missed.push(g);
  }
  return [missed, predicted.filter((_, i) => !used.has(i)), tp];
}

function isYearLike(item: Item): boolean {
  return item.low === item.high && Number.isInteger(item.low) && item.low >= 1900 && item.low <= 2099;
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) {
    console.error('usage: npm run eval:figures -- FILE.jsonl [--examples=N] [--unitless=false]');
    process.exit(2);
  }
  const examplesArg = args.find((arg) => arg.startsWith('--examples'));
  const examples = examplesArg ? Number(examplesArg.split('=')[1] ?? 3) : 3;
  const unitless = !args.includes('--unitless=false');
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch (error) {
    console.error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const strict: Score = { tp: 0, fp: 0, fn: 0 };
  const loose: Score = { tp: 0, fp: 0, fn: 0 };
  const all: Score = { tp: 0, fp: 0, fn: 0 };
  const errors = new Map<string, string[]>();
  const note = (category: string, text: string) => {
    const list = errors.get(category) ?? [];
    list.push(text);
    errors.set(category, list);
  };
  let rows = 0;
  let skipped = 0;
  let elapsed = 0;
  lines.forEach((line, lineNumber) => {
    if (line.trim() === '') return;
    let row: Row;
    try {
      row = JSON.parse(line) as Row;
      if (typeof row.text !== 'string' || !Array.isArray(row.quantities)) throw new Error('needs text and quantities');
    } catch (error) {
      skipped++;
      console.error(`${file}:${lineNumber + 1}: skipped: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    rows++;
    const started = performance.now();
    const figures = extractFigures(row.text, layout(row.text), null, `row-${lineNumber + 1}`, [], { unitless });
    elapsed += performance.now() - started;
    const gold = row.quantities.map(goldItem).filter((item): item is Item => item !== null);
    const predicted = figures.map(predictedItem);
    const sentence = row.text.length > 160 ? `${row.text.slice(0, 157)}...` : row.text;

    const goldMP = gold.filter((g) => g.family !== null);
    const predMP = predicted.filter((p) => p.family !== null);
    const [missedStrict, spuriousStrict, tpStrict] = match(
      goldMP,
      predMP,
      (g, p) => sameValue(g, p) && g.family === p.family,
    );
    strict.tp += tpStrict;
    strict.fn += missedStrict.length;
    strict.fp += spuriousStrict.length;
    const [missedLoose, spuriousLoose, tpLoose] = match(
      goldMP,
      predMP,
      (g, p) => sameValue(g, p) && coarse(g.family) === coarse(p.family),
    );
    loose.tp += tpLoose;
    loose.fn += missedLoose.length;
    loose.fp += spuriousLoose.length;
    for (const g of missedStrict) {
      const sameValueOther = predicted.find((p) => sameValue(g, p));
      const sameFamily = predMP.find((p) => p.family === g.family && spuriousStrict.includes(p));
      const what = coarse(g.family) ?? 'quantity';
      const category = sameValueOther
        ? `wrong unit (${what})`
        : sameFamily
          ? `wrong value (${what})`
          : `missed ${what}`;
      note(category, `${g.label} | got ${sameValueOther?.label ?? sameFamily?.label ?? 'nothing'} | ${sentence}`);
    }
    for (const p of spuriousStrict) {
      if (missedStrict.some((g) => sameValue(g, p) || g.family === p.family)) continue;
      note(`false positive ${coarse(p.family)}`, `${p.label} | ${sentence}`);
    }

    const [missedAll, spuriousAll, tpAll] = match(gold, predicted, sameValue);
    all.tp += tpAll;
    all.fn += missedAll.length;
    all.fp += spuriousAll.length;
    for (const g of missedAll) note('all: missed quantity', `${g.label} | ${sentence}`);
    for (const p of spuriousAll) {
      const category = isYearLike(p)
        ? 'all: false positive year-like number'
        : p.unitless
          ? 'all: false positive number with no unit'
          : 'all: false positive';
      note(category, `${p.label} | ${sentence}`);
    }
  });

  const show = (name: string, score: Score) => {
    const { p, r, f } = f1(score);
    console.log(
      `${name.padEnd(28)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`,
    );
  };
  console.log(`${file}: ${rows} sentences${skipped ? `, ${skipped} skipped` : ''}`);
  show('money+percent (currency)', strict);
  show('money+percent (coarse)', loose);
  show('all quantities', all);
  console.log(
    `extraction time: ${(elapsed / Math.max(1, rows)).toFixed(3)} ms per sentence (one cold pass; speed: npm run bench -- claims)`,
  );
  const categories = [...errors.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [category, list] of categories) {
    console.log(`\n${category}: ${list.length}`);
    for (const example of list.slice(0, examples)) console.log(`  - ${example}`);
  }
}

main();
