// _sre: the native half of the re module: compiles patterns (src/modules/re/) and runs the matching
// loops for src/lib/re/__init__.py: one match (a Match object), batches of matches (finditer,
// sub with a callable), findall, split and sub/subn with a parsed template, all natively.
// Mirrors Modules/_sre/sre.c in role (compile, pattern_search/findall/split/subx), with a private,
// positional interface. Invariants: compiled programs live in a JS table keyed by an int handle; the
// table is bounded (oldest entries dropped) and a missing handle is recompiled from the pattern and
// flags the caller passes each time, so Python objects never own JS memory; the engine's registers are
// copied out before anything is allocated, and the subject is set again before every search (a
// callable repl may run re itself).

import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { decref } from '../heap/refcount.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import type { MethodDef } from '../objects/methodobject.ts';
import { argAt, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError, OverflowError, ValueError, NotImplementedError } from '../objects/exceptions.ts';
import {
  isStr, strLength, strKind, strDataOffset, strGetCodePoint, strFromJS, strSlice, strEmptyNew, strNewFromCodePoints,
} from '../objects/str.ts';
import {
  isBytes, bytesSize, bytesDataOffset, bytesSlice, bytesEmptyNew, bytesNew, bytesFinish,
} from '../objects/bytes.ts';
import { u8, u16, u32 } from '../heap/views.ts';
import { intFromNumber, intSafeValue, isInt } from '../objects/int.ts';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { dictNew, dictSetItem } from '../objects/dict.ts';
import { listNew, listAppendSteal, listSize, listGetItemBorrow, isList } from '../objects/list.ts';
import { Py_None } from '../objects/none.ts';
import { newRef } from '../heap/refcount.ts';
import { reCompileProgram, type Program } from './re/compile.ts';
import { matchType, matchNew } from './re/match.ts';
import { isType, typeIsSubtype } from '../objects/type.ts';
import { objectCallOneArg, clinicSsize } from '../objects/abstract.ts';
import { errOccurred } from '../objects/errors.ts';
import { Py_NotImplemented } from '../objects/notimplemented.ts';
import { ReSyntaxError, MAXREPEAT, MAXGROUPS } from './re/parse.ts';
import { engineSetSubject, engineRun, engineTrim, setMustAdvance, regs } from './re/engine.ts';

const programs = new Map<number, Program>();
const PROGRAM_TABLE_MAX = 512;
let nextHandle = 1;

function patternCodePoints(pattern: Borrowed): number[] | null {
  if (isStr(pattern)) {
    const n = strLength(pattern);
    const cps = new Array<number>(n);
    for (let i = 0; i < n; i++) cps[i] = strGetCodePoint(pattern, i);
    return cps;
  }
  if (isBytes(pattern)) {
    const n = bytesSize(pattern), d = bytesDataOffset(pattern);
    const cps = new Array<number>(n);
    for (let i = 0; i < n; i++) cps[i] = u8[d + i];
    return cps;
  }
  return null;
}

/** Compiles (pattern, flags); a JS syntax error becomes the Python exception or error tuple. */
function compileOrError(pattern: Borrowed, flags: number): Program | ReSyntaxError | null {
  const cps = patternCodePoints(pattern);
  if (cps === null) {
    errSetString(TypeError, 'first argument must be string or compiled pattern');
    return null;
  }
  try {
    return reCompileProgram(cps, isStr(pattern), flags);
  } catch (e) {
    if (e instanceof ReSyntaxError) {
      if (e.kind === 'overflow') { errSetString(OverflowError, e.msg); return null; }
      if (e.kind === 'value') { errSetString(ValueError, e.msg); return null; }
      if (e.kind === 'notimpl') { errSetString(NotImplementedError, e.msg); return null; }
      return e;
    }
    throw e;
  }
}

function remember(p: Program, handle: number): void {
  if (programs.size >= PROGRAM_TABLE_MAX) {
    const oldest = programs.keys().next().value as number;
    programs.delete(oldest);
  }
  programs.set(handle, p);
}

/** A tuple of strs. */
function strTuple(items: readonly string[]): Owned | Null {
  const t = tupleNew(items.length);
  if (t === NULL) return NULL;
  for (let i = 0; i < items.length; i++) {
    const w = strFromJS(items[i]);
    if (w === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, i, w);
  }
  return t;
}

