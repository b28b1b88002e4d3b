// The type object: its layout in the heap, the JS-side slot table, and static type creation.
// Mirrors Objects/typeobject.c and PyTypeObject (Include/cpython/object.h). A type object lives in
// the heap like any object; the function pointers (tp_dealloc, tp_repr, ...) can't, so each type has
// an index (TP_INDEX) into `typeSlots`, a JS array rebuilt identically in every worker.
// Invariants: static types are created before the heap is sealed, are immortal, and are never
// written afterwards; typeSlots[i].dealloc is also typeDealloc[i] (the heap dispatches through it).
//
//   +0  ob_refcnt       +20 tp_basicsize   +40 tp_mro (tuple)      +60 tp_dictoffset
//   +4  ob_type (type)  +24 tp_itemsize    +44 tp_dict (dict)      +64 tp_qualname (str)
//   +8  ob_size (0)     +28 tp_flags       +48 tp_version_tag      +68 tp_subclasses
//   +12 tp_index        +32 tp_base        +52 tp_weaklistoffset
//   +16 tp_name (str)   +36 tp_bases       +56 (reserved)

import { i32 } from '../heap/views.ts';
import { alloc } from '../heap/alloc.ts';
import { typeDealloc } from '../heap/refcount.ts';
import { OB_TYPE, OB_SIZE, TP_INDEX } from '../heap/header.ts';
import type { Borrowed, Owned, Null } from '../heap/ref.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { decref } from '../heap/refcount.ts';
import {
  objectFree, defaultRepr, objectHashDefault, objectIsTrue, boolNew, notImplemented,
} from './object.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { staticDealloc } from './none.ts';
import { strFromJS, strInternImmortal } from './str.ts';
import { tuplePack } from './tuple.ts';

export { TP_INDEX };
export const TP_NAME = 16;
export const TP_BASICSIZE = 20;
export const TP_ITEMSIZE = 24;
export const TP_FLAGS = 28;
export const TP_BASE = 32;
export const TP_BASES = 36;
export const TP_MRO = 40;
export const TP_DICT = 44;
export const TP_VERSION_TAG = 48;
export const TP_WEAKLISTOFFSET = 52;
export const TP_DICTOFFSET = 60;
export const TP_QUALNAME = 64;
export const TP_SUBCLASSES = 68;
export const TYPE_OBJECT_SIZE = 72;

// tp_flags, with CPython's bit values.
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 1 << 31;

export { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from './compare-op.ts';
import { Py_EQ, Py_NE } from './compare-op.ts';

/** A visit callback for tp_traverse: returns non-zero to stop the traversal. */
export type VisitProc = (o: Borrowed, arg: unknown) => number;

type Unary = (o: Borrowed) => Owned | Null;
type Binary = (a: Borrowed, b: Borrowed) => Owned | Null;

/**
 * Vectorcall (PEP 590): positional args are `nargs` references at heap address `args` (int32 words);
 * keyword values follow them, named by `kwnames` (a tuple of str) or NULL when there are none.
 * No JS allocation per call: the eval loop passes its value stack in place.
 */
export type VectorCall = (callable: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

/**
 * The function slots of a type (PyTypeObject's tp_* and the tp_as_number / tp_as_sequence /
 * tp_as_mapping tables, flattened). A null slot is inherited from the base when the type is created.
 * Binary number slots get (a, b) where either operand may be the type's instance, as in CPython;
 * they return NotImplemented (owned) to let the other operand try.
 */
export interface TypeSlots {
  /** The name, for error messages without touching the heap. */
  name: string;
  /** Called when the count reaches 0: release owned references, free the memory. */
  dealloc: (o: Owned) => void;
  /** Visits exactly the references the object owns (the cycle collector depends on it). */
  traverse: ((o: Borrowed, visit: VisitProc, arg: unknown) => number) | null;
  repr: Unary | null;
  str: Unary | null;
  /** Returns the low word of the hash and leaves both words in H64; -1/-1 with an exception set on error. */
  hash: ((o: Borrowed) => number) | null;
  richcompare: ((a: Borrowed, b: Borrowed, op: number) => Owned | Null) | null;
  /** nb_bool: 1 true, 0 false, -1 error. */
  bool: ((o: Borrowed) => number) | null;
  /** sq_length / mp_length: -1 on error. */
  length: ((o: Borrowed) => number) | null;

  /** tp_getattro(o, name: str). */
  getattro: ((o: Borrowed, name: Borrowed) => Owned | Null) | null;
  /** tp_setattro(o, name, value); value NULL deletes. 0 ok, -1 error. */
  setattro: ((o: Borrowed, name: Borrowed, value: Borrowed | Null) => number) | null;
  /** tp_call / tp_vectorcall. */
  call: VectorCall | null;
  /** tp_new(type, args...): the type being instantiated is `callable`. */
  new: VectorCall | null;
  /** tp_init(self, args...): 0 ok, -1 error. */
  init: ((self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null) => number) | null;
  /** tp_iter. */
  iter: Unary | null;
  /** tp_iternext: NULL with no exception set means exhausted. */
  iternext: Unary | null;
  /** tp_descr_get(descr, obj or NULL, type). */
  descrGet: ((descr: Borrowed, obj: Borrowed | Null, type: Borrowed | Null) => Owned | Null) | null;
  /** tp_descr_set(descr, obj, value or NULL to delete): 0 / -1. */
  descrSet: ((descr: Borrowed, obj: Borrowed, value: Borrowed | Null) => number) | null;

  /** mp_subscript / sq_item: o[key]. */
  getitem: Binary | null;
  /** mp_ass_subscript: o[key] = value, or del o[key] when value is NULL. 0 / -1. */
  setitem: ((o: Borrowed, key: Borrowed, value: Borrowed | Null) => number) | null;
  /** sq_contains: 1 / 0 / -1. */
  contains: ((o: Borrowed, v: Borrowed) => number) | null;
  /** sq_concat (for sequences that don't implement nb_add). */
  concat: Binary | null;
  /** sq_repeat(o, count). */
  repeat: ((o: Borrowed, n: number) => Owned | Null) | null;
  inplaceConcat: Binary | null;
  inplaceRepeat: ((o: Borrowed, n: number) => Owned | Null) | null;

  add: Binary | null; sub: Binary | null; mul: Binary | null; matmul: Binary | null;
  truediv: Binary | null; floordiv: Binary | null; mod: Binary | null; divmod: Binary | null;
  /** nb_power(a, b, modulus or None). */
  pow: ((a: Borrowed, b: Borrowed, m: Borrowed) => Owned | Null) | null;
  lshift: Binary | null; rshift: Binary | null; and: Binary | null; or: Binary | null; xor: Binary | null;
  inplaceAdd: Binary | null; inplaceSub: Binary | null; inplaceMul: Binary | null; inplaceMatmul: Binary | null;
  inplaceTruediv: Binary | null; inplaceFloordiv: Binary | null; inplaceMod: Binary | null;
  inplacePow: ((a: Borrowed, b: Borrowed, m: Borrowed) => Owned | Null) | null;
  inplaceLshift: Binary | null; inplaceRshift: Binary | null;
  inplaceAnd: Binary | null; inplaceOr: Binary | null; inplaceXor: Binary | null;
  neg: Unary | null; pos: Unary | null; abs: Unary | null; invert: Unary | null;
  /** nb_index: an exact int (owned) or NULL. */
  index: Unary | null;
  /** nb_int / nb_float. */
  int: Unary | null;
  float: Unary | null;
}

/** The JS-side slot tables, indexed by TP_INDEX. */
export const typeSlots: TypeSlots[] = [];

/** Every static type, in creation order (index = TP_INDEX). */
export const staticTypes: Borrowed[] = [];

/** The type object of `type` itself. Set by typeInitStatic. */
export let typeType = 0 as Borrowed;
/** The type object of `object`. */
export let objectType = 0 as Borrowed;

/** Py_TYPE. */
export function typeOf(o: Borrowed): Borrowed {
  return i32[(o + OB_TYPE) >> 2] as Borrowed;
}

/** The slot table of `o`'s type. */
export function slotsOf(o: Borrowed): TypeSlots {
  return typeSlots[i32[(i32[(o + OB_TYPE) >> 2] + TP_INDEX) >> 2]];
}

/** The slot table of the type object `t`. */
export function typeSlotsOf(t: Borrowed): TypeSlots {
  return typeSlots[i32[(t + TP_INDEX) >> 2]];
}

export function typeFlags(t: Borrowed): number {
  return i32[(t + TP_FLAGS) >> 2];
}

/** PyType_FastSubclass: is one of the Py_TPFLAGS_*_SUBCLASS bits set on `o`'s type? */
export function typeHasFeature(o: Borrowed, flag: number): boolean {
  return (i32[(i32[(o + OB_TYPE) >> 2] + TP_FLAGS) >> 2] & flag) !== 0;
}

export function typeBase(t: Borrowed): Borrowed | Null {
  return i32[(t + TP_BASE) >> 2] as Borrowed | Null;
}

export function typeBasicSize(t: Borrowed): number {
  return i32[(t + TP_BASICSIZE) >> 2];
}

export function typeItemSize(t: Borrowed): number {
  return i32[(t + TP_ITEMSIZE) >> 2];
}

/** The JS name of a type, for messages. */
export function typeName(t: Borrowed): string {
  return typeSlots[i32[(t + TP_INDEX) >> 2]].name;
}

/** The JS name of the type of `o`, for messages like "unhashable type: 'list'". */
export function typeNameOf(o: Borrowed): string {
  return slotsOf(o).name;
}

/** PyType_IsSubtype: a scan of a's MRO (tuple: ob_size at +8, items from +12), or of tp_base before MROs exist. */
export function typeIsSubtype(a: Borrowed, b: Borrowed): boolean {
  const mro = i32[(a + TP_MRO) >> 2];
  if (mro !== 0) {
    const end = mro + 12 + (i32[(mro + 8) >> 2] << 2);
    for (let p = mro + 12; p < end; p += 4) if (i32[p >> 2] === b) return true;
    return false;
  }
  for (let t = a as number; t !== 0; t = i32[(t + TP_BASE) >> 2]) {
    if (t === b) return true;
  }
  return b === objectType;
}

/** PyObject_TypeCheck: `o` is an instance of `t` or of a subclass. */
export function typeCheck(o: Borrowed, t: Borrowed): boolean {
  const ot = i32[(o + OB_TYPE) >> 2] as Borrowed;
  return ot === t || typeIsSubtype(ot, t);
}

export interface StaticTypeSpec {
  name: string;
  basicsize: number;
  itemsize?: number;
  flags?: number;
  /** Defaults to `object`. */
  base?: Borrowed;
  slots: Partial<TypeSlots> & { dealloc?: (o: Owned) => void };
}

/** Slots inherited from the base when a type leaves them out (PyType_Ready's inherit_slots). */
const inheritable = [
  'traverse', 'repr', 'str', 'hash', 'richcompare', 'bool', 'length',
  'getattro', 'setattro', 'call', 'new', 'init', 'iter', 'iternext', 'descrGet', 'descrSet',
  'getitem', 'setitem', 'contains', 'concat', 'repeat', 'inplaceConcat', 'inplaceRepeat',
  'add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor',
  'inplaceAdd', 'inplaceSub', 'inplaceMul', 'inplaceMatmul', 'inplaceTruediv', 'inplaceFloordiv', 'inplaceMod',
  'inplacePow', 'inplaceLshift', 'inplaceRshift', 'inplaceAnd', 'inplaceOr', 'inplaceXor',
  'neg', 'pos', 'abs', 'invert', 'index', 'int', 'float',
] as const;

/**
 * Creates a static builtin type in the static region (before the seal). Slots left out are
 * inherited from the base, as PyType_Ready does.
 */
export function typeNewStatic(spec: StaticTypeSpec): Borrowed {
  const t = alloc(TYPE_OBJECT_SIZE);
  if (t === 0) throw new Error(`static region: out of memory creating type ${spec.name}`);
  const isTypeType = spec.name === 'type' && typeType === 0;
  const base = spec.base ?? (spec.name === 'object' ? 0 : objectType);
  const baseSlots = base !== 0 ? typeSlotsOf(base as Borrowed) : null;
  const slots = { name: spec.name, dealloc: spec.slots.dealloc ?? baseSlots?.dealloc ?? missingDealloc(spec.name) } as TypeSlots;
  for (const k of inheritable) {
    const own = spec.slots[k];
    (slots as unknown as Record<string, unknown>)[k] = own !== undefined ? own : baseSlots ? baseSlots[k] : null;
  }
  const index = typeSlots.length;
  typeSlots.push(slots);
  staticTypes.push(t as Borrowed);
  typeDealloc.push(slots.dealloc);
  const baseFlags = base !== 0 ? i32[(base + TP_FLAGS) >> 2] & 0xff00_0000 : 0;
  refcntInitStatic(t);
  i32[(t + OB_TYPE) >> 2] = isTypeType ? t : typeType;
  i32[(t + OB_SIZE) >> 2] = 0;
  i32[(t + TP_INDEX) >> 2] = index;
  i32[(t + TP_NAME) >> 2] = 0;
  i32[(t + TP_BASICSIZE) >> 2] = spec.basicsize;
  i32[(t + TP_ITEMSIZE) >> 2] = spec.itemsize ?? 0;
  i32[(t + TP_FLAGS) >> 2] = (spec.flags ?? 0) | baseFlags | Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE;
  i32[(t + TP_BASE) >> 2] = base;
  for (let off = TP_BASES; off < TYPE_OBJECT_SIZE; off += 4) i32[(t + off) >> 2] = 0;
  if (isTypeType) typeType = t as Borrowed;
  if (spec.name === 'object' && objectType === 0) objectType = t as Borrowed;
  return t as Borrowed;
}

/** Sets tp_bases and tp_mro of a static type (tuples built by the caller, stolen). */
export function typeSetStaticMro(t: Borrowed, bases: Owned, mro: Owned): void {
  i32[(t + TP_BASES) >> 2] = bases;
  i32[(t + TP_MRO) >> 2] = mro;
}

function missingDealloc(name: string): (o: Owned) => void {
  return () => { throw new Error(`type ${name} has no dealloc`); };
}

/** Replaces a type's dealloc (both the slot table and the heap's dispatch table). */
export function typeSetDealloc(t: Borrowed, f: (o: Owned) => void): void {
  const index = i32[(t + TP_INDEX) >> 2];
  typeSlots[index].dealloc = f;
  typeDealloc[index] = f;
}

/** Fills a static type's tp_name with its (immortal, interned) name once str exists. */
export function typeSetStaticName(t: Borrowed, name: Borrowed): void {
  i32[(t + TP_NAME) >> 2] = name;
  i32[(t + TP_QUALNAME) >> 2] = name;
}

/** Forgets every type registered so far (a runtime shut down; the next one registers them again). */
export function typeResetRegistry(): void {
  typeSlots.length = 0;
  typeDealloc.length = 0;
  staticTypes.length = 0;
  typeType = 0 as Borrowed;
  objectType = 0 as Borrowed;
}

/** object.__eq__ / __ne__: identity, NotImplemented otherwise (object_richcompare). */
function objectRichCompareDefault(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (op === Py_EQ) return a === b ? boolNew(true) : notImplemented();
  if (op === Py_NE) {
    // __ne__ inverts __eq__ of a's type unless that gives NotImplemented.
    const eq = typeSlotsOf(typeOf(a)).richcompare;
    if (eq === null || eq === objectRichCompareDefault) return a === b ? boolNew(false) : notImplemented();
    const r = eq(a, b, Py_EQ);
    if (r === 0 || r === Py_NotImplemented) return r;
    const t = objectIsTrue(r);
    decref(r);
    return t < 0 ? 0 : boolNew(t === 0);
  }
  return notImplemented();
}

/** type.__repr__: `<class 'name'>`. */
function typeRepr(t: Borrowed): Owned | Null {
  return strFromJS(`<class '${typeName(t)}'>`);
}

/** Creates `object` and `type`, the two types every other type needs (static phase). */
export function typeInitStatic(): void {
  typeResetRegistry();
  const obj = typeNewStatic({
    name: 'object',
    basicsize: 8,
    flags: Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: objectFree, repr: defaultRepr, hash: objectHashDefault, richcompare: objectRichCompareDefault,
    },
  });
  const tt = typeNewStatic({
    name: 'type',
    basicsize: TYPE_OBJECT_SIZE,
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TYPE_SUBCLASS,
    slots: { dealloc: staticDealloc, repr: typeRepr },
  });
  i32[(obj + OB_TYPE) >> 2] = tt;
}

/**
 * Gives every static type its name (an immortal interned str), tp_bases and tp_mro. Runs at the
 * end of the static phase, once str and tuple exist. MROs are C3 linearizations (here only
 * ExceptionGroup has two bases).
 */
export function typeFinishStatics(extraBases: ReadonlyArray<readonly [Borrowed, Borrowed]>): void {
  const mros = new Map<number, Borrowed[]>();
  const basesOf = (t: Borrowed): Borrowed[] => {
    const base = typeBase(t);
    const bs = base === 0 ? [] : [base as Borrowed];
    for (const [sub, extra] of extraBases) if (sub === t) bs.push(extra);
    return bs;
  };
  const mroOf = (t: Borrowed): Borrowed[] => {
    let m = mros.get(t);
    if (m === undefined) {
      m = c3(t, basesOf(t).map(mroOf), basesOf(t));
      mros.set(t, m);
    }
    return m;
  };
  for (const t of staticTypes) {
    const shortName = typeSlotsOf(t).name.slice(typeSlotsOf(t).name.lastIndexOf('.') + 1);
    typeSetStaticName(t, strInternImmortal(shortName));
    const bases = tupleFromStatic(basesOf(t).length > 0 ? basesOf(t) : []);
    typeSetStaticMro(t, bases, tupleFromStatic(mroOf(t)));
  }
}

function tupleFromStatic(items: Borrowed[]): Owned {
  const tup = tuplePack(items);
  if (tup === 0) throw new Error('static region: out of memory building type tuples');
  if (items.length > 0) refcntInitStatic(tup);
  return tup;
}

/** C3 linearization: [t] + merge(mros of bases..., bases). */
function c3(t: Borrowed, seqs: Borrowed[][], bases: Borrowed[]): Borrowed[] {
  const out: Borrowed[] = [t];
  const lists = [...seqs.map((s) => s.slice()), bases.slice()].filter((s) => s.length > 0);
  while (lists.length > 0) {
    let head: Borrowed | null = null;
    for (const l of lists) {
      const cand = l[0];
      if (!lists.some((o) => o.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (head === null) throw new Error(`static type ${typeName(t)}: inconsistent MRO`);
    out.push(head);
    for (const l of lists) if (l[0] === head) l.shift();
    for (let i = lists.length - 1; i >= 0; i--) if (lists[i].length === 0) lists.splice(i, 1);
  }
  return out;
}
