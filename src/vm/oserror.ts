// OSError's constructor, attributes and str (errno, strerror, filename, filename2; the errno ->
// subclass mapping that makes OSError(2, ...) a FileNotFoundError), and raising OSErrors from Node's
// fs errors. Mirrors OSError_new / OSError_str / _PyErr_SetFromErrnoWithFilename in CPython.
// Invariants: the attributes live in the exception's __dict__ (our exceptions share one layout); the
// args of an OSError built from (errno, strerror, filename...) are just (errno, strerror), as CPython's.

import { constants as osConstants } from 'node:os';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeSlotsOf, typeOf, typeIsSubtype, Py_TPFLAGS_HAVE_GC } from '../objects/type.ts';
import { errSetRaised, errSetString } from '../objects/errors.ts';
import { exceptionTypes, exceptionNew, EXC_ARGS } from '../objects/exceptions.ts';
import { typeAddGetSets, type GetSetDef } from '../objects/getset.ts';
import { tupleNew, tupleSize, tupleGetItemBorrow, tupleSetItemSteal, tupleFromArray } from '../objects/tuple.ts';
import { strFromJS, strToJS } from '../objects/str.ts';
import { intFromNumber, isInt, intAsNumber } from '../objects/int.ts';
import { objectRepr, objectStr } from '../objects/object.ts';
import { Py_None } from '../objects/none.ts';
import { baseExceptionNewSlot } from '../objects/typeattrs.ts';
import { excMemberSet, excMemberGetBorrow } from './excattrs.ts';
import { i32 } from '../heap/views.ts';

void Py_TPFLAGS_HAVE_GC;

/** errno numbers by name (Linux values, from Node's os.constants). */
export const ERRNO: Readonly<Record<string, number>> = osConstants.errno as Record<string, number>;

/** glibc's strerror texts for the errors programs meet. */
const STRERROR: Record<string, string> = {
  EPERM: 'Operation not permitted', ENOENT: 'No such file or directory', ESRCH: 'No such process',
  EINTR: 'Interrupted system call', EIO: 'Input/output error', ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long', ENOEXEC: 'Exec format error', EBADF: 'Bad file descriptor',
  ECHILD: 'No child processes', EAGAIN: 'Resource temporarily unavailable', ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied', EFAULT: 'Bad address', EBUSY: 'Device or resource busy', EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link', ENODEV: 'No such device', ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory', EINVAL: 'Invalid argument', ENFILE: 'Too many open files in system',
  EMFILE: 'Too many open files', ENOTTY: 'Inappropriate ioctl for device', EFBIG: 'File too large',
  ENOSPC: 'No space left on device', ESPIPE: 'Illegal seek', EROFS: 'Read-only file system',
  EMLINK: 'Too many links', EPIPE: 'Broken pipe', EDOM: 'Numerical argument out of domain',
  ERANGE: 'Numerical result out of range', EDEADLK: 'Resource deadlock avoided', ENAMETOOLONG: 'File name too long',
  ENOSYS: 'Function not implemented', ENOTEMPTY: 'Directory not empty', ELOOP: 'Too many levels of symbolic links',
  ETIMEDOUT: 'Connection timed out', ECONNREFUSED: 'Connection refused', ECONNRESET: 'Connection reset by peer',
  ECONNABORTED: 'Software caused connection abort', EINPROGRESS: 'Operation now in progress',
  EALREADY: 'Operation already in progress', ENOTSUP: 'Operation not supported', ENOTSOCK: 'Socket operation on non-socket',
  EADDRINUSE: 'Address already in use', ESHUTDOWN: 'Cannot send after transport endpoint shutdown',
};

/** strerror(code): glibc's text, or "Unknown error N". */
export function strerror(code: number): string {
  for (const [name, n] of Object.entries(ERRNO)) if (n === code && STRERROR[name] !== undefined) return STRERROR[name];
  return `Unknown error ${code}`;
}

/** The OSError subclass CPython picks for an errno (PEP 3151), by name. */
function subclassName(code: number): string {
  const e = ERRNO;
  switch (code) {
    case e.EAGAIN: case e.EALREADY: case e.EINPROGRESS: return 'BlockingIOError';
    case e.ECHILD: return 'ChildProcessError';
    case e.EPIPE: case e.ESHUTDOWN: return 'BrokenPipeError';
    case e.ECONNABORTED: return 'ConnectionAbortedError';
    case e.ECONNREFUSED: return 'ConnectionRefusedError';
    case e.ECONNRESET: return 'ConnectionResetError';
    case e.EEXIST: return 'FileExistsError';
    case e.ENOENT: return 'FileNotFoundError';
    case e.EISDIR: return 'IsADirectoryError';
    case e.ENOTDIR: return 'NotADirectoryError';
    case e.EINTR: return 'InterruptedError';
    case e.EACCES: case e.EPERM: return 'PermissionError';
    case e.ESRCH: return 'ProcessLookupError';
    case e.ETIMEDOUT: return 'TimeoutError';
    default: return 'OSError';
  }
}

