// The sys module: interpreter state visible from Python (argv, path, modules, the standard streams,
// recursion limit, reference counts and immortality, exit, exc_info, displayhook, version info).
// Mirrors Python/sysmodule.c of CPython 3.12 (plus sys._is_immortal from 3.14 and sys._is_interned
// from 3.13, see DESIGN.md §2). The streams are a minimal text stream type writing through vm/io.ts.
// Invariants: sys functions are builtin functions bound to the module; sysModuleNew is called once
// per runtime, after the builtins module exists.

import { builtinModuleNames } from './index.ts';
import { i32 } from '../heap/views.ts';
import { decref, incref, refcnt, isImmortal } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeNameOf, typeBasicSize, typeItemSize, typeOf, Py_TPFLAGS_HAVE_GC } from '../objects/type.ts';
import { objectNew, objectFree, objectRepr, objectHashDefault } from '../objects/object.ts';
import { errSetString, errSetRaised, errFetch } from '../objects/errors.ts';
import { TypeError, ValueError, exceptionTypes, exceptionNew, AttributeError } from '../objects/exceptions.ts';
import {
  strFromJS, strToJS, isStr, isStrExact, strIntern, strIsInterned, strInternImmortal, strLength,
} from '../objects/str.ts';
import { intFromNumber, isInt, intAsNumber, intFromBigInt } from '../objects/int.ts';
import { tupleNew, tupleSetItemSteal, tupleEmptyNew } from '../objects/tuple.ts';
import { listNew, listAppend } from '../objects/list.ts';
import { dictNew, dictSetItem, dictGetItemBorrow } from '../objects/dict.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { cfunctionNew, argAt, type MethodDef } from '../objects/methodobject.ts';
import { moduleNew, moduleDictBorrow } from '../objects/module.ts';
import { isTuple } from '../objects/tuple.ts';
import { ts, handledException } from '../vm/state.ts';
import { stdio } from '../vm/io.ts';

// The text stream type behind sys.stdout / sys.stderr (a stand-in for io.TextIOWrapper).
//   +8 fd (0, 1 or 2)
const STREAM_FD = 8;
const STREAM_SIZE = 12;
export let textStreamType = 0 as Borrowed;

function streamWrite(self: Borrowed | Null, args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `write() takes exactly one argument (${nargs} given)`);
  const s = argAt(args, 0);
  if (!isStr(s)) return errSetString(TypeError, `write() argument must be str, not ${typeNameOf(s)}`);
  const text = strToJS(s);
  if (i32[((self as number) + STREAM_FD) >> 2] === 2) stdio.writeErr(text);
  else stdio.writeOut(text);
  return intFromNumber(strLength(s));
}

function streamReadline(): Owned | Null {
  const line = stdio.readLine();
  return strFromJS(line ?? '');
}

const streamMethods: Record<string, MethodDef> = {
  write: { name: 'write', fn: streamWrite },
  flush: { name: 'flush', fn: () => { incref(Py_None); return Py_None as Owned; } },
  readline: { name: 'readline', fn: () => streamReadline() },
  isatty: { name: 'isatty', fn: () => { incref(Py_False); return Py_False as Owned; } },
  fileno: { name: 'fileno', fn: (self) => intFromNumber(i32[((self as number) + STREAM_FD) >> 2]) },
};

function streamGetAttr(o: Borrowed, name: Borrowed): Owned | Null {
  const s = strToJS(name);
  const def = streamMethods[s];
  if (def !== undefined) return cfunctionNew(def, o, NULL);
  if (s === 'encoding') return strFromJS('utf-8');
  if (s === 'name') {
    const fd = i32[(o + STREAM_FD) >> 2];
    return strFromJS(fd === 0 ? '<stdin>' : fd === 1 ? '<stdout>' : '<stderr>');
  }
  return errSetString(AttributeError, `'_io.TextIOWrapper' object has no attribute '${s}'`);
}

function streamRepr(o: Borrowed): Owned | Null {
  const fd = i32[(o + STREAM_FD) >> 2];
  const name = fd === 0 ? '<stdin>' : fd === 1 ? '<stdout>' : '<stderr>';
  return strFromJS(`<_io.TextIOWrapper name='${name}' mode='${fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`);
}

/** Creates the stream type (static phase). */
export function sysInitStatic(): void {
  textStreamType = typeNewStatic({
    name: '_io.TextIOWrapper',
    basicsize: STREAM_SIZE,
    slots: { dealloc: objectFree, getattro: streamGetAttr, repr: streamRepr, hash: objectHashDefault },
  });
}

