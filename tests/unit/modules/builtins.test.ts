// The builtin functions and the builtin types' methods, end to end: tests/golden/builtins-cases.py
// (one expression per line, printed as its repr or its exception) runs on our runtime and must print
// what CPython 3.12 printed (tests/golden/builtins-cases.exp); both are written by
// tools/gen-golden-builtins.py. Also checks that the run leaks nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../../src/vm/program.ts';

const GOLDEN = fileURLToPath(new URL('../../golden/', import.meta.url));

test('builtins and builtin methods print what CPython 3.12 prints', () => {
  const src = readFileSync(GOLDEN + 'builtins-cases.py', 'utf8').split('\n');
  const cases = src.filter((l) => l.startsWith('show(lambda: ')).map((l) => l.slice('show(lambda: '.length, -1));
  const want = readFileSync(GOLDEN + 'builtins-cases.exp', 'utf8').split('\n');
  const r = runProgram(GOLDEN + 'builtins-cases.py', { hashSeed: 0, stdin: '' });
  // CPython's compile-time SyntaxWarnings, recorded with the program's path made relative.
  assert.equal(r.stderr.split(GOLDEN + 'builtins-cases.py').join('builtins-cases.py'), readFileSync(GOLDEN + 'builtins-cases.exp-stderr', 'utf8'));
  const got = r.stdout.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (got[i] !== want[i]) diffs.push(`${cases[i]}\n    got:  ${got[i]}\n    want: ${want[i]}`);
  }
  assert.deepEqual(diffs, [], `${diffs.length} of ${cases.length} cases differ`);
  assert.equal(r.exitCode, 0);
  assert.equal(r.leakedBlocks, 0);
});
