// Compiler parity with CPython 3.12 on the snippets of parity-snippets.txt: for every code object,
// co_names, co_varnames, co_cellvars, co_freevars, co_consts (folding), flags and arg counts,
// stacksize, the instruction stream, positions and the exception table (tools/compiler-parity-lib.ts).
// Golden: parity.json, written by tools/compiler-parity.py --snippets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../../../src/parser/index.ts';
import { compileModule } from '../../../src/compiler/codeunit.ts';
import { verifyStack } from '../../../src/compiler/verify.ts';
import { ParityStats, dumpOurs, type CodeDump } from '../../../tools/compiler-parity-lib.ts';
import { readCases } from './cases.ts';

const golden: Record<string, CodeDump[]> = JSON.parse(readFileSync(join(import.meta.dirname, 'parity.json'), 'utf8'));

test('every code object of every snippet matches CPython 3.12 in every category', () => {
  const cases = readCases('parity-snippets.txt');
  assert.equal(cases.length, Object.keys(golden).length, 'parity.json is stale: run tools/compiler-parity.py --snippets');
  const stats = new ParityStats();
  const bad: string[] = [];
  for (const [head, src] of cases) {
    const words = head.split(/\s+/);
    const name = words[0]!;
    const mode = words.includes('eval') ? 'eval' : words.includes('single') ? 'single' : 'exec';
    const optimize = words.includes('O2') ? 2 : words.includes('O1') ? 1 : 0;
    const unit = compileModule(parseSource(src, '<snippet>', mode), '<snippet>', mode, { source: src, optimize });
    const ours = dumpOurs(unit);
    for (const d of ours) assert.ok(d.stacksize >= 0);
    const diff = stats.add(name, ours, golden[name]!);
    if (diff.size > 0) bad.push(`${name}: ${[...diff].join(', ')}`);
    const walk = (u: typeof unit): void => { verifyStack(u); for (const c of u.consts) if (c.kind === 'code') walk(c.code); };
    walk(unit);
  }
  const details = [...stats.shapeMismatches, ...[...stats.examples.values()].flat()].slice(0, 20).join("\n");
  assert.equal(bad.length, 0, `${stats.summary()}\n${bad.join('\n')}\n${details}`);
});
