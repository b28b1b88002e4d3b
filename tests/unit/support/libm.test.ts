// support/libm: the fma emulation against exact BigInt arithmetic (random and halfway cases, signed zeros,
// overflow, subnormals), the generated tables (a digest taken when they were checked equal to glibc 2.36's, bit
// for bit), and a few glibc results that differ from the correctly rounded ones. tools/libm-compare.py compares
// the functions with CPython on millions of inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  libmFma, libmPow, libmExp, libmExp2, libmLog, libmLog2, libmLog10, libmTables,
} from '../../../src/support/libm.ts';

const F = new Float64Array(1);
const B = new BigUint64Array(F.buffer);

function bitsOf(x: number): bigint {
  F[0] = x;
  return B[0];
}

/** A C99 hexadecimal float ('-0x1.8p-3', '0x0.0000000000002p-1022', 'inf', 'nan'). */
function fromHex(s: string): number {
  const m = /^(-?)(?:0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]\d+)|(inf|nan))$/.exec(s);
  assert.ok(m, s);
  const sign = m[1] === '-' ? -1 : 1;
  if (m[5] === 'inf') return sign * Infinity;
  if (m[5] === 'nan') return NaN;
  const frac = m[3] ?? '';
  let x = Number(BigInt('0x' + m[2] + frac)); // at most 53 bits: exact
  let e = Number(m[4]) - 4 * frac.length;
  while (e > 0) { x *= 2; e--; }
  while (e < 0) { x /= 2; e++; } // exact until the last step, which rounds as the literal does
  return sign * x;
}

function same(a: number, b: number): boolean {
  return Object.is(a, b) || (a !== a && b !== b);
}

/** x = m * 2^e exactly (x finite), m a signed BigInt. */
function split(x: number): [bigint, number] {
  const b = bitsOf(x);
  const ex = Number((b >> 52n) & 0x7ffn);
  let m = b & ((1n << 52n) - 1n);
  if (ex !== 0) m |= 1n << 52n;
  return [b >> 63n ? -m : m, (ex === 0 ? 1 : ex) - 1075];
}

/** fma by exact integer arithmetic and one rounding to nearest, ties to even (finite operands). */
function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = split(a), [mb, eb] = split(b), [mc, ec] = split(c);
  const e = Math.min(ea + eb, ec);
  const s = ((ma * mb) << BigInt(ea + eb - e)) + (mc << BigInt(ec - e));
  if (s === 0n) return (a * b === 0 && c === 0) ? a * b + c : 0; // exact zeros keep IEEE's sign rules
  const neg = s < 0n;
  let mag = neg ? -s : s;
  let exp = e;
  const len = mag.toString(2).length;
  const keepFrom = Math.max(len - 53 + exp, -1074); // the exponent of the last bit kept
  if (keepFrom > exp) {
    const sh = BigInt(keepFrom - exp);
    const q = mag >> sh, rem = mag - (q << sh), half = 1n << (sh - 1n);
    mag = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    exp = keepFrom;
  }
  let r = Number(mag);
  for (; exp > 0; exp--) r *= 2;
  for (; exp < 0; exp++) r /= 2;
  return neg ? -r : r;
}

// seeded xorshift, so that a failure can be repeated
let seed = 0x2545f4914f6cdd1dn;
function rand64(): bigint {
  seed ^= (seed << 13n) & 0xffffffffffffffffn;
  seed ^= seed >> 7n;
  seed ^= (seed << 17n) & 0xffffffffffffffffn;
  return seed;
}
function rand(): number {
  return Number(rand64() >> 11n) / 2 ** 53;
}
function scaled(lo: number, hi: number): number {
  return (1 + rand()) * 2 ** (lo + Math.floor(rand() * (hi - lo + 1)));
}

