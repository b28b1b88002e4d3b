// pyexpat: the Expat XML parser as CPython 3.12 offers it (Modules/pyexpat.c), over the parser of
// src/support/xmlparse.ts. ParserCreate, the xmlparser type (Parse, ParseFile, the handler attributes,
// buffer_text, ordered/specified attributes, namespace triplets, positions, ExternalEntityParserCreate),
// ExpatError with its code/lineno/offset, and the `errors` and `model` submodules.
// Invariants: an xmlparser owns its handlers and its intern dict (slots in the object, visited by its
// traverse); its parser engine and character buffer are JS state keyed by its address, dropped by its
// dealloc. As in pyexpat, a handler that raises makes the parser drop every handler and stop; Parse then
// returns with that exception. Handler arguments are interned right to left, as CPython's C compiler
// evaluates the arguments of Py_BuildValue, so `parser.intern` fills in CPython's order.
//
//   xmlparser (GC):  +0 ob_refcnt  +4 ob_type  +8 intern (owned dict or 0)  +12 .. +100 handlers[22] (owned or 0)

import { i32, u8 } from '../heap/views.ts';
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { GC_NEXT, gcTrack, gcUntrack } from '../heap/header.ts';
import { nativeModuleNew, moduleAddSteal, exceptionClassNew } from './native.ts';
import { moduleNew } from '../objects/module.ts';
import { type MethodDef, argAt, argsNoKwnames, argsNone } from '../objects/methodobject.ts';
import { errSetString, errOccurred, errSetRaised } from '../objects/errors.ts';
import {
  TypeError, ValueError, RuntimeError, Exception, NotImplementedError, OverflowError,
} from '../objects/exceptions.ts';
import {
  typeNewFromSpec, typeGenericAlloc, objectType, typeOf, typeNameOf, Py_TPFLAGS_HAVE_GC, type VisitProc,
} from '../objects/type.ts';
import { objectGCFree, objectIsTrue } from '../objects/object.ts';
import { getsetDescriptorNew, type GetSetDef } from '../objects/getset.ts';
import { strFromJS, strToJS, isStr, strAsUTF8, strInternImmortal } from '../objects/str.ts';
import { bytesFromUint8Array, isBytes } from '../objects/bytes.ts';
import { bufferGet, BUF } from '../objects/memoryview.ts';
import { intFromNumber, isInt } from '../objects/int.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { Py_None } from '../objects/none.ts';
import { tupleNew, tupleSetItemSteal, tuplePack } from '../objects/tuple.ts';
import { listNew, listSetItemSteal } from '../objects/list.ts';
import { dictNew, dictSetItem, dictGetItemBorrow, isDict } from '../objects/dict.ts';
import {
  objectCallArgs, objectGetAttrString, objectSetItem, callMethod, numberAsSsize, objectLookupAttr, LOOKUP_RESULT,
} from '../objects/abstract.ts';
import { isByteArray } from '../objects/bytearray.ts';
import { importModuleLevel } from '../vm/import.ts';
import {
  XmlParser, type XmlSink, type ContentModel, ERROR_MESSAGES,
  H_START_ELEMENT, H_END_ELEMENT, H_CHARACTER_DATA, H_PI, H_COMMENT, H_START_CDATA, H_END_CDATA, H_DEFAULT,
  H_XML_DECL, H_START_DOCTYPE, H_END_DOCTYPE, H_ENTITY_DECL, H_UNPARSED_ENTITY_DECL, H_NOTATION_DECL,
  H_START_NAMESPACE, H_END_NAMESPACE, H_NOT_STANDALONE, H_EXTERNAL_ENTITY_REF, H_SKIPPED_ENTITY, H_ELEMENT_DECL,
  H_ATTLIST_DECL,
} from '../support/xmlparse.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const P_INTERN = 8;
const P_HANDLERS = 12;

// pyexpat's handler table, in its order (the slot of each handler in the object).
const HANDLERS: ReadonlyArray<[string, number]> = [
  ['StartElementHandler', H_START_ELEMENT],
  ['EndElementHandler', H_END_ELEMENT],
  ['ProcessingInstructionHandler', H_PI],
  ['CharacterDataHandler', H_CHARACTER_DATA],
  ['UnparsedEntityDeclHandler', H_UNPARSED_ENTITY_DECL],
  ['NotationDeclHandler', H_NOTATION_DECL],
  ['StartNamespaceDeclHandler', H_START_NAMESPACE],
  ['EndNamespaceDeclHandler', H_END_NAMESPACE],
  ['CommentHandler', H_COMMENT],
  ['StartCdataSectionHandler', H_START_CDATA],
  ['EndCdataSectionHandler', H_END_CDATA],
  ['DefaultHandler', H_DEFAULT],
  ['DefaultHandlerExpand', H_DEFAULT],
  ['NotStandaloneHandler', H_NOT_STANDALONE],
  ['ExternalEntityRefHandler', H_EXTERNAL_ENTITY_REF],
  ['StartDoctypeDeclHandler', H_START_DOCTYPE],
  ['EndDoctypeDeclHandler', H_END_DOCTYPE],
  ['EntityDeclHandler', H_ENTITY_DECL],
  ['XmlDeclHandler', H_XML_DECL],
  ['ElementDeclHandler', H_ELEMENT_DECL],
  ['AttlistDeclHandler', H_ATTLIST_DECL],
  ['SkippedEntityHandler', H_SKIPPED_ENTITY],
];
const NH = HANDLERS.length;
const START_ELEMENT = 0, END_ELEMENT = 1, PI = 2, CHARACTER_DATA = 3, UNPARSED = 4, NOTATION = 5;
const START_NS = 6, END_NS = 7, COMMENT = 8, START_CDATA = 9, END_CDATA = 10, DEFAULT = 11, DEFAULT_EXPAND = 12;
const NOT_STANDALONE = 13, EXTERNAL_ENTITY = 14, START_DOCTYPE = 15, END_DOCTYPE = 16, ENTITY_DECL = 17;
const XML_DECL = 18, ELEMENT_DECL = 19, ATTLIST_DECL = 20, SKIPPED_ENTITY = 21;
const PARSER_SIZE = P_HANDLERS + 4 * NH;

