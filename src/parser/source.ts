// Source text of one module: decoding (BOM, PEP 263 coding cookie), newline translation, and the
// line table that turns UTF-16 positions into CPython's positions (1-based lines, UTF-8 byte
// columns) and SyntaxError offsets (1-based code point columns). Mirrors Parser/tokenizer.c's
// decoding (decoding_fgets, check_coding_spec) and pegen's byte_offset_to_character_offset.

import { PySyntaxError } from './errors.ts';

export class SourceText {
  readonly text: string;
  readonly filename: string;
  /** lineStarts[i] is the UTF-16 offset where line i+1 starts. */
  readonly lineStarts: number[];
  readonly ascii: boolean;
  /** Parser errors report byte offsets (bytes input without coding cookie or BOM), as CPython does. */
  readonly byteOffsets: boolean;
  /** The bytes started with a UTF-8 BOM (CPython's error offsets on line 1 then count it). */
  readonly bom: boolean;

  constructor(text: string, filename: string, byteOffsets = false, bom = false) {
    this.text = text;
    this.filename = filename;
    this.byteOffsets = byteOffsets;
    this.bom = bom;
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.lineStarts = starts;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(text);
  }

  /** UTF-8 byte column of UTF-16 position `pos` on line `line`. */
  byteCol(line: number, pos: number): number {
    const start = this.lineStarts[line - 1]!;
    if (this.ascii) return pos - start;
    return utf8Length(this.text, start, pos);
  }

  /** The line's text including its newline (as SyntaxError.text shows it). */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    return next === undefined ? this.text.slice(start) : this.text.slice(start, next);
  }

  /** 1-based code point offset of UTF-16 position `pos` on line `line`. */
  charOffset(line: number, pos: number): number {
    const start = this.lineStarts[line - 1] ?? 0;
    let n = 1;
    for (let i = start; i < pos; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < pos) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) i++;
      }
      n++;
    }
    return n;
  }

  /** 1-based code point offset for a UTF-8 byte column on `line` (errors located by AST node). */
  charOffsetFromByteCol(line: number, byteCol: number): number {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return byteCol + 1;
    if (this.ascii) return byteCol + 1;
    let bytes = 0, n = 1, i = start;
    const t = this.text;
    while (bytes < byteCol && i < t.length) {
      const c = t.charCodeAt(i);
      if (c < 0x80) { bytes += 1; i++; }
      else if (c < 0x800) { bytes += 2; i++; }
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < t.length) { bytes += 4; i += 2; }
      else if (c >= 0xdc80 && c <= 0xdcff) { bytes += 1; i++; }
      else { bytes += 3; i++; }
      n++;
    }
    return n;
  }

  /** Line number (1-based) that contains UTF-16 position `pos`. */
  lineOf(pos: number): number {
    const s = this.lineStarts;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= pos) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  /** A SyntaxError located at UTF-16 positions (end position optional). */
  error(kind: 'SyntaxError' | 'IndentationError' | 'TabError', msg: string, line: number, pos: number,
    endLine?: number, endPos?: number): PySyntaxError {
    const offset = this.charOffset(line, pos);
    let endOffset: number | null = offset;
    let el: number | null = line;
    if (endLine !== undefined && endPos !== undefined) {
      el = endLine;
      endOffset = this.charOffset(endLine, endPos);
    }
    return new PySyntaxError(kind, msg, this.filename, line, offset, el, endOffset, this.lineText(line));
  }
}

/** Number of UTF-8 bytes that encode text[from, to). */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { n += 4; i++; } else n += 3;
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1; // an undecodable source byte (see decodeUtf8Escaped)
    else n += 3;
  }
  return n;
}

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

const LATIN1_ALIASES = new Set(['latin_1', 'iso8859_1', 'iso_8859_1', 'latin', 'latin1', 'l1', 'cp819', '8859',
  'iso_ir_100', 'csisolatin1', 'ibm819', 'iso_8859_1_1987', 'iso_latin_1']);
const ASCII_ALIASES = new Set(['ascii', 'us_ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986',
  'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us']);

/** Python's encodings.normalize_encoding: lower case, runs of other characters than [a-z0-9.] -> '_'. */
function normalizeEncoding(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
}

/** A decoder for a Python codec name, or null when the name is unknown. */
function decoderFor(name: string): ((b: Uint8Array) => string) | null {
  const n = normalizeEncoding(name);
  if (n === 'utf_8' || n === 'utf8' || n.startsWith('utf_8_') || n === 'u8' || n === 'utf') {
    const d = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return (b) => d.decode(b);
  }
  // WHATWG maps the latin-1 and ascii labels to windows-1252, which is not Python's codec.
  if (LATIN1_ALIASES.has(n)) return (b) => { let s = ''; for (const c of b) s += String.fromCharCode(c); return s; };
  if (ASCII_ALIASES.has(n)) {
    return (b) => {
      let s = '';
      for (const c of b) {
        if (c > 127) throw new RangeError('ascii');
        s += String.fromCharCode(c);
      }
      return s;
    };
  }
  for (const label of [n.replace(/_/g, '-'), n, name]) {
    try {
      const d = new TextDecoder(label, { fatal: true, ignoreBOM: true });
      return (b) => d.decode(b);
    } catch {
      // try the next spelling
    }
  }
  return null;
}

