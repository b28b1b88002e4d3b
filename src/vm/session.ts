// An interpreter session: start a runtime, set up builtins, sys and __main__, run the code, print an
// uncaught exception like CPython, run the shutdown steps, and account for leaked blocks.
// Mirrors Modules/main.c (pymain_run_python, pymain_run_file/command/module), Python/pythonrun.c
// (_PyRun_SimpleFileObject, PyErr_Print's SystemExit handling and sys.last_*) and Python/pylifecycle.c
// (Py_FinalizeEx: atexit, then finalize_modules, in CPython 3.12's order; docs/internals/gc.md).
// Invariants: after runProgram returns, the runtime is shut down; leakedBlocks counts the mortal
// blocks still allocated then (0 for a program without reference cycles).

import { warmUpOnce } from './warmup.ts';
import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { decref, incref, newRef, rc } from '../heap/refcount.ts';
import { allocCurrent } from '../heap/alloc.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { runtimeStart, runtimeShutdown, type Runtime } from './runtime.ts';
import { errFetch, errSetRaised, tstate } from '../objects/errors.ts';
import { exceptionTypes, EXC_ARGS } from '../objects/exceptions.ts';
import { typeOf, typeIsSubtype, typeWriteUnraisable } from '../objects/type.ts';
import { gcCollectNoFail, gcCollectWithCallback, gcReleaseLists, gcState } from '../gc/gc.ts';
import { objectGetAttrJS } from '../objects/object.ts';
import { strInternImmortal, strToJS, isStr } from '../objects/str.ts';
import {
  dictNew,
  dictGetItemBorrow, dictSetItem, dictDelItem, dictNext, dictClear, dictCopy, dictUpdate, isDict,
} from '../objects/dict.ts';
import { tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { isInt, intAsNumber } from '../objects/int.ts';
import { Py_None } from '../objects/none.ts';
import { objectStr } from '../objects/object.ts';
import { moduleNew, moduleDictBorrow, isModule, moduleOrphanDictsTake } from '../objects/module.ts';
import { weakrefNewRef, weakrefGetObjectBorrow } from '../objects/weakref.ts';
import { sysModuleNew, sysDisplayUncaught, sysFlushStdFiles, sysWriteStderr, type SysFlags } from '../modules/sys.ts';
import { config, configSet } from '../support/config.ts';
import './warn.ts'; // installs configHooks.warn (BytesWarning from objects/bytes.ts)
import { intMaxStrDigitsSet } from '../objects/int.ts';
import { atexitCallFuncs } from '../modules/atexit.ts';
import { tracemallocStart } from '../modules/_tracemalloc.ts';
import { ts } from './state.ts';
import { libDir, executablePath } from './libdir.ts';
import { stdio, type StdIO } from './io.ts';
import { compileHook, execCodeInModule, importAtStartup, importFindModuleFile, importSessionStart, importSetMainLoader, importSetMainSpec } from './import.ts';
import { codeArenaBegin, codeArenaEnd, codeArenaRelease } from '../objects/code.ts';
import { ioSetCwd } from './io.ts';
import { isList, listSize, listSetItemSteal, listInsert } from '../objects/list.ts';
import { formatException } from './traceback.ts';
import { builtinsHooks } from './builtins-hook.ts';
import { genAsyncHooksClear } from '../objects/gen.ts';
import { traceSet, profileSet, traceCacheClear, traceStartupPhase } from './trace.ts';

/**
 * How a program runs: the sys.flags the command line and environment set (SysFlags: -B -b -d -E -I -i
 * -O -P -q -S -s -v, -X dev, -X utf8, -X warn_default_encoding) and the rest.
 */
export interface ProgramOptions extends SysFlags {
  immortal?: boolean;
  hashSeed?: string | number;
  argv?: string[];
  heapSize?: number;
  cwd?: string;
  stdin?: string;
  stats?: boolean;
  /** -X gc_stress: a collection at every eval-breaker check after a GC allocation (gcState.stress). */
  gcStress?: boolean;
  /** -X tracemalloc[=N] / PYTHONTRACEMALLOC=N: trace allocations from start-up, N frames (1..65535) per traceback. */
  tracemalloc?: number;
  /** PYTHONPATH's folders (absolute): sys.path after sys.path[0], before the library. */
  pythonPath?: string[];
  /**
   * PYTHONWARNINGS's then -W's options: sys.warnoptions (after 'default' for -X dev, before
   * BytesWarning's for -b), applied by importing warnings at start-up.
   */
  warnOptions?: string[];
  /** -X options in command-line order (sys._xoptions), ours (immortal=0, heap=...) included. */
  xoptions?: ReadonlyArray<readonly [string, string | true]>;
  /** -X int_max_str_digits=N / PYTHONINTMAXSTRDIGITS: the limit at start-up (else 4300). */
  intMaxStrDigits?: number;
  /** -X pycache_prefix=PATH / PYTHONPYCACHEPREFIX: sys.pycache_prefix. */
  pycachePrefix?: string;
  /**
   * The error handler of sys.stdin and sys.stdout (config_init_stdio_encoding; the command line works
   * it out from PYTHONIOENCODING, UTF-8 mode and the locale); 'strict' when not given.
   */
  stdioErrors?: string;
  /** -X no_debug_ranges / PYTHONNODEBUGRANGES: no column positions in code objects. */
  noDebugRanges?: boolean;
  /** -X importtime / PYTHONPROFILEIMPORTTIME: each import's time to stderr. */
  importTime?: boolean;
  /** -x: the script file's first line is skipped (its line break kept, so line numbers stay). */
  skipFirstLine?: boolean;
  /** Write the version banner to stderr after start-up (pymain_header: -v, or the REPL), unless -q. */
  banner?: boolean;
}

export interface ProgramResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  leakedBlocks: number;
}

