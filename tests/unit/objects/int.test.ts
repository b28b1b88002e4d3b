// int: every operator over a grid of operands, conversions, text, hashes and the small-int cache, against
// CPython 3.12 (tests/golden/numbers-*.json from tools/gen-golden-numbers.py, hash-numbers.json from
// tools/gen-golden.py); each test also checks that live mortal blocks return to where they started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, type PyRuntime } from '../../../src/api/runtime.ts';
import { NULL, type Owned } from '../../../src/heap/ref.ts';
import { incref, decref, refcnt, isImmortal } from '../../../src/heap/refcount.ts';
import { i32 } from '../../../src/heap/views.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { objectRichCompare, objectRepr, objectIsTrue } from '../../../src/objects/object.ts';
import { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from '../../../src/objects/type.ts';
import { Py_None } from '../../../src/objects/none.ts';
import { Py_True, Py_False } from '../../../src/objects/bool.ts';
import { errFetch, errOccurred } from '../../../src/objects/errors.ts';
import { strToJS } from '../../../src/objects/str.ts';
import { floatNew } from '../../../src/objects/float.ts';
import {
  smallInt, intFromNumber, intFromBigInt, intToBigInt, intAsNumber, intFromString, intToDecimalString,
  intHash, intToBaseString, intBitLength, intInvert, intToBytes, intFromBytes, intMaxStrDigits,
  intMaxStrDigitsSet, intFromDouble, intSafeValue, intAsDouble, intAdd, intMul, intNeg, intPos,
  intCompare, isInt, isIntExact, UNICODE_DECIMAL_ZEROS, unicodeIsSpace, NSMALLNEGINTS, NSMALLPOSINTS,
  intNumberSlots, intLshift, intSub, intFloorDiv, intMod, intAnd, intFromSafeProduct,
} from '../../../src/objects/int.ts';
import {
  loadGolden, decode, encodeResult, encodeHash, encodeError, binaryOp, powerOp, type BinarySlot,
} from './numbers-golden.ts';

const IMMORTAL = 4294967295;

function withRuntime(body: (rt: PyRuntime) => void, immortal = true): void {
  const rt = createRuntime({ heapSize: 1 << 26, hashSeed: 0, immortal });
  let passed = false;
  try {
    const base = rt.liveBlocks();
    body(rt);
    assert.equal(errOccurred(), NULL, 'an exception was left set');
    assert.equal(rt.liveBlocks(), base, 'live mortal blocks did not return to the baseline');
    passed = true;
  } finally {
    const report = rt.shutdown();
    // After a failed assertion the test's own objects are still alive: report that failure, not a leak.
    if (passed) {
      assert.equal(report.liveBlocks, 0, `leaked ${report.liveBlocks} blocks at shutdown`);
      if (immortal) assert.equal(report.staticBytesWritten, 0, 'the static region was written');
    }
  }
}

const ops = loadGolden('numbers-ops.json');
const conv = loadGolden('numbers-conv.json');
const text = loadGolden('numbers-text.json');

const SLOT: Record<string, BinarySlot> = {
  add: 'add', sub: 'subtract', mul: 'multiply', truediv: 'trueDivide', floordiv: 'floorDivide', mod: 'remainder',
  divmod: 'divmod', lshift: 'lshift', rshift: 'rshift', and: 'and', or: 'or', xor: 'xor',
};
const CMP_OPS = [Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE];

/** Runs every recorded binary operator; returns the mismatches (`filter` picks the operand pairs). */
function runBinaryGrid(filter: (a: string, b: string) => boolean): string[] {
  const values: string[] = ops.values;
  const objs = values.map(decode);
  const bad: string[] = [];
  for (const [op, i, j, want] of ops.binary as [string, number, number, string][]) {
    if (!filter(values[i], values[j])) continue;
    const r = op === 'pow' ? powerOp(objs[i], objs[j], Py_None) : binaryOp(SLOT[op], objs[i], objs[j]);
    const got = encodeResult(r);
    if (got !== want) bad.push(`${op}(${values[i]}, ${values[j]}): got ${got.slice(0, 200)}, want ${want.slice(0, 200)}`);
  }
  for (const [i, j, want] of ops.compare as [number, number, string][]) {
    if (!filter(values[i], values[j])) continue;
    let got = '';
    for (const op of CMP_OPS) got += encodeResult(objectRichCompare(objs[i], objs[j], op));
    if (got !== want) bad.push(`compare(${values[i]}, ${values[j]}): got ${got}, want ${want}`);
  }
  for (const o of objs) decref(o);
  return bad;
}

const isIntLike = (e: string) => e[0] === 'i' || e[0] === 'x' || e === 'T' || e === 'F';

test('int and bool operators over the operand grid match CPython', () => {
  withRuntime(() => {
    const bad = runBinaryGrid((a, b) => isIntLike(a) && isIntLike(b));
    assert.deepEqual(bad.slice(0, 20), []);
  });
});

test('the operator grid also matches with immortality off (small ints counted)', () => {
  withRuntime(() => {
    const before = refcnt(smallInt(1));
    const bad = runBinaryGrid((a, b) => isIntLike(a) && isIntLike(b));
    assert.deepEqual(bad.slice(0, 20), []);
    assert.ok(!isImmortal(smallInt(1)));
    assert.equal(refcnt(smallInt(1)), before, 'small int count changed: an incref/decref is unbalanced');
  }, false);
});

test('unary operations, conversions, repr, hash, bit_length and hex/oct/bin of ints match CPython', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const row of conv.unary as string[][]) {
      const e = row[0];
      if (!isIntLike(e)) continue;
      const o = decode(e);
      const s = intNumberSlots;
      const got = [
        e, encodeResult(s.negative(o)), encodeResult(s.positive(o)), encodeResult(s.absolute(o)),
        s.bool(o) ? 'T' : 'F', encodeResult(s.int(o)), encodeResult(s.float(o)), encodeResult(objectRepr(o)),
        encodeHash(o), encodeResult(intInvert(o)), encodeResult(intBitLength(o)),
        's' + intToBaseString(o, 16), 's' + intToBaseString(o, 8), 's' + intToBaseString(o, 2),
      ];
      decref(o);
      for (let k = 1; k < row.length; k++) {
        if (got[k] !== row[k]) bad.push(`${e} [${k}]: got ${got[k].slice(0, 100)}, want ${row[k].slice(0, 100)}`);
      }
    }
    assert.deepEqual(bad.slice(0, 20), []);
  });
});

