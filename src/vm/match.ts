// Helpers for `match` statements and `except*`: MATCH_KEYS, MATCH_CLASS, the mapping/sequence tests,
// and the exception-group split of CHECK_EG_MATCH / INTRINSIC_PREP_RERAISE_STAR.
// Mirrors Python/ceval.c (match_keys, match_class, exception_group_match) and
// Objects/exceptions.c (_PyExc_PrepReraiseStar). Invariants: results are owned; NULL/-1 means an
// exception is set.

import { i32 } from '../heap/views.ts';
import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeOf, typeIsSubtype, typeFlags, typeNameOf, typeName,
  Py_TPFLAGS_TYPE_SUBCLASS,
  Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING, Py_TPFLAGS_MATCH_SELF, TP_FLAGS, TP_BASE, staticTypes,
} from '../objects/type.ts';
import { listType } from '../objects/list.ts';
import { tupleType } from '../objects/tuple.ts';
import { dictType } from '../objects/dict.ts';
import { rangeType } from '../objects/range.ts';
import { memoryviewType } from '../objects/memoryview.ts';
import { mappingproxyType } from '../objects/mappingproxy.ts';
import { boolType } from '../objects/bool.ts';
import { bytearrayType } from '../objects/bytearray.ts';
import { bytesType } from '../objects/bytes.ts';
import { floatType } from '../objects/float.ts';
import { setType, frozensetType } from '../objects/set.ts';
import { intType } from '../objects/int.ts';
import { strType } from '../objects/str.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from '../objects/errors.ts';
import { TypeError, AttributeError, exceptionTypes } from '../objects/exceptions.ts';
import { tupleNew, tupleSize, tupleGetItemBorrow, tupleSetItemSteal, isTuple } from '../objects/tuple.ts';
import { dictGetItemBorrow, isDict } from '../objects/dict.ts';
import { strToJS, strInternImmortal, isStr } from '../objects/str.ts';
import { Py_None } from '../objects/none.ts';
import { objectGetAttr, objectCallArgs, typeLookup } from '../objects/abstract.ts';
import { objectRichCompareBool } from '../objects/object.ts';
import { Py_EQ } from '../objects/type.ts';
import { EG_RESULT } from './eval.ts';
import { exceptionMatches } from './exc.ts';

/**
 * The pattern-matching flags of the builtin types, as CPython's type objects carry them: sequences
 * (list, tuple, range, memoryview; collections.deque sets its own) and mappings (dict, mappingproxy)
 * for MATCH_SEQUENCE / MATCH_MAPPING, and the types whose class pattern `T(x)` matches the subject
 * itself (_Py_TPFLAGS_MATCH_SELF). Subclasses inherit them (objects/type.ts typeNewImpl); abc.py sets
 * the collection flags of classes deriving from or registered with collections.abc's Sequence and
 * Mapping (`__abc_tpflags__`). Static phase only (type objects are sealed after it).
 */
export function patmaFlagsInitStatic(): void {
  for (const t of [listType, tupleType, rangeType, memoryviewType]) i32[(t + TP_FLAGS) >> 2] |= Py_TPFLAGS_SEQUENCE;
  for (const t of [dictType, mappingproxyType]) i32[(t + TP_FLAGS) >> 2] |= Py_TPFLAGS_MAPPING;
  for (const t of [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType]) {
    i32[(t + TP_FLAGS) >> 2] |= Py_TPFLAGS_MATCH_SELF;
  }
  // type_ready's inherit_patma_flags and inherit_special for the other static types (sys's struct
  // sequences are tuples): staticTypes is in creation order, a base before its subclasses.
  for (const t of staticTypes) {
    const base = i32[(t + TP_BASE) >> 2];
    if (base === 0) continue;
    const bf = i32[(base + TP_FLAGS) >> 2];
    let f = i32[(t + TP_FLAGS) >> 2] | (bf & Py_TPFLAGS_MATCH_SELF);
    if ((f & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING)) === 0) f |= bf & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING);
    i32[(t + TP_FLAGS) >> 2] = f;
  }
}

/** MATCH_MAPPING's test (the type's Py_TPFLAGS_MAPPING). */
export function isMappingForMatch(o: Borrowed): boolean {
  return (typeFlags(typeOf(o)) & Py_TPFLAGS_MAPPING) !== 0;
}

