// Struct sequences (time.struct_time, sys.flags, sys.float_info, ...): tuple subclasses whose items
// also have names. Mirrors Objects/structseq.c's observable behaviour: the visible fields are the
// tuple, extra fields are attributes only, and repr is `module.name(field=value, ...)`.
// Invariants: each type is a heap type made by calling type(name, (tuple,), ns) when its module is
// created (so it is freed with the module, as any class); values are given to instances, never shared.

import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeType, typeNameOf } from '../objects/type.ts';
import { strFromJS, strToJS, strInternImmortal } from '../objects/str.ts';
import { tupleType, tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, tuplePack, isTuple } from '../objects/tuple.ts';
import { dictNew, dictSetItem } from '../objects/dict.ts';
import { intFromNumber, intAsNumber } from '../objects/int.ts';
import { objectCallArgs, objectCallOneArg, objectGetAttr } from '../objects/abstract.ts';
import { objectSetAttr } from '../objects/object.ts';
import { objectRepr } from '../objects/object.ts';
import { cfunctionNew, argAt, methodDescriptorNew, type MethodDef } from '../objects/methodobject.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { staticTypes, typeSlotsOf } from '../objects/type.ts';

/** The getter of a visible field: self is the field's index (an int), the argument the instance. */
const fieldGetDef: MethodDef = {
  name: 'structseq_field',
  fn: (self, args, nargs) => {
    if (nargs !== 1) return errSetString(TypeError, 'structseq field getter takes one argument');
    const o = argAt(args, 0);
    const i = intAsNumber(self as Borrowed);
    if (!isTuple(o) || i >= tupleSize(o)) return errSetString(TypeError, 'bad struct sequence');
    const v = tupleGetItemBorrow(o, i);
    return (increfB(v), v as Owned);
  },
};
import { incref as increfB } from '../heap/refcount.ts';

function propertyType(): Borrowed {
  for (const t of staticTypes) if (typeSlotsOf(t).name === 'property') return t;
  return 0 as Borrowed;
}

/** repr: `name(f1=v1, f2=v2)` over the visible fields; the type's __structseq_repr_name__ gives name. */
const reprDef: MethodDef = {
  name: '__repr__',
  fn: (self) => {
    const o = self as Borrowed;
    const fieldsO = objectGetAttr(o, strInternImmortal('_fields'));
    const nameO = objectGetAttr(o, strInternImmortal('_structseq_name'));
    if (fieldsO === NULL || nameO === NULL) {
      if (fieldsO !== NULL) decref(fieldsO);
      if (nameO !== NULL) decref(nameO);
      return NULL;
    }
    const parts: string[] = [];
    const n = tupleSize(o);
    for (let i = 0; i < n && i < tupleSize(fieldsO); i++) {
      const r = objectRepr(tupleGetItemBorrow(o, i));
      if (r === NULL) { decref(fieldsO); decref(nameO); return NULL; }
      parts.push(`${strToJS(tupleGetItemBorrow(fieldsO, i))}=${strToJS(r)}`);
      decref(r);
    }
    const s = `${strToJS(nameO)}(${parts.join(', ')})`;
    decref(fieldsO); decref(nameO);
    return strFromJS(s);
  },
};

/** A new struct sequence type `module.name` with the given visible field names. Owned or NULL. */
export function structseqNewType(module: string, name: string, fields: readonly string[], doc = ''): Owned | Null {
  const ns = dictNew();
  if (ns === NULL) return NULL;
  let t: Owned | Null = NULL;
  fail: {
    const put = (k: string, v: Owned | Null): boolean => {
      if (v === NULL) return false;
      const r = dictSetItem(ns, strInternImmortal(k), v);
      decref(v);
      return r === 0;
    };
    if (!put('__module__', strFromJS(module)) || !put('__doc__', strFromJS(doc))) break fail;
    if (!put('n_sequence_fields', intFromNumber(fields.length)) || !put('n_fields', intFromNumber(fields.length)) ||
      !put('n_unnamed_fields', intFromNumber(0))) break fail;
    const ft = tupleNew(fields.length);
    if (ft === NULL) break fail;
    let ok = true;
    for (let i = 0; i < fields.length && ok; i++) {
      const s = strFromJS(fields[i]);
      if (s === NULL) ok = false; else tupleSetItemSteal(ft, i, s);
    }
    if (!ok || !put('_fields', ft)) break fail;
    if (!put('_structseq_name', strFromJS(`${module}.${name}`))) break fail;
    const prop = propertyType();
    for (let i = 0; i < fields.length; i++) {
      const idx = intFromNumber(i);
      if (idx === NULL) break fail;
      const getter = cfunctionNew(fieldGetDef, idx, NULL);
      decref(idx);
      if (getter === NULL) break fail;
      const p = objectCallOneArg(prop, getter);
      decref(getter);
      if (!put(fields[i], p)) break fail;
    }
    const nameO = strFromJS(name);
    if (nameO === NULL) break fail;
    const bases = tuplePack([tupleType]);
    if (bases === NULL) { decref(nameO); break fail; }
    t = objectCallArgs(typeType, [nameO, bases, ns]);
    decref(nameO); decref(bases);
    if (t === NULL) break fail;
    const rd = methodDescriptorNew(t, reprDef);
    if (rd === NULL) { decref(t); t = NULL; break fail; }
    const r = objectSetAttr(t, strInternImmortal('__repr__'), rd);
    decref(rd);
    if (r < 0) { decref(t); t = NULL; break fail; }
  }
  decref(ns);
  return t;
}

/** An instance of struct sequence type `t` from owned values (all consumed), plus attribute-only extras. */
export function structseqNew(t: Borrowed, values: (Owned | Null)[], extras: Array<[string, Owned | Null]> = []): Owned | Null {
  let bad = values.some((v) => v === NULL) || extras.some(([, v]) => v === NULL);
  const tup = bad ? NULL : tupleNew(values.length);
  if (tup === NULL) bad = true;
  if (bad) {
    for (const v of values) if (v !== NULL) decref(v);
    for (const [, v] of extras) if (v !== NULL) decref(v);
    if (tup !== NULL) decref(tup);
    return NULL;
  }
  for (let i = 0; i < values.length; i++) tupleSetItemSteal(tup as Owned, i, values[i] as Owned);
  const o = objectCallOneArg(t, tup as Owned);
  decref(tup as Owned);
  let ok = o !== NULL;
  for (const [k, v] of extras) {
    if (ok && objectSetAttr(o as Borrowed, strInternImmortal(k), v as Owned) < 0) ok = false;
    decref(v as Owned);
  }
  if (!ok) { if (o !== NULL) decref(o); return NULL; }
  return o;
}

void typeNameOf;
