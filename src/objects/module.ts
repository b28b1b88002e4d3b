// The module type: a namespace dict with a name.
// Mirrors Objects/moduleobject.c (PyModuleObject, PyModule_New, module_getattro with __getattr__
// (PEP 562) and its "module 'x' has no attribute 'y'" message, module_repr, module___init__).
// Invariants: a module owns md_dict (never NULL) and md_name, and the references of its state (a native
// module's objects kept beside its dict, as PyModule_GetState's: moduleStateAddSteal). Modules are GC
// objects (their dict holds functions whose __globals__ is that dict); at shutdown the runtime clears
// module dicts to break those cycles, as CPython's finalize_modules does.
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 md_dict +12 md_name (str)

import { i32 } from '../heap/views.ts';
import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, slotsOf, typeOf, typeGenericAlloc, typeNameOf, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectHashDefault, objectGenericGetAttrImpl, objectIsTrue, objectRepr, objectStr } from './object.ts';
import { argsParse } from './typeattrs.ts';
import { errSetString, errOccurred, errClear, errExceptionMatches } from './errors.ts';
import { objectGetAttr } from './abstract.ts';
import { AttributeError, TypeError } from './exceptions.ts';
import { strFromJS, strToJS, strInternImmortal, isStr } from './str.ts';
import { dictNew, dictGetItemBorrow, dictSetItem, dictDelItem } from './dict.ts';
import { Py_None } from './none.ts';
import { typeAddGetSets } from './getset.ts';

export const MD_DICT = 8;
export const MD_NAME = 12;
export const MODULE_SIZE = 16;

export let moduleType = 0 as Borrowed;

/** Every live module object: shutdown clears them all, also those no longer in sys.modules (which
 *  only a cycle collector could otherwise free, since their functions hold their dict). */
const liveModules = new Set<number>();

/** The live module objects (borrowed), oldest first. */
export function moduleLiveList(): Borrowed[] {
  return [...liveModules] as Borrowed[];
}

/** Dicts of freed modules that something else (their own functions, as __globals__) still held:
 *  owned here until shutdown clears them (what the cycle collector would do). */
let orphanDicts: Owned[] = [];

/** Hands the orphaned module dicts (owned) to the caller, which clears and releases them. */
export function moduleOrphanDictsTake(): Owned[] {
  const r = orphanDicts;
  orphanDicts = [];
  return r;
}

/** Calls `f(args...)` for PEP 562 __getattr__; installed by the vm (objects/ can't call Python). */
export const moduleHooks = {
  callOneArg: null as ((f: Borrowed, a: Borrowed) => Owned | Null) | null,
};

export function isModule(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === moduleType || slotsOf(o).dealloc === moduleDealloc;
}

/** PyModule_NewObject: a module named `name` with __name__, __doc__ (None), __package__, __loader__, __spec__ set to None. */
export function moduleNew(name: string): Owned | Null {
  const m = objectGCNew(moduleType, MODULE_SIZE);
  if (m === NULL) return NULL;
  i32[(m + MD_DICT) >> 2] = 0;
  i32[(m + MD_NAME) >> 2] = 0;
  liveModules.add(m);
  const d = dictNew();
  if (d === NULL) { decref(m); return NULL; }
  i32[(m + MD_DICT) >> 2] = d;
  const n = strFromJS(name);
  if (n === NULL) { decref(m); return NULL; }
  i32[(m + MD_NAME) >> 2] = n;
  if (dictSetItem(d, strInternImmortal('__name__'), n) < 0) { decref(m); return NULL; }
  for (const k of ['__doc__', '__package__', '__loader__', '__spec__']) {
    if (dictSetItem(d, strInternImmortal(k), Py_None) < 0) { decref(m); return NULL; }
  }
  return m;
}

/** The module's namespace dict (borrowed). */
export function moduleDictBorrow(m: Borrowed): Borrowed {
  return i32[(m + MD_DICT) >> 2] as Borrowed;
}

