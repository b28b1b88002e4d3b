// AST constant folding before symbol tables and code generation. Mirrors CPython 3.12's
// Python/ast_opt.c: unary and binary operators on constants (within its size limits), tuples of
// constants, constant subscripts, `in [..]`/`for x in [..]` to tuples and frozensets, `__debug__`.
// Invariant: the input tree is never mutated; changed nodes are copies (structure is shared).
// A folded value that the AST cannot hold (tuple, complex with a real part) is wrapped as {_folded}.

import type * as A from '../parser/ast.ts';
import type { ConstValue } from './codeunit.ts';
import { constFromAst, normInt, strConst, TRUE, FALSE } from './consts.ts';
import { libmPow } from '../support/libm.ts';

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** A Constant value holding an already converted ConstValue (tuples, frozensets, full complex). */
export interface Folded { readonly _folded: ConstValue }

function wrap(c: ConstValue): A.ConstantValue {
  switch (c.kind) {
    case 'none': return null;
    case 'bool': return c.value;
    case 'int': return c.value;
    case 'str': if (c.cps === undefined) return c.value; break;
    case 'bytes': return c.value;
    default: break;
  }
  return { _folded: c } as unknown as A.ConstantValue;
}

function cv(e: A.Constant): ConstValue {
  return constFromAst(e.value);
}

function mkConst(node: A.expr, c: ConstValue): A.Constant {
  return { _type: 'Constant', value: wrap(c), kind: null, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

function big(v: number | bigint): bigint { return typeof v === 'bigint' ? v : BigInt(v); }
function numBits(v: bigint): number { if (v < 0n) v = -v; return v === 0n ? 0 : v.toString(2).length; }
function isIntLike(c: ConstValue): c is { kind: 'int'; value: number | bigint } | { kind: 'bool'; value: boolean } {
  return c.kind === 'int' || c.kind === 'bool';
}
function intOf(c: ConstValue): bigint {
  if (c.kind === 'bool') return c.value ? 1n : 0n;
  if (c.kind === 'int') return big(c.value);
  throw new Error('not an int');
}
function mkInt(v: bigint): ConstValue { return { kind: 'int', value: normInt(v) }; }
function mkFloat(v: number): ConstValue | null { return { kind: 'float', value: v }; }
function floatOf(c: ConstValue): number | null {
  if (c.kind === 'float') return c.value;
  if (isIntLike(c)) { const f = Number(intOf(c)); return Number.isFinite(f) ? f : null; }
  return null;
}
function strLen(s: string): number { let n = 0; for (const _ of s) n++; return n; }

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function modBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
function pyFloatMod(a: number, b: number): number {
  let mod = a % b;
  if (mod) { if ((b < 0) !== (mod < 0)) mod += b; } else mod = b < 0 ? -0 : 0;
  return mod;
}
function pyFloatFloorDiv(a: number, b: number): number {
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod && (b < 0) !== (mod < 0)) div -= 1;
  let floordiv: number;
  if (div) { floordiv = Math.floor(div); if (div - floordiv > 0.5) floordiv += 1; } else floordiv = div === 0 ? (a / b < 0 ? -0 : 0) : div;
  return floordiv;
}

function checkComplexity(c: ConstValue, limit: number): number {
  if (c.kind === 'tuple' || c.kind === 'frozenset') {
    limit -= c.items.length;
    for (const it of c.items) { if (limit < 0) break; limit = checkComplexity(it, limit); }
  }
  return limit;
}

function repeatSeq(seq: ConstValue, n: bigint): ConstValue | null {
  const k = Number(n);
  if (seq.kind === 'str') {
    const size = strLen(seq.value);
    if (size && (k < 0 || k > MAX_STR_SIZE / size)) return null;
    if (seq.cps !== undefined) {
      const cps: number[] = [];
      for (let i = 0; i < k; i++) cps.push(...seq.cps);
      return { kind: 'str', value: k <= 0 ? '' : seq.value.repeat(k), intern: false, cps };
    }
    return strConst(k <= 0 ? '' : seq.value.repeat(k));
  }
  if (seq.kind === 'bytes') {
    const size = seq.value.length;
    if (size && (k < 0 || k > MAX_STR_SIZE / size)) return null;
    const out = new Uint8Array(Math.max(0, k) * size);
    for (let i = 0; i < k; i++) out.set(seq.value, i * size);
    return { kind: 'bytes', value: out };
  }
  if (seq.kind === 'tuple') {
    const size = seq.items.length;
    if (size) {
      if (k < 0 || k > MAX_COLLECTION_SIZE / size) return null;
      if (k && checkComplexity(seq, MAX_TOTAL_ITEMS / k) < 0) return null;
    }
    const items: ConstValue[] = [];
    for (let i = 0; i < k; i++) items.push(...seq.items);
    return { kind: 'tuple', items };
  }
  return null;
}

/** Complex true division, Objects/complexobject.c _Py_c_quot (null for division by zero). */
function complexQuot(a: [number, number], b: [number, number]): ConstValue | null {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null; // ZeroDivisionError: not folded
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return { kind: 'complex', real: (a[0] + a[1] * ratio) / denom, imag: (a[1] - a[0] * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return { kind: 'complex', real: (a[0] * ratio + a[1]) / denom, imag: (a[1] * ratio - a[0]) / denom };
  }
  return { kind: 'complex', real: NaN, imag: NaN };
}

/**
 * Complex power for a small integral exponent (complexobject.c c_powi: repeated squaring, exact
 * like CPython's). Other exponents go through libm functions whose last bits JS may not reproduce,
 * so they are left to run time (null), as are CPython's errors.
 */
function complexPow(a: [number, number], b: [number, number]): ConstValue | null {
  if (!(b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100)) return null;
  const prod = (x: [number, number], y: [number, number]): [number, number] => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]];
  const powu = (x: [number, number], n: number): [number, number] => {
    let r: [number, number] = [1, 0];
    let p = x;
    for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
      if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
      p = prod(p, p);
    }
    return r;
  };
  const n = b[0];
  let r: ConstValue | null;
  if (n > 0) { const p = powu(a, n); r = { kind: 'complex', real: p[0], imag: p[1] }; }
  else r = complexQuot([1, 0], powu(a, -n));
  if (r === null || r.kind !== 'complex') return null;
  const finiteIn = Number.isFinite(a[0]) && Number.isFinite(a[1]);
  if (finiteIn && (!Number.isFinite(r.real) || !Number.isFinite(r.imag))) return null; // OverflowError
  return r;
}