/** What to run: a file, a command string (-c), or a module (-m). */
export type ProgramSource =
  | { kind: 'file'; path: string; text?: string | Uint8Array }
  | { kind: 'command'; code: string }
  | { kind: 'module'; name: string }
  | { kind: 'stdin'; text: string };

/** An interpreter session: runtime + builtins + sys + __main__. */
export class Session {
  readonly rt: Runtime;
  main: Owned | Null = NULL;
  sys: Owned | Null = NULL;
  builtins: Owned | Null = NULL;
  /** interp->builtins_copy: the builtins as start-up made them, restored at shutdown. */
  builtinsCopy: Owned | Null = NULL;
  /** Set once SystemExit reached the top: the REPL stops, with exitCode. */
  exited = false;
  exitCode = 0;

  /** -x: runIn skips the first line of a script file. */
  readonly skipFirstLine: boolean;

  /** The process environment when the session began: os.putenv changes end with the session, as with a process. */
  private readonly envAtStart: Record<string, string | undefined> = { ...process.env };

  constructor(options: ProgramOptions, argv: string[], path0: string) {
    this.rt = runtimeStart({ heapSize: options.heapSize, immortal: options.immortal, hashSeed: options.hashSeed, stats: options.stats });
    gcState.stress = options.gcStress === true;
    this.skipFirstLine = options.skipFirstLine === true;
    // Before builtins (whose __debug__ is `not -O`) and sys (sys.flags.int_max_str_digits).
    configSet({
      optimize: options.optimize, bytesWarning: options.bytesWarning, verbose: options.verbose,
      noDebugRanges: options.noDebugRanges, importTime: options.importTime,
    });
    if (options.intMaxStrDigits !== undefined) intMaxStrDigitsSet(options.intMaxStrDigits);
    const b = builtinsHooks.create();
    if (b === NULL) throw new Error(`failed to create the builtins module: ${describePending()}`);
    this.builtins = b;
    ts.builtinsDict = moduleDictBorrow(b);
    // config_init_warnoptions: -X dev's 'default' first, then PYTHONWARNINGS and -W, then -b's (the
    // warnings module applies them in order, each in front of the last).
    const bytesWarning = options.bytesWarning ?? 0;
    const warnOptions = [...options.devMode === true ? ['default'] : [], ...options.warnOptions ?? [],
      ...bytesWarning > 0 ? [bytesWarning > 1 ? 'error::BytesWarning' : 'default::BytesWarning'] : []];
    const sys = sysModuleNew({
      argv, path: [...options.pythonPath ?? [], libDir()], executable: executablePath(), flags: options, warnOptions,
      xoptions: options.xoptions, pycachePrefix: options.pycachePrefix, stdioErrors: options.stdioErrors,
    });
    if (sys === NULL) throw new Error(`failed to create the sys module: ${describePending()}`);
    this.sys = sys;
    const mods = dictGetItemBorrow(moduleDictBorrow(sys), strInternImmortal('modules')) as Borrowed;
    if (dictSetItem(mods, strInternImmortal('builtins'), b) < 0) throw new Error('sys.modules');
    const main = moduleNew('__main__');
    if (main === NULL) throw new Error('__main__');
    this.main = main;
    const d = moduleDictBorrow(main);
    // add_main_module: __main__ starts with an empty __annotations__, then __builtins__.
    const ann = dictNew();
    if (ann === NULL || dictSetItem(d, strInternImmortal('__annotations__'), ann) < 0) throw new Error('__main__.__annotations__');
    decref(ann);
    dictSetItem(d, strInternImmortal('__builtins__'), b);
    dictSetItem(mods, strInternImmortal('__main__'), main);
    const copy = dictCopy(moduleDictBorrow(b));
    if (copy === NULL) throw new Error(`failed to copy builtins: ${describePending()}`);
    for (const name of BUILTINS_ADDED_LATER) {
      if (dictDelItem(copy, strInternImmortal(name)) < 0) errFetchDrop();
    }
    this.builtinsCopy = copy;
    importSessionStart();
    // init_interp_main starts tracemalloc before `import site` and the program.
    if (options.tracemalloc !== undefined && options.tracemalloc > 0 && tracemallocStart(options.tracemalloc) < 0) {
      throw new Error(`can't start tracemalloc: ${describePending()}`);
    }
    // init_interp_main: -W options take effect at start-up (warnings reads sys.warnoptions), before site.
    if (warnOptions.length > 0) this.importAtStart('warnings');
    if (options.noSite !== true) this.importAtStart('site');
    // pymain_header, after start-up's imports: the copyright line only when site was imported.
    if (options.banner === true && options.quiet !== true) {
      stdio.writeErr(`Python 3.12.1 (immortal) on ${process.platform}\n`);
      if (options.noSite !== true) stdio.writeErr('Type "help", "copyright", "credits" or "license" for more information.\n');
    }
    // pymain_run_python: sys.path[0] (the script's folder, or the working one) comes after site, so a
    // sitecustomize there is not imported; -P and -I leave it out.
    if (options.safePath === true) return;
    const path = dictGetItemBorrow(moduleDictBorrow(sys), strInternImmortal('path'));
    const first = strFromJSOwned(path0);
    if (path === NULL || !isList(path) || first === NULL || listInsert(path, 0, first) < 0) {
      throw new Error(`failed to set sys.path[0]: ${describePending()}`);
    }
    decref(first);
  }

