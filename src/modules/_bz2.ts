// _bz2: BZ2Compressor and BZ2Decompressor (CPython's Modules/_bz2module.c with libbzip2 1.0.8) on the
// bzip2 codec of src/support/bzip2.ts, written for Immortal. Behaviour, messages and the
// max_length / needs_input / unused_data rules are CPython 3.12's. Both types are immutable and not
// subclassable, take their arguments in __new__, and have no __init__, as in CPython.
// Invariants: each object's codec lives in a JS map keyed by the object's address, set by __new__
// and removed by its dealloc; a BZ2Decompressor's three attributes are object fields (read-only
// member descriptors) it owns, kept up to date after every call.
//
//   BZ2Compressor:    +0 ob_refcnt  +4 ob_type  +8 (unused)
//   BZ2Decompressor:  +0 ob_refcnt  +4 ob_type  +8 eof (bool)  +12 unused_data (bytes)  +16 needs_input (bool)

import { i32, u8 } from '../heap/views.ts';
import { newRef, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  nativeModuleNew, moduleAddSteal, decompressArgs, DECOMPRESS_ARGS, DECOMPRESS_DOC, DECOMPRESSOR_MEMBER_DOCS, readOnlyMember,
} from './native.ts';
import { moduleStateAddSteal } from '../objects/module.ts';
import { type MethodDef, argAt, argsNoKwnames, argsCheckPositional, argsOne, argsNone } from '../objects/methodobject.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, RuntimeError, exceptionTypes } from '../objects/exceptions.ts';
import { typeNewFromSpec, typeGenericAlloc, objectType, Py_TPFLAGS_IMMUTABLETYPE } from '../objects/type.ts';
import { objectFree } from '../objects/object.ts';
import { strFromJS } from '../objects/str.ts';
import { bytesFromUint8Array, bytesEmptyNew } from '../objects/bytes.ts';
import { bufferGet, BUF } from '../objects/memoryview.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { clinicInt } from '../objects/abstract.ts';
import { Bz2Encoder, Bz2Decoder, Bz2Status } from '../support/bzip2.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const OBJ_SIZE = 12;
const DECOMP_SIZE = 20;
const D_EOF = 8, D_UNUSED = 12, D_NEEDS_INPUT = 16;

interface CompState { enc: Bz2Encoder; flushed: boolean }

const compressors = new Map<number, CompState>();
const decompressors = new Map<number, Bz2Decoder>();

/** The bytes of a bytes-like argument as a view of the heap (valid until the next allocation), or null with TypeError. */
function bufferView(o: Borrowed): Uint8Array | null {
  if (!bufferGet(o, true)) return null;
  return u8.subarray(BUF.ptr, BUF.ptr + BUF.len);
}

// --- BZ2Compressor

function compressorNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('BZ2Compressor', kwnames)) return NULL;
  if (!argsCheckPositional('BZ2Compressor', nargs, 0, 1)) return NULL;
  let level = 9;
  if (nargs > 0) {
    level = clinicInt(argAt(args, 0));
    if (level === -1 && errOccurred() !== NULL) return NULL;
  }
  if (level < 1 || level > 9) return errSetString(ValueError, 'compresslevel must be between 1 and 9');
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  compressors.set(o, { enc: new Bz2Encoder(level), flushed: false });
  return o;
}

function compressorDealloc(o: Owned): void {
  compressors.delete(o);
  objectFree(o);
}

const comp_compress: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('BZ2Compressor.compress', nargs, kwnames)) return NULL;
  const data = bufferView(argAt(args, 0));
  if (data === null) return NULL;
  const st = compressors.get(self as Borrowed)!;
  if (st.flushed) return errSetString(ValueError, 'Compressor has been flushed');
  return bytesFromUint8Array(st.enc.compress(data));
};

const comp_flush: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('BZ2Compressor.flush', nargs, kwnames)) return NULL;
  const st = compressors.get(self as Borrowed)!;
  if (st.flushed) return errSetString(ValueError, 'Repeated call to flush()');
  st.flushed = true;
  return bytesFromUint8Array(st.enc.finish());
};

// --- BZ2Decompressor

function setField(o: Borrowed, offset: number, v: Owned): void {
  const old = i32[(o + offset) >> 2];
  i32[(o + offset) >> 2] = v;
  if (old !== 0) decref(old as Borrowed);
}

function decompressorNew(type: Borrowed, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs > 0) return errSetString(TypeError, 'BZ2Decompressor() takes no positional arguments');
  if (!argsNoKwnames('BZ2Decompressor', kwnames)) return NULL;
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  i32[(o + D_EOF) >> 2] = newRef(Py_False);
  i32[(o + D_UNUSED) >> 2] = bytesEmptyNew();
  i32[(o + D_NEEDS_INPUT) >> 2] = newRef(Py_True);
  decompressors.set(o, new Bz2Decoder());
  return o;
}

function decompressorDealloc(o: Owned): void {
  decompressors.delete(o);
  for (const off of [D_EOF, D_UNUSED, D_NEEDS_INPUT]) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) decref(v as Borrowed);
  }
  objectFree(o);
}

