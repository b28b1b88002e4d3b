// _lzma: LZMADecompressor, LZMAError, is_check_supported, the filter property helpers and the
// constants of CPython's Modules/_lzmamodule.c (over liblzma 5.4), written for Immortal on the
// decoder of src/support/lzma.ts. Decompression only: LZMACompressor exists but raises
// NotImplementedError, as do the BCJ filters; `memlimit` is accepted and checked but not enforced.
// Invariants: each decompressor's stream lives in a JS map keyed by its address (set by __new__,
// dropped by dealloc); its four attributes are object fields it owns (read-only member
// descriptors), updated after every call; after an error the stream is broken, and later calls
// raise "Internal error" as liblzma's LZMA_PROG_ERROR does.
//
//   LZMADecompressor:  +0 ob_refcnt  +4 ob_type  +8 check (int)  +12 eof  +16 unused_data  +20 needs_input
//   LZMACompressor:    +0 ob_refcnt  +4 ob_type  +8 (unused)

import { i32, u8 } from '../heap/views.ts';
import { newRef, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  nativeModuleNew, moduleAddSteal, exceptionClassNew, decompressArgs, DECOMPRESS_ARGS, DECOMPRESS_DOC, DECOMPRESSOR_MEMBER_DOCS, readOnlyMember,
} from './native.ts';
import { moduleStateAddSteal } from '../objects/module.ts';
import { argAt, argsNone, argsOne } from '../objects/methodobject.ts';
import { errSetString, errOccurred, errClear } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError, NotImplementedError, Exception, exceptionTypes } from '../objects/exceptions.ts';
import { typeNewFromSpec, typeGenericAlloc, objectType, Py_TPFLAGS_IMMUTABLETYPE } from '../objects/type.ts';
import { objectFree, objectLength, objectSetAttr } from '../objects/object.ts';
import { strFromJS, strToJS, isStr } from '../objects/str.ts';
import { bytesFromUint8Array, bytesEmptyNew } from '../objects/bytes.ts';
import { bufferGet, BUF } from '../objects/memoryview.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { Py_None } from '../objects/none.ts';
import { intFromNumber, intFromBigInt, intToBigInt, isInt } from '../objects/int.ts';
import { dictNew, dictNext, dictSetItem, dictGetItemStringBorrow, isDict } from '../objects/dict.ts';
import { clinicInt, parseArgs, PARSED, sequenceGetItem } from '../objects/abstract.ts';
import {
  LzmaStream, LzmaStatus, LzmaFail, LzmaUnsupported, FILTER_LZMA1, FILTER_LZMA2, FILTER_DELTA, BCJ_FILTERS,
  lzma2DictSize, decodeLcLpPb, type FilterSpec, type LzmaErrorKind,
} from '../support/lzma.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const LZMA1_ID = 0x4000000000000001n;
const D_CHECK = 8, D_EOF = 12, D_UNUSED = 16, D_NEEDS_INPUT = 20;
const CHECK_UNKNOWN = 16;
const FORMATS = ['auto', 'xz', 'alone', 'raw'] as const;

let lzmaError = 0 as Borrowed;

interface DecompState { stream: LzmaStream; broken: boolean }
const decompressors = new Map<number, DecompState>();

const MESSAGES: Record<LzmaErrorKind, string> = {
  format: 'Input format not supported by decoder',
  options: 'Invalid or unsupported options',
  data: 'Corrupt input data',
  prog: 'Internal error',
  memlimit: 'Memory usage limit exceeded',
};

/** Raises what a failure of the decoder means in Python (LZMAError, or NotImplementedError). */
function raiseFailure(e: unknown): Null {
  if (e instanceof LzmaFail) return errSetString(lzmaError, MESSAGES[e.kind]);
  if (e instanceof LzmaUnsupported) return errSetString(NotImplementedError, e.message);
  throw e;
}

// --- integer conversions of _lzmamodule.c

