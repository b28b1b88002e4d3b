// Compares Immortal's compiler output with CPython 3.12's, code object by code object, as dumped by
// tools/compiler-parity.py. Shared by tools/compiler-parity.ts (stdlib sample) and
// tests/unit/compiler/parity.test.ts (snippets). Categories are compared separately so a difference
// in line tables does not hide agreement on names and constants.
import type { CodeUnit, ConstValue } from '../src/compiler/codeunit.ts';
import { CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from '../src/compiler/codeunit.ts';
import { reprConst } from '../src/bytecode/dis.ts';
import * as O from '../src/bytecode/opcodes.ts';

/** One code object as tools/compiler-parity.py writes it. */
export interface CodeDump {
  name: string; qualname: string; firstlineno: number;
  argcount: number; posonlyargcount: number; kwonlyargcount: number; flags: number; stacksize: number;
  varnames: string[]; cellvars: string[]; freevars: string[]; names: string[]; consts: string[];
  ops: [string, number | null][];
  positions: [number | null, number | null, number | null, number | null][];
  exceptiontable: number[][];
}

/** The categories compared, each on its own. */
export const CATEGORIES = ['names', 'varnames', 'cellvars', 'freevars', 'consts', 'meta', 'stacksize', 'ops', 'positions', 'exceptiontable'] as const;
export type Category = typeof CATEGORIES[number];

function normConst(c: ConstValue): string {
  switch (c.kind) {
    case 'code': return `<code ${c.code.name}>`;
    case 'tuple': {
      const items = c.items.map(normConst);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'frozenset':
      return c.items.length === 0 ? 'frozenset()' : `frozenset({${c.items.map(normConst).sort().join(', ')}})`;
    case 'str': return 's' + asciiJson(c.value);
    case 'bytes': return 'b' + Array.from(c.value, (b) => b.toString(16).padStart(2, '0')).join('');
    default: return reprConst(c);
  }
}

/** Python's json.dumps(s) (ensure_ascii): everything outside ' '..'~' as \uXXXX. */
function asciiJson(s: string): string {
  return JSON.stringify(s).replace(/[^\x20-\x7e]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

const nul = (v: number): number | null => (v === -1 ? null : v);

/** Our code objects in the same order and shape as the Python helper's dump. */
export function dumpOurs(u: CodeUnit, out: CodeDump[] = []): CodeDump[] {
  const pick = (kind: number): string[] => u.localsplusnames.filter((_, i) => (u.localspluskinds[i]! & kind) !== 0);
  const ops: [string, number | null][] = [];
  const positions: CodeDump['positions'] = [];
  for (let i = 0; i < u.code.length; i++) {
    const w = u.code[i]!;
    const info = O.opcodeInfo(w & 0xff);
    ops.push([info.name, info.hasArg ? w >>> 8 : null]);
    positions.push([nul(u.lines[i]!), nul(u.endLines[i]!), nul(u.cols[i]!), nul(u.endCols[i]!)]);
  }
  const et: number[][] = [];
  for (let k = 0; k < u.exceptiontable.length; k += 5) et.push(Array.from(u.exceptiontable.subarray(k, k + 5)));
  out.push({
    name: u.name, qualname: u.qualname, firstlineno: u.firstlineno, argcount: u.argcount,
    posonlyargcount: u.posonlyargcount, kwonlyargcount: u.kwonlyargcount, flags: u.flags, stacksize: u.stacksize,
    varnames: pick(CO_FAST_LOCAL), cellvars: pick(CO_FAST_CELL), freevars: pick(CO_FAST_FREE), names: u.names.slice(),
    consts: u.consts.map(normConst), ops, positions, exceptiontable: et,
  });
  for (const c of u.consts) if (c.kind === 'code') dumpOurs(c.code, out);
  return out;
}

function pickCategory(d: CodeDump, cat: Category): unknown {
  if (cat === 'meta') return [d.name, d.qualname, d.firstlineno, d.argcount, d.posonlyargcount, d.kwonlyargcount, d.flags];
  return d[cat];
}

/** Per category: does our code object agree with CPython's? Plus a short description of each difference. */
export function compareCode(ours: CodeDump, theirs: CodeDump): Map<Category, string | null> {
  const res = new Map<Category, string | null>();
  for (const cat of CATEGORIES) {
    const a = JSON.stringify(pickCategory(ours, cat));
    const b = JSON.stringify(pickCategory(theirs, cat));
    res.set(cat, a === b ? null : describe(cat, pickCategory(ours, cat), pickCategory(theirs, cat)));
  }
  return res;
}

function describe(cat: Category, ours: unknown, theirs: unknown): string {
  if (Array.isArray(ours) && Array.isArray(theirs) && cat !== 'meta') {
    let i = 0;
    while (i < ours.length && i < theirs.length && JSON.stringify(ours[i]) === JSON.stringify(theirs[i])) i++;
    const o = ours as unknown[], t = theirs as unknown[];
    return `${cat} differ at ${i} (ours ${o.length}, cpython ${t.length}): ours ${JSON.stringify(o.slice(i, i + 3))} cpython ${JSON.stringify(t.slice(i, i + 3))}`;
  }
  return `${cat}: ours ${JSON.stringify(ours)} cpython ${JSON.stringify(theirs)}`;
}

/** Tallies for a set of files or snippets. */
export class ParityStats {
  codeObjects = 0;
  /** Sources whose code-object lists do not line up (count or names differ). */
  shapeMismatches: string[] = [];
  readonly agree = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  readonly examples = new Map<Category, string[]>(CATEGORIES.map((c) => [c, []]));

  /** Compares all code objects of one source; returns the categories that differed. */
  add(label: string, ours: CodeDump[], theirs: CodeDump[]): Set<Category> {
    const bad = new Set<Category>();
    if (ours.length !== theirs.length || ours.some((d, i) => d.qualname !== theirs[i]!.qualname)) {
      let k = 0;
      while (k < ours.length && k < theirs.length && ours[k]!.qualname === theirs[k]!.qualname) k++;
      this.shapeMismatches.push(`${label}: code objects ${ours.length} vs cpython ${theirs.length}, first difference at ${k}: `
        + `ours ${ours.slice(k, k + 3).map((d) => d.qualname).join(',')} cpython ${theirs.slice(k, k + 3).map((d) => d.qualname).join(',')}`);
      for (const c of CATEGORIES) bad.add(c);
      this.codeObjects += theirs.length;
      return bad;
    }
    for (let i = 0; i < ours.length; i++) {
      this.codeObjects++;
      for (const [cat, diff] of compareCode(ours[i]!, theirs[i]!)) {
        if (diff === null) this.agree.set(cat, this.agree.get(cat)! + 1);
        else {
          bad.add(cat);
          const ex = this.examples.get(cat)!;
          if (ex.length < 200) ex.push(`${label} ${ours[i]!.qualname}: ${diff}`);
        }
      }
    }
    return bad;
  }

  summary(): string {
    const lines = [`code objects ${this.codeObjects}, sources with different code-object lists ${this.shapeMismatches.length}`];
    for (const c of CATEGORIES) {
      const a = this.agree.get(c)!;
      lines.push(`  ${c.padEnd(15)} ${a}/${this.codeObjects} (${(100 * a / Math.max(1, this.codeObjects)).toFixed(2)}%)`);
    }
    return lines.join('\n');
  }
}
