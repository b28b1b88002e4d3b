// Object sizes as CPython 3.12 reports them on 64-bit: object.__sizeof__ (tp_basicsize + tp_itemsize *
// |ob_size|), the pre-header that sys.getsizeof adds (_PyType_PreHeaderSize), and type.__basicsize__ /
// __itemsize__. Our heap stores 4-byte words where CPython stores 8-byte pointers, so our own sizes are
// smaller; the sizes shown to Python are CPython's (docs/internals/objects.md, "Sizes"), so that a
// program printing sys.getsizeof prints what it prints under CPython.
// Invariants: a static type (or a type a native module makes from a spec, named "module.Name") takes
// its sizes from CPython's table by tp_name (objects/cpython-sizes.ts, generated); a class takes its
// base's, plus 8 bytes per word it adds to ours (its __slots__: 4 bytes each here); a type CPython
// does not have counts its words as 8 bytes.

import { i32 } from '../heap/views.ts';
import type { Borrowed } from '../heap/ref.ts';
import {
  typeBasicSize, typeItemSize, typeBase, typeName, TP_FLAGS, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_MANAGED_DICT, Py_TPFLAGS_MANAGED_WEAKREF, typeOf,
} from './type.ts';
import { CPYTHON_SIZES } from './cpython-sizes.ts';
import { strType, strKind, strLength, strIsAscii } from './str.ts';

/** sizeof(PyGC_Head) on 64-bit. */
const GC_HEAD = 16;
/** The managed dict and weakref pointers before the object (3.12's Py_TPFLAGS_PREHEADER). */
const MANAGED_PREHEADER = 16;

/** CPython's [tp_basicsize, tp_itemsize, GC, tp_dictoffset, tp_weaklistoffset] for a type of ours that is not a class, or undefined. */
function tableSizes(t: Borrowed): readonly [number, number, number, number, number] | undefined {
  const heap = (i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0;
  const name = typeName(t);
  if (heap && !name.includes('.')) return undefined;
  return CPYTHON_SIZES.get(name);
}

/** tp_basicsize as CPython 3.12 has it for `t` (type.__basicsize__). */
export function cpythonBasicSize(t: Borrowed): number {
  const known = tableSizes(t);
  if (known !== undefined) return known[0];
  const base = typeBase(t);
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0 || base === 0) return 2 * typeBasicSize(t);
  return cpythonBasicSize(base) + 2 * (typeBasicSize(t) - typeBasicSize(base));
}

/** tp_itemsize as CPython 3.12 has it for `t` (type.__itemsize__). */
export function cpythonItemSize(t: Borrowed): number {
  const known = tableSizes(t);
  if (known !== undefined) return known[1];
  const base = typeBase(t);
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0 || base === 0) return typeItemSize(t);
  return cpythonItemSize(base);
}

/**
 * A struct offset of CPython 3.12's (table column 3 tp_dictoffset, 4 tp_weaklistoffset): a type CPython
 * has, its own; a class, its base's when the base has the field, else `managedAt` when it adds the
 * managed one (flag `managed`: 3.12 reports -1 for a managed dict, -32 for a managed weakref list), else 0.
 */
function cpythonOffset(t: Borrowed, column: 3 | 4, managed: number, managedAt: number): number {
  const known = tableSizes(t);
  if (known !== undefined) return known[column];
  const base = typeBase(t);
  const inherited = base === 0 ? 0 : cpythonOffset(base, column, managed, managedAt);
  if (inherited !== 0) return inherited;
  return (i32[(t + TP_FLAGS) >> 2] & (Py_TPFLAGS_HEAPTYPE | managed)) === (Py_TPFLAGS_HEAPTYPE | managed) ? managedAt : 0;
}

/** tp_dictoffset as CPython 3.12 has it (type.__dictoffset__). */
export function cpythonDictOffset(t: Borrowed): number {
  return cpythonOffset(t, 3, Py_TPFLAGS_MANAGED_DICT, -1);
}

/** tp_weaklistoffset as CPython 3.12 has it (type.__weakrefoffset__). */
export function cpythonWeaklistOffset(t: Borrowed): number {
  return cpythonOffset(t, 4, Py_TPFLAGS_MANAGED_WEAKREF, -32);
}

/**
 * CPython's ob_size of objects whose type is var-sized in CPython but not here (memoryview: 3 * ndim;
 * frame: its code's slots), by the type's tp_name; registered by the types' own files.
 */
export const cpythonItemCounts = new Map<string, (o: Borrowed) => number>();

