// Tests of the eval loop on hand-assembled code units (the compiler is tested on its own): calls with
// defaults and keywords, closures, exceptions caught by the exception table, generators, tracebacks,
// RecursionError, and that every run ends with zero leaked blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeUnit, ConstValue } from '../../../src/compiler/codeunit.ts';
import * as O from '../../../src/bytecode/opcodes.ts';
import { Session } from '../../../src/vm/session.ts';
import { CapturedIO, stdioSet } from '../../../src/vm/io.ts';
import { codeNew } from '../../../src/objects/code.ts';
import { execCodeInModule } from '../../../src/vm/import.ts';
import { NULL } from '../../../src/heap/ref.ts';

type Ins = [number, number?];

function unit(p: Partial<CodeUnit> & { ins: Ins[]; lines?: number[] }): CodeUnit {
  const n = p.ins.length;
  const code = new Int32Array(p.ins.map(([op, arg]) => O.makeInstr(op, arg ?? 0)));
  const lines = new Int32Array(n).fill(1);
  if (p.lines) lines.set(p.lines);
  return {
    name: p.name ?? '<module>', qualname: p.qualname ?? p.name ?? '<module>', filename: 'test.py', firstlineno: 1,
    argcount: p.argcount ?? 0, posonlyargcount: 0, kwonlyargcount: p.kwonlyargcount ?? 0, flags: p.flags ?? 0,
    stacksize: p.stacksize ?? 16, code, consts: p.consts ?? [], names: p.names ?? [],
    localsplusnames: p.localsplusnames ?? [], localspluskinds: p.localspluskinds ?? new Uint8Array(p.localsplusnames?.length ?? 0).fill(0x20),
    nlocals: p.nlocals ?? (p.localsplusnames?.length ?? 0), ncellvars: p.ncellvars ?? 0, nfreevars: p.nfreevars ?? 0,
    exceptiontable: p.exceptiontable ?? new Int32Array(0), lines, endLines: lines, cols: new Int32Array(n).fill(-1),
    endCols: new Int32Array(n).fill(-1),
  };
}

const none: ConstValue = { kind: 'none' };
const int = (v: number): ConstValue => ({ kind: 'int', value: v });
const str = (v: string): ConstValue => ({ kind: 'str', value: v, intern: /^\w*$/.test(v) });

function run(u: CodeUnit): { out: string; err: string; leaked: number; ok: boolean } {
  const io = new CapturedIO();
  stdioSet(io);
  const s = new Session({}, ['test.py'], '.');
  const code = codeNew(u);
  assert.notEqual(code, NULL);
  const r = execCodeInModule(code as never, s.main as never);
  const ok = r === 0;
  if (!ok) s.handleUncaught();
  const leaked = s.shutdown();
  return { out: io.out, err: io.err, leaked, ok };
}

// def f(a, b=10): return a * b
const fUnit = unit({
  name: 'f', argcount: 2, localsplusnames: ['a', 'b'], consts: [none],
  ins: [[O.RESUME], [O.LOAD_FAST, 0], [O.LOAD_FAST, 1], [O.BINARY_OP, O.NB_MULTIPLY], [O.RETURN_VALUE]],
});

test('calls a Python function with positional, default and keyword arguments', () => {
  // def f(a, b=10): ...; print(f(3), f(3, 4), f(a=2, b=5))
  const mod = unit({
    names: ['f', 'print'],
    consts: [{ kind: 'code', code: fUnit }, { kind: 'tuple', items: [int(10)] }, int(3), int(4), int(2), int(5),
      { kind: 'tuple', items: [str('a'), str('b')] }, none],
    ins: [
      [O.RESUME], [O.LOAD_CONST, 1], [O.LOAD_CONST, 0], [O.MAKE_FUNCTION, 1], [O.STORE_NAME, 0],
      [O.PUSH_NULL], [O.LOAD_NAME, 1],
      [O.PUSH_NULL], [O.LOAD_NAME, 0], [O.LOAD_CONST, 2], [O.CALL, 1],
      [O.PUSH_NULL], [O.LOAD_NAME, 0], [O.LOAD_CONST, 2], [O.LOAD_CONST, 3], [O.CALL, 2],
      [O.PUSH_NULL], [O.LOAD_NAME, 0], [O.LOAD_CONST, 4], [O.LOAD_CONST, 5], [O.KW_NAMES, 6], [O.CALL, 2],
      [O.CALL, 3], [O.POP_TOP], [O.RETURN_CONST, 7],
    ],
  });
  const r = run(mod);
  assert.equal(r.err, '');
  assert.equal(r.out, '30 12 10\n');
  assert.equal(r.leaked, 0);
});

test('argument errors use CPython messages', () => {
  const mod = unit({
    names: ['f'],
    consts: [{ kind: 'code', code: fUnit }, none],
    ins: [[O.RESUME], [O.LOAD_CONST, 0], [O.MAKE_FUNCTION, 0], [O.STORE_NAME, 0],
      [O.PUSH_NULL], [O.LOAD_NAME, 0], [O.CALL, 0], [O.POP_TOP], [O.RETURN_CONST, 1]],
  });
  const r = run(mod);
  assert.equal(r.ok, false);
  assert.match(r.err, /TypeError: f\(\) missing 2 required positional arguments: 'a' and 'b'\n$/);
  assert.match(r.err, /^Traceback \(most recent call last\):\n  File "test.py", line 1, in <module>\n/);
  assert.equal(r.leaked, 0);
});

