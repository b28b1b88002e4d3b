// The cell type: one mutable reference shared by a function's closure and the frame that made it.
// Mirrors Objects/cellobject.c (PyCell_New, PyCell_GET/SET, cell_repr, cell_richcompare).
// Invariants: a cell owns its contents (NULL when empty); cells are GC objects (a closure cell can
// hold the function that closes over it, which is a cycle).
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 ob_ref (owned or NULL)

import { pointerText } from '../support/pointer.ts';
import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { xdecref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, typeNameOf, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectRichCompare, richCompareResult, notImplemented } from './object.ts';
import { strFromJS } from './str.ts';
import { typeAddGetSets } from './getset.ts';
import { errSetString } from './errors.ts';
import { exceptionTypes } from './exceptions.ts';
import { tupleSize } from './tuple.ts';

export const CELL_REF = 8;
export const CELL_SIZE = 12;

export let cellType = 0 as Borrowed;

/** PyCell_New: a cell holding `v` (borrowed, increfed; NULL for an empty cell). */
export function cellNew(v: Borrowed | Null): Owned | Null {
  const c = objectGCNew(cellType, CELL_SIZE);
  if (c === NULL) return NULL;
  if (v !== NULL) incref(v);
  i32[(c + CELL_REF) >> 2] = v;
  return c;
}

/** PyCell_GET: the contents (borrowed) or NULL when empty. */
export function cellGetBorrow(c: Borrowed): Borrowed | Null {
  return i32[(c + CELL_REF) >> 2] as Borrowed | Null;
}

/** PyCell_SET with the old value released: steals `v` (may be NULL to empty the cell). */
export function cellSetSteal(c: Borrowed, v: Owned | Null): void {
  const old = i32[(c + CELL_REF) >> 2] as Owned | Null;
  i32[(c + CELL_REF) >> 2] = v;
  xdecref(old);
}

export function isCell(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === cellType;
}

function cellDealloc(c: Owned): void {
  const v = i32[(c + CELL_REF) >> 2] as Owned | Null;
  i32[(c + CELL_REF) >> 2] = 0;
  xdecref(v);
  objectGCFree(c);
}

function cellTraverse(c: Borrowed, visit: VisitProc, arg: unknown): number {
  const v = i32[(c + CELL_REF) >> 2];
  return v !== 0 ? visit(v as Borrowed, arg) : 0;
}

function cellRepr(c: Borrowed): Owned | Null {
  const v = i32[(c + CELL_REF) >> 2] as Borrowed;
  const addr = pointerText(c);
  if (v === 0) return strFromJS(`<cell at ${addr}: empty>`);
  return strFromJS(`<cell at ${addr}: ${typeNameOf(v)} object at ${pointerText(v)}>`);
}

/** cell_richcompare: empty cells sort first, otherwise compare the contents. */
function cellRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isCell(a) || !isCell(b)) return notImplemented();
  const va = i32[(a + CELL_REF) >> 2] as Borrowed, vb = i32[(b + CELL_REF) >> 2] as Borrowed;
  if (va !== 0 && vb !== 0) return objectRichCompare(va, vb, op);
  return richCompareResult((va !== 0 ? 1 : 0) - (vb !== 0 ? 1 : 0), op);
}

/** cell.cell_contents: the contents; ValueError('Cell is empty') when empty. */
function cellContentsGet(c: Borrowed): Owned | Null {
  const v = i32[(c + CELL_REF) >> 2] as Borrowed;
  if (v === 0) return errSetString(exceptionTypes.get('ValueError')!, 'Cell is empty');
  incref(v);
  return v as Owned;
}

/** Setting cell_contents replaces the contents; deleting empties the cell. */
function cellContentsSet(c: Borrowed, v: Borrowed | Null): number {
  if (v !== NULL) incref(v);
  cellSetSteal(c, v as Owned | Null);
  return 0;
}

/** cell_new: types.CellType(contents=<empty>), positional only. */
function cellNewSlot(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) return errSetString(exceptionTypes.get('TypeError')!, 'cell() takes no keyword arguments');
  if (nargs > 1) return errSetString(exceptionTypes.get('TypeError')!, `cell expected at most 1 argument, got ${nargs}`);
  return cellNew(nargs === 1 ? i32[args >> 2] as Borrowed : NULL);
}

/** Creates the cell type (static phase). */
export function cellInitStatic(): void {
  cellType = typeNewStatic({
    name: 'cell',
    basicsize: CELL_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: cellDealloc, traverse: cellTraverse, clear: (o) => gcClearFields(o, [CELL_REF]), repr: cellRepr, richcompare: cellRichCompare, hash: null, new: cellNewSlot },
  });
  typeAddGetSets(cellType, [{ name: 'cell_contents', get: cellContentsGet, set: cellContentsSet }]);
}

