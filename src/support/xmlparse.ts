// An XML 1.0 parser in the manner of Expat 2.5 (the library behind CPython's pyexpat): incremental input
// in any chunks, the bytes decoded as UTF-8, UTF-16, Latin-1, US-ASCII or a single-byte table, the internal
// DTD subset (entities, attribute defaults, element models, notations), namespaces, and callbacks in the
// order, with the arguments, splitting of character data and error codes and positions that Expat gives.
// Written for Immortal from the XML and Namespaces specifications and Expat's observable behaviour; knows
// nothing of Python (src/modules/pyexpat.ts wraps it).
// Invariants: `text` holds the decoded input not yet consumed (text[0] is document offset `base`); the
// processors consume whole tokens only, so a token split between chunks is seen again, complete, at the
// next parse(); every callback may stop the parser (stop()), after which the current processor returns
// ERROR_ABORTED at the next token boundary, as Expat's XML_StopParser does.

import {
  Tokenizer, charTypes, charRefNumber, predefinedEntity, publicIdBad, parseXmlDecl,
  TOK_TRAILING_RSQB, TOK_NONE, TOK_TRAILING_CR, TOK_PARTIAL_CHAR, TOK_PARTIAL, TOK_INVALID,
  TOK_START_TAG_WITH_ATTS, TOK_START_TAG_NO_ATTS, TOK_EMPTY_ELEMENT_WITH_ATTS, TOK_EMPTY_ELEMENT_NO_ATTS,
  TOK_END_TAG, TOK_DATA_CHARS, TOK_DATA_NEWLINE, TOK_CDATA_SECT_OPEN, TOK_ENTITY_REF, TOK_CHAR_REF, TOK_PI,
  TOK_XML_DECL, TOK_COMMENT, TOK_PROLOG_S, TOK_PARAM_ENTITY_REF, TOK_CDATA_SECT_CLOSE, TOK_ATTRIBUTE_VALUE_S,
  TOK_BOM,
} from './xmltok.ts';
import * as R from './xmlrole.ts';

// Error codes (Expat's enum XML_Error; pyexpat.errors lists their messages).
export const ERROR_NONE = 0;
export const ERROR_NO_MEMORY = 1;
export const ERROR_SYNTAX = 2;
export const ERROR_NO_ELEMENTS = 3;
export const ERROR_INVALID_TOKEN = 4;
export const ERROR_UNCLOSED_TOKEN = 5;
export const ERROR_PARTIAL_CHAR = 6;
export const ERROR_TAG_MISMATCH = 7;
export const ERROR_DUPLICATE_ATTRIBUTE = 8;
export const ERROR_JUNK_AFTER_DOC_ELEMENT = 9;
export const ERROR_PARAM_ENTITY_REF = 10;
export const ERROR_UNDEFINED_ENTITY = 11;
export const ERROR_RECURSIVE_ENTITY_REF = 12;
export const ERROR_ASYNC_ENTITY = 13;
export const ERROR_BAD_CHAR_REF = 14;
export const ERROR_BINARY_ENTITY_REF = 15;
export const ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF = 16;
export const ERROR_MISPLACED_XML_PI = 17;
export const ERROR_UNKNOWN_ENCODING = 18;
export const ERROR_INCORRECT_ENCODING = 19;
export const ERROR_UNCLOSED_CDATA_SECTION = 20;
export const ERROR_EXTERNAL_ENTITY_HANDLING = 21;
export const ERROR_NOT_STANDALONE = 22;
export const ERROR_ENTITY_DECLARED_IN_PE = 24;
export const ERROR_UNBOUND_PREFIX = 27;
export const ERROR_UNDECLARING_PREFIX = 28;
export const ERROR_INCOMPLETE_PE = 29;
export const ERROR_XML_DECL = 30;
export const ERROR_TEXT_DECL = 31;
export const ERROR_PUBLICID = 32;
export const ERROR_ABORTED = 35;
export const ERROR_FINISHED = 36;
export const ERROR_RESERVED_PREFIX_XML = 38;
export const ERROR_RESERVED_PREFIX_XMLNS = 39;
export const ERROR_RESERVED_NAMESPACE_URI = 40;

/** Expat's messages, indexed by error code. */
export const ERROR_MESSAGES: readonly string[] = [
  '', 'out of memory', 'syntax error', 'no element found', 'not well-formed (invalid token)', 'unclosed token',
  'partial character', 'mismatched tag', 'duplicate attribute', 'junk after document element',
  'illegal parameter entity reference', 'undefined entity', 'recursive entity reference', 'asynchronous entity',
  'reference to invalid character number', 'reference to binary entity',
  'reference to external entity in attribute', 'XML or text declaration not at start of entity',
  'unknown encoding', 'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
  'error in processing external entity reference', 'document is not standalone',
  'unexpected parser state - please send a bug report', 'entity declared in parameter entity',
  'requested feature requires XML_DTD support in Expat', 'cannot change setting once parsing has begun',
  'unbound prefix', 'must not undeclare prefix', 'incomplete markup in parameter entity',
  'XML declaration not well-formed', 'text declaration not well-formed', 'illegal character(s) in public id',
  'parser suspended', 'parser not suspended', 'parsing aborted', 'parsing finished',
  'cannot suspend in external parameter entity',
  'reserved prefix (xml) must not be undeclared or bound to another namespace name',
  'reserved prefix (xmlns) must not be declared or undeclared',
  'prefix must not be bound to one of the reserved namespace names', 'invalid argument',
  'a successful prior call to function XML_GetBuffer is required',
  'limit on input amplification factor (from DTD and entities) breached',
];

// Which callbacks the owner has (bits of XmlParser.has); several choices of Expat depend on it.
export const H_START_ELEMENT = 1 << 0;
export const H_END_ELEMENT = 1 << 1;
export const H_CHARACTER_DATA = 1 << 2;
export const H_PI = 1 << 3;
export const H_COMMENT = 1 << 4;
export const H_START_CDATA = 1 << 5;
export const H_END_CDATA = 1 << 6;
export const H_DEFAULT = 1 << 7;
export const H_XML_DECL = 1 << 8;
export const H_START_DOCTYPE = 1 << 9;
export const H_END_DOCTYPE = 1 << 10;
export const H_ENTITY_DECL = 1 << 11;
export const H_UNPARSED_ENTITY_DECL = 1 << 12;
export const H_NOTATION_DECL = 1 << 13;
export const H_START_NAMESPACE = 1 << 14;
export const H_END_NAMESPACE = 1 << 15;
export const H_NOT_STANDALONE = 1 << 16;
export const H_EXTERNAL_ENTITY_REF = 1 << 17;
export const H_SKIPPED_ENTITY = 1 << 18;
export const H_ELEMENT_DECL = 1 << 19;
export const H_ATTLIST_DECL = 1 << 20;

/** An element content model, as Expat's XML_Content: type, quantifier, name, children. */
export interface ContentModel { type: number; quant: number; name: string | null; children: ContentModel[] }

export const CTYPE_EMPTY = 1;
export const CTYPE_ANY = 2;
export const CTYPE_MIXED = 3;
export const CTYPE_NAME = 4;
export const CTYPE_CHOICE = 5;
export const CTYPE_SEQ = 6;
export const CQUANT_NONE = 0;
export const CQUANT_OPT = 1;
export const CQUANT_REP = 2;
export const CQUANT_PLUS = 3;

/** What the parser reports to (Expat's handler functions). Only those whose bit is in `has` are called. */
export interface XmlSink {
  startElement(name: string, atts: string[], nSpecified: number): void;
  endElement(name: string): void;
  characterData(data: string): void;
  processingInstruction(target: string, data: string): void;
  comment(data: string): void;
  startCdata(): void;
  endCdata(): void;
  defaultText(text: string): void;
  xmlDecl(version: string | null, encoding: string | null, standalone: number): void;
  startDoctype(name: string, sysid: string | null, pubid: string | null, internalSubset: number): void;
  endDoctype(): void;
  entityDecl(name: string, isParam: number, value: string | null, base: string | null, systemId: string | null,
    publicId: string | null, notation: string | null): void;
  unparsedEntityDecl(name: string, base: string | null, systemId: string, publicId: string | null, notation: string): void;
  notationDecl(name: string, base: string | null, systemId: string | null, publicId: string | null): void;
  startNamespace(prefix: string | null, uri: string | null): void;
  endNamespace(prefix: string | null): void;
  /** 0 makes the document "not standalone" (an error). */
  notStandalone(): number;
  /** 0 reports an error in processing the external entity. */
  externalEntityRef(context: string | null, base: string | null, systemId: string | null, publicId: string | null): number;
  skippedEntity(name: string, isParam: number): void;
  elementDecl(name: string, model: ContentModel): void;
  attlistDecl(element: string, attribute: string, type: string, dflt: string | null, required: number): void;
  /** A single-byte encoding Expat does not know: the 256 characters (-1 for undefined bytes), or null. */
  unknownEncoding(name: string): number[] | null;
}

interface Entity {
  name: string;
  text: string | null;        // replacement text of an internal entity
  systemId: string | null;
  publicId: string | null;
  base: string | null;
  notation: string | null;
  isParam: boolean;
  isInternal: boolean;
  open: boolean;
}

interface AttributeId { name: string; prefix: Prefix | null; xmlns: boolean; maybeTokenized: boolean; flag: number }
interface DefaultAtt { id: AttributeId; isCdata: boolean; value: string | null }
interface ElementType { name: string; prefix: Prefix | null; idAtt: AttributeId | null; defaults: DefaultAtt[] }
interface Prefix { name: string | null; binding: Binding | null }
interface Binding { prefix: Prefix; uri: string; attId: AttributeId | null; prevPrefixBinding: Binding | null }
interface Tag { rawName: string; name: string; bindings: Binding[] }

interface Scaffold { type: number; quant: number; name: string | null; children: number[] }

/** The DTD: shared by a document's parser and the parsers of its external entities. */
class Dtd {
  generalEntities = new Map<string, Entity>();
  paramEntities = new Map<string, Entity>();
  elementTypes = new Map<string, ElementType>();
  attributeIds = new Map<string, AttributeId>();
  prefixes = new Map<string, Prefix>();
  defaultPrefix: Prefix = { name: null, binding: null };
  keepProcessing = true;
  hasParamEntityRefs = false;
  standalone = false;
  paramEntityRead = false;
  inElementDecl = false;
  scaffold: Scaffold[] = [];
  scaffoldStack: number[] = [];
}

type Decoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin-1' | 'ascii' | 'map';

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const EXTERNAL_SUBSET_NAME = '#';
/** Expat converts non-UTF-8 text for the handlers through a buffer of this many bytes. */
const DATA_BUF_SIZE = 1024;

const enum Proc { PrologInit, Prolog, Content, Cdata, Epilog, Error, ExternalInit, ExternalContent }

const enum Status { Initialized, Parsing, Finished }

/** The built-in encodings by upper-cased name. */
function builtinEncoding(name: string): Decoding | 'utf-16' | null {
  switch (name.toUpperCase()) {
    case 'UTF-8': return 'utf-8';
    case 'UTF-16': return 'utf-16';
    case 'UTF-16BE': return 'utf-16be';
    case 'UTF-16LE': return 'utf-16le';
    case 'ISO-8859-1': return 'latin-1';
    case 'US-ASCII': return 'ascii';
  }
  return null;
}

