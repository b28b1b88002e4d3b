// The `immortal` command end to end (bin/immortal.js as a child process): exit statuses, stdin,
// KeyboardInterrupt on SIGINT (the interpreter runs in a worker thread; the main thread sets the
// shared interrupt flag), -m, -i and the REPL on a pipe, --dis, -X showrefcount / stats, -X heap,
// and CPython's options and PYTHON* variables (-O -b -d -v -x, -X dev/utf8/..., compared with
// CPython 3.12 run live). Expected texts follow what CPython 3.12 prints for the same programs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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
  // A traceback chain is freed in a loop (tbDealloc), which counts each link it frees as a decref to 0.
  const tb = run(['-X', 'showrefcount', file('tb.py', 'def f(n):\n    if n: f(n - 1)\n    else: raise ValueError\ntry: f(5)\nexcept ValueError: pass\n')]);
  assert.equal(tb.stderr, '[0 refs, 0 blocks]\n');
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

/** CPython 3.12's own executable (pyenv's shim would read the environment -E and -I tell it to ignore), or '' when missing. */
function cpython312(): string {
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable if sys.version_info[:2] == (3, 12) else "")'],
    { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.12.1' } });
  return probe.status === 0 ? probe.stdout.trim() : '';
}

interface Both { ours: ReturnType<typeof run>; cpython: ReturnType<typeof run> }

