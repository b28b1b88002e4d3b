// IEEE 754 binary16 ("half", struct format 'e') to and from doubles.
// Corresponds to PyFloat_Pack2/PyFloat_Unpack2 in Objects/floatobject.c: packing rounds to nearest,
// ties to even; a value that rounds past the largest half (65504) is an overflow, NaNs become the quiet
// NaN 0x7e00 with the double's sign bit.

const F64 = new Float64Array(1);
const F64_BYTES = new Uint8Array(F64.buffer);

// Nearest integer to v (v >= 0, exact in a double), ties to the even one.
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** The 16-bit pattern of x as a half, or -1 when x is finite and too large for one. */
export function float16Pack(x: number): number {
  F64[0] = x;
  const sign = (F64_BYTES[7] & 0x80) !== 0 ? 0x8000 : 0;
  if (x !== x) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a >= 65520) return -1; // 65504 + half an ulp rounds (to even) up to 2**16
  if (a < 2 ** -14) {
    // Subnormal: a multiple of 2**-24. A result of 1024 is the pattern of the smallest normal, 2**-14.
    return sign | roundHalfEven(a * 2 ** 24);
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  // a / 2**e is in [1, 2): dividing by a power of two and removing the leading 1 are exact. A mantissa
  // that rounds up to 1024 carries into the exponent, which the addition below does by itself.
  const m = roundHalfEven((a / 2 ** e - 1) * 1024);
  return sign | (((e + 15) << 10) + m);
}

/** The double a half's 16-bit pattern holds. */
export function float16Unpack(h: number): number {
  const sign = (h & 0x8000) !== 0 ? -1 : 1;
  const e = (h >> 10) & 0x1f, m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m !== 0 ? (sign < 0 ? -NaN : NaN) : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}
