// BINARY_OP: the operator of one instruction on two operands the caller's stack owns, with the fast
// paths of CPython 3.12's specialized forms (BINARY_OP_ADD_INT, _ADD_FLOAT, ...) and its generic path.
// Mirrors Python/bytecodes.c's BINARY_OP family and long_true_divide's fast path. Used by the eval
// loop and by the JIT's generated code (src/jit/), so both compute exactly the same thing.
// Invariants: the operands are consumed (each decref'd, or one of them reused as the result when only
// the stack held a float: DECREF_INPUTS_AND_REUSE_FLOAT); ints of up to two 30-bit digits compute
// in JS numbers only while every value stays a safe integer, so results are exact.

import { i32, u32, f64 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { intType, intFromNumber, intBinaryExact, intFromSafeProduct, POW2 } from '../objects/int.ts';
import { floatType, floatNew, FLOAT_VALUE } from '../objects/float.ts';
import { binaryOps } from '../objects/abstract.ts';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** `a op b` for BINARY_OP's oparg (NB_*); consumes a and b; the result, or NULL with an exception set. */
export function binaryOpSteal(a: Borrowed, b: Borrowed, oparg: number): Owned | Null {
  const ta = i32[(a + 4) >> 2], tb = i32[(b + 4) >> 2];
  let r: Owned | Null = NULL;
  let done = false;
  if (ta === intType && tb === intType) {
    // Ints of up to two 30-bit digits whose value is a safe integer compute with JS numbers
    // (exactly: +, -, * are checked against 2**53, // and % go through the exact fmod).
    const sa = i32[(a + 8) >> 2], sb = i32[(b + 8) >> 2];
    if (sa >= -2 && sa <= 2 && sb >= -2 && sb <= 2) {
      let x = sa === 0 ? 0 : u32[(a + 12) >> 2] + (sa === 2 || sa === -2 ? u32[(a + 16) >> 2] * 1073741824 : 0);
      let y = sb === 0 ? 0 : u32[(b + 12) >> 2] + (sb === 2 || sb === -2 ? u32[(b + 16) >> 2] * 1073741824 : 0);
      if (sa < 0) x = -x;
      if (sb < 0) y = -y;
      const small = sa >= -1 && sa <= 1 && sb >= -1 && sb <= 1;
      const op = oparg >= 13 ? oparg - 13 : oparg;
      let z = 0;
      done = x <= MAX_SAFE && x >= -MAX_SAFE && y <= MAX_SAFE && y >= -MAX_SAFE;
      if (done) {
        switch (op) {
          case 0: z = x + y; break;
          case 10: z = x - y; break;
          case 5: z = x * y; break;
          case 2: if (y === 0) done = false; else { const m = x % y; z = (x - m) / y; if (m !== 0 && (m < 0) !== (y < 0)) z -= 1; } break;
          case 6: if (y === 0) done = false; else { z = x % y; if (z !== 0 && (z < 0) !== (y < 0)) z += y; } break;
          case 1: z = small ? x & y : bitwiseSafe(x, y, 1); break;
          case 7: z = small ? x | y : bitwiseSafe(x, y, 7); break;
          case 12: z = small ? x ^ y : bitwiseSafe(x, y, 12); break;
          // Shifts by a power of two are exact in doubles; floor rounds toward -inf as >> does.
          case 3: if (y < 0 || y > 53) done = false; else z = x * POW2[y]; break;
          case 9:
            if (y < 0) done = false;
            else if (small && y < 32) z = x >> y; // |x| < 2**30: int32 arithmetic shift
            else z = y > 60 ? (x < 0 ? -1 : 0) : Math.floor(x / POW2[y]);
            break;
          case 11: break;
          default: done = false;
        }
        if (z > MAX_SAFE || z < -MAX_SAFE) done = false;
      }
      if (op === 11) {
        // int / int of magnitudes below 2**53: one correctly rounded division (long_true_divide)
        if (done && y !== 0) r = floatNew(x / y);
        else done = false;
      } else if (done) r = intFromNumber(z + 0); // + 0 turns -0 into 0
      else if (op === 5 && x <= MAX_SAFE && x >= -MAX_SAFE && y <= MAX_SAFE && y >= -MAX_SAFE) {
        // a product past 2**53 (LCGs): exact from 30-bit halves, up to four digits
        r = intFromSafeProduct(x, y);
        done = true;
      }
    }
    if (!done && (oparg === 1 || oparg === 14)) {
      // `&` of non-negative ints one of which has at most two digits (an LCG's `& 0x7FFFFFFF` on a
      // three-digit product): only the low two digits of each matter.
      const sa = i32[(a + 8) >> 2], sb = i32[(b + 8) >> 2];
      if (sa > 0 && sb > 0 && (sa <= 2 || sb <= 2)) {
        const lo = (u32[(a + 12) >> 2] & u32[(b + 12) >> 2]) >>> 0;
        const hi = sa >= 2 && sb >= 2 ? (u32[(a + 16) >> 2] & u32[(b + 16) >> 2]) >>> 0 : 0;
        const z = lo + hi * 1073741824;
        if (z <= MAX_SAFE) { r = intFromNumber(z); done = true; }
      }
    }
    if (!done) {
      // Wider ints (or results past 2**53): the int slot directly, on digits.
      const w = intBinaryExact(a, b, oparg >= 13 ? oparg - 13 : oparg);
      if (w !== -1) { r = w; done = true; }
    }
  } else if (ta === floatType || tb === floatType) {
    // float op float, and float op int / int op float for ints of one digit (exact as doubles,
    // which is what float_add & co. convert them to).
    let x = 0, y = 0;
    done = true;
    if (ta === floatType) x = f64[(a + FLOAT_VALUE) >> 3];
    else if (ta === intType && i32[(a + 8) >> 2] >= -1 && i32[(a + 8) >> 2] <= 1) x = i32[(a + 8) >> 2] * u32[(a + 12) >> 2];
    else done = false;
    if (tb === floatType) y = f64[(b + FLOAT_VALUE) >> 3];
    else if (tb === intType && i32[(b + 8) >> 2] >= -1 && i32[(b + 8) >> 2] <= 1) y = i32[(b + 8) >> 2] * u32[(b + 12) >> 2];
    else done = false;
    let z = 0;
    if (done) {
      switch (oparg >= 13 ? oparg - 13 : oparg) {
        case 0: z = x + y; break;
        case 10: z = x - y; break;
        case 5: z = x * y; break;
        case 11: if (y === 0) done = false; else z = x / y; break;
        default: done = false;
      }
    }
    if (done) {
      // DECREF_INPUTS_AND_REUSE_FLOAT: an operand only the stack holds becomes the result.
      if (ta === floatType && i32[a >> 2] === 1) {
        f64[(a + FLOAT_VALUE) >> 3] = z;
        decref(b);
        return a as Owned;
      }
      if (tb === floatType && i32[b >> 2] === 1) {
        f64[(b + FLOAT_VALUE) >> 3] = z;
        decref(a);
        return b as Owned;
      }
      r = floatNew(z);
    }
  }
  if (!done) r = binaryOps[oparg](a, b);
  decref(a);
  decref(b);
  return r;
}

/**
 * `&` (op 1), `|` (7), `^` (12) of safe integers as two's complement: each is hi * 2**32 + lo with
 * lo in [0, 2**32) and |hi| < 2**21, and the operators act on the halves independently.
 */
function bitwiseSafe(x: number, y: number, op: number): number {
  const hx = Math.floor(x / 4294967296), hy = Math.floor(y / 4294967296);
  const lx = x - hx * 4294967296, ly = y - hy * 4294967296;
  if (op === 1) return (hx & hy) * 4294967296 + ((lx & ly) >>> 0);
  if (op === 7) return (hx | hy) * 4294967296 + ((lx | ly) >>> 0);
  return (hx ^ hy) * 4294967296 + ((lx ^ ly) >>> 0);
}
