// The type object: its layout in the heap, the JS-side slot table, static and heap types (classes).
// Mirrors Objects/typeobject.c and PyTypeObject / PyHeapTypeObject (Include/cpython/object.h): type
// creation (type_new), type call (tp_new/tp_init dispatch), C3 MRO, _PyType_Lookup with the method
// cache (version tags), type_getattro/setattro, object.__new__/__init__, isinstance/issubclass, and
// heap types made from native slots (PyType_FromSpec: typeNewFromSpec).
// A type's function pointers (tp_dealloc, tp_repr, ...) can't live in the heap, so each type has an
// index (TP_INDEX) into `typeSlots`, a JS array rebuilt identically in every worker.
// Invariants: static types are created before the heap is sealed, are immortal, and are never written
// afterwards (their dicts are built in the static phase); typeSlots[i].dealloc is also typeDealloc[i].
//
// __build_class__ (for the eval loop; the VM owner calls these two):
//   typeBuildClassPrepare(name: str, bases: tuple, kwds: dict | NULL, out: Int32Array /*2*/): number
//       picks the metaclass (metaclass= keyword, else the most derived metaclass of the bases) and calls
//       its __prepare__(name, bases, **kwds): 0 with out[0] = metaclass (owned), out[1] = namespace
//       (owned, usually a dict), or -1 with an exception set.
//   typeBuildClass(meta, name: str, bases: tuple, ns, kwds: dict | NULL): Owned | Null
//       after the class body ran in `ns`: meta(name, bases, ns, **kwds) without the metaclass= key.
//       type.__new__ fills ns['__classcell__'] (the __class__ cell) with the new class.
//
//   +0  ob_refcnt       +20 tp_basicsize   +40 tp_mro (tuple)      +60 tp_dictoffset
//   +4  ob_type (type)  +24 tp_itemsize    +44 tp_dict (dict)      +64 tp_qualname (str)
//   +8  ob_size (0)     +28 tp_flags       +48 tp_version_tag      +68 (reserved: subclasses)
//   +12 tp_index        +32 tp_base        +52 tp_weaklistoffset   +72 ht_slots (heap types: tuple or 0)
//   +16 tp_name (str)   +36 tp_bases       +56 (reserved)          +76 (reserved)
//
// Heap types are GC objects (a GC header before the reference); static types have none (they are
// immortal and never tracked, as tp_is_gc says in CPython). Instances of a heap type that adds a
// __dict__ carry a pre-header before their GC header (Py_TPFLAGS_MANAGED_DICT, as 3.12's managed dict):
//
//   o-16 dict   o-12 weaklist   o-8 gc_next   o-4 gc_prev | o+0 ob_refcnt  o+4 ob_type  ...

import { i32 } from '../heap/views.ts';
import { alloc, free, freelistLength, FREELIST_TUPLE, FREELIST_DICT, TUPLE_MAXSAVESIZE } from '../heap/alloc.ts';
import { typeDealloc, incref, decref, xdecref, newRef, weakrefHooks } from '../heap/refcount.ts';
import { OB_TYPE, OB_SIZE, TP_INDEX, GC_PREV, GC_HEAD_SIZE, gcTrack, gcUntrack } from '../heap/header.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import {
  objectFree, objectGCFree, defaultRepr, objectHashDefault, objectIsTrue, boolNew, notImplemented, noneNew,
  objectNew, objectGCNew, objectGenericGetAttr, objectGenericSetAttr, objectRepr, objectReprUnchecked,
  objectVectorcall, objectCallArgs, objectLookupAttr, objectGetAttr, trashcanBegin, trashcanEnd,
} from './object.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { Py_None } from './none.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear, errFetch, errSetRaised, errNoMemory } from './errors.ts';
import {
  TypeError, AttributeError, ValueError, RuntimeError, KeyError, RecursionError, EXC_DICT, exceptionTypes as exceptionTypeMap,
} from './exceptions.ts';
import {
  strFromJS, strInternImmortal, strToJS, isStr, strInternState, SSTATE_INTERNED_IMMORTAL, STR_DATA, STR_STATE,
  strLength, strKind, strHash,
} from './str.ts';
import {
  tuplePack, tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, isTuple,
} from './tuple.ts';
import { listNew, listAppend, isList, listSize, listGetItemBorrow } from './list.ts';
import {
  dictNew, dictNewPresized, dictSetItem, dictGetItemBorrow, dictDelItem, isDict, dictCopy, dictNext, dictSize, dictClear,
  dictContains, dictMaterialize, dictEmbeddedIn, dictTraverse, dictShareKeysOf, dictSharedKeysNewInstance, dictSharedKeysRelease,
} from './dict.ts';
import {
  methodDescriptorNew, cfunctionNew, staticTypeMethods, methodDescriptorType,
  type MethodDef, METH_STATIC, METH_COEXIST, argAt, typeAddMethods, methodQualname, argBadArgument,
} from './methodobject.ts';
import { Py_EQ, Py_NE } from './compare-op.ts';
import {
  getsetDescriptorNew, getsetInitStatic, staticTypeGetSets, typeAddGetSets, type GetSetDef,
} from './getset.ts';
import { memberDescriptorNew, memberInitStatic } from './member.ts';
import {
  typeSlotsInitStatic, typeAddOperators, typeFixupSlots, typeUpdateSlot, slotTpNewWrapperDef,
  slotCallFinalizer, typeSlotNames,
} from './typeslots.ts';
import { propertyInitStatic } from './property.ts';
import { classmethodInitStatic, classmethodNew } from './classmethod.ts';
import { staticmethodInitStatic, staticmethodNew, staticmethodNewStatic } from './staticmethod.ts';
import { superInitStatic } from './super.ts';
import { mappingproxyInitStatic } from './mappingproxy.ts';
import { descrAttrsRegister } from './descrattrs.ts';
import { protocolHooks } from './protocols.ts';
import { cellType, cellSetSteal } from './cell.ts';
import { ts } from '../vm/state.ts';
import {
  objectTypeGetSets, objectTypeMethods, typeTypeGetSets, typeTypeMethods, baseExceptionNewSlot,
  baseExceptionInitSlot, baseExceptionGetSets, baseExceptionMethods, errAddNote,
} from './typeattrs.ts';


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
export const HT_SLOTS = 72;
/**
 * A heap type's filter of instance-dict keys, 128 bits in HT_INSTANCE_KEYS_WORDS words: bit (hash & 127)
 * (word (hash >>> 5) & 3, bit hash & 31) is set for every key ever inserted into
 * the embedded __dict__ of one of its instances (objects/dict.ts instanceKeyNote). -1 (all bits) when
 * its instances' dicts may be reached other than through their instance: they do not start embedded,
 * or one was handed out (obj.__dict__, vars(), __dict__ or __class__ assignment). A clear bit for a name
 * means no instance dict of the type holds it, so a method found on the type is not shadowed: the
 * method-form LOAD_ATTR skips probing the instance dict (CPython 3.12 checks its shared keys' version).
 */
export const HT_INSTANCE_KEYS = 76;
export const HT_INSTANCE_KEYS_WORDS = 4;
/**
 * A heap type's shared instance-dict keys, as CPython's ht_cached_keys (objects/dict.ts
 * sharedKeysOf: 0 not made yet, 1 none, else a keys object; released with the type). Only
 * sys.getsizeof of its instances' dicts reads them.
 */
export const HT_CACHED_KEYS = 92;
/** Size of a static type object. */
export const TYPE_OBJECT_SIZE = 72;
/** Size of a heap type object (type's tp_basicsize: every class, and every metaclass instance). */
export const HEAPTYPE_SIZE = 96;

/** Where a managed __dict__ lives relative to the object (see the diagram above). */
export const MANAGED_DICT_OFFSET = -16;
export const MANAGED_WEAKLIST_OFFSET = -12;
/** Bytes of the managed pre-header (dict + weaklist). */
export const MANAGED_PREHEADER_SIZE = 8;

// tp_flags, with CPython's bit values.
export const Py_TPFLAGS_MANAGED_WEAKREF = 1 << 3;
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
export const Py_TPFLAGS_MAPPING = 1 << 6;
/** _Py_TPFLAGS_MATCH_SELF: a class pattern `T(x)` of the type matches the subject itself. Inherited. */
export const Py_TPFLAGS_MATCH_SELF = 1 << 22;
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
/** The type's instances bind like functions: LOAD_ATTR's method form may skip making a bound method. */
export const Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
/** _Py_TPFLAGS_STATIC_BUILTIN: a type of the runtime itself (our static types). */
export const Py_TPFLAGS_STATIC_BUILTIN = 1 << 1;
/** Shown in __flags__ only, for the types that CPython 3.12 calls through vectorcall (we call them all alike). */
export const Py_TPFLAGS_HAVE_VECTORCALL = 1 << 11;
export const Py_TPFLAGS_VALID_VERSION_TAG = 1 << 19;
export const Py_TPFLAGS_IS_ABSTRACT = 1 << 20;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 1 << 31;
const SUBCLASS_FLAGS = 0xff00_0000 | 0;

export { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from './compare-op.ts';

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
  /** The name, for error messages without touching the heap (tp_name: '__name__' for classes). */
  name: string;
  /** Called when the count reaches 0: release owned references, free the memory. */
  dealloc: (o: Owned) => void;
  /** Visits exactly the references the object owns (the cycle collector depends on it). */
  traverse: ((o: Borrowed, visit: VisitProc, arg: unknown) => number) | null;
  /** tp_clear: drops the references that can take part in cycles (the cycle collector calls it on garbage). */
  clear?: ((o: Borrowed) => number) | null;
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
  /** tp_finalize (__del__): called once before the memory is released; must not leave an exception set. */
  finalize: ((o: Borrowed) => void) | null;
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

/** The JS-side slot tables, indexed by TP_INDEX (static types first, then heap types; freed entries reused). */
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

/** PyType_Check: `o` is a type object (an instance of type or of a metaclass). */
export function isType(o: Borrowed): boolean {
  return (i32[(i32[(o + OB_TYPE) >> 2] + TP_FLAGS) >> 2] & Py_TPFLAGS_TYPE_SUBCLASS) !== 0;
}

/** PyType_CheckExact. */
export function isTypeExact(o: Borrowed): boolean {
  return i32[(o + OB_TYPE) >> 2] === typeType;
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

/** tp_mro (borrowed tuple; NULL before the static types are finished). */
export function typeMroBorrow(t: Borrowed): Borrowed | Null {
  return i32[(t + TP_MRO) >> 2] as Borrowed | Null;
}

/** tp_dict (borrowed; NULL before the static types are finished). */
export function typeDictBorrow(t: Borrowed): Borrowed | Null {
  return i32[(t + TP_DICT) >> 2] as Borrowed | Null;
}

/** The JS name of a type (tp_name), for messages. */
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
  /** tp_dictoffset: where the instance __dict__ pointer lives (0: none). */
  dictoffset?: number;
  slots: Partial<TypeSlots> & { dealloc?: (o: Owned) => void };
}

/** Slots inherited from the base when a type leaves them out (PyType_Ready's inherit_slots). */
export const inheritableSlots = [
  'traverse', 'clear', 'repr', 'str', 'hash', 'richcompare', 'bool', 'length',
  'getattro', 'setattro', 'call', 'new', 'init', 'finalize', 'iter', 'iternext', 'descrGet', 'descrSet',
  'getitem', 'setitem', 'contains', 'concat', 'repeat', 'inplaceConcat', 'inplaceRepeat',
  'add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor',
  'inplaceAdd', 'inplaceSub', 'inplaceMul', 'inplaceMatmul', 'inplaceTruediv', 'inplaceFloordiv', 'inplaceMod',
  'inplacePow', 'inplaceLshift', 'inplaceRshift', 'inplaceAnd', 'inplaceOr', 'inplaceXor',
  'neg', 'pos', 'abs', 'invert', 'index', 'int', 'float',
] as const;

/**
 * A slot table with every slot present (null) in one fixed order. Filled by keyed stores of existing
 * properties, it keeps one V8 shape with fast properties; built by adding the slots one by one with
 * keyed stores, as it once was, V8 turned every table into a dictionary after 12 added properties, and
 * each `slotsOf(o).x` of the runtime became a hash lookup. Lists exactly `inheritableSlots`.
 */
function slotsNew(name: string, dealloc: (o: Owned) => void): TypeSlots {
  return {
    name, dealloc,
    traverse: null, clear: null, repr: null, str: null, hash: null, richcompare: null, bool: null,
    length: null, getattro: null, setattro: null, call: null, new: null, init: null, finalize: null,
    iter: null, iternext: null, descrGet: null, descrSet: null, getitem: null, setitem: null, contains: null,
    concat: null, repeat: null, inplaceConcat: null, inplaceRepeat: null, add: null, sub: null, mul: null,
    matmul: null, truediv: null, floordiv: null, mod: null, divmod: null, pow: null, lshift: null,
    rshift: null, and: null, or: null, xor: null, inplaceAdd: null, inplaceSub: null, inplaceMul: null,
    inplaceMatmul: null, inplaceTruediv: null, inplaceFloordiv: null, inplaceMod: null, inplacePow: null,
    inplaceLshift: null, inplaceRshift: null, inplaceAnd: null, inplaceOr: null, inplaceXor: null, neg: null,
    pos: null, abs: null, invert: null, index: null, int: null, float: null,
  };
}

// Version tags and the method cache (_PyType_Lookup). A type's tag changes whenever its dict or the
// dict of a type in its MRO changes, so a cache entry (tag, name) -> value can never be stale; tags
// are never reused. Static types get theirs at creation and never change. Only names that are
// interned immortal strs are cached (the key is the reference, so it must outlive the entry).
const MCACHE_SIZE_EXP = 12;
const MCACHE_SIZE = 1 << MCACHE_SIZE_EXP;
const mcacheVersion = new Int32Array(MCACHE_SIZE);
const mcacheName = new Int32Array(MCACHE_SIZE);
const mcacheValue = new Int32Array(MCACHE_SIZE);
let nextVersionTag = 1;

/** Cache statistics (hits, misses), for tests and -X stats. */
export const typeCacheStats = { hits: 0, misses: 0 };

function assignVersionTag(t: Borrowed): void {
  i32[(t + TP_VERSION_TAG) >> 2] = nextVersionTag++;
  if (nextVersionTag > 0x7fff_fff0) nextVersionTag = 1; // never in practice; would need a cache flush
}

// The static types whose __flags__ have Py_TPFLAGS_HAVE_VECTORCALL in CPython 3.12.
const VECTORCALL_TYPES = new Set(['type', 'function', 'builtin_function_or_method', 'method', 'method_descriptor', 'types.GenericAlias']);

/**
 * Creates a static builtin type in the static region (before the seal). Slots left out are
 * inherited from the base, as PyType_Ready does; tp_new is not inherited from `object`
 * (Py_TPFLAGS_DISALLOW_INSTANTIATION: such types can't be instantiated from Python).
 */
export function typeNewStatic(spec: StaticTypeSpec): Borrowed {
  const t = alloc(TYPE_OBJECT_SIZE);
  if (t === 0) throw new Error(`static region: out of memory creating type ${spec.name}`);
  const isTypeType = spec.name === 'type' && typeType === 0;
  const base = spec.base ?? (spec.name === 'object' ? 0 : objectType);
  const baseSlots = base !== 0 ? typeSlotsOf(base as Borrowed) : null;
  const slots = slotsNew(spec.name, spec.slots.dealloc ?? baseSlots?.dealloc ?? missingDealloc(spec.name));
  for (const k of inheritableSlots) {
    const own = spec.slots[k];
    (slots as unknown as Record<string, unknown>)[k] = own !== undefined ? own : baseSlots ? baseSlots[k] : null;
  }
  let flags = spec.flags ?? 0;
  if (spec.slots.new === undefined && base === objectType) {
    slots.new = null;
    flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
  }
  const index = typeSlots.length;
  typeSlots.push(slots);
  staticTypes.push(t as Borrowed);
  typeDealloc.push(slots.dealloc);
  const baseFlags = base !== 0 ? i32[(base + TP_FLAGS) >> 2] & SUBCLASS_FLAGS : 0;
  refcntInitStatic(t);
  i32[(t + OB_TYPE) >> 2] = isTypeType ? t : typeType;
  i32[(t + OB_SIZE) >> 2] = 0;
  i32[(t + TP_INDEX) >> 2] = index;
  i32[(t + TP_NAME) >> 2] = 0;
  i32[(t + TP_BASICSIZE) >> 2] = spec.basicsize;
  i32[(t + TP_ITEMSIZE) >> 2] = spec.itemsize ?? 0;
  i32[(t + TP_FLAGS) >> 2] = flags | baseFlags | Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_VALID_VERSION_TAG;
  i32[(t + TP_BASE) >> 2] = base;
  for (let off = TP_BASES; off < TYPE_OBJECT_SIZE; off += 4) i32[(t + off) >> 2] = 0;
  i32[(t + TP_DICTOFFSET) >> 2] = spec.dictoffset ?? (base !== 0 ? i32[(base + TP_DICTOFFSET) >> 2] : 0);
  assignVersionTag(t as Borrowed);
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
  freeSlotIndices.length = 0;
  subclassRegistry.clear();
  heapTypes.clear();
  mcacheVersion.fill(0);
  nextVersionTag = 1;
}

// _PyType_Lookup.

function findNameInMro(type: Borrowed, name: Borrowed): Borrowed | Null {
  const mro = i32[(type + TP_MRO) >> 2];
  if (mro === 0) {
    // Static phase, before MROs exist: the tp_base chain.
    for (let t = type as number; t !== 0; t = i32[(t + TP_BASE) >> 2]) {
      const d = i32[(t + TP_DICT) >> 2];
      if (d !== 0) {
        const v = dictGetItemBorrow(d as Borrowed, name);
        if (v !== NULL) return v;
      }
    }
    return NULL;
  }
  const n = i32[(mro + 8) >> 2];
  for (let i = 0; i < n; i++) {
    const t = i32[(mro + 12 + 4 * i) >> 2];
    const d = i32[(t + TP_DICT) >> 2];
    if (d === 0) continue;
    const v = dictGetItemBorrow(d as Borrowed, name);
    if (v !== NULL) return v;
  }
  return NULL;
}

/**
 * _PyType_Lookup: the attribute `name` (a str) in the dicts of `type`'s MRO, borrowed, or NULL
 * (no exception set). Cached per (version tag, name) for interned immortal names.
 */
export function typeLookup(type: Borrowed, name: Borrowed): Borrowed | Null {
  const tag = i32[(type + TP_VERSION_TAG) >> 2];
  const h = (Math.imul(tag, 0x9e3779b1) ^ (name >>> 3)) & (MCACHE_SIZE - 1);
  if (mcacheVersion[h] === tag && mcacheName[h] === name && tag !== 0) {
    typeCacheStats.hits++;
    return mcacheValue[h] as Borrowed | Null;
  }
  typeCacheStats.misses++;
  const saved = errOccurred() !== NULL ? errFetch() : NULL;
  let v = findNameInMro(type, name);
  if (errOccurred() !== NULL) { errClear(); v = NULL; }
  if (saved !== NULL) errSetRaised(saved);
  if (tag !== 0 && isStr(name) && strInternState(name) >= SSTATE_INTERNED_IMMORTAL) {
    mcacheVersion[h] = tag;
    mcacheName[h] = name;
    mcacheValue[h] = v;
  }
  return v;
}

/** typeLookup with a JS name (interned immortal). */
export function typeLookupJS(type: Borrowed, name: string): Borrowed | Null {
  return typeLookup(type, strInternImmortal(name));
}

// Heap-type bookkeeping: direct subclasses (to invalidate tags and for __subclasses__), live heap types.

const subclassRegistry = new Map<number, number[]>();
const heapTypes = new Set<number>();
const freeSlotIndices: number[] = [];

function registerSubclass(base: Borrowed, sub: Borrowed): void {
  let l = subclassRegistry.get(base);
  if (l === undefined) { l = []; subclassRegistry.set(base, l); }
  l.push(sub);
}

function unregisterSubclass(base: Borrowed, sub: Borrowed): void {
  const l = subclassRegistry.get(base);
  if (l === undefined) return;
  const i = l.indexOf(sub);
  if (i >= 0) l.splice(i, 1);
  if (l.length === 0) subclassRegistry.delete(base);
}

/** The direct subclasses of `t` (heap types registered at creation, plus static ones). */
export function typeSubclasses(t: Borrowed): Borrowed[] {
  const out: Borrowed[] = [];
  for (const s of staticTypes) {
    const bases = i32[(s + TP_BASES) >> 2];
    if (bases === 0) continue;
    for (let i = 0; i < tupleSize(bases as Borrowed); i++) if (tupleGetItemBorrow(bases as Borrowed, i) === t) out.push(s);
  }
  for (const s of subclassRegistry.get(t) ?? []) out.push(s as Borrowed);
  return out;
}

/** PyType_Modified: the dict of `t` changed; new version tags for it and every subclass. */
export function typeModified(t: Borrowed): void {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0) return;
  assignVersionTag(t);
  for (const s of subclassRegistry.get(t) ?? []) typeModified(s as Borrowed);
}

// Allocation (PyType_GenericAlloc) for instances of any type.

