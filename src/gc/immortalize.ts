// gc.immortalize(): Immortal's run-time immortalization of the live heap, and the shutdown step that
// frees what it immortalized (docs/internals/gc.md). The idea of Cinder's "immortalize the heap" and of
// 3.12's gc.freeze, not CPython code. Invariants: a member's count word holds the immortal value until
// gcImmortalFini; members are untracked; a str member's hash is cached, so reading a member writes nothing.

import { i32 } from '../heap/views.ts';
import { GC_NEXT, GC_PREV, GC_FINALIZED, OB_TYPE, gcUntrack, gcTrack } from '../heap/header.ts';
import { rc, decref } from '../heap/refcount.ts';
import { immortalMode } from '../heap/immortal.ts';
import type { Borrowed } from '../heap/ref.ts';
import { gcState, gcCollectWithCallback, gcCollectNoFail, gcIsGC } from './gc.ts';
import { typeSlotsOf, TP_FLAGS, Py_TPFLAGS_MANAGED_DICT, MANAGED_DICT_OFFSET } from '../objects/type.ts';
import { dictMaterialize } from '../objects/dict.ts';
import { moduleOrphanDictsTake } from '../objects/module.ts';
import { errFetch } from '../objects/errors.ts';
import {
  strType, strHash, STR_STATE, SSTATE_INTERNED_MORTAL, SSTATE_INTERNED_IMMORTAL,
} from '../objects/str.ts';
import { intType } from '../objects/int.ts';
import { floatType } from '../objects/float.ts';
import { bytesType } from '../objects/bytes.ts';
import { complexType } from '../objects/complex.ts';

/** Number of generation heads walked for roots: generations 0..2 and the permanent one. */
const ROOT_LISTS = 4;
const IMMORTAL_WORD = -1; // 0xFFFFFFFF in the i32 view
/** str state bits: the interned state, static, and "owned by the intern table" (objects/str.ts keeps them). */
const ST_INTERNED = 3;
const ST_STATIC = 1 << 7;
const ST_TABLE_OWNED = 1 << 8;

function traverseOf(o: number) {
  return typeSlotsOf(i32[(o + OB_TYPE) >> 2] as Borrowed).traverse;
}

/** Objects that own no references and so may be immortalized without a traverse slot. */
function isAtomic(o: number): boolean {
  const t = i32[(o + OB_TYPE) >> 2];
  return t === strType || t === intType || t === floatType || t === bytesType || t === complexType;
}

/**
 * gc.immortalize(): a full collection, then every object still tracked and everything reachable from
 * it through traverse (containers, code objects, and exact str/int/float/bytes/complex leaves) gets the
 * immortal count, a cached hash (str), leaves the generation lists, and is remembered in
 * gcState.immortals for gcImmortalFini. Objects a type's traverse doesn't visit stay mortal.
 * With `-X immortal=0` (3.11 counting) nothing is made immortal: it collects and returns 0.
 * Returns the number of objects immortalized, or -1 with an exception set.
 */
export function gcImmortalize(): number {
  gcCollectWithCallback(2);
  if (!immortalMode() || gcState.headBlock === 0) return 0;
  const seen = new Set<number>();
  const members: number[] = [];
  const staticEnd = rc.staticEnd;
  const add = (o: number): number => {
    if (o === 0 || o < staticEnd || i32[o >> 2] < 0 || seen.has(o)) return 0;
    if (traverseOf(o) === null && !isAtomic(o)) return 0;
    seen.add(o);
    members.push(o);
    return 0;
  };
  for (let i = 0; i < ROOT_LISTS; i++) {
    const h = gcState.heads[i];
    for (let g = i32[(h + GC_NEXT) >> 2]; g !== h; g = i32[(g + GC_NEXT) >> 2]) add(g);
  }
  // Breadth-first over the referents (members grows while it is walked).
  for (let k = 0; k < members.length; k++) {
    const o = members[k];
    // An embedded managed __dict__ (objects/dict.ts) becomes a dict of its own, immortalized with its instance.
    if ((i32[(i32[(o + OB_TYPE) >> 2] + TP_FLAGS) >> 2] & Py_TPFLAGS_MANAGED_DICT) !== 0) {
      const d = i32[(o + MANAGED_DICT_OFFSET) >> 2];
      if (d !== 0) dictMaterialize(d as Borrowed);
    }
    const tr = traverseOf(o);
    if (tr !== null) tr(o as Borrowed, add as (o: Borrowed) => number, null);
  }
  for (const o of members) {
    if (i32[(o + OB_TYPE) >> 2] === strType) strHash(o as Borrowed);
    if (gcIsGC(o) && i32[(o + GC_NEXT) >> 2] !== 0) gcUntrack(o);
    i32[o >> 2] = IMMORTAL_WORD;
    gcState.immortals.push(o);
  }
  return members.length;
}

