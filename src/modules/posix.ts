// The posix module: the operating-system calls under os (files by descriptor, paths, directories,
// process facts, running a program to completion for system/popen/spawn), implemented with node:fs,
// node:os and node:child_process (spawnSync: no fork, exec, pipe or dup). Mirrors
// Modules/posixmodule.c for the subset programs use, with its struct sequences (os.stat_result,
// os.terminal_size, times_result, uname_result, waitid_result: heap types in the module's state);
// src/lib/os.py builds the public os module (environ, walk, scandir) on it. posix-system.ts has the
// calls about the system (statvfs, sysconf/pathconf, process groups, readv/sendfile ...) and
// posix-consts.ts the Linux constants and name tables they use.
// Invariants: relative paths resolve against the interpreter's cwd (vm/io.ts, since a worker thread
// cannot chdir); failures raise the OSError subclass for the errno with the filename, as CPython;
// file positions of descriptors opened here are tracked on the JS side (Node has no lseek).

import {
  openSync, closeSync, readSync, writeSync, fstatSync, statSync, lstatSync, opendirSync, realpathSync, mkdirSync, rmdirSync,
  unlinkSync, renameSync, ftruncateSync, truncateSync, accessSync, readlinkSync, symlinkSync, utimesSync,
  chmodSync, constants as fsConstants, type Stats, linkSync, chownSync, lchownSync, fchownSync, fchmodSync,
  fsyncSync, fdatasyncSync,
} from 'node:fs';
import {
  cpus, type as osType, hostname, release, version as osVersion, machine, uptime, loadavg, userInfo,
  getPriority, setPriority,
} from 'node:os';
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from '../objects/type.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError } from '../objects/exceptions.ts';
import { strFromJS, strToJS, isStr } from '../objects/str.ts';
import { bytesFromUint8Array, bytesToUint8Array, isBytes } from '../objects/bytes.ts';
import { intFromNumber, intFromBigInt, intToBigInt, isInt } from '../objects/int.ts';
import { floatNew } from '../objects/float.ts';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { listNew, listAppendSteal } from '../objects/list.ts';
import { dictNew, dictSetItem } from '../objects/dict.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { objectCallNoArgs, lookupSpecial, objectCallOneArg, sequenceTuple } from '../objects/abstract.ts';
import { tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { argAt, type MethodDef } from '../objects/methodobject.ts';
import { bytesType } from '../objects/bytes.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { i32 } from '../heap/views.ts';
import { TUPLE_ITEMS } from '../objects/tuple.ts';
import { structseqNewType, structseqNew, type StructSeqDesc } from './structseq.ts';
import { moduleStateAddSteal, moduleStateBorrow } from '../objects/module.ts';
import { ioStdinReadBytes } from './_io.ts';
import { ioResolvePath, ioSetCwd, vmCwd, stdio } from '../vm/io.ts';
import { type FsName, oserrorFromNode, oserrorRaise, ERRNO, strerror } from '../vm/oserror.ts';
import { POSIX_INT_CONSTANTS } from './posix-consts.ts';
import { posixSystemMethods, posixSystemInit } from './posix-system.ts';

/** A JS value as a new Python object: str, int, float (number with `float`), bytes, tuple (array), None. */
export type JSV = string | number | bigint | boolean | null | Uint8Array | { f: number } | JSV[];
export function toPy(v: JSV): Owned | Null {
  if (v === null) return newNone();
  if (typeof v === 'string') return strFromJS(v);
  if (typeof v === 'number') return intFromNumber(v);
  if (typeof v === 'bigint') return intFromBigInt(v);
  if (typeof v === 'boolean') return newBool(v);
  if (v instanceof Uint8Array) return bytesFromUint8Array(v);
  if (Array.isArray(v)) {
    const t = tupleNew(v.length);
    if (t === NULL) return NULL;
    for (let i = 0; i < v.length; i++) {
      const o = toPy(v[i]);
      if (o === NULL) { decref(t); return NULL; }
      tupleSetItemSteal(t, i, o);
    }
    return t;
  }
  return floatNew(v.f);
}

export function newNone(): Owned { return toOwned(Py_None); }
function newBool(b: boolean): Owned { return toOwned(b ? Py_True : Py_False); }
function toOwned(o: Borrowed): Owned { return newRefB(o); }
import { newRef as newRefB } from '../heap/refcount.ts';

/**
 * The filename an OSError names for path argument `o` (converted to `p` by pathArg): a str or bytes
 * argument itself, as CPython keeps it; an os.PathLike by what its __fspath__ gave (as text).
 */
function fsName(o: Borrowed, p: string): FsName {
  return isStr(o) || isBytes(o) ? o : p;
}

/** A path argument (str, bytes or os.PathLike) as a JS string, with `wasBytes`; null with TypeError set. */
let wasBytes = false;
export function pathArg(o: Borrowed, fname: string, argname = 'path', allowFd = false): string | null {
  wasBytes = false;
  if (isStr(o)) {
    const s = strToJS(o);
    if (s.includes('\0')) { errSetString(ValueError, `${fname}: embedded null character in ${argname}`); return null; }
    return s;
  }
  if (isBytes(o)) { wasBytes = true; return Buffer.from(bytesToUint8Array(o)).toString('utf8'); }
  const m = lookupSpecial(o, '__fspath__');
  if (m !== NULL) {
    const r = objectCallNoArgs(m);
    decref(m);
    if (r === NULL) return null;
    let s: string | null = null;
    if (isStr(r)) s = strToJS(r);
    else if (isBytes(r)) { wasBytes = true; s = Buffer.from(bytesToUint8Array(r)).toString('utf8'); }
    else errSetString(TypeError, `expected ${typeNameOf(o)}.__fspath__() to return str or bytes, not ${typeNameOf(r)}`);
    decref(r);
    return s;
  }
  if (errOccurred() !== NULL) return null;
  errSetString(TypeError, `${fname}: ${argname} should be string, bytes${allowFd ? ', os.PathLike or integer' : ' or os.PathLike'}, not ${typeNameOf(o)}`);
  return null;
}

export function intArg(o: Borrowed): number | null {
  if (!isInt(o)) {
    errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
    return null;
  }
  const v = intToBigInt(o);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    errSetString(OverflowError, 'Python int too large to convert to C long');
    return null;
  }
  return Number(v);
}

