// Robustness fuzz: mutates windows of real Python sources (the local CPython 3.12 stdlib, else our
// golden snippets) by deleting, inserting, duplicating and swapping tokens and characters, with a
// fixed seed. Every variant must give an AST or a PySyntaxError, never another JS exception, within
// a time bound. On a sample, CPython 3.12 (one batched process) must accept exactly the variants we
// accept, with identical dumps, and give the same error (message and position) for >= 95% of the rest.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { astDump, parseModule, PySyntaxError } from '../../../src/parser/index.ts';
import { cpythonDumps, cpythonStdlib, ourDump } from '../../../tools/parser-parity.ts';
import { makeVariants } from './fuzz-gen.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEED = 0x5eed1234;
const VARIANTS = 4000;
const COMPARE_SAMPLE = 400;
const MAX_MS_PER_INPUT = 1000;
/** Share of sampled mutants whose dump or SyntaxError (message and position) equals CPython's. */
const MIN_EXACT = 0.95;

export const variants = makeVariants(SEED, VARIANTS);

test('parser fuzz: every mutant parses or raises PySyntaxError, in bounded time', () => {
  let accepted = 0, rejected = 0, slowest = 0;
  for (let i = 0; i < variants.length; i++) {
    const t0 = performance.now();
    try {
      parseModule(variants[i]!, '<fuzz>');
      accepted++;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) {
        assert.fail(`variant ${i} threw ${e instanceof Error ? e.stack : String(e)}\n--- source:\n${variants[i]}`);
      }
      rejected++;
    }
    const dt = performance.now() - t0;
    slowest = Math.max(slowest, dt);
    assert.ok(dt < MAX_MS_PER_INPUT, `variant ${i} took ${dt.toFixed(0)} ms`);
  }
  assert.equal(accepted + rejected, VARIANTS);
  assert.ok(accepted > 0 && rejected > 0, `accepted ${accepted}, rejected ${rejected}`);
});

const stdlib = cpythonStdlib();
test('parser fuzz: CPython 3.12 agrees on a sample of mutants', { skip: stdlib === null ? 'CPython 3.12 not installed' : false }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parser-fuzz-'));
  try {
    const sample = variants.filter((_, i) => i % Math.floor(VARIANTS / COMPARE_SAMPLE) === 0).slice(0, COMPARE_SAMPLE);
    const files = sample.map((src, i) => {
      const p = join(dir, `v${i}.py`);
      writeFileSync(p, src);
      return p;
    });
    const theirs = cpythonDumps(files);
    assert.ok(theirs !== null, 'running CPython failed');
    const acceptDiffs: string[] = [];
    const detailDiffs: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const ours = ourDump(readFileSync(files[i]!), files[i]!);
      const them = theirs[i]!;
      if (ours.startsWith('!') !== them.startsWith('!')) {
        acceptDiffs.push(`#${i} ours ${ours.slice(0, 200)}\n   cpython ${them.slice(0, 200)}\n--- source:\n${sample[i]}`);
      } else if (ours !== them) detailDiffs.push(`#${i} ours ${ours.slice(0, 300)}\n   cpython ${them.slice(0, 300)}\n--- source:\n${sample[i]}`);
    }
    assert.equal(acceptDiffs.length, 0, `accept/reject differs from CPython on ${acceptDiffs.length} of ${files.length}:\n${acceptDiffs.slice(0, 5).join('\n')}`);
    // Accepted mutants must dump identically; for rejected ones the message and position match in
    // most cases (the long tail of CPython's invalid_* rules is not all reproduced): keep >= 95%.
    const acceptedDiffs = detailDiffs.filter((d) => !d.includes('ours !'));
    assert.equal(acceptedDiffs.length, 0, `dump differs from CPython:\n${acceptedDiffs.slice(0, 3).join('\n')}`);
    const exact = (files.length - detailDiffs.length) / files.length;
    assert.ok(exact >= MIN_EXACT, `only ${(exact * 100).toFixed(1)}% identical to CPython; first differences:\n${detailDiffs.slice(0, 5).join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parser fuzz: deep nesting gives an AST or a typed error, never a JS stack overflow', () => {
  const shapes: ((n: number) => string)[] = [
    (n) => 'x = ' + 'not '.repeat(n) + '1\n',
    (n) => 'x = ' + '-'.repeat(n) + '1\n',
    (n) => 'x = ' + 'lambda: '.repeat(n) + '1\n',
    (n) => 'x = ' + 'a if b else '.repeat(n) + 'c\n',
    (n) => 'x = ' + Array(n).fill('2').join('**') + '\n',
    (n) => 'x = a' + '.a'.repeat(n) + '\n',
    (n) => 'x = 1' + '+1'.repeat(n) + '\n',
    (n) => 'x = f' + '()'.repeat(n) + '\n',
    (n) => 'x = ' + '('.repeat(n) + ')'.repeat(n) + '\n',
    (n) => 'x = ' + "f'{".repeat(n) + '1' + "}'".repeat(n) + '\n',
    (n) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(n) + 'pass\n',
  ];
  for (const shape of shapes) {
    for (const n of [100, 3000, 30000]) {
      // The indentation shape grows quadratically: 500 levels is far past the tokenizer's limit of 100.
      const src = shape(shape === shapes[shapes.length - 1] ? Math.min(n, 500) : n);
      try {
        astDump(parseModule(src, '<deep>'));
      } catch (e) {
        if (!(e instanceof PySyntaxError)) assert.fail(`${shape(1).slice(0, 20)} x${n}: ${String(e)}`);
      }
    }
  }
});
