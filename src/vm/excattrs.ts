// The attributes of builtin exception families: StopIteration.value, SystemExit.code, ImportError's
// msg/name/path/name_from, NameError.name, AttributeError name/obj, SyntaxError's location fields and
// str, the Unicode{Encode,Decode,Translate}Error fields and str, and BaseException.__reduce__ and
// __setstate__. Mirrors the member tables and the *_init / *_str functions of Objects/exceptions.c.
// Invariants: a family's values live in the fields exceptions.ts lays out after BaseException's
// (exceptionFieldOffset), owned or NULL; a member read while NULL gives None, as T_OBJECT members do.
// Names a type has no field for (rare: a helper storing an extra value) go to the instance __dict__.

import { i32 } from '../heap/views.ts';
import { decref, incref, newRef, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeSlotsOf, typeNameOf, typeOf } from '../objects/type.ts';
import { errSetString, errFetch, errClear, errSetRaised } from '../objects/errors.ts';
import {
  exceptionTypes, exceptionFieldOffset, exceptionFieldInit, EXC_ARGS, EXC_DICT, TypeError,
} from '../objects/exceptions.ts';
import { typeAddGetSets, type GetSetDef } from '../objects/getset.ts';
import { typeAddMethods, argAt, type MethodDef } from '../objects/methodobject.ts';
import { dictNew, dictCopy, dictGetItemBorrow, dictSetItem, dictDelItem, dictNext, isDict } from '../objects/dict.ts';
import { tupleSize, tupleGetItemBorrow, tuplePack } from '../objects/tuple.ts';
import { strInternImmortal, strToJS, strFromJS, isStr, strLength, strGetCodePoint } from '../objects/str.ts';
import { isBytes, bytesSize, bytesToUint8Array, bytesFromUint8Array } from '../objects/bytes.ts';
import { isInt, intAsNumber, intType } from '../objects/int.ts';
import { u8 } from '../heap/views.ts';
import { isByteArray, bytearraySize, bytearrayData } from '../objects/bytearray.ts';
import { Py_None } from '../objects/none.ts';
import { objectStr, objectSetAttr } from '../objects/object.ts';
import { sequenceTuple } from '../objects/abstract.ts';
import { baseExceptionInitSlot, typeattrsSetImportHook } from '../objects/typeattrs.ts';
import { importModuleLevel } from './import.ts';
import { excGroupInitStatic } from './excgroup.ts';

/** Stores `v` (or NULL) into the field at byte offset `off` of `o`. */
function setField(o: Borrowed, off: number, v: Borrowed | Null): void {
  const old = i32[(o + off) >> 2];
  if (v !== NULL) incref(v);
  i32[(o + off) >> 2] = v;
  if (old !== 0) decref(old as Borrowed);
}

function fieldBorrow(o: Borrowed, name: string): Borrowed | Null {
  const off = exceptionFieldOffset(o, name);
  return off === 0 ? NULL : i32[(o + off) >> 2] as Borrowed | Null;
}

/** Sets `exc.<name> = v` (NULL clears it): the family field, or the instance __dict__. 0 / -1. */
export function excMemberSet(exc: Borrowed, name: string, v: Borrowed | Null): number {
  const off = exceptionFieldOffset(exc, name);
  if (off !== 0) { setField(exc, off, v); return 0; }
  let d = i32[(exc + EXC_DICT) >> 2];
  if (d === 0) {
    if (v === NULL) return 0;
    const nd = dictNew();
    if (nd === NULL) return -1;
    i32[(exc + EXC_DICT) >> 2] = nd;
    d = nd;
  }
  if (v === NULL) {
    if (dictGetItemBorrow(d as Borrowed, strInternImmortal(name)) === NULL) return 0;
    return dictDelItem(d as Borrowed, strInternImmortal(name));
  }
  return dictSetItem(d as Borrowed, strInternImmortal(name), v);
}

