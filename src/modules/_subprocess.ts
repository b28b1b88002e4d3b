// _subprocess: runs one child process to completion for src/lib/subprocess.py. Node gives a worker
// thread no fork/exec/pipe of its own, only child_process.spawnSync, so a child here always runs from
// start to end inside one call: its input is known in advance and its output comes back whole.
// Invariants: the subprocess module has already checked and converted the arguments (str argv, a list
// of "NAME=value" strings, int stream specs); an inherited output stream goes through the
// interpreter's stdio (so captured runs, such as the test corpus, see it) unless stdio is the process's
// own descriptors, where the child writes to them directly.

import { spawnSync } from 'node:child_process';
import { openSync, readFileSync, closeSync, unlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants as osConstants } from 'node:os';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { isStr, strToJS } from '../objects/str.ts';
import { isInt } from '../objects/int.ts';
import { isFloat, floatValue } from '../objects/float.ts';
import { isBytes, bytesToUint8Array } from '../objects/bytes.ts';
import { sequenceTuple } from '../objects/abstract.ts';
import { tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True } from '../objects/bool.ts';
import { argAt, argsNoKwnames, type MethodDef } from '../objects/methodobject.ts';
import { nativeModuleNew } from './native.ts';
import { toPy, intArg, nargsCheck } from './posix.ts';
import { stdio, vmCwd, CapturedIO, ioResolvePath } from '../vm/io.ts';
import { oserrorFromNode, oserrorRaise, ERRNO } from '../vm/oserror.ts';

/** Stream specs, as subprocess names them: PIPE, STDOUT, DEVNULL; None inherits; n >= 0 is a descriptor. */
const PIPE = -1, STDOUT = -2, DEVNULL = -3, INHERIT = -100;

function strArg(o: Borrowed, what: string): string | null {
  if (!isStr(o)) { errSetString(TypeError, `_subprocess.run: ${what} must be str`); return null; }
  return strToJS(o);
}

function strListArg(o: Borrowed, what: string): string[] | null {
  const t = sequenceTuple(o);
  if (t === NULL) return null;
  const out: string[] = [];
  for (let i = 0; i < tupleSize(t); i++) {
    const s = strArg(tupleGetItemBorrow(t, i), what);
    if (s === null) { decref(t); return null; }
    out.push(s);
  }
  decref(t);
  return out;
}

function specArg(o: Borrowed): number | null {
  return o === Py_None ? INHERIT : intArg(o);
}

/** The signal number of a node signal name ("SIGKILL" -> 9). */
function signalNumber(name: string): number {
  return (osConstants.signals as Record<string, number>)[name] ?? 0;
}

let tempCounter = 0;

/** One of the child's standard streams, as spawnSync takes it. */
type Slot = 'pipe' | 'ignore' | number;

/**
 * run(file, argv, env, cwd, stdin, input, stdout, stderr, timeout, new_session)
 *   -> (pid, returncode, stdout bytes | None, stderr bytes | None, timed_out)
 * returncode is -signum for a child killed by a signal. OSError when the program cannot be started
 * (naming `file`) or cwd is not a directory (naming cwd).
 */
