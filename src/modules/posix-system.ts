// posix's calls about the system rather than single files: statvfs/fstatvfs, sysconf/confstr/pathconf,
// process groups, sessions, credentials and CPU affinity, terminals, and the vectored and kernel-side
// copies (readv, preadv, pwritev, sendfile, copy_file_range, posix_fallocate). Mirrors the matching
// parts of Modules/posixmodule.c. Node has no call for most of these, so the answers come from where
// the kernel publishes them: /proc/<pid>/stat and status, /proc/self/fdinfo, /proc/self/mountinfo,
// /proc/self/limits, /proc/self/auxv, /sys/devices/system/cpu, fs.statfsSync. Invariant: a function
// here is only defined when it does what CPython's does; failures raise CPython's OSError for the errno.

import {
  statfsSync, fstatSync, readFileSync, readlinkSync, readSync, writeSync, openSync, closeSync, fsyncSync,
  fdatasyncSync, readdirSync, realpathSync, statSync, type Stats, type BigIntStatsFs,
} from 'node:fs';
import { cpus } from 'node:os';
import { isatty } from 'node:tty';
import { spawnSync } from 'node:child_process';
import { decref } from '../heap/refcount.ts';
import { u8 } from '../heap/views.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { errSetString, errSetRaised } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError, exceptionTypes } from '../objects/exceptions.ts';
import { strFromJS, strToJS, isStr } from '../objects/str.ts';
import { intFromNumber, isInt } from '../objects/int.ts';
import { dictNew, dictSetItem } from '../objects/dict.ts';
import { setNew, setAdd } from '../objects/set.ts';
import { Py_None } from '../objects/none.ts';
import { lookupSpecial, objectCallNoArgs, objectCallTwoArgs, sequenceFast, fastSize, parseArgs, PARSED } from '../objects/abstract.ts';
import { tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { listGetItemBorrow } from '../objects/list.ts';
import { bufferGet, BUF } from '../objects/memoryview.ts';
import {
  argAt, argsNone, argsOne, argsNoKwnames, argsCheckPositional, type MethodDef,
} from '../objects/methodobject.ts';
import { moduleAddSteal } from './native.ts';
import { ioResolvePath, ioSetCwd, stdio } from '../vm/io.ts';
import { oserrorFromNode, oserrorRaise, ERRNO } from '../vm/oserror.ts';
import {
  toPy, newNone, pathArg, intArg, nargsCheck, fdPos, fdRead, fdWrite, structseqFromJS, STATE_STATVFS_RESULT,
  type JSV,
} from './posix.ts';
import {
  SYSCONF_TABLE, SYSCONF_EXTRA, CONFSTR_TABLE, PATHCONF_TABLE, linkMaxOf, fileSizeBitsOf, type ConfValue,
} from './posix-consts.ts';

const O_APPEND = 0o2000;
const O_NONBLOCK = 0o4000;
const O_CLOEXEC = 0o2000000;
const O_ACCMODE = 3;

/** An errno as a thrown value, for the helpers below whose callers turn throws into OSError. */
function sysError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** fstat(fd), EBADF for a descriptor that is not open. */
function fdStat(fd: number): Stats {
  if (fd < 0) throw sysError('EBADF');
  return fstatSync(fd);
}

/** The open flags of a descriptor (fcntl F_GETFL, with O_CLOEXEC for FD_CLOEXEC), from /proc/self/fdinfo. */
function fdFlags(fd: number): number {
  let text: string;
  try { text = readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1'); } catch { throw sysError('EBADF'); }
  const m = /^flags:\s*([0-7]+)/m.exec(text);
  if (m === null) throw sysError('EBADF');
  return parseInt(m[1], 8);
}

/** The fields of /proc/<pid>/stat after the command name (state is [0], ppid [1], pgrp [2] ...). */
function procStat(pid: number): string[] {
  let text: string;
  try { text = readFileSync(pid === 0 ? '/proc/self/stat' : `/proc/${pid}/stat`, 'latin1'); } catch { throw sysError('ESRCH'); }
  return text.slice(text.lastIndexOf(')') + 2).trim().split(' ');
}

/** One line's fields of /proc/<who>/status ("Uid:\t0\t0\t0\t0" -> ['0', '0', '0', '0']). */
function procStatus(who: string, key: string): string[] {
  let text: string;
  try { text = readFileSync(`/proc/${who}/status`, 'latin1'); } catch { throw sysError('ESRCH'); }
  const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(text);
  if (m === null) throw sysError('ESRCH');
  return m[1].trim().split(/\s+/);
}

/** A pid argument checked as CPython's pid_t converter does. */
function pidArg(o: Borrowed): number | null {
  const v = intArg(o);
  if (v === null) return null;
  if (v > 0x7fffffff) { errSetString(OverflowError, 'signed integer is greater than maximum'); return null; }
  if (v < -0x80000000) { errSetString(OverflowError, 'signed integer is less than minimum'); return null; }
  return v;
}

/** A file descriptor: an int or an object with fileno() (CPython's fildes converter). */
function fildesArg(o: Borrowed): number | null {
  let fd: number | null;
  if (isInt(o)) fd = intArg(o);
  else {
    const m = lookupSpecial(o, 'fileno');
    if (m === NULL) {
      errSetString(TypeError, 'argument must be an int, or have a fileno() method.');
      return null;
    }
    const r = objectCallNoArgs(m);
    decref(m);
    if (r === NULL) return null;
    if (!isInt(r)) {
      errSetString(TypeError, 'fileno() returned a non-integer');
      decref(r);
      return null;
    }
    fd = intArg(r);
    decref(r);
  }
  if (fd === null) return null;
  if (fd < 0) { errSetString(ValueError, `file descriptor cannot be a negative integer (${fd})`); return null; }
  return fd;
}

/** glibc's texts for errnos vm/oserror.ts's table lacks. */
const MORE_STRERROR: Record<string, string> = { EOVERFLOW: 'Value too large for defined data type' };

/** oserrorFromNode, knowing the texts of MORE_STRERROR (OSError(errno, text) picks the subclass). */
function raiseFromNode(e: unknown): Null {
  const code = (e as { code?: unknown }).code;
  const text = typeof code === 'string' ? MORE_STRERROR[code] : undefined;
  if (text === undefined) return oserrorFromNode(e);
  const n = intFromNumber(ERRNO[code as string]);
  if (n === NULL) return NULL;
  const t = strFromJS(text);
  if (t === NULL) { decref(n); return NULL; }
  const exc = objectCallTwoArgs(exceptionTypes.get('OSError')!, n, t);
  decref(n); decref(t);
  if (exc !== NULL) errSetRaised(exc);
  return NULL;
}

/** What call() returns when its function threw: an OSError is set. */
const FAILED: unique symbol = Symbol('failed');

/** Runs a JS body that may throw a node/sys error, turned into OSError (and FAILED). */
function call<T>(f: () => T): T | typeof FAILED {
  try { return f(); } catch (e) { raiseFromNode(e); return FAILED; }
}

// ---- statvfs ------------------------------------------------------------------------------------------

interface MountEntry { dev: string; point: string; fsType: string; mntOpts: string[]; superOpts: string[] }

function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

function mounts(): MountEntry[] {
  let text = '';
  try { text = readFileSync('/proc/self/mountinfo', 'utf8'); } catch { return []; }
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const dash = f.indexOf('-', 6);
    if (f.length < 10 || dash < 0) continue;
    out.push({
      dev: f[2], point: unescapeMount(f[4]), fsType: f[dash + 1],
      mntOpts: f[5].split(','), superOpts: (f[dash + 3] ?? '').split(','),
    });
  }
  return out;
}

/** glibc's decoding of a dev_t into "major:minor" (as /proc/self/mountinfo writes it). */
function devName(dev: bigint): string {
  const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
  const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
  return `${major}:${minor}`;
}

/**
 * The mount a file (its device and real path) lies on: of the mounts of that device, the deepest one
 * over the path (the last mounted where several share a mount point), else the last one.
 */
function mountOf(dev: bigint, real: string): MountEntry | null {
  const name = devName(dev);
  let best: MountEntry | null = null, bestUnder = false;
  for (const m of mounts()) {
    if (m.dev !== name) continue;
    const under = real === m.point || real.startsWith(m.point === '/' ? '/' : m.point + '/');
    if (under ? !bestUnder || m.point.length >= best!.point.length : !bestUnder) {
      best = m;
      bestUnder = under;
    }
  }
  return best;
}

/** statvfs's f_flag as the kernel computes it from the mount's flags and its superblock's. */
function mountFlags(m: MountEntry | null): number {
  if (m === null) return 0;
  const byMount: Record<string, number> = {
    ro: 1, nosuid: 2, nodev: 4, noexec: 8, noatime: 1024, nodiratime: 2048, relatime: 4096, nosymfollow: 8192,
  };
  const bySuper: Record<string, number> = { ro: 1, sync: 16, mand: 64 };
  let flags = 0;
  for (const o of m.mntOpts) flags |= byMount[o] ?? 0;
  for (const o of m.superOpts) flags |= bySuper[o] ?? 0;
  return flags;
}

/**
 * What node's statfs leaves out (f_frsize, f_namelen, f_fsid), per file system (device): the same for
 * the whole life of a mount, so asked once of `stat -f` (coreutils, which calls statfs) and kept.
 * Without a `stat` program: the kernel's default f_frsize (= f_bsize), NAME_MAX and a zero fsid.
 */
const fsExtras = new Map<bigint, { frsize: bigint; namemax: bigint; fsid: bigint }>();

function fsExtra(dev: bigint, path: string, bsize: bigint): { frsize: bigint; namemax: bigint; fsid: bigint } {
  const known = fsExtras.get(dev);
  if (known !== undefined) return known;
  let extra = { frsize: bsize, namemax: 255n, fsid: 0n };
  const r = spawnSync('stat', ['-f', '-c', '%S %l %i', path], { encoding: 'latin1', stdio: ['ignore', 'pipe', 'ignore'] });
  const m = r.status === 0 ? /^(\d+) (\d+) ([0-9a-f]+)/.exec(r.stdout) : null;
  if (m !== null) {
    // coreutils prints f_fsid's two words high word first; glibc's statvfs puts __val[0] low.
    const x = BigInt('0x' + m[3]);
    extra = { frsize: BigInt(m[1]), namemax: BigInt(m[2]), fsid: ((x & 0xffffffffn) << 32n) | (x >> 32n) };
    fsExtras.set(dev, extra);
  }
  return extra;
}

interface FsInfo {
  type: number; bsize: bigint; frsize: bigint; blocks: bigint; bfree: bigint; bavail: bigint;
  files: bigint; ffree: bigint; flag: number; namemax: bigint; fsid: bigint; mount: MountEntry | null;
}

/** statfs of a path or of a descriptor (through /proc/self/fd, which statfs follows to the open file). */
function fsInfo(target: string | number): FsInfo {
  let path: string, real: string, dev: bigint;
  let s: BigIntStatsFs;
  if (typeof target === 'number') {
    dev = fstatSync(target, { bigint: true }).dev; // EBADF first
    path = `/proc/self/fd/${target}`;
    s = statfsSync(path, { bigint: true });
    try { real = readlinkSync(path); } catch { real = ''; }
  } else {
    path = target;
    s = statfsSync(path, { bigint: true }); // statvfs's errors come before anything else is looked at
    dev = statSync(path, { bigint: true }).dev;
    try { real = realpathSync.native(path); } catch { real = path; }
  }
  // The spawned `stat` has a /proc/self of its own: it needs this process's pid.
  const extra = fsExtra(dev, typeof target === 'number' ? `/proc/${process.pid}/fd/${target}` : path, s.bsize);
  const mount = mountOf(dev, real);
  return {
    type: Number(s.type), bsize: s.bsize, frsize: extra.frsize, blocks: s.blocks, bfree: s.bfree, bavail: s.bavail,
    files: s.files, ffree: s.ffree, flag: mountFlags(mount), namemax: extra.namemax, fsid: extra.fsid, mount,
  };
}

function statvfsResult(module: Borrowed | Null, f: FsInfo): Owned | Null {
  return structseqFromJS(module, STATE_STATVFS_RESULT, [
    f.bsize, f.frsize, f.blocks, f.bfree, f.bavail, f.files, f.ffree, f.ffree, f.flag, f.namemax, f.fsid,
  ]);
}

/** statvfs(path): path may be a descriptor, as in CPython. */
function posix_statvfs(module: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('statvfs', args, nargs, kwnames, ['path'], 1)) return NULL;
  const a = PARSED[0] as Borrowed;
  if (isInt(a)) return fstatvfsOf(module, a);
  const p = pathArg(a, 'statvfs', 'path', true);
  if (p === null) return NULL;
  let f: FsInfo;
  try { f = fsInfo(ioResolvePath(p)); } catch (e) { return oserrorFromNode(e, p); }
  return statvfsResult(module, f);
}

