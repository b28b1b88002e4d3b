// Test helpers: load the JSON golden files that tools/gen-golden.py records from CPython 3.12, and decode
// the values they hold (see the encoding described at the top of that script).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIR = fileURLToPath(new URL('../../golden/', import.meta.url));

/** Parsed tests/golden/<name>. */
export function loadGolden<T = any>(name: string): T {
  return JSON.parse(readFileSync(GOLDEN_DIR + name, 'utf8')) as T;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The double whose IEEE-754 bits are the 16 hex digits `bits` (big-endian text). */
export function floatFromBits(bits: string): number {
  U32[1] = parseInt(bits.slice(0, 8), 16);
  U32[0] = parseInt(bits.slice(8), 16);
  return F64[0];
}

/** Bytes from hex text. */
export function bytesFromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Code points of a JS string (each astral pair is one code point). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) as number);
  return out;
}

/** CPython's PEP 393 storage of a str: 1, 2 or 4 bytes per code point by its largest one, little-endian. */
export function strStorage(cps: readonly number[]): Uint8Array {
  let max = 0;
  for (const c of cps) if (c > max) max = c;
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * kind);
  for (let i = 0; i < cps.length; i++) {
    for (let b = 0; b < kind; b++) out[i * kind + b] = (cps[i] >>> (8 * b)) & 0xff;
  }
  return out;
}

/** 30-bit digits (least significant first) and sign of n, as CPython's PyLong stores them. */
export function longDigits(n: bigint): { digits: Uint32Array; sign: number } {
  const sign = n < 0n ? -1 : n > 0n ? 1 : 0;
  let a = n < 0n ? -n : n;
  const ds: number[] = [];
  while (a > 0n) {
    ds.push(Number(a & 0x3fffffffn));
    a >>= 30n;
  }
  return { digits: Uint32Array.from(ds), sign };
}
