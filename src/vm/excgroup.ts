// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, message/exceptions, __str__,
// split/subgroup/derive, and the except* helpers (wrapping a naked exception, what to re-raise).
// Mirrors Objects/exceptions.c (BaseExceptionGroup_new, exceptiongroup_split_recursive,
// _PyExc_PrepReraiseStar). Our exception objects share BaseException's layout, so message and
// exceptions (a tuple) live in the instance __dict__ (see excattrs.ts). CPython makes ExceptionGroup
// at run time as a class (PyErr_NewException), so it has a __weakref__ slot that subclasses inherit.

import { i32 } from '../heap/views.ts';
import { incref, decref, newRef, weakrefHooks } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeOf, typeIsSubtype, typeSlotsOf, slotsOf, isType, typeStaticModuleKey, TP_WEAKLISTOFFSET, MANAGED_WEAKLIST_OFFSET,
} from '../objects/type.ts';
import { errSetString } from '../objects/errors.ts';
import {
  exceptionTypes, TypeError, ValueError, EXC_TRACEBACK, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT,
} from '../objects/exceptions.ts';
import { typeAddGetSets } from '../objects/getset.ts';
import { typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, argBadArgument } from '../objects/methodobject.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, isTuple, tuplePack } from '../objects/tuple.ts';
import { listNew, listAppend } from '../objects/list.ts';
import { strFromJS, strToJS, isStr, strInternImmortal } from '../objects/str.ts';
import { Py_None } from '../objects/none.ts';
import { objectIsTrue, objectSetAttr } from '../objects/object.ts';
import { isDict } from '../objects/dict.ts';
import { objectCallOneArg, objectCallArgs, callMethod, objectLookupAttr, LOOKUP_RESULT, sequenceList, sequenceTuple } from '../objects/abstract.ts';
import { baseExceptionNewSlot, baseExceptionInitSlot } from '../objects/typeattrs.ts';
import { genericAliasAddClassGetItem } from '../objects/genericalias.ts';
import { mappingproxyType } from '../objects/mappingproxy.ts';
import { excMemberSet, excMemberGetBorrow } from './excattrs.ts';

const BEG = (): Borrowed => exceptionTypes.get('BaseExceptionGroup')!;
const EG = (): Borrowed => exceptionTypes.get('ExceptionGroup')!;

function isSub(o: Borrowed, t: Borrowed): boolean {
  const ot = typeOf(o);
  return ot === t || typeIsSubtype(ot, t);
}

/** True for instances of BaseExceptionGroup (and subclasses). */
export function isExceptionGroup(o: Borrowed): boolean {
  return isSub(o, BEG());
}

/** The exceptions tuple of a group (borrowed; the empty tuple's absence means a broken group). */
export function egExceptionsBorrow(eg: Borrowed): Borrowed | Null {
  const v = excMemberGetBorrow(eg, 'exceptions');
  return v !== NULL && isTuple(v) ? v : NULL;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions): keywords are left to __init__ to refuse. */
