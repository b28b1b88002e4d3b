// _traceback: the VM's own exception formatting (src/vm/traceback.ts, CPython 3.12's exact layout
// with caret lines) exposed to src/lib/traceback.py, which builds the public traceback API on it.
// Immortal-specific (CPython's traceback.py formats in Python); private by its underscore name.
// Invariant: formatting never raises for a valid exception or traceback object.

import { i32 } from '../heap/views.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from '../objects/type.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { strFromJS } from '../objects/str.ts';
import { isTraceback, TB_CODE } from '../objects/traceback.ts';
import { newRef } from '../heap/refcount.ts';
import { EXC_TRACEBACK } from '../objects/exceptions.ts';
import { argAt, type MethodDef } from '../objects/methodobject.ts';
import { objectIsTrue } from '../objects/object.ts';
import { nativeModuleNew } from './native.ts';
import { formatException, formatTraceback, formatExceptionOnly } from '../vm/traceback.ts';

function isExc(o: number): boolean {
  return (i32[(i32[(o + 4) >> 2] + 28) >> 2] & (1 << 30)) !== 0;
}

const defs: MethodDef[] = [
  {
    name: 'format_exception',
    fn: (_s, args, nargs) => {
      if (nargs < 1 || nargs > 2) return errSetString(TypeError, 'format_exception(exc, chain=True)');
      const e = argAt(args, 0);
      if (!isExc(e)) return errSetString(TypeError, `expected an exception, not ${typeNameOf(e)}`);
      let chain = true;
      if (nargs === 2) { const t = objectIsTrue(argAt(args, 1)); if (t < 0) return NULL; chain = t === 1; }
      if (chain) return strFromJS(formatException(e));
      const tb = i32[(e + EXC_TRACEBACK) >> 2];
      const head = tb !== 0 ? 'Traceback (most recent call last):\n' + formatTraceback(tb) : '';
      return strFromJS(head + formatExceptionOnly(e));
    },
  },
  {
    name: 'format_tb',
    fn: (_s, args, nargs): Owned | Null => {
      if (nargs !== 1) return errSetString(TypeError, 'format_tb(tb)');
      const tb = argAt(args, 0);
      if (!isTraceback(tb)) return errSetString(TypeError, `expected a traceback, not ${typeNameOf(tb)}`);
      return strFromJS(formatTraceback(tb));
    },
  },
  {
    name: 'format_exception_only',
    fn: (_s, args, nargs) => {
      if (nargs !== 1) return errSetString(TypeError, 'format_exception_only(exc)');
      const e = argAt(args, 0);
      if (!isExc(e)) return errSetString(TypeError, `expected an exception, not ${typeNameOf(e)}`);
      return strFromJS(formatExceptionOnly(e));
    },
  },
  {
    // The code object of a traceback entry (tb_frame may be None when the frame kept no locals).
    name: 'tb_code',
    fn: (_s, args, nargs) => {
      if (nargs !== 1) return errSetString(TypeError, 'tb_code(tb)');
      const tb = argAt(args, 0);
      if (!isTraceback(tb)) return errSetString(TypeError, `expected a traceback, not ${typeNameOf(tb)}`);
      const c = i32[(tb + TB_CODE) >> 2] as Borrowed;
      return newRef(c);
    },
  },
];

export function tracebackModuleNew(): Owned | Null {
  return nativeModuleNew('_traceback', defs);
}
