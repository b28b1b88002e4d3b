// Constants as the compiler handles them: conversion from AST constant values, the identity key
// that deduplicates co_consts (CPython's _PyCode_ConstantKey: 1, 1.0, True, 0.0 and -0.0 all
// differ), and the interning rule for string constants (codeobject.c all_name_chars).

import type * as A from '../parser/ast.ts';
import type { CodeUnit, ConstValue } from './codeunit.ts';

export const NONE: ConstValue = { kind: 'none' };
export const TRUE: ConstValue = { kind: 'bool', value: true };
export const FALSE: ConstValue = { kind: 'bool', value: false };
export const ELLIPSIS_CONST: ConstValue = { kind: 'ellipsis' };

const NAME_CHARS = /^[A-Za-z0-9_]*$/;

/** True when CPython interns a string constant: every character in [A-Za-z0-9_] (all_name_chars). */
export function isInternable(s: string): boolean {
  return NAME_CHARS.test(s);
}

export function strConst(s: string): ConstValue {
  return { kind: 'str', value: s, intern: isInternable(s) };
}

/** Normalizes a Python int: a number when it is a safe integer, else a bigint. */
export function normInt(v: number | bigint): number | bigint {
  if (typeof v === 'bigint') {
    if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
    return v;
  }
  return v;
}

/** Converts an AST Constant value to a ConstValue. */
export function constFromAst(v: A.ConstantValue): ConstValue {
  if (v === null) return NONE;
  if (typeof v === 'boolean') return v ? TRUE : FALSE;
  if (typeof v === 'number') return { kind: 'int', value: v };
  if (typeof v === 'bigint') return { kind: 'int', value: normInt(v) };
  if (typeof v === 'string') return strConst(v);
  if (v instanceof Uint8Array) return { kind: 'bytes', value: v };
  if ('_folded' in v) return (v as unknown as { _folded: ConstValue })._folded;
  if ('_float' in v) return { kind: 'float', value: v.value };
  if ('_complex' in v) return { kind: 'complex', real: 0, imag: v.imag };
  if ('_ellipsis' in v) return ELLIPSIS_CONST;
  if ('_codepoints' in v) {
    const value = v.cps.map((c) => String.fromCodePoint(c)).join('');
    return { kind: 'str', value, intern: false, cps: v.cps };
  }
  throw new Error('compiler: unknown constant');
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatKey(x: number): string {
  f64[0] = x;
  return u32[0]!.toString(16) + ':' + u32[1]!.toString(16);
}

/** The deduplication key of a constant (code objects are never merged: they get a unique key). */
export function constKey(c: ConstValue): string {
  switch (c.kind) {
    case 'none': return 'N';
    case 'bool': return c.value ? 'T' : 'F';
    case 'int': return 'i' + c.value.toString();
    // A NaN equals nothing, so CPython's constant dict keeps each NaN object apart: key by identity.
    case 'float': return Number.isNaN(c.value) ? 'nan' + objectId(c) : 'f' + floatKey(c.value);
    case 'complex':
      return Number.isNaN(c.real) || Number.isNaN(c.imag) ? 'nan' + objectId(c) : 'c' + floatKey(c.real) + ',' + floatKey(c.imag);
    case 'str': return 's' + (c.cps !== undefined ? 'cp' + c.cps.join(',') : c.value);
    case 'bytes': return 'b' + Array.from(c.value).join(',');
    case 'ellipsis': return 'E';
    // Items are length-prefixed: joined with a separator, ('a|sb',) and ('a', 'b') had one key.
    case 'tuple': return 't(' + c.items.map(lengthPrefixed).join('') + ')';
    case 'frozenset': return 'z(' + c.items.map(lengthPrefixed).sort().join('') + ')';
    case 'code': return codeKey(c.code);
  }
}

function lengthPrefixed(c: ConstValue): string {
  const k = constKey(c);
  return k.length + ':' + k;
}

const codeKeys = new WeakMap<CodeUnit, string>();

/**
 * Equal code objects are one constant (CPython keys a code object by itself and code_richcompare
 * compares contents): a `while` test compiled twice shares its genexpr's code object.
 */
function codeKey(u: CodeUnit): string {
  let k = codeKeys.get(u);
  if (k === undefined) {
    // The numeric arrays are joined natively (digits, commas and '-' only: unambiguous between the
    // ';' separators); the strings go through JSON so that no text can imitate a separator.
    k = 'code(' + JSON.stringify([u.name, u.qualname, u.consts.map(constKey), u.names, u.localsplusnames]) + ';' +
      u.argcount + ',' + u.posonlyargcount + ',' + u.kwonlyargcount + ',' + u.flags + ',' + u.firstlineno + ';' +
      u.code.join() + ';' + u.localspluskinds.join() + ';' + u.lines.join() + ';' + u.endLines.join() + ';' +
      u.cols.join() + ';' + u.endCols.join() + ';' + u.exceptiontable.join() + ')';
    codeKeys.set(u, k);
  }
  return k;
}

function objectId(o: object): number {
  return codeIds.get(o) ?? newCodeId(o);
}

const codeIds = new WeakMap<object, number>();
let nextCodeId = 0;
function newCodeId(o: object): number {
  const id = nextCodeId++;
  codeIds.set(o, id);
  return id;
}

/** Python truthiness of a constant. */
export function constTruthy(c: ConstValue): boolean {
  switch (c.kind) {
    case 'none': return false;
    case 'bool': return c.value;
    case 'int': return c.value !== 0 && c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'ellipsis': return true;
    case 'tuple': case 'frozenset': return c.items.length > 0;
    case 'code': return true;
  }
}
