// The sys module: interpreter state visible from Python (argv, path, modules, the standard streams,
// recursion limit, reference counts and immortality, exit, exc_info, displayhook, version info).
// Mirrors Python/sysmodule.c of CPython 3.12 (plus sys._is_immortal from 3.14 and sys._is_interned
// from 3.13, see DESIGN.md §2). The streams are a minimal text stream type writing through vm/io.ts.
// Invariants: sys functions are builtin functions bound to the module; sysModuleNew is called once
// per runtime, after the builtins module exists.

import { STDLIB_MODULE_NAMES } from './stdlib-names.ts';
import { frozensetNew } from '../objects/set.ts';
import { builtinModuleNames } from './index.ts';
import { i32 } from '../heap/views.ts';
import { decref, incref, refcnt, isImmortal, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf, typeOf } from '../objects/type.ts';
import { preHeaderSize } from '../objects/sizeof.ts';
import { objectRepr } from '../objects/object.ts';
import { errSetString, errSetRaised, errFetch } from '../objects/errors.ts';
import { TypeError, ValueError, exceptionTypes, exceptionNew } from '../objects/exceptions.ts';
import {
  strFromJS, strToJS, isStr, isStrExact, strIntern, strIsInterned, strInternImmortal, strLength,
} from '../objects/str.ts';
import { intFromNumber, isInt, intAsNumber, intAsCInt, intFromBigInt, intToBigInt } from '../objects/int.ts';
import { tupleNew, tupleSetItemSteal, tupleEmptyNew } from '../objects/tuple.ts';
import { listNew, listAppend } from '../objects/list.ts';
import { genAsyncHooks, genAsyncHooksSet } from '../objects/gen.ts';
import { dictNew, dictSetItem, dictGetItemBorrow } from '../objects/dict.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { cfunctionNew, argAt, type MethodDef } from '../objects/methodobject.ts';
import { namespaceNew } from '../objects/namespaceobject.ts';
import { moduleNew, moduleDictBorrow } from '../objects/module.ts';
import { isTuple } from '../objects/tuple.ts';
import { ts, handledException } from '../vm/state.ts';
import { stdio } from '../vm/io.ts';
import { ioInitStatic, ioStdStreamNew, ioIsStdText, ioFlushStdFiles } from './_io.ts';
import { F_GLOBALS, F_PREVIOUS } from '../vm/frame.ts';
import { structseqNewStaticType, structseqNew, type StructSeqField } from './structseq.ts';
import { floatNew } from '../objects/float.ts';
import { intMaxStrDigits, intMaxStrDigitsSet, INT_MAX_STR_DIGITS_DEFAULT, INT_MAX_STR_DIGITS_THRESHOLD } from '../objects/int.ts';
import { frameObjectGet } from '../vm/framelive.ts';
import { traceState, traceSet, profileSet } from '../vm/trace.ts';
import { tupleSize as tupleSizeX, tupleGetItemBorrow as tupleItemX } from '../objects/tuple.ts';
import { objectCallOneArg, objectCallArgs, objectCallNoArgs, lookupSpecial, parseArgs, PARSED } from '../objects/abstract.ts';
import { formatException } from '../vm/traceback.ts';
import { objectCall, floatAsDoubleAny, callableCheck } from '../objects/abstract.ts';
import { errOccurred, errExceptionMatches, errClear } from '../objects/errors.ts';
import { strInternedCount } from '../objects/str.ts';
import { HASH_KEY } from '../support/hash-secret.ts';

// sys's struct sequence types: static types, as CPython's (made by _PyStructSequence_InitBuiltin).
let versionInfoType = 0 as Borrowed;
let flagsType = 0 as Borrowed;
let floatInfoType = 0 as Borrowed;
let intInfoType = 0 as Borrowed;
let hashInfoType = 0 as Borrowed;
let threadInfoType = 0 as Borrowed;
let unraisableHookArgsType = 0 as Borrowed;
let asyncgenHooksType = 0 as Borrowed;

/** Fields from [name, doc] pairs. */
function fields(pairs: ReadonlyArray<readonly [string, string]>): StructSeqField[] {
  return pairs.map(([name, doc]) => ({ name, doc }));
}

/** sys.flags's fields: the attribute, its doc (the command-line option) and its value here. */
const FLAGS: ReadonlyArray<readonly [string, string]> = [
  ['debug', '-d'], ['inspect', '-i'], ['interactive', '-i'], ['optimize', '-O or -OO'], ['dont_write_bytecode', '-B'],
  ['no_user_site', '-s'], ['no_site', '-S'], ['ignore_environment', '-E'], ['verbose', '-v'], ['bytes_warning', '-b'],
  ['quiet', '-q'], ['hash_randomization', '-R'], ['isolated', '-I'], ['dev_mode', '-X dev'], ['utf8_mode', '-X utf8'],
  ['warn_default_encoding', '-X warn_default_encoding'], ['safe_path', '-P'], ['int_max_str_digits', '-X int_max_str_digits'],
];

/** Creates the standard stream types (static phase). */
export function sysInitStatic(): void {
  ioInitStatic();
}

/**
 * Creates sys's struct sequence types (static phase), after tuple has all its slots (builtinsInitStatic
 * installs its protocol slots), since a static type copies its base's slots when it is made.
 */