export function moduleNameJS(m: Borrowed): string {
  const d = moduleDictBorrow(m);
  const n = dictGetItemBorrow(d, strInternImmortal('__name__'));
  if (n !== NULL && isStr(n)) return strToJS(n);
  const md = i32[(m + MD_NAME) >> 2];
  return md !== 0 ? strToJS(md as Borrowed) : '?';
}

/** Native modules' states: owned references by module, released with the module, visited by its traverse. */
const moduleStates = new Map<number, Owned[]>();

/**
 * Keeps `v` (stolen) in the state of native module `m`, for its functions to reach through their
 * __self__ (the module) whatever happens to the module's dict, as CPython's module state. Returns its
 * index, or -1 with the error set when `v` is NULL.
 */
export function moduleStateAddSteal(m: Borrowed, v: Owned | Null): number {
  if (v === NULL) return -1;
  let st = moduleStates.get(m);
  if (st === undefined) { st = []; moduleStates.set(m, st); }
  st.push(v);
  return st.length - 1;
}

/** The object at index `i` of module `m`'s state (borrowed). */
export function moduleStateBorrow(m: Borrowed, i: number): Borrowed {
  return moduleStates.get(m)![i];
}

function moduleDealloc(m: Owned): void {
  liveModules.delete(m);
  const st = moduleStates.get(m);
  if (st !== undefined) {
    moduleStates.delete(m);
    for (const v of st) decref(v);
  }
  const d = i32[(m + MD_DICT) >> 2];
  const n = i32[(m + MD_NAME) >> 2];
  i32[(m + MD_DICT) >> 2] = 0;
  i32[(m + MD_NAME) >> 2] = 0;
  if (d !== 0) {
    if (i32[d >> 2] > 1 && i32[d >> 2] >= 0) orphanDicts.push(d as Owned);
    else decref(d as Owned);
  }
  if (n !== 0) decref(n as Owned);
  objectGCFree(m);
}

function moduleTraverse(m: Borrowed, visit: VisitProc, arg: unknown): number {
  const st = moduleStates.get(m);
  if (st !== undefined) {
    for (const v of st) {
      const r = visit(v, arg);
      if (r !== 0) return r;
    }
  }
  const d = i32[(m + MD_DICT) >> 2];
  return d !== 0 ? visit(d as Borrowed, arg) : 0;
}

/** getattr(o, name, None) for moduleRepr: owned, or NULL with an error set (AttributeError comes back as None). */
function attrOrNone(o: Borrowed, name: string): Owned | Null {
  const v = objectGetAttr(o, strInternImmortal(name));
  if (v !== NULL || !errExceptionMatches(AttributeError)) return v;
  errClear();
  incref(Py_None);
  return Py_None as Owned;
}

/** repr(o) as a JS string, or null with the error set. */
function reprJS(o: Borrowed): string | null {
  const r = objectRepr(o);
  if (r === NULL) return null;
  const t = strToJS(r);
  decref(r);
  return t;
}

/**
 * module_repr (importlib._bootstrap._module_repr of CPython 3.12): from the module's __spec__ when it
 * has a true one — "(built-in)", "(frozen)" or "from '<file>'" — else from __file__ or __loader__.
 */