/** Folds `l op r` like ast_opt.c fold_binop; null when CPython would not fold (or it would raise). */
function foldBinop(op: string, l: ConstValue, r: ConstValue): ConstValue | null {
  const li = isIntLike(l), ri = isIntLike(r);
  if (li && ri) {
    const a = intOf(l), b = intOf(r);
    const bothBool = l.kind === 'bool' && r.kind === 'bool';
    switch (op) {
      case 'Add': return mkInt(a + b);
      case 'Sub': return mkInt(a - b);
      case 'Mult':
        if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return null;
        return mkInt(a * b);
      case 'FloorDiv': return b === 0n ? null : mkInt(floorDivBig(a, b));
      case 'Mod': return b === 0n ? null : mkInt(modBig(a, b));
      case 'Div': {
        if (b === 0n) return null;
        const lim = BigInt(Number.MAX_SAFE_INTEGER);
        if (a > lim || a < -lim || b > lim || b < -lim) return null;
        return mkFloat(Number(a) / Number(b));
      }
      case 'Pow': {
        if (b < 0n) {
          if (a === 0n) return null;
          const lim = BigInt(Number.MAX_SAFE_INTEGER);
          if (a > lim || a < -lim || b < -1000n) return null;
          const f = libmPow(Number(a), Number(b));
          return Number.isFinite(f) && f !== 0 ? mkFloat(f) : null;
        }
        if (a !== 0n && b > 0n && numBits(a) > MAX_INT_SIZE / Number(b)) return null;
        return mkInt(a ** b);
      }
      case 'LShift':
        if (b < 0n) return null;
        if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(b))) return null;
        return mkInt(a << b);
      case 'RShift':
        if (b < 0n) return null;
        return mkInt(a >> (b > 100000n ? 100000n : b));
      case 'BitAnd': return bothBool ? ((a & b) !== 0n ? TRUE : FALSE) : mkInt(a & b);
      case 'BitOr': return bothBool ? ((a | b) !== 0n ? TRUE : FALSE) : mkInt(a | b);
      case 'BitXor': return bothBool ? ((a ^ b) !== 0n ? TRUE : FALSE) : mkInt(a ^ b);
      default: return null;
    }
  }
  const isNum = (c: ConstValue): boolean => c.kind === 'float' || isIntLike(c);
  if (isNum(l) && isNum(r)) {
    const a = floatOf(l), b = floatOf(r);
    if (a === null || b === null) return null;
    switch (op) {
      case 'Add': return mkFloat(a + b);
      case 'Sub': return mkFloat(a - b);
      case 'Mult': return mkFloat(a * b);
      case 'Div': return b === 0 ? null : mkFloat(a / b);
      case 'FloorDiv': return b === 0 ? null : mkFloat(pyFloatFloorDiv(a, b));
      case 'Mod': return b === 0 ? null : mkFloat(pyFloatMod(a, b));
      case 'Pow': {
        if (a === 0 && b < 0) return null;
        if (a < 0 && !Number.isInteger(b)) return null;
        const f = libmPow(a, b);
        return Number.isFinite(f) || !Number.isFinite(a) || !Number.isFinite(b) ? mkFloat(f) : null;
      }
      default: return null;
    }
  }
  const isCx = (c: ConstValue): boolean => c.kind === 'complex' || isNum(c);
  if ((l.kind === 'complex' || r.kind === 'complex') && isCx(l) && isCx(r)) {
    const parts = (c: ConstValue): [number, number] | null => {
      if (c.kind === 'complex') return [c.real, c.imag];
      const f = floatOf(c);
      return f === null ? null : [f, 0];
    };
    const pa = parts(l), pb = parts(r);
    if (pa === null || pb === null) return null;
    switch (op) {
      case 'Add': return { kind: 'complex', real: pa[0] + pb[0], imag: pa[1] + pb[1] };
      case 'Sub': return { kind: 'complex', real: pa[0] - pb[0], imag: pa[1] - pb[1] };
      case 'Mult': return { kind: 'complex', real: pa[0] * pb[0] - pa[1] * pb[1], imag: pa[0] * pb[1] + pa[1] * pb[0] };
      case 'Div': return complexQuot(pa, pb);
      case 'Pow': return complexPow(pa, pb);
      default: return null;
    }
  }
  if (op === 'Add') {
    if (l.kind === 'str' && r.kind === 'str') {
      if (l.cps === undefined && r.cps === undefined) return strConst(l.value + r.value);
      // Lone surrogates: keep the code points apart (a JS string would pair them).
      const cpsOf = (c: typeof l): number[] => c.cps !== undefined ? [...c.cps] : Array.from(c.value, (ch) => ch.codePointAt(0)!);
      const cps = cpsOf(l).concat(cpsOf(r));
      if (cps.length > MAX_STR_SIZE) return null;
      return { kind: 'str', value: l.value + r.value, intern: false, cps };
    }
    if (l.kind === 'bytes' && r.kind === 'bytes') {
      const out = new Uint8Array(l.value.length + r.value.length);
      out.set(l.value, 0); out.set(r.value, l.value.length);
      return { kind: 'bytes', value: out };
    }
    if (l.kind === 'tuple' && r.kind === 'tuple') return { kind: 'tuple', items: [...l.items, ...r.items] };
    return null;
  }
  if (op === 'Mult') {
    if (li && (r.kind === 'tuple' || r.kind === 'str' || r.kind === 'bytes')) return repeatSeq(r, intOf(l));
    if (ri && (l.kind === 'tuple' || l.kind === 'str' || l.kind === 'bytes')) return repeatSeq(l, intOf(r));
  }
  return null;
}

