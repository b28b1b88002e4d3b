// The table of native modules: importable names implemented in TypeScript (like CPython's
// Modules/config.c inittab). Python-source modules live in src/lib/ and are found on sys.path.
// Invariants: each factory creates a fresh module (owned) per interpreter session, or returns NULL
// with an exception set; `builtins` and `sys` are created by the session itself, not here.

import type { Owned, Null } from '../heap/ref.ts';
import { mathModuleNew } from './math.ts';
import { arrayModuleNew } from './array.ts';
import { cmathModuleNew } from './cmath.ts';
import { randomModuleNew } from './_random.ts';
import { collectionsModuleNew } from './_collections.ts';
import { operatorModuleNew } from './_operator.ts';
import { itertoolsModuleNew } from './_itertools.ts';
import { errnoModuleNew } from './errno.ts';
import { tracebackModuleNew } from './_traceback.ts';
import { posixModuleNew } from './posix.ts';
import { timeModuleNew } from './time.ts';
import { sreModuleNew } from './_sre.ts';
import { jsonModuleNew } from './_json.ts';
import { gcModuleNew } from './gc.ts';
import { unicodedataModuleNew } from './unicodedata.ts';
import { weakrefModuleNew } from './_weakref.ts';
import { atexitModuleNew } from './atexit.ts';
import { astModuleNew } from './_ast.ts';
import { opcodeModuleNew } from './_opcode.ts';
import { structModuleNew } from './_struct.ts';
import { hashlibModuleNew, blake2ModuleNew } from './_hashlib.ts';
import { zlibModuleNew } from './zlib.ts';
import { bz2ModuleNew } from './_bz2.ts';
import { lzmaModuleNew } from './_lzma.ts';
import { marshalModuleNew } from './marshal.ts';
import { pwdModuleNew } from './pwd.ts';
import { grpModuleNew } from './grp.ts';
import { subprocessModuleNew } from './_subprocess.ts';
import { pyexpatModuleNew } from './pyexpat.ts';
import { tracemallocModuleNew } from './_tracemalloc.ts';
import { immortalCodecsModuleNew } from './_immortal_codecs.ts';

/** name -> factory. Add one line per module (keep the list sorted). */
export const NATIVE_MODULES: ReadonlyMap<string, () => Owned | Null> = new Map<string, () => Owned | Null>([
  ['_ast', astModuleNew],
  ['_blake2', blake2ModuleNew],
  ['_bz2', bz2ModuleNew],
  ['_collections', collectionsModuleNew],
  ['_hashlib', hashlibModuleNew],
  ['_immortal_codecs', immortalCodecsModuleNew],
  ['_itertools', itertoolsModuleNew],
  ['_json', jsonModuleNew],
  ['_lzma', lzmaModuleNew],
  ['_opcode', opcodeModuleNew],
  ['_struct', structModuleNew],
  ['_subprocess', subprocessModuleNew],
  ['_operator', operatorModuleNew],
  ['_random', randomModuleNew],
  ['_sre', sreModuleNew],
  ['_traceback', tracebackModuleNew],
  ['_tracemalloc', tracemallocModuleNew],
  ['_weakref', weakrefModuleNew],
  ['array', arrayModuleNew],
  ['atexit', atexitModuleNew],
  ['cmath', cmathModuleNew],
  ['errno', errnoModuleNew],
  ['gc', gcModuleNew],
  ['grp', grpModuleNew],
  ['marshal', marshalModuleNew],
  ['math', mathModuleNew],
  ['posix', posixModuleNew],
  ['pwd', pwdModuleNew],
  ['pyexpat', pyexpatModuleNew],
  ['time', timeModuleNew],
  ['unicodedata', unicodedataModuleNew],
  ['zlib', zlibModuleNew],
]);

/** Names for sys.builtin_module_names (sorted, as CPython's). */
export function builtinModuleNames(): string[] {
  return ['builtins', 'sys', ...NATIVE_MODULES.keys()].sort();
}
