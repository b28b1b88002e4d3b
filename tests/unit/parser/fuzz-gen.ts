// Mutant generator for the parser fuzz test and tools/parser-fuzz.ts: windows of real Python
// sources mutated at token and character level by a seeded PRNG (same seed, same mutants).

import { readFileSync } from 'node:fs';
import { cpythonStdlib, listPyFiles } from '../../../tools/parser-parity.ts';
import { readCases } from './cases.ts';

/** mulberry32: small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['(', ')', '[', ']', '{', '}', ':', ',', ';', '=', '==', '.', '*', '**', '\n', '    ', '\t',
  '\\', '\\\n', '"', "'", '"""', "'''", 'f"', "f'{", 'rf"', 'b"', '#', 'if', 'else', 'elif', 'lambda', 'yield',
  'not', 'in', 'is', 'def', 'class', 'match', 'case', 'type', '_', 'async', 'await', ':=', '->', '@', '0x',
  '1_', '1e', '1j', '0o8', '09', '\u00e9', '\u20ac', '\u00a0', '\r', '\f', 'rb', 'u', '...', '!', 'print ',
  'x', '0', 'try', 'except*', 'finally', 'with', 'as', 'from', 'import', 'global', 'del', 'return', '|', '&',
  '%', '//', '~', '<', '>', '<>', '!=', '$', '?', '`', 'None', 'True', '{x=}', '{x!r:>{w}}', '\\N{BULLET}', '\\x'];
const CHARS = '()[]{}:,;=.*+-/\\\'"#\n \t@!%&|^~<>`$?0123456789abcxyz_é€\u00a0\u200b\f\r';
const TOKEN_RE = /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|\d[\w.]*|"""|'''|\s+|[^\w\s]/g;

function mutate(src: string, r: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  let pieces = src.match(TOKEN_RE) ?? [''];
  const ops = 1 + Math.floor(r() * 3);
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(r() * pieces.length);
    switch (Math.floor(r() * 8)) {
      case 0: pieces.splice(i, 1); break;
      case 1: pieces.splice(i, 0, pieces[i] ?? ''); break;
      case 2: pieces.splice(i, 0, pick(PIECES)); break;
      case 3: if (i + 1 < pieces.length) [pieces[i], pieces[i + 1]] = [pieces[i + 1]!, pieces[i]!]; break;
      case 4: pieces[i] = pick(pieces); break;
      case 5: case 6: case 7: {
        const s = pieces.join('');
        const at = Math.floor(r() * (s.length + 1));
        const t = (k & 1) === 0 ? s.slice(0, at) + pick([...CHARS]) + s.slice(at) : s.slice(0, at) + s.slice(at + 1);
        pieces = t.match(TOKEN_RE) ?? [''];
      }
    }
  }
  return pieces.join('');
}

function baseSources(r: () => number): string[] {
  const stdlib = cpythonStdlib();
  const out: string[] = [];
  if (stdlib !== null) {
    const files = listPyFiles(stdlib);
    for (let i = 0; i < 60; i++) {
      const f = files[Math.floor((i * files.length) / 60)]!;
      const lines = readFileSync(f, 'utf8').split('\n');
      const from = Math.floor(r() * Math.max(1, lines.length - 60));
      out.push(lines.slice(from, from + 60).join('\n') + '\n');
    }
  }
  for (const [name, src] of readCases()) if (!name.startsWith('err_')) out.push(src);
  return out;
}

/** `count` mutants, deterministic for a seed: windows of stdlib files (when installed) and snippets. */
export function makeVariants(seed: number, count: number): string[] {
  const r = rng(seed);
  const bases = baseSources(r);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(mutate(bases[i % bases.length]!, r));
  return out;
}

