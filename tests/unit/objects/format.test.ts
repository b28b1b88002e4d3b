// format(value, spec) for int, float, str and bool against CPython 3.12 (tests/golden/format.json,
// recorded by tools/gen-golden-format.py), through objectFormat (PyObject_Format).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, PythonError } from '../../../src/api/runtime.ts';
import { objectFormat } from '../../../src/objects/abstract.ts';
import { strFromJS, strToJS } from '../../../src/objects/str.ts';
import { floatNew } from '../../../src/objects/float.ts';
import { intFromBigInt } from '../../../src/objects/int.ts';
import { decref } from '../../../src/heap/refcount.ts';
import type { Owned } from '../../../src/heap/ref.ts';
import { loadGolden } from '../support/golden.ts';

type Value = ['int' | 'float' | 'str' | 'bool', string | boolean];
type Case = [Value, string, [string, string]];

function parseFloatRepr(r: string): number {
  if (r === 'inf') return Infinity;
  if (r === '-inf') return -Infinity;
  if (r === 'nan') return NaN;
  return Number(r);
}

test('format() matches CPython 3.12 for int, float, str and bool', () => {
  const rt = createRuntime();
  const { cases } = loadGolden<{ cases: Case[] }>('format.json');
  const base = rt.liveBlocks();
  const failures: string[] = [];
  for (const [[kind, raw], spec, [status, expected]] of cases) {
    let v: Owned;
    if (kind === 'int') v = rt.check(intFromBigInt(BigInt(raw as string)));
    else if (kind === 'float') v = rt.check(floatNew(parseFloatRepr(raw as string)));
    else if (kind === 'str') v = rt.check(strFromJS(raw as string));
    else v = rt.fromJS(raw as boolean);
    const s = rt.check(strFromJS(spec));
    let got: [string, string];
    try {
      const r = rt.check(objectFormat(v, s));
      got = ['ok', strToJS(r)];
      decref(r);
    } catch (e) {
      if (!(e instanceof PythonError)) throw e;
      got = [e.type, e.pyMessage];
    }
    decref(s);
    decref(v);
    if (got[0] !== status || got[1] !== expected) {
      failures.push(`format(${kind} ${String(raw)}, ${JSON.stringify(spec)}): got ${JSON.stringify(got)}, want ${JSON.stringify([status, expected])}`);
    }
  }
  assert.deepEqual(failures.slice(0, 20), []);
  assert.equal(rt.liveBlocks(), base);
  rt.shutdown();
});
