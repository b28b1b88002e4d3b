// The parser's plain AST (parser/ast.ts) -> Python objects of the _ast classes: CPython's ast2obj_mod
// (Python/Python-ast.c), driven by the grammar table. Optional fields absent in the tree are set to
// None, as CPython sets every field; the field-less nodes (Load, Add...) are the module's shared instances.
// Invariant: returns an owned tree, or NULL with an exception set and nothing leaked.

import { decref, incref, newRef } from '../../heap/refcount.ts';
import { NULL, type Owned, type Null } from '../../heap/ref.ts';
import type * as A from '../../parser/ast.ts';
import { typeSlotsOf } from '../../objects/type.ts';
import { strFromJS, strInternImmortal, strNewFromCodePoints, strIntern } from '../../objects/str.ts';
import { intFromNumber, intFromBigInt } from '../../objects/int.ts';
import { floatNew } from '../../objects/float.ts';
import { complexNew } from '../../objects/complex.ts';
import { bytesFromUint8Array } from '../../objects/bytes.ts';
import { listNew, listSetItemSteal } from '../../objects/list.ts';
import { Py_None } from '../../objects/none.ts';
import { Py_True, Py_False } from '../../objects/bool.ts';
import { Py_Ellipsis } from '../../objects/ellipsis.ts';
import { objectSetAttr } from '../../objects/object.ts';
import { ASDL_CONSTRUCTORS, ASDL_BY_NAME, type AsdlField } from './asdl.ts';
import type { AstTypes } from './classes.ts';

/** A Python object for a parser constant value (int, float, complex, str, bytes, bool, None, Ellipsis). */
export function constantToPython(v: A.ConstantValue): Owned | Null {
  if (v === null) return newRef(Py_None);
  if (v === true) return newRef(Py_True);
  if (v === false) return newRef(Py_False);
  if (typeof v === 'string') return strFromJS(v);
  if (typeof v === 'number') return intFromNumber(v);
  if (typeof v === 'bigint') return intFromBigInt(v);
  if (v instanceof Uint8Array) return bytesFromUint8Array(v);
  if ('_float' in v) return floatNew(v.value);
  if ('_complex' in v) return complexNew(0, v.imag);
  if ('_codepoints' in v) return strNewFromCodePoints(v.cps);
  return newRef(Py_Ellipsis);
}

interface Node { _type: string; [k: string]: unknown }

/** Converts one tree; `types` maps class names to the _ast classes. */
class ToPython {
  private names = new Map<string, Owned>();
  constructor(private types: AstTypes) {}

  release(): void {
    for (const o of this.names.values()) decref(o);
  }

  /** Identifiers are interned, as the parser's are: one object per name in a tree. */
  private ident(s: string): Owned | Null {
    const hit = this.names.get(s);
    if (hit !== undefined) { incref(hit); return hit; }
    const o = strFromJS(s);
    if (o === NULL) return NULL;
    const i = strIntern(o);
    this.names.set(s, i);
    incref(i);
    return i;
  }

  private value(v: unknown, f: AsdlField): Owned | Null {
    if (f.seq) {
      const items = v as unknown[];
      const l = listNew(items.length);
      if (l === NULL) return NULL;
      for (let i = 0; i < items.length; i++) {
        const x = this.scalar(items[i], f.type);
        if (x === NULL) { decref(l); return NULL; }
        listSetItemSteal(l, i, x);
      }
      return l;
    }
    return this.scalar(v, f.type);
  }

  private scalar(v: unknown, type: string): Owned | Null {
    if (v === null || v === undefined) return newRef(Py_None);
    switch (type) {
      case 'identifier': return this.ident(v as string);
      case 'string': return strFromJS(v as string);
      case 'int': return intFromNumber(v as number);
      case 'constant': return constantToPython(v as A.ConstantValue);
      default: return this.node(v as Node);
    }
  }

  node(n: Node): Owned | Null {
    const cons = ASDL_CONSTRUCTORS.get(n._type);
    let fields: readonly AsdlField[];
    let attributes: readonly AsdlField[];
    if (cons !== undefined) {
      const sum = ASDL_BY_NAME.get(cons.base)!;
      if (sum.simple) return newRef(this.types.singletons.get(n._type)!);
      fields = cons.fields;
      attributes = sum.attributes;
    } else {
      const prod = ASDL_BY_NAME.get(n._type);
      if (prod === undefined) throw new Error(`_ast: unknown node ${n._type}`);
      fields = prod.fields;
      attributes = prod.attributes;
    }
    const cls = this.types.classes.get(n._type)!;
    const o = typeSlotsOf(cls).new!(cls, 0, 0, NULL);
    if (o === NULL) return NULL;
    for (const f of fields) {
      const v = this.value(n[f.name], f);
      if (v === NULL || objectSetAttr(o, strInternImmortal(f.name), v) < 0) {
        if (v !== NULL) decref(v);
        decref(o);
        return NULL;
      }
      decref(v);
    }
    for (const a of attributes) {
      const raw = n[a.name];
      const v = raw === null || raw === undefined ? newRef(Py_None) : intFromNumber(raw as number);
      if (v === NULL || objectSetAttr(o, strInternImmortal(a.name), v) < 0) {
        if (v !== NULL) decref(v);
        decref(o);
        return NULL;
      }
      decref(v);
    }
    return o;
  }
}

/** ast2obj_mod: the Python tree of a parsed module/expression/interactive tree. */
export function astToPython(tree: A.mod, types: AstTypes): Owned | Null {
  const conv = new ToPython(types);
  try {
    return conv.node(tree as unknown as Node);
  } finally {
    conv.release();
  }
}
