// The control-flow graph of one code unit and the passes that turn it into a CodeUnit, in the order of
// CPython 3.12's _PyCfg_OptimizeCodeUnit: exception-handler labelling, empty-block elimination, small
// exit-block inlining, the peephole optimizations of optimize_basic_block (with swaptimize and static
// swaps), redundant pairs and NOPs, unused constants, LOAD_FAST -> LOAD_FAST_CHECK, cold-block ordering,
// line-number resolution, stack depth, jump normalization, and assembly of the exception and line
// tables. Mirrors Python/flowgraph.c and Python/assemble.c (one word per instruction here).
// Invariant: passes after eliminateEmptyBlocks may insert blocks anywhere, so no jump may name an
// empty block there (an empty block would silently mean "whatever follows").

import * as O from '../bytecode/opcodes.ts';
import type { ConstValue } from './codeunit.ts';
import { constTruthy } from './consts.ts';

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
  except: Block | null;
}

export class Block {
  instrs: Instr[] = [];
  /** The next block in emission order (fallthrough successor when the last instruction falls through). */
  next: Block | null = null;
  startDepth = -1;
  visited = false;
  isHandler = false;
  preserveLasti = false;
  cold = false;
  predecessors = 0;
  exceptStack: Block[] | null = null;
  unsafe: Uint8Array | null = null;
  index = 0;
  /** True for blocks that start at a label (compile.c USE_LABEL), false for those that start after a jump or exit. */
  labelled = false;
}

export const NO_LINE = -1;

function isJump(i: Instr): boolean {
  return i.target !== null && !(i.op === O.SETUP_FINALLY || i.op === O.SETUP_CLEANUP || i.op === O.SETUP_WITH);
}
function isBlockPush(i: Instr): boolean {
  return i.op === O.SETUP_FINALLY || i.op === O.SETUP_CLEANUP || i.op === O.SETUP_WITH;
}
function isUncondJump(op: number): boolean {
  return op === O.JUMP || op === O.JUMP_NO_INTERRUPT || op === O.JUMP_FORWARD || op === O.JUMP_BACKWARD
    || op === O.JUMP_BACKWARD_NO_INTERRUPT;
}
function isScopeExit(op: number): boolean {
  return op === O.RETURN_VALUE || op === O.RETURN_CONST || op === O.RAISE_VARARGS || op === O.RERAISE;
}
function lastInstr(b: Block): Instr | null {
  return b.instrs.length > 0 ? b.instrs[b.instrs.length - 1]! : null;
}
function hasFallthrough(b: Block): boolean {
  const last = lastInstr(b);
  if (last === null) return true;
  return !isUncondJump(last.op) && !isScopeExit(last.op);
}

function blocksOf(entry: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) out.push(b);
  return out;
}

/** Sets each instruction's handler from SETUP_* and POP_BLOCK nesting (flowgraph.c label_exception_targets). */
function labelExceptionTargets(entry: Block): void {
  const todo: Block[] = [entry];
  entry.exceptStack = [];
  entry.visited = true;
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length > 0 ? stack[stack.length - 1]! : null;
    for (const instr of b.instrs) {
      if (isBlockPush(instr)) {
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = stack.slice();
          t.visited = true;
          todo.push(t);
        }
        if (instr.op === O.SETUP_WITH || instr.op === O.SETUP_CLEANUP) t.preserveLasti = true;
        t.isHandler = true;
        stack.push(t);
        handler = t;
      } else if (instr.op === O.POP_BLOCK) {
        stack.pop();
        handler = stack.length > 0 ? stack[stack.length - 1]! : null;
      } else if (isJump(instr)) {
        instr.except = handler;
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = stack.slice();
          t.visited = true;
          todo.push(t);
        }
      } else {
        if (instr.op === O.YIELD_VALUE) instr.arg = stack.length;
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next !== null && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
    stack = [];
  }
}

