// The XML tokenizer behind pyexpat (src/modules/pyexpat.ts): splits decoded document text into the
// tokens of Expat 2.5 (xmltok.c's scanners for content, prolog, CDATA sections, attribute and entity
// values), so that errors are found at the same character as CPython's pyexpat finds them.
// Written for Immortal from the XML 1.0 grammar and Expat's observable behaviour; knows nothing of Python.
// Invariants: text is a JS string of UTF-16 code units; a scanner reads s[ptr .. end) only and reports the
// end of its token in `tok.next`; a surrogate pair is one two-unit character that is never part of a name;
// a lone surrogate stands for bytes the decoder could not read (invalid), except a high surrogate that
// ends the final text, which stands for a truncated character ("partial character").

import { NAME_START, NAME_CHAR, LATIN1_NAME_START, LATIN1_NAME_CHAR } from './xmlchars.ts';

// Token kinds (Expat's XML_TOK_* numbers, so that "-tok" means "tok, unless more data follows").
export const TOK_TRAILING_RSQB = -5;
export const TOK_NONE = -4;
export const TOK_TRAILING_CR = -3;
export const TOK_PARTIAL_CHAR = -2;
export const TOK_PARTIAL = -1;
export const TOK_INVALID = 0;
export const TOK_START_TAG_WITH_ATTS = 1;
export const TOK_START_TAG_NO_ATTS = 2;
export const TOK_EMPTY_ELEMENT_WITH_ATTS = 3;
export const TOK_EMPTY_ELEMENT_NO_ATTS = 4;
export const TOK_END_TAG = 5;
export const TOK_DATA_CHARS = 6;
export const TOK_DATA_NEWLINE = 7;
export const TOK_CDATA_SECT_OPEN = 8;
export const TOK_ENTITY_REF = 9;
export const TOK_CHAR_REF = 10;
export const TOK_PI = 11;
export const TOK_XML_DECL = 12;
export const TOK_COMMENT = 13;
export const TOK_BOM = 14;
export const TOK_PROLOG_S = 15;
export const TOK_DECL_OPEN = 16;
export const TOK_DECL_CLOSE = 17;
export const TOK_NAME = 18;
export const TOK_NMTOKEN = 19;
export const TOK_POUND_NAME = 20;
export const TOK_OR = 21;
export const TOK_PERCENT = 22;
export const TOK_OPEN_PAREN = 23;
export const TOK_CLOSE_PAREN = 24;
export const TOK_OPEN_BRACKET = 25;
export const TOK_CLOSE_BRACKET = 26;
export const TOK_LITERAL = 27;
export const TOK_PARAM_ENTITY_REF = 28;
export const TOK_INSTANCE_START = 29;
export const TOK_NAME_QUESTION = 30;
export const TOK_NAME_ASTERISK = 31;
export const TOK_NAME_PLUS = 32;
export const TOK_COND_SECT_OPEN = 33;
export const TOK_COND_SECT_CLOSE = 34;
export const TOK_CLOSE_PAREN_QUESTION = 35;
export const TOK_CLOSE_PAREN_ASTERISK = 36;
export const TOK_CLOSE_PAREN_PLUS = 37;
export const TOK_COMMA = 38;
export const TOK_ATTRIBUTE_VALUE_S = 39;
export const TOK_CDATA_SECT_CLOSE = 40;
export const TOK_PREFIXED_NAME = 41;

// Character classes: what a code unit means to the scanners.
const BT_NONXML = 0;   // never allowed (controls, U+FFFE, U+FFFF)
const BT_TRAIL = 1;    // a low surrogate on its own (undecodable input)
const BT_LT = 2;
const BT_AMP = 3;
const BT_RSQB = 4;
const BT_LEAD4 = 5;    // a high surrogate: first half of a two-unit character
const BT_CR = 6;
const BT_LF = 7;
const BT_GT = 8;
const BT_QUOT = 9;
const BT_APOS = 10;
const BT_EQUALS = 11;
const BT_QUEST = 12;
const BT_EXCL = 13;
const BT_SOL = 14;
const BT_SEMI = 15;
const BT_NUM = 16;
const BT_LSQB = 17;
const BT_S = 18;
const BT_NMSTRT = 19;  // may start a name
const BT_COLON = 20;   // ':' when namespaces are processed (a name start otherwise)
const BT_HEX = 21;     // a-f A-F (name starts)
const BT_DIGIT = 22;
const BT_NAME = 23;    // may continue a name
const BT_MINUS = 24;
const BT_OTHER = 25;   // allowed in text, not in names
const BT_PERCNT = 26;
const BT_LPAR = 27;
const BT_RPAR = 28;
const BT_AST = 29;
const BT_PLUS = 30;
const BT_COMMA = 31;
const BT_VERBAR = 32;

const ASCII_TYPES: readonly number[] = (() => {
  const t = new Array<number>(128).fill(BT_OTHER);
  for (let c = 0; c < 32; c++) t[c] = BT_NONXML;
  t[9] = BT_S; t[10] = BT_LF; t[13] = BT_CR; t[32] = BT_S;
  const marks: Record<string, number> = {
    '!': BT_EXCL, '"': BT_QUOT, '#': BT_NUM, '%': BT_PERCNT, '&': BT_AMP, "'": BT_APOS, '(': BT_LPAR,
    ')': BT_RPAR, '*': BT_AST, '+': BT_PLUS, ',': BT_COMMA, '-': BT_MINUS, '.': BT_NAME, '/': BT_SOL,
    ':': BT_COLON, ';': BT_SEMI, '<': BT_LT, '=': BT_EQUALS, '>': BT_GT, '?': BT_QUEST, '[': BT_LSQB,
    ']': BT_RSQB, '_': BT_NMSTRT, '|': BT_VERBAR,
  };
  for (const k in marks) t[k.charCodeAt(0)] = marks[k];
  for (let c = 48; c <= 57; c++) t[c] = BT_DIGIT;
  for (let c = 65; c <= 90; c++) t[c] = c <= 70 ? BT_HEX : BT_NMSTRT;
  for (let c = 97; c <= 122; c++) t[c] = c <= 102 ? BT_HEX : BT_NMSTRT;
  return t;
})();

