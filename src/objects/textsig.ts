// __text_signature__ of builtin callables: CPython keeps it as the first lines of a C docstring
// ("len($module, obj, /)\n--\n\n") and splits it off on access (_PyType_GetTextSignatureFromInternalDoc);
// inspect.signature parses it. Our builtins carry no docstrings, so the signatures come from a table
// recorded from CPython 3.12 (objects/text-signatures.ts, written by tools/gen-text-signatures.py),
// parsed into a Map on the first lookup. Invariant: only static (non-heap) types are looked up by
// qualname, so a class defined in Python never picks up a builtin's signature by sharing its name.

import { i32 } from '../heap/views.ts';
import type { Borrowed } from '../heap/ref.ts';
import { strToJS, isStr } from './str.ts';
import { TP_FLAGS, TP_QUALNAME, Py_TPFLAGS_HEAPTYPE, typeMroBorrow, typeDictBorrow } from './type.ts';
import { dictGetItemStringBorrow } from './dict.ts';
import { tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { TEXT_SIGNATURE_ROWS } from './text-signatures.ts';

let table: Map<string, string> | null = null;

function lookup(key: string): string | undefined {
  if (table === null) {
    table = new Map();
    for (const row of TEXT_SIGNATURE_ROWS) {
      const tab = row.indexOf('\t');
      table.set(row.slice(0, tab), row.slice(tab + 1));
    }
  }
  return table.get(key);
}

function staticQualname(t: Borrowed): string | null {
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) return null;
  const q = i32[(t + TP_QUALNAME) >> 2] as Borrowed;
  return q !== 0 && isStr(q) ? strToJS(q) : null;
}

/** The signature of a builtin type itself (type.__text_signature__), e.g. object's '()'. */
export function textSignatureOfType(t: Borrowed): string | undefined {
  const q = staticQualname(t);
  return q === null ? undefined : lookup(`type:${q}`);
}

/** The signature of attribute `name` (a method, class/static method or slot wrapper) defined by type t. */
export function textSignatureOfAttr(t: Borrowed, name: string): string | undefined {
  const q = staticQualname(t);
  return q === null ? undefined : lookup(`${q}.${name}`);
}

/** The signature of method `name` as found on t: the first type on t's MRO whose dict has it. */
export function textSignatureOfMethod(t: Borrowed, name: string): string | undefined {
  const mro = typeMroBorrow(t);
  if (mro === 0) return undefined;
  for (let i = 0, n = tupleSize(mro); i < n; i++) {
    const base = tupleGetItemBorrow(mro, i);
    const d = typeDictBorrow(base);
    if (d !== 0 && dictGetItemStringBorrow(d, name) !== 0) return textSignatureOfAttr(base, name);
  }
  return undefined;
}

/** The signature of a module-level builtin function by its __module__ and __name__. */
export function textSignatureOfFunction(module: string, name: string): string | undefined {
  return lookup(`${module}.${name}`);
}
