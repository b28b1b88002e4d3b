// Symbol tables against CPython 3.12's symtable module: for every parity snippet, the tree of scopes
// (type, name, children) and every symbol's raw flags (DEF_* bits and the resolved scope: local,
// global explicit/implicit, free, cell). Golden: symtable.json, written by tools/compiler-symtable.py.
// Like the symtable module, this runs on the unoptimized AST (no constant folding).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as A from '../../../src/parser/ast.ts';
import { parseModule } from '../../../src/parser/index.ts';
import { buildSymtable, dumpSymtable, type SymtableDump } from '../../../src/compiler/symtable.ts';
import { readCases } from './cases.ts';

const golden: Record<string, SymtableDump> = JSON.parse(readFileSync(join(import.meta.dirname, 'symtable.json'), 'utf8'));

function futureAnnotations(tree: A.Module): boolean {
  return tree.body.some((s) => s._type === 'ImportFrom' && s.module === '__future__' && s.names.some((n) => n.name === 'annotations'));
}

function diff(path: string, ours: SymtableDump, theirs: SymtableDump, out: string[]): void {
  const where = `${path}/${theirs.type}:${theirs.name}`;
  if (ours.type !== theirs.type || ours.name !== theirs.name) {
    out.push(`${where}: ours is ${ours.type}:${ours.name}`);
    return;
  }
  const names = new Set([...Object.keys(ours.symbols), ...Object.keys(theirs.symbols)]);
  for (const n of [...names].sort()) {
    if (ours.symbols[n] !== theirs.symbols[n]) out.push(`${where} ${n}: ours ${ours.symbols[n]} cpython ${theirs.symbols[n]}`);
  }
  if (ours.children.length !== theirs.children.length) {
    out.push(`${where}: children ${ours.children.map((c) => c.name).join(',')} vs cpython ${theirs.children.map((c) => c.name).join(',')}`);
    return;
  }
  for (let i = 0; i < ours.children.length; i++) diff(where, ours.children[i]!, theirs.children[i]!, out);
}

test('symbol tables match CPython 3.12\'s symtable module for every parity snippet', () => {
  const cases = readCases('parity-snippets.txt');
  assert.equal(cases.length, Object.keys(golden).length, 'symtable.json is stale: run tools/compiler-symtable.py');
  const bad: string[] = [];
  for (const [head, src] of cases) {
    const name = head.split(/\s+/)[0]!;
    const tree = parseModule(src, '<snippet>');
    const mod: A.Module | A.Expression = head.includes(' eval') ? { _type: 'Expression', body: (tree.body[0] as A.Expr).value } : tree;
    const st = buildSymtable(mod, '<snippet>', futureAnnotations(tree), src);
    diff(name, dumpSymtable(st.top), golden[name]!, bad);
  }
  assert.deepEqual(bad, []);
});