const tableCache = new Map<string, Uint8Array>();

/**
 * The class of every code unit for one kind of input: `latin1` uses Expat's own table for U+0080..U+00FF
 * (Latin-1 input), `ascii` makes every non-ASCII unit invalid (US-ASCII input), `ns` makes ':' a separator.
 */
export function charTypes(latin1: boolean, ascii: boolean, ns: boolean): Uint8Array {
  const key = `${latin1}${ascii}${ns}`;
  let t = tableCache.get(key);
  if (t !== undefined) return t;
  t = new Uint8Array(0x10000).fill(BT_OTHER);
  for (let c = 0; c < 128; c++) t[c] = ASCII_TYPES[c];
  if (!ns) t[0x3a] = BT_NMSTRT;
  const mark = (ranges: readonly number[], v: number, hi: number): void => {
    for (let i = 0; i < ranges.length; i += 2) {
      for (let c = ranges[i]; c <= ranges[i + 1] && c <= hi; c++) t![c] = v;
    }
  };
  mark(NAME_CHAR, BT_NAME, 0xffff);
  mark(NAME_START, BT_NMSTRT, 0xffff);
  if (latin1) {
    for (let c = 0x80; c < 0x100; c++) t[c] = BT_OTHER;
    mark(LATIN1_NAME_CHAR, BT_NAME, 0xff);
    mark(LATIN1_NAME_START, BT_NMSTRT, 0xff);
  }
  for (let c = 0xd800; c < 0xdc00; c++) t[c] = BT_LEAD4;
  for (let c = 0xdc00; c < 0xe000; c++) t[c] = BT_TRAIL;
  t[0xfffe] = BT_NONXML; t[0xffff] = BT_NONXML;
  if (ascii) for (let c = 0x80; c < 0x10000; c++) t[c] = BT_NONXML;
  tableCache.set(key, t);
  return t;
}

function isNameStartType(b: number): boolean {
  return b === BT_NMSTRT || b === BT_HEX;
}

function isNameType(b: number): boolean {
  return b === BT_NMSTRT || b === BT_HEX || b === BT_DIGIT || b === BT_NAME || b === BT_MINUS;
}

/** One attribute of a start tag as found by getAtts: the name and the value (between the quotes). */
export interface AttPos { name: number; nameEnd: number; value: number; valueEnd: number }

/**
 * A scanner over one text. Every method scans from `ptr` to `this.end` and returns a token kind,
 * leaving where the token ends (or, for TOK_INVALID, the offending character) in `next`.
 */
export class Tokenizer {
  s = '';
  end = 0;
  t: Uint8Array;
  ns: boolean;
  next = 0;
  /** The text ends with half a UTF-16 unit: the end is then unfinished (partial), never complete. */
  strayTail = false;

  constructor(types: Uint8Array, ns: boolean) {
    this.t = types;
    this.ns = ns;
  }

  /** The class of the unit at p. */
  bt(p: number): number {
    return this.t[this.s.charCodeAt(p)];
  }

  private invalid(p: number): number {
    this.next = p;
    return TOK_INVALID;
  }

  /**
   * A high surrogate at p: 2 when its low half follows, TOK_PARTIAL_CHAR when the text ends, TOK_INVALID
   * (with next set) when something else follows.
   */
  private lead4(p: number): number {
    if (p + 1 >= this.end) return TOK_PARTIAL_CHAR;
    const c = this.s.charCodeAt(p + 1);
    if (c < 0xdc00 || c > 0xdfff) return this.invalid(p);
    return 2;
  }

  /**
   * Checks a character that must start a name at p: its width, or a token kind <= 0 to return
   * (TOK_PARTIAL_CHAR, or TOK_INVALID with next set).
   */
  private nameStart(p: number): number {
    const b = this.bt(p);
    if (isNameStartType(b)) return 1;
    if (b === BT_LEAD4) {
      const r = this.lead4(p);
      return r === 2 ? this.invalid(p) : r;
    }
    return this.invalid(p);
  }

  // --- content

  /** contentTok: the next token of element content. */
  contentTok(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return this.strayTail ? TOK_PARTIAL : TOK_NONE;
    switch (this.bt(ptr)) {
      case BT_LT: return this.scanLt(ptr + 1);
      case BT_AMP: return this.scanRef(ptr + 1);
      case BT_CR:
        ptr++;
        if (ptr >= end) return TOK_TRAILING_CR;
        if (this.bt(ptr) === BT_LF) ptr++;
        this.next = ptr;
        return TOK_DATA_NEWLINE;
      case BT_LF:
        this.next = ptr + 1;
        return TOK_DATA_NEWLINE;
      case BT_RSQB:
        ptr++;
        if (ptr >= end) return TOK_TRAILING_RSQB;
        if (this.bt(ptr) !== BT_RSQB) break;
        ptr++;
        if (ptr >= end) return TOK_TRAILING_RSQB;
        if (this.bt(ptr) !== BT_GT) { ptr--; break; }
        return this.invalid(ptr);
      case BT_LEAD4: {
        const r = this.lead4(ptr);
        if (r <= 0) return r;
        ptr += 2;
        break;
      }
      case BT_NONXML: case BT_TRAIL:
        return this.invalid(ptr);
      default:
        ptr++;
    }
    return this.dataChars(ptr);
  }

