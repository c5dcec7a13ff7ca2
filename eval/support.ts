import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Reads a JSONL file into objects, naming the file and line of a bad row. */
export async function readJsonl<T>(path: string): Promise<T[]> {
  const rows: T[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (!text.trim()) continue;
    try {
      rows.push(JSON.parse(text) as T);
    } catch (error) {
      throw new Error(`${path}:${line}: not JSON (${(error as Error).message})`);
    }
  }
  return rows;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function usage(text: string): never {
  console.error(`usage: ${text}`);
  process.exit(2);
}
