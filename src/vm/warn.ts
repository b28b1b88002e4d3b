// Issuing a warning from native code: PyErr_WarnExplicitObject (Python/_warnings.c). Immortal's
// _warnings is library source (src/lib/_warnings.py, whose functions are builtin functions), so this
// imports it and calls its warn_explicit(message, category, filename, lineno) or warn(), which apply the
// filters (the warnings module's, once imported) and print. As in CPython, the warnings module itself is
// not imported for this.
// Invariant: returns 0, or -1 with the exception set (the 'error' filter raises the warning itself).
// When _warnings cannot be imported (late in finalization, sys.modules emptied), the warning is printed
// as _warnings.c does without one: "file:line: Category: message", the default filters' ignored
// categories left out, and a warning with no Python frame to blame names "sys", line 1.

import { decref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { callMethod } from '../objects/abstract.ts';
import { intFromNumber } from '../objects/int.ts';
import { strFromJS } from '../objects/str.ts';
import { errClear, errExceptionMatches } from '../objects/errors.ts';
import { exceptionTypes } from '../objects/exceptions.ts';
import type { PyParserWarning, PySyntaxError } from '../parser/index.ts';
import { importModuleLevel } from './import.ts';
import { i32 } from '../heap/views.ts';
import { typeName } from '../objects/type.ts';
import { strToJS } from '../objects/str.ts';
import { CO_FILENAME } from '../objects/code.ts';
import { writeErrText } from '../modules/sys.ts';
import { ts } from './state.ts';
import { F_CODE, frameLine } from './frame.ts';
import { configHooks } from '../support/config.ts';

/**
 * PyErr_WarnExplicitObject(category, message, filename, lineno, module=NULL, registry=NULL): no
 * registry, so a warning the 'default' action shows is shown every time this is called (as CPython
 * shows a SyntaxWarning each time the same source is compiled).
 */
export function warnExplicit(category: Borrowed, msg: string, filename: string, lineno: number): number {
  const mod = importModuleLevel('_warnings', NULL, NULL, 0);
  if (mod === NULL) return warnWithoutModule(category, msg, filename, lineno);
  let m: Owned | Null = NULL, f: Owned | Null = NULL, l: Owned | Null = NULL, r: Owned | Null = NULL;
  fail: {
    m = strFromJS(msg); if (m === NULL) break fail;
    f = strFromJS(filename); if (f === NULL) break fail;
    l = intFromNumber(lineno); if (l === NULL) break fail;
    r = callMethod(mod, 'warn_explicit', [m, category, f, l]);
  }
  xdecref(l); xdecref(f); xdecref(m); decref(mod);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

/**
 * PyErr_WarnEx(category, msg, stacklevel) from native code: _warnings.warn(msg, category, stacklevel),
 * so level 1 names the Python frame that called the native function.
 */
export function warnEx(category: Borrowed, msg: string, stacklevel: number): number {
  const mod = importModuleLevel('_warnings', NULL, NULL, 0);
  if (mod === NULL) {
    const f = ts.frame;
    if (f === 0) return warnWithoutModule(category, msg, 'sys', 1);
    const code = i32[(f >> 2) + F_CODE] as Borrowed;
    return warnWithoutModule(category, msg, strToJS(i32[(code + CO_FILENAME) >> 2] as Borrowed), frameLine(f));
  }
  let m: Owned | Null = NULL, l: Owned | Null = NULL, r: Owned | Null = NULL;
  fail: {
    m = strFromJS(msg); if (m === NULL) break fail;
    l = intFromNumber(stacklevel); if (l === NULL) break fail;
    r = callMethod(mod, 'warn', [m, category, l]);
  }
  xdecref(l); xdecref(m); decref(mod);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

// objects/ (bytes' BytesWarning) warns through this hook: it cannot import this file.
configHooks.warn = (category, msg, stacklevel) => warnEx(exceptionTypes.get(category)!, msg, stacklevel);

/** The categories CPython's default filters ignore (outside __main__). */
const IGNORED_BY_DEFAULT = new Set(['DeprecationWarning', 'PendingDeprecationWarning', 'ImportWarning', 'ResourceWarning']);

/** A warning shown with no warnings module to apply filters (the failed import's error is dropped). */
function warnWithoutModule(category: Borrowed, msg: string, filename: string, lineno: number): number {
  errClear();
  const name = typeName(category);
  // (a sys.stderr that finalization has set to None shows nothing, as show_warning)
  if (!IGNORED_BY_DEFAULT.has(name)) writeErrText(`${filename}:${lineno}: ${name}: ${msg}\n`);
  return 0;
}

/**
 * Shows the SyntaxWarnings the parser and compiler collected for one compilation, in order. A warning
 * the filters turn into an exception becomes the SyntaxError at its location (CPython's
 * warn_invalid_escape_sequence / compiler_warn do this), raised with `raise`; returns -1 then.
 */
export function warnCompileWarnings(warnings: readonly PyParserWarning[], raise: (e: PySyntaxError) => unknown): number {
  for (const w of warnings) {
    const cat = exceptionTypes.get(w.category)!;
    if (warnExplicit(cat, w.msg, w.filename, w.lineno) === 0) continue;
    if (w.error !== undefined && errExceptionMatches(cat)) {
      errClear();
      raise(w.error);
    }
    return -1;
  }
  return 0;
}