function subprocess_run(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('run', kwnames) || !nargsCheck('run', nargs, 10, 10)) return NULL;
  const file = strArg(argAt(args, 0), 'file');
  if (file === null) return NULL;
  const argv = strListArg(argAt(args, 1), 'argv');
  if (argv === null) return NULL;
  let env: NodeJS.ProcessEnv = process.env;
  if (argAt(args, 2) !== Py_None) {
    const kv = strListArg(argAt(args, 2), 'env');
    if (kv === null) return NULL;
    env = {};
    for (const e of kv) { const i = e.indexOf('='); env[e.slice(0, i)] = e.slice(i + 1); }
  }
  let cwd = vmCwd;
  const cwdO = argAt(args, 3);
  if (cwdO !== Py_None) {
    const c = strArg(cwdO, 'cwd');
    if (c === null) return NULL;
    try {
      if (!statSync(ioResolvePath(c)).isDirectory()) return oserrorRaise(ERRNO.ENOTDIR, cwdO);
    } catch (e) { return oserrorFromNode(e, cwdO); }
    cwd = ioResolvePath(c);
  }
  const inSpec = specArg(argAt(args, 4));
  if (inSpec === null) return NULL;
  let input: Uint8Array | undefined;
  const inputO = argAt(args, 5);
  if (inputO !== Py_None) {
    if (!isBytes(inputO)) { errSetString(TypeError, '_subprocess.run: input must be bytes'); return NULL; }
    input = bytesToUint8Array(inputO);
  }
  const outSpec = specArg(argAt(args, 6));
  if (outSpec === null) return NULL;
  const errSpec = specArg(argAt(args, 7));
  if (errSpec === null) return NULL;
  let timeoutMs: number | undefined;
  const tO = argAt(args, 8);
  if (tO !== Py_None) {
    if (isFloat(tO)) timeoutMs = floatValue(tO) * 1000;
    else if (isInt(tO)) { const v = intArg(tO); if (v === null) return NULL; timeoutMs = v * 1000; }
    else { errSetString(TypeError, '_subprocess.run: timeout must be a number'); return NULL; }
    timeoutMs = Math.max(1, Math.ceil(timeoutMs));
  }
  const newSession = argAt(args, 9) === Py_True;

  // Inherited output goes through the interpreter's stdio when that is not the process's own fds.
  const captured = stdio instanceof CapturedIO;
  const merged = errSpec === STDOUT;
  let tempPath = '', tempFd = -1;
  const outTarget = (spec: number, fd: 1 | 2): Slot => {
    if (spec === PIPE) return 'pipe';
    if (spec === DEVNULL) return 'ignore';
    if (spec === INHERIT) return captured ? 'pipe' : fd;
    return spec;
  };
  let stdOut = outTarget(outSpec, 1);
  let stdErr = merged ? stdOut : outTarget(errSpec, 2);
  if (merged && stdOut === 'pipe') {
    // One stream for both: a file both descriptors write to keeps their interleaving.
    tempPath = join(tmpdir(), `immortal-subprocess-${process.pid}-${tempCounter++}`);
    try { tempFd = openSync(tempPath, 'wx+', 0o600); } catch (e) { return oserrorFromNode(e); }
    stdOut = tempFd;
    stdErr = tempFd;
  }
  let stdIn: Slot;
  if (input !== undefined || inSpec === PIPE) stdIn = 'pipe';
  else if (inSpec === DEVNULL) stdIn = 'ignore';
  else if (inSpec === INHERIT) stdIn = captured ? 'ignore' : 0;
  else stdIn = inSpec;

  const r = spawnSync(file, argv.slice(1), {
    argv0: argv[0], cwd, env, input: stdIn === 'pipe' ? (input ?? new Uint8Array(0)) : undefined,
    stdio: [stdIn, stdOut, stdErr], timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 2 ** 31,
    // detached: setsid() in the child (start_new_session); node's types leave it out of spawnSync's.
    ...({ detached: newSession } as object),
  });
  let mergedOut: Uint8Array | null = null;
  if (tempFd >= 0) {
    try { mergedOut = new Uint8Array(readFileSync(tempPath)); } catch { mergedOut = new Uint8Array(0); }
    closeSync(tempFd);
    try { unlinkSync(tempPath); } catch { /* already gone */ }
  }
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (r.error !== undefined && !timedOut) return oserrorFromNode(r.error, argAt(args, 0));

  const outBytes: Uint8Array | null = mergedOut ?? (r.stdout != null ? new Uint8Array(r.stdout) : null);
  const errBytes: Uint8Array | null = mergedOut !== null || merged ? null : (r.stderr != null ? new Uint8Array(r.stderr) : null);
  let giveOut: Uint8Array | null = null, giveErr: Uint8Array | null = null;
  if (outSpec === PIPE) giveOut = outBytes;
  else if (outSpec === INHERIT && captured && outBytes !== null && outBytes.length > 0) stdio.writeBytes(1, outBytes);
  if (errSpec === PIPE) giveErr = errBytes;
  else if (errSpec === INHERIT && captured && errBytes !== null && errBytes.length > 0) stdio.writeBytes(2, errBytes);
  const rc = r.signal !== null ? -signalNumber(r.signal) : (r.status ?? 0);
  return toPy([r.pid ?? 0, rc, giveOut, giveErr, timedOut]);
}

const subprocessMethods: MethodDef[] = [
  { name: 'run', fn: (_s, a, n, k) => subprocess_run(a, n, k) },
];

export function subprocessModuleNew(): Owned | Null {
  return nativeModuleNew('_subprocess', subprocessMethods, undefined,
    'Runs child processes to completion (the engine under the subprocess module).');
}