function foldUnary(op: string, c: ConstValue): ConstValue | null {
  switch (op) {
    case 'Not': {
      const t = truthy(c);
      return t === null ? null : (t ? FALSE : TRUE);
    }
    case 'USub':
      if (isIntLike(c)) return mkInt(-intOf(c));
      if (c.kind === 'float') return { kind: 'float', value: -c.value };
      if (c.kind === 'complex') return { kind: 'complex', real: -c.real, imag: -c.imag };
      return null;
    case 'UAdd':
      if (isIntLike(c)) return mkInt(intOf(c));
      if (c.kind === 'float' || c.kind === 'complex') return c;
      return null;
    case 'Invert':
      if (isIntLike(c)) return mkInt(~intOf(c));
      return null;
    default:
      return null;
  }
}

function truthy(c: ConstValue): boolean | null {
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
    default: return null;
  }
}

function foldSubscript(v: ConstValue, idx: ConstValue): ConstValue | null {
  if (!isIntLike(idx)) return null;
  let i = Number(intOf(idx));
  if (v.kind === 'str') {
    if (v.cps !== undefined) return null;
    const chars = Array.from(v.value);
    if (i < 0) i += chars.length;
    if (i < 0 || i >= chars.length) return null;
    return strConst(chars[i]!);
  }
  if (v.kind === 'bytes') {
    if (i < 0) i += v.value.length;
    if (i < 0 || i >= v.value.length) return null;
    return { kind: 'int', value: v.value[i]! };
  }
  if (v.kind === 'tuple') {
    if (i < 0) i += v.items.length;
    if (i < 0 || i >= v.items.length) return null;
    return v.items[i]!;
  }
  return null;
}

