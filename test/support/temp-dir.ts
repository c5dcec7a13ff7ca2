import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export interface TempDir {
  /** The directory; set once the suite's (or test's) set-up has run. */
  readonly path: string;
  /** A path inside it. */
  file(name: string): string;
}

/**
 * A fresh temporary directory for each test (`each`), or one for the whole suite (`all`), removed after it. Call it
 * before the suite's own hooks: set-up hooks run in order and clean-up hooks in reverse, so a store the suite opens
 * in the directory is opened after it exists and closed before it goes.
 */
export function useTempDir(prefix: string, scope: 'each' | 'all' = 'each'): TempDir {
  let path = '';
  const dir: TempDir = {
    get path() {
      return path;
    },
    file: (name) => join(path, name),
  };
  (scope === 'each' ? beforeEach : beforeAll)(() => {
    path = mkdtempSync(join(tmpdir(), `corroborate-${prefix}-`));
  });
  (scope === 'each' ? afterEach : afterAll)(() => {
    rmSync(path, { recursive: true, force: true });
  });
  return dir;
}
