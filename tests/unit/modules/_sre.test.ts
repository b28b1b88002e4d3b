// The regular-expression engine (src/modules/_sre.ts, src/modules/re/) against CPython 3.12's re:
// tests/golden/re-cases.py runs a table of (pattern, flags, subject) cases (search spans + lastindex,
// fullmatch, finditer spans, or the error a bad pattern raises) and must print what CPython printed
// (tests/golden/re-cases.exp); both files are written by tools/gen-golden-re.py. Also checks that
// matching stays fast on long subjects (no per-character allocation, linear simple patterns).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../../src/vm/program.ts';

const GOLDEN = fileURLToPath(new URL('../../golden/', import.meta.url));

test('re cases print what CPython 3.12 prints', () => {
  const cases = readFileSync(GOLDEN + 're-cases.py', 'utf8').split('\n').filter((l) => l.startsWith('case('));
  const want = readFileSync(GOLDEN + 're-cases.exp', 'utf8').split('\n');
  const r = runProgram(GOLDEN + 're-cases.py', { hashSeed: 0, stdin: '' });
  assert.equal(r.stderr, '');
  const got = r.stdout.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (got[i] !== want[i]) diffs.push(`${cases[i]}\n    got:  ${got[i]}\n    want: ${want[i]}`);
  }
  assert.deepEqual(diffs, [], `${diffs.length} of ${cases.length} cases differ`);
  assert.equal(r.exitCode, 0);
  assert.equal(r.leakedBlocks, 0);
});

test('re matching is linear-ish on long subjects and deep repeats do not overflow', () => {
  const dir = mkdtempSync(join(tmpdir(), 'immortal-re-'));
  const file = join(dir, 'long.py');
  writeFileSync(file, [
    'import re',
    "s = 'ab ' * 100000",
    "print(len(re.findall(r'\\w+', s)))",
    "print(re.search(r'(?:ab )*x', s + 'x').end())",
    "print(re.fullmatch(r'(a|b| )*', s) is not None)",
    "print(len(re.sub(r'b', 'c', s)))",
    "print(re.search(r'q', s))",
    '',
  ].join('\n'));
  const t0 = performance.now();
  const r = runProgram(file, { hashSeed: 0, stdin: '' });
  const ms = performance.now() - t0;
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '100000\n300001\nTrue\n300000\nNone\n');
  assert.equal(r.leakedBlocks, 0);
  assert.ok(ms < 15000, `took ${ms} ms`);
});
