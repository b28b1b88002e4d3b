// Tests tools/missing-names.ts: the probe script, its parser and the diff, on synthetic listings and
// on a small real case (CPython 3.12 against Immortal; skipped when CPython 3.12 is not installed).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildScript, parseOutput, computeMissing, selectTargets, cpythonAvailable, runCPython, runImmortal,
  formatText, formatMarkdown, type Target,
} from '../../../tools/missing-names.ts';

test('parseOutput reads OK and FAIL lines', () => {
  const l = parseOutput('a\tOK\tx y z\tw\nb\tFAIL\tImportError: nope\nc\tOK\t\n');
  assert.deepEqual(l.get('a'), { ok: true, names: ['x', 'y', 'z'], incidental: ['w'] });
  assert.deepEqual(l.get('b'), { ok: false, reason: 'ImportError: nope' });
  assert.deepEqual(l.get('c'), { ok: true, names: [], incidental: [] });
});

test('computeMissing diffs names and counts a failed target as entirely missing', () => {
  const targets: Target[] = [
    { label: 'T', kind: 'type', source: 'T' },
    { label: 'm', kind: 'module', source: 'm' },
    { label: 'gone', kind: 'module', source: 'gone' },
  ];
  const cp = parseOutput('T\tOK\t__add__ a b\t\nm\tOK\tf g\tos\ngone\tFAIL\tnot in this build\n');
  const im = parseOutput('T\tOK\t__add__ b extra\t\nm\tFAIL\tModuleNotFoundError: no\n');
  const rows = computeMissing(targets, cp, im);
  assert.equal(rows.length, 2); // 'gone' is absent from CPython too: not compared
  assert.deepEqual(rows[0], { label: 'T', kind: 'type', total: 3, missing: ['a'], incidental: [], incidentalTotal: 0 });
  assert.deepEqual(rows[1], { label: 'm', kind: 'module', total: 2, missing: ['f', 'g'], incidental: ['os'], incidentalTotal: 1, failure: 'ModuleNotFoundError: no' });
  assert.match(formatText(rows), /type {3}T: 1 missing \/ 3\n {4}a\nmodule m: 2 missing \/ 2 \(incidental: 1 missing \/ 1\) {2}\(ModuleNotFoundError: no\)\ntotal: 3 missing \/ 5 \(incidental: 1 missing \/ 1\)\n/);
  assert.match(formatMarkdown(rows), /\| \[T\]\(#t\) \| type \| 1 \| 3 \| 0 \| 0 \|/);
});

test('a module API: __all__ when defined, else own names; imports are incidental; either listing counts', () => {
  const targets: Target[] = [{ label: 'm', kind: 'module', source: 'm' }];
  const cp = parseOutput('m\tOK\tf g h\tCounter sqrt\n');
  // Immortal lists g under incidental (its own classification differs): still present.
  const im = parseOutput('m\tOK\tf sqrt\tg\n');
  const [row] = computeMissing(targets, cp, im);
  assert.deepEqual(row.missing, ['h']);
  assert.deepEqual(row.incidental, ['Counter']);
  assert.equal(row.incidentalTotal, 2);
});

test('selectTargets rejects unknown labels', () => {
  assert.equal(selectTargets(['slice', 'bisect']).length, 2);
  assert.throws(() => selectTargets(['no-such-thing']), /unknown target/);
});

test('a small real case: slice, a missing module, bisect', { skip: cpythonAvailable() ? false : 'CPython 3.12 not installed' }, async () => {
  const targets: Target[] = [
    ...selectTargets(['slice', 'bisect', 'copy']),
    { label: 'no_such_module_x', kind: 'module', source: 'no_such_module_x' },
  ];
  const script = buildScript(targets);
  const cp = parseOutput(runCPython(script));
  const im = parseOutput(await runImmortal(script));
  const cs = cp.get('slice');
  assert.ok(cs !== undefined && cs.ok);
  for (const n of ['indices', 'start', 'stop', 'step', '__eq__', '__hash__']) assert.ok(cs.names.includes(n), n);
  assert.ok(!cs.names.some((n) => n.startsWith('_') && !n.startsWith('__')));
  assert.equal(cp.get('no_such_module_x')?.ok, false);
  assert.equal(im.get('no_such_module_x')?.ok, false);
  const rows = computeMissing(targets, cp, im);
  assert.deepEqual(rows.map((r) => r.label), ['slice', 'bisect', 'copy']);
  // bisect has no __all__: its functions are its API, nothing it imports is listed there.
  const cb = cp.get('bisect');
  assert.ok(cb !== undefined && cb.ok);
  for (const n of ['bisect', 'bisect_left', 'insort', 'insort_right']) assert.ok(cb.names.includes(n), n);
  // copy defines __all__: that is its API; dispatch_table (a public alias it keeps) is incidental.
  assert.deepEqual(cp.get('copy'), { ok: true, names: ['Error', 'copy', 'deepcopy'], incidental: ['dispatch_table', 'error'] });
  const bis = rows[1];
  assert.equal(bis.failure, undefined);
  assert.ok(bis.total >= 4);
  const ims = im.get('slice');
  assert.ok(ims !== undefined && ims.ok);
  // Every name reported missing is absent from Immortal's listing and present in CPython's.
  for (const n of rows[0].missing) assert.ok(cs.names.includes(n) && !ims.names.includes(n), n);
});
