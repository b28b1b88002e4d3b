// The opcode table against CPython 3.12: every opcode we define has CPython's name and number, and its
// stack effect equals dis.stack_effect(op, oparg, jump=False/True) for a range of opargs, and its count of
// inline CACHE units is opcode._inline_cache_entries (recorded by
// tools/compiler-stack-effects.py in stack-effects.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as O from '../../../src/bytecode/opcodes.ts';

interface Rec { code: number; hasArg: boolean; caches: number; effects: [number | null, number | null, number | null][] }
const cpython: Record<string, Rec> = JSON.parse(readFileSync(join(import.meta.dirname, 'stack-effects.json'), 'utf8'));

test('opcode names and numbers are CPython 3.12\'s', () => {
  for (let op = 0; op <= O.MAX_OPCODE; op++) {
    const info = O.OPCODES[op];
    if (info === undefined) continue;
    const rec = cpython[info.name];
    assert.ok(rec !== undefined, `${info.name} is not a CPython 3.12 opcode`);
    assert.equal(rec.code, op, info.name);
    if (!info.pseudo) assert.equal(info.hasArg, rec.hasArg, `${info.name} hasArg`);
    assert.equal(info.caches, rec.caches, `${info.name} inline cache entries`);
    if (!info.pseudo) assert.equal(O.INLINE_CACHES[op], rec.caches, `${info.name} INLINE_CACHES`);
  }
  // Every non-instrumented CPython opcode is in the table.
  for (const name of Object.keys(cpython)) {
    if (!name.startsWith('INSTRUMENTED_')) assert.ok(name in O.OPMAP, `${name} missing from opcodes.ts`);
  }
});

test('stack effects equal dis.stack_effect for every shared opcode', () => {
  const bad: string[] = [];
  let checked = 0;
  for (const [name, rec] of Object.entries(cpython)) {
    const op = O.OPMAP[name];
    if (op === undefined) continue;
    for (const [arg, noJump, jump] of rec.effects) {
      const a = arg ?? 0;
      for (const [isJump, want] of [[false, noJump], [true, jump]] as const) {
        if (want === null) continue; // CPython rejects the oparg (or the pseudo opcode)
        checked++;
        const got = O.stackEffect(op, a, isJump);
        if (got !== want) bad.push(`${name}(${a}, jump=${isJump}): ours ${got}, cpython ${want}`);
      }
    }
  }
  assert.ok(checked > 1000, `only ${checked} effects checked`);
  assert.deepEqual(bad, []);
});