/** Runs `args` with both interpreters in `cwd` with `env` added (undefined: removed). */
function both(python: string, args: string[], env: Record<string, string | undefined> = {}, cwd = dir): Both {
  const e: Record<string, string | undefined> = { ...process.env, PYENV_VERSION: '3.12.1', LC_ALL: 'C.UTF-8', ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  const go = (cmd: string, a: string[]) => {
    const r = spawnSync(cmd, a, { encoding: 'utf8', cwd, timeout: 20000, env: e as NodeJS.ProcessEnv, input: '' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { ours: go(process.execPath, [BIN, ...args]), cpython: go(python, args) };
}

/** CPython's text with its cache tag written as ours (a .pyc file's name). */
const ourTag = (s: string): string => s.replaceAll('.cpython-312.', '.immortal-312.');

test('-O -OO -b -bb -d -X dev/utf8/int_max_str_digits/warn_default_encoding/pycache_prefix/..., their PYTHON* variables and bad values, as CPython 3.12 reads them', (t) => {
  const python = cpython312();
  if (python === '') { t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed'); return; }
  const show = 'import sys, warnings; print(sys.flags, sys._xoptions, sys.warnoptions, warnings.filters[:3], sys.pycache_prefix, '
    + 'sys.get_int_max_str_digits(), __debug__, sys.stdin.errors, sys.stdout.errors, sys.stderr.errors, __import__("locale").getencoding())';
  const cases: Array<[string[], Record<string, string | undefined>?]> = [
    [['-O']], [['-OO']], [['-OOO']], [['-O', '-O']], [['-d']], [['-dd']], [['-b']], [['-bb']], [['-bbb']], [['-bOd']],
    [['-X', 'dev']], [['-X', 'dev=0']], [['-X', 'dev', '-bb', '-W', 'error']], [['-X', 'utf8']], [['-X', 'utf8=0']], [['-X', 'utf8=1']],
    [['-X', 'utf8=0', '-X', 'utf8']], [['-X', 'utf8=2']], [['-X', 'int_max_str_digits=5000']], [['-X', 'int_max_str_digits=0']],
    [['-X', 'int_max_str_digits=+700', '-X', 'int_max_str_digits=800']], [['-X', 'int_max_str_digits=639']],
    [['-X', 'int_max_str_digits']], [['-X', 'int_max_str_digits=2147483648']], [['-X', 'warn_default_encoding']],
    [['-X', 'pycache_prefix=/tmp/pc']], [['-X', 'pycache_prefix']], [['-X', 'pycache_prefix=']], [['-X', 'no_debug_ranges']],
    [['-X', 'frozen_modules=off']], [['-X', 'frozen_modules=x']], [['-X', 'immortal=0', '-X', 'heap=64M', '-X', 'showrefcount=no']],
    [['-X', 'foo', '-X', 'a=b=c', '-X', 'foo=1', '-X', '=x']], [['-X', 'utf8=x', '-X', 'frozen_modules=x']],
    [[], { PYTHONOPTIMIZE: '2' }], [[], { PYTHONOPTIMIZE: 'x' }], [['-O'], { PYTHONOPTIMIZE: ' 2' }], [['-OO'], { PYTHONOPTIMIZE: '1' }],
    [[], { PYTHONDEBUG: '-3' }], [[], { PYTHONDEVMODE: '0' }], [[], { PYTHONUTF8: '1' }], [[], { PYTHONUTF8: '2' }],
    [['-X', 'utf8=0'], { PYTHONUTF8: '1' }], [[], { LC_ALL: 'C' }], [[], { LC_ALL: undefined, LC_CTYPE: undefined, LANG: 'POSIX' }],
    [[], { PYTHONINTMAXSTRDIGITS: '0' }], [[], { PYTHONINTMAXSTRDIGITS: '100' }], [['-X', 'int_max_str_digits=700'], { PYTHONINTMAXSTRDIGITS: '1' }],
    [['-X', 'int_max_str_digits=700'], { PYTHONINTMAXSTRDIGITS: '900' }], [[], { PYTHONWARNDEFAULTENCODING: '0' }],
    [[], { PYTHONPYCACHEPREFIX: '/tmp/x' }], [['-X', 'pycache_prefix'], { PYTHONPYCACHEPREFIX: '/tmp/x' }],
    [[], { PYTHONWARNINGS: 'error::UserWarning,,ignore' }], [['-X', 'dev', '-W', 'always', '-b'], { PYTHONWARNINGS: 'once' }],
    [[], { PYTHONNODEBUGRANGES: '1', PYTHONPROFILEIMPORTTIME: '' }],
    [[], { PYTHONIOENCODING: 'utf-8' }], [[], { PYTHONIOENCODING: 'utf-8:replace' }], [[], { PYTHONIOENCODING: ':ignore' }],
    [['-E'], { PYTHONIOENCODING: 'utf-8' }],
    [['-E'], { PYTHONOPTIMIZE: '2', PYTHONDEVMODE: '1', PYTHONUTF8: 'x', PYTHONINTMAXSTRDIGITS: '1', PYTHONWARNINGS: 'error', PYTHONPYCACHEPREFIX: '/x' }],
    [['-I'], { PYTHONDEBUG: '1', PYTHONWARNDEFAULTENCODING: '1', LC_ALL: 'C' }],
  ];
  for (const [args, env] of cases) {
    const r = both(python, [...args, '-c', show], env);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, r.cpython.stdout, r.cpython.stderr],
      `${JSON.stringify(env ?? {})} ${args.join(' ')}`);
  }
});

test('-O and -OO: asserts, __debug__ and docstrings in the script, exec, compile() and imports; each level has its own .pyc', (t) => {
  const python = cpython312();
  if (python === '') { t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed'); return; }
  const opt = join(dir, 'opt');
  mkdirSync(opt, { recursive: true });
  writeFileSync(join(opt, 'optmod.py'), '"""module doc"""\ndef f():\n    "fdoc"\n    assert False, "in optmod"\n    return __debug__\n');
  writeFileSync(join(opt, 'optmain.py'), [
    'import ast, sys, optmod',
    '"""main doc"""',
    'class C:',
    '    "cdoc"',
    'print(sys.flags.optimize, __debug__, __doc__, C.__doc__, optmod.__doc__, optmod.f.__doc__, optmod.__cached__.rsplit("/", 1)[1])',
    'try:',
    '    print(optmod.f())',
    'except AssertionError as e:',
    '    print("AssertionError", e)',
    'for o in (-1, 0, 1, 2):',
    '    for src in ("assert 0\\nx = __debug__\\ndef g():\\n \'gd\'\\n", ast.parse("assert 0\\nx = __debug__\\ndef g():\\n \'gd\'\\n")):',
    '        d = {}',
    '        try:',
    '            exec(compile(src, "s", "exec", optimize=o), d)',
    '            print(o, d["x"], d["g"].__doc__)',
    '        except AssertionError:',
    '            print(o, "assert")',
    'd = {}',
    'exec("x = __debug__\\ndef g():\\n \'gd\'\\n", d)',
    'import builtins',
    'print(d["x"], d["g"].__doc__, eval("__debug__"), builtins.__debug__)',
  ].join('\n') + '\n');
  const pyc = (): string[] => { try { return readdirSync(join(opt, '__pycache__')).filter((n) => !n.includes('.cpython-')).sort(); } catch { return []; } };
  // Plain, then -O, -OO and plain again: every run uses its own level's file, never another's.
  for (const [args, env] of [[[]], [['-O']], [['-OO']], [[]], [['-OOO']], [[], { PYTHONOPTIMIZE: '1' }], [['-O']]] as Array<[string[], Record<string, string>?]>) {
    const r = both(python, [...args, 'optmain.py'], { PYTHONDONTWRITEBYTECODE: undefined, ...env }, opt);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, ourTag(r.cpython.stdout), r.cpython.stderr], args.join(' '));
  }
  assert.deepEqual(pyc(), ['optmod.immortal-312.opt-1.pyc', 'optmod.immortal-312.opt-2.pyc', 'optmod.immortal-312.opt-3.pyc', 'optmod.immortal-312.pyc']);
});

test('-b and -bb: BytesWarning for str() of bytes and bytearray and for == and != with str (bytes also with int), or an error', (t) => {
  const python = cpython312();
  if (python === '') { t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed'); return; }
  const prog = file('bytes_warning.py', [
    'import warnings',
    'def t(label, f):',
    '    with warnings.catch_warnings(record=True) as w:',
    "        warnings.simplefilter('always')",
    '        try:',
    '            r = f()',
    '        except Exception as e:',
    "            r = f'{type(e).__name__}: {e}'",
    '    print(label, repr(r), [(x.category.__name__, str(x.message), x.lineno) for x in w])',
    'class B(bytes): pass',
    'class S(str): pass',
    "t('str', lambda: str(b'ab'))",
    "t('str bytearray', lambda: str(bytearray(b'ab')))",
    "t('str subclass', lambda: str(B(b'x')))",
    "t('repr', lambda: repr(b'ab'))",
    "t('%s', lambda: '%s' % b'ab')",
    "t('%r', lambda: '%r' % b'ab')",
    "t('f-string', lambda: f'{b\"ab\"}')",
    "t('f-string !r', lambda: f'{b\"ab\"!r}')",
    "t('format', lambda: format(bytearray(b'ab')))",
    "t('str.format', lambda: '{}'.format(b'ab'))",
    "t('__str__', lambda: b'x'.__str__())",
    "t('b == s', lambda: b'' == '')",
    "t('s == b', lambda: '' == b'')",
    "t('b != s', lambda: b'' != '')",
    "t('b < s', lambda: b'' < '')",
    "t('ba == s', lambda: bytearray() == '')",
    "t('s != ba', lambda: '' != bytearray())",
    "t('b == int', lambda: b'' == 1)",
    "t('bool == b', lambda: True == b'')",
    "t('ba == int', lambda: bytearray() == 1)",
    "t('b == float', lambda: b'x' == 1.0)",
    "t('b == ba', lambda: b'' == bytearray())",
    "t('mv == s', lambda: memoryview(b'') == '')",
    "t('B == S', lambda: B(b'x') == S('x'))",
    "t('__eq__', lambda: b'x'.__eq__('x'))",
    "t('set', lambda: '' in {b''})",
    "t('dict', lambda: {b'': 1}.get(''))",
    "t('list', lambda: '' in [b''])",
    "print(b'top level')",
    "print(b'' == '')",
  ].join('\n') + '\n');
  for (const args of [[prog], ['-b', prog], ['-bb', prog], ['-b', '-W', 'error::BytesWarning', prog], ['-bb', '-c', 'str(b"")'],
    ['-bb', '-c', '{b"": 1}.get("")'], ['-b', '-c', 'import sys; print(bytearray(b"x")); print(1 != b"", file=sys.stderr)']]) {
    const r = both(python, args);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, r.cpython.stdout, r.cpython.stderr], args.join(' '));
  }
});

test('-x skips the script\'s first line (tracebacks and warnings keep the file\'s line numbers); -d only sets sys.flags.debug', (t) => {
  const python = cpython312();
  if (python === '') { t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed'); return; }
  const cases = [
    ['-x', file('skip1.py', 'not python at all !!\nimport sys, warnings\nprint(sys.flags.debug)\nwarnings.warn("w")\n1/0\n')],
    ['-x', file('skip2.py', 'only one line')],
    ['-x', file('skip3.py', '#!/bin/sh\nraise SystemExit(__file__.rsplit("/", 1)[1])')],
    ['-x', file('skip4.py', 'x\ndef f(:\n')],
    ['-xd', file('skip5.py', '\nimport sys; print(sys.flags.debug)\n')],
    ['-x', '-c', 'print("not skipped")'],
  ];
  for (const args of cases) {
    const r = both(python, args);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, r.cpython.stdout, r.cpython.stderr], args.join(' '));
  }
  const stdin = spawnSync(process.execPath, [BIN, '-x', '-'], { input: 'garbage\nprint(2)\n', encoding: 'utf8', cwd: dir });
  assert.match(stdin.stderr, /NameError: name 'garbage' is not defined\n$/); // -x applies to a script file only
});

