// The standard streams behind sys.stdin / sys.stdout / sys.stderr: a native text stream
// (_io.TextIOWrapper) over a native binary one (_io.BufferedWriter / _io.BufferedReader), both writing
// through vm/io.ts at once. Mirrors the objects Python/pylifecycle.c create_stdio() builds from
// Modules/_io; native so that start-up does not import src/lib/io.py (which costs far more than 20 ms).
// Invariants: nothing is buffered here, so text and .buffer writes interleave in call order; a failed
// write (EPIPE) raises the OSError subclass for its errno (BrokenPipeError), as CPython's flush does.

import { i32 } from '../heap/views.ts';
import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeNameOf, typeOf } from '../objects/type.ts';
import { objectNew, objectFree, objectHashDefault, objectIsTrue } from '../objects/object.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError, ValueError, exceptionTypes } from '../objects/exceptions.ts';
import { strFromJS, strToJS, isStr, strLength, strKind, strGetCodePoint } from '../objects/str.ts';
import { strEncode } from '../objects/str-codecs.ts';
import { bytesFromUint8Array, bytesToUint8Array } from '../objects/bytes.ts';
import { intFromNumber, isInt, intAsNumber } from '../objects/int.ts';
import { listNew, listAppendSteal } from '../objects/list.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { argAt, typeAddMethods, argsCheckPositional, argsNoKwnames, type MethodDef } from '../objects/methodobject.ts';
import { typeAddGetSets, type GetSetDef } from '../objects/getset.ts';
import { objectGetIter, iterNext, parseArgs, PARSED } from '../objects/abstract.ts';
import { stdio } from '../vm/io.ts';
import { oserrorRaise } from '../vm/oserror.ts';
import { bytesLike } from './posix.ts';

// Text stream layout:  +8 fd | +12 flags | +16 errors (str, owned) | +20 buffer (owned) | +24 pending
// Binary stream layout: +8 fd | +12 flags
const S_FD = 8, S_FLAGS = 12, S_ERRORS = 16, S_BUFFER = 20, S_PENDING = 24;
const TEXT_SIZE = 28, BUFFER_SIZE = 16;
const CLOSED = 1, LINE_BUFFERING = 2, WRITE_THROUGH = 4, BROKEN = 8;

// A broken pipe (the reader went away) is reported as CPython's buffered stdout reports it: writes
// are kept "in the buffer" silently (S_PENDING counts their bytes) until more than a chunk (8192) has
// gathered, which raises BrokenPipeError and drops them, or flush() raises (keeping them), or the end
// of the program finds them unwritten (ioFlushStdFiles: "Exception ignored", status 120).
const CHUNK_SIZE = 8192;

export let stdTextType = 0 as Borrowed;
let bufferedWriterType = 0 as Borrowed;
let bufferedReaderType = 0 as Borrowed;

const fdOf = (o: Borrowed): number => i32[(o + S_FD) >> 2];
const flagsOf = (o: Borrowed): number => i32[(o + S_FLAGS) >> 2];
const streamName = (fd: number): string => fd === 0 ? '<stdin>' : fd === 1 ? '<stdout>' : '<stderr>';

function none(): Owned { incref(Py_None); return Py_None as Owned; }
function bool(b: boolean): Owned { const r = b ? Py_True : Py_False; incref(r); return r as Owned; }

/** ValueError for an operation on a closed stream; true when `o` is closed. */
function checkClosed(o: Borrowed): boolean {
  if ((flagsOf(o) & CLOSED) === 0) return false;
  errSetString(ValueError, 'I/O operation on closed file.');
  return true;
}

/** io.UnsupportedOperation is io.py's class; before io is imported, OSError stands in (its base). */
function unsupported(msg: string): Null {
  return errSetString(exceptionTypes.get('OSError')!, msg);
}

function writeText(o: Borrowed, text: string): number {
  const fd = fdOf(o);
  return fd === 2 ? stdio.writeErr(text) : stdio.writeOut(text);
}

// ---- text stream methods ----------------------------------------------------------------------------------

function text_write(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const o = self as Borrowed;
  if (!argsNoKwnames('write', kw) || !argsCheckPositional('write', nargs, 1, 1)) return NULL;
  return textWriteObj(o, argAt(args, 0));
}