/** The value of such a member (borrowed), or NULL when it is not set. */
export function excMemberGetBorrow(exc: Borrowed, name: string): Borrowed | Null {
  const off = exceptionFieldOffset(exc, name);
  if (off !== 0) return i32[(exc + off) >> 2] as Borrowed | Null;
  const d = i32[(exc + EXC_DICT) >> 2];
  if (d === 0) return NULL;
  return dictGetItemBorrow(d as Borrowed, strInternImmortal(name));
}

/** Sets ImportError.name on a freshly raised import error (the import system's ModuleNotFoundError). */
export function importErrorSetName(exc: Borrowed, name: Borrowed): number {
  return excMemberSet(exc, 'name', name);
}

/** A T_OBJECT member: None while unset; deleting unsets it. */
function member(name: string): GetSetDef {
  return {
    name,
    get: (o) => newRef(fieldBorrow(o, name) === NULL ? Py_None : fieldBorrow(o, name) as Borrowed),
    set: (o, v) => excMemberSet(o, name, v),
  };
}

/** A T_PYSSIZET member (start/end of the Unicode errors): must be set to an int. */
function indexMember(name: string): GetSetDef {
  return {
    name,
    get: (o) => newRef(fieldBorrow(o, name) === NULL ? Py_None : fieldBorrow(o, name) as Borrowed),
    set: (o, v) => {
      if (v === NULL) { errSetString(TypeError, "can't delete numeric/char attribute"); return -1; }
      if (!isInt(v)) { errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`); return -1; }
      return excMemberSet(o, name, v);
    },
  };
}

function argsOf(o: Borrowed): Borrowed | Null {
  return i32[(o + EXC_ARGS) >> 2] as Borrowed | Null;
}

function nargsOf(o: Borrowed): number {
  const a = argsOf(o);
  return a === NULL ? 0 : tupleSize(a);
}

function argBorrow(o: Borrowed, i: number): Borrowed {
  return tupleGetItemBorrow(argsOf(o) as Borrowed, i);
}

// Each family: derive its fields from args (run by exceptionNew and after BaseException's __init__).

/** StopIteration_init: value = args[0] or None. */
function stopIterationFromArgs(o: Borrowed): number {
  return excMemberSet(o, 'value', nargsOf(o) > 0 ? argBorrow(o, 0) : Py_None);
}

/** SystemExit_init: code = None, args[0], or the args tuple. */
function systemExitFromArgs(o: Borrowed): number {
  const n = nargsOf(o);
  return excMemberSet(o, 'code', n === 0 ? Py_None : n === 1 ? argBorrow(o, 0) : argsOf(o) as Borrowed);
}

/** ImportError_init: msg = args[0] when there is exactly one argument. */
function importErrorFromArgs(o: Borrowed): number {
  return excMemberSet(o, 'msg', nargsOf(o) === 1 ? argBorrow(o, 0) : NULL);
}

/** SyntaxError_init: msg = args[0]; args[1] = (filename, lineno, offset, text[, end_lineno, end_offset]). */
function syntaxErrorFromArgs(o: Borrowed): number {
  const n = nargsOf(o);
  if (n >= 1 && excMemberSet(o, 'msg', argBorrow(o, 0)) < 0) return -1;
  if (n !== 2) return 0;
  const info = sequenceTuple(argBorrow(o, 1));
  if (info === NULL) return -1;
  const k = tupleSize(info);
  let rc = 0;
  if (k < 4 || k > 6) {
    errSetString(TypeError, k < 4 ? `function takes at least 4 arguments (${k} given)` : `function takes at most 6 arguments (${k} given)`);
    rc = -1;
  } else {
    const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
    for (let i = 0; i < 6 && rc === 0; i++) rc = excMemberSet(o, names[i], i < k ? tupleGetItemBorrow(info, i) : NULL);
    if (rc === 0 && k === 5) {
      errSetString(TypeError, 'end_offset must be provided when end_lineno is provided');
      rc = -1;
    }
  }
  decref(info);
  return rc;
}

/** UnicodeEncodeError/DecodeError/TranslateError __init__: PyArg_ParseTuple of their arguments. */
function unicodeFromArgs(kind: 'encode' | 'decode' | 'translate'): (o: Borrowed) => number {
  return (o) => {
    const n = nargsOf(o);
    const want = kind === 'translate' ? 4 : 5;
    if (n !== want) {
      errSetString(TypeError, `function takes exactly ${want} arguments (${n} given)`);
      return -1;
    }
    const a = (i: number): Borrowed => argBorrow(o, i);
    let i = 0;
    if (kind !== 'translate') {
      if (!isStr(a(0))) { errSetString(TypeError, `argument 1 must be str, not ${typeNameOf(a(0))}`); return -1; }
      i = 1;
    }
    const obj = a(i);
    let ownedObj: Owned | Null = NULL;
    if (kind === 'decode') {
      if (isBytes(obj)) ownedObj = newRef(obj);
      else if (isByteArray(obj)) {
        ownedObj = bytesFromUint8Array(u8, bytearrayData(obj), bytearrayData(obj) + bytearraySize(obj));
        if (ownedObj === NULL) return -1;
      } else {
        errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(obj)}'`);
        return -1;
      }
    } else if (!isStr(obj)) {
      errSetString(TypeError, `argument ${i + 1} must be str, not ${typeNameOf(obj)}`);
      return -1;
    } else {
      ownedObj = newRef(obj);
    }
    for (const j of [i + 1, i + 2]) {
      if (!isInt(a(j))) {
        xdecref(ownedObj);
        errSetString(TypeError, `'${typeNameOf(a(j))}' object cannot be interpreted as an integer`);
        return -1;
      }
    }
    if (!isStr(a(i + 3))) {
      xdecref(ownedObj);
      errSetString(TypeError, `argument ${i + 4} must be str, not ${typeNameOf(a(i + 3))}`);
      return -1;
    }
    const rc = (kind !== 'translate' ? excMemberSet(o, 'encoding', a(0)) : 0) < 0
      || excMemberSet(o, 'object', ownedObj) < 0 || excMemberSet(o, 'start', a(i + 1)) < 0
      || excMemberSet(o, 'end', a(i + 2)) < 0 || excMemberSet(o, 'reason', a(i + 3)) < 0;
    xdecref(ownedObj);
    return rc ? -1 : 0;
  };
}

