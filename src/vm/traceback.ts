// Printing exceptions the way CPython 3.12 does: chained exceptions (cause/context), the traceback
// with source lines and 3.12's caret lines (~~~^^^ anchors for binary operators and subscripts),
// "[Previous line repeated N more times]", and SyntaxError's location block.
// Mirrors Lib/traceback.py (TracebackException.format, StackSummary.format_frame_summary,
// _extract_caret_anchors_from_line_segment, _format_syntax_error) of 3.12.
// Invariant: formatting never raises; a failing str() prints CPython's "<exception str() failed>".

import { readFileSync } from 'node:fs';
import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Null } from '../heap/ref.ts';
import { typeOf, typeName, typeIsSubtype, slotsOf } from '../objects/type.ts';
import { errFetch } from '../objects/errors.ts';
import {
  exceptionTypes, EXC_ARGS, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, EXC_SUPPRESS_CONTEXT, exceptionNotesBorrow,
} from '../objects/exceptions.ts';
import { objectStr } from '../objects/object.ts';
import { strToJS, isStr, strInternImmortal } from '../objects/str.ts';
import { tupleSize, tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { isInt, intAsNumber } from '../objects/int.ts';
import { TB_NEXT, TB_CODE, TB_LASTI, TB_LINENO } from '../objects/traceback.ts';
import { codeFilenameJS, codeNameJS, codePositionAt } from '../objects/code.ts';
import { parseModule } from '../parser/index.ts';
import { CO_LOCALSPLUSNAMES } from '../objects/code.ts';
import { dictGetItemBorrow, dictNext, isDict } from '../objects/dict.ts';
import { isList, listSize, listGetItemBorrow } from '../objects/list.ts';
import { isModule, moduleDictBorrow } from '../objects/module.ts';
import { objectCallOneArg } from '../objects/abstract.ts';
import { excMemberGetBorrow } from './excattrs.ts';
import { isExceptionGroup, egExceptionsBorrow } from './excgroup.ts';
import { ts } from './state.ts';

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

export function formatTraceback(tb: number): string {
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

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** Python/suggestions.c levenshtein_distance: case changes cost 1, other edits 2; > maxCost bails out. */
function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let pre = 0;
  while (pre < a0.length && pre < b0.length && a0[pre] === b0[pre]) pre++;
  let a = a0.slice(pre), b = b0.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi]!;
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const ac = a[i]!;
      const sub = distance + (ac === bc ? 0 : ac.toLowerCase() === bc.toLowerCase() ? CASE_COST : MOVE_COST);
      distance = row[i]!;
      result = Math.min(Math.min(result, distance) + MOVE_COST, sub);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** traceback._compute_suggestion_error's choice among `names`. */
function bestSuggestion(wrong: string, names: Iterable<string>): string | null {
  const list = [...names];
  if (list.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return null;
  let best = wrong.length;
  let suggestion: string | null = null;
  for (const cand of list) {
    if (cand === wrong) continue;
    const maxDistance = Math.min(Math.floor((cand.length + wrong.length + 3) * MOVE_COST / 6), best - 1);
    const d = levenshtein(wrong, cand, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) { suggestion = cand; best = d; }
  }
  return suggestion;
}

/** The str keys of a dict-like object (borrowed), via its keys as dir() would list them. */
function dirNames(o: Borrowed): string[] {
  const bi = ts.builtinsDict;
  const dir = bi !== NULL ? dictGetItemBorrow(bi, strInternImmortal('dir')) : NULL;
  if (dir === NULL) return [];
  const l = objectCallOneArg(dir, o);
  if (l === NULL) { const e = errFetch(); if (e !== NULL) decref(e); return []; }
  const out: string[] = [];
  if (isList(l)) for (let i = 0; i < listSize(l); i++) { const k = listGetItemBorrow(l, i); if (isStr(k)) out.push(strToJS(k)); }
  decref(l);
  return out;
}

function dictKeys(d: Borrowed | Null): string[] {
  const out: string[] = [];
  if (d === NULL || !isDict(d)) return out;
  const pos = new Int32Array(1), kv = new Int32Array(2);
  while (dictNext(d, pos, kv)) if (isStr(kv[0] as Borrowed)) out.push(strToJS(kv[0] as Borrowed));
  return out;
}

/**
 * "Did you mean" for NameError and AttributeError (traceback.TracebackException). AttributeError
 * searches dir(exc.obj). NameError searches the failing frame's names: frames are gone by the time
 * we print, so we use its code's local variable names, the globals of the module its file belongs
 * to (the module in sys.modules with that __file__, else __main__) and the builtins.
 */
function suggestion(exc: Borrowed): string | null {
  const nameObj = excMemberGetBorrow(exc, 'name');
  if (nameObj === NULL || !isStr(nameObj)) return null;
  const wrong = strToJS(nameObj);
  if (isSubclassOf(exc, 'AttributeError')) {
    const obj = excMemberGetBorrow(exc, 'obj');
    if (obj === NULL) return null;
    return bestSuggestion(wrong, dirNames(obj));
  }
  if (!isSubclassOf(exc, 'NameError')) return null;
  let tb = i32[(exc + EXC_TRACEBACK) >> 2];
  if (tb === 0) return null;
  while (i32[(tb + TB_NEXT) >> 2] !== 0) tb = i32[(tb + TB_NEXT) >> 2];
  const code = i32[(tb + TB_CODE) >> 2] as Borrowed;
  const names: string[] = [];
  const lpn = i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed;
  if (codeNameJS(code) !== '<module>') for (let i = 0; i < tupleSize(lpn); i++) names.push(strToJS(tupleGetItemBorrow(lpn, i)));
  const file = codeFilenameJS(code);
  let globals: Borrowed | Null = NULL;
  const mods = ts.sysDict !== NULL ? dictGetItemBorrow(ts.sysDict, strInternImmortal('modules')) : NULL;
  if (mods !== NULL && isDict(mods)) {
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(mods, pos, kv)) {
      const m = kv[1] as Borrowed;
      if (!isModule(m)) continue;
      const f = dictGetItemBorrow(moduleDictBorrow(m), strInternImmortal('__file__'));
      if (f !== NULL && isStr(f) && strToJS(f) === file) { globals = moduleDictBorrow(m); break; }
      if (globals === NULL && isStr(kv[0] as Borrowed) && strToJS(kv[0] as Borrowed) === '__main__') globals = moduleDictBorrow(m);
    }
  }
  names.push(...dictKeys(globals), ...dictKeys(ts.builtinsDict));
  return bestSuggestion(wrong, names);
}

/** format_exception_only: the 'Type: message' line (or SyntaxError's block), then __notes__. */
export function formatExceptionOnly(exc: Borrowed): string {
  const tname = qualifiedTypeName(typeOf(exc));
  let out: string;
  if (isSubclassOf(exc, 'SyntaxError')) out = formatSyntaxError(exc, tname);
  else {
    let s = safeStr(exc);
    const sugg = suggestion(exc);
    if (sugg !== null) s += `. Did you mean: '${sugg}'?`;
    out = s === '' ? `${tname}\n` : `${tname}: ${s}\n`;
  }
  const notes = exceptionNotesBorrow(exc);
  if (notes !== NULL && isList(notes as Borrowed)) {
    for (let i = 0; i < listSize(notes as Borrowed); i++) {
      const n = listGetItemBorrow(notes as Borrowed, i);
      out += (isStr(n) ? strToJS(n) : safeStr(n)) + '\n';
    }
  }
  return out;
}

/** traceback._ExceptionPrintContext: the nesting of exception groups being drawn. */
interface PrintContext { seen: Set<number>; depth: number; needClose: boolean }

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext.emit: every line gets the group indent and margin ('| ' by default). */
function emit(ctx: PrintContext, text: string, margin: string | null = null): string {
  if (ctx.depth === 0 || text === '') return text;
  const prefix = ' '.repeat(2 * ctx.depth) + (margin ?? '|') + ' ';
  return text.split(/(?<=\n)/).map((l) => prefix + l).join('');
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** TracebackException.format: the chain (oldest first), each exception or group with its traceback. */
function formatChain(exc: Borrowed, ctx: PrintContext): string {
  const output: [string | null, Borrowed][] = [];
  let e: Borrowed | 0 = exc;
  while (e !== 0) {
    ctx.seen.add(e);
    const cause = i32[(e + EXC_CAUSE) >> 2];
    const context = i32[(e + EXC_CONTEXT) >> 2];
    let msg: string | null = null;
    let next = 0;
    if (cause !== 0 && !ctx.seen.has(cause)) { msg = CAUSE_MESSAGE; next = cause; }
    else if (cause === 0 && context !== 0 && i32[(e + EXC_SUPPRESS_CONTEXT) >> 2] === 0 && !ctx.seen.has(context)) {
      msg = CONTEXT_MESSAGE; next = context;
    }
    output.push([msg, e]);
    e = next as Borrowed | 0;
  }
  let out = '';
  for (let k = output.length - 1; k >= 0; k--) {
    const [msg, x] = output[k]!;
    if (msg !== null) out += emit(ctx, msg);
    out += formatSingle(x, ctx);
  }
  return out;
}

function formatSingle(exc: Borrowed, ctx: PrintContext): string {
  const tb = i32[(exc + EXC_TRACEBACK) >> 2];
  const group = isExceptionGroup(exc) ? egExceptionsBorrow(exc) : NULL;
  let out = '';
  if (group === NULL) {
    if (tb !== 0) out += emit(ctx, 'Traceback (most recent call last):\n') + emit(ctx, formatTraceback(tb));
    return out + emit(ctx, formatExceptionOnly(exc));
  }
  if (ctx.depth > MAX_GROUP_DEPTH) return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (tb !== 0) {
    out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : null);
    out += emit(ctx, formatTraceback(tb));
  }
  out += emit(ctx, formatExceptionOnly(exc));
  const num = tupleSize(group);
  const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : `${i + 1}`;
    out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatChain(tupleGetItemBorrow(group, i), ctx);
    else {
      const remaining = num - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

/** The full report PyErr_Print writes for `exc`: chained exceptions first, then the exception itself;
 *  exception groups as CPython's boxed tree. */
export function formatException(exc: Borrowed): string {
  return formatChain(exc, { seen: new Set<number>(), depth: 0, needClose: false });
}
