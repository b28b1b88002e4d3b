// The builtins module's functions and constants (print, len, iter, sorted, min/max, sum, round ...),
// and the start-up entry points of the protocol layer (iterators, range, slice, views, method tables).
// Mirrors Python/bltinmodule.c. Invariants: every function is a MethodDef (vectorcall natives);
// the VM owner builds the module object from `builtinsMethods` + `builtinsConstants()`; output goes
// through `builtinsIO` (sys.stdout when the VM provides it, else a JS writer).

import { ellipsisAddMethods } from '../objects/ellipsis.ts';
import { notImplementedAddMethods } from '../objects/notimplemented.ts';
import { i32 } from '../heap/views.ts';
import { decref, newRef, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64, h64ToBigInt } from '../support/hash64.ts';
import {
  typeOf, typeNameOf, typeIsSubtype, typeSlotsOf, typeType, objectType, typeCheck, slotsOf, TP_MRO, TP_DICT, staticTypes,
  Py_LT, Py_GT,
} from '../objects/type.ts';
import {
  objectRepr, objectStr, objectHash, hashFailed, objectIsTrue, objectLength, objectRichCompareBool, noneNew,
  boolNew, objectLookupAttr,
} from '../objects/object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from '../objects/errors.ts';
import {
  TypeError, ValueError, AttributeError, StopIteration, OverflowError, exceptionTypes,
} from '../objects/exceptions.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False, boolType } from '../objects/bool.ts';
import { Py_Ellipsis } from '../objects/ellipsis.ts';
import { Py_NotImplemented } from '../objects/notimplemented.ts';
import {
  intType, isInt, isIntExact, intToBigInt, intFromBigInt, intFromNumber, intFromDouble,
  intSafeValue,
} from '../objects/int.ts';
import { floatType, isFloatExact, floatValue, floatNew } from '../objects/float.ts';
import { strType, isStr, strToJS, strFromJS, strLength, strGetCodePoint, strInternImmortal } from '../objects/str.ts';
import { bytesType, isBytes, bytesSize, bytesToUint8Array } from '../objects/bytes.ts';
import { bytearrayType } from '../objects/bytearray.ts';
import { memoryviewType } from '../objects/memoryview.ts';
import { tupleType, isTuple, isTupleExact, tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { listType, listNew, listSort, listAppendSteal } from '../objects/list.ts';
import { dictType, isDict, dictNext } from '../objects/dict.ts';
import { setType, frozensetType } from '../objects/set.ts';
import {
  objectGetIter, iterNext, objectCallOneArg, objectCallNoArgs, numberAbsolute, numberAdd, numberIndex,
  numberDivmod, numberPower, objectFormat, objectASCII, objectGetAttr, parseArgs, PARSED, lookupSpecial,
  callableCheck, sequenceList, listExtendIterable, callMethod, callMethodOneArg,
  
} from '../objects/abstract.ts';
import {
  type MethodDef, argAt, argsNoKwnames, argsCheckPositional, argsNone, METH_NOARGS, METH_O,
} from '../objects/methodobject.ts';
import { sliceType, sliceInitStatic, sliceAddMethods } from '../objects/slice.ts';
import { iterobjectInitStatic, iterobjectAddMethods, callIterNew } from '../objects/iterobject.ts';
import { rangeType, rangeInitStatic, rangeAddMethods } from '../objects/range.ts';
import { enumerateType, reversedType, enumerateInitStatic, enumerateAddMethods } from '../objects/enumerate.ts';
import { zipType, zipInitStatic, zipAddMethods } from '../objects/zip.ts';
import { mapType, filterType, mapInitStatic } from '../objects/map.ts';
import { containerMethodsInitStatic, containerAddMethods } from '../objects/container-methods.ts';
import { protocolsInstallSlots } from '../objects/protocols.ts';
import { strAddMethods } from '../objects/str-methods.ts';
import { numberAddMethods } from '../objects/number-methods.ts';
import { roundFloat } from '../support/round.ts';
import { genericAliasInitStatic, genericAliasAddClassGetItem } from '../objects/genericalias.ts';
import { moduleNew, moduleDictBorrow } from '../objects/module.ts';
import { cfunctionNew, CALL_SPEC_LEN, CALL_SPEC_ISINSTANCE } from '../objects/methodobject.ts';
import { dictSetItem, dictGetItemBorrow as dictGetItemBorrowLocal } from '../objects/dict.ts';
import { builtinsHooks } from '../vm/builtins-hook.ts';
import { functionCallWithLocals } from '../vm/eval.ts';
import { functionType } from '../objects/function.ts';
import { typeBuildClassPrepare, typeBuildClass, objectIsInstance, objectIsSubclass } from '../objects/type.ts';
import { dictNew as dictNewLocal } from '../objects/dict.ts';
import { objectSetItem as objectSetItemLocal, sequenceTuple as sequenceTupleLocal } from '../objects/abstract.ts';
import { ts } from '../vm/state.ts';
import { config } from '../support/config.ts';
import { F_GLOBALS, F_LOCALS, F_CODE, frameLocalsplus } from '../vm/frame.ts';
import { CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS, CO_FLAGS } from '../objects/code.ts';
import { cellType, CELL_REF, isCell } from '../objects/cell.ts';
import { stdio } from '../vm/io.ts';
import { stopIterationSet } from '../objects/abstract.ts';
import { tupleFromArray } from '../objects/tuple.ts';
import { compileHook, importModuleLevel, importHooks } from '../vm/import.ts';
import { astCheck, astParseToPython, astCompileFromPython, type AstMode } from './_ast.ts';
import { isModule, moduleType } from '../objects/module.ts';
import { isCode, CO_NFREEVARS, codeArenaBegin, codeArenaEnd, codeArenaRelease } from '../objects/code.ts';
import { functionNew, functionSetFieldSteal, FUNC_CLOSURE } from '../objects/function.ts';
import { anextAwaitableNew } from '../objects/anext_awaitable.ts';
import { objectVectorcall } from '../objects/abstract.ts';
import { oserrorInitStatic } from '../vm/oserror.ts';
import { ioStdinReadLine } from './_io.ts';

/** Where print() and input() read and write; the VM owner points these at sys.stdout / the program's stdin. */
export const builtinsIO = {
  /** sys.stdout (borrowed), or NULL to write through `write`. */
  stdout: null as (() => Borrowed | Null) | null,
  /** JS fallback writer for print() when there is no sys.stdout. */
  write: (s: string): void => { process.stdout.write(s); },
  /** One line of stdin without its newline handling (null at EOF), for input(). */
  readline: null as (() => string | null) | null,
  /** globals() and locals() of the running frame (the VM provides them). */
  globals: null as (() => Owned | Null) | null,
  locals: null as (() => Owned | Null) | null,
};

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

function positional(name: string, min: number, max: number, body: (args: number, nargs: number) => Owned | Null): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    if (!argsCheckPositional(name, nargs, min, max)) return NULL;
    return body(args, nargs);
  };
  return { name, fn };
}

/** METH_NOARGS: "locals() takes no arguments (1 given)". */
function noArgs(name: string, body: () => Owned | Null): MethodDef {
  const fn: Fn = (_self, _args, nargs, kwnames) => {
    if (!argsNone(name, nargs, kwnames)) return NULL;
    return body();
  };
  return { name, fn, flags: METH_NOARGS };
}

