// Source text -> code object, with compile-time errors turned into Python SyntaxError exceptions.
// Mirrors Python/pythonrun.c's parse-and-compile step (_PyParser_ASTFromString + _PyAST_Compile) and the
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)) args CPython gives SyntaxError.
// Invariant: returns an owned code object, or NULL with SyntaxError/IndentationError/... set.

import { readFileSync } from 'node:fs';
import { decref } from '../heap/refcount.ts';
import { NULL, type Owned, type Null } from '../heap/ref.ts';
import { parseSource, PySyntaxError, type PyParserWarning } from '../parser/index.ts';
import { warnCompileWarnings } from './warn.ts';
import { compileModule, type CodeUnit } from '../compiler/codeunit.ts';
import { codeCacheGet } from './codecache.ts';
import { config } from '../support/config.ts';
import { codeNew } from '../objects/code.ts';
import { errSetRaised, errNoMemory, errSetString } from '../objects/errors.ts';
import { exceptionTypes, exceptionNew, SystemError } from '../objects/exceptions.ts';
import { strFromJS, strInternImmortal } from '../objects/str.ts';
import { objectSetAttr } from '../objects/object.ts';
import { intFromNumber } from '../objects/int.ts';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { incref } from '../heap/refcount.ts';
import { astHooks } from '../modules/_ast.ts';
import type { mod as AstMod } from '../parser/ast.ts';

function jsToObj(v: string | number | null): Owned | Null {
  if (v === null) { incref(Py_None); return Py_None as Owned; }
  return typeof v === 'string' ? strFromJS(v) : intFromNumber(v);
}

/** Raises a SyntaxError (or subclass) built from the parser's PySyntaxError. */
export function raiseSyntaxError(e: PySyntaxError): Null {
  if (e.kind === 'MemoryError') {
    return errSetString(exceptionTypes.get('MemoryError')!, e.msg);
  }
  const type = exceptionTypes.get(e.kind)!;
  const msg = strFromJS(e.msg);
  if (msg === NULL) return NULL;
  const vals = [e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset];
  let args: Owned | Null;
  if (e.form === 'tuple') {
    const details = tupleNew(6);
    if (details === NULL) { decref(msg); return NULL; }
    for (let i = 0; i < 6; i++) {
      const o = jsToObj(vals[i]);
      if (o === NULL) { decref(details); decref(msg); return NULL; }
      tupleSetItemSteal(details, i, o);
    }
    args = tupleNew(2);
    if (args === NULL) { decref(details); decref(msg); return NULL; }
    tupleSetItemSteal(args, 0, msg);
    tupleSetItemSteal(args, 1, details);
  } else {
    args = tupleNew(1);
    if (args === NULL) { decref(msg); return NULL; }
    tupleSetItemSteal(args, 0, msg);
  }
  const exc = exceptionNew(type, args);
  if (exc === NULL) return errNoMemory();
  if (e.form === 'located') {
    // PyErr_RangedSyntaxLocationObject: SyntaxError(msg), then the location as attributes.
    for (let i = 0; i < 6; i++) {
      const o = jsToObj(vals[i]);
      if (o === NULL || objectSetAttr(exc, strInternImmortal(LOCATION_ATTRS[i]), o) < 0) {
        if (o !== NULL) decref(o);
        decref(exc);
        return NULL;
      }
      decref(o);
    }
  }
  errSetRaised(exc);
  return NULL;
}

const LOCATION_ATTRS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

/**
 * The `text` of a SyntaxError found after parsing (symtable, codegen): like PyErr_ProgramTextObject,
 * line `lineno` of the file that `filename` names, read when the error happens, or None when there is
 * no such file (compile() of a string under '<string>'). The parser's own errors quote the source.
 */
function programText(filename: string, lineno: number | null): string | null {
  if (lineno === null || lineno < 1) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(filename);
  } catch {
    return null;
  }
  const lines = new TextDecoder().decode(bytes).split(/(?<=\n)/);
  return lineno <= lines.length ? lines[lineno - 1]! : null;
}

