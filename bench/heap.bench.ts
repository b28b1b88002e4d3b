// Heap benchmarks (issue: foundation): ratios, not absolute times, all measured in one run.
//  1. incref+decref on an immortal vs a mortal object, and vs a 3.11-style unconditional count
//     (no immortality test), with counters off; plus the cost of the counters when on.
//  2. allocation+free of small objects (floats) vs creating equivalent plain JS objects.
//  3. dict insert/lookup of 1e6 int keys vs a JS Map.
// Run: npm run bench:heap   (best of 5 repetitions per measurement)

import { createRuntime } from '../src/api/runtime.ts';
import { incref, decref, typeDealloc, refcountCounting } from '../src/heap/refcount.ts';
import { OB_TYPE, TP_INDEX } from '../src/heap/header.ts';
import { i32 } from '../src/heap/views.ts';
import type { Borrowed, Owned } from '../src/heap/ref.ts';
import { floatNew } from '../src/objects/float.ts';
import { dictNew, dictSetItem, dictGetItemBorrow } from '../src/objects/dict.ts';
import { intFromNumber } from '../src/objects/int.ts';

const REPS = 5;

function best(f: () => number): number {
  let b = Infinity;
  for (let r = 0; r < REPS; r++) b = Math.min(b, f());
  return b;
}

