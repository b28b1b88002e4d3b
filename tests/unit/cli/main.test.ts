// The `immortal` command end to end (bin/immortal.js as a child process): exit statuses, stdin,
// KeyboardInterrupt on SIGINT (the interpreter runs in a worker thread; the main thread sets the
// shared interrupt flag), -m, -i and the REPL on a pipe, --dis, -X showrefcount / stats, -X heap.
// Expected texts follow what CPython 3.12 prints for the same programs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/immortal.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'immortal-cli-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function run(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 20000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('exit statuses: sys.exit(n), uncaught exception, SystemExit with a message', () => {
  assert.equal(run([file('exit3.py', 'import sys\nsys.exit(3)\n')]).status, 3);
  const r = run([file('boom.py', 'def f():\n    return 1 / 0\nf()\n')]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `Traceback (most recent call last):\n  File "${join(dir, 'boom.py')}", line 3, in <module>\n    f()\n` +
    `  File "${join(dir, 'boom.py')}", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n`);
  const m = run(['-c', 'raise SystemExit("bye")']);
  assert.deepEqual([m.status, m.stderr], [1, 'bye\n']);
});

test('a program on stdin, and stdin read by input()', () => {
  const r = run(['-'], 'print(40 + 2)\n');
  assert.deepEqual([r.status, r.stdout], [0, '42\n']);
  const i = run([file('echo.py', 'print(input().upper(), input())\n')], 'ab\ncd\n');
  assert.equal(i.stdout, 'AB cd\n');
});

test('SIGINT raises KeyboardInterrupt in the running program: traceback and status 130', async () => {
  const p = file('spin.py', 'print("ready", flush=True)\nwhile True:\n    pass\n');
  const child = spawn(process.execPath, [BIN, p], { cwd: dir });
  let out = '', err = '';
  child.stdout.on('data', (d) => {
    out += d;
    if (out.includes('ready')) child.kill('SIGINT');
  });
  child.stderr.on('data', (d) => { err += d; });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(status, 130);
  assert.match(err, /^Traceback \(most recent call last\):\n  File ".*spin.py", line 2, in <module>\n[\s\S]*KeyboardInterrupt\n$/);
});

test('-m runs a module as __main__; a missing one is reported without a traceback', () => {
  file('mod_a.py', 'import sys\nprint(__name__, sys.argv[1:])\n');
  assert.equal(run(['-m', 'mod_a', 'x', 'y']).stdout, "__main__ ['x', 'y']\n");
  const r = run(['-m', 'no_such_mod']);
  assert.deepEqual([r.status, r.stderr], [1, "immortal: No module named 'no_such_mod'\n"]);
});

test('-m gives __main__ the spec and package of what runs: a package runs its __main__ with relative imports', () => {
  mkdirSync(join(dir, 'pk_m'), { recursive: true });
  file('pk_m/__init__.py', '');
  file('pk_m/helper.py', 'X = 5\n');
  file('pk_m/__main__.py', 'from . import helper\nprint(__name__, __package__, __spec__.name, helper.X)\n');
  file('pk_m/sub.py', 'print(__name__, repr(__package__), __spec__.name)\n');
  assert.equal(run(['-m', 'pk_m']).stdout, '__main__ pk_m pk_m.__main__ 5\n');
  assert.equal(run(['-m', 'pk_m.sub']).stdout, "__main__ 'pk_m' pk_m.sub\n");
});

test('-i runs the script, then reads statements: expression results echo, _ holds the last one', () => {
  const r = run(['-i', file('pre.py', 'x = 20\n')], 'x + 1\n_ * 2\ndef f():\n    return 7\n\nf()\nimport sys; sys.exit(5)\n');
  assert.equal(r.status, 5, r.stderr);
  assert.equal(r.stdout.replace(/(>>> |\.\.\. )/g, ''), '21\n42\n7\n');
});

test('--dis disassembles; -X showrefcount and -X stats report at exit', () => {
  const d = run(['--dis', file('d.py', 'print(1)\n')]);
  assert.match(d.stdout, /RESUME/);
  assert.match(d.stdout, /CALL/);
  const s = run(['-X', 'showrefcount', file('s.py', 'x = [1, 2]\n')]);
  // Every object released by refcounting adds 0: a program that leaks nothing ends at [0 refs, 0 blocks].
  assert.equal(s.stderr, '[0 refs, 0 blocks]\n');
  const cyc = run(['-X', 'showrefcount', file('c.py', 'class A: pass\na = A(); a.me = a\nimport collections\n')]);
  assert.equal(cyc.stderr, '[0 refs, 0 blocks]\n');
  const t = run(['-X', 'stats', file('t.py', 'x = [1, 2]\n')]);
  assert.match(t.stderr, /^\[stats\] increfs=\d+ increfs_skipped_immortal=\d+ decrefs=\d+ .*leaked_blocks=0\n$/);
});

