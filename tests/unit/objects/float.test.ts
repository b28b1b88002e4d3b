// float: operators with float, int and bool operands, pow (rounded as C's pow), comparisons with ints of any
// size, float(str), repr and hash, against CPython 3.12 (tests/golden/numbers-*.json from
// tools/gen-golden-numbers.py; hash-numbers.json and float-repr.json from tools/gen-golden.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, type PyRuntime } from '../../../src/api/runtime.ts';
import { NULL, type Owned } from '../../../src/heap/ref.ts';
import { decref, refcnt } from '../../../src/heap/refcount.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { hashPointer } from '../../../src/support/numhash.ts';
import { objectRichCompare, objectRepr, objectStr, objectHash } from '../../../src/objects/object.ts';
import { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE, typeNameOf } from '../../../src/objects/type.ts';
import { Py_None } from '../../../src/objects/none.ts';
import { Py_True } from '../../../src/objects/bool.ts';
import { errFetch, errOccurred } from '../../../src/objects/errors.ts';
import { exceptionArgsBorrow } from '../../../src/objects/exceptions.ts';
import { strToJS, strFromJS } from '../../../src/objects/str.ts';
import { tupleSize, tupleGetItemBorrow } from '../../../src/objects/tuple.ts';
import { intFromBigInt, intToBigInt, smallInt } from '../../../src/objects/int.ts';
import {
  floatNew, floatValue, floatFromString, floatFromInt, floatAsDouble, floatHash, floatNumberSlots, isFloat,
  isFloatExact, floatPos, floatAdd, floatPow, floatToString,
} from '../../../src/objects/float.ts';
import { floatFromBits } from '../support/golden.ts';
import {
  loadGolden, decode, encodeResult, encodeHash, encodeError, binaryOp, powerOp, bitsOf, sameOutcome, type BinarySlot,
} from './numbers-golden.ts';

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

function runGrid(): string[] {
  const values: string[] = ops.values;
  const objs = values.map(decode);
  const bad: string[] = [];
  const involvesFloat = (i: number, j: number) => values[i][0] === 'f' || values[j][0] === 'f';
  for (const [op, i, j, want] of ops.binary as [string, number, number, string][]) {
    if (!involvesFloat(i, j)) continue;
    const r = op === 'pow' ? powerOp(objs[i], objs[j], Py_None) : binaryOp(SLOT[op], objs[i], objs[j]);
    const got = encodeResult(r);
    if (!sameOutcome(got, want)) bad.push(`${op}(${values[i]}, ${values[j]}): got ${got.slice(0, 120)}, want ${want.slice(0, 120)}`);
  }
  for (const [i, j, want] of ops.compare as [number, number, string][]) {
    if (!involvesFloat(i, j)) continue;
    let got = '';
    for (const op of CMP_OPS) got += encodeResult(objectRichCompare(objs[i], objs[j], op));
    if (got !== want) bad.push(`compare(${values[i]}, ${values[j]}): got ${got}, want ${want}`);
  }
  for (const o of objs) decref(o);
  return bad;
}

test('float, int and bool operators with a float operand match CPython (signs of zeros, nan, inf, errors)', () => {
  withRuntime(() => assert.deepEqual(runGrid().slice(0, 20), []));
});

test('the float grid also matches with immortality off', () => {
  withRuntime(() => assert.deepEqual(runGrid().slice(0, 20), []), false);
});

test('float unary operations, int(), float(), repr and hash match CPython', () => {
  withRuntime(() => {
    const bad: string[] = [];
    let n = 0;
    for (const row of conv.unary as string[][]) {
      const e = row[0];
      if (e[0] !== 'f') continue;
      n++;
      const o = decode(e);
      const s = floatNumberSlots;
      const got = [
        e, encodeResult(s.negative(o)), encodeResult(s.positive(o)), encodeResult(s.absolute(o)),
        s.bool(o) ? 'T' : 'F', encodeResult(s.int(o)), encodeResult(s.float(o)), encodeResult(objectRepr(o)),
        row[8] === '' ? '' : encodeHash(o),
      ];
      decref(o);
      for (let k = 1; k < row.length; k++) {
        if (got[k] !== row[k]) bad.push(`${e} [${k}]: got ${got[k].slice(0, 100)}, want ${row[k].slice(0, 100)}`);
      }
    }
    assert.deepEqual(bad, []);
    assert.ok(n > 100);
  });
});