export function nargsCheck(fname: string, nargs: number, min: number, max: number): boolean {
  if (nargs >= min && nargs <= max) return true;
  if (min === max) errSetString(TypeError, `${fname}() takes exactly ${min} argument${min === 1 ? '' : 's'} (${nargs} given)`);
  else if (nargs < min) errSetString(TypeError, `${fname}() missing required argument (pos ${nargs + 1})`);
  else errSetString(TypeError, `${fname}() takes at most ${max} arguments (${nargs} given)`);
  return false;
}

// File positions of the descriptors we opened (Node reads and writes at explicit positions).
export const fdPos = new Map<number, number>();
export const fdAppend = new Set<number>();

function ebadf(): Null { return oserrorRaise(ERRNO.EBADF); }

/** posix.open(path, flags, mode=0o777) -> fd. */
function posix_open(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('open', nargs, 2, 3)) return NULL;
  const p = pathArg(argAt(args, 0), 'open');
  if (p === null) return NULL;
  const flags = intArg(argAt(args, 1));
  if (flags === null) return NULL;
  const mode = nargs > 2 ? intArg(argAt(args, 2)) : 0o777;
  if (mode === null) return NULL;
  let fd: number;
  try { fd = openSync(ioResolvePath(p), flags, mode); } catch (e) { return oserrorFromNode(e, fsName(argAt(args, 0), p)); }
  fdPos.set(fd, 0);
  if ((flags & fsConstants.O_APPEND) !== 0) fdAppend.add(fd);
  return intFromNumber(fd);
}

function posix_close(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('close', nargs, 1, 1)) return NULL;
  const fd = intArg(argAt(args, 0));
  if (fd === null) return NULL;
  if (fd <= 2) return newNone(); // the interpreter's standard streams stay open
  try { closeSync(fd); } catch (e) { return oserrorFromNode(e); }
  fdPos.delete(fd);
  fdAppend.delete(fd);
  return newNone();
}

function posix_read(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('read', nargs, 2, 2)) return NULL;
  const fd = intArg(argAt(args, 0)), n = intArg(argAt(args, 1));
  if (fd === null || n === null) return NULL;
  if (n < 0) return oserrorRaise(ERRNO.EINVAL);
  const data = fdRead(fd, n);
  return data === null ? NULL : bytesFromUint8Array(data);
}

/** read(2) of up to n bytes at fd's file position (which it moves); null with OSError set. */
export function fdRead(fd: number, n: number): Uint8Array | null {
  if (fd === 0) {
    // stdin's bytes come from the embedder (shared with sys.stdin's reads).
    return ioStdinReadBytes(n, false);
  }
  const buf = Buffer.alloc(Math.min(n, 1 << 26));
  const pos = fdPos.get(fd);
  let got: number;
  try { got = readSync(fd, buf, 0, buf.length, pos ?? null); } catch (e) { oserrorFromNode(e); return null; }
  if (pos !== undefined) fdPos.set(fd, pos + got);
  return buf.subarray(0, got);
}

/** Bytes of a bytes-like argument (bytes, bytearray, memoryview), or null with TypeError set. */
export function bytesLike(o: Borrowed): Uint8Array | null {
  if (isBytes(o)) return bytesToUint8Array(o);
  const tn = typeNameOf(o);
  if (tn === 'bytearray' || tn === 'memoryview' || tn === 'array') {
    const b = objectCallOneArg(bytesType, o);
    if (b === NULL) return null;
    const u = bytesToUint8Array(b).slice();
    decref(b);
    return u;
  }
  errSetString(TypeError, `a bytes-like object is required, not '${tn}'`);
  return null;
}

function posix_write(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('write', nargs, 2, 2)) return NULL;
  const fd = intArg(argAt(args, 0));
  if (fd === null) return NULL;
  const data = bytesLike(argAt(args, 1));
  if (data === null) return NULL;
  const n = fdWrite(fd, data);
  return n < 0 ? NULL : intFromNumber(n);
}