test('int / int is correctly rounded, also for huge, halfway, subnormal and overflowing quotients', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const [a, b, want] of conv.truediv as string[][]) {
      const x = decode(a), y = decode(b);
      const got = encodeResult(binaryOp('trueDivide', x, y));
      decref(x); decref(y);
      if (got !== want) bad.push(`${a.slice(0, 40)} / ${b.slice(0, 40)}: got ${got}, want ${want}`);
    }
    assert.deepEqual(bad.slice(0, 10), []);
    assert.ok((conv.truediv as unknown[]).length > 300);
  });
});

test('float(int) rounds half to even and overflows as CPython; int(float) is exact', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const [v, want] of conv.float_of_int as string[][]) {
      const o = decode(v);
      const got = encodeResult(intNumberSlots.float(o));
      decref(o);
      if (got !== want) bad.push(`float(${v.slice(0, 40)}): got ${got}, want ${want}`);
    }
    for (const [x, want] of conv.int_of_float as string[][]) {
      const got = encodeResult(intFromDouble(decodeFloat(x)));
      if (got !== want) bad.push(`int(${x}): got ${got}, want ${want}`);
    }
    assert.deepEqual(bad, []);
  });
});

function decodeFloat(e: string): number {
  const b = e.slice(1);
  const buf = new DataView(new ArrayBuffer(8));
  buf.setUint32(0, parseInt(b.slice(0, 8), 16));
  buf.setUint32(4, parseInt(b.slice(8), 16));
  return buf.getFloat64(0);
}

