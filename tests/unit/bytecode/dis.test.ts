// Disassembly snapshots: for some of the compiler's parity snippets (tests/unit/compiler/
// parity-snippets.txt), dis-snapshots/NAME.txt holds the source and our disassembly. The format is our
// own (instruction indices, not byte offsets), so these are reviewed by reading the diff, not recorded
// from CPython. Regenerate with UPDATE_SNAPSHOTS=1 (or `-- --update`) and read `git diff`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule } from '../../../src/parser/index.ts';
import { compileModule } from '../../../src/compiler/codeunit.ts';
import { disassemble } from '../../../src/bytecode/dis.ts';
import { readCases } from '../compiler/cases.ts';

const SNAPSHOTS = join(import.meta.dirname, 'dis-snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1' || process.argv.includes('--update');
const NAMES = [
  'locals_globals', 'closures', 'class_scopes', 'comprehensions_inlined', 'comprehension_cell', 'genexp',
  'folding', 'percent_format', 'fstrings', 'calls', 'boolops_compare', 'try_except_finally', 'except_star',
  'with_stmts', 'async_stuff', 'generators', 'loops', 'match_stmt', 'unpacking', 'type_params', 'annotations',
  'imports',
];

test('disassembly matches the snapshots', () => {
  const cases = new Map(readCases('parity-snippets.txt').map(([head, src]) => [head.split(/\s+/)[0]!, src]));
  const changed: string[] = [];
  for (const name of NAMES) {
    const src = cases.get(name);
    assert.ok(src !== undefined, `no parity snippet named ${name}`);
    const text = `# Source (tests/unit/compiler/parity-snippets.txt, ${name}):\n`
      + src.replace(/\n$/, '').split('\n').map((l) => `#   ${l}`).join('\n') + '\n\n'
      + disassemble(compileModule(parseModule(src, '<snippet>'), '<snippet>', 'exec', { source: src }));
    const file = join(SNAPSHOTS, `${name}.txt`);
    if (UPDATE) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) { writeFileSync(file, text); changed.push(name); }
      continue;
    }
    assert.ok(existsSync(file), `missing snapshot ${name}.txt: run with UPDATE_SNAPSHOTS=1`);
    if (readFileSync(file, 'utf8') !== text) changed.push(name);
  }
  if (UPDATE) {
    if (changed.length > 0) console.log(`updated: ${changed.join(', ')}`);
    return;
  }
  assert.deepEqual(changed, [], 'disassembly changed: rerun with UPDATE_SNAPSHOTS=1 and review the diff');
});