function moduleRepr(m: Borrowed): Owned | Null {
  const held: Owned[] = [];
  const get = (o: Borrowed, name: string): Borrowed | Null => {
    const v = attrOrNone(o, name);
    if (v !== NULL) held.push(v);
    return v;
  };
  const text = ((): string | null => {
    const loader = get(m, '__loader__');
    const spec = loader === NULL ? NULL : get(m, '__spec__');
    if (spec === NULL) return null;
    const isTrue = objectIsTrue(spec);
    if (isTrue < 0) return null;
    if (isTrue) {
      const name = get(spec, 'name');
      const origin = name === NULL ? NULL : get(spec, 'origin');
      if (origin === NULL) return null;
      const nameText = name === Py_None ? "'?'" : reprJS(name as Borrowed);
      if (nameText === null) return null;
      if (origin === Py_None) {
        const specLoader = get(spec, 'loader');
        if (specLoader === NULL) return null;
        if (specLoader === Py_None) return `<module ${nameText}>`;
        const l = reprJS(specLoader);
        return l === null ? null : `<module ${nameText} (${l})>`;
      }
      const hasLocation = get(spec, 'has_location');
      const located = hasLocation === NULL ? -1 : objectIsTrue(hasLocation);
      if (located < 0) return null;
      if (located) {
        const o = reprJS(origin);
        return o === null ? null : `<module ${nameText} from ${o}>`;
      }
      const o = objectStr(origin);
      if (o === NULL) return null;
      held.push(o);
      const specName = reprJS(name as Borrowed);
      return specName === null ? null : `<module ${specName} (${strToJS(o)})>`;
    }
    const nameObj = objectGetAttr(m, strInternImmortal('__name__'));
    let nameText: string | null = "'?'";
    if (nameObj !== NULL) { held.push(nameObj); nameText = reprJS(nameObj); }
    else if (errExceptionMatches(AttributeError)) errClear();
    else return null;
    if (nameText === null) return null;
    const file = objectGetAttr(m, strInternImmortal('__file__'));
    if (file !== NULL) {
      held.push(file);
      const f = reprJS(file);
      return f === null ? null : `<module ${nameText} from ${f}>`;
    }
    if (!errExceptionMatches(AttributeError)) return null;
    errClear();
    // sys and builtins before the session's first import, which gives them their specs (vm/import.ts).
    if (loader === Py_None && (nameText === "'sys'" || nameText === "'builtins'")) return `<module ${nameText} (built-in)>`;
    if (loader === Py_None) return `<module ${nameText}>`;
    const l = reprJS(loader as Borrowed);
    return l === null ? null : `<module ${nameText} (${l})>`;
  })();
  for (const v of held) decref(v);
  return text === null ? NULL : strFromJS(text);
}

/**
 * module_getattro: the generic lookup (for a plain module, its dict first: the module type has no
 * data descriptors but __dict__ and __class__), then the module's __getattr__ (PEP 562).
 */
function moduleGetAttr(m: Borrowed, name: Borrowed): Owned | Null {
  const d = moduleDictBorrow(m);
  if (typeOf(m) === moduleType) {
    const v = dictGetItemBorrow(d, name);
    if (v !== NULL) { incref(v); return v as Owned; }
    if (errOccurred() !== NULL) return NULL;
    const s = strToJS(name);
    if (s === '__dict__') { incref(d); return d as Owned; }
    if (s === '__class__') { incref(moduleType); return moduleType as Owned; }
  }
  const r = objectGenericGetAttrImpl(m, name, true);
  if (r !== NULL || errOccurred() !== NULL) return r;
  if (strToJS(name) === '__dict__') { incref(d); return d as Owned; } // a subclass instance's
  const ga = dictGetItemBorrow(d, strInternImmortal('__getattr__'));
  if (ga !== NULL && moduleHooks.callOneArg !== null) return moduleHooks.callOneArg(ga, name);
  const mn = dictGetItemBorrow(d, strInternImmortal('__name__'));
  if (mn === NULL || !isStr(mn)) return errSetString(AttributeError, `module has no attribute '${strToJS(name)}'`);
  return errSetString(AttributeError, `module '${strToJS(mn)}' has no attribute '${strToJS(name)}'`);
}

/** module.__new__: an empty module (types.ModuleType(name) or a subclass), its dict created. */
function moduleTpNew(type: Borrowed, _args: number, _nargs: number, _kw: Borrowed | Null): Owned | Null {
  const m = typeGenericAlloc(type, 0);
  if (m === NULL) return NULL;
  i32[(m + MD_DICT) >> 2] = 0;
  i32[(m + MD_NAME) >> 2] = 0;
  liveModules.add(m);
  const d = dictNew();
  if (d === NULL) { decref(m); return NULL; }
  i32[(m + MD_DICT) >> 2] = d;
  return m;
}