/** Bytes ParseFile asks read() for at a time, and the most Parse hands Expat at once. */
const BUF_SIZE = 2048;
const MAX_CHUNK_SIZE = 1 << 20;

const ERROR_NAMES = [
  '', 'NO_MEMORY', 'SYNTAX', 'NO_ELEMENTS', 'INVALID_TOKEN', 'UNCLOSED_TOKEN', 'PARTIAL_CHAR', 'TAG_MISMATCH',
  'DUPLICATE_ATTRIBUTE', 'JUNK_AFTER_DOC_ELEMENT', 'PARAM_ENTITY_REF', 'UNDEFINED_ENTITY', 'RECURSIVE_ENTITY_REF',
  'ASYNC_ENTITY', 'BAD_CHAR_REF', 'BINARY_ENTITY_REF', 'ATTRIBUTE_EXTERNAL_ENTITY_REF', 'MISPLACED_XML_PI',
  'UNKNOWN_ENCODING', 'INCORRECT_ENCODING', 'UNCLOSED_CDATA_SECTION', 'EXTERNAL_ENTITY_HANDLING', 'NOT_STANDALONE',
  'UNEXPECTED_STATE', 'ENTITY_DECLARED_IN_PE', 'FEATURE_REQUIRES_XML_DTD', 'CANT_CHANGE_FEATURE_ONCE_PARSING',
  'UNBOUND_PREFIX', 'UNDECLARING_PREFIX', 'INCOMPLETE_PE', 'XML_DECL', 'TEXT_DECL', 'PUBLICID', 'SUSPENDED',
  'NOT_SUSPENDED', 'ABORTED', 'FINISHED', 'SUSPEND_PE', 'RESERVED_PREFIX_XML', 'RESERVED_PREFIX_XMLNS',
  'RESERVED_NAMESPACE_URI', 'INVALID_ARGUMENT', 'NO_BUFFER', 'AMPLIFICATION_LIMIT_BREACH',
];

let parserType = 0 as Borrowed;
let expatError = 0 as Borrowed;

/** The JS side of one xmlparser. */
interface State {
  engine: XmlParser;
  /** Character data waiting for the handler (buffer_text), or null when not buffering. */
  buffer: string[] | null;
  bufferUsed: number;
  bufferSize: number;
  ordered: boolean;
  specified: boolean;
  inCallback: boolean;
  /** Which handler slot the engine's default handler calls (DEFAULT or DEFAULT_EXPAND). */
  defaultSlot: number;
}

const states = new Map<number, State>();

function stateOf(self: Borrowed): State {
  return states.get(self)!;
}

function handlerBorrow(self: Borrowed, i: number): Borrowed | Null {
  return i32[(self + P_HANDLERS + 4 * i) >> 2] as Borrowed | Null;
}

/** UTF-8 length of a JS string (buffer_used counts bytes, as Expat's XML_Char is a byte). */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) n += 1;
      else if (c >= 0xd800 && c < 0xdc00) { n += 2; i++; } else n += 2;
    }
  }
  return n;
}

/** A str for a JS string, or None for null. */
function strOrNone(s: string | null): Owned | Null {
  return s === null ? newRef(Py_None) : strFromJS(s);
}

/** string_intern: the str for s (None for null), shared through the parser's intern dict. */
function intern(self: Borrowed, s: string | null): Owned | Null {
  const r = strOrNone(s);
  if (r === NULL) return NULL;
  const d = i32[(self + P_INTERN) >> 2] as Borrowed | Null;
  if (d === NULL) return r;
  const v = dictGetItemBorrow(d, r);
  if (v !== NULL) {
    decref(r);
    return newRef(v);
  }
  if (errOccurred() !== NULL || dictSetItem(d, r, r) < 0) {
    decref(r);
    return NULL;
  }
  return r;
}

/** flag_error: drops every handler and stops the parser (a handler raised). */
function flagError(self: Borrowed): void {
  clearHandlers(self);
  const st = stateOf(self);
  st.engine.has = 0;
  st.engine.stop();
}

function clearHandlers(self: Borrowed): void {
  for (let i = 0; i < NH; i++) {
    const p = (self + P_HANDLERS + 4 * i) >> 2;
    const h = i32[p];
    i32[p] = 0;
    if (h !== 0) decref(h as Owned);
  }
}

/**
 * Calls handler `i` with `items` (owned; NULL in it means building failed) and returns its result, or
 * NULL after flagging the error. Skips (returns NULL, nothing flagged) when an exception is pending.
 */
function callHandler(self: Borrowed, i: number, items: Array<Owned | Null>): Owned | Null {
  let bad = false;
  for (const it of items) if (it === NULL) bad = true;
  if (bad) {
    for (const it of items) xdecref(it);
    flagError(self);
    return NULL;
  }
  const h = handlerBorrow(self, i);
  if (h === NULL) {
    for (const it of items) decref(it as Owned);
    return NULL;
  }
  const st = stateOf(self);
  incref(h);
  st.inCallback = true;
  const r = objectCallArgs(h, items as Borrowed[]);
  st.inCallback = false;
  decref(h as Owned);
  for (const it of items) decref(it as Owned);
  if (r === NULL) flagError(self);
  return r;
}

/** Whether handler i may be called now (set, no exception pending, buffered text flushed). */
function ready(self: Borrowed, i: number): boolean {
  if (handlerBorrow(self, i) === NULL) return false;
  if (errOccurred() !== NULL) return false;
  return flushCharacterBuffer(self) >= 0;
}

function callVoid(self: Borrowed, i: number, items: Array<Owned | Null>): void {
  const r = callHandler(self, i, items);
  if (r !== NULL) decref(r);
}