/**
 * _sre.compile(pattern, flags) -> (handle, flags, groups, groupindex, warnings) or, for a bad
 * pattern, (msg, pos or None[, warnings]) for re.error. warnings: FutureWarning messages to emit.
 */
function sre_compile(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('compile', kwnames) || !argsCheckPositional('compile', nargs, 2, 2)) return NULL;
  const pattern = argAt(args, 0);
  const flags = intSafeValue(argAt(args, 1));
  const r = compileOrError(pattern, flags);
  if (r === null) return NULL;
  if (r instanceof ReSyntaxError) {
    const t = tupleNew(r.warnings.length > 0 ? 3 : 2);
    if (t === NULL) return NULL;
    if (r.warnings.length > 0) {
      const warns = strTuple(r.warnings);
      if (warns === NULL) { decref(t); return NULL; }
      tupleSetItemSteal(t, 2, warns);
    }
    const msg = strFromJS(r.msg);
    if (msg === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, 0, msg);
    const pos = r.pos < 0 ? newRef(Py_None) : intFromNumber(r.pos);
    if (pos === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, 1, pos);
    return t;
  }
  const handle = nextHandle++;
  remember(r, handle);
  const gi = dictNew();
  if (gi === NULL) return NULL;
  for (const [name, g] of r.groupNames) {
    const k = strFromJS(name);
    if (k === NULL) { decref(gi); return NULL; }
    const v = intFromNumber(g);
    if (v === NULL) { decref(k); decref(gi); return NULL; }
    const rc = dictSetItem(gi, k, v);
    decref(k); decref(v);
    if (rc < 0) { decref(gi); return NULL; }
  }
  const warns = strTuple(r.warnings);
  if (warns === NULL) { decref(gi); return NULL; }
  const t = tupleNew(5);
  if (t === NULL) { decref(warns); decref(gi); return NULL; }
  const vals = [intFromNumber(handle), intFromNumber(r.flags), intFromNumber(r.groups - 1)];
  for (let i = 0; i < 3; i++) {
    const v = vals[i];
    if (v === NULL) {
      for (let j = i + 1; j < 3; j++) if (vals[j] !== NULL) decref(vals[j] as Owned);
      decref(t); decref(gi); decref(warns);
      return NULL;
    }
    tupleSetItemSteal(t, i, v);
  }
  tupleSetItemSteal(t, 3, gi);
  tupleSetItemSteal(t, 4, warns);
  return t;
}

function setSubject(p: Program, string: Borrowed, end: number): boolean {
  if (isStr(string)) {
    if (!p.isText) { errSetString(TypeError, 'cannot use a bytes pattern on a string-like object'); return false; }
    engineSetSubject(strKind(string), strDataOffset(string), end);
  } else if (isBytes(string)) {
    if (p.isText) { errSetString(TypeError, 'cannot use a string pattern on a bytes-like object'); return false; }
    engineSetSubject(1, bytesDataOffset(string), end);
  } else {
    errSetString(TypeError, 'expected string or bytes-like object');
    return false;
  }
  return true;
}

// --- batch operations: the whole loop runs here, results built straight from the subject ---

/** The program for a handle, recompiled from (pattern, flags) if it was dropped from the table. */
function programFor(args: number): Program | null {
  const handle = intSafeValue(argAt(args, 0));
  const p = programs.get(handle);
  if (p !== undefined) return p;
  const r = compileOrError(argAt(args, 1), intSafeValue(argAt(args, 2)));
  if (r === null) return null;
  if (r instanceof ReSyntaxError) { errSetString(ValueError, r.msg); return null; }
  remember(r, handle);
  return r;
}

/** subject[s:e] (an exact str or bytes); s < 0 (a group that did not take part) gives `dflt`. */
function subjSlice(subj: Borrowed, s: number, e: number, dflt: Borrowed): Owned | Null {
  if (s < 0) return newRef(dflt);
  return isStr(subj) ? strSlice(subj, s, e) : bytesSlice(subj, s, e);
}

// Copy of the marks of the last match (the engine's registers are reused by any later run).
let mk = new Int32Array(64);

/** Runs one search from `start`; on success copies marks (unset pairs as -1) into `mk`. */
function scanOne(p: Program, subj: Borrowed, start: number, end: number, must: boolean): number {
  if (!setSubject(p, subj, end)) return -1;
  setMustAdvance(must ? start : -1);
  if (!engineRun(p, start, 'search')) return 0;
  copyMarks(p);
  return 1;
}

