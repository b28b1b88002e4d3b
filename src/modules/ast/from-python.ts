// Python objects of the _ast classes -> the parser's plain AST, for compile(tree): CPython's
// PyAST_obj2mod (Python/Python-ast.c obj2ast_*), driven by the grammar table, with its TypeError /
// ValueError messages. A sum type's node is recognized by isinstance in constructor order after its
// position attributes are read; a product type's is not checked at all (any object with the attributes
// will do); a missing list field is an empty list, a missing optional one None.
// Invariant: returns a fresh plain tree, or null with a Python exception set; no reference is kept.

import { decref } from '../../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../heap/ref.ts';
import type * as A from '../../parser/ast.ts';
import { ELLIPSIS } from '../../parser/ast.ts';
import { typeNameOf, objectIsInstance } from '../../objects/type.ts';
import { isStrExact, strToJS, strInternImmortal, strKind, strLength, strGetCodePoint } from '../../objects/str.ts';
import { isInt, intAsCInt, intSafeValue, intToBigInt, isIntExact } from '../../objects/int.ts';
import { isFloatExact, floatValue } from '../../objects/float.ts';
import { isComplexExact, complexReal, complexImag } from '../../objects/complex.ts';
import { isBytesExact, bytesToUint8Array } from '../../objects/bytes.ts';
import { isList, listSize, listGetItemBorrow } from '../../objects/list.ts';
import { isTupleExact, tupleSize, tupleGetItemBorrow } from '../../objects/tuple.ts';
import { isFrozenSetExact, setNext } from '../../objects/set.ts';
import { Py_None } from '../../objects/none.ts';
import { Py_True, Py_False, isBool } from '../../objects/bool.ts';
import { Py_Ellipsis } from '../../objects/ellipsis.ts';
import { objectLookupAttr, objectRepr } from '../../objects/object.ts';
import { errSetString, errOccurred } from '../../objects/errors.ts';
import { TypeError, ValueError, RuntimeError } from '../../objects/exceptions.ts';
import { ASDL_BY_NAME, type AsdlField, type AsdlType } from './asdl.ts';

/**
 * Thrown (with the Python exception already set) to unwind the recursive conversion to its entry point,
 * which turns it into a NULL return; nothing else throws it.
 */
class Raised {}
const RAISED = new Raised();

function raise(type: Borrowed, msg: string): never {
  errSetString(type, msg);
  throw RAISED;
}

/** A constant the compiler takes as it is (consts.ts constFromAst's `_folded` form). */
type Folded = { _folded: unknown };

/** ConstValue (compiler/codeunit.ts) of a constant (TypeError, naming the first bad item's type, for a type Constant may not hold). */
function constValue(o: Borrowed): unknown {
  if (o === Py_None) return { kind: 'none' };
  if (o === Py_Ellipsis) return { kind: 'ellipsis' };
  if (isBool(o)) return { kind: 'bool', value: o === Py_True };
  if (isIntExact(o)) {
    const v = intSafeValue(o);
    return { kind: 'int', value: Number.isNaN(v) ? intToBigInt(o) : v };
  }
  if (isFloatExact(o)) return { kind: 'float', value: floatValue(o) };
  if (isComplexExact(o)) return { kind: 'complex', real: complexReal(o), imag: complexImag(o) };
  if (isStrExact(o)) {
    const cps = surrogateCodePoints(o);
    const value = strToJS(o);
    return cps === null ? { kind: 'str', value, intern: /^[A-Za-z0-9_]*$/.test(value) } : { kind: 'str', value, intern: false, cps };
  }
  if (isBytesExact(o)) return { kind: 'bytes', value: bytesToUint8Array(o) };
  if (isTupleExact(o)) {
    const items: unknown[] = [];
    for (let i = 0; i < tupleSize(o); i++) {
      items.push(constValue(tupleGetItemBorrow(o, i)));
    }
    return { kind: 'tuple', items };
  }
  if (isFrozenSetExact(o)) {
    const items: unknown[] = [];
    const pos = new Int32Array(1), key = new Int32Array(1);
    while (setNext(o, pos, key)) {
      items.push(constValue(key[0] as Borrowed));
    }
    return { kind: 'frozenset', items };
  }
  return raise(TypeError, `got an invalid type in Constant: ${typeNameOf(o)}`);
}

/** The code points of a str holding lone surrogates (which a JS string cannot keep apart), else null. */
function surrogateCodePoints(o: Borrowed): number[] | null {
  if (strKind(o) === 1) return null;
  const n = strLength(o);
  let found = false;
  for (let i = 0; i < n && !found; i++) { const c = strGetCodePoint(o, i); found = c >= 0xd800 && c <= 0xdfff; }
  if (!found) return null;
  const cps: number[] = [];
  for (let i = 0; i < n; i++) cps.push(strGetCodePoint(o, i));
  return cps;
}

/** The parser's ConstantValue for a Python constant (TypeError for a type Constant may not hold). */
function constantFromPython(o: Borrowed): A.ConstantValue {
  if (o === Py_None) return null;
  if (o === Py_True) return true;
  if (o === Py_False) return false;
  if (o === Py_Ellipsis) return ELLIPSIS;
  if (isIntExact(o)) {
    const v = intSafeValue(o);
    return Number.isNaN(v) ? intToBigInt(o) : v;
  }
  if (isFloatExact(o)) return { _float: true, value: floatValue(o) };
  if (isComplexExact(o) && complexReal(o) === 0 && !Object.is(complexReal(o), -0)) return { _complex: true, imag: complexImag(o) };
  if (isStrExact(o)) {
    const cps = surrogateCodePoints(o);
    return cps === null ? strToJS(o) : { _codepoints: true, cps };
  }
  if (isBytesExact(o)) return bytesToUint8Array(o);
  return { _folded: constValue(o) } as Folded as unknown as A.ConstantValue;
}

