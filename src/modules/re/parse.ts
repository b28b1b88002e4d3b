// Regular-expression parser: pattern code points -> node tree, with CPython's syntax and its error
// messages and positions. Mirrors Lib/re/_parser.py (Tokenizer, _parse_sub, _parse, _escape,
// _class_escape, _parse_flags, fix_flags, parse_template's checks live in src/lib/re).
// Invariants: works on plain JS data (no heap access); a syntax error is thrown as ReSyntaxError and
// caught by the module's entry point (src/modules/_sre.ts), never escaping to the user as a JS error.

import { unicodeNameLookup } from '../../parser/unicode-names.ts';

export const FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16,
  FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;
const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;

/** Largest repeat count + 1 (_sre.MAXREPEAT) and group count limit (_sre.MAXGROUPS). */
export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 2147483647 / 2 | 0;

/** A re.error to raise: message, position in the pattern (or -1 for none), or another exception kind. */
export class ReSyntaxError {
  /** FutureWarnings the parser had found before the error (CPython emits them before raising). */
  warnings: string[] = [];
  constructor(readonly msg: string, readonly pos: number, readonly kind: 'error' | 'overflow' | 'value' | 'notimpl' = 'error') {}
}

// Category codes for \d \D \s \S \w \W.
export const CAT_DIGIT = 0, CAT_NOT_DIGIT = 1, CAT_SPACE = 2, CAT_NOT_SPACE = 3, CAT_WORD = 4, CAT_NOT_WORD = 5;

// Anchor codes.
export const AT_BEGINNING = 0, AT_BEGINNING_STRING = 1, AT_END = 2, AT_END_STRING = 3, AT_BOUNDARY = 4,
  AT_NON_BOUNDARY = 5;

/** A set item list: literal code points, ranges and categories; `neg` inverts. */
export interface SetNode { t: 'set'; neg: boolean; chars: number[]; ranges: number[]; cats: number[] }
export type Node =
  | { t: 'lit'; c: number }
  | { t: 'notlit'; c: number }
  | { t: 'any' }
  | SetNode
  | { t: 'at'; k: number }
  | { t: 'group'; g: number; add: number; del: number; body: Node[] }
  | { t: 'branch'; alts: Node[][] }
  | { t: 'repeat'; min: number; max: number; mode: 0 | 1 | 2; body: Node[] } // greedy, lazy, possessive
  | { t: 'atomic'; body: Node[] }
  | { t: 'assert'; behind: boolean; neg: boolean; body: Node[] }
  | { t: 'ref'; g: number }
  | { t: 'cond'; g: number; yes: Node[]; no: Node[] | null };

export interface Parsed {
  body: Node[];
  flags: number;
  groups: number; // including group 0
  groupNames: Map<string, number>;
  /** FutureWarning messages ("Possible nested set at position N", ...), in pattern order. */
  warnings: string[];
}

const SPECIAL = new Set('.\\[{()*+?^$|'.split('').map((c) => c.charCodeAt(0)));
const REPEAT_CHARS = new Set('*+?{'.split('').map((c) => c.charCodeAt(0)));
const WHITESPACE = new Set(' \t\n\r\v\f'.split('').map((c) => c.charCodeAt(0)));
const FLAG_CHARS: Record<string, number> = {
  i: FLAG_IGNORECASE, L: FLAG_LOCALE, m: FLAG_MULTILINE, s: FLAG_DOTALL, x: FLAG_VERBOSE, a: FLAG_ASCII,
  t: FLAG_TEMPLATE, u: FLAG_UNICODE,
};
const ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

function isDigit(s: string | null): boolean { return s !== null && s.length === 1 && s >= '0' && s <= '9'; }
function isOct(s: string | null): boolean { return s !== null && s.length === 1 && s >= '0' && s <= '7'; }
function isHex(s: string | null): boolean { return s !== null && s.length === 1 && /^[0-9a-fA-F]$/.test(s); }
function isAsciiLetter(s: string): boolean { return /^[a-zA-Z]$/.test(s); }

