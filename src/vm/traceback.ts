// Printing exceptions the way CPython 3.12 does: chained exceptions (cause/context), the traceback
// with source lines and 3.12's caret lines (~~~^^^ anchors for binary operators and subscripts),
// "[Previous line repeated N more times]", and SyntaxError's location block.
// Mirrors Lib/traceback.py (TracebackException.format, StackSummary.format_frame_summary,
// _extract_caret_anchors_from_line_segment, _format_syntax_error) of 3.12.
// Invariant: formatting never raises; a failing str() prints CPython's "<exception str() failed>".

import { readFileSync } from 'node:fs';
import { i32, u8 } from '../heap/views.ts';
import { decref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeOf, typeName, typeIsSubtype, slotsOf } from '../objects/type.ts';
import { errFetch } from '../objects/errors.ts';
import {
  exceptionTypes, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, EXC_SUPPRESS_CONTEXT,
} from '../objects/exceptions.ts';
import { objectStr, objectRepr, objectLength, objectHasAttr } from '../objects/object.ts';
import { isBytes, BYTES_DATA } from '../objects/bytes.ts';
import { strToJS, strFromJS, isStr, strInternImmortal } from '../objects/str.ts';
import { tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { isInt, intAsNumber } from '../objects/int.ts';
import { TB_NEXT, TB_CODE, TB_LASTI, TB_LINENO, TB_FRAME } from '../objects/traceback.ts';
import { F_GLOBALS_, F_LOCALSPLUS_ } from '../objects/frameobject.ts';
import { cellGetBorrow } from '../objects/cell.ts';
import { codeFilenameJS, codeNameJS, codePositionAt } from '../objects/code.ts';
import { parseModule } from '../parser/index.ts';
import { CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS } from '../objects/code.ts';
import { dictGetItemBorrow, dictNext, isDict } from '../objects/dict.ts';
import { isList, listSize, listGetItemBorrow } from '../objects/list.ts';
import { isModule, moduleDictBorrow } from '../objects/module.ts';
import { objectCallOneArg, objectLookupAttr, LOOKUP_RESULT, sequenceGetItem, sequenceContains } from '../objects/abstract.ts';
import { excMemberGetBorrow } from './excattrs.ts';
import { isExceptionGroup, egExceptionsBorrow } from './excgroup.ts';
import { ts } from './state.ts';

const sourceCache = new Map<string, string[] | null>();

export function sourceLine(file: string, line: number): string | null {
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

/** Whether `file` could be read (or was registered) by sourceLine. */
export function sourceReadable(file: string): boolean {
  sourceLine(file, 1);
  return sourceCache.get(file) !== null;
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
  const mod = attr('__module__') ?? '<unknown>';
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
export function caretAnchors(segment: string): Anchors | null {
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

/**
 * Which of CPython 3.12's two printers we follow. The top level (PyErr_Display, the default
 * sys.excepthook) prints in C (Python/pythonrun.c, Python/traceback.c); the traceback module formats
 * in Python. They differ in small ways: C keeps a source line's trailing whitespace and draws carets
 * unless they span it exactly; C offers suggestions only for exact AttributeError/NameError/ImportError
 * and searches a NameError's locals, globals and builtins one after the other; C ends "Did you forget
 * to import" with '?'; C splits notes with splitlines; C draws one caret for IndentationError.
 */
let pyStyle = false;

/** Runs `f` formatting as the traceback module does (for _traceback). */
export function tracebackPyStyle<T>(f: () => T): T {
  const saved = pyStyle;
  pyStyle = true;
  try {
    return f();
  } finally {
    pyStyle = saved;
  }
}

function formatFrame(fs: FrameSummary): string {
  let out = `  File "${fs.file}", line ${fs.line < 0 ? 'None' : fs.line}, in ${fs.name}\n`;
  const raw = fs.line > 0 ? sourceLine(fs.file, fs.line) : null;
  if (raw === null) return out;
  // Python: line.strip(); C: the line without its newline and leading ' ', '\t', '\f'.
  const stripped = pyStyle ? raw.trim() : raw.replace(/\n$/, '').replace(/^[ \t\f]+/, '');
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  const [lineno, endLineno, col, endCol] = codePositionAt(fs.code as Borrowed, fs.lasti);
  if (col < 0 || endCol < 0 || lineno !== fs.line) return out;
  const start = utf8ByteToCharOffset(raw, col);
  let end = utf8ByteToCharOffset(raw, endCol);
  let anchors: Anchors | null = null;
  const segment = raw.slice(start, end);
  if (lineno === endLineno) anchors = caretAnchors(segment);
  else end = raw.trimEnd().length;
  const show = pyStyle
    ? end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)
    : end - start !== stripped.length || anchors !== null;
  if (show) {
    if (pyStyle) {
      // As format_frame_summary: what strip() removed, the newline and trailing spaces included.
      const strippedChars = raw.length - stripped.length;
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
    } else {
      // print_error_location_carets: character offsets, no display widths.
      const indent = raw.length - raw.replace(/^[ \t\f]+/, '').length;
      let row = '    ' + ' '.repeat(Math.max(0, start - indent));
      for (let i = start; i < end; i++) {
        const secondary = anchors !== null && (i - start < anchors.left || i - start >= anchors.right);
        row += secondary ? '~' : '^';
      }
      out += row + '\n';
    }
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
      code, lasti: i32[(t + TB_LASTI) >> 2] >> 1,
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

/** An attribute of `exc` (owned), or NULL with no exception set when it is missing or fails. */
function attrOrNull(exc: Borrowed, name: string): Owned | Null {
  const r = objectLookupAttr(exc, strInternImmortal(name));
  if (r > 0) return LOOKUP_RESULT[0] as Owned;
  if (r < 0) { const e = errFetch(); if (e !== NULL) decref(e); }
  return NULL;
}

/** SyntaxError's location attributes, read as the printers read them (undefined: missing or None). */
interface SyntaxInfo { msg: Owned | Null; filename: Owned | Null; lineno: Owned | Null; offset: Owned | Null;
  endLineno: Owned | Null; endOffset: Owned | Null; text: Owned | Null }

function syntaxInfo(exc: Borrowed): SyntaxInfo {
  const get = (n: string): Owned | Null => {
    const v = attrOrNull(exc, n);
    if (v === Py_None) { decref(v as Owned); return NULL; }
    return v;
  };
  return { msg: get('msg'), filename: get('filename'), lineno: get('lineno'), offset: get('offset'),
    endLineno: get('end_lineno'), endOffset: get('end_offset'), text: get('text') };
}

function syntaxInfoRelease(i: SyntaxInfo): void {
  for (const v of [i.msg, i.filename, i.lineno, i.offset, i.endLineno, i.endOffset, i.text]) xdecref(v);
}

/** An int attribute's value; null for a non-int or one too large for a C ssize_t (the error cleared). */
export function intOf(o: Borrowed | Null): number | null {
  if (o === NULL || !isInt(o)) return null;
  const n = intAsNumber(o);
  if (n === -1) {
    const e = errFetch();
    if (e !== NULL) { decref(e); return null; }
  }
  return n;
}

/**
 * The traceback module's _format_syntax_error: '  File "f", line N' (or ' (f)' after the message
 * when there is no line), the text without its indentation, carets from offset to end_offset (the
 * whitespace before them kept, tabs included), then 'Type: msg'.
 */
function formatSyntaxErrorPy(exc: Borrowed, tname: string): string {
  const si = syntaxInfo(exc);
  let out = '';
  let suffix = '';
  const lineno = si.lineno !== NULL ? safeStr(si.lineno) : null;
  const filename = si.filename !== NULL ? safeStr(si.filename) : null;
  if (lineno !== null) out += `  File "${filename || '<string>'}", line ${lineno}\n`;
  else if (filename !== null) suffix = ` (${filename})`;
  if (si.text !== NULL && isStr(si.text)) {
    const rtext = strToJS(si.text).replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    const offset = intOf(si.offset);
    if (offset !== null) {
      const eo = intOf(si.endOffset);
      let endOffset = eo === null || eo === 0 ? offset : eo;
      if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
      const colno = offset - 1 - spaces, endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretspace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out += `    ${caretspace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  const msg = si.msg !== NULL ? safeStr(si.msg) : '';
  syntaxInfoRelease(si);
  return out + `${tname}: ${msg === '' ? '<no detail available>' : msg}${suffix}\n`;
}

/**
 * The C printer's print_exception_file_and_line + print_error_text, for an exception with a
 * print_file_and_line attribute: '  File "f", line N', the text without its leading spaces, tabs and
 * form feeds, and carets (one unless an exact SyntaxError has an end_offset past offset); then
 * 'Type: str(msg)'. null when the attributes don't parse (lineno not an int ...): the exception is
 * then printed as any other.
 */
function formatSyntaxErrorC(exc: Borrowed, tname: string): string | null {
  const pfl = attrOrNull(exc, 'print_file_and_line');
  if (pfl === NULL) return null;
  decref(pfl);
  const si = syntaxInfo(exc);
  const exact = typeOf(exc) === exceptionTypes.get('SyntaxError');
  const lineno = intOf(si.lineno);
  const offsetN = intOf(si.offset), endLinenoN = intOf(si.endLineno), endOffsetN = intOf(si.endOffset);
  const offsetOk = si.offset === NULL || offsetN !== null;
  const endOk = !exact || ((si.endLineno === NULL || endLinenoN !== null) && (si.endOffset === NULL || endOffsetN !== null));
  if (si.msg === NULL || lineno === null || !offsetOk || !endOk) { syntaxInfoRelease(si); return null; }
  let offset = offsetN ?? -1;
  const endLineno = exact && endLinenoN !== null ? endLinenoN : lineno;
  let endOffset = exact && endOffsetN !== null ? endOffsetN : -1;
  let out = `  File "${si.filename !== NULL ? safeStr(si.filename) : '<string>'}", line ${lineno}\n`;
  if (si.text !== NULL && isStr(si.text)) {
    let text = strToJS(si.text);
    const lineSize = text.length;
    if (endLineno > lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    const lead = text.length - text.replace(/^[ \t\f]+/, '').length;
    text = text.slice(lead);
    offset -= lead;
    let len = text.endsWith('\n') ? text.length - 1 : text.length;
    if (offset > len) offset = len;
    for (;;) {
      const nl = text.indexOf('\n');
      if (nl < 0 || nl >= offset) break;
      text = text.slice(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    out += `${NO_MARGIN}    ${text}${text[len] !== '\n' ? '\n' : ''}`;
    if (offset >= 0) out += `${NO_MARGIN}    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
  }
  const msg = safeStr(si.msg);
  syntaxInfoRelease(si);
  return out + (msg === '' ? `${tname}\n` : `${tname}: ${msg}\n`);
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
export function bestSuggestion(wrong: string, names: Iterable<string>): string | null {
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
 * The "Did you mean" trailer of the exception line ('' for none). AttributeError searches
 * dir(exc.obj); ImportError of `from m import x` searches dir(m) for exc.name_from; NameError first
 * offers `self.<name>` when the failing frame has a `self` with that attribute, then searches the
 * frame's local variables, its globals and the builtins, and adds "Did you forget to import" for a
 * name in sys.stdlib_module_names. The C printer (Python/suggestions.c) serves exact types only and
 * searches the three namespaces one after the other; the traceback module serves subclasses too and
 * searches them together. The frame's globals come from its traceback entry's frame object; without
 * one, from the module its file belongs to (the module in sys.modules with that __file__, else __main__).
 */
function suggestionTrailer(exc: Borrowed): string {
  const t = typeOf(exc);
  const is = (name: string): boolean => (pyStyle ? isSubclassOf(exc, name) : t === exceptionTypes.get(name));
  if (is('ImportError')) {
    const nameFrom = excMemberGetBorrow(exc, 'name_from'), modName = excMemberGetBorrow(exc, 'name');
    if (nameFrom === NULL || !isStr(nameFrom) || modName === NULL || !isStr(modName)) return '';
    // C: sys.modules[name]; the traceback module: __import__(name), the top-level package.
    const key = pyStyle ? strToJS(modName).split('.')[0]! : strToJS(modName);
    const mods = ts.sysDict !== NULL ? dictGetItemBorrow(ts.sysDict, strInternImmortal('modules')) : NULL;
    const mod = mods !== NULL && isDict(mods) ? dictGetItemBorrow(mods, strInternImmortal(key)) : NULL;
    if (mod === NULL) return '';
    const sugg = bestSuggestion(strToJS(nameFrom), dirNames(mod));
    return sugg !== null ? `. Did you mean: '${sugg}'?` : '';
  }
  if (!is('AttributeError') && !is('NameError')) return '';
  const nameObj = excMemberGetBorrow(exc, 'name');
  if (nameObj === NULL || !isStr(nameObj)) return '';
  const wrong = strToJS(nameObj);
  if (is('AttributeError')) {
    const obj = excMemberGetBorrow(exc, 'obj');
    if (obj === NULL) return '';
    const sugg = bestSuggestion(wrong, dirNames(obj));
    return sugg !== null ? `. Did you mean: '${sugg}'?` : '';
  }
  const sugg = nameErrorSuggestion(exc, nameObj, wrong);
  if (!isStdlibModuleName(wrong)) return sugg !== null ? `. Did you mean: '${sugg}'?` : '';
  const q = pyStyle ? '' : '?';
  if (sugg === null) return `. Did you forget to import '${wrong}'${q}`;
  return `. Did you mean: '${sugg}'? Or did you forget to import '${wrong}'${q}`;
}

function nameErrorSuggestion(exc: Borrowed, nameObj: Borrowed, wrong: string): string | null {
  let tb = i32[(exc + EXC_TRACEBACK) >> 2];
  if (tb === 0) return null;
  while (i32[(tb + TB_NEXT) >> 2] !== 0) tb = i32[(tb + TB_NEXT) >> 2];
  const code = i32[(tb + TB_CODE) >> 2] as Borrowed;
  const frame = i32[(tb + TB_FRAME) >> 2];
  const lp = frame !== 0 ? i32[(frame + F_LOCALSPLUS_) >> 2] : 0;
  const lpn = i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed;
  const kinds = i32[(code + CO_LOCALSPLUSKINDS) >> 2] as Borrowed;
  /** The value of local i in the finished frame (a cell's contents), or NULL when unbound or gone. */
  const valueAt = (i: number): Borrowed | Null => {
    let v: Borrowed | Null = lp !== 0 && i < tupleSize(lp as Borrowed) ? tupleGetItemBorrow(lp as Borrowed, i) : NULL;
    if (v !== NULL && (u8[kinds + BYTES_DATA + i] & (CO_FAST_CELL | CO_FAST_FREE)) !== 0) v = cellGetBorrow(v);
    return v;
  };
  // C: co_varnames, bound or not; the traceback module: the names f_locals has (bound ones).
  const locals: string[] = [];
  let selfIndex = -1;
  for (let i = 0; i < tupleSize(lpn); i++) {
    if (pyStyle ? valueAt(i) === NULL : (u8[kinds + BYTES_DATA + i] & CO_FAST_LOCAL) === 0) continue;
    const n = strToJS(tupleGetItemBorrow(lpn, i));
    if (n === 'self') selfIndex = i;
    locals.push(n);
  }
  if (selfIndex >= 0) {
    const self = valueAt(selfIndex);
    if (self === NULL) return null;
    const has = objectHasAttr(self, nameObj);
    if (has < 0) { const e = errFetch(); if (e !== NULL) decref(e); }
    if (has > 0) return `self.${wrong}`;
  }
  let globals: Borrowed | Null = frame !== 0 ? i32[(frame + F_GLOBALS_) >> 2] as Borrowed | Null : NULL;
  if (globals === NULL) globals = globalsOfFile(codeFilenameJS(code));
  if (pyStyle) return bestSuggestion(wrong, [...locals, ...dictKeys(globals), ...dictKeys(ts.builtinsDict)]);
  return bestSuggestion(wrong, locals) ?? bestSuggestion(wrong, dictKeys(globals)) ?? bestSuggestion(wrong, dictKeys(ts.builtinsDict));
}

/** `name in sys.stdlib_module_names`. */
function isStdlibModuleName(name: string): boolean {
  const names = ts.sysDict !== NULL ? dictGetItemBorrow(ts.sysDict, strInternImmortal('stdlib_module_names')) : NULL;
  if (names === NULL) return false;
  const key = strFromJS(name);
  if (key === NULL) { const e = errFetch(); if (e !== NULL) decref(e); return false; }
  const r = sequenceContains(names, key);
  decref(key);
  if (r < 0) { const e = errFetch(); if (e !== NULL) decref(e); return false; }
  return r === 1;
}

/** The globals of the module whose __file__ is `file` (else __main__'s), for frames that kept none. */
function globalsOfFile(file: string): Borrowed | Null {
  let globals: Borrowed | Null = NULL;
  const mods = ts.sysDict !== NULL ? dictGetItemBorrow(ts.sysDict, strInternImmortal('modules')) : NULL;
  if (mods !== NULL && isDict(mods)) {
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(mods, pos, kv)) {
      const m = kv[1] as Borrowed;
      if (!isModule(m)) continue;
      const f = dictGetItemBorrow(moduleDictBorrow(m), strInternImmortal('__file__'));
      if (f !== NULL && isStr(f) && strToJS(f) === file) return moduleDictBorrow(m);
      if (globals === NULL && isStr(kv[0] as Borrowed) && strToJS(kv[0] as Borrowed) === '__main__') globals = moduleDictBorrow(m);
    }
  }
  return globals;
}

const CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80;

/** format_exception_only: the 'Type: message' line (or SyntaxError's block), then __notes__. */
export function formatExceptionOnly(exc: Borrowed): string {
  return formatExceptionOnlyMarked(exc).split(/(?<=\n)/).map(unmark).join('');
}

function formatExceptionOnlyMarked(exc: Borrowed): string {
  const tname = qualifiedTypeName(typeOf(exc));
  let out: string;
  const syntax = pyStyle ? (isSubclassOf(exc, 'SyntaxError') ? formatSyntaxErrorPy(exc, tname) : null) : formatSyntaxErrorC(exc, tname);
  if (syntax !== null) out = syntax;
  else {
    let s = safeStr(exc);
    s += suggestionTrailer(exc);
    out = s === '' ? `${tname}\n` : `${tname}: ${s}\n`;
  }
  return out + formatNotes(exc);
}

/**
 * The __notes__ lines (print_exception_notes): each note of a sequence (not str or bytes) as its str,
 * one line per line of it; any other __notes__ value as its repr on one line.
 */
function formatNotes(exc: Borrowed): string {
  const r = objectLookupAttr(exc, strInternImmortal('__notes__'));
  if (r <= 0) {
    if (r < 0) { const e = errFetch(); if (e !== NULL) decref(e); }
    return '';
  }
  const notes = LOOKUP_RESULT[0] as Owned;
  let out = '';
  if (isList(notes)) {
    for (let i = 0; i < listSize(notes); i++) out += noteLines(listGetItemBorrow(notes, i));
  } else if (slotsOf(notes).getitem === null || isDict(notes) || isStr(notes) || isBytes(notes)) {
    const s = objectRepr(notes);
    if (s === NULL) {
      const e = errFetch(); if (e !== NULL) decref(e);
      out = '<__notes__ repr() failed>\n';
    } else {
      out = strToJS(s) + '\n';
      decref(s);
    }
  } else {
    const n = objectLength(notes);
    for (let i = 0; i < n; i++) {
      const item = sequenceGetItem(notes, i);
      if (item === NULL) break;
      out += noteLines(item);
      decref(item);
    }
    const e = errFetch(); if (e !== NULL) decref(e);
  }
  decref(notes);
  return out;
}

function noteLines(n: Borrowed): string {
  if (isStr(n)) return strToJS(n) + '\n';
  const s = objectStr(n);
  if (s === NULL) { const e = errFetch(); if (e !== NULL) decref(e); return '<note str() failed>\n'; }
  const r = strToJS(s);
  decref(s);
  return r + '\n';
}

/** traceback._ExceptionPrintContext: the nesting of exception groups being drawn. */
interface PrintContext { seen: Set<number>; depth: number; needClose: boolean }

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext.emit: every line gets the group indent and margin ('| ' by default). */
function emit(ctx: PrintContext, text: string, margin: string | null = null): string {
  if (text === '') return text;
  if (ctx.depth === 0) return text.includes(NO_MARGIN) ? text.split(/(?<=\n)/).map(unmark).join('') : text;
  const prefix = ' '.repeat(2 * ctx.depth) + (margin ?? '|') + ' ';
  return text.split(/(?<=\n)/).map((l) => (l.startsWith(NO_MARGIN) ? l.slice(1) : prefix + l)).join('');
}

/**
 * Starts a line that the C printer writes without the group margin: print_error_text writes a
 * SyntaxError's source and caret lines straight to the file.
 */
const NO_MARGIN = '\u{E000}';

function unmark(line: string): string {
  return line.startsWith(NO_MARGIN) ? line.slice(1) : line;
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
    return out + emit(ctx, formatExceptionOnlyMarked(exc));
  }
  if (ctx.depth > MAX_GROUP_DEPTH) return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (tb !== 0) {
    out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : null);
    out += emit(ctx, formatTraceback(tb));
  }
  out += emit(ctx, formatExceptionOnlyMarked(exc));
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