/** PyType_GenericAlloc: a zeroed instance of `type` with `nitems` items (GC header and pre-header as its flags say). */
export function typeGenericAlloc(type: Borrowed, nitems: number): Owned | Null {
  const size = (i32[(type + TP_BASICSIZE) >> 2] + nitems * i32[(type + TP_ITEMSIZE) >> 2] + 7) & ~7;
  const gc = (i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0;
  const o = gc ? objectGCNew(type, size) : objectNew(type, size);
  if (o === NULL) return NULL;
  for (let p = o + 8; p < o + size; p += 4) i32[p >> 2] = 0;
  if (i32[(type + TP_ITEMSIZE) >> 2] !== 0) i32[(o + OB_SIZE) >> 2] = nitems;
  return o;
}

// Calls from here: type call, object.__new__/__init__.

function kwCount(kwnames: Borrowed | Null): number {
  return kwnames === NULL ? 0 : tupleSize(kwnames);
}

/**
 * CPython 3.12 calls a class (a heap type) through _PyObject_MakeTpCall, which makes an args tuple and,
 * with keywords, a kwargs dict, and drops them after the call: the first such call counts them as GC
 * allocations and leaves their blocks on the tuple/dict free lists, later calls reuse those. We pass the
 * arguments without them; this leaves generation 0's count and the free lists as CPython's do.
 */
export function classCallArgsTouch(npos: number, nkw: number): void {
  if (npos > 0 && npos < TUPLE_MAXSAVESIZE && freelistLength(FREELIST_TUPLE + npos - 1) === 0) {
    const t = tupleNew(npos);
    if (t === NULL) errClear(); else decref(t);
  }
  if (nkw > 0 && freelistLength(FREELIST_DICT) === 0) {
    const d = dictNew();
    if (d === NULL) errClear(); else decref(d);
  }
}

/** type.__call__: tp_new, then tp_init when the result is an instance. */
function typeCall(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (type === typeType) {
    const nkw = kwCount(kwnames);
    if (nargs === 1 && nkw === 0) return newRef(typeOf(argAt(args, 0)));
    // type_vectorcall's one-argument form checks keywords first (through type.__call__ CPython's
    // type_call says "takes 1 or 3 arguments"; the slot can't tell the two apart).
    if (nargs === 1) return errSetString(TypeError, 'type() takes no keyword arguments');
    if (nargs !== 3) return errSetString(TypeError, 'type() takes 1 or 3 arguments');
  }
  if ((i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) classCallArgsTouch(nargs, kwCount(kwnames));
  const s = typeSlotsOf(type);
  if (s.new === null) return errSetString(TypeError, `cannot create '${typeName(type)}' instances`);
  const obj = s.new(type, args, nargs, kwnames);
  if (obj === NULL) return NULL;
  const ot = typeOf(obj);
  if (ot !== type && !typeIsSubtype(ot, type)) return obj;
  const init = typeSlotsOf(ot).init;
  if (init !== null && init(obj, args, nargs, kwnames) < 0) {
    decref(obj);
    return NULL;
  }
  return obj;
}

/** object.__new__ (object_new). */
export function objectNewSlot(type: Borrowed, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs > 0 || kwCount(kwnames) > 0) {
    const s = typeSlotsOf(type);
    if (s.new !== objectNewSlot) {
      return errSetString(TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (s.init === objectInitSlot) return errSetString(TypeError, `${typeName(type)}() takes no arguments`);
  }
  if ((i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_IS_ABSTRACT) !== 0) return abstractInstantiationError(type);
  // _PyObject_InitializeDict: a managed dict's inline values are sized from the class's shared keys,
  // which leave one name less for later instances (only their sizes show it: dictSharedKeysNewInstance).
  if ((i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_MANAGED_DICT) !== 0 && dictSharedKeysNewInstance(type) < 0) return NULL;
  return typeGenericAlloc(type, 0);
}

/** object_new's error for a class with abstract methods (3.12 wording, names sorted). */
function abstractInstantiationError(type: Borrowed): Null {
  const am = objectGetAttr(type, S('__abstractmethods__'));
  if (am === NULL) return NULL;
  const names: string[] = [];
  const it = slotsOf(am).iter?.(am) ?? NULL;
  decref(am);
  if (it === NULL) return errOccurred() !== NULL ? NULL : errSetString(TypeError, `Can't instantiate abstract class ${typeName(type)}`);
  const next = slotsOf(it).iternext!;
  for (;;) {
    const item = next(it);
    if (item === NULL) break;
    const r = objectRepr(item);
    decref(item);
    if (r === NULL) { decref(it); return NULL; }
    names.push(strToJS(r));
    decref(r);
  }
  decref(it);
  if (errOccurred() !== NULL) return NULL;
  names.sort();
  return errSetString(TypeError, `Can't instantiate abstract class ${typeName(type)} without an implementation for abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
}

/** object.__init__ (object_init). */
export function objectInitSlot(self: Borrowed, _args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (nargs > 0 || kwCount(kwnames) > 0) {
    const type = typeOf(self);
    const s = typeSlotsOf(type);
    if (s.init !== objectInitSlot) {
      errSetString(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
      return -1;
    }
    if (s.new === objectNewSlot) {
      errSetString(TypeError, `${typeName(type)}.__init__() takes exactly one argument (the instance to initialize)`);
      return -1;
    }
  }
  return 0;
}

/** object.__eq__ / __ne__: identity, NotImplemented otherwise (object_richcompare). */
export function objectRichCompareDefault(a: Borrowed, b: Borrowed, op: number): Owned | Null {
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

/** type.__repr__: `<class 'name'>`, module-qualified unless the module is builtins. */
function typeRepr(t: Borrowed): Owned | Null {
  const mod = typeModuleName(t);
  if (mod === null) return NULL;
  const qual = strToJS(i32[(t + TP_QUALNAME) >> 2] as Borrowed);
  return strFromJS(mod === 'builtins' || mod === '' ? `<class '${qual}'>` : `<class '${mod}.${qual}'>`);
}

/** __module__ of a type as JS text ('' when it isn't a str); null with an exception set. */
export function typeModuleName(t: Borrowed): string | null {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) {
    const d = i32[(t + TP_DICT) >> 2] as Borrowed;
    const m = dictGetItemBorrow(d, strInternImmortal('__module__'));
    if (m === NULL) return errOccurred() !== NULL ? null : 'builtins';
    return isStr(m) ? strToJS(m) : '';
  }
  const name = typeName(t);
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(0, dot) : 'builtins';
}

const PREINTERNED = [
  '__abstractmethods__', '__annotations__', '__bases__', '__class__', '__classcell__', '__dict__', '__doc__',
  '__init_subclass__', '__instancecheck__', '__isabstractmethod__', '__module__', '__name__', '__prepare__',
  '__qualname__', '__set_name__', '__slots__', '__subclasscheck__', '__type_params__', '__wrapped__', 'metaclass',
  '__weakref__', '__class_getitem__', '__mro__', 'mro', 'get', 'keys', 'values', 'items', 'copy',
  '__immortal_tp_name__',
];

// Methods of types created before methodObjectInitStatic resets the method registry (ours).
const deferredMethods: Array<[Borrowed, readonly MethodDef[]]> = [];

// Static types that CPython makes at run time as classes (PyErr_NewException): their dict holds
// '__module__' as a heap type's does (the str is the module part of the type's name).
const moduleKeyTypes = new Set<number>();

/** Gives the static type `t` a '__module__' key in its dict, as CPython's run-time-made types have. */
export function typeStaticModuleKey(t: Borrowed): void {
  moduleKeyTypes.add(t);
}

// More entries of a static type's dict (member descriptors, constants), made when the dicts are built.
const staticDictExtras = new Map<number, (t: Borrowed) => Array<[string, Owned | Null]>>();

/**
 * Gives the static type `t` the dict entries `f` makes (in order, after its __new__, slot wrappers, methods
 * and getsets; a '__doc__' among them takes the place of the default None). `f` runs in the static phase,
 * so what it makes is static: each value is made immortal as it is stored, and what a value refers to
 * must be immortal already.
 */
export function typeStaticDictExtras(t: Borrowed, f: (t: Borrowed) => Array<[string, Owned | Null]>): void {
  staticDictExtras.set(t, f);
}

/** typeAddMethods for types created inside typeInitStatic: registered when the type dicts are built. */
export function typeDeferMethods(type: Borrowed, defs: readonly MethodDef[]): void {
  deferredMethods.push([type, defs]);
}

/** Creates `object`, `type` and the descriptor types every type dict needs (static phase). */
export function typeInitStatic(): void {
  typeResetRegistry();
  deferredMethods.length = 0;
  staticDictExtras.clear();
  const obj = typeNewStatic({
    name: 'object',
    basicsize: 8,
    flags: Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: objectFree, repr: defaultRepr, hash: objectHashDefault, richcompare: objectRichCompareDefault,
      getattro: objectGenericGetAttr, setattro: objectGenericSetAttr, new: objectNewSlot, init: objectInitSlot,
      str: objectStrDefault,
    },
  });
  const tt = typeNewStatic({
    name: 'type',
    basicsize: HEAPTYPE_SIZE,
    itemsize: 0,
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TYPE_SUBCLASS | Py_TPFLAGS_HAVE_GC,
    dictoffset: TP_DICT,
    slots: {
      dealloc: typeDeallocHeap, traverse: typeTraverse, clear: (t) => { typeClear(t); return 0; }, repr: typeRepr, call: typeCall, new: typeNewSlot,
      init: typeInitSlot, getattro: typeGetAttro, setattro: typeSetAttro,
    },
  });
  i32[(obj + OB_TYPE) >> 2] = tt;
  getsetInitStatic();
  memberInitStatic();
  typeSlotsInitStatic();
  propertyInitStatic();
  classmethodInitStatic();
  staticmethodInitStatic();
  superInitStatic();
  mappingproxyInitStatic();
  protocolHooks.subclassFromBase = typeSubclassFromBase;
}

/** object.__str__: type(o).__repr__(o). */
/** object.__str__ (object_str): tp_repr, whose result PyObject_Str then checks as __str__'s. */
function objectStrDefault(o: Borrowed): Owned | Null {
  return objectReprUnchecked(o);
}

/**
 * Gives every static type its name (an immortal interned str), tp_bases, tp_mro and tp_dict (method
 * descriptors, slot wrappers, getset descriptors, __doc__). Runs at the end of the static phase.
 */
export function typeFinishStatics(extraBases: ReadonlyArray<readonly [Borrowed, Borrowed]>): void {
  // Names the class machinery looks up, interned now so that they are static immortals (as _Py_ID).
  for (const n of [...typeSlotNames(), ...PREINTERNED]) strInternImmortal(n);
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
      m = c3Static(t, basesOf(t).map(mroOf), basesOf(t));
      mros.set(t, m);
    }
    return m;
  };
  // Layout facts the exception file leaves to us: instances keep their __dict__ at EXC_DICT.
  for (const t of staticTypes) {
    if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) i32[(t + TP_DICTOFFSET) >> 2] = EXC_DICT;
  }
  i32[(methodDescriptorType + TP_FLAGS) >> 2] |= Py_TPFLAGS_METHOD_DESCRIPTOR;
  for (const t of staticTypes) {
    const shortName = typeSlotsOf(t).name.slice(typeSlotsOf(t).name.lastIndexOf('.') + 1);
    typeSetStaticName(t, strInternImmortal(shortName));
    const bases = tupleFromStatic(basesOf(t).length > 0 ? basesOf(t) : []);
    typeSetStaticMro(t, bases, tupleFromStatic(mroOf(t)));
  }
  for (const [t, defs] of deferredMethods) typeAddMethods(t, defs);
  descrAttrsRegister();
  // BaseException's __new__/__init__ and attributes; static exception types inherit them.
  const baseExc = exceptionTypeMap.get('BaseException');
  if (baseExc !== undefined) {
    for (const t of staticTypes) {
      if (!typeIsSubtype(t, baseExc)) continue;
      const s = typeSlotsOf(t);
      if (s.new === null) s.new = baseExceptionNewSlot;
      if (s.init === objectInitSlot) s.init = baseExceptionInitSlot;
      // Exceptions hash by identity (exceptions.ts leaves the slot empty).
      if (s.hash === null) s.hash = objectHashDefault;
      i32[(t + TP_FLAGS) >> 2] &= ~Py_TPFLAGS_DISALLOW_INSTANTIATION;
    }
    typeAddGetSets(baseExc, baseExceptionGetSets());
    typeAddMethods(baseExc, baseExceptionMethods());
  }
  staticTypeMethods.set(objectType, [...objectTypeMethods(), ...(staticTypeMethods.get(objectType) ?? [])]);
  staticTypeMethods.set(typeType, [...typeTypeMethods(), ...(staticTypeMethods.get(typeType) ?? [])]);
  staticTypeGetSets.set(objectType, [...objectTypeGetSets, ...(staticTypeGetSets.get(objectType) ?? [])]);
  staticTypeGetSets.set(typeType, [...typeTypeGetSets, ...(staticTypeGetSets.get(typeType) ?? [])]);
  for (const t of staticTypes) {
    // Collected first: a static dict is sized once (a resize would free static memory).
    const names: string[] = [];
    const values: Owned[] = [];
    const put = (name: string, v: Owned | Null, replace = false): void => {
      if (v === NULL) throw new Error(`static region: out of memory building ${typeName(t)}.${name}`);
      refcntInitStatic(v);
      // A shadowed duplicate stays in the static region, unused; a METH_COEXIST method takes the
      // place (and the position) of the slot wrapper.
      const i = names.indexOf(name);
      if (i >= 0) { if (replace) values[i] = v; return; }
      names.push(name);
      values.push(v);
    };
    const s = typeSlotsOf(t);
    const base = typeBase(t);
    // Flags as CPython shows them: only a type without tp_new disallows instantiation (slots such as
    // int's __new__ are filled in after typeNewStatic); the vectorcall bit of the callables CPython marks.
    let fl = i32[(t + TP_FLAGS) >> 2] | Py_TPFLAGS_STATIC_BUILTIN;
    if (s.new !== null) fl &= ~Py_TPFLAGS_DISALLOW_INSTANTIATION;
    if (VECTORCALL_TYPES.has(s.name)) fl |= Py_TPFLAGS_HAVE_VECTORCALL;
    i32[(t + TP_FLAGS) >> 2] = fl;
    if (s.new !== null && (base === NULL || s.new !== typeSlotsOf(base).new)) {
      put('__new__', cfunctionNew(slotTpNewWrapperDef, t, NULL));
    }
    typeAddOperators(t, put);
    for (const def of staticTypeMethods.get(t) ?? []) {
      if (def.flags !== undefined && (def.flags & METH_STATIC) !== 0) {
        // m_self is the type (its __qualname__, repr and __reduce__ say so); __self__ and calls see NULL.
        const f = cfunctionNew(def, t, NULL);
        if (f === NULL) throw new Error('static region: out of memory');
        refcntInitStatic(f);
        put(def.name, staticmethodNewStatic(f));
        decref(f);
      } else {
        put(def.name, methodDescriptorNew(t, def), def.flags !== undefined && (def.flags & METH_COEXIST) !== 0);
      }
    }
    for (const def of staticTypeGetSets.get(t) ?? []) put(def.name, getsetDescriptorNew(t, def));
    const extras = staticDictExtras.get(t);
    if (extras !== undefined) for (const [name, v] of extras(t)) put(name, v);
    if (!names.includes('__doc__')) put('__doc__', newRef(Py_None));
    if (moduleKeyTypes.has(t)) put('__module__', newRef(strInternImmortal(typeModuleName(t) ?? 'builtins')));
    const d = dictNewPresized(names.length);
    if (d === NULL) throw new Error('static region: out of memory building type dicts');
    refcntInitStatic(d);
    for (let i = 0; i < names.length; i++) {
      if (dictSetItem(d, strInternImmortal(names[i]), values[i]) < 0) throw new Error('static region: out of memory');
      decref(values[i]);
    }
    i32[(t + TP_DICT) >> 2] = d;
  }
}

function tupleFromStatic(items: Borrowed[]): Owned {
  const tup = tuplePack(items);
  if (tup === 0) throw new Error('static region: out of memory building type tuples');
  if (items.length > 0) refcntInitStatic(tup);
  return tup;
}

/** C3 linearization of a static type: [t] + merge(mros of bases..., bases). */
function c3Static(t: Borrowed, seqs: Borrowed[][], bases: Borrowed[]): Borrowed[] {
  const r = c3Merge(t, seqs, bases);
  if (r === null) throw new Error(`static type ${typeName(t)}: inconsistent MRO`);
  return r;
}

/** The heads of the lists left when a merge failed (set_mro_error names them). */
let c3FailHeads: Borrowed[] = [];

function c3Merge(t: Borrowed, seqs: Borrowed[][], bases: Borrowed[]): Borrowed[] | null {
  const out: Borrowed[] = [t];
  const lists = [...seqs.map((s) => s.slice()), bases.slice()].filter((s) => s.length > 0);
  while (lists.length > 0) {
    let head: Borrowed | null = null;
    for (const l of lists) {
      const cand = l[0];
      if (!lists.some((o) => o.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (head === null) {
      c3FailHeads = [];
      for (const l of lists) if (!c3FailHeads.includes(l[0])) c3FailHeads.push(l[0]);
      return null;
    }
    out.push(head);
    for (const l of lists) if (l[0] === head) l.shift();
    for (let i = lists.length - 1; i >= 0; i--) if (lists[i].length === 0) lists.splice(i, 1);
  }
  return out;
}

// type.__getattribute__ / __setattr__.

/** type_getattro: data descriptors of the metatype, then the type's MRO (descriptors bound with obj=NULL), then the metatype. */
export function typeGetAttro(type: Borrowed, name: Borrowed): Owned | Null {
  return typeGetAttroImpl(type, name, false);
}

/** type_getattro that returns NULL without an AttributeError when `suppress` (PyObject_GetOptionalAttr). */
export function typeGetAttroImpl(type: Borrowed, name: Borrowed, suppress: boolean): Owned | Null {
  if (!isStr(name)) return errSetString(TypeError, `attribute name must be string, not '${typeNameOf(name)}'`);
  const meta = typeOf(type);
  const metaAttr = typeLookup(meta, name);
  let metaGet: TypeSlots['descrGet'] = null;
  if (metaAttr !== NULL) {
    incref(metaAttr);
    const ms = slotsOf(metaAttr);
    metaGet = ms.descrGet;
    if (metaGet !== null && ms.descrSet !== null) {
      const r = metaGet(metaAttr, type, meta);
      decref(metaAttr);
      return r;
    }
  }
  const attr = typeLookup(type, name);
  if (attr !== NULL) {
    incref(attr);
    const localGet = slotsOf(attr).descrGet;
    xdecref(metaAttr);
    if (localGet !== null) {
      const r = localGet(attr, NULL, type);
      decref(attr);
      return r;
    }
    return attr as Owned;
  }
  if (metaGet !== null) {
    const r = metaGet(metaAttr as Borrowed, type, meta);
    decref(metaAttr as Borrowed);
    return r;
  }
  if (metaAttr !== NULL) return metaAttr as Owned;
  if (suppress) return NULL;
  return errSetString(AttributeError, `type object '${typeName(type)}' has no attribute '${strToJS(name)}'`);
}

/** type_setattro: immutable types refuse; classes store into their dict and update slots and caches. */
export function typeSetAttro(type: Borrowed, name: Borrowed, value: Borrowed | Null): number {
  if ((i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_IMMUTABLETYPE) !== 0) {
    // Checked before the name's type, which the message shows by repr (`cannot set 1 attribute ...`).
    const r = objectRepr(name);
    if (r === NULL) return -1;
    const text = strToJS(r);
    decref(r);
    errSetString(TypeError, `cannot set ${text} attribute of immutable type '${typeName(type)}'`);
    return -1;
  }
  if (!isStr(name)) {
    errSetString(TypeError, `attribute name must be string, not '${typeNameOf(name)}'`);
    return -1;
  }
  // Data descriptors of the metatype (e.g. __name__, __doc__... getsets of type) come first.
  const meta = typeOf(type);
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== NULL) {
    const set = slotsOf(metaAttr).descrSet;
    if (set !== null) {
      incref(metaAttr);
      const r = set(metaAttr, type, value);
      decref(metaAttr);
      return r;
    }
  }
  const d = i32[(type + TP_DICT) >> 2] as Borrowed;
  let r: number;
  if (value === NULL) {
    r = dictDelItem(d, name);
    if (r < 0 && errExceptionMatches(KeyError)) {
      errClear();
      errSetString(AttributeError, `type object '${typeName(type)}' has no attribute '${strToJS(name)}'`);
    }
  } else {
    r = dictSetItem(d, name, value);
  }
  if (r < 0) return -1;
  typeModified(type);
  typeUpdateSlot(type, name);
  return 0;
}


// Heap types (classes).

/** type_new_set_module: __name__ from the globals of the running frame (frame word 2), as PyEval_GetGlobals. */
function frameModuleName(): Borrowed | Null {
  const f = ts.frame;
  if (f === 0) return NULL;
  const g = i32[(f >> 2) + 2] as Borrowed | Null;
  if (g === NULL || !isDict(g)) return NULL;
  return dictGetItemBorrow(g, S('__name__'));
}

let moduleNameHook: (() => Borrowed | Null) | null = frameModuleName;

/** Installs the function giving the current frame's globals['__name__'] (borrowed), for type(name, bases, dict). */
export function typeSetModuleNameHook(f: (() => Borrowed | Null) | null): void {
  moduleNameHook = f;
}

/** type.__new__ as a tp_new slot: type(x) or type(name, bases, dict, **kwds). */
function typeNewSlot(metatype: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const nkw = kwCount(kwnames);
  if (nargs !== 3) return errSetString(TypeError, `type.__new__() takes exactly 3 arguments (${nargs} given)`);
  const name = argAt(args, 0), bases = argAt(args, 1), dict = argAt(args, 2);
  if (!isStr(name)) return argBadArgument('type.__new__', 'argument 1', 'str', name);
  if (!isTuple(bases)) return argBadArgument('type.__new__', 'argument 2', 'tuple', bases);
  if (!isDict(dict)) return argBadArgument('type.__new__', 'argument 3', 'dict', dict);
  let kwds: Owned | Null = NULL;
  if (nkw > 0) {
    kwds = dictNew();
    if (kwds === NULL) return NULL;
    for (let i = 0; i < nkw; i++) {
      if (dictSetItem(kwds, tupleGetItemBorrow(kwnames as Borrowed, i), argAt(args, nargs + i)) < 0) {
        decref(kwds);
        return NULL;
      }
    }
  }
  const r = typeNewImpl(metatype, name, bases, dict, kwds);
  xdecref(kwds);
  return r;
}

/** type.__init__ (type_init): only checks the arguments. */
function typeInitSlot(_self: Borrowed, _args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (nargs === 1 && kwCount(kwnames) !== 0) {
    errSetString(TypeError, 'type.__init__() takes no keyword arguments');
    return -1;
  }
  if (nargs !== 1 && nargs !== 3) {
    errSetString(TypeError, 'type.__init__() takes 1 or 3 arguments');
    return -1;
  }
  return 0;
}

/** _PyType_CalculateMetaclass: the most derived metaclass among `meta` and the bases' types. */
export function typeCalculateMetaclass(meta: Borrowed, bases: Borrowed): Borrowed | Null {
  let winner = meta;
  const n = tupleSize(bases);
  for (let i = 0; i < n; i++) {
    const tmp = typeOf(tupleGetItemBorrow(bases, i));
    if (typeIsSubtype(winner, tmp)) continue;
    if (typeIsSubtype(tmp, winner)) { winner = tmp; continue; }
    return errSetString(TypeError,
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The "solid base" of a type: the nearest ancestor that adds to the instance layout (solid_base). */
function solidBase(t: Borrowed): Borrowed {
  const base = typeBase(t);
  const b = base !== NULL ? solidBase(base) : objectType;
  return extraIvars(t, b) ? t : b;
}

function extraIvars(t: Borrowed, b: Borrowed): boolean {
  if (t === b) return false;
  return typeBasicSize(t) !== typeBasicSize(b) || typeItemSize(t) !== typeItemSize(b);
}

/** best_base: the base whose layout every other base's layout extends. */
function bestBase(bases: Borrowed): Borrowed | Null {
  let base: Borrowed | Null = NULL, winner: Borrowed | Null = NULL;
  const n = tupleSize(bases);
  for (let i = 0; i < n; i++) {
    const b = tupleGetItemBorrow(bases, i);
    if (!isType(b)) return errSetString(TypeError, 'bases must be types');
    if ((i32[(b + TP_FLAGS) >> 2] & Py_TPFLAGS_BASETYPE) === 0) {
      return errSetString(TypeError, `type '${typeName(b)}' is not an acceptable base type`);
    }
    const cand = solidBase(b);
    if (winner === NULL) { winner = cand; base = b; }
    else if (typeIsSubtype(winner, cand)) { /* keep */ }
    else if (typeIsSubtype(cand, winner)) { winner = cand; base = b; }
    else return errSetString(TypeError, 'multiple bases have instance lay-out conflict');
  }
  return base;
}

/** mro_internal: C3 over the bases, with CPython's error message. Returns an owned tuple. */
function typeComputeMro(type: Borrowed, bases: Borrowed): Owned | Null {
  const n = tupleSize(bases);
  const baseList: Borrowed[] = [];
  const seqs: Borrowed[][] = [];
  for (let i = 0; i < n; i++) {
    const b = tupleGetItemBorrow(bases, i);
    for (const x of baseList) {
      if (x === b) return errSetString(TypeError, `duplicate base class ${typeName(b)}`);
    }
    baseList.push(b);
    const m = i32[(b + TP_MRO) >> 2] as Borrowed;
    const seq: Borrowed[] = [];
    for (let j = 0; j < tupleSize(m); j++) seq.push(tupleGetItemBorrow(m, j));
    seqs.push(seq);
  }
  const r = c3Merge(type, seqs, baseList);
  if (r === null) {
    // set_mro_error: the bases that could not be ordered, in order, named once.
    const names = c3FailHeads.map((b) => typeName(b));
    return errSetString(TypeError,
      `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
  }
  return tuplePack(r);
}

/**
 * mro_internal: the MRO of `t` from `bases`: C3, or the result of the metaclass's own mro() when it
 * overrides type.mro, checked as mro_check does. Returns an owned tuple.
 */
function typeMroInternal(t: Borrowed, bases: Borrowed): Owned | Null {
  const meta = typeOf(t);
  if (meta === typeType || typeLookup(meta, S('mro')) === typeLookup(typeType, S('mro'))) return typeComputeMro(t, bases);
  const m = objectGetAttr(t, S('mro'));
  if (m === NULL) return NULL;
  const res = objectCallArgs(m, 0);
  decref(m);
  if (res === NULL) return NULL;
  const tup = sequenceTupleHook(res);
  decref(res);
  if (tup === NULL) return NULL;
  const solid = solidBase(t);
  for (let i = 0; i < tupleSize(tup); i++) {
    const b = tupleGetItemBorrow(tup, i);
    if (!isType(b)) {
      decref(tup);
      return errSetString(TypeError, `mro() returned a non-class ('${typeNameOf(b)}')`);
    }
    if (!typeIsSubtype(solid, solidBase(b))) {
      decref(tup);
      return errSetString(TypeError, `mro() returned base with unsuitable layout ('${typeName(b)}')`);
    }
  }
  return tup;
}

/** tuple(result) for mro() results (lists and tuples; what custom mro() methods return). */
function sequenceTupleHook(o: Borrowed): Owned | Null {
  if (isTuple(o)) return newRef(o);
  if (isList(o)) {
    const items: Borrowed[] = [];
    for (let i = 0; i < listSize(o); i++) items.push(listGetItemBorrow(o, i));
    return tuplePack(items);
  }
  return errSetString(TypeError, `'${typeNameOf(o)}' object is not iterable`);
}

/** mro_hierarchy: recomputes the MRO of `t` and every subclass after a __bases__ change. */
function typeMroHierarchy(t: Borrowed, undo: Array<[Borrowed, Owned | Null]>): number {
  const bases = i32[(t + TP_BASES) >> 2] as Borrowed;
  const mro = typeMroInternal(t, bases);
  if (mro === NULL) return -1;
  undo.push([t, i32[(t + TP_MRO) >> 2] as Owned | Null]);
  i32[(t + TP_MRO) >> 2] = mro;
  typeModified(t);
  for (const sub of typeSubclasses(t)) {
    if ((i32[(sub + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0) continue;
    if (typeMroHierarchy(sub, undo) < 0) return -1;
  }
  return 0;
}

/** compatible_for_assignment: can instances laid out for `oldto` be used as instances of `newto`? */
export function typeCompatibleForAssignment(oldto: Borrowed, newto: Borrowed, attr: string): boolean {
  // tp_free differs exactly when one is a GC type and the other is not.
  if ((i32[(newto + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== (i32[(oldto + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC)) {
    errSetString(TypeError, `${attr} assignment: '${typeName(newto)}' deallocator differs from '${typeName(oldto)}'`);
    return false;
  }
  let newbase = newto, oldbase = oldto;
  while (compatibleWithTpBase(newbase)) newbase = typeBase(newbase) as Borrowed;
  while (compatibleWithTpBase(oldbase)) oldbase = typeBase(oldbase) as Borrowed;
  const preheader = Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_MANAGED_WEAKREF;
  if ((newbase !== oldbase && (typeBase(newbase) !== typeBase(oldbase) || !sameSlotsAdded(newbase, oldbase)))
    || (i32[(oldto + TP_FLAGS) >> 2] & preheader) !== (i32[(newto + TP_FLAGS) >> 2] & preheader)) {
    errSetString(TypeError, `${attr} assignment: '${typeName(newto)}' object layout differs from '${typeName(oldto)}'`);
    return false;
  }
  return true;
}

function isHeapType(t: Borrowed): boolean {
  return (i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0;
}

/** compatible_with_tp_base: `child` adds nothing to its base's instance layout. */
function compatibleWithTpBase(child: Borrowed): boolean {
  const parent = typeBase(child);
  if (parent === NULL) return false;
  return typeBasicSize(child) === typeBasicSize(parent) && typeItemSize(child) === typeItemSize(parent)
    && i32[(child + TP_DICTOFFSET) >> 2] === i32[(parent + TP_DICTOFFSET) >> 2]
    && i32[(child + TP_WEAKLISTOFFSET) >> 2] === i32[(parent + TP_WEAKLISTOFFSET) >> 2]
    && (i32[(child + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) === (i32[(parent + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC)
    && (isHeapType(child) || typeSlotsOf(child).dealloc === typeSlotsOf(parent).dealloc);
}

/** same_slots_added: heap types `a` and `b` (same base) add the same __slots__ to it. */
function sameSlotsAdded(a: Borrowed, b: Borrowed): boolean {
  if (!isHeapType(a) || !isHeapType(b)) return false;
  let size = typeBasicSize(typeBase(a) as Borrowed);
  const sa = i32[(a + HT_SLOTS) >> 2], sb = i32[(b + HT_SLOTS) >> 2];
  if (sa !== 0 && sb !== 0) {
    const n = tupleSize(sa as Borrowed);
    if (n !== tupleSize(sb as Borrowed)) return false;
    for (let i = 0; i < n; i++) {
      if (!strEqual(tupleGetItemBorrow(sa as Borrowed, i), tupleGetItemBorrow(sb as Borrowed, i))) return false;
    }
    size += 4 * n;
  }
  return size === typeBasicSize(a) && size === typeBasicSize(b);
}

function strEqual(a: Borrowed, b: Borrowed): boolean {
  return a === b || strToJS(a) === strToJS(b);
}

/** type_set_bases: `C.__bases__ = value` (the special-attribute checks are done by the caller). */
export function typeSetBases(t: Borrowed, value: Borrowed): number {
  if (!isTuple(value)) {
    errSetString(TypeError, `can only assign tuple to ${typeName(t)}.__bases__, not ${typeNameOf(value)}`);
    return -1;
  }
  if (tupleSize(value) === 0) {
    errSetString(TypeError, `can only assign non-empty tuple to ${typeName(t)}.__bases__, not ()`);
    return -1;
  }
  for (let i = 0; i < tupleSize(value); i++) {
    const b = tupleGetItemBorrow(value, i);
    if (!isType(b)) {
      errSetString(TypeError, `${typeName(t)}.__bases__ must be tuple of classes, not '${typeNameOf(b)}'`);
      return -1;
    }
    if (typeIsSubtype(b, t)) {
      errSetString(TypeError, 'a __bases__ item causes an inheritance cycle');
      return -1;
    }
  }
  const newBase = bestBase(value);
  if (newBase === NULL) return -1;
  const oldBase = typeBase(t) as Borrowed;
  if (!typeCompatibleForAssignment(oldBase, newBase, '__bases__')) return -1;
  const oldBases = i32[(t + TP_BASES) >> 2] as Owned;
  incref(value);
  i32[(t + TP_BASES) >> 2] = value;
  i32[(t + TP_BASE) >> 2] = newRef(newBase);
  const undo: Array<[Borrowed, Owned | Null]> = [];
  if (typeMroHierarchy(t, undo) < 0) {
    // Put everything back as it was.
    for (let i = undo.length - 1; i >= 0; i--) {
      const [c, old] = undo[i];
      const cur = i32[(c + TP_MRO) >> 2];
      i32[(c + TP_MRO) >> 2] = old;
      if (cur !== 0) decref(cur as Borrowed);
      typeModified(c);
    }
    i32[(t + TP_BASES) >> 2] = oldBases;
    i32[(t + TP_BASE) >> 2] = oldBase;
    decref(value);
    decref(newBase);
    return -1;
  }
  for (const [, old] of undo) xdecref(old);
  for (let i = 0; i < tupleSize(oldBases); i++) unregisterSubclass(tupleGetItemBorrow(oldBases, i), t);
  for (let i = 0; i < tupleSize(value); i++) registerSubclass(tupleGetItemBorrow(value, i), t);
  decref(oldBases);
  decref(oldBase);
  // Every slot may now come from elsewhere: recompute them for the class and its subclasses.
  const todo: Borrowed[] = [t];
  while (todo.length > 0) {
    const c = todo.pop()!;
    if (!isHeapType(c)) continue;
    typeFixupSlots(c);
    for (const sub of typeSubclasses(c)) todo.push(sub);
  }
  return 0;
}

/** type.mro(): the C3 linearization of `t` from its current bases, as a list. */
export function typeComputeMroList(t: Borrowed): Owned | Null {
  const bases = i32[(t + TP_BASES) >> 2] as Borrowed;
  const tup = bases === 0 || tupleSize(bases) === 0 ? tuplePack(t === objectType ? [t] : [t, objectType]) : typeComputeMro(t, bases);
  if (tup === NULL) return NULL;
  const l = listNew(0);
  if (l === NULL) { decref(tup); return NULL; }
  for (let i = 0; i < tupleSize(tup); i++) {
    if (listAppend(l, tupleGetItemBorrow(tup, i)) < 0) { decref(tup); decref(l); return NULL; }
  }
  decref(tup);
  return l;
}

/** Is `s` a valid identifier (for __slots__)? */
function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s);
}

/** _Py_Mangle for a private name in class `cls`. */
function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

const S = (s: string): Borrowed => strInternImmortal(s);

/**
 * type_new: creates a class. `kwds` (dict or NULL) goes to __init_subclass__.
 * https://docs.python.org/3/reference/datamodel.html#customizing-class-creation
 */
export function typeNewImpl(metatype: Borrowed, name: Borrowed, bases: Borrowed, dict: Borrowed, kwds: Borrowed | Null): Owned | Null {
  // A base that only stands for classes (__mro_entries__) is resolved by the class statement, never here.
  for (let i = 0, n = tupleSize(bases); i < n; i++) {
    const b = tupleGetItemBorrow(bases, i);
    if (isType(b)) continue;
    const me = objectLookupAttr(b, strInternImmortal('__mro_entries__'));
    if (me === NULL) { if (errOccurred() !== NULL) return NULL; continue; }
    decref(me);
    return errSetString(TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
  }
  // The most derived metaclass wins; if it has its own __new__, let it build the class.
  const winner = typeCalculateMetaclass(metatype, bases);
  if (winner === NULL) return NULL;
  if (winner !== metatype) {
    const wnew = typeSlotsOf(winner).new;
    if (wnew !== typeNewSlot && wnew !== null) {
      return callWithKwds(winner, wnew, [name, bases, dict], kwds);
    }
    metatype = winner;
  }
  let ownedBases: Owned | Null = NULL;
  if (tupleSize(bases) === 0) {
    ownedBases = tuplePack([objectType]);
    if (ownedBases === NULL) return NULL;
    bases = ownedBases;
  } else {
    incref(bases);
    ownedBases = bases as Owned;
  }
  let type: Owned | Null = NULL;
  let ns: Owned | Null = NULL;
  fail: {
    const base = bestBase(bases);
    if (base === NULL) break fail;
    const nameJS = strToJS(name);
    if (nameJS.includes('\0')) { errSetString(ValueError, 'type name must not contain null characters'); break fail; }
    ns = dictCopy(dict);
    if (ns === NULL) break fail;
    // The library's classes that stand for CPython's C types (decimal.Decimal...) give the dotted tp_name
    // those types have, which messages show ('decimal.Decimal' object is not callable), through this
    // class-body key; it is taken out of the namespace (__name__ and __qualname__ stay the class's own).
    let tpName = nameJS;
    const tpNameObj = dictGetItemBorrow(ns, S('__immortal_tp_name__'));
    if (tpNameObj !== NULL && isStr(tpNameObj)) {
      tpName = strToJS(tpNameObj);
      if (dictDelItem(ns, S('__immortal_tp_name__')) < 0) break fail;
    }

    // __slots__.
    let slotNames: string[] | null = null;
    let addDict = i32[(base + TP_DICTOFFSET) >> 2] === 0;
    let addWeak = i32[(base + TP_WEAKLISTOFFSET) >> 2] === 0 && typeItemSize(base) === 0;
    const slotsObj = dictGetItemBorrow(ns, S('__slots__'));
    if (slotsObj !== NULL) {
      const items: Borrowed[] = [];
      if (isStr(slotsObj)) items.push(slotsObj);
      else if (isTuple(slotsObj)) for (let i = 0; i < tupleSize(slotsObj); i++) items.push(tupleGetItemBorrow(slotsObj, i));
      else if (isList(slotsObj)) for (let i = 0; i < listSize(slotsObj); i++) items.push(listGetItemBorrow(slotsObj, i));
      else if (isDict(slotsObj)) {
        const pos = new Int32Array(1), kv = new Int32Array(2);
        while (dictNext(slotsObj, pos, kv)) items.push(kv[0] as Borrowed);
      } else { errSetString(TypeError, `'${typeNameOf(slotsObj)}' object is not iterable`); break fail; }
      const wantDict = addDict, wantWeak = addWeak;
      addDict = false; addWeak = false;
      slotNames = [];
      let bad = false;
      for (const it of items) {
        if (!isStr(it)) { errSetString(TypeError, `__slots__ items must be strings, not '${typeNameOf(it)}'`); bad = true; break; }
        const s = strToJS(it);
        if (!isIdentifier(s)) { errSetString(TypeError, '__slots__ must be identifiers'); bad = true; break; }
        if (s === '__dict__') {
          if (!wantDict || addDict) { errSetString(TypeError, '__dict__ slot disallowed: we already got one'); bad = true; break; }
          addDict = true;
          continue;
        }
        if (s === '__weakref__') {
          if (!wantWeak || addWeak) { errSetString(TypeError, '__weakref__ slot disallowed: we already got one'); bad = true; break; }
          addWeak = true;
          continue;
        }
        const m = mangle(nameJS, s);
        if (dictGetItemBorrow(ns, S(m)) !== NULL) {
          errSetString(ValueError, `'${m}' in __slots__ conflicts with class variable`); bad = true; break;
        }
        slotNames.push(m);
      }
      if (bad) break fail;
      if (slotNames.length > 0 && typeItemSize(base) !== 0) {
        errSetString(TypeError, `nonempty __slots__ not supported for subtype of '${typeName(base)}'`);
        break fail;
      }
    }

    // inherit_slots copies tp_dictoffset and tp_weaklistoffset from every class of the MRO, not only
    // from the best base: `class C(Slotted, Plain): __slots__ = ('x',)` gets Plain's instance __dict__.
    let inheritDict = false, inheritWeak = false;
    if (!addDict || !addWeak) {
      for (let i = 0; i < tupleSize(bases); i++) {
        const mro = i32[(tupleGetItemBorrow(bases, i) + TP_MRO) >> 2] as Borrowed;
        if (mro === 0) continue;
        for (let j = 0; j < tupleSize(mro); j++) {
          const b = tupleGetItemBorrow(mro, j);
          if (i32[(b + TP_DICTOFFSET) >> 2] === MANAGED_DICT_OFFSET) inheritDict = true;
          if (i32[(b + TP_WEAKLISTOFFSET) >> 2] === MANAGED_WEAKLIST_OFFSET) inheritWeak = true;
        }
      }
    }

    // The type object.
    const baseFlags = i32[(base + TP_FLAGS) >> 2];
    // type_new_alloc: every heap type is a GC type (its instances reference the class, which can be in a
    // cycle through them), even `class A: __slots__ = ()` and subclasses of non-GC builtins.
    const needGC = true;
    type = typeGenericAlloc(metatype, 0);
    if (type === NULL) break fail;
    const t = type as Borrowed;
    incref(name);
    i32[(t + TP_NAME) >> 2] = name;
    i32[(t + TP_BASE) >> 2] = newRef(base);
    i32[(t + TP_BASES) >> 2] = newRef(bases);
    i32[(t + TP_ITEMSIZE) >> 2] = typeItemSize(base);
    // inherit_patma_flags: Py_TPFLAGS_SEQUENCE (1 << 5) and Py_TPFLAGS_MAPPING (1 << 6) pass to subclasses
    let flags = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_READY | Py_TPFLAGS_VALID_VERSION_TAG
      | (baseFlags & (SUBCLASS_FLAGS | Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING | Py_TPFLAGS_MATCH_SELF));
    if (needGC) flags |= Py_TPFLAGS_HAVE_GC;
    if (addDict || inheritDict) flags |= Py_TPFLAGS_MANAGED_DICT;
    else flags |= baseFlags & Py_TPFLAGS_MANAGED_DICT;
    if (addWeak || inheritWeak) flags |= Py_TPFLAGS_MANAGED_WEAKREF;
    else flags |= baseFlags & Py_TPFLAGS_MANAGED_WEAKREF;
    i32[(t + TP_FLAGS) >> 2] = flags;
    i32.fill(typeEmbedsInstanceDicts(t) ? 0 : -1, (t + HT_INSTANCE_KEYS) >> 2, ((t + HT_INSTANCE_KEYS) >> 2) + HT_INSTANCE_KEYS_WORDS);
    let basicsize = typeBasicSize(base);
    const slotOffsets: number[] = [];
    if (slotNames !== null) for (let i = 0; i < slotNames.length; i++) { slotOffsets.push(basicsize); basicsize += 4; }
    i32[(t + TP_BASICSIZE) >> 2] = basicsize;
    i32[(t + TP_DICTOFFSET) >> 2] = addDict || (inheritDict && i32[(base + TP_DICTOFFSET) >> 2] === 0)
      ? MANAGED_DICT_OFFSET : i32[(base + TP_DICTOFFSET) >> 2];
    i32[(t + TP_WEAKLISTOFFSET) >> 2] = addWeak || (inheritWeak && i32[(base + TP_WEAKLISTOFFSET) >> 2] === 0)
      ? MANAGED_WEAKLIST_OFFSET : i32[(base + TP_WEAKLISTOFFSET) >> 2];

    // The slot table (registered now so that a failure below can free the type through its metatype).
    const bs = typeSlotsOf(base);
    const slots = slotsNew(tpName, subtypeDealloc);
    for (const k of inheritableSlots) (slots as unknown as Record<string, unknown>)[k] = bs[k];
    slots.traverse = needGC ? subtypeTraverse : null;
    slots.clear = needGC ? subtypeClear : null;
    const index = freeSlotIndices.length > 0 ? freeSlotIndices.pop()! : typeSlots.length;
    typeSlots[index] = slots;
    typeDealloc[index] = subtypeDealloc;
    i32[(t + TP_INDEX) >> 2] = index;
    heapTypes.add(t);
    assignVersionTag(t);

    // The dict: __module__, __qualname__, __doc__, __classcell__, implicit static/class methods.
    const qn = dictGetItemBorrow(ns, S('__qualname__'));
    if (qn !== NULL) {
      if (!isStr(qn)) { errSetString(TypeError, `type __qualname__ must be a str, not ${typeNameOf(qn)}`); break fail; }
      i32[(t + TP_QUALNAME) >> 2] = newRef(qn);
      if (dictDelItem(ns, S('__qualname__')) < 0) break fail;
    } else {
      i32[(t + TP_QUALNAME) >> 2] = newRef(name);
    }
    if (dictGetItemBorrow(ns, S('__module__')) === NULL) {
      const mn = moduleNameHook !== null ? moduleNameHook() : NULL;
      if (mn !== NULL && dictSetItem(ns, S('__module__'), mn) < 0) break fail;
    }
    if (dictGetItemBorrow(ns, S('__doc__')) === NULL && dictSetItem(ns, S('__doc__'), Py_None) < 0) break fail;
    // A class that defines __eq__ but not __hash__ is unhashable (type_ready_set_hash / overrides_hash).
    if (dictGetItemBorrow(ns, S('__eq__')) !== NULL && dictGetItemBorrow(ns, S('__hash__')) === NULL
      && dictSetItem(ns, S('__hash__'), Py_None) < 0) break fail;
    for (const [key, wrap] of [['__new__', 'static'], ['__init_subclass__', 'class'], ['__class_getitem__', 'class']] as const) {
      const f = dictGetItemBorrow(ns, S(key));
      if (f !== NULL && typeNameOf(f) === 'function') {
        const w = wrap === 'static' ? staticmethodNew(f) : classmethodNew(f);
        if (w === NULL) break fail;
        const r = dictSetItem(ns, S(key), w);
        decref(w);
        if (r < 0) break fail;
      }
    }
    const cell = dictGetItemBorrow(ns, S('__classcell__'));
    let classcell: Owned | Null = NULL;
    if (cell !== NULL) {
      if (typeOf(cell) !== cellType) {
        errSetString(TypeError, `__classcell__ must be a nonlocal cell, not ${typeNameOf(cell)}`);
        break fail;
      }
      classcell = newRef(cell);
      if (dictDelItem(ns, S('__classcell__')) < 0) { decref(classcell); break fail; }
    }
    // Descriptors for the instance __dict__ / __weakref__ / __slots__ members.
    if (slotNames !== null) {
      const tup = tupleNew(slotNames.length);
      if (tup === NULL) { xdecref(classcell); break fail; }
      for (let i = 0; i < slotNames.length; i++) {
        const sname = strFromJS(slotNames[i]);
        if (sname === NULL) { decref(tup); xdecref(classcell); break fail; }
        tupleSetItemSteal(tup, i, sname);
      }
      i32[(t + HT_SLOTS) >> 2] = tup;
      let bad = false;
      for (let i = 0; i < slotNames.length; i++) {
        const md = memberDescriptorNew(t, tupleGetItemBorrow(tup, i), slotOffsets[i], false);
        if (md === NULL || dictSetItem(ns, S(slotNames[i]), md) < 0) { xdecref(md); bad = true; break; }
        decref(md);
      }
      if (bad) { xdecref(classcell); break fail; }
    }
    const addGetSet = (def: GetSetDef): boolean => {
      if (dictGetItemBorrow(ns as Borrowed, S(def.name)) !== NULL) return true;
      const g = getsetDescriptorNew(t, def);
      if (g === NULL) return false;
      const r = dictSetItem(ns as Borrowed, S(def.name), g);
      decref(g);
      return r >= 0;
    };
    if (addDict && !addGetSet(subtypeDictGetSet)) { xdecref(classcell); break fail; }
    if (addWeak && !addGetSet(subtypeWeakrefGetSet)) { xdecref(classcell); break fail; }
    i32[(t + TP_DICT) >> 2] = ns;
    ns = NULL;

    // MRO, slots from the dunders, subclass registration.
    const mro = typeMroInternal(t, bases);
    if (mro === NULL) { xdecref(classcell); break fail; }
    i32[(t + TP_MRO) >> 2] = mro;
    for (let i = 0; i < tupleSize(bases); i++) registerSubclass(tupleGetItemBorrow(bases, i), t);
    typeFixupSlots(t);
    if (classcell !== NULL) {
      cellSetSteal(classcell, newRef(t));
      decref(classcell);
    }

    // __set_name__ on the attributes, then the parent's __init_subclass__.
    if (typeSetNames(t) < 0) break fail;
    if (typeInitSubclass(t, kwds) < 0) break fail;
    decref(ownedBases);
    return type;
  }
  xdecref(ns);
  if (type !== NULL) decref(type);
  decref(ownedBases);
  return NULL;
}

/** A native heap type (typeNewFromSpec), as a PyType_Spec describes one. */
export interface HeapTypeSpec {
  /** tp_name, dotted: what follows the last dot is __name__ and __qualname__, what precedes it __module__. */
  name: string;
  base: Borrowed;
  basicsize: number;
  itemsize: number;
  /** Flags besides HEAPTYPE, READY, VALID_VERSION_TAG and the base's *_SUBCLASS bits (HAVE_GC, BASETYPE ...). */
  flags: number;
  /** Native slots; those left out are inherited from the base. */
  slots: Partial<TypeSlots>;
  methods?: readonly MethodDef[];
  /**
   * The rest of the dict, in order, after __new__, the slot wrappers and the methods (member descriptors,
   * constants); null with an exception set on failure. __doc__ (None) and __module__ are added after
   * them unless given.
   */
  dict?: (t: Borrowed) => Array<[string, Owned | Null]> | null;
}

/**
 * PyType_FromSpecWithBases: a heap type made from native slots (not a class statement): an instance of
 * `type`, GC-tracked, freed by the cycle collector like any class once nothing else holds it. Its slots
 * stay native (no fixup to dunder dispatchers); assigning a dunder on it later updates them as for
 * classes. Owned, or NULL with an exception set.
 */
export function typeNewFromSpec(spec: HeapTypeSpec): Owned | Null {
  const dot = spec.name.lastIndexOf('.');
  const base = spec.base;
  const type = typeGenericAlloc(typeType, 0);
  if (type === NULL) return NULL;
  const t = type as Borrowed;
  // The flags first: a failure below frees the type through type's dealloc, which wants HEAPTYPE.
  i32[(t + TP_FLAGS) >> 2] = spec.flags | Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_READY | Py_TPFLAGS_VALID_VERSION_TAG
    | (i32[(base + TP_FLAGS) >> 2] & (SUBCLASS_FLAGS | Py_TPFLAGS_MATCH_SELF))
    | ((spec.flags & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING)) === 0 ? i32[(base + TP_FLAGS) >> 2] & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING) : 0);
  fail: {
    const name = strFromJS(spec.name.slice(dot + 1));
    if (name === NULL) break fail;
    i32[(t + TP_NAME) >> 2] = name;
    i32[(t + TP_QUALNAME) >> 2] = newRef(name);
    i32[(t + TP_BASE) >> 2] = newRef(base);
    const bases = tuplePack([base]);
    if (bases === NULL) break fail;
    i32[(t + TP_BASES) >> 2] = bases;
    i32[(t + TP_BASICSIZE) >> 2] = spec.basicsize;
    i32[(t + TP_ITEMSIZE) >> 2] = spec.itemsize;
    i32[(t + TP_DICTOFFSET) >> 2] = i32[(base + TP_DICTOFFSET) >> 2];
    i32[(t + TP_WEAKLISTOFFSET) >> 2] = i32[(base + TP_WEAKLISTOFFSET) >> 2];
    i32[(t + HT_INSTANCE_KEYS) >> 2] = -1;
    const bs = typeSlotsOf(base);
    const slots = slotsNew(spec.name, spec.slots.dealloc ?? bs.dealloc);
    for (const k of inheritableSlots) {
      const own = spec.slots[k];
      (slots as unknown as Record<string, unknown>)[k] = own !== undefined ? own : bs[k];
    }
    const index = freeSlotIndices.length > 0 ? freeSlotIndices.pop()! : typeSlots.length;
    typeSlots[index] = slots;
    typeDealloc[index] = slots.dealloc;
    i32[(t + TP_INDEX) >> 2] = index;
    heapTypes.add(t);
    assignVersionTag(t);
    const d = dictNew();
    if (d === NULL) break fail;
    i32[(t + TP_DICT) >> 2] = d;
    let ok = true;
    const put = (key: string, v: Owned | Null): void => {
      if (!ok) { xdecref(v); return; }
      if (v === NULL) { ok = false; return; }
      if (dictSetItem(d, S(key), v) < 0) ok = false;
      decref(v);
    };
    if (slots.new !== null && slots.new !== bs.new) put('__new__', cfunctionNew(slotTpNewWrapperDef, t, NULL));
    typeAddOperators(t, put);
    for (const def of spec.methods ?? []) put(def.name, methodDescriptorNew(t, def));
    if (!ok) break fail;
    if (spec.dict !== undefined) {
      const entries = spec.dict(t);
      if (entries === null) break fail;
      for (const [key, v] of entries) put(key, v);
    }
    if (ok && dictGetItemBorrow(d, S('__doc__')) === NULL) put('__doc__', newRef(Py_None));
    if (ok && dot >= 0 && dictGetItemBorrow(d, S('__module__')) === NULL) put('__module__', strFromJS(spec.name.slice(0, dot)));
    if (!ok) break fail;
    const mro = typeComputeMro(t, bases);
    if (mro === NULL) break fail;
    i32[(t + TP_MRO) >> 2] = mro;
    registerSubclass(base, t);
    return type;
  }
  decref(type);
  return NULL;
}

/** Calls `newFn(meta, *args, **kwds)` (a tp_new) with arguments laid out in a temporary heap block. */
function callWithKwds(meta: Borrowed, newFn: VectorCall, pos: Borrowed[], kwds: Borrowed | Null): Owned | Null {
  const nkw = kwds === NULL ? 0 : dictSize(kwds);
  const block = alloc(4 * (pos.length + nkw) + 4);
  if (block === 0) return errNoMemory();
  for (let i = 0; i < pos.length; i++) i32[(block >> 2) + i] = pos[i];
  let kwnames: Owned | Null = NULL;
  if (nkw > 0) {
    kwnames = tupleNew(nkw);
    if (kwnames === NULL) { free(block); return NULL; }
    const p = new Int32Array(1), kv = new Int32Array(2);
    let i = 0;
    while (dictNext(kwds as Borrowed, p, kv)) {
      tupleSetItemSteal(kwnames, i, newRef(kv[0] as Borrowed));
      i32[(block >> 2) + pos.length + i] = kv[1];
      i++;
    }
  }
  const r = newFn(meta, block, pos.length, kwnames);
  free(block);
  xdecref(kwnames);
  return r;
}

/** Calls a callable with positional args and a kwargs dict (or NULL). */
export function typeCallWithKwds(callable: Borrowed, pos: Borrowed[], kwds: Borrowed | Null): Owned | Null {
  return callWithKwds(callable, objectVectorcall, pos, kwds);
}

/** type_new_set_names: value.__set_name__(type, key) for every attribute that has one. */
function typeSetNames(t: Borrowed): number {
  const d = i32[(t + TP_DICT) >> 2] as Borrowed;
  const snapshot = dictCopy(d);
  if (snapshot === NULL) return -1;
  const pos = new Int32Array(1), kv = new Int32Array(2);
  const setName = S('__set_name__');
  let rc = 0;
  while (dictNext(snapshot, pos, kv)) {
    const v = kv[1] as Borrowed;
    const f = typeLookup(typeOf(v), setName);
    if (f === NULL) continue;
    incref(f);
    const bound = bindDescr(f, v);
    decref(f);
    if (bound === NULL) { rc = -1; break; }
    const r = objectCallArgs(bound, 2, t, kv[0] as Borrowed);
    decref(bound);
    if (r === NULL) {
      // Class dict keys are strs: their repr can't fail (and doesn't touch the pending exception).
      const saved = errFetch();
      const key = objectRepr(kv[0] as Borrowed);
      errSetRaised(saved);
      const keyText = key === NULL ? '?' : strToJS(key);
      if (key !== NULL) decref(key);
      errAddNote(`Error calling __set_name__ on '${typeNameOf(v)}' instance ${keyText} in '${typeName(t)}'`);
      rc = -1;
      break;
    }
    decref(r);
  }
  decref(snapshot);
  return rc;
}

/** Binds an attribute found on type(obj) to obj (its __get__ if any, else itself). */
function bindDescr(f: Borrowed, obj: Borrowed): Owned | Null {
  const g = slotsOf(f).descrGet;
  if (g === null) return newRef(f);
  return g(f, obj, typeOf(obj));
}

/** init_subclass: super(type, type).__init_subclass__(**kwds). */
function typeInitSubclass(t: Borrowed, kwds: Borrowed | Null): number {
  const mro = i32[(t + TP_MRO) >> 2] as Borrowed;
  const key = S('__init_subclass__');
  for (let i = 1; i < tupleSize(mro); i++) {
    const b = tupleGetItemBorrow(mro, i);
    const f = dictGetItemBorrow(i32[(b + TP_DICT) >> 2] as Borrowed, key);
    if (f === NULL) continue;
    incref(f);
    const g = slotsOf(f).descrGet;
    const bound = g === null ? newRef(f) : g(f, NULL, t);
    decref(f);
    if (bound === NULL) return -1;
    const r = typeCallWithKwds(bound, [], kwds);
    decref(bound);
    if (r === NULL) return -1;
    decref(r);
    return 0;
  }
  return 0;
}

/** object.__init_subclass__: takes no keyword arguments. */
export function objectInitSubclass(cls: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (kwCount(kwnames) > 0) {
    return errSetString(TypeError, `${methodQualname(cls, 'object', '__init_subclass__', true)}() takes no keyword arguments`);
  }
  if (nargs > 0) {
    return errSetString(TypeError, `${methodQualname(cls, 'object', '__init_subclass__', true)}() takes no arguments (${nargs} given)`);
  }
  return noneNew();
}

// Instances of heap types: dict, slots, dealloc, traverse.

/** The address of `o`'s __dict__ pointer, or 0 when its type has none (_PyObject_GetDictPtr). */
export function objectDictPtr(o: Borrowed): number {
  const off = i32[(i32[(o + OB_TYPE) >> 2] + TP_DICTOFFSET) >> 2];
  return off === 0 ? 0 : o + off;
}

/**
 * Whether the managed __dict__ of `t`'s instances starts embedded in them (objectGenericSetAttr): a
 * heap type with a managed dict whose first static base is object (CPython initializes inline values
 * in object_new only: an instance of a list or dict subclass gets a plain dict).
 */
export function typeEmbedsInstanceDicts(t: Borrowed | number): boolean {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_MANAGED_DICT) === 0) return false;
  let base = t as number;
  while ((i32[(base + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) base = i32[(base + TP_BASE) >> 2];
  return base === objectType;
}

/** The instances of heap type `t` may have dicts reached other than through them: its HT_INSTANCE_KEYS filter is off. */
export function typeInstanceKeysForget(t: Borrowed | number): void {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) i32.fill(-1, (t + HT_INSTANCE_KEYS) >> 2, ((t + HT_INSTANCE_KEYS) >> 2) + HT_INSTANCE_KEYS_WORDS);
}

/**
 * True when no instance dict of `o`'s type `tp` can hold `name` (HT_INSTANCE_KEYS), so a method or
 * class attribute found on the type is not shadowed; false when the dict has to be probed.
 */
export function instanceDictLacks(tp: number, name: Borrowed): boolean {
  const h = strHash(name);
  return (i32[(tp + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0
    && (i32[((tp + HT_INSTANCE_KEYS) >> 2) + ((h >>> 5) & 3)] & (1 << (h & 31))) === 0;
}

/** PyObject_GenericGetDict: the instance __dict__, created on first use. */
export function subtypeDictGet(o: Borrowed): Owned | Null {
  const p = objectDictPtr(o);
  if (p === 0) return errSetString(AttributeError, 'This object has no __dict__');
  let d = i32[p >> 2];
  if (d === 0) {
    d = dictNew();
    if (d === NULL) return NULL;
    if (p === o + MANAGED_DICT_OFFSET && dictShareKeysOf(d as Borrowed, typeOf(o)) < 0) {
      decref(d as Owned);
      return NULL;
    }
    i32[p >> 2] = d;
    typeInstanceKeysForget(typeOf(o)); // a dict that was never embedded, handed out
  } else {
    dictMaterialize(d as Borrowed); // handed out: no longer embedded in the instance
  }
  incref(d as Borrowed);
  return d as Owned;
}

/** PyObject_GenericSetDict. */
export function subtypeDictSet(o: Borrowed, v: Borrowed | Null): number {
  const p = objectDictPtr(o);
  if (p === 0) { errSetString(AttributeError, 'This object has no __dict__'); return -1; }
  if (v === NULL) { errSetString(TypeError, 'cannot delete __dict__'); return -1; }
  if (!isDict(v)) { errSetString(TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`); return -1; }
  const old = i32[p >> 2];
  incref(v);
  i32[p >> 2] = v;
  typeInstanceKeysForget(typeOf(o)); // an ordinary dict in the slot
  if (old !== 0) {
    if (i32[old >> 2] !== 1) dictMaterialize(old as Borrowed); // leaves its slot: an ordinary dict if it lives on
    decref(old as Borrowed);
  }
  return 0;
}

function subtypeWeakrefGet(o: Borrowed): Owned | Null {
  const w = weakrefHooks.head !== null ? weakrefHooks.head(o) : 0;
  return w !== 0 ? newRef(w as Borrowed) : noneNew();
}

const subtypeDictGetSet: GetSetDef = { name: '__dict__', get: subtypeDictGet, set: subtypeDictSet, doc: 'dictionary for instance variables' };
const subtypeWeakrefGetSet: GetSetDef = { name: '__weakref__', get: subtypeWeakrefGet, set: null, doc: 'list of weak references to the object' };

let unraisableHook: ((exc: Owned, obj: Borrowed, where: string) => void) | null = null;

/** Installs PyErr_WriteUnraisable's output (the VM prints "Exception ignored in: ..."); default drops the error. */
export function typeSetUnraisableHook(f: ((exc: Owned, obj: Borrowed, where: string) => void) | null): void {
  unraisableHook = f;
}

/** PyErr_WriteUnraisable: reports and clears the current exception. */
export function typeWriteUnraisable(obj: Borrowed, where: string): void {
  const e = errFetch();
  if (e === NULL) return;
  if (unraisableHook !== null) unraisableHook(e, obj, where);
  else decref(e);
}

/**
 * subtype_dealloc: __del__ (once; a resurrected object is left alone), clear __slots__ members and the
 * managed __dict__, then the nearest static base's dealloc frees the memory and drops the type.
 */
function subtypeDealloc(o: Owned): void {
  const type = typeOf(o);
  // Py_TRASHCAN_BEGIN for GC instances (their GC header parks them): a long chain of instances linked
  // through __slots__ (or a base's fields) is freed iteratively, not by one nested dealloc per link.
  const trash = (i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0;
  if (trash && !trashcanBegin(o, subtypeDealloc)) return;
  subtypeDeallocBody(o, type);
  if (trash) trashcanEnd();
}

function subtypeDeallocBody(o: Owned, type: Borrowed): void {
  const s = typeSlotsOf(type);
  if (s.finalize !== null) {
    // Tracked while __del__ runs, as CPython's subtype_dealloc does: a resurrected object stays tracked.
    const gc = (i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0;
    if (gc) gcTrack(o);
    if (slotCallFinalizer(o) < 0) return; // resurrected
    if (gc) gcUntrack(o);
  }
  // PyObject_ClearWeakRefs before the slots and the dict are cleared (gc/weakref hook, objects/weakref.ts).
  const clearWeakrefs = weakrefHooks.clearInstance;
  if (clearWeakrefs !== null) clearWeakrefs(o);
  for (let t = type as number; (i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0; t = i32[(t + TP_BASE) >> 2]) {
    const slotsTuple = i32[(t + HT_SLOTS) >> 2];
    if (slotsTuple === 0) continue;
    const n = tupleSize(slotsTuple as Borrowed);
    const start = typeBasicSize(t as Borrowed) - 4 * n;
    for (let i = 0; i < n; i++) {
      const p = o + start + 4 * i;
      const v = i32[p >> 2];
      if (v !== 0) { i32[p >> 2] = 0; decref(v as Borrowed); }
    }
  }
  if ((i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_MANAGED_DICT) !== 0) {
    const d = i32[(o + MANAGED_DICT_OFFSET) >> 2];
    if (d !== 0) {
      i32[(o + MANAGED_DICT_OFFSET) >> 2] = 0;
      if (i32[d >> 2] !== 1) dictMaterialize(d as Borrowed); // outlives its slot (count 1: dies here)
      decref(d as Borrowed);
    }
  }
  // The nearest base with a dealloc of its own: a static type, or a native heap type made from a spec
  // (its fields are its own to release). It drops the reference to `type` (objectFree / objectGCFree do).
  let base = type as number;
  while (typeSlotsOf(base as Borrowed).dealloc === subtypeDealloc) base = i32[(base + TP_BASE) >> 2];
  typeSlotsOf(base as Borrowed).dealloc(o);
}

/** subtype_traverse: __slots__ members, the managed dict, the type itself, then the base's fields. */
function subtypeTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const type = typeOf(o);
  for (let t = type as number; (i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0; t = i32[(t + TP_BASE) >> 2]) {
    const slotsTuple = i32[(t + HT_SLOTS) >> 2];
    if (slotsTuple === 0) continue;
    const n = tupleSize(slotsTuple as Borrowed);
    const start = typeBasicSize(t as Borrowed) - 4 * n;
    for (let i = 0; i < n; i++) {
      const v = i32[(o + start + 4 * i) >> 2];
      if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
    }
  }
  if ((i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_MANAGED_DICT) !== 0) {
    const d = i32[(o + MANAGED_DICT_OFFSET) >> 2] as Borrowed;
    if (d !== 0) {
      // An embedded dict's keys and values are visited as the instance's own (CPython's inline values).
      const r = dictEmbeddedIn(d, o) ? dictTraverse(d, visit, arg) : visit(d, arg);
      if (r !== 0) return r;
    }
  }
  const r = visit(type, arg);
  if (r !== 0) return r;
  let base = type as number;
  while (typeSlotsOf(base as Borrowed).dealloc === subtypeDealloc) base = i32[(base + TP_BASE) >> 2];
  const bt = typeSlotsOf(base as Borrowed).traverse;
  return bt !== null ? bt(o, visit, arg) : 0;
}

/** subtype_clear: the __slots__ members and the managed __dict__, then the nearest base's own tp_clear. */
function subtypeClear(o: Borrowed): number {
  const type = typeOf(o);
  for (let t = type as number; (i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0; t = i32[(t + TP_BASE) >> 2]) {
    const slotsTuple = i32[(t + HT_SLOTS) >> 2];
    if (slotsTuple === 0) continue;
    const n = tupleSize(slotsTuple as Borrowed);
    const start = typeBasicSize(t as Borrowed) - 4 * n;
    for (let i = 0; i < n; i++) {
      const p = o + start + 4 * i;
      const v = i32[p >> 2];
      if (v !== 0) { i32[p >> 2] = 0; decref(v as Borrowed); }
    }
  }
  if ((i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_MANAGED_DICT) !== 0) {
    const d = i32[(o + MANAGED_DICT_OFFSET) >> 2];
    if (d !== 0) {
      i32[(o + MANAGED_DICT_OFFSET) >> 2] = 0;
      if (i32[d >> 2] !== 1) dictMaterialize(d as Borrowed); // outlives its slot (count 1: dies here)
      decref(d as Borrowed);
    }
  }
  let base = type as number;
  while (typeSlotsOf(base as Borrowed).dealloc === subtypeDealloc) base = i32[(base + TP_BASE) >> 2];
  const bc = typeSlotsOf(base as Borrowed).clear;
  return bc !== null && bc !== undefined ? bc(o) : 0;
}

/** The finalized mark of PEP 442 (bit 0 of gc_prev, as _PyGC_PREV_MASK_FINALIZED). */
export function objectIsFinalized(o: Borrowed): boolean {
  return (i32[(o + GC_PREV) >> 2] & 1) !== 0;
}

export function objectSetFinalized(o: Borrowed): void {
  i32[(o + GC_PREV) >> 2] |= 1;
}

/** type_dealloc for heap types (static types are never freed). */
function typeDeallocHeap(t: Owned): void {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0) {
    throw new Error(`dealloc of static type at ${t}: reference count went to zero`);
  }
  const bases = i32[(t + TP_BASES) >> 2];
  if (bases !== 0) for (let i = 0; i < tupleSize(bases as Borrowed); i++) unregisterSubclass(tupleGetItemBorrow(bases as Borrowed, i), t);
  subclassRegistry.delete(t);
  heapTypes.delete(t);
  const index = i32[(t + TP_INDEX) >> 2];
  for (const off of [TP_DICT, TP_MRO, TP_BASES, TP_BASE, TP_NAME, TP_QUALNAME, HT_SLOTS]) {
    const v = i32[(t + off) >> 2];
    i32[(t + off) >> 2] = 0;
    if (v !== 0) decref(v as Borrowed);
  }
  dictSharedKeysRelease(t);
  // The slot table entry can be reused once the type's memory is gone.
  if (index > 0 && typeSlots[index] !== undefined && index >= staticTypes.length) {
    typeSlots[index] = deadSlots;
    typeDealloc[index] = deadSlots.dealloc;
    freeSlotIndices.push(index);
  }
  objectGCFree(t);
}

const deadSlots = slotsNew('<freed type>', () => { throw new Error('instance of a freed type'); });

/** type_traverse (heap types). */
function typeTraverse(t: Borrowed, visit: VisitProc, arg: unknown): number {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0) return 0;
  for (const off of [TP_DICT, TP_MRO, TP_BASES, TP_BASE, HT_SLOTS]) {
    const v = i32[(t + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/** type_clear: empties a class's dict and drops its MRO (breaks the cycles every class is part of). */
export function typeClear(t: Borrowed): void {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0) return;
  const d = i32[(t + TP_DICT) >> 2];
  if (d !== 0) dictClear(d as Borrowed);
  typeModified(t);
  const mro = i32[(t + TP_MRO) >> 2];
  if (mro !== 0) {
    // Keep a one-element MRO so that lookups on surviving instances stay well-defined.
    i32[(t + TP_MRO) >> 2] = 0;
    decref(mro as Borrowed);
  }
}

/**
 * Clears every live class (typeClear), as the cycle collector would at shutdown: classes always sit in
 * reference cycles (their MRO holds them; their methods' globals hold them). Returns how many.
 */
export function typeHeapTypesClearAll(): number {
  const all = [...heapTypes];
  for (const t of all) incref(t as Borrowed);
  for (const t of all) typeClear(t as Borrowed);
  for (const t of all) decref(t as Borrowed);
  return all.length;
}

/** The live heap types (for tests and debugging). */
export function typeHeapTypesDebug(): Borrowed[] {
  return [...heapTypes] as Borrowed[];
}

/** Number of live heap types (classes). */
export function typeHeapTypeCount(): number {
  return heapTypes.size;
}

// __build_class__.

/** Step 1 of __build_class__: the metaclass and the namespace from its __prepare__ (see the file header). */
export function typeBuildClassPrepare(name: Borrowed, bases: Borrowed, kwds: Borrowed | Null, out: Int32Array): number {
  let meta: Borrowed | Null = kwds !== NULL ? dictGetItemBorrow(kwds, S('metaclass')) : NULL;
  let isClass = false;
  if (meta === NULL) {
    meta = tupleSize(bases) === 0 ? typeType : typeOf(tupleGetItemBorrow(bases, 0));
    isClass = true;
  } else {
    isClass = isType(meta);
  }
  if (isClass) {
    meta = typeCalculateMetaclass(meta, bases);
    if (meta === NULL) return -1;
  }
  incref(meta);
  const prep = objectLookupAttr(meta, S('__prepare__'));
  let ns: Owned | Null;
  if (prep === NULL) {
    if (errOccurred() !== NULL) { decref(meta); return -1; }
    ns = dictNew();
  } else {
    const kw = kwds !== NULL ? withoutMetaclass(kwds) : NULL;
    if (kwds !== NULL && kw === NULL) { decref(prep); decref(meta); return -1; }
    ns = typeCallWithKwds(prep, [name, bases], kw);
    xdecref(kw);
    decref(prep);
  }
  if (ns === NULL) { decref(meta); return -1; }
  if (!isMapping(ns)) {
    errSetString(TypeError, `${isType(meta) ? typeName(meta) : '<metaclass>'}.__prepare__() must return a mapping, not ${typeNameOf(ns)}`);
    decref(ns); decref(meta);
    return -1;
  }
  out[0] = meta;
  out[1] = ns;
  return 0;
}

function isMapping(o: Borrowed): boolean {
  return isDict(o) || slotsOf(o).getitem !== null;
}

function withoutMetaclass(kwds: Borrowed): Owned | Null {
  const kw = dictCopy(kwds);
  if (kw === NULL) return NULL;
  if (dictContains(kw, S('metaclass')) === 1 && dictDelItem(kw, S('metaclass')) < 0) { decref(kw); return NULL; }
  return kw;
}

/** Step 2 of __build_class__: meta(name, bases, ns, **kwds) (see the file header). */
export function typeBuildClass(meta: Borrowed, name: Borrowed, bases: Borrowed, ns: Borrowed, kwds: Borrowed | Null): Owned | Null {
  const kw = kwds !== NULL ? withoutMetaclass(kwds) : NULL;
  if (kwds !== NULL && kw === NULL) return NULL;
  const cls = typeCallWithKwds(meta, [name, bases, ns], kw);
  xdecref(kw);
  if (cls === NULL) return NULL;
  // A __classcell__ left in a non-dict namespace (or a metaclass that didn't pass it to type.__new__).
  if (isDict(ns)) {
    const cell = dictGetItemBorrow(ns, S('__classcell__'));
    if (cell !== NULL && typeOf(cell) === cellType) {
      const v = i32[(cell + 8) >> 2];
      if (v === 0) {
        // type.__new__ never saw it.
        errSetString(RuntimeError, `__class__ not set defining '${strToJS(name)}' as ${reprOrEmpty(cls)}. Was __classcell__ propagated to type.__new__?`);
        decref(cls);
        return NULL;
      }
      if (v !== cls) {
        errSetString(TypeError, `__class__ set to ${reprOrEmpty(v as Borrowed)} defining '${strToJS(name)}' as ${reprOrEmpty(cls)}`);
        decref(cls);
        return NULL;
      }
    }
  }
  return cls;
}

function reprOrEmpty(o: Borrowed): string {
  const r = objectRepr(o);
  if (r === NULL) { errClear(); return '?'; }
  const s = strToJS(r);
  decref(r);
  return s;
}

// isinstance / issubclass (Objects/abstract.c).

/** Returns __bases__ of `cls` (owned tuple) or NULL (no exception) when it has none (abstract_get_bases). */
function abstractGetBases(cls: Borrowed): Owned | Null {
  const b = objectLookupAttr(cls, S('__bases__'));
  if (b === NULL) return NULL;
  if (!isTuple(b)) { decref(b); return NULL; }
  return b;
}

function abstractIsSubclass(derived: Borrowed, cls: Borrowed): number {
  for (let depth = 0; depth < 10000; depth++) {
    if (derived === cls) return 1;
    const bases = abstractGetBases(derived);
    if (bases === NULL) return errOccurred() !== NULL ? -1 : 0;
    const n = tupleSize(bases);
    if (n === 0) { decref(bases); return 0; }
    if (n === 1) {
      derived = tupleGetItemBorrow(bases, 0);
      decref(bases); // the base is still held by `derived`'s class
      continue;
    }
    for (let i = 0; i < n; i++) {
      const r = abstractIsSubclass(tupleGetItemBorrow(bases, i), cls);
      if (r !== 0) { decref(bases); return r; }
    }
    decref(bases);
    return 0;
  }
  errSetString(RecursionError, 'maximum recursion depth exceeded in __subclasscheck__');
  return -1;
}


function recursiveIsInstance(inst: Borrowed, cls: Borrowed): number {
  if (isType(cls)) {
    if (typeCheck(inst, cls)) return 1;
    const c = objectLookupAttr(inst, S('__class__'));
    if (c === NULL) return errOccurred() !== NULL ? -1 : 0;
    let r = 0;
    if (c !== typeOf(inst) && isType(c)) r = typeIsSubtype(c, cls) ? 1 : 0;
    decref(c);
    return r;
  }
  const bases = abstractGetBases(cls);
  if (bases === NULL) {
    if (errOccurred() !== NULL) return -1;
    errSetString(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    return -1;
  }
  decref(bases);
  const c = objectLookupAttr(inst, S('__class__'));
  if (c === NULL) return errOccurred() !== NULL ? -1 : 0;
  const r = abstractIsSubclass(c, cls);
  decref(c);
  return r;
}

/** PyObject_IsInstance: 1, 0 or -1 (tuples of classes, __instancecheck__ on the metaclass). */
export function objectIsInstance(inst: Borrowed, cls: Borrowed): number {
  if (typeOf(inst) === cls) return 1;
  if (isTypeExact(cls)) return typeCheck(inst, cls) ? 1 : recursiveIsInstance(inst, cls);
  if (isTuple(cls)) {
    const n = tupleSize(cls);
    for (let i = 0; i < n; i++) {
      const r = objectIsInstance(inst, tupleGetItemBorrow(cls, i));
      if (r !== 0) return r;
    }
    return 0;
  }
  const checker = typeLookup(typeOf(cls), S('__instancecheck__'));
  if (checker !== NULL) {
    incref(checker);
    const bound = bindDescr(checker, cls);
    decref(checker);
    if (bound === NULL) return -1;
    const r = objectCallArgs(bound, 1, inst);
    decref(bound);
    if (r === NULL) return -1;
    const t = objectIsTrue(r);
    decref(r);
    return t;
  }
  return recursiveIsInstance(inst, cls);
}

/** PyObject_IsSubclass: 1, 0 or -1 (tuples of classes, __subclasscheck__ on the metaclass). */
export function objectIsSubclass(derived: Borrowed, cls: Borrowed): number {
  if (isTypeExact(cls)) {
    if (derived === cls) return 1;
    return recursiveIsSubclass(derived, cls);
  }
  if (isTuple(cls)) {
    const n = tupleSize(cls);
    for (let i = 0; i < n; i++) {
      const r = objectIsSubclass(derived, tupleGetItemBorrow(cls, i));
      if (r !== 0) return r;
    }
    return 0;
  }
  const checker = typeLookup(typeOf(cls), S('__subclasscheck__'));
  if (checker !== NULL) {
    incref(checker);
    const bound = bindDescr(checker, cls);
    decref(checker);
    if (bound === NULL) return -1;
    const r = objectCallArgs(bound, 1, derived);
    decref(bound);
    if (r === NULL) return -1;
    const t = objectIsTrue(r);
    decref(r);
    return t;
  }
  return recursiveIsSubclass(derived, cls);
}

/** _PyObject_RealIsSubclass / recursive_issubclass. */
export function recursiveIsSubclass(derived: Borrowed, cls: Borrowed): number {
  if (isType(cls) && isType(derived)) return typeIsSubtype(derived, cls) ? 1 : 0;
  const db = abstractGetBases(derived);
  if (db === NULL) {
    if (errOccurred() !== NULL) return -1;
    errSetString(TypeError, 'issubclass() arg 1 must be a class');
    return -1;
  }
  decref(db);
  if (!isType(cls)) {
    const cb = abstractGetBases(cls);
    if (cb === NULL) {
      if (errOccurred() !== NULL) return -1;
      errSetString(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
      return -1;
    }
    decref(cb);
  }
  return abstractIsSubclass(derived, cls);
}


// Instances of classes derived from builtin value types (class MyInt(int), class MyList(list) ...).
// The builtins' constructors build an exact instance; this re-homes it in an allocation of the subclass
// (with the subclass's GC header / managed dict in front), as long_subtype_new & co. copy their value.

/** Bytes of `o`'s own layout (header included), for the builtin value types. */
function builtinObjectSize(o: Borrowed, base: Borrowed): number {
  const f = i32[(base + TP_FLAGS) >> 2];
  if ((f & Py_TPFLAGS_UNICODE_SUBCLASS) !== 0) {
    return STR_DATA + (strLength(o) + 1) * strKind(o);
  }
  const size = Math.abs(i32[(o + OB_SIZE) >> 2]);
  if ((f & Py_TPFLAGS_LONG_SUBCLASS) !== 0) return typeBasicSize(base) + typeItemSize(base) * Math.max(1, size);
  return typeBasicSize(base) + (typeItemSize(base) !== 0 ? typeItemSize(base) * size : 0);
}

/** protocolHooks.subclassFromBase: an instance of heap subclass `type` holding the value of exact `v` (stolen). */
export function typeSubclassFromBase(type: Borrowed, v: Owned): Owned | Null {
  const base = typeOf(v);
  const objSize = builtinObjectSize(v, base);
  const size = (Math.max(objSize, typeBasicSize(type)) + 7) & ~7;
  const o = objectNew(type, size);
  if (o === NULL) { decref(v); return NULL; }
  for (let p = 8; p < objSize; p += 4) i32[(o + p) >> 2] = i32[(v + p) >> 2];
  for (let p = (objSize + 3) & ~3; p < size; p += 4) i32[(o + p) >> 2] = 0;
  const f = i32[(base + TP_FLAGS) >> 2];
  const containerGC = (f & Py_TPFLAGS_HAVE_GC) !== 0;
  if (i32[v >> 2] === 1 && containerGC) {
    // The only reference: move the value (items, tables) and free the old shell without its dealloc.
    gcUntrack(v);
    free(v - GC_HEAD_SIZE);
    decref(base);
    return o;
  }
  if ((f & Py_TPFLAGS_TUPLE_SUBCLASS) !== 0) {
    for (let i = 0; i < tupleSize(v); i++) incref(tupleGetItemBorrow(v, i));
  } else if (containerGC) {
    decref(o);
    decref(v);
    return errSetString(TypeError, `cannot create '${typeName(type)}' instances from a shared '${typeName(base)}'`);
  }
  if ((f & Py_TPFLAGS_UNICODE_SUBCLASS) !== 0) i32[(o + STR_STATE) >> 2] &= ~(STR_INTERNED_MASK | STR_STATIC_FLAGS);
  decref(v);
  return o;
}

/** The interning bits and the static/table-owned flags of str's state word (str.ts). */
const STR_INTERNED_MASK = 3;
const STR_STATIC_FLAGS = (1 << 7) | (1 << 8);
