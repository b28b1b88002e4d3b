// LOAD_ATTR / STORE_ATTR with their inline caches (the CO_GCACHE entry of the instruction: four ways
// of [type version tag, kind, hint]): CPython 3.12's LOAD_ATTR_WITH_HINT / LOAD_ATTR_METHOD_WITH_VALUES /
// LOAD_ATTR_METHOD_NO_DICT-like cases and STORE_ATTR_WITH_HINT, then the generic paths. Used by the eval
// loop and by the JIT's generated code (src/jit/). Entries are filled for types with the generic
// __getattribute__ (STORE_ATTR: heap types with the generic __setattr__ and an instance dict); the tag
// (unique per type, a fresh one whenever a heap class or an MRO dict changes; static types never
// change) guarantees what the type lookup found still holds, as for typeLookup's method cache.
// Invariants: the object operand is consumed (or becomes `self` of a method-form result); nothing
// allocates JS objects.

import { i32 } from '../heap/views.ts';
import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeOf, typeIsSubtype, slotsOf, typeNameOf, typeLookup as typeLookupCached, typeSlotsOf, TP_VERSION_TAG,
  TP_DICTOFFSET, TP_FLAGS, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_METHOD_DESCRIPTOR,
  instanceDictLacks,
} from '../objects/type.ts';
import { tstate, errSetString, errFetch, errSetRaised } from '../objects/errors.ts';
import { excMemberSet, excMemberGetBorrow } from './excattrs.ts';
import { AttributeError } from '../objects/exceptions.ts';
import {
  objectGetMethod, objectGetMethodUnbound, objectGenericGetAttr, objectGenericSetAttr,
  instanceDictNew,
} from '../objects/object.ts';
import { isStrExact, strToJS } from '../objects/str.ts';
import {
  dictSetItem, dictSize, dictStrIndex, dictHintValueBorrow, dictHintStoreSteal, dictStrStoreSteal,
} from '../objects/dict.ts';
import { functionType } from '../objects/function.ts';
import { methodDescriptorType } from '../objects/methodobject.ts';
import { memberDescriptorType, MD_OFFSET, MD_FLAGS, MEMBER_T_OBJECT } from '../objects/member.ts';
import { objectGetAttr, typeLookup } from '../objects/abstract.ts';

/** The first value of a method-form LOAD_ATTR (the unbound method, or NULL); the function returns the second. */
export const attrOut = new Int32Array(1);

/** The name is in the instance dict at entry index `hint`; the type has nothing of that name. */
export const ATTR_INSTANCE = 1;
/** Method form: a method descriptor on the type (hint: borrowed, kept alive by the type's MRO dicts). */
export const ATTR_METHOD = 2;
/** A class attribute without __get__ (hint: borrowed), not shadowed by the instance dict. */
const ATTR_CLASS = 3;
/** The type's attribute is something else (a descriptor with __get__...): take the generic path. */
const ATTR_GENERIC = 4;
/**
 * A __slots__ member (member descriptor, a data descriptor: the instance dict can't shadow it); hint:
 * its byte offset in the instance (LOAD_ATTR_SLOT / STORE_ATTR_SLOT). Plain form and stores only; an
 * unset slot takes the generic path, which raises.
 */
export const ATTR_SLOT = 5;

/** The way of the entry at word `cw0` that holds `tag`, or the last way (a miss unless it holds it). */
export function attrCacheWay(cw0: number, tag: number): number {
  if (i32[cw0] === tag) return cw0;
  if (i32[cw0 + 3] === tag) return cw0 + 3;
  if (i32[cw0 + 6] === tag) return cw0 + 6;
  return cw0 + 9;
}

/** Writes way 0 of the four-way entry at word `cw`; the other ways move down (the last is dropped). */
function attrCacheFill(cw: number, tag: number, kind: number, hint: number): void {
  if (i32[cw] !== tag) i32.copyWithin(cw + 3, cw, cw + 9);
  i32[cw] = tag;
  i32[cw + 1] = kind;
  i32[cw + 2] = hint;
}

/**
 * LOAD_ATTR's cache entry at word `cw` missed: fills it for `o`'s type and returns true when the
 * entry now hits for this very lookup (the caller re-runs the instruction); false leaves the generic
 * path to do the lookup (the entry marked ATTR_GENERIC when the type itself rules the cache out).
 */