/** A handler whose result Expat reads as a C int (PyLong_AsLong): the int, or -1 with the error flagged. */
function callInt(self: Borrowed, i: number, items: Array<Owned | Null>): number {
  const r = callHandler(self, i, items);
  if (r === NULL) return -1;
  const v = numberAsSsize(r, OverflowError);
  decref(r);
  if (errOccurred() !== NULL) { flagError(self); return -1; }
  return v;
}

function callCharacterHandler(self: Borrowed, data: string): number {
  if (handlerBorrow(self, CHARACTER_DATA) === NULL) return -1;
  const r = callHandler(self, CHARACTER_DATA, [strFromJS(data)]);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

/** flush_character_buffer: hands buffered text to the handler; -1 when that raised. */
function flushCharacterBuffer(self: Borrowed): number {
  const st = stateOf(self);
  if (st.buffer === null || st.bufferUsed === 0) return 0;
  const text = st.buffer.join('');
  st.buffer.length = 0;
  st.bufferUsed = 0;
  return callCharacterHandler(self, text);
}

function modelToPython(m: ContentModel): Owned | Null {
  const children = tupleNew(m.children.length);
  if (children === NULL) return NULL;
  for (let i = 0; i < m.children.length; i++) {
    const c = modelToPython(m.children[i]);
    if (c === NULL) { decref(children); return NULL; }
    tupleSetItemSteal(children, i, c);
  }
  const name = strOrNone(m.name);
  if (name === NULL) { decref(children); return NULL; }
  const t = tupleNew(4);
  if (t === NULL) { decref(children); decref(name); return NULL; }
  tupleSetItemSteal(t, 0, intFromNumber(m.type) as Owned);
  tupleSetItemSteal(t, 1, intFromNumber(m.quant) as Owned);
  tupleSetItemSteal(t, 2, name);
  tupleSetItemSteal(t, 3, children);
  return t;
}

/** The callbacks of one parser, turned into calls of its Python handlers. */
class Sink implements XmlSink {
  constructor(readonly self: Borrowed) {}

  startElement(name: string, atts: string[], nSpecified: number): void {
    const self = this.self;
    if (!ready(self, START_ELEMENT)) return;
    const st = stateOf(self);
    const max = st.specified ? nSpecified : atts.length;
    const container = st.ordered ? listNew(max) : dictNew();
    if (container === NULL) { flagError(self); return; }
    for (let i = 0; i < max; i += 2) {
      const n = intern(self, atts[i]);
      if (n === NULL) { flagError(self); decref(container); return; }
      const v = strFromJS(atts[i + 1]);
      if (v === NULL) { flagError(self); decref(n); decref(container); return; }
      if (st.ordered) {
        listSetItemSteal(container, i, n);
        listSetItemSteal(container, i + 1, v);
      } else {
        const rc = dictSetItem(container, n, v);
        decref(n); decref(v);
        if (rc < 0) { flagError(self); decref(container); return; }
      }
    }
    const nameObj = intern(self, name);
    if (nameObj === NULL) { decref(container); return; }
    callVoid(self, START_ELEMENT, [nameObj, container]);
  }

  endElement(name: string): void {
    if (!ready(this.self, END_ELEMENT)) return;
    callVoid(this.self, END_ELEMENT, [intern(this.self, name)]);
  }

  characterData(data: string): void {
    const self = this.self;
    if (errOccurred() !== NULL) return;
    const st = stateOf(self);
    if (st.buffer === null) {
      callCharacterHandler(self, data);
      return;
    }
    const len = utf8Length(data);
    if (st.bufferUsed + len > st.bufferSize) {
      if (flushCharacterBuffer(self) < 0) return;
      if (handlerBorrow(self, CHARACTER_DATA) === NULL) return;
    }
    if (len > st.bufferSize) {
      callCharacterHandler(self, data);
      st.bufferUsed = 0;
    } else {
      st.buffer.push(data);
      st.bufferUsed += len;
    }
  }

  processingInstruction(target: string, data: string): void {
    const self = this.self;
    if (!ready(self, PI)) return;
    const d = strFromJS(data);
    callVoid(self, PI, [intern(self, target), d]);
  }

  comment(data: string): void {
    if (!ready(this.self, COMMENT)) return;
    callVoid(this.self, COMMENT, [strFromJS(data)]);
  }

  startCdata(): void {
    if (!ready(this.self, START_CDATA)) return;
    callVoid(this.self, START_CDATA, []);
  }

  endCdata(): void {
    if (!ready(this.self, END_CDATA)) return;
    callVoid(this.self, END_CDATA, []);
  }

  defaultText(text: string): void {
    const slot = stateOf(this.self).defaultSlot;
    if (!ready(this.self, slot)) return;
    callVoid(this.self, slot, [strFromJS(text)]);
  }

  xmlDecl(version: string | null, encoding: string | null, standalone: number): void {
    if (!ready(this.self, XML_DECL)) return;
    callVoid(this.self, XML_DECL, [strOrNone(version), strOrNone(encoding), intFromNumber(standalone)]);
  }

  startDoctype(name: string, sysid: string | null, pubid: string | null, internalSubset: number): void {
    const self = this.self;
    if (!ready(self, START_DOCTYPE)) return;
    const p = intern(self, pubid), s = intern(self, sysid), n = intern(self, name);
    callVoid(self, START_DOCTYPE, [n, s, p, intFromNumber(internalSubset)]);
  }

  endDoctype(): void {
    if (!ready(this.self, END_DOCTYPE)) return;
    callVoid(this.self, END_DOCTYPE, []);
  }

  entityDecl(name: string, isParam: number, value: string | null, base: string | null, systemId: string | null,
    publicId: string | null, notation: string | null): void {
    const self = this.self;
    if (!ready(self, ENTITY_DECL)) return;
    const no = intern(self, notation), pu = intern(self, publicId), sy = intern(self, systemId);
    const ba = intern(self, base), v = strOrNone(value), na = intern(self, name);
    callVoid(self, ENTITY_DECL, [na, intFromNumber(isParam), v, ba, sy, pu, no]);
  }

  unparsedEntityDecl(name: string, base: string | null, systemId: string, publicId: string | null, notation: string): void {
    const self = this.self;
    if (!ready(self, UNPARSED)) return;
    const no = intern(self, notation), pu = intern(self, publicId), sy = intern(self, systemId);
    const ba = intern(self, base), na = intern(self, name);
    callVoid(self, UNPARSED, [na, ba, sy, pu, no]);
  }

  notationDecl(name: string, base: string | null, systemId: string | null, publicId: string | null): void {
    const self = this.self;
    if (!ready(self, NOTATION)) return;
    const pu = intern(self, publicId), sy = intern(self, systemId), ba = intern(self, base), na = intern(self, name);
    callVoid(self, NOTATION, [na, ba, sy, pu]);
  }

  startNamespace(prefix: string | null, uri: string | null): void {
    const self = this.self;
    if (!ready(self, START_NS)) return;
    const u = intern(self, uri), p = intern(self, prefix);
    callVoid(self, START_NS, [p, u]);
  }

  endNamespace(prefix: string | null): void {
    if (!ready(this.self, END_NS)) return;
    callVoid(this.self, END_NS, [intern(this.self, prefix)]);
  }

  notStandalone(): number {
    if (!ready(this.self, NOT_STANDALONE)) return 0;
    return callInt(this.self, NOT_STANDALONE, []);
  }

  externalEntityRef(context: string | null, base: string | null, systemId: string | null, publicId: string | null): number {
    const self = this.self;
    if (!ready(self, EXTERNAL_ENTITY)) return 0;
    const pu = intern(self, publicId), sy = intern(self, systemId), ba = intern(self, base);
    return callInt(self, EXTERNAL_ENTITY, [strOrNone(context), ba, sy, pu]);
  }

  skippedEntity(name: string, isParam: number): void {
    if (!ready(this.self, SKIPPED_ENTITY)) return;
    callVoid(this.self, SKIPPED_ENTITY, [intern(this.self, name), intFromNumber(isParam)]);
  }

  elementDecl(name: string, model: ContentModel): void {
    const self = this.self;
    if (!ready(self, ELEMENT_DECL)) return;
    const m = modelToPython(model);
    callVoid(self, ELEMENT_DECL, [intern(self, name), m]);
  }

  attlistDecl(element: string, attribute: string, type: string, dflt: string | null, required: number): void {
    const self = this.self;
    if (!ready(self, ATTLIST_DECL)) return;
    const d = strOrNone(dflt), t = strFromJS(type), a = intern(self, attribute), e = intern(self, element);
    callVoid(self, ATTLIST_DECL, [e, a, t, d, intFromNumber(required)]);
  }

  unknownEncoding(name: string): number[] | null {
    if (errOccurred() !== NULL) return null;
    const all = new Uint8Array(256);
    for (let i = 0; i < 256; i++) all[i] = i;
    const b = bytesFromUint8Array(all);
    if (b === NULL) return null;
    const n = strFromJS(name), e = strFromJS('replace');
    if (n === NULL || e === NULL) { decref(b); xdecref(n); xdecref(e); return null; }
    const u = callMethod(b, 'decode', [n, e]);
    decref(b); decref(n); decref(e);
    if (u === NULL) return null;
    const text = isStr(u) ? strToJS(u) : '';
    decref(u);
    const cps = Array.from(text, (c) => c.codePointAt(0)!);
    if (cps.length !== 256) {
      errSetString(ValueError, 'multi-byte encodings are not supported');
      return null;
    }
    return cps.map((c) => (c === 0xfffd ? -1 : c));
  }
}

// --- creating parsers

function parserNew(encoding: string | null, nsSep: string | null, internDict: Borrowed | Null | undefined,
  parent: XmlParser | null, context: string | null): Owned | Null {
  const o = typeGenericAlloc(parserType, 0);
  if (o === NULL) return NULL;
  if (internDict === undefined) {
    const d = dictNew();
    if (d === NULL) { decref(o); return NULL; }
    i32[(o + P_INTERN) >> 2] = d;
  } else if (internDict !== NULL) {
    i32[(o + P_INTERN) >> 2] = newRef(internDict);
  }
  const sink = new Sink(o);
  const engine = parent === null ? new XmlParser(sink, encoding, nsSep) : parent.externalEntityParser(context, encoding, sink)!;
  states.set(o, {
    engine, buffer: null, bufferUsed: 0, bufferSize: 8192, ordered: false, specified: false, inCallback: false,
    defaultSlot: DEFAULT,
  });
  gcTrack(o);
  return o;
}

const pyexpat_ParserCreate: Fn = (_self, args, nargs, kwnames) => {
  const names = ['encoding', 'namespace_separator', 'intern'];
  const nkw = kwnames === NULL ? 0 : i32[(kwnames + 8) >> 2];
  if (nargs + nkw > 3) return errSetString(TypeError, `ParserCreate() takes at most 3 arguments (${nargs + nkw} given)`);
  const vals: Array<Borrowed | Null> = [NULL, NULL, NULL];
  for (let i = 0; i < nargs; i++) vals[i] = argAt(args, i);
  for (let k = 0; k < nkw; k++) {
    const key = strToJS(i32[(kwnames! + 12 + 4 * k) >> 2] as Borrowed);
    const j = names.indexOf(key);
    if (j < 0) return errSetString(TypeError, `ParserCreate() got an unexpected keyword argument '${key}'`);
    if (j < nargs) return errSetString(TypeError, `argument for ParserCreate() given by name ('${key}') and position (${j + 1})`);
    vals[j] = argAt(args, nargs + k);
  }
  const strOpt = (o: Borrowed | Null, arg: string, pos: number): string | null | false => {
    if (o === NULL || o === Py_None) return null;
    if (isStr(o)) return strToJS(o);
    errSetString(TypeError, `ParserCreate() argument ${nargs > pos ? pos + 1 : `'${arg}'`} must be str or None, not ${typeNameOf(o)}`);
    return false;
  };
  const encoding = strOpt(vals[0], 'encoding', 0);
  if (encoding === false) return NULL;
  const sep = strOpt(vals[1], 'namespace_separator', 1);
  if (sep === false) return NULL;
  if (sep !== null && Array.from(sep).length > 1) {
    return errSetString(ValueError, 'namespace_separator must be at most one character, omitted, or None');
  }
  let internDict: Borrowed | Null | undefined = undefined;
  if (vals[2] !== NULL) {
    if (vals[2] === Py_None) internDict = NULL;
    else if (isDict(vals[2])) internDict = vals[2];
    else return errSetString(TypeError, 'intern must be a dictionary');
  }
  return parserNew(encoding, sep, internDict, null, null);
};

const pyexpat_ErrorString: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('ErrorString', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `ErrorString() takes exactly one argument (${nargs} given)`);
  const o = argAt(args, 0);
  if (!isInt(o)) return errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
  const code = numberAsSsize(o, OverflowError);
  if (code === -1 && errOccurred() !== NULL) return NULL;
  if (code <= 0 || code >= ERROR_MESSAGES.length) return newRef(Py_None);
  return strFromJS(ERROR_MESSAGES[code]);
};