test('-X heap=8M: an unbounded allocation ends in MemoryError (status 1)', () => {
  const r = run(['-X', 'heap=8M', file('mem.py', 'x = []\nwhile True:\n    x.append([0] * 1000)\n')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\nMemoryError\n$/);
});

test('-X heap larger than the largest heap, or not a size: a usage error (status 2), no JS stack', () => {
  const big = run(['-X', 'heap=4G', '-c', 'pass']);
  assert.deepEqual([big.status, big.stdout, big.stderr],
    [2, '', 'immortal: -X heap=4G: the heap can be at most 2147479552 bytes (2 GiB - 4 KiB)\n']);
  const bad = run(['-X', 'heap=lots', '-c', 'pass']);
  assert.deepEqual([bad.status, bad.stderr], [2, 'immortal: invalid -X heap value: lots\n']);
  const max = run(['-X', 'heap=2147479552', '-c', 'print(len(bytearray(10**6)))']);
  assert.deepEqual([max.status, max.stdout, max.stderr], [0, '1000000\n', '']);
});

test('deep recursion with a raised limit completes or raises RecursionError, never a JS overflow', () => {
  const r = run([file('deep.py', 'import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n' +
    'print(f(90000))\ndef g(n):\n    return g(n + 1)\ntry:\n    g(0)\nexcept RecursionError as e:\n    print(e)\n')]);
  assert.deepEqual([r.status, r.stdout, r.stderr], [0, '90000\nmaximum recursion depth exceeded\n', '']);
});

test('PYTHONHASHSEED is honoured as CPython reads it (fixed seeds, and a fatal error for a bad one)', (t) => {
  const code = "print(hash('abc'), hash(b'xyz'), list({'a', 'b', 'c', 'd'}))";
  const env = (seed: string) => ({ ...process.env, PYTHONHASHSEED: seed, PYENV_VERSION: '3.12.1' });
  const ours = (seed: string) => spawnSync(process.execPath, [BIN, '-c', code], { encoding: 'utf8', cwd: dir, timeout: 20000, env: env(seed) });
  const cpython = (seed: string) => spawnSync('python3', ['-c', code], { encoding: 'utf8', timeout: 20000, env: env(seed) });
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { encoding: 'utf8', env: env('0') });
  if (probe.status !== 0 || probe.stdout.trim() !== 'True') {
    t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed');
    return;
  }
  for (const seed of ['0', '12345', '4294967295']) assert.equal(ours(seed).stdout, cpython(seed).stdout, `PYTHONHASHSEED=${seed}`);
  const bad = ours('abc');
  assert.equal(bad.status, cpython('abc').status);
  assert.equal(bad.stderr, cpython('abc').stderr);
});

test('--dump-ast prints exactly ast.dump(ast.parse(source)), with --include-attributes too', (t) => {
  const env = { ...process.env, PYENV_VERSION: '3.12.1' };
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { encoding: 'utf8', env });
  if (probe.status !== 0 || probe.stdout.trim() !== 'True') {
    t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed');
    return;
  }
  const p = file('ast_src.py', 'def f(a, /, *b, c=1, **d):\n    return [x async for x in y] if a else f"{a!r:>{c}}"\nmatch p:\n    case {"k": [1, *r]}: pass\n');
  for (const attrs of [false, true]) {
    const ours = run(['--dump-ast', p, ...(attrs ? ['--include-attributes'] : [])]);
    const want = spawnSync('python3', ['-c', `import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), include_attributes=${attrs ? 'True' : 'False'}))`, p], { encoding: 'utf8', env });
    assert.equal(ours.status, 0);
    assert.equal(ours.stdout, want.stdout);
  }
});