/** __init__ for a family: BaseException's (no keywords), then the family's fields from args. */
function initFromArgs(fromArgs: (o: Borrowed) => number): NonNullable<ReturnType<typeof typeSlotsOf>['init']> {
  return (self, args, nargs, kw) => {
    if (baseExceptionInitSlot(self, args, nargs, kw) < 0) return -1;
    return fromArgs(self);
  };
}

/** __init__ taking keyword-only members (ImportError: name, path; NameError: name; AttributeError: name, obj);
 *  `fname` is the family root, which PyArg_ParseTupleAndKeywords names in its errors. */
function initWithKeywords(fname: string, keys: readonly string[], fromArgs: ((o: Borrowed) => number) | null): NonNullable<ReturnType<typeof typeSlotsOf>['init']> {
  return (self, args, nargs, kw) => {
    const nkw = kw !== NULL ? tupleSize(kw) : 0;
    if (baseExceptionInitSlot(self, args, nargs, NULL) < 0) return -1;
    // vgetargskeywords counts the keywords before it looks at their names.
    if (nkw > keys.length) {
      const s = keys.length === 1 ? '' : 's';
      errSetString(TypeError, `${fname}() takes at most ${keys.length} keyword argument${s} (${nkw} given)`);
      return -1;
    }
    for (let i = 0; i < nkw; i++) {
      const k = strToJS(tupleGetItemBorrow(kw as Borrowed, i));
      if (!keys.includes(k)) {
        errSetString(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
        return -1;
      }
    }
    for (let i = 0; i < nkw; i++) {
      const k = strToJS(tupleGetItemBorrow(kw as Borrowed, i));
      if (excMemberSet(self, k, i32[(args >> 2) + nargs + i] as Borrowed) < 0) return -1;
    }
    return fromArgs !== null ? fromArgs(self) : 0;
  };
}

function strOf(o: Borrowed | Null): string | null {
  const r = objectStr(o === NULL ? Py_None : o);
  if (r === NULL) return null;
  const s = strToJS(r);
  decref(r);
  return s;
}

/** ImportError_str: the msg when it is a str, else BaseException's. */
function importErrorStr(o: Borrowed): Owned | Null {
  const m = fieldBorrow(o, 'msg');
  if (m !== NULL && isStr(m)) return newRef(m);
  return baseStr(o);
}

function baseStr(o: Borrowed): Owned | Null {
  const n = nargsOf(o);
  if (n === 0) return strFromJS('');
  return objectStr(n === 1 ? argBorrow(o, 0) : argsOf(o) as Borrowed);
}

/** SyntaxError_str: "msg (file.py, line N)" with the file's basename, or parts of it. */
function syntaxErrorStr(o: Borrowed): Owned | Null {
  const fn = fieldBorrow(o, 'filename'), ln = fieldBorrow(o, 'lineno');
  const file = fn !== NULL && isStr(fn) ? strToJS(fn).slice(strToJS(fn).lastIndexOf('/') + 1) : null;
  const haveLine = ln !== NULL && typeOf(ln) === intType;
  const msg = strOf(fieldBorrow(o, 'msg'));
  if (msg === null) return NULL;
  if (file === null && !haveLine) return strFromJS(msg);
  const line = haveLine ? String(intAsNumber(ln as Borrowed)) : '';
  if (file !== null && haveLine) return strFromJS(`${msg} (${file}, line ${line})`);
  if (file !== null) return strFromJS(`${msg} (${file})`);
  return strFromJS(`${msg} (line ${line})`);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** The str() of the three Unicode errors: one bad character/byte, or a range of positions. */
function unicodeErrorStr(kind: 'encode' | 'decode' | 'translate'): (o: Borrowed) => Owned | Null {
  return (o) => {
    const obj = fieldBorrow(o, 'object');
    if (obj === NULL) return strFromJS('');
    const reason = strOf(fieldBorrow(o, 'reason'));
    if (reason === null) return NULL;
    const encoding = kind === 'translate' ? '' : strOf(fieldBorrow(o, 'encoding'));
    if (encoding === null) return NULL;
    const s = fieldBorrow(o, 'start'), e = fieldBorrow(o, 'end');
    const start = s !== NULL && isInt(s) ? intAsNumber(s) : 0, end = e !== NULL && isInt(e) ? intAsNumber(e) : 0;
    const len = kind === 'decode' ? (isBytes(obj) ? bytesSize(obj) : 0) : isStr(obj) ? strLength(obj) : 0;
    const what = kind === 'decode' ? 'decode' : kind === 'encode' ? 'encode' : 'translate';
    const head = kind === 'translate' ? `can't translate` : `'${encoding}' codec can't ${what}`;
    if (start >= 0 && start < len && end === start + 1) {
      if (kind === 'decode') {
        const b = bytesToUint8Array(obj)[start];
        return strFromJS(`${head} byte 0x${hex(b, 2)} in position ${start}: ${reason}`);
      }
      const c = strGetCodePoint(obj, start);
      const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
      return strFromJS(`${head} character '${esc}' in position ${start}: ${reason}`);
    }
    const plural = kind === 'decode' ? 'bytes' : 'characters';
    return strFromJS(`${head} ${plural} in position ${start}-${end - 1}: ${reason}`);
  };
}

/** BaseException.__reduce__: (type, args) or (type, args, __dict__) once the instance has a dict. */
function exc_reduce(self: Borrowed | Null, _args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 0) return errSetString(TypeError, `BaseException.__reduce__() takes no arguments (${nargs} given)`);
  const o = self as Borrowed;
  const args = argsOf(o) ?? NULL;
  const d = i32[(o + EXC_DICT) >> 2] as Borrowed | Null;
  const items: Borrowed[] = [typeOf(o)];
  if (args === NULL) return tuplePack([typeOf(o), Py_None]);
  items.push(args);
  if (d !== NULL) items.push(d);
  return tuplePack(items);
}

/** BaseException.__setstate__(state): setattr for each item of a dict (None is ignored). */
function exc_setstate(self: Borrowed | Null, args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `BaseException.__setstate__() takes exactly one argument (${nargs} given)`);
  const state = argAt(args, 0);
  if (state !== Py_None) {
    if (!isDict(state)) return errSetString(TypeError, 'state is not a dictionary');
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(state, pos, kv)) {
      if (objectSetAttr(self as Borrowed, kv[0] as Borrowed, kv[1] as Borrowed) < 0) return NULL;
    }
  }
  return newRef(Py_None);
}

