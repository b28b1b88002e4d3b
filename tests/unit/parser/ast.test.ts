// The node class table in src/parser/ast.ts against CPython 3.12's ast module (ast-classes.json,
// recorded by tools/parser-golden.py): same classes, same _fields order, same attributes, same
// optional fields (the ones ast.dump leaves out when None).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { NODE_CLASSES } from '../../../src/parser/ast.ts';
import { astDump, parseModule } from '../../../src/parser/index.ts';
import { readCases } from './cases.ts';

type Classes = Record<string, { fields: string[]; attributes: string[]; optional: string[] }>;
const cpython = JSON.parse(readFileSync(new URL('ast-classes.json', import.meta.url), 'utf8')) as Classes;

test('ast: same node classes as CPython 3.12', () => {
  assert.deepEqual(Object.keys(NODE_CLASSES).sort(), Object.keys(cpython).sort());
});

test('ast: fields, attributes and optional fields match CPython 3.12', () => {
  for (const [name, want] of Object.entries(cpython)) {
    const ours = NODE_CLASSES[name]!;
    assert.deepEqual([...ours.fields], want.fields, `${name}._fields`);
    assert.deepEqual([...ours.attributes], want.attributes, `${name}._attributes`);
    assert.deepEqual([...ours.optional].sort(), [...want.optional].sort(), `${name} optional fields`);
  }
});

test('ast: nodes of one class share one property order (monomorphic shapes)', () => {
  const shapes = new Map<string, string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { for (const x of v) walk(x); return; }
    if (v === null || typeof v !== 'object' || !('_type' in v)) return;
    const keys = Object.keys(v).join(',');
    const t = (v as { _type: string })._type;
    const seen = shapes.get(t);
    if (seen === undefined) shapes.set(t, keys);
    else assert.equal(keys, seen, `shape of ${t}`);
    for (const x of Object.values(v)) walk(x);
  };
  for (const [name, src] of readCases()) {
    if (!name.startsWith('err_')) walk(parseModule(new TextEncoder().encode(src), name));
  }
  assert.ok(shapes.size > 90, `saw ${shapes.size} classes`);
});

test('ast: dump options (annotate_fields, include_attributes, indent) as CPython prints them', () => {
  type Case = { src: string; options: { annotate_fields?: boolean; include_attributes?: boolean; indent?: string | number }; dump: string };
  const cases = JSON.parse(readFileSync(new URL('dump-options.json', import.meta.url), 'utf8')) as Case[];
  assert.ok(cases.length > 0);
  for (const c of cases) {
    const got = astDump(parseModule(c.src, '<t>'), {
      annotateFields: c.options.annotate_fields, includeAttributes: c.options.include_attributes, indent: c.options.indent,
    });
    assert.equal(got, c.dump, JSON.stringify(c.options));
  }
});