/** PyLong_AsUnsignedLongLong: a bigint, or null with the error set. */
function unsignedLongLong(o: Borrowed): bigint | null {
  if (!isInt(o)) { errSetString(TypeError, 'an integer is required'); return null; }
  const v = intToBigInt(o);
  if (v < 0n) { errSetString(OverflowError, "can't convert negative int to unsigned"); return null; }
  if (v >= 1n << 64n) { errSetString(OverflowError, 'int too big to convert'); return null; }
  return v;
}

/** The module's uint32_converter. */
function uint32(o: Borrowed): number | null {
  const v = unsignedLongLong(o);
  if (v === null) return null;
  if (v >= 1n << 32n) { errSetString(OverflowError, 'Value too large for uint32_t type'); return null; }
  return Number(v);
}

// --- filter specifiers

/** liblzma's presets 0-9 (lzma_lzma_preset): the dictionary sizes; lc=3, lp=0, pb=2 for all. */
const PRESET_DICT = [1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26];
const PRESET_EXTREME = 0x80000000;

const LZMA_KEYS = ['id', 'preset', 'dict_size', 'lc', 'lp', 'pb', 'mode', 'nice_len', 'mf', 'depth'];

/**
 * The options of one filter dict into `into`: every key must be one of `keys` and every option an
 * unsigned 32-bit int ('id' and 'preset' are read elsewhere); otherwise CPython's ValueError.
 */
function filterOptions(spec: Borrowed, keys: string[], what: string, into: Record<string, number>): boolean {
  const pos = new Int32Array(1), out = new Int32Array(2);
  while (dictNext(spec, pos, out)) {
    const k = out[0] as Borrowed, v = out[1] as Borrowed;
    const name = isStr(k) ? strToJS(k) : '';
    let ok = keys.includes(name);
    if (ok && name !== 'id' && name !== 'preset') {
      const n = uint32(v);
      if (n === null) { errClear(); ok = false; } else into[name] = n;
    }
    if (!ok) {
      errSetString(ValueError, `Invalid filter specifier for ${what} filter`);
      return false;
    }
  }
  return true;
}

/** lzma_filter_converter: a filter dict to a FilterSpec, or null with the error set. */
function parseFilter(spec: Borrowed): FilterSpec | null {
  if (!isDict(spec)) { errSetString(TypeError, 'Filter specifier must be a dict or dict-like object'); return null; }
  const idO = dictGetItemStringBorrow(spec, 'id');
  if (idO === NULL) { errSetString(ValueError, 'Filter specifier must have an "id" entry'); return null; }
  const id = unsignedLongLong(idO);
  if (id === null) return null;
  if (id === LZMA1_ID || id === BigInt(FILTER_LZMA2)) {
    let preset = 6;
    const presetO = dictGetItemStringBorrow(spec, 'preset');
    if (presetO !== NULL) {
      const p = uint32(presetO);
      if (p === null) return null;
      preset = p;
    }
    const level = preset & ~PRESET_EXTREME;
    if (level > 9) { errSetString(lzmaError, `Invalid compression preset: ${preset}`); return null; }
    const o: Record<string, number> = { dict_size: PRESET_DICT[level], lc: 3, lp: 0, pb: 2 };
    if (!filterOptions(spec, LZMA_KEYS, 'LZMA', o)) return null;
    return { id: id === LZMA1_ID ? FILTER_LZMA1 : FILTER_LZMA2, dictSize: o.dict_size, lc: o.lc, lp: o.lp, pb: o.pb };
  }
  if (id === BigInt(FILTER_DELTA)) {
    const o: Record<string, number> = { dist: 1 };
    if (!filterOptions(spec, ['id', 'dist'], 'delta', o)) return null;
    return { id: FILTER_DELTA, dist: o.dist };
  }
  if (BCJ_FILTERS.has(Number(id))) {
    const o: Record<string, number> = { start_offset: 0 };
    if (!filterOptions(spec, ['id', 'start_offset'], 'BCJ', o)) return null;
    return { id: Number(id), startOffset: o.start_offset };
  }
  errSetString(ValueError, `Invalid filter ID: ${id}`);
  return null;
}