test('floats compare exactly with ints of any size (float_richcompare)', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const [x, w, want] of conv.compare_float_int as string[][]) {
      const a = decode(x), b = decode(w);
      let got = '', rev = '';
      for (const op of CMP_OPS) got += encodeResult(objectRichCompare(a, b, op));
      // the reflected direction goes through int's NotImplemented and float's swapped operator
      for (const op of [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE]) rev += encodeResult(objectRichCompare(b, a, op));
      decref(a); decref(b);
      if (got !== want) bad.push(`${x} ? ${w.slice(0, 40)}: got ${got}, want ${want}`);
      if (rev !== want) bad.push(`${w.slice(0, 40)} ? ${x} (reflected): got ${rev}, want ${want}`);
    }
    assert.deepEqual(bad.slice(0, 10), []);
    assert.ok((conv.compare_float_int as unknown[]).length > 1000);
  });
});

test('2**53 + 1 > float(2**53): exact comparison where a double conversion would say equal', () => {
  withRuntime(() => {
    const i = intFromBigInt(2n ** 53n + 1n) as Owned, f = floatNew(2 ** 53) as Owned;
    const gt = objectRichCompare(i, f, Py_GT) as Owned, eq = objectRichCompare(i, f, Py_EQ) as Owned;
    assert.equal(encodeResult(gt), 'T');
    assert.equal(encodeResult(eq), 'F');
    decref(i); decref(f);
  });
});

test('pow with float operands matches C pow bit for bit (special cases, overflow, 1500 random pairs)', () => {
  withRuntime(() => {
    const bad: string[] = [];
    let n = 0;
    for (const row of conv.pow as string[][]) {
      const args = row.slice(0, -1), want = row[row.length - 1];
      if (!args.some((a) => a[0] === 'f')) continue;
      n++;
      const objs = args.map(decode);
      const got = encodeResult(powerOp(objs[0], objs[1], objs.length > 2 ? objs[2] : Py_None));
      for (const o of objs) decref(o);
      if (!sameOutcome(got, want)) bad.push(`pow(${args.join(', ')}): got ${got}, want ${want}`);
    }
    assert.deepEqual(bad.slice(0, 20), []);
    assert.ok(n > 1700);
  });
});

test('int ** negative int and int ** float go through float pow; huge ints overflow the conversion', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const row of conv.pow as string[][]) {
      if (row.length !== 3 || row[0][0] === 'f' || row[1][0] === 'f') continue;
      if (!row[1].startsWith('i-') && !row[1].startsWith('x-')) continue;
      const a = decode(row[0]), b = decode(row[1]);
      const got = encodeResult(powerOp(a, b, Py_None));
      decref(a); decref(b);
      if (got !== row[2]) bad.push(`pow(${row[0].slice(0, 30)}, ${row[1].slice(0, 30)}): got ${got}, want ${row[2]}`);
    }
    assert.deepEqual(bad, []);
  });
});

test('float(str) matches CPython: white space, underscores, inf/nan spellings, Unicode digits, errors', () => {
  withRuntime(() => {
    const bad: string[] = [];
    for (const [s, want] of text.float as [string, string][]) {
      const got = encodeResult(floatFromString(s));
      if (got !== want) bad.push(`float(${JSON.stringify(s).slice(0, 60)}): got ${got.slice(0, 100)}, want ${want.slice(0, 100)}`);
    }
    assert.deepEqual(bad.slice(0, 20), []);
    assert.ok((text.float as unknown[]).length > 500);
  });
});

test('hash(float) matches CPython bit for bit and equals the hash of an equal int', () => {
  withRuntime(() => {
    const golden = loadGolden('hash-numbers.json');
    const bad: string[] = [];
    for (const [bits, want] of golden.float as [string, string][]) {
      const o = floatNew(floatFromBits(bits)) as Owned;
      const got = h64ToString(floatHash(o), H64[1]);
      decref(o);
      if (got !== want) bad.push(`hash(${bits}): got ${got}, want ${want}`);
    }
    assert.deepEqual(bad.slice(0, 10), []);
    for (const v of [0n, 1n, -1n, 2n ** 60n, -(2n ** 61n), 2n ** 1000n, -(2n ** 1023n)]) {
      const i = intFromBigInt(v) as Owned, f = floatFromInt(i) as Owned;
      assert.equal(encodeHash(i), encodeHash(f), `hash(${v}) == hash(float(${v}))`);
      decref(i); decref(f);
    }
  });
});