function time(body: () => void): number {
  const t = process.hrtime.bigint();
  body();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const N_RC = 20_000_000;

function rcLoop(o: Borrowed): number {
  return time(() => {
    for (let i = 0; i < N_RC; i++) { incref(o); decref(o); }
  });
}

// Python 3.11's Py_INCREF/Py_DECREF: no immortality test, no counters (dealloc dispatch kept).
function incref311(o: Borrowed): void {
  const k = o >> 2;
  i32[k] = i32[k] + 1;
}

function decref311(o: Borrowed): void {
  const k = o >> 2;
  const c = i32[k];
  if (c === 1) {
    i32[k] = 0;
    typeDealloc[i32[(i32[(o + OB_TYPE) >> 2] + TP_INDEX) >> 2]](o as Owned);
    return;
  }
  i32[k] = c - 1;
}

// 3.12's test without the counters' branch, to price the counters when off.
function incref312(o: Borrowed): void {
  const k = o >> 2;
  const c = i32[k];
  if (c < 0) return;
  i32[k] = c + 1;
}

function decref312(o: Borrowed): void {
  const k = o >> 2;
  const c = i32[k];
  if (c < 0) return;
  if (c === 1) {
    i32[k] = 0;
    typeDealloc[i32[(i32[(o + OB_TYPE) >> 2] + TP_INDEX) >> 2]](o as Owned);
    return;
  }
  i32[k] = c - 1;
}

function rcLoop311(o: Borrowed): number {
  return time(() => {
    for (let i = 0; i < N_RC; i++) { incref311(o); decref311(o); }
  });
}

function rcLoop312(o: Borrowed): number {
  return time(() => {
    for (let i = 0; i < N_RC; i++) { incref312(o); decref312(o); }
  });
}

const N_ALLOC = 2_000_000;
const RING = 1024;

function allocLoop(): number {
  const ring = new Int32Array(RING);
  return time(() => {
    for (let i = 0; i < N_ALLOC; i++) {
      const j = i & (RING - 1);
      if (ring[j] !== 0) decref(ring[j] as Owned);
      ring[j] = floatNew(i + 0.5);
    }
    for (let j = 0; j < RING; j++) if (ring[j] !== 0) decref(ring[j] as Owned);
  });
}

function jsAllocLoop(): number {
  const ring: ({ v: number } | null)[] = new Array(RING).fill(null);
  let sink = 0;
  const t = time(() => {
    for (let i = 0; i < N_ALLOC; i++) {
      const j = i & (RING - 1);
      const old = ring[j];
      if (old !== null) sink += old.v;
      ring[j] = { v: i + 0.5 };
    }
  });
  if (sink === -1) console.log(sink);
  return t;
}

const N_DICT = 1_000_000;

function dictLoop(keys: Int32Array): { insert: number; lookup: number } {
  const d = dictNew() as Owned;
  const insert = time(() => {
    for (let i = 0; i < N_DICT; i++) dictSetItem(d, keys[i] as Borrowed, keys[i] as Borrowed);
  });
  let found = 0;
  const lookup = time(() => {
    for (let i = 0; i < N_DICT; i++) if (dictGetItemBorrow(d, keys[i] as Borrowed) !== 0) found++;
  });
  if (found !== N_DICT) throw new Error('dict lost keys');
  decref(d);
  return { insert, lookup };
}

function mapLoop(): { insert: number; lookup: number } {
  const m = new Map<number, number>();
  const insert = time(() => {
    for (let i = 0; i < N_DICT; i++) m.set(i * 7919, i * 7919);
  });
  let found = 0;
  const lookup = time(() => {
    for (let i = 0; i < N_DICT; i++) if (m.get(i * 7919) !== undefined) found++;
  });
  if (found !== N_DICT) throw new Error('map lost keys');
  return { insert, lookup };
}

function line(label: string, ours: number, theirs: number, unit: string, n: number, vs: string): void {
  const per = (ms: number) => ((ms * 1e6) / n).toFixed(2);
  console.log(`${label.padEnd(46)} ${per(ours).padStart(8)} ${unit}  vs ${vs.padEnd(26)} ${per(theirs).padStart(8)} ${unit}  ratio ${(ours / theirs).toFixed(2)}`);
}

function main(): void {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  const rt = createRuntime({ hashSeed: 0 });
  const mortal = rt.fromJS(10n ** 20n);
  const immortal = rt.None;

  const tImm = best(() => rcLoop(immortal));
  const tMor = best(() => rcLoop(mortal));
  const t311 = best(() => rcLoop311(mortal));
  const t312 = best(() => rcLoop312(mortal));
  refcountCounting(true);
  const tCount = best(() => rcLoop(mortal));
  refcountCounting(false);
  line('incref+decref, immortal object', tImm, tMor, 'ns', N_RC, 'mortal object');
  line('incref+decref, mortal, 3.12 test (no counters)', t312, t311, 'ns', N_RC, '3.11-style (no test)');
  line('incref+decref, mortal, counters off', tMor, t312, 'ns', N_RC, 'no counter code at all');
  line('incref+decref, mortal, counters on', tCount, tMor, 'ns', N_RC, 'counters off');

  const tAlloc = best(allocLoop);
  const tJs = best(jsAllocLoop);
  line('float alloc+free (floatNew/decref)', tAlloc, tJs, 'ns', N_ALLOC, 'JS {v: x} objects');

  const keys = new Int32Array(N_DICT);
  for (let i = 0; i < N_DICT; i++) keys[i] = intFromNumber(i * 7919) as number;
  const d = { insert: Infinity, lookup: Infinity };
  const m = { insert: Infinity, lookup: Infinity };
  for (let r = 0; r < 3; r++) {
    const a = dictLoop(keys);
    d.insert = Math.min(d.insert, a.insert); d.lookup = Math.min(d.lookup, a.lookup);
    const b = mapLoop();
    m.insert = Math.min(m.insert, b.insert); m.lookup = Math.min(m.lookup, b.lookup);
  }
  line('dict insert, 1e6 int keys', d.insert, m.insert, 'ns', N_DICT, 'JS Map.set');
  line('dict lookup, 1e6 int keys', d.lookup, m.lookup, 'ns', N_DICT, 'JS Map.get');
  for (let i = 0; i < N_DICT; i++) decref(keys[i] as Owned);
  rt.decref(mortal);
  const report = rt.shutdown();
  if (report.liveBlocks !== 0) throw new Error(`benchmark leaked ${report.liveBlocks} blocks`);
}

main();