function one(name: string, body: (o: Borrowed) => Owned | Null): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    if (nargs !== 1) return errSetString(TypeError, `${name}() takes exactly one argument (${nargs} given)`);
    return body(argAt(args, 0));
  };
  // METH_O: the loop's call of it is charged to the C recursion budget as CALL_NO_KW_BUILTIN_O's is.
  return { name, fn, flags: METH_O };
}

// ---- print / input ----------------------------------------------------------------------------------------

function writeTo(file: Borrowed | Null, s: string): number {
  if (file === NULL) { builtinsIO.write(s); return 0; }
  const so = strFromJS(s);
  if (so === NULL) return -1;
  const r = callMethodOneArg(file, 'write', so);
  decref(so);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

function strOrNone(o: Borrowed | Null, what: string, dflt: string): string | null {
  if (o === NULL || o === Py_None) return dflt;
  if (isStr(o)) return strToJS(o);
  errSetString(TypeError, `${what} must be None or a string, not ${typeNameOf(o)}`);
  return null;
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False). */
function builtin_print(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  let sepO: Borrowed | Null = NULL, endO: Borrowed | Null = NULL, fileO: Borrowed | Null = NULL, flushO: Borrowed | Null = NULL;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = strToJS(tupleGetItemBorrow(kwnames as Borrowed, k));
    const v = argAt(args, nargs + k);
    if (key === 'sep') sepO = v; else if (key === 'end') endO = v; else if (key === 'file') fileO = v;
    else if (key === 'flush') flushO = v;
    else return errSetString(TypeError, `'${key}' is an invalid keyword argument for print()`);
  }
  const sep = strOrNone(sepO, 'sep', ' ');
  if (sep === null) return NULL;
  const end = strOrNone(endO, 'end', '\n');
  if (end === null) return NULL;
  let file: Borrowed | Null = fileO === NULL || fileO === Py_None ? NULL : fileO;
  if (file === NULL && builtinsIO.stdout !== null) {
    file = builtinsIO.stdout();
    if (file === Py_None) return noneNew(); // sys.stdout is None: print does nothing
  }
  if (file === NULL) {
    let out = '';
    for (let i = 0; i < nargs; i++) {
      const s = objectStr(argAt(args, i));
      if (s === NULL) return NULL;
      if (i > 0) out += sep;
      out += strToJS(s);
      decref(s);
    }
    builtinsIO.write(out + end);
    return noneNew();
  }
  for (let i = 0; i < nargs; i++) {
    if (i > 0 && writeTo(file, sep) < 0) return NULL;
    const s = objectStr(argAt(args, i));
    if (s === NULL) return NULL;
    const r = callMethodOneArg(file, 'write', s);
    decref(s);
    if (r === NULL) return NULL;
    decref(r);
  }
  if (writeTo(file, end) < 0) return NULL;
  if (flushO !== NULL) {
    const t = objectIsTrue(flushO);
    if (t < 0) return NULL;
    if (t === 1) {
      const r = callMethod(file, 'flush');
      if (r === NULL) return NULL;
      decref(r);
    }
  }
  return noneNew();
}

/** input(prompt=''). */
function builtin_input(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('input', kwnames) || !argsCheckPositional('input', nargs, 0, 1)) return NULL;
  if (nargs === 1) {
    const p = objectStr(argAt(args, 0));
    if (p === NULL) return NULL;
    const file = builtinsIO.stdout !== null ? builtinsIO.stdout() : NULL;
    const r = writeTo(file === Py_None ? NULL : file, strToJS(p));
    decref(p);
    if (r < 0) return NULL;
    if (file !== NULL && file !== Py_None) {
      const f = callMethod(file, 'flush');
      if (f === NULL) errClear(); else decref(f);
    }
  }
  const line = builtinsIO.readline !== null ? builtinsIO.readline() : null;
  if (line === null) return errSetString(exceptionTypes.get('EOFError')!, 'EOF when reading a line');
  return strFromJS(line.endsWith('\n') ? line.slice(0, -1) : line);
}

// ---- simple functions -----------------------------------------------------------------------------------------

function builtin_len(o: Borrowed): Owned | Null {
  const n = objectLength(o);
  return n < 0 && errOccurred() !== NULL ? NULL : intFromNumber(n);
}

function builtin_hash(o: Borrowed): Owned | Null {
  const lo = objectHash(o);
  if (hashFailed(lo)) return NULL;
  return intFromBigInt(h64ToBigInt(lo, H64[1]));
}

function intBase(o: Borrowed, base: number, prefix: string): Owned | Null {
  const i = numberIndex(o);
  if (i === NULL) return NULL;
  const v = intToBigInt(i);
  decref(i);
  return strFromJS((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base));
}

function builtin_chr(o: Borrowed): Owned | Null {
  if (!isInt(o) && slotsOf(o).index === null) {
    return errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
  }
  const i = numberIndex(o);
  if (i === NULL) return NULL;
  const v = intToBigInt(i);
  decref(i);
  if (v < 0n || v > 0x10ffffn) {
    if (v > 0x7fffffffn || v < -0x80000000n) return errSetString(OverflowError, 'Python int too large to convert to C int');
    return errSetString(ValueError, 'chr() arg not in range(0x110000)');
  }
  return strFromJS(String.fromCodePoint(Number(v)));
}

function builtin_ord(o: Borrowed): Owned | Null {
  if (isStr(o)) {
    const n = strLength(o);
    if (n === 1) return intFromNumber(strGetCodePoint(o, 0));
    return errSetString(TypeError, `ord() expected a character, but string of length ${n} found`);
  }
  if (isBytes(o)) {
    const n = bytesSize(o);
    if (n === 1) return intFromNumber(bytesToUint8Array(o)[0]);
    return errSetString(TypeError, `ord() expected a character, but string of length ${n} found`);
  }
  return errSetString(TypeError, `ord() expected string of length 1, but ${typeNameOf(o)} found`);
}

function builtin_all(o: Borrowed, want: boolean): Owned | Null {
  const it = objectGetIter(o);
  if (it === NULL) return NULL;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    const t = objectIsTrue(item);
    decref(item);
    if (t < 0) { decref(it); return NULL; }
    if ((t === 1) !== want) { decref(it); return boolNew(!want); }
  }
  decref(it);
  if (errOccurred() !== NULL) return NULL;
  return boolNew(want);
}

/** iter(object) / iter(callable, sentinel). */
function builtin_iter(args: number, nargs: number): Owned | Null {
  if (nargs === 1) return objectGetIter(argAt(args, 0));
  const f = argAt(args, 0);
  if (!callableCheck(f)) return errSetString(TypeError, 'iter(object, sentinel): object must be callable');
  return callIterNew(f, argAt(args, 1));
}

/** next(iterator[, default]). */
function builtin_next(args: number, nargs: number): Owned | Null {
  const it = argAt(args, 0);
  const f = slotsOf(it).iternext;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(it)}' object is not an iterator`);
  const r = f(it);
  if (r !== NULL) return r;
  if (errOccurred() !== NULL) {
    if (nargs < 2 || !errExceptionMatches(StopIteration)) return NULL;
    errClear();
  }
  if (nargs === 2) return newRef(argAt(args, 1));
  return errSetString(StopIteration, '') === NULL ? stopIterationBare() : NULL;
}

function stopIterationBare(): Null {
  return stopIterationSet(NULL);
}