function repr(o: Borrowed): string {
  const r = objectRepr(o);
  if (r === NULL) throw RAISED;
  const s = strToJS(r);
  decref(r);
  return s;
}

type Plain = Record<string, unknown>;

class FromPython {
  constructor(private types: Map<string, Borrowed>) {}


  /** getattr(o, name), or NULL when it has no such attribute. */
  private attr(o: Borrowed, name: string): Owned | Null {
    const v = objectLookupAttr(o, strInternImmortal(name));
    if (v === NULL && errOccurred() !== NULL) throw RAISED;
    return v;
  }

  private int(o: Borrowed): number {
    if (!isInt(o)) raise(ValueError, `invalid integer value: ${repr(o)}`);
    const v = intAsCInt(o);
    if (v === -1 && errOccurred() !== NULL) throw RAISED;
    return v;
  }

  private scalar(o: Borrowed, type: string): unknown {
    switch (type) {
      case 'identifier':
        if (!isStrExact(o) && o !== Py_None) raise(TypeError, 'AST identifier must be of type str');
        return o === Py_None ? null : strToJS(o);
      case 'string':
        if (!isStrExact(o) && o !== Py_None) raise(TypeError, 'AST string must be of type str');
        return o === Py_None ? null : strToJS(o);
      case 'int': return this.int(o);
      case 'constant': return constantFromPython(o);
      default: return this.node(o, ASDL_BY_NAME.get(type)!);
    }
  }

  /** One field of `owner` (a constructor or product name) into `out`. */
  private field(o: Borrowed, f: AsdlField, owner: string, out: Plain): void {
    const v = this.attr(o, f.name);
    try {
      if (f.seq) {
        if (v === NULL) { out[f.name] = []; return; }
        if (!isList(v)) raise(TypeError, `${owner} field "${f.name}" must be a list, not a ${typeNameOf(v)}`);
        const n = listSize(v);
        const items: unknown[] = [];
        for (let i = 0; i < n; i++) {
          items.push(this.scalar(listGetItemBorrow(v, i), f.type));
          if (listSize(v) !== n) raise(RuntimeError, `${owner} field "${f.name}" changed size during iteration`);
        }
        out[f.name] = items;
        return;
      }
      if (v === NULL) {
        if (!f.opt) raise(TypeError, `required field "${f.name}" missing from ${owner}`);
        out[f.name] = null;
        return;
      }
      if (v === Py_None && f.opt) { out[f.name] = null; return; }
      const x = this.scalar(v, f.type);
      // The node constructors (_PyAST_Name...) refuse a required field that converted to nothing.
      if (x === null && f.type !== 'constant') raise(ValueError, `field '${f.name}' is required for ${owner}`);
      out[f.name] = x;
    } finally {
      if (v !== NULL) decref(v);
    }
  }

  /** The position attributes of a node of type `t` (required ones first; end positions default to the start). */
  private positions(o: Borrowed, t: AsdlType, out: Plain): void {
    const get = (name: string, opt: boolean): number | null => {
      const v = this.attr(o, name);
      if (v === NULL || (opt && v === Py_None)) {
        if (v !== NULL) decref(v);
        if (!opt) raise(TypeError, `required field "${name}" missing from ${t.name}`);
        return null;
      }
      try { return this.int(v); } finally { decref(v); }
    };
    for (const a of t.attributes) out[a.name] = get(a.name, a.opt);
    if (out.end_lineno === null) out.end_lineno = out.lineno;
    if (out.end_col_offset === null) out.end_col_offset = out.col_offset;
  }

  node(o: Borrowed, t: AsdlType): Plain | null {
    if (t.constructors === null) {
      const out: Plain = { _type: t.name };
      for (const f of t.fields) this.field(o, f, t.name, out);
      if (t.attributes.length > 0) this.positions(o, t, out);
      return out;
    }
    if (o === Py_None) return null;
    const pos: Plain = {};
    if (t.attributes.length > 0) this.positions(o, t, pos);
    for (const c of t.constructors) {
      const r = objectIsInstance(o, this.types.get(c.name)!);
      if (r < 0) throw RAISED;
      if (r === 0) continue;
      if (t.simple) return { _type: c.name };
      const out: Plain = { _type: c.name };
      for (const f of c.fields) this.field(o, f, c.name, out);
      for (const k in pos) out[k] = pos[k];
      return out;
    }
    raise(TypeError, `expected some sort of ${t.name}, but got ${repr(o)}`);
  }
}

/** PyAST_obj2mod: the plain tree of `o`, which must be a node of `expected` ('Module'...), or null with an exception set. */
export function astFromPython(o: Borrowed, expected: string, types: Map<string, Borrowed>): A.mod | null {
  const cls = types.get(expected)!;
  const r = objectIsInstance(o, cls);
  if (r < 0) return null;
  if (r === 0) {
    const tn = typeNameOf(o);
    errSetString(TypeError, `expected ${expected} node, got ${tn.slice(tn.lastIndexOf('.') + 1)}`);
    return null;
  }
  try {
    return new FromPython(types).node(o, ASDL_BY_NAME.get('mod')!) as unknown as A.mod;
  } catch (e) {
    if (e === RAISED) return null;
    if (e instanceof RangeError) {
      errSetString(RuntimeError, 'maximum recursion depth exceeded during ast construction');
      return null;
    }
    throw e;
  }
}
