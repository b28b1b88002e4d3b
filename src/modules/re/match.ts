// The native base of re.Match: a match's pattern, string, pos/endpos, lastindex and group marks kept
// inline, with group()/groups()/start()/end()/span()/[] and the attributes answered from the marks
// (slicing the subject only when asked). Mirrors MatchObject in Modules/_sre/sre.c; src/lib/re
// subclasses it (expand and lastgroup stay in Python). Invariants: re/string/subject are owned
// references (traversed: a match can be in a cycle through a str subclass's __dict__), marks of
// groups that did not take part are both -1, the object is immutable (a cleared one has no fields).

import { i32 } from '../../heap/views.ts';
import { decref, newRef } from '../../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../heap/ref.ts';
import { typeNewStatic, typeGenericAlloc, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, type VisitProc } from '../../objects/type.ts';
import { gcUntrack } from '../../heap/header.ts';
import { objectGCFree, objectRepr, objectGetAttrJS } from '../../objects/object.ts';
import { type MethodDef, typeAddMethods, argAt } from '../../objects/methodobject.ts';
import { typeAddGetSets, type GetSetDef } from '../../objects/getset.ts';
import { errSetString, errOccurred } from '../../objects/errors.ts';
import { TypeError, IndexError, AttributeError } from '../../objects/exceptions.ts';
import { isInt, intFromNumber } from '../../objects/int.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow } from '../../objects/tuple.ts';
import { Py_None } from '../../objects/none.ts';
import { isStr, strSlice, strFromJS, strToJS, strLength, strEqualJS } from '../../objects/str.ts';
import { bytesSlice } from '../../objects/bytes.ts';
import { isDict, dictGetItemBorrow, dictNew, dictNext, dictSetItem } from '../../objects/dict.ts';
import { indexCheck, numberAsSsize } from '../../objects/abstract.ts';

// Layout: header (8), ob_size (number of marks), then the fields and the marks.
const M_NMARKS = 8;
const M_RE = 12;
const M_STRING = 16;
const M_SUBJ = 20;
const M_POS = 24;
const M_ENDPOS = 28;
const M_LASTINDEX = 32;
const M_MARKS = 36;

export let matchType = 0 as Borrowed;

/**
 * A new match of `type` (re.Match, a subclass of this type): `marks[0 .. 2*ngroups)` are the spans
 * (-1 for groups that did not take part), `lastindex` -1 for none. Steals nothing.
 */
export function matchNew(type: Borrowed, re: Borrowed, string: Borrowed, subj: Borrowed, pos: number,
  endpos: number, marks: Int32Array, ngroups: number, lastindex: number): Owned | Null {
  const n = 2 * ngroups;
  const o = typeGenericAlloc(type, n);
  if (o === NULL) return NULL;
  i32[(o + M_NMARKS) >> 2] = n;
  i32[(o + M_RE) >> 2] = newRef(re);
  i32[(o + M_STRING) >> 2] = newRef(string);
  i32[(o + M_SUBJ) >> 2] = newRef(subj);
  i32[(o + M_POS) >> 2] = pos;
  i32[(o + M_ENDPOS) >> 2] = endpos;
  i32[(o + M_LASTINDEX) >> 2] = lastindex;
  const base = (o + M_MARKS) >> 2;
  for (let i = 0; i < n; i++) i32[base + i] = marks[i];
  return o;
}

function matchDealloc(o: Owned): void {
  gcUntrack(o);
  const re = i32[(o + M_RE) >> 2], string = i32[(o + M_STRING) >> 2], subj = i32[(o + M_SUBJ) >> 2];
  i32[(o + M_RE) >> 2] = 0; i32[(o + M_STRING) >> 2] = 0; i32[(o + M_SUBJ) >> 2] = 0;
  if (re !== 0) decref(re as Borrowed);
  if (string !== 0) decref(string as Borrowed);
  if (subj !== 0) decref(subj as Borrowed);
  objectGCFree(o);
}

// The string can be a str subclass whose __dict__ holds the match: a cycle the collector must see.
function matchTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (let off = M_RE; off <= M_SUBJ; off += 4) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

function matchClear(o: Borrowed): number {
  for (let off = M_RE; off <= M_SUBJ; off += 4) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) { i32[(o + off) >> 2] = 0; decref(v as Borrowed); }
  }
  return 0;
}

function ngroupsOf(m: Borrowed): number {
  return i32[(m + M_NMARKS) >> 2] >> 1;
}

function markAt(m: Borrowed, i: number): number {
  return i32[((m + M_MARKS) >> 2) + i];
}