/** Copies the engine's marks (unset pairs as -1) and lastindex into `mk`. */
function copyMarks(p: Program): void {
  const nmarks = 2 * p.groups;
  if (mk.length < nmarks + 1) mk = new Int32Array(2 * (nmarks + 1));
  for (let i = 0; i < nmarks; i += 2) {
    const a = regs[i], b = regs[i + 1];
    if (a < 0 || b < 0) { mk[i] = -1; mk[i + 1] = -1; } else { mk[i] = a; mk[i + 1] = b; }
  }
  mk[nmarks] = regs[nmarks];
}

/**
 * _sre.findall(handle, pattern, flags, string, pos, endpos) -> list: the whole matches (no groups),
 * group 1 (one group), or tuples of all groups, unmatched groups as empty strings. pos/endpos are
 * clamped here.
 */
function sre_findall(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('findall', kwnames) || !argsCheckPositional('findall', nargs, 6, 6)) return NULL;
  const p = programFor(args);
  if (p === null) return NULL;
  const subj = argAt(args, 3);
  if (!isStr(subj) && !isBytes(subj)) return errSetString(TypeError, 'expected string or bytes-like object');
  if (!clampArgs(subj, argAt(args, 4), argAt(args, 5))) return NULL;
  const pos = cPos;
  const end = Math.max(pos, cEnd);
  const ng = p.groups - 1;
  if (!setSubject(p, subj, end)) return NULL;
  const out = listNew(0);
  if (out === NULL) return NULL;
  const empty = isStr(subj) ? strEmptyNew() : bytesEmptyNew();
  let start = pos, must = false, ok = true;
  while (start <= end) {
    const r = scanOne(p, subj, start, end, must);
    if (r <= 0) { ok = r === 0; break; }
    const b = mk[0], e = mk[1];
    let item: Owned | Null;
    if (ng === 0) item = subjSlice(subj, b, e, empty);
    else if (ng === 1) item = subjSlice(subj, mk[2], mk[3], empty);
    else {
      item = tupleNew(ng);
      if (item !== NULL) {
        for (let g = 1; g <= ng; g++) {
          const v = subjSlice(subj, mk[2 * g], mk[2 * g + 1], empty);
          if (v === NULL) { decref(item); item = NULL; break; }
          tupleSetItemSteal(item, g - 1, v);
        }
      }
    }
    if (item === NULL || listAppendSteal(out, item) < 0) { ok = false; break; }
    must = e === b;
    start = e;
  }
  engineTrim();
  decref(empty);
  if (!ok) { decref(out); return NULL; }
  return out;
}

/**
 * _sre.split(handle, pattern, flags, string, maxsplit) -> list: the pieces between matches, each
 * match's groups (None when unmatched) after the piece before it. maxsplit 0: no limit; < 0: none.
 */
function sre_split(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('split', kwnames) || !argsCheckPositional('split', nargs, 5, 5)) return NULL;
  const p = programFor(args);
  if (p === null) return NULL;
  const subj = argAt(args, 3);
  const maxsplit = clinicSsize(argAt(args, 4));
  if (maxsplit === -1 && errOccurred() !== NULL) return NULL;
  const end = isStr(subj) ? strLength(subj) : isBytes(subj) ? bytesSize(subj) : 0;
  const ng = p.groups - 1;
  if (!setSubject(p, subj, end)) return NULL;
  const out = listNew(0);
  if (out === NULL) return NULL;
  let start = 0, last = 0, must = false, ok = true, n = 0;
  while (start <= end && (maxsplit === 0 || n < maxsplit)) {
    const r = scanOne(p, subj, start, end, must);
    if (r <= 0) { ok = r === 0; break; }
    const b = mk[0], e = mk[1];
    const piece = subjSlice(subj, last, b, Py_None);
    if (piece === NULL || listAppendSteal(out, piece) < 0) { ok = false; break; }
    for (let g = 1; g <= ng && ok; g++) {
      const v = subjSlice(subj, mk[2 * g], mk[2 * g + 1], Py_None);
      if (v === NULL || listAppendSteal(out, v) < 0) ok = false;
    }
    if (!ok) break;
    last = e;
    must = e === b;
    start = e;
    n++;
  }
  engineTrim();
  if (ok) {
    const tail = subjSlice(subj, last, end, Py_None);
    if (tail === NULL || listAppendSteal(out, tail) < 0) ok = false;
  }
  if (!ok) { decref(out); return NULL; }
  return out;
}

