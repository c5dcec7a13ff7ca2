import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from './node-flags.js';

describe('the corroborate command', () => {
  it('starts node with the flags NODE_FLAGS lists', () => {
    const bin = readFileSync(new URL('../../bin/corroborate.js', import.meta.url), 'utf8');
    const listed = /^const NODE_FLAGS = (\[.*\]);$/m.exec(bin)?.[1];
    expect(listed && JSON.parse(listed.replace(/'/g, '"'))).toEqual(NODE_FLAGS);
  });
});