class Folder {
  constructor(readonly optimize: number) {}

  exprs<T extends A.expr | null>(es: T[]): T[] {
    let out: T[] | null = null;
    for (let i = 0; i < es.length; i++) {
      const e = es[i]!;
      const n = (e === null ? null : this.expr(e)) as T;
      if (n !== e) { if (out === null) out = es.slice(); out[i] = n; }
    }
    return out ?? es;
  }

  stmts(ss: A.stmt[]): A.stmt[] {
    let out: A.stmt[] | null = null;
    for (let i = 0; i < ss.length; i++) {
      const n = this.stmt(ss[i]!);
      if (n !== ss[i]) { if (out === null) out = ss.slice(); out[i] = n; }
    }
    return out ?? ss;
  }

  /** Folds the listed fields of a node; returns the node itself when nothing changed. */
  fields<T extends object>(node: T, f: (n: T) => Partial<T>): T {
    const changes = f(node);
    for (const k of Object.keys(changes) as (keyof T)[]) {
      if (changes[k] !== node[k]) return { ...node, ...changes };
    }
    return node;
  }

  opt<T extends A.expr | null>(e: T): T { return (e === null ? null : this.expr(e)) as T; }

  args(a: A.arguments): A.arguments {
    return this.fields(a, (n) => ({
      posonlyargs: this.argList(n.posonlyargs), args: this.argList(n.args), vararg: this.arg(n.vararg),
      kwonlyargs: this.argList(n.kwonlyargs), kw_defaults: this.exprs(n.kw_defaults), kwarg: this.arg(n.kwarg),
      defaults: this.exprs(n.defaults),
    }));
  }
  arg<T extends A.arg | null>(a: T): T {
    if (a === null) return a;
    return this.fields(a as A.arg, (n) => ({ annotation: this.opt(n.annotation) })) as T;
  }
  argList(as: A.arg[]): A.arg[] {
    let out: A.arg[] | null = null;
    for (let i = 0; i < as.length; i++) {
      const n = this.arg(as[i]!);
      if (n !== as[i]) { if (out === null) out = as.slice(); out[i] = n; }
    }
    return out ?? as;
  }

  keywords(ks: A.keyword[]): A.keyword[] {
    let out: A.keyword[] | null = null;
    for (let i = 0; i < ks.length; i++) {
      const n = this.fields(ks[i]!, (k) => ({ value: this.expr(k.value) }));
      if (n !== ks[i]) { if (out === null) out = ks.slice(); out[i] = n; }
    }
    return out ?? ks;
  }

  iter(e: A.expr): A.expr {
    if (e._type === 'List') {
      if (e.elts.some((x) => x._type === 'Starred')) return e;
      const t: A.Tuple = { ...e, _type: 'Tuple' };
      return this.constTuple(t) ?? t;
    }
    if (e._type === 'Set') {
      const items = this.constItems(e.elts);
      if (items === null) return e;
      return mkConst(e, { kind: 'frozenset', items: dedupe(items) });
    }
    return e;
  }

  constItems(elts: A.expr[]): ConstValue[] | null {
    const items: ConstValue[] = [];
    for (const x of elts) {
      if (x._type !== 'Constant') return null;
      items.push(cv(x));
    }
    return items;
  }

  constTuple(t: A.Tuple): A.Constant | null {
    const items = this.constItems(t.elts);
    return items === null ? null : mkConst(t, { kind: 'tuple', items });
  }