function fstatvfsOf(module: Borrowed | Null, a: Borrowed): Owned | Null {
  const fd = intArg(a);
  if (fd === null) return NULL;
  let f: FsInfo;
  try { if (fd < 0) throw sysError('EBADF'); f = fsInfo(fd); } catch (e) { return oserrorFromNode(e); }
  return statvfsResult(module, f);
}

// ---- sysconf, confstr, pathconf -----------------------------------------------------------------------

/** /proc/self/auxv's entries (the values the kernel gave the process at exec), by AT_ type. */
let auxvCache: Map<number, bigint> | null = null;
function auxv(type: number): bigint | undefined {
  if (auxvCache === null) {
    auxvCache = new Map();
    try {
      const b = readFileSync('/proc/self/auxv');
      const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i + 16 <= b.length; i += 16) auxvCache.set(Number(dv.getBigUint64(i, true)), dv.getBigUint64(i + 8, true));
    } catch { /* no auxv: the defaults below */ }
  }
  return auxvCache.get(type);
}

const AT_PAGESZ = 6, AT_CLKTCK = 17, AT_MINSIGSTKSZ = 51;

function pageSize(): number { return Number(auxv(AT_PAGESZ) ?? 4096n); }

/** The soft limit of a resource from /proc/self/limits ("unlimited" as null). */
function softLimit(name: string): bigint | null {
  const text = readFileSync('/proc/self/limits', 'latin1');
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + ' ')) continue;
    const soft = line.slice(26).trim().split(/\s+/)[0];
    return soft === 'unlimited' ? null : BigInt(soft);
  }
  throw sysError('EINVAL');
}

