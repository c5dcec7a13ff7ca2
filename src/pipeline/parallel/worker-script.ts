/**
 * How to start a worker thread on one of this folder's modules, from compiled JS (dist/) or from the TypeScript
 * source (tsx, vitest). Compiled, `import.meta.url` ends in `.js` and the worker loads the sibling `.js` file.
 * From source it ends in `.ts`: the worker is a small inline ESM shim that registers tsx's loader first and then
 * imports the `.ts` module, so imports written with `.js` resolve to the `.ts` files.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface WorkerScript {
  /** The module URL, or the shim's source text when `eval` is set. */
  script: string | URL;
  eval: boolean;
}

export function workerScript(moduleName: string, base: string = import.meta.url): WorkerScript {
  const fromSource = base.endsWith('.ts') || base.endsWith('.mts');
  const target = new URL(`./${moduleName}.${fromSource ? 'ts' : 'js'}`, base);
  if (!fromSource) return { script: target, eval: false };
  // `require.resolve` finds the CommonJS build of tsx's API; its ESM twin beside it is the one that works in import().
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const shim = [
    `import(${JSON.stringify(tsxApi)})`,
    '.then((api) => api.register())',
    `.then(() => import(${JSON.stringify(target.href)}));`,
  ].join('');
  return { script: shim, eval: true };
}