test('-X warn_default_encoding and -X utf8: EncodingWarning from open(), TextIOWrapper and io.text_encoding; the default encodings', (t) => {
  const python = cpython312();
  if (python === '') { t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed'); return; }
  const prog = file('encoding_warning.py', [
    'import io, locale, sys',
    "f = open('/dev/null')",
    'f.close()',
    "open('/dev/null', 'rb').close()",
    "open('/dev/null', encoding='utf-8').close()",
    't = io.TextIOWrapper(io.BytesIO())',
    "print(io.text_encoding(None), io.text_encoding('latin-1'), t.encoding, open('/dev/null', encoding='locale').encoding)",
    'def h():',
    "    return open('/dev/null', 'w')",
    'h().close()',
    'class W(io.TextIOWrapper):',
    '    def __init__(self, b):',
    '        super().__init__(b)',
    'W(io.BytesIO())',
    'print(locale.getpreferredencoding(False), io.text_encoding(None, 1))',
    "import pathlib; pathlib.Path('/dev/null').read_text()",
    'try:',
    "    io.text_encoding(None, 'x')",
    'except TypeError as e:',
    '    print(e)',
  ].join('\n') + '\n');
  // (Not with -W error::EncodingWarning: the traceback would show io.py's frames, as any error raised in
  // our io, written in Python, does.)
  for (const args of [[prog], ['-X', 'warn_default_encoding', prog], ['-X', 'utf8', prog], ['-X', 'warn_default_encoding', '-X', 'utf8', prog]]) {
    const r = both(python, args);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, r.cpython.stdout, r.cpython.stderr], args.join(' '));
  }
  const env = both(python, [prog], { PYTHONWARNDEFAULTENCODING: '1', PYTHONUTF8: '1' });
  assert.deepEqual([env.ours.stdout, env.ours.stderr], [env.cpython.stdout, env.cpython.stderr]);
});