/** write(2) of data at fd's file position (which it moves); the count written, or -1 with OSError set. */
export function fdWrite(fd: number, data: Uint8Array): number {
  if (fd === 1 || fd === 2) {
    const errno = stdio.writeBytes(fd, data);
    if (errno !== 0) { oserrorRaise(errno); return -1; }
    return data.length;
  }
  const pos = fdAppend.has(fd) ? undefined : fdPos.get(fd);
  let n: number;
  try { n = writeSync(fd, data, 0, data.length, pos ?? null); } catch (e) { oserrorFromNode(e); return -1; }
  if (fdAppend.has(fd)) {
    try { fdPos.set(fd, fstatSync(fd).size); } catch { /* keep */ }
  } else if (pos !== undefined) fdPos.set(fd, pos + n);
  return n;
}

function posix_lseek(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('lseek', nargs, 3, 3)) return NULL;
  const fd = intArg(argAt(args, 0)), off = intArg(argAt(args, 1)), how = intArg(argAt(args, 2));
  if (fd === null || off === null || how === null) return NULL;
  const cur = fdPos.get(fd);
  if (cur === undefined) return fd <= 2 ? oserrorRaise(ERRNO.ESPIPE) : ebadf();
  let base: number;
  if (how === 0) base = 0;
  else if (how === 1) base = cur;
  else if (how === 2) {
    try { base = fstatSync(fd).size; } catch (e) { return oserrorFromNode(e); }
  } else return oserrorRaise(ERRNO.EINVAL);
  const np = base + off;
  if (np < 0) return oserrorRaise(ERRNO.EINVAL);
  fdPos.set(fd, np);
  return intFromNumber(np);
}

// posix's struct sequence types: heap types made with the module (as PyStructSequence_NewType makes
// CPython's), kept in its state in STRUCTSEQ_DESCS's order for its functions to reach through their
// module; the indices of those its functions make:
const STATE_STAT_RESULT = 0;
const STATE_TIMES_RESULT = 2;
const STATE_UNAME_RESULT = 3;
export const STATE_STATVFS_RESULT = 5;

const STRUCTSEQ_DESCS: readonly StructSeqDesc[] = [
  {
    name: 'os.stat_result',
    doc: 'stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n' +
      '  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n' +
      'or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n' +
      'Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n' +
      'or st_flags, they are available as attributes only.\n\nSee os.stat for more information.',
    fields: [
      { name: 'st_mode', doc: 'protection bits' }, { name: 'st_ino', doc: 'inode' }, { name: 'st_dev', doc: 'device' },
      { name: 'st_nlink', doc: 'number of hard links' }, { name: 'st_uid', doc: 'user ID of owner' },
      { name: 'st_gid', doc: 'group ID of owner' }, { name: 'st_size', doc: 'total size, in bytes' },
      // The integer times: visible items without attributes.
      { name: null }, { name: null }, { name: null },
      { name: 'st_atime', doc: 'time of last access' }, { name: 'st_mtime', doc: 'time of last modification' },
      { name: 'st_ctime', doc: 'time of last change' },
      { name: 'st_atime_ns', doc: 'time of last access in nanoseconds' },
      { name: 'st_mtime_ns', doc: 'time of last modification in nanoseconds' },
      { name: 'st_ctime_ns', doc: 'time of last change in nanoseconds' },
      { name: 'st_blksize', doc: 'blocksize for filesystem I/O' }, { name: 'st_blocks', doc: 'number of blocks allocated' },
      { name: 'st_rdev', doc: 'device type (if inode device)' },
    ],
    nInSequence: 10,
    afterNew: statResultFloatTimes,
  },
  {
    name: 'os.terminal_size',
    doc: 'A tuple of (columns, lines) for holding terminal window size',
    fields: [
      { name: 'columns', doc: 'width of the terminal window in characters' },
      { name: 'lines', doc: 'height of the terminal window in characters' },
    ],
    nInSequence: 2,
  },
  {
    name: 'posix.times_result',
    doc: 'times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n' +
      '  (user, system, children_user, children_system, elapsed),\n' +
      'or via the attributes user, system, children_user, children_system,\nand elapsed.\n\n' +
      'See os.times for more information.',
    fields: [
      { name: 'user', doc: 'user time' }, { name: 'system', doc: 'system time' },
      { name: 'children_user', doc: 'user time of children' }, { name: 'children_system', doc: 'system time of children' },
      { name: 'elapsed', doc: 'elapsed time since an arbitrary point in the past' },
    ],
    nInSequence: 5,
  },
  {
    name: 'posix.uname_result',
    doc: 'uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n' +
      '  (sysname, nodename, release, version, machine),\n' +
      'or via the attributes sysname, nodename, release, version, and machine.\n\n' +
      'See os.uname for more information.',
    fields: [
      { name: 'sysname', doc: 'operating system name' },
      { name: 'nodename', doc: 'name of machine on network (implementation-defined)' },
      { name: 'release', doc: 'operating system release' }, { name: 'version', doc: 'operating system version' },
      { name: 'machine', doc: 'hardware identifier' },
    ],
    nInSequence: 5,
  },
  {
    name: 'posix.waitid_result',
    doc: 'waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n' +
      '  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\n' +
      'See os.waitid for more information.',
    fields: [{ name: 'si_pid' }, { name: 'si_uid' }, { name: 'si_signo' }, { name: 'si_status' }, { name: 'si_code' }],
    nInSequence: 5,
  },
  {
    name: 'os.statvfs_result',
    doc: 'statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n' +
      '  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n' +
      'or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.',
    fields: [
      { name: 'f_bsize' }, { name: 'f_frsize' }, { name: 'f_blocks' }, { name: 'f_bfree' }, { name: 'f_bavail' },
      { name: 'f_files' }, { name: 'f_ffree' }, { name: 'f_favail' }, { name: 'f_flag' }, { name: 'f_namemax' },
      { name: 'f_fsid' },
    ],
    nInSequence: 10,
  },
];