function loadAttrSpecialize(cw: number, o: Borrowed, name: Borrowed, method: boolean): boolean {
  const tp = typeOf(o);
  const off = i32[(tp + TP_DICTOFFSET) >> 2];
  if (!isStrExact(name)) return false;
  const ga = typeSlotsOf(tp).getattro;
  let kind = ATTR_GENERIC, hint = 0;
  if (ga === null || ga === objectGenericGetAttr) {
    const descr = typeLookupCached(tp, name);
    const d = off === 0 ? 0 : i32[(o + off) >> 2];
    if (descr === NULL) {
      if (d === 0) return false;
      hint = dictStrIndex(d as Borrowed, name);
      if (hint < 0 || dictHintValueBorrow(d as Borrowed, name, hint) === NULL) return false;
      kind = ATTR_INSTANCE;
    } else {
      const dt = typeOf(descr);
      if (method && (i32[(dt + TP_FLAGS) >> 2] & Py_TPFLAGS_METHOD_DESCRIPTOR) !== 0) kind = ATTR_METHOD;
      else if (typeSlotsOf(dt).descrGet === null) kind = ATTR_CLASS;
      else if (!method && dt === memberDescriptorType && (i32[(descr + MD_FLAGS) >> 2] & MEMBER_T_OBJECT) === 0) { kind = ATTR_SLOT; hint = i32[(descr + MD_OFFSET) >> 2]; }
      if (kind === ATTR_METHOD || kind === ATTR_CLASS) {
        if (d !== 0 && dictStrIndex(d as Borrowed, name) !== -1) return false;
        hint = descr;
      }
    }
  }
  const tag = i32[(tp + TP_VERSION_TAG) >> 2];
  if (tag === 0) return false;
  attrCacheFill(cw, tag, kind, hint);
  return kind !== ATTR_GENERIC;
}

/**
 * STORE_ATTR's cache entry at word `cw` missed: true (entry filled) when `o`'s type has the generic
 * __setattr__, an instance dict, and no attribute of that name, i.e. the store goes to the dict.
 */