/** Whether str `s` (its JS form `text`) holds a surrogate code point, which UTF-8 cannot encode. */
function hasSurrogate(s: Borrowed, text: string): boolean {
  if (strKind(s) === 1 || !/[\uD800-\uDFFF]/.test(text)) return false;
  const n = strLength(s);
  for (let i = 0; i < n; i++) {
    const c = strGetCodePoint(s, i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

function textWriteObj(o: Borrowed, s: Borrowed): Owned | Null {
  if (!isStr(s)) return errSetString(TypeError, `write() argument must be str, not ${s === Py_None ? 'None' : typeNameOf(s)}`);
  if (checkClosed(o)) return NULL;
  if (fdOf(o) === 0) return unsupported('not writable');
  const text = strToJS(s);
  if (hasSurrogate(s, text)) {
    // UTF-8 with the stream's error handler (strict raises UnicodeEncodeError, surrogateescape
    // gives back the bytes, backslashreplace writes escapes), as a TextIOWrapper encodes.
    const b = strEncode(s, 'utf-8', strToJS(i32[(o + S_ERRORS) >> 2] as Borrowed));
    if (b === NULL) return NULL;
    const errno = (flagsOf(o) & BROKEN) === 0 ? stdio.writeBytes(fdOf(o), bytesToUint8Array(b as Borrowed)) : 0;
    decref(b);
    if (errno !== 0) return oserrorRaise(errno);
    return intFromNumber(strLength(s));
  }
  if ((flagsOf(o) & BROKEN) === 0) {
    const errno = writeText(o, text);
    if (errno === 0) return intFromNumber(strLength(s));
    if (errno !== ERRNO_EPIPE) return oserrorRaise(errno);
    i32[(o + S_FLAGS) >> 2] |= BROKEN;
  }
  const pending = i32[(o + S_PENDING) >> 2] + Buffer.byteLength(text, 'utf8');
  if (pending <= CHUNK_SIZE) { i32[(o + S_PENDING) >> 2] = pending; return intFromNumber(strLength(s)); }
  i32[(o + S_PENDING) >> 2] = 0;
  return oserrorRaise(ERRNO_EPIPE);
}

function text_writelines(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const o = self as Borrowed;
  if (!argsNoKwnames('writelines', kw) || !argsCheckPositional('writelines', nargs, 1, 1)) return NULL;
  if (checkClosed(o)) return NULL;
  const it = objectGetIter(argAt(args, 0));
  if (it === NULL) return NULL;
  for (;;) {
    const line = iterNext(it);
    if (line === NULL) break;
    const r = textWriteObj(o, line);
    decref(line);
    if (r === NULL) { decref(it); return NULL; }
    decref(r);
  }
  decref(it);
  return none();
}


const ERRNO_EPIPE = 32;

function text_flush(self: Borrowed | Null): Owned | Null {
  const o = self as Borrowed;
  if (checkClosed(o)) return NULL;
  if (typeOf(o) === stdTextType && (flagsOf(o) & BROKEN) !== 0 && i32[(o + S_PENDING) >> 2] > 0) return oserrorRaise(ERRNO_EPIPE);
  return none();
}

/**
 * flush_std_files at the end of a program: when sys.stdout is a standard stream whose pipe broke with
 * data still "buffered", reports it as CPython does ("Exception ignored in: ...") and returns false
 * (the exit status becomes 120).
 */
export function ioFlushStdFiles(stdout: Borrowed | Null): boolean {
  if (stdout === NULL || !ioIsStdText(stdout)) return true;
  const o = stdout;
  if ((flagsOf(o) & (BROKEN | CLOSED)) !== BROKEN || i32[(o + S_PENDING) >> 2] === 0) return true;
  i32[(o + S_PENDING) >> 2] = 0;
  stdio.writeErr(`Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n`);
  return false;
}

function readSizeArg(fname: string, args: number, nargs: number, kw: Borrowed | Null): number | null {
  if (!argsNoKwnames(fname, kw) || !argsCheckPositional(fname, nargs, 0, 1)) return null;
  if (nargs === 0) return -1;
  const v = argAt(args, 0);
  if (v === Py_None) return -1;
  if (!isInt(v)) { errSetString(TypeError, `argument should be integer or None, not '${typeNameOf(v)}'`); return null; }
  return intAsNumber(v);
}

/** Reads up to `size` characters (all when negative) from stdin's line reader. */
let pending = '';
function readChars(size: number, oneLine: boolean): string {
  let out = '';
  for (;;) {
    if (pending === '') { const line = stdio.readLine(); if (line === null) break; pending = line; }
    let take = pending.length;
    if (oneLine) { const nl = pending.indexOf('\n'); if (nl >= 0) take = nl + 1; }
    if (size >= 0) take = Math.min(take, size - out.length);
    out += pending.slice(0, take);
    pending = pending.slice(take);
    if ((size >= 0 && out.length >= size) || (oneLine && out.endsWith('\n'))) break;
  }
  return out;
}

/** A line of stdin for input() and the REPL: what is pending first, then the line reader. */
export function ioStdinReadLine(): string | null {
  if (pending === '') return stdio.readLine();
  const s = readChars(-1, true);
  return s === '' ? null : s;
}

function checkReadable(o: Borrowed): boolean {
  if (checkClosed(o)) return false;
  if (fdOf(o) !== 0) { unsupported('not readable'); return false; }
  return true;
}

function text_read(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const n = readSizeArg('read', args, nargs, kw);
  if (n === null || !checkReadable(self as Borrowed)) return NULL;
  return strFromJS(readChars(n, false));
}

function text_readline(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const n = readSizeArg('readline', args, nargs, kw);
  if (n === null || !checkReadable(self as Borrowed)) return NULL;
  return strFromJS(readChars(n, true));
}

function text_readlines(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const hint = readSizeArg('readlines', args, nargs, kw);
  if (hint === null || !checkReadable(self as Borrowed)) return NULL;
  const l = listNew(0);
  if (l === NULL) return NULL;
  let total = 0;
  for (;;) {
    const line = readChars(-1, true);
    if (line === '') break;
    const s = strFromJS(line);
    if (s === NULL || listAppendSteal(l, s) < 0) { decref(l); return NULL; }
    total += line.length;
    if (hint > 0 && total >= hint) break;
  }
  return l;
}

function text_iternext(o: Borrowed): Owned | Null {
  if (!checkReadable(o)) return NULL;
  const line = readChars(-1, true);
  return line === '' ? NULL : strFromJS(line);
}

function text_iter(o: Borrowed): Owned | Null {
  if (checkClosed(o)) return NULL;
  incref(o);
  return o as Owned;
}

function text_close(self: Borrowed | Null): Owned | Null {
  const o = self as Borrowed;
  i32[(o + S_FLAGS) >> 2] |= CLOSED;
  const b = i32[(o + S_BUFFER) >> 2];
  if (b !== 0) i32[(b + S_FLAGS) >> 2] |= CLOSED;
  return none();
}

function text_reconfigure(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const o = self as Borrowed;
  const names = ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'];
  if (!parseArgs('reconfigure', args, nargs, kw, names, 0, 0)) return NULL;
  const enc = PARSED[0] as Borrowed | Null, errs = PARSED[1] as Borrowed | Null;
  const lb = PARSED[3] as Borrowed | Null, wt = PARSED[4] as Borrowed | Null;
  if (enc !== NULL && enc !== Py_None) {
    if (!isStr(enc)) return errSetString(TypeError, `reconfigure() argument 'encoding' must be str or None, not ${typeNameOf(enc)}`);
    const e = strToJS(enc).toLowerCase().replace(/_/g, '-');
    if (e !== 'utf-8' && e !== 'utf8') {
      return errSetString(exceptionTypes.get('NotImplementedError')!,
        `reconfigure(encoding=${JSON.stringify(strToJS(enc))}) is not supported by Immortal yet (only UTF-8)`);
    }
  }
  if (errs !== NULL && errs !== Py_None) {
    if (!isStr(errs)) return errSetString(TypeError, `reconfigure() argument 'errors' must be str or None, not ${typeNameOf(errs)}`);
    incref(errs);
    const old = i32[(o + S_ERRORS) >> 2] as Owned;
    i32[(o + S_ERRORS) >> 2] = errs;
    decref(old);
  }
  for (const [v, bit] of [[lb, LINE_BUFFERING], [wt, WRITE_THROUGH]] as const) {
    if (v === NULL || v === Py_None) continue;
    const t = objectIsTrue(v);
    if (t < 0) return NULL;
    i32[(o + S_FLAGS) >> 2] = t ? flagsOf(o) | bit : flagsOf(o) & ~bit;
  }
  return none();
}

function self_return(self: Borrowed | Null): Owned | Null {
  if (checkClosed(self as Borrowed)) return NULL;
  incref(self as Borrowed);
  return self as Owned;
}

function text_exit(self: Borrowed | Null): Owned | Null {
  return text_close(self);
}

const commonMethods: MethodDef[] = [
  { name: 'fileno', fn: (self) => intFromNumber(fdOf(self as Borrowed)) },
  { name: 'isatty', fn: (self) => checkClosed(self as Borrowed) ? NULL : bool(stdio.isatty(fdOf(self as Borrowed))) },
  { name: 'readable', fn: (self) => checkClosed(self as Borrowed) ? NULL : bool(fdOf(self as Borrowed) === 0) },
  { name: 'writable', fn: (self) => checkClosed(self as Borrowed) ? NULL : bool(fdOf(self as Borrowed) !== 0) },
  { name: 'seekable', fn: (self) => checkClosed(self as Borrowed) ? NULL : bool(false) },
  { name: 'seek', fn: () => unsupported('underlying stream is not seekable') },
  { name: 'tell', fn: () => unsupported('underlying stream is not seekable') },
  { name: 'truncate', fn: () => unsupported('truncate') },
  { name: '__enter__', fn: self_return },
  { name: '__exit__', fn: text_exit },
];

const textMethods: MethodDef[] = [
  { name: 'write', fn: text_write },
  { name: 'writelines', fn: text_writelines },
  { name: 'flush', fn: text_flush },
  { name: 'read', fn: text_read },
  { name: 'readline', fn: text_readline },
  { name: 'readlines', fn: text_readlines },
  { name: 'close', fn: text_close },
  { name: 'reconfigure', fn: text_reconfigure },
  ...commonMethods,
];

const modeOf = (o: Borrowed): string => fdOf(o) === 0 ? 'r' : 'w';

const textGetSets: GetSetDef[] = [
  { name: 'encoding', get: () => strFromJS('utf-8') },
  { name: 'errors', get: (o) => { const e = i32[(o + S_ERRORS) >> 2] as Borrowed; incref(e); return e as Owned; } },
  { name: 'line_buffering', get: (o) => bool((flagsOf(o) & LINE_BUFFERING) !== 0) },
  { name: 'write_through', get: (o) => bool((flagsOf(o) & WRITE_THROUGH) !== 0) },
  { name: 'buffer', get: (o) => { const b = i32[(o + S_BUFFER) >> 2] as Borrowed; incref(b); return b as Owned; } },
  { name: 'closed', get: (o) => bool((flagsOf(o) & CLOSED) !== 0) },
  { name: 'mode', get: (o) => strFromJS(modeOf(o)) },
  { name: 'name', get: (o) => strFromJS(streamName(fdOf(o))) },
  { name: 'newlines', get: () => none() },
];

// ---- binary stream (.buffer) methods ----------------------------------------------------------------------

function buffer_write(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const o = self as Borrowed;
  if (!argsNoKwnames('write', kw) || !argsCheckPositional('write', nargs, 1, 1)) return NULL;
  const data = bytesLike(argAt(args, 0));
  if (data === null) return NULL;
  if (checkClosed(o)) return NULL;
  if (fdOf(o) === 0) return unsupported('write');
  const errno = stdio.writeBytes(fdOf(o), data);
  if (errno !== 0) return oserrorRaise(errno);
  return intFromNumber(data.length);
}

/**
 * Raw bytes of stdin for .buffer reads: text a text read decoded but did not return comes first
 * (re-encoded), then the embedder's bytes, unchanged.
 */
export function ioStdinReadBytes(n: number, oneLine: boolean): Uint8Array {
  let head = new Uint8Array(0);
  if (pending !== '') {
    head = Buffer.from(pending, 'utf8');
    pending = '';
    let k = head.length;
    if (oneLine) { const nl = head.indexOf(10); if (nl >= 0) k = nl + 1; }
    if (n >= 0) k = Math.min(k, n);
    if (k < head.length) { pending = Buffer.from(head.subarray(k)).toString('utf8'); return head.subarray(0, k); }
    if ((oneLine && head[k - 1] === 10) || (n >= 0 && k >= n)) return head;
  }
  const rest = stdio.readBytes(n >= 0 ? n - head.length : -1, oneLine);
  return head.length === 0 ? rest : Buffer.concat([head, rest]);
}

function buffer_read(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const n = readSizeArg('read', args, nargs, kw);
  if (n === null || !checkReadable(self as Borrowed)) return NULL;
  return bytesFromUint8Array(ioStdinReadBytes(n, false));
}

function buffer_readline(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const n = readSizeArg('readline', args, nargs, kw);
  if (n === null || !checkReadable(self as Borrowed)) return NULL;
  return bytesFromUint8Array(ioStdinReadBytes(n, true));
}

function buffer_close(self: Borrowed | Null): Owned | Null {
  i32[((self as Borrowed) + S_FLAGS) >> 2] |= CLOSED;
  return none();
}

const bufferMethods: MethodDef[] = [
  { name: 'write', fn: buffer_write },
  { name: 'flush', fn: text_flush },
  { name: 'read', fn: buffer_read },
  { name: 'readline', fn: buffer_readline },
  { name: 'close', fn: buffer_close },
  ...commonMethods.map((d) => d.name === '__exit__' ? { name: '__exit__', fn: buffer_close } : d),
];

const bufferGetSets: GetSetDef[] = [
  { name: 'closed', get: (o) => bool((flagsOf(o) & CLOSED) !== 0) },
  { name: 'mode', get: (o) => strFromJS(modeOf(o) + 'b') },
  { name: 'name', get: (o) => strFromJS(streamName(fdOf(o))) },
];

// ---- types --------------------------------------------------------------------------------------------------

function textDealloc(o: Owned): void {
  const e = i32[(o + S_ERRORS) >> 2], b = i32[(o + S_BUFFER) >> 2];
  i32[(o + S_ERRORS) >> 2] = 0;
  i32[(o + S_BUFFER) >> 2] = 0;
  if (e !== 0) decref(e as Owned);
  if (b !== 0) decref(b as Owned);
  objectFree(o);
}

function textRepr(o: Borrowed): Owned | Null {
  return strFromJS(`<_io.TextIOWrapper name='${streamName(fdOf(o))}' mode='${modeOf(o)}' encoding='utf-8'>`);
}

function bufferRepr(o: Borrowed): Owned | Null {
  return strFromJS(`<${fdOf(o) === 0 ? '_io.BufferedReader' : '_io.BufferedWriter'} name='${streamName(fdOf(o))}'>`);
}

/** Creates the stream types (static phase, before typeFinishStatics). */
export function ioInitStatic(): void {
  stdTextType = typeNewStatic({
    name: '_io.TextIOWrapper',
    basicsize: TEXT_SIZE,
    slots: { dealloc: textDealloc, repr: textRepr, hash: objectHashDefault, iter: text_iter, iternext: text_iternext },
  });
  typeAddMethods(stdTextType, textMethods);
  typeAddGetSets(stdTextType, textGetSets);
  for (const name of ['_io.BufferedWriter', '_io.BufferedReader']) {
    const t = typeNewStatic({
      name,
      basicsize: BUFFER_SIZE,
      slots: { dealloc: objectFree, repr: bufferRepr, hash: objectHashDefault },
    });
    typeAddMethods(t, bufferMethods);
    typeAddGetSets(t, bufferGetSets);
    if (name === '_io.BufferedWriter') bufferedWriterType = t; else bufferedReaderType = t;
  }
}

/**
 * A new standard text stream for fd 0, 1 or 2, as CPython sets them up: stderr line buffered, with
 * backslashreplace; stdin and stdout with `errors` (config_get_stdio_errors).
 */
export function ioStdStreamNew(fd: number, errors: string): Owned | Null {
  const b = objectNew(fd === 0 ? bufferedReaderType : bufferedWriterType, BUFFER_SIZE);
  if (b === NULL) return NULL;
  i32[(b + S_FD) >> 2] = fd;
  i32[(b + S_FLAGS) >> 2] = 0;
  const errs = strFromJS(fd === 2 ? 'backslashreplace' : errors);
  if (errs === NULL) { decref(b); return NULL; }
  const o = objectNew(stdTextType, TEXT_SIZE);
  if (o === NULL) { decref(b); decref(errs); return NULL; }
  i32[(o + S_FD) >> 2] = fd;
  i32[(o + S_FLAGS) >> 2] = fd === 2 || (fd === 1 && stdio.isatty(1)) ? LINE_BUFFERING : 0;
  i32[(o + S_ERRORS) >> 2] = errs;
  i32[(o + S_BUFFER) >> 2] = b;
  i32[(o + S_PENDING) >> 2] = 0;
  return o;
}

/** Whether `o` is one of the native standard text streams (writes may bypass method lookup). */
export function ioIsStdText(o: Borrowed): boolean {
  return o !== 0 && typeOf(o) === stdTextType;
}
