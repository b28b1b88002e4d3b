// The grammar of the XML prolog as a state machine: given each prolog token (src/support/xmltok.ts), says
// what part it plays (a "role": the doctype's name, an entity's value, an attribute type ...), or that it
// is a syntax error. Follows the states of Expat 2.5's xmlrole.c so that "syntax error" is reported at the
// same token as CPython's pyexpat reports it. Written for Immortal; knows nothing of Python.
// Invariants: after ROLE_ERROR the machine stays in the error state; `level` counts open parentheses of
// an element's content model.

import {
  TOK_PROLOG_S, TOK_XML_DECL, TOK_PI, TOK_COMMENT, TOK_BOM, TOK_DECL_OPEN, TOK_INSTANCE_START, TOK_NAME,
  TOK_PREFIXED_NAME, TOK_OPEN_BRACKET, TOK_DECL_CLOSE, TOK_LITERAL, TOK_PARAM_ENTITY_REF, TOK_CLOSE_BRACKET,
  TOK_NONE, TOK_PERCENT, TOK_NMTOKEN, TOK_CLOSE_PAREN, TOK_OR, TOK_OPEN_PAREN, TOK_POUND_NAME,
  TOK_CLOSE_PAREN_ASTERISK, TOK_CLOSE_PAREN_QUESTION, TOK_CLOSE_PAREN_PLUS, TOK_COMMA, TOK_NAME_QUESTION,
  TOK_NAME_ASTERISK, TOK_NAME_PLUS,
} from './xmltok.ts';

export const ROLE_ERROR = -1;
export const ROLE_NONE = 0;
export const ROLE_XML_DECL = 1;
export const ROLE_INSTANCE_START = 2;
export const ROLE_DOCTYPE_NONE = 3;
export const ROLE_DOCTYPE_NAME = 4;
export const ROLE_DOCTYPE_SYSTEM_ID = 5;
export const ROLE_DOCTYPE_PUBLIC_ID = 6;
export const ROLE_DOCTYPE_INTERNAL_SUBSET = 7;
export const ROLE_DOCTYPE_CLOSE = 8;
export const ROLE_GENERAL_ENTITY_NAME = 9;
export const ROLE_PARAM_ENTITY_NAME = 10;
export const ROLE_ENTITY_NONE = 11;
export const ROLE_ENTITY_VALUE = 12;
export const ROLE_ENTITY_SYSTEM_ID = 13;
export const ROLE_ENTITY_PUBLIC_ID = 14;
export const ROLE_ENTITY_COMPLETE = 15;
export const ROLE_ENTITY_NOTATION_NAME = 16;
export const ROLE_NOTATION_NONE = 17;
export const ROLE_NOTATION_NAME = 18;
export const ROLE_NOTATION_SYSTEM_ID = 19;
export const ROLE_NOTATION_NO_SYSTEM_ID = 20;
export const ROLE_NOTATION_PUBLIC_ID = 21;
export const ROLE_ATTRIBUTE_NAME = 22;
/** CDATA, then ID, IDREF, IDREFS, ENTITY, ENTITIES, NMTOKEN, NMTOKENS in this order. */
export const ROLE_ATTRIBUTE_TYPE_CDATA = 23;
export const ROLE_ATTRIBUTE_TYPE_NMTOKENS = 30;
export const ROLE_ATTRIBUTE_ENUM_VALUE = 31;
export const ROLE_ATTRIBUTE_NOTATION_VALUE = 32;
export const ROLE_ATTLIST_NONE = 33;
export const ROLE_ATTLIST_ELEMENT_NAME = 34;
export const ROLE_IMPLIED_ATTRIBUTE_VALUE = 35;
export const ROLE_REQUIRED_ATTRIBUTE_VALUE = 36;
export const ROLE_DEFAULT_ATTRIBUTE_VALUE = 37;
export const ROLE_FIXED_ATTRIBUTE_VALUE = 38;
export const ROLE_ELEMENT_NONE = 39;
export const ROLE_ELEMENT_NAME = 40;
export const ROLE_CONTENT_ANY = 41;
export const ROLE_CONTENT_EMPTY = 42;
export const ROLE_CONTENT_PCDATA = 43;
export const ROLE_GROUP_OPEN = 44;
export const ROLE_GROUP_CLOSE = 45;
export const ROLE_GROUP_CLOSE_REP = 46;
export const ROLE_GROUP_CLOSE_OPT = 47;
export const ROLE_GROUP_CLOSE_PLUS = 48;
export const ROLE_GROUP_CHOICE = 49;
export const ROLE_GROUP_SEQUENCE = 50;
export const ROLE_CONTENT_ELEMENT = 51;
export const ROLE_CONTENT_ELEMENT_REP = 52;
export const ROLE_CONTENT_ELEMENT_OPT = 53;
export const ROLE_CONTENT_ELEMENT_PLUS = 54;
export const ROLE_PI = 55;
export const ROLE_COMMENT = 56;
export const ROLE_PARAM_ENTITY_REF = 57;

