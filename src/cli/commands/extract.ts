import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { decodeHtml } from '../../extract/decode.js';
import { type ExtractedPage, extractHtml } from '../../extract/html.js';
import type { Problem } from '../../records/problem.js';
import { exitCodeFor, printProblem } from '../problems.js';

/** Largest decompressed page we read; a bigger one is a gzip bomb or not a page. */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export interface ExtractedFile extends ExtractedPage {
  file: string;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Reads an HTML file (plain or gzip-compressed, whatever its name), decodes it and extracts the article. */
export async function extractFile(path: string): Promise<ExtractedFile> {
  let bytes: Uint8Array = await readFile(path);
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_PAGE_BYTES });
    } catch (error) {
      throw new Error(`not a readable gzip stream (${(error as Error).message})`);
    }
  }
  const html = decodeHtml(bytes);
  return { file: path, ...extractHtml(html) };
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** The JSON line for one file, with the fields in a fixed order. */
export function extractedLine(page: ExtractedFile): string {
  const { file, url, title, byline, published, outlet, language, credits, text } = page;
  return JSON.stringify({ file, url, title, byline, published, outlet, language, credits, text });
}

function readable(page: ExtractedFile): string {
  const lines = [
    `== ${page.file}`,
    `title:     ${page.title ?? '-'}`,
    `byline:    ${page.byline ?? '-'}`,
    `published: ${page.published ?? '-'}`,
    `outlet:    ${page.outlet ?? '-'}`,
    `url:       ${page.url ?? '-'}`,
    `language:  ${page.language ?? '-'}`,
    `credits:   ${page.credits.length > 0 ? page.credits.join(', ') : '-'}`,
    '',
    page.text,
    '',
  ];
  return `${lines.join('\n')}\n`;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'Extract the main text and metadata (title, byline, date, outlet, URL, language, credits) of HTML pages',
    )
    .argument('<files...>', 'HTML files (.html, .htm, or gzip-compressed .html.gz)')
    .option('--json', 'print one JSON line per file')
    .action(async (files: string[], options: { json?: boolean }) => {
      const problems: Problem[] = [];
      let produced = 0;
      for (const file of files) {
        try {
          const page = await extractFile(file);
          process.stdout.write(options.json ? `${extractedLine(page)}\n` : readable(page));
          produced++;
        } catch (error) {
          const problem = { item: file, reason: reason(error) };
          problems.push(problem);
          printProblem(problem);
        }
      }
      process.exitCode = exitCodeFor(problems, produced);
    });
}
