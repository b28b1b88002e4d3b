// The library written in Python (src/lib) must not repeat CPython's Lib text: tools/copycheck.py finds
// runs of 5+ identical lines (over 100 characters) against the CPython 3.12 file each module stands in
// for. Also checks that the tool does find a planted copy. Skipped when CPython 3.12 is not installed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpythonStdlib } from '../../../tools/parser-parity.ts';

const stdlib = cpythonStdlib();
const skip = stdlib === null ? 'CPython 3.12 not installed (PYENV_VERSION=3.12.1 python3)' : false;
const env = { ...process.env, PYENV_VERSION: '3.12.1' };

function copycheck(args: string[]): { status: number | null; out: string } {
  const r = spawnSync('python3', ['tools/copycheck.py', ...args], { env, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

test('src/lib repeats no run of CPython Lib text', { skip }, () => {
  const r = copycheck([]);
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /^total 0$/m);
});

test('copycheck finds a copied run', { skip }, () => {
  // A planted file under src/lib would be seen by others; the tool takes any path whose name maps to a
  // CPython file, so a copy of CPython's own Lib/heapq.py compared against itself must be reported.
  const dir = mkdtempSync(join(tmpdir(), 'copycheck-'));
  try {
    const copied = join(dir, 'heapq.py');
    writeFileSync(copied, readFileSync(join(stdlib as string, 'heapq.py')));
    const r = spawnSync('python3', ['-c', `
import sys; sys.argv = ['copycheck']
sys.path.insert(0, 'tools')
import copycheck
runs = copycheck.repeated_runs(${JSON.stringify(copied)}, ${JSON.stringify(join(stdlib as string, 'heapq.py'))}, 5, 100)
print(sum(n for _, n in runs))
`], { env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(Number(r.stdout.trim()) > 100, r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
