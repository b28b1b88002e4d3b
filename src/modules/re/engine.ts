// The backtracking matcher: runs a Program (compile.ts) over a subject read straight from the heap
// (a str's code units of width 1/2/4, or a bytes object's data). Mirrors Modules/_sre/sre_lib.h
// (SRE(match) / SRE(search)) in what it accepts, not in how: it is iterative, with an explicit
// backtrack stack of 4-word records in an Int32Array (choices, undo records for registers, repeat
// states, negative look-around markers), so deep patterns and long subjects never grow the JS stack.
// Invariants: no allocation per character step; a run leaves its result in `regs` (marks, lastindex).

import { u8, u16, u32 } from '../../heap/views.ts';
import {
  type Program, OP_FAIL, OP_SUCCESS, OP_CHAR, OP_NOT_CHAR, OP_CHAR_IU, OP_NOT_CHAR_IU, OP_CHAR_IA,
  OP_NOT_CHAR_IA, OP_ANY, OP_ANY_ALL, OP_SET, OP_AT, OP_SPLIT, OP_JMP, OP_SAVE, OP_REP1, OP_RINIT,
  OP_RLOOP, OP_RINC, OP_MARK, OP_CUT, OP_LOOK_END, OP_BEHIND, OP_NEG, OP_NEG_BEHIND, OP_NEG_END, OP_REF,
  OP_REF_IU, OP_REF_IA, OP_GROUPEXISTS, K_BEGINNING, K_BEGINNING_LINE, K_BEGINNING_STRING, K_END,
  K_END_LINE, K_END_STRING, K_BOUNDARY_U, K_NON_BOUNDARY_U, K_BOUNDARY_A, REPEAT_INF, type CharSet,
} from './compile.ts';
import { uniFoldKey, asciiLower, uniIsWord, asciiIsWord } from './unicode.ts';

// Backtrack records: [kind, a, b, c].
const BT_RESTORE = 0; // a = register, b = old value
const BT_CHOICE = 1; // a = pc, b = pos
const BT_REP1_GREEDY = 2; // a = pc of the REP1, b = lowest end allowed, c = current end
const BT_REP1_LAZY = 3; // a = pc of the REP1, b = current end, c = highest end allowed
const BT_NEG = 4; // a = pc to continue at when the negated body fails, b = pos

let bt = new Int32Array(1 << 12);
let sp = 0;

/** Registers of the last run (marks, lastindex, repeat and look-around state); sized per program. */
export let regs = new Int32Array(64);

// The subject: kind 1/2/4, heap byte offset of its data, and where matching must stop (endpos).
let sKind = 1;
let sData = 0;
let sEnd = 0;
// A match may not end here (the position a search starts at after an empty match; -1: no limit).
let mustAdvanceAt = -1;

/** After an empty match at `pos`, the next match there must be non-empty (CPython's must_advance). */
export function setMustAdvance(pos: number): void {
  mustAdvanceAt = pos;
}

/** Sets the subject for the next runs: `kind` bytes per unit at heap offset `data`; `end` is endpos. */
export function engineSetSubject(kind: number, data: number, end: number): void {
  sKind = kind;
  sData = kind === 1 ? data : kind === 2 ? data >> 1 : data >> 2;
  sEnd = end;
}

function ch(i: number): number {
  return sKind === 1 ? u8[sData + i] : sKind === 2 ? u16[sData + i] : u32[sData + i];
}

function push(kind: number, a: number, b: number, c: number): void {
  if (sp + 4 > bt.length) {
    const n = new Int32Array(bt.length * 2);
    n.set(bt);
    bt = n;
  }
  bt[sp] = kind; bt[sp + 1] = a; bt[sp + 2] = b; bt[sp + 3] = c;
  sp += 4;
}

function setReg(r: number, v: number): void {
  const old = regs[r];
  if (old === v) return;
  push(BT_RESTORE, r, old, 0);
  regs[r] = v;
}

/** Drops the choice records above height h, keeping the undo records (atomic groups, look-aheads). */
function cut(h: number): void {
  let w = h;
  for (let i = h; i < sp; i += 4) {
    if (bt[i] === BT_RESTORE) {
      if (w !== i) { bt[w] = bt[i]; bt[w + 1] = bt[i + 1]; bt[w + 2] = bt[i + 2]; bt[w + 3] = bt[i + 3]; }
      w += 4;
    }
  }
  sp = w;
}