// --- the xmlparser type

function parserDealloc(o: Owned): void {
  if (i32[(o + GC_NEXT) >> 2] !== 0) gcUntrack(o);
  states.delete(o);
  parserClear(o);
  objectGCFree(o);
}

function parserTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  let r = visit(typeOf(o), arg);
  if (r !== 0) return r;
  for (let i = 0; i < NH + 1; i++) {
    const v = i32[(o + P_INTERN + 4 * i) >> 2];
    if (v !== 0) {
      r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

function parserClear(o: Borrowed): number {
  for (let i = 0; i < NH + 1; i++) {
    const p = (o + P_INTERN + 4 * i) >> 2;
    const v = i32[p];
    i32[p] = 0;
    if (v !== 0) decref(v as Owned);
  }
  return 0;
}

/** set_error: raises ExpatError for `code` at the current position, with code, offset and lineno. */
function setError(st: State, code: number): Null {
  const lineno = st.engine.currentLineNumber();
  const column = st.engine.currentColumnNumber();
  const msg = strFromJS(`${code > 0 && code < ERROR_MESSAGES.length ? ERROR_MESSAGES[code] : '(null)'}: line ${lineno}, column ${column}`);
  if (msg === NULL) return NULL;
  const err = objectCallArgs(expatError, [msg]);
  decref(msg);
  if (err === NULL) return NULL;
  const put = (name: string, v: number): boolean => {
    const n = strFromJS(name), val = intFromNumber(v);
    if (n === NULL || val === NULL) { xdecref(n); xdecref(val); return false; }
    const r = callMethod(err, '__setattr__', [n, val]);
    decref(n); decref(val);
    if (r === NULL) return false;
    decref(r);
    return true;
  };
  if (put('code', code) && put('offset', column) && put('lineno', lineno)) errSetRaised(newRef(err));
  decref(err);
  return NULL;
}

/** get_parse_result: the exception of a handler, an ExpatError, or 1 after flushing buffered text. */
function parseResult(self: Borrowed, ok: boolean): Owned | Null {
  if (errOccurred() !== NULL) return NULL;
  const st = stateOf(self);
  if (!ok) return setError(st, st.engine.errorCode);
  if (flushCharacterBuffer(self) < 0) return NULL;
  return intFromNumber(1);
}

/** Runs the engine over bytes, in pieces of at most MAX_CHUNK_SIZE as pyexpat hands them to Expat. */
function feedBytes(st: State, data: Uint8Array, isFinal: boolean): boolean {
  let off = 0;
  while (data.length - off > MAX_CHUNK_SIZE) {
    if (!st.engine.parseBytes(data.subarray(off, off + MAX_CHUNK_SIZE), false)) return false;
    off += MAX_CHUNK_SIZE;
  }
  return st.engine.parseBytes(off === 0 ? data : data.subarray(off), isFinal);
}

const xmlparser_Parse: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('Parse', kwnames)) return NULL;
  if (nargs < 1) return errSetString(TypeError, `Parse() takes at least 1 positional argument (${nargs} given)`);
  if (nargs > 2) return errSetString(TypeError, `Parse() takes at most 2 arguments (${nargs} given)`);
  let isFinal = false;
  if (nargs > 1) {
    const f = argAt(args, 1);
    if (!isInt(f)) return errSetString(TypeError, `'${typeNameOf(f)}' object cannot be interpreted as an integer`);
    const t = objectIsTrue(f);
    if (t < 0) return NULL;
    isFinal = t === 1;
  }
  const s = self as Borrowed;
  const st = stateOf(s);
  const data = argAt(args, 0);
  let ok: boolean;
  if (isStr(data)) {
    const text = strToJS(data);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xe000) {
        const pair = c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        if (!pair) {
          strAsUTF8(data); // raises UnicodeEncodeError, as PyUnicode_AsUTF8AndSize
          return NULL;
        }
        i++;
      }
    }
    st.engine.setEncoding('utf-8');
    if (st.engine.acceptsText() && text.length * 3 <= MAX_CHUNK_SIZE) ok = st.engine.parseText(text, isFinal);
    else ok = feedBytes(st, new TextEncoder().encode(text), isFinal);
  } else {
    if (!bufferGet(data, true)) return NULL;
    ok = feedBytes(st, u8.slice(BUF.ptr, BUF.ptr + BUF.len), isFinal);
  }
  return parseResult(s, ok);
};

