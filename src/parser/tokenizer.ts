// Python 3.12 tokenizer: turns source text into a flat token list (parallel arrays, no per-token
// objects). Mirrors Parser/tokenizer.c, including PEP 701 f-string modes (FSTRING_START/MIDDLE/END).
// Invariants: positions are UTF-16 offsets plus CPython's (line, UTF-8 byte column) pairs; the
// tokenizer stops at its first error, records it in `error` and ends the list with ERRORTOKEN, so
// the parser reports an earlier syntax error first, as CPython's lazy tokenizer would.

import { PySyntaxError } from './errors.ts';
import type { PyParserWarning } from './errors.ts';
import type { SourceText } from './source.ts';
import { utf8Length } from './source.ts';
import * as T from './tokens.ts';

/** Token list: token i is kind[i], from start[i] to end[i] (UTF-16), line/col .. endLine/endCol. */
export class TokenList {
  kind: number[] = [];
  start: number[] = [];
  end: number[] = [];
  line: number[] = [];
  col: number[] = [];
  endLine: number[] = [];
  endCol: number[] = [];
  value: (string | null)[] = [];
  /** The tokenizer error that the final ERRORTOKEN stands for, if any. */
  error: PySyntaxError | null = null;
  /**
   * True when `error` is only a tokenizer status in CPython (EOF inside brackets, bad dedent, tabs,
   * line continuation), not an exception raised while tokenizing: such an error does not replace a
   * parser error found earlier, except "'(' was never closed" for an error on a later line.
   */
  errorIsStatus = false;
  /** SyntaxWarnings found while tokenizing and parsing, in source order per phase. */
  warnings: PyParserWarning[] = [];
  /** Number of tokens. */
  count = 0;
}

interface FieldState {
  /** Paren depth just inside this replacement field's '{'. */
  level: number;
  /** True while scanning the literal part of this field's format spec. */
  inSpec: boolean;
}

interface FStringState {
  quote: number;
  triple: boolean;
  raw: boolean;
  startLine: number;
  startPos: number;
  fields: FieldState[];
}

const MAX_INDENT = 100;
const MAX_PAREN = 200;

function isIdStartAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdCharAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const PRINTABLE_NONASCII = /^[^\p{C}\p{Z}]$/u;

class Tokenizer {
  readonly src: SourceText;
  readonly text: string;
  readonly n: number;
  readonly toks = new TokenList();
  pos = 0;
  lineNo = 1;
  lineStart = 0;
  atBol = true;
  indents: number[] = [0];
  altIndents: number[] = [0];
  /** Open brackets: char code and where (line, pos) each was opened. */
  parens: number[] = [];
  parenLines: number[] = [];
  parenPos: number[] = [];
  fstrings: FStringState[] = [];
  /** A NEWLINE is owed at EOF when the last logical line had tokens. */
  lineHasTokens = false;
  done = false;
  /** compile()'s mode: 'exec' input ends with a newline; 'single' turns the end into NEWLINEs. */
  readonly mode: 'exec' | 'eval' | 'single';

  /** PyCF_DONT_IMPLY_DEDENT: the end of 'single' input does not close the blocks still open. */
  readonly dontImplyDedent: boolean;

  constructor(src: SourceText, mode: 'exec' | 'eval' | 'single', dontImplyDedent = false) {
    this.src = src;
    this.text = src.text;
    this.n = this.text.length;
    this.mode = mode;
    this.dontImplyDedent = dontImplyDedent;
  }

  push(kind: number, start: number, startLine: number, end: number, endLine: number, value: string | null): void {
    const t = this.toks;
    t.kind.push(kind);
    t.start.push(start);
    t.end.push(end);
    t.line.push(startLine);
    t.col.push(this.src.byteCol(startLine, start));
    t.endLine.push(endLine);
    t.endCol.push(this.src.byteCol(endLine, end));
    t.value.push(value);
    t.count++;
  }

  /** Records a tokenizer error and ends the token list. */
  fail(kind: 'SyntaxError' | 'IndentationError' | 'TabError', msg: string, line: number, pos: number,
    endLine?: number, endPos?: number): void {
    if (this.done) return;
    const e = this.src.error(kind, msg, line, pos, endLine, endPos);
    // CPython's tokenizer (syntaxerror() in tokenizer.c) shows the line without its newline; the
    // errors it reports by status code instead (indentation, line continuation, EOF) keep it.
    if (kind === 'SyntaxError') e.text = stripNewline(e.text);
    this.toks.error = e;
    this.push(T.ERRORTOKEN, pos, line, pos, line, null);
    this.done = true;
  }

