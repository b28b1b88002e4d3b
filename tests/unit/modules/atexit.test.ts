// The atexit module and the interpreter shutdown around it (src/modules/atexit.ts, Session.shutdown):
// what the tests/py corpus cannot show because it goes to stderr or needs an exit status. Each
// expected text is what CPython 3.12.1 printed for the same program (object addresses aside, which
// are matched by pattern). Every run must end leak-free, in both immortality modes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../../src/vm/program.ts';

const dir = mkdtempSync(join(tmpdir(), 'immortal-atexit-'));

function py(name: string, source: string, immortal = true): { stdout: string; stderr: string; exitCode: number; leakedBlocks: number } {
  const path = join(dir, name);
  writeFileSync(path, source);
  const r = runProgram(path, { cwd: dir, hashSeed: 0, immortal });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

test('a failing atexit callback is reported on stderr with its repr and traceback; the others still run', () => {
  const src = "import atexit\ndef bad():\n    raise ValueError('boom')\natexit.register(print, 'first registered')\n" +
    'atexit.register(bad)\natexit.register(print, "last registered")\n';
  for (const immortal of [true, false]) {
    const r = py('bad_callback.py', src, immortal);
    assert.equal(r.stdout, 'last registered\nfirst registered\n');
    assert.match(r.stderr, new RegExp('^Exception ignored in atexit callback: <function bad at 0x[0-9a-f]+>\n' +
      'Traceback \\(most recent call last\\):\n  File "bad_callback.py", line 3, in bad\n' +
      "    raise ValueError\\('boom'\\)\nValueError: boom\n$"));
    assert.equal(r.exitCode, 0);
    assert.equal(r.leakedBlocks, 0);
  }
});

test('SystemExit in a callback is reported too and does not change the exit status', () => {
  const r = py('exit_callback.py', 'import atexit, sys\natexit.register(sys.exit, 4)\n');
  assert.match(r.stderr, /^Exception ignored in atexit callback: <built-in function exit>\nSystemExit: 4\n$/);
  assert.equal(r.exitCode, 0);
  assert.equal(r.leakedBlocks, 0);
});

test('callbacks belong to the interpreter: a re-imported atexit module still has them', () => {
  const r = py('reimport.py', 'import atexit, sys\natexit.register(print, "kept")\ndel sys.modules["atexit"]\n' +
    'del atexit\nimport atexit as a2\nprint(a2._ncallbacks())\n');
  assert.deepEqual([r.stdout, r.stderr, r.leakedBlocks], ['1\nkept\n', '', 0]);
});

test('argument errors have CPython messages', () => {
  const r = py('args.py', 'import atexit\nfor call in ("atexit._run_exitfuncs(1)", "atexit._clear(1)", "atexit._ncallbacks(1)",\n' +
    '             "atexit.unregister(1, 2)", "atexit.unregister(f=1)", "atexit.register(f=print)", "atexit.register(1)"):\n' +
    '    try:\n        eval(call)\n    except TypeError as e:\n        print(e)\n');
  assert.equal(r.stdout, 'atexit._run_exitfuncs() takes no arguments (1 given)\natexit._clear() takes no arguments (1 given)\n' +
    'atexit._ncallbacks() takes no arguments (1 given)\natexit.unregister() takes exactly one argument (2 given)\n' +
    'atexit.unregister() takes no keyword arguments\nregister() takes at least 1 argument (0 given)\n' +
    'the first argument must be callable\n');
  assert.equal(r.leakedBlocks, 0);
});

test('an uncaught exception stays in sys.last_exc until shutdown clears it, after the atexit callbacks', () => {
  const src = 'import atexit, sys\nclass D:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n' +
    "        print('del', self.n)\ndef f():\n    loc = D('local')\n    raise ValueError('x')\n" +
    "atexit.register(lambda: print('atexit', type(sys.last_value).__name__, sys.last_exc is sys.last_value))\n" +
    "g = D('global')\nf()\n";
  for (const immortal of [true, false]) {
    const r = py('last_exc.py', src, immortal);
    assert.equal(r.stdout, 'atexit ValueError True\ndel local\ndel global\n');
    assert.match(r.stderr, /ValueError: x\n$/);
    assert.equal(r.exitCode, 1);
    assert.equal(r.leakedBlocks, 0);
  }
});

test('__file__ and __cached__ leave __main__ after the script ran, but not after SystemExit', () => {
  const cb = 'import atexit, sys\natexit.register(lambda: print("__file__" in globals(), "__cached__" in globals(), __cached__ is None if "__cached__" in globals() else "-"))\n';
  const ok = py('file_ok.py', cb);
  assert.deepEqual([ok.stdout, ok.exitCode, ok.leakedBlocks], ['False False -\n', 0, 0]);
  const failed = py('file_failed.py', cb + '1/0\n');
  assert.deepEqual([failed.stdout, failed.exitCode, failed.leakedBlocks], ['False False -\n', 1, 0]);
  const exited = py('file_exit.py', cb + 'sys.exit(0)\n');
  assert.deepEqual([exited.stdout, exited.exitCode, exited.leakedBlocks], ['True True True\n', 0, 0]);
});