/**
 * object.__sizeof__: basic size plus item size times |ob_size| (ob_size at +8 in our var-sized objects;
 * for a type var-sized only in CPython, cpythonItemCounts, else 0: a class standing for a C type
 * (re.Pattern, whose own __sizeof__ adds its program's words) has no ob_size here).
 */
export function objectSizeOf(o: Borrowed, t: Borrowed): number {
  const item = cpythonItemSize(t);
  if (item === 0) return cpythonBasicSize(t);
  let n = 0;
  if (typeItemSize(t) !== 0) {
    n = Math.abs(i32[(o + 8) >> 2]);
  } else {
    let b: number = t;
    while (b !== 0 && (i32[(b + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) b = typeBase(b as Borrowed);
    const count = b !== 0 ? cpythonItemCounts.get(typeName(b as Borrowed)) : undefined;
    if (count !== undefined) n = count(o);
  }
  return cpythonBasicSize(t) + item * n;
}

/**
 * _PyType_PreHeaderSize: what sys.getsizeof adds to __sizeof__ (the GC header, the managed pointers).
 * A type CPython has (the table) has the GC header when CPython's does (memoryview is tracked there,
 * not here; a class standing for a C type such as decimal.Decimal or datetime.date is tracked here,
 * not there); a class of the program's has it when ours has.
 */
export function preHeaderSize(t: Borrowed): number {
  const f = i32[(t + TP_FLAGS) >> 2];
  const known = tableSizes(t);
  const gc = known !== undefined ? known[2] === 1 : (f & Py_TPFLAGS_HAVE_GC) !== 0;
  return (gc ? GC_HEAD : 0)
    + ((f & (Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_MANAGED_WEAKREF)) !== 0 && !dictInCStruct(t) ? MANAGED_PREHEADER : 0);
}

/**
 * Whether CPython keeps the dict of t's instances in a C struct rather than before the object: t is a
 * class standing for a C type (its tp_name in CPython's table: C types have no managed pointers), or
 * the nearest such base has a dict here (as its C type does, e.g. OrderedDict, partial), so that a
 * subclass's dict is that one.
 */
export function dictInCStruct(t: Borrowed): boolean {
  for (let b: number = t; b !== 0; b = typeBase(b as Borrowed)) {
    const f = i32[(b + TP_FLAGS) >> 2];
    if ((f & Py_TPFLAGS_HEAPTYPE) === 0) return false;
    if (tableSizes(b as Borrowed) !== undefined) return b === t || (f & Py_TPFLAGS_MANAGED_DICT) !== 0;
  }
  return false;
}

/** sizeof(PyTypeObject), sizeof(PyHeapTypeObject) on 64-bit CPython 3.12. */
const TYPE_OBJECT = 416, HEAP_TYPE_OBJECT = 920;
/**
 * _PyDict_KeysSize of a class's shared-keys object (ht_cached_keys, made for every class with a managed
 * dict): the keys header (32), 64 one-byte indices and 42 entries of 16 bytes.
 */
const CACHED_KEYS = 32 + 64 + 42 * 16;

/** type.__sizeof__: the type object's struct, plus a class's shared instance-dict keys. */
export function typeObjectSizeOf(t: Borrowed): number {
  const f = i32[(t + TP_FLAGS) >> 2];
  if ((f & Py_TPFLAGS_HEAPTYPE) === 0) return TYPE_OBJECT;
  return HEAP_TYPE_OBJECT + ((f & Py_TPFLAGS_MANAGED_DICT) !== 0 ? CACHED_KEYS : 0);
}

/** sizeof(PyASCIIObject), sizeof(PyCompactUnicodeObject), sizeof(PyUnicodeObject) on 64-bit CPython 3.12. */
const ASCII_OBJECT = 40, COMPACT_UNICODE_OBJECT = 56, UNICODE_OBJECT = 64;

/**
 * str.__sizeof__: a str is compact (its characters follow the struct; ASCII ones have the smaller
 * header), an instance of a subclass is not (PyUnicodeObject with its data apart). CPython adds the
 * UTF-8 copy a str caches once something asked for it; ours keeps none, so that part is never added.
 */
export function strSizeOf(o: Borrowed): number {
  const n = strLength(o) + 1;
  if (typeOf(o) !== strType) return UNICODE_OBJECT + n * strKind(o);
  return strIsAscii(o) ? ASCII_OBJECT + n : COMPACT_UNICODE_OBJECT + n * strKind(o);
}