/** statresult_new's completion: st_atime/st_mtime/st_ctime left None take the integer times. */
function statResultFloatTimes(o: Borrowed): void {
  for (let i = 7; i <= 9; i++) {
    const p = (o + TUPLE_ITEMS + 4 * (i + 3)) >> 2;
    if (i32[p] !== Py_None) continue;
    const v = i32[(o + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed;
    newRefB(v);
    i32[p] = v;
    decref(Py_None as Owned);
  }
}

/** An instance of the struct sequence at `index` of the posix module's state, from JS values. */
export function structseqFromJS(module: Borrowed | Null, index: number, values: readonly JSV[]): Owned | Null {
  return structseqNew(moduleStateBorrow(module as Borrowed, index), values.map(toPy));
}

/** os.stat_result's 19 fields from node's Stats (the integer times are the float ones floored). */
function statValues(st: Stats): JSV[] {
  const ns = (ms: number): bigint => BigInt(Math.round(ms * 1e6));
  return [
    st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size,
    Math.floor(st.atimeMs / 1000), Math.floor(st.mtimeMs / 1000), Math.floor(st.ctimeMs / 1000),
    { f: st.atimeMs / 1000 }, { f: st.mtimeMs / 1000 }, { f: st.ctimeMs / 1000 },
    ns(st.atimeMs), ns(st.mtimeMs), ns(st.ctimeMs), st.blksize, st.blocks, st.rdev,
  ];
}

function statCommon(module: Borrowed | Null, fname: string, args: number, nargs: number, follow: boolean): Owned | Null {
  if (!nargsCheck(fname, nargs, 1, 1)) return NULL;
  const a = argAt(args, 0);
  let st: Stats;
  if (isInt(a)) {
    const fd = intArg(a);
    if (fd === null) return NULL;
    try { st = fstatSync(fd); } catch (e) { return oserrorFromNode(e); }
  } else {
    const p = pathArg(a, fname, 'path', true);
    if (p === null) return NULL;
    try { st = follow ? statSync(ioResolvePath(p)) : lstatSync(ioResolvePath(p)); } catch (e) { return oserrorFromNode(e, fsName(a, p)); }
  }
  return structseqFromJS(module, STATE_STAT_RESULT, statValues(st));
}

/**
 * The names in a directory in the file system's order, as readdir(3) gives them to CPython
 * (fs.readdirSync sorts them: libuv's scandir does).
 */
function readdirUnsorted(path: string): string[] {
  const dir = opendirSync(path);
  const names: string[] = [];
  try {
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name);
  } finally {
    dir.closeSync();
  }
  return names;
}

function posix_listdir(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('listdir', nargs, 0, 1)) return NULL;
  let p = '.';
  let asBytes = false;
  if (nargs === 1 && argAt(args, 0) !== Py_None) {
    const s = pathArg(argAt(args, 0), 'listdir', 'path', true);
    if (s === null) return NULL;
    p = s;
    asBytes = wasBytes;
  }
  let names: string[];
  try { names = readdirUnsorted(ioResolvePath(p)); } catch (e) { return oserrorFromNode(e, nargs === 1 ? fsName(argAt(args, 0), p) : p); }
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const n of names) {
    const o = asBytes ? bytesFromUint8Array(Buffer.from(n, 'utf8')) : strFromJS(n);
    if (o === NULL || listAppendSteal(l, o) < 0) { decref(l); return NULL; }
  }
  return l;
}

/** A function of one path argument (and optional extra ints) doing a node:fs call. */
function pathOp(fname: string, min: number, max: number, op: (p: string, extra: number[]) => JSV | void): MethodDef {
  return {
    name: fname,
    fn: (_s, args, nargs) => {
      if (!nargsCheck(fname, nargs, min, max)) return NULL;
      const p = pathArg(argAt(args, 0), fname);
      if (p === null) return NULL;
      const extra: number[] = [];
      for (let i = 1; i < nargs; i++) {
        const v = intArg(argAt(args, i));
        if (v === null) return NULL;
        extra.push(v);
      }
      let r: JSV | void;
      try { r = op(p, extra); } catch (e) { return oserrorFromNode(e, fsName(argAt(args, 0), p)); }
      return r === undefined ? newNone() : toPy(r);
    },
  };
}