test('start-up imports site as CPython does: a sitecustomize on PYTHONPATH runs, one beside the script does not', (t) => {
  const env = { ...process.env, PYENV_VERSION: '3.12.1' };
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { encoding: 'utf8', env });
  if (probe.status !== 0 || probe.stdout.trim() !== 'True') {
    t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed');
    return;
  }
  const custom = join(dir, 'custom');
  const beside = join(dir, 'beside');
  mkdirSync(custom, { recursive: true });
  mkdirSync(beside, { recursive: true });
  const customize = "import sys\nprint('customized', type(__spec__.loader).__name__, __spec__.origin.endswith('sitecustomize.py'), 'site' in sys.modules)\n";
  writeFileSync(join(custom, 'sitecustomize.py'), customize);
  writeFileSync(join(beside, 'sitecustomize.py'), customize.replace('customized', 'beside'));
  const prog = join(beside, 'prog.py');
  writeFileSync(prog, [
    'import sys, site, _sitebuiltins, posix',
    'for m in (site, _sitebuiltins):',
    "    print(m.__name__, m.__spec__.origin, m.__loader__.__name__, hasattr(m, '__cached__'), m.__file__.rsplit('/', 1)[-1])",
    "print(posix.__spec__.origin, 'sitecustomize' in sys.modules, sys.path[0] == sys.argv[0].rpartition('/')[0])",
    "print(sorted(set(sys.modules) & {'site', '_sitebuiltins', 'posix', 'sitecustomize'}), sys.flags.no_site)",
  ].join('\n') + '\n');
  for (const [args, extra] of [[[prog], {}], [[prog], { PYTHONPATH: custom }], [['-S', prog], { PYTHONPATH: custom }]] as const) {
    const ours = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, timeout: 20000, env: { ...env, ...extra } });
    const cpython = spawnSync('python3', args, { encoding: 'utf8', cwd: dir, timeout: 20000, env: { ...env, ...extra } });
    assert.equal(cpython.status, 0, cpython.stderr);
    assert.deepEqual([ours.status, ours.stdout, ours.stderr.split('\n').at(-2)], [cpython.status, cpython.stdout, cpython.stderr.split('\n').at(-2)], args.join(' '));
  }
});

test('start-up options as CPython reads them: grouped flags, -E -s -P -I -q -i -W, PYTHONPATH, sys.path[0]', (t) => {
  const env = { ...process.env, PYENV_VERSION: '3.12.1', PYTHONPATH: `${join(dir, 'pp')}::rel/../other` };
  // The interpreter itself (pyenv's shim would read the environment -I tells it to ignore).
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable if sys.version_info[:2] == (3, 12) else "")'], { encoding: 'utf8', env });
  const python = probe.status === 0 ? probe.stdout.trim() : '';
  if (python === '') {
    t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed');
    return;
  }
  mkdirSync(join(dir, 'pp'), { recursive: true });
  writeFileSync(join(dir, 'pp', 'ppmod.py'), 'X = 1\n');
  const show = 'import sys, site, os; print(sys.flags, [p for p in sys.path if p == "" or p.startswith(os.getcwd())], '
    + 'sys.warnoptions, site.ENABLE_USER_SITE, sys.dont_write_bytecode)';
  const cases: string[][] = [
    ['-c', show], ['-BSc', show], ['-E', '-c', show], ['-s', '-c', show], ['-P', '-c', show], ['-I', '-c', show],
    ['-q', '-c', show], ['-Esc', show], ['-i', '-c', show],
    ['-c', 'import ppmod, sys; sys.path.append("pp"); print(ppmod.__file__)'],
    ['-W', 'error::DeprecationWarning', '-W', 'bogus', '-W', 'i::Nope', '-W', 'd:x:Warning:m:-1', '-W', 'a:b:c:d:e:f', '-c', 'import warnings; print(warnings.filters[:2])'],
    ['-Wignore', '-c', "import warnings; warnings.warn('x'); print(1)"],
    ['-W', 'ignore:xx:UserWarning', '-c', "import warnings; warnings.warn('xxy'); warnings.warn('yx', stacklevel=1)"],
    ['-W', 'error:::os', '-c', 'import warnings; print(warnings.filters[0])'],
    ['-z'], ['-c'], ['-X'],
  ];
  for (const args of cases) {
    const ours = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, timeout: 20000, env, input: '' });
    const cpython = spawnSync(python, args, { encoding: 'utf8', cwd: dir, timeout: 20000, env, input: '' });
    // The usage lines name the program; the rest is compared as it is.
    const first = (text: string): string => text.split('\n')[0];
    const usage = cpython.status === 2;
    assert.deepEqual([ours.status, ours.stdout, usage ? first(ours.stderr) : ours.stderr.replace(/^>>> /gm, '')],
      [cpython.status, cpython.stdout, usage ? first(cpython.stderr) : cpython.stderr.replace(/^>>> /gm, '')], args.join(' '));
  }
});
