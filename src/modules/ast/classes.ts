// The classes of the _ast module: `AST` (the generic constructor, __reduce__, _fields/_attributes/
// __match_args__), then one class per sum type, constructor and product type of the grammar (ast/asdl.ts),
// made by calling `type` as CPython's Python/Python-ast.c make_type does. Their __module__ is 'ast'.
// Invariant: each session's _ast module owns its classes (in its dict and its state, with one shared
// instance of each field-less node, Load(), Add()...); the tree conversions find them through the
// module's state (astTypesGet), never through a JS-side cache that could outlive it.

import { decref, newRef, xdecref } from '../../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../heap/ref.ts';
import { typeType, typeNewImpl, typeSetAttro, typeOf, typeName, typeSlotsOf } from '../../objects/type.ts';
import { methodDescriptorNew, argAt, type MethodDef } from '../../objects/methodobject.ts';
import { strFromJS, strInternImmortal, isStr, strToJS } from '../../objects/str.ts';
import { tupleNew, tupleSetItemSteal, tuplePack, tupleSize, tupleGetItemBorrow, isTuple } from '../../objects/tuple.ts';
import { dictNew, dictSetItem, dictGetItemBorrow } from '../../objects/dict.ts';
import { intFromNumber } from '../../objects/int.ts';
import { Py_None } from '../../objects/none.ts';
import { noneNew, objectSetAttr, objectLookupAttr } from '../../objects/object.ts';
import { sequenceFast, sequenceContains } from '../../objects/abstract.ts';
import { listSize, listGetItemBorrow, isList } from '../../objects/list.ts';
import { errSetString, errOccurred } from '../../objects/errors.ts';
import { TypeError } from '../../objects/exceptions.ts';
import { moduleDictBorrow, moduleStateAddSteal, moduleStateBorrow } from '../../objects/module.ts';
import { ASDL_TYPES, asdlDoc, asdlSumDoc, type AsdlField } from './asdl.ts';

function S(s: string): Borrowed { return strInternImmortal(s); }

function strTuple(names: readonly string[]): Owned | Null {
  const t = tupleNew(names.length);
  if (t === NULL) return NULL;
  for (let i = 0; i < names.length; i++) tupleSetItemSteal(t, i, newRef(S(names[i]!)));
  return t;
}

/** The items of a sequence `fields` (a tuple or list) as borrowed references, or null with an error set. */
function fieldsItems(fields: Borrowed): { items: Borrowed[]; hold: Owned } | null {
  const fast = sequenceFast(fields, "'_fields' must be a sequence");
  if (fast === NULL) return null;
  const items: Borrowed[] = [];
  if (isTuple(fast)) for (let i = 0; i < tupleSize(fast); i++) items.push(tupleGetItemBorrow(fast, i));
  else if (isList(fast)) for (let i = 0; i < listSize(fast); i++) items.push(listGetItemBorrow(fast, i));
  return { items, hold: fast };
}

/**
 * AST.__init__(self, *args, **kwargs) (ast_type_init): positional arguments name the fields of
 * type(self)._fields in order, keywords any attribute; a keyword naming a field already given
 * positionally is an error.
 */
