// The compiled-code cache (src/vm/codecache.ts): the file format round-trips every kind of constant
// exactly, stale or foreign files are rejected, lookups go memo -> file -> compile, writes are atomic
// and skipped when asked or when the directory is not writable, each optimization level (-O, -OO)
// has its own files and memo entries; and imports through a session use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseModule } from '../../../src/parser/index.ts';
import { compileModule, type CodeUnit } from '../../../src/compiler/codeunit.ts';
import {
  codeCacheEncode, codeCacheDecode, codeCacheGet, codeCachePath, codeCacheClearMemo, codeCacheStats, codeCacheFingerprint, FORMAT_VERSION,
} from '../../../src/vm/codecache.ts';
import { runProgram } from '../../../src/vm/program.ts';

const SAMPLE = `
import sys
x = (1, -2, 2**31, 2**53 + 1, -(2**70), 1.5, -0.0, float('nan'), 1e308 * 10, 3j, 'a', 'a b', b'\\x00\\xff', ...)
y = x[0] in {1, 2, 3}
s = '\\ud800x'
def f(a, /, b=1, *c, d, **e):
    "doc"
    def g():
        return a + b
    return [i * 2 for i in c if i], g, lambda q: q
class C:
    def m(self):
        return super().m()
async def h():
    try:
        await f
    except* ValueError:
        pass
    finally:
        yield 1
`;

function compile(src: string, file = '/x/m.py'): CodeUnit {
  return compileModule(parseModule(src, file), file, 'exec', { source: src });
}

test('encode/decode round-trips a code unit exactly', () => {
  const u = compile(SAMPLE);
  const data = codeCacheEncode(u, 123, 456.5);
  const back = codeCacheDecode(data, '/x/m.py', 123, 456.5);
  assert.ok(back !== null);
  assert.deepStrictEqual(back, u);
  // The filename comes from the caller (a moved file's code names its new place).
  const moved = codeCacheDecode(data, '/y/m.py', 123, 456.5)!;
  assert.equal(moved.filename, '/y/m.py');
  const inner = moved.consts.find((c) => c.kind === 'code');
  assert.ok(inner !== undefined && inner.kind === 'code' && inner.code.filename === '/y/m.py');
});

test('stale, truncated and foreign data are rejected', () => {
  const data = codeCacheEncode(compile('x = 1\n'), 6, 1000);
  assert.equal(codeCacheDecode(data, 'f', 7, 1000), null);
  assert.equal(codeCacheDecode(data, 'f', 6, 1001), null);
  assert.equal(codeCacheDecode(data.subarray(0, data.length - 4), 'f', 6, 1000), null);
  assert.equal(codeCacheDecode(new Uint8Array(40), 'f', 6, 1000), null);
  assert.ok(codeCacheDecode(data, 'f', 6, 1000) !== null);
});