/** MATCH_SEQUENCE's test (the type's Py_TPFLAGS_SEQUENCE). */
export function isSequenceForMatch(o: Borrowed): boolean {
  return (typeFlags(typeOf(o)) & Py_TPFLAGS_SEQUENCE) !== 0;
}

/** MATCH_KEYS: a tuple of the values for `keys` in `map`, or None when one is missing. */
export function matchKeys(map: Borrowed, keys: Borrowed): Owned | Null {
  const n = tupleSize(keys);
  if (n === 0) return tupleNew(0);
  const values = tupleNew(n);
  if (values === NULL) return NULL;
  let get: Owned | Null = NULL;
  if (!isDict(map)) {
    get = objectGetAttr(map, strInternImmortal('get'));
    if (get === NULL) { decref(values); return NULL; }
  }
  for (let i = 0; i < n; i++) {
    const k = tupleGetItemBorrow(keys, i);
    for (let j = 0; j < i; j++) {
      const c = objectRichCompareBool(tupleGetItemBorrow(keys, j), k, Py_EQ);
      if (c < 0) { decref(values); if (get !== NULL) decref(get); return NULL; }
      if (c === 1) {
        decref(values);
        if (get !== NULL) decref(get);
        const r = objectReprJS(k);
        return errSetString(exceptionTypes.get('ValueError')!, `mapping pattern checks duplicate key (${r})`);
      }
    }
    let v: Owned | Null;
    if (get === NULL) {
      const b = dictGetItemBorrow(map, k);
      if (b === NULL) {
        decref(values);
        if (errOccurred() !== NULL) return NULL;
        incref(Py_None);
        return Py_None as Owned;
      }
      incref(b);
      v = b as Owned;
    } else {
      // map.get(key, dummy): a fresh sentinel tuple stands for "missing".
      const dummy = tupleNew(1);
      if (dummy === NULL) { decref(values); decref(get); return NULL; }
      incref(Py_None);
      tupleSetItemSteal(dummy, 0, Py_None as Owned);
      v = objectCallArgs(get, [k, dummy]);
      const missing = v === dummy;
      decref(dummy);
      if (v === NULL) { decref(values); decref(get); return NULL; }
      if (missing) {
        decref(v);
        decref(values);
        decref(get);
        incref(Py_None);
        return Py_None as Owned;
      }
    }
    tupleSetItemSteal(values, i, v);
  }
  if (get !== NULL) decref(get);
  return values;
}

import { objectRepr } from '../objects/object.ts';
function objectReprJS(o: Borrowed): string {
  const r = objectRepr(o);
  if (r === NULL) { errClear(); return '?'; }
  const s = strToJS(r);
  decref(r);
  return s;
}


/** MATCH_CLASS: a tuple of the matched attributes, or None when the subject doesn't match. */
export function matchClass(subject: Borrowed, cls: Borrowed, nargs: number, kwargs: Borrowed): Owned | Null {
  if ((typeFlags(typeOf(cls)) & Py_TPFLAGS_TYPE_SUBCLASS) === 0) {
    return errSetString(TypeError, 'called match pattern must be a class');
  }
  const st = typeOf(subject);
  if (!(st === cls || typeIsSubtype(st, cls))) {
    incref(Py_None);
    return Py_None as Owned;
  }
  const nkw = tupleSize(kwargs);
  const attrs: Owned[] = [];
  const seen: string[] = [];
  const fail = (): Null => { for (const a of attrs) decref(a); return NULL; };
  const getOne = (name: Borrowed): number => {
    const s = strToJS(name);
    if (seen.includes(s)) {
      errSetString(TypeError, `${typeName(cls)}() got multiple sub-patterns for attribute '${s}'`);
      return -1;
    }
    seen.push(s);
    const v = objectGetAttr(subject, name);
    if (v === NULL) {
      if (errExceptionMatches(AttributeError)) { errClear(); return 0; }
      return -1;
    }
    attrs.push(v);
    return 1;
  };
  if (nargs > 0) {
    const matchArgs = typeLookup(cls, strInternImmortal('__match_args__'));
    let matchSelf = false;
    let margs: Borrowed | Null = NULL;
    if (matchArgs !== NULL) {
      if (!isTuple(matchArgs)) return errSetString(TypeError, `${typeName(cls)}.__match_args__ must be a tuple (got ${typeNameOf(matchArgs)})`);
      margs = matchArgs;
    } else {
      matchSelf = (typeFlags(cls) & Py_TPFLAGS_MATCH_SELF) !== 0;
    }
    const allowed = matchSelf ? 1 : margs === NULL ? 0 : tupleSize(margs);
    if (allowed < nargs) {
      const plural = allowed === 1 ? '' : 's';
      return errSetString(TypeError, `${typeName(cls)}() accepts ${allowed} positional sub-pattern${plural} (${nargs} given)`);
    }
    if (matchSelf) {
      incref(subject);
      attrs.push(subject as Owned);
    } else {
      for (let i = 0; i < nargs; i++) {
        const name = tupleGetItemBorrow(margs as Borrowed, i);
        if (!isStr(name)) { fail(); return errSetString(TypeError, `__match_args__ elements must be strings (got ${typeNameOf(name)})`); }
        const r = getOne(name);
        if (r < 0) return fail();
        if (r === 0) { fail(); incref(Py_None); return Py_None as Owned; }
      }
    }
  }
  for (let i = 0; i < nkw; i++) {
    const r = getOne(tupleGetItemBorrow(kwargs, i));
    if (r < 0) return fail();
    if (r === 0) { fail(); incref(Py_None); return Py_None as Owned; }
  }
  const t = tupleNew(attrs.length);
  if (t === NULL) return fail();
  for (let i = 0; i < attrs.length; i++) tupleSetItemSteal(t, i, attrs[i]);
  return t;
}