/** Removes blocks never reached by flow or exceptions (their instructions are dropped). */
function eliminateUnreachable(entry: Block): void {
  const all = blocksOf(entry);
  for (const b of all) { b.visited = false; b.predecessors = 0; }
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.predecessors = 1;
  const visit = (t: Block): void => {
    t.predecessors++;
    if (!t.visited) { t.visited = true; todo.push(t); }
  };
  while (todo.length > 0) {
    const b = todo.pop()!;
    // As mark_reachable: fallthrough, jumps and SETUP_* targets count as predecessors. Handlers are
    // reached through their SETUP_*, which stay in the graph until convertPseudoOps.
    if (hasFallthrough(b) && b.next !== null) visit(b.next);
    for (const i of b.instrs) if (i.target !== null) visit(i.target);
  }
  for (const b of all) if (!b.visited) b.instrs = [];
}

/** The first non-empty block from `b` on in emission order (null when only empty blocks follow). */
function skipEmpty(b: Block | null): Block | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

/**
 * Unlinks empty blocks, redirecting jumps and handlers that name one to the first non-empty block
 * after it (flowgraph.c eliminate_empty_basic_blocks). Later passes insert blocks next to others, so
 * an empty block must never stand for "whatever comes next": that could change under them.
 */
function eliminateEmptyBlocks(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      if (i.target !== null && i.target.instrs.length === 0) {
        const t = skipEmpty(i.target);
        if (t !== null) {
          if (i.target.isHandler) t.isHandler = true;
          if (i.target.preserveLasti) t.preserveLasti = true;
          i.target = t;
        }
      }
      if (i.except !== null && i.except.instrs.length === 0) {
        const t = skipEmpty(i.except);
        if (t !== null) {
          if (i.except.preserveLasti) t.preserveLasti = true;
          t.isHandler = true;
          i.except = t;
        }
      }
    }
  }
  let prev = entry;
  for (let b: Block | null = entry.next; b !== null; b = b.next) {
    if (b.instrs.length === 0) prev.next = b.next;
    else prev = b;
  }
}

function makeNop(i: Instr): void {
  i.op = O.NOP;
  i.arg = 0;
  i.target = null;
}

