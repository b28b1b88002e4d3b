// Parity on real code: a fixed sample of ~150 files of the local CPython 3.12 standard library must
// give exactly CPython's ast.dump(..., include_attributes=True) (or its SyntaxError). Skips when
// CPython 3.12 is not installed. The full run is `npx tsx tools/parser-parity.ts`.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpythonStdlib, firstDifference, listPyFiles, runParity } from '../../../tools/parser-parity.ts';

const SAMPLE = 150;
const stdlib = cpythonStdlib();

test('parser parity with CPython 3.12 on a stdlib sample', { skip: stdlib === null ? 'CPython 3.12 not installed (PYENV_VERSION=3.12.1 python3)' : false }, () => {
  const all = listPyFiles(stdlib!);
  assert.ok(all.length > 1000, `only ${all.length} files under ${stdlib}`);
  const step = all.length / SAMPLE;
  const files = Array.from({ length: SAMPLE }, (_, i) => all[Math.floor(i * step)]!);
  const res = runParity(files);
  assert.ok(res !== null, 'running CPython failed');
  const report = res.different.map((d) => `${d.file}\n${firstDifference(d.ours, d.theirs)}`).join('\n');
  assert.equal(res.different.length, 0, `${res.identical} identical, ${res.different.length} different:\n${report}`);
});
