// The _ast module (Python/Python-ast.c): the AST node classes and the PyCF_* flags, and the two
// conversions compile() uses: source -> Python tree (PyCF_ONLY_AST) and Python tree -> code object.
// Parsing and compiling go through astHooks, which vm/compile.ts fills in, so that the runtime's static
// import graph never reaches the parser or the compiler (as vm/import.ts's compileHook). The classes
// live in the session's _ast module (ast/classes.ts); the conversions are ast/to-python.ts and
// ast/from-python.ts, the checks of a hand-built tree ast/validate.ts.

import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import type * as A from '../parser/ast.ts';
import { errSetString } from '../objects/errors.ts';
import { NotImplementedError, SystemError } from '../objects/exceptions.ts';
import { isModule, moduleNameJS } from '../objects/module.ts';
import { objectIsInstance } from '../objects/type.ts';
import { importModuleLevel } from '../vm/import.ts';
import { nativeModuleNew } from './native.ts';
import { astModuleInit, astTypesGet, type AstTypes } from './ast/classes.ts';
import { astToPython } from './ast/to-python.ts';
import { astFromPython } from './ast/from-python.ts';
import { astValidate } from './ast/validate.ts';

export type AstMode = 'exec' | 'eval' | 'single' | 'func_type';

/** Filled in by vm/compile.ts. Both return null/NULL with the Python exception (SyntaxError...) set. */
export const astHooks = {
  /** Source -> the parser's tree, SyntaxWarnings reported as compile() reports them. */
  parse: null as ((source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single', flags: number) => A.mod | null) | null,
  /** A (validated) tree -> code object. */
  compile: null as ((tree: A.mod, filename: string, mode: 'exec' | 'eval' | 'single', future: number, optimize: number) => Owned | Null) | null,
};

export function astModuleNew(): Owned | Null {
  return nativeModuleNew('_ast', [], astModuleInit);
}

/** The session's _ast module (imported if needed) and its classes; null with an exception set. */
function astState(): { module: Owned; types: AstTypes } | null {
  const m = importModuleLevel('_ast', NULL, NULL, 0);
  if (m === NULL) return null;
  if (!isModule(m) || moduleNameJS(m) !== '_ast') {
    decref(m);
    errSetString(SystemError, 'sys.modules["_ast"] is not the _ast module');
    return null;
  }
  return { module: m, types: astTypesGet(m) };
}

function noCompiler(): Null {
  return errSetString(NotImplementedError, 'compile() needs the compiler, which this runtime did not load');
}

/** PyAST_Check: 1 when `o` is an instance of _ast.AST, 0 when not, -1 with an exception set. */
export function astCheck(o: Borrowed): number {
  const st = astState();
  if (st === null) return -1;
  const r = objectIsInstance(o, st.types.classes.get('AST')!);
  decref(st.module);
  return r;
}

/** compile(source, ..., PyCF_ONLY_AST): the Python tree of `source`, or NULL with an exception set. */
export function astParseToPython(source: string | Uint8Array, filename: string, mode: AstMode, flags: number): Owned | Null {
  if (astHooks.parse === null) return noCompiler();
  if (mode === 'func_type') {
    return errSetString(NotImplementedError, "compile() mode 'func_type' is not supported by Immortal yet");
  }
  const st = astState();
  if (st === null) return NULL;
  const tree = astHooks.parse(source, filename, mode, flags);
  const r = tree === null ? NULL : astToPython(tree, st.types);
  decref(st.module);
  return r;
}

const EXPECTED: Record<AstMode, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' };

/** compile(tree, filename, mode, optimize=-1): validates the Python tree `o` and compiles it; NULL with an exception set. */
export function astCompileFromPython(o: Borrowed, filename: string, mode: 'exec' | 'eval' | 'single', future: number, optimize = -1): Owned | Null {
  if (astHooks.compile === null) return noCompiler();
  const st = astState();
  if (st === null) return NULL;
  const tree = astFromPython(o, EXPECTED[mode], st.types.classes);
  decref(st.module);
  if (tree === null || !astValidate(tree)) return NULL;
  return astHooks.compile(tree, filename, mode, future, optimize);
}