/** Decoded source text, and whether a BOM or coding cookie named its encoding. */
export interface Decoded { text: string; declared: boolean; bom: boolean }

/** Decodes source bytes the way CPython's tokenizer does: BOM, then a coding cookie on line 1 or 2. */
export function decodeSource(bytes: Uint8Array, filename: string): Decoded {
  let start = 0;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    bom = true;
  }
  // Look for a cookie in the first two lines (the second only when the first is blank or a comment).
  let encoding = 'utf-8';
  let cookieLine = 0;
  let p = start;
  for (let lineNo = 1; lineNo <= 2 && p < bytes.length; lineNo++) {
    let e = p;
    while (e < bytes.length && bytes[e] !== 0x0a && bytes[e] !== 0x0d) e++;
    let line = '';
    for (let i = p; i < e; i++) line += String.fromCharCode(bytes[i]!);
    const m = CODING_RE.exec(line);
    if (m) {
      encoding = m[1]!;
      cookieLine = lineNo;
      break;
    }
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break;
    p = e;
    if (p < bytes.length && bytes[p] === 0x0d) p++;
    if (p < bytes.length && bytes[p] === 0x0a) p++;
  }
  // CPython's get_normal_name: only "utf-8" and "utf-8-..." (any case, '_' as '-') count as UTF-8 here.
  const isUtf8 = /^utf-8(-|$)/.test(encoding.toLowerCase().replace(/_/g, '-'));
  if (bom && cookieLine !== 0 && !isUtf8) {
    throw new PySyntaxError('SyntaxError', `encoding problem: ${encoding} with BOM`, filename, 0, -1, null, null, null);
  }
  const decode = decoderFor(encoding);
  if (decode === null) {
    throw new PySyntaxError('SyntaxError', `unknown encoding: ${encoding}`, filename, 0, -1, null, null, null);
  }
  const declared = bom || cookieLine !== 0;
  try {
    return { text: decode(bytes.subarray(start)), declared, bom };
  } catch {
    if (!isUtf8 && encoding !== 'utf-8') {
      throw new PySyntaxError('SyntaxError', `(unicode error) '${encoding}' codec can't decode bytes`, filename,
        1, null, null, null, null);
    }
    // CPython reads undecodable bytes through and fails only where they matter (inside a string
    // literal or a name); keep them as lone surrogates U+DC80..U+DCFF (like 'surrogateescape').
    return { text: decodeUtf8Escaped(bytes.subarray(start)), declared, bom };
  }
}

/** UTF-8 decoding that maps each byte of an invalid sequence to U+DC00+byte. */
function decodeUtf8Escaped(b: Uint8Array): string {
  let out = '';
  let i = 0;
  let chunk = 0;
  const dec = new TextDecoder('utf-8');
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let n = 0, min = 0;
    if (c >= 0xc2 && c < 0xe0) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c < 0xf0) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c < 0xf5) { n = 3; min = 0x10000; }
    let ok = n > 0;
    let cp = n === 1 ? c & 0x1f : n === 2 ? c & 0x0f : c & 0x07;
    for (let k = 1; ok && k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (d & 0x3f);
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))) ok = false;
    if (ok) { i += n + 1; continue; }
    out += dec.decode(b.subarray(chunk, i));
    out += String.fromCharCode(0xdc00 + c);
    i++;
    // The continuation bytes of a truncated sequence are escaped one by one as well.
    while (n > 0 && i < b.length && (b[i]! & 0xc0) === 0x80) { out += String.fromCharCode(0xdc00 + b[i]!); i++; n--; }
    chunk = i;
  }
  return out + dec.decode(b.subarray(chunk));
}

/** The CPython message for undecodable bytes escaped as U+DC80..U+DCFF at `body[at]`, or null. */
export function escapedByteError(body: string): string | null {
  let at = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && body.charCodeAt(i - 1) >= 0xd800 && body.charCodeAt(i - 1) < 0xdc00)) { at = i; break; }
  }
  if (at < 0) return null;
  const pos = utf8Length(body, 0, at);
  const b0 = body.charCodeAt(at) - 0xdc00;
  let n = 0;
  if (b0 >= 0xc2 && b0 < 0xf5) {
    while (at + 1 + n < body.length) {
      const d = body.charCodeAt(at + 1 + n);
      if (d >= 0xdc80 && d <= 0xdcbf) n++; else break;
    }
  }
  const hex = b0.toString(16).padStart(2, '0');
  if (b0 >= 0xc2 && b0 < 0xf5) {
    const atEnd = at + 1 + n >= body.length;
    const reason = atEnd ? 'unexpected end of data' : 'invalid continuation byte';
    if (n === 0) return `(unicode error) 'utf-8' codec can't decode byte 0x${hex} in position ${pos}: ${reason}`;
    return `(unicode error) 'utf-8' codec can't decode bytes in position ${pos}-${pos + n}: ${reason}`;
  }
  return `(unicode error) 'utf-8' codec can't decode byte 0x${hex} in position ${pos}: invalid start byte`;
}

/** Translates \r\n and lone \r to \n, as CPython's tokenizer does for all input. */
export function translateNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
