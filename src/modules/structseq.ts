// Struct sequences (sys.version_info, sys.flags, time.struct_time, os.stat_result ...): tuple subtypes
// whose fields are also read-only attributes (member descriptors), with hidden fields after the visible
// ones. Mirrors Objects/structseq.c of CPython 3.12: PyStructSequence_InitType2 (static types, made in
// the static phase: structseqNewStaticType) and PyStructSequence_NewType (heap types, made when their
// module is: structseqNewType), structseq_new, structseq_repr, structseq_reduce.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 ob_size = n_sequence_fields
//   +12 ob_item[0] ... ob_item[n_sequence_fields - 1]   the visible items (what tuple's slots see)
//   ... ob_item[n_fields - 1]                           the hidden fields (attributes only)
//
// Invariants: an instance owns all n_fields items, none NULL once built (structseqNew, __new__); the
// layout facts of a type (its counts and field names) are in `infos` at its TP_INDEX, written when the
// type is made and read only for instances of it. Types are not subclassable (no Py_TPFLAGS_BASETYPE).

import { i32 } from '../heap/views.ts';
import { decref, incref, newRef } from '../heap/refcount.ts';
import { OB_SIZE, TP_INDEX, GC_NEXT, gcUntrack } from '../heap/header.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeNewFromSpec, typeStaticDictExtras, typeOf, typeFlags, Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_DISALLOW_INSTANTIATION, type VisitProc, type TypeSlots,
} from '../objects/type.ts';
import { objectGCNew, objectGCFree, objectRepr, trashcanBegin, trashcanEnd } from '../objects/object.ts';
import { strFromJS, strToJS, strInternImmortal } from '../objects/str.ts';
import { tupleType, tupleNew, tupleSetItemSteal, TUPLE_ITEMS, TUPLE_BASICSIZE } from '../objects/tuple.ts';
import { dictNew, dictSetItem, dictGetItemBorrow, isDict } from '../objects/dict.ts';
import { intFromNumber } from '../objects/int.ts';
import { Py_None } from '../objects/none.ts';
import { sequenceFast, fastSize, parseArgs, PARSED } from '../objects/abstract.ts';
import { isTuple, tupleItemsAddr } from '../objects/tuple.ts';
import { listItemsAddr } from '../objects/list.ts';
import { memberDescriptorNew } from '../objects/member.ts';
import { typeAddMethods, type MethodDef } from '../objects/methodobject.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, SystemError } from '../objects/exceptions.ts';

/** One field: `name` null for an unnamed one (PyStructSequence_UnnamedField: visible, no attribute). */
export interface StructSeqField {
  name: string | null;
  doc?: string;
}

/** PyStructSequence_Desc. */
export interface StructSeqDesc {
  /** tp_name: 'module.name', or a bare name for types CPython gives no module ('UnraisableHookArgs'). */
  name: string;
  doc: string;
  fields: readonly StructSeqField[];
  /** n_sequence_fields: how many of the fields are the tuple's items. */
  nInSequence: number;
  /** Instances are made only natively (sys.version_info, sys.flags): tp_new NULL, as CPython clears it. */
  noNew?: boolean;
  /** Completes an instance __new__ made (os.stat_result's float times default to the int ones). */
  afterNew?: (o: Borrowed) => void;
}

/** What the slots need to know about a struct sequence type. */
interface StructSeqInfo {
  type: Borrowed;
  /** tp_name, for repr and messages. */
  name: string;
  nVisible: number;
  nReal: number;
  nUnnamed: number;
  /** The named fields' names in order (tp_members): index i - nUnnamed names hidden item i. */
  members: string[];
  afterNew: ((o: Borrowed) => void) | null;
}

/** Struct sequence types' facts, by TP_INDEX. */
const infos: (StructSeqInfo | undefined)[] = [];

function infoOf(t: Borrowed): StructSeqInfo {
  const info = infos[i32[(t + TP_INDEX) >> 2]];
  if (info === undefined || info.type !== t) throw new Error('structseq: not a struct sequence type');
  return info;
}