function test1(p: Program, op: number, arg: number, c: number): boolean {
  switch (op) {
    case OP_CHAR: return c === arg;
    case OP_NOT_CHAR: return c !== arg;
    case OP_CHAR_IU: return c === arg || uniFoldKey(c) === arg;
    case OP_NOT_CHAR_IU: return c !== arg && uniFoldKey(c) !== arg;
    case OP_CHAR_IA: return asciiLower(c) === arg;
    case OP_NOT_CHAR_IA: return asciiLower(c) !== arg;
    case OP_ANY: return c !== 10;
    case OP_ANY_ALL: return true;
    default: return p.sets[arg].test(c);
  }
}

/** The first index in [i, limit) whose character is not in `set` (limit if none). */
function setRun(set: CharSet, i: number, limit: number): number {
  const low = set.low;
  if (sKind === 1) {
    const b = sData;
    while (i < limit && low[u8[b + i]] === 1) i++;
    return i;
  }
  while (i < limit) {
    const c = ch(i);
    if (c < 256 ? low[c] === 0 : !set.test(c)) break;
    i++;
  }
  return i;
}

/** The first index in [i, end) whose character is in `set` (end if none). */
function setSkip(set: CharSet, i: number, end: number): number {
  const low = set.low;
  if (sKind === 1) {
    const b = sData;
    while (i < end && low[u8[b + i]] === 0) i++;
    return i;
  }
  while (i < end) {
    const c = ch(i);
    if (c < 256 ? low[c] === 1 : set.test(c)) break;
    i++;
  }
  return i;
}

function isWordAt(i: number, uni: boolean): boolean {
  const c = ch(i);
  return uni ? uniIsWord(c) : asciiIsWord(c);
}

function atTest(kind: number, pos: number): boolean {
  const end = sEnd;
  switch (kind) {
    case K_BEGINNING: case K_BEGINNING_STRING: return pos === 0;
    case K_BEGINNING_LINE: return pos === 0 || ch(pos - 1) === 10;
    case K_END: return pos === end || (pos + 1 === end && ch(pos) === 10);
    case K_END_LINE: return pos === end || ch(pos) === 10;
    case K_END_STRING: return pos === end;
    default: {
      if (pos === 0 && pos === end) return false;
      const uni = kind === K_BOUNDARY_U || kind === K_NON_BOUNDARY_U;
      const before = pos > 0 && isWordAt(pos - 1, uni);
      const after = pos < end && isWordAt(pos, uni);
      return (kind === K_BOUNDARY_U || kind === K_BOUNDARY_A) ? before !== after : before === after;
    }
  }
}

/**
 * Tries to match `p` at `start` (the subject must be set). fullmatch: the match must end at endpos.
 * On success the marks are in regs[0 .. 2*groups-1] (-1: unset) and regs[2*groups] is lastindex.
 */
