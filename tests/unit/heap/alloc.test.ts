// Allocator tests: pools and large blocks hand out disjoint, aligned memory, reuse what is freed,
// keep exact counters, return 0 (never throw) when the heap is exhausted, and recover afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Heap, heapActivate, heapSeal } from '../../../src/heap/heap.ts';
import {
  alloc, free, realloc, blockSize, allocCurrent, allocWalk, POOL_SIZE, ARENA_SIZE, SMALL_REQUEST_THRESHOLD,
} from '../../../src/heap/alloc.ts';
import { u8 } from '../../../src/heap/views.ts';

function freshHeap(size: number): Heap {
  const h = new Heap(size);
  heapActivate(h);
  heapSeal(h);
  return h;
}

/** A deterministic PRNG (xorshift32). */
function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

test('small blocks are 8-aligned, sized by class, and reused after free', () => {
  freshHeap(4 << 20);
  const a = alloc(24), b = alloc(24), c = alloc(1);
  assert.equal(a % 8, 0);
  assert.equal(blockSize(a), 24);
  assert.equal(blockSize(c), 8);
  assert.notEqual(a, b);
  free(b);
  assert.equal(alloc(17), b, 'a freed block is the next one of its class handed out');
  free(a); free(b); free(c);
  assert.equal(allocCurrent().liveBlocks, 0);
  assert.equal(allocCurrent().liveBytes, 0);
});

test('random alloc/free keeps blocks disjoint and contents intact', () => {
  const h = freshHeap(64 << 20);
  const r = rng(42);
  const live = new Map<number, { size: number; tag: number }>();
  for (let step = 0; step < 20000; step++) {
    if (live.size > 0 && r() < 0.45) {
      const keys = [...live.keys()];
      const addr = keys[Math.floor(r() * keys.length)];
      const { size, tag } = live.get(addr)!;
      for (let i = 0; i < size; i += 7) assert.equal(u8[addr + i], tag, `block ${addr} corrupted`);
      free(addr);
      live.delete(addr);
    } else {
      const size = r() < 0.9 ? 1 + Math.floor(r() * SMALL_REQUEST_THRESHOLD) : 513 + Math.floor(r() * 40000);
      const addr = alloc(size);
      assert.notEqual(addr, 0);
      assert.equal(addr % 8, 0);
      assert.ok(addr >= h.staticEnd && addr + size <= h.size);
      assert.ok(blockSize(addr) >= size);
      const tag = step & 0xff;
      u8.fill(tag, addr, addr + size);
      live.set(addr, { size, tag });
    }
  }
  // allocWalk sees exactly the live blocks.
  const walked = new Set<number>();
  allocWalk((addr) => { walked.add(addr); });
  assert.deepEqual([...walked].sort((x, y) => x - y), [...live.keys()].sort((x, y) => x - y));
  assert.equal(allocCurrent().liveBlocks, live.size);
  for (const addr of live.keys()) free(addr);
  const a = allocCurrent();
  assert.equal(a.liveBlocks, 0);
  assert.equal(a.liveBytes, 0);
  assert.equal(a.pools, 0);
  assert.ok(a.arenas <= 1, 'empty arenas are returned (one spare kept)');
});

test('large blocks coalesce: the whole heap is reusable after freeing everything', () => {
  const h = freshHeap(8 << 20);
  const blocks: number[] = [];
  for (;;) {
    const b = alloc(100_000);
    if (b === 0) break;
    blocks.push(b);
  }
  assert.ok(blocks.length >= 70, `only ${blocks.length} blocks of 100 KB fit in 8 MiB`);
  // Free in an interleaved order so both-side coalescing is exercised.
  for (let i = 0; i < blocks.length; i += 2) free(blocks[i]);
  for (let i = 1; i < blocks.length; i += 2) free(blocks[i]);
  const big = alloc(h.size - h.staticEnd - 2 * POOL_SIZE);
  assert.notEqual(big, 0, 'freed neighbours merged back into one free block');
  free(big);
  assert.equal(allocCurrent().liveBlocks, 0);
});

test('an exhausted heap returns 0 and keeps working after memory is freed', () => {
  freshHeap(2 << 20);
  const got: number[] = [];
  for (;;) {
    const b = alloc(64);
    if (b === 0) break;
    got.push(b);
  }
  assert.ok(got.length > 10000);
  for (let b = alloc(600); b !== 0; b = alloc(600)) got.push(b);
  assert.equal(alloc(100_000), 0);
  assert.equal(alloc(16), 0);
  for (const b of got.splice(0, 8000)) free(b);
  const again = alloc(64);
  assert.notEqual(again, 0);
  free(again);
  for (const b of got) free(b);
  assert.equal(allocCurrent().liveBlocks, 0);
});

test('realloc keeps the prefix and moves when growing', () => {
  freshHeap(4 << 20);
  const a = alloc(32);
  u8.set([1, 2, 3, 4], a);
  const b = realloc(a, 2000);
  assert.notEqual(b, 0);
  assert.deepEqual([...u8.subarray(b, b + 4)], [1, 2, 3, 4]);
  assert.ok(blockSize(b) >= 2000);
  const c = realloc(b, 1800);
  assert.equal(c, b, 'a small shrink stays in place');
  free(c);
  assert.equal(allocCurrent().liveBlocks, 0);
});

test('peak bytes and arena counters', () => {
  freshHeap(16 << 20);
  const bs: number[] = [];
  for (let i = 0; i < 5000; i++) bs.push(alloc(200));
  const a = allocCurrent();
  assert.ok(a.arenas >= Math.ceil((5000 * 200) / ARENA_SIZE));
  assert.equal(a.peakBytes, a.liveBytes);
  for (const b of bs) free(b);
  assert.equal(a.liveBytes, 0);
  assert.ok(a.peakBytes >= 5000 * 200);
});

test('freeing a static address is a runtime bug, reported as such', () => {
  const h = freshHeap(2 << 20);
  assert.throws(() => free(h.staticEnd), /not a heap block/);
});
