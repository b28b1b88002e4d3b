// Classes and attribute access: Python snippets (tests/unit/objects/type-snippets.py) whose output must
// match CPython 3.12's (recorded in tests/golden/classes.json by tools/gen-golden-classes.py), plus
// embedding-API checks of what a program can't see: the method cache and its invalidation, the
// unbound-method lookup for LOAD_ATTR, reference counts of classes and instances, freeing every block
// of a class once its cycles are cleared, and an unwritten static region.
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import assert from 'node:assert/strict';
import { NULL, type Borrowed, type Owned } from '../../../src/heap/ref.ts';
import { decref, refcnt } from '../../../src/heap/refcount.ts';
import { errFetch } from '../../../src/objects/errors.ts';
import {
  typeType, objectType, typeLookup, typeCacheStats, typeClear, typeHeapTypeCount, typeOf, typeName,
  objectIsInstance, objectIsSubclass, TP_DICTOFFSET, MANAGED_DICT_OFFSET, typeFlags, Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_MANAGED_DICT, Py_TPFLAGS_HAVE_GC, isType, typeHeapTypesDebug, typeHeapTypesClearAll, typeDictBorrow,
  staticTypes, typeSlotsOf, inheritableSlots,
} from '../../../src/objects/type.ts';
import {
  objectCallArgs, objectGetAttr, objectSetAttr, objectLookupAttr, objectGetMethod, objectGetMethodUnbound,
  objectRepr,
} from '../../../src/objects/object.ts';
import { i32 } from '../../../src/heap/views.ts';
import { strFromJS, strToJS, strInternImmortal } from '../../../src/objects/str.ts';
import { tuplePack, tupleEmptyNew } from '../../../src/objects/tuple.ts';
import { dictNew, dictSetItem, dictNext } from '../../../src/objects/dict.ts';
import { intFromNumber, intAsNumber } from '../../../src/objects/int.ts';
import { methodDescriptorNew, type MethodDef } from '../../../src/objects/methodobject.ts';
import { exceptionTypes } from '../../../src/objects/exceptions.ts';
import { Py_None } from '../../../src/objects/none.ts';
import { withRuntime } from './seq-golden.ts';
import { classCases, runSnippet } from './type-golden.ts';

// Classes sit in reference cycles (their MRO holds them) until the cycle collector exists, so these
// runs don't assert leaked blocks; the embedding-API tests below do, after clearing the classes.
for (const c of classCases) {
  test(`CPython 3.12 output: ${c.name}`, () => {
    for (const immortal of [true, false]) {
      const r = runSnippet(c.source, immortal);
      assert.equal(r.stderr, '', `stderr of ${c.name} (immortal=${immortal})`);
      assert.equal(r.stdout, c.stdout, `stdout (immortal=${immortal})`);
      assert.equal(r.exitCode, c.exit);
    }
  });
}

function ok<T extends number>(o: T): Owned {
  if (o === NULL) {
    const e = errFetch();
    const msg = e !== NULL ? strToJS(objectRepr(e) as Owned) : 'no exception';
    throw new Error(`unexpected NULL: ${msg}`);
  }
  return o as unknown as Owned;
}

// Attribute names made here are mortal strs (interning them immortally would allocate blocks that
// outlive the test's baseline); each test releases them with dropNames().
const names: Owned[] = [];
function s(text: string): Borrowed {
  const o = ok(strFromJS(text));
  names.push(o);
  return o;
}
function dropNames(): void {
  while (names.length > 0) decref(names.pop()!);
}
function getAttr(o: Borrowed, n: string): Owned | 0 {
  return objectGetAttr(o, s(n));
}
function setAttr(o: Borrowed, n: string, v: Borrowed | 0): number {
  return objectSetAttr(o, s(n), v);
}

/**
 * A native method usable in a class dict: binds to any object (a method descriptor of `object`). Its name
 * is interned immortally by methodDescriptorNew, so tests use names that are already static.
 */
function nativeMethod(name: string, fn: MethodDef['fn']): Owned {
  return ok(methodDescriptorNew(objectType, { name, fn }));
}

/** type(name, bases, dict) from JS: `bases` borrowed, `attrs` values stolen. */
function makeClass(name: string, bases: Borrowed[], attrs: Record<string, Owned>): Owned {
  const d = ok(dictNew());
  for (const [k, v] of Object.entries(attrs)) {
    assert.equal(dictSetItem(d, s(k), v), 0);
    decref(v);
  }
  const n = ok(strFromJS(name));
  const b = bases.length === 0 ? tupleEmptyNew() : ok(tuplePack(bases));
  const cls = ok(objectCallArgs(typeType, 3, n, b, d));
  decref(n); decref(b); decref(d);
  return cls;
}