test('a NaN hashes by identity (3.10+): its address through _Py_HashPointer', () => {
  withRuntime(() => {
    const a = floatNew(NaN) as Owned, b = floatNew(NaN) as Owned;
    const ha = objectHash(a), hb = objectHash(b);
    assert.notEqual(ha, hb);
    assert.equal(ha, hashPointer(a));
    assert.equal(objectHash(a), ha);
    decref(a); decref(b);
  });
});

test('repr and str of floats (shortest round-trip) on the float-repr golden sample', () => {
  withRuntime(() => {
    const golden = loadGolden('float-repr.json');
    const bad: string[] = [];
    const items = golden.repr as [string, string][];
    for (let k = 0; k < items.length; k += 7) {
      const [bits, want] = items[k];
      const o = floatNew(floatFromBits(bits)) as Owned;
      const r = objectRepr(o) as Owned, s = objectStr(o) as Owned;
      if (strToJS(r) !== want || strToJS(s) !== want || floatToString(o) !== want) bad.push(`${bits}: ${strToJS(r)} vs ${want}`);
      decref(r); decref(s); decref(o);
    }
    assert.deepEqual(bad, []);
  });
});

test('OverflowError from pow carries (errno, strerror) args like PyErr_SetFromErrno', () => {
  withRuntime(() => {
    const a = floatNew(10) as Owned, b = floatNew(400) as Owned;
    assert.equal(floatPow(a, b, Py_None), NULL);
    const e = errFetch() as Owned;
    assert.equal(typeNameOf(e), 'OverflowError');
    const args = exceptionArgsBorrow(e);
    assert.equal(tupleSize(args), 2);
    assert.equal(intToBigInt(tupleGetItemBorrow(args, 0)), 34n);
    assert.equal(strToJS(tupleGetItemBorrow(args, 1)), 'Numerical result out of range');
    decref(e); decref(a); decref(b);
  });
});

test('a negative float to a fractional power gives the complex result CPython gives', () => {
  withRuntime(() => {
    const a = floatNew(-8) as Owned, b = floatNew(1 / 3) as Owned;
    // (-8.0) ** (1/3) == (1.0000000000000002+1.7320508075688772j) in CPython 3.12
    assert.equal(encodeResult(floatPow(a, b, Py_None)), 'c3ff0000000000001' + '3ffbb67ae8584caa');
    decref(a); decref(b);
  });
});

test('float objects: layout, identity of +x, subclass checks, conversions and their errors', () => {
  withRuntime((rt) => {
    const before = rt.liveBlocks();
    const f = floatNew(1.5) as Owned;
    assert.equal(rt.liveBlocks(), before + 1);
    assert.equal(refcnt(f), 1);
    assert.equal(floatValue(f), 1.5);
    assert.ok(isFloat(f) && isFloatExact(f) && !isFloat(smallInt(1)));
    const p = floatPos(f) as Owned;
    assert.equal(p, f);
    assert.equal(refcnt(f), 2);
    decref(p);
    assert.equal(floatAsDouble(f), 1.5);
    assert.equal(floatAsDouble(Py_True), 1);
    const s = strFromJS('x') as Owned;
    assert.equal(floatAsDouble(s), -1);
    assert.equal(encodeError(), '!TypeError:must be real number, not str');
    // float op str is NotImplemented (the dispatcher then raises TypeError)
    assert.equal(encodeResult(binaryOp('add', f, s)), '!U');
    const r = floatAdd(f, s) as Owned;
    assert.equal(typeNameOf(r), 'NotImplementedType');
    decref(r);
    decref(s);
    const huge = intFromBigInt(10n ** 400n) as Owned;
    assert.equal(encodeResult(floatFromInt(huge)), '!OverflowError:int too large to convert to float');
    assert.equal(encodeResult(binaryOp('add', huge, f)), '!OverflowError:int too large to convert to float');
    decref(huge);
    decref(f);
    assert.equal(rt.liveBlocks(), before);
    assert.equal(bitsOf(-0), '8000000000000000');
  });
});
