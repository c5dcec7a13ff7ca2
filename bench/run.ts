/**
 * `npm run bench`: runs every section in bench/sections (alphabetical), prints each table and saves all of them
 * as JSON in bench/results/ so runs can be compared. `npm run bench -- NAME...` runs only the sections named;
 * `--quick` runs smaller sizes, `--sizes=10000,100000` the sizes given (stories and end-to-end sections).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection, BenchTable } from './table.js';
import { printTable } from './table.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const quick = process.argv.includes('--quick');
const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg
  ?.slice('--sizes='.length)
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

const files = readdirSync(join(here, 'sections'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();
const tables: BenchTable[] = [];
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const section = (await import(join(here, 'sections', file))) as { default: BenchSection };
  for (const table of await section.default({ quick, sizes })) {
    printTable(table);
    tables.push(table);
  }
}
const outDir = join(here, 'results');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(outFile, `${JSON.stringify({ node: process.version, tables }, null, 2)}\n`);
console.log(`saved ${outFile}`);