/** The handful of flowgraph.c optimizations whose results are visible in co_code/co_consts. */
function optimizeBlocks(entry: Block, consts: ConstValue[], addConst: (c: ConstValue) => number): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const ins = b.instrs;
    // As optimize_basic_block: `LOAD_CONST c; COPY 1` is treated as the LOAD_CONST once more, so a
    // constant feeding `and`/`or` folds its jump (the COPY is what becomes a NOP then).
    let opcode = 0, oparg = 0;
    for (let i = 0; i < ins.length; i++) {
      const inst = ins[i]!;
      const nxt = i + 1 < ins.length ? ins[i + 1]! : null;
      if (!(opcode === O.LOAD_CONST && inst.op === O.COPY && inst.arg === 1)) { opcode = inst.op; oparg = inst.arg; }
      if (opcode === O.LOAD_CONST && nxt !== null) {
        const c = consts[oparg]!;
        switch (nxt.op) {
          case O.POP_JUMP_IF_FALSE:
          case O.POP_JUMP_IF_TRUE: {
            const jump = constTruthy(c) === (nxt.op === O.POP_JUMP_IF_TRUE);
            makeNop(inst);
            if (jump) nxt.op = O.JUMP;
            else makeNop(nxt);
            break;
          }
          case O.RETURN_VALUE: {
            makeNop(inst);
            nxt.op = O.RETURN_CONST;
            nxt.arg = oparg;
            i++;
            break;
          }
          case O.IS_OP: {
            // x is None / x is not None feeding a conditional jump -> POP_JUMP_IF_(NOT_)NONE.
            const jmp = i + 2 < ins.length ? ins[i + 2]! : null;
            if (c.kind === 'none' && jmp !== null && (jmp.op === O.POP_JUMP_IF_FALSE || jmp.op === O.POP_JUMP_IF_TRUE)) {
              const jumpIfTrue = jmp.op === O.POP_JUMP_IF_TRUE;
              const invert = nxt.arg !== 0;
              makeNop(inst);
              makeNop(nxt);
              jmp.op = jumpIfTrue !== invert ? O.POP_JUMP_IF_NONE : O.POP_JUMP_IF_NOT_NONE;
            }
            break;
          }
          default:
            break;
        }
      } else if (inst.op === O.PUSH_NULL && nxt !== null && nxt.op === O.LOAD_GLOBAL && (nxt.arg & 1) === 0) {
        makeNop(inst);
        nxt.arg |= 1;
      } else if (inst.op === O.SWAP) {
        if (inst.arg === 1) makeNop(inst);
        else {
          i = swaptimize(ins, i);
          applyStaticSwaps(ins, i);
        }
      } else if ((inst.op === O.POP_JUMP_IF_FALSE || inst.op === O.POP_JUMP_IF_TRUE || inst.op === O.POP_JUMP_IF_NONE
        || inst.op === O.POP_JUMP_IF_NOT_NONE || inst.op === O.JUMP) && inst.target !== null) {
        if (jumpThread(inst)) i--;
      } else if (inst.op === O.BUILD_TUPLE && nxt !== null && nxt.op === O.UNPACK_SEQUENCE && nxt.arg === inst.arg
        && inst.arg >= 1 && inst.arg <= 3) {
        // BUILD_TUPLE n; UNPACK_SEQUENCE n: nothing for n == 1, a SWAP for 2 and 3.
        makeNop(inst);
        if (inst.arg === 1) { makeNop(nxt); i++; } else nxt.op = O.SWAP; // the SWAP is optimized next
      } else if (inst.op === O.BUILD_TUPLE && i >= inst.arg) {
        // LOAD_CONST x n; BUILD_TUPLE n -> LOAD_CONST (x, ...) (fold_tuple_on_constants).
        const n = inst.arg;
        let ok = true;
        for (let j = i - n; j < i; j++) if (ins[j]!.op !== O.LOAD_CONST) { ok = false; break; }
        if (ok) {
          const items: ConstValue[] = [];
          for (let j = i - n; j < i; j++) { items.push(consts[ins[j]!.arg]!); makeNop(ins[j]!); }
          inst.op = O.LOAD_CONST;
          inst.arg = addConst({ kind: 'tuple', items }); // not looked at again, as in flowgraph.c
        }
      }
    }
  }
}

/** jump_thread: a jump to a block that starts with JUMP goes to that JUMP's target (same line only). */
function jumpThread(inst: Instr): boolean {
  const t = skipEmpty(inst.target);
  if (t === null) return false;
  const first = t.instrs[0]!;
  if (first.op !== O.JUMP || first.target === null) return false;
  if ((inst.lineno === first.lineno || first.lineno === -1) && inst.target !== first.target) {
    inst.target = first.target;
    return true;
  }
  return false;
}

const VISITED = -1;

/**
 * Replaces a run of SWAPs and NOPs with the fewest SWAPs that permute the stack the same way
 * (flowgraph.c swaptimize). Returns the index of the run's last instruction.
 */