test('pow(a, b) and pow(a, b, m) on ints match CPython (negative exponents, modular inverses, errors)', () => {
  withRuntime(() => {
    const bad: string[] = [];
    let n = 0;
    for (const row of conv.pow as string[][]) {
      const args = row.slice(0, -1), want = row[row.length - 1];
      if (!args.every(isIntLike)) continue;
      n++;
      const objs = args.map(decode);
      const got = encodeResult(powerOp(objs[0], objs[1], objs.length > 2 ? objs[2] : Py_None));
      for (const o of objs) decref(o);
      if (got !== want) bad.push(`pow(${args.map((a) => a.slice(0, 30)).join(', ')}): got ${got.slice(0, 80)}, want ${want.slice(0, 80)}`);
    }
    assert.deepEqual(bad.slice(0, 20), []);
    assert.ok(n > 1500);
  });
});

test('int.to_bytes and int.from_bytes match CPython', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const [v, length, order, signed, want] of conv.to_bytes as [string, number, string, boolean, string][]) {
      const o = decode(v);
      const got = encodeResult(intToBytes(o, length, order, signed));
      decref(o);
      if (got !== want) bad.push(`${v}.to_bytes(${length}, ${order}, ${signed}): got ${got}, want ${want}`);
    }
    for (const [hex, order, signed, want] of conv.from_bytes as [string, string, boolean, string][]) {
      const got = encodeResult(intFromBytes(Buffer.from(hex, 'hex'), order, signed));
      if (got !== want) bad.push(`from_bytes(${hex}, ${order}, ${signed}): got ${got}, want ${want}`);
    }
    assert.deepEqual(bad, []);
  });
});

test('int(str, base) matches CPython: prefixes, underscores, white space, Unicode digits, errors', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const [s, base, want] of text.int as [string, number, string][]) {
      const got = encodeResult(intFromString(s, base));
      if (got !== want) bad.push(`int(${JSON.stringify(s).slice(0, 60)}, ${base}): got ${got.slice(0, 120)}, want ${want.slice(0, 120)}`);
    }
    assert.deepEqual(bad.slice(0, 20), []);
  });
});

function buildSpec(spec: string | [string, string, string, number, string]): string {
  return typeof spec === 'string' ? spec : spec[1] + spec[2].repeat(spec[3]) + spec[4];
}

test('the 4300-digit limit of int <-> str conversions (3.12) and sys.set_int_max_str_digits', () => {
  withRuntime(() => {
    assert.equal(intMaxStrDigits(), 4300);
    const bad: string[] = [];
    for (const [spec, base, want] of text.int_limit as [string | [string, string, string, number, string], number, string][]) {
      const r = intFromString(buildSpec(spec), base);
      let got: string;
      if (r === NULL) got = encodeError();
      else { got = encodeHash(r); decref(r); }
      if (got !== want) bad.push(`int(${JSON.stringify(spec)}, ${base}): got ${got.slice(0, 150)}, want ${want.slice(0, 150)}`);
    }
    for (const [v, want] of text.str_limit as string[][]) {
      const o = decode(v);
      const s = intToDecimalString(o);
      decref(o);
      const got = s === null ? encodeError() : `(i${s.length},s${s.slice(0, 30)},s${s.slice(-30)})`;
      if (got !== want) bad.push(`str(${v.slice(0, 30)}): got ${got.slice(0, 150)}, want ${want.slice(0, 150)}`);
    }
    assert.deepEqual(bad, []);
    // 0 disables the limit; it is restored for the next runtime too.
    intMaxStrDigitsSet(0);
    const big = intFromBigInt(10n ** 5000n) as Owned;
    assert.equal(intToDecimalString(big)?.length, 5001);
    decref(big);
    const parsed = intFromString('7'.repeat(6000), 10) as Owned;
    assert.equal(intToBigInt(parsed), BigInt('7'.repeat(6000)));
    decref(parsed);
    intMaxStrDigitsSet(4300);
  });
});

test('the Unicode tables (decimal digits, white space) equal CPython 3.12 unicodedata', () => {
  assert.deepEqual([...UNICODE_DECIMAL_ZEROS], text.unicode_decimal_zeros);
  const spaces: number[] = [];
  for (let c = 0; c < 0x110000; c++) if (unicodeIsSpace(c)) spaces.push(c);
  assert.deepEqual(spaces, text.unicode_spaces);
});

