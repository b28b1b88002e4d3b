// The compiled-code cache for imported source modules: CPython's __pycache__/NAME.cpython-312.pyc,
// here __pycache__/NAME.immortal-312.pyc holding the compiler's plain CodeUnit output (code compiled
// under -O / -OO: NAME.immortal-312.opt-1.pyc / .opt-2.pyc, as CPython names them, so a run never
// loads another level's code), plus an in-process memo (path and level -> CodeUnit) so the many
// sessions of one process compile a module once. Mirrors importlib._bootstrap_external's
// SourceLoader.get_code with the default (timestamp) pyc invalidation: a cached file is used only
// when its recorded source mtime and size match the source's, and its compiler fingerprint matches
// this build's; and cache_from_source's naming, sys.pycache_prefix included. Writes are atomic
// (temp + rename) and silently skipped when the directory is not writable. The file format is ours (not marshal):
//   header  'IMMC' | format version | compiler fingerprint | source size | source mtime (f64, ms)
//           | string-table byte length | int-stream word count            (all little-endian)
//   strings one JSON array (lossless for lone surrogates), UTF-8, zero-padded to 4 bytes
//   ints    the code units as an int32 stream (see writeUnit/readUnit).

import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeUnit, ConstValue } from '../compiler/codeunit.ts';

/** Bump when the file layout or the CodeUnit shape changes. */
export const FORMAT_VERSION = 1;
const MAGIC = 0x434d4d49; // 'IMMC'
const HEADER_WORDS = 8;
export const CACHE_TAG = 'immortal-312';

interface Memo { mtimeMs: number; size: number; unit: CodeUnit }
/** Keyed by the source's path, then '\0' and the optimization level. */
const memo = new Map<string, Memo>();
/** IMMORTAL_CODE_CACHE=0 turns the cache off (memo and files), to measure what it saves. */
const disabled = typeof process !== 'undefined' && process.env?.IMMORTAL_CODE_CACHE === '0';

/** Statistics for tests and measurements: how each lookup was answered. */
export const codeCacheStats = { memo: 0, file: 0, compiled: 0, written: 0 };

/**
 * Where the cached code of `source` (an absolute path) compiled at level `optimize` lives, as
 * importlib.util.cache_from_source names it: DIR/__pycache__/NAME.immortal-312.pyc, with `.opt-N`
 * before `.pyc` for a level N > 0; with a pycache prefix, PREFIX/DIR/NAME.immortal-312.pyc (the
 * source's folder, absolute, under the prefix; a relative prefix is the caller's to resolve).
 */
export function codeCachePath(source: string, optimize = 0, pycachePrefix: string | null = null): string {
  const base = basename(source);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const name = `${stem}.${CACHE_TAG}${optimize > 0 ? `.opt-${optimize}` : ''}.pyc`;
  if (pycachePrefix !== null) return join(pycachePrefix, dirname(source), name);
  return join(dirname(source), '__pycache__', name);
}

let fingerprintValue: number | null = null;

/** In the bundle: tools/build.mjs's hash of the compiler's source text (compilerFingerprint there). */
declare const __IMMORTAL_COMPILER_FINGERPRINT: number;

/**
 * A hash of the compiler that produced the cache. In the bundle it is a hash of the text of the
 * parser, compiler, bytecode and support sources and of this file, computed at build time, so a
 * rebuild that changes only the runtime keeps every cached file (and the ones `npm install`
 * precompiled for src/lib). From the TypeScript sources it is the same hash, computed when first
 * needed (reading ~100 files once per process). Any change to the compiler therefore
 * invalidates every cached file, as a new CPython magic number does.
 */
export function codeCacheFingerprint(): number {
  if (fingerprintValue !== null) return fingerprintValue;
  if (typeof __IMMORTAL_COMPILER_FINGERPRINT === 'number') {
    fingerprintValue = __IMMORTAL_COMPILER_FINGERPRINT ^ FORMAT_VERSION;
    return fingerprintValue;
  }
  // tools/build.mjs's compilerFingerprint, computed the same way, so that the tests (run from the
  // sources) and the command share the files `npm install` precompiled.
  let h = 0x811c9dc5;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  try {
    const src = join(dirname(fileURLToPath(import.meta.url)), '..');
    const files: string[] = [];
    for (const dir of COMPILER_DIRS) {
      for (const name of readdirSync(join(src, dir)).sort()) if (name.endsWith('.ts')) files.push(`${dir}/${name}`);
    }
    files.push('vm/codecache.ts');
    for (const f of files) mix(`src/${f}\0${readFileSync(join(src, f), 'utf8')}\0`);
  } catch {
    mix(`unknown:${Date.now()}`); // no stable fingerprint: never reuse files from another process
  }
  fingerprintValue = (h | 0) ^ FORMAT_VERSION;
  return fingerprintValue;
}