/** Sizes of /sys/devices/system/cpu/online style lists ("0-3,6"). */
function cpuList(s: string): number[] {
  const out: number[] = [];
  for (const part of s.trim().split(',')) {
    if (part === '') continue;
    const [lo, hi] = part.split('-').map(Number);
    for (let c = lo; c <= (hi ?? lo); c++) out.push(c);
  }
  return out;
}

function meminfoPages(key: string): bigint {
  const text = readFileSync('/proc/meminfo', 'latin1');
  const m = new RegExp(`^${key}:\\s*(\\d+) kB`, 'm').exec(text);
  if (m === null) throw sysError('EINVAL');
  return BigInt(m[1]) * 1024n / BigInt(pageSize());
}

/** glibc's MINSIGSTKSZ for this CPU: the kernel's AT_MINSIGSTKSZ, else the constant 2048. */
function minSigStkSz(): number { return Number(auxv(AT_MINSIGSTKSZ) ?? 2048n); }

/** glibc's sysconf(_SC_SIGSTKSZ): four times MINSIGSTKSZ, at least SIGSTKSZ (8192). */
function sigStkSz(): number { return Math.max(8192, 4 * Math.max(2048, minSigStkSz())); }

/** The value sysconf gives for one table entry; throws an errno. */
function sysconfValue(v: ConfValue): number | bigint {
  if (v === null) throw sysError('EINVAL');
  if (typeof v !== 'string') return v;
  if (v.startsWith('rlimit:')) return softLimit(v.slice(7)) ?? -1; // RLIM_INFINITY as a long is -1
  if (v.startsWith('meminfo:')) return meminfoPages(v.slice(8));
  switch (v) {
    case 'arg_max': {
      // A quarter of the stack limit, at least the old fixed ARG_MAX.
      const stack = softLimit('Max stack size');
      return stack === null ? 0x3fffffffffffffffn : (stack / 4n > 131072n ? stack / 4n : 131072);
    }
    case 'clk_tck': return Number(auxv(AT_CLKTCK) ?? 100n);
    case 'pagesize': return pageSize();
    case 'ngroups_max':
      try { return Number(readFileSync('/proc/sys/kernel/ngroups_max', 'latin1').trim()); } catch { return 65536; }
    case 'nprocessors_conf':
      try {
        return readdirSync('/sys/devices/system/cpu').filter((n) => /^cpu[0-9]+$/.test(n)).length || 1;
      } catch { return cpus().length || 1; }
    case 'nprocessors_onln':
      try { return cpuList(readFileSync('/sys/devices/system/cpu/online', 'latin1')).length || 1; } catch { return cpus().length || 1; }
    case 'minsigstksz': return minSigStkSz();
    case 'sigstksz': return sigStkSz();
    case 'thread_stack_min': return Math.max(16384, sigStkSz());
    default: throw new Error(`posix: no sysconf value ${v}`);
  }
}

/**
 * conv_confname: a configuration name (str, looked up in the table, or int) as its number; null with
 * ValueError/TypeError set.
 */
function confName(o: Borrowed, table: ReadonlyArray<readonly [string, number, ...unknown[]]>): number | null {
  if (isInt(o)) {
    const v = intArg(o);
    if (v === null) return null;
    if (v > 0x7fffffff || v < -0x80000000) { errSetString(OverflowError, 'Python int too large to convert to C int'); return null; }
    return v;
  }
  if (isStr(o)) {
    const name = strToJS(o);
    for (const e of table) if (e[0] === name) return e[1];
    errSetString(ValueError, 'unrecognized configuration name');
    return null;
  }
  errSetString(TypeError, 'configuration names must be strings or integers');
  return null;
}