test('hash(int) matches CPython bit for bit (hash-numbers.json)', () => {
  withRuntime(() => {
    const golden = loadGolden('hash-numbers.json');
    const bad: string[] = [];
    for (const [dec, want] of golden.int as [string, string][]) {
      const o = intFromBigInt(BigInt(dec)) as Owned;
      const lo = intHash(o);
      const got = h64ToString(lo, H64[1]);
      decref(o);
      if (got !== want) bad.push(`hash(${dec.slice(0, 40)}): got ${got}, want ${want}`);
    }
    assert.deepEqual(bad.slice(0, 10), []);
    assert.ok((golden.int as unknown[]).length > 1000);
  });
});

test('small ints -5..256 are contiguous static immortals; 257 and -6 are mortal', () => {
  withRuntime((rt) => {
    assert.equal(NSMALLNEGINTS + NSMALLPOSINTS, 262);
    for (let v = -5; v <= 256; v++) {
      const o = smallInt(v);
      if (v < 256) assert.equal(smallInt(v + 1) - o, 16);
      assert.equal(refcnt(o), IMMORTAL);
      assert.equal(intToBigInt(o), BigInt(v));
      const n = intFromNumber(v) as Owned;
      assert.equal(n, o, `intFromNumber(${v}) is the cached object`);
      decref(n);
    }
    const five = smallInt(5);
    incref(five); incref(five); decref(five);
    assert.equal(refcnt(five), IMMORTAL);
    assert.equal(rt.refcount(five), 4294967295);
    const before = rt.liveBlocks();
    for (const v of [257, -6, 2 ** 40, -(2 ** 52)]) {
      const o = intFromNumber(v) as Owned;
      assert.equal(refcnt(o), 1);
      assert.ok(!isImmortal(o));
      assert.equal(rt.liveBlocks(), before + 1);
      decref(o);
      assert.equal(rt.liveBlocks(), before);
    }
    // Arithmetic landing in the cache returns the cached object.
    const a = intFromNumber(1000) as Owned, b = intFromNumber(-900) as Owned;
    const s = intAdd(a, b) as Owned;
    assert.equal(s, smallInt(100));
    decref(s); decref(a); decref(b);
    // big results that come back to small values too
    const big = intFromBigInt(2n ** 100n) as Owned, nbig = intNeg(big) as Owned;
    const zero = intAdd(big, nbig) as Owned;
    assert.equal(zero, smallInt(0));
    decref(zero); decref(nbig); decref(big);
  });
});

test('with immortality off the small ints are counted like ordinary objects', () => {
  withRuntime(() => {
    const o = smallInt(7);
    assert.ok(!isImmortal(o));
    const c = refcnt(o);
    const n = intFromNumber(7) as Owned;
    assert.equal(n, o);
    assert.equal(refcnt(o), c + 1);
    decref(n);
    assert.equal(refcnt(o), c);
  }, false);
});

test('layout: ob_size carries the sign and the digit count, digits are 30 bits', () => {
  withRuntime(() => {
    const cases: [bigint, number][] = [[0n, 0], [1n, 1], [-1n, -1], [2n ** 30n - 1n, 1], [2n ** 30n, 2],
      [-(2n ** 60n), -3], [2n ** 90n - 1n, 3]];
    for (const [v, size] of cases) {
      const o = intFromBigInt(v) as Owned;
      assert.equal(i32[(o + 8) >> 2], size, `ob_size of ${v}`);
      const n = Math.abs(size);
      if (n > 0) assert.notEqual(i32[(o + 12 + 4 * (n - 1)) >> 2], 0, 'top digit is nonzero');
      for (let k = 0; k < n; k++) assert.ok(i32[(o + 12 + 4 * k) >> 2] >>> 0 < 2 ** 30);
      decref(o);
    }
  });
});