// The replacement being built by subx: code points (str) or byte values (bytes), grown as needed and
// shrunk again after a big result. No Python code runs while it is in use.
let ob = new Int32Array(1024);
let on = 0;

/** Appends o[s:e] (o a str or bytes) to the output buffer. */
function obAppend(o: Borrowed, s: number, e: number): void {
  const n = e - s;
  if (n <= 0) return;
  if (on + n > ob.length) {
    const nb = new Int32Array(Math.max(2 * ob.length, on + n));
    nb.set(ob.subarray(0, on));
    ob = nb;
  }
  const b = ob;
  let w = on;
  if (isStr(o)) {
    const k = strKind(o), d = strDataOffset(o);
    if (k === 1) for (let i = d + s, stop = d + e; i < stop; i++) b[w++] = u8[i];
    else if (k === 2) for (let i = (d >> 1) + s, stop = (d >> 1) + e; i < stop; i++) b[w++] = u16[i];
    else for (let i = (d >> 2) + s, stop = (d >> 2) + e; i < stop; i++) b[w++] = u32[i];
  } else {
    const d = bytesDataOffset(o);
    for (let i = d + s, stop = d + e; i < stop; i++) b[w++] = u8[i];
  }
  on = w;
}

/** The output buffer as a new exact str or bytes (the subject's type); empties the buffer. */
function obTake(text: boolean): Owned | Null {
  let r: Owned | Null;
  if (text) r = strNewFromCodePoints(ob, 0, on);
  else {
    r = bytesNew(on);
    if (r !== NULL && on > 0) {
      const d = bytesDataOffset(r);
      for (let i = 0; i < on; i++) u8[d + i] = ob[i];
      r = bytesFinish(r);
    }
  }
  on = 0;
  if (ob.length > (1 << 20)) ob = new Int32Array(1024);
  return r;
}

/**
 * _sre.subx(handle, pattern, flags, string, template, count) -> (new string, n): template is the
 * parsed replacement ([literal, group, literal, ..., literal]); count 0: no limit, < 0: none.
 */
function sre_subx(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('subx', kwnames) || !argsCheckPositional('subx', nargs, 6, 6)) return NULL;
  const p = programFor(args);
  if (p === null) return NULL;
  const subj = argAt(args, 3);
  const tmpl = argAt(args, 4);
  const count = clinicSsize(argAt(args, 5));
  if (count === -1 && errOccurred() !== NULL) return NULL;
  if (!isList(tmpl)) return errSetString(TypeError, 'subx: template must be a list');
  const tn = listSize(tmpl);
  const text = isStr(subj);
  const end = text ? strLength(subj) : isBytes(subj) ? bytesSize(subj) : 0;
  if (!setSubject(p, subj, end)) return NULL;
  for (let k = 0; k < tn; k++) {
    const t = listGetItemBorrow(tmpl, k);
    const good = (k & 1) === 0 ? (text ? isStr(t) : isBytes(t)) : isInt(t) && intSafeValue(t) >= 0 && intSafeValue(t) < p.groups;
    if (!good) return errSetString(TypeError, 'subx: bad template');
  }
  on = 0;
  let start = 0, last = 0, must = false, n = 0;
  while (start <= end && (count === 0 || n < count)) {
    const r = scanOne(p, subj, start, end, must);
    if (r < 0) { on = 0; return NULL; }
    if (r === 0) break;
    const b = mk[0], e = mk[1];
    obAppend(subj, last, b);
    for (let k = 0; k < tn; k++) {
      const t = listGetItemBorrow(tmpl, k);
      if ((k & 1) === 0) obAppend(t, 0, isStr(t) ? strLength(t) : bytesSize(t));
      else {
        const g = intSafeValue(t);
        if (mk[2 * g] >= 0) obAppend(subj, mk[2 * g], mk[2 * g + 1]);
      }
    }
    last = e;
    must = e === b;
    start = e;
    n++;
  }
  engineTrim();
  let res: Owned | Null;
  if (n === 0) {
    on = 0;
    res = text ? strSlice(subj, 0, end) : bytesSlice(subj, 0, end);
  } else {
    obAppend(subj, last, end);
    res = obTake(text);
  }
  if (res === NULL) return NULL;
  const cnt = intFromNumber(n);
  if (cnt === NULL) { decref(res); return NULL; }
  const t = tupleNew(2);
  if (t === NULL) { decref(res); decref(cnt); return NULL; }
  tupleSetItemSteal(t, 0, res);
  tupleSetItemSteal(t, 1, cnt);
  return t;
}