test('-X no_debug_ranges, -X frozen_modules=off and -X pycache_prefix, as CPython 3.12', (t) => {
  const python = cpython312();
  if (python === '') { t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed'); return; }
  const ranges = file('ranges.py', 'def f():\n    return 1 / 0\nprint(sorted({p[2:] for p in f.__code__.co_positions()}, key=str))\nf()\n');
  for (const [args, env] of [[['-X', 'no_debug_ranges', ranges]], [[ranges], { PYTHONNODEBUGRANGES: '1' }], [[ranges]]] as Array<[string[], Record<string, string>?]>) {
    const r = both(python, args, env);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, r.cpython.stdout, r.cpython.stderr], args.join(' '));
  }
  const frozen = 'import os, site, sys; print([(m.__spec__.origin.rsplit("/", 1)[-1], type(m.__loader__).__name__) for m in (os, site, sys.modules["_frozen_importlib_external"])])';
  for (const args of [['-X', 'frozen_modules=off', '-c', frozen], ['-X', 'frozen_modules=on', '-c', frozen], ['-c', frozen]]) {
    const r = both(python, args);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, r.cpython.stdout, r.cpython.stderr], args.join(' '));
  }
  const pp = join(dir, 'prefixed');
  mkdirSync(pp, { recursive: true });
  writeFileSync(join(pp, 'pmod.py'), 'X = 1\n');
  const where = 'import sys, pmod, importlib.util as u; print(sys.pycache_prefix, pmod.__cached__, u.cache_from_source("/a/b.py"), '
    + 'u.source_from_cache(pmod.__cached__), u.cache_from_source("/a/b.py", optimization=2))';
  for (const [args, env] of [[['-X', `pycache_prefix=${join(pp, 'cache')}`]], [['-O'], { PYTHONPYCACHEPREFIX: 'rel' }], [['-X', 'pycache_prefix'], { PYTHONPYCACHEPREFIX: 'rel' }]] as Array<[string[], Record<string, string>?]>) {
    const r = both(python, [...args, '-c', where], { PYTHONDONTWRITEBYTECODE: undefined, ...env }, pp);
    assert.deepEqual([r.ours.status, r.ours.stdout, r.ours.stderr], [r.cpython.status, ourTag(r.cpython.stdout), r.cpython.stderr], args.join(' '));
  }
  assert.ok(existsSync(join(pp, 'cache', pp, 'pmod.immortal-312.pyc')));
  assert.ok(existsSync(join(pp, 'rel', pp, 'pmod.immortal-312.opt-1.pyc')));
  assert.ok(existsSync(join(pp, '__pycache__', 'pmod.immortal-312.pyc')));
});