function posix_sysconf(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne('posix.sysconf', nargs, kwnames)) return NULL;
  const n = confName(argAt(args, 0), SYSCONF_TABLE);
  if (n === null) return NULL;
  const entry = SYSCONF_TABLE.find((e) => e[1] === n) ?? SYSCONF_EXTRA.find((e) => e[0] === n);
  const v = call(() => sysconfValue(entry === undefined ? null : entry[entry.length - 1] as ConfValue));
  return v === FAILED ? NULL : toPy(v as number | bigint);
}

/** The C library's version ("2.36") as Node's process report finds it; null when it is not glibc. */
let glibcVersion: string | null | undefined;
function glibc(): string | null {
  if (glibcVersion === undefined) {
    const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
    glibcVersion = header?.glibcVersionRuntime ?? null;
  }
  return glibcVersion;
}

function posix_confstr(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne('posix.confstr', nargs, kwnames)) return NULL;
  const n = confName(argAt(args, 0), CONFSTR_TABLE);
  if (n === null) return NULL;
  const entry = CONFSTR_TABLE.find((e) => e[1] === n);
  if (entry === undefined) return oserrorRaise(ERRNO.EINVAL);
  let v = entry[2];
  if (v.startsWith('glibc:')) {
    const version = glibc();
    if (version === null) return oserrorRaise(ERRNO.EINVAL);
    v = v.slice(6) + version;
  }
  return strFromJS(v);
}

/**
 * What glibc's pathconf/fpathconf answers for `name` about a path or descriptor (-1 for "no limit",
 * which is not an error); throws an errno.
 */
function pathconfValue(target: string | number, name: number): number | bigint {
  switch (name) {
    case 0: { // _PC_LINK_MAX
      const f = fsInfo(target);
      return linkMaxOf(f.type, f.mount?.fsType ?? null);
    }
    case 1: case 2: return 255; // _PC_MAX_CANON, _PC_MAX_INPUT
    case 3: return fsInfo(target).namemax; // _PC_NAME_MAX
    case 4: return 4096; // _PC_PATH_MAX
    // _PC_PIPE_BUF: PIPE_BUF. TODO: for a FIFO or pipe glibc asks the kernel for the buffer's size
    // (fcntl F_GETPIPE_SZ), which Node cannot.
    case 5: return 4096;
    case 6: fsInfo(target); return 1; // _PC_CHOWN_RESTRICTED: 1 where statfs succeeds
    case 7: return 1; // _PC_NO_TRUNC
    case 8: return 0; // _PC_VDISABLE
    case 9: case 11: case 12: case 14: case 15: case 19: return -1; // SYNC_IO, PRIO_IO, SOCK_MAXBUF, REC_INCR/MAX, SYMLINK_MAX
    case 10: { // _PC_ASYNC_IO: regular files and block devices
      const st = typeof target === 'number' ? fstatSync(target) : statSync(target);
      return st.isFile() || st.isBlockDevice() ? 1 : -1;
    }
    case 13: return fileSizeBitsOf(fsInfo(target).type); // _PC_FILESIZEBITS
    case 16: return fsInfo(target).bsize; // _PC_REC_MIN_XFER_SIZE
    case 17: case 18: return fsInfo(target).frsize; // _PC_REC_XFER_ALIGN, _PC_ALLOC_SIZE_MIN
    default: throw sysError('EINVAL');
  }
}

function posix_pathconf(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('pathconf', args, nargs, kwnames, ['path', 'name'], 2)) return NULL;
  const a = PARSED[0] as Borrowed, nameO = PARSED[1] as Borrowed;
  let target: string | number, shown: string | undefined;
  if (isInt(a)) {
    const fd = intArg(a);
    if (fd === null) return NULL;
    target = fd;
  } else {
    const p = pathArg(a, 'pathconf', 'path', true);
    if (p === null) return NULL;
    target = ioResolvePath(p);
    shown = p;
  }
  const n = confName(nameO, PATHCONF_TABLE);
  if (n === null) return NULL;
  return pathconfResult(target, n, shown);
}

function pathconfResult(target: string | number, n: number, shown?: string): Owned | Null {
  let v: number | bigint;
  try {
    if (typeof target === 'number' && (target < 0 || !fdOpen(target))) throw sysError('EBADF');
    v = pathconfValue(target, n);
  } catch (e) {
    // EINVAL may be about the name rather than the path: CPython names no file then.
    return oserrorFromNode(e, (e as { code?: string }).code === 'EINVAL' ? undefined : shown);
  }
  return toPy(v);
}

function fdOpen(fd: number): boolean {
  try { fstatSync(fd); return true; } catch { return false; }
}

function posix_fpathconf(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('fpathconf', kwnames) || !argsCheckPositional('fpathconf', nargs, 2, 2)) return NULL;
  const fd = fildesArg(argAt(args, 0));
  if (fd === null) return NULL;
  const n = confName(argAt(args, 1), PATHCONF_TABLE);
  if (n === null) return NULL;
  // glibc answers the fixed names without looking at the descriptor.
  if ([1, 2, 4, 5, 7, 8, 9, 11, 12, 14, 15, 19].includes(n)) return toPy(pathconfValue(fd, n));
  return pathconfResult(fd, n);
}

/** One of the *_names dicts: name -> number, in name order as CPython's. */
function namesDict(table: ReadonlyArray<readonly [string, number, ...unknown[]]>): Owned | Null {
  const d = dictNew();
  if (d === NULL) return NULL;
  for (const e of [...table].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const k = strFromJS(e[0]), v = intFromNumber(e[1]);
    const bad = k === NULL || v === NULL || dictSetItem(d, k, v) < 0;
    if (k !== NULL) decref(k);
    if (v !== NULL) decref(v);
    if (bad) { decref(d); return NULL; }
  }
  return d;
}

// ---- processes ----------------------------------------------------------------------------------------

/** A set of ints. */
function intSet(xs: readonly number[]): Owned | Null {
  const s = setNew();
  if (s === NULL) return NULL;
  for (const x of xs) {
    const o = intFromNumber(x);
    if (o === NULL || setAdd(s, o) < 0) { if (o !== NULL) decref(o); decref(s); return NULL; }
    decref(o);
  }
  return s;
}