  /** Like fail(), with CPython's odd offsets for some errors (end_offset 0 or -1, offset as given). */
  failRaw(kind: 'SyntaxError' | 'IndentationError' | 'TabError', msg: string, line: number, pos: number,
    offset: number, endOffset: number): void {
    if (this.done) return;
    this.toks.error = new PySyntaxError(kind, msg, this.src.filename, line, offset, line, endOffset, this.src.lineText(line));
    this.toks.errorIsStatus = true;
    this.push(T.ERRORTOKEN, pos, line, pos, line, null);
    this.done = true;
  }

  /** "(detected at line N)": the line of the last character read, as CPython's lazy reader counts. */
  detectedLine(): number {
    if (this.pos >= this.n && this.n > 0 && this.text.charCodeAt(this.n - 1) === 10) return this.lineNo - 1;
    return this.lineNo;
  }

  newline(at: number): void {
    this.lineNo++;
    this.lineStart = at + 1;
  }

  run(): TokenList {
    while (!this.done) {
      const f = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1]! : null;
      if (f !== null && this.inLiteralMode(f)) this.fstringLiteral(f);
      else this.next();
    }
    return this.toks;
  }

  inLiteralMode(f: FStringState): boolean {
    if (f.fields.length === 0) return true;
    const top = f.fields[f.fields.length - 1]!;
    return top.inSpec && this.parens.length === top.level;
  }

  /** Indentation at the beginning of a logical line; returns false when the line is blank. */
  indentation(): void {
    const text = this.text;
    let col = 0, altcol = 0, contCol = 0;
    let p = this.pos;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 32) { col++; altcol++; p++; }
      else if (c === 9) { col = ((col >> 3) + 1) << 3; altcol++; p++; }
      else if (c === 12) { col = altcol = 0; p++; }
      else if (c === 92 && text.charCodeAt(p + 1) === 10) {
        contCol = contCol || col;
        const bl = this.lineNo;
        this.newline(p + 1);
        p += 2;
        // Reported on the backslash's line, just past it (E_EOF in CPython's tokenizer).
        if (p >= this.n) { this.pos = p; this.failRaw('SyntaxError', 'unexpected EOF while parsing', bl, p, this.src.charOffset(bl, p - 1), -1); return; }
      }
      else break;
    }
    this.pos = p;
    const c = text.charCodeAt(p);
    // Lines with only whitespace and/or a comment do not count (and produce no NEWLINE). Without
    // exec's implicit newline, spaces that end the input are an indentation, as CPython reads EOF.
    if (c === 35 || c === 10 || (p >= this.n && (this.mode === 'exec' || col === 0))) return;
    if (this.parens.length > 0) return;
    if (contCol) { col = contCol; altcol = contCol; }
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) { this.tabError(); return; }
    } else if (col > this.indents[top]!) {
      if (this.indents.length >= MAX_INDENT) {
        // E_TOODEEP: CPython reports it at offset 1, end offset 0.
        this.failRaw('IndentationError', 'too many levels of indentation', this.lineNo, p, 1, 0);
        return;
      }
      if (altcol <= this.altIndents[top]!) { this.tabError(); return; }
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push(T.INDENT, this.lineStart, this.lineNo, p, this.lineNo, null);
    } else {
      let dedents = 0;
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        dedents++;
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const lt = this.src.lineText(this.lineNo);
        this.failRaw('IndentationError', 'unindent does not match any outer indentation level', this.lineNo, p,
          utf8Length(lt, 0, lt.length), -1);
        return;
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) { this.tabError(); return; }
      for (let i = 0; i < dedents; i++) this.push(T.DEDENT, p, this.lineNo, p, this.lineNo, null);
    }
  }

  tabError(): void {
    this.failRaw('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineNo, this.pos, 1, 0);
  }

  /** One token in regular mode (outside f-string literal parts). */
  next(): void {
    const text = this.text;
    if (this.atBol) {
      this.atBol = false;
      this.indentation();
      if (this.done) return;
    }
    // Skip spaces, comments and line continuations.
    let p = this.pos;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 12) { p++; continue; }
      if (c === 35) { // comment (type comments are ignored like any other)
        const e = text.indexOf('\n', p);
        p = e === -1 ? this.n : e;
        continue;
      }
      if (c === 92) {
        if (text.charCodeAt(p + 1) === 10) {
          const bl = this.lineNo;
          this.newline(p + 1);
          p += 2;
          if (p >= this.n) {
            this.pos = p;
            this.failRaw('SyntaxError', 'unexpected EOF while parsing', bl, p, this.src.charOffset(bl, p - 1), -1);
            return;
          }
          continue;
        }
        if (p + 1 >= this.n && this.mode !== 'exec') {
          // No implicit newline: the backslash is followed by EOF, which counts as "a character".
          this.pos = p + 1;
          this.failRaw('SyntaxError', 'unexpected character after line continuation character', this.lineNo, p + 1,
            this.src.charOffset(this.lineNo, p), 0);
          return;
        }
        if (p + 1 >= this.n) {
          this.pos = p + 1;
          this.failRaw('SyntaxError', 'unexpected EOF while parsing', this.lineNo, p + 1, this.src.charOffset(this.lineNo, p + 1), -1);
          return;
        }
        this.pos = p + 1;
        this.failRaw('SyntaxError', 'unexpected character after line continuation character', this.lineNo, p + 1,
          this.src.charOffset(this.lineNo, p + 1), 0);
        return;
      }
      break;
    }
    this.pos = p;
    if (p >= this.n) { this.eof(); return; }
    const c = text.charCodeAt(p);
    if (c === 10) {
      const blank = !this.lineHasTokens;
      if (this.parens.length > 0 || blank) {
        // NL: inside brackets (f-string replacement fields included) or on a blank line.
        this.newline(p);
        this.pos = p + 1;
        if (this.parens.length === 0) this.atBol = true;
        return;
      }
      this.push(T.NEWLINE, p, this.lineNo, p + 1, this.lineNo, null);
      this.lineHasTokens = false;
      this.newline(p);
      this.pos = p + 1;
      this.atBol = true;
      return;
    }
    this.lineHasTokens = true;
    const line = this.lineNo;
    // Identifiers, keywords and string prefixes.
    if (isIdStartAscii(c) || c >= 128) {
      let q = p + 1;
      // String prefixes: at most two letters from r, b, u, f in valid combinations.
      if (q - p <= 2) {
        const pre = this.stringPrefix(p);
        if (pre > 0) {
          const qc = text.charCodeAt(p + pre);
          if (qc === 34 || qc === 39) {
            const prefix = text.slice(p, p + pre).toLowerCase();
            if (prefix.includes('f')) this.fstringStart(p, pre, prefix.includes('r'));
            else this.string(p, p + pre);
            return;
          }
        }
      }
      let ascii = c < 128;
      for (;;) {
        const d = text.charCodeAt(q);
        if (isIdCharAscii(d)) q++;
        else if (d >= 128) { ascii = false; q++; }
        else break;
      }
      let name = text.slice(p, q);
      if (!ascii) {
        const checked = this.verifyIdentifier(name, p, q);
        if (checked === null) return;
        name = checked;
      }
      const kw = T.KEYWORDS.get(name);
      this.push(kw ?? T.NAME, p, line, q, line, name);
      this.pos = q;
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
      this.number(p);
      return;
    }
    if (c === 34 || c === 39) {
      this.string(p, p);
      return;
    }
    this.operator(p, c);
  }

  /** Length of a valid string prefix at p (0 if none); the caller checks for a quote after it. */
  stringPrefix(p: number): number {
    const a = this.text.charCodeAt(p) | 32;
    if (a !== 114 && a !== 98 && a !== 117 && a !== 102) return 0;
    const q = this.text.charCodeAt(p + 1);
    if (q === 34 || q === 39) return 1;
    const b = q | 32;
    if (a === 117) return 0;
    if ((a === 114 && (b === 98 || b === 102)) || ((a === 98 || a === 102) && b === 114)) {
      const q2 = this.text.charCodeAt(p + 2);
      if (q2 === 34 || q2 === 39) return 2;
    }
    return 0;
  }

  verifyIdentifier(name: string, p: number, q: number): string | null {
    const norm = name.normalize('NFKC');
    let i = 0;
    let bad = -1;
    for (const ch of norm) {
      const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) { bad = i; break; }
      i += ch.length;
    }
    if (bad === -1) return norm;
    // Locate the offending character in the original text: the first one whose own NFKC form is invalid.
    let k = p;
    let first = true;
    while (k < q) {
      const cp = this.text.codePointAt(k)!;
      const ch = String.fromCodePoint(cp);
      const nf = ch.normalize('NFKC');
      let valid = true;
      let j = 0;
      for (const x of nf) {
        if (!(first && j === 0 ? XID_START.test(x) : XID_CONTINUE.test(x))) valid = false;
        j++;
      }
      if (!valid) break;
      first = false;
      k += ch.length;
    }
    if (k >= q) k = p;
    const cp = this.text.codePointAt(k)!;
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    this.pos = k;
    if (PRINTABLE_NONASCII.test(ch)) this.fail('SyntaxError', `invalid character '${ch}' (U+${hex})`, this.lineNo, k);
    else this.fail('SyntaxError', `invalid non-printable character U+${hex}`, this.lineNo, k);
    return null;
  }

  /** The number of the source's last line (a final newline does not start another). */
  lastLine(): number {
    const t = this.text;
    let n = 1;
    for (let i = t.indexOf('\n'); i !== -1 && i < t.length - 1; i = t.indexOf('\n', i + 1)) n++;
    return n;
  }

  eof(): void {
    if (this.parens.length > 0) {
      const i = this.parens.length - 1;
      const ch = String.fromCharCode(this.parens[i]!);
      const line = this.parenLines[i]!, pos = this.parenPos[i]!;
      this.failRaw('SyntaxError', `'${ch}' was never closed`, line, pos, this.src.charOffset(line, pos), 0);
      // The parser quotes the tokenizer's current buffer (the line and its newline) when the bracket
      // opened on the line where EOF was found, else the line as stored, without its newline.
      const e = this.toks.error;
      if (e !== null && e.text !== null && line !== this.lastLine()) e.text = stripNewline(e.text);
      return;
    }
    if (this.fstrings.length > 0) {
      const f = this.fstrings[this.fstrings.length - 1]!;
      this.fail('SyntaxError', `unterminated ${f.triple ? 'triple-quoted ' : ''}f-string literal (detected at line ${this.detectedLine()})`,
        f.startLine, f.startPos);
      return;
    }
    const p = this.n;
    if (this.mode !== 'exec') { this.eofWithoutNewline(); return; }
    if (this.lineHasTokens) {
      this.push(T.NEWLINE, p, this.lineNo, p + 1, this.lineNo, null);
      this.lineHasTokens = false;
    }
    // CPython's lazy reader leaves the final DEDENTs and ENDMARKER at the end of the last line read.
    const endsWithNl = p > 0 && this.text.charCodeAt(p - 1) === 10;
    const eofPos = endsWithNl ? p - 1 : p;
    const eofLine = endsWithNl ? this.lineNo - 1 : this.lineNo;
    for (let i = 1; i < this.indents.length; i++) this.push(T.DEDENT, eofPos, eofLine, eofPos, eofLine, null);
    this.indents.length = 1;
    this.push(T.ENDMARKER, eofPos, eofLine, eofPos, eofLine, null);
    this.done = true;
  }

  /**
   * The end of 'eval' and 'single' input, which has no implicit newline. CPython's tokenizer then ends
   * a last line that lacks one with no NEWLINE and no DEDENTs, and its ENDMARKER has no start (column
   * -1) on the last line read (0 for empty input). In 'single' mode the parser turns the first ENDMARKER
   * after some token into a NEWLINE and dedents what is still indented, and again after those DEDENTs.
   */
  eofWithoutNewline(): void {
    const p = this.n;
    const endsWithNl = p > 0 && this.text.charCodeAt(p - 1) === 10;
    const line = p === 0 ? 0 : endsWithNl ? this.lineNo - 1 : this.lineNo;
    if (endsWithNl) {
      for (let i = 1; i < this.indents.length; i++) this.pushAtEnd(T.DEDENT, line);
      this.indents.length = 1;
    }
    if (this.mode === 'single' && this.toks.count > 0) {
      this.pushAtEnd(T.NEWLINE, line);
      if (this.indents.length > 1 && !this.dontImplyDedent) {
        for (let i = 1; i < this.indents.length; i++) this.pushAtEnd(T.DEDENT, line);
        this.indents.length = 1;
        this.pushAtEnd(T.NEWLINE, line);
      }
    }
    this.pushAtEnd(T.ENDMARKER, line);
    this.done = true;
  }

  /** A token with no start in the source (column -1), as CPython's end-of-input tokens have. */
  pushAtEnd(kind: number, line: number): void {
    const t = this.toks;
    t.kind.push(kind);
    t.start.push(this.n);
    t.end.push(this.n);
    t.line.push(line);
    t.col.push(-1);
    t.endLine.push(line);
    t.endCol.push(-1);
    t.value.push(null);
    t.count++;
  }

  number(p: number): void {
    const text = this.text;
    const line = this.lineNo;
    let q = p;
    let c = text.charCodeAt(q);
    const decimalTail = (): boolean => {
      for (;;) {
        while (isDigit(text.charCodeAt(q))) q++;
        if (text.charCodeAt(q) !== 95) return true;
        q++;
        if (!isDigit(text.charCodeAt(q))) {
          this.pos = q;
          this.fail('SyntaxError', 'invalid decimal literal', line, q - 1);
          return false;
        }
      }
    };
    const radix = (isOk: (d: number) => boolean, name: string, digitErr: ((d: number) => boolean) | null): boolean => {
      q += 2;
      for (;;) {
        if (text.charCodeAt(q) === 95) q++;
        const d = text.charCodeAt(q);
        if (!isOk(d)) {
          if (digitErr !== null && isDigit(d) && digitErr(d)) {
            this.fail('SyntaxError', `invalid digit '${String.fromCharCode(d)}' in ${name} literal`, line, q);
          } else {
            this.fail('SyntaxError', `invalid ${name} literal`, line, q - 1);
          }
          return false;
        }
        while (isOk(text.charCodeAt(q))) q++;
        if (text.charCodeAt(q) !== 95) break;
      }
      const d = text.charCodeAt(q);
      if (digitErr !== null && isDigit(d)) {
        this.fail('SyntaxError', `invalid digit '${String.fromCharCode(d)}' in ${name} literal`, line, q);
        return false;
      }
      return this.verifyEnd(q, name);
    };
    if (c === 48) {
      const x = text.charCodeAt(q + 1) | 32;
      if (x === 120) { if (!radix(isHex, 'hexadecimal', null)) return; this.finishNumber(p, q); return; }
      if (x === 111) { if (!radix((d) => d >= 48 && d <= 55, 'octal', (d) => d >= 56)) return; this.finishNumber(p, q); return; }
      if (x === 98) { if (!radix((d) => d === 48 || d === 49, 'binary', (d) => d >= 50)) return; this.finishNumber(p, q); return; }
      // Zeros, possibly with underscores; then maybe a float.
      q++;
      for (;;) {
        c = text.charCodeAt(q);
        if (c === 95) {
          q++;
          if (!isDigit(text.charCodeAt(q))) { this.fail('SyntaxError', 'invalid decimal literal', line, q - 1); return; }
          continue;
        }
        if (c !== 48) break;
        q++;
      }
      const zerosEnd = q;
      let nonzero = false;
      if (isDigit(c)) { nonzero = true; if (!decimalTail()) return; c = text.charCodeAt(q); }
      if (c === 46) { q++; if (!this.fraction(p, q, line)) return; return; }
      if ((c | 32) === 101 || (c | 32) === 106) { if (!this.fraction(p, q, line)) return; return; }
      if (nonzero) {
        this.fail('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          line, p + 1 - 1, line, zerosEnd);
        return;
      }
      if (!this.verifyEnd(q, 'decimal')) return;
      this.finishNumber(p, q);
      return;
    }
    if (c === 46) {
      // ".5" style float.
      q++;
      if (!this.fraction(p, q, line)) return;
      return;
    }
    if (!decimalTail()) return;
    c = text.charCodeAt(q);
    if (c === 46) q++;
    this.fraction(p, q, line);
  }

  /** Rest of a decimal number from q: fraction digits, exponent, imaginary suffix. */
  fraction(p: number, q0: number, line: number): boolean {
    const text = this.text;
    let q = q0;
    // Fraction digits (only if the char before q is '.'), with underscores.
    if (text.charCodeAt(q - 1) === 46 && isDigit(text.charCodeAt(q))) {
      for (;;) {
        while (isDigit(text.charCodeAt(q))) q++;
        if (text.charCodeAt(q) !== 95) break;
        q++;
        if (!isDigit(text.charCodeAt(q))) { this.fail('SyntaxError', 'invalid decimal literal', line, q - 1); return false; }
      }
    }
    let c = text.charCodeAt(q);
    if ((c | 32) === 101) {
      const e = q;
      q++;
      c = text.charCodeAt(q);
      if (c === 43 || c === 45) {
        q++;
        if (!isDigit(text.charCodeAt(q))) { this.fail('SyntaxError', 'invalid decimal literal', line, q - 1); return false; }
      } else if (!isDigit(c)) {
        if (!this.verifyEnd(e, 'decimal')) return false;
        this.finishNumber(p, e);
        return true;
      }
      for (;;) {
        while (isDigit(text.charCodeAt(q))) q++;
        if (text.charCodeAt(q) !== 95) break;
        q++;
        if (!isDigit(text.charCodeAt(q))) { this.fail('SyntaxError', 'invalid decimal literal', line, q - 1); return false; }
      }
      c = text.charCodeAt(q);
    }
    if ((c | 32) === 106) {
      q++;
      if (!this.verifyEnd(q, 'imaginary')) return false;
    } else if (!this.verifyEnd(q, 'decimal')) return false;
    this.finishNumber(p, q);
    return true;
  }

  /** CPython's verify_end_of_number: a number glued to a name is an error unless the name is a keyword that may follow. */
  verifyEnd(q: number, kind: string): boolean {
    const text = this.text;
    const c = text.charCodeAt(q);
    const la = (s: string): boolean => text.startsWith(s, q + 1);
    let r = false;
    if (c === 97) r = la('nd');
    else if (c === 101) r = la('lse');
    else if (c === 102) r = la('or');
    else if (c === 105) { const c2 = text.charCodeAt(q + 1); r = c2 === 102 || c2 === 110 || c2 === 115; }
    else if (c === 111) r = la('r');
    else if (c === 110) r = la('ot');
    if (r) {
      // A number glued to a keyword that may follow it: CPython warns and goes on.
      // As an error (warnings filter 'error') it is a tokenizer error located at the keyword.
      const msg = `invalid ${kind} literal`;
      this.toks.warnings.push({ category: 'SyntaxWarning', msg, filename: this.src.filename, lineno: this.lineNo,
        error: this.src.error('SyntaxError', msg, this.lineNo, q - 1) });
      const w = this.toks.warnings[this.toks.warnings.length - 1]!;
      w.error!.text = stripNewline(w.error!.text);
      return true;
    }
    if (c < 128 && isIdCharAscii(c)) {
      this.pos = q;
      this.fail('SyntaxError', `invalid ${kind} literal`, this.lineNo, q - 1);
      return false;
    }
    return true;
  }

  finishNumber(p: number, q: number): void {
    this.push(T.NUMBER, p, this.lineNo, q, this.lineNo, this.text.slice(p, q));
    this.pos = q;
  }

  /** A complete (non-f) string literal starting at p with its quote at qpos. */
  string(p: number, qpos: number): void {
    const text = this.text;
    const quote = text.charCodeAt(qpos);
    const startLine = this.lineNo;
    let q = qpos + 1;
    let triple = false;
    if (text.charCodeAt(q) === quote && text.charCodeAt(q + 1) === quote) { triple = true; q += 2; }
    else if (text.charCodeAt(q) === quote) {
      // Empty string.
      q++;
      this.push(T.STRING, p, startLine, q, startLine, text.slice(p, q));
      this.pos = q;
      return;
    }
    for (;;) {
      if (q >= this.n) {
        this.pos = q;
        if (triple) this.fail('SyntaxError', `unterminated triple-quoted string literal (detected at line ${this.detectedLine()})`, startLine, p, startLine, p);
        else this.unterminatedString(quote, triple, startLine, p);
        return;
      }
      const c = text.charCodeAt(q);
      if (c === quote) {
        if (!triple) { q++; break; }
        if (text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote) { q += 3; break; }
        q++;
        continue;
      }
      if (c === 10) {
        if (!triple) {
          this.pos = q;
          this.unterminatedString(quote, triple, startLine, p);
          return;
        }
        this.newline(q);
        q++;
        continue;
      }
      if (c === 92) {
        const d = text.charCodeAt(q + 1);
        if (d === 10) this.newline(q + 1);
        q += 2;
        if (q > this.n) q = this.n;
        continue;
      }
      q++;
    }
    this.push(T.STRING, p, startLine, q, this.lineNo, text.slice(p, q));
    this.pos = q;
  }

  /** An unterminated string; inside an f-string field with the f-string's own quote, a missing '}'. */
  unterminatedString(quote: number, triple: boolean, startLine: number, p: number): void {
    const f = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1]! : null;
    if (f !== null && f.quote === quote && f.triple === triple) {
      this.fail('SyntaxError', "f-string: expecting '}'", startLine, p);
      return;
    }
    this.fail('SyntaxError', `unterminated string literal (detected at line ${this.detectedLine()})`, startLine, p, startLine, p);
  }

  fstringStart(p: number, prelen: number, raw: boolean): void {
    const text = this.text;
    const qpos = p + prelen;
    const quote = text.charCodeAt(qpos);
    let triple = false;
    let q = qpos + 1;
    if (text.charCodeAt(q) === quote && text.charCodeAt(q + 1) === quote) { triple = true; q += 2; }
    this.push(T.FSTRING_START, p, this.lineNo, q, this.lineNo, text.slice(p, q));
    this.fstrings.push({ quote, triple, raw, startLine: this.lineNo, startPos: p, fields: [] });
    this.pos = q;
  }

  /** Literal part of an f-string (or of a format spec): FSTRING_MIDDLE, then '{', '}' or FSTRING_END. */
  fstringLiteral(f: FStringState): void {
    const text = this.text;
    const inSpec = f.fields.length > 0;
    const startLine = this.lineNo;
    const start = this.pos;
    let q = start;
    let buf = '';
    let chunk = q;
    // In a format spec CPython emits a middle token even when it is empty (the parser keeps it as
    // Constant('')), except when the spec literal starts right at a replacement field's '{'.
    const forceEmpty = inSpec && !(text.charCodeAt(start) === 123 && text.charCodeAt(start + 1) !== 123);
    const emitMiddle = (end: number): void => {
      const v = buf + text.slice(chunk, end);
      if (end > start || v.length > 0 || forceEmpty) this.push(T.FSTRING_MIDDLE, start, startLine, end, this.lineNo, v);
    };
    for (;;) {
      if (q >= this.n) {
        this.pos = q;
        this.fail('SyntaxError', `unterminated ${f.triple ? 'triple-quoted ' : ''}f-string literal (detected at line ${this.detectedLine()})`,
          f.startLine, f.startPos);
        return;
      }
      const c = text.charCodeAt(q);
      if (c === f.quote && (!f.triple || (text.charCodeAt(q + 1) === c && text.charCodeAt(q + 2) === c))) {
        if (inSpec) {
          this.pos = q;
          this.fail('SyntaxError', "f-string: expecting '}'", this.lineNo, q);
          return;
        }
        emitMiddle(q);
        const e = q + (f.triple ? 3 : 1);
        this.push(T.FSTRING_END, q, this.lineNo, e, this.lineNo, null);
        this.fstrings.pop();
        this.pos = e;
        return;
      }
      if (c === 10) {
        if (!f.triple) {
          this.pos = q;
          if (inSpec) this.fail('SyntaxError', "f-string: newlines are not allowed in format specifiers for single quoted f-strings", this.lineNo, q);
          else this.fail('SyntaxError', `unterminated f-string literal (detected at line ${this.lineNo})`, f.startLine, f.startPos);
          return;
        }
        this.newline(q);
        q++;
        continue;
      }
      if (c === 92) {
        const d = text.charCodeAt(q + 1);
        if (d === 123 || d === 125) { q++; continue; }
        if (!f.raw && d === 78 && text.charCodeAt(q + 2) === 123) {
          const e = text.indexOf('}', q + 3);
          const nl = text.indexOf('\n', q + 3);
          if (e !== -1 && (nl === -1 || nl > e)) { q = e + 1; continue; }
        }
        if (d === 10) this.newline(q + 1);
        q += 2;
        continue;
      }
      if (c === 123) {
        if (text.charCodeAt(q + 1) === 123 && !inSpec) {
          buf += text.slice(chunk, q + 1);
          q += 2;
          chunk = q;
          continue;
        }
        emitMiddle(q);
        this.openParen(123, q);
        if (this.done) return;
        this.push(T.LBRACE, q, this.lineNo, q + 1, this.lineNo, null);
        f.fields.push({ level: this.parens.length, inSpec: false });
        this.pos = q + 1;
        return;
      }
      if (c === 125) {
        if (inSpec) {
          emitMiddle(q);
          this.closeField(f, q);
          return;
        }
        if (text.charCodeAt(q + 1) === 125) {
          buf += text.slice(chunk, q + 1);
          q += 2;
          chunk = q;
          continue;
        }
        this.pos = q;
        this.fail('SyntaxError', "f-string: single '}' is not allowed", this.lineNo, q);
        return;
      }
      q++;
    }
  }

  closeField(f: FStringState, q: number): void {
    this.parens.pop();
    this.parenLines.pop();
    this.parenPos.pop();
    f.fields.pop();
    this.push(T.RBRACE, q, this.lineNo, q + 1, this.lineNo, null);
    this.pos = q + 1;
  }

  openParen(c: number, q: number): void {
    if (this.parens.length >= MAX_PAREN) {
      this.fail('SyntaxError', 'too many nested parentheses', this.lineNo, q);
      return;
    }
    this.parens.push(c);
    this.parenLines.push(this.lineNo);
    this.parenPos.push(q);
  }

  operator(p: number, c: number): void {
    const text = this.text;
    const line = this.lineNo;
    const c2 = text.charCodeAt(p + 1);
    const c3 = text.charCodeAt(p + 2);
    let kind = -1;
    let len = 1;
    switch (c) {
      case 40: case 91: case 123: {
        this.openParen(c, p);
        if (this.done) return;
        kind = c === 40 ? T.LPAR : c === 91 ? T.LSQB : T.LBRACE;
        break;
      }
      case 41: case 93: case 125: {
        const f = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1]! : null;
        if (this.parens.length === 0) {
          this.pos = p;
          this.fail('SyntaxError', `unmatched '${String.fromCharCode(c)}'`, line, p);
          return;
        }
        const open = this.parens[this.parens.length - 1]!;
        const want = open === 40 ? 41 : open === 91 ? 93 : 125;
        if (f !== null && f.fields.length > 0 && this.parens.length === f.fields[f.fields.length - 1]!.level && c === 125) {
          this.closeField(f, p);
          return;
        }
        if (c !== want) {
          const ol = this.parenLines[this.parenLines.length - 1]!;
          this.pos = p;
          if (f !== null && f.fields.length > 0 && this.parens.length === f.fields[f.fields.length - 1]!.level) {
            this.fail('SyntaxError', `f-string: unmatched '${String.fromCharCode(c)}'`, line, p);
            return;
          }
          if (ol !== line) {
            this.fail('SyntaxError', `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open)}' on line ${ol}`, line, p);
          } else {
            this.fail('SyntaxError', `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open)}'`, line, p);
          }
          return;
        }
        this.parens.pop();
        this.parenLines.pop();
        this.parenPos.pop();
        kind = c === 41 ? T.RPAR : c === 93 ? T.RSQB : T.RBRACE;
        break;
      }
      case 58: {
        if (c2 === 61) {
          // ':=' except at the top of an f-string field, where ':' starts the format spec.
          const f = this.topField();
          if (f === null) { kind = T.COLONEQUAL; len = 2; break; }
        }
        const f = this.topField();
        if (f !== null) {
          f.inSpec = true;
          this.push(T.COLON, p, line, p + 1, line, null);
          this.pos = p + 1;
          return;
        }
        kind = T.COLON;
        break;
      }
      case 44: kind = T.COMMA; break;
      case 59: kind = T.SEMI; break;
      case 43: if (c2 === 61) { kind = T.PLUSEQUAL; len = 2; } else kind = T.PLUS; break;
      case 45:
        if (c2 === 61) { kind = T.MINEQUAL; len = 2; }
        else if (c2 === 62) { kind = T.RARROW; len = 2; }
        else kind = T.MINUS;
        break;
      case 42:
        if (c2 === 42) { if (c3 === 61) { kind = T.DOUBLESTAREQUAL; len = 3; } else { kind = T.DOUBLESTAR; len = 2; } }
        else if (c2 === 61) { kind = T.STAREQUAL; len = 2; }
        else kind = T.STAR;
        break;
      case 47:
        if (c2 === 47) { if (c3 === 61) { kind = T.DOUBLESLASHEQUAL; len = 3; } else { kind = T.DOUBLESLASH; len = 2; } }
        else if (c2 === 61) { kind = T.SLASHEQUAL; len = 2; }
        else kind = T.SLASH;
        break;
      case 124: if (c2 === 61) { kind = T.VBAREQUAL; len = 2; } else kind = T.VBAR; break;
      case 38: if (c2 === 61) { kind = T.AMPEREQUAL; len = 2; } else kind = T.AMPER; break;
      case 60:
        if (c2 === 60) { if (c3 === 61) { kind = T.LEFTSHIFTEQUAL; len = 3; } else { kind = T.LEFTSHIFT; len = 2; } }
        else if (c2 === 61) { kind = T.LESSEQUAL; len = 2; }
        else if (c2 === 62) { kind = T.NOTEQUAL; len = 2; } // '<>' is only valid with barry_as_FLUFL; parser rejects
        else kind = T.LESS;
        break;
      case 62:
        if (c2 === 62) { if (c3 === 61) { kind = T.RIGHTSHIFTEQUAL; len = 3; } else { kind = T.RIGHTSHIFT; len = 2; } }
        else if (c2 === 61) { kind = T.GREATEREQUAL; len = 2; }
        else kind = T.GREATER;
        break;
      case 61: if (c2 === 61) { kind = T.EQEQUAL; len = 2; } else kind = T.EQUAL; break;
      case 46:
        if (c2 === 46 && c3 === 46) { kind = T.ELLIPSIS; len = 3; } else kind = T.DOT;
        break;
      case 37: if (c2 === 61) { kind = T.PERCENTEQUAL; len = 2; } else kind = T.PERCENT; break;
      case 33: if (c2 === 61) { kind = T.NOTEQUAL; len = 2; } else kind = T.EXCLAMATION; break;
      case 126: kind = T.TILDE; break;
      case 94: if (c2 === 61) { kind = T.CIRCUMFLEXEQUAL; len = 2; } else kind = T.CIRCUMFLEX; break;
      case 64: if (c2 === 61) { kind = T.ATEQUAL; len = 2; } else kind = T.AT; break;
      default: {
        if (c < 32 || c === 127) {
          if (c === 0) {
            this.pos = p;
            this.fail('SyntaxError', 'source code cannot contain null bytes', line, p);
            return;
          }
          this.pos = p;
          this.fail('SyntaxError', `invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`, line, p);
          return;
        }
        kind = T.OP_OTHER;
      }
    }
    // '<>' is NOTEQUAL only for the '<>' spelling check in the parser; keep its text.
    this.push(kind, p, line, p + len, line, kind === T.NOTEQUAL || kind === T.OP_OTHER ? text.slice(p, p + len) : null);
    this.pos = p + len;
  }

  /** The innermost f-string replacement field whose '{' is the innermost open bracket, if any. */
  topField(): FieldState | null {
    if (this.fstrings.length === 0) return null;
    const f = this.fstrings[this.fstrings.length - 1]!;
    if (f.fields.length === 0) return null;
    const top = f.fields[f.fields.length - 1]!;
    if (top.inSpec || this.parens.length !== top.level) return null;
    return top;
  }
}

/** Tokenizes a whole module. Never throws; a tokenizer error ends the list with ERRORTOKEN. */
export function tokenize(src: SourceText, mode: 'exec' | 'eval' | 'single' = 'exec', dontImplyDedent = false): TokenList {
  return new Tokenizer(src, mode, dontImplyDedent).run();
}

/** A line of source as tokenizer.c's syntaxerror() quotes it: up to, not including, its newline. */
function stripNewline(text: string | null): string | null {
  if (text === null) return null;
  const nl = text.indexOf('\n');
  return nl === -1 ? text : text.slice(0, nl);
}