/** parse_filter_chain_spec: a sequence of filter dicts, at most 4. */
function parseChain(o: Borrowed): FilterSpec[] | null {
  const n = objectLength(o);
  if (n < 0) return null;
  if (n > 4) { errSetString(ValueError, 'Too many filters - liblzma supports a maximum of 4'); return null; }
  const chain: FilterSpec[] = [];
  for (let i = 0; i < n; i++) {
    const item = sequenceGetItem(o, i);
    if (item === NULL) return null;
    const f = parseFilter(item);
    decref(item);
    if (f === null) return null;
    chain.push(f);
  }
  return chain;
}

/**
 * What lzma_raw_decoder finds wrong with a chain, as liblzma's error kind: LZMA1/2 must come last
 * and only there ('options'); an empty chain or impossible lc/lp/pb is a programming error ('prog').
 */
function chainError(chain: FilterSpec[]): LzmaErrorKind | null {
  if (chain.length === 0) return 'prog';
  for (let i = 0; i < chain.length; i++) {
    const f = chain[i], isLzma = f.id === FILTER_LZMA1 || f.id === FILTER_LZMA2;
    if (isLzma !== (i === chain.length - 1)) return 'options';
    if (f.id === FILTER_DELTA && (f.dist! < 1 || f.dist! > 256)) return 'options';
  }
  const last = chain[chain.length - 1];
  if (last.id === FILTER_LZMA1 && (last.lc! > 4 || last.lp! > 4 || last.pb! > 4 || last.lc! + last.lp! > 4)) return 'prog';
  return null;
}

// --- LZMADecompressor

function setField(o: Borrowed, offset: number, v: Owned): void {
  const old = i32[(o + offset) >> 2];
  i32[(o + offset) >> 2] = v;
  if (old !== 0) decref(old as Borrowed);
}

function decompressorNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('LZMADecompressor', args, nargs, kwnames, ['format', 'memlimit', 'filters'], 0)) return NULL;
  const formatO = PARSED[0] as Borrowed | Null, memO = PARSED[1] as Borrowed | Null, filtersO = PARSED[2] as Borrowed | Null;
  let format = 0;
  if (formatO !== NULL) {
    format = clinicInt(formatO);
    if (format === -1 && errOccurred() !== NULL) return NULL;
  }
  if (memO !== NULL && memO !== Py_None) {
    if (format === 3) return errSetString(ValueError, 'Cannot specify memory limit with FORMAT_RAW');
    if (unsignedLongLong(memO) === null) return NULL;
  }
  const hasFilters = filtersO !== NULL && filtersO !== Py_None;
  if (format === 3 && !hasFilters) return errSetString(ValueError, 'Must specify filters for FORMAT_RAW');
  if (format !== 3 && hasFilters) return errSetString(ValueError, 'Cannot specify filters except with FORMAT_RAW');
  if (format < 0 || format > 3) return errSetString(ValueError, `Invalid container format: ${format}`);
  let stream: LzmaStream;
  if (format === 3) {
    const chain = parseChain(filtersO as Borrowed);
    if (chain === null) return NULL;
    const bad = chainError(chain);
    if (bad !== null) return errSetString(lzmaError, MESSAGES[bad]);
    try {
      stream = new LzmaStream('raw', chain);
    } catch (e) {
      return raiseFailure(e);
    }
  } else {
    stream = new LzmaStream(FORMATS[format]);
  }
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  i32[(o + D_CHECK) >> 2] = intFromNumber(format >= 2 ? 0 : CHECK_UNKNOWN);
  i32[(o + D_EOF) >> 2] = newRef(Py_False);
  i32[(o + D_UNUSED) >> 2] = bytesEmptyNew();
  i32[(o + D_NEEDS_INPUT) >> 2] = newRef(Py_True);
  decompressors.set(o, { stream, broken: false });
  return o;
}

function decompressorDealloc(o: Owned): void {
  decompressors.delete(o);
  for (const off of [D_CHECK, D_EOF, D_UNUSED, D_NEEDS_INPUT]) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) decref(v as Borrowed);
  }
  objectFree(o);
}