/** sorted(iterable, /, *, key=None, reverse=False). */
function builtin_sorted(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `sorted expected 1 argument, got ${nargs}`);
  const iterable = argAt(args, 0);
  // The list first (PySequence_List), then list.sort's keyword parsing: `sorted(1, zz=1)` is not iterable.
  const l = listNew(0);
  if (l === NULL) return NULL;
  if (listExtendIterable(l, iterable) < 0) { decref(l); return NULL; }
  if (!parseArgs('sort', args + 4, 0, kwnames, ['key', 'reverse'], 0, 0)) { decref(l); return NULL; }
  const key = PARSED[0] as Borrowed | Null, rev = PARSED[1] as Borrowed | Null;
  let reverse = false;
  if (rev !== NULL) {
    const t = objectIsTrue(rev);
    if (t < 0) { decref(l); return NULL; }
    reverse = t === 1;
  }
  const keyfunc = key === NULL || key === Py_None ? null : (item: Borrowed) => objectCallOneArg(key, item);
  if (listSort(l, keyfunc, reverse) < 0) { decref(l); return NULL; }
  return l;
}

/** min() / max(). */
function minmax(name: 'min' | 'max', args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const op = name === 'min' ? Py_LT : Py_GT;
  let key: Borrowed | Null = NULL, dflt: Borrowed | Null = NULL;
  // min_max: the positional count first, then the keywords (PyArg_ParseTupleAndKeywords "|$OO:max").
  if (nargs === 0) return errSetString(TypeError, `${name} expected at least 1 argument, got 0`);
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(tupleGetItemBorrow(kwnames as Borrowed, k));
    if (kn === 'key') key = argAt(args, nargs + k);
    else if (kn === 'default') dflt = argAt(args, nargs + k);
    else return errSetString(TypeError, `'${kn}' is an invalid keyword argument for ${name}()`);
  }
  if (key === Py_None) key = NULL;
  if (nargs > 1 && dflt !== NULL) {
    return errSetString(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  let it: Owned | Null;
  let seq: Owned | Null = NULL;
  if (nargs === 1) it = objectGetIter(argAt(args, 0));
  else {
    seq = tupleFromArgs(args, nargs);
    if (seq === NULL) return NULL;
    it = objectGetIter(seq);
  }
  xdecref(seq);
  if (it === NULL) return NULL;
  let best: Owned | Null = NULL, bestKey: Owned | Null = NULL;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    let k: Owned | Null;
    if (key !== NULL) {
      k = objectCallOneArg(key, item);
      if (k === NULL) { decref(item); break; }
    } else k = newRef(item);
    if (best === NULL) { best = item; bestKey = k; continue; }
    const c = objectRichCompareBool(k, bestKey as Borrowed, op);
    if (c < 0) { decref(item); decref(k); break; }
    if (c > 0) { decref(best); decref(bestKey as Owned); best = item; bestKey = k; }
    else { decref(item); decref(k); }
  }
  decref(it);
  xdecref(bestKey);
  if (errOccurred() !== NULL) { xdecref(best); return NULL; }
  if (best === NULL) {
    if (dflt !== NULL) return newRef(dflt);
    return errSetString(ValueError, `${name}() iterable argument is empty`);
  }
  return best;
}

function tupleFromArgs(args: number, nargs: number): Owned | Null {
  return tupleFromArray(args, nargs);
}

/** sum(iterable, /, start=0), with 3.12's compensated (Neumaier) float summation. */
/** Bound of sum()'s JS-number accumulator (a NaN item or total fails the test and goes to bigints). */
const MAX_SAFE_SUM = Number.MAX_SAFE_INTEGER;

