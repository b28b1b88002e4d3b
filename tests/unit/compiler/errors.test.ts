// Compile-error parity: every snippet of error-snippets.txt must raise the SyntaxError CPython 3.12's
// compile(src, '<snippet>', 'exec') raises (type, msg, lineno, offset, end_lineno, end_offset), or
// none when CPython compiles it, and issue the same SyntaxWarnings (parser's, then compiler's) in the
// same order. Golden: errors.json, written by tools/compiler-cpython-errors.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule, PySyntaxError, type PyParserWarning } from '../../../src/parser/index.ts';
import { compileModule } from '../../../src/compiler/codeunit.ts';
import { readCases } from './cases.ts';

const DIR = import.meta.dirname;

interface ErrRec { type: string; msg: string; lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null }
interface WarnRec { category: string; msg: string; lineno: number }
const golden: Record<string, { error: ErrRec | null; warnings: WarnRec[] }> = JSON.parse(readFileSync(join(DIR, 'errors.json'), 'utf8'));

function ours(src: string): { error: ErrRec | null; warnings: WarnRec[] } {
  const warnings: PyParserWarning[] = [];
  let error: ErrRec | null = null;
  try {
    compileModule(parseModule(src, '<snippet>', { warnings }), '<snippet>', 'exec', { source: src, warnings });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    error = { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
  }
  return { error, warnings: warnings.map((w) => ({ category: w.category, msg: w.msg, lineno: w.lineno })) };
}

test('compile errors and SyntaxWarnings match CPython 3.12 for every snippet', () => {
  const cases = readCases('error-snippets.txt');
  assert.equal(cases.length, Object.keys(golden).length, 'errors.json is stale: run tools/compiler-cpython-errors.py');
  const bad: string[] = [];
  for (const [name, src] of cases) {
    const want = golden[name]!;
    const got = ours(src);
    try {
      assert.deepEqual(got.error, want.error);
      // CPython keeps issuing warnings until the first error; after an error we only check the error.
      if (want.error === null) assert.deepEqual(got.warnings, want.warnings);
    } catch {
      bad.push(`${name}: cpython ${JSON.stringify(want)}\n    ours   ${JSON.stringify(got)}`);
    }
  }
  assert.equal(bad.length, 0, `${bad.length} of ${cases.length} differ:\n${bad.join('\n')}`);
});