  /** The rest of a run of character data in content, from ptr. */
  private dataChars(ptr: number): number {
    const end = this.end, s = this.s, t = this.t;
    while (ptr < end) {
      const b = t[s.charCodeAt(ptr)];
      if (b >= BT_NMSTRT || b === BT_S || b === BT_QUOT || b === BT_APOS || b === BT_GT || b === BT_EQUALS
          || b === BT_QUEST || b === BT_EXCL || b === BT_SOL || b === BT_SEMI || b === BT_NUM || b === BT_LSQB) {
        ptr++;
        continue;
      }
      if (b === BT_LEAD4) {
        if (ptr + 1 >= end) break;
        const c = s.charCodeAt(ptr + 1);
        if (c < 0xdc00 || c > 0xdfff) break;
        ptr += 2;
        continue;
      }
      if (b === BT_RSQB) {
        if (ptr + 1 < end) {
          if (t[s.charCodeAt(ptr + 1)] !== BT_RSQB) { ptr++; continue; }
          if (ptr + 2 < end) {
            if (t[s.charCodeAt(ptr + 2)] !== BT_GT) { ptr++; continue; }
            return this.invalid(ptr + 2);
          }
        }
      }
      break;
    }
    this.next = ptr;
    return TOK_DATA_CHARS;
  }