function streamNew(fd: number): Owned | Null {
  const o = objectNew(textStreamType, STREAM_SIZE);
  if (o === NULL) return NULL;
  i32[(o + STREAM_FD) >> 2] = fd;
  return o;
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
      if (nargs === 0) a = tupleEmptyNew();
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
    fn: (_s, args, nargs) => {
      if (nargs < 1) return errSetString(TypeError, 'getsizeof() missing required argument \'object\' (pos 1)');
      const o = argAt(args, 0);
      const t = typeOf(o);
      let size = typeBasicSize(t);
      const item = typeItemSize(t);
      if (item !== 0) size += item * Math.abs(i32[(o + 8) >> 2]);
      if ((i32[(t + 28) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0) size += 16;
      return intFromNumber(size);
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
      stdio.writeOut(strToJS(r) + '\n');
      decref(r);
      if (bi !== NULL && dictSetItem(bi, strInternImmortal('_'), v) < 0) return NULL;
      return none();
    },
  },
  { name: 'getdefaultencoding', fn: () => strFromJS('utf-8') },
  { name: 'gettotalrefcount', fn: () => intFromNumber(0) },
];

function errFetchIf(): boolean {
  const e = errFetch();
  if (e === NULL) return false;
  errSetRaised(e);
  return true;
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

export interface SysOptions {
  argv: string[];
  path: string[];
  executable?: string;
  flags?: Record<string, number>;
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
  ok = ok && put('stdin', streamNew(0));
  ok = ok && put('stdout', streamNew(1));
  ok = ok && put('stderr', streamNew(2));
  ok = ok && put('__stdin__', streamNew(0));
  ok = ok && put('__stdout__', streamNew(1));
  ok = ok && put('__stderr__', streamNew(2));
  ok = ok && put('maxsize', intFromBigInt(9223372036854775807n));
  ok = ok && put('maxunicode', intFromNumber(0x10ffff));
  ok = ok && put('byteorder', strFromJS('little'));
  ok = ok && put('platform', strFromJS(process.platform === 'win32' ? 'win32' : process.platform));
  ok = ok && put('executable', strFromJS(opts.executable ?? process.argv[1] ?? 'immortal'));
  ok = ok && put('version', strFromJS('3.12.1 (immortal, TypeScript on Node.js)'));
  ok = ok && put('version_info', strTuple([3, 12, 1, 'final', 0]));
  ok = ok && put('hexversion', intFromNumber(0x030c01f0));
  ok = ok && put('api_version', intFromNumber(1013));
  ok = ok && put('copyright', strFromJS(''));
  ok = ok && put('builtin_module_names', strTuple(builtinModuleNames()));
  ok = ok && put('dont_write_bytecode', (incref(Py_True), Py_True as Owned));
  ok = ok && put('ps1', strFromJS('>>> '));
  ok = ok && put('ps2', strFromJS('... '));
  ok = ok && put('warnoptions', listNew(0));
  ok = ok && put('_xoptions', dictNew());
  ok = ok && put('implementation', implementationObject());
  for (const def of sysFunctions) ok = ok && put(def.name, cfunctionNew(def, m, NULL));
  if (!ok) { decref(m); return NULL; }
  ts.sysDict = d;
  const mods = dictGetItemBorrow(d, strInternImmortal('modules'));
  if (mods === NULL || dictSetItem(mods, strInternImmortal('sys'), m) < 0) { decref(m); return NULL; }
  return m;
}

/** sys.implementation: a module-like namespace with name == 'immortal' (a module object stands in for SimpleNamespace). */
function implementationObject(): Owned | Null {
  const ns = moduleNew('implementation');
  if (ns === NULL) return NULL;
  const d = moduleDictBorrow(ns);
  const name = strFromJS('immortal');
  const ver = strTuple([0, 1, 0, 'alpha', 0]);
  const tag = strFromJS('immortal-312');
  let ok = name !== NULL && ver !== NULL && tag !== NULL;
  if (ok) {
    ok = dictSetItem(d, strInternImmortal('name'), name as Owned) === 0 &&
      dictSetItem(d, strInternImmortal('version'), ver as Owned) === 0 &&
      dictSetItem(d, strInternImmortal('cache_tag'), tag as Owned) === 0;
  }
  if (name !== NULL) decref(name);
  if (ver !== NULL) decref(ver);
  if (tag !== NULL) decref(tag);
  if (!ok) { decref(ns); return NULL; }
  return ns;
}

void isStr; void strLength; void dictNew;