/** The group number named by `g` (an int-like or a group name), or -1 with IndexError set. */
function groupIndex(m: Borrowed, g: Borrowed): number {
  let i = -1;
  if (isInt(g)) i = numberAsSsize(g, NULL);
  else if (indexCheck(g)) {
    i = numberAsSsize(g, NULL);
    if (i === -1 && errOccurred() !== NULL) return -1;
  } else {
    const re = i32[(m + M_RE) >> 2];
    const gi = re === 0 ? NULL : objectGetAttrJS(re as Borrowed, '_groupindex');
    if (gi === NULL) { if (re === 0) errSetString(IndexError, 'no such group'); return -1; }
    if (isDict(gi)) {
      const v = dictGetItemBorrow(gi, g);
      if (v !== NULL && isInt(v)) i = numberAsSsize(v, NULL);
    }
    decref(gi);
  }
  if (i < 0 || i >= ngroupsOf(m)) {
    errSetString(IndexError, 'no such group');
    return -1;
  }
  return i;
}

/** Group i's text (a new str/bytes), or a new reference to `dflt` when it did not take part. */
function groupText(m: Borrowed, i: number, dflt: Borrowed): Owned | Null {
  const s = markAt(m, 2 * i);
  if (s < 0) return newRef(dflt);
  const e = markAt(m, 2 * i + 1);
  const subj = i32[(m + M_SUBJ) >> 2] as Borrowed;
  if (subj === 0) return newRef(Py_None); // cleared by the collector
  return isStr(subj) ? strSlice(subj, s, e) : bytesSlice(subj, s, e);
}

function groupOf(m: Borrowed, g: Borrowed): Owned | Null {
  const i = groupIndex(m, g);
  return i < 0 ? NULL : groupText(m, i, Py_None);
}

function noKeywords(name: string, kwnames: Borrowed | Null): boolean {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, `Match.${name}() takes no keyword arguments`);
    return false;
  }
  return true;
}

/** Match.group([g1, ...]): one group's text (default group 0) or a tuple of several. */
function match_group(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const m = self as Borrowed;
  if (!noKeywords('group', kwnames)) return NULL;
  if (nargs === 0) return groupText(m, 0, Py_None);
  if (nargs === 1) return groupOf(m, argAt(args, 0));
  const t = tupleNew(nargs);
  if (t === NULL) return NULL;
  for (let k = 0; k < nargs; k++) {
    const v = groupOf(m, argAt(args, k));
    if (v === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, k, v);
  }
  return t;
}

/** The `default` argument of groups()/groupdict(): positional or keyword, None when absent. */
function defaultArg(name: string, args: number, nargs: number, kwnames: Borrowed | Null): Borrowed | Null {
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  if (nargs > 1) {
    errSetString(TypeError, `${name}() takes at most 1 argument (${nargs} given)`);
    return NULL;
  }
  if (nkw > 1) {
    errSetString(TypeError, `${name}() takes at most 1 keyword argument (${nkw} given)`);
    return NULL;
  }
  if (nargs + nkw > 1) {
    errSetString(TypeError, `argument for ${name}() given by name ('default') and position (1)`);
    return NULL;
  }
  if (nkw === 1) {
    const k = tupleGetItemBorrow(kwnames as Borrowed, 0);
    if (!strEqualJS(k, 'default')) {
      errSetString(TypeError, `'${strToJS(k)}' is an invalid keyword argument for ${name}()`);
      return NULL;
    }
    return argAt(args, 0);
  }
  return nargs === 1 ? argAt(args, 0) : Py_None;
}

/** Match.groups(default=None): the texts of groups 1..n. */
function match_groups(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const m = self as Borrowed;
  const dflt = defaultArg('groups', args, nargs, kwnames);
  if (dflt === NULL) return NULL;
  const n = ngroupsOf(m) - 1;
  const t = tupleNew(n);
  if (t === NULL) return NULL;
  for (let i = 1; i <= n; i++) {
    const v = groupText(m, i, dflt);
    if (v === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, i - 1, v);
  }
  return t;
}

function spanArg(name: string, m: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (!noKeywords(name, kwnames)) return -1;
  if (nargs > 1) {
    errSetString(TypeError, `${name} expected at most 1 argument, got ${nargs}`);
    return -1;
  }
  return nargs === 0 ? 0 : groupIndex(m, argAt(args, 0));
}

function match_start(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const i = spanArg('start', self as Borrowed, args, nargs, kwnames);
  return i < 0 ? NULL : intFromNumber(markAt(self as Borrowed, 2 * i));
}

function match_end(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const i = spanArg('end', self as Borrowed, args, nargs, kwnames);
  return i < 0 ? NULL : intFromNumber(markAt(self as Borrowed, 2 * i + 1));
}

