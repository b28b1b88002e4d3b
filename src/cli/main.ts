// The `immortal` command: parses the command line (a file, -c CODE, -m MODULE, -i, a program on
// stdin, the REPL, CPython's options and -X options) and the PYTHON* environment variables on the
// main thread and runs the interpreter in a worker thread (src/cli/worker.ts), so that SIGINT can set
// the shared interrupt flag the eval loop polls. Mirrors Modules/main.c (pymain_main: argument
// parsing, run_file/run_command/run_module, exit codes, the interactive loop's prompts),
// Python/initconfig.c and preconfig.c (how options and variables combine, their fatal errors) and
// the -X switches the project adds: immortal=0, stats, showrefcount, heap=SIZE, gc_stress.
// Invariant: returns CPython's exit status (0, 1 for an uncaught exception or a fatal start-up
// error, 2 for usage errors, 130 after an uncaught KeyboardInterrupt, the SystemExit code); never
// lets a JS exception reach the user as a JS stack trace.

import { readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createInterface } from 'node:readline';
import type { ProgramOptions, ProgramSource } from '../vm/session.ts';
import type { WorkerRequest } from './worker.ts';
import type { CliReport } from './report.ts';
import { hashSeedParse, HASH_SEED_ERROR } from '../support/hash-secret.ts';
import { MAX_HEAP_SIZE } from '../heap/limits.ts';

/** Writes to a standard stream of this process (synchronously, as the interpreter does). */
function writeErr(s: string): void { process.stderr.write(s); }
function writeOut(s: string): void { process.stdout.write(s); }

const USAGE = 'usage: immortal [option] ... [-c cmd | -m mod | file | -] [arg] ...\n';
const HELP = USAGE + `Options:
-b       : BytesWarning for str() of bytes and bytearray and for comparing them with str (bytes
           also with int); -bb: errors instead
-B       : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd   : program passed in as string
-d       : sets sys.flags.debug (parser debugging needs a debug build of CPython); also PYTHONDEBUG=x
-E       : ignore PYTHON* environment variables (such as PYTHONPATH)
-i       : inspect interactively after running script
-I       : isolate Python from the user's environment (implies -E, -P and -s)
-m mod   : run library module as a script
-O       : remove asserts and code under __debug__; .pyc files get .opt-1; also PYTHONOPTIMIZE=x
-OO      : -O and also remove docstrings; .pyc files get .opt-2
-P       : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q       : don't print version and copyright messages on interactive startup
-s       : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
-S       : don't imply 'import site' on initialization
-u       : unbuffered binary stdout and stderr (always so here)
-v       : verbose: each import and the shutdown's module clearing to stderr (-vv: the same);
           also PYTHONVERBOSE=x
-W arg   : warning control; arg is action:message:category:module:lineno; also PYTHONWARNINGS=arg
-x       : skip the first line of the script file (line numbers stay the file's)
-X opt   : dev (development mode: shows every warning once per location; also PYTHONDEVMODE),
           utf8[=0|1] (UTF-8 mode; also PYTHONUTF8), int_max_str_digits=N (also PYTHONINTMAXSTRDIGITS),
           warn_default_encoding (also PYTHONWARNDEFAULTENCODING), pycache_prefix=PATH (also
           PYTHONPYCACHEPREFIX), no_debug_ranges (also PYTHONNODEBUGRANGES), importtime (also
           PYTHONPROFILEIMPORTTIME), frozen_modules=on|off; others are only put in sys._xoptions;
           Immortal's own: immortal=0 (count the 3.12 immortals as 3.11 did), stats (counters to
           stderr at exit), showrefcount ('[N refs, M blocks]' at exit), heap=SIZE (maximum heap,
           e.g. 64M), gc_stress (a collection after every container allocation; thresholds 1, 10,
           10), tracemalloc[=N] (trace allocations from start-up, N frames; also PYTHONTRACEMALLOC=N)
-V       : print the Python version number and exit
--dis FILE                 : disassemble the module's bytecode
--dump-ast FILE [--include-attributes] [--indent N] : print ast.dump(ast.parse(FILE's source))
file     : program read from script file
-        : program read from stdin (default; interactive mode if a tty)
arg ...  : arguments passed to program in sys.argv[1:]
`;