// pos and endpos of the last clampArgs: clamped to 0 .. len(subject).
let cPos = 0, cEnd = 0;

/** Reads pos/endpos (objects with __index__) and clamps them to the subject as CPython does. */
function clampArgs(subj: Borrowed, posO: Borrowed, endO: Borrowed): boolean {
  const n = isStr(subj) ? strLength(subj) : bytesSize(subj);
  const pos = clinicSsize(posO);
  if (pos === -1 && errOccurred() !== NULL) return false;
  const end = clinicSsize(endO);
  if (end === -1 && errOccurred() !== NULL) return false;
  cPos = pos < 0 ? 0 : pos > n ? n : pos;
  cEnd = end < 0 ? 0 : end > n ? n : end;
  return true;
}

function matchTypeArg(o: Borrowed): boolean {
  if (isType(o) && typeIsSubtype(o, matchType)) return true;
  errSetString(TypeError, 'expected a subclass of _sre.Match');
  return false;
}

/**
 * _sre.match(handle, pattern, flags, patobj, string, subject, pos, endpos, mode, Match[, start,
 * must]) -> a Match (of type Match) or None; mode 0 match, 1 fullmatch, 2 search; start (default pos)
 * and must (the match may not be empty at start) are for Pattern.scanner. NotImplemented when the subject is
 * not a str or bytes (the caller copies other bytes-like objects and calls again).
 */
function sre_match(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('match', kwnames) || !argsCheckPositional('match', nargs, 10, 12)) return NULL;
  const subj = argAt(args, 5);
  if (!isStr(subj) && !isBytes(subj)) return newRef(Py_NotImplemented);
  const mt = argAt(args, 9);
  if (!matchTypeArg(mt)) return NULL;
  const p = programFor(args);
  if (p === null) return NULL;
  if (!clampArgs(subj, argAt(args, 6), argAt(args, 7))) return NULL;
  const pos = cPos, endpos = cEnd;
  const mode = intSafeValue(argAt(args, 8));
  // A scanner's call: start where its last match ended (not empty again there when `must`).
  const start = nargs > 10 ? intSafeValue(argAt(args, 10)) : pos;
  const must = nargs > 11 && intSafeValue(argAt(args, 11)) !== 0;
  if (!setSubject(p, subj, Math.max(pos, endpos))) return NULL;
  setMustAdvance(must ? start : -1);
  const found = engineRun(p, start, mode === 0 ? 'match' : mode === 1 ? 'fullmatch' : 'search');
  engineTrim();
  if (!found) return newRef(Py_None);
  copyMarks(p);
  return matchNew(mt, argAt(args, 3), argAt(args, 4), subj, pos, endpos, mk, p.groups, mk[2 * p.groups]);
}

/**
 * _sre.matches(handle, pattern, flags, patobj, string, subject, pos, endpos, start, must, maxcount,
 * Match) -> list of the successive matches searched from `start` (-1: from pos; `must`: the first
 * one may not be empty at start), at most maxcount of them (0: no limit, < 0: none). pos and endpos
 * are clamped here.
 */
function sre_matches(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('matches', kwnames) || !argsCheckPositional('matches', nargs, 12, 12)) return NULL;
  const mt = argAt(args, 11);
  if (!matchTypeArg(mt)) return NULL;
  const p = programFor(args);
  if (p === null) return NULL;
  const patobj = argAt(args, 3), string = argAt(args, 4), subj = argAt(args, 5);
  if (!isStr(subj) && !isBytes(subj)) return errSetString(TypeError, 'expected string or bytes-like object');
  if (!clampArgs(subj, argAt(args, 6), argAt(args, 7))) return NULL;
  const pos = cPos, endpos = cEnd;
  const end = Math.max(pos, endpos);
  let start = intSafeValue(argAt(args, 8));
  if (start < 0) start = pos;
  let must = intSafeValue(argAt(args, 9)) !== 0;
  const maxcount = intSafeValue(argAt(args, 10));
  if (!setSubject(p, subj, end)) return NULL;
  const out = listNew(0);
  if (out === NULL) return NULL;
  let ok = true, n = 0;
  while (start <= end && (maxcount === 0 || n < maxcount)) {
    const r = scanOne(p, subj, start, end, must);
    if (r <= 0) { ok = r === 0; break; }
    const b = mk[0], e = mk[1];
    const m = matchNew(mt, patobj, string, subj, pos, endpos, mk, p.groups, mk[2 * p.groups]);
    if (m === NULL || listAppendSteal(out, m) < 0) { ok = false; break; }
    must = e === b;
    start = e;
    n++;
  }
  engineTrim();
  if (!ok) { decref(out); return NULL; }
  return out;
}