function builtin_sum(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('sum', args, nargs, kwnames, ['iterable', 'start'], 1, 2, 1)) return NULL;
  const iterable = PARSED[0] as Borrowed, start = PARSED[1] as Borrowed | Null;
  if (start !== NULL) {
    if (isStr(start)) return errSetString(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (isBytes(start)) return errSetString(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (typeNameOf(start) === 'bytearray') return errSetString(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = objectGetIter(iterable);
  if (it === NULL) return NULL;
  let result: Owned | Null = start === NULL ? intFromNumber(0) : newRef(start);
  // Fast path: exact ints (and bools) summed as bigints/doubles while the result is an exact int.
  if (result !== NULL && isIntExact(result)) {
    // A JS number while the total stays a safe integer, a bigint from the first overflow on.
    let accN = intSafeValue(result), acc = 0n, big = accN !== accN;
    if (big) acc = intToBigInt(result);
    let item: Owned | Null = NULL;
    for (;;) {
      item = iterNext(it);
      if (item === NULL) break;
      if (isIntExact(item) || typeOf(item) === boolType) {
        if (!big) {
          const v = intSafeValue(item), t = accN + v;
          if (t <= MAX_SAFE_SUM && t >= -MAX_SAFE_SUM) { accN = t; decref(item); continue; }
          big = true;
          acc = BigInt(accN);
        }
        acc += intToBigInt(item);
        decref(item);
        continue;
      }
      break;
    }
    decref(result);
    result = big ? intFromBigInt(acc) : intFromNumber(accN);
    if (item === NULL || result === NULL) {
      decref(it);
      if (errOccurred() !== NULL) { xdecref(result); return NULL; }
      return result;
    }
    const t = numberAdd(result, item);
    decref(result); decref(item);
    result = t;
    if (result === NULL) { decref(it); return NULL; }
  }
  if (result !== NULL && isFloatExact(result)) {
    let f = floatValue(result), c = 0;
    let item: Owned | Null = NULL;
    for (;;) {
      item = iterNext(it);
      if (item === NULL) break;
      if (isFloatExact(item)) {
        const x = floatValue(item);
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
        else c += (x - t) + f;
        f = t;
        decref(item);
        continue;
      }
      if (isIntExact(item)) {
        const x = intSafeValue(item);
        if (x === x) {
          const t = f + x;
          if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
          else c += (x - t) + f;
          f = t;
          decref(item);
          continue;
        }
      }
      if (isInt(item)) {
        const v = intToBigInt(item);
        if (v >= -(1n << 63n) && v < (1n << 63n)) {
          const x = Number(v);
          const t = f + x;
          if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
          else c += (x - t) + f;
          f = t;
          decref(item);
          continue;
        }
      }
      break;
    }
    if (c !== 0 && Number.isFinite(c)) f += c;
    decref(result);
    result = floatNew(f);
    if (item === NULL || result === NULL) {
      decref(it);
      if (errOccurred() !== NULL) { xdecref(result); xdecref(item); return NULL; }
      return result;
    }
    const t = numberAdd(result, item);
    decref(result); decref(item);
    result = t;
  }
  while (result !== NULL) {
    const item = iterNext(it);
    if (item === NULL) break;
    const t = numberAdd(result, item);
    decref(result); decref(item);
    result = t;
  }
  decref(it);
  if (errOccurred() !== NULL) { xdecref(result); return NULL; }
  return result;
}

/** round(number, ndigits=None). */
function builtin_round(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('round', args, nargs, kwnames, ['number', 'ndigits'], 1)) return NULL;
  const num = PARSED[0] as Borrowed, nd = PARSED[1] as Borrowed | Null;
  if (isFloatExact(num)) {
    const x = floatValue(num);
    if (nd === NULL || nd === Py_None) {
      if (x !== x) return errSetString(ValueError, 'cannot convert float NaN to integer');
      if (!Number.isFinite(x)) return errSetString(OverflowError, 'cannot convert float infinity to integer');
      let r = Math.round(x);
      if (Math.abs(x % 1) === 0.5) r = 2 * Math.round(x / 2);
      return intFromDouble(r);
    }
    const ni = numberIndex(nd);
    if (ni === NULL) return NULL;
    const n = intToBigInt(ni);
    decref(ni);
    const r = roundFloat(x, n > 400n ? 400 : n < -400n ? -400 : Number(n));
    if (!Number.isFinite(r) && Number.isFinite(x)) return errSetString(OverflowError, 'rounded value too large to represent');
    return floatNew(r);
  }
  const meth = lookupSpecialOrBuiltin(num, '__round__');
  if (meth === NULL) {
    if (errOccurred() !== NULL) return NULL;
    return errSetString(TypeError, `type ${typeNameOf(num)} doesn't define __round__ method`);
  }
  // ndigits None calls __round__() with no argument (builtin_round_impl).
  const r = nd === NULL || nd === Py_None ? objectCallNoArgs(meth) : objectCallOneArg(meth, nd);
  decref(meth);
  return r;
}

function lookupSpecialOrBuiltin(o: Borrowed, name: string): Owned | Null {
  return lookupSpecial(o, name);
}

/** isinstance(obj, classinfo) for types, tuples of types (nested), and __instancecheck__. */
export function isInstanceCheck(o: Borrowed, cls: Borrowed): number {
  if (typeOf(o) === cls) return 1;
  if (typeCheck(cls, typeType)) {
    if (typeCheck(o, cls)) return 1;
    const chk = cls === typeType || typeOf(cls) === typeType ? NULL : lookupSpecial(cls, '__instancecheck__');
    if (chk !== NULL) {
      const r = objectCallOneArg(chk, o);
      decref(chk);
      if (r === NULL) return -1;
      const t = objectIsTrue(r);
      decref(r);
      return t;
    }
    return errOccurred() !== NULL ? -1 : 0;
  }
  if (isTuple(cls)) {
    for (let i = 0; i < tupleSize(cls); i++) {
      const r = isInstanceCheck(o, tupleGetItemBorrow(cls, i));
      if (r !== 0) return r;
    }
    return 0;
  }
  const chk = lookupSpecial(cls, '__instancecheck__');
  if (chk !== NULL) {
    const r = objectCallOneArg(chk, o);
    decref(chk);
    if (r === NULL) return -1;
    const t = objectIsTrue(r);
    decref(r);
    return t;
  }
  if (errOccurred() !== NULL) return -1;
  errSetString(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return -1;
}

/** issubclass(cls, classinfo). */
export function isSubclassCheck(c: Borrowed, cls: Borrowed): number {
  if (isTuple(cls)) {
    for (let i = 0; i < tupleSize(cls); i++) {
      const r = isSubclassCheck(c, tupleGetItemBorrow(cls, i));
      if (r !== 0) return r;
    }
    return 0;
  }
  if (typeOf(cls) !== typeType) { // any object but an exact type may define __subclasscheck__ (typing aliases)
    const chk = lookupSpecial(cls, '__subclasscheck__');
    if (chk !== NULL) {
      const r = objectCallOneArg(chk, c);
      decref(chk);
      if (r === NULL) return -1;
      const t = objectIsTrue(r);
      decref(r);
      return t;
    }
    if (errOccurred() !== NULL) return -1;
  }
  if (!typeCheck(c, typeType)) { errSetString(TypeError, 'issubclass() arg 1 must be a class'); return -1; }
  if (!typeCheck(cls, typeType)) {
    errSetString(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    return -1;
  }
  return c === cls || typeIsSubtype(c, cls) ? 1 : 0;
}

function attrName(o: Borrowed, fn: string): boolean {
  if (isStr(o)) return true;
  errSetString(TypeError, `attribute name must be string, not '${typeNameOf(o)}'`);
  return false;
}

function builtin_getattr(args: number, nargs: number): Owned | Null {
  const o = argAt(args, 0), name = argAt(args, 1);
  if (!attrName(name, 'getattr')) return NULL;
  const r = objectGetAttr(o, name);
  if (r === NULL && nargs === 3 && errExceptionMatches(AttributeError)) {
    errClear();
    return newRef(argAt(args, 2));
  }
  return r;
}

function setAttr(o: Borrowed, name: Borrowed, v: Borrowed | Null): number {
  const f = slotsOf(o).setattro;
  if (f === null) {
    errSetString(AttributeError, `'${typeNameOf(o)}' object has no attribute '${strToJS(name)}'`);
    return -1;
  }
  return f(o, name, v);
}

/** module.__dir__ then sorting: the module's own __dir__ function if its dict has one, else its dict's keys. */
function moduleDir(m: Borrowed): Owned | Null {
  const d = moduleDictBorrow(m);
  const f = dictGetItemBorrowLocal(d, strInternImmortal('__dir__'));
  const r = f !== NULL ? objectCallNoArgs(f) : sequenceList(d);
  if (r === NULL) return NULL;
  const l = sequenceList(r);
  decref(r);
  if (l === NULL) return NULL;
  if (listSort(l) < 0) { decref(l); return NULL; }
  return l;
}

function builtin_dir(args: number, nargs: number): Owned | Null {
  if (nargs === 0) {
    const loc = builtinsIO.locals !== null ? builtinsIO.locals() : frameLocals();
    if (loc === NULL) return NULL;
    const l = sequenceList(loc);
    decref(loc);
    if (l === NULL) return NULL;
    if (listSort(l) < 0) { decref(l); return NULL; }
    return l;
  }
  const o = argAt(args, 0);
  if (typeOf(o) === moduleType) return moduleDir(o);
  const meth = lookupSpecial(o, '__dir__');
  if (meth !== NULL) {
    const r = objectCallNoArgs(meth);
    decref(meth);
    if (r === NULL) return NULL;
    const l = sequenceList(r);
    decref(r);
    if (l === NULL) return NULL;
    if (listSort(l) < 0) { decref(l); return NULL; }
    return l;
  }
  if (errOccurred() !== NULL) return NULL;
  // Fallback: the names in the type dicts along the MRO (and the instance __dict__).
  const names = new Set<string>();
  const addDict = (d: Borrowed): void => {
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(d, pos, kv)) if (isStr(kv[0] as Borrowed)) names.add(strToJS(kv[0] as Borrowed));
  };
  const isType = typeCheck(o, typeType);
  const t = isType ? o : typeOf(o);
  const mro = i32[(t + TP_MRO) >> 2];
  if (mro !== 0) for (let i = 0; i < tupleSize(mro as Borrowed); i++) {
    const d = i32[(tupleGetItemBorrow(mro as Borrowed, i) + TP_DICT) >> 2];
    if (d !== 0) addDict(d as Borrowed);
  }
  if (!isType) {
    const dd = objectGetAttr(o, strInternImmortal('__dict__'));
    if (dd !== NULL) { if (isDict(dd)) addDict(dd); decref(dd); } else errClear();
  }
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const n of [...names].sort()) {
    const s = strFromJS(n);
    if (s === NULL || listAppendSteal(l, s) < 0) { decref(l); return NULL; }
  }
  return l;
}

function builtin_vars(args: number, nargs: number): Owned | Null {
  if (nargs === 0) return builtinsIO.locals !== null ? builtinsIO.locals() : frameLocals();
  const r = objectGetAttr(argAt(args, 0), strInternImmortal('__dict__'));
  if (r === NULL && errExceptionMatches(AttributeError)) {
    errClear();
    return errSetString(TypeError, 'vars() argument must have __dict__ attribute');
  }
  return r;
}

function builtin_pow(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('pow', args, nargs, kwnames, ['base', 'exp', 'mod'], 2)) return NULL;
  const b = PARSED[0] as Borrowed, e = PARSED[1] as Borrowed, m = PARSED[2] as Borrowed | Null;
  return numberPower(b, e, m === NULL ? Py_None : m);
}

function builtin_format(args: number, nargs: number): Owned | Null {
  const spec = nargs === 2 ? argAt(args, 1) : NULL;
  if (spec !== NULL && !isStr(spec)) {
    return errSetString(TypeError, `format() argument 2 must be str, not ${spec === Py_None ? 'None' : typeNameOf(spec)}`);
  }
  return objectFormat(argAt(args, 0), spec);
}

/**
 * __build_class__(func, name, /, *bases, **kwds): the metaclass and namespace (type.ts), the class body
 * run in that namespace (the VM), then meta(name, bases, ns, **kwds). Mirrors builtin___build_class__.
 */
function builtin___build_class__(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs < 2) return errSetString(TypeError, '__build_class__: not enough arguments');
  const func = argAt(args, 0), name = argAt(args, 1);
  if (typeOf(func) !== functionType) return errSetString(TypeError, '__build_class__: func must be a function');
  if (!isStr(name)) return errSetString(TypeError, '__build_class__: name is not a string');
  const origBases = tupleFromArray(args + 8, nargs - 2);
  if (origBases === NULL) return NULL;
  const bases = updateBases(origBases);
  if (bases === NULL) { decref(origBases); return NULL; }
  let kwds: Owned | Null = NULL;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  if (nkw > 0) {
    kwds = dictNewLocal();
    if (kwds === NULL) { decref(bases); decref(origBases); return NULL; }
    for (let k = 0; k < nkw; k++) {
      if (dictSetItem(kwds, tupleGetItemBorrow(kwnames as Borrowed, k), argAt(args, nargs + k)) < 0) {
        decref(kwds); decref(bases); decref(origBases); return NULL;
      }
    }
  }
  const out = new Int32Array(2);
  let cls: Owned | Null = NULL;
  if (typeBuildClassPrepare(name, bases, kwds, out) === 0) {
    const meta = out[0] as Owned, ns = out[1] as Owned;
    let ok = true;
    if (bases !== origBases) {
      ok = objectSetItemLocal(ns, strInternImmortal('__orig_bases__'), origBases) >= 0;
    }
    const cell = ok ? functionCallWithLocals(func, ns) : NULL;
    if (cell !== NULL) {
      cls = typeBuildClass(meta, name, bases, ns, kwds);
      decref(cell);
    }
    decref(ns);
    decref(meta);
  }
  xdecref(kwds);
  decref(bases);
  decref(origBases);
  return cls;
}

