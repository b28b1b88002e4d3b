// The bool type and its two instances, True and False.
// Mirrors Objects/boolobject.c: bool subclasses int, its instances have int layout (values 1 and 0),
// repr gives 'True'/'False', and & | ^ give a bool when both operands are bools (bool_and ...).
// Invariants: True and False are static immortals (never deallocated); bool cannot be subclassed.

import { i32, u32 } from '../heap/views.ts';
import { alloc } from '../heap/alloc.ts';
import { OB_TYPE, OB_SIZE } from '../heap/header.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic } from './type.ts';
import { staticDealloc } from './none.ts';
import { boolNew } from './object.ts';
import { strFromJS } from './str.ts';
import { genHooks } from './gen.ts';
import {
  intType, intAnd, intOr, intXor, INT_DIGITS, intAdd, intSub, intMul, intMod, intDivmod, intPow, intNeg, intPos,
  intAbs, intBool, intInvert, intLshift, intRshift, intInt, intFloat, intFloorDiv, intTrueDiv, type NumberSlots,
} from './int.ts';

export let boolType = 0 as Borrowed;
export let Py_True = 0 as Borrowed;
export let Py_False = 0 as Borrowed;

/** Creates the bool type and True/False (after intInitStatic). */
export function boolInitStatic(): void {
  boolType = typeNewStatic({
    name: 'bool',
    basicsize: INT_DIGITS,
    itemsize: 4,
    base: intType,
    slots: { dealloc: staticDealloc, repr: boolRepr, and: boolAnd, or: boolOr, xor: boolXor, invert: boolInvert },
  });
  const block = alloc(32);
  if (block === 0) throw new Error('static region: out of memory creating True and False');
  Py_False = block as Borrowed;
  Py_True = (block + 16) as Borrowed;
  for (const [o, v] of [[Py_False, 0], [Py_True, 1]] as const) {
    refcntInitStatic(o);
    i32[(o + OB_TYPE) >> 2] = boolType;
    i32[(o + OB_SIZE) >> 2] = v;
    u32[(o + INT_DIGITS) >> 2] = v;
  }
}

/** PyBool_Check (bool has no subclasses). */
export function isBool(o: Borrowed): boolean {
  return i32[(o + OB_TYPE) >> 2] === boolType;
}

/** bool.__repr__: 'True' or 'False'. */
export function boolRepr(o: Borrowed): Owned | Null {
  return strFromJS(o === Py_True ? 'True' : 'False');
}

/** bool.__and__: a bool when both are bools, else int.__and__. */
export function boolAnd(a: Borrowed, b: Borrowed): Owned | Null {
  if (isBool(a) && isBool(b)) return boolNew(a === Py_True && b === Py_True);
  return intAnd(a, b);
}

/** bool.__or__. */
export function boolOr(a: Borrowed, b: Borrowed): Owned | Null {
  if (isBool(a) && isBool(b)) return boolNew(a === Py_True || b === Py_True);
  return intOr(a, b);
}

/** bool.__xor__. */
export function boolXor(a: Borrowed, b: Borrowed): Owned | Null {
  if (isBool(a) && isBool(b)) return boolNew(a !== b);
  return intXor(a, b);
}

/**
 * bool.__invert__: int's, after 3.12's DeprecationWarning (bool_invert). Its own slot, so bool's dict
 * has its own __invert__ wrapper, as CPython's.
 */
export function boolInvert(v: Borrowed): Owned | Null {
  const warn = genHooks.warnDeprecated;
  if (warn !== null && warn(INVERT_DEPRECATED) < 0) return NULL;
  return intInvert(v);
}

const INVERT_DEPRECATED = "Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the " +
  'underlying int object and is usually not what you expect from negating a bool. Use the \'not\' operator for ' +
  'boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.';

/** bool's number slots: int's, with and/or/xor/invert replaced. */
// Only function declarations here: they are bound before int.ts runs, whatever the import order.
export const boolNumberSlots: NumberSlots = {
  add: intAdd, subtract: intSub, multiply: intMul, remainder: intMod, divmod: intDivmod, power: intPow,
  negative: intNeg, positive: intPos, absolute: intAbs, bool: intBool, invert: boolInvert,
  lshift: intLshift, rshift: intRshift, and: boolAnd, xor: boolXor, or: boolOr, int: intInt, float: intFloat,
  floorDivide: intFloorDiv, trueDivide: intTrueDiv, index: intInt,
};