/** A copy of the instance __dict__ (or a new dict) with the given family fields added when set. */
function stateWith(o: Borrowed, names: readonly string[]): Owned | Null {
  const d = i32[(o + EXC_DICT) >> 2] as Borrowed | Null;
  const state = d !== NULL ? dictCopy(d) : dictNew();
  if (state === NULL) return NULL;
  for (const n of names) {
    const v = n === 'args' ? argsOf(o) : fieldBorrow(o, n);
    if (v !== NULL && dictSetItem(state, strInternImmortal(n), v) < 0) { decref(state); return NULL; }
  }
  return state;
}

/** ImportError.__reduce__: (type, args[, state]), the state holding name/path/name_from when set. */
function importerror_reduce(self: Borrowed | Null, _args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 0) return errSetString(TypeError, `ImportError.__reduce__() takes no arguments (${nargs} given)`);
  const o = self as Borrowed;
  const fields = ['name', 'path', 'name_from'].filter((n) => fieldBorrow(o, n) !== NULL);
  const d = i32[(o + EXC_DICT) >> 2] as Borrowed | Null;
  const args = argsOf(o) as Borrowed;
  if (fields.length === 0 && d === NULL) return tuplePack([typeOf(o), args]);
  const state = fields.length > 0 ? stateWith(o, fields) : newRef(d as Borrowed);
  if (state === NULL) return NULL;
  const r = tuplePack([typeOf(o), args, state]);
  decref(state);
  return r;
}

