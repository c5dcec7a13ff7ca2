import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the corroborate command', () => {
  it("starts node with the flags of node-flags.ts, read from that module's build", () => {
    const bin = readFileSync(new URL('../../bin/corroborate.js', import.meta.url), 'utf8');
    expect(bin).toContain("import('../dist/cli/node-flags.js')");
    expect(bin).toMatch(/restartWithFlags\(NODE_FLAGS\)/);
    expect(existsSync(new URL('./node-flags.ts', import.meta.url))).toBe(true);
  });
});
