// The interpreter's settings that the command line and the environment chose and that code outside
// the sys module reads while the program runs: the compiler (-O), bytes and bytearray (-b), the
// import system and code objects (-v, -X importtime, -X no_debug_ranges); io, written in Python,
// reads sys.flags for -X utf8 and -X warn_default_encoding. Mirrors the fields of CPython's PyConfig
// read through _Py_GetConfig(); sys.flags shows the same values. Plain data with no imports, kept in
// support/ so that objects/ can read it without importing the VM. Invariant: configSet runs when a
// session starts (before builtins and sys exist), so every session of one thread starts from its own
// options; nothing here holds heap references.

/** What -O, -b, -v, -X ... chose (PyConfig's fields of the same meaning). */
export interface InterpreterConfig {
  /** -O / -OO / PYTHONOPTIMIZE: sys.flags.optimize, the level compile(optimize=-1) and imports use. */
  optimize: number;
  /** -b / -bb: sys.flags.bytes_warning; BytesWarning from str(bytes) and bytes == str comparisons. */
  bytesWarning: number;
  /** -v / PYTHONVERBOSE: sys.flags.verbose; the import system's "import 'x' # ..." lines. */
  verbose: number;
  /** -X no_debug_ranges / PYTHONNODEBUGRANGES: code objects keep no column positions. */
  noDebugRanges: boolean;
  /** -X importtime / PYTHONPROFILEIMPORTTIME: each import's time to stderr. */
  importTime: boolean;
}

/** The running session's settings (the defaults until a session sets them). */
export const config: InterpreterConfig = {
  optimize: 0, bytesWarning: 0, verbose: 0, noDebugRanges: false, importTime: false,
};

/** Sets every field: `c`'s value, else the default. */
export function configSet(c: Partial<InterpreterConfig>): void {
  config.optimize = c.optimize ?? 0;
  config.bytesWarning = c.bytesWarning ?? 0;
  config.verbose = c.verbose ?? 0;
  config.noDebugRanges = c.noDebugRanges ?? false;
  config.importTime = c.importTime ?? false;
}

/**
 * PyErr_WarnEx for code that may not import vm/warn.ts (objects/, which the import system depends
 * on): installed by vm/warn.ts. `category` names a builtin warning class. 0, or -1 with the
 * exception set (an 'error' filter).
 */
export const configHooks = {
  warn: null as ((category: string, msg: string, stacklevel: number) => number) | null,
};