function posix_getpgid(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('getpgid', args, nargs, kwnames, ['pid'], 1)) return NULL;
  const pid = pidArg(PARSED[0] as Borrowed);
  if (pid === null) return NULL;
  const v = call(() => Number(procStat(pid)[2]));
  return v === FAILED ? NULL : intFromNumber(v as number);
}

function posix_getsid(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne('posix.getsid', nargs, kwnames)) return NULL;
  const pid = pidArg(argAt(args, 0));
  if (pid === null) return NULL;
  const v = call(() => Number(procStat(pid)[3]));
  return v === FAILED ? NULL : intFromNumber(v as number);
}

function posix_sched_getaffinity(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne('posix.sched_getaffinity', nargs, kwnames)) return NULL;
  const pid = pidArg(argAt(args, 0));
  if (pid === null) return NULL;
  // pid 0 is the calling thread (this worker), whose mask may differ from the main thread's.
  const cpusOf = call(() => cpuList(procStatus(pid === 0 ? 'thread-self' : String(pid), 'Cpus_allowed_list').join('')));
  return cpusOf === FAILED ? NULL : intSet(cpusOf as number[]);
}

/** sched_get_priority_max/min: Linux's fixed range per policy (1..99 for the real-time ones). */
function priorityLimit(fname: string, max: boolean): MethodDef {
  return {
    name: fname,
    fn: (_s, args, nargs, kwnames) => {
      if (!parseArgs(fname, args, nargs, kwnames, ['policy'], 1)) return NULL;
      const policy = intArg(PARSED[0] as Borrowed);
      if (policy === null) return NULL;
      if (policy === 1 || policy === 2) return intFromNumber(max ? 99 : 1); // SCHED_FIFO, SCHED_RR
      if (policy === 0 || policy === 3 || policy === 5 || policy === 6) return intFromNumber(0); // OTHER, BATCH, IDLE, DEADLINE
      return oserrorRaise(ERRNO.EINVAL);
    },
  };
}

function posix_killpg(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('killpg', kwnames) || !nargsCheck('killpg', nargs, 2, 2)) return NULL;
  const pgid = pidArg(argAt(args, 0));
  if (pgid === null) return NULL;
  const sig = intArg(argAt(args, 1));
  if (sig === null) return NULL;
  if (pgid < 0 || sig < 0 || sig > 64) return oserrorRaise(ERRNO.EINVAL);
  // kill(-pgid, sig); kill(0, sig) when pgid is 0: this process's own group, as killpg(0) means.
  try { process.kill(-pgid, sig); } catch (e) { return oserrorFromNode(e); }
  return newNone();
}

/**
 * abort(): SIGABRT to this process, which ends it (with a core dump where enabled) as C's abort() does.
 * The interpreter runs on a worker thread, where Node has no process.abort(): the signal is sent with
 * kill(2) and the thread waits for it to land.
 */
function posix_abort(): never {
  process.kill(process.pid, 'SIGABRT');
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(cell, 0, 0);
}

// ---- descriptors --------------------------------------------------------------------------------------

function fdOp(fname: string, op: (fd: number) => JSV): MethodDef {
  return {
    name: fname,
    fn: (_s, args, nargs, kwnames) => {
      if (!argsOne(`posix.${fname}`, nargs, kwnames)) return NULL;
      const fd = intArg(argAt(args, 0));
      if (fd === null) return NULL;
      const r = call(() => op(fd));
      return r === FAILED ? NULL : toPy(r as JSV);
    },
  };
}

/** Whether fd is a terminal: fd 0-2 as the interpreter's standard streams say (os.isatty's answer). */
function fdIsatty(fd: number): boolean {
  return fd <= 2 ? stdio.isatty(fd) : isatty(fd);
}

function ttyname(fd: number): string {
  fdStat(fd);
  if (!fdIsatty(fd)) throw sysError('ENOTTY');
  return readlinkSync(`/proc/self/fd/${fd}`);
}

/**
 * The (columns, lines) of fd's terminal, as the TIOCGWINSZ ioctl reports it (os.get_terminal_size):
 * Node has no ioctl, so `stty size` reads it with fd as its standard input. ENOTTY when fd is not one.
 */
function terminalSize(fd: number): [number, number] {
  fdStat(fd);
  if (!fdIsatty(fd)) throw sysError('ENOTTY');
  const r = spawnSync('stty', ['size'], { encoding: 'latin1', stdio: [fd, 'pipe', 'ignore'] });
  const m = /^(\d+) (\d+)/.exec(r.stdout ?? '');
  if (r.status !== 0 || !m) throw sysError('ENOTTY');
  return [Number(m[2]), Number(m[1])];
}

/** tcgetpgrp(fd): the foreground process group of fd's terminal, when it is this process's controlling one. */
function tcgetpgrp(fd: number): number {
  const st = fdStat(fd);
  if (!fdIsatty(fd)) throw sysError('ENOTTY');
  const f = procStat(0);
  const ttyNr = Number(f[4]);
  const major = (ttyNr >> 8) & 0xfff, minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
  // /dev/tty (5:0) is the controlling terminal by definition.
  const dev = devName(BigInt(st.rdev));
  if (dev !== '5:0' && dev !== `${major}:${minor}`) throw sysError('ENOTTY');
  return Number(f[5]);
}

/** The buffers of readv/preadv: each writable buffer's length; null with an exception set. */
function writableLengths(seq: Borrowed): number[] | null {
  const lens: number[] = [];
  for (let i = 0; i < fastSize(seq); i++) {
    const item = fastItem(seq, i);
    if (!bufferGet(item, true)) return null;
    if (BUF.readonly) {
      errSetString(exceptionTypes.get('BufferError')!, 'Object is not writable.');
      return null;
    }
    lens.push(BUF.len);
  }
  return lens;
}

function fastItem(seq: Borrowed, i: number): Borrowed {
  return isTuple(seq) ? tupleGetItemBorrow(seq, i) : listGetItemBorrow(seq, i);
}

/** Spreads data over the buffers in order (their lengths checked by writableLengths). */
function scatter(seq: Borrowed, data: Uint8Array): void {
  let off = 0;
  for (let i = 0; i < fastSize(seq) && off < data.length; i++) {
    bufferGet(fastItem(seq, i), false);
    const n = Math.min(BUF.len, data.length - off);
    u8.set(data.subarray(off, off + n), BUF.ptr);
    off += n;
  }
}

