import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ItemError } from '../records/problem.js';
import { kindByExtension, type SourceKind } from './source-kind.js';

export interface DirectoryEntry {
  path: string;
  /** The kind its extension names, or null when the extension is not one we know. */
  kind: SourceKind | null;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files under a directory, depth first in code-point order of names (the same order on every machine), each with
 * the kind its extension names. Hidden entries are skipped; symlinked directories are followed once.
 */
export async function* walkDirectory(root: string, seen = new Set<string>()): AsyncGenerator<DirectoryEntry> {
  const real = await realpath(root);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(root)).sort(byName);
  } catch (error) {
    throw new ItemError(root, `unreadable directory: ${(error as Error).message}`);
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(root, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      continue;
    }
    if (info.isDirectory()) {
      yield* walkDirectory(path, seen);
      continue;
    }
    if (info.isFile()) yield { path, kind: kindByExtension(name) };
  }
}