function swaptimize(ins: Instr[], ix: number): number {
  let depth = ins[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len]!.op;
    if (op === O.SWAP) { depth = Math.max(depth, ins[ix + len]!.arg); more = true; }
    else if (op !== O.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let k = 0; k < depth; k++) stack.push(k);
  for (let k = 0; k < len; k++) {
    const x = ins[ix + k]!;
    if (x.op === O.SWAP) {
      const top = stack[0]!;
      stack[0] = stack[x.arg - 1]!;
      stack[x.arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let k = 0; k < depth; k++) {
    if (stack[k] === VISITED || stack[k] === k) continue;
    let j = k;
    for (;;) {
      if (j !== 0) {
        const x = ins[ix + current--]!;
        x.op = O.SWAP;
        x.arg = j + 1;
        x.target = null;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) makeNop(ins[ix + current--]!);
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === O.STORE_FAST || op === O.STORE_FAST_MAYBE_NULL || op === O.POP_TOP;
}
function storesTo(i: Instr): number {
  return i.op === O.STORE_FAST || i.op === O.STORE_FAST_MAYBE_NULL ? i.arg : -1;
}
function nextSwappable(ins: Instr[], i: number, lineno: number): number {
  while (++i < ins.length) {
    const x = ins[i]!;
    if (lineno >= 0 && x.lineno !== lineno) return -1;
    if (x.op === O.NOP) continue;
    if (swappable(x.op)) return i;
    return -1;
  }
  return -1;
}

/** SWAP n followed by stores/pops: swap the instructions instead (flowgraph.c apply_static_swaps). */
function applyStaticSwaps(ins: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = ins[i]!;
    if (swap.op !== O.SWAP) {
      if (swap.op === O.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(ins, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = ins[j]!.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(ins, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(ins[j]!), sk = storesTo(ins[k]!);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const si = storesTo(ins[idx]!);
        if (si >= 0 && (si === sj || si === sk)) return;
      }
    }
    makeNop(swap);
    const tmp = ins[j]!;
    ins[j] = ins[k]!;
    ins[k] = tmp;
  }
}

const MAX_COPY_SIZE = 4;

/**
 * A block ending in an unconditional jump to a small block that leaves the scope (return, raise)
 * gets a copy of that block instead of the jump (flowgraph.c inline_small_exit_blocks).
 */
function inlineSmallExitBlocks(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null || !isUncondJump(last.op) || last.target === null) continue;
    const t = skipEmpty(last.target);
    if (t === null || t.instrs.length > MAX_COPY_SIZE) continue;
    const tl = lastInstr(t);
    if (tl === null || !isScopeExit(tl.op)) continue;
    makeNop(last);
    for (const i of t.instrs) b.instrs.push({ ...i });
  }
}

/**
 * `LOAD_CONST x; POP_TOP` and `COPY 1; POP_TOP` become NOPs, also across a fallthrough into a block
 * without a label (one that started after a jump that has since become a NOP), as flowgraph.c
 * remove_redundant_nops_and_pairs does.
 */
function removeRedundantNopsAndPairs(entry: Block): void {
  const targets = new Set<Block>();
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) if (i.target !== null) targets.add(i.target);
  }
  let done = false;
  while (!done) {
    done = true;
    let instr: Instr | null = null;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      removeRedundantNopsIn(b);
      if (b.labelled || targets.has(b)) instr = null;
      for (const cur of b.instrs) {
        const prev: Instr | null = instr;
        instr = cur;
        if (cur.op === O.POP_TOP && prev !== null && (prev.op === O.LOAD_CONST || (prev.op === O.COPY && prev.arg === 1))) {
          makeNop(prev);
          makeNop(cur);
          done = false;
        }
      }
      if ((instr !== null && isJump(instr)) || !hasFallthrough(b)) instr = null;
    }
  }
}

/** Drops NOPs that carry no line-number information (flowgraph.c remove_redundant_nops). */
function removeRedundantNops(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) removeRedundantNopsIn(b);
}

function removeRedundantNopsIn(b: Block): void {
  {
    const src = b.instrs;
    const out: Instr[] = [];
    let prevLineno = -1;
    for (let k = 0; k < src.length; k++) {
      const instr = src[k]!;
      const lineno = instr.lineno;
      if (instr.op === O.NOP) {
        if (lineno < 0) continue;
        if (prevLineno === lineno) continue;
        if (k < src.length - 1) {
          const nextInstr = src[k + 1]!;
          if (nextInstr.lineno === lineno) continue;
          if (nextInstr.lineno < 0) {
            nextInstr.lineno = instr.lineno; nextInstr.endLineno = instr.endLineno;
            nextInstr.col = instr.col; nextInstr.endCol = instr.endCol;
            continue;
          }
        } else {
          let n = b.next;
          while (n !== null && n.instrs.length === 0) n = n.next;
          if (n !== null && lineno === n.instrs[0]!.lineno) continue;
        }
      }
      out.push(instr);
      prevLineno = lineno;
    }
    b.instrs = out;
  }
}