/** A function of two paths (rename, replace, symlink). */
function twoPathOp(fname: string, op: (a: string, b: string) => void): MethodDef {
  return {
    name: fname,
    fn: (_s, args, nargs) => {
      if (!nargsCheck(fname, nargs, 2, 2)) return NULL;
      const a = pathArg(argAt(args, 0), fname, 'src');
      if (a === null) return NULL;
      const b = pathArg(argAt(args, 1), fname, 'dst');
      if (b === null) return NULL;
      try { op(a, b); } catch (e) { return oserrorFromNode(e, fsName(argAt(args, 0), a), fsName(argAt(args, 1), b)); }
      return newNone();
    },
  };
}

function posix_mkdir(p: string, extra: number[]): void {
  mkdirSync(ioResolvePath(p), { mode: extra[0] ?? 0o777 });
}

function posix_urandom(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('urandom', nargs, 1, 1)) return NULL;
  const n = intArg(argAt(args, 0));
  if (n === null) return NULL;
  if (n < 0) return errSetString(ValueError, 'negative argument not allowed');
  const b = new Uint8Array(n);
  randomFillSync(b);
  return bytesFromUint8Array(b);
}

function posix_ftruncate(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('ftruncate', nargs, 2, 2)) return NULL;
  const fd = intArg(argAt(args, 0)), n = intArg(argAt(args, 1));
  if (fd === null || n === null) return NULL;
  try { ftruncateSync(fd, n); } catch (e) { return oserrorFromNode(e); }
  return newNone();
}

function posix_fstat(module: Borrowed | Null, args: number, nargs: number): Owned | Null {
  if (!nargsCheck('fstat', nargs, 1, 1)) return NULL;
  const fd = intArg(argAt(args, 0));
  if (fd === null) return NULL;
  let st: Stats;
  try { st = fstatSync(fd); } catch (e) { return oserrorFromNode(e); }
  return structseqFromJS(module, STATE_STAT_RESULT, statValues(st));
}

function intFn(fname: string, f: (fd: number) => JSV): MethodDef {
  return {
    name: fname,
    fn: (_s, args, nargs) => {
      if (!nargsCheck(fname, nargs, 1, 1)) return NULL;
      const v = intArg(argAt(args, 0));
      if (v === null) return NULL;
      return toPy(f(v));
    },
  };
}

/** A function of ints only (fd, offsets, ids): the JS op gets them as numbers. */
function intsOp(fname: string, min: number, max: number, op: (x: number[]) => JSV | void): MethodDef {
  return {
    name: fname,
    fn: (_s, args, nargs) => {
      if (!nargsCheck(fname, nargs, min, max)) return NULL;
      const xs: number[] = [];
      for (let i = 0; i < nargs; i++) {
        const v = intArg(argAt(args, i));
        if (v === null) return NULL;
        xs.push(v);
      }
      let r: JSV | void;
      try { r = op(xs); } catch (e) { return oserrorFromNode(e); }
      return r === undefined ? newNone() : toPy(r);
    },
  };
}

/** pread(fd, n, offset): reads at an offset without moving the file position. */
function posix_pread(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('pread', nargs, 3, 3)) return NULL;
  const fd = intArg(argAt(args, 0)), n = intArg(argAt(args, 1)), off = intArg(argAt(args, 2));
  if (fd === null || n === null || off === null) return NULL;
  if (n < 0) return errSetString(ValueError, 'negative buffersize in pread');
  if (off < 0) return oserrorRaise(ERRNO.EINVAL);
  const buf = Buffer.alloc(Math.min(n, 1 << 26));
  let got: number;
  try { got = readSync(fd, buf, 0, buf.length, off); } catch (e) { return oserrorFromNode(e); }
  return bytesFromUint8Array(buf, 0, got);
}

/** pwrite(fd, data, offset): writes at an offset without moving the file position. */
function posix_pwrite(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('pwrite', nargs, 3, 3)) return NULL;
  const fd = intArg(argAt(args, 0));
  if (fd === null) return NULL;
  const data = bytesLike(argAt(args, 1));
  if (data === null) return NULL;
  const off = intArg(argAt(args, 2));
  if (off === null) return NULL;
  if (off < 0) return oserrorRaise(ERRNO.EINVAL);
  try { return intFromNumber(writeSync(fd, data, 0, data.length, off)); } catch (e) { return oserrorFromNode(e); }
}

/** A list of str arguments (argv, or the strings of an environment), null with TypeError set. */
function strList(o: Borrowed, fname: string, what: string): string[] | null {
  const t = sequenceTuple(o);
  if (t === NULL) return null;
  const out: string[] = [];
  for (let i = 0; i < tupleSize(t); i++) {
    const s = pathArg(tupleGetItemBorrow(t, i), fname, what);
    if (s === null) { decref(t); return null; }
    out.push(s);
  }
  decref(t);
  return out;
}

/**
 * _run_wait(file, argv, env, search): runs a program to completion (no shell), passes its output on to
 * this interpreter's stdout/stderr and returns its wait status (exit code << 8, or the signal number).
 * The child gets no standard input. This is how system(), popen() and spawn*(P_WAIT) run programs.
 */