test('fma: hand-picked cases (results from the C library on an FMA CPU)', () => {
  const cases = [
    ['0x1.00000004p+0', '0x1.fffffff8p-1', '-0x1p+0', '-0x1p-60'],
    ['0x1.0000000000001p+0', '0x1.0000000000001p+0', '-0x1.0000000000002p+0', '0x1p-104'],
    ['0x1p-53', '0x1.0000000000001p+0', '0x1p+0', '0x1.0000000000001p+0'],
    ['-0x1p-53', '0x1.0000000000001p+0', '0x1p+0', '0x1.fffffffffffffp-1'],
    ['0x1p-54', '0x1.0000000000001p+0', '0x1p+0', '0x1p+0'],
    ['0x1.8p-1', '0x1.0000000000001p+0', '0x1p-54', '0x1.8000000000002p-1'],
    ['0x1.fffffffffffffp+1023', '0x1p+1', '-0x1.fffffffffffffp+1023', '0x1.fffffffffffffp+1023'],
    ['0x1p-600', '0x1p-500', '0x0p+0', '0x0p+0'],
    ['-0x1p-600', '0x1p-600', '0x0p+0', '-0x0p+0'],
    ['0x0.0000000000002p-1022', '0x1p-1', '0x0.0000000000001p-1022', '0x0.0000000000002p-1022'],
    ['0x1.8p+1', '0x1.5555555555555p-2', '-0x1p+0', '-0x1p-54'],
    ['0x1.999999999999ap-4', '0x1.4p+3', '-0x1p+0', '0x1p-54'],
    ['0x1.1ccf385ebc8ap+1023', '0x1.4p+3', '-0x1.1ccf385ebc8ap+1023', 'inf'],
    ['0x1.ffffffffffffep-1', '0x1.0000000000001p+0', '-0x1p+0', '-0x1p-104'],
    ['0x1p+0', '0x1p+0', '-0x1p+0', '0x0p+0'],
    ['0x0p+0', '0x1.4p+2', '-0x0p+0', '0x0p+0'],
    ['-0x0p+0', '0x1.4p+2', '-0x0p+0', '-0x0p+0'],
    ['inf', '0x0p+0', '0x1p+0', 'nan'],
    ['inf', '0x1p+1', '-inf', 'nan'],
    ['0x1p+600', '0x1p+600', '-inf', '-inf'],
    ['0x1p+1', '0x1.8p+1', 'nan', 'nan'],
    ['0x1.23456789abcdep-20', '0x1.fedcba9876543p+7', '-0x1.22f0c7c3d76cap-12', '-0x1.444ea116685e5p-22'],
  ];
  for (const [a, b, c, want] of cases) {
    const got = libmFma(fromHex(a), fromHex(b), fromHex(c));
    assert.ok(same(got, fromHex(want)), `fma(${a}, ${b}, ${c}) = ${got}, want ${want}`);
  }
});

test('fma: 60000 random and halfway cases agree with exact arithmetic', () => {
  const bad: string[] = [];
  for (let i = 0; i < 60000; i++) {
    let a: number, b: number, c: number;
    switch (i % 5) {
      case 0: { // any finite bit patterns
        const r = () => { for (;;) { F[0] = 0; B[0] = rand64(); if (Number.isFinite(F[0])) return F[0]; } };
        a = r(); b = r(); c = r();
        break;
      }
      case 1: // cancellation
        a = scaled(-50, 50); b = scaled(-50, 50); c = -a * b * (1 + (Math.floor(rand() * 17) - 8) * 2 ** -52);
        break;
      case 2: { // a*b within a tiny distance of half an ulp of c: the exact sum sits next to a midpoint
        c = scaled(-200, 200) * (rand() < 0.5 ? -1 : 1);
        const up = rand() < 0.5;
        const next = c + (up ? 1 : -1) * Math.abs(c) * 2 ** -52; // not exact at powers of 2: fine either way
        const h = (next - c) / 2;
        a = (1 + rand()) * (rand() < 0.5 ? -1 : 1);
        b = h / a;
        b += b * 2 ** -52 * (Math.floor(rand() * 3) - 1);
        break;
      }
      case 3: // far ends of the exponent range: subnormal and overflowing results
        a = scaled(-1000, 1000); b = scaled(-1000, 1000); c = (rand() - 0.5) * 2 ** (Math.floor(rand() * 2100) - 1100);
        break;
      default: // few significant bits: exact products and sums, ties
        a = Math.floor(rand() * 2 ** 27) * 2 ** (Math.floor(rand() * 40) - 20);
        b = Math.floor(rand() * 2 ** 27) * 2 ** (Math.floor(rand() * 40) - 20);
        c = -Math.floor(rand() * 2 ** 53) * 2 ** (Math.floor(rand() * 40) - 30);
    }
    const got = libmFma(a, b, c), want = exactFma(a, b, c);
    if (!same(got, want) && bad.length < 10) bad.push(`fma(${a}, ${b}, ${c}) = ${got}, want ${want}`);
  }
  assert.deepEqual(bad, []);
});