const xmlparser_ParseFile: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('ParseFile', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `ParseFile() takes exactly one argument (${nargs} given)`);
  const s = self as Borrowed;
  const st = stateOf(s);
  const file = argAt(args, 0);
  const has = objectLookupAttr(file, strInternImmortal('read'));
  if (has < 0) return NULL;
  if (has === 0) return errSetString(TypeError, "argument must have 'read' attribute");
  const read = LOOKUP_RESULT[0] as Owned;
  let ok = true;
  for (;;) {
    const size = intFromNumber(BUF_SIZE);
    if (size === NULL) { decref(read); return NULL; }
    const chunk = objectCallArgs(read, [size]);
    decref(size);
    if (chunk === NULL) { decref(read); return NULL; }
    if (!isBytes(chunk) && !isByteArray(chunk)) {
      const tn = typeNameOf(chunk);
      decref(chunk);
      decref(read);
      return errSetString(TypeError, `read() did not return a bytes object (type=${tn})`);
    }
    bufferGet(chunk, true);
    const data = u8.slice(BUF.ptr, BUF.ptr + BUF.len);
    decref(chunk);
    if (data.length > BUF_SIZE) {
      decref(read);
      return errSetString(ValueError, `read() returned too much data: ${BUF_SIZE} bytes requested, ${data.length} returned`);
    }
    ok = data.length === 0 ? st.engine.parseBytes(data, true) : st.engine.parseBytes(data, false);
    if (errOccurred() !== NULL) { decref(read); return NULL; }
    if (!ok || data.length === 0) break;
  }
  decref(read);
  return parseResult(s, ok);
};

