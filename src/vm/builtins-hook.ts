// How the vm obtains the builtins module. The builtins owner's src/modules/builtins.ts replaces
// `builtinsHooks.create`; until it exists, a STOPGAP module with print/repr/len/__build_class__-less
// basics lets the eval loop be tested. TODO(issue #4): delete the stopgap once builtins.ts lands.
// Mirrors nothing in CPython (bltinmodule.c is the real thing).

import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError, exceptionTypes } from '../objects/exceptions.ts';
import { objectStr, objectRepr, objectLength } from '../objects/object.ts';
import { strToJS, strInternImmortal, isStr } from '../objects/str.ts';
import { tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { intFromNumber } from '../objects/int.ts';
import { dictSetItem } from '../objects/dict.ts';
import { Py_None } from '../objects/none.ts';
import { cfunctionNew, argAt, type MethodDef } from '../objects/methodobject.ts';
import { moduleNew, moduleDictBorrow } from '../objects/module.ts';
import { staticTypes, typeName } from '../objects/type.ts';
import { stdio } from './io.ts';

/** STOPGAP print(*args, sep=' ', end='\n'): writes straight to the program's stdout. */
function stopgapPrint(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  let sep = ' ', end = '\n';
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  for (let i = 0; i < nkw; i++) {
    const k = strToJS(tupleGetItemBorrow(kwnames as Borrowed, i));
    const v = argAt(args, nargs + i);
    const s = v === Py_None ? null : isStr(v) ? strToJS(v) : undefined;
    if (s === undefined) return errSetString(TypeError, `${k} must be None or a string, not ${'object'}`);
    if (k === 'sep') sep = s ?? ' ';
    else if (k === 'end') end = s ?? '\n';
    else if (k !== 'flush' && k !== 'file') return errSetString(TypeError, `'${k}' is an invalid keyword argument for print()`);
  }
  let out = '';
  for (let i = 0; i < nargs; i++) {
    const s = objectStr(argAt(args, i));
    if (s === NULL) return NULL;
    if (i > 0) out += sep;
    out += strToJS(s);
    decref(s);
  }
  stdio.writeOut(out + end);
  incref(Py_None);
  return Py_None as Owned;
}

const stopgapDefs: MethodDef[] = [
  { name: 'print', fn: stopgapPrint },
  { name: 'repr', fn: (_s, a, n) => (n !== 1 ? errSetString(TypeError, 'repr() takes exactly one argument') : objectRepr(argAt(a, 0))) },
  {
    name: 'len',
    fn: (_s, a, n) => {
      if (n !== 1) return errSetString(TypeError, `len() takes exactly one argument (${n} given)`);
      const r = objectLength(argAt(a, 0));
      return r < 0 ? NULL : intFromNumber(r);
    },
  },
];

function stopgapCreate(): Owned | Null {
  const m = moduleNew('builtins');
  if (m === NULL) return NULL;
  const d = moduleDictBorrow(m);
  for (const def of stopgapDefs) {
    const f = cfunctionNew(def, m, NULL);
    if (f === NULL || dictSetItem(d, strInternImmortal(def.name), f) < 0) { decref(m); return NULL; }
    decref(f);
  }
  for (const [name, t] of exceptionTypes) if (dictSetItem(d, strInternImmortal(name), t) < 0) { decref(m); return NULL; }
  for (const t of staticTypes) {
    const n = typeName(t);
    if (/^[a-z]+$/.test(n) && dictSetItem(d, strInternImmortal(n), t) < 0) { decref(m); return NULL; }
  }
  return m;
}

export const builtinsHooks = {
  /** Creates the builtins module (owned) for a new session. */
  create: stopgapCreate as () => Owned | Null,
};