function isRfc3986UriChar(c: string): boolean {
  return /[A-Za-z0-9!#$%&'()*+,\-./:;=?@[\]_~]/.test(c);
}

/** Line ends as Expat hands them over in PIs and comments: CR LF and CR become LF. */
function normalizeLines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** One parser: feed it with parseBytes/parseText, read positions and errors after each call. */
export class XmlParser {
  sink: XmlSink;
  /** H_* bits of the callbacks the sink wants. */
  has = 0;
  /** Whether internal entity references are expanded when only the default handler would see them. */
  defaultExpandInternalEntities = true;
  nsSep: string | null;
  nsTriplets = false;
  paramEntityParsing = 0;
  useForeignDtd = false;
  base: string | null = null;
  errorCode = ERROR_NONE;

  private dtd: Dtd;
  private parent: XmlParser | null = null;
  private status = Status.Initialized;
  private proc = Proc.PrologInit;
  private finalBuffer = false;

  // input
  private protocolEncoding: string | null;
  private decoding: Decoding | null = null;
  private charMap: number[] | null = null;
  private raw: Uint8Array = new Uint8Array(0);
  private rawTotal = 0;
  /** The XML declaration has begun but not ended: its text so far is only looked at (for errors). */
  private declProbe = false;
  /** The final UTF-16 data had an odd byte at its end. */
  private strayByte = false;
  /** `text` ends with a stand-in for a character whose bytes are not all here yet (in `raw`). */
  private heldSentinel = false;
  private fed = false;
  /** Text decoded provisionally up to the end of an XML declaration; the rest waits for its encoding. */
  private holdAfterDecl = false;
  private text = '';
  private textByteBase = 0;
  private tok: Tokenizer;
  private internalTypes: Uint8Array;

  // positions (offsets into text; -1 is Expat's NULL)
  private eventPtr = -1;
  private eventEndPtr = -1;
  private positionPtr = 0;
  private line = 0;
  private column = 0;
  private byteAnchorPos = 0;
  private byteAnchorBytes = 0;
  /** The open internal entities (the events inside them are reported at the reference). */
  private entityDepth = 0;

  // document state
  private prolog = new R.PrologState();
  private tagStack: Tag[] = [];
  private tagLevel = 0;
  private nSpecifiedAtts = 0;
  /** The index in the attribute list of the element's ID attribute (XML_GetIdAttributeIndex), or -1. */
  idAttIndex = -1;
  private groupConnector: number[] = [];
  private doctypeName: string | null = null;
  private doctypeSysid: string | null = null;
  private doctypePubid: string | null = null;
  private declEntity: Entity | null = null;
  private declElementType: ElementType | null = null;
  private declAttributeId: AttributeId | null = null;
  private declAttributeIsCdata = false;
  private declAttributeIsId = false;
  private declAttributeType: string | null = null;
  private declNotationName: string | null = null;
  private declNotationPublicId: string | null = null;
  private stopped = false;

  constructor(sink: XmlSink, encoding: string | null, nsSep: string | null, parent: XmlParser | null = null) {
    this.sink = sink;
    this.protocolEncoding = encoding;
    this.nsSep = nsSep;
    this.dtd = parent !== null ? parent.dtd : new Dtd();
    this.parent = parent;
    this.internalTypes = charTypes(false, false, nsSep !== null);
    this.tok = new Tokenizer(this.internalTypes, nsSep !== null);
    if (parent !== null) {
      this.has = parent.has;
      this.defaultExpandInternalEntities = parent.defaultExpandInternalEntities;
      this.nsTriplets = parent.nsTriplets;
      this.paramEntityParsing = parent.paramEntityParsing;
      this.base = parent.base;
      this.proc = Proc.ExternalInit;
    }
  }

  /** Expat's XML_SetEncoding: only before parsing starts. */
  setEncoding(name: string | null): boolean {
    if (this.status === Status.Parsing) return false;
    this.protocolEncoding = name;
    return true;
  }

  /** Whether parsing has started (settings that must come first are refused after it). */
  get started(): boolean {
    return this.status !== Status.Initialized;
  }

  /** XML_StopParser(parser, XML_FALSE): abort at the next token boundary. */
  stop(): void {
    if (this.status === Status.Finished) return;
    this.status = Status.Finished;
    this.stopped = true;
  }

  // --- feeding

  /** XML_Parse with bytes; returns false on error (errorCode and the positions tell which). */
  parseBytes(data: Uint8Array, isFinal: boolean): boolean {
    if (!this.beginParse()) return false;
    if (data.length === 0) return this.parseEmpty(isFinal);
    this.fed = true;
    this.rawTotal += data.length;
    this.raw = this.raw.length === 0 ? data : concatBytes(this.raw, data);
    return this.runBuffer(isFinal);
  }

  /** XML_Parse with text that is already characters (Python str input, given to Expat as UTF-8). */
  parseText(data: string, isFinal: boolean): boolean {
    if (!this.beginParse()) return false;
    if (data.length === 0) return this.parseEmpty(isFinal);
    this.fed = true;
    if (this.decoding === null) this.decoding = 'utf-8';
    this.text += data;
    return this.runBuffer(isFinal);
  }

  /** Whether text can be handed over as characters (the document is, or will be taken as, UTF-8). */
  acceptsText(): boolean {
    return this.raw.length === 0 && !this.holdAfterDecl
      && (this.decoding === 'utf-8' || (this.decoding === null && (this.protocolEncoding === null
        || builtinEncoding(this.protocolEncoding) === 'utf-8')));
  }

  private beginParse(): boolean {
    if (this.status === Status.Finished) {
      this.errorCode = ERROR_FINISHED;
      return false;
    }
    if (this.status === Status.Initialized && this.parent === null && this.nsSep !== null) {
      this.addBinding(this.getPrefix('xml'), null, XML_NAMESPACE, null);
    }
    this.status = Status.Parsing;
    return true;
  }

  /** XML_Parse with no data: only the final call does anything (recheck what is left as final). */
  private parseEmpty(isFinal: boolean): boolean {
    this.finalBuffer = isFinal;
    if (!isFinal) return true;
    this.positionPtr = 0;
    const r = this.process();
    // Expat has no buffer at all when it never got data: no event position
    if (!this.fed) this.eventPtr = -1;
    if (r === ERROR_NONE) {
      this.status = Status.Finished;
      return true;
    }
    this.errorCode = r;
    this.eventEndPtr = this.eventPtr;
    this.proc = Proc.Error;
    return false;
  }

  /** XML_ParseBuffer: the new data is in `raw` (or already in `text`). */
  private runBuffer(isFinal: boolean): boolean {
    this.positionPtr = 0;
    this.finalBuffer = isFinal;
    const r = this.process();
    if (r !== ERROR_NONE) {
      this.errorCode = r;
      this.eventEndPtr = this.eventPtr;
      this.proc = Proc.Error;
      return false;
    }
    if (isFinal) {
      this.status = Status.Finished;
      return true;
    }
    this.updatePosition(0);
    return true;
  }

  /** Decodes what can be decoded, then runs the processor over the text; trims what was consumed. */
  private process(): number {
    for (;;) {
      const err = this.decodeAvailable();
      if (err !== ERROR_NONE) {
        this.eventPtr = 0;
        return err;
      }
      if (this.declProbe) {
        // Expat reads the declaration's beginning as UTF-8 and reports a bad byte in it at once:
        // scan it so, then forget the text (the declaration decides how the bytes are decoded)
        this.declProbe = false;
        const savedProc = this.proc;
        this.text = decodeUtf8Lenient(this.raw, false);
        const probed = this.runProcessor(0, this.text.length);
        if (probed < 0) return -probed;
        this.text = '';
        this.proc = savedProc;
        this.eventPtr = this.eventEndPtr = 0;
        return ERROR_NONE;
      }
      const held = this.holdAfterDecl;
      const consumed = this.runProcessor(0, this.text.length);
      if (consumed < 0) return -consumed;
      this.trim(consumed);
      // the XML declaration named the encoding of what follows it: decode that and go on
      if (held && !this.holdAfterDecl && this.raw.length > 0) continue;
      return ERROR_NONE;
    }
  }

  /** Runs the current processor over text[start .. end): the end of what was consumed, or -error. */
  private runProcessor(start: number, end: number): number {
    this.tok.s = this.text;
    this.tok.end = end;
    this.tok.t = this.types();
    this.tok.strayTail = this.strayByte && end === this.text.length;
    const out = { next: start };
    let r: number;
    switch (this.proc) {
      case Proc.PrologInit:
      case Proc.Prolog: r = this.prologProcessor(start, out); break;
      case Proc.Content: r = this.contentProcessor(start, out); break;
      case Proc.Cdata: r = this.cdataSectionProcessor(start, out); break;
      case Proc.Epilog: r = this.epilogProcessor(start, out); break;
      case Proc.ExternalInit: r = this.externalEntityInitProcessor(start, out); break;
      case Proc.ExternalContent: r = this.externalEntityContentProcessor(start, out); break;
      default: r = this.errorCode;
    }
    return r !== ERROR_NONE ? -r : out.next;
  }

  /** Drops text[0 .. n) (consumed), keeping offsets and the byte count of the document right. */
  private trim(n: number): void {
    if (n === 0) return;
    this.textByteBase = this.byteOffset(n);
    this.byteAnchorPos = 0;
    this.byteAnchorBytes = this.textByteBase;
    this.updatePosition(n);
    this.text = this.text.slice(n);
    this.positionPtr = 0;
    this.eventPtr = this.eventPtr >= 0 ? this.eventPtr - n : -1;
    this.eventEndPtr = this.eventEndPtr >= 0 ? this.eventEndPtr - n : -1;
  }

  private types(): Uint8Array {
    const ns = this.nsSep !== null;
    if (this.decoding === 'latin-1') return charTypes(true, false, ns);
    if (this.decoding === 'ascii') return charTypes(false, true, ns);
    return charTypes(false, false, ns);
  }

  /** Whether text reaches the handlers through Expat's conversion buffer (chunked). */
  private mustConvert(): boolean {
    return this.decoding !== 'utf-8' && this.decoding !== 'ascii' && this.decoding !== null;
  }

  // --- decoding

  /** Decodes the raw bytes that can be decoded now; ERROR_NONE, or an error for the encoding. */
  private decodeAvailable(): number {
    if (this.raw.length === 0 || this.holdAfterDecl) return ERROR_NONE;
    const raw = this.raw;
    if (this.decoding === null) {
      if (this.protocolEncoding !== null) {
        const err = this.selectEncoding(this.protocolEncoding);
        if (err !== ERROR_NONE) return err;
      } else {
        // auto-detection from the first bytes, as Expat's initScan
        if (raw.length < 2 && !this.finalBuffer) return ERROR_NONE;
        const b0 = raw[0], b1 = raw.length > 1 ? raw[1] : -1;
        if (b0 === 0xfe && b1 === 0xff) this.decoding = 'utf-16be';
        else if (b0 === 0xff && b1 === 0xfe) this.decoding = 'utf-16le';
        else if (b0 === 0 && b1 >= 0) this.decoding = 'utf-16be';
        else if (b1 === 0) this.decoding = 'utf-16le';
        else {
          if (b0 === 0xef && b1 === 0xbb && raw.length < 3 && !this.finalBuffer) return ERROR_NONE;
          // 8-bit: UTF-8 until an XML declaration says otherwise
          const at = b0 === 0xef && b1 === 0xbb && raw[2] === 0xbf ? 3 : 0;
          if (!this.finalBuffer && raw.length < at + 6 && isPrefixOfXmlDecl(raw, at)) return ERROR_NONE;
          if (startsWithXmlDecl(raw, at)) {
            const close = findDeclEnd(raw, at);
            if (close < 0 && !this.finalBuffer) {
              this.declProbe = true;
              return ERROR_NONE;
            }
            if (close >= 0) {
              this.decoding = 'utf-8';
              this.appendDecoded(raw.subarray(0, close), true);
              this.raw = raw.slice(close);
              this.holdAfterDecl = true;
              return ERROR_NONE;
            }
          }
          this.decoding = 'utf-8';
        }
      }
    }
    this.raw = new Uint8Array(0);
    this.appendDecoded(raw, this.finalBuffer);
    return ERROR_NONE;
  }

  /** Sets the decoding for an encoding name (protocol or declared); ERROR_UNKNOWN_ENCODING if none. */
  private selectEncoding(name: string): number {
    const b = builtinEncoding(name);
    if (b === 'utf-16') {
      const raw = this.raw;
      this.decoding = raw.length >= 2 && raw[0] === 0xff && raw[1] === 0xfe ? 'utf-16le'
        : raw.length >= 2 && raw[1] === 0 && raw[0] !== 0 ? 'utf-16le' : 'utf-16be';
      return ERROR_NONE;
    }
    if (b !== null) { this.decoding = b; return ERROR_NONE; }
    const map = this.sink.unknownEncoding(name);
    if (map === null) return ERROR_UNKNOWN_ENCODING;
    for (let i = 0; i < 128; i++) {
      // the ASCII characters Expat gives a meaning must stay themselves
      if (map[i] !== i && !(i < 0x20 && i !== 9 && i !== 10 && i !== 13) && i !== 0x24 && i !== 0x40 && i !== 0x5c
          && i !== 0x5e && i !== 0x60 && i !== 0x7b && i !== 0x7d && i !== 0x7e && i !== 0x7f) return ERROR_UNKNOWN_ENCODING;
    }
    this.decoding = 'map';
    this.charMap = map;
    return ERROR_NONE;
  }

  /**
   * Decodes bytes with the current decoding and appends them to `text`. Bytes that cannot be decoded
   * become lone low surrogates (U+DC80 + byte), which the tokenizer rejects where Expat rejects the byte;
   * a character cut off by the end of the final data becomes a lone high surrogate ("partial character");
   * a character cut off by the end of other data waits in `raw` for the rest.
   */
  private appendDecoded(data: Uint8Array, isFinal: boolean): void {
    if (this.heldSentinel) {
      // the cut-off character of the last data: its bytes are in `data` again
      this.heldSentinel = false;
      this.text = this.text.slice(0, -1);
    }
    let s: string;
    switch (this.decoding) {
      case 'utf-8': s = this.decodeUtf8(data, isFinal); break;
      case 'utf-16le': case 'utf-16be': {
        const le = this.decoding === 'utf-16le';
        let n = data.length & ~1;
        const parts: string[] = [];
        let chunk = '';
        for (let i = 0; i < n; i += 2) {
          chunk += String.fromCharCode(le ? data[i] | (data[i + 1] << 8) : (data[i] << 8) | data[i + 1]);
          if (chunk.length >= 4096) { parts.push(chunk); chunk = ''; }
        }
        parts.push(chunk);
        s = parts.join('');
        let keep = n;
        if (!isFinal && s.length > 0) {
          // a first half at the end stays in the text (Expat sees its start: a partial character)
          // and its bytes are decoded again with what follows
          const last = s.charCodeAt(s.length - 1);
          if (last >= 0xd800 && last < 0xdc00) { keep = n - 2; this.heldSentinel = true; }
        }
        if (n < data.length && isFinal) {
          // an odd last byte: Expat scans as if the data ended before it, but nothing ends there
          this.strayByte = true;
        } else if (keep < data.length) {
          this.raw = concatBytes(data.slice(keep), this.raw);
        }
        break;
      }
      case 'latin-1': s = latin1String(data); break;
      case 'ascii': {
        let t = '';
        for (let i = 0; i < data.length; i++) t += String.fromCharCode(data[i] < 0x80 ? data[i] : 0xdc00 + data[i]);
        s = t;
        break;
      }
      case 'map': {
        const map = this.charMap!;
        let t = '';
        for (let i = 0; i < data.length; i++) {
          const c = map[data[i]];
          t += c < 0 ? String.fromCharCode(0xdc00 + data[i]) : String.fromCodePoint(c);
        }
        s = t;
        break;
      }
      default: s = '';
    }
    this.text += s;
  }

  private decodeUtf8(data: Uint8Array, isFinal: boolean): string {
    // hold back an incomplete last character
    let cut = data.length;
    if (!isFinal) {
      let i = data.length - 1, k = 0;
      while (i >= 0 && k < 3 && (data[i] & 0xc0) === 0x80) { i--; k++; }
      if (i >= 0) {
        const b = data[i];
        const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
        if (need > 1 && data.length - i < need) cut = i;
      }
    }
    const body = data.subarray(0, cut);
    let s: string;
    try {
      s = UTF8_STRICT.decode(body);
    } catch {
      s = decodeUtf8Lenient(body, isFinal);
    }
    if (cut < data.length) {
      // the start of a character stays visible to the scanners as a partial character; its bytes
      // are decoded again with what follows
      this.raw = concatBytes(data.slice(cut), this.raw);
      this.heldSentinel = true;
      s += '\ud800';
    }
    return s;
  }

  /**
   * After the XML declaration: the encoding it names (or the one found) decodes the rest. Returns an
   * error code for a wrong or unknown encoding, with eventPtr at the name.
   */
  private switchEncoding(name: string | null, at: number): number {
    const held = this.holdAfterDecl;
    this.holdAfterDecl = false;
    if (this.protocolEncoding !== null) return ERROR_NONE;
    if (name === null) return ERROR_NONE;
    const b = builtinEncoding(name);
    const twoByte = this.decoding === 'utf-16le' || this.decoding === 'utf-16be';
    if (b !== null) {
      const newTwo = b === 'utf-16' || b === 'utf-16le' || b === 'utf-16be';
      if (newTwo !== twoByte || (twoByte && b !== 'utf-16' && b !== this.decoding)) {
        this.eventPtr = at;
        return ERROR_INCORRECT_ENCODING;
      }
      if (!twoByte && held) this.decoding = b as Decoding;
      return ERROR_NONE;
    }
    if (twoByte) {
      // Expat asks the handler; a single-byte table cannot read UTF-16 text, so that fails here
      this.sink.unknownEncoding(name);
      this.eventPtr = at;
      return ERROR_UNKNOWN_ENCODING;
    }
    const err = this.selectEncoding(name);
    if (err !== ERROR_NONE) this.eventPtr = at;
    return err;
  }

  // --- positions

  /** Moves the line/column position forward from positionPtr to p (Expat's XmlUpdatePosition). */
  private updatePosition(p: number): void {
    const s = this.text;
    let line = this.line, col = this.column;
    for (let i = this.positionPtr; i < p; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) { line++; col = 0; } else if (c === 13) {
        line++; col = 0;
        if (i + 1 < p && s.charCodeAt(i + 1) === 10) i++;
      } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < p) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) i++;
        col++;
      } else col++;
    }
    this.line = line;
    this.column = col;
    this.positionPtr = p;
  }

  /** The document byte offset of text offset p. */
  private byteOffset(p: number): number {
    if (p < this.byteAnchorPos) { this.byteAnchorPos = 0; this.byteAnchorBytes = this.textByteBase; }
    let bytes = this.byteAnchorBytes;
    const s = this.text;
    const d = this.decoding;
    if (d === 'utf-16le' || d === 'utf-16be') bytes += 2 * (p - this.byteAnchorPos);
    else if (d !== 'utf-8' && d !== null) bytes += p - this.byteAnchorPos;
    else {
      for (let i = this.byteAnchorPos; i < p; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) bytes += 1;
        else if (c < 0x800) bytes += 2;
        else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { bytes += 4; i++; }
        else if (c >= 0xdc00 && c < 0xe000) bytes += 1; // an undecodable byte
        else bytes += 3;
      }
    }
    this.byteAnchorPos = p;
    this.byteAnchorBytes = bytes;
    return bytes;
  }

  /** XML_GetCurrentLineNumber (1-based). */
  currentLineNumber(): number {
    if (this.eventPtr >= 0 && this.eventPtr >= this.positionPtr) this.updatePosition(this.eventPtr);
    return this.line + 1;
  }

  /** XML_GetCurrentColumnNumber (0-based, in characters). */
  currentColumnNumber(): number {
    if (this.eventPtr >= 0 && this.eventPtr >= this.positionPtr) this.updatePosition(this.eventPtr);
    return this.column;
  }

  /** XML_GetCurrentByteIndex: -1 before anything was parsed. */
  currentByteIndex(): number {
    if (this.eventPtr < 0) return -1;
    return this.byteOffset(this.eventPtr);
  }

  /** The text from the current event to the end of the data (XML_GetInputContext). */
  inputContext(): string | null {
    if (this.eventPtr < 0) return null;
    return this.text.slice(this.eventPtr);
  }

  /** The decoding found for the document ('utf-8' until known). */
  get documentEncoding(): string {
    return this.decoding ?? 'utf-8';
  }

  // --- processors

  private prologProcessor(s: number, out: { next: number }): number {
    const atStart = this.proc === Proc.PrologInit && this.parent === null;
    this.proc = Proc.Prolog;
    let tok: number;
    // a byte order mark opens the document (Expat's initial scan)
    if (atStart && s < this.text.length && this.text.charCodeAt(s) === 0xfeff) {
      tok = TOK_BOM;
      this.tok.next = s + 1;
    } else {
      if (atStart && s >= this.text.length) this.proc = Proc.PrologInit;
      tok = this.tok.prologTok(s);
    }
    return this.doProlog(this.tok, s, tok, this.tok.next, out, !this.finalBuffer, true);
  }

  private contentProcessor(s: number, out: { next: number }): number {
    this.proc = Proc.Content;
    return this.doContent(0, this.tok, s, out, !this.finalBuffer, false);
  }

  private cdataSectionProcessor(s: number, out: { next: number }): number {
    const start = { p: s };
    const r = this.doCdataSection(this.tok, start, out, !this.finalBuffer, false);
    if (r !== ERROR_NONE) return r;
    if (start.p >= 0) {
      if (this.parent !== null) return this.externalEntityContentProcessor(start.p, out);
      return this.contentProcessor(start.p, out);
    }
    return r;
  }

  private externalEntityInitProcessor(s: number, out: { next: number }): number {
    // a text declaration may open an external entity
    const tok = this.tok;
    const t = tok.contentTok(s);
    if (t === TOK_XML_DECL) {
      const r = this.processXmlDecl(true, s, tok.next);
      if (r !== ERROR_NONE) return r;
      if (this.holdAfterDecl) { out.next = tok.next; this.proc = Proc.ExternalInit; return ERROR_NONE; }
      s = tok.next;
    } else if (t === TOK_PARTIAL && !this.finalBuffer) {
      out.next = s;
      return ERROR_NONE;
    }
    this.tagLevel = 1;
    return this.externalEntityContentProcessor(s, out);
  }

  private externalEntityContentProcessor(s: number, out: { next: number }): number {
    this.proc = Proc.ExternalContent;
    return this.doContent(1, this.tok, s, out, !this.finalBuffer, false);
  }

  private epilogProcessor(s: number, out: { next: number }): number {
    this.proc = Proc.Epilog;
    const tok = this.tok;
    this.eventPtr = s;
    for (;;) {
      const t = tok.prologTok(s);
      const next = tok.next;
      this.eventEndPtr = next;
      switch (t) {
        case -TOK_PROLOG_S:
          if (this.has & H_DEFAULT) {
            this.reportDefault(tok, s, next, false);
            if (this.stopped) return ERROR_ABORTED;
          }
          out.next = next;
          return ERROR_NONE;
        case TOK_NONE:
          out.next = s;
          return ERROR_NONE;
        case TOK_PROLOG_S:
          if (this.has & H_DEFAULT) this.reportDefault(tok, s, next, false);
          break;
        case TOK_PI:
          this.reportProcessingInstruction(tok, s, next, false);
          break;
        case TOK_COMMENT:
          this.reportComment(tok, s, next, false);
          break;
        case TOK_INVALID:
          this.eventPtr = next;
          return ERROR_INVALID_TOKEN;
        case TOK_PARTIAL:
          if (!this.finalBuffer) { out.next = s; return ERROR_NONE; }
          return ERROR_UNCLOSED_TOKEN;
        case TOK_PARTIAL_CHAR:
          if (!this.finalBuffer) { out.next = s; return ERROR_NONE; }
          return ERROR_PARTIAL_CHAR;
        default:
          return ERROR_JUNK_AFTER_DOC_ELEMENT;
      }
      this.eventPtr = s = next;
      if (this.stopped) return ERROR_ABORTED;
    }
  }

  // --- the prolog

  /**
   * doProlog: the prolog tokens from s (the first already scanned: tok, ending at next). `internal` is
   * false for the document's own text, true for a parameter entity's replacement text.
   */
  private doProlog(tk: Tokenizer, s: number, tok: number, next: number, out: { next: number },
    haveMore: boolean, allowClosingDoctype: boolean, internal = false): number {
    const dtd = this.dtd;
    for (;;) {
      let handleDefault = true;
      if (!internal) { this.eventPtr = s; this.eventEndPtr = next; }
      if (tok <= 0) {
        if (haveMore && tok !== TOK_INVALID) { out.next = s; return ERROR_NONE; }
        switch (tok) {
          case TOK_INVALID:
            if (!internal) this.eventPtr = next;
            return ERROR_INVALID_TOKEN;
          case TOK_PARTIAL: return ERROR_UNCLOSED_TOKEN;
          case TOK_PARTIAL_CHAR: return ERROR_PARTIAL_CHAR;
          case -TOK_PROLOG_S: tok = -tok; break;
          case TOK_NONE:
            if (internal) {
              if (this.prolog.role(TOK_NONE, tk.s, tk.end, tk.end) === R.ROLE_ERROR) return ERROR_INCOMPLETE_PE;
              out.next = s;
              return ERROR_NONE;
            }
            return ERROR_NO_ELEMENTS;
          default:
            tok = -tok;
            next = tk.end;
        }
      }
      const role = this.prolog.role(tok, tk.s, s, next);
      const str = tk.s;
      switch (role) {
        case R.ROLE_XML_DECL: {
          const r = this.processXmlDecl(false, s, next);
          if (r !== ERROR_NONE) return r;
          handleDefault = false;
          if (this.raw.length > 0 && !internal) {
            // the rest of the input is decoded afresh in the declared encoding
            out.next = next;
            return ERROR_NONE;
          }
          break;
        }
        case R.ROLE_DOCTYPE_NAME:
          if (this.has & H_START_DOCTYPE) {
            this.doctypeName = str.slice(s, next);
            this.doctypePubid = null;
            handleDefault = false;
          }
          this.doctypeSysid = null;
          break;
        case R.ROLE_DOCTYPE_INTERNAL_SUBSET:
          if (this.has & H_START_DOCTYPE) {
            this.sink.startDoctype(this.doctypeName!, this.doctypeSysid, this.doctypePubid, 1);
            this.doctypeName = null;
            handleDefault = false;
          }
          break;
        case R.ROLE_DOCTYPE_PUBLIC_ID:
        case R.ROLE_ENTITY_PUBLIC_ID: {
          if (role === R.ROLE_DOCTYPE_PUBLIC_ID) {
            this.useForeignDtd = false;
            this.declEntity = this.paramEntity(EXTERNAL_SUBSET_NAME);
            dtd.hasParamEntityRefs = true;
          }
          const bad = publicIdBad(str, s, next);
          if (bad >= 0) {
            if (!internal) this.eventPtr = bad;
            return ERROR_PUBLICID;
          }
          const pubId = normalizePublicId(str.slice(s + 1, next - 1));
          if (role === R.ROLE_DOCTYPE_PUBLIC_ID && (this.has & H_START_DOCTYPE)) {
            this.doctypePubid = pubId;
            handleDefault = false;
          }
          if (dtd.keepProcessing && this.declEntity !== null) {
            this.declEntity.publicId = pubId;
            if ((this.has & H_ENTITY_DECL) && role === R.ROLE_ENTITY_PUBLIC_ID) handleDefault = false;
          }
          break;
        }
        case R.ROLE_DOCTYPE_CLOSE:
          if (!allowClosingDoctype) return ERROR_INVALID_TOKEN;
          if (this.doctypeName !== null) {
            this.sink.startDoctype(this.doctypeName, this.doctypeSysid, this.doctypePubid, 0);
            this.doctypeName = null;
            handleDefault = false;
          }
          if (this.doctypeSysid !== null || this.useForeignDtd) {
            const hadParamEntityRefs = dtd.hasParamEntityRefs;
            dtd.hasParamEntityRefs = true;
            if (this.paramEntityParsing && (this.has & H_EXTERNAL_ENTITY_REF)) {
              const entity = this.paramEntity(EXTERNAL_SUBSET_NAME);
              if (this.useForeignDtd) entity.base = this.base;
              dtd.paramEntityRead = false;
              if (!this.sink.externalEntityRef(null, entity.base, entity.systemId, entity.publicId)) {
                return ERROR_EXTERNAL_ENTITY_HANDLING;
              }
              if (dtd.paramEntityRead) {
                if (!dtd.standalone && (this.has & H_NOT_STANDALONE) && !this.sink.notStandalone()) return ERROR_NOT_STANDALONE;
              } else if (this.doctypeSysid === null) {
                dtd.hasParamEntityRefs = hadParamEntityRefs;
              }
            }
            this.useForeignDtd = false;
          }
          if (this.has & H_END_DOCTYPE) {
            this.sink.endDoctype();
            handleDefault = false;
          }
          break;
        case R.ROLE_INSTANCE_START:
          if (this.useForeignDtd) {
            const hadParamEntityRefs = dtd.hasParamEntityRefs;
            dtd.hasParamEntityRefs = true;
            if (this.paramEntityParsing && (this.has & H_EXTERNAL_ENTITY_REF)) {
              const entity = this.paramEntity(EXTERNAL_SUBSET_NAME);
              entity.base = this.base;
              dtd.paramEntityRead = false;
              if (!this.sink.externalEntityRef(null, entity.base, entity.systemId, entity.publicId)) {
                return ERROR_EXTERNAL_ENTITY_HANDLING;
              }
              if (dtd.paramEntityRead) {
                if (!dtd.standalone && (this.has & H_NOT_STANDALONE) && !this.sink.notStandalone()) return ERROR_NOT_STANDALONE;
              } else {
                dtd.hasParamEntityRefs = hadParamEntityRefs;
              }
            }
          }
          this.proc = Proc.Content;
          return this.contentProcessor(s, out);
        case R.ROLE_ATTLIST_ELEMENT_NAME:
          this.declElementType = this.getElementType(str.slice(s, next));
          if (dtd.keepProcessing && (this.has & H_ATTLIST_DECL)) handleDefault = false;
          break;
        case R.ROLE_ATTRIBUTE_NAME:
          this.declAttributeId = this.getAttributeId(str.slice(s, next));
          this.declAttributeIsCdata = false;
          this.declAttributeType = null;
          this.declAttributeIsId = false;
          if (dtd.keepProcessing && (this.has & H_ATTLIST_DECL)) handleDefault = false;
          break;
        case R.ROLE_ATTRIBUTE_ENUM_VALUE:
        case R.ROLE_ATTRIBUTE_NOTATION_VALUE:
          if (dtd.keepProcessing && (this.has & H_ATTLIST_DECL)) {
            const prefix = this.declAttributeType !== null ? '|'
              : role === R.ROLE_ATTRIBUTE_NOTATION_VALUE ? 'NOTATION(' : '(';
            this.declAttributeType = (this.declAttributeType ?? '') + prefix + str.slice(s, next);
            handleDefault = false;
          }
          break;
        case R.ROLE_IMPLIED_ATTRIBUTE_VALUE:
        case R.ROLE_REQUIRED_ATTRIBUTE_VALUE:
          if (dtd.keepProcessing) {
            this.defineAttribute(this.declElementType!, this.declAttributeId!, this.declAttributeIsCdata, this.declAttributeIsId, null);
            if ((this.has & H_ATTLIST_DECL) && this.declAttributeType !== null) {
              this.sink.attlistDecl(this.declElementType!.name, this.declAttributeId!.name, this.closedAttType(), null,
                role === R.ROLE_REQUIRED_ATTRIBUTE_VALUE ? 1 : 0);
              handleDefault = false;
            }
          }
          break;
        case R.ROLE_DEFAULT_ATTRIBUTE_VALUE:
        case R.ROLE_FIXED_ATTRIBUTE_VALUE:
          if (dtd.keepProcessing) {
            const v = { value: '' };
            const r = this.storeAttributeValue(tk, this.declAttributeIsCdata, s + 1, next - 1, v, true, internal);
            if (r !== ERROR_NONE) return r;
            this.defineAttribute(this.declElementType!, this.declAttributeId!, this.declAttributeIsCdata, false, v.value);
            if ((this.has & H_ATTLIST_DECL) && this.declAttributeType !== null) {
              this.sink.attlistDecl(this.declElementType!.name, this.declAttributeId!.name, this.closedAttType(), v.value,
                role === R.ROLE_FIXED_ATTRIBUTE_VALUE ? 1 : 0);
              handleDefault = false;
            }
          }
          break;
        case R.ROLE_ENTITY_VALUE:
          if (dtd.keepProcessing) {
            const v = { value: '' };
            const r = this.storeEntityValue(tk, s + 1, next - 1, v, internal);
            if (this.declEntity !== null) {
              this.declEntity.text = v.value;
              if (this.has & H_ENTITY_DECL) {
                const e = this.declEntity;
                this.sink.entityDecl(e.name, e.isParam ? 1 : 0, e.text, this.base, null, null, null);
                handleDefault = false;
              }
            }
            if (r !== ERROR_NONE) return r;
          }
          break;
        case R.ROLE_DOCTYPE_SYSTEM_ID:
        case R.ROLE_ENTITY_SYSTEM_ID:
          if (role === R.ROLE_DOCTYPE_SYSTEM_ID) {
            this.useForeignDtd = false;
            dtd.hasParamEntityRefs = true;
            if (this.has & H_START_DOCTYPE) {
              this.doctypeSysid = str.slice(s + 1, next - 1);
              handleDefault = false;
            } else {
              this.doctypeSysid = EXTERNAL_SUBSET_NAME;
            }
            if (!dtd.standalone && !this.paramEntityParsing && (this.has & H_NOT_STANDALONE) && !this.sink.notStandalone()) {
              return ERROR_NOT_STANDALONE;
            }
            if (this.declEntity === null) {
              this.declEntity = this.paramEntity(EXTERNAL_SUBSET_NAME);
              this.declEntity.publicId = null;
            }
          }
          if (dtd.keepProcessing && this.declEntity !== null) {
            this.declEntity.systemId = str.slice(s + 1, next - 1);
            this.declEntity.base = this.base;
            if ((this.has & H_ENTITY_DECL) && role === R.ROLE_ENTITY_SYSTEM_ID) handleDefault = false;
          }
          break;
        case R.ROLE_ENTITY_COMPLETE:
          if (dtd.keepProcessing && this.declEntity !== null && (this.has & H_ENTITY_DECL)) {
            const e = this.declEntity;
            this.sink.entityDecl(e.name, e.isParam ? 1 : 0, null, e.base, e.systemId, e.publicId, null);
            handleDefault = false;
          }
          break;
        case R.ROLE_ENTITY_NOTATION_NAME:
          if (dtd.keepProcessing && this.declEntity !== null) {
            const e = this.declEntity;
            e.notation = str.slice(s, next);
            if (this.has & H_UNPARSED_ENTITY_DECL) {
              this.sink.unparsedEntityDecl(e.name, e.base, e.systemId!, e.publicId, e.notation);
              handleDefault = false;
            } else if (this.has & H_ENTITY_DECL) {
              this.sink.entityDecl(e.name, 0, null, e.base, e.systemId, e.publicId, e.notation);
              handleDefault = false;
            }
          }
          break;
        case R.ROLE_GENERAL_ENTITY_NAME:
        case R.ROLE_PARAM_ENTITY_NAME: {
          const name = str.slice(s, next);
          const isParam = role === R.ROLE_PARAM_ENTITY_NAME;
          if (!isParam && predefinedEntity(name) !== '') { this.declEntity = null; break; }
          if (dtd.keepProcessing) {
            const table = isParam ? dtd.paramEntities : dtd.generalEntities;
            if (table.has(name)) {
              this.declEntity = null;
            } else {
              const e: Entity = {
                name, text: null, systemId: null, publicId: null, base: null, notation: null, isParam,
                isInternal: !(this.parent !== null || this.entityDepth > 0), open: false,
              };
              table.set(name, e);
              this.declEntity = e;
              if (this.has & H_ENTITY_DECL) handleDefault = false;
            }
          } else {
            this.declEntity = null;
          }
          break;
        }
        case R.ROLE_NOTATION_NAME:
          this.declNotationPublicId = null;
          this.declNotationName = null;
          if (this.has & H_NOTATION_DECL) {
            this.declNotationName = str.slice(s, next);
            handleDefault = false;
          }
          break;
        case R.ROLE_NOTATION_PUBLIC_ID: {
          const bad = publicIdBad(str, s, next);
          if (bad >= 0) {
            if (!internal) this.eventPtr = bad;
            return ERROR_PUBLICID;
          }
          if (this.declNotationName !== null) {
            this.declNotationPublicId = normalizePublicId(str.slice(s + 1, next - 1));
            handleDefault = false;
          }
          break;
        }
        case R.ROLE_NOTATION_SYSTEM_ID:
          if (this.declNotationName !== null && (this.has & H_NOTATION_DECL)) {
            this.sink.notationDecl(this.declNotationName, this.base, str.slice(s + 1, next - 1), this.declNotationPublicId);
            handleDefault = false;
          }
          break;
        case R.ROLE_NOTATION_NO_SYSTEM_ID:
          if (this.declNotationPublicId !== null && (this.has & H_NOTATION_DECL)) {
            this.sink.notationDecl(this.declNotationName!, this.base, null, this.declNotationPublicId);
            handleDefault = false;
          }
          break;
        case R.ROLE_ERROR:
          if (tok === TOK_PARAM_ENTITY_REF) return ERROR_PARAM_ENTITY_REF;
          if (tok === TOK_XML_DECL) return ERROR_MISPLACED_XML_PI;
          return ERROR_SYNTAX;
        case R.ROLE_GROUP_OPEN:
          this.groupConnector[this.prolog.level] = 0;
          if (dtd.inElementDecl) {
            const i = this.nextScaffoldPart();
            dtd.scaffoldStack.push(i);
            dtd.scaffold[i].type = CTYPE_SEQ;
            if (this.has & H_ELEMENT_DECL) handleDefault = false;
          }
          break;
        case R.ROLE_GROUP_SEQUENCE:
          if (this.groupConnector[this.prolog.level] === 0x7c) return ERROR_SYNTAX;
          this.groupConnector[this.prolog.level] = 0x2c;
          if (dtd.inElementDecl && (this.has & H_ELEMENT_DECL)) handleDefault = false;
          break;
        case R.ROLE_GROUP_CHOICE:
          if (this.groupConnector[this.prolog.level] === 0x2c) return ERROR_SYNTAX;
          if (dtd.inElementDecl && !this.groupConnector[this.prolog.level]) {
            const top = dtd.scaffold[dtd.scaffoldStack[dtd.scaffoldStack.length - 1]];
            if (top.type !== CTYPE_MIXED) {
              top.type = CTYPE_CHOICE;
              if (this.has & H_ELEMENT_DECL) handleDefault = false;
            }
          }
          this.groupConnector[this.prolog.level] = 0x7c;
          break;
        case R.ROLE_PARAM_ENTITY_REF: {
          dtd.hasParamEntityRefs = true;
          if (!this.paramEntityParsing) {
            dtd.keepProcessing = dtd.standalone;
          } else {
            const name = str.slice(s + 1, next - 1);
            const entity = dtd.paramEntities.get(name);
            if (dtd.standalone ? this.entityDepth === 0 : !dtd.hasParamEntityRefs) {
              if (entity === undefined) return ERROR_UNDEFINED_ENTITY;
              if (!entity.isInternal) return ERROR_ENTITY_DECLARED_IN_PE;
            } else if (entity === undefined) {
              dtd.keepProcessing = dtd.standalone;
              if (this.has & H_SKIPPED_ENTITY) {
                this.sink.skippedEntity(name, 1);
                handleDefault = false;
              }
              break;
            }
            if (entity.open) return ERROR_RECURSIVE_ENTITY_REF;
            if (entity.text !== null) {
              const r = this.processInternalEntity(entity, true);
              if (r !== ERROR_NONE) return r;
              handleDefault = false;
              break;
            }
            if (this.has & H_EXTERNAL_ENTITY_REF) {
              dtd.paramEntityRead = false;
              entity.open = true;
              if (!this.sink.externalEntityRef(null, entity.base, entity.systemId, entity.publicId)) {
                entity.open = false;
                return ERROR_EXTERNAL_ENTITY_HANDLING;
              }
              entity.open = false;
              handleDefault = false;
              if (!dtd.paramEntityRead) {
                dtd.keepProcessing = dtd.standalone;
                break;
              }
            } else {
              dtd.keepProcessing = dtd.standalone;
              break;
            }
          }
          if (!dtd.standalone && (this.has & H_NOT_STANDALONE) && !this.sink.notStandalone()) return ERROR_NOT_STANDALONE;
          break;
        }
        case R.ROLE_ELEMENT_NAME:
          if (this.has & H_ELEMENT_DECL) {
            this.declElementType = this.getElementType(str.slice(s, next));
            dtd.scaffold = [];
            dtd.scaffoldStack = [];
            dtd.inElementDecl = true;
            handleDefault = false;
          }
          break;
        case R.ROLE_CONTENT_ANY:
        case R.ROLE_CONTENT_EMPTY:
          if (dtd.inElementDecl) {
            if (this.has & H_ELEMENT_DECL) {
              const model: ContentModel = {
                type: role === R.ROLE_CONTENT_ANY ? CTYPE_ANY : CTYPE_EMPTY, quant: CQUANT_NONE, name: null, children: [],
              };
              this.sink.elementDecl(this.declElementType!.name, model);
              handleDefault = false;
            }
            dtd.inElementDecl = false;
          }
          break;
        case R.ROLE_CONTENT_PCDATA:
          if (dtd.inElementDecl) {
            dtd.scaffold[dtd.scaffoldStack[dtd.scaffoldStack.length - 1]].type = CTYPE_MIXED;
            if (this.has & H_ELEMENT_DECL) handleDefault = false;
          }
          break;
        case R.ROLE_CONTENT_ELEMENT:
        case R.ROLE_CONTENT_ELEMENT_OPT:
        case R.ROLE_CONTENT_ELEMENT_REP:
        case R.ROLE_CONTENT_ELEMENT_PLUS:
          if (dtd.inElementDecl) {
            const quant = role === R.ROLE_CONTENT_ELEMENT ? CQUANT_NONE : role === R.ROLE_CONTENT_ELEMENT_OPT ? CQUANT_OPT
              : role === R.ROLE_CONTENT_ELEMENT_REP ? CQUANT_REP : CQUANT_PLUS;
            const i = this.nextScaffoldPart();
            const part = dtd.scaffold[i];
            part.type = CTYPE_NAME;
            part.quant = quant;
            part.name = this.getElementType(str.slice(s, quant === CQUANT_NONE ? next : next - 1)).name;
            if (this.has & H_ELEMENT_DECL) handleDefault = false;
          }
          break;
        case R.ROLE_GROUP_CLOSE:
        case R.ROLE_GROUP_CLOSE_OPT:
        case R.ROLE_GROUP_CLOSE_REP:
        case R.ROLE_GROUP_CLOSE_PLUS:
          if (dtd.inElementDecl) {
            const quant = role === R.ROLE_GROUP_CLOSE ? CQUANT_NONE : role === R.ROLE_GROUP_CLOSE_OPT ? CQUANT_OPT
              : role === R.ROLE_GROUP_CLOSE_REP ? CQUANT_REP : CQUANT_PLUS;
            if (this.has & H_ELEMENT_DECL) handleDefault = false;
            const i = dtd.scaffoldStack.pop()!;
            dtd.scaffold[i].quant = quant;
            if (dtd.scaffoldStack.length === 0) {
              if (!handleDefault) this.sink.elementDecl(this.declElementType!.name, this.buildModel(0));
              dtd.inElementDecl = false;
            }
          }
          break;
        case R.ROLE_PI:
          this.reportProcessingInstruction(tk, s, next, internal);
          handleDefault = false;
          break;
        case R.ROLE_COMMENT:
          this.reportComment(tk, s, next, internal);
          handleDefault = false;
          break;
        case R.ROLE_NONE:
          if (tok === TOK_BOM) handleDefault = false;
          break;
        case R.ROLE_DOCTYPE_NONE:
          if (this.has & H_START_DOCTYPE) handleDefault = false;
          break;
        case R.ROLE_ENTITY_NONE:
          if (dtd.keepProcessing && (this.has & H_ENTITY_DECL)) handleDefault = false;
          break;
        case R.ROLE_NOTATION_NONE:
          if (this.has & H_NOTATION_DECL) handleDefault = false;
          break;
        case R.ROLE_ATTLIST_NONE:
          if (dtd.keepProcessing && (this.has & H_ATTLIST_DECL)) handleDefault = false;
          break;
        case R.ROLE_ELEMENT_NONE:
          if (this.has & H_ELEMENT_DECL) handleDefault = false;
          break;
        default:
          if (role >= R.ROLE_ATTRIBUTE_TYPE_CDATA && role <= R.ROLE_ATTRIBUTE_TYPE_NMTOKENS) {
            const i = role - R.ROLE_ATTRIBUTE_TYPE_CDATA;
            if (i === 0) this.declAttributeIsCdata = true;
            if (i === 1) this.declAttributeIsId = true;
            this.declAttributeType = ['CDATA', 'ID', 'IDREF', 'IDREFS', 'ENTITY', 'ENTITIES', 'NMTOKEN', 'NMTOKENS'][i];
            if (dtd.keepProcessing && (this.has & H_ATTLIST_DECL)) handleDefault = false;
          }
      }
      if (handleDefault && (this.has & H_DEFAULT)) this.reportDefault(tk, s, next, internal);
      if (this.stopped) return ERROR_ABORTED;
      s = next;
      tok = tk.prologTok(s);
      next = tk.next;
    }
  }

  /** The attribute type of the declaration being read, its enumeration closed. */
  private closedAttType(): string {
    let t = this.declAttributeType!;
    if (t.charCodeAt(0) === 0x28 || t.startsWith('NO')) t += ')';
    return t;
  }

  private nextScaffoldPart(): number {
    const dtd = this.dtd;
    const i = dtd.scaffold.length;
    dtd.scaffold.push({ type: 0, quant: CQUANT_NONE, name: null, children: [] });
    if (dtd.scaffoldStack.length > 0) dtd.scaffold[dtd.scaffoldStack[dtd.scaffoldStack.length - 1]].children.push(i);
    return i;
  }

  private buildModel(i: number): ContentModel {
    const p = this.dtd.scaffold[i];
    return { type: p.type, quant: p.quant, name: p.name, children: p.children.map((c) => this.buildModel(c)) };
  }

  private paramEntity(name: string): Entity {
    let e = this.dtd.paramEntities.get(name);
    if (e === undefined) {
      e = { name, text: null, systemId: null, publicId: null, base: null, notation: null, isParam: true, isInternal: true, open: false };
      this.dtd.paramEntities.set(name, e);
    }
    return e;
  }

  /** processXmlDecl: reports the XML (or text) declaration s[start .. end) and applies its encoding. */
  private processXmlDecl(textDecl: boolean, start: number, end: number): number {
    const d = parseXmlDecl(this.text, start, end, textDecl);
    if (d.bad >= 0) {
      this.eventPtr = d.bad;
      return textDecl ? ERROR_TEXT_DECL : ERROR_XML_DECL;
    }
    if (!textDecl && d.standalone === 1) {
      this.dtd.standalone = true;
      if (this.paramEntityParsing === 2) this.paramEntityParsing = 0;
    }
    if (this.has & H_XML_DECL) this.sink.xmlDecl(d.version, d.encoding, d.standalone);
    else if (this.has & H_DEFAULT) this.reportDefault(this.tok, start, end, false);
    return this.switchEncoding(d.encoding, d.encodingAt);
  }

  // --- element content

  /**
   * doContent: element content from s. `startTagLevel` is 0 for the document, the tag level at the
   * reference for an internal entity's text (`internal`), 1 for an external entity.
   */
  private doContent(startTagLevel: number, tk: Tokenizer, s: number, out: { next: number }, haveMore: boolean,
    internal: boolean): number {
    if (!internal) this.eventPtr = s;
    const has = this.has;
    for (;;) {
      const tok = tk.contentTok(s);
      let next = tk.next;
      if (!internal) this.eventEndPtr = next;
      switch (tok) {
        case TOK_TRAILING_CR:
          if (haveMore) { out.next = s; return ERROR_NONE; }
          if (!internal) this.eventEndPtr = tk.end;
          if (this.has & H_CHARACTER_DATA) this.sink.characterData('\n');
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, tk.end, internal);
          if (startTagLevel === 0) return ERROR_NO_ELEMENTS;
          if (this.tagLevel !== startTagLevel) return ERROR_ASYNC_ENTITY;
          out.next = tk.end;
          return ERROR_NONE;
        case TOK_NONE:
          if (haveMore) { out.next = s; return ERROR_NONE; }
          if (startTagLevel > 0) {
            if (this.tagLevel !== startTagLevel) return ERROR_ASYNC_ENTITY;
            out.next = s;
            return ERROR_NONE;
          }
          return ERROR_NO_ELEMENTS;
        case TOK_INVALID:
          if (!internal) this.eventPtr = next;
          return ERROR_INVALID_TOKEN;
        case TOK_PARTIAL:
          if (haveMore) { out.next = s; return ERROR_NONE; }
          return ERROR_UNCLOSED_TOKEN;
        case TOK_PARTIAL_CHAR:
          if (haveMore) { out.next = s; return ERROR_NONE; }
          return ERROR_PARTIAL_CHAR;
        case TOK_ENTITY_REF: {
          const name = tk.s.slice(s + 1, next - 1);
          const ch = predefinedEntity(name);
          if (ch !== '') {
            if (this.has & H_CHARACTER_DATA) this.sink.characterData(ch);
            else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
            break;
          }
          const dtd = this.dtd;
          const entity = dtd.generalEntities.get(name);
          if (!dtd.hasParamEntityRefs || dtd.standalone) {
            if (entity === undefined) return ERROR_UNDEFINED_ENTITY;
            if (!entity.isInternal) return ERROR_ENTITY_DECLARED_IN_PE;
          } else if (entity === undefined) {
            if (this.has & H_SKIPPED_ENTITY) this.sink.skippedEntity(name, 0);
            else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
            break;
          }
          if (entity.open) return ERROR_RECURSIVE_ENTITY_REF;
          if (entity.notation !== null) return ERROR_BINARY_ENTITY_REF;
          if (entity.text !== null) {
            if (!this.defaultExpandInternalEntities) {
              if (this.has & H_SKIPPED_ENTITY) this.sink.skippedEntity(entity.name, 0);
              else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
              break;
            }
            const r = this.processInternalEntity(entity, false);
            if (r !== ERROR_NONE) return r;
          } else if (this.has & H_EXTERNAL_ENTITY_REF) {
            entity.open = true;
            const context = this.getContext();
            entity.open = false;
            if (!this.sink.externalEntityRef(context, entity.base, entity.systemId, entity.publicId)) {
              return ERROR_EXTERNAL_ENTITY_HANDLING;
            }
          } else if (this.has & H_DEFAULT) {
            this.reportDefault(tk, s, next, internal);
          }
          break;
        }
        case TOK_START_TAG_NO_ATTS:
        case TOK_START_TAG_WITH_ATTS: {
          const nameStart = s + 1;
          const rawName = tk.s.slice(nameStart, tk.nameEnd(nameStart));
          const tag: Tag = { rawName, name: rawName, bindings: [] };
          this.tagStack.push(tag);
          this.tagLevel++;
          const atts: string[] = [];
          const r = this.storeAtts(tk, s, tag, tag.bindings, atts, internal);
          if (r !== ERROR_NONE) return r;
          if (this.has & H_START_ELEMENT) this.sink.startElement(tag.name, atts, this.nSpecifiedAtts);
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          break;
        }
        case TOK_EMPTY_ELEMENT_NO_ATTS:
        case TOK_EMPTY_ELEMENT_WITH_ATTS: {
          const nameStart = s + 1;
          const rawName = tk.s.slice(nameStart, tk.nameEnd(nameStart));
          const tag: Tag = { rawName, name: rawName, bindings: [] };
          const atts: string[] = [];
          const r = this.storeAtts(tk, s, tag, tag.bindings, atts, internal);
          if (r !== ERROR_NONE) {
            this.freeBindings(tag.bindings);
            return r;
          }
          let noElmHandlers = true;
          if (this.has & H_START_ELEMENT) {
            this.sink.startElement(tag.name, atts, this.nSpecifiedAtts);
            noElmHandlers = false;
          }
          if (this.has & H_END_ELEMENT) {
            if ((this.has & H_START_ELEMENT) && !internal) this.eventPtr = this.eventEndPtr;
            this.sink.endElement(tag.name);
            noElmHandlers = false;
          }
          if (noElmHandlers && (this.has & H_DEFAULT)) this.reportDefault(tk, s, next, internal);
          this.freeBindings(tag.bindings);
          if (this.tagLevel === 0 && !this.stopped) return this.epilogProcessor(next, out);
          break;
        }
        case TOK_END_TAG: {
          if (this.tagLevel === startTagLevel) return ERROR_ASYNC_ENTITY;
          const tag = this.tagStack[this.tagStack.length - 1];
          const nameStart = s + 2;
          const rawName = tk.s.slice(nameStart, tk.nameEnd(nameStart));
          if (rawName !== tag.rawName) {
            if (!internal) this.eventPtr = nameStart;
            return ERROR_TAG_MISMATCH;
          }
          this.tagStack.pop();
          this.tagLevel--;
          if (this.has & H_END_ELEMENT) this.sink.endElement(tag.name);
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          this.freeBindings(tag.bindings);
          if (this.tagLevel === 0 && !this.stopped) return this.epilogProcessor(next, out);
          break;
        }
        case TOK_CHAR_REF: {
          const n = charRefNumber(tk.s, s, next);
          if (n < 0) return ERROR_BAD_CHAR_REF;
          if (this.has & H_CHARACTER_DATA) this.sink.characterData(String.fromCodePoint(n));
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          break;
        }
        case TOK_XML_DECL:
          return ERROR_MISPLACED_XML_PI;
        case TOK_DATA_NEWLINE:
          if (this.has & H_CHARACTER_DATA) this.sink.characterData('\n');
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          break;
        case TOK_CDATA_SECT_OPEN: {
          if (this.has & H_START_CDATA) this.sink.startCdata();
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          const start = { p: next };
          const r = this.doCdataSection(tk, start, out, haveMore, internal);
          if (r !== ERROR_NONE) return r;
          if (start.p < 0) {
            this.proc = Proc.Cdata;
            return r;
          }
          next = start.p;
          break;
        }
        case TOK_TRAILING_RSQB:
          if (haveMore) { out.next = s; return ERROR_NONE; }
          if (this.has & H_CHARACTER_DATA) this.dataChars(tk, s, tk.end, internal);
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, tk.end, internal);
          if (startTagLevel === 0) {
            if (!internal) this.eventPtr = tk.end;
            return ERROR_NO_ELEMENTS;
          }
          if (this.tagLevel !== startTagLevel) {
            if (!internal) this.eventPtr = tk.end;
            return ERROR_ASYNC_ENTITY;
          }
          out.next = tk.end;
          return ERROR_NONE;
        case TOK_DATA_CHARS:
          if (this.has & H_CHARACTER_DATA) this.dataChars(tk, s, next, internal);
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          break;
        case TOK_PI:
          this.reportProcessingInstruction(tk, s, next, internal);
          break;
        case TOK_COMMENT:
          this.reportComment(tk, s, next, internal);
          break;
        default:
          if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
      }
      s = next;
      if (!internal) this.eventPtr = s;
      if (this.stopped) return ERROR_ABORTED;
      void has;
    }
  }

  /** Character data s[start .. end) to the handler, through the conversion buffer when Expat converts. */
  private dataChars(tk: Tokenizer, start: number, end: number, internal: boolean): void {
    if (!internal && this.mustConvert()) {
      for (const [a, b] of this.convertChunks(tk.s, start, end)) {
        this.eventEndPtr = b;
        this.sink.characterData(tk.s.slice(a, b));
        if (b === end) break;
        this.eventPtr = b;
      }
      return;
    }
    this.sink.characterData(tk.s.slice(start, end));
  }

  /** Splits s[start .. end) into runs of at most DATA_BUF_SIZE bytes of UTF-8, whole characters. */
  private convertChunks(s: string, start: number, end: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let a = start, bytes = 0;
    for (let i = start; i < end;) {
      const c = s.charCodeAt(i);
      const pair = c >= 0xd800 && c < 0xdc00 && i + 1 < end;
      const w = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
      if (bytes + w > DATA_BUF_SIZE) { out.push([a, i]); a = i; bytes = 0; }
      bytes += w;
      i += pair ? 2 : 1;
    }
    out.push([a, end]);
    return out;
  }

  /** doCdataSection: from the '<![CDATA[' already read; start.p is set to after ']]>' or -1 if not reached. */
  private doCdataSection(tk: Tokenizer, start: { p: number }, out: { next: number }, haveMore: boolean, internal: boolean): number {
    let s = start.p;
    if (!internal) this.eventPtr = s;
    start.p = -1;
    for (;;) {
      const tok = tk.cdataSectionTok(s);
      const next = tk.next;
      if (!internal) this.eventEndPtr = next;
      switch (tok) {
        case TOK_CDATA_SECT_CLOSE:
          if (this.has & H_END_CDATA) this.sink.endCdata();
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          start.p = next;
          out.next = next;
          return this.stopped ? ERROR_ABORTED : ERROR_NONE;
        case TOK_DATA_NEWLINE:
          if (this.has & H_CHARACTER_DATA) this.sink.characterData('\n');
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          break;
        case TOK_DATA_CHARS:
          if (this.has & H_CHARACTER_DATA) this.dataChars(tk, s, next, internal);
          else if (this.has & H_DEFAULT) this.reportDefault(tk, s, next, internal);
          break;
        case TOK_INVALID:
          if (!internal) this.eventPtr = next;
          return ERROR_INVALID_TOKEN;
        case TOK_PARTIAL_CHAR:
          if (haveMore) { out.next = s; return ERROR_NONE; }
          return ERROR_PARTIAL_CHAR;
        case TOK_PARTIAL:
        case TOK_NONE:
          if (haveMore) { out.next = s; return ERROR_NONE; }
          return ERROR_UNCLOSED_CDATA_SECTION;
      }
      s = next;
      if (!internal) this.eventPtr = s;
      if (this.stopped) return ERROR_ABORTED;
    }
  }

  /** Expands an internal entity's replacement text in place (content, or declarations for a PE). */
  private processInternalEntity(entity: Entity, betweenDecl: boolean): number {
    const text = entity.text!;
    const tk = new Tokenizer(this.internalTypes, this.nsSep !== null);
    tk.s = text;
    tk.end = text.length;
    entity.open = true;
    this.entityDepth++;
    const out = { next: 0 };
    let r: number;
    if (entity.isParam) {
      const tok = tk.prologTok(0);
      r = this.doPrologInternal(tk, tok, out, betweenDecl);
    } else {
      r = this.doContent(this.tagLevel, tk, 0, out, false, true);
    }
    this.entityDepth--;
    entity.open = false;
    return r;
  }

  private doPrologInternal(tk: Tokenizer, tok: number, out: { next: number }, betweenDecl: boolean): number {
    if (tok === TOK_NONE && !betweenDecl) return ERROR_NONE;
    return this.doProlog(tk, 0, tok, tk.next, out, false, false, true);
  }

  // --- attributes and namespaces

  private getElementType(name: string): ElementType {
    let e = this.dtd.elementTypes.get(name);
    if (e === undefined) {
      e = { name, prefix: null, idAtt: null, defaults: [] };
      this.dtd.elementTypes.set(name, e);
      if (this.nsSep !== null) {
        const colon = name.indexOf(':');
        if (colon >= 0) e.prefix = this.getPrefix(name.slice(0, colon));
      }
    }
    return e;
  }

  private getPrefix(name: string): Prefix {
    let p = this.dtd.prefixes.get(name);
    if (p === undefined) {
      p = { name, binding: null };
      this.dtd.prefixes.set(name, p);
    }
    return p;
  }

  private getAttributeId(name: string): AttributeId {
    let id = this.dtd.attributeIds.get(name);
    if (id !== undefined) return id;
    id = { name, prefix: null, xmlns: false, maybeTokenized: false, flag: 0 };
    this.dtd.attributeIds.set(name, id);
    if (this.nsSep !== null) {
      if (name === 'xmlns') {
        id.prefix = this.dtd.defaultPrefix;
        id.xmlns = true;
      } else if (name.startsWith('xmlns:')) {
        id.prefix = this.getPrefix(name.slice(6));
        id.xmlns = true;
      } else {
        const colon = name.indexOf(':');
        if (colon >= 0) id.prefix = this.getPrefix(name.slice(0, colon));
      }
    }
    return id;
  }

  private defineAttribute(type: ElementType, attId: AttributeId, isCdata: boolean, isId: boolean, value: string | null): void {
    if (value !== null || isId) {
      for (const d of type.defaults) if (d.id === attId) return;
      if (isId && type.idAtt === null && !attId.xmlns) type.idAtt = attId;
    }
    type.defaults.push({ id: attId, isCdata, value });
    if (!isCdata) attId.maybeTokenized = true;
  }

  /**
   * storeAtts: reads the attributes of the start tag at s into atts (name, value, name, value ...,
   * defaulted ones last), declares the namespaces it binds, and expands names in namespace mode.
   */
  private storeAtts(tk: Tokenizer, s: number, tag: Tag, bindings: Binding[], atts: string[], internal: boolean): number {
    const dtd = this.dtd;
    const elementType = this.getElementType(tag.name);
    const positions = tk.getAtts(s + 1);
    const ids: AttributeId[] = [];
    let nPrefixes = 0;
    let error = ERROR_NONE;
    for (const a of positions) {
      const attId = this.getAttributeId(tk.s.slice(a.name, a.nameEnd));
      if (attId.flag) {
        if (!internal) this.eventPtr = a.name;
        error = ERROR_DUPLICATE_ATTRIBUTE;
        break;
      }
      attId.flag = 1;
      ids.push(attId);
      let isCdata = true;
      if (attId.maybeTokenized) {
        for (const d of elementType.defaults) if (d.id === attId) { isCdata = d.isCdata; break; }
      }
      let value: string;
      const raw = tk.s.slice(a.value, a.valueEnd);
      if (isCdata && !/[&\t\n\r]/.test(raw)) {
        value = raw;
      } else {
        const v = { value: '' };
        const r = this.storeAttributeValue(tk, isCdata, a.value, a.valueEnd, v, false, internal);
        if (r !== ERROR_NONE) { error = r; break; }
        value = v.value;
      }
      if (attId.prefix !== null) {
        if (attId.xmlns) {
          const r = this.addBinding(attId.prefix, attId, value, bindings);
          if (r !== ERROR_NONE) { error = r; break; }
          continue;
        }
        nPrefixes++;
        attId.flag = 2;
      }
      atts.push(attId.name, value);
    }
    if (error !== ERROR_NONE) {
      for (const id of ids) id.flag = 0;
      return error;
    }
    this.nSpecifiedAtts = atts.length;
    this.idAttIndex = -1;
    if (elementType.idAtt !== null && elementType.idAtt.flag) {
      for (let i = 0; i < atts.length; i += 2) if (atts[i] === elementType.idAtt.name) { this.idAttIndex = i; break; }
    }
    // attribute defaults
    for (const da of elementType.defaults) {
      if (da.id.flag || da.value === null) continue;
      if (da.id.prefix !== null) {
        if (da.id.xmlns) {
          const r = this.addBinding(da.id.prefix, da.id, da.value, bindings);
          if (r !== ERROR_NONE) { error = r; break; }
          continue;
        }
        da.id.flag = 2;
        ids.push(da.id);
        nPrefixes++;
      } else {
        da.id.flag = 1;
        ids.push(da.id);
      }
      atts.push(da.id.name, da.value);
    }
    if (error === ERROR_NONE && nPrefixes > 0) {
      const seen = new Set<string>();
      for (let i = 0; i < atts.length; i += 2) {
        const id = dtd.attributeIds.get(atts[i])!;
        if (id.flag !== 2) continue;
        const b = id.prefix!.binding;
        if (b === null) { error = ERROR_UNBOUND_PREFIX; break; }
        const local = atts[i].slice(atts[i].indexOf(':') + 1);
        const expanded = b.uri + (this.nsSep ?? '') + local;
        if (seen.has(expanded)) { error = ERROR_DUPLICATE_ATTRIBUTE; break; }
        seen.add(expanded);
        atts[i] = this.nsTriplets ? expanded + this.nsSep + b.prefix.name : expanded;
      }
    }
    for (const id of ids) id.flag = 0;
    if (error !== ERROR_NONE) return error;
    if (this.nsSep === null) return ERROR_NONE;
    // the element's own name
    let binding: Binding | null;
    let local = tag.name;
    if (elementType.prefix !== null) {
      binding = elementType.prefix.binding;
      if (binding === null) return ERROR_UNBOUND_PREFIX;
      local = tag.name.slice(tag.name.indexOf(':') + 1);
    } else if (dtd.defaultPrefix.binding !== null) {
      binding = dtd.defaultPrefix.binding;
    } else {
      return ERROR_NONE;
    }
    let name = binding.uri + this.nsSep + local;
    if (this.nsTriplets && binding.prefix.name !== null) name += this.nsSep + binding.prefix.name;
    tag.name = name;
    return ERROR_NONE;
  }

  /** addBinding: binds a prefix (null: the default namespace) to uri for the element being started. */
  private addBinding(prefix: Prefix, attId: AttributeId | null, uri: string, bindings: Binding[] | null): number {
    if (uri === '' && prefix.name !== null) return ERROR_UNDECLARING_PREFIX;
    let mustBeXml = false;
    if (prefix.name !== null && prefix.name.startsWith('xml')) {
      if (prefix.name === 'xmlns') return ERROR_RESERVED_PREFIX_XMLNS;
      if (prefix.name === 'xml') mustBeXml = true;
    }
    const isXml = uri === XML_NAMESPACE;
    const isXmlns = !mustBeXml && uri === XMLNS_NAMESPACE;
    if (this.nsSep !== null && this.nsSep !== '' && uri.indexOf(this.nsSep) >= 0 && !isRfc3986UriChar(this.nsSep)) {
      return ERROR_SYNTAX;
    }
    if (mustBeXml !== isXml) return mustBeXml ? ERROR_RESERVED_PREFIX_XML : ERROR_RESERVED_NAMESPACE_URI;
    if (isXmlns) return ERROR_RESERVED_NAMESPACE_URI;
    const b: Binding = { prefix, uri, attId, prevPrefixBinding: prefix.binding };
    prefix.binding = uri === '' && prefix === this.dtd.defaultPrefix ? null : b;
    if (bindings !== null) bindings.unshift(b);
    if (attId !== null && (this.has & H_START_NAMESPACE)) this.sink.startNamespace(prefix.name, prefix.binding !== null ? uri : null);
    return ERROR_NONE;
  }

  /** Ends the scopes of a tag's namespace bindings (most recent first). */
  private freeBindings(bindings: Binding[]): void {
    for (const b of bindings) {
      if (this.has & H_END_NAMESPACE) this.sink.endNamespace(b.prefix.name);
      b.prefix.binding = b.prevPrefixBinding;
    }
    bindings.length = 0;
  }

  /** The namespace context for an external entity: 'prefix=uri' entries joined by form feeds. */
  private getContext(): string {
    const parts: string[] = [];
    const dtd = this.dtd;
    if (dtd.defaultPrefix.binding !== null) parts.push('=' + dtd.defaultPrefix.binding.uri);
    for (const p of dtd.prefixes.values()) {
      if (p.binding === null) continue;
      parts.push(p.name + '=' + p.binding.uri);
    }
    for (const e of dtd.generalEntities.values()) if (e.open) parts.push(e.name);
    return parts.join('\f');
  }

  /**
   * storeAttributeValue: the normalised value of an attribute whose text is tk.s[start .. end):
   * references expanded, white space turned into spaces (and collapsed unless `isCdata`).
   */
  private storeAttributeValue(tk: Tokenizer, isCdata: boolean, start: number, end: number, v: { value: string },
    fromProlog: boolean, internal: boolean): number {
    const parts: string[] = [];
    const r = this.appendAttributeValue(tk, isCdata, start, end, parts, fromProlog, internal);
    if (r !== ERROR_NONE) return r;
    let value = parts.join('');
    if (!isCdata && value.endsWith(' ')) value = value.slice(0, -1);
    v.value = value;
    return ERROR_NONE;
  }

  private appendAttributeValue(tk: Tokenizer, isCdata: boolean, ptr: number, end: number, parts: string[],
    fromProlog: boolean, internal: boolean): number {
    const saveEnd = tk.end;
    tk.end = end;
    const lastIsSpace = (): boolean => {
      for (let i = parts.length - 1; i >= 0; i--) if (parts[i].length > 0) return parts[i].endsWith(' ');
      return true;
    };
    try {
      for (;;) {
        const tok = tk.attributeValueTok(ptr);
        const next = tk.next;
        switch (tok) {
          case TOK_NONE:
            return ERROR_NONE;
          case TOK_INVALID:
            if (!internal) this.eventPtr = next;
            return ERROR_INVALID_TOKEN;
          case TOK_PARTIAL:
            if (!internal) this.eventPtr = ptr;
            return ERROR_INVALID_TOKEN;
          case TOK_CHAR_REF: {
            const n = charRefNumber(tk.s, ptr, next);
            if (n < 0) {
              if (!internal) this.eventPtr = ptr;
              return ERROR_BAD_CHAR_REF;
            }
            if (!isCdata && n === 0x20 && lastIsSpace()) break;
            parts.push(String.fromCodePoint(n));
            break;
          }
          case TOK_DATA_CHARS:
            parts.push(tk.s.slice(ptr, next));
            break;
          case TOK_TRAILING_CR:
          case TOK_ATTRIBUTE_VALUE_S:
          case TOK_DATA_NEWLINE:
            if (!isCdata && lastIsSpace()) break;
            parts.push(' ');
            break;
          case TOK_ENTITY_REF: {
            const name = tk.s.slice(ptr + 1, next - 1);
            const ch = predefinedEntity(name);
            if (ch !== '') { parts.push(ch); break; }
            const dtd = this.dtd;
            const entity = dtd.generalEntities.get(name);
            const check = fromProlog ? (dtd.standalone ? this.entityDepth === 0 : !dtd.hasParamEntityRefs)
              : (!dtd.hasParamEntityRefs || dtd.standalone);
            if (check) {
              if (entity === undefined) return ERROR_UNDEFINED_ENTITY;
              if (!entity.isInternal) return ERROR_ENTITY_DECLARED_IN_PE;
            } else if (entity === undefined) {
              break;
            }
            if (entity.open) {
              if (!internal) this.eventPtr = ptr;
              return ERROR_RECURSIVE_ENTITY_REF;
            }
            if (entity.notation !== null) {
              if (!internal) this.eventPtr = ptr;
              return ERROR_BINARY_ENTITY_REF;
            }
            if (entity.text === null) {
              if (!internal) this.eventPtr = ptr;
              return ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF;
            }
            const etk = new Tokenizer(this.internalTypes, this.nsSep !== null);
            etk.s = entity.text;
            etk.end = entity.text.length;
            entity.open = true;
            const r = this.appendAttributeValue(etk, isCdata, 0, entity.text.length, parts, fromProlog, true);
            entity.open = false;
            if (r !== ERROR_NONE) return r;
            break;
          }
          default:
            if (!internal) this.eventPtr = ptr;
            return ERROR_UNEXPECTED_STATE;
        }
        ptr = next;
      }
    } finally {
      tk.end = saveEnd;
    }
  }

  /** storeEntityValue: an entity's replacement text from its literal (character references expanded). */
  private storeEntityValue(tk: Tokenizer, start: number, end: number, v: { value: string }, internal: boolean): number {
    const parts: string[] = [];
    const saveEnd = tk.end;
    tk.end = end;
    let ptr = start;
    let result = ERROR_NONE;
    const dtd = this.dtd;
    loop: for (;;) {
      const tok = tk.entityValueTok(ptr);
      const next = tk.next;
      switch (tok) {
        case TOK_PARAM_ENTITY_REF: {
          // inside a parameter entity's text a reference is expanded; in the internal subset itself
          // it is not allowed within a declaration
          if (internal) {
            const name = tk.s.slice(ptr + 1, next - 1);
            const entity = dtd.paramEntities.get(name);
            if (entity === undefined) {
              dtd.keepProcessing = dtd.standalone;
              break loop;
            }
            if (entity.open) {
              if (!internal) this.eventPtr = ptr;
              result = ERROR_RECURSIVE_ENTITY_REF;
              break loop;
            }
            if (entity.systemId !== null) {
              dtd.keepProcessing = dtd.standalone;
              break;
            }
            const etk = new Tokenizer(this.internalTypes, this.nsSep !== null);
            etk.s = entity.text!;
            etk.end = entity.text!.length;
            entity.open = true;
            const sub = { value: '' };
            result = this.storeEntityValue(etk, 0, entity.text!.length, sub, true);
            entity.open = false;
            if (result !== ERROR_NONE) break loop;
            parts.push(sub.value);
            break;
          }
          // in the internal subset a PE reference may not appear inside a declaration
          if (!internal) this.eventPtr = ptr;
          result = ERROR_PARAM_ENTITY_REF;
          break loop;
        }
        case TOK_NONE:
          break loop;
        case TOK_ENTITY_REF:
        case TOK_DATA_CHARS:
          parts.push(tk.s.slice(ptr, next));
          break;
        case TOK_TRAILING_CR:
        case TOK_DATA_NEWLINE:
          parts.push('\n');
          break;
        case TOK_CHAR_REF: {
          const n = charRefNumber(tk.s, ptr, next);
          if (n < 0) {
            if (!internal) this.eventPtr = ptr;
            result = ERROR_BAD_CHAR_REF;
            break loop;
          }
          parts.push(String.fromCodePoint(n));
          break;
        }
        case TOK_PARTIAL:
          if (!internal) this.eventPtr = ptr;
          result = ERROR_INVALID_TOKEN;
          break loop;
        case TOK_INVALID:
          if (!internal) this.eventPtr = next;
          result = ERROR_INVALID_TOKEN;
          break loop;
        default:
          if (!internal) this.eventPtr = ptr;
          result = ERROR_UNEXPECTED_STATE;
          break loop;
      }
      ptr = next;
    }
    tk.end = saveEnd;
    v.value = parts.join('');
    return result;
  }

  // --- reporting

  private reportProcessingInstruction(tk: Tokenizer, start: number, end: number, internal: boolean): void {
    if (!(this.has & H_PI)) {
      if (this.has & H_DEFAULT) this.reportDefault(tk, start, end, internal);
      return;
    }
    const nameStart = start + 2;
    const nameEnd = tk.nameEnd(nameStart);
    const target = tk.s.slice(nameStart, nameEnd);
    const data = normalizeLines(tk.s.slice(tk.skipS(nameEnd), end - 2));
    this.sink.processingInstruction(target, data);
  }

  private reportComment(tk: Tokenizer, start: number, end: number, internal: boolean): void {
    if (!(this.has & H_COMMENT)) {
      if (this.has & H_DEFAULT) this.reportDefault(tk, start, end, internal);
      return;
    }
    this.sink.comment(normalizeLines(tk.s.slice(start + 4, end - 3)));
  }

  /** The raw text of a construct to the default handler (converted in chunks for non-UTF-8 input). */
  private reportDefault(tk: Tokenizer, start: number, end: number, internal: boolean): void {
    if (!internal && this.mustConvert()) {
      for (const [a, b] of this.convertChunks(tk.s, start, end)) {
        this.eventEndPtr = b;
        this.sink.defaultText(tk.s.slice(a, b));
        this.eventPtr = b;
      }
      return;
    }
    this.sink.defaultText(tk.s.slice(start, end));
  }

  /**
   * An external entity parser (XML_ExternalEntityParserCreate with a context): parses an external
   * general entity's text with a copy of this parser's entities and the namespace bindings named in
   * `context`. (Expat copies the whole DTD; attribute defaults and element declarations are not
   * carried over here.) The external DTD subset (a null context) is not supported: null then.
   */
  externalEntityParser(context: string | null, encoding: string | null, sink: XmlSink): XmlParser | null {
    if (context === null) return null;
    const p = new XmlParser(sink, encoding, this.nsSep, this);
    const dtd = new Dtd();
    for (const [k, e] of this.dtd.generalEntities) dtd.generalEntities.set(k, { ...e, open: false });
    for (const [k, e] of this.dtd.paramEntities) dtd.paramEntities.set(k, { ...e, open: false });
    dtd.keepProcessing = this.dtd.keepProcessing;
    dtd.hasParamEntityRefs = this.dtd.hasParamEntityRefs;
    dtd.standalone = this.dtd.standalone;
    p.dtd = dtd;
    for (const item of context.split('\f')) {
      const eq = item.indexOf('=');
      if (eq < 0) {
        const e = dtd.generalEntities.get(item);
        if (e !== undefined) e.open = true;
      } else if (this.nsSep !== null) {
        const prefix = eq === 0 ? dtd.defaultPrefix : p.getPrefix(item.slice(0, eq));
        p.addBinding(prefix, null, item.slice(eq + 1), null);
      }
    }
    return p;
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

function latin1String(data: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < data.length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, data.subarray(i, Math.min(i + 4096, data.length)) as unknown as number[]));
  }
  return parts.join('');
}