  comprehensions(gs: A.comprehension[]): A.comprehension[] {
    let out: A.comprehension[] | null = null;
    for (let i = 0; i < gs.length; i++) {
      const n = this.fields(gs[i]!, (g) => ({ target: this.expr(g.target), iter: this.iter(this.expr(g.iter)), ifs: this.exprs(g.ifs) }));
      if (n !== gs[i]) { if (out === null) out = gs.slice(); out[i] = n; }
    }
    return out ?? gs;
  }

  expr(e: A.expr): A.expr {
    switch (e._type) {
      case 'BoolOp': return this.fields(e, (n) => ({ values: this.exprs(n.values) }));
      case 'NamedExpr': return this.fields(e, (n) => ({ value: this.expr(n.value) }));
      case 'BinOp': {
        const n = this.fields(e, (x) => ({ left: this.expr(x.left), right: this.expr(x.right) }));
        if (n.op._type === 'Mod' && n.left._type === 'Constant' && typeof n.left.value === 'string'
          && n.right._type === 'Tuple' && !n.right.elts.some((x) => x._type === 'Starred')) {
          return optimizeFormat(n, n.left.value, n.right.elts);
        }
        if (n.left._type === 'Constant' && n.right._type === 'Constant') {
          const r = foldBinop(n.op._type, cv(n.left), cv(n.right));
          if (r !== null) return mkConst(n, r);
        }
        return n;
      }
      case 'UnaryOp': {
        const n = this.fields(e, (x) => ({ operand: this.expr(x.operand) }));
        if (n.operand._type === 'Constant') {
          const r = foldUnary(n.op._type, cv(n.operand));
          if (r !== null) return mkConst(n, r);
        } else if (n.op._type === 'Not' && n.operand._type === 'Compare' && n.operand.ops.length === 1) {
          const inv: Record<string, string> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
          const op = inv[n.operand.ops[0]!._type];
          // COPY_NODE(node, arg): the result keeps the comparison's own position.
          if (op !== undefined) return { ...n.operand, ops: [{ _type: op } as A.cmpop] };
        }
        return n;
      }
      case 'Lambda': return this.fields(e, (n) => ({ args: this.args(n.args), body: this.expr(n.body) }));
      case 'IfExp': return this.fields(e, (n) => ({ test: this.expr(n.test), body: this.expr(n.body), orelse: this.expr(n.orelse) }));
      case 'Dict': return this.fields(e, (n) => ({ keys: this.exprs(n.keys), values: this.exprs(n.values) }));
      case 'Set': return this.fields(e, (n) => ({ elts: this.exprs(n.elts) }));
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        return this.fields(e as A.ListComp, (n) => ({ elt: this.expr(n.elt), generators: this.comprehensions(n.generators) }));
      case 'DictComp': return this.fields(e, (n) => ({ key: this.expr(n.key), value: this.expr(n.value), generators: this.comprehensions(n.generators) }));
      case 'Await': return this.fields(e, (n) => ({ value: this.expr(n.value) }));
      case 'Yield': return this.fields(e, (n) => ({ value: this.opt(n.value) }));
      case 'YieldFrom': return this.fields(e, (n) => ({ value: this.expr(n.value) }));
      case 'Compare': {
        const n = this.fields(e, (x) => ({ left: this.expr(x.left), comparators: this.exprs(x.comparators) }));
        const lastOp = n.ops[n.ops.length - 1]!._type;
        if (lastOp === 'In' || lastOp === 'NotIn') {
          const last = n.comparators[n.comparators.length - 1]!;
          const f = this.iter(last);
          if (f !== last) { const comps = n.comparators.slice(); comps[comps.length - 1] = f; return { ...n, comparators: comps }; }
        }
        return n;
      }
      case 'Call': return this.fields(e, (n) => ({ func: this.expr(n.func), args: this.exprs(n.args), keywords: this.keywords(n.keywords) }));
      case 'FormattedValue': return this.fields(e, (n) => ({ value: this.expr(n.value), format_spec: this.opt(n.format_spec) }));
      case 'JoinedStr': return this.fields(e, (n) => ({ values: this.exprs(n.values) }));
      case 'Constant': return e;
      case 'Attribute': return this.fields(e, (n) => ({ value: this.expr(n.value) }));
      case 'Subscript': {
        const n = this.fields(e, (x) => ({ value: this.expr(x.value), slice: this.expr(x.slice) }));
        if (n.ctx._type === 'Load' && n.value._type === 'Constant' && n.slice._type === 'Constant') {
          const r = foldSubscript(cv(n.value), cv(n.slice));
          if (r !== null) return mkConst(n, r);
        }
        return n;
      }
      case 'Starred': return this.fields(e, (n) => ({ value: this.expr(n.value) }));
      case 'Slice': return this.fields(e, (n) => ({ lower: this.opt(n.lower), upper: this.opt(n.upper), step: this.opt(n.step) }));
      case 'Name':
        if (e.ctx._type === 'Load' && e.id === '__debug__') return mkConst(e, this.optimize ? FALSE : TRUE);
        return e;
      case 'List': return this.fields(e, (n) => ({ elts: this.exprs(n.elts) }));
      case 'Tuple': {
        const n = this.fields(e, (x) => ({ elts: this.exprs(x.elts) }));
        if (n.ctx._type === 'Load') return this.constTuple(n) ?? n;
        return n;
      }
    }
  }