/** AttributeError.__getstate__: the __dict__ with name and args (obj is left out: rarely picklable). */
function attributeerror_getstate(self: Borrowed | Null, _args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 0) return errSetString(TypeError, `AttributeError.__getstate__() takes no arguments (${nargs} given)`);
  return stateWith(self as Borrowed, ['name', 'args']);
}

/** AttributeError.__reduce__: (type, args, __getstate__()). */
function attributeerror_reduce(self: Borrowed | Null, _args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 0) return errSetString(TypeError, `AttributeError.__reduce__() takes no arguments (${nargs} given)`);
  const o = self as Borrowed;
  const state = stateWith(o, ['name', 'args']);
  if (state === NULL) return NULL;
  const r = tuplePack([typeOf(o), argsOf(o) as Borrowed, state]);
  decref(state);
  return r;
}

/**
 * OSError.__reduce__: args only keeps (errno, strerror) when a filename was given, so the filename
 * (and filename2, after a None for winerror) go back into the args that recreate the error.
 */
function oserror_reduce(self: Borrowed | Null, _args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 0) return errSetString(TypeError, `OSError.__reduce__() takes no arguments (${nargs} given)`);
  const o = self as Borrowed;
  let args = newRef(argsOf(o) as Borrowed);
  const filename = fieldBorrow(o, 'filename'), filename2 = fieldBorrow(o, 'filename2');
  if (tupleSize(args) === 2 && filename !== NULL) {
    const items = [tupleGetItemBorrow(args, 0), tupleGetItemBorrow(args, 1), filename];
    if (filename2 !== NULL) items.push(Py_None, filename2);
    const t = tuplePack(items);
    decref(args);
    if (t === NULL) return NULL;
    args = t;
  }
  const d = i32[(o + EXC_DICT) >> 2] as Borrowed | Null;
  const r = tuplePack(d !== NULL ? [typeOf(o), args, d] : [typeOf(o), args]);
  decref(args);
  return r;
}