export function engineMatchAt(p: Program, start: number, fullmatch: boolean): boolean {
  const code = p.code;
  const end = sEnd;
  const nmarks = 2 * p.groups;
  for (let i = 0; i <= nmarks; i++) regs[i] = -1;
  sp = 0;
  let pc = 0, pos = start;
  let failing = false;
  for (;;) {
    if (failing) {
      failing = false;
      let resumed = false;
      while (sp > 0) {
        sp -= 4;
        const kind = bt[sp];
        if (kind === BT_RESTORE) { regs[bt[sp + 1]] = bt[sp + 2]; continue; }
        if (kind === BT_CHOICE) { pc = bt[sp + 1]; pos = bt[sp + 2]; resumed = true; break; }
        if (kind === BT_REP1_GREEDY) {
          const at = bt[sp + 1], lowest = bt[sp + 2];
          let cur = bt[sp + 3] - 1;
          const next = at + 6;
          // A literal that must follow (past group marks, which match nothing): skip ends before others.
          let look = next;
          while (code[look] === OP_SAVE) look += 2;
          if (code[look] === OP_CHAR) {
            const lit = code[look + 1];
            while (cur >= lowest && (cur >= end || ch(cur) !== lit)) cur--;
          }
          if (cur < lowest) continue;
          bt[sp + 3] = cur;
          sp += 4;
          pc = next; pos = cur; resumed = true;
          break;
        }
        if (kind === BT_REP1_LAZY) {
          const at = bt[sp + 1], cur = bt[sp + 2];
          if (cur >= bt[sp + 3] || !test1(p, code[at + 4], code[at + 5], ch(cur))) continue;
          bt[sp + 2] = cur + 1;
          sp += 4;
          pc = at + 6; pos = cur + 1; resumed = true;
          break;
        }
        // BT_NEG: the negated body failed, so the assertion holds.
        pc = bt[sp + 1]; pos = bt[sp + 2]; resumed = true;
        break;
      }
      if (!resumed) return false;
    }
    switch (code[pc]) {
      case OP_FAIL: failing = true; continue;
      case OP_SUCCESS:
        if ((fullmatch && pos !== end) || pos === mustAdvanceAt) { failing = true; continue; }
        return true;
      case OP_CHAR:
        if (pos < end && ch(pos) === code[pc + 1]) { pos++; pc += 2; } else failing = true;
        continue;
      case OP_NOT_CHAR: case OP_CHAR_IU: case OP_NOT_CHAR_IU: case OP_CHAR_IA: case OP_NOT_CHAR_IA:
      case OP_ANY: case OP_ANY_ALL: case OP_SET:
        if (pos < end && test1(p, code[pc], code[pc + 1], ch(pos))) { pos++; pc += 2; } else failing = true;
        continue;
      case OP_AT:
        if (atTest(code[pc + 1], pos)) pc += 2; else failing = true;
        continue;
      case OP_SPLIT:
        push(BT_CHOICE, code[pc + 2], pos, 0);
        pc = code[pc + 1];
        continue;
      case OP_JMP:
        pc = code[pc + 1];
        continue;
      case OP_SAVE: {
        const slot = code[pc + 1];
        setReg(slot, pos);
        if ((slot & 1) !== 0 && slot > 1) setReg(nmarks, slot >> 1);
        pc += 2;
        continue;
      }
      case OP_REP1: {
        const min = code[pc + 1], max = code[pc + 2], mode = code[pc + 3], op = code[pc + 4], arg = code[pc + 5];
        let limit = max === REPEAT_INF ? end : Math.min(end, pos + max);
        if (mode === 1) limit = Math.min(limit, pos + min);
        let n = pos;
        if (op === OP_CHAR) { while (n < limit && ch(n) === arg) n++; } else if (op === OP_ANY_ALL) { n = limit; } else if (op === OP_SET) {
          n = setRun(p.sets[arg], n, limit);
        } else {
          while (n < limit && test1(p, op, arg, ch(n))) n++;
        }
        if (n - pos < min) { failing = true; continue; }
        if (mode === 0) {
          if (n - pos > min) push(BT_REP1_GREEDY, pc, pos + min, n);
        } else if (mode === 1) {
          if (max > min) push(BT_REP1_LAZY, pc, n, max === REPEAT_INF ? end : Math.min(end, pos + max));
        }
        pos = n;
        pc += 6;
        continue;
      }
      case OP_RINIT: {
        const r = code[pc + 1];
        setReg(r, 0);
        setReg(r + 1, -1);
        pc += 2;
        continue;
      }
      case OP_RLOOP: {
        const r = code[pc + 1], c = regs[r];
        if (c < code[pc + 2]) { pc += 6; continue; }
        if (c < code[pc + 3] && pos !== regs[r + 1]) {
          if (code[pc + 5] === 1) { push(BT_CHOICE, code[pc + 4], pos, 0); pc += 6; } else { push(BT_CHOICE, pc + 6, pos, 0); pc = code[pc + 4]; }
          continue;
        }
        pc = code[pc + 4];
        continue;
      }
      case OP_RINC: {
        const r = code[pc + 1];
        setReg(r, regs[r] + 1);
        setReg(r + 1, pos);
        pc += 2;
        continue;
      }
      case OP_MARK: {
        const r = code[pc + 1];
        push(BT_RESTORE, r + 1, regs[r + 1], 0);
        regs[r + 1] = pos;
        push(BT_RESTORE, r, regs[r], 0);
        regs[r] = sp;
        pc += 2;
        continue;
      }
      case OP_BEHIND: {
        const r = code[pc + 1], w = code[pc + 2];
        if (pos - w < 0) { failing = true; continue; }
        push(BT_RESTORE, r + 1, regs[r + 1], 0);
        regs[r + 1] = pos;
        push(BT_RESTORE, r, regs[r], 0);
        regs[r] = sp;
        pos -= w;
        pc += 3;
        continue;
      }
      case OP_CUT:
        cut(regs[code[pc + 1]]);
        pc += 2;
        continue;
      case OP_LOOK_END: {
        const r = code[pc + 1];
        cut(regs[r]);
        pos = regs[r + 1];
        pc += 2;
        continue;
      }
      case OP_NEG: case OP_NEG_BEHIND: {
        const behind = code[pc] === OP_NEG_BEHIND;
        const r = code[pc + 1], w = behind ? code[pc + 2] : 0, cont = code[pc + (behind ? 3 : 2)];
        if (pos - w < 0) { pc = cont; continue; }
        push(BT_RESTORE, r, regs[r], 0);
        regs[r] = sp;
        push(BT_NEG, cont, pos, 0);
        pos -= w;
        pc += behind ? 4 : 3;
        continue;
      }
      case OP_NEG_END: {
        // The body matched: undo everything it did (and its marker), then fail.
        const h = regs[code[pc + 1]];
        while (sp > h) {
          sp -= 4;
          if (bt[sp] === BT_RESTORE) regs[bt[sp + 1]] = bt[sp + 2];
        }
        failing = true;
        continue;
      }
      case OP_REF: case OP_REF_IU: case OP_REF_IA: {
        const op = code[pc], g = code[pc + 1];
        const s = regs[2 * g], e = regs[2 * g + 1];
        if (s < 0 || e < 0 || e < s || pos + (e - s) > end) { failing = true; continue; }
        let ok = true;
        for (let i = 0; i < e - s; i++) {
          const a = ch(s + i), b = ch(pos + i);
          if (a === b) continue;
          if (op === OP_REF_IU ? uniFoldKey(a) !== uniFoldKey(b) : op === OP_REF_IA ? asciiLower(a) !== asciiLower(b) : true) { ok = false; break; }
        }
        if (!ok) { failing = true; continue; }
        pos += e - s;
        pc += 2;
        continue;
      }
      case OP_GROUPEXISTS: {
        const g = code[pc + 1];
        if (regs[2 * g] >= 0 && regs[2 * g + 1] >= 0) pc += 3; else pc = code[pc + 2];
        continue;
      }
      default:
        throw new Error(`re engine: bad opcode ${code[pc]} at ${pc}`);
    }
  }
}