  /**
   * init_import_site: `import site` (`name`; also warnings for -W options), which binds
   * exit/quit/help/copyright/credits/license in builtins and adds the site-packages folders to sys.path. CPython stops with a fatal error when that fails;
   * here the traceback is printed and the program still runs. A runtime loaded without the compiler
   * (it runs compiled code only) imports no Python source, so it has no site either. The import
   * machinery stays unloaded (importAtStartup) and frames run in the loop meanwhile (traceStartupPhase):
   * a program that imports nothing pays only for site's own modules.
   */
  private importAtStart(name: string): void {
    if (compileHook.compile === null) return;
    traceStartupPhase(true);
    let m: Owned | Null;
    try {
      m = importAtStartup(name);
    } finally {
      traceStartupPhase(false);
    }
    if (m !== NULL) { decref(m); return; }
    const exc = errFetch();
    if (exc === NULL) return;
    sysDisplayUncaught(exc);
    decref(exc);
  }

  /** Runs source text as __main__; returns the exit code (an uncaught exception is printed). */
  runSource(text: string | Uint8Array, filename: string, mode: 'exec' | 'single' = 'exec', asScript = true): number {
    const compile = compileHook.compile;
    if (compile === null) throw new Error('no compiler installed (import src/vm/program.ts)');
    const d = moduleDictBorrow(this.main as Borrowed);
    // _PyRun_SimpleFileObject: a script gets __file__ and __cached__ (None) while it runs, unless
    // __file__ is there already; they are deleted afterwards (not after SystemExit, which exits).
    // runpy (-m) sets them for good.
    let setFileName = false;
    if (filename !== '<string>' && filename !== '<stdin>' && dictGetItemBorrow(d, strInternImmortal('__file__')) === NULL) {
      const f = strFromJSOwned(filename);
      if (f !== NULL) {
        dictSetItem(d, strInternImmortal('__file__'), f);
        decref(f);
        dictSetItem(d, strInternImmortal('__cached__'), Py_None);
        setFileName = asScript;
        if (asScript && importSetMainLoader(this.main as Borrowed, filename) < 0) errFetchDrop();
      }
    }
    let status = 0;
    codeArenaBegin();
    const code = compile(text, filename, mode);
    const arena = codeArenaEnd();
    if (code === NULL || execCodeInModule(code, this.main as Borrowed) < 0) status = this.handleUncaught();
    codeArenaRelease(arena);
    if (setFileName && !this.exited) {
      if (dictDelItem(d, strInternImmortal('__file__')) < 0) errFetchDrop();
      if (dictDelItem(d, strInternImmortal('__cached__')) < 0) errFetchDrop();
    }
    return status;
  }