/**
 * CHECK_EG_MATCH: splits `excValue` by `matchType`. Leaves (rest, match) in EG_RESULT (owned); match
 * is None when nothing matched. 0 / -1.
 */
export function exceptionGroupMatch(excValue: Borrowed, matchType: Borrowed): number {
  if (excValue === Py_None) {
    incref(Py_None); incref(Py_None);
    EG_RESULT[0] = Py_None; EG_RESULT[1] = Py_None;
    return 0;
  }
  if (exceptionMatches(excValue, matchType)) {
    // A naked exception matching: wrap it in an ExceptionGroup('', (exc,)).
    const eg = exceptionTypes.get('BaseExceptionGroup')!;
    if (typeOf(excValue) === eg || typeIsSubtype(typeOf(excValue), eg)) {
      incref(Py_None);
      incref(excValue);
      EG_RESULT[0] = Py_None;
      EG_RESULT[1] = excValue;
      return 0;
    }
    const wrapped = egWrapNaked(excValue);
    if (wrapped === NULL) return -1;
    incref(Py_None);
    EG_RESULT[0] = Py_None;
    EG_RESULT[1] = wrapped;
    return 0;
  }
  const eg = exceptionTypes.get('BaseExceptionGroup')!;
  if (typeOf(excValue) === eg || typeIsSubtype(typeOf(excValue), eg)) {
    const split = objectGetAttr(excValue, strInternImmortal('split'));
    if (split === NULL) return -1;
    const pair = objectCallArgs(split, [matchType]);
    decref(split);
    if (pair === NULL) return -1;
    if (!isTuple(pair) || tupleSize(pair) !== 2) {
      decref(pair);
      errSetString(TypeError, `X.split(T) must return a tuple, not ${typeNameOf(pair)}`);
      return -1;
    }
    const match = tupleGetItemBorrow(pair, 0), rest = tupleGetItemBorrow(pair, 1);
    incref(match); incref(rest);
    decref(pair);
    EG_RESULT[0] = rest;
    EG_RESULT[1] = match;
    return 0;
  }
  incref(excValue);
  incref(Py_None);
  EG_RESULT[0] = excValue;
  EG_RESULT[1] = Py_None;
  return 0;
}

/** INTRINSIC_PREP_RERAISE_STAR(orig, excs): what an except* block re-raises. */
export function prepReraiseStar(orig: Borrowed, excs: Borrowed): Owned | Null {
  const raised: Borrowed[] = [];
  for (let i = 0; i < listSize(excs); i++) raised.push(listGetItemBorrow(excs, i));
  return egPrepReraiseStar(orig, raised);
}

import { listSize, listGetItemBorrow } from '../objects/list.ts';
import { egWrapNaked, egPrepReraiseStar } from './excgroup.ts';