  pattern(p: A.pattern): A.pattern {
    switch (p._type) {
      case 'MatchValue': return this.fields(p, (n) => ({ value: this.expr(n.value) }));
      case 'MatchSingleton': case 'MatchStar': return p;
      case 'MatchSequence': return this.fields(p, (n) => ({ patterns: this.patterns(n.patterns) }));
      case 'MatchMapping': return this.fields(p, (n) => ({ keys: this.exprs(n.keys), patterns: this.patterns(n.patterns) }));
      case 'MatchClass': return this.fields(p, (n) => ({ cls: this.expr(n.cls), patterns: this.patterns(n.patterns), kwd_patterns: this.patterns(n.kwd_patterns) }));
      case 'MatchAs': return this.fields(p, (n) => ({ pattern: n.pattern === null ? null : this.pattern(n.pattern) }));
      case 'MatchOr': return this.fields(p, (n) => ({ patterns: this.patterns(n.patterns) }));
    }
  }

  patterns(ps: A.pattern[]): A.pattern[] {
    let out: A.pattern[] | null = null;
    for (let i = 0; i < ps.length; i++) {
      const n = this.pattern(ps[i]!);
      if (n !== ps[i]) { if (out === null) out = ps.slice(); out[i] = n; }
    }
    return out ?? ps;
  }

  stmt(s: A.stmt): A.stmt {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        return this.fields(s as A.FunctionDef, (n) => ({ args: this.args(n.args), body: this.stmts(n.body), decorator_list: this.exprs(n.decorator_list), returns: this.opt(n.returns) }));
      case 'ClassDef':
        return this.fields(s, (n) => ({ bases: this.exprs(n.bases), keywords: this.keywords(n.keywords), body: this.stmts(n.body), decorator_list: this.exprs(n.decorator_list) }));
      case 'Return': return this.fields(s, (n) => ({ value: this.opt(n.value) }));
      case 'Delete': return this.fields(s, (n) => ({ targets: this.exprs(n.targets) }));
      case 'Assign': return this.fields(s, (n) => ({ targets: this.exprs(n.targets), value: this.expr(n.value) }));
      case 'TypeAlias': return this.fields(s, (n) => ({ value: this.expr(n.value) }));
      case 'AugAssign': return this.fields(s, (n) => ({ target: this.expr(n.target), value: this.expr(n.value) }));
      case 'AnnAssign': return this.fields(s, (n) => ({ target: this.expr(n.target), annotation: this.expr(n.annotation), value: this.opt(n.value) }));
      case 'For': case 'AsyncFor': {
        // ast_opt's fold_iter (a list or set display becomes a constant tuple or frozenset) is for `for`
        // only: `async for` over a list keeps the list (its error names it).
        const isFor = s._type === 'For';
        return this.fields(s as A.For, (n) => ({ target: this.expr(n.target), iter: isFor ? this.iter(this.expr(n.iter)) : this.expr(n.iter), body: this.stmts(n.body), orelse: this.stmts(n.orelse) }));
      }
      case 'While': case 'If':
        return this.fields(s as A.While, (n) => ({ test: this.expr(n.test), body: this.stmts(n.body), orelse: this.stmts(n.orelse) }));
      case 'With': case 'AsyncWith':
        return this.fields(s as A.With, (n) => ({
          items: n.items.map((it) => this.fields(it, (w) => ({ context_expr: this.expr(w.context_expr), optional_vars: this.opt(w.optional_vars) }))),
          body: this.stmts(n.body),
        }));
      case 'Match':
        return this.fields(s, (n) => ({
          subject: this.expr(n.subject),
          cases: n.cases.map((c) => this.fields(c, (m) => ({ pattern: this.pattern(m.pattern), guard: this.opt(m.guard), body: this.stmts(m.body) }))),
        }));
      case 'Raise': return this.fields(s, (n) => ({ exc: this.opt(n.exc), cause: this.opt(n.cause) }));
      case 'Try': case 'TryStar':
        return this.fields(s as A.Try, (n) => ({
          body: this.stmts(n.body),
          handlers: n.handlers.map((h) => this.fields(h, (x) => ({ type: this.opt(x.type), body: this.stmts(x.body) }))),
          orelse: this.stmts(n.orelse), finalbody: this.stmts(n.finalbody),
        }));
      case 'Assert': return this.fields(s, (n) => ({ test: this.expr(n.test), msg: this.opt(n.msg) }));
      case 'Expr': return this.fields(s, (n) => ({ value: this.expr(n.value) }));
      default: return s;
    }
  }
}