/** The source folders (under src/) whose text decides what the compiler produces (tools/build.mjs hashes them too). */
export const COMPILER_DIRS = ['parser', 'compiler', 'bytecode', 'support'];

// ---- encoding ----------------------------------------------------------------------------------

// Constant tags in the int stream.
const C_NONE = 0, C_FALSE = 1, C_TRUE = 2, C_SMALLINT = 3, C_BIGINT = 4, C_FLOAT = 5, C_COMPLEX = 6,
  C_STR = 7, C_BYTES = 8, C_ELLIPSIS = 9, C_TUPLE = 10, C_FROZENSET = 11, C_CODE = 12, C_STR_INTERN = 13,
  C_STR_CPS = 14, C_INT53 = 15;

class Writer {
  words = new Int32Array(4096);
  n = 0;
  strings: string[] = [];
  stringIndex = new Map<string, number>();
  private f64 = new Float64Array(1);
  private f64w = new Int32Array(this.f64.buffer);

  push(v: number): void {
    if (this.n === this.words.length) {
      const w = new Int32Array(this.words.length * 2);
      w.set(this.words);
      this.words = w;
    }
    this.words[this.n++] = v;
  }
  str(s: string): void {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    this.push(i);
  }
  float(v: number): void {
    this.f64[0] = v;
    this.push(this.f64w[0]);
    this.push(this.f64w[1]);
  }
  array(a: Int32Array | Uint8Array): void {
    this.push(a.length);
    for (let i = 0; i < a.length; i++) this.push(a[i]);
  }
}

function writeConst(w: Writer, c: ConstValue): void {
  switch (c.kind) {
    case 'none': w.push(C_NONE); return;
    case 'bool': w.push(c.value ? C_TRUE : C_FALSE); return;
    case 'int':
      if (typeof c.value === 'number' && (c.value | 0) === c.value && !Object.is(c.value, -0)) {
        w.push(C_SMALLINT); w.push(c.value);
      } else if (typeof c.value === 'number') {
        w.push(C_INT53); w.float(c.value);
      } else {
        w.push(C_BIGINT); w.str(c.value.toString());
      }
      return;
    case 'float': w.push(C_FLOAT); w.float(c.value); return;
    case 'complex': w.push(C_COMPLEX); w.float(c.real); w.float(c.imag); return;
    case 'str':
      if (c.cps !== undefined) {
        w.push(C_STR_CPS); w.str(c.value); w.push(c.intern ? 1 : 0); w.push(c.cps.length);
        for (const cp of c.cps) w.push(cp);
      } else {
        w.push(c.intern ? C_STR_INTERN : C_STR); w.str(c.value);
      }
      return;
    case 'bytes': {
      w.push(C_BYTES);
      let s = '';
      for (let i = 0; i < c.value.length; i++) s += String.fromCharCode(c.value[i]);
      w.str(s);
      return;
    }
    case 'ellipsis': w.push(C_ELLIPSIS); return;
    case 'tuple': case 'frozenset':
      w.push(c.kind === 'tuple' ? C_TUPLE : C_FROZENSET); w.push(c.items.length);
      for (const it of c.items) writeConst(w, it);
      return;
    case 'code': w.push(C_CODE); writeUnit(w, c.code); return;
  }
}

function writeUnit(w: Writer, u: CodeUnit): void {
  w.str(u.name); w.str(u.qualname);
  w.push(u.firstlineno); w.push(u.argcount); w.push(u.posonlyargcount); w.push(u.kwonlyargcount);
  w.push(u.flags); w.push(u.stacksize); w.push(u.nlocals); w.push(u.ncellvars); w.push(u.nfreevars);
  w.array(u.code);
  w.push(u.consts.length);
  for (const c of u.consts) writeConst(w, c);
  w.push(u.names.length);
  for (const s of u.names) w.str(s);
  w.push(u.localsplusnames.length);
  for (const s of u.localsplusnames) w.str(s);
  w.array(u.localspluskinds);
  w.array(u.exceptiontable);
  // The four position arrays share the instruction count.
  for (const a of [u.lines, u.endLines, u.cols, u.endCols]) for (let i = 0; i < a.length; i++) w.push(a[i]);
}

