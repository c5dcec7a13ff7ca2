/**
 * The article-extraction-benchmark's metric: 4-token shingles of `\w+` tokens (case kept), counted with
 * multiplicity; per page precision and recall; the averages over pages, then F1 of the two averages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface PageScore {
  precision: number;
  recall: number;
  /** False when the prediction was empty (precision is not averaged then, as in the benchmark). */
  hasPrediction: boolean;
  hasTruth: boolean;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + SHINGLE);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const expected = shingles(truth);
  const got = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of expected) {
    const other = got.get(key) ?? 0;
    tp += Math.min(count, other);
    fn += Math.max(0, count - other);
  }
  for (const [key, count] of got) fp += Math.max(0, count - (expected.get(key) ?? 0));
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, hasPrediction: tp + fp > 0, hasTruth: tp + fn > 0 };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
}

export function summarise(scores: PageScore[]): Summary {
  const precisions = scores.filter((s) => s.hasPrediction).map((s) => s.precision);
  const recalls = scores.filter((s) => s.hasTruth).map((s) => s.recall);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}