/** The bytes of the buffers of writev/pwritev, concatenated; null with an exception set. */
function gather(seq: Borrowed): Uint8Array | null {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < fastSize(seq); i++) {
    if (!bufferGet(fastItem(seq, i), true)) return null;
    parts.push(u8.slice(BUF.ptr, BUF.ptr + BUF.len));
  }
  return Buffer.concat(parts);
}

function sum(xs: readonly number[]): number { return xs.reduce((a, b) => a + b, 0); }

function posix_readv(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('readv', kwnames) || !argsCheckPositional('readv', nargs, 2, 2)) return NULL;
  const fd = intArg(argAt(args, 0));
  if (fd === null) return NULL;
  const seq = sequenceFast(argAt(args, 1), 'readv() arg 2 must be a sequence');
  if (seq === NULL) return NULL;
  let result: Owned | Null = NULL;
  const lens = writableLengths(seq);
  if (lens !== null) {
    const data = fdRead(fd, sum(lens));
    if (data !== null) {
      scatter(seq, data);
      result = intFromNumber(data.length);
    }
  }
  decref(seq);
  return result;
}

const RWF_HIPRI = 1, RWF_DSYNC = 2, RWF_SYNC = 4, RWF_NOWAIT = 8, RWF_APPEND = 16;
const RWF_ALL = RWF_HIPRI | RWF_DSYNC | RWF_SYNC | RWF_NOWAIT | RWF_APPEND;

/**
 * The arguments of preadv/pwritev (fd, buffers, offset, flags=0), converted in Argument Clinic's order
 * (fd, offset and flags before the buffers are looked at). `seq` is the buffers as a fast sequence,
 * owned by the caller. Null with the error set.
 */
function vectoredArgs(name: string, args: number, nargs: number, kwnames: Borrowed | Null):
  { fd: number; offset: number; flags: number; seq: Owned } | null {
  if (!argsNoKwnames(name, kwnames) || !argsCheckPositional(name, nargs, 3, 4)) return null;
  const fd = intArg(argAt(args, 0));
  if (fd === null) return null;
  const offset = intArg(argAt(args, 2));
  if (offset === null) return null;
  const flags = nargs > 3 ? intArg(argAt(args, 3)) : 0;
  if (flags === null) return null;
  const seq = sequenceFast(argAt(args, 1), `${name}() arg 2 must be a sequence`);
  if (seq === NULL) return null;
  return { fd, offset, flags, seq };
}

/**
 * What preadv2/pwritev2 refuse once the buffers are set up: unknown flags (ENOTSUP), an offset below -1
 * (EINVAL). RWF_HIPRI and RWF_NOWAIT are hints about how to wait, which a completed call satisfies.
 */
function vectoredCheck(offset: number, flags: number): boolean {
  if ((flags & ~RWF_ALL) !== 0) { oserrorRaise(ERRNO.ENOTSUP); return false; }
  if (offset < -1) { oserrorRaise(ERRNO.EINVAL); return false; }
  return true;
}

/** preadv(fd, buffers, offset, flags=0): preadv2(2); offset -1 reads at (and moves) the file position. */
function posix_preadv(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const a = vectoredArgs('preadv', args, nargs, kwnames);
  if (a === null) return NULL;
  const { fd, offset, seq } = a;
  let result: Owned | Null = NULL;
  fail: {
    const lens = writableLengths(seq);
    if (lens === null || !vectoredCheck(offset, a.flags)) break fail;
    const total = sum(lens);
    let data: Uint8Array | null;
    if (offset === -1) data = fdRead(fd, total);
    else {
      const buf = Buffer.alloc(total);
      try { data = buf.subarray(0, total === 0 ? 0 : readSync(fd, buf, 0, total, offset)); } catch (e) { oserrorFromNode(e); data = null; }
    }
    if (data === null) break fail;
    scatter(seq, data);
    result = intFromNumber(data.length);
  }
  decref(seq);
  return result;
}

/** pwritev(fd, buffers, offset, flags=0): pwritev2(2) with RWF_DSYNC/RWF_SYNC/RWF_APPEND honoured. */
function posix_pwritev(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const a = vectoredArgs('pwritev', args, nargs, kwnames);
  if (a === null) return NULL;
  const { fd, offset, flags, seq } = a;
  let result: Owned | Null = NULL;
  fail: {
    const data = gather(seq);
    if (data === null || !vectoredCheck(offset, flags)) break fail;
    let n: number;
    if ((flags & RWF_APPEND) !== 0 || offset !== -1) {
      try {
        fdStat(fd);
        // RWF_APPEND writes at the end whatever the offset; with offset -1 the position follows.
        const at = (flags & RWF_APPEND) !== 0 ? fstatSync(fd).size : offset;
        n = writeSync(fd, data, 0, data.length, at);
        if (offset === -1 && fdPos.has(fd)) fdPos.set(fd, at + n);
      } catch (e) { oserrorFromNode(e); break fail; }
    } else {
      n = fdWrite(fd, data);
      if (n < 0) break fail;
    }
    try {
      if ((flags & RWF_SYNC) !== 0) fsyncSync(fd);
      else if ((flags & RWF_DSYNC) !== 0) fdatasyncSync(fd);
    } catch (e) { oserrorFromNode(e); break fail; }
    result = intFromNumber(n);
  }
  decref(seq);
  return result;
}

/** An offset argument that may be None (null here); undefined with an exception set. */
function optOffset(o: Borrowed | 0): number | null | undefined {
  if (o === 0 || o === Py_None) return null;
  const v = intArg(o);
  return v === null ? undefined : v;
}

/** Copies up to count bytes from in_fd (at `from`, or its file position) to out_fd (at `to`, or its position). */
function copyBytes(inFd: number, outFd: number, count: number, from: number | null, to: number | null): number {
  const chunk = Buffer.alloc(Math.min(count, 1 << 20));
  let done = 0;
  while (done < count) {
    const want = Math.min(chunk.length, count - done);
    let got: number;
    if (from !== null) got = readSync(inFd, chunk, 0, want, from + done);
    else {
      const pos = fdPos.get(inFd);
      got = readSync(inFd, chunk, 0, want, pos ?? null);
      if (pos !== undefined) fdPos.set(inFd, pos + got);
    }
    if (got === 0) break;
    const part = chunk.subarray(0, got);
    if (to !== null) writeSync(outFd, part, 0, got, to + done);
    else if (fdWrite(outFd, part) < 0) throw PYTHON_ERROR;
    done += got;
  }
  return done;
}