function repr(o: Borrowed): string {
  const r = ok(objectRepr(o));
  const t = strToJS(r);
  decref(r);
  return t;
}

test('classes built from JS: attributes, instances, layout; every block freed once the class is cleared', () => withRuntime(() => {
  const getX = nativeMethod('get', (self) => getAttr(self as Borrowed, 'x'));
  const A = makeClass('A', [], { get: getX, __module__: ok(strFromJS('m')) });
  assert.equal(repr(A), "<class 'm.A'>");
  assert.ok(isType(A));
  assert.equal(typeFlags(A) & Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_HEAPTYPE);
  assert.equal(typeFlags(A) & (Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_HAVE_GC), Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_HAVE_GC);
  assert.equal(i32[(A + TP_DICTOFFSET) >> 2], MANAGED_DICT_OFFSET);
  const countBefore = refcnt(A);
  const a = ok(objectCallArgs(A, 0));
  assert.equal(refcnt(A), countBefore + 1, 'an instance owns a reference to its class');
  assert.equal(typeOf(a), A);
  const v = ok(intFromNumber(41));
  assert.equal(setAttr(a, 'x', v), 0);
  decref(v);
  const bound = ok(getAttr(a, 'get'));
  assert.equal(typeName(typeOf(bound)), 'builtin_function_or_method');
  const r = ok(objectCallArgs(bound, 0));
  assert.equal(intAsNumber(r), 41);
  decref(r);
  decref(bound);
  // The instance dict lives in the pre-header.
  assert.notEqual(i32[(a + MANAGED_DICT_OFFSET) >> 2], 0);
  assert.equal(objectLookupAttr(a, s('missing')), NULL);
  assert.equal(errFetch(), NULL, 'a missing optional attribute sets no exception');
  assert.equal(getAttr(a, 'missing'), NULL);
  const e = errFetch();
  assert.notEqual(e, NULL);
  assert.equal(typeOf(e as Borrowed), exceptionTypes.get('AttributeError'));
  decref(e as Owned);
  const B = makeClass('B', [A], {});
  const b = ok(objectCallArgs(B, 0));
  assert.equal(objectIsInstance(b, A), 1);
  assert.equal(objectIsSubclass(B, A), 1);
  assert.equal(objectIsSubclass(A, B), 0);
  assert.equal(typeName(B), 'B');
  decref(b);
  decref(a);
  assert.equal(refcnt(A), countBefore + 3, "B holds A three times: tp_base, __bases__, __mro__");
  assert.equal(typeHeapTypeCount(), 2, `heap types: ${heapTypeNames()}`);
  // A class is part of a cycle (its MRO holds it): the cycle collector's tp_clear breaks it.
  typeClear(B); decref(B);
  typeClear(A); decref(A);
  assert.equal(typeHeapTypeCount(), 0);
  dropNames();
}));

test('every slot table has the same keys in one order (one V8 shape with fast properties)', () => withRuntime(() => {
  // Tables built by adding slots one by one went to dictionary mode in V8 (slow slot reads everywhere).
  setFlagsFromString('--allow-natives-syntax');
  const fast = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
  const keys = ['name', 'dealloc', ...inheritableSlots].join(' ');
  const check = (t: Borrowed): void => {
    assert.equal(Object.keys(typeSlotsOf(t)).join(' '), keys, typeName(t));
    assert.ok(fast(typeSlotsOf(t)), `slots of ${typeName(t)} in dictionary mode`);
  };
  for (const t of staticTypes) check(t);
  const A = makeClass('A', [], { __len__: nativeMethod('__len__', () => intFromNumber(0)) });
  assert.equal(setAttr(A, '__iter__', Py_None), 0);
  check(A);
  typeClear(A); decref(A);
  dropNames();
}));

test('method cache: hits after the first lookup, invalidated (with subclasses) when a class attribute changes', () => withRuntime(() => {
  const A = makeClass('A', [], { v: ok(intFromNumber(1)) });
  const B = makeClass('B', [A], {});
  const name = s('v');
  const first = typeLookup(B, name);
  assert.equal(intAsNumber(first as Borrowed), 1);
  const hits = typeCacheStats.hits;
  assert.equal(typeLookup(B, name), first);
  assert.equal(typeCacheStats.hits, hits + 1);
  const two = ok(intFromNumber(2));
  assert.equal(setAttr(A, 'v', two), 0);
  decref(two);
  assert.equal(intAsNumber(typeLookup(B, name) as Borrowed), 2, "a base's change reaches the subclass");
  assert.equal(setAttr(A, 'v', NULL), 0);
  assert.equal(typeLookup(B, name), NULL);
  // Builtin types: cached lookups read only (the static region stays unwritten: withRuntime checks).
  assert.notEqual(typeLookup(objectType, strInternImmortal('__repr__')), NULL);
  assert.notEqual(typeLookup(objectType, strInternImmortal('__repr__')), NULL);
  typeClear(B); decref(B);
  typeClear(A); decref(A);
  dropNames();
}));