function posix_run_wait(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('_run_wait', nargs, 5, 5)) return NULL;
  const file = pathArg(argAt(args, 0), '_run_wait', 'file');
  if (file === null) return NULL;
  const argv = strList(argAt(args, 1), '_run_wait', 'args');
  if (argv === null) return NULL;
  let env: NodeJS.ProcessEnv = process.env;
  const envO = argAt(args, 2);
  if (envO !== Py_None) {
    const kv = strList(envO, '_run_wait', 'env');
    if (kv === null) return NULL;
    env = {};
    for (const e of kv) { const i = e.indexOf('='); env[e.slice(0, i)] = e.slice(i + 1); }
  }
  const capture = argAt(args, 4) === Py_True;
  // Without search (spawnv, not spawnvp) a bare name is a file in the current directory, not a PATH entry.
  const prog = argAt(args, 3) === Py_True || file.includes('/') ? file : ioResolvePath(file);
  const r = spawnSync(prog, argv.slice(1), { argv0: argv[0], cwd: vmCwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  if (r.error !== undefined) return oserrorFromNode(r.error, file);
  if (!capture && r.stdout.length > 0) stdio.writeBytes(1, r.stdout);
  if (r.stderr.length > 0) stdio.writeBytes(2, r.stderr);
  const sigs: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };
  const status = r.signal !== null ? (sigs[r.signal] ?? 15) : ((r.status ?? 0) & 0xff) << 8;
  if (!capture) return intFromNumber(status);
  return toPy([status, new Uint8Array(r.stdout)]);
}

/** utime(path, atime_ns, mtime_ns) with both None for now (os.utime checks and converts the arguments). */
function posix_utime(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('utime', nargs, 1, 3)) return NULL;
  const p = pathArg(argAt(args, 0), 'utime');
  if (p === null) return NULL;
  let at: Date | number = new Date(), mt: Date | number = at;
  if (nargs === 3 && argAt(args, 1) !== Py_None) {
    const a = argAt(args, 1), m = argAt(args, 2);
    if (!isInt(a) || !isInt(m)) return errSetString(TypeError, 'utime: times must be ints of nanoseconds');
    at = Number(intToBigInt(a)) / 1e9;
    mt = Number(intToBigInt(m)) / 1e9;
  }
  // CPython reports utime failures without the filename (posix_error, not path_error).
  try { utimesSync(ioResolvePath(p), at, mt); } catch (e) { return oserrorFromNode(e); }
  return newNone();
}

function posix_kill(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('kill', nargs, 2, 2)) return NULL;
  const pid = intArg(argAt(args, 0)), sig = intArg(argAt(args, 1));
  if (pid === null || sig === null) return NULL;
  try { process.kill(pid, sig); } catch (e) { return oserrorFromNode(e); }
  return newNone();
}

