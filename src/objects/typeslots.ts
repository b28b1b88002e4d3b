// Special methods <-> type slots: the slotdefs table, slot wrappers (wrapper_descriptor, method-wrapper)
// that expose a builtin type's native slots as `int.__add__`, `list.__len__` ..., and the slot_*
// functions that make a class's Python dunders (__repr__, __add__/__radd__, __getattr__, __del__ ...)
// fill its native slots. Mirrors slotdefs / add_operators / fixup_slot_dispatchers / update_slot and
// the slot_* functions of Objects/typeobject.c, and wrapperdescr / method-wrapper of Objects/descrobject.c.
// Invariants: a heap type's slot is the native function of a builtin base when the dunder found on the
// MRO is exactly that base's wrapper for this slot, the generic slot_* function otherwise, NULL when no
// dunder is found; slot_* functions look the dunder up on the instance's type every call (through the
// method cache), so assigning a class attribute only has to recompute which function sits in the slot.
//
// wrapper_descriptor (GC): +8 d_type (owned)  +12 d_name (str)  +16 slotdef index
// method-wrapper (GC):     +8 descr (owned)   +12 self (owned)

import { pointerText } from '../support/pointer.ts';
import { i32 } from '../heap/views.ts';
import { incref, decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64, h64ToBigInt } from '../support/hash64.ts';
import {
  typeNewStatic, typeName, typeNameOf, typeCheck, typeOf, typeSlotsOf, slotsOf, typeLookup, typeIsSubtype, isType,
  typeBase, typeSubclasses, typeWriteUnraisable, objectIsFinalized, objectSetFinalized, objectNewSlot,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_HEAPTYPE, TP_FLAGS, TP_BASE,
  typeSetAttro, type TypeSlots, type VisitProc,
} from './type.ts';
import {
  objectGCNew, objectGCFree, objectHashNotImplemented, objectHashDefault, objectGenericGetAttr, objectGenericSetAttr,
  objectCallArgs, objectCallPrepend, objectVectorcall, objectGetAttr, objectIsTrue, boolNew, noneNew,
  notImplemented,
} from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear, errFetch, errSetRaised } from './errors.ts';
import { TypeError, AttributeError, ValueError, OverflowError, StopIteration } from './exceptions.ts';
import { strFromJS, strInternImmortal, strToJS, isStr } from './str.ts';
import { tupleSize } from './tuple.ts';
import { Py_None } from './none.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { Py_True, Py_False } from './bool.ts';
import { isInt, intFromNumber, intFromBigInt, intToBigInt, intAsNumber, intType } from './int.ts';
import {
  argAt, cfunctionDef, cfunctionSelfBorrow, cfunctionType, methodDescriptorType, methodDefs, D_DEF, D_TYPE, METH_COEXIST,
  type MethodDef,
} from './methodobject.ts';
import { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from './compare-op.ts';

type SlotKey = keyof Omit<TypeSlots, 'name' | 'dealloc'>;

/** How a wrapper calls the native slot (CPython's wrap_* functions). */
type WrapKind =
  | 'unary' | 'inquiry' | 'len' | 'hash' | 'binL' | 'binR' | 'ternL' | 'ternR' | 'richcmp' | 'getattro'
  | 'setattr' | 'delattr' | 'call' | 'init' | 'descrGet' | 'descrSet' | 'descrDel' | 'getitem' | 'setitem'
  | 'delitem' | 'contains' | 'iternext' | 'repeat' | 'del' | 'none';

interface SlotDef {
  name: string;
  slot: SlotKey;
  kind: WrapKind;
  /** For richcmp: the operation. */
  op?: number;
  doc: string;
}

const d = (name: string, slot: SlotKey, kind: WrapKind, doc: string, op?: number): SlotDef => ({ name, slot, kind, doc, op });

/** CPython's slotdefs, in its order (it decides the order of the dunders in a builtin type's dict). */
const slotdefs: readonly SlotDef[] = [
  d('__repr__', 'repr', 'unary', 'Return repr(self).'),
  d('__hash__', 'hash', 'hash', 'Return hash(self).'),
  d('__call__', 'call', 'call', 'Call self as a function.'),
  d('__str__', 'str', 'unary', 'Return str(self).'),
  d('__getattribute__', 'getattro', 'getattro', 'Return getattr(self, name).'),
  d('__getattr__', 'getattro', 'none', ''),
  d('__setattr__', 'setattro', 'setattr', 'Implement setattr(self, name, value).'),
  d('__delattr__', 'setattro', 'delattr', 'Implement delattr(self, name).'),
  d('__lt__', 'richcompare', 'richcmp', 'Return self<value.', Py_LT),
  d('__le__', 'richcompare', 'richcmp', 'Return self<=value.', Py_LE),
  d('__eq__', 'richcompare', 'richcmp', 'Return self==value.', Py_EQ),
  d('__ne__', 'richcompare', 'richcmp', 'Return self!=value.', Py_NE),
  d('__gt__', 'richcompare', 'richcmp', 'Return self>value.', Py_GT),
  d('__ge__', 'richcompare', 'richcmp', 'Return self>=value.', Py_GE),
  d('__iter__', 'iter', 'unary', 'Implement iter(self).'),
  d('__next__', 'iternext', 'iternext', 'Implement next(self).'),
  d('__get__', 'descrGet', 'descrGet', 'Return an attribute of instance, which is of type owner.'),
  d('__set__', 'descrSet', 'descrSet', 'Set an attribute of instance to value.'),
  d('__delete__', 'descrSet', 'descrDel', 'Delete an attribute of instance.'),
  d('__init__', 'init', 'init', 'Initialize self.  See help(type(self)) for accurate signature.'),
  d('__new__', 'new', 'none', ''),
  d('__del__', 'finalize', 'del', 'Called when the instance is about to be destroyed.'),
  d('__add__', 'add', 'binL', 'Return self+value.'),
  d('__radd__', 'add', 'binR', 'Return value+self.'),
  d('__sub__', 'sub', 'binL', 'Return self-value.'),
  d('__rsub__', 'sub', 'binR', 'Return value-self.'),
  d('__mul__', 'mul', 'binL', 'Return self*value.'),
  d('__rmul__', 'mul', 'binR', 'Return value*self.'),
  d('__mod__', 'mod', 'binL', 'Return self%value.'),
  d('__rmod__', 'mod', 'binR', 'Return value%self.'),
  d('__divmod__', 'divmod', 'binL', 'Return divmod(self, value).'),
  d('__rdivmod__', 'divmod', 'binR', 'Return divmod(value, self).'),
  d('__pow__', 'pow', 'ternL', 'Return pow(self, value, mod).'),
  d('__rpow__', 'pow', 'ternR', 'Return pow(value, self, mod).'),
  d('__neg__', 'neg', 'unary', '-self'),
  d('__pos__', 'pos', 'unary', '+self'),
  d('__abs__', 'abs', 'unary', 'abs(self)'),
  d('__bool__', 'bool', 'inquiry', 'True if self else False'),
  d('__invert__', 'invert', 'unary', '~self'),
  d('__lshift__', 'lshift', 'binL', 'Return self<<value.'),
  d('__rlshift__', 'lshift', 'binR', 'Return value<<self.'),
  d('__rshift__', 'rshift', 'binL', 'Return self>>value.'),
  d('__rrshift__', 'rshift', 'binR', 'Return value>>self.'),
  d('__and__', 'and', 'binL', 'Return self&value.'),
  d('__rand__', 'and', 'binR', 'Return value&self.'),
  d('__xor__', 'xor', 'binL', 'Return self^value.'),
  d('__rxor__', 'xor', 'binR', 'Return value^self.'),
  d('__or__', 'or', 'binL', 'Return self|value.'),
  d('__ror__', 'or', 'binR', 'Return value|self.'),
  d('__int__', 'int', 'unary', 'int(self)'),
  d('__float__', 'float', 'unary', 'float(self)'),
  d('__iadd__', 'inplaceAdd', 'binL', 'Return self+=value.'),
  d('__isub__', 'inplaceSub', 'binL', 'Return self-=value.'),
  d('__imul__', 'inplaceMul', 'binL', 'Return self*=value.'),
  d('__imod__', 'inplaceMod', 'binL', 'Return self%=value.'),
  d('__ipow__', 'inplacePow', 'ternL', 'Return self**=value.'),
  d('__ilshift__', 'inplaceLshift', 'binL', 'Return self<<=value.'),
  d('__irshift__', 'inplaceRshift', 'binL', 'Return self>>=value.'),
  d('__iand__', 'inplaceAnd', 'binL', 'Return self&=value.'),
  d('__ixor__', 'inplaceXor', 'binL', 'Return self^=value.'),
  d('__ior__', 'inplaceOr', 'binL', 'Return self|=value.'),
  d('__floordiv__', 'floordiv', 'binL', 'Return self//value.'),
  d('__rfloordiv__', 'floordiv', 'binR', 'Return value//self.'),
  d('__truediv__', 'truediv', 'binL', 'Return self/value.'),
  d('__rtruediv__', 'truediv', 'binR', 'Return value/self.'),
  d('__ifloordiv__', 'inplaceFloordiv', 'binL', 'Return self//=value.'),
  d('__itruediv__', 'inplaceTruediv', 'binL', 'Return self/=value.'),
  d('__index__', 'index', 'unary', 'Return self converted to an integer, if self is suitable for use as an index into a list.'),
  d('__matmul__', 'matmul', 'binL', 'Return self@value.'),
  d('__rmatmul__', 'matmul', 'binR', 'Return value@self.'),
  d('__imatmul__', 'inplaceMatmul', 'binL', 'Return self@=value.'),
  d('__len__', 'length', 'len', 'Return len(self).'),
  d('__getitem__', 'getitem', 'getitem', 'Return self[key].'),
  d('__setitem__', 'setitem', 'setitem', 'Set self[key] to value.'),
  d('__delitem__', 'setitem', 'delitem', 'Delete self[key].'),
  d('__add__', 'concat', 'binL', 'Return self+value.'),
  d('__mul__', 'repeat', 'repeat', 'Return self*value.'),
  d('__rmul__', 'repeat', 'repeat', 'Return value*self.'),
  d('__contains__', 'contains', 'contains', 'Return bool(key in self).'),
  d('__iadd__', 'inplaceConcat', 'binL', 'Implement self+=value.'),
  d('__imul__', 'inplaceRepeat', 'repeat', 'Implement self*=value.'),
];

/** The doc of a slot wrapper (wrapper_descriptor). */
export function typeSlotDoc(descr: Borrowed): string {
  const d = slotdefs[i32[(descr + WD_SLOTDEF) >> 2]];
  return `${d.doc}`;
}

/** Every dunder name of the slotdefs (interned in the static phase by type.ts). */
export function typeSlotNames(): string[] {
  return slotdefs.map((d) => d.name);
}

/** Slot keys -> indexes of their slotdefs; dunder name -> slot keys. */
const slotGroups = new Map<SlotKey, number[]>();
const nameToSlots = new Map<string, SlotKey[]>();
for (let i = 0; i < slotdefs.length; i++) {
  const s = slotdefs[i];
  if (!slotGroups.has(s.slot)) slotGroups.set(s.slot, []);
  slotGroups.get(s.slot)!.push(i);
  if (!nameToSlots.has(s.name)) nameToSlots.set(s.name, []);
  if (!nameToSlots.get(s.name)!.includes(s.slot)) nameToSlots.get(s.name)!.push(s.slot);
}

export const WD_TYPE = 8;
export const WD_NAME = 12;
export const WD_SLOTDEF = 16;
export const WRAPPERDESCR_SIZE = 20;
export const MW_DESCR = 8;
export const MW_SELF = 12;
export const METHODWRAPPER_SIZE = 16;

export let wrapperDescriptorType = 0 as Borrowed;
export let methodWrapperType = 0 as Borrowed;

/** A slot wrapper for slotdef `index` on static type `type`. */
function wrapperDescrNew(type: Borrowed, index: number): Owned | Null {
  const o = objectGCNew(wrapperDescriptorType, WRAPPERDESCR_SIZE);
  if (o === NULL) return NULL;
  incref(type);
  i32[(o + WD_TYPE) >> 2] = type;
  i32[(o + WD_NAME) >> 2] = strInternImmortal(slotdefs[index].name);
  i32[(o + WD_SLOTDEF) >> 2] = index;
  return o;
}

/**
 * The static types whose C definition sets tp_getattro (tp_setattro) to PyObject_GenericGetAttr
 * (PyObject_GenericSetAttr) itself rather than inheriting it: add_operators looks at the type's own
 * slots before inheritance, so they have their own `__getattribute__` (`__setattr__`, `__delattr__`)
 * wrapper (`int.__getattribute__` is int's, and checks for an int), though the function is object's.
 */
const GENERIC_GETATTRO = new Set([
  'BaseException', 'SimpleNamespace', 'UnionType', 'builtin_function_or_method', 'bytearray', 'bytearray_iterator',
  'bytes', 'bytes_iterator', 'callable_iterator', 'cell', 'code', 'complex', 'dict', 'dict_itemiterator',
  'dict_items', 'dict_keyiterator', 'dict_keys', 'dict_valueiterator', 'dict_values', 'ellipsis', 'enumerate',
  'filter', 'float', 'frozenset', 'generator', 'int', 'list', 'list_iterator', 'list_reverseiterator', 'map',
  'mappingproxy', 'memory_iterator', 'memoryview', 'property', 'range_iterator', 'reversed', 'set', 'set_iterator', 'str',
  'str_ascii_iterator', 'tuple', 'tuple_iterator', 'zip', 'types.UnionType', 'anext_awaitable', 'async_generator',
  'async_generator_asend', 'async_generator_athrow', 'async_generator_wrapped_value', 'classmethod_descriptor',
  'coroutine', 'coroutine_wrapper', 'getset_descriptor', 'iterator', 'longrange_iterator', 'member_descriptor',
  'method-wrapper', 'method_descriptor', 'str_iterator', 'wrapper_descriptor', 'range', 'slice',
]);
const GENERIC_SETATTRO = new Set(['BaseException', 'SimpleNamespace', 'method', 'frame']);

/**
 * add_operators: for each slot the static type `t` defines itself (differs from its base's), the
 * wrapper for every dunder of that slot not already in the dict; __hash__ = None for unhashable types.
 */
export function typeAddOperators(t: Borrowed, put: (name: string, v: Owned | Null) => void): void {
  const s = typeSlotsOf(t);
  const base = typeBase(t);
  const bs = base !== NULL ? typeSlotsOf(base) : null;
  const name = typeName(t);
  for (let i = 0; i < slotdefs.length; i++) {
    const def = slotdefs[i];
    if (def.kind === 'none') continue;
    const fn = s[def.slot];
    if (fn === null) continue;
    if (bs !== null && bs[def.slot] === fn && !(def.slot === 'getattro' ? GENERIC_GETATTRO : def.slot === 'setattro' ? GENERIC_SETATTRO : null)?.has(name)) continue;
    if (def.slot === 'hash' && fn === objectHashNotImplemented) {
      put('__hash__', newRef(Py_None));
      continue;
    }
    put(def.name, wrapperDescrNew(t, i));
  }
}

// Wrappers: calling a native slot from Python.

/**
 * The wrapper's argument-count check. CPython's wrap_* functions use one of two: check_num_args ("expected
 * 1 argument, got 0") or PyArg_UnpackTuple(args, "", min, max), whose message starts with the empty name
 * and a space (" expected at least 1 argument, got 0"): the ternary, setattr/setitem/__set__, __get__ and
 * sq_repeat wrappers.
 */
function checkArgs(def: SlotDef, nargs: number, kwnames: Borrowed | Null, min: number, max: number): boolean {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, `wrapper ${def.name}() takes no keyword arguments`);
    return false;
  }
  if (nargs < min || nargs > max) {
    const k = def.kind;
    const lead = k === 'ternL' || k === 'ternR' || k === 'setattr' || k === 'setitem' || k === 'descrSet' || k === 'descrGet' || k === 'repeat' ? ' ' : '';
    const n = nargs < min ? min : max;
    errSetString(TypeError, min === max
      ? `${lead}expected ${n} argument${n === 1 ? '' : 's'}, got ${nargs}`
      : nargs < min ? `${lead}expected at least ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`
        : `${lead}expected at most ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  return true;
}

/** PyNumber_AsSsize_t-like conversion of an index argument (sq_repeat, __len__ results). */
function indexArg(v: Borrowed): number {
  if (isInt(v)) {
    const n = intAsNumber(v);
    if (n === -1 && errOccurred() !== NULL) {
      errClear();
      errSetString(OverflowError, `cannot fit 'int' into an index-sized integer`);
    }
    return n;
  }
  const f = slotsOf(v).index;
  if (f === null) {
    errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    return -1;
  }
  const r = f(v);
  if (r === NULL) return -1;
  const n = indexArg(r);
  decref(r);
  return n;
}

function hashToInt(lo: number): Owned | Null {
  return intFromBigInt(h64ToBigInt(lo, H64[1]));
}

/** Calls the native slot of slotdef `def` (function `fn`) on `self` with vectorcall arguments. */
function wrapperCall(def: SlotDef, fn: unknown, self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  switch (def.kind) {
    case 'unary': {
      if (!checkArgs(def, nargs, kwnames, 0, 0)) return NULL;
      return (fn as (o: Borrowed) => Owned | Null)(self);
    }
    case 'iternext': {
      if (!checkArgs(def, nargs, kwnames, 0, 0)) return NULL;
      const r = (fn as (o: Borrowed) => Owned | Null)(self);
      if (r === NULL && errOccurred() === NULL) return stopIteration();
      return r;
    }
    case 'inquiry': {
      if (!checkArgs(def, nargs, kwnames, 0, 0)) return NULL;
      const r = (fn as (o: Borrowed) => number)(self);
      return r < 0 ? NULL : boolNew(r !== 0);
    }
    case 'len': {
      if (!checkArgs(def, nargs, kwnames, 0, 0)) return NULL;
      const r = (fn as (o: Borrowed) => number)(self);
      return r < 0 ? NULL : intFromNumber(r);
    }
    case 'hash': {
      if (!checkArgs(def, nargs, kwnames, 0, 0)) return NULL;
      const lo = (fn as (o: Borrowed) => number)(self);
      if (lo === -1 && H64[1] === -1 && errOccurred() !== NULL) return NULL;
      return hashToInt(lo);
    }
    case 'binL': case 'getitem': {
      if (!checkArgs(def, nargs, kwnames, 1, 1)) return NULL;
      return (fn as (a: Borrowed, b: Borrowed) => Owned | Null)(self, argAt(args, 0));
    }
    case 'binR': {
      if (!checkArgs(def, nargs, kwnames, 1, 1)) return NULL;
      return (fn as (a: Borrowed, b: Borrowed) => Owned | Null)(argAt(args, 0), self);
    }
    case 'ternL': case 'ternR': {
      if (!checkArgs(def, nargs, kwnames, 1, 2)) return NULL;
      const third = nargs > 1 ? argAt(args, 1) : Py_None;
      const f = fn as (a: Borrowed, b: Borrowed, c: Borrowed) => Owned | Null;
      return def.kind === 'ternL' ? f(self, argAt(args, 0), third) : f(argAt(args, 0), self, third);
    }
    case 'richcmp': {
      if (!checkArgs(def, nargs, kwnames, 1, 1)) return NULL;
      return (fn as (a: Borrowed, b: Borrowed, op: number) => Owned | Null)(self, argAt(args, 0), def.op!);
    }
    case 'getattro': {
      if (!checkArgs(def, nargs, kwnames, 1, 1)) return NULL;
      // PyObject_GenericGetAttr's check, made here for every tp_getattro (ours assume a str name).
      if (!isStr(argAt(args, 0))) return attrNameError(argAt(args, 0));
      return (fn as (a: Borrowed, b: Borrowed) => Owned | Null)(self, argAt(args, 0));
    }
    case 'setattr': case 'setitem': case 'descrSet': {
      if (!checkArgs(def, nargs, kwnames, 2, 2)) return NULL;
      if (def.kind === 'setattr' && !hackcheck(self, fn, def.name)) return NULL;
      // type_setattro checks the name itself, after refusing an immutable type ("cannot set 1 attribute").
      if (def.kind === 'setattr' && fn !== typeSetAttro && !isStr(argAt(args, 0))) return attrNameError(argAt(args, 0));
      const r = (fn as (a: Borrowed, b: Borrowed, c: Borrowed | Null) => number)(self, argAt(args, 0), argAt(args, 1));
      return r < 0 ? NULL : noneNew();
    }
    case 'delattr': case 'delitem': case 'descrDel': {
      if (!checkArgs(def, nargs, kwnames, 1, 1)) return NULL;
      if (def.kind === 'delattr' && !hackcheck(self, fn, def.name)) return NULL;
      if (def.kind === 'delattr' && fn !== typeSetAttro && !isStr(argAt(args, 0))) return attrNameError(argAt(args, 0));
      const r = (fn as (a: Borrowed, b: Borrowed, c: Borrowed | Null) => number)(self, argAt(args, 0), NULL);
      return r < 0 ? NULL : noneNew();
    }
    case 'contains': {
      if (!checkArgs(def, nargs, kwnames, 1, 1)) return NULL;
      const r = (fn as (a: Borrowed, b: Borrowed) => number)(self, argAt(args, 0));
      return r < 0 ? NULL : boolNew(r !== 0);
    }
    case 'repeat': {
      if (!checkArgs(def, nargs, kwnames, 1, 1)) return NULL;
      const n = indexArg(argAt(args, 0));
      if (n === -1 && errOccurred() !== NULL) return NULL;
      return (fn as (a: Borrowed, n: number) => Owned | Null)(self, n);
    }
    case 'call':
      return (fn as (c: Borrowed, a: number, n: number, k: Borrowed | Null) => Owned | Null)(self, args, nargs, kwnames);
    case 'init': {
      const r = (fn as (c: Borrowed, a: number, n: number, k: Borrowed | Null) => number)(self, args, nargs, kwnames);
      return r < 0 ? NULL : noneNew();
    }
    case 'descrGet': {
      if (!checkArgs(def, nargs, kwnames, 1, 2)) return NULL;
      let obj: Borrowed | Null = argAt(args, 0);
      let type: Borrowed | Null = nargs > 1 ? argAt(args, 1) : NULL;
      if (obj === Py_None) obj = NULL;
      if (type === Py_None) type = NULL;
      if (type === NULL && obj === NULL) return errSetString(TypeError, '__get__(None, None) is invalid');
      return (fn as (a: Borrowed, b: Borrowed | Null, c: Borrowed | Null) => Owned | Null)(self, obj, type);
    }
    case 'del': {
      if (!checkArgs(def, nargs, kwnames, 0, 0)) return NULL;
      (fn as (o: Borrowed) => void)(self);
      return errOccurred() !== NULL ? NULL : noneNew();
    }
    case 'none':
      return errSetString(TypeError, `${def.name} has no wrapper`);
  }
}

/** The TypeError of a non-str attribute name (PyObject_GenericGetAttr/SetAttr). */
function attrNameError(name: Borrowed): Null {
  return errSetString(TypeError, `attribute name must be string, not '${typeNameOf(name)}'`);
}

/**
 * hackcheck: object.__setattr__(int, ...) must not bypass type.__setattr__ (which protects builtin
 * types, whose dicts are in the static region): the wrapped setattro must be the one of self's
 * nearest builtin type.
 */
function hackcheck(self: Borrowed, fn: unknown, name: string): boolean {
  let t = typeOf(self) as number;
  while ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) t = i32[(t + TP_BASE) >> 2];
  const own = typeSlotsOf(t as Borrowed).setattro;
  if (own === fn || own === null) return true;
  errSetString(TypeError, `can't apply this ${name} to ${typeName(t as Borrowed)} object`);
  return false;
}

function stopIteration(): Null {
  return errSetString(StopIteration, '');
}

function wrapperSelfCheck(descr: Borrowed, self: Borrowed): boolean {
  const t = i32[(descr + WD_TYPE) >> 2] as Borrowed;
  if (typeCheck(self, t)) return true;
  errSetString(TypeError,
    `descriptor '${slotdefs[i32[(descr + WD_SLOTDEF) >> 2]].name}' requires a '${typeName(t)}' object but received a '${typeNameOf(self)}'`);
  return false;
}

/** Calling a slot wrapper from the class: `int.__add__(1, 2)`. */
function wrapperDescrCall(descr: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const def = slotdefs[i32[(descr + WD_SLOTDEF) >> 2]];
  const t = i32[(descr + WD_TYPE) >> 2] as Borrowed;
  if (nargs < 1) return errSetString(TypeError, `descriptor '${def.name}' of '${typeName(t)}' object needs an argument`);
  const self = argAt(args, 0);
  if (!wrapperSelfCheck(descr, self)) return NULL;
  return wrapperCall(def, typeSlotsOf(t)[def.slot], self, args + 4, nargs - 1, kwnames);
}

function wrapperDescrGet(descr: Borrowed, obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  if (obj === NULL) return newRef(descr);
  const t = i32[(descr + WD_TYPE) >> 2] as Borrowed;
  if (!typeCheck(obj, t)) {
    return errSetString(TypeError,
      `descriptor '${slotdefs[i32[(descr + WD_SLOTDEF) >> 2]].name}' for '${typeName(t)}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
  }
  const m = objectGCNew(methodWrapperType, METHODWRAPPER_SIZE);
  if (m === NULL) return NULL;
  i32[(m + MW_DESCR) >> 2] = newRef(descr);
  i32[(m + MW_SELF) >> 2] = newRef(obj);
  return m;
}

function wrapperDescrRepr(o: Borrowed): Owned | Null {
  return strFromJS(`<slot wrapper '${slotdefs[i32[(o + WD_SLOTDEF) >> 2]].name}' of '${typeName(i32[(o + WD_TYPE) >> 2] as Borrowed)}' objects>`);
}

function wrapperDescrDealloc(o: Owned): void {
  decref(i32[(o + WD_TYPE) >> 2] as Borrowed);
  objectGCFree(o);
}

function wrapperDescrTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  return visit(i32[(o + WD_TYPE) >> 2] as Borrowed, arg);
}

function methodWrapperCall(m: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const descr = i32[(m + MW_DESCR) >> 2] as Borrowed;
  const def = slotdefs[i32[(descr + WD_SLOTDEF) >> 2]];
  const t = i32[(descr + WD_TYPE) >> 2] as Borrowed;
  return wrapperCall(def, typeSlotsOf(t)[def.slot], i32[(m + MW_SELF) >> 2] as Borrowed, args, nargs, kwnames);
}

function methodWrapperRepr(m: Borrowed): Owned | Null {
  const descr = i32[(m + MW_DESCR) >> 2] as Borrowed;
  const self = i32[(m + MW_SELF) >> 2] as Borrowed;
  return strFromJS(`<method-wrapper '${slotdefs[i32[(descr + WD_SLOTDEF) >> 2]].name}' of ${typeNameOf(self)} object at ${pointerText(self)}>`);
}

function methodWrapperDealloc(m: Owned): void {
  decref(i32[(m + MW_DESCR) >> 2] as Borrowed);
  decref(i32[(m + MW_SELF) >> 2] as Borrowed);
  objectGCFree(m);
}

function methodWrapperTraverse(m: Borrowed, visit: VisitProc, arg: unknown): number {
  const r = visit(i32[(m + MW_DESCR) >> 2] as Borrowed, arg);
  return r !== 0 ? r : visit(i32[(m + MW_SELF) >> 2] as Borrowed, arg);
}

function methodWrapperRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if ((op !== Py_EQ && op !== Py_NE) || typeOf(b) !== methodWrapperType) return notImplemented();
  const eq = i32[(a + MW_DESCR) >> 2] === i32[(b + MW_DESCR) >> 2] && i32[(a + MW_SELF) >> 2] === i32[(b + MW_SELF) >> 2];
  return boolNew(op === Py_EQ ? eq : !eq);
}

/** The `__new__` of a static type: a builtin method bound to the type (tp_new_wrapper). */
export const slotTpNewWrapperDef: MethodDef = {
  name: '__new__',
  fn: tpNewWrapper,
  doc: 'Create and return a new object.  See help(type) for accurate signature.',
};

function tpNewWrapper(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const type = self as Borrowed;
  const tn = typeName(type);
  if (nargs < 1) return errSetString(TypeError, `${tn}.__new__(): not enough arguments`);
  const sub = argAt(args, 0);
  if (!isType(sub)) return errSetString(TypeError, `${tn}.__new__(X): X is not a type object (${typeNameOf(sub)})`);
  if (!typeIsSubtype(sub, type)) {
    return errSetString(TypeError, `${tn}.__new__(${typeName(sub)}): ${typeName(sub)} is not a subtype of ${tn}`);
  }
  let staticbase: Borrowed | Null = sub;
  while (staticbase !== NULL && typeSlotsOf(staticbase).new === slotTpNew) staticbase = typeBase(staticbase);
  if (staticbase !== NULL && typeSlotsOf(staticbase).new !== typeSlotsOf(type).new) {
    return errSetString(TypeError, `${tn}.__new__(${typeName(sub)}) is not safe, use ${typeName(staticbase)}.__new__()`);
  }
  return typeSlotsOf(type).new!(sub, args + 4, nargs - 1, kwnames);
}

// Looking up and calling dunders on the instance's type (lookup_maybe_method / vectorcall_method).

/** Set by lookupMethod: the result must be called with self prepended. */
let lookupUnbound = false;

/** lookup_maybe_method: the dunder on type(self), bound unless it is a method descriptor; NULL (no error) when missing. */
function lookupMethod(self: Borrowed, name: Borrowed): Owned | Null {
  lookupUnbound = false;
  const res = typeLookup(typeOf(self), name);
  if (res === NULL) return NULL;
  if ((i32[(typeOf(res) + TP_FLAGS) >> 2] & Py_TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
    lookupUnbound = true;
    return newRef(res);
  }
  const g = slotsOf(res).descrGet;
  if (g === null) return newRef(res);
  const bound = g(res, self, typeOf(self));
  // __get__ may run dunders of its own (which set the flag): what it returned is already bound.
  lookupUnbound = false;
  return bound;
}

/** Calls the dunder `name` of self's type with `n` extra arguments; `missing` decides what a missing dunder gives. */
function callDunder(self: Borrowed, name: string, n: number, a: Borrowed | Null, b: Borrowed | Null, missing: 'attr' | 'notimpl' | 'null'): Owned | Null {
  const f = lookupMethod(self, strInternImmortal(name));
  if (f === NULL) {
    if (errOccurred() !== NULL) return NULL;
    if (missing === 'notimpl') return notImplemented();
    if (missing === 'attr') return errSetString(AttributeError, name);
    return NULL;
  }
  const r = lookupUnbound ? objectCallArgs(f, n + 1, self, a, b) : objectCallArgs(f, n, a, b);
  decref(f);
  return r;
}

// slot_* functions: a class's native slots calling its Python dunders.

// slot_tp_repr / slot_tp_str return what the dunder returns: PyObject_Repr / PyObject_Str check it.
function slotTpRepr(o: Borrowed): Owned | Null {
  return callDunder(o, '__repr__', 0, NULL, NULL, 'attr');
}

function slotTpStr(o: Borrowed): Owned | Null {
  return callDunder(o, '__str__', 0, NULL, NULL, 'attr');
}

function slotTpHash(o: Borrowed): number {
  const r = callDunder(o, '__hash__', 0, NULL, NULL, 'attr');
  if (r === NULL) { H64[0] = -1; H64[1] = -1; return -1; }
  if (!isInt(r)) {
    decref(r);
    errSetString(TypeError, '__hash__ method should return an integer');
    H64[0] = -1; H64[1] = -1;
    return -1;
  }
  let v = intToBigInt(r);
  decref(r);
  if (v >= -(1n << 63n) && v < (1n << 63n)) {
    if (v === -1n) v = -2n;
    H64[0] = Number(BigInt.asIntN(32, v));
    H64[1] = Number(BigInt.asIntN(32, v >> 32n));
    return H64[0];
  }
  // Out of the Py_ssize_t range: the int's own hash.
  const big = intFromBigInt(v);
  if (big === NULL) { H64[0] = -1; H64[1] = -1; return -1; }
  const lo = typeSlotsOf(intType).hash!(big);
  decref(big);
  return lo;
}

const richNames = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function slotTpRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  return callDunder(a, richNames[op], 1, b, NULL, 'notimpl');
}

function slotNbBool(o: Borrowed): number {
  let viaLen = false;
  let f = lookupMethod(o, strInternImmortal('__bool__'));
  if (f === NULL) {
    if (errOccurred() !== NULL) return -1;
    f = lookupMethod(o, strInternImmortal('__len__'));
    if (f === NULL) return errOccurred() !== NULL ? -1 : 1;
    viaLen = true;
  }
  const r = lookupUnbound ? objectCallArgs(f, 1, o) : objectCallArgs(f, 0);
  decref(f);
  if (r === NULL) return -1;
  if (viaLen) {
    const n = lenResult(r);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  if (r === Py_True) { decref(r); return 1; }
  if (r === Py_False) { decref(r); return 0; }
  errSetString(TypeError, `__bool__ should return bool, returned ${typeNameOf(r)}`);
  decref(r);
  return -1;
}

/** Converts a __len__ result (stolen) to a length: index conversion, >= 0. */
function lenResult(r: Owned): number {
  const n = indexArg(r);
  decref(r);
  if (n === -1 && errOccurred() !== NULL) return -1;
  if (n < 0) {
    errSetString(ValueError, '__len__() should return >= 0');
    return -1;
  }
  return n;
}

function slotSqLength(o: Borrowed): number {
  const r = callDunder(o, '__len__', 0, NULL, NULL, 'attr');
  if (r === NULL) return -1;
  return lenResult(r);
}

function slotMpSubscript(o: Borrowed, key: Borrowed): Owned | Null {
  return callDunder(o, '__getitem__', 1, key, NULL, 'attr');
}

function slotMpAssSubscript(o: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  const r = value === NULL
    ? callDunder(o, '__delitem__', 1, key, NULL, 'attr')
    : callDunder(o, '__setitem__', 2, key, value, 'attr');
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

function slotSqContains(o: Borrowed, v: Borrowed): number {
  const f = typeLookup(typeOf(o), strInternImmortal('__contains__'));
  if (f === Py_None) {
    errSetString(TypeError, `'${typeNameOf(o)}' object is not a container`);
    return -1;
  }
  const r = callDunder(o, '__contains__', 1, v, NULL, 'attr');
  if (r === NULL) return -1;
  const t = objectIsTrue(r);
  decref(r);
  return t;
}

function slotTpIter(o: Borrowed): Owned | Null {
  const f = typeLookup(typeOf(o), strInternImmortal('__iter__'));
  if (f === Py_None) return errSetString(TypeError, `'${typeNameOf(o)}' object is not iterable`);
  return callDunder(o, '__iter__', 0, NULL, NULL, 'attr');
}

/** slot_tp_iternext: a StopIteration raised by __next__ stays set (PyIter_Next's callers clear it; next() and yield from keep its value). */
function slotTpIternext(o: Borrowed): Owned | Null {
  return callDunder(o, '__next__', 0, NULL, NULL, 'attr');
}

function slotTpCall(o: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const f = lookupMethod(o, strInternImmortal('__call__'));
  if (f === NULL) {
    if (errOccurred() !== NULL) return NULL;
    return errSetString(TypeError, `'${typeNameOf(o)}' object is not callable`);
  }
  const r = lookupUnbound ? objectCallPrepend(f, o, args, nargs, kwnames) : objectVectorcall(f, args, nargs, kwnames);
  decref(f);
  return r;
}

export function slotTpInit(o: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  const f = lookupMethod(o, strInternImmortal('__init__'));
  if (f === NULL) {
    if (errOccurred() === NULL) errSetString(AttributeError, '__init__');
    return -1;
  }
  const r = lookupUnbound ? objectCallPrepend(f, o, args, nargs, kwnames) : objectVectorcall(f, args, nargs, kwnames);
  decref(f);
  if (r === NULL) return -1;
  if (r !== Py_None) {
    errSetString(TypeError, `__init__() should return None, not '${typeNameOf(r)}'`);
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

/** slot_tp_new: type.__new__ looked up on the class (a staticmethod unwrapped), called as __new__(type, *args). */
function slotTpNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const f = objectGetAttr(type, strInternImmortal('__new__'));
  if (f === NULL) return NULL;
  const r = objectCallPrepend(f, type, args, nargs, kwnames);
  decref(f);
  return r;
}

/** slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError. */
function slotTpGetattrHook(o: Borrowed, name: Borrowed): Owned | Null {
  const tp = typeOf(o);
  const getattr = typeLookup(tp, strInternImmortal('__getattr__'));
  const getattribute = typeLookup(tp, strInternImmortal('__getattribute__'));
  let r: Owned | Null;
  if (getattribute === NULL || (typeOf(getattribute) === wrapperDescriptorType
    && typeSlotsOf(i32[(getattribute + WD_TYPE) >> 2] as Borrowed).getattro === objectGenericGetAttr)) {
    r = objectGenericGetAttr(o, name);
  } else {
    r = callDunder(o, '__getattribute__', 1, name, NULL, 'attr');
  }
  if (r !== NULL || getattr === NULL || !errExceptionMatches(AttributeError)) return r;
  errClear();
  return callDunder(o, '__getattr__', 1, name, NULL, 'attr');
}

function slotTpSetattro(o: Borrowed, name: Borrowed, value: Borrowed | Null): number {
  const r = value === NULL
    ? callDunder(o, '__delattr__', 1, name, NULL, 'attr')
    : callDunder(o, '__setattr__', 2, name, value, 'attr');
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

function slotTpDescrGet(self: Borrowed, obj: Borrowed | Null, type: Borrowed | Null): Owned | Null {
  return callDunder(self, '__get__', 2, obj === NULL ? Py_None : obj, type === NULL ? Py_None : type, 'attr');
}

function slotTpDescrSet(self: Borrowed, obj: Borrowed, value: Borrowed | Null): number {
  const r = value === NULL
    ? callDunder(self, '__delete__', 1, obj, NULL, 'attr')
    : callDunder(self, '__set__', 2, obj, value, 'attr');
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

/**
 * PyObject_CallFinalizerFromDealloc for __del__: runs the finalizer with the object temporarily alive;
 * returns 0 to go on freeing it, -1 when __del__ resurrected it (a new reference survived).
 */
export function slotCallFinalizer(o: Owned): number {
  const gc = (i32[(typeOf(o) + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0;
  if (gc && objectIsFinalized(o)) return 0;
  i32[o >> 2] = 1;
  slotTpFinalize(o);
  if (gc) objectSetFinalized(o);
  const c = i32[o >> 2] - 1;
  i32[o >> 2] = c;
  return c === 0 ? 0 : -1;
}

/** slot_tp_finalize: calls __del__ on a live object; an error is reported as unraisable (the cycle collector calls it too). */
function slotTpFinalize(o: Borrowed): void {
  const saved = errFetch();
  const f = lookupMethod(o, strInternImmortal('__del__'));
  if (f !== NULL) {
    const r = lookupUnbound ? objectCallArgs(f, 1, o) : objectCallArgs(f, 0);
    if (r === NULL) {
      // CPython reports the function itself (lookup_maybe_method leaves a plain function unbound).
      const raw = typeLookup(typeOf(o), strInternImmortal('__del__'));
      typeWriteUnraisable(raw !== NULL && isFunctionObject(raw) ? raw : f, 'Exception ignored in');
    } else decref(r);
    decref(f);
  } else if (errOccurred() !== NULL) {
    typeWriteUnraisable(o, 'Exception ignored in');
  }
  errSetRaised(saved);
}

function isFunctionObject(o: Borrowed): boolean {
  return typeNameOf(o) === 'function';
}

function methodIsOverloaded(left: Borrowed, right: Borrowed, name: string): boolean {
  const n = strInternImmortal(name);
  const a = typeLookup(right, n);
  if (a === NULL) return false;
  const b = typeLookup(left, n);
  return a !== b;
}

const binarySlotFns = new Map<SlotKey, (a: Borrowed, b: Borrowed) => Owned | Null>();

/** SLOT1BINFULL: the binary number slot of a class (left operand's __op__, reflected __rop__). */
function makeBinarySlot(key: SlotKey, lname: string, rname: string, installed?: () => unknown): (a: Borrowed, b: Borrowed) => Owned | Null {
  const fn = (self: Borrowed, other: Borrowed): Owned | Null => {
    const ts = typeOf(self), to = typeOf(other);
    const mine = installed !== undefined ? installed() : fn;
    let doOther = ts !== to && (typeSlotsOf(to) as unknown as Record<string, unknown>)[key] === mine;
    if ((typeSlotsOf(ts) as unknown as Record<string, unknown>)[key] === mine) {
      if (doOther && typeIsSubtype(to, ts) && methodIsOverloaded(ts, to, rname)) {
        const r = callDunder(other, rname, 1, self, NULL, 'notimpl');
        if (r !== Py_NotImplemented) return r;
        decref(Py_NotImplemented);
        doOther = false;
      }
      const r = callDunder(self, lname, 1, other, NULL, 'notimpl');
      if (r !== Py_NotImplemented || to === ts) return r;
      decref(Py_NotImplemented);
    }
    if (doOther) return callDunder(other, rname, 1, self, NULL, 'notimpl');
    return notImplemented();
  };
  binarySlotFns.set(key, fn);
  return fn;
}

/** slot_nb_power: binary form when the modulus is None, else __pow__(self, other, mod). */
function slotNbPower(self: Borrowed, other: Borrowed, mod: Borrowed): Owned | Null {
  if (mod === Py_None) return powBinary(self, other);
  if (typeSlotsOf(typeOf(self)).pow === slotNbPower) return callDunder(self, '__pow__', 2, other, mod, 'notimpl');
  return notImplemented();
}

const powBinary = makeBinarySlot('pow', '__pow__', '__rpow__', () => slotNbPower);

function makeInplaceSlot(name: string): (a: Borrowed, b: Borrowed) => Owned | Null {
  return (self, other) => callDunder(self, name, 1, other, NULL, 'notimpl');
}

function slotNbInplacePower(self: Borrowed, other: Borrowed, _mod: Borrowed): Owned | Null {
  return callDunder(self, '__ipow__', 1, other, NULL, 'notimpl');
}

function makeUnarySlot(name: string, check?: (r: Owned) => Owned | Null): (o: Borrowed) => Owned | Null {
  return (o) => {
    const r = callDunder(o, name, 0, NULL, NULL, 'attr');
    return r === NULL || check === undefined ? r : check(r);
  };
}

function checkInt(what: string): (r: Owned) => Owned | Null {
  return (r) => {
    if (isInt(r)) return r;
    errSetString(TypeError, `${what} returned non-int (type ${typeNameOf(r)})`);
    decref(r);
    return NULL;
  };
}

/** The generic slot_* function of each slot (NULL: a class never gets this slot from a Python dunder). */
const heapSlotFns: Partial<Record<SlotKey, unknown>> = {
  getattro: slotTpGetattrHook, setattro: slotTpSetattro, repr: slotTpRepr, hash: slotTpHash, call: slotTpCall,
  str: slotTpStr, richcompare: slotTpRichCompare, iter: slotTpIter, iternext: slotTpIternext,
  descrGet: slotTpDescrGet, descrSet: slotTpDescrSet, init: slotTpInit, new: slotTpNew, finalize: slotTpFinalize,
  add: makeBinarySlot('add', '__add__', '__radd__'), sub: makeBinarySlot('sub', '__sub__', '__rsub__'),
  mul: makeBinarySlot('mul', '__mul__', '__rmul__'), mod: makeBinarySlot('mod', '__mod__', '__rmod__'),
  divmod: makeBinarySlot('divmod', '__divmod__', '__rdivmod__'), pow: slotNbPower,
  neg: makeUnarySlot('__neg__'), pos: makeUnarySlot('__pos__'), abs: makeUnarySlot('__abs__'), bool: slotNbBool,
  invert: makeUnarySlot('__invert__'),
  lshift: makeBinarySlot('lshift', '__lshift__', '__rlshift__'), rshift: makeBinarySlot('rshift', '__rshift__', '__rrshift__'),
  and: makeBinarySlot('and', '__and__', '__rand__'), xor: makeBinarySlot('xor', '__xor__', '__rxor__'),
  or: makeBinarySlot('or', '__or__', '__ror__'),
  int: makeUnarySlot('__int__', checkInt('__int__')), float: makeUnarySlot('__float__'), // PyNumber_Float checks the result (its message names the type)
  inplaceAdd: makeInplaceSlot('__iadd__'), inplaceSub: makeInplaceSlot('__isub__'), inplaceMul: makeInplaceSlot('__imul__'),
  inplaceMod: makeInplaceSlot('__imod__'), inplacePow: slotNbInplacePower, inplaceLshift: makeInplaceSlot('__ilshift__'),
  inplaceRshift: makeInplaceSlot('__irshift__'), inplaceAnd: makeInplaceSlot('__iand__'), inplaceXor: makeInplaceSlot('__ixor__'),
  inplaceOr: makeInplaceSlot('__ior__'),
  floordiv: makeBinarySlot('floordiv', '__floordiv__', '__rfloordiv__'),
  truediv: makeBinarySlot('truediv', '__truediv__', '__rtruediv__'),
  inplaceFloordiv: makeInplaceSlot('__ifloordiv__'), inplaceTruediv: makeInplaceSlot('__itruediv__'),
  index: makeUnarySlot('__index__', checkInt('__index__')),
  matmul: makeBinarySlot('matmul', '__matmul__', '__rmatmul__'), inplaceMatmul: makeInplaceSlot('__imatmul__'),
  length: slotSqLength, getitem: slotMpSubscript, setitem: slotMpAssSubscript, contains: slotSqContains,
};

/** update_one_slot: which function belongs in slot `key` of class `t`, from the dunders on its MRO. */
function computeSlot(t: Borrowed, key: SlotKey): unknown {
  const group = slotGroups.get(key)!;
  let found = false, generic = false;
  let specific: unknown = undefined;
  for (const i of group) {
    const def = slotdefs[i];
    const descr = typeLookup(t, strInternImmortal(def.name));
    if (descr === NULL) continue;
    found = true;
    const dt = typeOf(descr);
    let nat: unknown = undefined;
    if (dt === wrapperDescriptorType) {
      const wdef = slotdefs[i32[(descr + WD_SLOTDEF) >> 2]];
      if (wdef.slot === key) nat = typeSlotsOf(i32[(descr + WD_TYPE) >> 2] as Borrowed)[key];
    } else if (key === 'hash' && descr === Py_None) {
      nat = objectHashNotImplemented;
    } else if (key === 'new' && dt === cfunctionType && cfunctionDef(descr) === slotTpNewWrapperDef) {
      nat = typeSlotsOf(cfunctionSelfBorrow(descr) as Borrowed).new;
    } else if (dt === methodDescriptorType && ((methodDefs[i32[(descr + D_DEF) >> 2]].flags ?? 0) & METH_COEXIST) !== 0) {
      // A METH_COEXIST method stands for its type's slot (CPython would call it through the generic slot).
      nat = typeSlotsOf(i32[(descr + D_TYPE) >> 2] as Borrowed)[key];
    }
    if (nat === undefined) { generic = true; continue; }
    if (specific === undefined) specific = nat;
    else if (specific !== nat) generic = true;
  }
  if (!found) return null;
  if (generic) return heapSlotFns[key] ?? null;
  return specific ?? null;
}

/** fixup_slot_dispatchers: fills every dunder-backed slot of a new class. */
export function typeFixupSlots(t: Borrowed): void {
  const s = typeSlotsOf(t) as unknown as Record<string, unknown>;
  for (const key of slotGroups.keys()) s[key] = computeSlot(t, key);
  if (s.getattro === null) s.getattro = objectGenericGetAttr;
  if (s.setattro === null) s.setattro = objectGenericSetAttr;
  // object_new / object_init are found through object.__new__/__init__; a class must stay instantiable.
  if (s.new === null) s.new = typeSlotsOf(typeBase(t) as Borrowed).new ?? objectNewSlot;
}

/** update_slot: `name` was assigned or deleted on class `t`; recompute its slots there and in subclasses. */
export function typeUpdateSlot(t: Borrowed, name: Borrowed): void {
  const keys = nameToSlots.get(strToJS(name));
  if (keys === undefined) return;
  const todo: Borrowed[] = [t];
  while (todo.length > 0) {
    const c = todo.pop()!;
    if ((i32[(c + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0) continue;
    const s = typeSlotsOf(c) as unknown as Record<string, unknown>;
    for (const key of keys) s[key] = computeSlot(c, key);
    if (s.getattro === null) s.getattro = objectGenericGetAttr;
    if (s.setattro === null) s.setattro = objectGenericSetAttr;
    for (const sub of typeSubclasses(c)) todo.push(sub);
  }
}

/** Creates wrapper_descriptor and method-wrapper (static phase). */
export function typeSlotsInitStatic(): void {
  wrapperDescriptorType = typeNewStatic({
    name: 'wrapper_descriptor',
    basicsize: WRAPPERDESCR_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR,
    slots: {
      dealloc: wrapperDescrDealloc, traverse: wrapperDescrTraverse, call: wrapperDescrCall,
      descrGet: wrapperDescrGet, repr: wrapperDescrRepr,
    },
  });
  methodWrapperType = typeNewStatic({
    name: 'method-wrapper',
    basicsize: METHODWRAPPER_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: methodWrapperDealloc, traverse: methodWrapperTraverse, call: methodWrapperCall,
      repr: methodWrapperRepr, richcompare: methodWrapperRichCompare, hash: objectHashDefault,
    },
  });
}