const xmlparser_SetBase: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('SetBase', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `SetBase() takes exactly one argument (${nargs} given)`);
  const b = argAt(args, 0);
  if (!isStr(b)) return errSetString(TypeError, `SetBase() argument must be str, not ${typeNameOf(b)}`);
  stateOf(self as Borrowed).engine.base = strToJS(b);
  return newRef(Py_None);
};

const xmlparser_GetBase: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('GetBase', nargs, kwnames)) return NULL;
  return strOrNone(stateOf(self as Borrowed).engine.base);
};

const xmlparser_GetInputContext: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('GetInputContext', nargs, kwnames)) return NULL;
  const st = stateOf(self as Borrowed);
  if (!st.inCallback) return newRef(Py_None);
  const ctx = st.engine.inputContext();
  if (ctx === null) return newRef(Py_None);
  return bytesFromUint8Array(new TextEncoder().encode(ctx));
};

const xmlparser_ExternalEntityParserCreate: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('ExternalEntityParserCreate', kwnames)) return NULL;
  if (nargs < 1 || nargs > 2) {
    return errSetString(TypeError, nargs < 1 ? `ExternalEntityParserCreate expected at least 1 argument, got ${nargs}`
      : `ExternalEntityParserCreate expected at most 2 arguments, got ${nargs}`);
  }
  const c = argAt(args, 0);
  let context: string | null = null;
  if (c !== Py_None) {
    if (!isStr(c)) return errSetString(TypeError, `ExternalEntityParserCreate() argument 1 must be str or None, not ${typeNameOf(c)}`);
    context = strToJS(c);
  }
  let encoding: string | null = null;
  if (nargs > 1) {
    const e = argAt(args, 1);
    if (!isStr(e)) return errSetString(TypeError, `ExternalEntityParserCreate() argument 2 must be str, not ${typeNameOf(e)}`);
    encoding = strToJS(e);
  }
  if (context === null) {
    return errSetString(NotImplementedError, 'pyexpat: parsing an external DTD subset (ExternalEntityParserCreate(None)) is not supported');
  }
  const s = self as Borrowed;
  const parent = stateOf(s);
  const d = i32[(s + P_INTERN) >> 2] as Borrowed | Null;
  const o = parserNew(encoding, null, d, parent.engine, context);
  if (o === NULL) return NULL;
  const st = stateOf(o);
  st.ordered = parent.ordered;
  st.specified = parent.specified;
  st.defaultSlot = parent.defaultSlot;
  if (parent.buffer !== null) { st.buffer = []; st.bufferSize = parent.bufferSize; }
  for (let i = 0; i < NH; i++) {
    const h = handlerBorrow(s, i);
    if (h !== NULL) i32[(o + P_HANDLERS + 4 * i) >> 2] = newRef(h);
  }
  return o;
};

const xmlparser_SetParamEntityParsing: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('SetParamEntityParsing', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `SetParamEntityParsing() takes exactly one argument (${nargs} given)`);
  const f = argAt(args, 0);
  if (!isInt(f)) return errSetString(TypeError, `'${typeNameOf(f)}' object cannot be interpreted as an integer`);
  const flag = numberAsSsize(f, OverflowError);
  if (flag === -1 && errOccurred() !== NULL) return NULL;
  const engine = stateOf(self as Borrowed).engine;
  if (engine.started) return intFromNumber(0);
  engine.paramEntityParsing = flag;
  return intFromNumber(1);
};

const xmlparser_UseForeignDTD: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('UseForeignDTD', kwnames)) return NULL;
  if (nargs > 1) return errSetString(TypeError, `UseForeignDTD expected at most 1 argument, got ${nargs}`);
  let flag = true;
  if (nargs === 1) {
    const t = objectIsTrue(argAt(args, 0));
    if (t < 0) return NULL;
    flag = t === 1;
  }
  const st = stateOf(self as Borrowed);
  if (st.engine.started) {
    return setError(st, 26);
  }
  st.engine.useForeignDtd = flag;
  return newRef(Py_None);
};

// --- attributes

function cannotDelete(): number {
  errSetString(RuntimeError, 'Cannot delete attribute');
  return -1;
}