/** Encodes a module's top-level code unit with the source's size and mtime. */
export function codeCacheEncode(u: CodeUnit, size: number, mtimeMs: number): Uint8Array {
  const w = new Writer();
  writeUnit(w, u);
  const json = new TextEncoder().encode(JSON.stringify(w.strings));
  const jsonPadded = (json.length + 3) & ~3;
  const out = new Uint8Array(HEADER_WORDS * 4 + jsonPadded + w.n * 4);
  const dv = new DataView(out.buffer);
  dv.setInt32(0, MAGIC, true);
  dv.setInt32(4, FORMAT_VERSION, true);
  dv.setInt32(8, codeCacheFingerprint(), true);
  dv.setInt32(12, size, true);
  dv.setFloat64(16, mtimeMs, true);
  dv.setInt32(24, json.length, true);
  dv.setInt32(28, w.n, true);
  out.set(json, HEADER_WORDS * 4);
  const body = HEADER_WORDS * 4 + jsonPadded;
  for (let i = 0; i < w.n; i++) dv.setInt32(body + 4 * i, w.words[i], true);
  return out;
}

class Reader {
  pos = 0;
  private f64 = new Float64Array(1);
  private f64w = new Int32Array(this.f64.buffer);
  constructor(readonly words: Int32Array, readonly strings: string[], readonly filename: string) {}
  next(): number { return this.words[this.pos++]; }
  str(): string { return this.strings[this.words[this.pos++]]; }
  float(): number {
    this.f64w[0] = this.words[this.pos++];
    this.f64w[1] = this.words[this.pos++];
    return this.f64[0];
  }
  int32s(n: number): Int32Array {
    const a = this.words.slice(this.pos, this.pos + n);
    this.pos += n;
    return a;
  }
}

function readConst(r: Reader): ConstValue {
  const tag = r.next();
  switch (tag) {
    case C_NONE: return { kind: 'none' };
    case C_FALSE: return { kind: 'bool', value: false };
    case C_TRUE: return { kind: 'bool', value: true };
    case C_SMALLINT: return { kind: 'int', value: r.next() };
    case C_INT53: return { kind: 'int', value: r.float() };
    case C_BIGINT: return { kind: 'int', value: BigInt(r.str()) };
    case C_FLOAT: return { kind: 'float', value: r.float() };
    case C_COMPLEX: { const real = r.float(); return { kind: 'complex', real, imag: r.float() }; }
    case C_STR: return { kind: 'str', value: r.str(), intern: false };
    case C_STR_INTERN: return { kind: 'str', value: r.str(), intern: true };
    case C_STR_CPS: {
      const value = r.str();
      const intern = r.next() === 1;
      const n = r.next();
      const cps: number[] = [];
      for (let i = 0; i < n; i++) cps.push(r.next());
      return { kind: 'str', value, intern, cps };
    }
    case C_BYTES: {
      const s = r.str();
      const b = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
      return { kind: 'bytes', value: b };
    }
    case C_ELLIPSIS: return { kind: 'ellipsis' };
    case C_TUPLE: case C_FROZENSET: {
      const n = r.next();
      const items: ConstValue[] = [];
      for (let i = 0; i < n; i++) items.push(readConst(r));
      return tag === C_TUPLE ? { kind: 'tuple', items } : { kind: 'frozenset', items };
    }
    case C_CODE: return { kind: 'code', code: readUnit(r) };
    default: throw new Error(`bad constant tag ${tag}`);
  }
}

function readUnit(r: Reader): CodeUnit {
  const name = r.str(), qualname = r.str();
  const firstlineno = r.next(), argcount = r.next(), posonlyargcount = r.next(), kwonlyargcount = r.next();
  const flags = r.next(), stacksize = r.next(), nlocals = r.next(), ncellvars = r.next(), nfreevars = r.next();
  const code = r.int32s(r.next());
  const nconsts = r.next();
  const consts: ConstValue[] = [];
  for (let i = 0; i < nconsts; i++) consts.push(readConst(r));
  const nnames = r.next();
  const names: string[] = [];
  for (let i = 0; i < nnames; i++) names.push(r.str());
  const nlp = r.next();
  const localsplusnames: string[] = [];
  for (let i = 0; i < nlp; i++) localsplusnames.push(r.str());
  const nk = r.next();
  const localspluskinds = new Uint8Array(nk);
  for (let i = 0; i < nk; i++) localspluskinds[i] = r.next();
  const exceptiontable = r.int32s(r.next());
  const n = code.length;
  const lines = r.int32s(n), endLines = r.int32s(n), cols = r.int32s(n), endCols = r.int32s(n);
  return {
    name, qualname, filename: r.filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
    stacksize, code, consts, names, localsplusnames, localspluskinds, nlocals, ncellvars, nfreevars,
    exceptiontable, lines, endLines, cols, endCols,
  };
}

/**
 * Decodes a cache file for `filename` (which every code unit gets as co_filename, as importlib's
 * _fix_up_module does for moved files). Returns null when the file is not a valid cache of this
 * compiler for a source of the given size and mtime.
 */
