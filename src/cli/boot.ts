// The interpreter thread's entry point in the bundle (dist/boot.cjs, started by src/cli/main.ts):
// sets the V8 flags of the interpreter, then runs dist/worker.cjs through V8's code cache
// (src/cli/bundlecache.ts). See docs/internals/startup.md for the measurements behind each step.
// Kept tiny and free of the interpreter's imports: it is the one file V8 compiles without a cache.
// Invariant: only used from the bundle (from source, main.ts starts worker.ts directly under tsx).

import { setFlagsFromString } from 'node:v8';
import { bundleRun } from './bundlecache.ts';

/**
 * --interrupt-budget: how much bytecode a function runs between V8's checks of whether to optimize
 * it. 500000 instead of Node 20's 67584 keeps TurboFan from compiling, on background threads, the
 * hundreds of functions that only run during start-up and imports (type creation, code loading,
 * the eval loop during the warm-up), and a short program from waiting at exit for such a compile
 * (Node joins V8's threads before the process ends). --ticks-before-optimization=1 and
 * --bytecode-size-allowance-per-tick=1000 (defaults 3 and 150: a function needs 3 + its bytecode
 * length / 150 such checks) let the functions the JIT generates, large and new in every program,
 * reach TurboFan after 1 + length / 1000 checks: a generator of the benchmarks was 20x slower than
 * its optimized self for its first 40000 resumptions. IMMORTAL_V8_FLAGS replaces these flags (empty:
 * V8's defaults); a flag given to node itself is left alone. docs/internals/startup.md has the numbers.
 */
export const DEFAULT_V8_FLAGS = '--interrupt-budget=500000 --ticks-before-optimization=1 --bytecode-size-allowance-per-tick=1000';

/** The node: built-ins worker.cjs requires (tools/build.mjs reads them from esbuild's metafile). */
declare const __IMMORTAL_WORKER_BUILTINS: readonly string[];

/**
 * Sets the flags once this thread's Node internals are loaded. V8 keys its code caches by the flags:
 * set before the thread starts (or on node's command line), they make V8 refuse Node's own cache for
 * the worker's bootstrap code, which then compiles from source (+26 ms CPU measured). So the
 * built-ins the interpreter needs are loaded first, and only the interpreter's cache (made under
 * these flags, see bundlecache.ts) is checked against them.
 */
function v8FlagsSet(): void {
  const name = (f: string): string => f.split('=')[0].replace(/_/g, '-');
  const flags = (process.env.IMMORTAL_V8_FLAGS ?? DEFAULT_V8_FLAGS).split(/\s+/)
    .filter((f) => f !== '' && !process.execArgv.some((a) => name(a) === name(f)));
  if (flags.length === 0) return;
  for (const m of __IMMORTAL_WORKER_BUILTINS) require(m);
  setFlagsFromString(flags.join(' '));
}

v8FlagsSet();
// CommonJS globals of this bundle file: worker.cjs sits next to it, and needs only node: built-ins.
bundleRun(`${__dirname}/worker.cjs`, require);
