// Rich comparison operator codes, with CPython's values (Include/object.h: Py_LT ... Py_GE).
// A leaf module: imported at module-evaluation time by files that sit in import cycles.

export const Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5;

/** The operator with its operands swapped (a < b is b > a), as _Py_SwappedOp. */
export const Py_SwappedOp: readonly number[] = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];

/** The operator's symbol, for "'<' not supported between instances of ..." messages. */
export const Py_OpSymbol: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];