  /** After '<' in content. */
  private scanLt(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_PARTIAL;
    const b = this.bt(ptr);
    if (b === BT_EXCL) {
      ptr++;
      if (ptr >= end) return TOK_PARTIAL;
      const b2 = this.bt(ptr);
      if (b2 === BT_MINUS) return this.scanComment(ptr + 1);
      if (b2 === BT_LSQB) return this.scanCdataSection(ptr + 1);
      return this.invalid(ptr);
    }
    if (b === BT_QUEST) return this.scanPi(ptr + 1);
    if (b === BT_SOL) return this.scanEndTag(ptr + 1);
    const w = this.nameStart(ptr);
    if (w <= 0) return w;
    ptr += w;
    let hadColon = false;
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c)) { ptr++; continue; }
      switch (c) {
        case BT_LEAD4: {
          const r = this.lead4(ptr);
          return r === 2 ? this.invalid(ptr) : r;
        }
        case BT_COLON: {
          if (hadColon) return this.invalid(ptr);
          hadColon = true;
          ptr++;
          if (ptr >= end) return TOK_PARTIAL;
          const w2 = this.nameStart(ptr);
          if (w2 <= 0) return w2;
          ptr += w2;
          break;
        }
        case BT_S: case BT_CR: case BT_LF:
          ptr++;
          while (ptr < end) {
            const d = this.bt(ptr);
            if (isNameStartType(d)) return this.scanAtts(ptr + 1);
            if (d === BT_LEAD4) {
              const r = this.lead4(ptr);
              return r === 2 ? this.invalid(ptr) : r;
            }
            if (d === BT_GT) { this.next = ptr + 1; return TOK_START_TAG_NO_ATTS; }
            if (d === BT_SOL) return this.emptyClose(ptr + 1, TOK_EMPTY_ELEMENT_NO_ATTS);
            if (d === BT_S || d === BT_CR || d === BT_LF) { ptr++; continue; }
            return this.invalid(ptr);
          }
          return TOK_PARTIAL;
        case BT_GT:
          this.next = ptr + 1;
          return TOK_START_TAG_NO_ATTS;
        case BT_SOL:
          return this.emptyClose(ptr + 1, TOK_EMPTY_ELEMENT_NO_ATTS);
        default:
          return this.invalid(ptr);
      }
    }
    return TOK_PARTIAL;
  }

  /** After the '/' of an empty-element tag: '>' must follow. */
  private emptyClose(ptr: number, tok: number): number {
    if (ptr >= this.end) return TOK_PARTIAL;
    if (this.bt(ptr) !== BT_GT) return this.invalid(ptr);
    this.next = ptr + 1;
    return tok;
  }

  /** The attributes of a start tag, from just after the first character of the first name. */
  private scanAtts(ptr: number): number {
    const end = this.end;
    let hadColon = false;
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c)) { ptr++; continue; }
      switch (c) {
        case BT_LEAD4: {
          const r = this.lead4(ptr);
          return r === 2 ? this.invalid(ptr) : r;
        }
        case BT_COLON: {
          if (hadColon) return this.invalid(ptr);
          hadColon = true;
          ptr++;
          if (ptr >= end) return TOK_PARTIAL;
          const w = this.nameStart(ptr);
          if (w <= 0) return w;
          ptr += w;
          continue;
        }
        case BT_S: case BT_CR: case BT_LF: case BT_EQUALS: {
          if (c !== BT_EQUALS) {
            for (;;) {
              ptr++;
              if (ptr >= end) return TOK_PARTIAL;
              const d = this.bt(ptr);
              if (d === BT_EQUALS) break;
              if (d === BT_S || d === BT_LF || d === BT_CR) continue;
              return this.invalid(ptr);
            }
          }
          // ptr is at '='
          hadColon = false;
          let open: number;
          for (;;) {
            ptr++;
            if (ptr >= end) return TOK_PARTIAL;
            open = this.bt(ptr);
            if (open === BT_QUOT || open === BT_APOS) break;
            if (open === BT_S || open === BT_LF || open === BT_CR) continue;
            return this.invalid(ptr);
          }
          ptr++;
          // the value
          for (;;) {
            if (ptr >= end) return TOK_PARTIAL;
            const d = this.bt(ptr);
            if (d === open) break;
            switch (d) {
              case BT_LEAD4: {
                const r = this.lead4(ptr);
                if (r <= 0) return r;
                ptr += 2;
                break;
              }
              case BT_NONXML: case BT_TRAIL:
                return this.invalid(ptr);
              case BT_AMP: {
                const r = this.scanRef(ptr + 1);
                if (r <= 0) return r;
                ptr = this.next;
                break;
              }
              case BT_LT:
                return this.invalid(ptr);
              default:
                ptr++;
            }
          }
          ptr++;
          if (ptr >= end) return TOK_PARTIAL;
          const after = this.bt(ptr);
          if (after === BT_SOL) return this.emptyClose(ptr + 1, TOK_EMPTY_ELEMENT_WITH_ATTS);
          if (after === BT_GT) { this.next = ptr + 1; return TOK_START_TAG_WITH_ATTS; }
          if (after !== BT_S && after !== BT_CR && after !== BT_LF) return this.invalid(ptr);
          // spaces, then another attribute or the end of the tag
          for (;;) {
            ptr++;
            if (ptr >= end) return TOK_PARTIAL;
            const d = this.bt(ptr);
            if (isNameStartType(d)) { ptr++; break; }
            if (d === BT_LEAD4) {
              const r = this.lead4(ptr);
              return r === 2 ? this.invalid(ptr) : r;
            }
            if (d === BT_S || d === BT_CR || d === BT_LF) continue;
            if (d === BT_GT) { this.next = ptr + 1; return TOK_START_TAG_WITH_ATTS; }
            if (d === BT_SOL) return this.emptyClose(ptr + 1, TOK_EMPTY_ELEMENT_WITH_ATTS);
            return this.invalid(ptr);
          }
          break;
        }
        default:
          return this.invalid(ptr);
      }
    }
    return TOK_PARTIAL;
  }

  /** After '&': an entity or character reference. */
  scanRef(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_PARTIAL;
    if (this.bt(ptr) === BT_NUM) return this.scanCharRef(ptr + 1);
    const w = this.nameStart(ptr);
    if (w <= 0) return w;
    ptr += w;
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c)) { ptr++; continue; }
      if (c === BT_SEMI) { this.next = ptr + 1; return TOK_ENTITY_REF; }
      if (c === BT_LEAD4) {
        const r = this.lead4(ptr);
        return r === 2 ? this.invalid(ptr) : r;
      }
      return this.invalid(ptr);
    }
    return TOK_PARTIAL;
  }

  /** After '&#'. */
  private scanCharRef(ptr: number): number {
    const end = this.end;
    if (ptr < end) {
      if (this.s.charCodeAt(ptr) === 0x78) { // 'x'
        ptr++;
        if (ptr < end) {
          const b = this.bt(ptr);
          if (b !== BT_DIGIT && b !== BT_HEX) return this.invalid(ptr);
          for (ptr++; ptr < end; ptr++) {
            const c = this.bt(ptr);
            if (c === BT_DIGIT || c === BT_HEX) continue;
            if (c === BT_SEMI) { this.next = ptr + 1; return TOK_CHAR_REF; }
            return this.invalid(ptr);
          }
        }
        return TOK_PARTIAL;
      }
      if (this.bt(ptr) !== BT_DIGIT) return this.invalid(ptr);
      for (ptr++; ptr < end; ptr++) {
        const c = this.bt(ptr);
        if (c === BT_DIGIT) continue;
        if (c === BT_SEMI) { this.next = ptr + 1; return TOK_CHAR_REF; }
        return this.invalid(ptr);
      }
    }
    return TOK_PARTIAL;
  }

  /** After '</'. */
  private scanEndTag(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_PARTIAL;
    const w = this.nameStart(ptr);
    if (w <= 0) return w;
    ptr += w;
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c) || c === BT_COLON) { ptr++; continue; }
      switch (c) {
        case BT_LEAD4: {
          const r = this.lead4(ptr);
          return r === 2 ? this.invalid(ptr) : r;
        }
        case BT_S: case BT_CR: case BT_LF:
          for (ptr++; ptr < end; ptr++) {
            const d = this.bt(ptr);
            if (d === BT_S || d === BT_CR || d === BT_LF) continue;
            if (d === BT_GT) { this.next = ptr + 1; return TOK_END_TAG; }
            return this.invalid(ptr);
          }
          return TOK_PARTIAL;
        case BT_GT:
          this.next = ptr + 1;
          return TOK_END_TAG;
        default:
          return this.invalid(ptr);
      }
    }
    return TOK_PARTIAL;
  }

  /** Skips the characters allowed in text up to a character of the given classes; 0, or a token <= 0. */
  private textCharOk(ptr: number): number {
    const b = this.bt(ptr);
    if (b === BT_NONXML || b === BT_TRAIL) return this.invalid(ptr);
    if (b === BT_LEAD4) return this.lead4(ptr);
    return 1;
  }

  /** After '<!-'. */
  private scanComment(ptr: number): number {
    const end = this.end;
    if (ptr < end) {
      if (this.bt(ptr) !== BT_MINUS) return this.invalid(ptr);
      ptr++;
      while (ptr < end) {
        const b = this.bt(ptr);
        if (b === BT_MINUS) {
          ptr++;
          if (ptr >= end) return TOK_PARTIAL;
          if (this.bt(ptr) === BT_MINUS) {
            ptr++;
            if (ptr >= end) return TOK_PARTIAL;
            if (this.bt(ptr) !== BT_GT) return this.invalid(ptr);
            this.next = ptr + 1;
            return TOK_COMMENT;
          }
          continue;
        }
        const w = this.textCharOk(ptr);
        if (w <= 0) return w;
        ptr += w;
      }
    }
    return TOK_PARTIAL;
  }

  /** After '<!['. */
  private scanCdataSection(ptr: number): number {
    const want = 'CDATA[';
    // all six characters must be there before any is looked at
    if (this.end - ptr < 6) return TOK_PARTIAL;
    for (let i = 0; i < 6; i++, ptr++) {
      if (this.s.charCodeAt(ptr) !== want.charCodeAt(i)) return this.invalid(ptr);
    }
    this.next = ptr;
    return TOK_CDATA_SECT_OPEN;
  }

  /** After '<?': a processing instruction, or the XML declaration when the target is 'xml'. */
  private scanPi(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_PARTIAL;
    const target = ptr;
    const w = this.nameStart(ptr);
    if (w <= 0) return w;
    ptr += w;
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c)) { ptr++; continue; }
      switch (c) {
        case BT_LEAD4: {
          const r = this.lead4(ptr);
          return r === 2 ? this.invalid(ptr) : r;
        }
        case BT_S: case BT_CR: case BT_LF: {
          const tok = this.piTarget(target, ptr);
          if (tok === TOK_INVALID) return this.invalid(ptr);
          ptr++;
          while (ptr < end) {
            if (this.bt(ptr) === BT_QUEST) {
              ptr++;
              if (ptr >= end) return TOK_PARTIAL;
              if (this.bt(ptr) === BT_GT) { this.next = ptr + 1; return tok; }
              continue;
            }
            const w2 = this.textCharOk(ptr);
            if (w2 <= 0) return w2;
            ptr += w2;
          }
          return TOK_PARTIAL;
        }
        case BT_QUEST: {
          const tok = this.piTarget(target, ptr);
          if (tok === TOK_INVALID) return this.invalid(ptr);
          ptr++;
          if (ptr >= end) return TOK_PARTIAL;
          if (this.bt(ptr) === BT_GT) { this.next = ptr + 1; return tok; }
          return this.invalid(ptr);
        }
        default:
          return this.invalid(ptr);
      }
    }
    return TOK_PARTIAL;
  }

  /** TOK_PI, TOK_XML_DECL for the target 'xml', TOK_INVALID for another spelling of it ('XML'). */
  private piTarget(start: number, end: number): number {
    if (end - start !== 3) return TOK_PI;
    const n = this.s.slice(start, end);
    if (n === 'xml') return TOK_XML_DECL;
    return n.toLowerCase() === 'xml' ? TOK_INVALID : TOK_PI;
  }

  // --- CDATA sections

  /** cdataSectionTok: the next token inside <![CDATA[ ... ]]>. */
  cdataSectionTok(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return this.strayTail ? TOK_PARTIAL : TOK_NONE;
    switch (this.bt(ptr)) {
      case BT_RSQB:
        ptr++;
        if (ptr >= end) return TOK_PARTIAL;
        if (this.bt(ptr) !== BT_RSQB) break;
        ptr++;
        if (ptr >= end) return TOK_PARTIAL;
        if (this.bt(ptr) !== BT_GT) { ptr--; break; }
        this.next = ptr + 1;
        return TOK_CDATA_SECT_CLOSE;
      case BT_CR:
        ptr++;
        if (ptr >= end) return TOK_PARTIAL;
        if (this.bt(ptr) === BT_LF) ptr++;
        this.next = ptr;
        return TOK_DATA_NEWLINE;
      case BT_LF:
        this.next = ptr + 1;
        return TOK_DATA_NEWLINE;
      default: {
        const w = this.textCharOk(ptr);
        if (w <= 0) return w;
        ptr += w;
      }
    }
    const s = this.s, t = this.t;
    while (ptr < end) {
      const b = t[s.charCodeAt(ptr)];
      if (b === BT_NONXML || b === BT_TRAIL || b === BT_CR || b === BT_LF || b === BT_RSQB) break;
      if (b === BT_LEAD4) {
        if (ptr + 1 >= end) break;
        const c = s.charCodeAt(ptr + 1);
        if (c < 0xdc00 || c > 0xdfff) break;
        ptr += 2;
        continue;
      }
      ptr++;
    }
    this.next = ptr;
    return TOK_DATA_CHARS;
  }

  // --- the prolog

  /** prologTok: the next token before the root element, in the internal subset, or after the root. */
  prologTok(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return this.strayTail ? TOK_PARTIAL : TOK_NONE;
    let tok: number;
    switch (this.bt(ptr)) {
      case BT_QUOT: return this.scanLit(BT_QUOT, ptr + 1);
      case BT_APOS: return this.scanLit(BT_APOS, ptr + 1);
      case BT_LT: {
        ptr++;
        if (ptr >= end) return TOK_PARTIAL;
        const b = this.bt(ptr);
        if (b === BT_EXCL) return this.scanDecl(ptr + 1);
        if (b === BT_QUEST) return this.scanPi(ptr + 1);
        // Expat decides "the root element starts here" from the class alone (any non-ASCII character
        // included); the content scanner then checks the name.
        if (isNameStartType(b) || this.s.charCodeAt(ptr) >= 0x80) {
          this.next = ptr - 1;
          return TOK_INSTANCE_START;
        }
        return this.invalid(ptr);
      }
      case BT_CR: case BT_S: case BT_LF:
        if (this.bt(ptr) === BT_CR && ptr + 1 === end) { this.next = end; return -TOK_PROLOG_S; }
        for (;;) {
          ptr++;
          if (ptr >= end) break;
          const b = this.bt(ptr);
          if (b === BT_S || b === BT_LF) continue;
          if (b === BT_CR && ptr + 1 !== end) continue;
          break;
        }
        this.next = ptr;
        return TOK_PROLOG_S;
      case BT_PERCNT: return this.scanPercent(ptr + 1);
      case BT_COMMA: this.next = ptr + 1; return TOK_COMMA;
      case BT_LSQB: this.next = ptr + 1; return TOK_OPEN_BRACKET;
      case BT_RSQB:
        ptr++;
        if (ptr >= end) return -TOK_CLOSE_BRACKET;
        if (this.bt(ptr) === BT_RSQB) {
          if (ptr + 1 >= end) return TOK_PARTIAL;
          if (this.bt(ptr + 1) === BT_GT) { this.next = ptr + 2; return TOK_COND_SECT_CLOSE; }
        }
        this.next = ptr;
        return TOK_CLOSE_BRACKET;
      case BT_LPAR: this.next = ptr + 1; return TOK_OPEN_PAREN;
      case BT_RPAR:
        ptr++;
        if (ptr >= end) return -TOK_CLOSE_PAREN;
        switch (this.bt(ptr)) {
          case BT_AST: this.next = ptr + 1; return TOK_CLOSE_PAREN_ASTERISK;
          case BT_QUEST: this.next = ptr + 1; return TOK_CLOSE_PAREN_QUESTION;
          case BT_PLUS: this.next = ptr + 1; return TOK_CLOSE_PAREN_PLUS;
          case BT_CR: case BT_LF: case BT_S: case BT_GT: case BT_COMMA: case BT_VERBAR: case BT_RPAR:
            this.next = ptr;
            return TOK_CLOSE_PAREN;
        }
        return this.invalid(ptr);
      case BT_VERBAR: this.next = ptr + 1; return TOK_OR;
      case BT_GT: this.next = ptr + 1; return TOK_DECL_CLOSE;
      case BT_NUM: return this.scanPoundName(ptr + 1);
      case BT_LEAD4: {
        const r = this.lead4(ptr);
        return r === 2 ? this.invalid(ptr) : r;
      }
      case BT_NMSTRT: case BT_HEX:
        tok = TOK_NAME;
        ptr++;
        break;
      case BT_DIGIT: case BT_NAME: case BT_MINUS: case BT_COLON:
        tok = TOK_NMTOKEN;
        ptr++;
        break;
      default:
        return this.invalid(ptr);
    }
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c)) { ptr++; continue; }
      switch (c) {
        case BT_LEAD4: {
          const r = this.lead4(ptr);
          return r === 2 ? this.invalid(ptr) : r;
        }
        case BT_GT: case BT_RPAR: case BT_COMMA: case BT_VERBAR: case BT_LSQB: case BT_PERCNT:
        case BT_S: case BT_CR: case BT_LF:
          this.next = ptr;
          return tok;
        case BT_COLON:
          ptr++;
          if (tok === TOK_NAME) {
            if (ptr >= end) return TOK_PARTIAL;
            tok = TOK_PREFIXED_NAME;
            if (!isNameType(this.bt(ptr))) tok = TOK_NMTOKEN;
          } else if (tok === TOK_PREFIXED_NAME) {
            tok = TOK_NMTOKEN;
          }
          break;
        case BT_PLUS:
          if (tok === TOK_NMTOKEN) return this.invalid(ptr);
          this.next = ptr + 1;
          return TOK_NAME_PLUS;
        case BT_AST:
          if (tok === TOK_NMTOKEN) return this.invalid(ptr);
          this.next = ptr + 1;
          return TOK_NAME_ASTERISK;
        case BT_QUEST:
          if (tok === TOK_NMTOKEN) return this.invalid(ptr);
          this.next = ptr + 1;
          return TOK_NAME_QUESTION;
        default:
          return this.invalid(ptr);
      }
    }
    return -tok;
  }

  /** A quoted literal in the prolog, after its opening quote. */
  private scanLit(open: number, ptr: number): number {
    const end = this.end;
    while (ptr < end) {
      const b = this.bt(ptr);
      if (b === BT_QUOT || b === BT_APOS) {
        ptr++;
        if (b !== open) continue;
        if (ptr >= end) return -TOK_LITERAL;
        this.next = ptr;
        switch (this.bt(ptr)) {
          case BT_S: case BT_CR: case BT_LF: case BT_GT: case BT_PERCNT: case BT_LSQB:
            return TOK_LITERAL;
        }
        return TOK_INVALID;
      }
      const w = this.textCharOk(ptr);
      if (w <= 0) return w;
      ptr += w;
    }
    return TOK_PARTIAL;
  }

  /** After '<!' in the prolog: a declaration keyword, a comment or a conditional section. */
  private scanDecl(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_PARTIAL;
    switch (this.bt(ptr)) {
      case BT_MINUS: return this.scanComment(ptr + 1);
      case BT_LSQB: this.next = ptr + 1; return TOK_COND_SECT_OPEN;
      case BT_NMSTRT: case BT_HEX: ptr++; break;
      default: return this.invalid(ptr);
    }
    while (ptr < end) {
      switch (this.bt(ptr)) {
        case BT_PERCNT: case BT_S: case BT_CR: case BT_LF:
          if (this.bt(ptr) === BT_PERCNT) {
            if (ptr + 1 >= end) return TOK_PARTIAL;
            switch (this.bt(ptr + 1)) {
              case BT_S: case BT_CR: case BT_LF: case BT_PERCNT:
                return this.invalid(ptr);
            }
          }
          this.next = ptr;
          return TOK_DECL_OPEN;
        case BT_NMSTRT: case BT_HEX:
          ptr++;
          break;
        default:
          return this.invalid(ptr);
      }
    }
    return TOK_PARTIAL;
  }

  /** After '%' in the prolog. */
  private scanPercent(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_PARTIAL;
    const b = this.bt(ptr);
    if (b === BT_S || b === BT_LF || b === BT_CR || b === BT_PERCNT) { this.next = ptr; return TOK_PERCENT; }
    const w = this.nameStart(ptr);
    if (w <= 0) return w;
    ptr += w;
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c)) { ptr++; continue; }
      if (c === BT_SEMI) { this.next = ptr + 1; return TOK_PARAM_ENTITY_REF; }
      if (c === BT_LEAD4) {
        const r = this.lead4(ptr);
        return r === 2 ? this.invalid(ptr) : r;
      }
      return this.invalid(ptr);
    }
    return TOK_PARTIAL;
  }

  /** After '#' in the prolog (#PCDATA, #IMPLIED ...). */
  private scanPoundName(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_PARTIAL;
    const w = this.nameStart(ptr);
    if (w <= 0) return w;
    ptr += w;
    while (ptr < end) {
      const c = this.bt(ptr);
      if (isNameType(c)) { ptr++; continue; }
      switch (c) {
        case BT_LEAD4: {
          const r = this.lead4(ptr);
          return r === 2 ? this.invalid(ptr) : r;
        }
        case BT_CR: case BT_LF: case BT_S: case BT_RPAR: case BT_GT: case BT_PERCNT: case BT_VERBAR:
          this.next = ptr;
          return TOK_POUND_NAME;
      }
      return this.invalid(ptr);
    }
    return -TOK_POUND_NAME;
  }

  // --- values

  /** attributeValueTok: a token of an attribute value (or of an entity's text used in one). */
  attributeValueTok(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_NONE;
    const start = ptr;
    while (ptr < end) {
      switch (this.bt(ptr)) {
        case BT_LEAD4: ptr += 2; continue;
        case BT_AMP:
          if (ptr === start) return this.scanRef(ptr + 1);
          this.next = ptr;
          return TOK_DATA_CHARS;
        case BT_LT:
          return this.invalid(ptr);
        case BT_LF:
          if (ptr === start) { this.next = ptr + 1; return TOK_DATA_NEWLINE; }
          this.next = ptr;
          return TOK_DATA_CHARS;
        case BT_CR:
          if (ptr === start) {
            ptr++;
            if (ptr >= end) { this.next = ptr; return TOK_TRAILING_CR; }
            if (this.bt(ptr) === BT_LF) ptr++;
            this.next = ptr;
            return TOK_DATA_NEWLINE;
          }
          this.next = ptr;
          return TOK_DATA_CHARS;
        case BT_S:
          if (ptr === start) { this.next = ptr + 1; return TOK_ATTRIBUTE_VALUE_S; }
          this.next = ptr;
          return TOK_DATA_CHARS;
        default:
          ptr++;
      }
    }
    this.next = ptr;
    return TOK_DATA_CHARS;
  }

  /** entityValueTok: a token of an entity's literal value in a declaration. */
  entityValueTok(ptr: number): number {
    const end = this.end;
    if (ptr >= end) return TOK_NONE;
    const start = ptr;
    while (ptr < end) {
      switch (this.bt(ptr)) {
        case BT_LEAD4: ptr += 2; continue;
        case BT_AMP:
          if (ptr === start) return this.scanRef(ptr + 1);
          this.next = ptr;
          return TOK_DATA_CHARS;
        case BT_PERCNT:
          if (ptr === start) {
            const r = this.scanPercent(ptr + 1);
            return r === TOK_PERCENT ? TOK_INVALID : r;
          }
          this.next = ptr;
          return TOK_DATA_CHARS;
        case BT_LF:
          if (ptr === start) { this.next = ptr + 1; return TOK_DATA_NEWLINE; }
          this.next = ptr;
          return TOK_DATA_CHARS;
        case BT_CR:
          if (ptr === start) {
            ptr++;
            if (ptr >= end) { this.next = ptr; return TOK_TRAILING_CR; }
            if (this.bt(ptr) === BT_LF) ptr++;
            this.next = ptr;
            return TOK_DATA_NEWLINE;
          }
          this.next = ptr;
          return TOK_DATA_CHARS;
        default:
          ptr++;
      }
    }
    this.next = ptr;
    return TOK_DATA_CHARS;
  }

  // --- helpers over a token already scanned

  /** The end of the name starting at ptr (the token was checked, so no validation). */
  nameEnd(ptr: number): number {
    const s = this.s, t = this.t;
    for (;;) {
      const b = t[s.charCodeAt(ptr)];
      if (isNameType(b) || b === BT_COLON) ptr++;
      else return ptr;
    }
  }

  /** Skips white space. */
  skipS(ptr: number): number {
    for (;;) {
      const b = this.bt(ptr);
      if (b === BT_S || b === BT_CR || b === BT_LF) ptr++;
      else return ptr;
    }
  }

  /**
   * The attributes of a start tag that scanLt accepted (from just after '<'), in order. `normalized`
   * reports whether a value holds a character that attribute-value normalisation must look at.
   */
  getAtts(ptr: number): AttPos[] {
    const atts: AttPos[] = [];
    const s = this.s;
    ptr = this.nameEnd(ptr);
    for (;;) {
      ptr = this.skipS(ptr);
      const b = this.bt(ptr);
      if (b === BT_GT || b === BT_SOL) return atts;
      const name = ptr;
      ptr = this.nameEnd(ptr);
      const nameEnd = ptr;
      ptr = this.skipS(ptr);
      ptr = this.skipS(ptr + 1); // '='
      const q = s.charCodeAt(ptr);
      const value = ptr + 1;
      const valueEnd = s.indexOf(q === 0x22 ? '"' : "'", value);
      atts.push({ name, nameEnd, value, valueEnd });
      ptr = valueEnd + 1;
    }
  }

  /** Whether the unit at p is white space (S, CR or LF). */
  isSpace(p: number): boolean {
    const b = this.bt(p);
    return b === BT_S || b === BT_CR || b === BT_LF;
  }
}