function parseSize(s: string): number | null {
  const m = /^(\d+)([kKmMgG]?)$/.exec(s);
  if (m === null) return null;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

/** The frame count of -X tracemalloc=N / PYTHONTRACEMALLOC=N (a decimal int >= 0), or null when invalid. */
function tracemallocFrames(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : null;
}

function fatalTracemalloc(what: string): number {
  return fatal('config_init_tracemalloc', `${what}: invalid number of frames`);
}

/** A fatal start-up error as CPython reports one (Py_ExitStatusException): status 1. */
function fatal(where: string, what: string, state = 'preinitialized'): number {
  writeErr(`Fatal Python error: ${where}: ${what}\nPython runtime state: ${state}\n\n`);
  return 1;
}

/**
 * _Py_str_to_int / config_wstr_to_int: a decimal int in C's range (strtol: leading white space and a
 * sign allowed, nothing after the digits; '' reads as 0), else null.
 */
function strToInt(s: string): number | null {
  if (s === '') return 0;
  if (!/^[ \t\n\v\f\r]*[+-]?\d+$/.test(s)) return null;
  const n = Number(s.trim());
  return n >= -(2 ** 31) && n < 2 ** 31 ? n : null;
}

/** _Py_get_env_flag: PYTHONDEBUG/PYTHONVERBOSE/PYTHONOPTIMIZE's level ('' unset; not a number >= 0: 1). */
function envFlag(v: string): number {
  if (v === '') return 0;
  const n = strToInt(v);
  return n === null || n < 0 ? 1 : n;
}

/** config_init_int_max_str_digits's check: 0 (no limit) or at least the threshold (640). */
function intMaxStrDigitsValid(n: number | null): n is number {
  return n !== null && (n === 0 || n >= 640);
}

/** Runs the command line `args` (without node and the script); returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const options: ProgramOptions = {};
  // -X options in order, as sys._xoptions gets them (name, and the value after '=' or true).
  const xoptions: Array<[string, string | true]> = [];
  const cmdWarnOptions: string[] = [];
  let showRefcount = false;
  let xTracemalloc: number | null = null;
  let stats = false;
  let src: ProgramSource | null = null;
  let interactive = false;
  let rest: string[] = [];
  let i = 0;
  // pymain's getopt: flags may be grouped (-BS, -Ic CODE); -c, -m, -X and -W take the rest of their
  // argument or the next one.
  args: for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--dump-ast' || a === '--dis') {
      const file = args[i + 1];
      if (file === undefined) { writeErr(USAGE); return 2; }
      return dumpTool(a, file, args.slice(i + 2));
    }
    if (a === '--help') { writeOut(HELP); return 0; }
    if (a === '--version') { writeOut('Python 3.12.1 (immortal)\n'); return 0; }
    if (a === '--') { i++; break; }
    if (a === '-') {
      src = { kind: 'stdin', text: readFileSync(0, 'utf8') };
      rest = ['-', ...args.slice(i + 1)];
      break;
    }
    if (!a.startsWith('-') || a.startsWith('--')) {
      if (a.startsWith('--')) { writeErr(`unknown option ${a}\n${USAGE}`); return 2; }
      break;
    }
    for (let j = 1; j < a.length; j++) {
      const ch = a[j];
      if (ch === 'c' || ch === 'm' || ch === 'X' || ch === 'W') {
        // The option's argument: the rest of this word, else the next word.
        let arg: string | undefined = a.slice(j + 1);
        if (arg === '') arg = args[++i];
        if (arg === undefined) { writeErr(`Argument expected for the -${ch} option\n${USAGE}`); return 2; }
        if (ch === 'c') {
          src = { kind: 'command', code: arg };
          rest = ['-c', ...args.slice(i + 1)];
          i++;
          break args;
        }
        if (ch === 'm') {
          src = { kind: 'module', name: arg };
          rest = [arg, ...args.slice(i + 1)];
          i++;
          break args;
        }
        if (ch === 'W') { cmdWarnOptions.push(arg); continue args; }
        const opt = arg;
        const eq = opt.indexOf('=');
        xoptions.push(eq < 0 ? [opt, true] : [opt.slice(0, eq), opt.slice(eq + 1)]);
        if (opt === 'immortal=0') options.immortal = false;
        else if (opt === 'immortal=1' || opt === 'immortal') options.immortal = true;
        else if (opt === 'stats') stats = true;
        else if (opt === 'gc_stress') options.gcStress = true;
        else if (opt === 'showrefcount') showRefcount = true;
        else if (opt === 'tracemalloc' || opt.startsWith('tracemalloc=')) {
          const n = opt === 'tracemalloc' ? 1 : tracemallocFrames(opt.slice(12));
          if (n === null) return fatalTracemalloc('-X tracemalloc=NFRAME');
          xTracemalloc = n;
        } else if (opt.startsWith('heap=')) {
          const n = parseSize(opt.slice(5));
          if (n === null) { writeErr(`immortal: invalid -X heap value: ${opt.slice(5)}\n`); return 2; }
          if (n > MAX_HEAP_SIZE) { writeErr(`immortal: -X heap=${opt.slice(5)}: the heap can be at most ${MAX_HEAP_SIZE} bytes (2 GiB - 4 KiB)\n`); return 2; }
          options.heapSize = Math.max(n, 1 << 20);
        }
        continue args;
      }
      switch (ch) {
        case 'h': case '?': writeOut(HELP); return 0;
        case 'V': writeOut('Python 3.12.1 (immortal)\n'); return 0;
        case 'i': interactive = true; options.inspect = true; break;
        case 'B': options.dontWriteBytecode = true; break;
        case 'S': options.noSite = true; break;
        case 's': options.noUserSite = true; break;
        case 'E': options.ignoreEnvironment = true; break;
        case 'P': options.safePath = true; break;
        case 'I': options.isolated = options.ignoreEnvironment = options.noUserSite = options.safePath = true; break;
        case 'q': options.quiet = true; break;
        case 'u': break; // the standard streams here are written through at once already
        case 'O': options.optimize = (options.optimize ?? 0) + 1; break;
        case 'b': options.bytesWarning = (options.bytesWarning ?? 0) + 1; break;
        case 'd': options.debug = (options.debug ?? 0) + 1; break;
        case 'v': options.verbose = (options.verbose ?? 0) + 1; break;
        case 'x': options.skipFirstLine = true; break;
        default: writeErr(`Unknown option: -${ch}\n${USAGE}`); return 2;
      }
    }
  }
  if (src === null && i < args.length) {
    src = { kind: 'file', path: args[i] };
    rest = args.slice(i);
  }
  if (src === null) {
    // No script: the REPL on a terminal or with -i (reading statements from stdin even when it is a
    // pipe), else stdin is the program (pymain_run_stdin).
    if (process.stdin.isTTY) interactive = true;
    else if (!interactive) src = { kind: 'stdin', text: readFileSync(0, 'utf8') };
    rest = [''];
  }
  // PYTHON* variables, unless -E or -I says to ignore them (as CPython's config does); for an -X
  // option CPython reads the first one given.
  const env = (name: string): string => (options.ignoreEnvironment === true ? '' : process.env[name] ?? '');
  const xoption = (name: string): string | true | undefined => xoptions.find(([k]) => k === name)?.[1];
  // preconfig_init_utf8_mode, before anything else: -X utf8[=0|1], else PYTHONUTF8=0|1, else on in
  // the C and POSIX locales (the first of LC_ALL, LC_CTYPE, LANG that is set; none is C).
  const xUtf8 = xoption('utf8');
  if (xUtf8 !== undefined) {
    if (xUtf8 !== true && xUtf8 !== '0' && xUtf8 !== '1') return fatal('preconfig_init_utf8_mode', 'invalid -X utf8 option value', 'preinitializing');
    options.utf8Mode = xUtf8 !== '0';
  } else if (env('PYTHONUTF8') !== '') {
    if (env('PYTHONUTF8') !== '0' && env('PYTHONUTF8') !== '1') {
      return fatal('preconfig_init_utf8_mode', 'invalid PYTHONUTF8 environment variable value', 'preinitializing');
    }
    options.utf8Mode = env('PYTHONUTF8') === '1';
  } else {
    const locale = process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || 'C';
    options.utf8Mode = locale === 'C' || locale === 'POSIX';
  }
  // PYTHONHASHSEED, as CPython reads it: a bad value is a fatal start-up error.
  const seed = options.ignoreEnvironment === true ? undefined : process.env.PYTHONHASHSEED;
  if (hashSeedParse(seed) === null) return fatal('config_init_hash_seed', HASH_SEED_ERROR);
  options.hashSeed = seed;
  if (env('PYTHONDONTWRITEBYTECODE') !== '') options.dontWriteBytecode = true;
  if (env('PYTHONNOUSERSITE') !== '') options.noUserSite = true;
  if (env('PYTHONSAFEPATH') !== '') options.safePath = true;
  // PYTHONPATH: its folders made absolute (an empty entry is the working folder), after sys.path[0].
  if (env('PYTHONPATH') !== '') options.pythonPath = env('PYTHONPATH').split(delimiter).map((p) => resolve(p));
  // The counted flags: the variable's level when it is higher than the options' count.
  options.debug = Math.max(options.debug ?? 0, envFlag(env('PYTHONDEBUG')));
  options.verbose = Math.max(options.verbose ?? 0, envFlag(env('PYTHONVERBOSE')));
  options.optimize = Math.max(options.optimize ?? 0, envFlag(env('PYTHONOPTIMIZE')));
  // Any value of these variables and any -X form (even dev=0) turns them on.
  options.devMode = xoption('dev') !== undefined || env('PYTHONDEVMODE') !== '';
  options.warnDefaultEncoding = xoption('warn_default_encoding') !== undefined || env('PYTHONWARNDEFAULTENCODING') !== '';
  options.noDebugRanges = xoption('no_debug_ranges') !== undefined || env('PYTHONNODEBUGRANGES') !== '';
  options.importTime = xoption('importtime') !== undefined || env('PYTHONPROFILEIMPORTTIME') !== '';
  // sys.warnoptions: PYTHONWARNINGS's comma-separated options (empty ones dropped) before -W's.
  const warnOptions = [...env('PYTHONWARNINGS').split(',').filter((w) => w !== ''), ...cmdWarnOptions];
  if (warnOptions.length > 0) options.warnOptions = warnOptions;
  // config_init_tracemalloc: -X tracemalloc wins over PYTHONTRACEMALLOC; 0 means off.
  const envTrace = env('PYTHONTRACEMALLOC');
  if (xTracemalloc === null && envTrace !== '') {
    const n = tracemallocFrames(envTrace);
    if (n === null) return fatalTracemalloc('PYTHONTRACEMALLOC');
    xTracemalloc = n;
  }
  if (xTracemalloc !== null && xTracemalloc > 65535) {
    writeErr('Fatal Python error: init_interp_main: can\'t start tracemalloc\nPython runtime state: core initialized\n'
      + 'ValueError: the number of frames must be in range [1; 65535]\n');
    return 1;
  }
  if (xTracemalloc !== null && xTracemalloc > 0) options.tracemalloc = xTracemalloc;
  // config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS is checked, then -X int_max_str_digits wins.
  const limitError = (what: string): number => fatal('config_init_int_max_str_digits', `${what}: invalid limit; must be >= 640 or 0 for unlimited.`);
  if (env('PYTHONINTMAXSTRDIGITS') !== '') {
    const n = strToInt(env('PYTHONINTMAXSTRDIGITS'));
    if (!intMaxStrDigitsValid(n)) return limitError('PYTHONINTMAXSTRDIGITS');
    options.intMaxStrDigits = n;
  }
  const xDigits = xoption('int_max_str_digits');
  if (xDigits !== undefined) {
    const n = xDigits === true ? null : strToInt(xDigits);
    if (!intMaxStrDigitsValid(n)) return limitError('-X int_max_str_digits');
    options.intMaxStrDigits = n;
  }
  // config_init_pycache_prefix: -X pycache_prefix (without a value: None) wins over the variable.
  const xPrefix = xoption('pycache_prefix');
  const prefix = xPrefix !== undefined ? (xPrefix === true ? '' : xPrefix) : env('PYTHONPYCACHEPREFIX');
  if (prefix !== '') options.pycachePrefix = prefix;
  // config_init_import: frozen modules are on unless -X frozen_modules=off (read by _frozen_importlib).
  const frozen = xoption('frozen_modules');
  if (frozen !== undefined && frozen !== 'on' && frozen !== 'off') {
    writeErr('Fatal Python error: bad value for option -X frozen_modules (expected "on" or "off")\nPython runtime state: preinitialized\n\n');
    return 1;
  }
  if (xoptions.length > 0) options.xoptions = xoptions;
  // The error handler of stdin and stdout (config_init_stdio_encoding): PYTHONIOENCODING's after ':',
  // strict when it names only an encoding; else (config_get_stdio_errors) surrogateescape in UTF-8
  // mode and in the C and POSIX locales and their UTF-8 forms (locale coercion's targets), strict
  // elsewhere. (The locale is read whatever -E says, as setlocale reads it.)
  const ctype = process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || 'C';
  options.stdioErrors = options.utf8Mode === true || ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'UTF-8'].includes(ctype)
    ? 'surrogateescape' : 'strict';
  const ioenc = env('PYTHONIOENCODING');
  if (ioenc !== '') {
    const colon = ioenc.indexOf(':');
    const errors = colon < 0 ? '' : ioenc.slice(colon + 1);
    if (errors !== '') options.stdioErrors = errors;
    else if ((colon < 0 ? ioenc : ioenc.slice(0, colon)) !== '') options.stdioErrors = 'strict';
  }
  options.stats = stats || showRefcount;
  // pymain_header: the version to stderr under -v, and before the REPL (unless -q).
  options.banner = (options.verbose > 0 || (src === null && interactive)) && options.quiet !== true;
  return runInWorker({ src, options, argv: rest, interactive, flag: new Int32Array(new SharedArrayBuffer(4)), stats, showRefcount });
}

/** Starts the interpreter thread and relays SIGINT and (for the REPL) input lines to it. */
function runInWorker(req: WorkerRequest): Promise<number> {
  // From source (tsx) the worker is worker.ts, with tsx's loader hooks registered first (they do not
  // reach worker threads); in the bundle (dist/, tools/build.mjs) it is boot.cjs, which sets the V8
  // flags and runs the interpreter bundle worker.cjs from V8's code cache.
  let worker: Worker;
  if (import.meta.url.endsWith('.ts')) {
    const workerUrl = new URL('./worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl)}); })`;
    worker = new Worker(boot, { eval: true, workerData: req });
  } else {
    worker = new Worker(new URL('./boot.cjs', import.meta.url), { workerData: req });
  }
  const onSigint = (): void => {
    Atomics.store(req.flag, 0, 1);
  };
  process.on('SIGINT', onSigint);
  let rl: ReturnType<typeof createInterface> | null = null;
  let promptStream: NodeJS.WriteStream = process.stdout;
  let eof = false;
  // Input messages the worker has not answered yet: it is at a prompt only when this is 0 (lines
  // typed ahead are queued; each is answered by 'ready' or 'more').
  let pending = 1;
  // Lines read while the worker is busy wait here: the next one is sent only after the prompt for it
  // is written, so prompts and the program's own stderr output appear in CPython's order on a pipe.
  const waiting: Array<{ kind: 'line'; text: string | null }> = [];
  const send = (m: { kind: 'line'; text: string | null }): void => {
    if (pending === 0) {
      pending++;
      worker.postMessage(m);
    } else {
      waiting.push(m);
    }
  };
  if (req.interactive) {
    // (The version banner is the session's: it comes after start-up's imports, as pymain_header.)
    // Prompts go to stdout on a terminal and to stderr otherwise, as CPython's REPL does.
    promptStream = process.stdin.isTTY === true ? process.stdout : process.stderr;
    rl = createInterface({ input: process.stdin, output: promptStream, terminal: process.stdin.isTTY === true, historySize: 1000 });
    // On a terminal readline takes Ctrl-C itself (no process SIGINT): at a prompt it discards the
    // statement being typed, as CPython's REPL does; while a statement runs it interrupts it.
    rl.on('SIGINT', () => {
      if (pending > 0) { Atomics.store(req.flag, 0, 1); return; }
      writeErr('\nKeyboardInterrupt\n');
      pending++;
      worker.postMessage({ kind: 'reset' });
    });
    rl.on('line', (line) => send({ kind: 'line', text: line }));
    rl.on('close', () => {
      eof = true;
      send({ kind: 'line', text: null });
    });
    rl.pause();
  }
  return new Promise((resolve) => {
    worker.on('message', (msg: { kind: string; exitCode?: number; report?: CliReport | null; atEof?: boolean }) => {
      if (msg.kind === 'ready' || msg.kind === 'more') {
        pending--;
        // A Ctrl-C that came as the last statement ended is dropped.
        if (pending === 0) Atomics.store(req.flag, 0, 0);
        rl!.setPrompt(msg.kind === 'ready' ? '>>> ' : '... ');
        rl!.prompt();
        rl!.resume();
        const next = waiting.shift();
        if (next !== undefined) send(next);
        return;
      }
      if (msg.kind !== 'done') return;
      // End of input at a prompt: CPython ends the prompt line (not when SystemExit ended the REPL).
      if (eof && msg.atEof === true) promptStream.write('\n');
      process.off('SIGINT', onSigint);
      if (rl !== null) { rl.removeAllListeners('close'); rl.close(); }
      if (msg.report) {
        if (req.stats) writeErr(msg.report.stats);
        if (req.showRefcount) writeErr(msg.report.showRefcount);
      }
      void worker.terminate();
      resolve(msg.exitCode ?? 1);
    });
    worker.on('error', (e) => {
      process.off('SIGINT', onSigint);
      writeErr(`immortal: internal error: ${e.stack ?? e}\n`);
      resolve(70);
    });
  });
}

/**
 * --dump-ast FILE [--include-attributes] [--indent N]: exactly `ast.dump(ast.parse(source))` (with
 * include_attributes / indent when asked); --dis FILE: the disassembly of the module's code.
 */
async function dumpTool(which: string, file: string, extra: string[]): Promise<number> {
  const includeAttributes = extra.includes('--include-attributes') || extra.includes('-a');
  const k = extra.indexOf('--indent');
  const indent = k >= 0 && k + 1 < extra.length ? Number(extra[k + 1]) : null;
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch {
    writeErr(`immortal: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const parser = await import('../parser/index.ts');
  try {
    const tree = parser.parseModule(text, file);
    if (which === '--dump-ast') {
      writeOut(parser.astDump(tree, { includeAttributes, indent }) + '\n');
      return 0;
    }
    const { compileModule } = await import('../compiler/codeunit.ts');
    const { disassemble } = await import('../bytecode/dis.ts');
    writeOut(disassemble(compileModule(tree, file, 'exec', { source: text })));
    return 0;
  } catch (e) {
    if (parser.isPySyntaxError(e)) {
      writeErr(`  File "${e.filename}", line ${e.lineno}\n${e.kind}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
}
