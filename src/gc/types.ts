// What the collector needs to know about object types, and its place in the runtime's life cycle:
// the GCTypeView (traverse/clear/finalize slots, tuple/dict untracking, gc.garbage/callbacks lists),
// PyErr_WriteUnraisable's printing ("Exception ignored in: ..." + traceback), start-up and shutdown.
// Mirrors the glue in Modules/gcmodule.c (invoke_gc_callback, debug_cycle) and
// Python/errors.c (write_unraisable_exc). Invariants: installed once per runtime after the seal.

import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned } from '../heap/ref.ts';
import { gcInstallTypeView, gcInit, gcFini, gcReleaseLists, type GCTypeView } from './gc.ts';
import { typeSlotsOf, typeName, typeSetUnraisableHook } from '../objects/type.ts';
import { tupleType, tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { dictType, dictNext, dictSize, dictNew, dictSetItem } from '../objects/dict.ts';
import { listNew, listAppend, listSize, listGetItemBorrow } from '../objects/list.ts';
import { strFromJS, strToJS, strInternImmortal } from '../objects/str.ts';
import { intFromNumber } from '../objects/int.ts';
import { objectRepr, objectCallArgs } from '../objects/object.ts';
import { errFetch } from '../objects/errors.ts';
import { stdio } from '../vm/io.ts';
import { formatException } from '../vm/traceback.ts';

const TP_INDEX = 12;
const pos = new Int32Array(1);
const kv = new Int32Array(2);

function slotsFor(o: number) {
  return typeSlotsOf(i32[(o + 4) >> 2] as Borrowed);
}

const view: GCTypeView = {
  traverse: (o) => slotsFor(o).traverse,
  clear: (o) => slotsFor(o).clear,
  finalize: (o) => slotsFor(o).finalize,
  isTupleExact: (o) => i32[(o + 4) >> 2] === tupleType,
  isDictExact: (o) => i32[(o + 4) >> 2] === dictType,
  tupleAny(o, f) {
    const n = tupleSize(o as Borrowed);
    for (let i = 0; i < n; i++) {
      const v = tupleGetItemBorrow(o as Borrowed, i);
      if (v !== NULL && f(v)) return true;
    }
    return false;
  },
  dictAny(o, f) {
    pos[0] = 0;
    for (let n = dictSize(o as Borrowed); n > 0 && dictNext(o as Borrowed, pos, kv); n--) {
      if (f(kv[0]) || f(kv[1])) return true;
    }
    return false;
  },
  typeName: (o) => typeName(i32[(o + 4) >> 2] as Borrowed),
  listAppend: (l, v) => listAppend(l as Borrowed, v as Borrowed),
  listNew: () => listNew(0),
  callCallback(cb, phase, generation, collected, uncollectable) {
    const info = dictNew();
    if (info === NULL) return -1;
    for (const [k, v] of [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]] as const) {
      const n = intFromNumber(v);
      if (n === NULL || dictSetItem(info, strInternImmortal(k), n) < 0) { if (n !== NULL) decref(n); decref(info); return -1; }
      decref(n);
    }
    const ph = strFromJS(phase);
    if (ph === NULL) { decref(info); return -1; }
    const r = objectCallArgs(cb as Borrowed, 2, ph, info);
    decref(ph);
    decref(info);
    if (r === NULL) return -1;
    decref(r);
    return 0;
  },
  listItems(l) {
    const out: number[] = [];
    const n = listSize(l as Borrowed);
    for (let i = 0; i < n; i++) out.push(listGetItemBorrow(l as Borrowed, i));
    return out;
  },
  writeUnraisable: (obj, where) => writeUnraisable(obj, where),
  writeErr: (text) => stdio.writeErr(text),
};

/**
 * PyErr_WriteUnraisable's default hook: "Exception ignored in: <repr of obj>", then the traceback
 * and the exception, on stderr. Takes the pending exception (cleared after).
 */
function writeUnraisable(obj: number, where: string): void {
  const e = errFetch();
  if (e === NULL) return;
  printUnraisable(e, obj as Borrowed, where);
}

function printUnraisable(e: Owned, obj: Borrowed, where: string): void {
  let head = where;
  if (obj !== NULL) {
    const r = objectRepr(obj);
    if (r !== NULL) { head += `: ${strToJS(r)}`; decref(r); }
    else { const e2 = errFetch(); if (e2 !== NULL) decref(e2); head += ': <object repr() failed>'; }
  }
  stdio.writeErr(`${head}\n${formatException(e)}`);
  decref(e);
}

/** Start-up (after the seal): the type view, the unraisable hook, the generation lists. */
export function gcRuntimeInit(): void {
  gcInstallTypeView(view);
  typeSetUnraisableHook(printUnraisable);
  gcInit();
}

/** Shutdown: drops gc.garbage/gc.callbacks and unlinks what is left. */
export function gcRuntimeFini(): void {
  gcReleaseLists();
  gcFini();
  typeSetUnraisableHook(null);
}

export { TP_INDEX };