/** Removes `JUMP` to the block that follows anyway. */
function removeRedundantJumps(entry: Block): boolean {
  let changed = false;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null || !(last.op === O.JUMP || last.op === O.JUMP_NO_INTERRUPT)) continue;
    const n = skipEmpty(b.next);
    if (skipEmpty(last.target) === n) {
      makeNop(last);
      changed = true;
    }
  }
  return changed;
}

/** Renumbers consts to those still used; consts[0] stays (it may be the docstring). */
function removeUnusedConsts(entry: Block, consts: ConstValue[]): ConstValue[] {
  const n = consts.length;
  if (n === 0) return consts;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      if (i.op === O.LOAD_CONST || i.op === O.RETURN_CONST || i.op === O.KW_NAMES) used[i.arg] = 1;
    }
  }
  const map = new Int32Array(n);
  const out: ConstValue[] = [];
  for (let k = 0; k < n; k++) {
    if (used[k]) { map[k] = out.length; out.push(consts[k]!); }
  }
  if (out.length === n) return consts;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      if (i.op === O.LOAD_CONST || i.op === O.RETURN_CONST || i.op === O.KW_NAMES) i.arg = map[i.arg]!;
    }
  }
  return out;
}

/** LOAD_FAST of a local that may be unbound becomes LOAD_FAST_CHECK (add_checks_for_loads_of_uninitialized_variables). */
function addChecksForUninitialized(entry: Block, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    // As flowgraph.c (fast_scan_many_locals): locals past the first 64 are tracked within a block only.
    const states = new Int32Array(nlocals - 64);
    let blocknum = 0;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      blocknum++;
      for (const instr of b.instrs) {
        const arg = instr.arg;
        if (arg < 64) continue;
        switch (instr.op) {
          case O.DELETE_FAST: case O.LOAD_FAST_AND_CLEAR: case O.STORE_FAST_MAYBE_NULL:
            states[arg - 64] = blocknum - 1;
            break;
          case O.STORE_FAST:
            states[arg - 64] = blocknum;
            break;
          case O.LOAD_FAST:
            if (states[arg - 64] !== blocknum) instr.op = O.LOAD_FAST_CHECK;
            states[arg - 64] = blocknum;
            break;
          default:
            break;
        }
      }
    }
    nlocals = 64;
  }
  const all = blocksOf(entry);
  for (const b of all) { b.unsafe = null; b.visited = false; }
  const stack: Block[] = [];
  const maybePush = (b: Block, mask: Uint8Array): void => {
    if (b.unsafe === null) {
      b.unsafe = mask.slice();
      if (!b.visited) { b.visited = true; stack.push(b); }
      return;
    }
    let changed = false;
    const u = b.unsafe;
    for (let k = 0; k < nlocals; k++) if (mask[k] && !u[k]) { u[k] = 1; changed = true; }
    if (changed && !b.visited) { b.visited = true; stack.push(b); }
  };
  const start = new Uint8Array(nlocals);
  for (let k = nparams; k < nlocals; k++) start[k] = 1;
  maybePush(entry, start);
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = false;
    const mask = b.unsafe!.slice();
    for (const instr of b.instrs) {
      if (instr.except !== null) maybePush(instr.except, mask);
      if (instr.arg >= nlocals) continue;
      switch (instr.op) {
        case O.DELETE_FAST:
        case O.LOAD_FAST_AND_CLEAR:
        case O.STORE_FAST_MAYBE_NULL:
          mask[instr.arg] = 1;
          break;
        case O.STORE_FAST:
        case O.LOAD_FAST_CHECK:
          mask[instr.arg] = 0;
          break;
        case O.LOAD_FAST:
          if (mask[instr.arg]) instr.op = O.LOAD_FAST_CHECK;
          mask[instr.arg] = 0;
          break;
        default:
          break;
      }
    }
    if (b.next !== null && hasFallthrough(b)) maybePush(b.next, mask);
    const last = lastInstr(b);
    if (last !== null && isJump(last)) maybePush(last.target!, mask);
  }
}