const decomp_decompress: Fn = (self, args, nargs, kwnames) => {
  if (!decompressArgs(args, nargs, kwnames)) return NULL;
  const { ptr, len, maxLength } = DECOMPRESS_ARGS;
  const o = self as Borrowed;
  if (i32[(o + D_EOF) >> 2] === Py_True) return errSetString(exceptionTypes.get('EOFError')!, 'Already at end of stream');
  const st = decompressors.get(o)!;
  if (st.broken) return errSetString(lzmaError, MESSAGES.prog);
  st.stream.feed(u8.subarray(ptr, ptr + len));
  let r: { status: LzmaStatus; out: Uint8Array };
  try {
    r = st.stream.run(maxLength < 0 ? -1 : maxLength);
  } catch (e) {
    st.broken = true;
    updateCheck(o, st.stream);
    return raiseFailure(e);
  }
  updateCheck(o, st.stream);
  const result = bytesFromUint8Array(r.out);
  if (result === NULL) return NULL;
  if (r.status === LzmaStatus.STREAM_END) {
    setField(o, D_EOF, newRef(Py_True));
    setField(o, D_NEEDS_INPUT, newRef(Py_False));
    const rest = st.stream.rest();
    if (rest.length > 0) {
      const unused = bytesFromUint8Array(rest);
      if (unused === NULL) { decref(result); return NULL; }
      setField(o, D_UNUSED, unused);
    }
  } else {
    // liblzma takes all the input unless the output is full
    const full = maxLength >= 0 && r.out.length >= maxLength;
    setField(o, D_NEEDS_INPUT, newRef(full ? Py_False : Py_True));
  }
  return result;
};

function updateCheck(o: Borrowed, s: LzmaStream): void {
  if (s.check >= 0) {
    const v = intFromNumber(s.check);
    if (v !== NULL) setField(o, D_CHECK, v);
  }
}

// --- LZMACompressor (not implemented)

function compressorNew(): Owned | Null {
  return errSetString(NotImplementedError, 'lzma compression is not supported by Immortal yet');
}

const notCompressing: Fn = () => errSetString(NotImplementedError, 'lzma compression is not supported by Immortal yet');

// --- module functions

const lzma_is_check_supported: Fn = (_self, args, nargs, kwnames) => {
  if (!argsOne('is_check_supported', nargs, kwnames)) return NULL;
  const id = clinicInt(argAt(args, 0));
  if (id === -1 && errOccurred() !== NULL) return NULL;
  return newRef(id === 0 || id === 1 || id === 4 || id === 10 ? Py_True : Py_False);
};

function putField(d: Borrowed, key: string, v: number | bigint): boolean {
  const k = strFromJS(key);
  if (k === NULL) return false;
  const val = typeof v === 'bigint' ? intFromBigInt(v) : intFromNumber(v);
  if (val === NULL) { decref(k); return false; }
  const r = dictSetItem(d, k, val);
  decref(k); decref(val);
  return r >= 0;
}

const lzma_decode_filter_properties: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('_decode_filter_properties', args, nargs, kwnames, ['filter_id', 'encoded_props'], 2, 2, 2)) return NULL;
  const idO = PARSED[0] as Borrowed, propsO = PARSED[1] as Borrowed;
  const id = unsignedLongLong(idO);
  if (id === null) return NULL;
  if (!bufferGet(propsO, true)) return NULL;
  const props = u8.slice(BUF.ptr, BUF.ptr + BUF.len);
  const fields: Array<[string, number | bigint]> = [['id', id]];
  if (id === LZMA1_ID) {
    const spec: FilterSpec = { id: FILTER_LZMA1 };
    if (props.length !== 5 || !decodeLcLpPb(props[0], spec)) return errSetString(lzmaError, MESSAGES.options);
    const dict = (props[1] | (props[2] << 8) | (props[3] << 16) | (props[4] << 24)) >>> 0;
    fields.push(['lc', spec.lc!], ['lp', spec.lp!], ['pb', spec.pb!], ['dict_size', dict]);
  } else if (id === BigInt(FILTER_LZMA2)) {
    if (props.length !== 1 || props[0] > 40) return errSetString(lzmaError, MESSAGES.options);
    fields.push(['dict_size', lzma2DictSize(props[0])]);
  } else if (id === BigInt(FILTER_DELTA)) {
    if (props.length !== 1) return errSetString(lzmaError, MESSAGES.options);
    fields.push(['dist', props[0] + 1]);
  } else if (BCJ_FILTERS.has(Number(id))) {
    if (props.length !== 0 && props.length !== 4) return errSetString(lzmaError, MESSAGES.options);
    const start = props.length === 4 ? (props[0] | (props[1] << 8) | (props[2] << 16) | (props[3] << 24)) >>> 0 : 0;
    fields.push(['start_offset', start]);
  } else {
    return errSetString(lzmaError, MESSAGES.options);
  }
  const d = dictNew();
  if (d === NULL) return NULL;
  for (const [k, v] of fields) if (!putField(d, k, v)) { decref(d); return NULL; }
  return d;
};

