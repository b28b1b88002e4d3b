// Interpreter frames and the per-thread data stack they live on.
// Mirrors Include/internal/pycore_frame.h (_PyInterpreterFrame) and Python/pystate.c
// (_PyThreadState_PushFrame / PopFrame, data stack chunks). Invariants: frames are laid out in heap
// words; a frame owns its code, its function, its locals dict and every non-NULL localsplus and
// value-stack slot; frames of running calls are LIFO on the data stack (generator frames live in
// their generator object instead); nothing here allocates JS objects per call.
//
// Frame (word offsets from the frame's word index):
//   0 code (owned)      3 builtins (borrowed)   6 pc (next instruction)  9 frame object (owned) or 0
//   1 func (owned)      4 locals dict or 0      7 sp (absolute word index of the first free stack slot)
//   2 globals (borrowed) 5 previous frame       8 flags                  10 generator owning it, or 0
//   11 the instruction the tracer saw last, + 1 (vm/trace.ts; 0: none) | localsplus[nlocalsplus] | value stack[stacksize]
//
// Data stack chunk: +0 previous chunk, +4 saved top of the previous chunk, frames from +8.

import { i32 } from '../heap/views.ts';
// Chunks come from the untraced allocator: CPython's data stack is arena memory, which tracemalloc does not see.
import { allocUntraced as alloc, freeUntraced as free } from '../heap/alloc.ts';
import { FRAME_HEADER_WORDS, codeLineAt } from '../objects/code.ts';
import type { Borrowed } from '../heap/ref.ts';

export const F_CODE = 0;
export const F_FUNC = 1;
export const F_GLOBALS = 2;
export const F_BUILTINS = 3;
export const F_LOCALS = 4;
export const F_PREVIOUS = 5;
export const F_PC = 6;
export const F_SP = 7;
export const F_FLAGS = 8;
export const F_FRAMEOBJ = 9;
export const F_GEN = 10;
export const F_TRACE_PREV = 11;
export { FRAME_HEADER_WORDS };

/** The frame returns to JS (the eval loop invocation that started it) instead of to its caller frame. */
export const FRAME_ENTRY = 1;
/** The frame lives in a generator object. */
export const FRAME_OWNED_BY_GEN = 2;
/**
 * A generator frame resumed by FOR_ITER inside the loop (no genSend, no JS re-entry): its yield returns
 * to the caller frame, its return or uncaught exception finishes the generator (FOR_ITER_GEN of 3.12).
 */
export const FRAME_INLINE_GEN = 4;
/**
 * An `__init__` frame pushed by CALL on a class (CPython 3.13's CALL_ALLOC_AND_ENTER_INIT): the new
 * instance waits on the caller's stack in the call's result slot; returning checks for None and pushes
 * nothing.
 */
export const FRAME_INIT = 8;

const CHUNK_BYTES = 256 * 1024;

let chunk = 0;
let top = 0;
let limit = 0;
/** A released chunk kept for reuse so that a call at a chunk boundary doesn't alloc/free each time. */
let spare = 0;

/** Resets the data stack (runtime start). */
export function dataStackInit(): void {
  chunk = top = limit = spare = 0;
  bigChunks.clear();
}

/** Frees every chunk (shutdown: no frame may be live). */
export function dataStackFini(): void {
  while (chunk !== 0) {
    const prev = i32[chunk >> 2];
    free(chunk);
    chunk = prev;
  }
  if (spare !== 0) free(spare);
  chunk = top = limit = spare = 0;
  bigChunks.clear();
}

/** Reserves a frame of `words` words; returns its byte address, or 0 when the heap is exhausted. */
export function dataStackPush(words: number): number {
  const bytes = words << 2;
  if (top + bytes <= limit && chunk !== 0) {
    const f = top;
    top += bytes;
    return f;
  }
  return pushSlow(bytes);
}

function pushSlow(bytes: number): number {
  const need = bytes + 8;
  let c: number;
  let size = CHUNK_BYTES;
  if (spare !== 0 && need <= CHUNK_BYTES) {
    c = spare;
    spare = 0;
  } else {
    if (need > size) size = (need + 0xfff) & ~0xfff;
    c = alloc(size);
    if (c === 0) return 0;
    if (size !== CHUNK_BYTES) bigChunks.set(c, size);
  }
  i32[c >> 2] = chunk;
  i32[(c >> 2) + 1] = top;
  chunk = c;
  const f = c + 8;
  top = f + bytes;
  limit = c + size;
  return f;
}

/** Releases the most recently pushed frame (at byte address f). */
export function dataStackPop(f: number): void {
  if (f === chunk + 8) {
    const c = chunk;
    const prev = i32[c >> 2];
    const savedTop = i32[(c >> 2) + 1];
    if (prev === 0) {
      top = f;
      return;
    }
    chunk = prev;
    top = savedTop;
    limit = prev + chunkSize(prev);
    if (spare === 0 && chunkSize(c) === CHUNK_BYTES) spare = c;
    else { bigChunks.delete(c); free(c); }
    return;
  }
  top = f;
}

// Chunks are CHUNK_BYTES unless a single frame needed more; the size is kept in a side map only for those.
const bigChunks = new Map<number, number>();
function chunkSize(c: number): number {
  return bigChunks.get(c) ?? CHUNK_BYTES;
}

/** Byte address of the frame's localsplus[0]. */
export function frameLocalsplus(f: number): number {
  return f + FRAME_HEADER_WORDS * 4;
}

/**
 * PyUnstable_InterpreterFrame_GetLine of a frame on the call chain: the line of the instruction it last
 * ran (the call it is in), or of its next one when that has no line.
 */
export function frameLine(f: number): number {
  const code = i32[(f >> 2) + F_CODE];
  const pc = i32[(f >> 2) + F_PC];
  const line = codeLineAt(code as Borrowed, pc > 0 ? pc - 1 : 0);
  return line < 0 ? codeLineAt(code as Borrowed, pc) : line;
}