  /** Runs a module by name as __main__ (python -m). */
  runModule(name: string): number {
    // Like runpy._run_module_as_main: find the file, then run it as __main__ (sys.argv[0] = its path).
    const file = importFindModuleFile(name);
    if (file === null) {
      const e = errFetch();
      if (e !== NULL) {
        // CPython reports a module it cannot find without a traceback: "python3: No module named x".
        const line = formatException(e).trim().split('\n').pop() ?? '';
        stdio.writeErr(`immortal: ${line.replace(/^[A-Za-z]*Error: /, '')}\n`);
        decref(e);
      }
      return 1;
    }
    const argv = dictGetItemBorrow(moduleDictBorrow(this.sys as Borrowed), strInternImmortal('argv'));
    const f = strFromJSOwned(file);
    if (argv !== NULL && f !== NULL && isList(argv) && listSize(argv) > 0) listSetItemSteal(argv, 0, f);
    else if (f !== NULL) decref(f);
    let text: Uint8Array;
    try { text = readFileSync(file); } catch {
      stdio.writeErr(`immortal: can't open file '${file}'\n`);
      return 2;
    }
    // A package runs its __main__ submodule; __package__ and __spec__ name what runs (runpy).
    const modName = basename(file) === '__main__.py' && !name.endsWith('__main__') ? `${name}.__main__` : name;
    if (importSetMainSpec(this.main as Borrowed, modName, file) < 0) return this.handleUncaught();
    return this.runSource(text, file, 'exec', false);
  }

  /** Runs a file, command, module or stdin text in this session; returns the exit status. */
  runAny(src: ProgramSource): number {
    return runIn(this, src);
  }