export function sysInitStructSeqTypes(): void {
  const ss = (name: string, doc: string, pairs: ReadonlyArray<readonly [string, string]>, noNew = false): Borrowed =>
    structseqNewStaticType({ name, doc, fields: fields(pairs), nInSequence: pairs.length, noNew });
  versionInfoType = ss('sys.version_info', 'sys.version_info\n\nVersion information as a named tuple.', [
    ['major', 'Major release number'], ['minor', 'Minor release number'], ['micro', 'Patch release number'],
    ['releaselevel', "'alpha', 'beta', 'candidate', or 'final'"], ['serial', 'Serial release number'],
  ], true);
  flagsType = ss('sys.flags', 'sys.flags\n\nFlags provided through command line arguments or environment vars.', FLAGS, true);
  floatInfoType = ss('sys.float_info', 'sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n' +
    'information about the precision and internal representation. Please study\nyour system\'s :file:`float.h` for more information.', [
    ['max', 'DBL_MAX -- maximum representable finite float'],
    ['max_exp', 'DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable'],
    ['max_10_exp', 'DBL_MAX_10_EXP -- maximum int e such that 10**e is representable'],
    ['min', 'DBL_MIN -- Minimum positive normalized float'],
    ['min_exp', 'DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float'],
    ['min_10_exp', 'DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float'],
    ['dig', 'DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float'],
    ['mant_dig', 'DBL_MANT_DIG -- mantissa digits'],
    ['epsilon', 'DBL_EPSILON -- Difference between 1 and the next representable float'],
    ['radix', 'FLT_RADIX -- radix of exponent'],
    ['rounds', 'FLT_ROUNDS -- rounding mode used for arithmetic operations'],
  ]);
  intInfoType = ss('sys.int_info', "sys.int_info\n\nA named tuple that holds information about Python's\n" +
    'internal representation of integers.  The attributes are read only.', [
    ['bits_per_digit', 'size of a digit in bits'],
    ['sizeof_digit', 'size in bytes of the C type used to represent a digit'],
    ['default_max_str_digits', 'maximum string conversion digits limitation'],
    ['str_digits_check_threshold', 'minimum positive value for int_max_str_digits'],
  ]);
  hashInfoType = ss('sys.hash_info', 'hash_info\n\nA named tuple providing parameters used for computing\n' +
    'hashes. The attributes are read only.', [
    ['width', 'width of the type used for hashing, in bits'],
    ['modulus', 'prime number giving the modulus on which the hash function is based'],
    ['inf', 'value to be used for hash of a positive infinity'],
    ['nan', 'value to be used for hash of a nan'],
    ['imag', 'multiplier used for the imaginary part of a complex number'],
    ['algorithm', 'name of the algorithm for hashing of str, bytes and memoryviews'],
    ['hash_bits', 'internal output size of hash algorithm'],
    ['seed_bits', 'seed size of hash algorithm'],
    ['cutoff', 'small string optimization cutoff'],
  ]);
  threadInfoType = ss('sys.thread_info', 'sys.thread_info\n\nA named tuple holding information about the thread implementation.', [
    ['name', 'name of the thread implementation'], ['lock', 'name of the lock implementation'],
    ['version', 'name and version of the thread library'],
  ]);
  unraisableHookArgsType = ss('UnraisableHookArgs', 'UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.', [
    ['exc_type', 'Exception type'], ['exc_value', 'Exception value'], ['exc_traceback', 'Exception traceback'],
    ['err_msg', 'Error message'], ['object', 'Object causing the exception'],
  ]);
  asyncgenHooksType = ss('asyncgen_hooks', 'asyncgen_hooks\n\nA named tuple providing information about asynchronous\n' +
    'generators hooks.  The attributes are read only.', [
    ['firstiter', 'Hook to intercept first iteration'], ['finalizer', 'Hook to intercept finalization'],
  ]);
}

function none(): Owned {
  incref(Py_None);
  return Py_None as Owned;
}

function oneArg(name: string, nargs: number): boolean {
  if (nargs === 1) return true;
  errSetString(TypeError, `${name}() takes exactly one argument (${nargs} given)`);
  return false;
}


/** o.__sizeof__() as _PySys_GetSizeOf reads it: a non-negative ssize_t, or -1 with an error set. */
function sizeOfChecked(o: Borrowed): number {
  const m = lookupSpecial(o, '__sizeof__');
  if (m === NULL) {
    if (errOccurred() === NULL) errSetString(TypeError, `Type ${typeNameOf(o)} doesn't define __sizeof__`);
    return -1;
  }
  const r = objectCallNoArgs(m);
  decref(m);
  if (r === NULL) return -1;
  if (!isInt(r)) {
    decref(r);
    errSetString(TypeError, 'an integer is required');
    return -1;
  }
  const v = intToBigInt(r);
  decref(r);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    errSetString(exceptionTypes.get('OverflowError')!, 'Python int too large to convert to C ssize_t');
    return -1;
  }
  if (v < 0n) {
    errSetString(ValueError, '__sizeof__() should return >= 0');
    return -1;
  }
  return Number(v);
}

