// str: hash and repr parity with CPython 3.12 (PYTHONHASHSEED=0 and 12345), PEP 393 kinds and O(1)
// indexing, JS round trips, the static singletons, interning (immortal and mortal), UTF-8 with every
// error handler, comparison, searching, slicing and join against golden data recorded from CPython
// (tools/gen-golden.py, tools/gen-golden-text.py). Every test ends with no leaked blocks and every
// runtime with an untouched static region.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, PyTuple, type PyRuntime } from '../../../src/api/runtime.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { decref, refcnt, isImmortal } from '../../../src/heap/refcount.ts';
import { u8, u16, u32 } from '../../../src/heap/views.ts';
import { allocCurrent } from '../../../src/heap/alloc.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { errFetch } from '../../../src/objects/errors.ts';
import { objectStr, objectRichCompare, objectHash } from '../../../src/objects/object.ts';
import { typeNameOf, typeOf, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from '../../../src/objects/type.ts';
import { Py_True, Py_False } from '../../../src/objects/bool.ts';
import { Py_NotImplemented } from '../../../src/objects/notimplemented.ts';
import { intFromNumber } from '../../../src/objects/int.ts';
import {
  strType, isStr, isStrExact, strFromJS, strFromJSUnits, strFromJSAs, strToJS, strEmptyNew, strInternImmortal, strIntern, strLength, strEqual,
  strHash, strKind, strIsAscii, strGetCodePoint, strDataOffset, strLatin1Char, strNewFromCodePoints, strFromLatin1,
  strConcat, strSlice, strGetItem, strRepr, strStr, strRichCompare, strCompare, strFromUTF8, strAsUTF8,
  strEncodeUTF8, strJoin, strFind, strRFind, strStartsWith, strEndsWith, strContains, strIsInterned,
  strInternState, strInternedCount, strEqualJS, SSTATE_NOT_INTERNED, SSTATE_INTERNED_MORTAL,
  SSTATE_INTERNED_IMMORTAL, SSTATE_INTERNED_IMMORTAL_STATIC,
} from '../../../src/objects/str.ts';
import { bytesToUint8Array } from '../../../src/objects/bytes.ts';
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

/** Takes the pending exception: [type name, str(exception)]. */
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

function cpsOf(o: Borrowed): number[] {
  const out: number[] = [];
  for (let i = 0; i < strLength(o); i++) out.push(strGetCodePoint(o, i));
  return out;
}

function fromCps(cps: readonly number[]): Owned {
  return ok(strNewFromCodePoints(cps));
}

function hashText(o: Borrowed): string {
  const lo = strHash(o);
  return h64ToString(lo, H64[1]);
}

/**
 * Strings interned immortal after the seal live until shutdown: tests that make some add how many
 * (counted by the table, not by the allocator) so that the per-test leak check stays exact.
 */
let permanent = 0;

/** Runs the tests of `body` in one runtime, checking for leaks after each test and at shutdown. */
function withRuntime(name: string, opts: Parameters<typeof createRuntime>[0], body: (get: () => PyRuntime) => void): void {
  describe(name, () => {
    let rt: PyRuntime;
    before(() => { rt = createRuntime(opts); permanent = 0; });
    afterEach(() => {
      assert.equal(errFetch(), NULL, 'no exception left pending');
      assert.equal(rt.liveBlocks(), rt.baselineBlocks + permanent, 'no leaked blocks');
      if (rt.immortal) assert.equal(rt.counters().staticBytesWritten, 0, 'static region untouched');
    });
    after(() => {
      const report = rt.shutdown();
      assert.equal(report.liveBlocks, 0, `leaked ${report.liveBlocks} blocks`);
      if (rt.immortal) assert.equal(report.staticBytesWritten, 0);
    });
    body(() => rt);
  });
}

for (const seed of [0, 12345]) {
  withRuntime(`str hash, PYTHONHASHSEED=${seed}`, { hashSeed: seed }, () => {
    test('hash() matches CPython for every storage kind, and is cached', () => {
      const items = hashes[`str_seed${seed}`] as [number[], string][];
      assert.ok(items.length > 300);
      for (const [cps, want] of items) {
        const o = fromCps(cps);
        assert.equal(hashText(o), want, `hash of ${JSON.stringify(cps)}`);
        assert.equal(hashText(o), want, 'cached value');
        const lo = objectHash(o);
        assert.equal(h64ToString(lo, H64[1]), want, 'through the type slot');
        decref(o);
      }
    });

    test('static singletons, static interned and run-time immortal strings carry the same hashes', () => {
      const items = hashes[`str_seed${seed}`] as [number[], string][];
      const want = new Map(items.map(([cps, h]) => [JSON.stringify(cps), h]));
      const empty = strEmptyNew();
      assert.equal(hashText(empty), '0');
      decref(empty);
      const count = strInternedCount();
      for (const [key, h] of want) {
        const cps = JSON.parse(key) as number[];
        if (cps.length === 1 && cps[0] < 256) assert.equal(hashText(strLatin1Char(cps[0])), h);
        if (!cps.some((c) => c >= 0xd800 && c < 0xe000)) {
          assert.equal(hashText(strInternImmortal(String.fromCodePoint(...cps))), h, `interned ${key}`);
        }
      }
      permanent += strInternedCount() - count;
    });
  });
}

withRuntime('str (PYTHONHASHSEED=0)', { hashSeed: 0 }, (get) => {
  test('repr() matches CPython, including surrogates stored as separate code points', () => {
    const items = reprs.str as [number[], string][];
    assert.ok(items.length > 1500);
    for (const [cps, want] of items) {
      const o = fromCps(cps);
      const r = ok(strRepr(o));
      assert.equal(strToJS(r), want, `repr of ${JSON.stringify(cps)}`);
      decref(r);
      decref(o);
    }
    assert.equal(get().repr(strLatin1Char(0x27)), '"\'"');
  });

  test('the storage kind is the smallest that holds the largest code point, as CPython chooses it', () => {
    for (const [cps, kind, ascii] of text.kinds as [number[], number, boolean][]) {
      const o = fromCps(cps);
      assert.equal(strKind(o), kind, `kind of ${JSON.stringify(cps)}`);
      assert.equal(strIsAscii(o), ascii, `ascii flag of ${JSON.stringify(cps)}`);
      decref(o);
    }
  });

  test('indexing is O(1): code point i sits at data + i * kind, with a NUL after the last', () => {
    const samples = ['abc', '\xe9t\xe9', 'x\u4e2dy', 'a\u{1f600}b\ud800', 'z'.repeat(5000) + '\u{10ffff}'];
    for (const s of samples) {
      const o = ok(strFromJS(s));
      const cps = [...s].map((c) => c.codePointAt(0) as number);
      const d = strDataOffset(o), k = strKind(o);
      assert.equal(d % 8, 0);
      const view = k === 1 ? u8 : k === 2 ? u16 : u32;
      const base = d / k;
      for (let i = 0; i < cps.length; i++) {
        assert.equal(view[base + i], cps[i]);
        assert.equal(strGetCodePoint(o, i), cps[i]);
      }
      assert.equal(view[base + cps.length], 0, 'NUL terminator');
      decref(o);
    }
  });

  test('JS strings round-trip: ascii, latin-1, BMP, astral, lone surrogates, long strings', () => {
    const samples = [
      '', 'a', 'hello', '\x00\x7f', 'caf\xe9', '\xff\xfe', '\u0100', '\u4e2d\u6587', '\uffff', '\u{1f600}',
      'a\u{10ffff}z', '\ud800', '\udfff', 'x\ud800y', '\udc00\ud800', '\ud83d', 'a\ud83db',
      'ascii'.repeat(3000), '\xe9'.repeat(9000), '\x80\x9f\xa0\xff\x00'.repeat(7), 'a\ud800\u4e2d\udc00\udfff'.repeat(9),
      '\ud800'.repeat(20), '\udbff\udc00\ud800'.repeat(9), '\u4e2d'.repeat(9000) + 'x', '\u{1f600}'.repeat(5000) + '\ud800',
    ];
    for (const s of samples) {
      const o = ok(strFromJS(s));
      assert.equal(strToJS(o), s);
      assert.equal(strLength(o), [...s].length, `length of ${JSON.stringify(s.slice(0, 20))}`);
      assert.ok(strEqualJS(o, s));
      assert.ok(!strEqualJS(o, s + 'x'));
      decref(o);
    }
    // The one thing JS strings can't carry: a high and a low surrogate as two code points read back as one astral character.
    const pair = fromCps([0xd83d, 0xde00]);
    assert.equal(strLength(pair), 2);
    assert.equal(strToJS(pair), '\u{1f600}');
    decref(pair);
  });

  test('strFromJSUnits: one code point per UTF-16 unit, so a str without astral characters round-trips exactly', () => {
    const samples: number[][] = [[], [0x61], [0xe9], [0xd83d, 0xde00], [0x61, 0xd83d, 0xde00, 0x62], [0x4e2d, 0xdbff, 0xdc00],
      [0x61, 0x62, 0x63], [0xe9, 0x20, 0xd800], Array.from({ length: 5000 }, (_, i) => 0xd800 + (i % 0x800))];
    for (const cps of samples) {
      const src = fromCps(cps);
      const o = ok(strFromJSUnits(strToJS(src)));
      assert.equal(strLength(o), cps.length);
      assert.equal(strKind(o), strKind(src));
      assert.equal(strIsAscii(o), strIsAscii(src));
      for (let i = 0; i < cps.length; i++) assert.equal(strGetCodePoint(o, i), cps[i]);
      assert.ok(strEqual(o, src));
      decref(o); decref(src);
    }
    // strFromJSAs(.., true) is strFromJS: a pair is one astral character.
    const w = ok(strFromJSAs('\ud83d\ude00', true));
    assert.equal(strLength(w), 1);
    decref(w);
  });

  test("'' and one latin-1 character are the static immortal singletons, laid out contiguously", () => {
    const empty = ok(strFromJS(''));
    assert.equal(empty, strEmptyNew());
    decref(empty); decref(empty);
    assert.equal(refcnt(empty), IMMORTAL);
    assert.equal(strLatin1Char(0) - empty, 32);
    for (let c = 1; c < 256; c++) assert.equal(strLatin1Char(c) - strLatin1Char(c - 1), 32);
    assert.ok(strLatin1Char(255) < allocCurrent().staticEnd, 'in the static region');
    const a = ok(strFromJS('a'));
    assert.equal(a, strLatin1Char(0x61));
    decref(a);
    // CPython 3.12: chr(c) is immortal exactly for c < 256.
    const immortal = new Set(text.immortal_chars as number[]);
    for (let c = 0; c < 0x300; c++) {
      const o = ok(strFromJS(String.fromCharCode(c)));
      assert.equal(isImmortal(o), immortal.has(c), `chr(${c})`);
      assert.equal(refcnt(o) === IMMORTAL, immortal.has(c));
      // The singletons of CPython 3.12's one-character static identifiers are not the interned ones.
      const identifier = '_abcdenprsx'.includes(String.fromCharCode(c));
      assert.equal(strInternState(o) === SSTATE_INTERNED_IMMORTAL_STATIC, immortal.has(c) && !identifier, `chr(${c}) state`);
      if (identifier) {
        const id = strInternImmortal(String.fromCharCode(c));
        assert.notEqual(id, o);
        assert.equal(strInternState(id), SSTATE_INTERNED_IMMORTAL_STATIC);
        assert.ok(id < allocCurrent().staticEnd, 'in the static region');
      }
      decref(o);
    }
    assert.equal(refcnt(empty), IMMORTAL);
    // Every constructor gives the singletons back.
    const abc = ok(strFromJS('abc'));
    const wide = ok(strFromJS('\u4e2d\xe9'));
    const tries: Owned[] = [
      ok(strSlice(abc, 1, 2)), ok(strSlice(abc, 2, 2)), ok(strGetItem(abc, 0)), ok(strGetItem(wide, 1)),
      ok(strSlice(wide, 1, 2)), fromCps([0xe9]), fromCps([]), ok(strFromLatin1(Uint8Array.of(0x62))),
      ok(strFromUTF8(Uint8Array.of(0xc3, 0xa9))), ok(strFromUTF8(new Uint8Array(0))),
      ok(strConcat(empty, strLatin1Char(0x7a))),
    ];
    const want = [0x62, -1, 0x61, 0xe9, 0xe9, 0xe9, -1, 0x62, 0xe9, -1, 0x7a];
    tries.forEach((o, i) => {
      assert.equal(o, want[i] < 0 ? empty : strLatin1Char(want[i]), `case ${i}`);
      decref(o);
    });
    decref(abc); decref(wide);
  });

  test('compiler interning: strInternImmortal returns one immortal str per text, in both phases', () => {
    // Type names were interned in the static phase: same object, in the static region, state STATIC.
    const name = strInternImmortal('NoneType');
    assert.ok(name < allocCurrent().staticEnd);
    assert.equal(strInternState(name), SSTATE_INTERNED_IMMORTAL_STATIC);
    const before = strInternedCount();
    const blocks = get().liveBlocks();
    const x = strInternImmortal('an_identifier');
    assert.equal(strInternImmortal('an_identifier'), x);
    assert.equal(refcnt(x), IMMORTAL);
    assert.equal(strInternState(x), SSTATE_INTERNED_IMMORTAL);
    assert.ok(x >= allocCurrent().dynBase, 'made after the seal, in the mortal heap');
    assert.equal(strInternedCount(), before + 1);
    const astral = strInternImmortal('\u{1f600}\u4e2d');
    assert.equal(strInternImmortal('\u{1f600}\u4e2d'), astral);
    assert.equal(strKind(astral), 4);
    assert.equal(strInternImmortal(''), strLatin1Char(0) - 32);
    assert.equal(strInternImmortal('q'), strLatin1Char(0x71));
    assert.equal(strInternedCount(), before + 2);
    assert.equal(get().liveBlocks(), blocks + 2, 'two new strings, freed at shutdown');
    permanent += 2;
    get().incref(x); get().decref(x); get().decref(x);
    assert.equal(refcnt(x), IMMORTAL, 'an immortal count never changes');
  });

  test('sys.intern: mortal interning returns the same object and is undone when the last reference goes', () => {
    const before = strInternedCount();
    const blocks = get().liveBlocks();
    const a = strIntern(ok(strFromJS('hello world')));
    assert.equal(strInternState(a), SSTATE_INTERNED_MORTAL);
    assert.ok(strIsInterned(a));
    assert.equal(refcnt(a), 1, 'the table owns no reference');
    assert.equal(strInternedCount(), before + 1);
    const b0 = ok(strFromJS('hello world'));
    assert.notEqual(b0, a);
    assert.equal(strInternState(b0), SSTATE_NOT_INTERNED);
    const b = strIntern(b0); // b0 is freed, a comes back
    assert.equal(b, a);
    assert.equal(refcnt(a), 2);
    assert.equal(get().liveBlocks(), blocks + 1);
    assert.equal(strIntern(b), a, 'interning an interned str returns it');
    decref(a); decref(a);
    assert.equal(get().liveBlocks(), blocks, 'the interned string was freed');
    assert.equal(strInternedCount(), before, 'and left the table');
    // The same text interns afresh.
    const c = strIntern(ok(strFromJS('hello world')));
    assert.equal(strInternState(c), SSTATE_INTERNED_MORTAL);
    assert.equal(refcnt(c), 1);
    decref(c);
    assert.equal(strInternedCount(), before);
    // Interning a static singleton or a compiler-interned text gives the immortal one.
    const s = strIntern(ok(strFromJS('NoneType')));
    assert.equal(s, strInternImmortal('NoneType'));
    decref(s);
  });

  test('strInternImmortal makes a live mortal interned str immortal (same object)', () => {
    const a = strIntern(ok(strFromJS('promote_me')));
    assert.equal(strInternState(a), SSTATE_INTERNED_MORTAL);
    const im = strInternImmortal('promote_me');
    assert.equal(im, a);
    assert.equal(strInternState(a), SSTATE_INTERNED_IMMORTAL);
    assert.equal(refcnt(a), IMMORTAL);
    decref(a); // a no-op now; strFini frees it
    assert.equal(strIntern(ok(strFromJS('promote_me'))), a);
    permanent += 1;
  });

  test('many mortal interned strings: table growth, removal in any order, lookups stay right', () => {
    const before = strInternedCount();
    const texts: string[] = [];
    for (let i = 0; i < 6000; i++) texts.push(`name_${i}_${(i * 2654435761) >>> 20}`);
    const objs = texts.map((t) => strIntern(ok(strFromJS(t))));
    assert.equal(strInternedCount(), before + texts.length);
    // Drop every third in a scrambled order, then check the rest are still found.
    const order = texts.map((_, i) => i).filter((i) => i % 3 === 0).sort((x, y) => ((x * 7919) % 6007) - ((y * 7919) % 6007));
    for (const i of order) decref(objs[i]);
    assert.equal(strInternedCount(), before + texts.length - order.length);
    for (let i = 0; i < texts.length; i++) {
      const again = strIntern(ok(strFromJS(texts[i])));
      if (i % 3 === 0) {
        assert.equal(strInternState(again), SSTATE_INTERNED_MORTAL);
        decref(again);
      } else {
        assert.equal(again, objs[i], texts[i]);
        decref(again);
        decref(objs[i]);
      }
    }
    assert.equal(strInternedCount(), before);
  });

  test('hashing, comparing, slicing and interning static strings writes nothing in the static region', () => {
    const statics = [strEmptyNew(), strLatin1Char(0x61), strLatin1Char(0xe9), strInternImmortal('NoneType'), strInternImmortal('str')];
    for (const o of statics) assert.ok(o < allocCurrent().staticEnd, `${strToJS(o)} is static`);
    for (const o of statics) {
      strHash(o);
      const r = ok(strRepr(o)); decref(r);
      const s = ok(strSlice(o, 0, 1)); decref(s);
      const t = strIntern(ok(strFromJS(strToJS(o)))); decref(t);
      const c = ok(strConcat(o, o)); decref(c);
      for (const p of statics) decref(ok(strRichCompare(o, p, Py_LT)));
    }
    decref(statics[0]);
    assert.equal(get().counters().staticBytesWritten, 0);
  });

  test('rich comparison orders by code point, like CPython, across kinds', () => {
    const cases = text.compare as [number[], number[], number][];
    const ops = [Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE];
    const expect = (c: number, op: number) => [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    for (const [a, b, want] of cases) {
      const x = fromCps(a), y = fromCps(b);
      assert.equal(Math.sign(strCompare(x, y)), want, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      assert.equal(strEqual(x, y), want === 0);
      for (const op of ops) {
        const r = ok(strRichCompare(x, y, op));
        assert.equal(r, expect(want, op) ? Py_True : Py_False);
        decref(r);
      }
      decref(x); decref(y);
    }
    const one = ok(intFromNumber(1));
    const a = ok(strFromJS('a'));
    const ni = ok(strRichCompare(a, one, Py_LT));
    assert.equal(ni, Py_NotImplemented);
    decref(ni);
    assert.equal(objectRichCompare(a, one, Py_LT), NULL);
    assert.deepEqual(takeError(), text.messages.str_lt_int);
    decref(a); decref(one);
  });

  test('find, rfind, startswith, endswith with start/end as CPython', () => {
    for (const [s, sub, start, end, find, rfind, sw, ew] of text.find as [number[], number[], number, number, number, number, boolean, boolean][]) {
      const o = fromCps(s), p = fromCps(sub);
      const what = `${JSON.stringify(s)} ${JSON.stringify(sub)} ${start} ${end}`;
      assert.equal(strFind(o, p, start, end), find, `find ${what}`);
      assert.equal(strRFind(o, p, start, end), rfind, `rfind ${what}`);
      assert.equal(strStartsWith(o, p, start, end), sw, `startswith ${what}`);
      assert.equal(strEndsWith(o, p, start, end), ew, `endswith ${what}`);
      if (start === 0 && end === 2 ** 53 - 1) assert.equal(strContains(o, p), find >= 0);
      decref(o); decref(p);
    }
  });

  test('slicing gives the text and the minimal kind of the slice', () => {
    for (const [s, start, stop, want, kind] of text.slice as [number[], number, number, number[], number][]) {
      const o = fromCps(s);
      const r = ok(strSlice(o, start, stop));
      assert.deepEqual(cpsOf(r), want);
      assert.equal(strKind(r), kind, `kind of ${JSON.stringify(s)}[${start}:${stop}]`);
      if (start <= 0 && stop >= s.length) assert.equal(r, o, 'the whole string is the string itself');
      decref(r); decref(o);
    }
  });

  test('s[i] with negative indices and IndexError', () => {
    for (const [s, i, want] of text.getitem as [number[], number, Outcome][]) {
      const o = fromCps(s);
      const r = strGetItem(o, i);
      if (want[0] === 'ok') {
        assert.deepEqual(cpsOf(ok(r)), want[1]);
        decref(r as Owned);
      } else {
        assert.equal(r, NULL);
        assert.deepEqual(takeError(), [want[1], want[2]]);
      }
      decref(o);
    }
  });

  test('concatenation across kinds, and its TypeError', () => {
    const parts = ['', 'ab', '\xe9', '\u4e2d', '\u{1f600}', '\ud800'];
    for (const x of parts) {
      for (const y of parts) {
        const a = ok(strFromJS(x)), b = ok(strFromJS(y));
        const r = ok(strConcat(a, b));
        assert.equal(strToJS(r), x + y);
        const expect = ok(strFromJS(x + y));
        assert.equal(strKind(r), strKind(expect));
        assert.equal(strIsAscii(r), strIsAscii(expect));
        assert.ok(strEqual(r, expect));
        if (x === '') assert.equal(r, b);
        decref(expect); decref(r); decref(a); decref(b);
      }
    }
    const a = ok(strFromJS('a')), one = ok(intFromNumber(1));
    assert.equal(strConcat(a, one), NULL);
    assert.deepEqual(takeError(), text.messages.str_concat_int);
    decref(a); decref(one);
  });

  test('join of lists, tuples and str, and its TypeErrors', () => {
    const rt = get();
    for (const [sep, items, want] of text.join as [number[], number[][] | { s: number[] }, number[]][]) {
      const s = fromCps(sep);
      let seq: Owned;
      if (Array.isArray(items)) seq = rt.fromJS(items.map((c) => String.fromCodePoint(...c)));
      else seq = fromCps(items.s);
      const r = ok(strJoin(s, seq));
      assert.deepEqual(cpsOf(r), want);
      decref(r);
      if (Array.isArray(items)) {
        const t = rt.fromJS(new PyTuple(items.map((c) => String.fromCodePoint(...c))));
        const r2 = ok(strJoin(s, t));
        assert.deepEqual(cpsOf(r2), want);
        decref(r2); decref(t);
      }
      decref(seq); decref(s);
    }
    const sep = ok(strFromJS(','));
    const single = rt.fromJS(['only']);
    const r = ok(strJoin(sep, single));
    assert.equal(strToJS(r), 'only');
    decref(r); decref(single);
    const bad = rt.fromJS(['a', 1]);
    assert.equal(strJoin(sep, bad), NULL);
    assert.deepEqual(takeError(), text.messages.join_item_int);
    decref(bad);
    const bad2 = rt.fromJS(['a', 'b', new Uint8Array([0x63])]);
    assert.equal(strJoin(sep, bad2), NULL);
    assert.deepEqual(takeError(), text.messages.join_item_bytes);
    decref(bad2);
    const d = rt.fromJS(new Map([['a', 1]]));
    assert.equal(strJoin(sep, d), NULL);
    assert.equal(takeError()[0], 'NotImplementedError');
    decref(d); decref(sep);
  });

  test('UTF-8 decoding with every error handler matches CPython', () => {
    const cases = text.utf8_decode as [string, string, Outcome][];
    assert.ok(cases.length > 1000);
    for (const [hex, errors, want] of cases) {
      const data = bytesFromHex(hex);
      const r = strFromUTF8(data, errors);
      if (want[0] === 'ok') {
        assert.notEqual(r, NULL, `${hex} ${errors}: ${r === NULL ? takeError().join(': ') : ''}`);
        assert.deepEqual(cpsOf(r as Owned), want[1], `${hex} ${errors}`);
        decref(r as Owned);
      } else {
        assert.equal(r, NULL, `${hex} ${errors} should fail`);
        assert.deepEqual(takeError(), [want[1], want[2]], `${hex} ${errors}`);
      }
    }
  });

  test('UTF-8 encoding with every error handler matches CPython', () => {
    const cases = text.utf8_encode as [number[], string, Outcome][];
    assert.ok(cases.length > 1000);
    for (const [cps, errors, want] of cases) {
      const o = fromCps(cps);
      const r = strAsUTF8(o, errors);
      if (want[0] === 'ok') {
        assert.notEqual(r, null, `${JSON.stringify(cps)} ${errors}: ${r === null ? takeError().join(': ') : ''}`);
        assert.equal(Buffer.from(r!).toString('hex'), want[1], `${JSON.stringify(cps)} ${errors}`);
        const b = strEncodeUTF8(o, errors);
        assert.equal(Buffer.from(bytesToUint8Array(ok(b))).toString('hex'), want[1]);
        decref(b as Owned);
      } else {
        assert.equal(r, null, `${JSON.stringify(cps)} ${errors} should fail`);
        assert.deepEqual(takeError(), [want[1], want[2]], `${JSON.stringify(cps)} ${errors}`);
      }
      decref(o);
    }
  });

  test('UTF-8 of long strings agrees with TextEncoder / TextDecoder', () => {
    const s = ('ascii text \xe9\xe8 \u4e2d\u6587 \u{1f600} ').repeat(4000);
    const o = ok(strFromJS(s));
    const enc = strAsUTF8(o)!;
    assert.deepEqual(enc, new TextEncoder().encode(s));
    const back = ok(strFromUTF8(enc));
    assert.ok(strEqual(back, o));
    assert.equal(strToJS(back), new TextDecoder().decode(enc));
    decref(back); decref(o);
  });

  test('type checks, str() and the slots', () => {
    const o = ok(strFromJS('x\u4e2d'));
    assert.ok(isStr(o) && isStrExact(o));
    assert.equal(get().typeName(o), 'str');
    const one = ok(intFromNumber(1));
    assert.ok(!isStr(one));
    const s = ok(strStr(o));
    assert.equal(s, o);
    decref(s);
    assert.equal(get().str(o), 'x\u4e2d');
    assert.equal(get().repr(o), "'x\u4e2d'");
    assert.equal(get().hash(o), BigInt(hashText(o)));
    assert.equal(typeNameOf(o), 'str');
    assert.equal(typeOf(o), strType);
    decref(o); decref(one);
  });
});

describe('str with immortality off (3.11 behaviour)', () => {
  test('singletons and interned strings are counted; everything still works and nothing leaks', () => {
    const rt = createRuntime({ hashSeed: 0, immortal: false });
    const baseline = rt.liveBlocks();
    const a = ok(strFromJS('a'));
    const before = refcnt(a);
    assert.ok(before < IMMORTAL && before >= 1);
    const a2 = ok(strFromJS('a'));
    assert.equal(a2, a);
    assert.equal(refcnt(a), before + 1);
    decref(a2); decref(a);
    assert.equal(refcnt(a), before - 1);
    const x = strInternImmortal('identifier_x');
    assert.equal(refcnt(x), 1, "the table's reference, never dropped");
    const m = strIntern(ok(strFromJS('mortal_y')));
    assert.equal(strInternState(m), SSTATE_INTERNED_MORTAL);
    decref(m);
    const h = ok(strFromJS('abc'));
    assert.equal(hashText(h), '-4594863902769663758');
    decref(h);
    assert.equal(rt.liveBlocks(), baseline + 1, 'only the run-time immortal identifier');
    const report = rt.shutdown();
    assert.equal(report.liveBlocks, 0);
  });
});