/** update_bases: replaces bases that define __mro_entries__ (PEP 560). Returns bases itself (new ref) when none do. */
function updateBases(bases: Borrowed): Owned | Null {
  const n = tupleSize(bases);
  let changed = false;
  const items: Owned[] = [];
  for (let i = 0; i < n; i++) {
    const b = tupleGetItemBorrow(bases, i);
    if (typeCheck(b, typeType)) { items.push(newRef(b)); continue; }
    // An ordinary attribute lookup on the base, as CPython's update_bases does (a function whose
    // __dict__ holds __mro_entries__, like typing.NamedTuple, qualifies).
    const me = objectLookupAttr(b, strInternImmortal('__mro_entries__'));
    if (me === NULL) {
      if (errOccurred() !== NULL) { for (const x of items) decref(x); return NULL; }
      items.push(newRef(b));
      continue;
    }
    const r = objectCallOneArg(me, bases);
    decref(me);
    if (r === NULL) { for (const x of items) decref(x); return NULL; }
    if (!isTuple(r)) {
      decref(r);
      for (const x of items) decref(x);
      return errSetString(TypeError, '__mro_entries__ must return a tuple');
    }
    changed = true;
    for (let j = 0; j < tupleSize(r); j++) items.push(newRef(tupleGetItemBorrow(r, j)));
    decref(r);
  }
  if (!changed) { for (const x of items) decref(x); return newRef(bases); }
  const t = tupleFromArray(0, 0);
  if (t === NULL) { for (const x of items) decref(x); return NULL; }
  decref(t);
  const l = listNew(0);
  if (l === NULL) { for (const x of items) decref(x); return NULL; }
  for (const x of items) if (listAppendSteal(l, x) < 0) { decref(l); return NULL; }
  const tt = sequenceTupleLocal(l);
  decref(l);
  return tt;
}

// ---- exec / eval / compile / __import__ / open ---------------------------------------------------------------

const PyCF_ONLY_AST = 0x400;
/** PyCF_MASK: the future-feature flags (CO_FUTURE_DIVISION .. CO_FUTURE_ANNOTATIONS) compile() takes and code inherits. */
const PyCF_MASK = 0x1fe0000;
/** What compile() accepts: PyCF_MASK, the obsolete CO_NESTED, and PyCF_COMPILE_MASK (ONLY_AST, DONT_IMPLY_DEDENT, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT). */
const PyCF_KNOWN = PyCF_MASK | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

/** PyEval_MergeCompilerFlags: the future features of the code running now, which compile(), exec() and eval() of source inherit. */
function callerFutureFlags(): number {
  const f = ts.frame;
  return f === 0 ? 0 : i32[(i32[(f >> 2) + F_CODE] + CO_FLAGS) >> 2] & PyCF_MASK;
}

