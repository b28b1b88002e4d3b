// Printing exceptions the way CPython 3.12 does: chained exceptions (cause/context), the traceback
// with source lines and 3.12's caret lines (~~~^^^ anchors for binary operators and subscripts),
// "[Previous line repeated N more times]", and SyntaxError's location block.
// Mirrors Lib/traceback.py (TracebackException.format, StackSummary.format_frame_summary,
// _extract_caret_anchors_from_line_segment, _format_syntax_error) of 3.12.
// Invariant: formatting never raises; a failing str() prints CPython's "<exception str() failed>".

import { readFileSync } from 'node:fs';
import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed } from '../heap/ref.ts';
import { typeOf, typeName, typeIsSubtype, slotsOf } from '../objects/type.ts';
import { errFetch } from '../objects/errors.ts';
import { exceptionTypes, EXC_ARGS, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, EXC_SUPPRESS_CONTEXT } from '../objects/exceptions.ts';
import { objectStr } from '../objects/object.ts';
import { strToJS, isStr, strInternImmortal } from '../objects/str.ts';
import { tupleSize, tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { isInt, intAsNumber } from '../objects/int.ts';
import { TB_NEXT, TB_CODE, TB_LASTI, TB_LINENO } from '../objects/traceback.ts';
import { codeFilenameJS, codeNameJS, codePositionAt } from '../objects/code.ts';
import { parseModule } from '../parser/index.ts';

const sourceCache = new Map<string, string[] | null>();

function sourceLine(file: string, line: number): string | null {
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    try {
      lines = readFileSync(file, 'utf8').split(/(?<=\n)/);
    } catch {
      lines = null;
    }
    sourceCache.set(file, lines);
  }
  if (lines === null || line < 1 || line > lines.length) return null;
  return lines[line - 1];
}

/** Registers source text for a pseudo file name (e.g. '<stdin>' programs) so tracebacks can show lines. */
export function tracebackRegisterSource(file: string, text: string): void {
  sourceCache.set(file, text.split(/(?<=\n)/));
}

function safeStr(o: Borrowed): string {
  const s = objectStr(o);
  if (s === NULL) {
    const e = errFetch();
    if (e !== NULL) decref(e);
    return '<exception str() failed>';
  }
  const r = strToJS(s);
  decref(s);
  return r;
}

/** The type name as traceback.TracebackException writes it: __qualname__, prefixed by __module__
 *  unless that is __main__ or builtins. */
function qualifiedTypeName(t: Borrowed): string {
  const attr = (n: string): string | null => {
    const getattr = slotsOf(t).getattro;
    if (getattr === null) return null;
    const v = getattr(t, strInternImmortal(n));
    if (v === NULL) {
      const e = errFetch();
      if (e !== NULL) decref(e);
      return null;
    }
    const r = isStr(v) ? strToJS(v) : null;
    decref(v);
    return r;
  };
  const name = typeName(t);
  const qual = attr('__qualname__') ?? name.slice(name.lastIndexOf('.') + 1);
  const mod = attr('__module__');
  if (mod === null) return name;
  if (mod !== 'builtins' && mod !== '__main__') return `${mod}.${qual}`;
  return qual;
}

function utf8ByteToCharOffset(line: string, byteOff: number): number {
  const b = Buffer.from(line, 'utf8');
  return b.subarray(0, byteOff).toString('utf8').length;
}

/** Display width as 3.12's _display_width: wide East Asian characters count 2. */
function displayWidth(line: string, offset: number): number {
  let w = 0;
  const s = line.slice(0, offset);
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c < 0x1100 ? 1 : isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd);
}

interface Anchors { left: number; right: number }

/** _extract_caret_anchors_from_line_segment: ~~~^^^~~~ for BinOp and Subscript segments. */
function caretAnchors(segment: string): Anchors | null {
  let tree;
  try {
    tree = parseModule(segment, '<segment>');
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const st = tree.body[0] as unknown as { _type?: string; constructor: { name: string }; value?: Record<string, unknown> };
  const kind = (n: unknown): string => {
    const o = n as { _type?: string; type?: string; kind?: string; constructor?: { name?: string } };
    return o._type ?? o.type ?? o.constructor?.name ?? '';
  };
  if (kind(st) !== 'Expr') return null;
  const expr = st.value as Record<string, unknown>;
  const norm = (off: number): number => utf8ByteToCharOffset(segment, off);
  if (kind(expr) === 'BinOp') {
    const left = expr.left as { end_col_offset: number };
    const right = expr.right as { col_offset: number };
    const opStart = norm(left.end_col_offset), opEnd = norm(right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.trimStart().length;
    let l = norm(left.end_col_offset) + opOffset;
    let r = l + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) r++;
    while (l < segment.length && (/\s/.test(segment[l]) || ')#'.includes(segment[l]))) { l++; r++; }
    return { left: l, right: r };
  }
  if (kind(expr) === 'Subscript') {
    const value = expr.value as { end_col_offset: number };
    const slice = expr.slice as { end_col_offset: number };
    let l = norm(value.end_col_offset);
    let r = norm(slice.end_col_offset + 1);
    while (l < segment.length && (/\s/.test(segment[l]) || segment[l] !== '[')) l++;
    while (r < segment.length && (/\s/.test(segment[r]) || segment[r] !== ']')) r++;
    if (r < segment.length) r++;
    return { left: l, right: r };
  }
  return null;
}

interface FrameSummary { file: string; line: number; name: string; code: number; lasti: number }

function formatFrame(fs: FrameSummary): string {
  let out = `  File "${fs.file}", line ${fs.line < 0 ? 'None' : fs.line}, in ${fs.name}\n`;
  const raw = fs.line > 0 ? sourceLine(fs.file, fs.line) : null;
  if (raw === null) return out;
  const stripped = raw.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  const [lineno, endLineno, col, endCol] = codePositionAt(fs.code as Borrowed, fs.lasti);
  if (col < 0 || endCol < 0 || lineno !== fs.line) return out;
  const strippedChars = raw.length - stripped.length;
  const start = utf8ByteToCharOffset(raw, col);
  let end = utf8ByteToCharOffset(raw, endCol);
  let anchors: Anchors | null = null;
  const segment = raw.slice(start, end);
  if (lineno === endLineno) anchors = caretAnchors(segment);
  else end = raw.trimEnd().length;
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    const dpStart = displayWidth(raw, start) + 1;
    const dpEnd = displayWidth(raw, end) + 1;
    let row = '    ' + ' '.repeat(Math.max(0, dpStart - strippedChars));
    if (anchors !== null) {
      const dl = displayWidth(segment, anchors.left), dr = displayWidth(segment, anchors.right);
      row += '~'.repeat(dl) + '^'.repeat(dr - dl) + '~'.repeat(Math.max(0, dpEnd - dpStart - dr));
    } else {
      row += '^'.repeat(dpEnd - dpStart);
    }
    out += row + '\n';
  }
  return out;
}