const posixMethods: MethodDef[] = [
  // closerange closes only the descriptors this interpreter opened: the host process's own (Node's)
  // may lie in the range, and closing those under it would break the embedder.
  intsOp('closerange', 2, 2, ([lo, hi]) => {
    for (const fd of [...fdPos.keys()].sort((x, y) => x - y)) {
      if (fd < lo || fd >= hi || fd <= 2) continue;
      try { closeSync(fd); } catch { /* closerange ignores errors */ }
      fdPos.delete(fd);
      fdAppend.delete(fd);
    }
  }),
  { name: 'pread', fn: (_s, a, n) => posix_pread(a, n) },
  { name: 'pwrite', fn: (_s, a, n) => posix_pwrite(a, n) },
  { name: '_run_wait', fn: (_s, a, n) => posix_run_wait(a, n) },
  { name: 'kill', fn: (_s, a, n) => posix_kill(a, n) },
  { name: 'uname', fn: (m) => structseqFromJS(m, STATE_UNAME_RESULT, [osType(), hostname(), release(), osVersion(), machine()]) },
  {
    name: 'times',
    fn: (m) => {
      const u = process.cpuUsage();
      return structseqFromJS(m, STATE_TIMES_RESULT,
        [{ f: u.user / 1e6 }, { f: u.system / 1e6 }, { f: 0 }, { f: 0 }, { f: Math.round(uptime() * 100) / 100 }]);
    },
  },
  {
    name: 'getgroups',
    fn: () => {
      const l = listNew(0);
      if (l === NULL) return NULL;
      for (const g of process.getgroups?.() ?? []) {
        const o = intFromNumber(g);
        if (o === NULL || listAppendSteal(l, o) < 0) { decref(l); return NULL; }
      }
      return l;
    },
  },
  { name: 'getloadavg', fn: () => toPy(loadavg().map((x) => ({ f: x })) as JSV[]) },
  {
    name: 'getlogin',
    fn: () => {
      try { return strFromJS(userInfo().username); } catch (e) { return oserrorFromNode(e); }
    },
  },
  intsOp('getpriority', 2, 2, ([which, who]) => {
    if (which !== 0) throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' }); // Node knows processes only
    return getPriority(who);
  }),
  intsOp('setpriority', 3, 3, ([which, who, prio]) => {
    if (which !== 0) throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
    setPriority(who, prio);
  }),
  intsOp('fchmod', 2, 2, ([fd, mode]) => { fchmodSync(fd, mode); }),
  intsOp('fchown', 3, 3, ([fd, uid, gid]) => { fchownSync(fd, uid, gid); }),
  intsOp('fsync', 1, 1, ([fd]) => { if (fd > 2) fsyncSync(fd); }),
  intsOp('fdatasync', 1, 1, ([fd]) => { if (fd > 2) fdatasyncSync(fd); }),
  pathOp('chown', 3, 3, (p, x) => { chownSync(ioResolvePath(p), x[0], x[1]); }),
  pathOp('lchown', 3, 3, (p, x) => { lchownSync(ioResolvePath(p), x[0], x[1]); }),
  twoPathOp('link', (a, b) => { linkSync(ioResolvePath(a), ioResolvePath(b)); }),
  { name: 'open', fn: (_s, a, n) => posix_open(a, n) },
  { name: 'close', fn: (_s, a, n) => posix_close(a, n) },
  { name: 'read', fn: (_s, a, n) => posix_read(a, n) },
  { name: 'write', fn: (_s, a, n) => posix_write(a, n) },
  { name: 'lseek', fn: (_s, a, n) => posix_lseek(a, n) },
  { name: 'fstat', fn: (m, a, n) => posix_fstat(m, a, n) },
  { name: 'ftruncate', fn: (_s, a, n) => posix_ftruncate(a, n) },
  { name: 'stat', fn: (m, a, n) => statCommon(m, 'stat', a, n, true) },
  { name: 'lstat', fn: (m, a, n) => statCommon(m, 'lstat', a, n, false) },
  { name: 'listdir', fn: (_s, a, n) => posix_listdir(a, n) },
  pathOp('mkdir', 1, 2, posix_mkdir),
  pathOp('rmdir', 1, 1, (p) => { rmdirSync(ioResolvePath(p)); }),
  pathOp('unlink', 1, 1, (p) => { unlinkSync(ioResolvePath(p)); }),
  pathOp('remove', 1, 1, (p) => { unlinkSync(ioResolvePath(p)); }),
  pathOp('chdir', 1, 1, (p) => {
    const full = ioResolvePath(p);
    if (!statSync(full).isDirectory()) throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
    // The kernel's idea of the new directory (getcwd() after chdir('link/..') is link's target's parent).
    ioSetCwd(realpathSync.native(full));
  }),
  pathOp('chmod', 2, 2, (p, x) => { chmodSync(ioResolvePath(p), x[0]); }),
  pathOp('truncate', 2, 2, (p, x) => { truncateSync(ioResolvePath(p), x[0]); }),
  pathOp('readlink', 1, 1, (p) => readlinkSync(ioResolvePath(p))),
  pathOp('access', 2, 2, (p, x) => {
    try { accessSync(ioResolvePath(p), x[0]); return true; } catch { return false; }
  }),
  { name: 'utime', fn: (_s, a, n) => posix_utime(a, n) },
  twoPathOp('rename', (a, b) => { renameSync(ioResolvePath(a), ioResolvePath(b)); }),
  twoPathOp('replace', (a, b) => { renameSync(ioResolvePath(a), ioResolvePath(b)); }),
  twoPathOp('symlink', (a, b) => { symlinkSync(a, ioResolvePath(b)); }),
  { name: 'getcwd', fn: () => strFromJS(vmCwd) },
  { name: 'getcwdb', fn: () => bytesFromUint8Array(Buffer.from(vmCwd, 'utf8')) },
  { name: 'getpid', fn: () => intFromNumber(process.pid) },
  { name: 'getppid', fn: () => intFromNumber(process.ppid) },
  { name: 'getuid', fn: () => intFromNumber(process.getuid?.() ?? 0) },
  { name: 'getgid', fn: () => intFromNumber(process.getgid?.() ?? 0) },
  { name: 'geteuid', fn: () => intFromNumber(process.geteuid?.() ?? 0) },
  { name: 'getegid', fn: () => intFromNumber(process.getegid?.() ?? 0) },
  { name: 'cpu_count', fn: () => intFromNumber(cpus().length || 1) },
  { name: 'urandom', fn: (_s, a, n) => posix_urandom(a, n) },
  intFn('strerror', (c) => strerror(c)),
  intFn('isatty', (fd) => {
    if (fd >= 0 && fd <= 2) return stdio.isatty(fd);
    return false;
  }),
  { name: 'umask', fn: (_s, a, n) => {
    if (!nargsCheck('umask', n, 1, 1)) return NULL;
    const m = intArg(argAt(a, 0));
    if (m === null) return NULL;
    return intFromNumber(process.umask !== undefined ? safeUmask(m) : 0o022);
  } },
];

function safeUmask(m: number): number {
  try { return process.umask(m); } catch { return 0o022; }
}

/** The environment as a dict of str -> str. */
function environDict(): Owned | Null {
  const d = dictNew();
  if (d === NULL) return NULL;
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    const ko = strFromJS(k), vo = strFromJS(v);
    if (ko === NULL || vo === NULL || dictSetItem(d, ko, vo) < 0) {
      if (ko !== NULL) decref(ko);
      if (vo !== NULL) decref(vo);
      decref(d);
      return NULL;
    }
    decref(ko); decref(vo);
  }
  return d;
}