  /** PyErr_Print for an uncaught exception: SystemExit gives its code; anything else prints a traceback (exit 1). */
  handleUncaught(): number {
    const exc = errFetch();
    if (exc === NULL) return 1;
    const t = typeOf(exc);
    const sysExit = exceptionTypes.get('SystemExit')!;
    if (t === sysExit || typeIsSubtype(t, sysExit)) {
      const code = systemExitCode(exc);
      decref(exc);
      this.exited = true;
      this.exitCode = code;
      return code;
    }
    // _PyErr_PrintEx(set_sys_last_vars=1): the exception stays reachable from sys until shutdown.
    if (this.sys !== NULL) {
      const sysd = moduleDictBorrow(this.sys);
      const tb = objectGetAttrJS(exc, '__traceback__');
      if (tb === NULL) errFetchDrop();
      for (const [name, v] of [['last_exc', exc], ['last_type', t], ['last_value', exc], ['last_traceback', tb === NULL ? Py_None : tb]] as const) {
        if (dictSetItem(sysd, strInternImmortal(name), v as Borrowed) < 0) errFetchDrop();
      }
      if (tb !== NULL) decref(tb);
    }
    sysDisplayUncaught(exc); // through sys.excepthook (G2)
    decref(exc);
    const ki = exceptionTypes.get('KeyboardInterrupt')!;
    if (t === ki || typeIsSubtype(t, ki)) return 130;
    return 1;
  }

  /**
   * Py_FinalizeEx in CPython 3.12's order: atexit callbacks, a collection, then finalize_modules
   * (special sys/builtins names, sys.modules emptied keeping weak references to the modules, builtins
   * restored, a collection, the modules still alive wiped newest first, then sys and builtins), and
   * what finalize_interp_clear releases. Returns the mortal blocks still allocated (leaks).
   */
  shutdown(): number {
    // _PyRun_SimpleFileObject has dropped its reference to __main__ by the time Py_FinalizeEx runs.
    if (this.main !== NULL) { decref(this.main); this.main = NULL; }
    releaseOrphanDicts();
    atexitCallFuncs();
    // PyGC_Collect: only when the collector is enabled, with gc.callbacks (finalizers run here while
    // every module is intact).
    if (gcState.enabled) gcCollectWithCallback(2);
    releaseOrphanDicts();
    this.finalizeModules();
    // PyThreadState_Clear drops the async generator hooks and the trace and profile functions before
    // the last collections.
    genAsyncHooksClear();
    traceSet(NULL);
    profileSet(NULL);
    traceCacheClear();
    // finalize_interp_clear: gc.garbage and gc.callbacks go after the last collection, then the sys
    // and builtins dicts (their values are None by now, so anything printed meanwhile is dropped).
    gcCollectNoFail();
    gcReleaseLists();
    collectUntilQuiet();
    if (this.builtinsCopy !== NULL) { decref(this.builtinsCopy); this.builtinsCopy = NULL; }
    const sysd = this.sys !== NULL ? moduleDictBorrow(this.sys) : NULL;
    const bd = this.builtins !== NULL ? moduleDictBorrow(this.builtins) : NULL;
    if (sysd !== NULL) dictClear(sysd);
    if (bd !== NULL) dictClear(bd);
    ts.builtinsDict = NULL;
    ts.sysDict = NULL;
    if (this.sys !== NULL) { decref(this.sys); this.sys = NULL; }
    if (this.builtins !== NULL) { decref(this.builtins); this.builtins = NULL; }
    collectUntilQuiet();
    const report = runtimeShutdown(this.rt);
    restoreEnvironment(this.envAtStart);
    configSet({});
    return report.liveBlocks;
  }

