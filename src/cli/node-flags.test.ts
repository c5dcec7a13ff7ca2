import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from './node-flags.js';

describe('the corroborate command', () => {
  it('runs node with the flags NODE_FLAGS lists, on its first line', () => {
    const [shebang] = readFileSync(new URL('../../bin/corroborate.js', import.meta.url), 'utf8').split('\n');
    expect(shebang).toBe(`#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`);
  });
});
