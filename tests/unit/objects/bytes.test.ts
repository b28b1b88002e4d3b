// bytes: hash and repr parity with CPython 3.12 (PYTHONHASHSEED=0 and 12345), the static empty and
// one-byte singletons, comparison, concatenation, slicing and indexing against golden data recorded
// from CPython (tools/gen-golden.py, tools/gen-golden-text.py). Every test ends with no leaked blocks
// and an untouched static region.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, type PyRuntime } from '../../../src/api/runtime.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { decref, refcnt, isImmortal } from '../../../src/heap/refcount.ts';
import { u8 } from '../../../src/heap/views.ts';
import { allocCurrent } from '../../../src/heap/alloc.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { errFetch } from '../../../src/objects/errors.ts';
import { objectStr, objectRichCompare, objectHash } from '../../../src/objects/object.ts';
import { typeNameOf, typeOf, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from '../../../src/objects/type.ts';
import { Py_True, Py_False } from '../../../src/objects/bool.ts';
import { Py_NotImplemented } from '../../../src/objects/notimplemented.ts';
import { intFromNumber, intAsNumber } from '../../../src/objects/int.ts';
import { strFromJS, strToJS } from '../../../src/objects/str.ts';
import {
  bytesType, isBytes, isBytesExact, bytesFromUint8Array, bytesToUint8Array, bytesEmptyNew, bytesSize,
  bytesDataOffset, bytesSingle, bytesHash, bytesRepr, bytesRichCompare, bytesCompare, bytesEqual, bytesConcat,
  bytesSlice, bytesGetItem, bytesNew, bytesFinish,
} from '../../../src/objects/bytes.ts';
import { loadGolden, bytesFromHex } from '../support/golden.ts';

const IMMORTAL = 4294967295;
const hashes = loadGolden('hash-str-bytes.json');
const reprs = loadGolden('str-repr.json');
const text = loadGolden('text.json');

type Outcome = ['ok', unknown] | ['error', string, string];

function ok<T>(o: T | Null): T {
  if (o === NULL) {
    const [type, msg] = takeError();
    throw new Error(`unexpected ${type}: ${msg}`);
  }
  return o as T;
}

function takeError(): [string, string] {
  const e = errFetch();
  assert.notEqual(e, NULL, 'an exception should be set');
  const type = typeNameOf(e as Borrowed);
  const s = ok(objectStr(e as Borrowed));
  const msg = strToJS(s);
  decref(s);
  decref(e as Owned);
  return [type, msg];
}

function fromHex(hex: string): Owned {
  return ok(bytesFromUint8Array(bytesFromHex(hex)));
}

function hex(o: Borrowed): string {
  return Buffer.from(bytesToUint8Array(o)).toString('hex');
}

function withRuntime(name: string, opts: Parameters<typeof createRuntime>[0], body: (get: () => PyRuntime) => void): void {
  describe(name, () => {
    let rt: PyRuntime;
    before(() => { rt = createRuntime(opts); });
    afterEach(() => {
      assert.equal(errFetch(), NULL, 'no exception left pending');
      assert.equal(rt.liveBlocks(), rt.baselineBlocks, 'no leaked blocks');
      assert.equal(rt.counters().staticBytesWritten, 0, 'static region untouched');
    });
    after(() => {
      const report = rt.shutdown();
      assert.equal(report.liveBlocks, 0, `leaked ${report.liveBlocks} blocks`);
      assert.equal(report.staticBytesWritten, 0);
    });
    body(() => rt);
  });
}

for (const seed of [0, 12345]) {
  withRuntime(`bytes hash, PYTHONHASHSEED=${seed}`, { hashSeed: seed }, () => {
    test('hash() matches CPython and is cached; the static singletons carry it from the start', () => {
      const items = hashes[`bytes_seed${seed}`] as [string, string][];
      assert.ok(items.length > 50);
      for (const [h, want] of items) {
        const o = fromHex(h);
        assert.equal(h64ToString(bytesHash(o), H64[1]), want, `hash of b'${h}'`);
        assert.equal(h64ToString(bytesHash(o), H64[1]), want, 'cached');
        assert.equal(h64ToString(objectHash(o), H64[1]), want, 'through the type slot');
        decref(o);
      }
      // One-byte values: hash(bytes([v])) == hash(chr(v)) for v < 256 (same stored bytes).
      const strs = new Map((hashes[`str_seed${seed}`] as [number[], string][]).map(([c, h]) => [JSON.stringify(c), h]));
      let checked = 0;
      for (let v = 0; v < 256; v++) {
        const want = strs.get(JSON.stringify([v]));
        if (want === undefined) continue;
        assert.equal(h64ToString(bytesHash(bytesSingle(v)), H64[1]), want);
        checked++;
      }
      assert.ok(checked > 0);
    });
  });
}

withRuntime('bytes (PYTHONHASHSEED=0)', { hashSeed: 0 }, (get) => {
  test('repr() matches CPython', () => {
    const items = reprs.bytes as [string, string][];
    assert.ok(items.length > 300);
    for (const [h, want] of items) {
      const o = fromHex(h);
      const r = ok(bytesRepr(o));
      assert.equal(strToJS(r), want);
      decref(r);
      assert.equal(get().str(o), want, 'str(b) is repr(b)');
      decref(o);
    }
  });

  test("b'' and the 256 one-byte values are static immortals, contiguous, returned by every constructor", () => {
    const e = bytesEmptyNew();
    assert.equal(refcnt(e), IMMORTAL);
    assert.equal(refcnt(e), text.refcounts.empty_bytes);
    assert.equal(refcnt(bytesSingle(0x41)), text.refcounts.byte_x41);
    assert.equal(bytesSingle(0) - e, 24);
    for (let v = 1; v < 256; v++) assert.equal(bytesSingle(v) - bytesSingle(v - 1), 24);
    assert.ok(bytesSingle(255) < allocCurrent().staticEnd);
    for (let v = 0; v < 256; v++) {
      const o = ok(bytesFromUint8Array(Uint8Array.of(v)));
      assert.equal(o, bytesSingle(v));
      assert.ok(isImmortal(o));
      assert.equal(bytesSize(o), 1);
      assert.equal(u8[bytesDataOffset(o)], v);
      decref(o);
    }
    const e2 = ok(bytesFromUint8Array(new Uint8Array(0)));
    assert.equal(e2, e);
    decref(e2);
    const abc = fromHex('616263');
    const tries = [ok(bytesSlice(abc, 1, 2)), ok(bytesSlice(abc, 2, 1)), ok(bytesConcat(e, bytesSingle(7))), ok(bytesNew(0))];
    const n1 = ok(bytesNew(1));
    u8[bytesDataOffset(n1)] = 0x99;
    tries.push(bytesFinish(n1));
    const want = [bytesSingle(0x62), e, bytesSingle(7), e, bytesSingle(0x99)];
    tries.forEach((o, i) => { assert.equal(o, want[i], `case ${i}`); decref(o); });
    decref(abc); decref(e);
  });

  test('data is inline, followed by a NUL; round trip through Uint8Array', () => {
    for (const n of [2, 7, 8, 100, 513, 70000]) {
      const src = new Uint8Array(n);
      for (let i = 0; i < n; i++) src[i] = (i * 131 + 7) & 0xff;
      const o = ok(bytesFromUint8Array(src));
      assert.equal(bytesSize(o), n);
      assert.equal(get().typeName(o), 'bytes');
      assert.ok(isBytes(o) && isBytesExact(o) && typeOf(o) === bytesType);
      assert.deepEqual(bytesToUint8Array(o), src);
      assert.equal(u8[bytesDataOffset(o) + n], 0, 'trailing NUL');
      assert.ok(!(bytesToUint8Array(o).buffer instanceof SharedArrayBuffer), 'a copy outside the heap');
      decref(o);
    }
    const s = ok(strFromJS('ab'));
    assert.ok(!isBytes(s));
    decref(s);
  });

  test('comparison is lexicographic by unsigned byte, then by length, like CPython', () => {
    const ops = [Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE];
    const expect = (c: number, op: number) => [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    for (const [a, b, want] of text.bytes_compare as [string, string, number][]) {
      const x = fromHex(a), y = fromHex(b);
      assert.equal(Math.sign(bytesCompare(x, y)), want, `${a} vs ${b}`);
      assert.equal(bytesEqual(x, y), want === 0);
      for (const op of ops) {
        const r = ok(bytesRichCompare(x, y, op));
        assert.equal(r, expect(want, op) ? Py_True : Py_False);
        decref(r);
      }
      decref(x); decref(y);
    }
    const b = fromHex('61'), s = ok(strFromJS('a'));
    const ni = ok(bytesRichCompare(b, s, Py_EQ));
    assert.equal(ni, Py_NotImplemented);
    decref(ni);
    const eq = ok(objectRichCompare(b, s, Py_EQ));
    assert.equal(eq, Py_False, "b'a' == 'a' is False");
    decref(eq);
    assert.equal(objectRichCompare(b, s, Py_LT), NULL);
    assert.deepEqual(takeError(), text.messages.bytes_lt_str);
    decref(b); decref(s);
  });

  test('concatenation, and its TypeError', () => {
    const parts = ['', '00', '6162', 'ff'.repeat(300)];
    for (const x of parts) {
      for (const y of parts) {
        const a = fromHex(x), b = fromHex(y);
        const r = ok(bytesConcat(a, b));
        assert.equal(hex(r), x + y);
        assert.equal(u8[bytesDataOffset(r) + bytesSize(r)], 0);
        if (x === '') assert.equal(r, b);
        if (y === '') assert.equal(r, a);
        decref(r); decref(a); decref(b);
      }
    }
    const a = fromHex('61'), one = ok(intFromNumber(1));
    assert.equal(bytesConcat(a, one), NULL);
    assert.deepEqual(takeError(), text.messages.bytes_concat_int);
    decref(a); decref(one);
  });

  test('slicing clamps its bounds; the whole of an exact bytes is itself', () => {
    const src = '000102030405';
    const o = fromHex(src);
    for (let start = -1; start <= 8; start++) {
      for (let stop = -1; stop <= 8; stop++) {
        const r = ok(bytesSlice(o, start, stop));
        const s = Math.max(0, start), e = Math.min(6, stop);
        assert.equal(hex(r), s < e ? src.slice(2 * s, 2 * e) : '');
        if (s === 0 && e === 6) assert.equal(r, o);
        decref(r);
      }
    }
    decref(o);
  });

  test('b[i] is an int, with negative indices and IndexError', () => {
    for (const [h, i, want] of text.bytes_getitem as [string, number, Outcome][]) {
      const o = fromHex(h);
      const r = bytesGetItem(o, i);
      if (want[0] === 'ok') {
        assert.equal(intAsNumber(ok(r)), want[1]);
        assert.ok(isImmortal(r as Owned), 'a small int');
        decref(r as Owned);
      } else {
        assert.equal(r, NULL);
        assert.deepEqual(takeError(), [want[1], want[2]]);
      }
      decref(o);
    }
  });
});

describe('bytes with immortality off (3.11 behaviour)', () => {
  test('the singletons are counted, and nothing leaks', () => {
    const rt = createRuntime({ hashSeed: 0, immortal: false });
    const e = bytesEmptyNew();
    const c = refcnt(e);
    assert.ok(c < IMMORTAL);
    const e2 = ok(bytesFromUint8Array(new Uint8Array(0)));
    assert.equal(refcnt(e), c + 1);
    decref(e2); decref(e);
    const o = ok(bytesFromUint8Array(Uint8Array.of(1, 2, 3)));
    assert.equal(refcnt(o), 1);
    assert.equal(h64ToString(bytesHash(o), H64[1]), h64ToString(bytesHash(o), H64[1]));
    decref(o);
    assert.equal(rt.shutdown().liveBlocks, 0);
  });
});
