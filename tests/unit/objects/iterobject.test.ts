// Iterator types: the sequence-protocol iterator, list/tuple/str/dict/set iterators and their
// exhaustion and mutation rules, range iterators over huge values. No leaks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, PyTuple } from '../../../src/api/runtime.ts';
import { seqIterNew, iterLengthHint } from '../../../src/objects/iterobject.ts';
import { objectGetIter, iterNext, objectCall } from '../../../src/objects/abstract.ts';
import { rangeNew } from '../../../src/objects/range.ts';
import { dictSetItem } from '../../../src/objects/dict.ts';
import { setAdd } from '../../../src/objects/set.ts';
import { intFromBigInt } from '../../../src/objects/int.ts';
import { listAppend } from '../../../src/objects/list.ts';
import { decref } from '../../../src/heap/refcount.ts';
import { NULL, type Borrowed } from '../../../src/heap/ref.ts';
import { errOccurred, errFetch } from '../../../src/objects/errors.ts';
import { typeNameOf } from '../../../src/objects/type.ts';
import { rangeType } from '../../../src/objects/range.ts';
import { strToJS } from '../../../src/objects/str.ts';
import { exceptionArgsBorrow } from '../../../src/objects/exceptions.ts';
import { tupleGetItemBorrow } from '../../../src/objects/tuple.ts';

function drain(rt: ReturnType<typeof createRuntime>, it: Borrowed): unknown[] {
  const out: unknown[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === NULL) break;
    out.push(rt.toJS(v));
    decref(v);
  }
  return out;
}

function takeError(): string {
  const e = errFetch();
  assert.notEqual(e, NULL);
  const msg = `${typeNameOf(e as Borrowed)}: ${strToJS(tupleGetItemBorrow(exceptionArgsBorrow(e as Borrowed), 0))}`;
  decref(e as Borrowed);
  return msg;
}

test('iterators yield every item once, then stay exhausted', () => {
  const rt = createRuntime();
  const base = rt.liveBlocks();
  const l = rt.fromJS([1, 2, 3]);
  const seq = rt.check(seqIterNew(l));
  assert.deepEqual(drain(rt, seq), [1, 2, 3]);
  assert.equal(errOccurred(), NULL);
  assert.equal(iterNext(seq), NULL);
  decref(seq);
  const it = rt.check(objectGetIter(l));
  assert.equal(typeNameOf(it), 'list_iterator');
  assert.equal(iterLengthHint(it), 3);
  const first = rt.check(iterNext(it));
  decref(first);
  assert.equal(iterLengthHint(it), 2);
  rt.check(listAppend(l, rt.None) < 0 ? NULL : l); // the iterator sees items appended meanwhile
  assert.deepEqual(drain(rt, it), [2, 3, null]);
  assert.equal(iterLengthHint(it), 0);
  decref(it);
  for (const [v, name, items] of [
    [new PyTuple([1, 'a']), 'tuple_iterator', [1, 'a']],
    ['hé', 'str_iterator', ['h', 'é']],
    ['ab', 'str_ascii_iterator', ['a', 'b']],
    [new Uint8Array([7, 8]), 'bytes_iterator', [7, 8]],
  ] as const) {
    const o = rt.fromJS(v);
    const i = rt.check(objectGetIter(o));
    assert.equal(typeNameOf(i), name);
    assert.deepEqual(drain(rt, i), items);
    decref(i);
    decref(o);
  }
  decref(l);
  assert.equal(rt.liveBlocks(), base);
  rt.shutdown();
});

test('dict and set iterators raise when the container changes size', () => {
  const rt = createRuntime();
  const base = rt.liveBlocks();
  const d = rt.fromJS(new Map([[1, 1]]));
  const it = rt.check(objectGetIter(d));
  const k = rt.check(iterNext(it));
  const two = rt.fromJS(2);
  dictSetItem(d, two, two);
  assert.equal(iterNext(it), NULL);
  assert.equal(takeError(), 'RuntimeError: dictionary changed size during iteration');
  decref(k); decref(it); decref(d);
  const s = rt.fromJS(new Set([1]));
  const si = rt.check(objectGetIter(s));
  setAdd(s, two);
  assert.equal(iterNext(si), NULL);
  assert.equal(takeError(), 'RuntimeError: Set changed size during iteration');
  decref(si); decref(s); decref(two);
  assert.equal(rt.liveBlocks(), base);
  rt.shutdown();
});

test('range iterators: safe integers and beyond 2**53', () => {
  const rt = createRuntime();
  const base = rt.liveBlocks();
  const r = rt.check(rangeNew(10, 0, -3));
  const it = rt.check(objectGetIter(r));
  assert.equal(typeNameOf(it), 'range_iterator');
  assert.deepEqual(drain(rt, it), [10, 7, 4, 1]);
  decref(it); decref(r);
  const big = 2n ** 70n;
  const a = rt.check(intFromBigInt(big)), b = rt.check(intFromBigInt(big + 3n));
  const args = rt.fromJS(new PyTuple([rt.toJS(a), rt.toJS(b)]));
  decref(a); decref(b);
  const br = rt.check(objectCall(rangeType, args, NULL));
  decref(args);
  const bi = rt.check(objectGetIter(br));
  assert.equal(typeNameOf(bi), 'longrange_iterator');
  assert.deepEqual(drain(rt, bi), [big, big + 1n, big + 2n]);
  decref(bi); decref(br);
  assert.equal(rt.liveBlocks(), base);
  rt.shutdown();
});