const sysFunctions: MethodDef[] = [
  {
    name: 'getrefcount',
    fn: (_s, args, nargs) => oneArg('getrefcount', nargs) ? intFromNumber(refcnt(argAt(args, 0))) : NULL,
  },
  {
    name: '_is_immortal',
    fn: (_s, args, nargs) => {
      if (!oneArg('_is_immortal', nargs)) return NULL;
      const r = isImmortal(argAt(args, 0)) ? Py_True : Py_False;
      incref(r);
      return r as Owned;
    },
  },
  {
    name: '_is_interned',
    fn: (_s, args, nargs) => {
      if (!oneArg('_is_interned', nargs)) return NULL;
      const s = argAt(args, 0);
      if (!isStr(s)) return errSetString(TypeError, `_is_interned() argument must be str, not ${typeNameOf(s)}`);
      const r = strIsInterned(s) ? Py_True : Py_False;
      incref(r);
      return r as Owned;
    },
  },
  {
    name: 'intern',
    fn: (_s, args, nargs) => {
      if (!oneArg('intern', nargs)) return NULL;
      const s = argAt(args, 0);
      if (!isStrExact(s)) return errSetString(TypeError, `intern() argument must be str, not ${typeNameOf(s)}`);
      incref(s);
      return strIntern(s as Owned);
    },
  },
  { name: 'getrecursionlimit', fn: () => intFromNumber(ts.recursionLimit) },
  {
    name: 'setrecursionlimit',
    fn: (_s, args, nargs) => {
      if (!oneArg('setrecursionlimit', nargs)) return NULL;
      const v = argAt(args, 0);
      if (!isInt(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
      const n = intAsNumber(v);
      if (n === -1 && errFetchIf()) return NULL;
      if (n < 1) return errSetString(ValueError, 'recursion limit must be greater or equal than 1');
      if (n <= ts.depth) {
        return errSetString(exceptionTypes.get('RecursionError')!,
          `cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
      }
      ts.recursionLimit = n;
      return none();
    },
  },
  {
    name: 'exit',
    fn: (_s, args, nargs) => {
      if (nargs > 1) return errSetString(TypeError, `exit expected at most 1 argument, got ${nargs}`);
      let a: Owned | Null;
      // PyErr_SetObject(SystemExit, None) instantiates it with no arguments.
      if (nargs === 0 || argAt(args, 0) === Py_None) a = tupleEmptyNew();
      else {
        const v = argAt(args, 0);
        if (isTuple(v)) { a = v as Owned; incref(v); } else {
          a = tupleNew(1);
          if (a === NULL) return NULL;
          incref(v);
          tupleSetItemSteal(a, 0, v as Owned);
        }
      }
      const e = exceptionNew(exceptionTypes.get('SystemExit')!, a);
      if (e === NULL) return NULL;
      errSetRaised(e);
      return NULL;
    },
  },
  {
    name: 'exception',
    fn: () => { const h = handledException(); const v = h === NULL ? Py_None : h; incref(v); return v as Owned; },
  },
  {
    name: 'exc_info',
    fn: () => {
      const h = handledException();
      const t = tupleNew(3);
      if (t === NULL) return NULL;
      if (h === NULL) {
        for (let i = 0; i < 3; i++) tupleSetItemSteal(t, i, none());
        return t;
      }
      const ty = typeOf(h);
      incref(ty); tupleSetItemSteal(t, 0, ty as Owned);
      incref(h); tupleSetItemSteal(t, 1, h as Owned);
      const tb = i32[(h + 20) >> 2];
      const tbv = (tb === 0 ? Py_None : tb) as Borrowed;
      incref(tbv); tupleSetItemSteal(t, 2, tbv as Owned);
      return t;
    },
  },
  {
    name: 'getsizeof',
    // sys_getsizeof / _PySys_GetSizeOf: __sizeof__() looked up on the type, checked, plus the pre-header.
    fn: (_s, args, nargs, kwnames) => {
      if (!parseArgs('getsizeof', args, nargs, kwnames ?? NULL, ['object', 'default'], 1)) return NULL;
      const o = PARSED[0] as Borrowed, dflt = PARSED[1] as Borrowed | Null;
      const size = sizeOfChecked(o);
      if (size >= 0) return intFromNumber(size + preHeaderSize(typeOf(o)));
      if (dflt !== NULL && errExceptionMatches(TypeError)) {
        errClear();
        return newRef(dflt);
      }
      return NULL;
    },
  },
  {
    name: 'displayhook',
    fn: (_s, args, nargs) => {
      if (!oneArg('displayhook', nargs)) return NULL;
      const v = argAt(args, 0);
      if (v === Py_None) return none();
      const bi = ts.builtinsDict;
      if (bi !== NULL && dictSetItem(bi, strInternImmortal('_'), Py_None) < 0) return NULL;
      const r = objectRepr(v);
      if (r === NULL) return NULL;
      const ok = writeStreamText('stdout', strToJS(r) + '\n');
      decref(r);
      if (!ok) return NULL;
      if (bi !== NULL && dictSetItem(bi, strInternImmortal('_'), v) < 0) return NULL;
      return none();
    },
  },
  { name: 'getdefaultencoding', fn: () => strFromJS('utf-8') },
  {
    // The __name__ of the globals of the frame `depth` calls up (3.12; namedtuple and Enum's functional
    // API use it for __module__), or None past the outermost frame.
    name: '_getframemodulename',
    fn: (_s, args, nargs) => {
      if (nargs > 1) return errSetString(TypeError, `_getframemodulename expected at most 1 argument, got ${nargs}`);
      let depth = 0;
      if (nargs === 1) {
        const v = argAt(args, 0);
        if (!isInt(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
        depth = intAsNumber(v);
      }
      let f = ts.frame;
      while (f !== 0 && depth-- > 0) f = i32[(f >> 2) + F_PREVIOUS];
      if (f === 0) return none();
      const name = dictGetItemBorrow(i32[(f >> 2) + F_GLOBALS] as Borrowed, strInternImmortal('__name__'));
      const v = name === NULL ? Py_None : name;
      incref(v);
      return v as Owned;
    },
  },
  { name: 'gettotalrefcount', fn: () => intFromNumber(0) },
];

function errFetchIf(): boolean {
  const e = errFetch();
  if (e === NULL) return false;
  errSetRaised(e);
  return true;
}

/** frozenset(t), releasing t. */
function frozensetOf(t: Owned | Null): Owned | Null {
  if (t === NULL) return NULL;
  const r = frozensetNew(t);
  decref(t);
  return r;
}

function strTuple(items: (string | number)[]): Owned | Null {
  const t = tupleNew(items.length);
  if (t === NULL) return NULL;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    const o = typeof v === 'string' ? strFromJS(v) : intFromNumber(v);
    if (o === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, i, o);
  }
  return t;
}

/** The sys.flags fields the command line and the environment set (hash_randomization is the hash key's, see sysAddExtras). */
export interface SysFlags {
  /** -d / PYTHONDEBUG (a count; no other effect here, as in a release build of CPython) */
  debug?: number;
  /** -i */
  inspect?: boolean;
  /** -O / -OO / PYTHONOPTIMIZE (a count: -OO is 2; support/config.ts gives it to the compiler) */
  optimize?: number;
  /** -v / PYTHONVERBOSE (a count) */
  verbose?: number;
  /** -b / -bb (a count) */
  bytesWarning?: number;
  /** -X dev / PYTHONDEVMODE */
  devMode?: boolean;
  /** -X utf8 / PYTHONUTF8, or a C or POSIX locale */
  utf8Mode?: boolean;
  /** -X warn_default_encoding / PYTHONWARNDEFAULTENCODING */
  warnDefaultEncoding?: boolean;
  /** -B / PYTHONDONTWRITEBYTECODE: also sys.dont_write_bytecode (default False, as CPython's). */
  dontWriteBytecode?: boolean;
  /** -s / PYTHONNOUSERSITE */
  noUserSite?: boolean;
  /** -S */
  noSite?: boolean;
  /** -E (or -I) */
  ignoreEnvironment?: boolean;
  /** -I */
  isolated?: boolean;
  /** -P / PYTHONSAFEPATH (or -I) */
  safePath?: boolean;
  /** -q */
  quiet?: boolean;
}

export interface SysOptions {
  argv: string[];
  path: string[];
  executable?: string;
  flags?: SysFlags;
  /** sys.warnoptions (start-up's own, -W's and PYTHONWARNINGS's, in CPython's order). */
  warnOptions?: string[];
  /** -X options in command-line order: sys._xoptions maps each name to its value, or True without '='. */
  xoptions?: ReadonlyArray<readonly [string, string | true]>;
  /** -X pycache_prefix=PATH / PYTHONPYCACHEPREFIX: sys.pycache_prefix (None when absent). */
  pycachePrefix?: string;
  /** The error handler of sys.stdin and sys.stdout ('strict' when absent). */
  stdioErrors?: string;
}

/** Creates the sys module (and registers it as ts.sysDict). */
export function sysModuleNew(opts: SysOptions): Owned | Null {
  const m = moduleNew('sys');
  if (m === NULL) return NULL;
  const d = moduleDictBorrow(m);
  const put = (k: string, v: Owned | Null): boolean => {
    if (v === NULL) return false;
    const r = dictSetItem(d, strInternImmortal(k), v);
    decref(v);
    return r === 0;
  };
  const strList = (xs: string[]): Owned | Null => {
    const l = listNew(0);
    if (l === NULL) return NULL;
    for (const x of xs) {
      const s = strFromJS(x);
      if (s === NULL || listAppend(l, s) < 0) { if (s !== NULL) decref(s); decref(l); return NULL; }
      decref(s);
    }
    return l;
  };
  let ok = true;
  ok = ok && put('argv', strList(opts.argv));
  ok = ok && put('orig_argv', strList(['immortal', ...opts.argv]));
  ok = ok && put('path', strList(opts.path));
  ok = ok && put('modules', dictNew());
  // sys.stdout is sys.__stdout__ (one object each), as in CPython; stderr's errors are backslashreplace.
  for (const [fd, name] of [[0, 'stdin'], [1, 'stdout'], [2, 'stderr']] as const) {
    const st = ioStdStreamNew(fd, opts.stdioErrors ?? 'strict');
    if (st !== NULL) incref(st);
    ok = ok && put(name, st) && put(`__${name}__`, st);
  }
  ok = ok && put('maxsize', intFromBigInt(9223372036854775807n));
  ok = ok && put('maxunicode', intFromNumber(0x10ffff));
  ok = ok && put('byteorder', strFromJS('little'));
  ok = ok && put('platform', strFromJS(process.platform === 'win32' ? 'win32' : process.platform));
  ok = ok && put('executable', strFromJS(opts.executable ?? process.argv[1] ?? 'immortal'));
  ok = ok && put('version', strFromJS('3.12.1 (immortal, TypeScript on Node.js)'));
  ok = ok && put('hexversion', intFromNumber(0x030c01f0));
  ok = ok && put('api_version', intFromNumber(1013));
  ok = ok && put('copyright', strFromJS(''));
  ok = ok && put('builtin_module_names', strTuple(builtinModuleNames()));
  const dwb = opts.flags?.dontWriteBytecode === true ? Py_True : Py_False;
  ok = ok && put('dont_write_bytecode', (incref(dwb), dwb as Owned));
  ok = ok && put('ps1', strFromJS('>>> '));
  ok = ok && put('ps2', strFromJS('... '));
  ok = ok && put('warnoptions', strList(opts.warnOptions ?? []));
  ok = ok && put('_xoptions', xoptionsDict(opts.xoptions ?? []));
  ok = ok && put('implementation', implementationObject());
  for (const def of sysFunctions) ok = ok && put(def.name, cfunctionNew(def, m, NULL));
  ok = ok && sysAddExtras(m, put, opts.flags ?? {});
  ok = ok && put('pycache_prefix', opts.pycachePrefix === undefined ? none() : strFromJS(opts.pycachePrefix));
  if (!ok) { decref(m); return NULL; }
  ts.sysDict = d;
  const mods = dictGetItemBorrow(d, strInternImmortal('modules'));
  if (mods === NULL || dictSetItem(mods, strInternImmortal('sys'), m) < 0) { decref(m); return NULL; }
  return m;
}

/** sys._xoptions: {name: value} for `-X name=value`, {name: True} for `-X name`; a later option wins. */
function xoptionsDict(xoptions: ReadonlyArray<readonly [string, string | true]>): Owned | Null {
  const d = dictNew();
  if (d === NULL) return NULL;
  for (const [name, value] of xoptions) {
    const k = strFromJS(name);
    const v = value === true ? newRefX(Py_True) : strFromJS(value);
    const r = k !== NULL && v !== NULL ? dictSetItem(d, k, v) : -1;
    if (k !== NULL) decref(k);
    if (v !== NULL) decref(v);
    if (r < 0) { decref(d); return NULL; }
  }
  return d;
}

/** sys.implementation: a types.SimpleNamespace with name == 'immortal', in CPython's key order. */
function implementationObject(): Owned | Null {
  const name = strFromJS('immortal');
  const tag = strFromJS('immortal-312');
  const ver = ssValue(versionInfoType, [0, 1, 0, 'alpha', 0]);
  const hex = intFromNumber(0x000100a0);
  let ns: Owned | Null = NULL;
  if (name !== NULL && tag !== NULL && ver !== NULL && hex !== NULL) {
    ns = namespaceNew([['name', name], ['cache_tag', tag], ['version', ver], ['hexversion', hex], ['_multiarch', strInternImmortal('x86_64-linux-gnu')]]);
  }
  for (const o of [name, tag, ver, hex]) if (o !== NULL) decref(o as Owned);
  return ns;
}

void isStr; void strLength; void dictNew;

// ---- struct sequences, frames, hooks (sys.flags, float_info, _getframe, excepthook ...) ------------------------

type Put = (k: string, v: Owned | Null) => boolean;

/** A struct sequence instance from JS values (ints, floats marked {f}, strings, bools). */
function ssValue(t: Borrowed, values: Array<number | bigint | string | boolean | { f: number }>): Owned | Null {
  return structseqNew(t, values.map((v) => typeof v === 'number' ? intFromNumber(v) : typeof v === 'bigint' ? intFromBigInt(v)
    : typeof v === 'string' ? strFromJS(v) : typeof v === 'boolean' ? (v ? newRefX(Py_True) : newRefX(Py_False)) : floatNew(v.f)));
}

function newRefX(o: Borrowed): Owned {
  incref(o);
  return o as Owned;
}

/** sys._getframe(depth=0): the frame object of the caller `depth` levels up (vm/framelive.ts: it follows the frame). */
function sys_getframe(args: number, nargs: number): Owned | Null {
  if (nargs > 1) return errSetString(TypeError, `_getframe expected at most 1 argument, got ${nargs}`);
  let depth = 0;
  if (nargs === 1) {
    const v = argAt(args, 0);
    if (!isInt(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    depth = intAsNumber(v);
  }
  let f = ts.frame;
  while (f !== 0 && depth-- > 0) f = i32[(f >> 2) + F_PREVIOUS];
  if (f === 0) return errSetString(ValueError, 'call stack is not deep enough');
  return frameObjectGet(f);
}

/** sys.settrace(function) / sys.setprofile(function): None turns it off (vm/trace.ts). */
function setHook(name: string, args: number, nargs: number, set: (fn: Borrowed | Null) => void): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `${name}() takes exactly one argument (${nargs} given)`);
  const fn = argAt(args, 0);
  set(fn === Py_None ? NULL : fn);
  return none();
}

/** sys.excepthook(type, value, traceback): prints the exception as an uncaught one (to stderr). */
function sys_excepthook(args: number, nargs: number): Owned | Null {
  if (nargs !== 3) return errSetString(TypeError, `excepthook expected 3 arguments, got ${nargs}`);
  const v = argAt(args, 1);
  if (v === Py_None) return none();
  writeErrText(formatException(v));
  return none();
}

/**
 * Shows an uncaught exception (not SystemExit) the way PyErr_Display does: through sys.excepthook,
 * whose default writes the traceback to the current sys.stderr. A failing hook reports both errors.
 */
export function sysDisplayUncaught(exc: Borrowed): void {
  const d = ts.sysDict;
  if (d === NULL) { stdio.writeErr(formatException(exc)); return; }
  const hook = dictGetItemBorrow(d, strInternImmortal('excepthook'));
  if (hook === NULL || hook === Py_None) {
    stdio.writeErr('sys.excepthook is missing\n');
    writeErrText(formatException(exc));
    return;
  }
  incref(hook);
  let tb = objectGetAttrJS(exc, '__traceback__');
  if (tb === NULL) { errDiscard(); incref(Py_None); tb = Py_None as Owned; }
  const r = objectCallArgs(hook, [typeOf(exc), exc, tb]);
  decref(tb);
  decref(hook);
  if (r !== NULL) { decref(r); return; }
  const e2 = errFetch();
  if (e2 === NULL) return;
  writeErrText('Error in sys.excepthook:\n' + formatException(e2) + '\nOriginal exception was:\n' + formatException(exc));
  decref(e2);
}

/** The report PyErr_WriteUnraisable's default hook writes: "<msg>: <repr(obj)>" and the traceback. */
function unraisableText(exc: Borrowed, msg: string, obj: Borrowed | Null): string {
  let head = msg;
  if (obj !== NULL && obj !== Py_None) {
    const r = objectRepr(obj);
    if (r !== NULL) { head += `: ${strToJS(r)}`; decref(r); }
    else { errDiscard(); head += ': <object repr() failed>'; }
  }
  return `${head}\n${exc === Py_None ? '' : formatException(exc)}`;
}

/** sys.unraisablehook(unraisable): the default hook, printing to the current sys.stderr. */
function sys_unraisablehook(args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `unraisablehook() takes exactly one argument (${nargs} given)`);
  const u = argAt(args, 0);
  if (typeOf(u) !== unraisableHookArgsType) {
    return errSetString(TypeError, 'sys.unraisablehook argument type must be UnraisableHookArgs');
  }
  const msg = tupleItemX(u, 3);
  writeErrText(unraisableText(tupleItemX(u, 1), msg === Py_None ? 'Exception ignored in' : strToJS(msg), tupleItemX(u, 4)));
  return none();
}

/**
 * PyErr_WriteUnraisable (takes `exc`): through sys.unraisablehook with an UnraisableHookArgs
 * (err_msg None for the default "Exception ignored in"); the default hook prints directly. A failing
 * hook is reported as "Exception ignored in sys.unraisablehook: <hook>" with its own error.
 */
export function sysWriteUnraisable(exc: Owned, obj: Borrowed | Null, where: string): void {
  const d = ts.sysDict;
  const hook = d !== NULL ? dictGetItemBorrow(d, strInternImmortal('unraisablehook')) : NULL;
  if (hook === NULL || hook === dictGetItemBorrow(d as Borrowed, strInternImmortal('__unraisablehook__'))) {
    writeErrText(unraisableText(exc, where, obj));
    decref(exc);
    return;
  }
  let tb = objectGetAttrJS(exc, '__traceback__');
  if (tb === NULL) { errDiscard(); incref(Py_None); tb = Py_None as Owned; }
  const typ = typeOf(exc);
  incref(typ);
  const msg = where === 'Exception ignored in' ? (incref(Py_None), Py_None as Owned) : strFromJS(where);
  const o = obj === NULL ? Py_None : obj;
  incref(o);
  const u = structseqNew(unraisableHookArgsType, [typ as Owned, exc, tb, msg, o as Owned]);
  if (u === NULL) { errDiscard(); return; }
  incref(hook);
  const r = objectCallOneArg(hook, u);
  decref(u);
  if (r !== NULL) { decref(r); decref(hook); return; }
  const e2 = errFetch();
  if (e2 !== NULL) {
    writeErrText(unraisableText(e2, 'Exception ignored in sys.unraisablehook', hook));
    decref(e2);
  }
  decref(hook);
}

/** flush_std_files at the end of a program: false when sys.stdout could not be flushed (exit status 120). */
export function sysFlushStdFiles(): boolean {
  const d = ts.sysDict;
  return d === NULL || ioFlushStdFiles(dictGetItemBorrow(d, strInternImmortal('stdout')));
}

function errDiscard(): void {
  const e = errFetch();
  if (e !== NULL) decref(e);
}

/** Writes text to sys.<name> (a replaced one included) with its write(); false with the error set. */
function writeStreamText(name: string, text: string): boolean {
  const d = ts.sysDict;
  const st = d !== NULL ? dictGetItemBorrow(d, strInternImmortal(name)) : NULL;
  if (st === Py_None) return true;
  if (st === NULL) { stdio.writeOut(text); return true; }
  const s = strFromJS(text);
  if (s === NULL) return false;
  const w = objectGetAttrJS(st, 'write');
  if (w === NULL) { decref(s); return false; }
  const r = objectCallOneArg(w, s);
  decref(w); decref(s);
  if (r === NULL) return false;
  decref(r);
  return true;
}

/** Writes to sys.stderr (a replaced one included), falling back to the process stream. */
export function writeErrText(text: string): void {
  const d = ts.sysDict;
  const err = d !== NULL ? dictGetItemBorrow(d, strInternImmortal('stderr')) : NULL;
  if (err === Py_None) return; // sys.stderr = None: nothing is printed
  if (err === NULL || ioIsStdText(err)) { stdio.writeErr(text); return; }
  const s = strFromJS(text);
  if (s === NULL) { errDiscard(); stdio.writeErr(text); return; }
  const w = objectGetAttrJS(err, 'write');
  if (w === NULL) { decref(s); errDiscard(); stdio.writeErr(text); return; }
  const r = objectCallOneArg(w, s);
  decref(w); decref(s);
  if (r === NULL) { const e = errFetch(); if (e !== NULL) decref(e); } else decref(r);
}

/**
 * PySys_WriteStderr: `text` through sys.stderr's write(), or to the process's stderr when sys.stderr
 * is missing or None or its write() fails (so -v's messages appear even late in finalization). An
 * exception set before the call is kept.
 */
export function sysWriteStderr(text: string): void {
  const saved = errFetch();
  const d = ts.sysDict;
  const err = d !== NULL ? dictGetItemBorrow(d, strInternImmortal('stderr')) : NULL;
  if (err === NULL || err === Py_None || ioIsStdText(err)) stdio.writeErr(text);
  else {
    const s = strFromJS(text);
    const w = s === NULL ? NULL : objectGetAttrJS(err, 'write');
    const r = w === NULL ? NULL : objectCallOneArg(w, s as Borrowed);
    if (w !== NULL) decref(w);
    if (s !== NULL) decref(s);
    if (r !== NULL) decref(r);
    else { errDiscard(); stdio.writeErr(text); }
  }
  if (saved !== NULL) errSetRaised(saved);
}

import { objectGetAttrString as objectGetAttrJS } from '../objects/abstract.ts';

function sys_set_int_max_str_digits(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const nkw = kwnames === NULL ? 0 : tupleSizeX(kwnames);
  if (nargs + nkw !== 1) return errSetString(TypeError, `set_int_max_str_digits() takes exactly one argument (${nargs + nkw} given)`);
  if (nkw === 1 && strToJS(tupleItemX(kwnames as Borrowed, 0)) !== 'maxdigits') {
    return errSetString(TypeError, `set_int_max_str_digits() got an unexpected keyword argument '${strToJS(tupleItemX(kwnames as Borrowed, 0))}'`);
  }
  const v = argAt(args, 0);
  if (!isInt(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intAsNumber(v);
  if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) {
    return errSetString(ValueError, `maxdigits must be 0 or larger than ${INT_MAX_STR_DIGITS_THRESHOLD}`);
  }
  intMaxStrDigitsSet(n);
  return none();
}

let switchInterval = 0.005;
let dlopenFlags = 2; // RTLD_NOW, CPython's default on Linux

function sys_setswitchinterval(args: number, nargs: number): Owned | Null {
  if (!oneArg('setswitchinterval', nargs)) return NULL;
  const o = argAt(args, 0);
  if (isStr(o) || typeNameOf(o) === 'bytes' || typeNameOf(o) === 'bytearray') return errSetString(TypeError, `must be real number, not ${typeNameOf(o)}`);
  const v = floatAsDoubleAny(o);
  if (v === -1 && errOccurred() !== NULL) return NULL;
  if (!(v > 0)) return errSetString(ValueError, 'switch interval must be strictly positive');
  switchInterval = v; // one thread of Python code: kept and reported, nothing to switch
  return none();
}

function sys_call_tracing(args: number, nargs: number): Owned | Null {
  if (nargs !== 2) return errSetString(TypeError, `call_tracing expected 2 arguments, got ${nargs}`);
  const t = argAt(args, 1);
  if (!isTuple(t)) return errSetString(TypeError, `call_tracing() argument 2 must be tuple, not ${typeNameOf(t)}`);
  return objectCall(argAt(args, 0), t, NULL);
}

/** The value of argument `name` (position pos or keyword), NULL when absent; -1 with TypeError on a bad keyword. */
function optArg(fname: string, args: number, nargs: number, kwnames: Borrowed | Null, names: string[], pos: number): Borrowed | Null | -1 {
  const nkw = kwnames === NULL ? 0 : tupleSizeX(kwnames);
  if (nargs > names.length) { errSetString(TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${nargs + nkw} given)`); return -1; }
  for (let i = 0; i < nkw; i++) {
    const k = strToJS(tupleItemX(kwnames as Borrowed, i));
    if (!names.includes(k)) { errSetString(TypeError, `${fname}() got an unexpected keyword argument '${k}'`); return -1; }
  }
  if (pos < nargs) return argAt(args, pos);
  for (let i = 0; i < nkw; i++) if (strToJS(tupleItemX(kwnames as Borrowed, i)) === names[pos]) return argAt(args, nargs + i);
  return NULL;
}

function sys_set_coroutine_origin_tracking_depth(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const d = optArg('set_coroutine_origin_tracking_depth', args, nargs, kwnames, ['depth'], 0);
  if (d === -1) return NULL;
  if (d === NULL) return errSetString(TypeError, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
  const v = intAsCInt(d);
  if (v === -1 && errOccurred()) return NULL;
  if (v < 0) return errSetString(ValueError, 'depth must be >= 0');
  ts.coroOriginDepth = v;
  return none();
}

/**
 * set_asyncgen_hooks(firstiter=<unchanged>, finalizer=<unchanged>): each given hook is a callable or None;
 * nothing changes when one of them is wrong (CPython checks both first).
 */
function sys_set_asyncgen_hooks(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const names = ['firstiter', 'finalizer'] as const;
  const given: (Borrowed | Null)[] = [];
  for (const [i, name] of names.entries()) {
    const v = optArg('set_asyncgen_hooks', args, nargs, kwnames, [...names], i);
    if (v === -1) return NULL;
    if (v !== NULL && v !== Py_None && !callableCheck(v)) return errSetString(TypeError, `callable ${name} expected, got ${typeNameOf(v)}`);
    given.push(v);
  }
  for (const [i, name] of names.entries()) {
    const v = given[i];
    if (v === NULL) continue;
    genAsyncHooksSet(name, v === Py_None ? NULL : newRef(v));
  }
  return none();
}

/** get_asyncgen_hooks(): (firstiter, finalizer), None where unset. */
function sys_get_asyncgen_hooks(): Owned | Null {
  const hook = (v: number): Owned => newRef((v === 0 ? Py_None : v) as Borrowed);
  return structseqNew(asyncgenHooksType, [hook(genAsyncHooks.firstiter), hook(genAsyncHooks.finalizer)]);
}

const sysExtraFunctions: MethodDef[] = [
  { name: '_getframe', fn: (_s, a, n) => sys_getframe(a, n) },
  { name: 'excepthook', fn: (_s, a, n) => sys_excepthook(a, n) },
  { name: 'unraisablehook', fn: (_s, a, n) => sys_unraisablehook(a, n) },
  { name: 'get_int_max_str_digits', fn: () => intFromNumber(intMaxStrDigits()) },
  { name: 'set_int_max_str_digits', fn: (_s, a, n, kw) => sys_set_int_max_str_digits(a, n, kw) },
  { name: 'getfilesystemencoding', fn: () => strFromJS('utf-8') },
  { name: 'getfilesystemencodeerrors', fn: () => strFromJS('surrogateescape') },
  { name: 'getswitchinterval', fn: () => floatNew(switchInterval) },
  { name: 'setswitchinterval', fn: (_s, a, n) => sys_setswitchinterval(a, n) },
  { name: 'call_tracing', fn: (_s, a, n) => sys_call_tracing(a, n) },
  { name: 'getdlopenflags', fn: () => intFromNumber(dlopenFlags) },
  {
    name: 'setdlopenflags',
    fn: (_s, a, n) => {
      if (!oneArg('setdlopenflags', n)) return NULL;
      const v = argAt(a, 0);
      if (!isInt(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
      dlopenFlags = intAsNumber(v); // Immortal loads no shared libraries: the flags are only kept
      return none();
    },
  },
  { name: 'getunicodeinternedsize', fn: () => intFromNumber(strInternedCount()) },
  { name: 'get_coroutine_origin_tracking_depth', fn: () => intFromNumber(ts.coroOriginDepth) },
  { name: 'set_coroutine_origin_tracking_depth', fn: (_s, a, n, kw) => sys_set_coroutine_origin_tracking_depth(a, n, kw) },
  { name: 'set_asyncgen_hooks', fn: (_s, a, n, kw) => sys_set_asyncgen_hooks(a, n, kw) },
  { name: 'get_asyncgen_hooks', fn: () => sys_get_asyncgen_hooks() },
  { name: 'is_stack_trampoline_active', fn: () => { incref(Py_False); return Py_False as Owned; } },
  { name: 'deactivate_stack_trampoline', fn: () => none() },
  {
    name: 'activate_stack_trampoline',
    fn: (_s, a, n) => {
      if (!oneArg('activate_stack_trampoline', n)) return NULL;
      const b = argAt(a, 0);
      if (!isStr(b)) return errSetString(TypeError, `activate_stack_trampoline() argument must be str, not ${typeNameOf(b)}`);
      if (strToJS(b) !== 'perf') return errSetString(ValueError, `invalid backend: ${strToJS(b)}`);
      return errSetString(exceptionTypes.get('NotImplementedError')!, 'sys.activate_stack_trampoline() is not supported by Immortal yet');
    },
  },
  { name: 'is_finalizing', fn: () => { incref(Py_False); return Py_False as Owned; } },
  { name: 'gettrace', fn: () => newRefX((traceState.func || Py_None) as Borrowed) },
  { name: 'getprofile', fn: () => newRefX((traceState.profile || Py_None) as Borrowed) },
  { name: 'settrace', fn: (_s, a, n) => setHook('settrace', a, n, traceSet) },
  { name: 'setprofile', fn: (_s, a, n) => setHook('setprofile', a, n, profileSet) },
  {
    name: 'breakpointhook',
    fn: () => { if (process.env.PYTHONBREAKPOINT !== '0') stdio.writeErr('breakpoint(): Immortal has no debugger (pdb); continuing\n'); return none(); },
  },
  { name: 'audit', fn: () => none() },
  { name: 'addaudithook', fn: () => none() },
  { name: 'getallocatedblocks', fn: () => intFromNumber(0) },
];

/** Adds the struct sequences, the frame/hook functions and constants to sys. */
function sysAddExtras(m: Borrowed, put: Put, flags: SysFlags): boolean {
  let ok = true;
  ok = ok && put('version_info', ssValue(versionInfoType, [3, 12, 1, 'final', 0]));
  // dev_mode and safe_path are bools, int_max_str_digits the limit in force at start-up, as in 3.12.1;
  // hash_randomization is 0 only with PYTHONHASHSEED=0, the one seed that leaves the secret all zeros.
  const hashRandomization = HASH_KEY.some((w) => w !== 0) ? 1 : 0;
  const n = (b: boolean | undefined): number => (b === true ? 1 : 0);
  const inspect = n(flags.inspect);
  ok = ok && put('flags', ssValue(flagsType,
    [flags.debug ?? 0, inspect, inspect, flags.optimize ?? 0, n(flags.dontWriteBytecode), n(flags.noUserSite), n(flags.noSite),
      n(flags.ignoreEnvironment), flags.verbose ?? 0, flags.bytesWarning ?? 0, n(flags.quiet), hashRandomization, n(flags.isolated),
      flags.devMode === true, n(flags.utf8Mode), n(flags.warnDefaultEncoding), flags.safePath === true, intMaxStrDigits()]));
  ok = ok && put('float_info', ssValue(floatInfoType,
    [{ f: Number.MAX_VALUE }, 1024, 308, { f: 2.2250738585072014e-308 }, -1021, -307, 15, 53, { f: Number.EPSILON }, 2, 1]));
  ok = ok && put('int_info', ssValue(intInfoType, [30, 4, INT_MAX_STR_DIGITS_DEFAULT, INT_MAX_STR_DIGITS_THRESHOLD]));
  ok = ok && put('hash_info', ssValue(hashInfoType, [64, (1n << 61n) - 1n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  // CPython on Linux locks with semaphores; its version is 'NPTL ' + the glibc version, which Node does not tell cheaply.
  ok = ok && put('thread_info', ssValue(threadInfoType, ['pthread', 'semaphore', 'NPTL']));
  ok = ok && put('float_repr_style', strFromJS('short'));
  ok = ok && put('abiflags', strFromJS(''));
  ok = ok && put('prefix', strFromJS('/usr/local'));
  ok = ok && put('base_prefix', strFromJS('/usr/local'));
  ok = ok && put('exec_prefix', strFromJS('/usr/local'));
  ok = ok && put('base_exec_prefix', strFromJS('/usr/local'));
  ok = ok && put('platlibdir', strFromJS('lib'));
  ok = ok && put('meta_path', listNew(0));
  ok = ok && put('path_hooks', listNew(0));
  ok = ok && put('path_importer_cache', dictNew());
  ok = ok && put('stdlib_module_names', frozensetOf(strTuple(STDLIB_MODULE_NAMES as string[])));
  for (const def of sysExtraFunctions) ok = ok && put(def.name, cfunctionNew(def, m, NULL));
  // sys.__excepthook__ is sys.excepthook (and so on): the originals, kept for restoring.
  const d = moduleDictBorrow(m);
  for (const name of ['excepthook', 'displayhook', 'breakpointhook', 'unraisablehook']) {
    const f = dictGetItemBorrow(d, strInternImmortal(name));
    if (f !== NULL) { incref(f); ok = ok && put(`__${name}__`, f as Owned); }
  }
  return ok;
}