function handlerGetSet(i: number): GetSetDef {
  return {
    name: HANDLERS[i][0],
    get: (o) => {
      const h = handlerBorrow(o, i);
      return newRef(h === NULL ? Py_None : h);
    },
    set: (o, v) => {
      if (v === NULL) return cannotDelete();
      const st = stateOf(o);
      if (i === CHARACTER_DATA && flushCharacterBuffer(o) < 0) return -1;
      const bit = HANDLERS[i][1];
      const engine = st.engine;
      let on = v !== Py_None;
      // a character data handler removed while one runs stays installed as a no-op in Expat
      if (!on && i === CHARACTER_DATA && st.inCallback) on = true;
      const p = (o + P_HANDLERS + 4 * i) >> 2;
      const old = i32[p];
      i32[p] = v === Py_None ? 0 : newRef(v);
      if (old !== 0) decref(old as Owned);
      if (i === DEFAULT || i === DEFAULT_EXPAND) {
        engine.defaultExpandInternalEntities = i === DEFAULT_EXPAND;
        st.defaultSlot = i;
      }
      engine.has = on ? engine.has | bit : engine.has & ~bit;
      return 0;
    },
  };
}

const HANDLER_GETSETS: GetSetDef[] = HANDLERS.map((_, i) => handlerGetSet(i));

function boolGetSet(name: string, get: (st: State) => boolean, set: (st: State, v: boolean) => void): GetSetDef {
  return {
    name,
    get: (o) => newRef(get(stateOf(o)) ? Py_True : Py_False),
    set: (o, v) => {
      if (v === NULL) return cannotDelete();
      const t = objectIsTrue(v);
      if (t < 0) return -1;
      set(stateOf(o), t === 1);
      return 0;
    },
  };
}

function intGetSet(name: string, get: (st: State) => number): GetSetDef {
  return { name, get: (o) => intFromNumber(get(stateOf(o))) };
}

const ATTR_GETSETS: GetSetDef[] = [
  {
    name: 'intern',
    get: (o) => {
      const d = i32[(o + P_INTERN) >> 2];
      return newRef(d === 0 ? Py_None : d as Borrowed);
    },
  },
  intGetSet('ErrorCode', (st) => st.engine.errorCode),
  intGetSet('ErrorLineNumber', (st) => st.engine.currentLineNumber()),
  intGetSet('ErrorColumnNumber', (st) => st.engine.currentColumnNumber()),
  intGetSet('ErrorByteIndex', (st) => st.engine.currentByteIndex()),
  intGetSet('CurrentLineNumber', (st) => st.engine.currentLineNumber()),
  intGetSet('CurrentColumnNumber', (st) => st.engine.currentColumnNumber()),
  intGetSet('CurrentByteIndex', (st) => st.engine.currentByteIndex()),
  {
    name: 'buffer_size',
    get: (o) => intFromNumber(stateOf(o).bufferSize),
    set: (o, v) => {
      if (v === NULL) return cannotDelete();
      if (!isInt(v)) { errSetString(TypeError, 'buffer_size must be an integer'); return -1; }
      const n = numberAsSsize(v, OverflowError);
      if (n === -1 && errOccurred() !== NULL) return -1;
      if (n <= 0) { errSetString(ValueError, 'buffer_size must be greater than zero'); return -1; }
      const st = stateOf(o);
      if (n === st.bufferSize) return 0;
      if (n > 0x7fffffff) { errSetString(ValueError, 'buffer_size must not be greater than 2147483647'); return -1; }
      if (st.buffer !== null && st.bufferUsed !== 0 && flushCharacterBuffer(o) < 0) return -1;
      // setting a size starts buffering, as in pyexpat
      st.buffer = [];
      st.bufferUsed = 0;
      st.bufferSize = n;
      return 0;
    },
  },
  {
    name: 'buffer_text',
    get: (o) => newRef(stateOf(o).buffer !== null ? Py_True : Py_False),
    set: (o, v) => {
      if (v === NULL) return cannotDelete();
      const t = objectIsTrue(v);
      if (t < 0) return -1;
      const st = stateOf(o);
      if (t === 1) {
        if (st.buffer === null) { st.buffer = []; st.bufferUsed = 0; }
      } else if (st.buffer !== null) {
        if (flushCharacterBuffer(o) < 0) return -1;
        st.buffer = null;
      }
      return 0;
    },
  },
  intGetSet('buffer_used', (st) => st.bufferUsed),
  boolGetSet('namespace_prefixes', (st) => st.engine.nsTriplets, (st, v) => { st.engine.nsTriplets = v; }),
  boolGetSet('ordered_attributes', (st) => st.ordered, (st, v) => { st.ordered = v; }),
  boolGetSet('specified_attributes', (st) => st.specified, (st, v) => { st.specified = v; }),
];

function parserMethods(): MethodDef[] {
  return [
    { name: 'Parse', fn: xmlparser_Parse, doc: 'Parse XML data.\n\n`isfinal\' should be true at end of input.' },
    { name: 'ParseFile', fn: xmlparser_ParseFile, doc: 'Parse XML data from file-like object.' },
    { name: 'SetBase', fn: xmlparser_SetBase, doc: 'Set the base URL for the parser.' },
    { name: 'GetBase', fn: xmlparser_GetBase, doc: 'Return base URL string for the parser.' },
    { name: 'GetInputContext', fn: xmlparser_GetInputContext, doc: 'Return the untranslated text of the input that caused the current event.' },
    { name: 'ExternalEntityParserCreate', fn: xmlparser_ExternalEntityParserCreate, doc: 'Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler.' },
    { name: 'SetParamEntityParsing', fn: xmlparser_SetParamEntityParsing, doc: 'Controls parsing of parameter entities (including the external DTD subset).' },
    { name: 'UseForeignDTD', fn: xmlparser_UseForeignDTD, doc: 'Allows the application to provide an artificial external subset if one is not specified as part of the document instance.' },
  ];
}

