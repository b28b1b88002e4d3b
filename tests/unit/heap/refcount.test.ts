// Reference counting at the heap level, with a hand-made type: immortal counts never change and are
// never written, mortal counts are exact, zero calls dealloc once, 2**31 becomes immortal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Heap, heapActivate, heapSeal } from '../../../src/heap/heap.ts';
import { alloc, free } from '../../../src/heap/alloc.ts';
import { i32 } from '../../../src/heap/views.ts';
import { incref, decref, refcnt, isImmortal, setImmortal, refcntInit, typeDealloc, rc, refcountCounting } from '../../../src/heap/refcount.ts';
import { OB_TYPE, TP_INDEX, IMMORTAL_REFCNT, IMMORTAL_BIT } from '../../../src/heap/header.ts';
import type { Borrowed, Owned } from '../../../src/heap/ref.ts';

function setup(): { fakeType: number; freed: number[] } {
  const h = new Heap(2 << 20);
  heapActivate(h);
  heapSeal(h);
  const freed: number[] = [];
  typeDealloc.length = 0;
  typeDealloc.push((o: Owned) => { freed.push(o); free(o); });
  const fakeType = alloc(64);
  i32[(fakeType + TP_INDEX) >> 2] = 0;
  return { fakeType, freed };
}

function make(fakeType: number, count: number): Borrowed {
  const o = alloc(16);
  refcntInit(o, count);
  i32[(o + OB_TYPE) >> 2] = fakeType;
  return o as Borrowed;
}

test('an immortal count stays 0xFFFFFFFF and its word is never written', () => {
  const { fakeType, freed } = setup();
  const o = make(fakeType, 1);
  setImmortal(o);
  assert.equal(refcnt(o), IMMORTAL_REFCNT);
  assert.ok(isImmortal(o));
  for (let i = 0; i < 100_000; i++) { incref(o); decref(o); decref(o); }
  assert.equal(refcnt(o), 4294967295);
  assert.deepEqual(freed, []);
});

test('mortal counts are exact and dealloc runs exactly once at zero', () => {
  const { fakeType, freed } = setup();
  const o = make(fakeType, 1);
  for (let i = 0; i < 10; i++) incref(o);
  assert.equal(refcnt(o), 11);
  for (let i = 0; i < 10; i++) decref(o);
  assert.equal(refcnt(o), 1);
  assert.deepEqual(freed, []);
  decref(o);
  assert.deepEqual(freed, [o]);
});

test('a count that reaches 2**31 is immortal from then on (accidental immortality)', () => {
  const { fakeType, freed } = setup();
  const o = make(fakeType, IMMORTAL_BIT - 2);
  incref(o);
  assert.equal(refcnt(o), IMMORTAL_BIT - 1);
  assert.ok(!isImmortal(o));
  incref(o);
  assert.ok(isImmortal(o), '2**31 has bit 31 set');
  const word = refcnt(o);
  for (let i = 0; i < 1000; i++) decref(o);
  assert.equal(refcnt(o), word, 'decref no longer writes');
  assert.deepEqual(freed, []);
});

test('counters count performed and skipped operations only while on', () => {
  const { fakeType } = setup();
  const m = make(fakeType, 5);
  const imm = make(fakeType, 1);
  setImmortal(imm);
  rc.increfs = rc.decrefs = rc.increfsSkipped = rc.decrefsSkipped = 0;
  incref(m); decref(m); incref(imm); decref(imm);
  assert.equal(rc.increfs + rc.decrefs + rc.increfsSkipped + rc.decrefsSkipped, 0);
  refcountCounting(true);
  try {
    incref(m); incref(m); decref(m); incref(imm); decref(imm); decref(imm);
  } finally {
    refcountCounting(false);
  }
  assert.deepEqual([rc.increfs, rc.decrefs, rc.increfsSkipped, rc.decrefsSkipped], [2, 1, 1, 2]);
});