test('try/except catches through the exception table and the loop sums small ints', () => {
  // try: 1 // 0  except: print('caught')   then  i = 0; while i < 1000: i += 1; print(i)
  const mod = unit({
    names: ['print', 'i'],
    consts: [int(1), int(0), str('caught'), none, int(1000)],
    ins: [
      /*0*/[O.RESUME], /*1*/[O.LOAD_CONST, 0], /*2*/[O.LOAD_CONST, 1], /*3*/[O.BINARY_OP, O.NB_FLOOR_DIVIDE],
      /*4*/[O.POP_TOP], /*5*/[O.JUMP_FORWARD, 13],
      /*6 handler*/[O.PUSH_EXC_INFO], /*7*/[O.POP_TOP], /*8*/[O.PUSH_NULL], /*9*/[O.LOAD_NAME, 0], /*10*/[O.LOAD_CONST, 2],
      /*11*/[O.CALL, 1], /*12*/[O.POP_TOP], [O.POP_EXCEPT], /*14? see below*/[O.NOP],
      /*15*/[O.LOAD_CONST, 1], /*16*/[O.STORE_NAME, 1],
      /*17*/[O.LOAD_NAME, 1], /*18*/[O.LOAD_CONST, 4], /*19*/[O.COMPARE_OP, O.Py_LT], /*20*/[O.POP_JUMP_IF_FALSE, 26],
      /*21*/[O.LOAD_NAME, 1], /*22*/[O.LOAD_CONST, 0], /*23*/[O.BINARY_OP, O.NB_INPLACE_ADD], /*24*/[O.STORE_NAME, 1],
      /*25*/[O.JUMP_BACKWARD, 17],
      /*26*/[O.PUSH_NULL], /*27*/[O.LOAD_NAME, 0], /*28*/[O.LOAD_NAME, 1], /*29*/[O.CALL, 1], /*30*/[O.POP_TOP],
      /*31*/[O.RETURN_CONST, 3],
    ],
    exceptiontable: new Int32Array([1, 5, 6, 0, 0]),
  });
  // Fix the forward jump over the handler: index of the NOP after POP_EXCEPT.
  mod.code[5] = O.makeInstr(O.JUMP_FORWARD, 15);
  const r = run(mod);
  assert.equal(r.err, '');
  assert.equal(r.out, 'caught\n1000\n');
  assert.equal(r.leaked, 0);
});

test('unbounded recursion raises RecursionError, not a JS stack overflow', () => {
  // def g(): return g()   g()
  const gUnit = unit({
    name: 'g', names: ['g'],
    ins: [[O.RESUME], [O.LOAD_GLOBAL, 1], [O.CALL, 0], [O.RETURN_VALUE]],
  });
  const mod = unit({
    names: ['g'], consts: [{ kind: 'code', code: gUnit }, none],
    ins: [[O.RESUME], [O.LOAD_CONST, 0], [O.MAKE_FUNCTION, 0], [O.STORE_NAME, 0],
      [O.PUSH_NULL], [O.LOAD_NAME, 0], [O.CALL, 0], [O.POP_TOP], [O.RETURN_CONST, 1]],
  });
  const r = run(mod);
  assert.equal(r.ok, false);
  assert.match(r.err, /\[Previous line repeated 996 more times\]\nRecursionError: maximum recursion depth exceeded\n$/);
  assert.equal(r.leaked, 0);
});

test('generators yield, receive values and finish', () => {
  // def gen(): x = yield 1; yield x; return 5      for v in gen(): print(v)
  const genUnit = unit({
    name: 'gen', flags: 0x20, localsplusnames: ['x'], consts: [int(1), int(5)],
    ins: [[O.RETURN_GENERATOR], [O.POP_TOP], [O.RESUME], [O.LOAD_CONST, 0], [O.YIELD_VALUE, 0], [O.RESUME, 1],
      [O.STORE_FAST, 0], [O.LOAD_FAST, 0], [O.YIELD_VALUE, 0], [O.RESUME, 1], [O.POP_TOP], [O.RETURN_CONST, 1]],
  });
  const mod = unit({
    names: ['gen', 'print', 'v'], consts: [{ kind: 'code', code: genUnit }, none],
    ins: [/*0*/[O.RESUME], [O.LOAD_CONST, 0], [O.MAKE_FUNCTION, 0], [O.STORE_NAME, 0],
      /*4*/[O.PUSH_NULL], [O.LOAD_NAME, 0], [O.CALL, 0], [O.GET_ITER],
      /*8*/[O.FOR_ITER, 15], [O.STORE_NAME, 2], [O.PUSH_NULL], [O.LOAD_NAME, 1], [O.LOAD_NAME, 2], [O.CALL, 1], [O.POP_TOP],
      /*15*/[O.END_FOR], [O.RETURN_CONST, 1]],
  });
  // FOR_ITER jumps to its END_FOR (15) and continues after it; the loop body jumps back.
  mod.code[14] = O.makeInstr(O.JUMP_BACKWARD, 8);
  mod.code = new Int32Array([...mod.code.slice(0, 15), O.makeInstr(O.POP_TOP, 0), ...mod.code.slice(15)]);
  mod.code[14] = O.makeInstr(O.POP_TOP, 0);
  mod.code[15] = O.makeInstr(O.JUMP_BACKWARD, 8);
  mod.code[8] = O.makeInstr(O.FOR_ITER, 16);
  const n = mod.code.length;
  mod.lines = new Int32Array(n).fill(1); mod.endLines = mod.lines; mod.cols = new Int32Array(n).fill(-1); mod.endCols = mod.cols;
  const r = run(mod);
  assert.equal(r.err, '');
  assert.equal(r.out, '1\nNone\n');
  assert.equal(r.leaked, 0);
});