/** A Constant without a location (ast_opt.c makes its format pieces with -1 positions). */
function bareStr(value: string): A.Constant {
  return { _type: 'Constant', value, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

const FORMAT_MAXDIGITS = 3;

/**
 * `'...%s...%r...' % (a, b)` with only %s/%r/%a units (flags, width and precision of at most two
 * digits) becomes an f-string, as ast_opt.c optimize_format does; anything else stays a BinOp.
 */
function optimizeFormat(node: A.BinOp, fmt: string, elts: A.expr[]): A.expr {
  const values: A.expr[] = [];
  let pos = 0;
  let cnt = 0;
  const size = fmt.length;
  for (;;) {
    // A literal run up to the next lone '%' ('%%' stands for '%').
    const start = pos;
    let hasPercents = false;
    while (pos < size) {
      if (fmt[pos] !== '%') pos++;
      else if (pos + 1 < size && fmt[pos + 1] === '%') { hasPercents = true; pos += 2; }
      else break;
    }
    if (pos > start) {
      const lit = fmt.slice(start, pos);
      values.push(bareStr(hasPercents ? lit.replaceAll('%%', '%') : lit));
    }
    if (pos >= size) break;
    if (cnt >= elts.length) return node; // more format units than items
    pos++;
    // simple_format_arg_parse: flags, width, precision, conversion.
    let ch = '';
    const next = (): boolean => { if (pos >= size) return false; ch = fmt[pos++]!; return true; };
    let ljust = false;
    let width = -1, prec = -1;
    for (;;) {
      if (!next()) return node;
      if (ch === '-') { ljust = true; continue; }
      if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
      break;
    }
    if (ch >= '0' && ch <= '9') {
      width = 0;
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        width = width * 10 + (ch.charCodeAt(0) - 48);
        if (!next()) return node;
        if (++digits >= FORMAT_MAXDIGITS) return node;
      }
    }
    if (ch === '.') {
      if (!next()) return node;
      prec = 0;
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (!next()) return node;
        if (++digits >= FORMAT_MAXDIGITS) return node;
      }
    }
    if (ch !== 's' && ch !== 'r' && ch !== 'a') return node;
    let spec = '';
    if (!ljust && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += '.' + String(prec);
    const arg = elts[cnt++]!;
    values.push({
      _type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0), format_spec: spec === '' ? null : bareStr(spec),
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    });
  }
  if (cnt < elts.length) return node; // more items than format units
  return { _type: 'JoinedStr', values, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

function dedupe(items: ConstValue[]): ConstValue[] {
  const seen = new Set<string>();
  const out: ConstValue[] = [];
  for (const it of items) {
    const k = JSON.stringify(it, (_k, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Array.from(v) : v));
    if (!seen.has(k)) { seen.add(k); out.push(it); }
  }
  return out;
}

/** Returns the folded tree (sharing unchanged subtrees with the input). */
export function foldModule<T extends A.Module | A.Expression | A.Interactive>(tree: T, optimize: number): T {
  const f = new Folder(optimize);
  if (tree._type === 'Expression') {
    const body = f.expr(tree.body);
    return (body === tree.body ? tree : { ...tree, body }) as T;
  }
  const body = f.stmts(tree.body);
  return (body === tree.body ? tree : { ...tree, body }) as T;
}
