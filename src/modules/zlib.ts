// zlib: compression compatible with the zlib library, on the DEFLATE implementation of
// src/support/deflate.ts (written for Immortal; no native zlib). The functions, the Compress and
// Decompress objects, the constants and zlib.error behave as CPython 3.12's module does with zlib
// 1.2.13, messages included ("Error -3 while decompressing data: incorrect header check").
// Invariants: each Compress/Decompress object's stream lives in a JS map keyed by the object's
// address, set when it is made and removed by its dealloc; a stream that was ended (Z_FINISH done,
// or the end of the compressed data reached by Decompress.flush) is gone from the map, which is
// what "Inconsistent stream state" reports.
//
//   Compress, Decompress:  +0 ob_refcnt  +4 ob_type  +8 (unused)

import { u8 } from '../heap/views.ts';
import { newRef, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal, exceptionClassNew } from './native.ts';
import { moduleStateAddSteal } from '../objects/module.ts';
import { type MethodDef, argAt, argsNoKwnames } from '../objects/methodobject.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError, Exception } from '../objects/exceptions.ts';
import { typeNewFromSpec, typeGenericAlloc, objectType, typeName } from '../objects/type.ts';
import { objectFree } from '../objects/object.ts';
import { getsetDescriptorNew, type GetSetDef } from '../objects/getset.ts';
import { strFromJS } from '../objects/str.ts';
import { bytesFromUint8Array } from '../objects/bytes.ts';
import { bufferGet, bufferCheck, BUF } from '../objects/memoryview.ts';
import { intFromNumber, intToBigInt } from '../objects/int.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { Py_None } from '../objects/none.ts';
import { numberAsSsize, numberIndex, parseArgs, PARSED } from '../objects/abstract.ts';
import {
  Deflater, Inflater, crc32, adler32, deflateParamsOk, Z_FINISH, Z_NO_FLUSH, Z_BLOCK,
} from '../support/deflate.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const OBJ_SIZE = 12;
const DEF_BUF_SIZE = 16384;

let zlibError = 0 as Borrowed;
let compressType = 0 as Borrowed;
let decompressType = 0 as Borrowed;

interface DecompState {
  inf: Inflater;
  unusedData: Uint8Array;
  unconsumedTail: Uint8Array;
  eof: boolean;
  zdict: Uint8Array | null;
}

const compressors = new Map<number, Deflater>();
const decompressors = new Map<number, DecompState>();
/** Objects whose stream was ended (kept apart from a never-made one only for the messages). */
const endedDecomp = new Map<number, DecompState>();

function zerr(code: number, what: string, msg: string | null): Null {
  return errSetString(zlibError, msg === null ? `Error ${code} while ${what}` : `Error ${code} while ${what}: ${msg}`);
}

/** The bytes of a bytes-like argument (a copy), or null with TypeError set. */
function bytesArg(o: Borrowed): Uint8Array | null {
  if (!bufferGet(o, true)) return null;
  return u8.slice(BUF.ptr, BUF.ptr + BUF.len);
}

/** A C int argument (an index), or null with the error set. */
function cInt(o: Borrowed | Null, dflt: number): number | null {
  if (o === NULL) return dflt;
  const n = numberAsSsize(o, OverflowError);
  if (n === -1 && errOccurred() !== NULL) return null;
  if (n > 0x7fffffff || n < -0x80000000) { errSetString(OverflowError, 'Python int too large to convert to C int'); return null; }
  return n;
}

/** A Py_ssize_t argument, or null with the error set. */
function ssize(o: Borrowed | Null, dflt: number): number | null {
  if (o === NULL) return dflt;
  const n = numberAsSsize(o, OverflowError);
  if (n === -1 && errOccurred() !== NULL) return null;
  return n;
}

/** An unsigned int taken bitwise (PyLong_AsUnsignedLongMask), or null with the error set. */
function uintMask(o: Borrowed | Null, dflt: number): number | null {
  if (o === NULL) return dflt;
  const i = numberIndex(o);
  if (i === NULL) return null;
  const v = Number(BigInt.asUintN(32, intToBigInt(i)));
  xdecref(i);
  return v;
}