function egNew(type: Borrowed, args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 2) return errSetString(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${nargs} given)`);
  const message = argAt(args, 0), seq = argAt(args, 1);
  if (!isStr(message)) return argBadArgument('BaseExceptionGroup.__new__', 'argument 1', 'str', message);
  // PySequence_Check, then PySequence_Tuple.
  if (slotsOf(seq).getitem === null || isDict(seq)) return errSetString(TypeError, 'second argument (exceptions) must be a sequence');
  const excs = sequenceTuple(seq);
  if (excs === NULL) return NULL;
  const items = Array.from({ length: tupleSize(excs) }, (_, i) => tupleGetItemBorrow(excs, i));
  const r = egNewFrom(type, args, nargs, message, excs, items);
  decref(excs);
  return r;
}

function egNewFrom(type: Borrowed, args: number, nargs: number, message: Borrowed, excs: Borrowed, items: Borrowed[]): Owned | Null {
  if (items.length === 0) return errSetString(ValueError, 'second argument (exceptions) must be a non-empty sequence');
  const base = exceptionTypes.get('BaseException')!, exc = exceptionTypes.get('Exception')!;
  let allExc = true;
  for (let i = 0; i < items.length; i++) {
    if (!isSub(items[i]!, base)) return errSetString(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSub(items[i]!, exc)) allExc = false;
  }
  let cls = type;
  if (cls === BEG()) {
    if (allExc) cls = EG();
  } else if (cls === EG()) {
    if (!allExc) return errSetString(TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExc && typeIsSubtype(cls, exc)) {
    return errSetString(TypeError, `Cannot nest BaseExceptions in '${typeNameOfType(cls)}'`);
  }
  const o = baseExceptionNewSlot(cls, args, nargs, NULL);
  if (o === NULL) return NULL;
  if (excMemberSet(o, 'message', message) < 0 || excMemberSet(o, 'exceptions', excs) < 0) { decref(o); return NULL; }
  return o;
}

/** A new list holding `items` (borrowed). */
function listPack(items: Borrowed[]): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const x of items) if (listAppend(l, x) < 0) { decref(l); return NULL; }
  return l;
}

function typeNameOfType(t: Borrowed): string {
  const n = typeSlotsOf(t).name;
  return n.slice(n.lastIndexOf('.') + 1);
}

/** BaseExceptionGroup.__init__: no keywords (named by the instance's type), then BaseException's. */
function egInit(self: Borrowed, args: number, nargs: number, kw: Borrowed | Null): number {
  return baseExceptionInitSlot(self, args, nargs, kw);
}

/** 'message (N sub-exceptions)'. */
function egStr(o: Borrowed): Owned | Null {
  const m = excMemberGetBorrow(o, 'message');
  const ex = egExceptionsBorrow(o);
  const n = ex !== NULL ? tupleSize(ex) : 0;
  const msg = m !== NULL && isStr(m) ? strToJS(m) : '';
  return strFromJS(`${msg} (${n} sub-exception${n > 1 ? 's' : ''})`);
}

/** BaseExceptionGroup.derive(excs): BaseExceptionGroup(self.message, excs). */
function egDerive(self: Borrowed, excs: Borrowed): Owned | Null {
  const m = excMemberGetBorrow(self, 'message');
  return objectCallArgs(BEG(), [m !== NULL ? m : Py_None, excs]);
}

/** self.derive(excs), through the method a subclass may override (as split/subgroup call it). */
function egCallDerive(self: Borrowed, excs: Borrowed): Owned | Null {
  const r = callMethod(self, 'derive', [excs]);
  if (r === NULL) return NULL;
  if (!isExceptionGroup(r)) {
    decref(r);
    return errSetString(TypeError, 'derive must return an instance of BaseExceptionGroup');
  }
  return r;
}

/**
 * exceptiongroup_subset's copying onto a derived group: __traceback__ (when `from` has one),
 * __context__, and __cause__ through PyException_SetCause, which also sets __suppress_context__;
 * then a list copy of __notes__ when it is a sequence (other values are ignored). 0 / -1.
 */
function copyMetadata(from: Borrowed, to: Borrowed): number {
  for (const off of [EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE]) {
    const v = i32[(from + off) >> 2];
    if (off === EXC_TRACEBACK && v === 0) continue;
    const old = i32[(to + off) >> 2];
    if (v !== 0) incref(v as Borrowed);
    i32[(to + off) >> 2] = v;
    if (old !== 0) decref(old as Owned);
  }
  i32[(to + EXC_SUPPRESS_CONTEXT) >> 2] = 1;
  const r = objectLookupAttr(from, strInternImmortal('__notes__'));
  if (r < 0) return -1;
  if (r === 0) return 0;
  const notes = LOOKUP_RESULT[0] as Owned;
  if (slotsOf(notes).getitem === null || isDict(notes)) { decref(notes); return 0; }
  const copy = sequenceList(notes);
  decref(notes);
  if (copy === NULL) return -1;
  const rc = objectSetAttr(to, strInternImmortal('__notes__'), copy);
  decref(copy);
  return rc;
}

/** Does leaf exception `e` match `cond` (a type, a tuple of types, or a predicate)? -1 on error. */
function matches(e: Borrowed, cond: Borrowed): number {
  if (isType(cond) || isTuple(cond)) {
    if (isTuple(cond)) {
      for (let i = 0; i < tupleSize(cond); i++) if (isSub(e, tupleGetItemBorrow(cond, i))) return 1;
      return 0;
    }
    return isSub(e, cond) ? 1 : 0;
  }
  const r = objectCallOneArg(cond, e);
  if (r === NULL) return -1;
  const t = objectIsTrue(r);
  decref(r);
  return t;
}

function validCondition(cond: Borrowed): boolean {
  const base = exceptionTypes.get('BaseException')!;
  const okType = (t: Borrowed): boolean => isType(t) && (t === base || typeIsSubtype(t, base));
  if (isType(cond)) return okType(cond);
  if (isTuple(cond)) {
    for (let i = 0; i < tupleSize(cond); i++) if (!okType(tupleGetItemBorrow(cond, i))) return false;
    return true;
  }
  return typeSlotsOf(typeOf(cond)).call !== null;
}

/**
 * exceptiongroup_split_recursive: splits `e` by `cond` into out[0] (match) and out[1] (rest), each an
 * owned exception or NULL (empty). With `subgroupOnly`, out[1] is not built. 0 / -1.
 */
function splitRecursive(e: Borrowed, cond: Borrowed, subgroupOnly: boolean, out: (Owned | Null)[]): number {
  out[0] = NULL; out[1] = NULL;
  const m = matches(e, cond);
  if (m < 0) return -1;
  if (m === 1) { out[0] = newRef(e); return 0; }
  if (!isExceptionGroup(e)) {
    if (!subgroupOnly) out[1] = newRef(e);
    return 0;
  }
  const ex = egExceptionsBorrow(e);
  const n = ex !== NULL ? tupleSize(ex) : 0;
  const matched: Owned[] = [], rest: Owned[] = [];
  const release = (): void => { for (const x of matched) decref(x); for (const x of rest) decref(x); };
  for (let i = 0; i < n; i++) {
    const sub: (Owned | Null)[] = [NULL, NULL];
    if (splitRecursive(tupleGetItemBorrow(ex as Borrowed, i), cond, subgroupOnly, sub) < 0) { release(); return -1; }
    if (sub[0] !== NULL) matched.push(sub[0]);
    if (sub[1] !== NULL) rest.push(sub[1]);
  }
  const build = (parts: Owned[]): Owned | Null | -1 => {
    if (parts.length === 0) return NULL;
    // derive() gets a list, as in CPython (it shows in the new group's args and repr).
    const t = listPack(parts);
    if (t === NULL) return -1;
    const g = egCallDerive(e, t);
    decref(t);
    if (g === NULL) return -1;
    if (!isExceptionGroup(g)) {
      decref(g);
      errSetString(TypeError, 'derive must return an instance of BaseExceptionGroup');
      return -1;
    }
    if (copyMetadata(e, g) < 0) { decref(g); return -1; }
    return g;
  };
  const mg = build(matched);
  if (mg === -1) { release(); return -1; }
  const rg = subgroupOnly ? NULL : build(rest);
  if (rg === -1) { release(); if (mg !== NULL) decref(mg); return -1; }
  release();
  out[0] = mg; out[1] = rg;
  return 0;
}

function eg_split(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('BaseExceptionGroup.split', kw) || !argsCheckPositional('split', nargs, 1, 1)) return NULL;
  const cond = argAt(args, 0);
  if (!validCondition(cond)) return errSetString(TypeError, 'expected a function, exception type or tuple of exception types');
  const out: (Owned | Null)[] = [NULL, NULL];
  if (splitRecursive(self as Borrowed, cond, false, out) < 0) return NULL;
  const t = tupleNew(2);
  if (t === NULL) { if (out[0] !== NULL) decref(out[0]); if (out[1] !== NULL) decref(out[1]); return NULL; }
  tupleSetItemSteal(t, 0, out[0] !== NULL ? out[0] : newRef(Py_None));
  tupleSetItemSteal(t, 1, out[1] !== NULL ? out[1] : newRef(Py_None));
  return t;
}

function eg_subgroup(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('BaseExceptionGroup.subgroup', kw) || !argsCheckPositional('subgroup', nargs, 1, 1)) return NULL;
  const cond = argAt(args, 0);
  if (!validCondition(cond)) return errSetString(TypeError, 'expected a function, exception type or tuple of exception types');
  const out: (Owned | Null)[] = [NULL, NULL];
  if (splitRecursive(self as Borrowed, cond, true, out) < 0) return NULL;
  return out[0] !== NULL ? out[0] : newRef(Py_None);
}

function eg_derive(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('BaseExceptionGroup.derive', kw)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `function takes exactly 1 argument (${nargs} given)`);
  return egDerive(self as Borrowed, argAt(args, 0));
}

/** except* on a naked exception: ExceptionGroup('', (exc,)) carrying exc's traceback. */
export function egWrapNaked(exc: Borrowed): Owned | Null {
  const t = tuplePack([exc]);
  if (t === NULL) return NULL;
  const empty = strFromJS('');
  if (empty === NULL) { decref(t); return NULL; }
  const g = objectCallArgs(BEG(), [empty, t]);
  decref(empty); decref(t);
  if (g === NULL) return NULL;
  const tb = i32[(exc + EXC_TRACEBACK) >> 2];
  if (tb !== 0) { incref(tb as Borrowed); i32[(g + EXC_TRACEBACK) >> 2] = tb; }
  return g;
}

/** The leaf exceptions of `e` (itself when it is not a group), in order. */
function leaves(e: Borrowed, out: Set<number>): void {
  if (!isExceptionGroup(e)) { out.add(e); return; }
  const ex = egExceptionsBorrow(e);
  if (ex !== NULL) for (let i = 0; i < tupleSize(ex); i++) leaves(tupleGetItemBorrow(ex, i), out);
}

/**
 * _PyExc_PrepReraiseStar(orig, excs): the exception an except* block ends with. Re-raised parts
 * (leaves of `orig`) are regrouped with orig's structure; newly raised exceptions are collected with
 * that in an ExceptionGroup('', [...]). Returns None when nothing is left.
 */
export function egPrepReraiseStar(orig: Borrowed, raised: Borrowed[]): Owned | Null {
  const live = raised.filter((e) => e !== Py_None);
  if (live.length === 0) return newRef(Py_None);
  if (!isExceptionGroup(orig)) return newRef(live[0]!);
  const origLeaves = new Set<number>();
  leaves(orig, origLeaves);
  const reraisedLeaves = new Set<number>();
  const fresh: Borrowed[] = [];
  for (const e of live) {
    const ls = new Set<number>();
    leaves(e, ls);
    let isReraise = true;
    for (const l of ls) if (!origLeaves.has(l)) { isReraise = false; break; }
    if (isReraise) for (const l of ls) reraisedLeaves.add(l);
    else fresh.push(e);
  }
  let reraisedEg: Owned | Null = NULL;
  if (reraisedLeaves.size > 0) {
    // Project orig onto the re-raised leaves, keeping its nesting.
    const pred = leafSetPredicate(reraisedLeaves);
    const out: (Owned | Null)[] = [NULL, NULL];
    const r = splitByLeaves(orig, pred, out);
    if (r < 0) return NULL;
    reraisedEg = out[0];
  }
  if (fresh.length === 0) return reraisedEg !== NULL ? reraisedEg : newRef(Py_None);
  const all: Borrowed[] = [...fresh];
  if (reraisedEg !== NULL) all.push(reraisedEg);
  if (all.length === 1) { const x = newRef(all[0]!); if (reraisedEg !== NULL) decref(reraisedEg); return x; }
  const t = tuplePack(all);
  if (reraisedEg !== NULL) decref(reraisedEg);
  if (t === NULL) return NULL;
  const empty = strFromJS('');
  if (empty === NULL) { decref(t); return NULL; }
  const g = objectCallArgs(BEG(), [empty, t]);
  decref(empty); decref(t);
  return g;
}

function leafSetPredicate(set: Set<number>): (e: Borrowed) => boolean {
  return (e) => set.has(e);
}

/** splitRecursive with a JS predicate on leaves (for PrepReraiseStar). */
function splitByLeaves(e: Borrowed, pred: (e: Borrowed) => boolean, out: (Owned | Null)[]): number {
  out[0] = NULL;
  if (!isExceptionGroup(e)) { if (pred(e)) out[0] = newRef(e); return 0; }
  const ex = egExceptionsBorrow(e);
  const parts: Owned[] = [];
  if (ex !== NULL) {
    for (let i = 0; i < tupleSize(ex); i++) {
      const sub: (Owned | Null)[] = [NULL];
      if (splitByLeaves(tupleGetItemBorrow(ex, i), pred, sub) < 0) { for (const p of parts) decref(p); return -1; }
      if (sub[0] !== NULL) parts.push(sub[0]);
    }
  }
  if (parts.length === 0) return 0;
  const t = listPack(parts);
  for (const p of parts) decref(p);
  if (t === NULL) return -1;
  const g = egCallDerive(e, t);
  decref(t);
  if (g === NULL) return -1;
  if (copyMetadata(e, g) < 0) { decref(g); return -1; }
  out[0] = g;
  return 0;
}

/** Static phase (before typeFinishStatics): slots, attributes and methods of the two group types. */
export function excGroupInitStatic(): void {
  const getMember = (name: string) => (o: Borrowed): Owned | Null => {
    const v = excMemberGetBorrow(o, name);
    return newRef(v !== NULL ? v : Py_None);
  };
  typeAddGetSets(BEG(), [
    { name: 'message', get: getMember('message') },
    { name: 'exceptions', get: getMember('exceptions') },
  ]);
  // (mappingproxy's is added here too: its type is created before the generic-alias machinery.)
  genericAliasAddClassGetItem([BEG(), mappingproxyType]);
  typeAddMethods(BEG(), [
    { name: 'split', fn: eg_split },
    { name: 'subgroup', fn: eg_subgroup },
    { name: 'derive', fn: eg_derive },
  ]);
  for (const t of [BEG(), EG()]) {
    const s = typeSlotsOf(t);
    s.new = egNew;
    s.init = egInit;
    s.str = egStr;
  }
  // ExceptionGroup's weakref slot (a class made by PyErr_NewException has one): the __weakref__
  // attribute, and a weaklist offset that subclasses inherit instead of adding their own (their
  // instances keep weakrefs in weakref.ts's side table).
  // (objects/weakref.ts lists ExceptionGroup among its weakly referenceable static types.)
  typeStaticModuleKey(EG());
  typeAddGetSets(EG(), [{ name: '__weakref__', get: egWeakrefGet, doc: 'list of weak references to the object' }]);
  i32[(EG() + TP_WEAKLISTOFFSET) >> 2] = MANAGED_WEAKLIST_OFFSET;
}

/** ExceptionGroup.__weakref__: the first weak reference to the group, or None. */
function egWeakrefGet(o: Borrowed): Owned | Null {
  const w = weakrefHooks.head !== null ? weakrefHooks.head(o) : 0;
  return w !== 0 ? newRef(w as Borrowed) : newRef(Py_None);
}