function storeAttrSpecialize(cw: number, o: Borrowed, name: Borrowed): boolean {
  const tp = typeOf(o);
  const off = i32[(tp + TP_DICTOFFSET) >> 2];
  if ((i32[(tp + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0 || !isStrExact(name)) return false;
  if (typeSlotsOf(tp).setattro !== objectGenericSetAttr) return false;
  const tag = i32[(tp + TP_VERSION_TAG) >> 2];
  if (tag === 0) return false;
  const descr = typeLookupCached(tp, name);
  if (descr !== NULL) {
    // A writable __slots__ member: the store goes to its offset (STORE_ATTR_SLOT).
    if (typeOf(descr) !== memberDescriptorType || i32[(descr + MD_FLAGS) >> 2] !== 0) return false;
    attrCacheFill(cw, tag, ATTR_SLOT, i32[(descr + MD_OFFSET) >> 2]);
    return true;
  }
  if (off === 0) return false;
  const d = i32[(o + off) >> 2];
  let ix = d === 0 ? -1 : dictStrIndex(d as Borrowed, name);
  if (ix < 0) ix = d === 0 ? 0 : dictSize(d as Borrowed); // where an insertion lands, without deletions
  attrCacheFill(cw, tag, ATTR_INSTANCE, ix);
  return true;
}


/**
 * LOAD_ATTR of `name` on `o` (owned by the caller's stack, consumed) with the cache entry at word
 * `cw0`. Plain form (method 0): the attribute. Method form (1, _PyObject_GetMethod): the second of the
 * two values the instruction pushes ([meth, self] when the attribute is a method descriptor found on
 * the type and not shadowed by the instance dict, else [NULL, attr]), the first in attrOut[0].
 * NULL with the exception set (o released).
 */
export function loadAttrSteal(cw0: number, o: Owned, name: Borrowed, method: number): Owned | Null {
  for (;;) {
    const tp = i32[(o + 4) >> 2];
    const tag = i32[(tp + TP_VERSION_TAG) >> 2];
    const cw = attrCacheWay(cw0, tag);
    const kind = i32[cw + 1];
    if (kind !== 0 && i32[cw] === tag) {
      if (kind === ATTR_SLOT) {
        const v = i32[(o + i32[cw + 2]) >> 2];
        if (v !== 0) {
          incref(v as Borrowed);
          attrOut[0] = 0;
          decref(o);
          return v as Owned;
        }
      } else if (kind !== ATTR_GENERIC) {
        const off = i32[(tp + TP_DICTOFFSET) >> 2];
        const d = off === 0 ? 0 : i32[(o + off) >> 2];
        let v = 0;
        if (kind === ATTR_INSTANCE) {
          if (d !== 0) {
            v = dictHintValueBorrow(d as Borrowed, name, i32[cw + 2]);
            if (v === 0) {
              // Another position in this instance's dict (or absent: the generic path raises).
              const ix = dictStrIndex(d as Borrowed, name);
              if (ix >= 0) {
                i32[cw + 2] = ix;
                v = dictHintValueBorrow(d as Borrowed, name, ix);
              }
            }
          }
        } else if (d === 0 || instanceDictLacks(tp, name) || dictStrIndex(d as Borrowed, name) === -1) {
          v = i32[cw + 2];
          if (kind === ATTR_METHOD) {
            incref(v as Borrowed);
            attrOut[0] = v;
            return o;
          }
        }
        if (v !== 0) {
          incref(v as Borrowed);
          attrOut[0] = 0;
          decref(o);
          return v as Owned;
        }
      }
    } else if (loadAttrSpecialize(cw0, o, name, method !== 0)) {
      // The entry now describes this very lookup: go again through it.
      continue;
    }
    break;
  }
  if (method !== 0) {
    let r: Owned | Null;
    if (slotsOf(o).getattro === null) {
      const d = typeLookupCached(typeOf(o), name);
      if (d !== NULL && (typeOf(d) === functionType || typeOf(d) === methodDescriptorType)) {
        incref(d);
        attrOut[0] = d;
        return o;
      }
      r = objectGetAttr(o, name);
    } else {
      r = objectGetMethod(o, name);
      if (r !== NULL && objectGetMethodUnbound) {
        attrOut[0] = r;
        return o;
      }
    }
    if (r === NULL) attributeErrorContext(o, name);
    decref(o);
    attrOut[0] = 0;
    return r;
  }
  const r = objectGetAttr(o, name);
  if (r === NULL) attributeErrorContext(o, name);
  decref(o);
  return r;
}

/** STORE_ATTR: `o.name = v` with the cache entry at word `cw0`; consumes o and v; -1 with the exception set. */
export function storeAttrSteal(cw0: number, o: Owned, name: Borrowed, v: Owned): number {
  const tp = i32[(o + 4) >> 2];
  const tag = i32[(tp + TP_VERSION_TAG) >> 2];
  let cw = attrCacheWay(cw0, tag);
  if ((i32[cw + 1] !== ATTR_INSTANCE && i32[cw + 1] !== ATTR_SLOT) || i32[cw] !== tag) cw = storeAttrSpecialize(cw0, o, name) ? cw0 : -1;
  if (cw >= 0 && i32[cw + 1] === ATTR_SLOT) {
    const p = o + i32[cw + 2];
    const old = i32[p >> 2];
    i32[p >> 2] = v;
    if (old !== 0) decref(old as Owned);
    decref(o);
    return 0;
  }
  if (cw >= 0) {
    // The type has no attribute of that name and the generic __setattr__: the store is
    // `__dict__[name] = v` (STORE_ATTR_WITH_HINT, or an insertion at the hinted position).
    // A first store makes the dict here (objectGenericSetAttr's would, after the lookups the cache stands for).
    const p = o + i32[(tp + TP_DICTOFFSET) >> 2];
    const d = i32[p >> 2] !== 0 ? i32[p >> 2] : instanceDictNew(o, p, tp as Borrowed);
    if (d === 0) {
      decref(v);
      decref(o);
      return -1;
    }
    if (dictHintStoreSteal(d as Borrowed, name, i32[cw + 2], v)) {
      decref(o);
      return 0;
    }
    // The name's entry elsewhere, or an insertion: one probe of the all-str table (dictStrStoreSteal).
    let r = dictStrStoreSteal(d as Borrowed, name, v);
    if (r === 0) {
      r = dictSetItem(d as Borrowed, name, v);
      decref(v);
    }
    decref(o);
    return r < 0 ? -1 : 0;
  }
  const r = objectSetAttrVM(o, name, v);
  decref(v);
  decref(o);
  return r < 0 ? -1 : 0;
}

/** STORE_ATTR / DELETE_ATTR through tp_setattro (PyObject_SetAttr). */
export function objectSetAttrVM(o: Borrowed, name: Borrowed, v: Borrowed | Null): number {
  const f = slotsOf(o).setattro;
  if (f === null) {
    const has = typeLookup(typeOf(o), name) !== NULL;
    if (v === NULL || has) {
      errSetString(AttributeError, `'${typeNameOf(o)}' object attribute '${strToJS(name)}' is read-only`);
    } else {
      errSetString(AttributeError, `'${typeNameOf(o)}' object has no attribute '${strToJS(name)}'`);
    }
    return -1;
  }
  return f(o, name, v);
}

/** set_attribute_error_context: an AttributeError from LOAD_ATTR gets .name and .obj (for suggestions). */
function attributeErrorContext(o: Borrowed, name: Borrowed): void {
  const e = tstate.exc;
  if (e === NULL || !typeIsSubtype(typeOf(e), AttributeError) || excMemberGetBorrow(e, 'name') !== NULL) return;
  if (excMemberSet(e, 'name', name) < 0 || excMemberSet(e, 'obj', o) < 0) {
    // Out of memory while decorating: the AttributeError itself is what matters.
    const m = errFetch();
    if (m !== NULL) decref(m);
    errSetRaised(e);
  }
}