test('objectGetMethod: unbound for methods on the type, the attribute itself from the instance dict', () => withRuntime(() => {
  const m = nativeMethod('copy', () => intFromNumber(7));
  const A = makeClass('A', [], { copy: m });
  const a = ok(objectCallArgs(A, 0));
  const f = ok(objectGetMethod(a, s('copy')));
  assert.equal(objectGetMethodUnbound, true);
  assert.equal(typeName(typeOf(f)), 'method_descriptor');
  decref(f);
  const own = ok(intFromNumber(3));
  assert.equal(setAttr(a, 'copy', own), 0);
  decref(own);
  const g = ok(objectGetMethod(a, s('copy')));
  assert.equal(objectGetMethodUnbound, false);
  assert.equal(intAsNumber(g), 3);
  decref(g);
  decref(a);
  // Builtin instances: __repr__ of an int is the slot wrapper found on int, unbound.
  const i = ok(intFromNumber(12345));
  const w = ok(objectGetMethod(i, strInternImmortal('__repr__')));
  assert.equal(objectGetMethodUnbound, true);
  assert.equal(repr(w), "<slot wrapper '__repr__' of 'int' objects>");
  decref(w);
  decref(i);
  typeClear(A); decref(A);
  dropNames();
}));

test('classes and instances with immortality off (3.11 counting) free every block', () => withRuntime(() => {
  const A = makeClass('A', [], {});
  const a = ok(objectCallArgs(A, 0));
  const one = ok(intFromNumber(1));
  assert.equal(setAttr(a, 'one', one), 0);
  decref(one);
  decref(a);
  typeClear(A); decref(A);
  dropNames();
}, { immortal: false }));

function heapTypeNames(): string {
  return typeHeapTypesDebug().map((t) => typeName(t)).join(',');
}

test('typeHeapTypesClearAll frees classes, their subclasses and instances of builtin subclasses', () => withRuntime(() => {
  const intType = typeOf(ok(intFromNumber(1)));
  const MyInt = makeClass('MyInt', [intType], {});
  const Sub = makeClass('Sub', [MyInt], {});
  const big = ok(intFromNumber(2 ** 40));
  const x = ok(objectCallArgs(Sub, 1, big));
  decref(big);
  assert.equal(typeOf(x), Sub);
  assert.equal(intAsNumber(x), 2 ** 40);
  assert.equal(repr(x), '1099511627776');
  // A class that adds a __dict__ to an int subclass: GC header and dict pre-header in front of the digits.
  assert.equal(typeFlags(Sub) & (Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_HAVE_GC), Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_HAVE_GC);
  const v = ok(strFromJS('attr'));
  assert.equal(setAttr(x, 'tag', v), 0);
  decref(v);
  decref(x);
  decref(Sub);
  decref(MyInt);
  assert.equal(typeHeapTypeCount(), 2, 'still alive: each holds itself through its MRO');
  assert.equal(typeHeapTypesClearAll(), 2);
  assert.equal(typeHeapTypeCount(), 0);
  dropNames();
}));

test('reading every builtin type dict entry and its common attributes leaves the static region unwritten', () => withRuntime((rt) => {
  const before = rt.counters().staticBytesWritten;
  assert.equal(before, 0);
  const attrs = ['__name__', '__qualname__', '__doc__', '__dict__', '__func__', '__objclass__', '__self__', '__module__'];
  for (const t of staticTypesList()) {
    const d = typeDictBorrow(t) as Borrowed;
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(d, pos, kv)) {
      const v = kv[1] as Borrowed;
      const r = objectRepr(v);
      if (r === NULL) decref(errFetch() as Owned); else decref(r);
      for (const a of attrs) {
        const x = objectLookupAttr(v, strInternImmortal(a));
        if (x !== NULL) decref(x); else { const e = errFetch(); if (e !== NULL) decref(e); }
      }
      const g = objectGetAttr(t, kv[0] as Borrowed);
      if (g !== NULL) decref(g); else decref(errFetch() as Owned);
    }
  }
  assert.equal(rt.counters().staticBytesWritten, 0, 'static region written');
}));

function staticTypesList(): Borrowed[] {
  return staticTypes.slice();
}
