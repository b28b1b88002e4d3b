// The generator type: a suspended interpreter frame embedded in the generator object.
// Mirrors Objects/genobject.c (PyGenObject with gi_iframe, gen_send_ex, gen_throw, gen_close,
// _PyGen_Finalize) of CPython 3.12. The code that runs the frame lives in vm/gen.ts and is installed
// here as hooks (objects/ never import vm/). Invariants: the embedded frame owns its slots while the
// generator is created or suspended; once completed they are released and gi_frame_state says so.
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 gi_frame_state +12 gi_name +16 gi_qualname
//   +20 gi_exc_state (the exception being handled inside the generator, owned, or 0)
//   +24 gi_weakreflist  +28 gi_hooks_on_finalize (reserved)  +32 the frame (code.co_framesize words)

import { i32 } from '../heap/views.ts';
import { newRef, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, typeWriteUnraisable, type VisitProc } from './type.ts';
import { callMethod } from './abstract.ts';
import { errFetch, errSetRaised } from './errors.ts';
import { objectHashDefault } from './object.ts';
import { strFromJS, strToJS } from './str.ts';

export const GI_FRAME_STATE = 8;
export const GI_NAME = 12;
export const GI_QUALNAME = 16;
export const GI_EXC_STATE = 20;
export const GI_WEAKREFLIST = 24;
export const GI_FRAME = 32;

// gi_frame_state values (Include/internal/pycore_frame.h).
export const FRAME_CREATED = -2;
export const FRAME_SUSPENDED = -1;
export const FRAME_EXECUTING = 0;
export const FRAME_COMPLETED = 1;
export const FRAME_CLEARED = 4;

/** The generator machinery, installed by the vm at start-up. */
export const genHooks = {
  dealloc: null as ((g: Owned) => void) | null,
  traverse: null as ((g: Borrowed, visit: VisitProc, arg: unknown) => number) | null,
  iternext: null as ((g: Borrowed) => Owned | Null) | null,
  getattro: null as ((g: Borrowed, name: Borrowed) => Owned | Null) | null,
};

export let genType = 0 as Borrowed;

export function isGen(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === genType;
}

function genRepr(g: Borrowed): Owned | Null {
  return strFromJS(`<generator object ${strToJS(i32[(g + GI_QUALNAME) >> 2] as Borrowed)} at 0x${g.toString(16).padStart(12, '0')}>`);
}

/**
 * _PyGen_Finalize (tp_finalize; the cycle collector calls it once per generator, PEP 442): close()
 * a suspended generator so its finally blocks run; an error is reported as unraisable.
 */
function genFinalize(g: Borrowed): void {
  const st = i32[(g + GI_FRAME_STATE) >> 2];
  if (st >= FRAME_COMPLETED || st === FRAME_EXECUTING) return;
  const saved = errFetch();
  const r = callMethod(g, 'close');
  if (r === NULL) typeWriteUnraisable(g, 'Exception ignored in');
  else decref(r);
  errSetRaised(saved);
}

/** Creates the generator type (static phase). */
export function genInitStatic(): void {
  genType = typeNewStatic({
    name: 'generator',
    basicsize: GI_FRAME,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: (g) => genHooks.dealloc!(g),
      traverse: (g, v, a) => genHooks.traverse!(g, v, a),
      finalize: genFinalize,
      repr: genRepr,
      hash: objectHashDefault,
      iter: (g) => newRef(g),
      iternext: (g) => genHooks.iternext!(g),
      getattro: (g, n) => genHooks.getattro!(g, n),
    },
  });
}

export { NULL };
