// Golden tests: each case of snippets.txt parsed by our parser must give exactly what CPython 3.12
// gave when tools/parser-golden.py recorded golden.json (ast.dump with attributes, indent=2, or the
// SyntaxError's type, msg, lineno, offset, end_lineno, end_offset).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { astDump, parseModule, PySyntaxError } from '../../../src/parser/index.ts';
import type { PyParserWarning } from '../../../src/parser/index.ts';
import { readCases } from './cases.ts';

const DIR = new URL('.', import.meta.url);

type ErrorTuple = [string, string, number | null, number | null, number | null, number | null];
type Golden = Record<string, { dump?: string; indent?: string; error?: ErrorTuple; error_str?: ErrorTuple; warnings?: unknown[] }>;
const golden = JSON.parse(readFileSync(new URL('golden.json', DIR), 'utf8')) as Golden;

for (const [name, src] of readCases()) {
  test(`parser golden: ${name}`, () => {
    const want = golden[name];
    assert.ok(want !== undefined, `no golden result for ${name}: run tools/parser-golden.py`);
    let got: { dump?: string; indent?: string; error?: unknown[]; warnings?: unknown[] };
    try {
      const warnings: PyParserWarning[] = [];
      const tree = parseModule(new TextEncoder().encode(src), '<test>', { warnings });
      got = { dump: astDump(tree, { includeAttributes: true }), indent: astDump(tree, { indent: 2 }) };
      if (warnings.length > 0) got.warnings = warnings.map((w) => [w.category, w.msg, w.lineno]);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = { error: [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] };
    }
    const { error_str: wantStr, ...wantBytes } = want;
    assert.deepEqual(got, wantBytes);
    if (wantStr !== undefined && !src.includes('\0')) {
      try {
        parseModule(src, '<test>');
        assert.fail('str input parsed but CPython rejects it');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        assert.deepEqual([e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset], wantStr, 'str input');
      }
    }
  });
}