function ast_init(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const me = self as Borrowed;
  const tp = typeOf(me);
  const tpName = typeName(tp).slice(typeName(tp).lastIndexOf('.') + 1);
  const fields = objectLookupAttr(tp, S('_fields'));
  if (fields === NULL && errOccurred() !== NULL) return NULL;
  let seq: { items: Borrowed[]; hold: Owned } | null = null;
  fail: {
    let numfields = 0;
    if (fields !== NULL) {
      seq = fieldsItems(fields);
      if (seq === null) break fail;
      numfields = seq.items.length;
    }
    if (nargs > numfields) {
      errSetString(TypeError, `${tpName} constructor takes at most ${numfields} positional argument${numfields === 1 ? '' : 's'}`);
      break fail;
    }
    for (let i = 0; i < nargs; i++) {
      if (objectSetAttr(me, seq!.items[i]!, argAt(args, i)) < 0) break fail;
    }
    const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
    for (let k = 0; k < nkw; k++) {
      const key = tupleGetItemBorrow(kwnames as Borrowed, k);
      if (fields !== NULL && nargs > 0) {
        const c = sequenceContains(fields, key);
        if (c < 0) break fail;
        if (c === 1) {
          const at = seq!.items.findIndex((f) => isStr(f) && strToJS(f) === strToJS(key));
          if (at >= 0 && at < nargs) {
            errSetString(TypeError, `${tpName} got multiple values for argument '${strToJS(key)}'`);
            break fail;
          }
        }
      }
      if (objectSetAttr(me, key, argAt(args, nargs + k)) < 0) break fail;
    }
    if (seq !== null) decref(seq.hold);
    xdecref(fields);
    return noneNew();
  }
  if (seq !== null) decref(seq.hold);
  xdecref(fields);
  return NULL;
}

/** AST.__reduce__: (type(self), (), self.__dict__), or (type(self), ()) without a __dict__. */
function ast_reduce(self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs !== 0 || (kwnames !== NULL && tupleSize(kwnames) !== 0)) {
    return errSetString(TypeError, `AST.__reduce__() takes no arguments (${nargs} given)`);
  }
  const me = self as Borrowed;
  const d = objectLookupAttr(me, S('__dict__'));
  if (d === NULL && errOccurred() !== NULL) return NULL;
  const empty = tupleNew(0);
  if (empty === NULL) { xdecref(d); return NULL; }
  const r = d !== NULL ? tuplePack([typeOf(me), empty, d]) : tuplePack([typeOf(me), empty]);
  decref(empty);
  xdecref(d);
  return r;
}

const INIT_DEF: MethodDef = { name: '__init__', fn: ast_init, doc: 'Initialize self.  See help(type(self)) for accurate signature.' };
const REDUCE_DEF: MethodDef = { name: '__reduce__', fn: ast_reduce, doc: 'Helper for pickle.' };

/** A class `name(base)` with `entries` (owned values, consumed) as its namespace; owned or NULL. */
function makeClass(name: string, base: Borrowed | Null, entries: Array<[string, Owned | Null]>): Owned | Null {
  const ns = dictNew();
  let ok = ns !== NULL;
  for (const [k, v] of entries) {
    if (ok && v !== NULL) ok = dictSetItem(ns as Borrowed, S(k), v) >= 0;
    else ok = false;
    xdecref(v);
  }
  if (!ok) { xdecref(ns); return NULL; }
  const nameO = strFromJS(name);
  const bases = nameO === NULL ? NULL : base === NULL ? tupleNew(0) : tuplePack([base]);
  const t = bases === NULL ? NULL : typeNewImpl(typeType, nameO as Borrowed, bases, ns as Borrowed, NULL);
  xdecref(bases); xdecref(nameO); decref(ns as Owned);
  return t;
}

/** The namespace entries of a node class with `fields` and (unless null) `attributes` of its own. */
function classEntries(fields: readonly AsdlField[], attributes: readonly AsdlField[] | null, doc: string): Array<[string, Owned | Null]> {
  const names = fields.map((f) => f.name);
  const e: Array<[string, Owned | Null]> = [
    ['_fields', strTuple(names)], ['__match_args__', strTuple(names)], ['__module__', strFromJS('ast')], ['__doc__', strFromJS(doc)],
  ];
  if (attributes !== null) e.push(['_attributes', strTuple(attributes.map((a) => a.name))]);
  // Optional fields (and optional attributes) default to None on the class.
  for (const f of fields) if (f.opt) e.push([f.name, newRef(Py_None)]);
  if (attributes !== null) for (const a of attributes) if (a.opt) e.push([a.name, newRef(Py_None)]);
  return e;
}