/** Thrown by copyBytes when a Python exception is already set. */
const PYTHON_ERROR = new Error('python error set');

function copyResult(f: () => number): Owned | Null {
  let n: number;
  try { n = f(); } catch (e) { return e === PYTHON_ERROR ? NULL : raiseFromNode(e); }
  return intFromNumber(n);
}

/** sendfile(out_fd, in_fd, offset, count): in_fd is a file; offset None reads at (and moves) its position. */
function posix_sendfile(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('sendfile', args, nargs, kwnames, ['out_fd', 'in_fd', 'offset', 'count'], 4)) return NULL;
  const outO = PARSED[0] as Borrowed, inO = PARSED[1] as Borrowed, offO = PARSED[2] as Borrowed, countO = PARSED[3] as Borrowed;
  const outFd = intArg(outO);
  if (outFd === null) return NULL;
  const inFd = intArg(inO);
  if (inFd === null) return NULL;
  const offset = optOffset(offO);
  if (offset === undefined) return NULL;
  const count = intArg(countO);
  if (count === null) return NULL;
  // The kernel's order of checks: the input descriptor, the range, then the output descriptor.
  return copyResult(() => {
    const st = fdStat(inFd);
    if ((fdFlags(inFd) & O_ACCMODE) === 1) throw sysError('EBADF');
    if (offset !== null && (st.isFIFO() || st.isSocket())) throw sysError('ESPIPE');
    if (count < 0 || (offset !== null && offset < 0)) throw sysError('EINVAL');
    fdStat(outFd);
    const outFlags = fdFlags(outFd);
    if ((outFlags & O_ACCMODE) === 0) throw sysError('EBADF');
    if ((outFlags & O_APPEND) !== 0) throw sysError('EINVAL');
    if (!st.isFile() && !st.isBlockDevice()) throw sysError('EINVAL');
    return copyBytes(inFd, outFd, Math.min(count, 0x7ffff000), offset, null);
  });
}

/** copy_file_range(src, dst, count, offset_src=None, offset_dst=None) between two regular files. */
function posix_copy_file_range(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const names = ['src', 'dst', 'count', 'offset_src', 'offset_dst'];
  if (!parseArgs('copy_file_range', args, nargs, kwnames, names, 3)) return NULL;
  const a = [PARSED[0], PARSED[1], PARSED[2], PARSED[3], PARSED[4]] as (Borrowed | 0)[];
  const src = intArg(a[0] as Borrowed);
  if (src === null) return NULL;
  const dst = intArg(a[1] as Borrowed);
  if (dst === null) return NULL;
  const count = intArg(a[2] as Borrowed);
  if (count === null) return NULL;
  if (count < 0) return errSetString(ValueError, "negative value for 'count' not allowed");
  const offSrc = optOffset(a[3]);
  if (offSrc === undefined) return NULL;
  const offDst = optOffset(a[4]);
  if (offDst === undefined) return NULL;
  return copyResult(() => {
    const si = fdStat(src), so = fdStat(dst);
    if ((fdFlags(src) & O_ACCMODE) === 1) throw sysError('EBADF');
    const dstFlags = fdFlags(dst);
    if ((dstFlags & O_ACCMODE) === 0 || (dstFlags & O_APPEND) !== 0) throw sysError('EBADF');
    if (si.isDirectory() || so.isDirectory()) throw sysError('EISDIR');
    if (!si.isFile() || !so.isFile()) throw sysError('EINVAL');
    // An offset plus count that wraps around 2**64 is EOVERFLOW; any other negative offset EINVAL.
    for (const off of [offSrc, offDst]) if (off !== null && off < 0 && -off <= count) throw sysError('EOVERFLOW');
    if ((offSrc !== null && offSrc < 0) || (offDst !== null && offDst < 0)) throw sysError('EINVAL');
    if (count === 0) return 0;
    // The same file: the two ranges must not overlap.
    if (si.ino === so.ino && si.dev === so.dev) {
      const s0 = offSrc ?? fdPos.get(src) ?? 0, d0 = offDst ?? fdPos.get(dst) ?? 0;
      if (s0 < d0 + count && d0 < s0 + count) throw sysError('EINVAL');
    }
    return copyBytes(src, dst, Math.min(count, 0x7ffff000), offSrc, offDst);
  });
}

/**
 * posix_fallocate(fd, offset, length): makes sure the blocks of the range are allocated, as glibc does
 * where the file system has no fallocate: one byte written in each block of the range that reads as a
 * hole (zero), which extends the file to offset + length if shorter.
 */
function posix_posix_fallocate(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('posix_fallocate', kwnames) || !argsCheckPositional('posix_fallocate', nargs, 3, 3)) return NULL;
  const fd = intArg(argAt(args, 0));
  if (fd === null) return NULL;
  const offset = intArg(argAt(args, 1));
  if (offset === null) return NULL;
  const len = intArg(argAt(args, 2));
  if (len === null) return NULL;
  const r = call(() => {
    const st = fdStat(fd);
    const flags = fdFlags(fd);
    if ((flags & O_ACCMODE) === 0) throw sysError('EBADF');
    if (offset < 0 || len <= 0) throw sysError('EINVAL');
    if (st.isFIFO() || st.isSocket()) throw sysError('ESPIPE');
    if (!st.isFile()) throw sysError('ENODEV');
    // The blocks are read and written through a second descriptor for the same file where fd is
    // write-only or O_APPEND (pwrite on an O_APPEND descriptor appends).
    const wfd = (flags & O_ACCMODE) !== 2 || (flags & O_APPEND) !== 0 ? openSync(`/proc/self/fd/${fd}`, 'r+') : fd;
    try {
      const step = st.blksize > 0 ? st.blksize : 4096;
      const one = Buffer.alloc(1);
      let left = len;
      for (let at = offset + (len - 1) % step; left > 0; at += step) {
        left -= step;
        if (at < st.size && readSync(wfd, one, 0, 1, at) === 1 && one[0] !== 0) continue;
        one[0] = 0;
        writeSync(wfd, one, 0, 1, at);
      }
    } finally {
      if (wfd !== fd) closeSync(wfd);
    }
    return null;
  });
  return r === FAILED ? NULL : newNone();
}