  /** finalize_modules (Python/pylifecycle.c), step by step. */
  private finalizeModules(): void {
    const sysd = this.sys !== NULL ? moduleDictBorrow(this.sys) : NULL;
    const bd = this.builtins !== NULL ? moduleDictBorrow(this.builtins) : NULL;
    if (sysd === NULL || bd === NULL) return;
    // _PyImport_FiniExternal, then finalize_modules_delete_special: names where user values often
    // hide are set to None first, and the standard streams are put back. Under -v each step is told
    // on stderr, as CPython tells it.
    const say = config.verbose > 0 ? (line: string): void => sysWriteStderr(`# ${line}\n`) : null;
    for (const name of SYS_CLEARED_FIRST) { say?.(`clear sys.${name}`); setNone(sysd, name); }
    say?.('clear builtins._');
    setNone(bd, '_');
    for (const name of SYS_DELETES) { say?.(`clear sys.${name}`); setNone(sysd, name); }
    for (const name of ['stdin', 'stdout', 'stderr']) {
      say?.(`restore sys.${name}`);
      const orig = dictGetItemBorrow(sysd, strInternImmortal(`__${name}__`));
      if (dictSetItem(sysd, strInternImmortal(name), orig === NULL ? Py_None : orig) < 0) writeUnraisable();
      releaseOrphanDicts();
    }
    // finalize_remove_modules: every module in sys.modules becomes None there (in insertion order), a
    // weak reference remembering it; a module nothing else holds dies at once.
    const weaklist: { name: Owned; ref: Owned }[] = [];
    const mods = dictGetItemBorrow(sysd, strInternImmortal('modules'));
    if (mods !== NULL && isDict(mods)) {
      incref(mods);
      const pos = new Int32Array(1), kv = new Int32Array(2);
      while (dictNext(mods, pos, kv)) {
        const name = kv[0] as Borrowed, mod = kv[1] as Borrowed;
        if (!isModule(mod)) continue;
        if (say !== null && isStr(name)) say(`cleanup[2] removing ${strToJS(name)}`);
        incref(name);
        const ref = weakrefNewRef(mod, NULL);
        if (ref === NULL) writeUnraisable();
        else weaklist.push({ name: newRef(name), ref });
        if (dictSetItem(mods, name, Py_None) < 0) writeUnraisable();
        decref(name);
        releaseOrphanDicts();
      }
      // finalize_clear_modules_dict: other values (not modules) go now.
      dictClear(mods);
      decref(mods);
      releaseOrphanDicts();
    }
    // finalize_restore_builtins: builtins as they were at start-up; values the program added go.
    if (this.builtinsCopy !== NULL) {
      const added = dictCopy(bd);
      if (added === NULL) writeUnraisable();
      dictClear(bd);
      if (dictUpdate(bd, this.builtinsCopy) < 0) writeUnraisable();
      if (added !== NULL) decref(added);
      releaseOrphanDicts();
    }
    gcCollectNoFail();
    releaseOrphanDicts();
    // finalize_modules_clear_weaklist: the modules still alive, last imported first.
    for (let i = weaklist.length - 1; i >= 0; i--) {
      const mod = weakrefGetObjectBorrow(weaklist[i].ref);
      if (mod === NULL) continue;
      incref(mod);
      const d = moduleDictBorrow(mod);
      if (d !== NULL && d !== bd && d !== sysd) {
        if (say !== null && isStr(weaklist[i].name)) say(`cleanup[3] wiping ${strToJS(weaklist[i].name)}`);
        moduleClearDict(d);
      }
      decref(mod);
      releaseOrphanDicts();
    }
    for (const { name, ref } of weaklist) { decref(name); decref(ref); }
    // finalize_clear_sys_builtins_dict.
    say?.('cleanup[3] wiping sys');
    moduleClearDict(sysd);
    say?.('cleanup[3] wiping builtins');
    moduleClearDict(bd);
    releaseOrphanDicts();
    gcCollectNoFail();
    releaseOrphanDicts();
  }
}

