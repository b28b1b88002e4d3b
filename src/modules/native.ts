// Building a native (TypeScript) module object: a module with a dict of builtin functions and
// constants. Mirrors PyModule_Create / PyModule_AddFunctions / PyModule_AddObjectRef.
// Invariants: the returned module is owned by the caller (the import system stores it in
// sys.modules); every value added is owned by the module's dict; on any failure the partial module
// is released and NULL returned with an exception set.

import { decref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { moduleNew, moduleDictBorrow } from '../objects/module.ts';
import { cfunctionNew, type MethodDef } from '../objects/methodobject.ts';
import { dictSetItem, dictNew } from '../objects/dict.ts';
import { tuplePack } from '../objects/tuple.ts';
import { typeType } from '../objects/type.ts';
import { objectCallArgs, clinicSsize, parseArgs, PARSED } from '../objects/abstract.ts';
import { bufferGet, BUF } from '../objects/memoryview.ts';
import { errOccurred } from '../objects/errors.ts';
import { strInternImmortal, strFromJS } from '../objects/str.ts';
import { memberDescriptorNew } from '../objects/member.ts';

/** Sets `name` in a module's dict to `value` (stolen; NULL propagates the pending error). 0 / -1. */
export function moduleAddSteal(module: Borrowed, name: string, value: Owned | Null): number {
  if (value === NULL) return -1;
  const r = dictSetItem(moduleDictBorrow(module), strInternImmortal(name), value);
  decref(value);
  return r;
}

/**
 * A new module `name` with `defs` as builtin functions (their __self__ is the module), an optional
 * docstring, and `init` for everything else (constants, types). Owned or NULL.
 */
export function nativeModuleNew(
  name: string,
  defs: readonly MethodDef[],
  init?: (module: Borrowed) => number,
  doc?: string,
): Owned | Null {
  const m = moduleNew(name);
  if (m === NULL) return NULL;
  if (doc !== undefined && moduleAddSteal(m, '__doc__', strFromJS(doc)) < 0) { decref(m); return NULL; }
  for (const def of defs) {
    if (moduleAddSteal(m, def.name, cfunctionNew(def, m, NULL)) < 0) { decref(m); return NULL; }
  }
  if (init !== undefined && init(m) < 0) { decref(m); return NULL; }
  return m;
}

/**
 * PyErr_NewException: the class `module`.`name` deriving from `base`, made at run time by calling type
 * (so it is a heap type with a __dict__ and __weakref__, as CPython's), with __module__ set to `module`.
 */
export function exceptionClassNew(module: string, name: string, base: Borrowed): Owned | Null {
  const nameObj = strFromJS(name);
  const bases = tuplePack([base]);
  const d = dictNew();
  let r: Owned | Null = NULL;
  if (nameObj !== NULL && bases !== NULL && d !== NULL) {
    const mod = strFromJS(module);
    if (mod !== NULL && dictSetItem(d, strInternImmortal('__module__'), mod) === 0) {
      r = objectCallArgs(typeType, [nameObj, bases, d]);
    }
    xdecref(mod);
  }
  xdecref(nameObj); xdecref(bases); xdecref(d);
  return r;
}

/** A read-only member descriptor of type `t` for the word at `offset` (T_OBJECT_EX, READONLY), with its doc. */
export function readOnlyMember(t: Borrowed, name: string, offset: number, doc: string): Owned | Null {
  const d = strFromJS(doc);
  if (d === NULL) return NULL;
  const r = memberDescriptorNew(t, strInternImmortal(name), offset, true, d);
  decref(d);
  return r;
}

/** The doc of BZ2Decompressor.decompress and LZMADecompressor.decompress (the same text in CPython). */
export const DECOMPRESS_DOC = 'Decompress *data*, returning uncompressed data as bytes.\n\n'
  + 'If *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached '
  + 'and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\n'
  + 'call to *decompress()* may provide *data* as b\'\' to obtain more of the output.\n\n'
  + 'If all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, '
  + 'or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\n'
  + 'Attempting to decompress data after the end of stream is reached raises an\nEOFError.  Any data found after the '
  + 'end of the stream is ignored and saved in\nthe unused_data attribute.';

/** The docs of the decompressors' eof, unused_data and needs_input members. */
export const DECOMPRESSOR_MEMBER_DOCS = {
  eof: 'True if the end-of-stream marker has been reached.',
  unused_data: 'Data found after the end of the compressed stream.',
  needs_input: 'True if more input is needed before more decompressed data can be produced.',
};

/** What decompressArgs read: the data (a borrowed byte range of the heap) and max_length (-1: no limit). */
export const DECOMPRESS_ARGS = { ptr: 0, len: 0, maxLength: -1 };

/**
 * The arguments of BZ2Decompressor.decompress / LZMADecompressor.decompress (Argument Clinic's
 * `data: Py_buffer, max_length: Py_ssize_t = -1`) into DECOMPRESS_ARGS; false with the error set.
 */
export function decompressArgs(args: number, nargs: number, kwnames: Borrowed | Null): boolean {
  if (!parseArgs('decompress', args, nargs, kwnames, ['data', 'max_length'], 1)) return false;
  const dataO = PARSED[0] as Borrowed, maxO = PARSED[1] as Borrowed | Null;
  if (!bufferGet(dataO, true)) return false;
  DECOMPRESS_ARGS.ptr = BUF.ptr;
  DECOMPRESS_ARGS.len = BUF.len;
  DECOMPRESS_ARGS.maxLength = -1;
  if (maxO !== NULL) {
    const m = clinicSsize(maxO);
    if (m === -1 && errOccurred() !== NULL) return false;
    DECOMPRESS_ARGS.maxLength = m;
  }
  return true;
}