/** Prepares the register file for `p`. */
function ensureRegs(p: Program): void {
  if (regs.length < p.nregs) regs = new Int32Array(Math.max(p.nregs, regs.length * 2));
}

/** match / fullmatch at `pos`, or search from `pos`. The subject must be set. True when found. */
export function engineRun(p: Program, pos: number, mode: 'match' | 'fullmatch' | 'search'): boolean {
  ensureRegs(p);
  if (mode !== 'search') return engineMatchAt(p, pos, mode === 'fullmatch');
  const end = sEnd;
  if (p.anchored) return engineMatchAt(p, pos, false);
  const ft = p.firstTest;
  if (ft >= 0) {
    const op = p.code[ft], arg = p.code[ft + 1];
    const skip = p.skipRun;
    const set = op === OP_SET ? p.sets[arg] : null;
    for (let i = pos; i < end; i++) {
      if (set !== null) {
        i = setSkip(set, i, end);
        if (i >= end) break;
      } else if (op === OP_CHAR ? ch(i) !== arg : !test1(p, op, arg, ch(i))) continue;
      if (engineMatchAt(p, i, false)) return true;
      // No match can start later in this run either (see Program.skipRun).
      if (skip) {
        if (set !== null) i = setRun(set, i + 1, end) - 1;
        else while (i + 1 < end && (op === OP_CHAR ? ch(i + 1) === arg : test1(p, op, arg, ch(i + 1)))) i++;
      }
    }
    return false;
  }
  for (let i = pos; i <= end; i++) {
    if (engineMatchAt(p, i, false)) return true;
  }
  return false;
}

/** Releases an oversized backtrack stack after a big match (keeps memory modest between calls). */
export function engineTrim(): void {
  if (bt.length > 1 << 20) bt = new Int32Array(1 << 12);
}
