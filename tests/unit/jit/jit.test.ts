// The baseline JIT (src/jit/): hot functions are compiled and give the eval loop's results, frames
// are handed back before instructions it does not compile and after errors, generator code is compiled
// (entered where its frame resumes), and loops in functions called once are entered at their loop head.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from '../../../src/vm/program.ts';
import { stdioSet, stdio, CapturedIO } from '../../../src/vm/io.ts';
import { jitStats, jitBailOps } from '../../../src/jit/jit.ts';

function run(src: string): { out: string; err: string; compiled: number; entries: number; bails: number } {
  const io = new CapturedIO('');
  const prev = stdio;
  stdioSet(io);
  const s = new Session({ hashSeed: 0 }, ['t.py'], '');
  // Counted from here: the session's start-up (the import machinery's module) is not the program.
  const before = { ...jitStats };
  let leaked = -1;
  try {
    assert.equal(s.runSource(src, '<string>'), 0, io.err);
  } finally {
    leaked = s.shutdown();
    stdioSet(prev);
  }
  assert.equal(leaked, 0);
  return {
    out: io.out, err: io.err, compiled: jitStats.compiled - before.compiled,
    entries: jitStats.entries - before.entries, bails: jitStats.bails - before.bails,
  };
}

test('a function called twice is compiled and runs compiled from then on', () => {
  const r = run('def f(n):\n    return n * 2 + 1\nprint([f(i) for i in range(50)][-1])\n');
  assert.equal(r.out, '99\n');
  assert.ok(r.compiled >= 1, 'compiled');
  assert.ok(r.entries >= 48, `entries ${r.entries}`);
});

test('a generator whose code starts with a prefix (free variables, cells) is entered after its RETURN_GENERATOR', () => {
  const r = run([
    'def f(v, n):',
    '    return sum(v[j] * 2.0 for j in range(n))',
    'def g(n):',
    '    c = n',
    '    def inner():',
    '        return c',
    '    for i in range(n):',
    '        yield i + inner()',
    'print(sum(f([1.0] * 10, 10) for _ in range(50)), sum(sum(g(5)) for _ in range(50)))',
  ].join('\n') + '\n');
  assert.equal(r.out, '1000.0 1750\n'); // CPython 3.12 prints the same
  assert.ok(r.compiled >= 3, `compiled ${r.compiled}`);
  assert.equal(r.bails, 0);
});

test('a loop in a function called once is taken over at its loop head', () => {
  const r = run('def main():\n    t = 0\n    for i in range(100000):\n        t += i\n    return t\nprint(main())\n');
  assert.equal(r.out, '4999950000\n');
  assert.equal(r.compiled, 1);
  assert.ok(r.entries >= 1);
});

test('frames are handed back before a with statement and after a caught exception, with the same results', () => {
  jitBailOps.clear();
  const r = run([
    'class C:',
    '    def __enter__(self): return self',
    '    def __exit__(self, *a): return False',
    'def f(i):',
    '    try:',
    '        return 10 // i',
    '    except ZeroDivisionError:',
    '        return -1',
    'def g(i):',
    '    with C():',
    '        return i',
    'print(sum(f(i) for i in range(-5, 5)), sum(g(i) for i in range(10)))',
  ].join('\n') + '\n');
  assert.equal(r.out, '-5 45\n'); // CPython 3.12 prints the same
  assert.ok(r.bails >= 1);
  assert.ok(jitBailOps.has(53 /* BEFORE_WITH */));
});

test('generator code is compiled: resumed at its yields, yielding, delegating and returning from compiled code', () => {
  jitBailOps.clear();
  const r = run([
    'def gen(n):',
    '    for i in range(n):',
    '        yield i',
    'def echo():',
    '    total = 0',
    '    while True:',
    '        v = yield total',
    '        if v is None:',
    '            return total',
    '        total += v',
    'def chain(*its):',
    '    for it in its:',
    '        r = yield from it',
    '    return r',
    'def run_echo():',
    '    e = echo()',
    '    next(e)',
    '    for k in range(10):',
    '        e.send(k)',
    '    try:',
    '        e.send(None)',
    '    except StopIteration as s:',
    '        return s.value',
    'print(sum(sum(gen(10)) for _ in range(20)), [run_echo() for _ in range(3)], list(chain(gen(2), [5], gen(3))))',
  ].join('\n') + '\n');
  assert.equal(r.out, '900 [45, 45, 45] [0, 1, 5, 0, 1, 2]\n'); // CPython 3.12 prints the same
  assert.ok(r.compiled >= 4, `compiled ${r.compiled}`);
  // Frames went back to the loop only to unwind the StopIteration that send(None) raises, never
  // before an instruction the JIT lacks.
  assert.deepEqual([...jitBailOps.keys()], []);
});
