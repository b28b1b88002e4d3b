// Unit tests for gc.immortalize() (src/gc/immortalize.ts): after it, a read-only workload writes no
// byte of any immortalized block and their counts stay immortal; shutdown frees them all (0 leaked
// blocks); with -X immortal=0 it only collects. Runs two sources in one Session to look between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, runProgram } from '../../../src/vm/program.ts';
import { stdio, stdioSet, CapturedIO } from '../../../src/vm/io.ts';
import { u8, i32 } from '../../../src/heap/views.ts';
import { allocWalk } from '../../../src/heap/alloc.ts';
import { gcState } from '../../../src/gc/gc.ts';
import { moduleDictBorrow } from '../../../src/objects/module.ts';
import type { Borrowed } from '../../../src/heap/ref.ts';

const BUILD = `
import gc, sys
class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a; self.b = b
data = {}
for i in range(200):
    data['key%d' % i] = [str(i) * 3, i * 7919, Point(i, -i), (i, 'tag%d' % (i % 7)), Slotted(i, [i])]
ring = [None]; ring[0] = ring
nested = {'a': {'b': {'c': [1.5, 2.5, b'xy', 3 + 4j]}}}
def total(d):
    return sum(v[1] for v in d.values())
n = gc.immortalize()
print(n > 1000)
`;

const WORKLOAD = `
acc = 0
for k, v in data.items():
    acc += hash(k) & 1
    acc += len(v[0]) + v[1] + v[2].x + v[2].y + v[2].norm2() + v[3][0] + v[4].a + len(v[4].b)
    acc += (v[3][1] == 'tag3') + (k < 'key5') + (v[0] in data)
    acc += sys.getrefcount(v) > 10**9
for i in range(0, 200, 13):
    acc += data['key%d' % i][1]
acc += len(ring[0]) + int(nested['a']['b']['c'][0] * 2) + total(data)
acc += sum(1 for _ in ring) + len(repr(nested['a']['b']['c'][2])) + hash(nested['a']['b']['c'][1]) % 7
print(acc, sys.getrefcount(data), sys.getrefcount(data['key1'][2]), gc.is_tracked(data))
`;

/** Every allocated block that holds an immortalized object, as [start, size]. */
function memberBlocks(): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  allocWalk((a, size) => { blocks.push([a, size]); });
  blocks.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const o of gcState.immortals) {
    let lo = 0, hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid][0] <= o) lo = mid; else hi = mid - 1;
    }
    const [a, size] = blocks[lo];
    assert.ok(a <= o && o < a + size, `member ${o} lies in an allocated block`);
    out.push([a, size]);
  }
  return out;
}

test('a read-only workload writes no byte of an immortalized block; shutdown frees them', () => {
  const io = new CapturedIO('');
  const prev = stdio;
  stdioSet(io);
  let leaked = -1;
  const s = new Session({ hashSeed: 0 }, ['t.py'], '');
  try {
    assert.equal(s.runSource(BUILD, '<build>'), 0, io.err);
    assert.ok(gcState.immortals.length > 1000);
    for (const o of gcState.immortals) assert.equal(i32[o >> 2], -1, 'count word is immortal');
    const blocks = memberBlocks();
    const before = blocks.map(([a, size]) => u8.slice(a, a + size));
    assert.equal(s.runSource(WORKLOAD, '<workload>'), 0, io.err);
    const mainDict = moduleDictBorrow(s.main as Borrowed);
    let changed = 0;
    for (let i = 0; i < blocks.length; i++) {
      const [a, size] = blocks[i];
      // __main__'s globals are written by the workload's own assignments (acc = ...): not a read.
      if (gcState.immortals[i] === mainDict) continue;
      for (let k = 0; k < size; k++) if (u8[a + k] !== before[i][k]) changed++;
    }
    assert.equal(changed, 0, 'bytes of immortalized blocks changed by reads');
    for (const o of gcState.immortals) assert.equal(i32[o >> 2], -1);
  } finally {
    leaked = s.shutdown();
    stdioSet(prev);
  }
  assert.equal(io.err, '');
  const lines = io.out.trim().split('\n');
  assert.equal(lines[0], 'True');
  assert.match(lines[1], / 4294967295 4294967295 False$/);
  assert.equal(leaked, 0);
  assert.equal(gcState.immortals.length, 0);
});

const dir = mkdtempSync(join(tmpdir(), 'immortal-imm-'));
const PROGRAM = BUILD + WORKLOAD + `
# mutation after immortalization: new mortal objects inside immortal containers, and dropped members
p = Point(1, 2)
data['new'] = [p, Point(3, 4)]
del data['key5']
ring.append([ring])
nested['a'] = None
print(len(data), len(ring))
`;

for (const immortal of [true, false]) {
  test(`CLI program: same output, no leaks (${immortal ? 'immortal' : 'immortal=0'})`, () => {
    const f = join(dir, `p${immortal ? 1 : 0}.py`);
    writeFileSync(f, PROGRAM);
    const r = runProgram(f, { immortal, hashSeed: 0 });
    assert.equal(r.stderr, '');
    assert.equal(r.exitCode, 0);
    assert.equal(r.leakedBlocks, 0);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], immortal ? 'True' : 'False');
    assert.match(lines[1], immortal ? / 4294967295 4294967295 False$/ : / \d+ \d+ True$/);
    assert.equal(lines[2], '200 2');
  });
}