/** The source of compile/exec/eval as JS text or bytes, or null with TypeError set. */
function sourceOf(o: Borrowed, fname: string, what: string): string | Uint8Array | null {
  if (isStr(o)) return strToJS(o);
  if (isBytes(o)) return bytesToUint8Array(o).slice();
  const tn = typeNameOf(o);
  if (tn === 'bytearray' || tn === 'memoryview') {
    const b = objectCallOneArg(bytesType, o);
    if (b === NULL) return null;
    const u = bytesToUint8Array(b).slice();
    decref(b);
    return u;
  }
  errSetString(TypeError, `${fname}() arg 1 must be ${what}`);
  return null;
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1). */
function builtin_compile(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('compile', args, nargs, kwnames,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 3, 6)) return NULL;
  const src = PARSED[0] as Borrowed, fnO = PARSED[1] as Borrowed, modeO = PARSED[2] as Borrowed;
  const flagsO = PARSED[3] as Borrowed | Null, dontInheritO = PARSED[4] as Borrowed | Null;
  const optimizeO = PARSED[5] as Borrowed | Null, featureO = PARSED[6] as Borrowed | Null;
  let filename: string;
  if (isStr(fnO)) filename = strToJS(fnO);
  else if (isBytes(fnO)) filename = new TextDecoder().decode(bytesToUint8Array(fnO));
  else {
    const p = lookupSpecial(fnO, '__fspath__');
    if (p === NULL) {
      if (errOccurred() !== NULL) return NULL;
      return errSetString(TypeError, `expected str, bytes or os.PathLike object, not ${typeNameOf(fnO)}`);
    }
    const r = objectCallNoArgs(p);
    decref(p);
    if (r === NULL) return NULL;
    filename = isStr(r) ? strToJS(r) : '?';
    decref(r);
  }
  if (!isStr(modeO)) return errSetString(TypeError, `compile() argument 'mode' must be str, not ${typeNameOf(modeO)}`);
  const mode = strToJS(modeO);
  let flags = 0;
  if (flagsO !== NULL) {
    if (!isInt(flagsO)) return errSetString(TypeError, `'${typeNameOf(flagsO)}' object cannot be interpreted as an integer`);
    flags = Number(intToBigInt(flagsO));
  }
  // Argument Clinic converts optimize and _feature_version (int) before the body's checks.
  for (const o of [optimizeO, featureO]) {
    if (o !== NULL && !isInt(o)) return errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
  }
  // -1: the interpreter's own level (sys.flags.optimize, resolved by the compile hook)
  const optimize = optimizeO === NULL ? -1 : Number(intToBigInt(optimizeO));
  if ((flags & ~PyCF_KNOWN) !== 0) return errSetString(ValueError, 'compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) return errSetString(ValueError, 'compile(): invalid optimize value');
  const onlyAst = (flags & PyCF_ONLY_AST) !== 0;
  if (mode === 'func_type' && !onlyAst) return errSetString(ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
    return errSetString(ValueError, onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
      : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const dontInherit = dontInheritO === NULL ? 0 : objectIsTrue(dontInheritO);
  if (dontInherit < 0) return NULL;
  const future = (flags & PyCF_MASK) | (dontInherit === 0 ? callerFutureFlags() : 0);
  // PyAST_Check: a tree is returned as it is (PyCF_ONLY_AST) or validated and compiled.
  const tn = typeNameOf(src);
  if (!isStr(src) && !isBytes(src) && tn !== 'bytearray' && tn !== 'memoryview') {
    const isAst = astCheck(src);
    if (isAst < 0) return NULL;
    if (isAst === 1) {
      if (onlyAst) return newRef(src);
      return astCompileFromPython(src, filename, mode as 'exec' | 'eval' | 'single', future, optimize);
    }
  }
  const text = sourceOf(src, 'compile', 'a string, bytes or AST object');
  if (text === null) {
    if (errOccurred() !== NULL && errExceptionMatches(TypeError)) {
      errClear();
      return errSetString(TypeError, 'compile() arg 1 must be a string, bytes or AST object');
    }
    return NULL;
  }
  if (onlyAst) return astParseToPython(text, filename, mode as AstMode, flags);
  return compileText(text, filename, mode as 'exec' | 'eval' | 'single', future, flags, optimize);
}

/** Compiles source text; optimize -1 (exec() and eval() of a string) is the interpreter's level. */
function compileText(text: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single', future: number, flags = 0,
  optimize = -1): Owned | Null {
  if (compileHook.compile === null) {
    return errSetString(exceptionTypes.get('NotImplementedError')!, 'compile() needs the compiler, which this runtime did not load');
  }
  return compileHook.compile(text, filename, mode, future, flags, optimize);
}

/** The builtins dict a code run under `globals` sees: globals['__builtins__'] (module or dict), else ours. */
function builtinsFor(globals: Borrowed): Borrowed | Null {
  const b = dictGetItemBorrowLocal(globals, strInternImmortal('__builtins__'));
  if (b === NULL) {
    if (errOccurred() !== NULL) return NULL;
    const ours = ts.builtinsDict;
    if (ours === NULL) return errSetString(exceptionTypes.get('RuntimeError')!, 'no builtins');
    if (dictSetItem(globals, strInternImmortal('__builtins__'), ours) < 0) return NULL;
    return ours;
  }
  if (isModule(b)) return moduleDictBorrow(b);
  return b;
}

/** PyMapping_Check: has __getitem__ and is not a sequence-only builtin. */
function mappingCheck(o: Borrowed): boolean {
  return slotsOf(o).getitem !== null;
}

/** exec()'s closure check: an exact tuple of `n` cells. */
function closureFits(closure: Borrowed | Null, n: number): boolean {
  if (closure === NULL || closure === Py_None || !isTupleExact(closure) || tupleSize(closure) !== n) return false;
  for (let i = 0; i < n; i++) if (!isCell(tupleGetItemBorrow(closure, i))) return false;
  return true;
}

/** The shared body of exec() and eval(). */
function execOrEval(name: 'exec' | 'eval', args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  // 3.12's eval takes positional arguments only (METH_FASTCALL); exec has the keyword-only closure.
  if (name === 'eval') {
    if (!argsNoKwnames('eval', kwnames) || !argsCheckPositional('eval', nargs, 1, 3)) return NULL;
    for (let i = 0; i < 3; i++) PARSED[i] = i < nargs ? argAt(args, i) : NULL;
  } else if (!parseArgs(name, args, nargs, kwnames, ['source', 'globals', 'locals', 'closure'], 1, 3, 3)) return NULL;
  const src = PARSED[0] as Borrowed;
  let g = PARSED[1] as Borrowed | Null, l = PARSED[2] as Borrowed | Null;
  const closure = name === 'exec' ? PARSED[3] as Borrowed | Null : NULL;
  if (g === Py_None) g = NULL;
  if (l === Py_None) l = NULL;
  if (g !== NULL && !isDict(g)) {
    return errSetString(TypeError, name === 'exec'
      ? `exec() globals must be a dict, not ${typeNameOf(g)}`
      : (mappingCheck(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict'));
  }
  if (l !== NULL && !mappingCheck(l)) {
    return errSetString(TypeError, name === 'exec' ? `locals must be a mapping or None, not ${typeNameOf(l)}` : 'locals must be a mapping');
  }
  let globals: Owned | Null, locals: Owned | Null;
  if (g === NULL) {
    globals = builtinsIO.globals !== null ? builtinsIO.globals() : frameGlobals();
    if (globals === NULL) return NULL;
    locals = l !== NULL ? newRef(l) : (builtinsIO.locals !== null ? builtinsIO.locals() : frameLocals());
    if (locals === NULL) { decref(globals); return NULL; }
  } else {
    globals = newRef(g);
    locals = newRef(l !== NULL ? l : g);
  }
  let code: Owned | Null = NULL, fn: Owned | Null = NULL, result: Owned | Null = NULL;
  let arena: number[] | null = null;
  fail: {
    const builtins = builtinsFor(globals);
    if (builtins === NULL) break fail;
    const hasClosure = closure !== NULL && closure !== Py_None;
    if (isCode(src)) {
      const nfree = i32[(src + CO_NFREEVARS) >> 2];
      if (name === 'eval' && nfree > 0) {
        errSetString(TypeError, 'code object passed to eval() may not contain free variables');
        break fail;
      }
      if (nfree === 0 && hasClosure) {
        errSetString(TypeError, 'cannot use a closure with this code object');
        break fail;
      }
      if (nfree > 0 && !closureFits(closure, nfree)) {
        errSetString(TypeError, `code object requires a closure of exactly length ${nfree}`);
        break fail;
      }
      code = newRef(src);
    } else if (hasClosure) {
      errSetString(TypeError, 'closure can only be used when source is a code object');
      break fail;
    } else {
      let text = sourceOf(src, name, name === 'exec' ? 'a string, bytes or code object' : 'a string, bytes or code object');
      if (text === null) break fail;
      if (name === 'eval') {
        if (typeof text === 'string') text = text.replace(/^[ \t]+/, '');
        else { let k = 0; while (k < text.length && (text[k] === 0x20 || text[k] === 9)) k++; text = text.subarray(k); }
      }
      codeArenaBegin();
      code = compileText(text, '<string>', name, callerFutureFlags());
      arena = codeArenaEnd();
      if (code === NULL) break fail;
    }
    fn = functionNew(code, globals, builtins, NULL, true);
    if (fn === NULL) break fail;
    if (hasClosure) functionSetFieldSteal(fn, FUNC_CLOSURE, newRef(closure));
    result = functionCallWithLocals(fn, locals);
    if (result !== NULL && name === 'exec') { decref(result); result = noneNew(); }
  }
  xdecref(fn); xdecref(code); decref(locals); decref(globals);
  if (arena !== null) codeArenaRelease(arena);
  return result;
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0). */
function builtin___import__(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('__import__', args, nargs, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], 1)) return NULL;
  const name = PARSED[0] as Borrowed, g = PARSED[1] as Borrowed | Null, fromlist = PARSED[3] as Borrowed | Null;
  const levelO = PARSED[4] as Borrowed | Null;
  if (!isStr(name)) return errSetString(TypeError, 'module name must be a string');
  let level = 0;
  if (levelO !== NULL) {
    if (!isInt(levelO)) return errSetString(TypeError, `'${typeNameOf(levelO)}' object cannot be interpreted as an integer`);
    level = Number(intToBigInt(levelO));
  }
  return importModuleLevel(strToJS(name), g === Py_None ? NULL : g, fromlist === Py_None ? NULL : fromlist, level);
}

/** open(...): io._open, imported on first use (the io stack is Python source in src/lib/io.py; io.open is this builtin). */
function builtin_open(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  // The argument errors of CPython's (Argument Clinic) open, not those of io._open, which does the work.
  if (!parseArgs('open', args, nargs, kwnames, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1)) return NULL;
  const io = importModuleLevel('io', NULL, NULL, 0);
  if (io === NULL) return NULL;
  const f = objectGetAttr(io, strInternImmortal('_open'));
  decref(io);
  if (f === NULL) return NULL;
  const r = objectVectorcall(f, args, nargs, kwnames);
  decref(f);
  return r;
}

/** aiter(async_iterable). */
function builtin_aiter(o: Borrowed): Owned | Null {
  const m = lookupSpecial(o, '__aiter__');
  if (m === NULL) {
    if (errOccurred() !== NULL) return NULL;
    return errSetString(TypeError, `'${typeNameOf(o)}' object is not an async iterable`);
  }
  const r = objectCallNoArgs(m);
  decref(m);
  if (r === NULL) return NULL;
  const chk = lookupSpecial(r, '__anext__');
  if (chk === NULL) {
    if (errOccurred() !== NULL) { decref(r); return NULL; }
    const tn = typeNameOf(r);
    decref(r);
    return errSetString(TypeError, `aiter() returned not an async iterator of type '${tn}'`);
  }
  decref(chk);
  return r;
}

/** anext(async_iterator[, default]): the awaitable of __anext__; with a default, one that gives it at the end. */
function builtin_anext(args: number, nargs: number): Owned | Null {
  const o = argAt(args, 0);
  const m = lookupSpecial(o, '__anext__');
  if (m === NULL) {
    if (errOccurred() !== NULL) return NULL;
    return errSetString(TypeError, `'${typeNameOf(o)}' object is not an async iterator`);
  }
  const r = objectCallNoArgs(m);
  decref(m);
  if (r === NULL || nargs < 2) return r;
  const w = anextAwaitableNew(r, argAt(args, 1));
  decref(r);
  return w;
}

/** breakpoint(): there is no debugger; honours PYTHONBREAKPOINT=0 and otherwise says so on stderr. */
function builtin_breakpoint(): Owned | Null {
  const env = process.env.PYTHONBREAKPOINT;
  if (env !== '0') stdio.writeErr('breakpoint(): Immortal has no debugger (pdb); continuing\n');
  return noneNew();
}

/** The builtin functions, in CPython's table order (roughly). */
export const builtinsMethods: MethodDef[] = [
  { name: '__build_class__', fn: builtin___build_class__ },
  { name: '__import__', fn: builtin___import__ },
  one('aiter', builtin_aiter),
  positional('anext', 1, 2, builtin_anext),
  positional('breakpoint', 0, 0, builtin_breakpoint),
  { name: 'compile', fn: builtin_compile },
  { name: 'eval', fn: (_s, args, nargs, kw) => execOrEval('eval', args, nargs, kw) },
  { name: 'exec', fn: (_s, args, nargs, kw) => execOrEval('exec', args, nargs, kw) },
  { name: 'open', fn: builtin_open },
  one('abs', (o) => numberAbsolute(o)),
  one('all', (o) => builtin_all(o, true)),
  one('any', (o) => builtin_all(o, false)),
  one('ascii', (o) => objectASCII(o)),
  one('bin', (o) => intBase(o, 2, '0b')),
  one('callable', (o) => boolNew(callableCheck(o))),
  one('chr', builtin_chr),
  positional('delattr', 2, 2, (args) => {
    if (!attrName(argAt(args, 1), 'delattr')) return NULL;
    return setAttr(argAt(args, 0), argAt(args, 1), NULL) < 0 ? NULL : noneNew();
  }),
  positional('dir', 0, 1, builtin_dir),
  positional('divmod', 2, 2, (args) => numberDivmod(argAt(args, 0), argAt(args, 1))),
  positional('format', 1, 2, builtin_format),
  positional('getattr', 2, 3, builtin_getattr),
  noArgs('globals', () => builtinsIO.globals !== null ? builtinsIO.globals() : frameGlobals()),
  positional('hasattr', 2, 2, (args) => {
    if (!attrName(argAt(args, 1), 'hasattr')) return NULL;
    const r = objectGetAttr(argAt(args, 0), argAt(args, 1));
    if (r !== NULL) { decref(r); return boolNew(true); }
    if (errExceptionMatches(AttributeError)) { errClear(); return boolNew(false); }
    return NULL;
  }),
  one('hash', builtin_hash),
  one('hex', (o) => intBase(o, 16, '0x')),
  one('id', (o) => intFromNumber(o)),
  { name: 'input', fn: builtin_input },
  { ...positional('isinstance', 2, 2, (args) => { const r = objectIsInstance(argAt(args, 0), argAt(args, 1)); return r < 0 ? NULL : boolNew(r === 1); }), spec: CALL_SPEC_ISINSTANCE },
  positional('issubclass', 2, 2, (args) => { const r = objectIsSubclass(argAt(args, 0), argAt(args, 1)); return r < 0 ? NULL : boolNew(r === 1); }),
  positional('iter', 1, 2, builtin_iter),
  { ...one('len', builtin_len), spec: CALL_SPEC_LEN },
  noArgs('locals', () => builtinsIO.locals !== null ? builtinsIO.locals() : frameLocals()),
  { name: 'max', fn: (_s, args, nargs, kw) => minmax('max', args, nargs, kw) },
  { name: 'min', fn: (_s, args, nargs, kw) => minmax('min', args, nargs, kw) },
  positional('next', 1, 2, builtin_next),
  one('oct', (o) => intBase(o, 8, '0o')),
  one('ord', builtin_ord),
  { name: 'pow', fn: builtin_pow },
  { name: 'print', fn: builtin_print },
  one('repr', (o) => objectRepr(o)),
  { name: 'round', fn: builtin_round },
  positional('setattr', 3, 3, (args) => {
    if (!attrName(argAt(args, 1), 'setattr')) return NULL;
    return setAttr(argAt(args, 0), argAt(args, 1), argAt(args, 2)) < 0 ? NULL : noneNew();
  }),
  { name: 'sorted', fn: builtin_sorted },
  { name: 'sum', fn: builtin_sum },
  positional('vars', 0, 1, builtin_vars),
];

const OTHER_BUILTIN_TYPES = new Set([
  'property', 'classmethod', 'staticmethod', 'super', 'bytearray', 'memoryview', 'complex',
]);

/** The builtin names bound to objects (types, singletons, exception types): borrowed, immortal. */
export function builtinsConstants(): Array<[string, Borrowed]> {
  const out: Array<[string, Borrowed]> = [
    ['None', Py_None], ['True', Py_True], ['False', Py_False], ['Ellipsis', Py_Ellipsis],
    ['NotImplemented', Py_NotImplemented],
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType],
    ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType], ['memoryview', memoryviewType], ['tuple', tupleType], ['list', listType], ['dict', dictType],
    ['set', setType], ['frozenset', frozensetType], ['range', rangeType], ['slice', sliceType],
    ['enumerate', enumerateType], ['reversed', reversedType], ['zip', zipType], ['map', mapType], ['filter', filterType],
  ];
  for (const [name, t] of exceptionTypes) out.push([name, t]);
  out.push(['EnvironmentError', exceptionTypes.get('OSError')!], ['IOError', exceptionTypes.get('OSError')!]);
  // `not -O`: the compiler folds the name to the same constant.
  out.push(['__debug__', config.optimize > 0 ? Py_False : Py_True]);
  // Builtin types defined by other owners' files, when they exist.
  for (const t of staticTypes) {
    const n = typeSlotsOf(t).name;
    if (OTHER_BUILTIN_TYPES.has(n) && !out.some(([k]) => k === n)) out.push([n, t]);
  }
  return out;
}

// ---- start-up ------------------------------------------------------------------------------------------------

/**
 * Static phase, after methodObjectInitStatic and the builtin container/exception types, before
 * typeFinishStatics: creates slice, range, the iterator types, enumerate/reversed/zip/map/filter and the
 * dict views, installs the builtin types' protocol slots and registers every method table.
 */
export function builtinsInitStatic(): void {
  sliceInitStatic();
  iterobjectInitStatic();
  rangeInitStatic();
  enumerateInitStatic();
  zipInitStatic();
  mapInitStatic();
  containerMethodsInitStatic();
  genericAliasInitStatic();
  protocolsInstallSlots();
  strAddMethods();
  containerAddMethods();
  numberAddMethods();
  rangeAddMethods();
  sliceAddMethods();
  enumerateAddMethods();
  zipAddMethods();
  iterobjectAddMethods();
  ellipsisAddMethods();
  notImplementedAddMethods();
  // CPython's reversed, map, filter and zip have no __class_getitem__. TODO: type's comes out when
  // objectGetItem special-cases type[...] as PyObject_GetItem does (hasattr(type, '__class_getitem__') is False).
  genericAliasAddClassGetItem([listType, tupleType, dictType, setType, frozensetType, enumerateType]);
  oserrorInitStatic();
  builtinsInstallHooks();
}

/** Creates the builtins module object: the functions (bound to the module) and the constants. */
export function builtinsModuleCreate(): Owned | Null {
  const m = moduleNew('builtins');
  if (m === NULL) return NULL;
  const d = moduleDictBorrow(m);
  for (const def of builtinsMethods) {
    // open is io's function, placed in builtins (open.__module__ == '_io').
    const f = cfunctionNew(def, m, def.name === 'open' ? strInternImmortal('_io') : NULL);
    if (f === NULL) { decref(m); return NULL; }
    const r = dictSetItem(d, strInternImmortal(def.name), f);
    if (def.name === '__import__') importHooks.nativeImport = f; // borrowed: the module keeps it
    decref(f);
    if (r < 0) { decref(m); return NULL; }
  }
  for (const [name, v] of builtinsConstants()) {
    if (dictSetItem(d, strInternImmortal(name), v) < 0) { decref(m); return NULL; }
  }
  for (const def of builtinsExtraDefs) {
    const f = cfunctionNew(def, m, NULL);
    if (f === NULL) { decref(m); return NULL; }
    const r = dictSetItem(d, strInternImmortal(def.name), f);
    decref(f);
    if (r < 0) { decref(m); return NULL; }
  }
  return m;
}

/** globals() of the running frame. */
function frameGlobals(): Owned | Null {
  const f = ts.frame;
  if (f === 0) return errSetString(TypeError, 'globals() needs a running frame');
  return newRef(i32[(f >> 2) + F_GLOBALS] as Borrowed);
}

/**
 * locals() of the running frame: its locals dict (module and class bodies), else a new dict of the
 * bound fast locals, cells and free variables (PyFrame_GetLocals as 3.12 does for functions).
 */
function frameLocals(): Owned | Null {
  const f = ts.frame;
  if (f === 0) return errSetString(TypeError, 'locals() needs a running frame');
  const loc = i32[(f >> 2) + F_LOCALS];
  if (loc !== 0) return newRef(loc as Borrowed);
  const code = i32[(f >> 2) + F_CODE] as Borrowed;
  const names = i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed;
  const kinds = bytesToUint8Array(i32[(code + CO_LOCALSPLUSKINDS) >> 2] as Borrowed);
  const d = dictNewLocal();
  if (d === NULL) return NULL;
  const base = frameLocalsplus(f) >> 2;
  for (let i = 0; i < tupleSize(names); i++) {
    let v = i32[base + i];
    if (v !== 0 && (kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && typeOf(v as Borrowed) === cellType) {
      v = i32[(v + CELL_REF) >> 2];
    }
    if (v === 0) continue;
    if (dictSetItem(d, tupleGetItemBorrow(names, i), v as Borrowed) < 0) { decref(d); return NULL; }
  }
  return d;
}

const CO_FAST_CELL = 0x40;
const CO_FAST_FREE = 0x80;

/** Builtin functions other owners provide (the VM's __build_class__, ...): appended to the module. */
export const builtinsExtraDefs: MethodDef[] = [];

/** sys.stdout from the running interpreter's sys module (borrowed), or NULL. */
function sysStdout(): Borrowed | Null {
  const sd = ts.sysDict;
  if (sd === NULL) return NULL;
  return dictGetItemBorrowLocal(sd, strInternImmortal('stdout'));
}

/** Points the VM's builtins hook at builtinsModuleCreate and print()/input() at the interpreter's streams. */
export function builtinsInstallHooks(): void {
  builtinsHooks.create = builtinsModuleCreate;
  builtinsIO.stdout = sysStdout;
  builtinsIO.write = (s: string) => { stdio.writeOut(s); };
  builtinsIO.readline = ioStdinReadLine; // after what sys.stdin.read(n) left pending
}