test('intFromNumber takes any integral double exactly; intSafeValue/intAsNumber/intAsDouble', () => {
  withRuntime(() => {
    for (const x of [1e300, -1e300, 2 ** 53, 2 ** 1023, 123456789012345680000, -(2 ** 64)]) {
      const o = intFromNumber(x) as Owned;
      assert.equal(intToBigInt(o), BigInt(x));
      assert.ok(Number.isNaN(intSafeValue(o)));
      assert.equal(intAsDouble(o), x);
      assert.equal(intAsNumber(o), -1);
      const e = encodeError();
      assert.equal(e, '!OverflowError:Python int too large to convert to C long');
      decref(o);
    }
    for (const x of [0, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 31, 123456789012]) {
      const o = intFromNumber(x) as Owned;
      assert.equal(intSafeValue(o), x);
      assert.equal(intAsNumber(o), x);
      decref(o);
    }
    assert.throws(() => intFromNumber(1.5));
    assert.throws(() => intFromNumber(NaN));
    const f = floatNew(2.5) as Owned;
    assert.equal(intAsNumber(f), -1);
    assert.equal(encodeError(), "!TypeError:'float' object cannot be interpreted as an integer");
    decref(f);
    const huge = intFromBigInt(10n ** 400n) as Owned;
    assert.equal(intAsDouble(huge), -1);
    assert.equal(encodeError(), '!OverflowError:int too large to convert to float');
    decref(huge);
  });
});

test('compare, isInt, +x of exact ints returns the same object, and bools are ints', () => {
  withRuntime(() => {
    const a = intFromBigInt(-(2n ** 100n)) as Owned, b = intFromBigInt(2n ** 100n) as Owned;
    assert.equal(intCompare(a, b), -1);
    assert.equal(intCompare(b, a), 1);
    assert.equal(intCompare(a, a), 0);
    const p = intPos(b) as Owned;
    assert.equal(p, b);
    decref(p);
    assert.ok(isInt(Py_True) && !isIntExact(Py_True) && isIntExact(a));
    const t = intPos(Py_True) as Owned;
    assert.equal(t, smallInt(1));
    decref(t);
    assert.equal(objectIsTrue(a), 1);
    assert.equal(objectIsTrue(smallInt(0)), 0);
    assert.equal(objectIsTrue(Py_False), 0);
    decref(a); decref(b);
  });
});

test('huge results are a MemoryError, not a JS crash', () => {
  withRuntime(() => {
    const one = smallInt(1), two = smallInt(2);
    const big = intFromBigInt(2n ** 64n) as Owned;
    assert.match(encodeResult(intLshift(one, big)), /^!MemoryError/);
    assert.match(encodeResult(powerOp(two, big, Py_None)), /^!MemoryError/);
    const e31 = intFromNumber(2 ** 31) as Owned;
    assert.match(encodeResult(intLshift(one, e31)), /^!MemoryError/);
    const x = intMul(big, big) as Owned;
    assert.equal(intToBigInt(x), 2n ** 128n);
    decref(x); decref(e31); decref(big);
  });
});

test('exception state stays clean and the error text is exact for division by zero', () => {
  withRuntime(() => {
    const one = smallInt(1), zero = smallInt(0);
    assert.equal(encodeResult(binaryOp('floorDivide', one, zero)), '!ZeroDivisionError:integer division or modulo by zero');
    assert.equal(encodeResult(binaryOp('remainder', one, zero)), '!ZeroDivisionError:integer modulo by zero');
    assert.equal(encodeResult(binaryOp('divmod', one, zero)), '!ZeroDivisionError:integer division or modulo by zero');
    assert.equal(encodeResult(binaryOp('trueDivide', one, zero)), '!ZeroDivisionError:division by zero');
    assert.equal(errFetch(), NULL);
    const v = intFromBigInt(-(10n ** 30n)) as Owned;
    const r = objectRepr(v) as Owned;
    assert.equal(strToJS(r), '-1000000000000000000000000000000');
    decref(r); decref(v);
  });
});