// --- checksums

function checksum(name: string, fn: (d: Uint8Array, s: number, e: number, v: number) => number, start: number): Fn {
  return (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    if (nargs < 1 || nargs > 2) {
      return errSetString(TypeError, nargs < 1 ? `${name} expected at least 1 argument, got 0` : `${name} expected at most 2 arguments, got ${nargs}`);
    }
    const v = uintMask(nargs > 1 ? argAt(args, 1) : NULL, start);
    if (v === null) return NULL;
    if (!bufferGet(argAt(args, 0), true)) return NULL;
    return intFromNumber(fn(u8, BUF.ptr, BUF.ptr + BUF.len, v));
  };
}

// --- one-shot functions

const zlib_compress: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('compress', args, nargs, kwnames, ['data', 'level', 'wbits'], 1, 3, 1)) return NULL;
  const dataO = PARSED[0] as Borrowed, levelO = PARSED[1] as Borrowed | Null, wbitsO = PARSED[2] as Borrowed | Null;
  const data = bytesArg(dataO);
  if (data === null) return NULL;
  const level = cInt(levelO, -1);
  if (level === null) return NULL;
  const wbits = cInt(wbitsO, 15);
  if (wbits === null) return NULL;
  if (!deflateParamsOk(level, 8, wbits, 8, 0)) return errSetString(zlibError, 'Bad compression level');
  const d = new Deflater(level, wbits, 8, 0);
  const out = d.deflate(data, Z_FINISH);
  if (out === 'error') return zerr(-2, 'compressing data', 'inconsistent stream state');
  return bytesFromUint8Array(out);
};

const zlib_decompress: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('decompress', args, nargs, kwnames, ['data', 'wbits', 'bufsize'], 1, 3, 1)) return NULL;
  const data = bytesArg(PARSED[0] as Borrowed);
  if (data === null) return NULL;
  const wbitsO = PARSED[1] as Borrowed | Null, bufO = PARSED[2] as Borrowed | Null;
  const wbits = cInt(wbitsO, 15);
  if (wbits === null) return NULL;
  const bufsize = ssize(bufO, DEF_BUF_SIZE);
  if (bufsize === null) return NULL;
  if (bufsize < 0) return errSetString(ValueError, 'bufsize must be non-negative');
  if (!Inflater.wbitsOk(wbits)) return zerr(-2, 'preparing to decompress data', 'inconsistent stream state');
  const inf = new Inflater(wbits);
  const r = inf.inflate(data, 0);
  if (r.status === 'error') return zerr(-3, 'decompressing data', r.msg);
  if (r.status === 'dict') return zerr(2, 'decompressing data', null);
  if (r.status !== 'end') return zerr(-5, 'decompressing data', 'incomplete or truncated stream');
  return bytesFromUint8Array(r.out);
};

// --- Compress objects

function objDealloc(o: Owned): void {
  compressors.delete(o);
  decompressors.delete(o);
  endedDecomp.delete(o);
  objectFree(o);
}

function wrapCompress(d: Deflater): Owned | Null {
  const o = typeGenericAlloc(compressType, 0);
  if (o === NULL) return NULL;
  compressors.set(o, d);
  return o;
}

const zlib_compressobj: Fn = (_self, args, nargs, kwnames) => {
  const names = ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'];
  if (!parseArgs('compressobj', args, nargs, kwnames, names, 0)) return NULL;
  const a = Array.from(PARSED.subarray(0, 6)) as (Borrowed | Null)[];
  const level = cInt(a[0], -1); if (level === null) return NULL;
  const method = cInt(a[1], 8); if (method === null) return NULL;
  const wbits = cInt(a[2], 15); if (wbits === null) return NULL;
  const memLevel = cInt(a[3], 8); if (memLevel === null) return NULL;
  const strategy = cInt(a[4], 0); if (strategy === null) return NULL;
  let zdict: Uint8Array | null = null;
  if (a[5] !== NULL && a[5] !== Py_None) {
    if (!bufferCheck(a[5])) return errSetString(TypeError, 'zdict argument must support the buffer protocol');
    zdict = bytesArg(a[5]);
    if (zdict === null) return NULL;
  }
  if (!deflateParamsOk(level, method, wbits, memLevel, strategy)) return errSetString(ValueError, 'Invalid initialization option');
  const d = new Deflater(level, wbits, memLevel, strategy);
  if (zdict !== null && !d.setDictionary(zdict)) return errSetString(ValueError, 'Invalid dictionary');
  return wrapCompress(d);
};