test('codeCacheGet: compile and write, then memo, then file; a changed source recompiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'immortal-cc-'));
  try {
    const file = join(dir, 'mod.py');
    writeFileSync(file, 'a = 1\n');
    let compiles = 0;
    const comp = (src: Uint8Array, f: string): CodeUnit => { compiles++; return compile(new TextDecoder().decode(src), f); };
    const u1 = codeCacheGet(file, false, comp);
    assert.equal(compiles, 1);
    assert.equal(codeCachePath(file), join(dir, '__pycache__', 'mod.immortal-312.pyc'));
    assert.ok(existsSync(codeCachePath(file)));
    assert.deepEqual(readdirSync(join(dir, '__pycache__')), ['mod.immortal-312.pyc']); // no temp file left
    assert.equal(codeCacheGet(file, false, comp), u1); // memo: the same object
    codeCacheClearMemo();
    const before = codeCacheStats.file;
    assert.deepStrictEqual(codeCacheGet(file, false, comp), u1);
    assert.equal(codeCacheStats.file, before + 1);
    assert.equal(compiles, 1);
    writeFileSync(file, 'a = 22\n');
    const t = statSync(file).mtimeMs / 1000 + 5;
    utimesSync(file, t, t);
    const u2 = codeCacheGet(file, false, comp) as CodeUnit;
    assert.equal(compiles, 2);
    assert.notDeepStrictEqual(u2, u1);
    assert.equal(codeCacheGet(join(dir, 'missing.py'), false, comp), 'unreadable');
  } finally {
    codeCacheClearMemo();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dont_write_bytecode and unwritable directories write nothing, silently', () => {
  const dir = mkdtempSync(join(tmpdir(), 'immortal-cc-'));
  try {
    const file = join(dir, 'mod.py');
    writeFileSync(file, 'a = 1\n');
    const comp = (src: Uint8Array, f: string): CodeUnit => compile(new TextDecoder().decode(src), f);
    assert.ok(codeCacheGet(file, true, comp) !== null);
    assert.equal(existsSync(join(dir, '__pycache__')), false);
    codeCacheClearMemo();
    if (process.getuid?.() !== 0) { // root writes anywhere
      chmodSync(dir, 0o555);
      assert.ok(codeCacheGet(file, false, comp) !== null);
      assert.equal(existsSync(join(dir, '__pycache__')), false);
      chmodSync(dir, 0o755);
    }
  } finally {
    codeCacheClearMemo();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('imports write __pycache__ unless sys.dont_write_bytecode; errors still raise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'immortal-cc-'));
  try {
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 41\n');
    writeFileSync(join(dir, 'bad.py'), 'def f(:\n');
    writeFileSync(join(dir, 'main.py'), [
      'import sys',
      'print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)',
      'import helper',
      'print(helper.VALUE + 1)',
      'try:',
      '    import bad',
      'except SyntaxError as e:',
      '    print(type(e).__name__, e.lineno)',
      '',
    ].join('\n'));
    const r1 = runProgram(join(dir, 'main.py'), { hashSeed: 0 });
    assert.equal(r1.stdout, 'False 0\n42\nSyntaxError 1\n');
    assert.ok(existsSync(join(dir, '__pycache__', 'helper.immortal-312.pyc')));
    assert.equal(existsSync(join(dir, '__pycache__', 'main.immortal-312.pyc')), false); // the script is never cached
    codeCacheClearMemo();
    const r2 = runProgram(join(dir, 'main.py'), { hashSeed: 0, dontWriteBytecode: true });
    assert.equal(r2.stdout, 'True 1\n42\nSyntaxError 1\n');
    rmSync(join(dir, '__pycache__'), { recursive: true });
    codeCacheClearMemo();
    runProgram(join(dir, 'main.py'), { hashSeed: 0, dontWriteBytecode: true });
    assert.equal(existsSync(join(dir, '__pycache__')), false);
  } finally {
    codeCacheClearMemo();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('each optimization level has its own file (.opt-1, .opt-2) and memo entry; a pycache prefix holds the files under the source\'s path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'immortal-cc-'));
  try {
    const file = join(dir, 'lev.py');
    writeFileSync(file, '"doc"\nassert 0\n');
    const levels: number[] = [];
    const comp = (level: number) => (src: Uint8Array, f: string): CodeUnit => {
      levels.push(level);
      return compileModule(parseModule(new TextDecoder().decode(src), f), f, 'exec', { optimize: level });
    };
    assert.equal(codeCachePath(file, 1), join(dir, '__pycache__', 'lev.immortal-312.opt-1.pyc'));
    assert.equal(codeCachePath(file, 2, '/pc'), join('/pc', dir, 'lev.immortal-312.opt-2.pyc'));
    const units = [0, 1, 2].map((level) => codeCacheGet(file, false, comp(level), { optimize: level }) as CodeUnit);
    assert.deepEqual(levels, [0, 1, 2]);
    assert.deepEqual(readdirSync(join(dir, '__pycache__')).sort(), ['lev.immortal-312.opt-1.pyc', 'lev.immortal-312.opt-2.pyc', 'lev.immortal-312.pyc']);
    assert.notDeepStrictEqual(units[0], units[1]); // the assert is gone
    assert.notDeepStrictEqual(units[1], units[2]); // and the docstring
    // Memo, then files: each level gets its own unit back, and nothing is compiled again.
    for (let pass = 0; pass < 2; pass++) {
      for (const level of [2, 0, 1]) assert.deepStrictEqual(codeCacheGet(file, false, comp(level), { optimize: level }), units[level]);
      codeCacheClearMemo();
    }
    assert.deepEqual(levels, [0, 1, 2]);
    const messages: string[] = [];
    const prefix = join(dir, 'prefix');
    codeCacheGet(file, false, comp(1), { optimize: 1, pycachePrefix: prefix, verbose: (m) => messages.push(m) });
    codeCacheClearMemo();
    codeCacheGet(file, false, comp(1), { optimize: 1, pycachePrefix: prefix, verbose: (m) => messages.push(m) });
    const cached = join(prefix, dir, 'lev.immortal-312.opt-1.pyc');
    assert.deepEqual(messages, [`code object from ${file}`, `created '${cached}'`, `${cached} matches ${file}`, `code object from '${cached}'`]);
  } finally {
    codeCacheClearMemo();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sessions of one process at different levels each import their own level\'s code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'immortal-cc-'));
  try {
    writeFileSync(join(dir, 'checked.py'), 'def f():\n    "doc"\n    assert False\n    return 1\n');
    writeFileSync(join(dir, 'main.py'), 'import sys, checked\ntry:\n    print(sys.flags.optimize, checked.f(), checked.f.__doc__)\n'
      + 'except AssertionError:\n    print(sys.flags.optimize, "assert", checked.f.__doc__)\n');
    const out = [0, 1, 2, 0, 1].map((optimize) => runProgram(join(dir, 'main.py'), { hashSeed: 0, optimize }).stdout);
    assert.deepEqual(out, ['0 assert doc\n', '1 1 doc\n', '2 1 None\n', '0 assert doc\n', '1 1 doc\n']);
  } finally {
    codeCacheClearMemo();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the fingerprint from the TypeScript sources is the build\'s, so the tests use the files the build precompiled', async () => {
  const build = new URL('../../../tools/build.mjs', import.meta.url).href;
  const { compilerFingerprint } = await import(build) as { compilerFingerprint: () => number };
  assert.equal(codeCacheFingerprint(), compilerFingerprint() ^ FORMAT_VERSION);
});