/**
 * _sre.subcall(handle, pattern, flags, patobj, string, subject, repl, count, Match) -> (pieces, n):
 * the pieces of the result (non-empty subject slices between matches, repl(match) for each match
 * where it is not None), for the caller to join; count 0: no limit, < 0: none. repl may run any
 * Python code, re included: the subject is set again before each search.
 */
function sre_subcall(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('subcall', kwnames) || !argsCheckPositional('subcall', nargs, 9, 9)) return NULL;
  const mt = argAt(args, 8);
  if (!matchTypeArg(mt)) return NULL;
  const p = programFor(args);
  if (p === null) return NULL;
  const patobj = argAt(args, 3), string = argAt(args, 4), subj = argAt(args, 5), repl = argAt(args, 6);
  const count = clinicSsize(argAt(args, 7));
  if (count === -1 && errOccurred() !== NULL) return NULL;
  const end = isStr(subj) ? strLength(subj) : isBytes(subj) ? bytesSize(subj) : 0;
  if (!setSubject(p, subj, end)) return NULL;
  const out = listNew(0);
  if (out === NULL) return NULL;
  let start = 0, last = 0, must = false, ok = true, n = 0;
  while (start <= end && (count === 0 || n < count)) {
    const r = scanOne(p, subj, start, end, must);
    if (r <= 0) { ok = r === 0; break; }
    const b = mk[0], e = mk[1];
    engineTrim();
    if (b > last) {
      const piece = subjSlice(subj, last, b, Py_None);
      if (piece === NULL || listAppendSteal(out, piece) < 0) { ok = false; break; }
    }
    const m = matchNew(mt, patobj, string, subj, 0, end, mk, p.groups, mk[2 * p.groups]);
    if (m === NULL) { ok = false; break; }
    const v = objectCallOneArg(repl, m);
    decref(m);
    if (v === NULL) { ok = false; break; }
    if (v === Py_None) decref(v);
    else if (listAppendSteal(out, v) < 0) { ok = false; break; }
    last = e;
    must = e === b;
    start = e;
    n++;
  }
  engineTrim();
  if (ok && last < end) {
    const tail = subjSlice(subj, last, end, Py_None);
    if (tail === NULL || listAppendSteal(out, tail) < 0) ok = false;
  }
  if (!ok) { decref(out); return NULL; }
  const cnt = intFromNumber(n);
  if (cnt === NULL) { decref(out); return NULL; }
  const t = tupleNew(2);
  if (t === NULL) { decref(out); decref(cnt); return NULL; }
  tupleSetItemSteal(t, 0, out);
  tupleSetItemSteal(t, 1, cnt);
  return t;
}

const SRE_METHODS: MethodDef[] = [
  { name: 'match', fn: sre_match },
  { name: 'subcall', fn: sre_subcall },
  { name: 'matches', fn: sre_matches },
  { name: 'findall', fn: sre_findall },
  { name: 'split', fn: sre_split },
  { name: 'subx', fn: sre_subx },
  { name: 'compile', fn: sre_compile },
];

/** The _sre module. */
export function sreModuleNew(): Owned | Null {
  return nativeModuleNew('_sre', SRE_METHODS, (m) => {
    if (moduleAddSteal(m, 'MAXREPEAT', intFromNumber(MAXREPEAT)) < 0) return -1;
    if (moduleAddSteal(m, 'MAXGROUPS', intFromNumber(MAXGROUPS)) < 0) return -1;
    if (moduleAddSteal(m, 'Match', newRef(matchType)) < 0) return -1;
    return 0;
  });
}