/** Moves blocks reachable only through exceptions to the end (push_cold_blocks_to_end). */
function pushColdBlocksToEnd(entry: Block, newBlock: () => Block): void {
  if (entry.next === null) return;
  const all = blocksOf(entry);
  for (const b of all) { b.cold = true; b.visited = false; }
  const todo: Block[] = [entry];
  entry.visited = true;
  while (todo.length > 0) {
    const b = todo.pop()!;
    b.cold = false;
    if (b.next !== null && hasFallthrough(b) && !b.next.visited) { b.next.visited = true; todo.push(b.next); }
    for (const i of b.instrs) {
      if (isJump(i) && !i.target!.visited) { i.target!.visited = true; todo.push(i.target!); }
    }
  }
  // A cold block that falls through into a warm one needs an explicit jump.
  for (const b of all) {
    if (b.cold && hasFallthrough(b) && b.next !== null && !b.next.cold) {
      const jb = newBlock();
      // No handler: flowgraph.c adds this jump after exception targets were labelled.
      jb.instrs.push({ op: O.JUMP, arg: 0, target: b.next, lineno: NO_LINE, endLineno: NO_LINE, col: -1, endCol: -1, except: null });
      jb.cold = true;
      jb.next = b.next;
      b.next = jb;
    }
  }
  const warm: Block[] = [];
  const cold: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) (b.cold ? cold : warm).push(b);
  if (cold.length === 0) return;
  const order = warm.concat(cold);
  for (let k = 0; k < order.length; k++) order[k]!.next = k + 1 < order.length ? order[k + 1]! : null;
  removeRedundantJumps(entry);
}

function copyLoc(dst: Instr, src: Instr): void {
  dst.lineno = src.lineno; dst.endLineno = src.endLineno; dst.col = src.col; dst.endCol = src.endCol;
}

function isExitWithoutLineno(b: Block): boolean {
  const last = lastInstr(b);
  if (last === null || !isScopeExit(last.op)) return false;
  for (const i of b.instrs) if (i.lineno >= 0) return false;
  return true;
}

/** Gives instructions without a line the line of what runs before them (resolve_line_numbers). */
function resolveLineNumbers(entry: Block, newBlock: () => Block, firstlineno: number): void {
  // Predecessor counts are those of the last eliminateUnreachable, before cold blocks moved (as in
  // flowgraph.c, where the explicit jumps push_cold_blocks_to_end adds have none).
  // Duplicate exit blocks without line numbers that several jumps share.
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null) continue;
    if (isJump(last) && last.target !== null) {
      const t = last.target;
      if (isExitWithoutLineno(t) && t.predecessors > 1) {
        const copy = newBlock();
        copy.instrs = t.instrs.map((i) => ({ ...i }));
        for (const i of copy.instrs) copyLoc(i, last);
        // The copy goes right after its original, which never falls through (flowgraph.c
        // duplicate_exits_without_lineno); after `b` it would break b's own fallthrough.
        copy.next = t.next;
        t.next = copy;
        last.target = copy;
        t.predecessors--;
        copy.predecessors = 1;
      }
    }
  }
  // Remaining exit blocks without a line are reached by fallthrough only.
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last !== null && hasFallthrough(b) && b.next !== null && isExitWithoutLineno(b.next)) {
      copyLoc(b.next.instrs[0]!, last);
    }
  }
  // Propagate within blocks and into single-predecessor successors.
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.instrs.length === 0) continue;
    let prev: Instr | null = null;
    for (const i of b.instrs) {
      if (i.lineno < 0) { if (prev !== null) copyLoc(i, prev); } else prev = i;
    }
    if (prev === null) continue;
    if (hasFallthrough(b) && b.next !== null && b.next.predecessors === 1 && b.next.instrs.length > 0 && b.next.instrs[0]!.lineno < 0) {
      copyLoc(b.next.instrs[0]!, prev);
    }
    const last = lastInstr(b)!;
    if (isJump(last) && last.target!.predecessors === 1 && last.target!.instrs.length > 0 && last.target!.instrs[0]!.lineno < 0) {
      copyLoc(last.target!.instrs[0]!, prev);
    }
  }
  // guarantee_lineno_for_exits: a RETURN_VALUE still without a line gets the last line seen.
  let lineno = firstlineno;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null) continue;
    if (last.lineno < 0) {
      if (last.op === O.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else lineno = last.lineno;
  }
}