/** Cleared by _PyImport_FiniExternal before finalize_modules. */
const SYS_CLEARED_FIRST = ['path_importer_cache', 'path_hooks'];
/** finalize_modules_delete_special's sys names (3.12 order; path_hooks and path_importer_cache went first). */
const SYS_DELETES = [
  'path', 'argv', 'ps1', 'ps2', 'last_exc', 'last_type', 'last_value', 'last_traceback', '__interactivehook__', 'meta_path',
];
/** Names CPython puts into builtins after it copies them at start-up (site, io): not restored at exit. */
const BUILTINS_ADDED_LATER = ['open', 'exit', 'quit', 'help', 'copyright', 'credits', 'license'];

/** PyDict_SetItemString(d, name, None), reporting a failure as unraisable. */
function setNone(d: Borrowed, name: string): void {
  if (dictSetItem(d, strInternImmortal(name), Py_None) < 0) writeUnraisable();
  releaseOrphanDicts();
}

/** PyErr_WriteUnraisable(NULL) for a failing shutdown step. */
function writeUnraisable(): void {
  typeWriteUnraisable(Py_None, 'Exception ignored in');
}

/**
 * Drops the dicts that dying modules handed to objects/module.ts (it keeps the dict of a freed module
 * when something else still holds it). CPython's module_dealloc just decrefs md_dict; releasing them
 * after every step of the shutdown gives the same lifetimes as far as Python code can see.
 */
function releaseOrphanDicts(): void {
  for (let orphans = moduleOrphanDictsTake(); orphans.length > 0; orphans = moduleOrphanDictsTake()) {
    for (const d of orphans) decref(d);
  }
}

/** Full collections until one finds nothing (finalizers and tp_clear can expose more garbage). */
function collectUntilQuiet(): void {
  releaseOrphanDicts();
  for (let i = 0; i < 8 && gcCollectNoFail() > 0; i++) releaseOrphanDicts();
  releaseOrphanDicts();
}

/**
 * _PyModule_ClearDict: names starting with a single underscore become None first, then every other
 * name but __builtins__ (kept so that destructors still find builtins). Keys that are not str stay.
 */
function moduleClearDict(d: Borrowed): void {
  incref(d);
  for (let pass = 0; pass < 2; pass++) {
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(d, pos, kv)) {
      const key = kv[0] as Borrowed;
      if (kv[1] === Py_None || !isStr(key)) continue;
      const name = strToJS(key);
      const clear = pass === 0 ? name[0] === '_' && name[1] !== '_' : name !== '__builtins__';
      if (!clear) continue;
      incref(key);
      if (dictSetItem(d, key, Py_None) < 0) writeUnraisable();
      decref(key);
    }
  }
  decref(d);
}

function errFetchDrop(): void {
  const e = errFetch();
  if (e !== NULL) decref(e);
}

import { strFromJS } from '../objects/str.ts';
function strFromJSOwned(s: string): Owned | Null {
  return strFromJS(s);
}

/** The exit status SystemExit carries: None -> 0, int -> it, anything else printed to stderr -> 1. */
function systemExitCode(exc: Borrowed): number {
  const args = i32At(exc + EXC_ARGS);
  let code: Borrowed = Py_None;
  if (args !== 0) {
    const n = tupleSize(args as Borrowed);
    if (n === 1) code = tupleGetItemBorrow(args as Borrowed, 0);
    else if (n > 1) code = args as Borrowed;
  }
  if (code === Py_None) return 0;
  if (isInt(code)) {
    const v = intAsNumber(code);
    if (v === -1 && tstate.exc !== NULL) { errFetchDrop(); return 1; }
    return v & 0xff;
  }
  const s = objectStr(code);
  if (s !== NULL) {
    stdio.writeErr(strToJS(s) + '\n');
    decref(s);
  } else errFetchDrop();
  return 1;
}

import { i32 } from '../heap/views.ts';
function i32At(addr: number): number {
  return i32[addr >> 2];
}

function describePending(): string {
  const e = errFetch();
  if (e === NULL) return 'unknown error';
  const s = objectStr(e);
  let msg = '?';
  if (s !== NULL) { msg = strToJS(s); decref(s); }
  decref(e);
  return msg;
}