/** Python's repr() of a short str, enough for group names and messages (quotes as repr picks). */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]*$/u.test(s);
}

class State {
  flags = 0;
  groupNames = new Map<string, number>();
  groupWidths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  grouprefpos = new Map<number, number>();
  get groups(): number { return this.groupWidths.length; }
  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupWidths.push(null);
    if (this.groups > MAXGROUPS) throw new ReSyntaxError('too many groups', -1);
    if (name !== null) {
      const o = this.groupNames.get(name);
      if (o !== undefined) throw new ReSyntaxError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${o}`, -1);
      this.groupNames.set(name, gid);
    }
    return gid;
  }
  checkGroup(gid: number): boolean { return gid < this.groups && this.groupWidths[gid] !== null; }
}

class Tokenizer {
  index = 0;
  next: string | null = null;
  readonly warnings: string[] = [];
  constructor(readonly chars: string[], readonly isText: boolean) { this.advance(); }
  private advance(): void {
    const i = this.index;
    if (i >= this.chars.length) { this.next = null; return; }
    let ch = this.chars[i];
    let j = i;
    if (ch === '\\') {
      j++;
      if (j >= this.chars.length) throw new ReSyntaxError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[j];
    }
    this.index = j + 1;
    this.next = ch;
  }
  match(c: string): boolean {
    if (c === this.next) { this.advance(); return true; }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getWhile(n: number, pred: (s: string | null) => boolean): string {
    let r = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (!pred(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getUntil(term: string, name: string): string {
    let r = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (r === '') throw this.error('missing ' + name);
        throw this.error(`missing ${term}, unterminated name`, [...r].length);
      }
      if (c === term) {
        if (r === '') throw this.error('missing ' + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell(): number { return this.index - (this.next === null ? 0 : this.next.length); }
  seek(i: number): void { this.index = i; this.advance(); }
  error(msg: string, offset = 0): ReSyntaxError {
    if (!this.isText) msg = asciiBackslashReplace(msg);
    return new ReSyntaxError(msg, this.tell() - offset);
  }
  checkGroupName(name: string, offset: number): void {
    if (!this.isText && !/^[\x00-\x7f]*$/.test(name)) throw this.error(`bad character in group name ${pyAscii(name)}`, [...name].length + offset);
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, [...name].length + offset);
  }
}

function asciiBackslashReplace(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 ? ch : c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function pyAscii(s: string): string {
  return asciiBackslashReplace(pyRepr(s));
}

type SetItem = { k: 'lit'; c: number } | { k: 'range'; lo: number; hi: number } | { k: 'cat'; cat: number };

const CATEGORY_ESCAPES: Record<string, number> = {
  '\\d': CAT_DIGIT, '\\D': CAT_NOT_DIGIT, '\\s': CAT_SPACE, '\\S': CAT_NOT_SPACE, '\\w': CAT_WORD, '\\W': CAT_NOT_WORD,
};

/** Escapes shared by classes and the main pattern: \x \u \U \N. Returns -1 when not one of these. */
function numericEscape(src: Tokenizer, escape: string): number {
  const c = escape[1];
  if (c === 'x') {
    const e = escape + src.getWhile(2, isHex);
    if (e.length !== 4) throw src.error(`incomplete escape ${e}`, e.length);
    return parseInt(e.slice(2), 16);
  }
  if (c === 'u' && src.isText) {
    const e = escape + src.getWhile(4, isHex);
    if (e.length !== 6) throw src.error(`incomplete escape ${e}`, e.length);
    return parseInt(e.slice(2), 16);
  }
  if (c === 'U' && src.isText) {
    const e = escape + src.getWhile(8, isHex);
    if (e.length !== 10) throw src.error(`incomplete escape ${e}`, e.length);
    const v = parseInt(e.slice(2), 16);
    if (v > 0x10ffff) throw src.error(`bad escape ${e}`, e.length);
    return v;
  }
  if (c === 'N' && src.isText) {
    if (!src.match('{')) throw src.error('missing {');
    const name = src.getUntil('}', 'character name');
    const cp = unicodeNameLookup(name);
    if (cp === null) throw src.error(`undefined character name ${pyRepr(name)}`, [...name].length + 4);
    return cp;
  }
  return -1;
}

function classEscape(src: Tokenizer, escape: string): SetItem {
  const e = ESCAPES[escape[1]];
  if (e !== undefined && escape.length === 2) return { k: 'lit', c: e };
  const cat = CATEGORY_ESCAPES[escape];
  if (cat !== undefined) return { k: 'cat', cat };
  const c = escape[1];
  const v = numericEscape(src, escape);
  if (v >= 0) return { k: 'lit', c: v };
  if (isOct(c)) {
    escape += src.getWhile(2, isOct);
    const code = parseInt(escape.slice(1), 8);
    if (code > 0o377) throw src.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return { k: 'lit', c: code };
  }
  if (isDigit(c)) throw src.error(`bad escape ${escape}`, escape.length);
  if (escape.length === 2) {
    if (isAsciiLetter(c)) throw src.error(`bad escape ${escape}`, escape.length);
    return { k: 'lit', c: escape.codePointAt(1)! };
  }
  throw src.error(`bad escape ${escape}`, escape.length);
}

function escapeNode(src: Tokenizer, escape: string, state: State): Node {
  const cat = CATEGORY_ESCAPES[escape];
  if (cat !== undefined) return { t: 'set', neg: false, chars: [], ranges: [], cats: [cat] };
  switch (escape) {
    case '\\A': return { t: 'at', k: AT_BEGINNING_STRING };
    case '\\Z': return { t: 'at', k: AT_END_STRING };
    case '\\b': return { t: 'at', k: AT_BOUNDARY };
    case '\\B': return { t: 'at', k: AT_NON_BOUNDARY };
  }
  const c = escape[1];
  if (c !== 'b') {
    const e = ESCAPES[c];
    if (e !== undefined) return { t: 'lit', c: e };
  }
  const v = numericEscape(src, escape);
  if (v >= 0) return { t: 'lit', c: v };
  if (c === '0') {
    escape += src.getWhile(2, isOct);
    return { t: 'lit', c: parseInt(escape.slice(1), 8) };
  }
  if (isDigit(c)) {
    if (isDigit(src.next)) {
      escape += src.get();
      if (isOct(escape[1]) && isOct(escape[2]) && isOct(src.next)) {
        escape += src.get();
        const code = parseInt(escape.slice(1), 8);
        if (code > 0o377) throw src.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { t: 'lit', c: code };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw src.error('cannot refer to an open group', escape.length);
      checkLookbehindGroup(state, group, src);
      return { t: 'ref', g: group };
    }
    throw src.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if (escape.length === 2) {
    if (isAsciiLetter(c)) throw src.error(`bad escape ${escape}`, escape.length);
    return { t: 'lit', c: escape.codePointAt(1)! };
  }
  throw src.error(`bad escape ${escape}`, escape.length);
}

function checkLookbehindGroup(state: State, gid: number, src: Tokenizer): void {
  if (state.lookbehindGroups !== null) {
    if (!state.checkGroup(gid)) throw src.error('cannot refer to an open group');
    if (gid >= state.lookbehindGroups) throw src.error('cannot refer to group defined in the same lookbehind subpattern');
  }
}

function nodeKey(n: Node): string {
  return JSON.stringify(n);
}

function parseSub(src: Tokenizer, state: State, verbose: boolean, nested: number): Node[] {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(src, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!src.match('|')) break;
    if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  if (items.length === 1) return items[0];
  const out: Node[] = [];
  // Move a common prefix out of the branch (as CPython does; it changes nothing observable but speed).
  for (;;) {
    if (items.some((it) => it.length === 0)) break;
    const k = nodeKey(items[0][0]);
    if (!items.every((it) => nodeKey(it[0]) === k)) break;
    out.push(items[0][0]);
    for (const it of items) it.shift();
  }
  // A branch of single characters / positive sets becomes one set.
  if (items.every((it) => it.length === 1 && (it[0].t === 'lit' || (it[0].t === 'set' && !it[0].neg)))) {
    const set: SetNode = { t: 'set', neg: false, chars: [], ranges: [], cats: [] };
    for (const it of items) {
      const n = it[0];
      if (n.t === 'lit') set.chars.push(n.c);
      else if (n.t === 'set') { set.chars.push(...n.chars); set.ranges.push(...n.ranges); set.cats.push(...n.cats); }
    }
    out.push(set);
    return out;
  }
  out.push({ t: 'branch', alts: items });
  return out;
}

function parseSeq(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node[] {
  const sub: Node[] = [];
  for (;;) {
    let tok = src.next;
    if (tok === null) break;
    if (tok === '|' || tok === ')') break;
    src.get();
    if (verbose) {
      if (tok.length === 1 && WHITESPACE.has(tok.charCodeAt(0))) continue;
      if (tok === '#') {
        for (;;) {
          tok = src.get();
          if (tok === null || tok === '\n') break;
        }
        continue;
      }
    }
    if (tok[0] === '\\' && tok.length > 1) {
      sub.push(escapeNode(src, tok, state));
    } else if (!SPECIAL.has(tok.codePointAt(0)!)) {
      sub.push({ t: 'lit', c: tok.codePointAt(0)! });
    } else if (tok === '[') {
      sub.push(parseSet(src));
    } else if (REPEAT_CHARS.has(tok.charCodeAt(0))) {
      const here = src.tell();
      let min = 0, max = MAXREPEAT;
      if (tok === '?') max = 1;
      else if (tok === '+') min = 1;
      else if (tok === '{') {
        if (src.next === '}') { sub.push({ t: 'lit', c: 0x7b }); continue; }
        let lo = '', hi = '';
        while (isDigit(src.next)) lo += src.get();
        if (src.match(',')) { while (isDigit(src.next)) hi += src.get(); } else hi = lo;
        if (!src.match('}')) {
          sub.push({ t: 'lit', c: 0x7b });
          src.seek(here);
          continue;
        }
        if (lo !== '') {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new ReSyntaxError('the repetition number is too large', -1, 'overflow');
        }
        if (hi !== '') {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new ReSyntaxError('the repetition number is too large', -1, 'overflow');
          if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
        }
      }
      const last = sub.length > 0 ? sub[sub.length - 1] : null;
      if (last === null || last.t === 'at') throw src.error('nothing to repeat', src.tell() - here + tok.length);
      if (last.t === 'repeat') throw src.error('multiple repeat', src.tell() - here + tok.length);
      let body: Node[] = [last];
      if (last.t === 'group' && last.g === 0 && last.add === 0 && last.del === 0) body = last.body;
      const mode = src.match('?') ? 1 : src.match('+') ? 2 : 0;
      sub[sub.length - 1] = { t: 'repeat', min, max, mode, body };
    } else if (tok === '.') {
      sub.push({ t: 'any' });
    } else if (tok === '(') {
      const r = parseParen(src, state, verbose, nested, first, sub);
      if (r === 'global') verbose = (state.flags & FLAG_VERBOSE) !== 0;
      else if (r !== null) sub.push(r);
    } else if (tok === '^') {
      sub.push({ t: 'at', k: AT_BEGINNING });
    } else if (tok === '$') {
      sub.push({ t: 'at', k: AT_END });
    } else {
      sub.push({ t: 'lit', c: tok.codePointAt(0)! });
    }
  }
  // Splice the bodies of plain non-capturing groups into the sequence.
  const out: Node[] = [];
  for (const n of sub) {
    if (n.t === 'group' && n.g === 0 && n.add === 0 && n.del === 0) out.push(...n.body);
    else out.push(n);
  }
  return out;
}

function parseSet(src: Tokenizer): Node {
  const here = src.tell() - 1;
  const items: SetItem[] = [];
  if (src.next === '[') src.warnings.push(`Possible nested set at position ${src.tell()}`);
  const neg = src.match('^');
  for (;;) {
    const tok = src.get();
    if (tok === null) throw src.error('unterminated character set', src.tell() - here);
    if (tok === ']' && items.length > 0) break;
    let code1: SetItem;
    if (tok[0] === '\\' && tok.length > 1) code1 = classEscape(src, tok);
    else {
      if (items.length > 0 && (tok === '-' || tok === '&' || tok === '~' || tok === '|') && src.next === tok) {
        const what = tok === '-' ? 'difference' : tok === '&' ? 'intersection' : tok === '~' ? 'symmetric difference' : 'union';
        src.warnings.push(`Possible set ${what} at position ${src.tell() - 1}`);
      }
      code1 = { k: 'lit', c: tok.codePointAt(0)! };
    }
    if (src.match('-')) {
      const that = src.get();
      if (that === null) throw src.error('unterminated character set', src.tell() - here);
      if (that === ']') {
        items.push(code1);
        items.push({ k: 'lit', c: 0x2d });
        break;
      }
      if (that === '-') src.warnings.push(`Possible set difference at position ${src.tell() - 2}`);
      const code2: SetItem = that[0] === '\\' && that.length > 1 ? classEscape(src, that) : { k: 'lit', c: that.codePointAt(0)! };
      if (code1.k !== 'lit' || code2.k !== 'lit' || code2.c < code1.c) {
        throw src.error(`bad character range ${tok}-${that}`, tok.length + 1 + that.length);
      }
      items.push({ k: 'range', lo: code1.c, hi: code2.c });
    } else {
      items.push(code1);
    }
  }
  if (items.length === 1 && items[0].k === 'lit') {
    return neg ? { t: 'notlit', c: items[0].c } : { t: 'lit', c: items[0].c };
  }
  // Distinct items only (as _uniq): [aa] is [a].
  const set: SetNode = { t: 'set', neg, chars: [], ranges: [], cats: [] };
  const seen = new Set<string>();
  for (const it of items) {
    const key = it.k === 'lit' ? 'l' + it.c : it.k === 'range' ? `r${it.lo}-${it.hi}` : 'c' + it.cat;
    if (seen.has(key)) continue;
    seen.add(key);
    if (it.k === 'lit') set.chars.push(it.c);
    else if (it.k === 'range') set.ranges.push(it.lo, it.hi);
    else set.cats.push(it.cat);
  }
  if (!neg && set.cats.length === 0 && set.ranges.length === 0 && set.chars.length === 1) return { t: 'lit', c: set.chars[0] };
  return set;
}

/** After '(' : a group, an extension, or inline flags. Returns a node, null (nothing), or 'global'. */
function parseParen(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean, sub: Node[]): Node | null | 'global' {
  const start = src.tell() - 1;
  let capture = true, atomic = false;
  let name: string | null = null;
  let add = 0, del = 0;
  if (src.match('?')) {
    let ch = src.get();
    if (ch === null) throw src.error('unexpected end of pattern');
    if (ch === 'P') {
      if (src.match('<')) {
        name = src.getUntil('>', 'group name');
        src.checkGroupName(name, 1);
      } else if (src.match('=')) {
        const nm = src.getUntil(')', 'group name');
        src.checkGroupName(nm, 1);
        const gid = state.groupNames.get(nm);
        if (gid === undefined) throw src.error(`unknown group name ${pyRepr(nm)}`, [...nm].length + 1);
        if (!state.checkGroup(gid)) throw src.error('cannot refer to an open group', [...nm].length + 1);
        checkLookbehindGroup(state, gid, src);
        return { t: 'ref', g: gid };
      } else {
        const c2 = src.get();
        if (c2 === null) throw src.error('unexpected end of pattern');
        throw src.error('unknown extension ?P' + c2, c2.length + 2);
      }
    } else if (ch === ':') {
      capture = false;
    } else if (ch === '#') {
      for (;;) {
        if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
        if (src.get() === ')') break;
      }
      return null;
    } else if (ch === '=' || ch === '!' || ch === '<') {
      let behind = false;
      let saved: number | null = null;
      if (ch === '<') {
        ch = src.get();
        if (ch === null) throw src.error('unexpected end of pattern');
        if (ch !== '=' && ch !== '!') throw src.error('unknown extension ?<' + ch, ch.length + 2);
        behind = true;
        saved = state.lookbehindGroups;
        if (saved === null) state.lookbehindGroups = state.groups;
      }
      const body = parseSub(src, state, verbose, nested + 1);
      if (behind && saved === null) state.lookbehindGroups = null;
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      return { t: 'assert', behind, neg: ch === '!', body };
    } else if (ch === '(') {
      const condname = src.getUntil(')', 'group name');
      let condgroup: number;
      if (!/^[0-9]+$/.test(condname)) {
        src.checkGroupName(condname, 1);
        const g = state.groupNames.get(condname);
        if (g === undefined) throw src.error(`unknown group name ${pyRepr(condname)}`, [...condname].length + 1);
        condgroup = g;
      } else {
        condgroup = Number(condname);
        if (condgroup === 0) throw src.error('bad group number', condname.length + 1);
        if (condgroup >= MAXGROUPS) throw src.error(`invalid group reference ${condgroup}`, condname.length + 1);
        if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, src.tell() - condname.length - 1);
      }
      checkLookbehindGroup(state, condgroup, src);
      const yes = parseSeq(src, state, verbose, nested + 1, false);
      let no: Node[] | null = null;
      if (src.match('|')) {
        no = parseSeq(src, state, verbose, nested + 1, false);
        if (src.next === '|') throw src.error('conditional backref with more than two branches');
      }
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      return { t: 'cond', g: condgroup, yes, no };
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (FLAG_CHARS[ch] !== undefined || ch === '-') {
      const fl = parseFlags(src, state, ch);
      if (fl === null) {
        if (!first || sub.length > 0) throw src.error('global flags not at the start of the expression', src.tell() - start);
        return 'global';
      }
      add = fl[0];
      del = fl[1];
      capture = false;
    } else {
      throw src.error('unknown extension ?' + ch, ch.length + 1);
    }
  }
  let group = 0;
  if (capture) {
    try {
      group = state.openGroup(name);
    } catch (e) {
      if (e instanceof ReSyntaxError) throw src.error(e.msg, [...(name ?? '')].length + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (add & FLAG_VERBOSE) !== 0) && (del & FLAG_VERBOSE) === 0;
  const body = parseSub(src, state, subVerbose, nested + 1);
  if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
  if (group !== 0) state.groupWidths[group] = width(body, state);
  if (atomic) return { t: 'atomic', body };
  return { t: 'group', g: group, add, del, body };
}

function parseFlags(src: Tokenizer, state: State, ch: string | null): [number, number] | null {
  let add = 0, del = 0;
  if (ch !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[ch!];
      if (src.isText) {
        if (ch === 'L') throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (ch === 'u') {
        throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      add |= flag;
      if ((flag & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== flag) {
        throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      ch = src.get();
      if (ch === null) throw src.error('missing -, : or )');
      if (ch === ')' || ch === '-' || ch === ':') break;
      if (FLAG_CHARS[ch] === undefined) throw src.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing -, : or )', ch.length);
    }
  }
  if (ch === ')') {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn on global flag', 1);
  if (ch === '-') {
    ch = src.get();
    if (ch === null) throw src.error('missing flag');
    if (FLAG_CHARS[ch] === undefined) throw src.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing flag', ch.length);
    for (;;) {
      const flag = FLAG_CHARS[ch];
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      ch = src.get();
      if (ch === null) throw src.error('missing :');
      if (ch === ':') break;
      if (FLAG_CHARS[ch] === undefined) throw src.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing :', ch.length);
    }
  }
  if (del & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn off global flag', 1);
  if (add & del) throw src.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

const MAXWIDTH = Number.MAX_SAFE_INTEGER;

/** SubPattern.getwidth: [min, max] code points matched. */
export function width(nodes: Node[], state: { groupWidths: ([number, number] | null)[] }): [number, number] {
  let lo = 0, hi = 0;
  for (const n of nodes) {
    switch (n.t) {
      case 'lit': case 'notlit': case 'any': case 'set': lo++; hi++; break;
      case 'at': break;
      case 'branch': {
        let l = MAXWIDTH, h = 0;
        for (const a of n.alts) { const [x, y] = width(a, state); l = Math.min(l, x); h = Math.max(h, y); }
        lo += l; hi += h; break;
      }
      case 'repeat': {
        const [x, y] = width(n.body, state);
        lo += x * n.min; hi += n.max === MAXREPEAT ? (y > 0 ? MAXWIDTH : 0) : y * n.max; break;
      }
      case 'group': case 'atomic': { const [x, y] = width(n.body, state); lo += x; hi += y; break; }
      case 'assert': break;
      case 'ref': { const w = state.groupWidths[n.g]; if (w) { lo += w[0]; hi += w[1]; } break; }
      case 'cond': {
        const [x, y] = width(n.yes, state);
        if (n.no !== null) { const [l, h] = width(n.no, state); lo += Math.min(x, l); hi += Math.max(y, h); } else { hi += y; }
        break;
      }
    }
    lo = Math.min(lo, MAXWIDTH); hi = Math.min(hi, MAXWIDTH);
  }
  return [lo, hi];
}

/** Parses a pattern given as code points (bytes patterns as latin-1). Throws ReSyntaxError. */
export function reParse(cps: ArrayLike<number>, isText: boolean, flags: number): Parsed & { groupWidths: ([number, number] | null)[] } {
  const chars: string[] = new Array(cps.length);
  for (let i = 0; i < cps.length; i++) chars[i] = String.fromCodePoint(cps[i]);
  const src = new Tokenizer(chars, isText);
  const state = new State();
  state.flags = flags;
  let body: Node[];
  try {
    body = parseSub(src, state, (flags & FLAG_VERBOSE) !== 0, 0);
  } catch (e) {
    if (e instanceof ReSyntaxError) e.warnings = src.warnings;
    throw e;
  }
  let f = state.flags;
  if (isText) {
    if (f & FLAG_LOCALE) throw new ReSyntaxError('cannot use LOCALE flag with a str pattern', -1, 'value');
    if (!(f & FLAG_ASCII)) f |= FLAG_UNICODE;
    else if (f & FLAG_UNICODE) throw new ReSyntaxError('ASCII and UNICODE flags are incompatible', -1, 'value');
  } else {
    if (f & FLAG_UNICODE) throw new ReSyntaxError('cannot use UNICODE flag with a bytes pattern', -1, 'value');
    if ((f & FLAG_LOCALE) && (f & FLAG_ASCII)) throw new ReSyntaxError('ASCII and LOCALE flags are incompatible', -1, 'value');
  }
  if (src.next !== null) throw src.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new ReSyntaxError(`invalid group reference ${g}`, pos);
  }
  return {
    body, flags: f, groups: state.groups, groupNames: state.groupNames, groupWidths: state.groupWidths,
    warnings: src.warnings,
  };
}