const OSERROR_SUBCLASSES = [
  'OSError', 'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError',
  'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError',
];

/** Stores errno/strerror/filename/filename2 from 2-5 constructor arguments and trims args to 2. */
function parseOSErrorArgs(self: Borrowed, args: number, nargs: number): number {
  if (nargs < 2 || nargs > 5) return 0;
  const a = (i: number): Borrowed => i32[(args >> 2) + i] as Borrowed;
  if (excMemberSet(self, 'errno', a(0)) < 0 || excMemberSet(self, 'strerror', a(1)) < 0) return -1;
  // BlockingIOError(errno, strerror, characters_written): the third argument is a count, not a file.
  if (nargs >= 3 && isInt(a(2)) && isBlockingIOError(self)) return excMemberSet(self, 'characters_written', a(2));
  if (nargs >= 3 && a(2) !== Py_None) {
    if (excMemberSet(self, 'filename', a(2)) < 0) return -1;
    if (nargs >= 5 && a(4) !== Py_None && excMemberSet(self, 'filename2', a(4)) < 0) return -1;
    const t = tupleFromArray(args, 2);
    if (t === NULL) return -1;
    const old = i32[(self + EXC_ARGS) >> 2];
    i32[(self + EXC_ARGS) >> 2] = t;
    if (old !== 0) decref(old as Owned);
  }
  return 0;
}

/**
 * oserror_use_init: a subclass that overrides __init__ but not __new__ gets its arguments parsed by
 * OSError.__init__ (its own __init__ may change them first); every other type parses them in __new__.
 */
function oserrorUseInit(type: Borrowed): boolean {
  const slots = typeSlotsOf(type);
  return slots.init !== oserrorInitSlot && slots.new === oserrorNewSlot;
}

function oserrorNoKeywords(type: Borrowed, kw: Borrowed | Null): boolean {
  if (kw === NULL || tupleSize(kw) === 0) return true;
  errSetString(exceptionTypes.get('TypeError')!, `${typeSlotsOf(type).name}() takes no keyword arguments`);
  return false;
}

/** OSError.__new__: maps OSError(errno, ...) to its subclass, then records the attributes. */
function oserrorNewSlot(type: Borrowed, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const parseHere = !oserrorUseInit(type);
  if (parseHere && !oserrorNoKeywords(type, kw)) return NULL;
  let t = type;
  if (type === exceptionTypes.get('OSError') && nargs >= 2 && nargs <= 5) {
    const code = i32[args >> 2] as Borrowed;
    if (isInt(code)) {
      const n = intAsNumber(code);
      const sub = exceptionTypes.get(subclassName(n));
      if (sub !== undefined) t = sub;
    }
  }
  const o = baseExceptionNewSlot(t, args, nargs, kw);
  if (o === NULL) return NULL;
  if (parseHere && parseOSErrorArgs(o, args, nargs) < 0) { decref(o); return NULL; }
  return o;
}

/** OSError.__init__: does nothing unless oserrorUseInit (then it parses, refusing keywords). */
function oserrorInitSlot(self: Borrowed, args: number, nargs: number, kw: Borrowed | Null): number {
  const type = typeOf(self);
  if (!oserrorUseInit(type)) return 0;
  if (!oserrorNoKeywords(type, kw)) return -1;
  const all = tupleFromArray(args, nargs);
  if (all === NULL) return -1;
  const old = i32[(self + EXC_ARGS) >> 2];
  i32[(self + EXC_ARGS) >> 2] = all;
  if (old !== 0) decref(old as Owned);
  return parseOSErrorArgs(self, args, nargs);
}

function reprOf(o: Borrowed): string | null {
  const r = objectRepr(o);
  if (r === NULL) return null;
  const s = strToJS(r);
  decref(r);
  return s;
}

function strOf(o: Borrowed): string | null {
  const r = objectStr(o);
  if (r === NULL) return null;
  const s = strToJS(r);
  decref(r);
  return s;
}

/** OSError.__str__: "[Errno N] text: 'file'" (-> 'file2'), else BaseException's rule. */
function oserrorStr(o: Borrowed): Owned | Null {
  const en = excMemberGetBorrow(o, 'errno'), se = excMemberGetBorrow(o, 'strerror');
  const fn = excMemberGetBorrow(o, 'filename'), fn2 = excMemberGetBorrow(o, 'filename2');
  if (fn !== NULL && fn !== Py_None) {
    const a = strOf(en === NULL ? Py_None : en), b = strOf(se === NULL ? Py_None : se), c = reprOf(fn);
    if (a === null || b === null || c === null) return NULL;
    if (fn2 !== NULL && fn2 !== Py_None) {
      const d = reprOf(fn2);
      if (d === null) return NULL;
      return strFromJS(`[Errno ${a}] ${b}: ${c} -> ${d}`);
    }
    return strFromJS(`[Errno ${a}] ${b}: ${c}`);
  }
  if (en !== NULL && se !== NULL && en !== Py_None && se !== Py_None) {
    const a = strOf(en), b = strOf(se);
    if (a === null || b === null) return NULL;
    return strFromJS(`[Errno ${a}] ${b}`);
  }
  const args = i32[(o + EXC_ARGS) >> 2] as Borrowed;
  if (args === 0 || tupleSize(args) === 0) return strFromJS('');
  if (tupleSize(args) === 1) return objectStr(tupleGetItemBorrow(args, 0));
  return objectStr(args);
}

