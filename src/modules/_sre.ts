// _sre: the native half of the re module: compiles patterns (src/modules/re/) and runs matches for
// src/lib/re/__init__.py, which builds Pattern and Match objects around the results.
// Mirrors Modules/_sre/sre.c in role (CPython's _sre.compile / pattern_search), with a narrower,
// private interface. Invariants: compiled programs live in a JS table keyed by an int handle; the table
// is bounded (oldest entries dropped) and a missing handle is recompiled from the pattern and flags the
// caller passes each time, so Python objects never own JS memory and nothing needs finalizing.

import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { decref } from '../heap/refcount.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import type { MethodDef } from '../objects/methodobject.ts';
import { argAt, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError, OverflowError, ValueError, NotImplementedError } from '../objects/exceptions.ts';
import { isStr, strLength, strKind, strDataOffset, strGetCodePoint, strFromJS } from '../objects/str.ts';
import { isBytes, bytesSize, bytesDataOffset } from '../objects/bytes.ts';
import { u8 } from '../heap/views.ts';
import { intFromNumber, intSafeValue } from '../objects/int.ts';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { dictNew, dictSetItem } from '../objects/dict.ts';
import { listNew, listAppend } from '../objects/list.ts';
import { Py_None } from '../objects/none.ts';
import { newRef } from '../heap/refcount.ts';
import { reCompileProgram, type Program } from './re/compile.ts';
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

/**
 * _sre.compile(pattern, flags) -> (handle, flags, groups, groupindex) or, for a bad pattern,
 * (msg, pos or None) for re.error.
 */
function sre_compile(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('compile', kwnames) || !argsCheckPositional('compile', nargs, 2, 2)) return NULL;
  const pattern = argAt(args, 0);
  const flags = intSafeValue(argAt(args, 1));
  const r = compileOrError(pattern, flags);
  if (r === null) return NULL;
  if (r instanceof ReSyntaxError) {
    const t = tupleNew(2);
    if (t === NULL) return NULL;
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
  const t = tupleNew(4);
  if (t === NULL) { decref(gi); return NULL; }
  const vals = [intFromNumber(handle), intFromNumber(r.flags), intFromNumber(r.groups - 1)];
  for (let i = 0; i < 3; i++) {
    const v = vals[i];
    if (v === NULL) { for (let j = i + 1; j < 3; j++) if (vals[j] !== NULL) decref(vals[j] as Owned); decref(t); decref(gi); return NULL; }
    tupleSetItemSteal(t, i, v);
  }
  tupleSetItemSteal(t, 3, gi);
  return t;
}

/**
 * _sre.search(handle, pattern, flags, string, pos, endpos, mode, must_advance) -> None or a tuple
 * (lastindex or -1, start0, end0, start1, end1, ...). pos/endpos are already clamped to the string
 * (0 <= pos, endpos <= len); mode 0 match, 1 fullmatch, 2 search.
 */
function sre_search(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('search', kwnames) || !argsCheckPositional('search', nargs, 8, 8)) return NULL;
  const handle = intSafeValue(argAt(args, 0));
  const pattern = argAt(args, 1);
  const string = argAt(args, 3);
  const pos = intSafeValue(argAt(args, 4));
  const endpos = intSafeValue(argAt(args, 5));
  const mode = intSafeValue(argAt(args, 6));
  const mustAdvance = intSafeValue(argAt(args, 7)) !== 0;
  let p = programs.get(handle);
  if (p === undefined) {
    const r = compileOrError(pattern, intSafeValue(argAt(args, 2)));
    if (r === null) return NULL;
    if (r instanceof ReSyntaxError) return errSetString(ValueError, r.msg);
    p = r;
    remember(p, handle);
  }
  if (!setSubject(p, string, Math.max(pos, endpos))) return NULL;
  setMustAdvance(mustAdvance ? pos : -1);
  const found = engineRun(p, pos, mode === 0 ? 'match' : mode === 1 ? 'fullmatch' : 'search');
  engineTrim();
  if (!found) return newRef(Py_None);
  return resultTuple(p);
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

/** The search result tuple (lastindex, marks...) from the engine's registers. */
let marksCopy = new Int32Array(64);

function resultTuple(p: Program): Owned | Null {
  const nmarks = 2 * p.groups;
  // Copy the registers first: allocating below could (through a finalizer) run another match.
  if (marksCopy.length < nmarks + 1) marksCopy = new Int32Array(2 * (nmarks + 1));
  const m = marksCopy;
  for (let i = 0; i <= nmarks; i++) m[i] = regs[i];
  const t = tupleNew(nmarks + 1);
  if (t === NULL) return NULL;
  const last = m[nmarks];
  for (let i = 0; i <= nmarks; i++) {
    let v = i === 0 ? last : m[i - 1];
    if (i > 0 && v >= 0) {
      // A group whose other mark is unset did not participate.
      const pair = (i - 1) ^ 1;
      if (m[pair] < 0) v = -1;
    }
    const o = intFromNumber(v);
    if (o === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, i, o);
  }
  return t;
}

/**
 * _sre.scan(handle, pattern, flags, string, pos, endpos, maxcount) -> list of result tuples (as
 * search returns) for the successive non-overlapping matches (findall/finditer/sub/split; after an
 * empty match the next one must not be empty at the same place). maxcount 0: no limit.
 */
function sre_scan(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('scan', kwnames) || !argsCheckPositional('scan', nargs, 7, 7)) return NULL;
  const handle = intSafeValue(argAt(args, 0));
  const pattern = argAt(args, 1);
  const string = argAt(args, 3);
  const pos = intSafeValue(argAt(args, 4));
  const endpos = intSafeValue(argAt(args, 5));
  const maxcount = intSafeValue(argAt(args, 6));
  let p = programs.get(handle);
  if (p === undefined) {
    const r = compileOrError(pattern, intSafeValue(argAt(args, 2)));
    if (r === null) return NULL;
    if (r instanceof ReSyntaxError) return errSetString(ValueError, r.msg);
    p = r;
    remember(p, handle);
  }
  const end = Math.max(pos, endpos);
  if (!setSubject(p, string, end)) return NULL;
  const out = listNew(0);
  if (out === NULL) return NULL;
  let start = pos, must = false, n = 0;
  while (start <= end && (maxcount <= 0 || n < maxcount)) {
    // Allocating results could run a finalizer that uses re itself: set the subject again each time.
    if (n > 0 && !setSubject(p, string, end)) { decref(out); return NULL; }
    setMustAdvance(must ? start : -1);
    if (!engineRun(p, start, 'search')) break;
    const b = regs[0], e = regs[1];
    const t = resultTuple(p);
    if (t === NULL) { decref(out); return NULL; }
    const rc = listAppend(out, t);
    decref(t);
    if (rc < 0) { decref(out); return NULL; }
    // Python code may run between calls elsewhere, but not here: the subject stays put.
    must = e === b;
    start = e;
    n++;
  }
  engineTrim();
  return out;
}

const SRE_METHODS: MethodDef[] = [
  { name: 'scan', fn: sre_scan },
  { name: 'compile', fn: sre_compile },
  { name: 'search', fn: sre_search },
];

/** The _sre module. */
export function sreModuleNew(): Owned | Null {
  return nativeModuleNew('_sre', SRE_METHODS, (m) => {
    if (moduleAddSteal(m, 'MAXREPEAT', intFromNumber(MAXREPEAT)) < 0) return -1;
    if (moduleAddSteal(m, 'MAXGROUPS', intFromNumber(MAXGROUPS)) < 0) return -1;
    return 0;
  });
}