function spanTuple(m: Borrowed, i: number): Owned | Null {
  const t = tupleNew(2);
  if (t === NULL) return NULL;
  for (let k = 0; k < 2; k++) {
    const v = intFromNumber(markAt(m, 2 * i + k));
    if (v === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, k, v);
  }
  return t;
}

function match_span(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const i = spanArg('span', self as Borrowed, args, nargs, kwnames);
  return i < 0 ? NULL : spanTuple(self as Borrowed, i);
}

function matchRepr(m: Borrowed): Owned | Null {
  const g = groupText(m, 0, Py_None);
  if (g === NULL) return NULL;
  const r = objectRepr(g);
  decref(g);
  if (r === NULL) return NULL;
  let text = strToJS(r);
  if (strLength(r) > 50) {
    const cut = strSlice(r, 0, 50);
    if (cut === NULL) { decref(r); return NULL; }
    text = strToJS(cut);
    decref(cut);
  }
  decref(r);
  return strFromJS(`<re.Match object; span=(${markAt(m, 0)}, ${markAt(m, 1)}), match=${text}>`);
}

const fieldRef = (off: number) => (o: Borrowed): Owned | Null => {
  const v = i32[(o + off) >> 2];
  return newRef((v === 0 ? Py_None : v) as Borrowed);
};
const fieldInt = (off: number) => (o: Borrowed): Owned | Null => intFromNumber(i32[(o + off) >> 2]);

/** The setter of CPython's read-only members (re, string, pos, endpos), as its error says. */
function readonlyMember(): number {
  errSetString(AttributeError, 'readonly attribute');
  return -1;
}

const matchGetSets: GetSetDef[] = [
  { name: 're', get: fieldRef(M_RE), set: readonlyMember },
  { name: 'string', get: fieldRef(M_STRING), set: readonlyMember },
  { name: 'pos', get: fieldInt(M_POS), set: readonlyMember },
  { name: 'endpos', get: fieldInt(M_ENDPOS), set: readonlyMember },
  {
    name: 'lastindex',
    get: (o) => {
      const li = i32[(o + M_LASTINDEX) >> 2];
      return li < 0 ? newRef(Py_None) : intFromNumber(li);
    },
  },
  {
    name: 'regs',
    get: (o) => {
      const n = ngroupsOf(o);
      const t = tupleNew(n);
      if (t === NULL) return NULL;
      for (let i = 0; i < n; i++) {
        const s = spanTuple(o, i);
        if (s === NULL) { decref(t); return NULL; }
        tupleSetItemSteal(t, i, s);
      }
      return t;
    },
  },
];

// groupdict's dict cursor (no Python code runs during the walk: the keys are the pattern's strs).
const gdCursor = new Int32Array(1);
const gdItem = new Int32Array(2);

/** Match.groupdict(default=None): {name: text} for the named groups, in pattern order. */
function match_groupdict(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const m = self as Borrowed;
  const dflt = defaultArg('groupdict', args, nargs, kwnames);
  if (dflt === NULL) return NULL;
  const re = i32[(m + M_RE) >> 2];
  if (re === 0) return dictNew();
  const gi = objectGetAttrJS(re as Borrowed, '_groupindex');
  if (gi === NULL) return NULL;
  const out = dictNew();
  if (out === NULL || !isDict(gi)) { decref(gi); if (out !== NULL) decref(out); return out === NULL ? NULL : errSetString(TypeError, 'bad group index'); }
  const cur = gdCursor, kv = gdItem;
  cur[0] = 0;
  while (dictNext(gi, cur, kv)) {
    const k = kv[0] as Borrowed, g = numberAsSsize(kv[1] as Borrowed, NULL);
    if (g < 0 || g >= ngroupsOf(m)) continue;
    const v = groupText(m, g, dflt);
    if (v === NULL) { decref(out); decref(gi); return NULL; }
    const rc = dictSetItem(out, k, v);
    decref(v);
    if (rc < 0) { decref(out); decref(gi); return NULL; }
  }
  decref(gi);
  return out;
}

const matchMethods: MethodDef[] = [
  { name: 'groupdict', fn: match_groupdict },
  { name: 'group', fn: match_group },
  { name: 'groups', fn: match_groups },
  { name: 'start', fn: match_start },
  { name: 'end', fn: match_end },
  { name: 'span', fn: match_span },
];

/** Creates the native match type (static phase). */
export function matchInitStatic(): void {
  matchType = typeNewStatic({
    name: 'Match',
    basicsize: M_MARKS,
    itemsize: 4,
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: matchDealloc, traverse: matchTraverse, clear: matchClear, repr: matchRepr, getitem: groupOf },
  });
  typeAddMethods(matchType, matchMethods);
  typeAddGetSets(matchType, matchGetSets);
}
