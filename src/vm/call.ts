// Binding call arguments to a Python function's parameters.
// Mirrors initialize_locals, too_many_positional, missing_arguments and positional_only_passed_as_keyword
// of Python/ceval.c (3.12), with their exact messages (which name the function by its __qualname__).
// Invariants: bindArgs never steals (it increfs what it stores); on failure it has set an exception
// and the caller releases the frame (every slot it wrote is owned by the frame).

import { i32 } from '../heap/views.ts';
import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Null } from '../heap/ref.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { strToJS, strEqual, isStr } from '../objects/str.ts';
import { tupleNew, tupleSize, tupleGetItemBorrow, TUPLE_ITEMS } from '../objects/tuple.ts';
import { dictNew, dictSetItem, dictGetItemBorrow } from '../objects/dict.ts';
import {
  CO_ARGCOUNT, CO_POSONLYARGCOUNT, CO_KWONLYARGCOUNT, CO_FLAGS, CO_LOCALSPLUSNAMES,
} from '../objects/code.ts';
import { FUNC_CODE, FUNC_DEFAULTS, FUNC_KWDEFAULTS, FUNC_QUALNAME } from '../objects/function.ts';
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/code.ts';

function qualname(func: Borrowed): string {
  return strToJS(i32[(func + FUNC_QUALNAME) >> 2] as Borrowed);
}

function nameAt(code: Borrowed, i: number): Borrowed {
  return tupleGetItemBorrow(i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed, i);
}

/**
 * initialize_locals: binds `nargs` values at heap word index `aw` (positional first, then the values of
 * `kwnames`) into localsplus at word index `lw`. 0 on success, -1 with TypeError set.
 */
export function bindArgs(func: Borrowed, lw: number, aw: number, nargs: number, kwnames: Borrowed | Null): number {
  const code = i32[(func + FUNC_CODE) >> 2] as Borrowed;
  const argcount = i32[(code + CO_ARGCOUNT) >> 2];
  const posonly = i32[(code + CO_POSONLYARGCOUNT) >> 2];
  const kwonly = i32[(code + CO_KWONLYARGCOUNT) >> 2];
  const flags = i32[(code + CO_FLAGS) >> 2];
  const totalArgs = argcount + kwonly;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  const npos = nargs - nkw;
  let kwdict: Borrowed | Null = NULL;
  if (flags & CO_VARKEYWORDS) {
    const d = dictNew();
    if (d === NULL) return -1;
    kwdict = d;
    i32[lw + totalArgs + (flags & CO_VARARGS ? 1 : 0)] = d;
  }
  const n = npos < argcount ? npos : argcount;
  for (let j = 0; j < n; j++) {
    const v = i32[aw + j];
    incref(v as Borrowed);
    i32[lw + j] = v;
  }
  if (flags & CO_VARARGS) {
    const extra = npos - n;
    const t = tupleNew(extra);
    if (t === NULL) return -1;
    for (let j = 0; j < extra; j++) {
      const v = i32[aw + n + j];
      incref(v as Borrowed);
      i32[((t + TUPLE_ITEMS) >> 2) + j] = v;
    }
    i32[lw + totalArgs] = t;
  }
  // Keyword arguments.
  let posonlyErr: string[] | null = null;
  for (let i = 0; i < nkw; i++) {
    const key = tupleGetItemBorrow(kwnames as Borrowed, i);
    const value = i32[aw + npos + i] as Borrowed;
    if (!isStr(key)) {
      errSetString(TypeError, `${qualname(func)}() keywords must be strings`);
      return -1;
    }
    let j = -1;
    for (let k = posonly; k < totalArgs; k++) if (nameAt(code, k) === key) { j = k; break; }
    if (j < 0) for (let k = posonly; k < totalArgs; k++) if (strEqual(nameAt(code, k), key)) { j = k; break; }
    if (j < 0) {
      let isPosonly = false;
      for (let k = 0; k < posonly; k++) if (strEqual(nameAt(code, k), key)) { isPosonly = true; break; }
      if (kwdict !== NULL) {
        if (dictSetItem(kwdict, key, value) < 0) return -1;
        continue;
      }
      if (isPosonly) {
        (posonlyErr ??= []).push(strToJS(key));
        continue;
      }
      errSetString(TypeError, `${qualname(func)}() got an unexpected keyword argument '${strToJS(key)}'`);
      return -1;
    }
    if (i32[lw + j] !== 0) {
      errSetString(TypeError, `${qualname(func)}() got multiple values for argument '${strToJS(key)}'`);
      return -1;
    }
    incref(value);
    i32[lw + j] = value;
  }
  if (posonlyErr !== null) {
    errSetString(TypeError, `${qualname(func)}() got some positional-only arguments passed as keyword arguments: '${posonlyErr.join(', ')}'`);
    return -1;
  }
  if (npos > argcount && !(flags & CO_VARARGS)) {
    tooManyPositional(func, code, lw, npos, argcount, kwonly);
    return -1;
  }
  // Defaults for missing positional arguments.
  if (npos < argcount) {
    const defaults = i32[(func + FUNC_DEFAULTS) >> 2] as Borrowed | Null;
    const ndef = defaults === NULL ? 0 : tupleSize(defaults);
    const m = argcount - ndef;
    const missing: string[] = [];
    for (let i = npos; i < m; i++) if (i32[lw + i] === 0) missing.push(strToJS(nameAt(code, i)));
    if (missing.length > 0) {
      missingArguments(func, missing, 'positional');
      return -1;
    }
    for (let i = n > m ? n : m; i < argcount; i++) {
      if (i32[lw + i] === 0) {
        const d = tupleGetItemBorrow(defaults as Borrowed, i - m);
        incref(d);
        i32[lw + i] = d;
      }
    }
  }
  // Keyword-only defaults.
  if (kwonly > 0) {
    const kwdefs = i32[(func + FUNC_KWDEFAULTS) >> 2] as Borrowed | Null;
    const missing: string[] = [];
    for (let i = argcount; i < totalArgs; i++) {
      if (i32[lw + i] !== 0) continue;
      const name = nameAt(code, i);
      if (kwdefs !== NULL) {
        const d = dictGetItemBorrow(kwdefs, name);
        if (d !== NULL) {
          incref(d);
          i32[lw + i] = d;
          continue;
        }
        if (errOccurred() !== NULL) return -1;
      }
      missing.push(strToJS(name));
    }
    if (missing.length > 0) {
      missingArguments(func, missing, 'keyword-only');
      return -1;
    }
  }
  return 0;
}

function quoteList(names: string[]): string {
  const q = names.map((s) => `'${s}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function missingArguments(func: Borrowed, names: string[], kind: string): void {
  const n = names.length;
  errSetString(TypeError,
    `${qualname(func)}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${quoteList(names)}`);
}

function tooManyPositional(func: Borrowed, code: Borrowed, lw: number, given: number, argcount: number, kwonly: number): void {
  const defaults = i32[(func + FUNC_DEFAULTS) >> 2] as Borrowed | Null;
  const ndef = defaults === NULL ? 0 : tupleSize(defaults);
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + kwonly; i++) if (i32[lw + i] !== 0) kwonlyGiven++;
  let sig: string;
  let plural: boolean;
  if (ndef > 0) {
    sig = `from ${argcount - ndef} to ${argcount}`;
    plural = true;
  } else {
    sig = `${argcount}`;
    plural = argcount !== 1;
  }
  let kwonlySig = '';
  if (kwonlyGiven > 0) {
    kwonlySig = ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`;
  }
  errSetString(TypeError,
    `${qualname(func)}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
  void code;
}

export { decref };