test('the tables built at first use are the ones checked equal to glibc 2.36 (digest)', () => {
  const t = libmTables();
  const h = createHash('sha256');
  for (const k of Object.keys(t).sort()) h.update(new Uint8Array(t[k].buffer));
  assert.equal(h.digest('hex'), 'edbd82abb5aaf074a2267711f9e448e96346e372039d6cccfd02a4b455198496');
  for (let i = 0; i < 128; i++) {
    const logc = t.POW_LOGC[i];
    assert.equal(logc * 2 ** 43, Math.round(logc * 2 ** 43), `pow logc ${i} has at most 43 fraction bits`);
    assert.ok(Math.abs(t.POW_LOGCTAIL[i]) <= 2 ** -44);
  }
});

test('glibc results that are not the correctly rounded ones', () => {
  const x = 2.311847734370935;
  assert.equal(libmPow(x, 0.5), fromHex('0x1.853decdb0e1e7p+0'));
  assert.notEqual(libmPow(x, 0.5), Math.sqrt(x));
  const cases: [(...a: number[]) => number, string[], string][] = [
    [libmPow, ['0x1.045c4b30c25c7p+0', '-0x1.c77cdba4907c4p+3'], '0x1.92969fc8dcd2fp-1'],
    [libmPow, ['0x1.ae0a18a9684b6p+10', '0x1p+1'], '0x1.6932f59f84fccp+21'],
    [libmPow, ['0x1.d94bf2899bdc3p+43', '-0x1p+0'], '0x1.14ef22f26229fp-44'],
    [libmPow, ['0x1.a2225aa7c6386p-762', '0x1.63fa4b4928220p-1'], '0x1.9f0f2f86fa043p-530'],
    [libmExp, ['0x1.33c788bb2ba18p+8'], '0x1.05b74204605bfp+444'],
    [libmExp, ['-0x1.2ef45071b792dp+9'], '0x1.d02c11487f3fep-875'],
    [libmExp2, ['-0x1.0e949ced9d4c7p+9'], '0x1.c9ec43c448e52p-542'],
    [libmLog, ['0x1.704cd5e91af19p+131'], '0x1.6ca9fc4608588p+6'],
    [libmLog, ['0x1.ce172364c7c40p-1'], '-0x1.a41a458d0a588p-4'],
    [libmLog2, ['0x1.729b70a942237p+0'], '0x1.11474b2a07bc7p-1'],
    [libmLog10, ['0x1.4961eb9d5d1f8p-2'], '-0x1.f86bfc5f0a15ap-2'],
  ];
  for (const [f, args, want] of cases) {
    assert.equal(f(...args.map(fromHex)), fromHex(want), `${f.name}(${args.join(', ')})`);
  }
});

test('special values follow C99 (as glibc returns them)', () => {
  assert.equal(libmPow(NaN, 0), 1);
  assert.equal(libmPow(1, NaN), 1);
  assert.ok(Number.isNaN(libmPow(-2, 0.5)));
  assert.ok(Object.is(libmPow(-0, 3), -0));
  assert.equal(libmPow(-0, -3), -Infinity);
  assert.equal(libmPow(0, -0.5), Infinity);
  assert.equal(libmPow(-1, Infinity), 1);
  assert.equal(libmPow(0.5, -Infinity), Infinity);
  assert.ok(Object.is(libmPow(-Infinity, -3), -0));
  assert.ok(Object.is(libmPow(-0.5, 1075), -0));
  assert.equal(libmPow(10, 400), Infinity);
  assert.equal(libmPow(2, -1074), 5e-324);
  assert.equal(libmExp(-Infinity), 0);
  assert.equal(libmExp(710), Infinity);
  assert.equal(libmExp(-745.2), 0);
  assert.equal(libmExp2(-1074), 5e-324);
  assert.equal(libmExp2(1024), Infinity);
  assert.equal(libmLog(0), -Infinity);
  assert.ok(Number.isNaN(libmLog(-1)));
  assert.equal(libmLog(1), 0);
  assert.equal(libmLog2(5e-324), -1074);
  assert.equal(libmLog10(1e22), 22);
  assert.equal(libmLog10(-0), -Infinity);
});