const ATT_TYPES = ['CDATA', 'ID', 'IDREF', 'IDREFS', 'ENTITY', 'ENTITIES', 'NMTOKEN', 'NMTOKENS'];

// The states (xmlrole.c's handler functions).
const enum St {
  Prolog0, Prolog1, Prolog2, Doctype0, Doctype1, Doctype2, Doctype3, Doctype4, Doctype5, InternalSubset,
  Entity0, Entity1, Entity2, Entity3, Entity4, Entity5, Entity6, Entity7, Entity8, Entity9, Entity10,
  Notation0, Notation1, Notation2, Notation3, Notation4,
  Attlist0, Attlist1, Attlist2, Attlist3, Attlist4, Attlist5, Attlist6, Attlist7, Attlist8, Attlist9,
  Element0, Element1, Element2, Element3, Element4, Element5, Element6, Element7, DeclClose, Error,
}

/** The prolog's state: feed each token with its text to `role`. */
export class PrologState {
  private st = St.Prolog0;
  /** What a white-space token inside the current declaration reports (declClose's role_none). */
  private roleNone = ROLE_NONE;
  /** Parenthesis depth inside an element declaration. */
  level = 0;

  /** The role of token `tok` spanning s[ptr .. end). */
  role(tok: number, s: string, ptr: number, end: number): number {
    const text = (): string => s.slice(ptr, end);
    const S = tok === TOK_PROLOG_S;
    switch (this.st) {
      case St.Prolog0:
        switch (tok) {
          case TOK_PROLOG_S: this.st = St.Prolog1; return ROLE_NONE;
          case TOK_XML_DECL: this.st = St.Prolog1; return ROLE_XML_DECL;
          case TOK_PI: this.st = St.Prolog1; return ROLE_PI;
          case TOK_COMMENT: this.st = St.Prolog1; return ROLE_COMMENT;
          case TOK_BOM: return ROLE_NONE;
          case TOK_DECL_OPEN:
            if (s.slice(ptr + 2, end) !== 'DOCTYPE') break;
            this.st = St.Doctype0;
            return ROLE_DOCTYPE_NONE;
          case TOK_INSTANCE_START: this.st = St.Error; return ROLE_INSTANCE_START;
        }
        break;
      case St.Prolog1:
        switch (tok) {
          case TOK_PROLOG_S: return ROLE_NONE;
          case TOK_PI: return ROLE_PI;
          case TOK_COMMENT: return ROLE_COMMENT;
          case TOK_BOM: return ROLE_NONE;
          case TOK_DECL_OPEN:
            if (s.slice(ptr + 2, end) !== 'DOCTYPE') break;
            this.st = St.Doctype0;
            return ROLE_DOCTYPE_NONE;
          case TOK_INSTANCE_START: this.st = St.Error; return ROLE_INSTANCE_START;
        }
        break;
      case St.Prolog2:
        switch (tok) {
          case TOK_PROLOG_S: return ROLE_NONE;
          case TOK_PI: return ROLE_PI;
          case TOK_COMMENT: return ROLE_COMMENT;
          case TOK_INSTANCE_START: this.st = St.Error; return ROLE_INSTANCE_START;
        }
        break;
      case St.Doctype0:
        if (S) return ROLE_DOCTYPE_NONE;
        if (tok === TOK_NAME || tok === TOK_PREFIXED_NAME) { this.st = St.Doctype1; return ROLE_DOCTYPE_NAME; }
        break;
      case St.Doctype1:
        switch (tok) {
          case TOK_PROLOG_S: return ROLE_DOCTYPE_NONE;
          case TOK_OPEN_BRACKET: this.st = St.InternalSubset; return ROLE_DOCTYPE_INTERNAL_SUBSET;
          case TOK_DECL_CLOSE: this.st = St.Prolog2; return ROLE_DOCTYPE_CLOSE;
          case TOK_NAME:
            if (text() === 'SYSTEM') { this.st = St.Doctype3; return ROLE_DOCTYPE_NONE; }
            if (text() === 'PUBLIC') { this.st = St.Doctype2; return ROLE_DOCTYPE_NONE; }
        }
        break;
      case St.Doctype2:
        if (S) return ROLE_DOCTYPE_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Doctype3; return ROLE_DOCTYPE_PUBLIC_ID; }
        break;
      case St.Doctype3:
        if (S) return ROLE_DOCTYPE_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Doctype4; return ROLE_DOCTYPE_SYSTEM_ID; }
        break;
      case St.Doctype4:
        if (S) return ROLE_DOCTYPE_NONE;
        if (tok === TOK_OPEN_BRACKET) { this.st = St.InternalSubset; return ROLE_DOCTYPE_INTERNAL_SUBSET; }
        if (tok === TOK_DECL_CLOSE) { this.st = St.Prolog2; return ROLE_DOCTYPE_CLOSE; }
        break;
      case St.Doctype5:
        if (S) return ROLE_DOCTYPE_NONE;
        if (tok === TOK_DECL_CLOSE) { this.st = St.Prolog2; return ROLE_DOCTYPE_CLOSE; }
        break;
      case St.InternalSubset:
        switch (tok) {
          case TOK_PROLOG_S: return ROLE_NONE;
          case TOK_DECL_OPEN: {
            const kw = s.slice(ptr + 2, end);
            if (kw === 'ENTITY') { this.st = St.Entity0; return ROLE_ENTITY_NONE; }
            if (kw === 'ATTLIST') { this.st = St.Attlist0; return ROLE_ATTLIST_NONE; }
            if (kw === 'ELEMENT') { this.st = St.Element0; return ROLE_ELEMENT_NONE; }
            if (kw === 'NOTATION') { this.st = St.Notation0; return ROLE_NOTATION_NONE; }
            break;
          }
          case TOK_PI: return ROLE_PI;
          case TOK_COMMENT: return ROLE_COMMENT;
          case TOK_PARAM_ENTITY_REF: return ROLE_PARAM_ENTITY_REF;
          case TOK_CLOSE_BRACKET: this.st = St.Doctype5; return ROLE_DOCTYPE_NONE;
          case TOK_NONE: return ROLE_NONE;
        }
        break;
      case St.Entity0:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_PERCENT) { this.st = St.Entity1; return ROLE_ENTITY_NONE; }
        if (tok === TOK_NAME) { this.st = St.Entity2; return ROLE_GENERAL_ENTITY_NAME; }
        break;
      case St.Entity1:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_NAME) { this.st = St.Entity7; return ROLE_PARAM_ENTITY_NAME; }
        break;
      case St.Entity2:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_NAME) {
          if (text() === 'SYSTEM') { this.st = St.Entity4; return ROLE_ENTITY_NONE; }
          if (text() === 'PUBLIC') { this.st = St.Entity3; return ROLE_ENTITY_NONE; }
          break;
        }
        if (tok === TOK_LITERAL) { this.declClose(ROLE_ENTITY_NONE); return ROLE_ENTITY_VALUE; }
        break;
      case St.Entity3:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Entity4; return ROLE_ENTITY_PUBLIC_ID; }
        break;
      case St.Entity4:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Entity5; return ROLE_ENTITY_SYSTEM_ID; }
        break;
      case St.Entity5:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_DECL_CLOSE) { this.st = St.InternalSubset; return ROLE_ENTITY_COMPLETE; }
        if (tok === TOK_NAME && text() === 'NDATA') { this.st = St.Entity6; return ROLE_ENTITY_NONE; }
        break;
      case St.Entity6:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_NAME) { this.declClose(ROLE_ENTITY_NONE); return ROLE_ENTITY_NOTATION_NAME; }
        break;
      case St.Entity7:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_NAME) {
          if (text() === 'SYSTEM') { this.st = St.Entity9; return ROLE_ENTITY_NONE; }
          if (text() === 'PUBLIC') { this.st = St.Entity8; return ROLE_ENTITY_NONE; }
          break;
        }
        if (tok === TOK_LITERAL) { this.declClose(ROLE_ENTITY_NONE); return ROLE_ENTITY_VALUE; }
        break;
      case St.Entity8:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Entity9; return ROLE_ENTITY_PUBLIC_ID; }
        break;
      case St.Entity9:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Entity10; return ROLE_ENTITY_SYSTEM_ID; }
        break;
      case St.Entity10:
        if (S) return ROLE_ENTITY_NONE;
        if (tok === TOK_DECL_CLOSE) { this.st = St.InternalSubset; return ROLE_ENTITY_COMPLETE; }
        break;
      case St.Notation0:
        if (S) return ROLE_NOTATION_NONE;
        if (tok === TOK_NAME) { this.st = St.Notation1; return ROLE_NOTATION_NAME; }
        break;
      case St.Notation1:
        if (S) return ROLE_NOTATION_NONE;
        if (tok === TOK_NAME) {
          if (text() === 'SYSTEM') { this.st = St.Notation3; return ROLE_NOTATION_NONE; }
          if (text() === 'PUBLIC') { this.st = St.Notation2; return ROLE_NOTATION_NONE; }
        }
        break;
      case St.Notation2:
        if (S) return ROLE_NOTATION_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Notation4; return ROLE_NOTATION_PUBLIC_ID; }
        break;
      case St.Notation3:
        if (S) return ROLE_NOTATION_NONE;
        if (tok === TOK_LITERAL) { this.declClose(ROLE_NOTATION_NONE); return ROLE_NOTATION_SYSTEM_ID; }
        break;
      case St.Notation4:
        if (S) return ROLE_NOTATION_NONE;
        if (tok === TOK_LITERAL) { this.declClose(ROLE_NOTATION_NONE); return ROLE_NOTATION_SYSTEM_ID; }
        if (tok === TOK_DECL_CLOSE) { this.st = St.InternalSubset; return ROLE_NOTATION_NO_SYSTEM_ID; }
        break;
      case St.Attlist0:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_NAME || tok === TOK_PREFIXED_NAME) { this.st = St.Attlist1; return ROLE_ATTLIST_ELEMENT_NAME; }
        break;
      case St.Attlist1:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_DECL_CLOSE) { this.st = St.InternalSubset; return ROLE_ATTLIST_NONE; }
        if (tok === TOK_NAME || tok === TOK_PREFIXED_NAME) { this.st = St.Attlist2; return ROLE_ATTRIBUTE_NAME; }
        break;
      case St.Attlist2:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_NAME) {
          const i = ATT_TYPES.indexOf(text());
          if (i >= 0) { this.st = St.Attlist8; return ROLE_ATTRIBUTE_TYPE_CDATA + i; }
          if (text() === 'NOTATION') { this.st = St.Attlist5; return ROLE_ATTLIST_NONE; }
          break;
        }
        if (tok === TOK_OPEN_PAREN) { this.st = St.Attlist3; return ROLE_ATTLIST_NONE; }
        break;
      case St.Attlist3:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_NMTOKEN || tok === TOK_NAME || tok === TOK_PREFIXED_NAME) {
          this.st = St.Attlist4;
          return ROLE_ATTRIBUTE_ENUM_VALUE;
        }
        break;
      case St.Attlist4:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_CLOSE_PAREN) { this.st = St.Attlist8; return ROLE_ATTLIST_NONE; }
        if (tok === TOK_OR) { this.st = St.Attlist3; return ROLE_ATTLIST_NONE; }
        break;
      case St.Attlist5:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_OPEN_PAREN) { this.st = St.Attlist6; return ROLE_ATTLIST_NONE; }
        break;
      case St.Attlist6:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_NAME) { this.st = St.Attlist7; return ROLE_ATTRIBUTE_NOTATION_VALUE; }
        break;
      case St.Attlist7:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_CLOSE_PAREN) { this.st = St.Attlist8; return ROLE_ATTLIST_NONE; }
        if (tok === TOK_OR) { this.st = St.Attlist6; return ROLE_ATTLIST_NONE; }
        break;
      case St.Attlist8:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_POUND_NAME) {
          const kw = s.slice(ptr + 1, end);
          if (kw === 'IMPLIED') { this.st = St.Attlist1; return ROLE_IMPLIED_ATTRIBUTE_VALUE; }
          if (kw === 'REQUIRED') { this.st = St.Attlist1; return ROLE_REQUIRED_ATTRIBUTE_VALUE; }
          if (kw === 'FIXED') { this.st = St.Attlist9; return ROLE_ATTLIST_NONE; }
          break;
        }
        if (tok === TOK_LITERAL) { this.st = St.Attlist1; return ROLE_DEFAULT_ATTRIBUTE_VALUE; }
        break;
      case St.Attlist9:
        if (S) return ROLE_ATTLIST_NONE;
        if (tok === TOK_LITERAL) { this.st = St.Attlist1; return ROLE_FIXED_ATTRIBUTE_VALUE; }
        break;
      case St.Element0:
        if (S) return ROLE_ELEMENT_NONE;
        if (tok === TOK_NAME || tok === TOK_PREFIXED_NAME) { this.st = St.Element1; return ROLE_ELEMENT_NAME; }
        break;
      case St.Element1:
        if (S) return ROLE_ELEMENT_NONE;
        if (tok === TOK_NAME) {
          if (text() === 'EMPTY') { this.declClose(ROLE_ELEMENT_NONE); return ROLE_CONTENT_EMPTY; }
          if (text() === 'ANY') { this.declClose(ROLE_ELEMENT_NONE); return ROLE_CONTENT_ANY; }
          break;
        }
        if (tok === TOK_OPEN_PAREN) { this.st = St.Element2; this.level = 1; return ROLE_GROUP_OPEN; }
        break;
      case St.Element2:
        switch (tok) {
          case TOK_PROLOG_S: return ROLE_ELEMENT_NONE;
          case TOK_POUND_NAME:
            if (s.slice(ptr + 1, end) === 'PCDATA') { this.st = St.Element3; return ROLE_CONTENT_PCDATA; }
            break;
          case TOK_OPEN_PAREN: this.level = 2; this.st = St.Element6; return ROLE_GROUP_OPEN;
          case TOK_NAME: case TOK_PREFIXED_NAME: this.st = St.Element7; return ROLE_CONTENT_ELEMENT;
          case TOK_NAME_QUESTION: this.st = St.Element7; return ROLE_CONTENT_ELEMENT_OPT;
          case TOK_NAME_ASTERISK: this.st = St.Element7; return ROLE_CONTENT_ELEMENT_REP;
          case TOK_NAME_PLUS: this.st = St.Element7; return ROLE_CONTENT_ELEMENT_PLUS;
        }
        break;
      case St.Element3:
        if (S) return ROLE_ELEMENT_NONE;
        if (tok === TOK_CLOSE_PAREN) { this.declClose(ROLE_ELEMENT_NONE); return ROLE_GROUP_CLOSE; }
        if (tok === TOK_CLOSE_PAREN_ASTERISK) { this.declClose(ROLE_ELEMENT_NONE); return ROLE_GROUP_CLOSE_REP; }
        if (tok === TOK_OR) { this.st = St.Element4; return ROLE_ELEMENT_NONE; }
        break;
      case St.Element4:
        if (S) return ROLE_ELEMENT_NONE;
        if (tok === TOK_NAME || tok === TOK_PREFIXED_NAME) { this.st = St.Element5; return ROLE_CONTENT_ELEMENT; }
        break;
      case St.Element5:
        if (S) return ROLE_ELEMENT_NONE;
        if (tok === TOK_CLOSE_PAREN_ASTERISK) { this.declClose(ROLE_ELEMENT_NONE); return ROLE_GROUP_CLOSE_REP; }
        if (tok === TOK_OR) { this.st = St.Element4; return ROLE_ELEMENT_NONE; }
        break;
      case St.Element6:
        switch (tok) {
          case TOK_PROLOG_S: return ROLE_ELEMENT_NONE;
          case TOK_OPEN_PAREN: this.level += 1; return ROLE_GROUP_OPEN;
          case TOK_NAME: case TOK_PREFIXED_NAME: this.st = St.Element7; return ROLE_CONTENT_ELEMENT;
          case TOK_NAME_QUESTION: this.st = St.Element7; return ROLE_CONTENT_ELEMENT_OPT;
          case TOK_NAME_ASTERISK: this.st = St.Element7; return ROLE_CONTENT_ELEMENT_REP;
          case TOK_NAME_PLUS: this.st = St.Element7; return ROLE_CONTENT_ELEMENT_PLUS;
        }
        break;
      case St.Element7: {
        const close = (role: number): number => {
          this.level -= 1;
          if (this.level === 0) this.declClose(ROLE_ELEMENT_NONE);
          return role;
        };
        switch (tok) {
          case TOK_PROLOG_S: return ROLE_ELEMENT_NONE;
          case TOK_CLOSE_PAREN: return close(ROLE_GROUP_CLOSE);
          case TOK_CLOSE_PAREN_ASTERISK: return close(ROLE_GROUP_CLOSE_REP);
          case TOK_CLOSE_PAREN_QUESTION: return close(ROLE_GROUP_CLOSE_OPT);
          case TOK_CLOSE_PAREN_PLUS: return close(ROLE_GROUP_CLOSE_PLUS);
          case TOK_COMMA: this.st = St.Element6; return ROLE_GROUP_SEQUENCE;
          case TOK_OR: this.st = St.Element6; return ROLE_GROUP_CHOICE;
        }
        break;
      }
      case St.DeclClose:
        if (S) return this.roleNone;
        if (tok === TOK_DECL_CLOSE) { this.st = St.InternalSubset; return this.roleNone; }
        break;
      case St.Error:
        return ROLE_NONE;
    }
    this.st = St.Error;
    return ROLE_ERROR;
  }

  /** Whether the machine is between declarations of the internal subset (where a PE reference may be). */
  get inSubset(): boolean {
    return this.st === St.InternalSubset;
  }

  private declClose(roleNone: number): void {
    this.st = St.DeclClose;
    this.roleNone = roleNone;
  }
}