/** posix_fadvise(fd, offset, length, advice): advice only, so checking the arguments is all it does here. */
function posix_posix_fadvise(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('posix_fadvise', kwnames) || !argsCheckPositional('posix_fadvise', nargs, 4, 4)) return NULL;
  const xs: number[] = [];
  for (let i = 0; i < 4; i++) {
    const v = intArg(argAt(args, i));
    if (v === null) return NULL;
    xs.push(v);
  }
  const [fd, , len, advice] = xs;
  const r = call(() => {
    const st = fdStat(fd);
    if (st.isFIFO()) throw sysError('ESPIPE');
    if (len < 0 || advice < 0 || advice > 5) throw sysError('EINVAL');
    return null;
  });
  return r === FAILED ? NULL : newNone();
}

function posix_fchdir(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('fchdir', args, nargs, kwnames, ['fd'], 1)) return NULL;
  const fd = fildesArg(PARSED[0] as Borrowed);
  if (fd === null) return NULL;
  const r = call(() => {
    if (!fdStat(fd).isDirectory()) throw sysError('ENOTDIR');
    ioSetCwd(readlinkSync(`/proc/self/fd/${fd}`));
    return null;
  });
  return r === FAILED ? NULL : newNone();
}

/** sync(): the coreutils program calls sync(2); without it, the descriptors this interpreter opened are flushed. */
function posix_sync(): Owned {
  const r = spawnSync('sync', [], { stdio: 'ignore' });
  if (r.error !== undefined || r.status !== 0) {
    for (const fd of fdPos.keys()) { try { fsyncSync(fd); } catch { /* sync() reports nothing */ } }
  }
  return newNone();
}

function ids(key: string): Owned | Null {
  const v = call(() => procStatus('self', key).slice(0, 3).map(Number));
  return v === FAILED ? NULL : toPy(v as number[]);
}

export const posixSystemMethods: MethodDef[] = [
  { name: 'statvfs', fn: (m, a, n, k) => posix_statvfs(m, a, n, k) },
  {
    name: 'fstatvfs',
    fn: (m, a, n, k) => (argsOne('posix.fstatvfs', n, k) ? fstatvfsOf(m, argAt(a, 0)) : NULL),
  },
  { name: 'sysconf', fn: (_s, a, n, k) => posix_sysconf(a, n, k) },
  { name: 'confstr', fn: (_s, a, n, k) => posix_confstr(a, n, k) },
  { name: 'pathconf', fn: (_s, a, n, k) => posix_pathconf(a, n, k) },
  { name: 'fpathconf', fn: (_s, a, n, k) => posix_fpathconf(a, n, k) },
  { name: 'getpgid', fn: (_s, a, n, k) => posix_getpgid(a, n, k) },
  {
    name: 'getpgrp',
    fn: (_s, _a, n, k) => {
      if (!argsNone('posix.getpgrp', n, k)) return NULL;
      const v = call(() => Number(procStat(0)[2]));
      return v === FAILED ? NULL : intFromNumber(v as number);
    },
  },
  { name: 'getsid', fn: (_s, a, n, k) => posix_getsid(a, n, k) },
  { name: 'getresuid', fn: (_s, _a, n, k) => (argsNone('posix.getresuid', n, k) ? ids('Uid') : NULL) },
  { name: 'getresgid', fn: (_s, _a, n, k) => (argsNone('posix.getresgid', n, k) ? ids('Gid') : NULL) },
  { name: 'sched_getaffinity', fn: (_s, a, n, k) => posix_sched_getaffinity(a, n, k) },
  priorityLimit('sched_get_priority_max', true),
  priorityLimit('sched_get_priority_min', false),
  { name: 'killpg', fn: (_s, a, n, k) => posix_killpg(a, n, k) },
  { name: 'abort', fn: (_s, _a, n, k) => (argsNone('posix.abort', n, k) ? posix_abort() : NULL) },
  fdOp('ttyname', ttyname),
  fdOp('tcgetpgrp', tcgetpgrp),
  fdOp('_terminal_size', terminalSize),
  fdOp('get_blocking', (fd) => (fdFlags(fd) & O_NONBLOCK) === 0),
  fdOp('get_inheritable', (fd) => (fdFlags(fd) & O_CLOEXEC) === 0),
  { name: 'readv', fn: (_s, a, n, k) => posix_readv(a, n, k) },
  { name: 'preadv', fn: (_s, a, n, k) => posix_preadv(a, n, k) },
  { name: 'pwritev', fn: (_s, a, n, k) => posix_pwritev(a, n, k) },
  { name: 'sendfile', fn: (_s, a, n, k) => posix_sendfile(a, n, k) },
  { name: 'copy_file_range', fn: (_s, a, n, k) => posix_copy_file_range(a, n, k) },
  { name: 'posix_fallocate', fn: (_s, a, n, k) => posix_posix_fallocate(a, n, k) },
  { name: 'posix_fadvise', fn: (_s, a, n, k) => posix_posix_fadvise(a, n, k) },
  { name: 'fchdir', fn: (_s, a, n, k) => posix_fchdir(a, n, k) },
  { name: 'sync', fn: (_s, _a, n, k) => (argsNone('posix.sync', n, k) ? posix_sync() : NULL) },
];

/** Adds sysconf_names, confstr_names and pathconf_names to the module. */
export function posixSystemInit(m: Borrowed): number {
  if (moduleAddSteal(m, 'sysconf_names', namesDict(SYSCONF_TABLE)) < 0) return -1;
  if (moduleAddSteal(m, 'confstr_names', namesDict(CONFSTR_TABLE)) < 0) return -1;
  return moduleAddSteal(m, 'pathconf_names', namesDict(PATHCONF_TABLE));
}