function infoNew(desc: StructSeqDesc): StructSeqInfo {
  const members: string[] = [];
  for (const f of desc.fields) if (f.name !== null) members.push(f.name);
  return {
    type: 0 as Borrowed, name: desc.name, nVisible: desc.nInSequence, nReal: desc.fields.length,
    nUnnamed: desc.fields.length - members.length, members, afterNew: desc.afterNew ?? null,
  };
}

// ---- Instances ----------------------------------------------------------------------------------------

/** PyStructSequence_New: an instance with every item NULL (to be filled), ob_size the visible count. */
function structseqAlloc(t: Borrowed, info: StructSeqInfo): Owned | Null {
  const o = objectGCNew(t, TUPLE_BASICSIZE + 4 * info.nReal);
  if (o === NULL) return NULL;
  i32[(o + OB_SIZE) >> 2] = info.nVisible;
  return o;
}

/**
 * An instance of struct sequence type `t` from owned values (all consumed), one per field, visible
 * ones first. NULL (with the exception of the failed value set) if any value is NULL.
 */
export function structseqNew(t: Borrowed, values: readonly (Owned | Null)[]): Owned | Null {
  const info = infoOf(t);
  if (values.length !== info.nReal) throw new Error(`structseqNew(${info.name}): ${values.length} values for ${info.nReal} fields`);
  let bad = false;
  for (const v of values) if (v === NULL) bad = true;
  const o = bad ? NULL : structseqAlloc(t, info);
  if (o === NULL) {
    for (const v of values) if (v !== NULL) decref(v);
    return NULL;
  }
  const k = (o + TUPLE_ITEMS) >> 2;
  for (let i = 0; i < values.length; i++) i32[k + i] = values[i];
  return o;
}

function structseqDealloc(o: Owned): void {
  // Untracked first, as structseq_dealloc does: a collection run by a finalizer below must not see it.
  if (i32[(o + GC_NEXT) >> 2] !== 0) gcUntrack(o);
  // The trashcan, as tuple's: a long chain of instances nested through their items is freed iteratively.
  if (!trashcanBegin(o, structseqDealloc)) return;
  const info = infoOf(typeOf(o));
  const k = (o + TUPLE_ITEMS) >> 2;
  for (let i = 0; i < info.nReal; i++) {
    const v = i32[k + i];
    if (v !== 0) decref(v as Owned);
  }
  objectGCFree(o); // drops the instance's reference to its type (a heap type)
  trashcanEnd();
}