test('-v: the import system\'s lines for a module and its cache file, the banner, the shutdown\'s clearing; -X importtime\'s lines', (t) => {
  const python = cpython312();
  if (python === '') { t.skip('CPython 3.12 (PYENV_VERSION=3.12.1 python3) is not installed'); return; }
  const vd = join(dir, 'verbose');
  mkdirSync(vd, { recursive: true });
  writeFileSync(join(vd, 'vmod_a.py'), 'import vmod_b\n');
  writeFileSync(join(vd, 'vmod_b.py'), 'X = 1\n');
  // The lines about our modules (loader addresses aside), and the shutdown's first steps, are CPython's;
  // the start-up imports differ (CPython imports encodings, io, os ... where Immortal needs none). Not
  // compared: the order of "# cleanup[2] removing" (sys.modules' order: CPython moves a module to the
  // end when its import ends, Immortal leaves it where its import began) and "# destroy" (not printed).
  const mine = (text: string): string[] => text.split('\n').filter((l) => l.includes('vmod_') && !/^# (cleanup|destroy)/.test(l))
    .map((l) => l.replace(/0x[0-9a-f]+/, '0x'));
  const clearing = (text: string): string[] => {
    const lines = text.split('\n');
    const from = lines.indexOf('# clear sys.path_importer_cache');
    return lines.slice(from, lines.indexOf('# restore sys.stderr', from) + 1);
  };
  for (let i = 0; i < 2; i++) { // compiled and written, then read from __pycache__
    const r = both(python, ['-v', '-c', 'import vmod_a; print(vmod_a.vmod_b.X)'], { PYTHONDONTWRITEBYTECODE: undefined }, vd);
    assert.deepEqual([r.ours.status, r.ours.stdout], [r.cpython.status, r.cpython.stdout]);
    assert.deepEqual(mine(r.ours.stderr), mine(ourTag(r.cpython.stderr)), `run ${i}`);
    assert.equal(mine(r.ours.stderr).length, 6);
    assert.deepEqual(clearing(r.ours.stderr), clearing(r.cpython.stderr));
    assert.match(r.ours.stderr, /\nPython 3\.12\.1 \(immortal\) on \w+\nType "help", "copyright", "credits" or "license" for more information\.\n/);
    assert.match(r.ours.stderr, /\n# cleanup\[2\] removing vmod_a\n# cleanup\[2\] removing vmod_b\n[^]*# cleanup\[3\] wiping sys\n# cleanup\[3\] wiping builtins\n$/);
  }
  const q = both(python, ['-v', '-q', '-S', '-c', 'pass']);
  assert.ok(!q.ours.stderr.includes('Python 3.12.1') && !q.cpython.stderr.includes('Python 3.12.1'));
  // -X importtime: the header once, then one line per module found and loaded, nested imports first and indented.
  const times = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('import time:') && (l.includes('vmod_') || l.includes('self [us]')))
    .map((l) => l.replace(/^import time: +\d+ \| +\d+ \|/, 'import time: N | N |'));
  const r = both(python, ['-X', 'importtime', '-c', 'import vmod_a'], {}, vd);
  assert.deepEqual(times(r.ours.stderr), times(r.cpython.stderr));
  assert.deepEqual(times(r.ours.stderr), ['import time: self [us] | cumulative | imported package', 'import time: N | N |   vmod_b', 'import time: N | N | vmod_a']);
  assert.match(r.ours.stderr, /^import time: self \[us\] \| cumulative \| imported package\n(import time: {1,}\d+ \| {1,}\d+ \| +[\w.]+\n)+$/);
});