/** The value of a character reference s[start .. end) ('&#...;'), or -1 when it names no XML character. */
export function charRefNumber(s: string, start: number, end: number): number {
  let n = 0;
  if (s.charCodeAt(start + 2) === 0x78) {
    for (let p = start + 3; p < end - 1; p++) {
      const c = s.charCodeAt(p);
      n = n * 16 + (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);
      if (n >= 0x110000) return -1;
    }
  } else {
    for (let p = start + 2; p < end - 1; p++) {
      n = n * 10 + s.charCodeAt(p) - 0x30;
      if (n >= 0x110000) return -1;
    }
  }
  return xmlCharOk(n) ? n : -1;
}

/** Whether a code point is a character XML 1.0 allows. */
export function xmlCharOk(n: number): boolean {
  if (n < 0x20) return n === 9 || n === 10 || n === 13;
  if (n >= 0xd800 && n <= 0xdfff) return false;
  return n !== 0xfffe && n !== 0xffff && n < 0x110000;
}

/** The character a predefined entity name stands for (lt gt amp quot apos), or '' for another name. */
export function predefinedEntity(name: string): string {
  switch (name) {
    case 'lt': return '<';
    case 'gt': return '>';
    case 'amp': return '&';
    case 'quot': return '"';
    case 'apos': return "'";
  }
  return '';
}

