// ast.dump() for our AST: the exact text CPython 3.12's Lib/ast.py `dump` prints, including
// annotate_fields, include_attributes and indent. Optional fields that are None are left out
// (the class default is None); everything else is printed, empty lists included (3.12 behaviour).

import type { ConstantValue, Node } from './ast.ts';
import { NODE_CLASSES } from './ast.ts';
import { floatRepr, floatReprNoDot0 } from '../support/float-format.ts';
import { strRepr, strReprUnits, bytesRepr } from '../support/str-repr.ts';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** A string, or a number of spaces; null/undefined for the one-line form. */
  indent?: string | number | null;
}

/** Python repr() of a constant value. */
export function reprConstant(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return bytesRepr(v);
  if ('_float' in v) return floatRepr(v.value);
  if ('_codepoints' in v) return strReprUnits(Uint32Array.from(v.cps), 0, v.cps.length);
  if ('_complex' in v) return floatReprNoDot0(v.imag) + 'j';
  return 'Ellipsis';
}

/** https://docs.python.org/3.12/library/ast.html#ast.dump */
export function astDump(node: Node, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const attrs = opts.includeAttributes ?? false;
  let indent: string | null = null;
  if (typeof opts.indent === 'number') indent = ' '.repeat(opts.indent);
  else if (typeof opts.indent === 'string') indent = opts.indent;
  let simple = false;

  const format = (value: unknown, level: number): string => {
    let prefix = '', sep = ', ';
    if (indent !== null) {
      level++;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) { simple = true; return '[]'; }
      const parts: string[] = [];
      for (const x of value) parts.push(format(x, level));
      simple = false;
      return '[' + prefix + parts.join(sep) + ']';
    }
    if (value !== null && typeof value === 'object' && '_type' in value && typeof (value as { _type: unknown })._type === 'string') {
      const n = value as Record<string, unknown> & { _type: string };
      const cls = NODE_CLASSES[n._type];
      if (cls === undefined) { simple = true; return n._type + '()'; }
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const f of cls.fields) {
        const v = n[f];
        if (v === null && cls.optional.includes(f)) { keywords = true; continue; }
        const s = format(v, level);
        allSimple = allSimple && simple;
        args.push(keywords ? f + '=' + s : s);
      }
      if (attrs) {
        for (const a of cls.attributes) {
          const v = n[a];
          if (v === null || v === undefined) continue;
          const s = format(v, level);
          allSimple = allSimple && simple;
          args.push(a + '=' + s);
        }
      }
      if (allSimple && args.length <= 3) {
        simple = args.length === 0;
        return n._type + '(' + args.join(', ') + ')';
      }
      simple = false;
      return n._type + '(' + prefix + args.join(sep) + ')';
    }
    simple = true;
    return reprConstant(value as ConstantValue);
  };
  return format(node, 0);
}