/** CPython's catch_bz2_error for what the decoder reports. */
function decodeError(status: Bz2Status): Null {
  if (status === Bz2Status.SEQUENCE_ERROR) {
    return errSetString(RuntimeError, 'Internal error - Invalid sequence of commands sent to libbzip2');
  }
  return errSetString(exceptionTypes.get('OSError')!, 'Invalid data stream');
}

const decomp_decompress: Fn = (self, args, nargs, kwnames) => {
  if (!decompressArgs(args, nargs, kwnames)) return NULL;
  const { ptr, len, maxLength } = DECOMPRESS_ARGS;
  const o = self as Borrowed;
  if (i32[(o + D_EOF) >> 2] === Py_True) return errSetString(exceptionTypes.get('EOFError')!, 'End of stream already reached');
  const dec = decompressors.get(o)!;
  dec.feed(u8.subarray(ptr, ptr + len));
  const { status, out } = dec.run(maxLength < 0 ? -1 : maxLength);
  if (status === Bz2Status.DATA_ERROR || status === Bz2Status.SEQUENCE_ERROR) {
    dec.dropInput();
    return decodeError(status);
  }
  const result = bytesFromUint8Array(out);
  if (result === NULL) return NULL;
  const left = dec.unconsumed();
  if (status === Bz2Status.STREAM_END) {
    setField(o, D_EOF, newRef(Py_True));
    setField(o, D_NEEDS_INPUT, newRef(Py_False));
    if (left > 0) {
      const unused = bytesFromUint8Array(dec.takeUnconsumed());
      if (unused === NULL) { decref(result); return NULL; }
      setField(o, D_UNUSED, unused);
    }
  } else {
    setField(o, D_NEEDS_INPUT, newRef(left === 0 ? Py_True : Py_False));
  }
  return result;
};

const compDoc = 'Create a compressor object for compressing data incrementally.\n\n  compresslevel\n'
  + '    Compression level, as a number between 1 and 9.\n\n'
  + 'For one-shot compression, use the compress() function instead.';
const decompDoc = 'Create a decompressor object for decompressing data incrementally.\n\n'
  + 'For one-shot decompression, use the decompress() function instead.';

const compressorMethods: MethodDef[] = [
  {
    name: 'compress', fn: comp_compress,
    doc: 'Provide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b\'\' otherwise.\n\n'
      + 'When you have finished providing data to the compressor, call the\nflush() method to finish the compression process.',
  },
  {
    name: 'flush', fn: comp_flush,
    doc: 'Finish the compression process.\n\nReturns the compressed data left in internal buffers.\n\n'
      + 'The compressor object may not be used after this method is called.',
  },
];

const decompressorMethods: MethodDef[] = [
  {
    name: 'decompress', fn: decomp_decompress,
    doc: DECOMPRESS_DOC,
  },
];

/** Creates the _bz2 module. */
export function bz2ModuleNew(): Owned | Null {
  return nativeModuleNew('_bz2', [], (m) => {
    const ct = typeNewFromSpec({
      name: '_bz2.BZ2Compressor',
      base: objectType,
      basicsize: OBJ_SIZE,
      itemsize: 0,
      flags: Py_TPFLAGS_IMMUTABLETYPE,
      slots: { dealloc: compressorDealloc, new: (type, args, nargs, kwnames) => compressorNew(type as Borrowed, args, nargs, kwnames as Borrowed | Null) },
      methods: compressorMethods,
      dict: () => [['__doc__', strFromJS(compDoc)]],
    });
    if (ct === NULL) return -1;
    if (moduleAddSteal(m, 'BZ2Compressor', newRef(ct)) < 0) { decref(ct); return -1; }
    moduleStateAddSteal(m, ct);
    const dt = typeNewFromSpec({
      name: '_bz2.BZ2Decompressor',
      base: objectType,
      basicsize: DECOMP_SIZE,
      itemsize: 0,
      flags: Py_TPFLAGS_IMMUTABLETYPE,
      slots: { dealloc: decompressorDealloc, new: (type, args, nargs, kwnames) => decompressorNew(type as Borrowed, args, nargs, kwnames as Borrowed | Null) },
      methods: decompressorMethods,
      dict: (t) => [
        ['eof', readOnlyMember(t, 'eof', D_EOF, DECOMPRESSOR_MEMBER_DOCS.eof)],
        ['unused_data', readOnlyMember(t, 'unused_data', D_UNUSED, DECOMPRESSOR_MEMBER_DOCS.unused_data)],
        ['needs_input', readOnlyMember(t, 'needs_input', D_NEEDS_INPUT, DECOMPRESSOR_MEMBER_DOCS.needs_input)],
        ['__doc__', strFromJS(decompDoc)],
      ],
    });
    if (dt === NULL) return -1;
    if (moduleAddSteal(m, 'BZ2Decompressor', newRef(dt)) < 0) { decref(dt); return -1; }
    moduleStateAddSteal(m, dt);
    return 0;
  });
}
