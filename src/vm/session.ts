// An interpreter session: start a runtime, set up builtins, sys and __main__, run the code, print an
// uncaught exception like CPython, run the shutdown steps, and account for leaked blocks.
// Mirrors Modules/main.c (pymain_run_python, pymain_run_file/command/module), Python/pythonrun.c
// (_PyRun_SimpleFileObject, PyErr_Print's SystemExit handling) and Py_FinalizeEx's module clearing.
// Invariants: after runProgram returns, the runtime is shut down; leakedBlocks counts the mortal
// blocks still allocated then (0 for a program without reference cycles).

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decref, incref } from '../heap/refcount.ts';
import { allocCurrent } from '../heap/alloc.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { runtimeStart, runtimeShutdown, type Runtime } from './runtime.ts';
import { errFetch, errSetRaised, tstate } from '../objects/errors.ts';
import { exceptionTypes, EXC_ARGS } from '../objects/exceptions.ts';
import { typeOf, typeIsSubtype } from '../objects/type.ts';
import { gcCollectNoFail, gcState } from '../gc/gc.ts';
import { errClear } from '../objects/errors.ts';
import { objectGetAttrJS } from '../objects/object.ts';
import { callMethod } from '../objects/abstract.ts';
import { typeWriteUnraisable } from '../objects/type.ts';
import { strInternImmortal, strToJS, isStr } from '../objects/str.ts';
import { dictGetItemBorrow, dictSetItem, dictNext, dictSize, dictClear, isDict } from '../objects/dict.ts';
import { tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { isInt, intAsNumber } from '../objects/int.ts';
import { Py_None } from '../objects/none.ts';
import { objectStr } from '../objects/object.ts';
import { moduleNew, moduleDictBorrow, isModule, moduleLiveList, moduleOrphanDictsTake } from '../objects/module.ts';
import { sysModuleNew, sysDisplayUncaught, sysFlushStdFiles } from '../modules/sys.ts';
import { ts } from './state.ts';
import { libDir } from './libdir.ts';
import { stdio, type StdIO } from './io.ts';
import { compileHook, execCodeInModule, importFindModuleFile } from './import.ts';
import { ioSetCwd } from './io.ts';
import { isList, listSize, listSetItemSteal } from '../objects/list.ts';
import { formatException } from './traceback.ts';
import { builtinsHooks } from './builtins-hook.ts';

export interface ProgramOptions {
  immortal?: boolean;
  hashSeed?: string | number;
  argv?: string[];
  heapSize?: number;
  cwd?: string;
  stdin?: string;
  stats?: boolean;
  /** -X gc_stress: a collection at every eval-breaker check after a GC allocation (gcState.stress). */
  gcStress?: boolean;
  /** -B / PYTHONDONTWRITEBYTECODE: don't write __pycache__ files (sys.dont_write_bytecode). */
  dontWriteBytecode?: boolean;
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
  /** Set once SystemExit reached the top: the REPL stops, with exitCode. */
  exited = false;
  exitCode = 0;

  constructor(options: ProgramOptions, argv: string[], path0: string) {
    this.rt = runtimeStart({ heapSize: options.heapSize, immortal: options.immortal, hashSeed: options.hashSeed, stats: options.stats });
    gcState.stress = options.gcStress === true;
    const b = builtinsHooks.create();
    if (b === NULL) throw new Error(`failed to create the builtins module: ${describePending()}`);
    this.builtins = b;
    ts.builtinsDict = moduleDictBorrow(b);
    const sys = sysModuleNew({ argv, path: [path0, libDir()], dontWriteBytecode: options.dontWriteBytecode });
    if (sys === NULL) throw new Error(`failed to create the sys module: ${describePending()}`);
    this.sys = sys;
    const mods = dictGetItemBorrow(moduleDictBorrow(sys), strInternImmortal('modules')) as Borrowed;
    if (dictSetItem(mods, strInternImmortal('builtins'), b) < 0) throw new Error('sys.modules');
    const main = moduleNew('__main__');
    if (main === NULL) throw new Error('__main__');
    this.main = main;
    const d = moduleDictBorrow(main);
    dictSetItem(d, strInternImmortal('__builtins__'), b);
    dictSetItem(mods, strInternImmortal('__main__'), main);
  }

  /** Runs source text as __main__; returns the exit code (an uncaught exception is printed). */
  runSource(text: string | Uint8Array, filename: string, mode: 'exec' | 'single' = 'exec'): number {
    const compile = compileHook.compile;
    if (compile === null) throw new Error('no compiler installed (import src/vm/program.ts)');
    const code = compile(text, filename, mode);
    if (code === NULL) return this.handleUncaught();
    if (filename !== '<string>' && filename !== '<stdin>') {
      const f = strFromJSOwned(filename);
      if (f !== NULL) { dictSetItem(moduleDictBorrow(this.main as Borrowed), strInternImmortal('__file__'), f); decref(f); }
    }
    if (execCodeInModule(code, this.main as Borrowed) < 0) return this.handleUncaught();
    return 0;
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
    return this.runSource(text, file);
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
    sysDisplayUncaught(exc); // through sys.excepthook (G2)
    decref(exc);
    const ki = exceptionTypes.get('KeyboardInterrupt')!;
    if (t === ki || typeIsSubtype(t, ki)) return 130;
    return 1;
  }

  /** Py_FinalizeEx: clear module dicts (breaking function/globals cycles), then shut the runtime down. */
  shutdown(): number {
    const sysd = this.sys !== NULL ? moduleDictBorrow(this.sys) : NULL;
    const mods = sysd !== NULL ? dictGetItemBorrow(sysd, strInternImmortal('modules')) : NULL;
    // atexit: weakref.finalize objects marked atexit run first (CPython registers finalize._exitfunc).
    if (mods !== NULL && isDict(mods)) runFinalizeAtExit(mods);
    const modules: Owned[] = [];
    if (mods !== NULL && isDict(mods)) {
      const pos = new Int32Array(1), kv = new Int32Array(2);
      for (let n = dictSize(mods); n > 0 && dictNext(mods, pos, kv); n--) {
        incref(kv[1] as Borrowed);
        modules.push(kv[1] as Owned);
      }
    }
    // Clear __main__ first, then the others in reverse import order, builtins and sys last.
    const order = modules.slice().reverse().sort((a, b) => rank(a, this) - rank(b, this));
    for (const m of order) {
      if (isModule(m)) clearModuleDict(moduleDictBorrow(m));
    }
    // Modules dropped from sys.modules but still referenced (through their own functions' globals).
    for (const m of moduleLiveList()) {
      if (m !== this.sys && m !== this.builtins && !modules.includes(m as Owned)) clearModuleDict(moduleDictBorrow(m));
    }
    for (const m of modules) decref(m);
    if (this.main !== NULL) { decref(this.main); this.main = NULL; }
    if (mods !== NULL) dictClear(mods);
    if (this.sys !== NULL) { clearModuleDict(moduleDictBorrow(this.sys)); decref(this.sys); this.sys = NULL; }
    if (this.builtins !== NULL) { clearModuleDict(moduleDictBorrow(this.builtins)); decref(this.builtins); this.builtins = NULL; }
    // Classes, functions and their globals sit in reference cycles: the collector frees them
    // (_PyGC_CollectNoFail in finalize_modules), repeated while it finds garbage (finalizers may free more).
    collectUntilQuiet();
    for (let orphans = moduleOrphanDictsTake(); orphans.length > 0; orphans = moduleOrphanDictsTake()) {
      for (const d of orphans) { clearModuleDict(d); decref(d); }
      collectUntilQuiet();
    }
    ts.builtinsDict = NULL;
    ts.sysDict = NULL;
    const report = runtimeShutdown(this.rt);
    return report.liveBlocks;
  }
}

/** weakref.finalize._exitfunc() when weakref was imported; an error is printed and dropped. */
function runFinalizeAtExit(mods: Borrowed): void {
  const wr = dictGetItemBorrow(mods, strInternImmortal('weakref'));
  if (wr === NULL) { errClear(); return; }
  const fin = objectGetAttrJS(wr, 'finalize');
  if (fin === NULL) { errClear(); return; }
  const r = callMethod(fin, '_exitfunc');
  decref(fin);
  if (r === NULL) typeWriteUnraisable(NULL as unknown as Borrowed, 'Exception ignored in atexit callback');
  else decref(r);
}

/** Full collections until one finds nothing (a few rounds: finalizers and tp_clear can expose more garbage). */
function collectUntilQuiet(): void {
  for (let i = 0; i < 8 && gcCollectNoFail() > 0; i++) { /* again */ }
}

function rank(m: Borrowed, s: Session): number {
  if (m === s.main) return 0;
  if (m === s.sys || m === s.builtins) return 2;
  return 1;
}

/** Empties a module dict the way finalize_modules does: values first become None, then the dict is cleared. */
function clearModuleDict(d: Borrowed): void {
  const keys: Owned[] = [];
  const pos = new Int32Array(1), kv = new Int32Array(2);
  for (let n = dictSize(d); n > 0 && dictNext(d, pos, kv); n--) {
    incref(kv[0] as Borrowed);
    keys.push(kv[0] as Owned);
  }
  for (const k of keys) {
    if (dictSetItem(d, k, Py_None) < 0) errFetchDrop();
    decref(k);
  }
  dictClear(d);
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

/** Runs one program source to completion in a fresh runtime. */
export function runSourceProgram(src: ProgramSource, options: ProgramOptions, argv: string[], io: StdIO): { exitCode: number; leakedBlocks: number } {
  void io;
  let path0 = '';
  if (src.kind === 'file') path0 = dirname(resolve(src.path));
  else path0 = resolve(options.cwd ?? '.');
  ioSetCwd(options.cwd ?? process.cwd());
  const s = new Session(options, argv, path0);
  let exitCode: number;
  try {
    exitCode = runIn(s, src);
  } catch (e) {
    if (e instanceof RangeError) {
      // Last resort: a JS stack overflow that escaped every check becomes a RecursionError report.
      stdio.writeErr('RecursionError: maximum recursion depth exceeded\n');
      exitCode = 1;
    } else {
      throw e;
    }
  }
  if (!sysFlushStdFiles()) exitCode = 120; // stdout's pipe broke with output pending (G2)
  const leaked = s.shutdown();
  return { exitCode, leakedBlocks: leaked };
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
      return s.runSource(text, src.path);
    }
    case 'command': return s.runSource(src.code, '<string>');
    case 'stdin': return s.runSource(src.text, '<stdin>');
    case 'module': return s.runModule(src.name);
  }
}

export { allocCurrent, isStr, errSetRaised };