function compressorOf(self: Borrowed): Deflater | null {
  return compressors.get(self) ?? null;
}

const comp_compress: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('compress', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `compress() takes exactly one argument (${nargs} given)`);
  const data = bytesArg(argAt(args, 0));
  if (data === null) return NULL;
  const d = compressorOf(self as Borrowed);
  if (d === null) return zerr(-2, 'compressing data', 'inconsistent stream state');
  const out = d.deflate(data, Z_NO_FLUSH);
  if (out === 'error') return zerr(-2, 'compressing data', 'inconsistent stream state');
  return bytesFromUint8Array(out);
};

const comp_flush: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('flush', kwnames)) return NULL;
  if (nargs > 1) return errSetString(TypeError, `flush expected at most 1 argument, got ${nargs}`);
  const mode = cInt(nargs > 0 ? argAt(args, 0) : NULL, Z_FINISH);
  if (mode === null) return NULL;
  if (mode === Z_NO_FLUSH) return bytesFromUint8Array(new Uint8Array(0));
  const d = compressorOf(self as Borrowed);
  if (d === null || mode < 0 || mode > Z_BLOCK) return zerr(-2, 'flushing', 'inconsistent stream state');
  const out = d.deflate(new Uint8Array(0), mode);
  if (out === 'error') return zerr(-2, 'flushing', 'inconsistent stream state');
  if (mode === Z_FINISH && d.finished) compressors.delete(self as Borrowed);
  return bytesFromUint8Array(out);
};

const comp_copy: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNoKwnames('copy', kwnames)) return NULL;
  if (nargs > 1) return errSetString(TypeError, `copy() takes no arguments (${nargs} given)`);
  const d = compressorOf(self as Borrowed);
  if (d === null) return errSetString(ValueError, 'Inconsistent stream state');
  return wrapCompress(d.clone());
};

// --- Decompress objects

function wrapDecompress(st: DecompState): Owned | Null {
  const o = typeGenericAlloc(decompressType, 0);
  if (o === NULL) return NULL;
  decompressors.set(o, st);
  return o;
}

const zlib_decompressobj: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('decompressobj', args, nargs, kwnames, ['wbits', 'zdict'], 0)) return NULL;
  const wbits = cInt(PARSED[0] as Borrowed | Null, 15);
  if (wbits === null) return NULL;
  const zo = PARSED[1] as Borrowed | Null;
  let zdict: Uint8Array | null = null;
  if (zo !== NULL) {
    if (!bufferCheck(zo)) return errSetString(TypeError, 'zdict argument must support the buffer protocol');
    zdict = bytesArg(zo);
    if (zdict === null) return NULL;
  }
  if (!Inflater.wbitsOk(wbits)) return errSetString(ValueError, 'Invalid initialization option');
  const inf = new Inflater(wbits);
  if (zdict !== null && wbits < 0 && !inf.setDictionary(zdict)) return zerr(-3, 'setting zdict', 'invalid input data');
  return wrapDecompress({ inf, unusedData: new Uint8Array(0), unconsumedTail: new Uint8Array(0), eof: false, zdict });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const r = new Uint8Array(a.length + b.length);
  r.set(a); r.set(b, a.length);
  return r;
}

/**
 * Runs the inflater over `data` (handling a dictionary request), then records unused_data,
 * unconsumed_tail and eof as CPython's save_unconsumed_input does. Returns the output, or null with the
 * error set when `raise`.
 */