const lzma_encode_filter_properties: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('_encode_filter_properties', args, nargs, kwnames, ['filter'], 1, 1, 1)) return NULL;
  const f = parseFilter(PARSED[0] as Borrowed);
  if (f === null) return NULL;
  let out: number[];
  if (f.id === FILTER_LZMA1) {
    if (f.lc! > 4 || f.lp! > 4 || f.pb! > 4 || f.lc! + f.lp! > 4) return errSetString(lzmaError, MESSAGES.options);
    const d = f.dictSize!;
    out = [(f.pb! * 5 + f.lp!) * 9 + f.lc!, d & 0xff, (d >>> 8) & 0xff, (d >>> 16) & 0xff, (d >>> 24) & 0xff];
  } else if (f.id === FILTER_LZMA2) {
    let b = 0;
    while (b < 40 && lzma2DictSize(b) < f.dictSize!) b++;
    out = [b];
  } else if (f.id === FILTER_DELTA) {
    if (f.dist! < 1 || f.dist! > 256) return errSetString(lzmaError, MESSAGES.options);
    out = [f.dist! - 1];
  } else {
    const s = f.startOffset!;
    out = s === 0 ? [] : [s & 0xff, (s >>> 8) & 0xff, (s >>> 16) & 0xff, (s >>> 24) & 0xff];
  }
  return bytesFromUint8Array(new Uint8Array(out));
};

// --- the module

const decompDoc = 'Create a decompressor object for decompressing data incrementally.\n\n  format\n'
  + '    Specifies the container format of the input stream.  If this is\n'
  + '    FORMAT_AUTO (the default), the decompressor will automatically detect\n'
  + '    whether the input is FORMAT_XZ or FORMAT_ALONE.  Streams created with\n'
  + '    FORMAT_RAW cannot be autodetected.\n  memlimit\n'
  + '    Limit the amount of memory used by the decompressor.  This will cause\n'
  + '    decompression to fail if the input cannot be decompressed within the\n    given limit.\n  filters\n'
  + '    A custom filter chain.  This argument is required for FORMAT_RAW, and\n'
  + '    not accepted with any other format.  When provided, this should be a\n'
  + '    sequence of dicts, each indicating the ID and options for a single\n    filter.\n\n'
  + 'For one-shot decompression, use the decompress() function instead.';

const CONSTANTS: Array<[string, number | bigint]> = [
  ['CHECK_NONE', 0], ['CHECK_CRC32', 1], ['CHECK_CRC64', 4], ['CHECK_SHA256', 10], ['CHECK_ID_MAX', 15],
  ['CHECK_UNKNOWN', CHECK_UNKNOWN], ['FILTER_LZMA1', LZMA1_ID], ['FILTER_LZMA2', FILTER_LZMA2],
  ['FILTER_DELTA', FILTER_DELTA], ['FILTER_X86', 4], ['FILTER_IA64', 6], ['FILTER_ARM', 7], ['FILTER_ARMTHUMB', 8],
  ['FILTER_POWERPC', 5], ['FILTER_SPARC', 9], ['FORMAT_AUTO', 0], ['FORMAT_XZ', 1], ['FORMAT_ALONE', 2],
  ['FORMAT_RAW', 3], ['MF_HC3', 3], ['MF_HC4', 4], ['MF_BT2', 18], ['MF_BT3', 19], ['MF_BT4', 20], ['MODE_FAST', 1],
  ['MODE_NORMAL', 2], ['PRESET_DEFAULT', 6], ['PRESET_EXTREME', PRESET_EXTREME],
];

