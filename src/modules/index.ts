// The table of native modules: importable names implemented in TypeScript (like CPython's
// Modules/config.c inittab). Python-source modules live in src/lib/ and are found on sys.path.
// Invariants: each factory creates a fresh module (owned) per interpreter session, or returns NULL
// with an exception set; `builtins` and `sys` are created by the session itself, not here.

import type { Owned, Null } from '../heap/ref.ts';

/** name -> factory. Add one line per module (keep the list sorted). */
export const NATIVE_MODULES: ReadonlyMap<string, () => Owned | Null> = new Map<string, () => Owned | Null>([
]);

/** Names for sys.builtin_module_names (sorted, as CPython's). */
export function builtinModuleNames(): string[] {
  return ['builtins', 'sys', ...NATIVE_MODULES.keys()].sort();
}
