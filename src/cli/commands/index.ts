import type { Command } from 'commander';
import { registerClaims } from './claims.js';
import { registerCompare } from './compare.js';

/** Each command lives in its own file and adds itself to the program. Keep this list sorted. */
export const commands: Array<(program: Command) => void> = [registerClaims, registerCompare];