/** Puts the environment back as it was (sessions run one after another in one thread share process.env). */
function restoreEnvironment(saved: Record<string, string | undefined>): void {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  for (const [k, v] of Object.entries(saved)) if (v !== undefined && process.env[k] !== v) process.env[k] = v;
}

/**
 * The program as it runs from `cwd`, and its sys.path[0]. CPython 3.12 runs a script under its
 * absolute path (the working directory joined to it as given, not normalized: `./a.py` is `/cwd/./a.py`)
 * for __file__, tracebacks and "can't open file"; sys.path[0] is then the directory of its real path
 * (symbolic links resolved). -m gets the working folder; -c, stdin and the REPL get '' (the working
 * folder, whatever it is when an import looks).
 */
export function programPath0(src: ProgramSource | null, cwd: string): { src: ProgramSource | null; path0: string } {
  if (src?.kind === 'module') return { src, path0: resolve(cwd) };
  if (src?.kind !== 'file') return { src, path0: '' };
  if (!isAbsolute(src.path)) src = { ...src, path: cwd + (cwd.endsWith('/') ? '' : '/') + src.path };
  try {
    return { src, path0: dirname(realpathSync(src.path)) };
  } catch {
    return { src, path0: dirname(resolve(src.path)) }; // missing: reported when read
  }
}

/** Runs one program source to completion in a fresh runtime. */
export function runSourceProgram(program: ProgramSource, options: ProgramOptions, argv: string[], io: StdIO): { exitCode: number; leakedBlocks: number } {
  void io;
  const cwd = options.cwd ?? process.cwd();
  const where = programPath0(program, cwd);
  const src = where.src!, path0 = where.path0;
  ioSetCwd(cwd);
  const s = new Session(options, argv, path0);
  warmUpOnce(rc.counting);
  let exitCode: number;
  try {
    exitCode = runIn(s, src);
  } catch (e) {
    if (e instanceof RangeError) {
      // Last resort: a JS stack overflow that escaped every check becomes a RecursionError report, and
      // a JS string or array too long for V8 (a size no check refused first) a MemoryError report.
      const stack = /call stack/i.test(e.message);
      stdio.writeErr(stack ? 'RecursionError: maximum recursion depth exceeded\n' : 'MemoryError\n');
      exitCode = 1;
    } else {
      throw e;
    }
  }
  if (!sysFlushStdFiles()) exitCode = 120; // stdout's pipe broke with output pending (G2)
  const leaked = s.shutdown();
  return { exitCode, leakedBlocks: leaked };
}

/**
 * -x: the text of a script without its first line. pymain_run_file skips to the first line break and
 * keeps it, so tracebacks still give the file's own line numbers; a file of one line runs nothing.
 */
function withoutFirstLine(text: string | Uint8Array): string | Uint8Array {
  if (typeof text === 'string') {
    const nl = text.indexOf('\n');
    return nl < 0 ? '' : text.slice(nl);
  }
  const nl = text.indexOf(0x0a);
  return nl < 0 ? text.subarray(text.length) : text.subarray(nl);
}

function runIn(s: Session, src: ProgramSource): number {
  switch (src.kind) {
    case 'file': {
      let text: string | Uint8Array;
      try { text = src.text ?? readFileSync(src.path); } catch (e) {
        const err = e as NodeJS.ErrnoException;
        stdio.writeErr(`immortal: can't open file '${src.path}': [Errno 2] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}\n`);
        return 2;
      }
      if (s.skipFirstLine) text = withoutFirstLine(text);
      return s.runSource(text, src.path);
    }
    case 'command': return s.runSource(src.code, '<string>');
    case 'stdin': return s.runSource(src.text, '<stdin>');
    case 'module': return s.runModule(src.name);
  }
}

export { allocCurrent, isStr, errSetRaised };