export function codeCacheDecode(data: Uint8Array, filename: string, size: number, mtimeMs: number): CodeUnit | null {
  if (data.length < HEADER_WORDS * 4) return null;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (dv.getInt32(0, true) !== MAGIC || dv.getInt32(4, true) !== FORMAT_VERSION ||
    dv.getInt32(8, true) !== codeCacheFingerprint() || dv.getInt32(12, true) !== size ||
    dv.getFloat64(16, true) !== mtimeMs) return null;
  const jsonLen = dv.getInt32(24, true), nwords = dv.getInt32(28, true);
  const body = HEADER_WORDS * 4 + ((jsonLen + 3) & ~3);
  if (jsonLen < 0 || nwords < 0 || body + nwords * 4 !== data.length) return null;
  try {
    const strings = JSON.parse(new TextDecoder().decode(data.subarray(HEADER_WORDS * 4, HEADER_WORDS * 4 + jsonLen))) as string[];
    const words = new Int32Array(nwords);
    for (let i = 0; i < nwords; i++) words[i] = dv.getInt32(body + 4 * i, true);
    const r = new Reader(words, strings, filename);
    const u = readUnit(r);
    return r.pos === nwords ? u : null;
  } catch {
    return null;
  }
}

// ---- lookup ------------------------------------------------------------------------------------

/** What the caller does with a source file the cache could not answer for (compiling at the level asked for). */
export type Compile = (source: Uint8Array, filename: string) => CodeUnit | null;

/** Which cached code codeCacheGet looks for. */
export interface CodeCacheOptions {
  /** The level `compile` compiles at (0, or -O's 1, -OO's 2): it names the file. */
  optimize?: number;
  /** sys.pycache_prefix, resolved against the working folder; null: __pycache__ beside the source. */
  pycachePrefix?: string | null;
  /** Receives -v's messages (without '# '), as importlib's _verbose_message words them. */
  verbose?: ((msg: string) => void) | null;
}

/**
 * The code unit of the module source `file` compiled at level `options.optimize`: from the in-process
 * memo, else from that level's cache file, else compiled by `compile` (null: the compile error is set)
 * and written to the cache file unless `dontWrite`. 'unreadable': the source file could not be read.
 */
export function codeCacheGet(file: string, dontWrite: boolean, compile: Compile, options: CodeCacheOptions = {}): CodeUnit | null | 'unreadable' {
  const optimize = options.optimize ?? 0, verbose = options.verbose ?? null;
  if (disabled) {
    let src: Uint8Array;
    try { src = readFileSync(file); } catch { return 'unreadable'; }
    const u = compile(src, file);
    if (u !== null) verbose?.(`code object from ${file}`);
    return u;
  }
  let st;
  try { st = statSync(file); } catch { return 'unreadable'; }
  const size = st.size, mtimeMs = st.mtimeMs;
  const key = `${file}\0${optimize}`;
  const cpath = codeCachePath(file, optimize, options.pycachePrefix ?? null);
  const m = memo.get(key);
  if (m !== undefined && m.size === size && m.mtimeMs === mtimeMs) {
    codeCacheStats.memo++;
    // (CPython would read the file again: the memo stands for it)
    verbose?.(`code object from '${cpath}'`);
    return m.unit;
  }
  let data: Uint8Array | null = null;
  try { data = readFileSync(cpath); } catch { data = null; }
  if (data !== null) {
    const u = codeCacheDecode(data, file, size, mtimeMs);
    if (u !== null) {
      codeCacheStats.file++;
      memo.set(key, { size, mtimeMs, unit: u });
      if (verbose !== null) {
        verbose(`${cpath} matches ${file}`);
        verbose(`code object from '${cpath}'`);
      }
      return u;
    }
  }
  let src: Uint8Array;
  try { src = readFileSync(file); } catch { return 'unreadable'; }
  const u = compile(src, file);
  if (u === null) return null;
  codeCacheStats.compiled++;
  verbose?.(`code object from ${file}`);
  // The source may have changed while we read it: cache only what matches the stat we validated.
  if (src.length === size) {
    memo.set(key, { size, mtimeMs, unit: u });
    if (!dontWrite && writeCache(cpath, codeCacheEncode(u, size, mtimeMs))) verbose?.(`created '${cpath}'`);
  }
  return u;
}

/** Writes `data` to `path` atomically (a temporary file renamed over it); false on any failure (ignored). */
function writeCache(path: string, data: Uint8Array): boolean {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd = -1;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, data);
    closeSync(fd);
    fd = -1;
    renameSync(tmp, path);
    codeCacheStats.written++;
    return true;
  } catch {
    if (fd >= 0) try { closeSync(fd); } catch { /* ignored */ }
    try { unlinkSync(tmp); } catch { /* ignored */ }
    return false;
  }
}

/** Forgets the in-process memo (tests). */
export function codeCacheClearMemo(): void {
  memo.clear();
}
