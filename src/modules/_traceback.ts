// _traceback: the VM's own exception formatting (src/vm/traceback.ts, CPython 3.12's exact layout
// with caret lines) exposed to src/lib/traceback.py, which builds the public traceback API on it.
// Immortal-specific (CPython's traceback.py formats in Python); private by its underscore name.
// Invariant: formatting never raises for a valid exception or traceback object.

import { i32 } from '../heap/views.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from '../objects/type.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { isTraceback, TB_CODE } from '../objects/traceback.ts';
import { newRef } from '../heap/refcount.ts';
import { EXC_TRACEBACK } from '../objects/exceptions.ts';
import { argAt, type MethodDef } from '../objects/methodobject.ts';
import { objectIsTrue } from '../objects/object.ts';
import { nativeModuleNew } from './native.ts';
import { formatException, formatTraceback, formatExceptionOnly, tracebackPyStyle, caretAnchors, bestSuggestion, sourceLine, sourceReadable, intOf } from '../vm/traceback.ts';
import { strToJS, strFromJS, isStr } from '../objects/str.ts';
import { isList, listSize, listGetItemBorrow } from '../objects/list.ts';
import { intFromNumber, isInt } from '../objects/int.ts';
import { tuplePack } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { xdecref } from '../heap/refcount.ts';

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
      if (chain) return strFromJS(tracebackPyStyle(() => formatException(e)));
      const tb = i32[(e + EXC_TRACEBACK) >> 2];
      const head = tb !== 0 ? 'Traceback (most recent call last):\n' + tracebackPyStyle(() => formatTraceback(tb)) : '';
      return strFromJS(head + tracebackPyStyle(() => formatExceptionOnly(e)));
    },
  },
  {
    name: 'format_tb',
    fn: (_s, args, nargs): Owned | Null => {
      if (nargs !== 1) return errSetString(TypeError, 'format_tb(tb)');
      const tb = argAt(args, 0);
      if (!isTraceback(tb)) return errSetString(TypeError, `expected a traceback, not ${typeNameOf(tb)}`);
      return strFromJS(tracebackPyStyle(() => formatTraceback(tb)));
    },
  },
  {
    name: 'format_exception_only',
    fn: (_s, args, nargs) => {
      if (nargs !== 1) return errSetString(TypeError, 'format_exception_only(exc)');
      const e = argAt(args, 0);
      if (!isExc(e)) return errSetString(TypeError, `expected an exception, not ${typeNameOf(e)}`);
      return strFromJS(tracebackPyStyle(() => formatExceptionOnly(e)));
    },
  },
  {
    // source_line(filename, lineno): the line (with its newline; '' past the end), or None when the
    // file can't be read. The interpreter's own cache of source files, which tracebacks print from;
    // traceback.py asks it before linecache, whose first use imports os and io.
    name: 'source_line',
    fn: (_s, args, nargs) => {
      if (nargs !== 2 || !isStr(argAt(args, 0)) || !isInt(argAt(args, 1))) return errSetString(TypeError, 'source_line(filename, lineno)');
      const file = strToJS(argAt(args, 0));
      if (!sourceReadable(file)) return newRef(Py_None);
      const n = intOf(argAt(args, 1));
      const line = n !== null ? sourceLine(file, n) : null;
      if (line === null) return strFromJS('');
      return strFromJS(line.endsWith('\n') ? line : line + '\n');
    },
  },
  {
    // caret_anchors(segment): (left, right) character offsets of the operator of a binary operation
    // or the brackets of a subscript that make up the whole segment, or None (traceback.py's
    // _extract_caret_anchors_from_line_segment, which needs the ast module).
    name: 'caret_anchors',
    fn: (_s, args, nargs) => {
      if (nargs !== 1 || !isStr(argAt(args, 0))) return errSetString(TypeError, 'caret_anchors(segment)');
      const a = caretAnchors(strToJS(argAt(args, 0)));
      if (a === null) return newRef(Py_None);
      const l = intFromNumber(a.left), r = intFromNumber(a.right);
      const t = l !== NULL && r !== NULL ? tuplePack([l, r]) : NULL;
      xdecref(l); xdecref(r);
      return t;
    },
  },
  {
    // best_suggestion(wrong_name, names): the closest of a list of str names, or None (the
    // Levenshtein search of traceback._compute_suggestion_error).
    name: 'best_suggestion',
    fn: (_s, args, nargs) => {
      if (nargs !== 2 || !isStr(argAt(args, 0)) || !isList(argAt(args, 1))) return errSetString(TypeError, 'best_suggestion(name, names)');
      const l = argAt(args, 1);
      const names: string[] = [];
      for (let i = 0; i < listSize(l); i++) {
        const n = listGetItemBorrow(l, i);
        if (!isStr(n)) return errSetString(TypeError, `expected str, got ${typeNameOf(n)}`);
        names.push(strToJS(n));
      }
      const r = bestSuggestion(strToJS(argAt(args, 0)), names);
      return r === null ? newRef(Py_None) : strFromJS(r);
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