/**
 * Shutdown (after the module dicts are cleared and the mortal cycles collected): gives every
 * immortalized object back a true count and frees it. Containers get (references from other members)
 * + 1, no finalizer (FINALIZED is set: an immortal's __del__ never runs, as in CPython), tp_clear
 * breaks their cycles, and dropping the +1 frees them; a collection takes what a cycle without
 * tp_clear kept; the atomic leaves go last, when nothing refers to them any more.
 */
export function gcImmortalFini(): void {
  const ms = gcState.immortals;
  if (ms.length === 0) return;
  gcState.immortals = [];
  const index = new Map<number, number>();
  for (let i = 0; i < ms.length; i++) index.set(ms[i], i);
  // Count the references to each member held by members and by the mortal objects they keep alive
  // (made after gc.immortalize() or never immortalized: their increfs of a member were skipped).
  const counts = new Int32Array(ms.length);
  const holders: number[] = [];
  const seenHolders = new Set<number>();
  const staticEnd = rc.staticEnd;
  const count = (r: number): number => {
    const j = index.get(r);
    if (j !== undefined) counts[j]++;
    else if (r >= staticEnd && i32[r >> 2] > 0 && !seenHolders.has(r) && traverseOf(r) !== null) {
      seenHolders.add(r);
      holders.push(r);
    }
    return 0;
  };
  const containers: number[] = [], leaves: number[] = [];
  for (const o of ms) {
    const tr = traverseOf(o);
    if (tr === null) { leaves.push(o); continue; }
    containers.push(o);
    tr(o as Borrowed, count as (o: Borrowed) => number, null);
  }
  for (let k = 0; k < holders.length; k++) {
    const o = holders[k];
    traverseOf(o)!(o as Borrowed, count as (o: Borrowed) => number, null);
  }
  for (const o of containers) {
    i32[o >> 2] = counts[index.get(o)!] + 1;
    if (gcIsGC(o)) {
      i32[(o + GC_PREV) >> 2] |= GC_FINALIZED;
      gcTrack(o);
    }
  }
  for (const o of containers) {
    if (!gcIsGC(o)) continue;
    const clear = typeSlotsOf(i32[(o + OB_TYPE) >> 2] as Borrowed).clear;
    if (clear !== null && clear !== undefined) {
      clear(o as Borrowed);
      const e = errFetch();
      if (e !== 0) decref(e);
    }
  }
  for (const o of containers) decref(o as Borrowed);
  // A module freed while its dict was still shared hands the dict over (objects/module.ts); members
  // were all cleared above, so releasing it is all that is left.
  for (let round = 0; round < 8; round++) {
    const orphans = moduleOrphanDictsTake();
    for (const d of orphans) decref(d);
    if (gcCollectNoFail() === 0 && orphans.length === 0) break;
  }
  for (const o of leaves) {
    if (i32[(o + OB_TYPE) >> 2] === strType) {
      // Interned after it was immortalized: the table entry is the owner's to remove, as for a mortal one.
      const st = i32[(o + STR_STATE) >> 2];
      if ((st & ST_INTERNED) === SSTATE_INTERNED_IMMORTAL && (st & (ST_STATIC | ST_TABLE_OWNED)) === 0) {
        i32[(o + STR_STATE) >> 2] = (st & ~ST_INTERNED) | SSTATE_INTERNED_MORTAL;
      }
    }
    i32[o >> 2] = 1;
    decref(o as Borrowed);
  }
}

/** Number of objects currently immortalized at run time (tests, -X stats). */
export function gcImmortalCount(): number {
  return gcState.immortals.length;
}