/** Maximum stack depth over all paths; throws when two paths reach a block at different depths. */
export function stackDepth(entry: Block, startDepth = 0): number {
  for (let b: Block | null = entry; b !== null; b = b.next) b.startDepth = -1;
  const stack: Block[] = [];
  const push = (b: Block, depth: number, from: Instr | null): void => {
    if (b.startDepth >= 0 && b.startDepth !== depth) {
      throw new Error(`compiler: inconsistent stack depth at block (${b.startDepth} vs ${depth}) after ${from === null ? 'fallthrough' : O.opcodeInfo(from.op).name}`);
    }
    if (b.startDepth < 0) { b.startDepth = depth; stack.push(b); }
  };
  push(entry, startDepth, null);
  let maxdepth = 0;
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    if (depth > maxdepth) maxdepth = depth;
    let fallsThrough = true;
    for (const instr of b.instrs) {
      const info = O.opcodeInfo(instr.op);
      const newDepth = depth + info.effect(instr.arg, false);
      if (newDepth < 0) throw new Error(`compiler: negative stack depth at ${info.name}`);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (instr.target !== null) {
        const targetDepth = depth + info.effect(instr.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target, targetDepth, instr);
      }
      depth = newDepth;
      if (isUncondJump(instr.op) || isScopeExit(instr.op)) { fallsThrough = false; break; }
    }
    if (fallsThrough && b.next !== null) push(b.next, depth, null);
  }
  return maxdepth;
}

function reversedJump(op: number): number {
  switch (op) {
    case O.POP_JUMP_IF_FALSE: return O.POP_JUMP_IF_TRUE;
    case O.POP_JUMP_IF_TRUE: return O.POP_JUMP_IF_FALSE;
    case O.POP_JUMP_IF_NONE: return O.POP_JUMP_IF_NOT_NONE;
    case O.POP_JUMP_IF_NOT_NONE: return O.POP_JUMP_IF_NONE;
    default: return -1;
  }
}

/** Turns JUMP pseudo-ops into directional jumps, and backward conditional jumps into forward ones. */
function normalizeJumps(entry: Block, newBlock: () => Block): void {
  let idx = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) b.index = idx++;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null || last.target === null) continue;
    const backward = last.target.index <= b.index;
    const rev = reversedJump(last.op);
    if (rev >= 0 && backward) {
      const jb = newBlock();
      // No handler, as in flowgraph.c normalize_jumps_in_block (the jump is made after labelling).
      jb.instrs.push({ op: O.JUMP_BACKWARD, arg: 0, target: last.target, lineno: last.lineno, endLineno: last.endLineno, col: last.col, endCol: last.endCol, except: null });
      jb.cold = b.cold;
      jb.next = b.next;
      jb.index = b.index;
      last.op = rev;
      last.target = b.next;
      b.next = jb;
    }
  }
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      if (i.target === null) continue;
      if (i.op === O.JUMP) i.op = i.target.index <= b.index ? O.JUMP_BACKWARD : O.JUMP_FORWARD;
      else if (i.op === O.JUMP_NO_INTERRUPT) i.op = i.target.index <= b.index ? O.JUMP_BACKWARD_NO_INTERRUPT : O.JUMP_FORWARD;
    }
  }
}

function convertPseudoOps(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      if (isBlockPush(i) || i.op === O.POP_BLOCK) makeNop(i);
      else if (i.op === O.STORE_FAST_MAYBE_NULL) i.op = O.STORE_FAST;
    }
  }
}