const excReduceMethods: MethodDef[] = [
  { name: '__reduce__', fn: exc_reduce },
  { name: '__setstate__', fn: exc_setstate },
];

/**
 * For exceptionNew (native code raising with an args tuple): fields that args can't fill stay unset
 * instead of failing the raise; an exception already pending is kept.
 */
function lenient(fromArgs: (o: Borrowed) => number): (o: Borrowed) => number {
  return (o) => {
    const saved = errFetch();
    if (fromArgs(o) < 0) errClear();
    if (saved !== NULL) errSetRaised(saved);
    return 0;
  };
}

/** Static phase, before typeFinishStatics: the families' members, __init__ and __str__. */
export function excAttrsInitStatic(): void {
  const g = (n: string): Borrowed => exceptionTypes.get(n)!;
  const family = (root: string, members: GetSetDef[], fromArgs: ((o: Borrowed) => number) | null,
    init: ReturnType<typeof initFromArgs> | null, str: ((o: Borrowed) => Owned | Null) | null, types: string[] = [root]): void => {
    typeAddGetSets(g(root), members);
    if (fromArgs !== null) exceptionFieldInit.set(g(root), lenient(fromArgs));
    for (const n of types) {
      const s = typeSlotsOf(g(n));
      if (init !== null) s.init = init;
      if (str !== null) s.str = str;
    }
  };
  typeAddMethods(g('BaseException'), excReduceMethods);
  typeAddMethods(g('ImportError'), [{ name: '__reduce__', fn: importerror_reduce }]);
  typeAddMethods(g('AttributeError'), [
    { name: '__getstate__', fn: attributeerror_getstate },
    { name: '__reduce__', fn: attributeerror_reduce },
  ]);
  typeAddMethods(g('OSError'), [{ name: '__reduce__', fn: oserror_reduce }]);
  family('StopIteration', [member('value')], stopIterationFromArgs, initFromArgs(stopIterationFromArgs), null);
  family('SystemExit', [member('code')], systemExitFromArgs, initFromArgs(systemExitFromArgs), null);
  family('ImportError', [member('msg'), member('name'), member('path'), member('name_from')], importErrorFromArgs,
    initWithKeywords('ImportError', ['name', 'path', 'name_from'], importErrorFromArgs), importErrorStr, ['ImportError', 'ModuleNotFoundError']);
  family('NameError', [member('name')], null, initWithKeywords('NameError', ['name'], null), null, ['NameError', 'UnboundLocalError']);
  family('AttributeError', [member('name'), member('obj')], null, initWithKeywords('AttributeError', ['name', 'obj'], null), null);
  family('SyntaxError', ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'].map(member),
    syntaxErrorFromArgs, initFromArgs(syntaxErrorFromArgs), syntaxErrorStr, ['SyntaxError', 'IndentationError', 'TabError']);
  for (const kind of ['encode', 'decode', 'translate'] as const) {
    const name = `Unicode${kind[0].toUpperCase()}${kind.slice(1)}Error`;
    const fromArgs = unicodeFromArgs(kind);
    family(name, [member('encoding'), member('object'), indexMember('start'), indexMember('end'), member('reason')],
      fromArgs, initFromArgs(fromArgs), unicodeErrorStr(kind));
  }
  excGroupInitStatic();
  // object.__reduce_ex__ and __getstate__ use copyreg, a Python module.
  typeattrsSetImportHook((name) => importModuleLevel(name, NULL, NULL, 0));
}