test('digit loops (add, sub, mul, division by one digit) agree with exact bigint arithmetic', () => {
  withRuntime(() => {
    // Deterministic operands around digit boundaries: all-ones digits, powers of two, random digits.
    let seed = 12345;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const randBig = (): bigint => {
      const kind = Math.floor(rnd() * 4), digits = 1 + Math.floor(rnd() * 12);
      let v: bigint;
      if (kind === 0) v = (1n << BigInt(30 * digits)) - 1n;
      else if (kind === 1) v = 1n << BigInt(Math.floor(rnd() * 30 * digits));
      else {
        v = 0n;
        for (let i = 0; i < digits; i++) v = (v << 30n) | BigInt(Math.floor(rnd() * 2 ** 30));
      }
      if (rnd() < 0.2) v += BigInt(Math.floor(rnd() * 5) - 2);
      return rnd() < 0.5 ? -v : v;
    };
    const floorDiv = (a: bigint, b: bigint) => { const q = a / b; return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q; };
    const bad: string[] = [];
    const check = (name: string, got: Owned | 0, want: bigint) => {
      if (got === NULL) { bad.push(`${name}: ${encodeError()}`); return; }
      const v = intToBigInt(got);
      if (v !== want) bad.push(`${name}: got ${v}, want ${want}`);
      if (want >= -5n && want <= 256n && got !== smallInt(Number(want))) bad.push(`${name}: not the cached small int`);
      decref(got);
    };
    for (let n = 0; n < 1500; n++) {
      const x = randBig(), y = rnd() < 0.3 ? BigInt(Math.floor(rnd() * 2 ** 30) + 1) * (rnd() < 0.5 ? -1n : 1n) : randBig();
      const a = intFromBigInt(x) as Owned, b = intFromBigInt(y) as Owned;
      check(`${x} + ${y}`, intAdd(a, b), x + y);
      check(`${x} - ${y}`, intSub(a, b), x - y);
      check(`${x} - ${x}`, intSub(a, a), 0n);
      check(`${x} * ${y}`, intMul(a, b), x * y);
      if (y !== 0n) {
        check(`${x} // ${y}`, intFloorDiv(a, b), floorDiv(x, y));
        check(`${x} % ${y}`, intMod(a, b), x - floorDiv(x, y) * y);
      }
      decref(a); decref(b);
    }
    assert.deepEqual(bad.slice(0, 10), []);
    // a big difference that lands in the small-int range is the cached object
    const p = intFromBigInt(2n ** 100n + 5n) as Owned, q = intFromBigInt(2n ** 100n) as Owned;
    const d = intSub(p, q) as Owned;
    assert.equal(d, smallInt(5));
    decref(d); decref(p); decref(q);
  });
});

test('products of safe integers past 2**53, % by powers of two, & with a one-digit mask (random, exact)', () => {
  withRuntime(() => {
    let seed = 0x9e3779b9;
    const rnd = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    // a safe integer of a random bit length, biased to the 2**30 / 2**31 / 2**53 edges
    const safe = (): number => {
      const bits = [30, 31, 52, 53][Math.floor(rnd() * 4)] - Math.floor(rnd() * 3);
      let v = Math.floor(rnd() * 2 ** Math.min(bits, 31)) * 2 ** Math.max(bits - 31, 0) + Math.floor(rnd() * 2 ** Math.max(bits - 31, 0));
      if (rnd() < 0.1) v = 2 ** bits - 1;
      v = Math.min(v, Number.MAX_SAFE_INTEGER);
      return rnd() < 0.5 ? -v : v;
    };
    const bad: string[] = [];
    const check = (name: string, got: Owned | 0, want: bigint) => {
      if (got === NULL) { bad.push(`${name}: ${encodeError()}`); return; }
      const v = intToBigInt(got);
      if (v !== want) bad.push(`${name}: got ${v}, want ${want}`);
      decref(got);
    };
    for (let n = 0; n < 4000; n++) {
      const x = safe(), y = safe();
      check(`${x} * ${y}`, intFromSafeProduct(x, y), BigInt(x) * BigInt(y));
      const big = BigInt(x) * BigInt(y) * (n % 3 === 0 ? BigInt(y) : 1n);
      const a = intFromBigInt(big) as Owned;
      for (const e of [60n, 64n, 90n, 31n]) {
        for (const m of [2n ** e, -(2n ** e)]) {
          const b = intFromBigInt(m) as Owned;
          const r = big % m;
          check(`${big} % ${m}`, intMod(a, b), r !== 0n && (r < 0n) !== (m < 0n) ? r + m : r);
          decref(b);
        }
      }
      const mask = BigInt(Math.floor(rnd() * 2 ** 30));
      const b = intFromBigInt(mask) as Owned;
      check(`${big} & ${mask}`, intAnd(a, b), big & mask);
      check(`${mask} & ${big}`, intAnd(b, a), big & mask);
      decref(a); decref(b);
    }
    assert.deepEqual(bad.slice(0, 10), []);
  });
});
