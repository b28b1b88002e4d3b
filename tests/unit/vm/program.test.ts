// Whole programs through runProgram (src/vm/program.ts): behaviour the VM owns that the tests/py corpus
// does not pin down on its own. Each expected text below is what CPython 3.12.1 prints for the same
// program (checked by running it there when the test was written). Every run must end leak-free.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../../src/vm/program.ts';

const dir = mkdtempSync(join(tmpdir(), 'immortal-vm-'));

function py(name: string, source: string, immortal = true): { stdout: string; stderr: string; exitCode: number; leakedBlocks: number } {
  const path = join(dir, name);
  writeFileSync(path, source);
  return runProgram(path, { cwd: dir, hashSeed: 0, immortal });
}

test('LOAD_GLOBAL cache follows stores to globals and builtins', () => {
  const src = 'counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter\n' +
    'for i in range(5):\n    bump()\nprint(counter)\ndef f():\n    return len([1, 2])\nprint(f())\n' +
    'len = lambda x: 99\nprint(f())\ndel len\nprint(f())\nimport builtins\nbuiltins.len = lambda x: 7\nprint(f())\n';
  for (const immortal of [true, false]) {
    const r = py('globals.py', src, immortal);
    assert.deepEqual([r.stdout, r.stderr, r.leakedBlocks], ['5\n2\n99\n2\n7\n', '', 0]);
  }
});

test('exception attributes: StopIteration.value, SystemExit.code, ImportError.name, NameError.name', () => {
  const r = py('attrs.py', 'def g():\n    yield 1\n    return "done"\nit = g()\nnext(it)\ntry:\n    next(it)\n' +
    'except StopIteration as e:\n    print(e.value, e.args)\ntry:\n    raise SystemExit(3, 4)\nexcept SystemExit as e:\n    print(e.code)\n' +
    'try:\n    import no_such_module_x\nexcept ImportError as e:\n    print(type(e).__name__, e.name, e.msg)\n' +
    'e = ImportError("m", name="n", path="p")\nprint(e.name, e.path, e.args)\n' +
    'try:\n    undefined_thing\nexcept NameError as e:\n    print(e.name)\n');
  assert.equal(r.stdout, "done ('done',)\n(3, 4)\nModuleNotFoundError no_such_module_x No module named 'no_such_module_x'\n" +
    "n p ('m',)\nundefined_thing\n");
  assert.equal(r.leakedBlocks, 0);
});

test('exception groups: split, subgroup, except* with a naked exception, the boxed traceback', () => {
  const r = py('groups.py', 'eg = ExceptionGroup("ops", [ZeroDivisionError("z"), ValueError("v"), ExceptionGroup("in", [ValueError("w")])])\n' +
    'm, rest = eg.split(ValueError)\nprint(repr(m), repr(rest))\nprint(eg.subgroup(lambda e: isinstance(e, ZeroDivisionError)))\n' +
    'try:\n    raise KeyError("k")\nexcept* KeyError as g:\n    print(type(g).__name__, repr(g.exceptions))\n' +
    'try:\n    ExceptionGroup("x", [KeyboardInterrupt()])\nexcept TypeError as e:\n    print(e)\n' +
    'raise ExceptionGroup("top", [ValueError(1)])\n');
  assert.equal(r.stdout, "ExceptionGroup('ops', [ValueError('v'), ExceptionGroup('in', [ValueError('w')])]) " +
    "ExceptionGroup('ops', [ZeroDivisionError('z')])\nops (1 sub-exception)\nExceptionGroup (KeyError('k'),)\n" +
    'Cannot nest BaseExceptions in an ExceptionGroup\n');
  assert.equal(r.stderr.split(`${dir}/`).join(''), '  + Exception Group Traceback (most recent call last):\n  |   File "groups.py", line 13, in <module>\n' +
    '  |     raise ExceptionGroup("top", [ValueError(1)])\n  | ExceptionGroup: top (1 sub-exception)\n' +
    '  +-+---------------- 1 ----------------\n    | ValueError: 1\n    +------------------------------------\n');
  assert.equal(r.exitCode, 1);
});

test('"Did you mean" for NameError and AttributeError', () => {
  const r = py('suggest.py', 'class P:\n    def __init__(self):\n        self.value = 1\ndef f(count):\n    return P().valeu\nf(1)\n');
  assert.match(r.stderr, /AttributeError: 'P' object has no attribute 'valeu'\. Did you mean: 'value'\?\n$/);
  const n = py('suggest2.py', 'def f(total_steps):\n    return total_step\nf(1)\n');
  assert.match(n.stderr, /NameError: name 'total_step' is not defined\. Did you mean: 'total_steps'\?\n$/);
});

test('shutdown frees classes and modules dropped from sys.modules', () => {
  writeFileSync(join(dir, '_helper_mod.py'), 'def f():\n    return g()\ndef g():\n    return 1\nclass K:\n    def m(self):\n        return __class__\n');
  const r = py('drop.py', 'import sys\nimport _helper_mod\nkeep = _helper_mod\ndel sys.modules["_helper_mod"]\n' +
    'class A:\n    pass\nclass B(A):\n    def m(self):\n        return super().m\nprint(keep.f(), keep.K().m().__name__)\n');
  assert.deepEqual([r.stdout, r.leakedBlocks], ['1 K\n', 0]);
});

test('a 100000-deep recursion ends in RecursionError and its traceback is freed without a JS overflow', () => {
  const r = py('deep.py', 'import sys\nsys.setrecursionlimit(100000)\ndef g(n):\n    return g(n + 1)\ntry:\n    g(0)\n' +
    'except RecursionError as e:\n    print(e)\n');
  assert.deepEqual([r.stdout, r.stderr, r.exitCode, r.leakedBlocks], ['maximum recursion depth exceeded\n', '', 0, 0]);
});

test('a traceback keeps the raising frame\'s locals alive (tb_frame) until the exception is cleared', () => {
  const src = 'class T:\n    def __del__(self):\n        print("del")\ndef f(a):\n    t = T()\n    raise ValueError(a)\n' +
    'try:\n    f(5)\nexcept ValueError as e:\n    fr = e.__traceback__.tb_next.tb_frame\n' +
    '    print(sorted(fr.f_locals), fr.f_code.co_name, fr.f_lineno)\n    del fr\n    print("handler ends")\nprint("after")\n';
  for (const immortal of [true, false]) {
    const r = py('tbframe.py', src, immortal);
    assert.deepEqual([r.stdout, r.stderr, r.leakedBlocks], ["['a', 't'] f 6\nhandler ends\ndel\nafter\n", '', 0]);
  }
});

test('os.environ changes end with the program: the next session in the same thread starts from the old environment', () => {
  const set = py('env_set.py', "import os\nos.environ['IMMORTAL_ENV_PROBE'] = 'on'\nos.environ.pop('HOME', None)\nprint(os.environ['IMMORTAL_ENV_PROBE'])\n");
  assert.deepEqual([set.stdout, set.stderr], ['on\n', '']);
  const after = py('env_get.py', "import os\nprint(os.environ.get('IMMORTAL_ENV_PROBE'), 'HOME' in os.environ)\n");
  assert.deepEqual([after.stdout, after.stderr], [`None ${process.env.HOME !== undefined ? 'True' : 'False'}\n`, '']);
  assert.equal(process.env.IMMORTAL_ENV_PROBE, undefined);
});