/**
 * Whether a public identifier literal s[start .. end) (quotes included) uses only PubidChars; otherwise
 * the offset of the first bad character.
 */
export function publicIdBad(s: string, start: number, end: number): number {
  for (let p = start + 1; p < end - 1; p++) {
    const c = s.charCodeAt(p);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c === 0x20 || c === 0x0d || c === 0x0a) continue;
    if ("-'()+,./:=?;!*#@$_%".indexOf(String.fromCharCode(c)) >= 0) continue;
    if (c === 0x09) return p;
    return p;
  }
  return -1;
}

/** The fields of an XML (or text) declaration, or the offset at which it is not well-formed. */
export interface XmlDecl {
  bad: number;
  version: string | null;
  encoding: string | null;
  encodingAt: number;
  standalone: number;
}

function asciiAt(s: string, p: number, end: number): number {
  if (p >= end) return -1;
  const c = s.charCodeAt(p);
  return c < 0x80 ? c : -1;
}

function isDeclSpace(c: number): boolean {
  return c === 0x20 || c === 0x0d || c === 0x0a || c === 0x09;
}

/**
 * Reads the pseudo-attributes of '<?xml ... ?>' at s[start .. end) as Expat's doParseXmlDecl does
 * (`textDecl`: an external entity's text declaration, where version is optional and encoding required).
 */
