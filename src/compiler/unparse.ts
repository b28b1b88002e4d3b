// Expression to source text for `from __future__ import annotations` (PEP 563): annotations are
// stored as strings. Mirrors the output of CPython 3.12's Python/ast_unparse.c for common forms.
// TODO: exotic forms (f-strings with nested quotes, lambda defaults) may differ in spacing from CPython.

import type * as A from '../parser/ast.ts';
import { reprConstant } from '../parser/dump.ts';

const PR = { TUPLE: 0, TEST: 1, OR: 2, AND: 3, NOT: 4, CMP: 5, EXPR: 6, BOR: 6, BXOR: 7, BAND: 8, SHIFT: 9, ARITH: 10, TERM: 11, FACTOR: 12, POWER: 13, AWAIT: 14, ATOM: 15 };
const BIN: Record<string, [string, number]> = {
  Add: ['+', PR.ARITH], Sub: ['-', PR.ARITH], Mult: ['*', PR.TERM], MatMult: ['@', PR.TERM], Div: ['/', PR.TERM],
  Mod: ['%', PR.TERM], FloorDiv: ['//', PR.TERM], Pow: ['**', PR.POWER], LShift: ['<<', PR.SHIFT], RShift: ['>>', PR.SHIFT],
  BitOr: ['|', PR.BOR], BitXor: ['^', PR.BXOR], BitAnd: ['&', PR.BAND],
};
const CMP: Record<string, string> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in' };

function paren(s: string, cond: boolean): string { return cond ? `(${s})` : s; }