/** Creates the _lzma module. */
export function lzmaModuleNew(): Owned | Null {
  return nativeModuleNew('_lzma', [
    {
      name: '_decode_filter_properties', fn: lzma_decode_filter_properties,
      doc: 'Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\n'
        + 'The result does not include the filter ID itself, only the options.',
    },
    {
      name: '_encode_filter_properties', fn: lzma_encode_filter_properties,
      doc: 'Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\n'
        + 'The result does not include the filter ID itself, only the options.',
    },
    {
      name: 'is_check_supported', fn: lzma_is_check_supported,
      doc: 'Test whether the given integrity check is supported.\n\nAlways returns True for CHECK_NONE and CHECK_CRC32.',
    },
  ], (m) => {
    const e = exceptionClassNew('_lzma', 'LZMAError', Exception);
    if (e === NULL) return -1;
    lzmaError = e;
    if (moduleAddSteal(m, 'LZMAError', e) < 0) return -1;
    const docName = strFromJS('__doc__'), doc = strFromJS('Call to liblzma failed.');
    const ok = docName !== NULL && doc !== NULL && objectSetAttr(e, docName, doc) >= 0;
    if (docName !== NULL) decref(docName);
    if (doc !== NULL) decref(doc);
    if (!ok) return -1;
    const ct = typeNewFromSpec({
      name: '_lzma.LZMACompressor',
      base: objectType,
      basicsize: 12,
      itemsize: 0,
      flags: Py_TPFLAGS_IMMUTABLETYPE,
      slots: { new: () => compressorNew() },
      methods: [
        { name: 'compress', fn: notCompressing, doc: 'Provide data to the compressor object.' },
        { name: 'flush', fn: (s, a, n, k) => (argsNone('flush', n, k) ? notCompressing(s, a, n, k) : NULL), doc: 'Finish the compression process.' },
      ],
      dict: () => [['__doc__', strFromJS('LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\n'
        + 'Create a compressor object for compressing data incrementally (not supported by Immortal yet).')]],
    });
    if (ct === NULL) return -1;
    if (moduleAddSteal(m, 'LZMACompressor', newRef(ct)) < 0) { decref(ct); return -1; }
    moduleStateAddSteal(m, ct);
    const dt = typeNewFromSpec({
      name: '_lzma.LZMADecompressor',
      base: objectType,
      basicsize: 24,
      itemsize: 0,
      flags: Py_TPFLAGS_IMMUTABLETYPE,
      slots: { dealloc: decompressorDealloc, new: (type, args, nargs, kwnames) => decompressorNew(type as Borrowed, args, nargs, kwnames as Borrowed | Null) },
      methods: [{
        name: 'decompress', fn: decomp_decompress,
        doc: DECOMPRESS_DOC,
      }],
      dict: (t) => [
        ['check', readOnlyMember(t, 'check', D_CHECK, 'ID of the integrity check used by the input stream.')],
        ['eof', readOnlyMember(t, 'eof', D_EOF, DECOMPRESSOR_MEMBER_DOCS.eof)],
        ['needs_input', readOnlyMember(t, 'needs_input', D_NEEDS_INPUT, DECOMPRESSOR_MEMBER_DOCS.needs_input)],
        ['unused_data', readOnlyMember(t, 'unused_data', D_UNUSED, DECOMPRESSOR_MEMBER_DOCS.unused_data)],
        ['__doc__', strFromJS(decompDoc)],
      ],
    });
    if (dt === NULL) return -1;
    if (moduleAddSteal(m, 'LZMADecompressor', newRef(dt)) < 0) { decref(dt); return -1; }
    moduleStateAddSteal(m, dt);
    for (const [k, v] of CONSTANTS) {
      if (moduleAddSteal(m, k, typeof v === 'bigint' ? intFromBigInt(v) : intFromNumber(v)) < 0) return -1;
    }
    return 0;
  });
}