const moduleInitNames = ['name', 'doc'];

/** module.__init__(name, doc=None): sets __name__, __doc__ and None for __package__, __loader__, __spec__. */
function moduleTpInit(m: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  const a: number[] = [];
  if (!argsParse('module', args, nargs, kwnames, moduleInitNames, a, 1)) return -1;
  const name = a[0] as Borrowed;
  if (!isStr(name)) {
    errSetString(TypeError, `module() argument 'name' must be str, not ${typeNameOf(name)}`);
    return -1;
  }
  const d = moduleDictBorrow(m);
  if (dictSetItem(d, strInternImmortal('__name__'), name) < 0) return -1;
  if (dictSetItem(d, strInternImmortal('__doc__'), a[1] === 0 ? Py_None : a[1] as Borrowed) < 0) return -1;
  for (const k of ['__package__', '__loader__', '__spec__']) {
    if (dictSetItem(d, strInternImmortal(k), Py_None) < 0) return -1;
  }
  const old = i32[(m + MD_NAME) >> 2];
  incref(name);
  i32[(m + MD_NAME) >> 2] = name;
  if (old !== 0) decref(old as Borrowed);
  return 0;
}

function moduleSetAttr(m: Borrowed, name: Borrowed, value: Borrowed | Null): number {
  const d = moduleDictBorrow(m);
  const s = strToJS(name);
  if (s === '__dict__') {
    errSetString(AttributeError, 'readonly attribute');
    return -1;
  }
  if (s === '__annotations__') return moduleAnnotationsSet(m, value);
  if (value === NULL) {
    if (dictDelItem(d, name) < 0) {
      errSetString(AttributeError, `module '${moduleNameJS(m)}' has no attribute '${strToJS(name)}'`);
      return -1;
    }
    return 0;
  }
  return dictSetItem(d, name, value);
}

/** module.__dict__ (CPython: a read-only member). */
function moduleDictGet(m: Borrowed): Owned | Null {
  const d = moduleDictBorrow(m);
  incref(d);
  return d as Owned;
}

/** module.__annotations__ (3.10+): the dict's entry, created empty on first read. */
function moduleAnnotationsGet(m: Borrowed): Owned | Null {
  const d = moduleDictBorrow(m);
  const key = strInternImmortal('__annotations__');
  const v = dictGetItemBorrow(d, key);
  if (v !== NULL) { incref(v); return v as Owned; }
  if (errOccurred() !== NULL) return NULL;
  const fresh = dictNew();
  if (fresh === NULL || dictSetItem(d, key, fresh) < 0) { if (fresh !== NULL) decref(fresh); return NULL; }
  return fresh;
}

function moduleAnnotationsSet(m: Borrowed, v: Borrowed | Null): number {
  const d = moduleDictBorrow(m);
  const key = strInternImmortal('__annotations__');
  if (v !== NULL) return dictSetItem(d, key, v);
  if (dictDelItem(d, key) < 0) {
    errSetString(AttributeError, '__annotations__');
    return -1;
  }
  return 0;
}

/** Creates the module type (static phase). */
export function moduleInitStatic(): void {
  liveModules.clear();
  moduleStates.clear();
  orphanDicts = [];
  moduleType = typeNewStatic({
    name: 'module',
    basicsize: MODULE_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    dictoffset: MD_DICT,
    slots: {
      dealloc: moduleDealloc, traverse: moduleTraverse, repr: moduleRepr, hash: objectHashDefault,
      getattro: moduleGetAttr, setattro: moduleSetAttr, new: moduleTpNew, init: moduleTpInit,
    },
  });
  typeAddGetSets(moduleType, [
    { name: '__dict__', get: moduleDictGet },
    { name: '__annotations__', get: moduleAnnotationsGet, set: moduleAnnotationsSet },
  ]);
}
