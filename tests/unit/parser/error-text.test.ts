// The full location of parser SyntaxErrors, `text` included, against CPython 3.12 run in the same test:
// errors the tokenizer finds (unterminated strings, bad numbers, unmatched brackets) quote the line
// without its newline, errors the parser finds quote it with its newline when the tokenizer was still
// on that line, and without it when the tokenizer had read further. Skips when CPython 3.12 is absent.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { parseModule, PySyntaxError } from '../../../src/parser/index.ts';

const SOURCES = [
  '(1,', '(1,\n', 'x = (\n', '[1, 2\n', 'f(\n\n', 'f(\n  \n', '(1,\n# comment\n', 'x = (1,\n 2\n', '[\n(\n',
  "'abc\n", "x = 'abc\n", '"""abc\n', "x = ''' \n\n", "'a' 'b\n", "f'abc\n", "f'''abc\n",
  'x = 1 +\n', '1abc\n', '0b12\n', '1_\n', '0777\n', '1e\n', '0x\n', '0o8\n', '1__0\n', '1.5j_\n',
  'x = $\n', 'x = €\n', 'x = a\x01b\n', 'a b\n', 'def f(:\n', 'if x\n  y\n', '  x\n', 'def f():\nx\n',
  'if 1:\n    a\n  b\n', 'if 1:\n\tx\n        y\n', '\tif 1:\n        x\n', 'x = )\n', 'x = (1]\n', 'x = 5 ]\n',
  'x = 1\n)\n', "f'{'\n", "f'{x!z}'\n", "f'}'\n", "f'{a\n", '1 = 2\n', 'del f()\n', 'print 1\n', 'x = 1 if 2\n',
  '\\\n', "x = 'a'\\\n", 'x = \\ 1\n', "'\\N{foo}'\n", "b'é'\n", 'import\n', 'for x in\n', 'é = ((\n',
  'f(**x, *y)\n', 'a, b += 1\n', 'x = 1 2\n', '1 = \\\n2\n', 'if x:\npass\n', 'del (\nf()\n)\n', '(a\nb c)\n',
  'x = [1,\n2 3]\n', 'f(\na for a in b, c)\n', 'def f(\n  a,\n  b\n', "print('hi' 'there\n",
  'x = ' + '('.repeat(201) + '\n',
  Array.from({ length: 101 }, (_, i) => ' '.repeat(i) + 'if 1:\n').join('') + ' '.repeat(101) + 'pass\n',
];

type Loc = [string, string, number | null, number | null, string | null, number | null, number | null] | null;

function cpython(sources: string[]): Loc[] | null {
  const script = [
    'import ast, json, sys, warnings',
    "warnings.simplefilter('ignore')",
    'out = []',
    'for s in json.load(sys.stdin):',
    '    try:',
    "        ast.parse(s, 'f')",
    '        out.append(None)',
    '    except SyntaxError as e:',
    '        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset])',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script], { env: { ...process.env, PYENV_VERSION: '3.12.1' }, input: JSON.stringify(sources), encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout) as Loc[];
}

function ours(src: string): Loc {
  try {
    parseModule(src, 'f');
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset];
  }
}

const version = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { env: { ...process.env, PYENV_VERSION: '3.12.1' }, encoding: 'utf8' });
const haveCPython = version.status === 0 && version.stdout.trim() === 'True';

test('SyntaxError text and offsets match CPython 3.12', { skip: haveCPython ? false : 'CPython 3.12 not installed (PYENV_VERSION=3.12.1 python3)' }, () => {
  const want = cpython(SOURCES);
  assert.ok(want !== null, 'running CPython failed');
  const bad: string[] = [];
  SOURCES.forEach((src, i) => {
    const got = ours(src);
    try { assert.deepEqual(got, want[i]); } catch { bad.push(`${JSON.stringify(src).slice(0, 60)}\n  ours:    ${JSON.stringify(got)}\n  CPython: ${JSON.stringify(want[i])}`); }
  });
  assert.equal(bad.length, 0, bad.join('\n'));
});