export function parseXmlDecl(s: string, start: number, end: number, textDecl: boolean): XmlDecl {
  const r: XmlDecl = { bad: -1, version: null, encoding: null, encodingAt: -1, standalone: -1 };
  let ptr = start + 5;
  const stop = end - 2;
  // one pseudo-attribute: name and value offsets, or null at the end; sets r.bad and returns false on error
  let name = -1, nameEnd = -1, val = -1, valEnd = -1;
  const pseudo = (): boolean => {
    name = -1;
    let p = ptr;
    const fail = (at: number): boolean => { r.bad = at; ptr = at; return false; };
    if (p === stop) return true;
    if (!isDeclSpace(asciiAt(s, p, stop))) return fail(p);
    do p++; while (isDeclSpace(asciiAt(s, p, stop)));
    if (p === stop) return true;
    name = p;
    for (;;) {
      const c = asciiAt(s, p, stop);
      if (c === -1) return fail(p);
      if (c === 0x3d) { nameEnd = p; break; }
      if (isDeclSpace(c)) {
        nameEnd = p;
        let d: number;
        do { p++; d = asciiAt(s, p, stop); } while (isDeclSpace(d));
        if (d !== 0x3d) return fail(p);
        break;
      }
      p++;
    }
    if (p === name) return fail(p);
    p++;
    let c = asciiAt(s, p, stop);
    while (isDeclSpace(c)) { p++; c = asciiAt(s, p, stop); }
    if (c !== 0x22 && c !== 0x27) return fail(p);
    const open = c;
    p++;
    val = p;
    for (;; p++) {
      c = asciiAt(s, p, stop);
      if (c === open) break;
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
            || c === 0x2e || c === 0x2d || c === 0x5f)) return fail(p);
    }
    valEnd = p;
    ptr = p + 1;
    return true;
  };
  const nameIs = (kw: string): boolean => s.slice(name, nameEnd) === kw;
  if (!pseudo() || name < 0) { r.bad = ptr; return r; }
  if (!nameIs('version')) {
    if (!textDecl) { r.bad = name; return r; }
  } else {
    r.version = s.slice(val, valEnd);
    if (!pseudo()) return r;
    if (name < 0) {
      if (textDecl) r.bad = ptr;
      return r;
    }
  }
  if (nameIs('encoding')) {
    const c = asciiAt(s, val, stop);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) { r.bad = val; return r; }
    r.encoding = s.slice(val, valEnd);
    r.encodingAt = val;
    if (!pseudo()) return r;
    if (name < 0) return r;
  }
  if (!nameIs('standalone') || textDecl) { r.bad = name; return r; }
  const v = s.slice(val, valEnd);
  if (v === 'yes') r.standalone = 1;
  else if (v === 'no') r.standalone = 0;
  else { r.bad = val; return r; }
  while (isDeclSpace(asciiAt(s, ptr, stop))) ptr++;
  if (ptr !== stop) r.bad = ptr;
  return r;
}