function u(e: A.expr, level: number): string {
  switch (e._type) {
    case 'Constant': {
      const v = e.value as unknown;
      if (typeof v === 'object' && v !== null && '_ellipsis' in v) return '...';
      return reprConstant(e.value);
    }
    case 'Name': return e.id;
    case 'Attribute': {
      let v = u(e.value, PR.ATOM);
      if (e.value._type === 'Constant' && typeof e.value.value === 'number') v += ' ';
      return `${v}.${e.attr}`;
    }
    case 'Subscript': {
      const s = e.slice._type === 'Tuple' && e.slice.elts.length > 0 ? e.slice.elts.map((x) => u(x, PR.TEST)).join(', ') + (e.slice.elts.length === 1 ? ',' : '') : u(e.slice, PR.TUPLE);
      return `${u(e.value, PR.ATOM)}[${s}]`;
    }
    case 'Slice':
      return (e.lower ? u(e.lower, PR.TEST) : '') + ':' + (e.upper ? u(e.upper, PR.TEST) : '') + (e.step ? ':' + u(e.step, PR.TEST) : '');
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const s = e.elts.map((x) => u(x, PR.TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(s, level > PR.TUPLE);
    }
    case 'List': return '[' + e.elts.map((x) => u(x, PR.TEST)).join(', ') + ']';
    case 'Set': return e.elts.length === 0 ? '{*()}' : '{' + e.elts.map((x) => u(x, PR.TEST)).join(', ') + '}';
    case 'Dict': return '{' + e.keys.map((k, i) => (k === null ? '**' + u(e.values[i]!, PR.EXPR) : u(k, PR.TEST) + ': ' + u(e.values[i]!, PR.TEST))).join(', ') + '}';
    case 'Starred': return '*' + u(e.value, PR.EXPR);
    case 'BinOp': {
      const [op, pr] = BIN[e.op._type]!;
      const rassoc = e.op._type === 'Pow';
      return paren(`${u(e.left, rassoc ? pr + 1 : pr)} ${op} ${u(e.right, rassoc ? pr : pr + 1)}`, level > pr);
    }
    case 'UnaryOp': {
      const op = e.op._type === 'Not' ? 'not ' : e.op._type === 'USub' ? '-' : e.op._type === 'UAdd' ? '+' : '~';
      const pr = e.op._type === 'Not' ? PR.NOT : PR.FACTOR;
      return paren(op + u(e.operand, pr), level > pr);
    }
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR.AND : PR.OR;
      return paren(e.values.map((x) => u(x, pr + 1)).join(e.op._type === 'And' ? ' and ' : ' or '), level > pr);
    }
    case 'Compare': {
      let s = u(e.left, PR.CMP + 1);
      e.ops.forEach((op, i) => { s += ` ${CMP[op._type]} ${u(e.comparators[i]!, PR.CMP + 1)}`; });
      return paren(s, level > PR.CMP);
    }
    case 'Call': {
      const args = e.args.map((x) => u(x, PR.TEST));
      for (const k of e.keywords) args.push(k.arg === null ? '**' + u(k.value, PR.TEST) : `${k.arg}=${u(k.value, PR.TEST)}`);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') return `${u(e.func, PR.ATOM)}${args[0]}`;
      return `${u(e.func, PR.ATOM)}(${args.join(', ')})`;
    }
    case 'IfExp': return paren(`${u(e.body, PR.TEST + 1)} if ${u(e.test, PR.TEST + 1)} else ${u(e.orelse, PR.TEST)}`, level > PR.TEST);
    case 'Lambda': return paren('lambda' + (e.args.args.length + e.args.posonlyargs.length + e.args.kwonlyargs.length > 0 || e.args.vararg || e.args.kwarg ? ' ' + unparseArgs(e.args) : '') + ': ' + u(e.body, PR.TEST), level > PR.TEST);
    case 'Await': return paren('await ' + u(e.value, PR.ATOM), level > PR.AWAIT);
    case 'Yield': return paren(e.value ? 'yield ' + u(e.value, PR.TEST) : 'yield', true);
    case 'YieldFrom': return paren('yield from ' + u(e.value, PR.TEST), true);
    case 'NamedExpr': return paren(`${u(e.target, PR.ATOM)} := ${u(e.value, PR.ATOM)}`, level > PR.TUPLE);
    case 'ListComp': return '[' + u(e.elt, PR.TEST) + comps(e.generators) + ']';
    case 'SetComp': return '{' + u(e.elt, PR.TEST) + comps(e.generators) + '}';
    case 'DictComp': return '{' + u(e.key, PR.TEST) + ': ' + u(e.value, PR.TEST) + comps(e.generators) + '}';
    case 'GeneratorExp': return '(' + u(e.elt, PR.TEST) + comps(e.generators) + ')';
    case 'JoinedStr': case 'FormattedValue':
      throw new Error('compiler: not implemented: f-string inside an annotation with `from __future__ import annotations`');
  }
}

function comps(gs: A.comprehension[]): string {
  return gs.map((g) => (g.is_async ? ' async for ' : ' for ') + u(g.target, PR.TUPLE) + ' in ' + u(g.iter, PR.TEST + 1) + g.ifs.map((x) => ' if ' + u(x, PR.TEST + 1)).join('')).join('');
}

function unparseArgs(a: A.arguments): string {
  const parts: string[] = [];
  const pos = [...a.posonlyargs, ...a.args];
  const nd = a.defaults.length;
  pos.forEach((p, i) => {
    const di = i - (pos.length - nd);
    parts.push(di >= 0 ? `${p.arg}=${u(a.defaults[di]!, PR.TEST)}` : p.arg);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg) parts.push('*' + a.vararg.arg);
  else if (a.kwonlyargs.length > 0) parts.push('*');
  a.kwonlyargs.forEach((p, i) => { const d = a.kw_defaults[i]; parts.push(d ? `${p.arg}=${u(d, PR.TEST)}` : p.arg); });
  if (a.kwarg) parts.push('**' + a.kwarg.arg);
  return parts.join(', ');
}

/** The string CPython stores for an annotation under `from __future__ import annotations`. */
export function unparseAnnotation(e: A.expr): string {
  return u(e, PR.TEST);
}