function formatTraceback(tb: number): string {
  let out = '';
  let last: FrameSummary | null = null;
  let count = 0;
  const flushRepeat = (): void => {
    if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`;
  };
  for (let t = tb; t !== 0; t = i32[(t + TB_NEXT) >> 2]) {
    const code = i32[(t + TB_CODE) >> 2];
    const fs: FrameSummary = {
      file: codeFilenameJS(code as Borrowed), line: i32[(t + TB_LINENO) >> 2], name: codeNameJS(code as Borrowed),
      code, lasti: i32[(t + TB_LASTI) >> 2],
    };
    if (last !== null && last.file === fs.file && last.line === fs.line && last.name === fs.name) {
      count++;
      if (count > 3) continue;
    } else {
      flushRepeat();
      last = fs;
      count = 1;
    }
    out += formatFrame(fs);
  }
  flushRepeat();
  return out;
}

function isSubclassOf(o: Borrowed, name: string): boolean {
  const t = typeOf(o), b = exceptionTypes.get(name)!;
  return t === b || typeIsSubtype(t, b);
}

function formatSyntaxError(exc: Borrowed, tname: string): string {
  const indentation = isSubclassOf(exc, 'IndentationError');
  const args = i32[(exc + EXC_ARGS) >> 2] as Borrowed;
  let msg = '';
  let file: string | null = null, lineno: number | null = null, offset: number | null = null, text: string | null = null;
  let endLineno: number | null = null, endOffset: number | null = null;
  if (args !== 0 && tupleSize(args) >= 1) {
    const m = tupleGetItemBorrow(args, 0);
    msg = isStr(m) ? strToJS(m) : safeStr(m);
    if (tupleSize(args) >= 2 && isTuple(tupleGetItemBorrow(args, 1))) {
      const d = tupleGetItemBorrow(args, 1);
      const g = (i: number): Borrowed | null => (i < tupleSize(d) ? tupleGetItemBorrow(d, i) : null);
      const s = (o: Borrowed | null): string | null => (o !== null && isStr(o) ? strToJS(o) : null);
      const n = (o: Borrowed | null): number | null => (o !== null && isInt(o) ? intAsNumber(o) : null);
      file = s(g(0)); lineno = n(g(1)); offset = n(g(2)); text = s(g(3)); endLineno = n(g(4)); endOffset = n(g(5));
    }
  }
  let out = `  File "${file ?? '<string>'}", line ${lineno ?? 'None'}\n`;
  if (text !== null) {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (offset !== null) {
      let off = offset;
      let endOff = lineno === endLineno ? (endOffset !== null && endOffset !== 0 ? endOffset : off) : rtext.length + 1;
      if (text !== '' && off > text.length) off = text.length + 1;
      if (text !== '' && endOff > text.length) endOff = text.length + 1;
      if (off >= endOff || endOff < 0) endOff = off + 1;
      // CPython's C printer (print_error_text) draws a single caret for IndentationError.
      if (indentation) endOff = off + 1;
      const colno = off - 1 - spaces, endColno = endOff - 1 - spaces;
      if (colno >= 0) {
        const caretspace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out += `    ${caretspace}${'^'.repeat(endColno - colno)}\n`;
      }
    }
  }
  return out + `${tname}: ${msg === '' ? '<no detail available>' : msg}\n`;
}

function formatOne(exc: Borrowed): string {
  let out = '';
  const tb = i32[(exc + EXC_TRACEBACK) >> 2];
  if (tb !== 0) out += 'Traceback (most recent call last):\n' + formatTraceback(tb);
  const tname = qualifiedTypeName(typeOf(exc));
  if (isSubclassOf(exc, 'SyntaxError')) return out + formatSyntaxError(exc, tname);
  const s = safeStr(exc);
  out += s === '' ? `${tname}\n` : `${tname}: ${s}\n`;
  return out;
}

/** The full report PyErr_Print writes for `exc`: chained exceptions first, then the exception itself. */
export function formatException(exc: Borrowed): string {
  const seen = new Set<number>();
  const rec = (e: Borrowed): string => {
    seen.add(e);
    let out = '';
    const cause = i32[(e + EXC_CAUSE) >> 2];
    const ctx = i32[(e + EXC_CONTEXT) >> 2];
    if (cause !== 0 && !seen.has(cause)) {
      out += rec(cause as Borrowed) + '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (ctx !== 0 && i32[(e + EXC_SUPPRESS_CONTEXT) >> 2] === 0 && !seen.has(ctx)) {
      out += rec(ctx as Borrowed) + '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    return out + formatOne(e);
  };
  return rec(exc);
}