export interface AssembleInput {
  entry: Block;
  consts: ConstValue[];
  nlocals: number;
  nparams: number;
  newBlock: () => Block;
  addConst: (c: ConstValue) => number;
  /** Inserts the prefix (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR) into the entry block. */
  prefix: Instr[];
  /** True for generator/coroutine code (flowgraph.c starts their stack depth at 1). */
  generator: boolean;
  /** co_firstlineno, the line of last resort for a return without one. */
  firstlineno: number;
}

export interface AssembleOutput {
  code: Int32Array;
  consts: ConstValue[];
  stacksize: number;
  exceptiontable: Int32Array;
  lines: Int32Array;
  endLines: Int32Array;
  cols: Int32Array;
  endCols: Int32Array;
}

/** Runs the CFG passes and lays the code out. */
export function assemble(inp: AssembleInput): AssembleOutput {
  const { entry, newBlock } = inp;
  // The order of flowgraph.c's _PyCfg_OptimizeCodeUnit / optimize_cfg.
  labelExceptionTargets(entry);
  eliminateUnreachable(entry);
  eliminateEmptyBlocks(entry);
  inlineSmallExitBlocks(entry);
  optimizeBlocks(entry, inp.consts, inp.addConst);
  removeRedundantNopsAndPairs(entry);
  inlineSmallExitBlocks(entry);
  eliminateUnreachable(entry);
  removeRedundantNops(entry);
  eliminateEmptyBlocks(entry);
  removeRedundantJumps(entry);
  const consts = removeUnusedConsts(entry, inp.consts);
  addChecksForUninitialized(entry, inp.nlocals, inp.nparams);
  eliminateEmptyBlocks(entry);
  pushColdBlocksToEnd(entry, newBlock);
  resolveLineNumbers(entry, newBlock, inp.firstlineno);
  if (inp.prefix.length > 0) entry.instrs.unshift(...inp.prefix);
  // Generators start with one value on the stack (what RETURN_GENERATOR's POP_TOP removes), as in 3.12.
  const stacksize = stackDepth(entry, inp.generator ? 1 : 0);
  convertPseudoOps(entry);
  removeRedundantNops(entry);
  while (removeRedundantJumps(entry)) removeRedundantNops(entry);
  normalizeJumps(entry, newBlock);

  // Lay out: instruction indices per block.
  let n = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) { b.index = n; n += b.instrs.length; }
  const code = new Int32Array(n);
  const lines = new Int32Array(n);
  const endLines = new Int32Array(n);
  const cols = new Int32Array(n);
  const endCols = new Int32Array(n);
  const ex: number[] = [];
  let cur: Block | null = null;
  let curStart = 0;
  let k = 0;
  const flush = (end: number): void => {
    if (cur !== null && end > curStart) {
      const depth = cur.startDepth - 1 - (cur.preserveLasti ? 1 : 0);
      ex.push(curStart, end, cur.index, depth, cur.preserveLasti ? 1 : 0);
    }
  };
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      let arg = i.arg;
      if (i.target !== null) arg = firstIndex(i.target);
      if (i.op > O.MAX_REAL_OPCODE) throw new Error(`compiler: pseudo opcode ${O.opcodeInfo(i.op).name} left in output`);
      if (arg < 0 || arg > O.MAX_OPARG) throw new Error(`compiler: oparg ${arg} out of range`);
      code[k] = i.op | (arg << 8);
      lines[k] = i.lineno;
      endLines[k] = i.lineno < 0 ? -1 : i.endLineno;
      cols[k] = i.lineno < 0 ? -1 : i.col;
      endCols[k] = i.lineno < 0 ? -1 : i.endCol;
      if (i.except !== cur) {
        flush(k);
        cur = i.except;
        curStart = k;
      }
      k++;
    }
  }
  flush(k);
  return { code, consts, stacksize, exceptiontable: Int32Array.from(ex), lines, endLines, cols, endCols };
}

function firstIndex(b: Block): number {
  // A jump to an empty block lands on the next non-empty one.
  let t: Block | null = b;
  while (t !== null && t.instrs.length === 0) t = t.next;
  return t === null ? b.index : t.index;
}