/** putenv/unsetenv: change this thread's process.env (what child lookups through getenv see). */
function posix_putenv(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('putenv', nargs, 2, 2)) return NULL;
  const k = argAt(args, 0), v = argAt(args, 1);
  if (!isStr(k) || !isStr(v)) return errSetString(TypeError, 'putenv() argument must be str');
  const ks = strToJS(k);
  if (ks === '' || ks.includes('=')) return errSetString(ValueError, 'illegal environment variable name');
  process.env[ks] = strToJS(v);
  return newNone();
}

function posix_unsetenv(args: number, nargs: number): Owned | Null {
  if (!nargsCheck('unsetenv', nargs, 1, 1)) return NULL;
  const k = argAt(args, 0);
  if (!isStr(k)) return errSetString(TypeError, 'unsetenv() argument must be str');
  delete process.env[strToJS(k)];
  return newNone();
}

// Made once per process: a MethodDef is registered by identity (methodDefRegister).
let posixDefs: MethodDef[] | null = null;

export function posixModuleNew(): Owned | Null {
  posixDefs ??= [...posixMethods,
    { name: 'putenv', fn: (_s: Borrowed | Null, a: number, n: number) => posix_putenv(a, n) },
    { name: 'unsetenv', fn: (_s: Borrowed | Null, a: number, n: number) => posix_unsetenv(a, n) },
    ...posixSystemMethods,
  ];
  return nativeModuleNew('posix', posixDefs, (m) => {
    const ints: Array<[string, number]> = [
      ['O_RDONLY', fsConstants.O_RDONLY], ['O_WRONLY', fsConstants.O_WRONLY], ['O_RDWR', fsConstants.O_RDWR],
      ['O_CREAT', fsConstants.O_CREAT], ['O_EXCL', fsConstants.O_EXCL], ['O_TRUNC', fsConstants.O_TRUNC],
      ['O_APPEND', fsConstants.O_APPEND], ['O_NONBLOCK', fsConstants.O_NONBLOCK ?? 0o4000],
      ['O_CLOEXEC', 0o2000000], ['O_NOFOLLOW', fsConstants.O_NOFOLLOW ?? 0o400000],
      ['O_DIRECTORY', fsConstants.O_DIRECTORY ?? 0o200000],
      ['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1],
      ['SEEK_SET', 0], ['SEEK_CUR', 1], ['SEEK_END', 2],
      // open(2) flags Linux defines (open passes flags to the system unchanged)
      ['O_ACCMODE', 3], ['O_ASYNC', 0o20000], ['O_DIRECT', 0o40000], ['O_DSYNC', 0o10000],
      ['O_FSYNC', 0o4010000], ['O_SYNC', 0o4010000], ['O_RSYNC', 0o4010000], ['O_LARGEFILE', 0],
      ['O_NDELAY', 0o4000], ['O_NOATIME', 0o1000000], ['O_NOCTTY', 0o400], ['O_PATH', 0o10000000],
      ['O_TMPFILE', 0o20200000],
      // sysexits.h exit codes
      ['EX_OK', 0], ['EX_USAGE', 64], ['EX_DATAERR', 65], ['EX_NOINPUT', 66], ['EX_NOUSER', 67],
      ['EX_NOHOST', 68], ['EX_UNAVAILABLE', 69], ['EX_SOFTWARE', 70], ['EX_OSERR', 71], ['EX_OSFILE', 72],
      ['EX_CANTCREAT', 73], ['EX_IOERR', 74], ['EX_TEMPFAIL', 75], ['EX_PROTOCOL', 76], ['EX_NOPERM', 77],
      ['EX_CONFIG', 78],
      ['PRIO_PROCESS', 0], ['PRIO_PGRP', 1], ['PRIO_USER', 2],
      ['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_NOLOAD', 4], ['RTLD_DEEPBIND', 8], ['RTLD_GLOBAL', 0o400],
      ['RTLD_LOCAL', 0], ['RTLD_NODELETE', 0o10000],
      ['P_WAIT', 0], ['P_NOWAIT', 1], ['P_NOWAITO', 1],
      ['NGROUPS_MAX', 65536], ['TMP_MAX', 238328],
    ];
    for (const [k, v] of ints) if (moduleAddSteal(m, k, intFromNumber(v)) < 0) return -1;
    for (const [k, v] of POSIX_INT_CONSTANTS) if (moduleAddSteal(m, k, intFromNumber(v)) < 0) return -1;
    if (posixSystemInit(m) < 0) return -1;
    for (const desc of STRUCTSEQ_DESCS) {
      const t = structseqNewType(desc);
      if (t === NULL) return -1;
      moduleStateAddSteal(m, newRefB(t)); // in STATE_* order
      if (moduleAddSteal(m, desc.name.slice(desc.name.lastIndexOf('.') + 1), t) < 0) return -1;
    }
    return moduleAddSteal(m, 'environ', environDict());
  }, 'This module provides access to operating system functionality (the os module builds on it).');
}