/** structseq_traverse: the type when it is a heap type, then every item, the hidden ones included. */
function structseqTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const t = typeOf(o);
  if ((typeFlags(t) & Py_TPFLAGS_HEAPTYPE) !== 0) {
    const r = visit(t, arg);
    if (r !== 0) return r;
  }
  const info = infoOf(t);
  const k = (o + TUPLE_ITEMS) >> 2;
  for (let i = 0; i < info.nReal; i++) {
    const v = i32[k + i];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

/** structseq_repr: `tp_name(name=repr, ...)` over the visible items, named after tp_members in order. */
function structseqRepr(o: Borrowed): Owned | Null {
  const info = infoOf(typeOf(o));
  let s = `${info.name}(`;
  for (let i = 0; i < info.nVisible; i++) {
    const name = info.members[i];
    if (name === undefined) {
      return errSetString(SystemError, `In structseq_repr(), member ${i} name is NULL for type ${info.name}`);
    }
    const r = objectRepr(i32[(o + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed);
    if (r === NULL) return NULL;
    s += `${i > 0 ? ', ' : ''}${name}=${strToJS(r)}`;
    decref(r);
  }
  return strFromJS(s + ')');
}

const NEW_ARGS = ['sequence', 'dict'] as const;

/**
 * structseq.__new__(sequence, dict=<none>): the visible items and possibly some hidden ones from the
 * sequence, the other hidden ones from the dict by name (None when absent).
 */
function structseqNewSlot(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('structseq', args, nargs, kwnames, NEW_ARGS, 1)) return NULL;
  const arg = PARSED[0] as Borrowed, dict = PARSED[1] as Borrowed | Null;
  const info = infoOf(type);
  const seq = sequenceFast(arg, 'constructor requires a sequence');
  if (seq === NULL) return NULL;
  let res: Owned | Null = NULL;
  fail: {
    if (dict !== NULL && !isDict(dict)) {
      errSetString(TypeError, `${info.name}() takes a dict as second arg, if any`);
      break fail;
    }
    const len = fastSize(seq);
    const min = info.nVisible, max = info.nReal;
    if (len < min || len > max) {
      const bound = len < min ? min : max;
      errSetString(TypeError, min === max
        ? `${info.name}() takes a ${bound}-sequence (${len}-sequence given)`
        : `${info.name}() takes an ${len < min ? 'at least' : 'at most'} ${bound}-sequence (${len}-sequence given)`);
      break fail;
    }
    res = structseqAlloc(type, info);
    if (res === NULL) break fail;
    const src = (isTuple(seq) ? tupleItemsAddr(seq) : listItemsAddr(seq)) >> 2;
    const k = (res + TUPLE_ITEMS) >> 2;
    for (let i = 0; i < len; i++) {
      const v = i32[src + i] as Borrowed;
      incref(v);
      i32[k + i] = v;
    }
    for (let i = len; i < max; i++) {
      let v: Borrowed | Null = NULL;
      if (dict !== NULL) {
        v = dictGetItemBorrow(dict, strInternImmortal(info.members[i - info.nUnnamed]));
        if (v === NULL && errOccurred() !== NULL) { decref(res); res = NULL; break fail; }
      }
      if (v === NULL) v = Py_None;
      incref(v);
      i32[k + i] = v;
    }
    if (info.afterNew !== null) info.afterNew(res);
  }
  decref(seq);
  return res;
}

/** structseq_reduce: (type, (visible items as a tuple, {hidden field name: value})). */
function structseqReduce(self: Borrowed | Null, _args: number, nargs: number): Owned | Null {
  const o = self as Borrowed;
  const info = infoOf(typeOf(o));
  const qual = info.name.slice(info.name.lastIndexOf('.') + 1);
  if (nargs !== 0) return errSetString(TypeError, `${qual}.__reduce__() takes no arguments (${nargs} given)`);
  const tup = tupleNew(info.nVisible);
  if (tup === NULL) return NULL;
  const k = (o + TUPLE_ITEMS) >> 2;
  for (let i = 0; i < info.nVisible; i++) tupleSetItemSteal(tup, i, newRef(i32[k + i] as Borrowed));
  const d = dictNew();
  if (d === NULL) { decref(tup); return NULL; }
  for (let i = info.nVisible; i < info.nReal; i++) {
    if (dictSetItem(d, strInternImmortal(info.members[i - info.nUnnamed]), i32[k + i] as Borrowed) < 0) {
      decref(tup); decref(d); return NULL;
    }
  }
  const args = tupleNew(2);
  if (args === NULL) { decref(tup); decref(d); return NULL; }
  tupleSetItemSteal(args, 0, tup);
  tupleSetItemSteal(args, 1, d);
  const r = tupleNew(2);
  if (r === NULL) { decref(args); return NULL; }
  tupleSetItemSteal(r, 0, newRef(typeOf(o)));
  tupleSetItemSteal(r, 1, args);
  return r;
}

const reduceDef: MethodDef = { name: '__reduce__', fn: structseqReduce, doc: 'Return state information for pickling.' };

// ---- Types --------------------------------------------------------------------------------------------

function slotsFor(desc: StructSeqDesc): Partial<TypeSlots> {
  return {
    dealloc: structseqDealloc, traverse: structseqTraverse, repr: structseqRepr,
    new: desc.noNew === true ? null : structseqNewSlot,
  };
}

function basicsizeOf(desc: StructSeqDesc): number {
  // tuple's header plus the hidden items; the visible ones are the tuple's own items (itemsize 4).
  return TUPLE_BASICSIZE + 4 * (desc.fields.length - desc.nInSequence);
}

/**
 * The type's own dict entries after __new__, __repr__ and __reduce__, in CPython's order: a member
 * descriptor per named field, __doc__, (__module__,) n_sequence_fields, n_fields, n_unnamed_fields,
 * __match_args__. `isStatic`: the strs made here are made static (the static phase).
 */
function dictEntries(t: Borrowed, desc: StructSeqDesc, info: StructSeqInfo, isStatic: boolean): Array<[string, Owned | Null]> | null {
  const str = (s: string): Owned | Null => {
    const o = strFromJS(s);
    if (o !== NULL && isStatic) refcntInitStatic(o);
    return o;
  };
  const out: Array<[string, Owned | Null]> = [];
  const fail = (): null => { for (const [, v] of out) if (v !== NULL) decref(v); return null; };
  for (let i = 0; i < desc.fields.length; i++) {
    const f = desc.fields[i];
    if (f.name === null) continue;
    const doc = f.doc === undefined ? NULL : str(f.doc);
    if (f.doc !== undefined && doc === NULL) return fail();
    const md = memberDescriptorNew(t, strInternImmortal(f.name), TUPLE_ITEMS + 4 * i, true, doc);
    if (doc !== NULL) decref(doc);
    if (md === NULL) return fail();
    out.push([f.name, md]);
  }
  const doc = str(desc.doc);
  if (doc === NULL) return fail();
  out.push(['__doc__', doc]);
  const dot = desc.name.lastIndexOf('.');
  if (!isStatic && dot >= 0) {
    const mod = strFromJS(desc.name.slice(0, dot));
    if (mod === NULL) return fail();
    out.push(['__module__', mod]);
  }
  out.push(['n_sequence_fields', intFromNumber(info.nVisible)]);
  out.push(['n_fields', intFromNumber(info.nReal)]);
  out.push(['n_unnamed_fields', intFromNumber(info.nUnnamed)]);
  let nNamed = 0;
  for (let i = 0; i < desc.nInSequence; i++) if (desc.fields[i].name !== null) nNamed++;
  const matchArgs = tupleNew(nNamed);
  if (matchArgs === NULL) return fail();
  for (let i = 0, j = 0; i < desc.nInSequence; i++) {
    const name = desc.fields[i].name;
    if (name !== null) tupleSetItemSteal(matchArgs, j++, newRef(strInternImmortal(name)));
  }
  out.push(['__match_args__', matchArgs]);
  for (const [, v] of out) if (v === NULL) return fail();
  return out;
}

/**
 * A static struct sequence type (PyStructSequence_InitType2; static phase only): immortal, in the
 * static region, its dict built with the other static types' (sys's types, as CPython's are static).
 */
export function structseqNewStaticType(desc: StructSeqDesc): Borrowed {
  const info = infoNew(desc);
  const t = typeNewStatic({
    name: desc.name,
    base: tupleType,
    basicsize: basicsizeOf(desc),
    itemsize: 4,
    flags: Py_TPFLAGS_HAVE_GC | (desc.noNew === true ? Py_TPFLAGS_DISALLOW_INSTANTIATION : 0),
    slots: slotsFor(desc),
  });
  info.type = t;
  infos[i32[(t + TP_INDEX) >> 2]] = info;
  typeAddMethods(t, [reduceDef]);
  typeStaticDictExtras(t, (ty) => {
    const entries = dictEntries(ty, desc, info, true);
    if (entries === null) throw new Error(`static region: out of memory building ${desc.name}`);
    return entries;
  });
  return t;
}

/**
 * A heap struct sequence type (PyStructSequence_NewType), made by a module when it is created
 * (time.struct_time): freed by the cycle collector once the module and the instances let go.
 */
export function structseqNewType(desc: StructSeqDesc): Owned | Null {
  const info = infoNew(desc);
  return typeNewFromSpec({
    name: desc.name,
    base: tupleType,
    basicsize: basicsizeOf(desc),
    itemsize: 4,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: slotsFor(desc),
    methods: [reduceDef],
    dict: (t) => {
      info.type = t;
      infos[i32[(t + TP_INDEX) >> 2]] = info;
      return dictEntries(t, desc, info, false);
    },
  });
}