/** Parses and compiles to the compiler's plain CodeUnit; null with SyntaxError (or another) set. */
export function compileUnit(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec', future = 0,
  flags = 0, optimize = 0): CodeUnit | null {
  // SyntaxWarnings of the parser then the compiler, shown once compilation ends (or fails).
  const warnings: PyParserWarning[] = [];
  let parsed = false;
  try {
    const tree = parseSource(source, filename, mode, {
      warnings, dontImplyDedent: (flags & PyCF_DONT_IMPLY_DEDENT) !== 0, allowIncompleteInput: (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0,
    });
    parsed = true;
    const unit = compileModule(tree, filename, mode, { warnings, future, optimize });
    if (warnings.length > 0 && warnCompileWarnings(warnings, raiseSyntaxError) < 0) return null;
    return unit;
  } catch (e) {
    raiseCompileFailure(e, warnings, source, filename, parsed, 'compiler');
    return null;
  }
}

/**
 * The failure of a parse or compile as a Python exception: the SyntaxWarnings gathered so far first,
 * then a SyntaxError with its line's text (a parser error reads it from the source, a compiler error
 * from the file named by `filename`, as PyErr_ProgramTextObject), RecursionError for a JS stack overflow,
 * else SystemError naming `stage`.
 */
function raiseCompileFailure(e: unknown, warnings: PyParserWarning[], source: string | Uint8Array | null, filename: string,
  parsed: boolean, stage: 'parser' | 'compiler'): void {
  if (warnings.length > 0 && warnCompileWarnings(warnings, raiseSyntaxError) < 0) return;
  if (e instanceof PySyntaxError) {
    if (parsed) {
      e.text = programText(filename, e.lineno);
    } else if (e.text === null && e.lineno !== null && e.lineno > 0 && source !== null && typeof source !== 'string') {
      const line = new TextDecoder().decode(source).split('\n')[e.lineno - 1];
      if (line !== undefined) e.text = line + '\n';
    }
    raiseSyntaxError(e);
    return;
  }
  if (e instanceof RangeError) {
    errSetString(exceptionTypes.get('RecursionError')!, 'maximum recursion depth exceeded during compilation');
    return;
  }
  errSetString(SystemError, `${stage} error: ${(e as Error).message}`);
}

/** compile()'s flags that change parsing (codeop sets both to detect incomplete input). */
const PyCF_DONT_IMPLY_DEDENT = 0x200;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

/**
 * compile(source, filename, mode, flags, optimize): an owned code object or NULL with the exception set.
 * optimize 1 drops asserts and makes __debug__ False, 2 also drops docstrings; -1 is the interpreter's
 * level (-O, sys.flags.optimize).
 */
export function compileSource(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec', future = 0,
  flags = 0, optimize = -1): Owned | Null {
  const unit = compileUnit(source, filename, mode, future, flags, optimize < 0 ? config.optimize : optimize);
  return unit === null ? NULL : codeFromUnit(unit);
}

/**
 * codeNew, except that under -X no_debug_ranges the code objects get no column positions (as
 * _PyCode_New drops them then, for compiled and cached code alike: the cache files keep them).
 */
function codeFromUnit(unit: CodeUnit): Owned | Null {
  return codeNew(config.noDebugRanges ? withoutColumns(unit) : unit);
}

/** A copy of `unit` (and of the code units among its constants) with every column -1 (None). */
function withoutColumns(unit: CodeUnit): CodeUnit {
  const none = new Int32Array(unit.cols.length).fill(-1);
  const consts = unit.consts.map((c) => c.kind === 'code' ? { kind: 'code' as const, code: withoutColumns(c.code) } : c);
  return { ...unit, consts, cols: none, endCols: none };
}

/**
 * The code object of the module source file `file` (the importer's SourceLoader.get_code), compiled at
 * the interpreter's level (-O): through the code cache (vm/codecache.ts; that level's file, in
 * __pycache__ or under `pycachePrefix`), compiling and writing the file only when needed. `verbose`
 * gets -v's messages. NULL with the exception set; a file that cannot be read raises ImportError
 * naming `fullname`.
 */
export function compileFile(file: string, fullname: string, dontWriteBytecode: boolean, pycachePrefix: string | null = null,
  verbose: ((msg: string) => void) | null = null): Owned | Null {
  const optimize = config.optimize;
  const unit = codeCacheGet(file, dontWriteBytecode, (src, filename) => compileUnit(src, filename, 'exec', 0, 0, optimize),
    { optimize, pycachePrefix, verbose });
  if (unit === 'unreadable') return errSetString(exceptionTypes.get('ImportError')!, `No module named '${fullname}'`);
  return unit === null ? NULL : codeFromUnit(unit);
}

/**
 * The parse step alone, for compile(..., PyCF_ONLY_AST) and ast.parse: the parser's tree, with its
 * SyntaxWarnings reported, or null with SyntaxError (or another) set. No symbol table or code
 * generation runs, so errors those find ('return' outside function) are not raised, as in CPython.
 */
function parseTree(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single'): AstMod | null {
  const warnings: PyParserWarning[] = [];
  try {
    const tree = parseSource(source, filename, mode, { warnings });
    if (warnings.length > 0 && warnCompileWarnings(warnings, raiseSyntaxError) < 0) return null;
    return tree;
  } catch (e) {
    raiseCompileFailure(e, warnings, source, filename, false, 'parser');
    return null;
  }
}

/** compile(tree, optimize=-1): a tree converted from Python objects (and validated) to a code object, or NULL. */
function compileTree(tree: AstMod, filename: string, mode: 'exec' | 'eval' | 'single', future: number, optimize = -1): Owned | Null {
  const warnings: PyParserWarning[] = [];
  try {
    const unit = compileModule(tree as Parameters<typeof compileModule>[0], filename, mode,
      { warnings, future, optimize: optimize < 0 ? config.optimize : optimize });
    if (warnings.length > 0 && warnCompileWarnings(warnings, raiseSyntaxError) < 0) return NULL;
    return codeFromUnit(unit);
  } catch (e) {
    raiseCompileFailure(e, warnings, null, filename, true, 'compiler');
    return NULL;
  }
}

astHooks.parse = (source, filename, mode) => parseTree(source, filename, mode);
astHooks.compile = compileTree;