function member(name: string): GetSetDef {
  return {
    name,
    get: (o) => { const v = excMemberGetBorrow(o, name); return newRef(v === NULL ? Py_None : v); },
    set: (o, v) => excMemberSet(o, name, v === NULL ? Py_None : v),
  };
}

function isBlockingIOError(o: Borrowed): boolean {
  const b = exceptionTypes.get('BlockingIOError');
  return b !== undefined && typeIsSubtype(typeOf(o), b);
}

/** BlockingIOError.characters_written: an int; AttributeError while unset (CPython's written == -1). */
const charactersWritten: GetSetDef = {
  name: 'characters_written',
  get: (o) => {
    const v = excMemberGetBorrow(o, 'characters_written');
    return v === NULL ? errSetString(exceptionTypes.get('AttributeError')!, 'characters_written') : newRef(v);
  },
  set: (o, v) => {
    if (v === NULL) {
      if (excMemberGetBorrow(o, 'characters_written') === NULL) {
        errSetString(exceptionTypes.get('AttributeError')!, 'characters_written');
        return -1;
      }
      return excMemberSet(o, 'characters_written', NULL);
    }
    if (!isInt(v)) {
      errSetString(exceptionTypes.get('TypeError')!, `'${typeSlotsOf(typeOf(v)).name}' object cannot be interpreted as an integer`);
      return -1;
    }
    return excMemberSet(o, 'characters_written', v);
  },
};

/** Static phase (before typeFinishStatics): OSError's slots on it and every subclass, and its members. */
export function oserrorInitStatic(): void {
  for (const n of OSERROR_SUBCLASSES) {
    const t = exceptionTypes.get(n);
    if (t === undefined) continue;
    const s = typeSlotsOf(t);
    s.new = oserrorNewSlot;
    s.init = oserrorInitSlot;
    s.str = oserrorStr;
  }
  typeAddGetSets(exceptionTypes.get('OSError')!, [
    member('errno'), member('strerror'), member('filename'), member('filename2'), charactersWritten,
  ]);
}

/** Raises the OSError subclass for `code` with strerror(code) and the filenames (JS strings). */
/**
 * Raises the OSError subclass for errno `code`. A filename is the path argument as the caller received
 * it (a Python object: str, bytes or os.PathLike, as CPython keeps path->object) or a JS string.
 */
export function oserrorRaise(code: number, filename?: FsName, filename2?: FsName): Null {
  const t = exceptionTypes.get(subclassName(code))!;
  const args = tupleNew(2);
  if (args === NULL) return NULL;
  const a0 = intFromNumber(code), a1 = strFromJS(strerror(code));
  if (a0 === NULL || a1 === NULL) { decref(args); return NULL; }
  tupleSetItemSteal(args, 0, a0);
  tupleSetItemSteal(args, 1, a1);
  const e = exceptionNew(t, newRef(args));
  if (e === NULL) { decref(args); return NULL; }
  let ok = excMemberSet(e, 'errno', tupleGetItemBorrow(args, 0)) === 0 &&
    excMemberSet(e, 'strerror', tupleGetItemBorrow(args, 1)) === 0;
  decref(args);
  for (const [k, v] of [['filename', filename], ['filename2', filename2]] as const) {
    if (!ok || v === undefined || v === null) continue;
    const s = typeof v === 'number' ? newRef(v) : strFromJS(v);
    ok = s !== NULL && excMemberSet(e, k, s) === 0;
    if (s !== NULL) decref(s);
  }
  if (!ok) { decref(e); return NULL; }
  errSetRaised(e);
  return NULL;
}

/** A path an OSError names: the caller's Python argument (borrowed) or a JS string. */
export type FsName = string | Borrowed | null;

/** Turns a JS error thrown by node:fs into the Python OSError (NULL returned). */
export function oserrorFromNode(e: unknown, filename?: FsName, filename2?: FsName): Null {
  const err = e as NodeJS.ErrnoException;
  const name = typeof err?.code === 'string' ? err.code : '';
  const code = ERRNO[name];
  if (code === undefined) {
    return errSetString(exceptionTypes.get('OSError')!, err instanceof Error ? err.message : String(e));
  }
  return oserrorRaise(code, filename, filename2);
}
