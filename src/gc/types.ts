// What the collector needs to know about object types, and its place in the runtime's life cycle:
// the GCTypeView (traverse/clear/finalize slots, traversal kinds and the list/tuple/dict layout the
// collector reads inline, gc.garbage/callbacks lists),
// PyErr_WriteUnraisable's printing ("Exception ignored in: ..." + traceback), start-up and shutdown.
// Mirrors the glue in Modules/gcmodule.c (invoke_gc_callback, debug_cycle) and
// Python/errors.c (write_unraisable_exc). Invariants: installed once per runtime after the seal.

import { sysWriteUnraisable } from '../modules/sys.ts';
import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned } from '../heap/ref.ts';
import {
  gcInstallTypeView, gcInit, gcFini, gcReleaseLists, type GCTypeView,
  GC_KIND_NONE, GC_KIND_GENERIC, GC_KIND_LIST, GC_KIND_TUPLE, GC_KIND_DICT, GC_KIND_INSTANCE,
} from './gc.ts';
import {
  typeSlotsOf, typeName, typeSetUnraisableHook, TP_FLAGS, TP_BASE, HT_SLOTS, Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_MANAGED_DICT,
} from '../objects/type.ts';
import { tupleType, TUPLE_ITEMS } from '../objects/tuple.ts';
import {
  dictType, dictNew, dictSetItem, MA_KEYS, DK_KIND, DK_NENTRIES, DK_INDICES, DK_LOG2_INDEX_BYTES, DICT_KEYS_GENERAL,
} from '../objects/dict.ts';
import { listType, listNew, listAppend, listSize, listGetItemBorrow, LIST_ITEMS } from '../objects/list.ts';
import { strFromJS, strInternImmortal } from '../objects/str.ts';
import { intFromNumber } from '../objects/int.ts';
import { objectCallArgs } from '../objects/object.ts';
import { errFetch } from '../objects/errors.ts';
import { stdio } from '../vm/io.ts';

const TP_INDEX = 12;

function slotsFor(o: number) {
  return typeSlotsOf(i32[(o + 4) >> 2] as Borrowed);
}

const view: GCTypeView = {
  traverse: (o) => slotsFor(o).traverse,
  clear: (o) => slotsFor(o).clear,
  finalize: (o) => slotsFor(o).finalize,
  traverseKind,
  // Read at gcRuntimeInit (after the static types exist): see gcInstallTypeView.
  get layout() {
    return {
      listType, tupleType, dictType, listItems: LIST_ITEMS, tupleItems: TUPLE_ITEMS, maKeys: MA_KEYS,
      dkKind: DK_KIND, dkNentries: DK_NENTRIES, dkIndices: DK_INDICES, dkLog2IndexBytes: DK_LOG2_INDEX_BYTES,
      dictKeysGeneral: DICT_KEYS_GENERAL,
    };
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
 * The collector's traversal kind for type `t`: list, tuple and dict exactly (their traverse slots,
 * inlined), instances of heap types without __slots__ whose nearest static base owns nothing
 * (subtype_traverse visits just the managed __dict__ and the type), no traverse at all, or generic.
 */
function traverseKind(t: number): number {
  if (t === listType) return GC_KIND_LIST;
  if (t === tupleType) return GC_KIND_TUPLE;
  if (t === dictType) return GC_KIND_DICT;
  const tr = typeSlotsOf(t as Borrowed).traverse;
  if (tr === null) return GC_KIND_NONE;
  const flags = i32[(t + TP_FLAGS) >> 2];
  if ((flags & Py_TPFLAGS_HEAPTYPE) === 0 || (flags & Py_TPFLAGS_MANAGED_DICT) === 0) return GC_KIND_GENERIC;
  let base = t;
  for (; (i32[(base + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0; base = i32[(base + TP_BASE) >> 2]) {
    if (i32[(base + HT_SLOTS) >> 2] !== 0) return GC_KIND_GENERIC;
  }
  return typeSlotsOf(base as Borrowed).traverse === null ? GC_KIND_INSTANCE : GC_KIND_GENERIC;
}

/**
 * PyErr_WriteUnraisable's default hook: "Exception ignored in: <repr of obj>", then the traceback
 * and the exception, on stderr. Takes the pending exception (cleared after).
 */
function writeUnraisable(obj: number, where: string): void {
  const e = errFetch();
  if (e === NULL) return;
  printUnraisable(e, obj as Borrowed, where);
}

/** Reports through sys.unraisablehook (modules/sys.ts); its default prints to sys.stderr. */
function printUnraisable(e: Owned, obj: Borrowed, where: string): void {
  sysWriteUnraisable(e, obj, where);
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