function decompressRun(st: DecompState, data: Uint8Array, maxLength: number, raise: boolean): Uint8Array | null {
  if (st.eof) {
    if (data.length > 0) st.unusedData = concat(st.unusedData, data);
    return new Uint8Array(0);
  }
  let r = st.inf.inflate(data, maxLength);
  let out = r.out;
  if (r.status === 'dict') {
    if (st.zdict === null) {
      if (raise) { zerr(2, 'decompressing data', null); return null; }
      return out;
    }
    if (!st.inf.setDictionary(st.zdict)) {
      if (raise) { zerr(-3, 'setting zdict', 'invalid input data'); return null; }
      return out;
    }
    const rest = data.subarray(data.length - st.inf.remaining);
    r = st.inf.inflate(rest, maxLength > 0 ? maxLength - out.length : 0);
    out = concat(out, r.out);
    data = rest;
  }
  if (r.status === 'error') {
    if (raise) { zerr(-3, 'decompressing data', r.msg); return null; }
    return out;
  }
  const left = data.subarray(data.length - st.inf.remaining);
  if (r.status === 'end') {
    st.eof = true;
    if (left.length > 0) st.unusedData = concat(st.unusedData, left);
    st.unconsumedTail = new Uint8Array(0);
  } else if (left.length > 0 || st.unconsumedTail.length > 0) {
    st.unconsumedTail = left.slice();
  }
  return out;
}

const decomp_decompress: Fn = (self, args, nargs, kwnames) => {
  if (!parseArgs('decompress', args, nargs, kwnames, ['data', 'max_length'], 1, 2, 1)) return NULL;
  const data = bytesArg(PARSED[0] as Borrowed);
  if (data === null) return NULL;
  const maxLength = ssize(PARSED[1] as Borrowed | Null, 0);
  if (maxLength === null) return NULL;
  if (maxLength < 0) return errSetString(ValueError, 'max_length must be non-negative');
  const st = decompressors.get(self as Borrowed);
  if (st === undefined) return zerr(-2, 'decompressing data', 'inconsistent stream state');
  const out = decompressRun(st, data, maxLength, true);
  return out === null ? NULL : bytesFromUint8Array(out);
};

const decomp_flush: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('flush', kwnames)) return NULL;
  if (nargs > 1) return errSetString(TypeError, `flush expected at most 1 argument, got ${nargs}`);
  const length = ssize(nargs > 0 ? argAt(args, 0) : NULL, DEF_BUF_SIZE);
  if (length === null) return NULL;
  if (length <= 0) return errSetString(ValueError, 'length must be greater than zero');
  const st = decompressors.get(self as Borrowed);
  if (st === undefined) return zerr(-2, 'flushing', 'inconsistent stream state');
  const wasEof = st.eof;
  const out = decompressRun(st, st.unconsumedTail, 0, false);
  if (out === null) return NULL;
  if (st.eof && !wasEof) { st.unconsumedTail = new Uint8Array(0); }
  if (st.eof) {
    // the stream ends here: zlib's inflateEnd
    decompressors.delete(self as Borrowed);
    endedDecomp.set(self as Borrowed, st);
  }
  return bytesFromUint8Array(out);
};

const decomp_copy: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNoKwnames('copy', kwnames)) return NULL;
  if (nargs > 1) return errSetString(TypeError, `copy() takes no arguments (${nargs} given)`);
  const st = decompressors.get(self as Borrowed);
  if (st === undefined) return errSetString(ValueError, 'Inconsistent stream state');
  return wrapDecompress({ ...st, inf: st.inf.clone() });
};

function decompState(o: Borrowed): DecompState {
  return decompressors.get(o) ?? endedDecomp.get(o)!;
}

const unusedGetSet: GetSetDef = { name: 'unused_data', get: (o) => bytesFromUint8Array(decompState(o).unusedData) };
const tailGetSet: GetSetDef = { name: 'unconsumed_tail', get: (o) => bytesFromUint8Array(decompState(o).unconsumedTail) };
const eofGetSet: GetSetDef = { name: 'eof', get: (o) => newRef(decompState(o).eof ? Py_True : Py_False) };

function cannotCreate(type: Borrowed): Owned | Null {
  return errSetString(TypeError, `cannot create '${typeName(type)}' instances`);
}

