// Disassembler: renders a CodeUnit like CPython 3.12's `dis.dis` (line numbers, jump-target marks,
// opcode name, oparg, and the resolved argument), followed by the exception table and the
// disassembly of nested code objects. Offsets are instruction indices (one word per instruction,
// no CACHE entries), so they differ from CPython's byte offsets; jump targets print as "to N".

import type { CodeUnit, ConstValue } from '../compiler/codeunit.ts';
import * as O from './opcodes.ts';

function reprStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return q + out + q;
}

/** Python's repr() of a float: the shortest round-tripping digits, exponent form below 1e-4 and from 1e16. */
function reprFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [m, e] = Math.abs(x).toExponential().split('e');
  const digits = m!.replace('.', '');
  const exp = Number(e);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${intPart}.${frac === '' ? '0' : frac}`;
}

/** repr() of a constant as dis shows it. */
export function reprConst(c: ConstValue): string {
  switch (c.kind) {
    case 'none': return 'None';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return reprFloat(c.value);
    case 'complex': {
      const im = reprFloat(c.imag).replace(/\.0$/, '');
      if (c.real === 0 && !Object.is(c.real, -0)) return `${im}j`;
      const re = reprFloat(c.real).replace(/\.0$/, '');
      return `(${re}${im.startsWith('-') ? '' : '+'}${im}j)`;
    }
    case 'str': return reprStr(c.value);
    case 'bytes': {
      // bytes_repr: double quotes when there is a ' and no ".
      const q = c.value.includes(39) && !c.value.includes(34) ? 34 : 39;
      let out = 'b' + String.fromCharCode(q);
      for (const b of c.value) {
        if (b === q) out += '\\' + String.fromCharCode(q);
        else if (b === 92) out += '\\\\';
        else if (b === 10) out += '\\n';
        else if (b === 13) out += '\\r';
        else if (b === 9) out += '\\t';
        else if (b < 32 || b >= 127) out += '\\x' + b.toString(16).padStart(2, '0');
        else out += String.fromCharCode(b);
      }
      return out + String.fromCharCode(q);
    }
    case 'ellipsis': return 'Ellipsis';
    case 'tuple': return c.items.length === 1 ? `(${reprConst(c.items[0]!)},)` : `(${c.items.map(reprConst).join(', ')})`;
    case 'frozenset': return c.items.length === 0 ? 'frozenset()' : `frozenset({${c.items.map(reprConst).join(', ')}})`;
    case 'code': return `<code object ${c.code.name}, file "${c.code.filename}", line ${c.code.firstlineno}>`;
  }
}

function argRepr(unit: CodeUnit, op: number, arg: number): string {
  const info = O.opcodeInfo(op);
  switch (info.arg) {
    case 'const': return reprConst(unit.consts[arg]!);
    case 'name': return unit.names[arg] ?? '?';
    case 'global': return (arg & 1 ? 'NULL + ' : '') + (unit.names[arg >> 1] ?? '?');
    case 'attr': return (arg & 1 ? 'NULL|self + ' : '') + (unit.names[arg >> 1] ?? '?');
    case 'superattr': return (arg & 1 ? 'NULL|self + ' : '') + (unit.names[arg >> 2] ?? '?');
    case 'local': case 'free': return unit.localsplusnames[arg] ?? '?';
    case 'jump': return `to ${arg}`;
    case 'cmp': return O.CMP_OPS[arg] ?? '?';
    case 'binop': return O.NB_OPS[arg] ?? '?';
    case 'intrinsic1': return O.INTRINSIC_1_NAMES[arg] ?? '?';
    case 'intrinsic2': return O.INTRINSIC_2_NAMES[arg] ?? '?';
    case 'format': {
      const parts: string[] = [];
      const conv = arg & O.FVC_MASK;
      if (conv === O.FVC_STR) parts.push('str');
      else if (conv === O.FVC_REPR) parts.push('repr');
      else if (conv === O.FVC_ASCII) parts.push('ascii');
      if (arg & O.FVS_HAVE_SPEC) parts.push('with format');
      return parts.join(', ');
    }
    case 'makefn': {
      const parts: string[] = [];
      if (arg & O.MAKE_FUNCTION_DEFAULTS) parts.push('defaults');
      if (arg & O.MAKE_FUNCTION_KWDEFAULTS) parts.push('kwdefaults');
      if (arg & O.MAKE_FUNCTION_ANNOTATIONS) parts.push('annotations');
      if (arg & O.MAKE_FUNCTION_CLOSURE) parts.push('closure');
      return parts.join(', ');
    }
    default:
      if (op === O.IS_OP) return arg ? 'is not' : 'is';
      if (op === O.CONTAINS_OP) return arg ? 'not in' : 'in';
      return '';
  }
}

/** Disassembles one code unit (without nested code objects). */
export function disassembleOne(unit: CodeUnit): string {
  const lines: string[] = [];
  const n = unit.code.length;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    const w = unit.code[i]!;
    if (O.HAS_JUMP[w & 0xff]) targets.add(w >>> 8);
  }
  for (let k = 0; k < unit.exceptiontable.length; k += 5) targets.add(unit.exceptiontable[k + 2]!);
  const width = Math.max(4, String(n).length + 1);
  let lastLine = -2;
  for (let i = 0; i < n; i++) {
    const w = unit.code[i]!;
    const op = w & 0xff;
    const arg = w >>> 8;
    const line = unit.lines[i]!;
    let lineCol = '';
    if (line !== lastLine && !(line === -1 && lastLine === -2)) {
      if (i > 0) lines.push('');
      lineCol = line === -1 ? '' : String(line);
      lastLine = line;
    }
    const mark = targets.has(i) ? '>>' : '  ';
    const info = O.opcodeInfo(op);
    let text = `${lineCol.padStart(4)}   ${mark} ${String(i).padStart(width)} ${info.name}`;
    if (info.hasArg) {
      text = text.padEnd(width + 37) + ' ' + String(arg).padStart(5);
      const r = argRepr(unit, op, arg);
      if (r !== '') text += ` (${r})`;
    }
    lines.push(text.trimEnd());
  }
  if (unit.exceptiontable.length > 0) {
    lines.push('ExceptionTable:');
    for (let k = 0; k < unit.exceptiontable.length; k += 5) {
      const [s, e, t, d, l] = unit.exceptiontable.subarray(k, k + 5);
      lines.push(`  ${s} to ${e! - 1} -> ${t} [${d}]${l ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Disassembles a code unit and, recursively, the code objects among its constants (like dis.dis). */
export function disassemble(unit: CodeUnit): string {
  let out = disassembleOne(unit);
  for (const c of unit.consts) {
    if (c.kind === 'code') {
      out += `\nDisassembly of ${reprConst(c)}:\n` + disassemble(c.code);
    }
  }
  return out;
}