/** Whether raw[at ..] starts '<?xml' followed by white space or '?' (an XML declaration). */
function startsWithXmlDecl(raw: Uint8Array, at: number): boolean {
  const want = [0x3c, 0x3f, 0x78, 0x6d, 0x6c];
  for (let i = 0; i < 5; i++) if (raw[at + i] !== want[i]) return false;
  const c = raw[at + 5];
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3f;
}

/** Whether raw[at ..] could still become '<?xml ' when more bytes come. */
function isPrefixOfXmlDecl(raw: Uint8Array, at: number): boolean {
  const want = [0x3c, 0x3f, 0x78, 0x6d, 0x6c];
  for (let i = at; i < raw.length && i - at < 5; i++) if (raw[i] !== want[i - at]) return false;
  return true;
}

/** The offset just after the first '?>' from raw[at], or -1. */
function findDeclEnd(raw: Uint8Array, at: number): number {
  for (let i = at + 5; i + 1 < raw.length; i++) if (raw[i] === 0x3f && raw[i + 1] === 0x3e) return i + 2;
  return -1;
}

/**
 * UTF-8 with every byte that does not begin a valid sequence turned into U+DC80 + byte (as Expat stops at
 * that byte); a sequence cut off by the end of final data becomes U+D800 ("partial character").
 */
function decodeUtf8Lenient(d: Uint8Array, isFinal: boolean): string {
  let s = '';
  const n = d.length;
  for (let i = 0; i < n;) {
    const b = d[i];
    if (b < 0x80) { s += String.fromCharCode(b); i++; continue; }
    let need = 0, cp = 0, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else { s += String.fromCharCode(0xdc00 + b); i++; continue; }
    let ok = true, j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) { ok = false; break; }
      const c = d[i + j];
      if (c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok) { s += String.fromCodePoint(cp); i += need + 1; continue; }
    if (i + j >= n) {
      // cut off by the end of the data: a partial character when nothing more comes
      if (isFinal) s += '\ud800';
      break;
    }
    s += String.fromCharCode(0xdc00 + b);
    i++;
  }
  return s;
}

/** A public identifier with white space runs made single spaces and the ends trimmed. */
function normalizePublicId(s: string): string {
  return s.replace(/[ \r\n]+/g, ' ').replace(/^ | $/g, '');
}

const ERROR_UNEXPECTED_STATE = 23;