const copyFns = (copy: Fn): MethodDef[] => [
  { name: 'copy', fn: copy, doc: 'Return a copy of the object.' },
  { name: '__copy__', fn: copy, doc: 'Return a copy of the object.' },
  {
    name: '__deepcopy__',
    fn: (self, args, nargs, kwnames) => {
      if (!argsNoKwnames('__deepcopy__', kwnames)) return NULL;
      if (nargs !== 1) return errSetString(TypeError, `__deepcopy__() takes exactly one argument (${nargs} given)`);
      return copy(self, args, 0, NULL);
    },
    doc: 'Return a copy of the object.',
  },
];

function moduleDefs(): MethodDef[] {
  return [
    { name: 'adler32', fn: checksum('adler32', adler32, 1), doc: 'Compute an Adler-32 checksum of data.' },
    { name: 'compress', fn: zlib_compress, doc: 'Returns a bytes object containing compressed data.' },
    { name: 'compressobj', fn: zlib_compressobj, doc: 'Return a compressor object.' },
    { name: 'crc32', fn: checksum('crc32', crc32, 0), doc: 'Compute a CRC-32 checksum of data.' },
    { name: 'decompress', fn: zlib_decompress, doc: 'Returns a bytes object containing the uncompressed data.' },
    { name: 'decompressobj', fn: zlib_decompressobj, doc: 'Return a decompressor object.' },
  ];
}

const CONSTANTS: [string, number][] = [
  ['MAX_WBITS', 15], ['DEFLATED', 8], ['DEF_MEM_LEVEL', 8], ['DEF_BUF_SIZE', DEF_BUF_SIZE],
  ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1],
  ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
  ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4],
  ['Z_BLOCK', 5], ['Z_TREES', 6],
];

/** Creates the zlib module. */
export function zlibModuleNew(): Owned | Null {
  return nativeModuleNew('zlib', moduleDefs(), (m) => {
    const ct = typeNewFromSpec({
      name: 'zlib.Compress',
      base: objectType,
      basicsize: OBJ_SIZE,
      itemsize: 0,
      flags: 0,
      slots: { dealloc: objDealloc, new: (type) => cannotCreate(type as Borrowed) },
      methods: [
        { name: 'compress', fn: comp_compress, doc: 'Returns a bytes object containing compressed data.' },
        { name: 'flush', fn: comp_flush, doc: 'Return a bytes object containing any remaining compressed data.' },
        ...copyFns(comp_copy),
      ],
    });
    if (ct === NULL) return -1;
    compressType = ct;
    const dt = typeNewFromSpec({
      name: 'zlib.Decompress',
      base: objectType,
      basicsize: OBJ_SIZE,
      itemsize: 0,
      flags: 0,
      slots: { dealloc: objDealloc, new: (type) => cannotCreate(type as Borrowed) },
      methods: [
        { name: 'decompress', fn: decomp_decompress, doc: 'Return a bytes object containing the decompressed version of the data.' },
        { name: 'flush', fn: decomp_flush, doc: 'Return a bytes object containing any remaining decompressed data.' },
        ...copyFns(decomp_copy),
      ],
      dict: (t) => [
        ['unused_data', getsetDescriptorNew(t, unusedGetSet)],
        ['unconsumed_tail', getsetDescriptorNew(t, tailGetSet)],
        ['eof', getsetDescriptorNew(t, eofGetSet)],
      ],
    });
    if (dt === NULL) return -1;
    decompressType = dt;
    // the types live in the module state, not its dict, as CPython's
    moduleStateAddSteal(m, ct);
    moduleStateAddSteal(m, dt);
    const e = exceptionClassNew('zlib', 'error', Exception);
    if (e === NULL) return -1;
    zlibError = e;
    if (moduleAddSteal(m, 'error', e) < 0) return -1;
    for (const [k, v] of CONSTANTS) if (moduleAddSteal(m, k, intFromNumber(v)) < 0) return -1;
    if (moduleAddSteal(m, 'ZLIB_VERSION', strFromJS('1.2.13')) < 0) return -1;
    if (moduleAddSteal(m, 'ZLIB_RUNTIME_VERSION', strFromJS('1.2.13')) < 0) return -1;
    if (moduleAddSteal(m, '__version__', strFromJS('1.0')) < 0) return -1;
    return 0;
  }, 'The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.');
}


