// The import system for source modules: sys.modules, sys.path search for `name.py` and packages
// (`name/__init__.py`), relative imports, `from m import x` with submodule fallback, `import *`, and
// what -v and -X importtime report of it. Mirrors Python/import.c (PyImport_ImportModuleLevelObject,
// import_find_and_load, import_from, import_all_from) and the path-based finder and loader of
// importlib._bootstrap_external, reduced to .py files (their code compiled at -O's level).
// Invariants: a module is in sys.modules before its code runs (circular imports see the partial
// module) and removed again if running it fails.

import { NATIVE_MODULES } from '../modules/index.ts';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { libDir } from './libdir.ts';
import { vmCwd, ioResolvePath } from './io.ts';
import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear, errFetch, errSetRaised } from '../objects/errors.ts';
import { exceptionTypes, TypeError, ValueError, KeyError, AttributeError } from '../objects/exceptions.ts';
import { strFromJS, strToJS, strInternImmortal, isStr } from '../objects/str.ts';
import { dictGetItemBorrow, dictSetItem, dictDelItem, dictNext, isDict, dictSize } from '../objects/dict.ts';
import { listSize, listGetItemBorrow, isList, listNew, listAppend } from '../objects/list.ts';
import { tupleSize, tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { intAsNumber } from '../objects/int.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { moduleNew, moduleDictBorrow, isModule, moduleHooks } from '../objects/module.ts';
import { nativeMarkTake } from './exc.ts';
import { objectIsTrue, objectSetAttr, objectLookupAttr } from '../objects/object.ts';
import { functionNew } from '../objects/function.ts';
import { objectGetAttr, objectGetItem, objectGetIter, iterNext, objectCallOneArg } from '../objects/abstract.ts';
import { ts } from './state.ts';
import { functionCallWithLocals } from './eval.ts';
import { importErrorSetName } from './excattrs.ts';
import { config } from '../support/config.ts';
import { stdio } from './io.ts';
import { sysWriteStderr } from '../modules/sys.ts';
import { objectRepr } from '../objects/object.ts';

/**
 * The source compiler, installed by vm/program.ts (kept out of the runtime's static import graph so
 * that starting a runtime never loads the parser and compiler).
 */
export const compileHook = {
  /** `future`: future-feature flags (CO_FUTURE_*) the code starts with, as compile()'s flags give them. */
  compile: null as ((source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single', future?: number, flags?: number,
    optimize?: number) => Owned | Null) | null,
  /** A module source file's code object through the code cache (vm/compile.ts compileFile). */
  compileFile: null as ((file: string, fullname: string, dontWriteBytecode: boolean, pycachePrefix: string | null,
    verbose: ((msg: string) => void) | null) => Owned | Null) | null,
};

// A module's PEP 562 __getattr__ is called from objects/module.ts through this hook.
moduleHooks.callOneArg = objectCallOneArg;

function compileSource(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single'): Owned | Null {
  if (compileHook.compile === null) return errSetString(exceptionTypes.get('ImportError')!, 'no compiler available in this runtime');
  return compileHook.compile(source, filename, mode);
}


function sysGet(name: string): Borrowed | Null {
  if (ts.sysDict === NULL) return NULL;
  return dictGetItemBorrow(ts.sysDict, strInternImmortal(name));
}

function modulesDict(): Borrowed | Null {
  const m = sysGet('modules');
  if (m === NULL || !isDict(m)) {
    errSetString(exceptionTypes.get('RuntimeError')!, 'unable to get sys.modules');
    return NULL;
  }
  return m;
}

/** Runs `code` (owned) as the body of `module`: globals = locals = its dict. Returns 0 / -1. */
export function execCodeInModule(code: Owned, module: Borrowed): number {
  const d = moduleDictBorrow(module);
  const builtins = ts.builtinsDict;
  if (dictGetItemBorrow(d, strInternImmortal('__builtins__')) === NULL && builtins !== NULL) {
    if (dictSetItem(d, strInternImmortal('__builtins__'), builtinsModule()) < 0) { decref(code); return -1; }
  }
  const fn = functionNew(code, d, builtins !== NULL ? builtins : d, NULL, true);
  decref(code);
  if (fn === NULL) return -1;
  const r = functionCallWithLocals(fn, d);
  decref(fn);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

function builtinsModule(): Borrowed {
  const mods = sysGet('modules');
  if (mods !== NULL) {
    const b = dictGetItemBorrow(mods, strInternImmortal('builtins'));
    if (b !== NULL) return b;
  }
  return ts.builtinsDict as Borrowed;
}

function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

/** Finds `leaf` in the given search directories: [file, isPackage] or null. */
function findSource(leaf: string, dirs: string[]): [string, boolean] | null {
  for (const entry of dirs) {
    // FileFinder: '' and '.' are the working folder, another relative folder is put after it.
    const d = entry === '' || entry === '.' ? vmCwd : ioResolvePath(entry);
    const pkg = join(d, leaf);
    if (isDir(pkg) && isFile(join(pkg, '__init__.py'))) return [join(pkg, '__init__.py'), true];
    const f = join(d, `${leaf}.py`);
    if (isFile(f)) return [f, false];
  }
  return null;
}

/**
 * Where `python -m fullname` finds its code (runpy._get_module_details): parent packages are imported,
 * a package runs its __main__ submodule. Returns the file, null when not found (ModuleNotFoundError
 * is then set), or NULL-like -1 on another error.
 */
export function importFindModuleFile(fullname: string): string | null {
  const dot = fullname.lastIndexOf('.');
  let dirs: string[];
  if (dot >= 0) {
    const parent = importAbsolute(fullname.slice(0, dot));
    if (parent === NULL) return null;
    const path = isModule(parent) ? dictGetItemBorrow(moduleDictBorrow(parent), strInternImmortal('__path__')) : NULL;
    decref(parent);
    if (path === NULL) {
      importError('ModuleNotFoundError', `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`, fullname);
      return null;
    }
    dirs = strList(path);
  } else {
    const p = sysGet('path');
    dirs = p === NULL ? [] : strList(p);
  }
  const found = findSource(fullname.slice(dot + 1), dirs);
  if (found === null) {
    importError('ModuleNotFoundError', `No module named '${fullname}'`, fullname);
    return null;
  }
  if (!found[1]) return found[0];
  // A package: import it, then run its __main__.
  const pkg = importAbsolute(fullname);
  if (pkg === NULL) return null;
  decref(pkg);
  const main = join(resolve(found[0], '..'), '__main__.py');
  if (!isFile(main)) {
    errSetString(exceptionTypes.get('ImportError')!, `No module named ${fullname}.__main__; '${fullname}' is a package and cannot be directly executed`);
    return null;
  }
  return main;
}

function strList(o: Borrowed): string[] {
  const out: string[] = [];
  if (isList(o)) for (let i = 0; i < listSize(o); i++) { const s = listGetItemBorrow(o, i); if (isStr(s)) out.push(strToJS(s)); }
  else if (isTuple(o)) for (let i = 0; i < tupleSize(o); i++) { const s = tupleGetItemBorrow(o, i); if (isStr(s)) out.push(strToJS(s)); }
  return out;
}

/** The module of src/lib that gives modules their __spec__ and __loader__ (CPython's frozen importlib._bootstrap). */
const BOOTSTRAP = '_frozen_importlib';
/**
 * The session's bootstrap: 0 not imported yet, 1 being imported, 2 done. It is imported at the first
 * import (of anything), not at start-up: a program that imports nothing does not pay for it.
 * `deferred`: start-up's `import site` runs; library modules it imports load without the bootstrap
 * (they get their specs from _install later, as sys and builtins do), and only a module found outside
 * the library (a sitecustomize) brings the bootstrap in.
 */
const boot = { state: 0 as 0 | 1 | 2, mainFile: null as string | null, deferred: false };

/** A new session: its import machinery is imported at its first import. */
export function importSessionStart(): void {
  boot.state = 0;
  boot.mainFile = null;
  boot.deferred = false;
}

/**
 * init_import_site's import: `name` imported with the bootstrap deferred (see `boot`), so that start-up
 * costs a program that imports nothing else only the library modules site itself runs.
 */
export function importAtStartup(name: string): Owned | Null {
  boot.deferred = boot.state === 0;
  try {
    return importAbsolute(name);
  } finally {
    boot.deferred = false;
  }
}

/**
 * Calls `_frozen_importlib.<fn>(args...)`, importing that module again first if the program took it
 * out of sys.modules. While it is being imported itself, nothing is called. Returns 0 or -1 with the
 * error set.
 */
function bootstrapCall(fn: string, args: readonly Borrowed[]): number {
  if (boot.state !== 2) return 0;
  const mods = modulesDict();
  if (mods === NULL) return -1;
  let m = dictGetItemBorrow(mods, strInternImmortal(BOOTSTRAP));
  if (m === NULL) {
    // Taken out of sys.modules by the program: imported again.
    if (importBootstrap() < 0) return -1;
    m = dictGetItemBorrow(mods, strInternImmortal(BOOTSTRAP));
    if (m === NULL) return 0;
  }
  const f = objectGetAttr(m, strInternImmortal(fn));
  if (f === NULL) return -1;
  const r = objectCallArgs(f, args);
  decref(f);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

/**
 * Imports the spec machinery (CPython's _install_importlib, which runs at start-up; here at the first
 * import): then _install() gives sys, builtins and __main__ (and the script's loader, when one runs)
 * their __spec__/__loader__. 0, or -1 with the error set.
 */
function importBootstrap(): number {
  // A runtime without the compiler (one that runs compiled code only) cannot import source modules.
  if (compileHook.compile === null && compileHook.compileFile === null) { boot.state = 2; return 0; }
  const mods = modulesDict();
  if (mods === NULL) return -1;
  boot.state = 1;
  const m = importAbsolute(BOOTSTRAP);
  if (m === NULL) { boot.state = 0; return -1; }
  decref(m);
  boot.state = 2;
  const file = boot.mainFile === null ? NULL : strFromJS(boot.mainFile);
  if (boot.mainFile !== null && file === NULL) return -1;
  const r = bootstrapCall('_install', [file === NULL ? Py_None : file]);
  if (file !== NULL) decref(file);
  return r;
}

/** set_main_loader: __main__ running the script `file` gets a SourceFileLoader for it (at the bootstrap, if it has not happened yet). */
export function importSetMainLoader(main: Borrowed, file: string): number {
  if (boot.state !== 2) { boot.mainFile = file; return 0; }
  const f = strFromJS(file);
  if (f === NULL) return -1;
  const r = bootstrapCall('_set_main_loader', [main, f]);
  decref(f);
  return r;
}

/** python -m: __main__ (running module `name` from `file`) gets that module's __spec__, __loader__ and __package__. */
export function importSetMainSpec(main: Borrowed, name: string, file: string): number {
  if (boot.state === 0 && importBootstrap() < 0) return -1;
  const n = strFromJS(name);
  if (n === NULL) return -1;
  const f = strFromJS(file);
  if (f === NULL) { decref(n); return -1; }
  const r = bootstrapCall('_set_main_spec', [main, n, f]);
  decref(n);
  decref(f);
  return r;
}

/**
 * Whether sys.meta_path holds a finder other than the three default ones (whose work this file does):
 * then the import statement asks the finders first (_frozen_importlib._find_and_load).
 */
function metaPathHasCustom(): boolean {
  const mp = sysGet('meta_path');
  if (mp === NULL || !isList(mp)) return false;
  const n = listSize(mp);
  if (n === 0) return false;
  const mods = sysGet('modules');
  const boot = mods === NULL ? NULL : dictGetItemBorrow(mods, strInternImmortal(BOOTSTRAP));
  const defaults = boot === NULL || !isModule(boot) ? NULL : dictGetItemBorrow(moduleDictBorrow(boot), strInternImmortal('_DEFAULT_FINDERS'));
  if (defaults === NULL || !isTuple(defaults)) return false;
  for (let i = 0; i < n; i++) {
    const f = listGetItemBorrow(mp, i);
    let known = false;
    for (let j = 0; j < tupleSize(defaults); j++) if (tupleGetItemBorrow(defaults, j) === f) known = true;
    if (!known) return true;
  }
  return false;
}

/** The import statement's sys.meta_path step: the module a custom finder's spec loads (owned), None (owned) when the usual search goes on, or NULL. */
function findAndLoadCustom(fullname: string, path: Borrowed): Owned | Null {
  // The default finders (written in Python) use posix, which CPython has loaded at start-up: it is
  // made here without asking the program's finders, so they never see an import of it.
  const mods = sysGet('modules');
  if (mods !== NULL && dictGetItemBorrow(mods, strInternImmortal('posix')) === NULL && fullname !== 'posix') {
    const px = importNative('posix');
    if (px === NULL) return NULL;
    decref(px);
  }
  const name = strFromJS(fullname);
  if (name === NULL) return NULL;
  const boot = mods === NULL ? NULL : dictGetItemBorrow(mods, strInternImmortal(BOOTSTRAP));
  if (boot === NULL) { decref(name); return importError('ImportError', 'sys.modules has no _frozen_importlib', fullname); }
  const f = objectGetAttr(boot, strInternImmortal('_find_and_load'));
  if (f === NULL) { decref(name); return NULL; }
  const r = objectCallArgs(f, [name, path]);
  decref(f);
  decref(name);
  return r;
}

/** _init_module_attrs for a built-in module (one written in TypeScript): its spec and loader. */
export function importInitBuiltinModule(m: Borrowed): number {
  return bootstrapCall('_init_builtin_module', [m]);
}

/** Loads the module `fullname` from a source file, registering it in sys.modules. Owned or NULL. */
function loadSourceModule(fullname: string, file: string, isPkg: boolean): Owned | Null {
  const mods = modulesDict();
  if (mods === NULL) return NULL;
  let code: Owned | Null;
  // -v's messages about the cache file, shown once the module's spec says it has one.
  const cacheMessages: string[] | null = config.verbose > 0 ? [] : null;
  if (compileHook.compileFile !== null) {
    const dwb = sysGet('dont_write_bytecode');
    const t = dwb === NULL ? 0 : objectIsTrue(dwb);
    if (t < 0) errClear();
    // cache_from_source reads sys.pycache_prefix at each import (a relative one from the working folder).
    const prefix = sysGet('pycache_prefix');
    const prefixPath = prefix !== NULL && isStr(prefix) ? ioResolvePath(strToJS(prefix)) : null;
    code = compileHook.compileFile(file, fullname, t === 1, prefixPath, cacheMessages === null ? null : (msg) => cacheMessages.push(msg));
  } else {
    let src: Uint8Array;
    try { src = readFileSync(file); } catch {
      return errSetString(exceptionTypes.get('ImportError')!, `No module named '${fullname}'`);
    }
    code = compileSource(src, file, 'exec');
  }
  if (code === NULL) return NULL;
  const m = moduleNew(fullname);
  if (m === NULL) { decref(code); return NULL; }
  const d = moduleDictBorrow(m);
  const set = (k: string, v: Owned | Null): boolean => {
    if (v === NULL) return false;
    const r = dictSetItem(d, strInternImmortal(k), v);
    decref(v);
    return r === 0;
  };
  const pkgName = isPkg ? fullname : fullname.includes('.') ? fullname.slice(0, fullname.lastIndexOf('.')) : '';
  let ok = set('__file__', strFromJS(file)) && set('__package__', strFromJS(pkgName));
  if (ok && isPkg) {
    const l = listNew(0);
    const dir = strFromJS(resolve(file, '..'));
    ok = l !== NULL && dir !== NULL && listAppend(l, dir) === 0;
    if (dir !== NULL) decref(dir);
    ok = ok && set('__path__', l);
  }
  if (ok) {
    const fileObj = strFromJS(file);
    ok = fileObj !== NULL
      && bootstrapCall('_init_source_module', [m, fileObj, isPkg ? Py_True : Py_False, file.startsWith(libDir() + sep) ? Py_True : Py_False]) === 0;
    if (fileObj !== NULL) decref(fileObj);
  }
  if (!ok || dictSetItem(mods, strInternImmortal(fullname), m) < 0) { decref(code); decref(m); return NULL; }
  // (Modules CPython freezes or builds in, and the bootstrap's, get no __cached__: no messages.)
  if (cacheMessages !== null && dictGetItemBorrow(d, strInternImmortal('__cached__')) !== NULL) cacheMessages.forEach(verboseMessage);
  // _load_unlocked: spec._initializing is True while the module runs (circular imports name it so).
  const spec = dictGetItemBorrow(d, strInternImmortal('__spec__'));
  if (spec !== NULL && spec !== Py_None && objectSetAttr(spec, strInternImmortal('_initializing'), Py_True) < 0) errClear();
  const ran = execCodeInModule(code, m);
  if (spec !== NULL && spec !== Py_None) {
    const saved = errFetch();
    if (objectSetAttr(spec, strInternImmortal('_initializing'), Py_False) < 0) errClear();
    if (saved !== NULL) errSetRaised(saved);
  }
  if (ran < 0) {
    const saved = errFetch();
    dictDelItem(mods, strInternImmortal(fullname));
    errClear();
    errSetRaised(saved);
    decref(m);
    return NULL;
  }
  nativeMarkTake(m);
  if (config.verbose > 0) verboseImported(fullname, m);
  // The module may have replaced itself in sys.modules.
  const final = dictGetItemBorrow(mods, strInternImmortal(fullname));
  decref(m);
  if (final === NULL) {
    return errSetString(exceptionTypes.get('ImportError')!, `Loaded module ${fullname} not found in sys.modules`);
  }
  incref(final);
  return final as Owned;
}

/** Imports one absolute dotted module name (parents first), returning the leaf module (owned). */
function importAbsolute(fullname: string): Owned | Null {
  if (boot.state === 0 && !boot.deferred && importBootstrap() < 0) return NULL;
  const mods = modulesDict();
  if (mods === NULL) return NULL;
  const have = dictGetItemBorrow(mods, strInternImmortal(fullname));
  if (have === Py_None) return importError('ModuleNotFoundError', `import of ${fullname} halted; None in sys.modules`, fullname);
  if (have !== NULL) { incref(have); return have as Owned; }
  if (!config.importTime) return findAndLoad(fullname, mods);
  // import_find_and_load under -X importtime: "import time: self | cumulative | name", indented by
  // nesting depth, each time in microseconds rounded up; self leaves out the nested imports' time.
  if (!importTimes.headerDone) {
    importTimes.headerDone = true;
    stdio.writeErr('import time: self [us] | cumulative | imported package\n');
  }
  const outer = importTimes.nested;
  importTimes.nested = 0;
  importTimes.level++;
  const t0 = performance.now();
  const m = findAndLoad(fullname, mods);
  const cum = performance.now() - t0;
  importTimes.level--;
  const us = (ms: number): number => Math.ceil(ms * 1000);
  stdio.writeErr(`import time: ${String(us(cum - importTimes.nested)).padStart(9)} | ${String(us(cum)).padStart(10)} | ${' '.repeat(importTimes.level * 2)}${fullname}\n`);
  importTimes.nested = outer + cum;
  return m;
}

/** -X importtime's state: the header is written once per process; `nested` sums the inner imports' time (ms). */
const importTimes = { headerDone: false, level: 0, nested: 0 };

/** import_find_and_load: `fullname`, not in sys.modules (`mods`), found and loaded. */
function findAndLoad(fullname: string, mods: Borrowed): Owned | Null {
  const custom = boot.state === 2 && metaPathHasCustom();
  if (custom && !fullname.includes('.')) {
    const r = findAndLoadCustom(fullname, Py_None);
    if (r === NULL || r !== Py_None) return r;
    decref(r);
  }
  if (NATIVE_MODULES.has(fullname)) return importNative(fullname);
  const dot = fullname.lastIndexOf('.');
  let dirs: string[];
  let parent: Owned | Null = NULL;
  if (dot >= 0) {
    parent = importAbsolute(fullname.slice(0, dot));
    if (parent === NULL) return NULL;
    // Importing the parent may have imported us.
    const again = dictGetItemBorrow(mods, strInternImmortal(fullname));
    if (again !== NULL && again !== Py_None) { decref(parent); incref(again); return again as Owned; }
    const path = dictGetItemBorrow(moduleDictBorrow(parent), strInternImmortal('__path__'));
    if (path === NULL) {
      decref(parent);
      return importError('ModuleNotFoundError',
        `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`, fullname);
    }
    if (custom) {
      const r = findAndLoadCustom(fullname, path);
      if (r === NULL) { decref(parent); return NULL; }
      if (r !== Py_None) return bindSubmodule(parent, fullname.slice(dot + 1), r);
      decref(r);
    }
    dirs = strList(path);
  } else {
    const p = sysGet('path');
    dirs = p === NULL ? [] : strList(p);
  }
  const leaf = fullname.slice(dot + 1);
  const found = findSource(leaf, dirs);
  if (found === null) {
    if (parent !== NULL) decref(parent);
    return importError('ModuleNotFoundError', `No module named '${fullname}'`, fullname);
  }
  if (boot.state === 0 && boot.deferred && !found[0].startsWith(libDir() + sep)) {
    boot.deferred = false;
    if (importBootstrap() < 0) {
      if (parent !== NULL) decref(parent);
      return NULL;
    }
  }
  const m = loadSourceModule(fullname, found[0], found[1]);
  if (parent === NULL) return m;
  if (m === NULL) { decref(parent); return NULL; }
  return bindSubmodule(parent, leaf, m);
}

/** Makes the native module `fullname` (in NATIVE_MODULES), registers it in sys.modules and gives it its spec. */
function importNative(fullname: string): Owned | Null {
  const mods = modulesDict();
  if (mods === NULL) return NULL;
  const m = NATIVE_MODULES.get(fullname)!();
  if (m === NULL) return NULL;
  if (dictSetItem(mods, strInternImmortal(fullname), m) < 0) { decref(m); return NULL; }
  if (importInitBuiltinModule(m) < 0) {
    const saved = errFetch();
    dictDelItem(mods, strInternImmortal(fullname));
    errSetRaised(saved);
    decref(m);
    return NULL;
  }
  if (config.verbose > 0) verboseImported(fullname, m);
  return m;
}

/** _verbose_message's `# ` line on sys.stderr (-v). */
function verboseMessage(msg: string): void {
  sysWriteStderr(`# ${msg}\n`);
}

/**
 * -v: _load_unlocked's "import 'name' # <loader repr>" for a module just loaded, its loader the one the
 * bootstrap gave it. Before the bootstrap (start-up's site, whose library modules CPython freezes) it
 * names the loader _install will give: BuiltinImporter for a native module, else FrozenImporter.
 */
function verboseImported(fullname: string, m: Borrowed): void {
  if (fullname === BOOTSTRAP) { sysWriteStderr(`import ${BOOTSTRAP} # frozen\n`); return; }
  const loader = objectLookupAttr(m, strInternImmortal('__loader__'));
  let shown = boot.state === 2 ? '' : NATIVE_MODULES.has(fullname) ? "<class '_frozen_importlib.BuiltinImporter'>" : "<class '_frozen_importlib.FrozenImporter'>";
  if (loader !== NULL) {
    if (loader !== Py_None) {
      const r = objectRepr(loader);
      if (r !== NULL) { shown = strToJS(r); decref(r); } else errClear();
    }
    decref(loader);
  } else errClear();
  sysWriteStderr(`import '${fullname}' # ${shown}\n`);
}

/** Binds submodule `m` (owned, returned) as attribute `leaf` of its parent package (owned, released). */
function bindSubmodule(parent: Owned, leaf: string, m: Owned): Owned | Null {
  const r = dictSetItem(moduleDictBorrow(parent), strInternImmortal(leaf), m);
  decref(parent);
  if (r < 0) { decref(m); return NULL; }
  return m;
}

/** resolve_name: the absolute name of a relative import of `name` at `level` from `globals`' package. */
function resolveName(name: string, globals: Borrowed, level: number): string | null {
  let pkg = dictGetItemBorrow(globals, strInternImmortal('__package__'));
  let pkgName: string;
  if (pkg !== NULL && pkg !== Py_None) {
    if (!isStr(pkg)) { errSetString(TypeError, 'package must be a string'); return null; }
    pkgName = strToJS(pkg);
  } else {
    pkg = dictGetItemBorrow(globals, strInternImmortal('__name__'));
    if (pkg === NULL || !isStr(pkg)) { errSetString(KeyError, "'__name__' not in globals"); return null; }
    pkgName = strToJS(pkg);
    if (dictGetItemBorrow(globals, strInternImmortal('__path__')) === NULL) {
      const dot = pkgName.lastIndexOf('.');
      pkgName = dot < 0 ? '' : pkgName.slice(0, dot);
    }
  }
  if (pkgName === '') {
    errSetString(exceptionTypes.get('ImportError')!, 'attempted relative import with no known parent package');
    return null;
  }
  const parts = pkgName.split('.');
  if (level - 1 > parts.length - 1 && level > 1 && parts.length < level) {
    errSetString(exceptionTypes.get('ImportError')!, 'attempted relative import beyond top-level package');
    return null;
  }
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  if (base === '') {
    errSetString(exceptionTypes.get('ImportError')!, 'attempted relative import beyond top-level package');
    return null;
  }
  return name === '' ? base : `${base}.${name}`;
}

/** IMPORT_NAME: __import__(name, globals, None, fromlist, level). */
export function importName(nameObj: Borrowed, globals: Borrowed, fromlist: Borrowed, levelObj: Borrowed): Owned | Null {
  // A replaced builtins.__import__ is honoured.
  const bi = ts.builtinsDict;
  const imp = bi !== NULL ? dictGetItemBorrow(bi, strInternImmortal('__import__')) : NULL;
  if (imp !== NULL && !isNativeImport(imp)) {
    return callImport(imp, nameObj, globals, fromlist, levelObj);
  }
  return importModuleLevel(strToJS(nameObj), globals, fromlist, intAsNumber(levelObj));
}

/** Set by the builtins module: the native __import__ (so a user replacement is detected). */
export const importHooks = { nativeImport: 0 as Borrowed | Null };

function isNativeImport(o: Borrowed): boolean {
  return importHooks.nativeImport === NULL || o === importHooks.nativeImport;
}

import { objectCallArgs } from '../objects/abstract.ts';
function callImport(imp: Borrowed, name: Borrowed, globals: Borrowed, fromlist: Borrowed, level: Borrowed): Owned | Null {
  return objectCallArgs(imp, [name, globals, Py_None, fromlist, level]);
}

/** PyImport_ImportModuleLevelObject. */
export function importModuleLevel(name: string, globals: Borrowed | Null, fromlist: Borrowed | Null, level: number): Owned | Null {
  if (level < 0) return errSetString(ValueError, 'level must be >= 0');
  let absName = name;
  if (level > 0) {
    if (globals === NULL) return errSetString(KeyError, "'__name__' not in globals");
    const r = resolveName(name, globals, level);
    if (r === null) return NULL;
    absName = r;
  } else if (name === '') {
    return errSetString(ValueError, 'Empty module name');
  }
  const mod = importAbsolute(absName);
  if (mod === NULL) return NULL;
  const hasFrom = fromlist !== NULL && fromlist !== Py_None && (isTuple(fromlist) ? tupleSize(fromlist) > 0 : isList(fromlist) ? listSize(fromlist) > 0 : true);
  if (!hasFrom) {
    if (level === 0 || name !== '') {
      // `import a.b.c` binds `a`: return the top-level package.
      const first = level === 0 ? name.split('.')[0] : absName.slice(0, absName.length - name.length) + name.split('.')[0];
      if (first !== absName) {
        decref(mod);
        return importAbsolute(first);
      }
    }
    return mod;
  }
  // `from pkg import sub`: import submodules named in the fromlist.
  const d = isModule(mod) ? moduleDictBorrow(mod) : NULL;
  if (d !== NULL && dictGetItemBorrow(d, strInternImmortal('__path__')) !== NULL) {
    const names = strList(fromlist as Borrowed);
    for (const n of names) {
      if (n === '*') {
        const all = dictGetItemBorrow(d, strInternImmortal('__all__'));
        if (all !== NULL) {
          for (const a of strList(all)) {
            if (dictGetItemBorrow(d, strInternImmortal(a)) === NULL) {
              const sub = importAbsolute(`${absName}.${a}`);
              if (sub === NULL) { decref(mod); return NULL; }
              decref(sub);
            }
          }
        }
        continue;
      }
      if (dictGetItemBorrow(d, strInternImmortal(n)) === NULL) {
        const sub = importAbsolute(`${absName}.${n}`);
        if (sub === NULL) {
          if (errExceptionMatches(exceptionTypes.get('ModuleNotFoundError')!)) {
            errClear();
            continue;
          }
          decref(mod);
          return NULL;
        }
        decref(sub);
      }
    }
  }
  return mod;
}

/** IMPORT_FROM: getattr(module, name), falling back to sys.modules['pkg.name']. */
export function importFrom(mod: Borrowed, name: Borrowed): Owned | Null {
  const r = objectGetAttr(mod, name);
  if (r !== NULL) return r;
  if (!errExceptionMatches(AttributeError)) return NULL;
  errClear();
  const pkgName = objectGetAttr(mod, strInternImmortal('__name__'));
  let pkg = '';
  if (pkgName !== NULL) { if (isStr(pkgName)) pkg = strToJS(pkgName); decref(pkgName); } else errClear();
  if (pkg !== '') {
    const mods = sysGet('modules');
    if (mods !== NULL) {
      const sub = dictGetItemBorrow(mods, strInternImmortal(`${pkg}.${strToJS(name)}`));
      if (sub !== NULL) { incref(sub); return sub as Owned; }
    }
  }
  // import_from's error: the module's __file__ as `path`, the name as `name_from`, and a module still
  // running its body (spec._initializing) called partially initialized.
  const d = isModule(mod) ? moduleDictBorrow(mod) : NULL;
  const file = d !== NULL ? dictGetItemBorrow(d, strInternImmortal('__file__')) : NULL;
  const hasFile = file !== NULL && isStr(file);
  const shown = pkg === '' ? '<unknown module name>' : pkg;
  let msg: string;
  if (!hasFile) msg = `cannot import name '${strToJS(name)}' from '${shown}' (unknown location)`;
  else {
    const how = specInitializing(d as Borrowed) ? `partially initialized module '${shown}' (most likely due to a circular import)` : `'${shown}'`;
    msg = `cannot import name '${strToJS(name)}' from ${how} (${strToJS(file)})`;
  }
  errSetString(exceptionTypes.get('ImportError')!, msg);
  const exc = errFetch();
  if (exc === NULL) return NULL;
  const pn = pkg === '' ? NULL : strFromJS(pkg);
  const attrs: Array<[string, Borrowed | Null]> = [['name', pn], ['path', hasFile ? file : NULL], ['name_from', name]];
  for (const [k, v] of attrs) if (v !== NULL && objectSetAttr(exc, strInternImmortal(k), v) < 0) errClear();
  if (pn !== NULL) decref(pn);
  errSetRaised(exc);
  return NULL;
}

/** _PyModuleSpec_IsInitializing: the module's __spec__._initializing is true (errors cleared). */
function specInitializing(d: Borrowed): boolean {
  const spec = dictGetItemBorrow(d, strInternImmortal('__spec__'));
  if (spec === NULL || spec === Py_None) return false;
  const v = objectLookupAttr(spec, strInternImmortal('_initializing'));
  if (v === NULL) { errClear(); return false; }
  const t = objectIsTrue(v);
  decref(v);
  if (t < 0) errClear();
  return t === 1;
}

/** Raises ImportError/ModuleNotFoundError with its `name` attribute set (as the import system does). */
function importError(type: string, msg: string, name: string): Null {
  errSetString(exceptionTypes.get(type)!, msg);
  const exc = errFetch();
  if (exc === NULL) return NULL;
  const n = strFromJS(name);
  if (n !== NULL) {
    if (importErrorSetName(exc, n) < 0) errClear();
    decref(n);
  } else errClear();
  errSetRaised(exc);
  return NULL;
}

/** import_all_from: `from m import *` into `locals`. 0 / -1. */
export function importStar(mod: Borrowed, locals: Borrowed): number {
  let all = objectGetAttr(mod, strInternImmortal('__all__'));
  let skipUnderscore = false;
  if (all === NULL) {
    if (!errExceptionMatches(AttributeError)) return -1;
    errClear();
    const d = objectGetAttr(mod, strInternImmortal('__dict__'));
    if (d === NULL) {
      if (errExceptionMatches(AttributeError)) {
        errClear();
        errSetString(exceptionTypes.get('ImportError')!, 'from-import-* object has no __dict__ and no __all__');
      }
      return -1;
    }
    if (!isDict(d)) { decref(d); errSetString(TypeError, 'module __dict__ is not a dict'); return -1; }
    const l = listNew(0);
    if (l === NULL) { decref(d); return -1; }
    const pos = new Int32Array(1), kv = new Int32Array(2);
    for (let n = dictSize(d); n > 0 && dictNext(d, pos, kv); n--) listAppend(l, kv[0] as Borrowed);
    decref(d);
    all = l;
    skipUnderscore = true;
  }
  const it = objectGetIter(all);
  decref(all);
  if (it === NULL) return -1;
  for (;;) {
    const name = iterNext(it);
    if (name === NULL) break;
    if (!isStr(name)) {
      decref(name);
      decref(it);
      errSetString(TypeError, `${skipUnderscore ? 'Key in __dict__' : 'Item in __all__'} must be str, not ${'int'}`);
      return -1;
    }
    if (skipUnderscore && strToJS(name).startsWith('_')) { decref(name); continue; }
    const v = objectGetAttr(mod, name);
    if (v === NULL) { decref(name); decref(it); return -1; }
    const r = isDict(locals) ? dictSetItem(locals, name, v) : objectSetItemAny(locals, name, v);
    decref(name);
    decref(v);
    if (r < 0) { decref(it); return -1; }
  }
  decref(it);
  return errOccurred() !== NULL ? -1 : 0;
}

import { objectSetItem } from '../objects/abstract.ts';
function objectSetItemAny(o: Borrowed, k: Borrowed, v: Borrowed): number {
  return objectSetItem(o, k, v);
}

void objectGetItem;