/** Fills the _ast module: AST, every node class, the PyCF_* flags. 0, or -1 with an exception set. */
export function astModuleInit(m: Borrowed): number {
  const d = moduleDictBorrow(m);
  const put = (name: string, v: Owned | Null): boolean => {
    if (v === NULL) return false;
    const r = dictSetItem(d, S(name), v);
    decref(v);
    return r >= 0;
  };
  // AST is a native type in CPython, named 'ast.AST' where its tp_name shows (descriptor reprs).
  const ast = makeClass('AST', NULL, [
    ['__immortal_tp_name__', strFromJS('ast.AST')], ['__module__', strFromJS('ast')], ['_fields', tupleNew(0)], ['__match_args__', tupleNew(0)], ['_attributes', tupleNew(0)],
  ]);
  if (ast === NULL) return -1;
  for (const def of [INIT_DEF, REDUCE_DEF]) {
    const descr = methodDescriptorNew(ast, def);
    if (descr === NULL || typeSetAttro(ast, S(def.name), descr) < 0) { xdecref(descr); decref(ast); return -1; }
    decref(descr);
  }
  if (!put('AST', ast)) return -1;
  for (const t of ASDL_TYPES) {
    if (t.constructors === null) {
      if (!put(t.name, makeClass(t.name, ast, classEntries(t.fields, t.attributes, asdlDoc(t.name, t.fields))))) return -1;
      continue;
    }
    const base = makeClass(t.name, ast, classEntries([], t.attributes, asdlSumDoc(t)));
    if (base === NULL) return -1;
    for (const c of t.constructors) {
      if (!put(c.name, makeClass(c.name, base, classEntries(c.fields, null, asdlDoc(c.name, c.fields))))) { decref(base); return -1; }
    }
    if (!put(t.name, base)) return -1;
  }
  if (stateInit(m) < 0) return -1;
  return put('PyCF_ALLOW_TOP_LEVEL_AWAIT', intFromNumber(0x2000)) && put('PyCF_ONLY_AST', intFromNumber(0x400))
    && put('PyCF_TYPE_COMMENTS', intFromNumber(0x1000)) ? 0 : -1;
}

/** Every class of the module, in the order of the module state's slots. */
const STATE_NAMES: readonly string[] = (() => {
  const names = ['AST'];
  for (const t of ASDL_TYPES) {
    names.push(t.name);
    if (t.constructors !== null) for (const c of t.constructors) names.push(c.name);
  }
  return names;
})();

/** The field-less constructors (Load, Add...): their one shared instance follows the classes in the state. */
const SINGLETON_NAMES: readonly string[] = ASDL_TYPES.filter((t) => t.simple).flatMap((t) => t.constructors!.map((c) => c.name));

/**
 * Records the classes and the shared instances of the field-less nodes in the module's state (owned by
 * it), where the conversions find them whatever later happens to the module's dict (ast_state).
 */
function stateInit(m: Borrowed): number {
  const d = moduleDictBorrow(m);
  for (const n of STATE_NAMES) {
    const v = dictGetItemBorrow(d, S(n));
    if (v === NULL || moduleStateAddSteal(m, newRef(v)) < 0) return -1;
  }
  for (const n of SINGLETON_NAMES) {
    const cls = dictGetItemBorrow(d, S(n)) as Borrowed;
    if (moduleStateAddSteal(m, typeSlotsOf(cls).new!(cls, 0, 0, NULL)) < 0) return -1;
  }
  return 0;
}

/** The _ast classes and shared field-less instances of module `m` (borrowed while `m` lives). */
export interface AstTypes { classes: Map<string, Borrowed>; singletons: Map<string, Borrowed> }

export function astTypesGet(m: Borrowed): AstTypes {
  const classes = new Map<string, Borrowed>();
  const singletons = new Map<string, Borrowed>();
  let i = 0;
  for (const n of STATE_NAMES) classes.set(n, moduleStateBorrow(m, i++));
  for (const n of SINGLETON_NAMES) singletons.set(n, moduleStateBorrow(m, i++));
  return { classes, singletons };
}