function submodule(m: Borrowed, name: string, doc: string, entries: Array<[string, Owned | Null]>): number {
  const sub = moduleNew(`pyexpat.${name}`);
  if (sub === NULL) return -1;
  if (moduleAddSteal(sub, '__doc__', strFromJS(doc)) < 0) { decref(sub); return -1; }
  for (const [k, v] of entries) if (moduleAddSteal(sub, k, v) < 0) { decref(sub); return -1; }
  // pyexpat registers its submodules in sys.modules, as an import of pyexpat.errors finds them there
  const sys = importModuleLevel('sys', NULL, NULL, 0);
  if (sys === NULL) { decref(sub); return -1; }
  const modules = objectGetAttrString(sys, 'modules');
  decref(sys);
  if (modules === NULL) { decref(sub); return -1; }
  const key = strFromJS(`pyexpat.${name}`);
  const rc = key === NULL ? -1 : objectSetItem(modules, key, sub);
  xdecref(key);
  decref(modules);
  if (rc < 0) { decref(sub); return -1; }
  return moduleAddSteal(m, name, sub);
}

function errorsEntries(): Array<[string, Owned | Null]> {
  const out: Array<[string, Owned | Null]> = [];
  const codes = dictNew(), messages = dictNew();
  for (let c = 1; c < ERROR_NAMES.length; c++) {
    out.push([`XML_ERROR_${ERROR_NAMES[c]}`, strFromJS(ERROR_MESSAGES[c])]);
    if (codes !== NULL && messages !== NULL) {
      const msg = strFromJS(ERROR_MESSAGES[c]), code = intFromNumber(c);
      if (msg !== NULL && code !== NULL) {
        dictSetItem(codes, msg, code);
        dictSetItem(messages, code, msg);
      }
      xdecref(msg); xdecref(code);
    }
  }
  out.push(['codes', codes], ['messages', messages]);
  return out;
}

function modelEntries(): Array<[string, Owned | Null]> {
  const items: Array<[string, number]> = [
    ['XML_CTYPE_EMPTY', 1], ['XML_CTYPE_ANY', 2], ['XML_CTYPE_MIXED', 3], ['XML_CTYPE_NAME', 4],
    ['XML_CTYPE_CHOICE', 5], ['XML_CTYPE_SEQ', 6],
    ['XML_CQUANT_NONE', 0], ['XML_CQUANT_OPT', 1], ['XML_CQUANT_REP', 2], ['XML_CQUANT_PLUS', 3],
  ];
  return items.map(([k, v]) => [k, intFromNumber(v)]);
}

function moduleDefs(): MethodDef[] {
  return [
    { name: 'ParserCreate', fn: pyexpat_ParserCreate, doc: 'Return a new XML parser object.' },
    { name: 'ErrorString', fn: pyexpat_ErrorString, doc: 'Returns string error for given number.' },
  ];
}

/** Creates the pyexpat module. */
export function pyexpatModuleNew(): Owned | Null {
  return nativeModuleNew('pyexpat', moduleDefs(), (m) => {
    const t = typeNewFromSpec({
      name: 'pyexpat.xmlparser',
      base: objectType,
      basicsize: PARSER_SIZE,
      itemsize: 0,
      flags: Py_TPFLAGS_HAVE_GC,
      slots: {
        dealloc: parserDealloc, traverse: parserTraverse, clear: parserClear,
        new: () => errSetString(TypeError, "cannot create 'pyexpat.xmlparser' instances"),
      },
      methods: parserMethods(),
      dict: (tp) => [
        ...ATTR_GETSETS.map((g): [string, Owned | Null] => [g.name, getsetDescriptorNew(tp, g)]),
        ['__doc__', strFromJS('XML parser')],
        ...HANDLER_GETSETS.map((g): [string, Owned | Null] => [g.name, getsetDescriptorNew(tp, g)]),
      ],
    });
    if (t === NULL) return -1;
    parserType = t;
    if (moduleAddSteal(m, 'XMLParserType', t) < 0) return -1;
    const e = exceptionClassNew('xml.parsers.expat', 'ExpatError', Exception);
    if (e === NULL) return -1;
    expatError = e;
    if (moduleAddSteal(m, 'ExpatError', newRef(e)) < 0) { decref(e); return -1; }
    if (moduleAddSteal(m, 'error', e) < 0) return -1;
    if (moduleAddSteal(m, 'EXPAT_VERSION', strFromJS('expat_2.5.0')) < 0) return -1;
    const vi = tupleNew(3);
    if (vi === NULL) return -1;
    [2, 5, 0].forEach((n, i) => tupleSetItemSteal(vi, i, intFromNumber(n) as Owned));
    if (moduleAddSteal(m, 'version_info', vi) < 0) return -1;
    if (moduleAddSteal(m, 'native_encoding', strFromJS('UTF-8')) < 0) return -1;
    if (submodule(m, 'errors', 'Constants used to describe error conditions.', errorsEntries()) < 0) return -1;
    if (submodule(m, 'model', 'Constants used to interpret content model information.', modelEntries()) < 0) return -1;
    if (moduleAddSteal(m, 'XML_PARAM_ENTITY_PARSING_NEVER', intFromNumber(0)) < 0) return -1;
    if (moduleAddSteal(m, 'XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE', intFromNumber(1)) < 0) return -1;
    if (moduleAddSteal(m, 'XML_PARAM_ENTITY_PARSING_ALWAYS', intFromNumber(2)) < 0) return -1;
    const features: Array<[string, number]> = [
      ['sizeof(XML_Char)', 1], ['sizeof(XML_LChar)', 1], ['XML_DTD', 0], ['XML_CONTEXT_BYTES', 1024], ['XML_NS', 0],
      ['XML_BLAP_MAX_AMP', 100], ['XML_BLAP_ACT_THRES', 8388608],
    ];
    const list = listNew(features.length);
    if (list === NULL) return -1;
    for (let i = 0; i < features.length; i++) {
      const k = strFromJS(features[i][0]), v = intFromNumber(features[i][1]);
      const pair = k === NULL || v === NULL ? NULL : tuplePack([k, v]);
      xdecref(k); xdecref(v);
      if (pair === NULL) { decref(list); return -1; }
      listSetItemSteal(list, i, pair);
    }
    if (moduleAddSteal(m, 'features', list) < 0) return -1;
    return 0;
  }, 'Python wrapper for Expat parser.');
}
