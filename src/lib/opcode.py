"""The opcode tables of CPython 3.12's bytecode, written for Immortal: names and numbers, the has*
classification lists, pseudo opcodes, specialization families and inline cache layouts. These
describe CPython's bytecode format (the one `dis` shows); Immortal runs the same instructions from its
own encoding (src/bytecode/opcodes.ts), and `dis` translates. stack_effect comes from _opcode.

Invariants: every table equals CPython 3.12's (the data between the generated-tables markers is
written by tools/gen-opcode.py); opname[n] is '<n>' for numbers no opcode uses."""

from _opcode import stack_effect

__all__ = ['cmp_op', 'hasarg', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare',
           'hasfree', 'hasexc', 'opname', 'opmap', 'HAVE_ARGUMENT', 'EXTENDED_ARG', 'stack_effect']

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# Opcodes numbered HAVE_ARGUMENT and up take an oparg; instrumented forms start at
# MIN_INSTRUMENTED_OPCODE; the compiler's pseudo opcodes are numbered from MIN_PSEUDO_OPCODE.
HAVE_ARGUMENT = 90
EXTENDED_ARG = 144
MIN_INSTRUMENTED_OPCODE = 237
MIN_PSEUDO_OPCODE = 256
ENABLE_SPECIALIZATION = True

# BEGIN generated tables (tools/gen-opcode.py)
opmap = {
    'CACHE': 0, 'POP_TOP': 1, 'PUSH_NULL': 2, 'INTERPRETER_EXIT': 3, 'END_FOR': 4, 'END_SEND': 5, 'NOP': 9,
    'UNARY_NEGATIVE': 11, 'UNARY_NOT': 12, 'UNARY_INVERT': 15, 'RESERVED': 17, 'BINARY_SUBSCR': 25,
    'BINARY_SLICE': 26, 'STORE_SLICE': 27, 'GET_LEN': 30, 'MATCH_MAPPING': 31, 'MATCH_SEQUENCE': 32,
    'MATCH_KEYS': 33, 'PUSH_EXC_INFO': 35, 'CHECK_EXC_MATCH': 36, 'CHECK_EG_MATCH': 37,
    'WITH_EXCEPT_START': 49, 'GET_AITER': 50, 'GET_ANEXT': 51, 'BEFORE_ASYNC_WITH': 52, 'BEFORE_WITH': 53,
    'END_ASYNC_FOR': 54, 'CLEANUP_THROW': 55, 'STORE_SUBSCR': 60, 'DELETE_SUBSCR': 61, 'GET_ITER': 68,
    'GET_YIELD_FROM_ITER': 69, 'LOAD_BUILD_CLASS': 71, 'LOAD_ASSERTION_ERROR': 74, 'RETURN_GENERATOR': 75,
    'RETURN_VALUE': 83, 'SETUP_ANNOTATIONS': 85, 'LOAD_LOCALS': 87, 'POP_EXCEPT': 89, 'STORE_NAME': 90,
    'DELETE_NAME': 91, 'UNPACK_SEQUENCE': 92, 'FOR_ITER': 93, 'UNPACK_EX': 94, 'STORE_ATTR': 95,
    'DELETE_ATTR': 96, 'STORE_GLOBAL': 97, 'DELETE_GLOBAL': 98, 'SWAP': 99, 'LOAD_CONST': 100,
    'LOAD_NAME': 101, 'BUILD_TUPLE': 102, 'BUILD_LIST': 103, 'BUILD_SET': 104, 'BUILD_MAP': 105,
    'LOAD_ATTR': 106, 'COMPARE_OP': 107, 'IMPORT_NAME': 108, 'IMPORT_FROM': 109, 'JUMP_FORWARD': 110,
    'POP_JUMP_IF_FALSE': 114, 'POP_JUMP_IF_TRUE': 115, 'LOAD_GLOBAL': 116, 'IS_OP': 117, 'CONTAINS_OP': 118,
    'RERAISE': 119, 'COPY': 120, 'RETURN_CONST': 121, 'BINARY_OP': 122, 'SEND': 123, 'LOAD_FAST': 124,
    'STORE_FAST': 125, 'DELETE_FAST': 126, 'LOAD_FAST_CHECK': 127, 'POP_JUMP_IF_NOT_NONE': 128,
    'POP_JUMP_IF_NONE': 129, 'RAISE_VARARGS': 130, 'GET_AWAITABLE': 131, 'MAKE_FUNCTION': 132,
    'BUILD_SLICE': 133, 'JUMP_BACKWARD_NO_INTERRUPT': 134, 'MAKE_CELL': 135, 'LOAD_CLOSURE': 136,
    'LOAD_DEREF': 137, 'STORE_DEREF': 138, 'DELETE_DEREF': 139, 'JUMP_BACKWARD': 140, 'LOAD_SUPER_ATTR': 141,
    'CALL_FUNCTION_EX': 142, 'LOAD_FAST_AND_CLEAR': 143, 'EXTENDED_ARG': 144, 'LIST_APPEND': 145,
    'SET_ADD': 146, 'MAP_ADD': 147, 'COPY_FREE_VARS': 149, 'YIELD_VALUE': 150, 'RESUME': 151,
    'MATCH_CLASS': 152, 'FORMAT_VALUE': 155, 'BUILD_CONST_KEY_MAP': 156, 'BUILD_STRING': 157,
    'LIST_EXTEND': 162, 'SET_UPDATE': 163, 'DICT_MERGE': 164, 'DICT_UPDATE': 165, 'CALL': 171,
    'KW_NAMES': 172, 'CALL_INTRINSIC_1': 173, 'CALL_INTRINSIC_2': 174, 'LOAD_FROM_DICT_OR_GLOBALS': 175,
    'LOAD_FROM_DICT_OR_DEREF': 176, 'INSTRUMENTED_LOAD_SUPER_ATTR': 237,
    'INSTRUMENTED_POP_JUMP_IF_NONE': 238, 'INSTRUMENTED_POP_JUMP_IF_NOT_NONE': 239,
    'INSTRUMENTED_RESUME': 240, 'INSTRUMENTED_CALL': 241, 'INSTRUMENTED_RETURN_VALUE': 242,
    'INSTRUMENTED_YIELD_VALUE': 243, 'INSTRUMENTED_CALL_FUNCTION_EX': 244, 'INSTRUMENTED_JUMP_FORWARD': 245,
    'INSTRUMENTED_JUMP_BACKWARD': 246, 'INSTRUMENTED_RETURN_CONST': 247, 'INSTRUMENTED_FOR_ITER': 248,
    'INSTRUMENTED_POP_JUMP_IF_FALSE': 249, 'INSTRUMENTED_POP_JUMP_IF_TRUE': 250, 'INSTRUMENTED_END_FOR': 251,
    'INSTRUMENTED_END_SEND': 252, 'INSTRUMENTED_INSTRUCTION': 253, 'INSTRUMENTED_LINE': 254,
    'SETUP_FINALLY': 256, 'SETUP_CLEANUP': 257, 'SETUP_WITH': 258, 'POP_BLOCK': 259, 'JUMP': 260,
    'JUMP_NO_INTERRUPT': 261, 'LOAD_METHOD': 262, 'LOAD_SUPER_METHOD': 263, 'LOAD_ZERO_SUPER_METHOD': 264,
    'LOAD_ZERO_SUPER_ATTR': 265, 'STORE_FAST_MAYBE_NULL': 266,
}
hasarg = [
    90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 114, 115,
    116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136,
    137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 149, 150, 151, 152, 155, 156, 157, 162, 163, 164,
    165, 171, 172, 173, 174, 175, 176, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250,
    251, 252, 253, 254, 260, 261, 262, 263, 264, 265, 266,
]
hasconst = [
    100, 121, 172,
]
hasname = [
    90, 91, 95, 96, 97, 98, 101, 106, 108, 109, 116, 141, 175, 262, 263, 264, 265,
]
hasjrel = [
    93, 110, 114, 115, 123, 128, 129, 134, 140, 260, 261,
]
hasjabs = []
haslocal = [
    124, 125, 126, 127, 143, 266,
]
hascompare = [
    107,
]
hasfree = [
    135, 136, 137, 138, 139, 148, 176,
]
hasexc = [
    256, 257, 258,
]
_pseudo_ops = {
    'SETUP_FINALLY': ['NOP'],
    'SETUP_CLEANUP': ['NOP'],
    'SETUP_WITH': ['NOP'],
    'POP_BLOCK': ['NOP'],
    'JUMP': ['JUMP_FORWARD', 'JUMP_BACKWARD'],
    'JUMP_NO_INTERRUPT': ['JUMP_FORWARD', 'JUMP_BACKWARD_NO_INTERRUPT'],
    'LOAD_METHOD': ['LOAD_ATTR'],
    'LOAD_SUPER_METHOD': ['LOAD_SUPER_ATTR'],
    'LOAD_ZERO_SUPER_METHOD': ['LOAD_SUPER_ATTR'],
    'LOAD_ZERO_SUPER_ATTR': ['LOAD_SUPER_ATTR'],
    'STORE_FAST_MAYBE_NULL': ['STORE_FAST'],
}
_nb_ops = [
    ('NB_ADD', '+'), ('NB_AND', '&'), ('NB_FLOOR_DIVIDE', '//'), ('NB_LSHIFT', '<<'),
    ('NB_MATRIX_MULTIPLY', '@'), ('NB_MULTIPLY', '*'), ('NB_REMAINDER', '%'), ('NB_OR', '|'),
    ('NB_POWER', '**'), ('NB_RSHIFT', '>>'), ('NB_SUBTRACT', '-'), ('NB_TRUE_DIVIDE', '/'), ('NB_XOR', '^'),
    ('NB_INPLACE_ADD', '+='), ('NB_INPLACE_AND', '&='), ('NB_INPLACE_FLOOR_DIVIDE', '//='),
    ('NB_INPLACE_LSHIFT', '<<='), ('NB_INPLACE_MATRIX_MULTIPLY', '@='), ('NB_INPLACE_MULTIPLY', '*='),
    ('NB_INPLACE_REMAINDER', '%='), ('NB_INPLACE_OR', '|='), ('NB_INPLACE_POWER', '**='),
    ('NB_INPLACE_RSHIFT', '>>='), ('NB_INPLACE_SUBTRACT', '-='), ('NB_INPLACE_TRUE_DIVIDE', '/='),
    ('NB_INPLACE_XOR', '^='),
]
_intrinsic_1_descs = [
    'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
    'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR',
    'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS',
]
_intrinsic_2_descs = [
    'INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
    'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
]
_specializations = {
    'BINARY_OP': [
        'BINARY_OP_ADD_FLOAT', 'BINARY_OP_ADD_INT', 'BINARY_OP_ADD_UNICODE', 'BINARY_OP_INPLACE_ADD_UNICODE',
        'BINARY_OP_MULTIPLY_FLOAT', 'BINARY_OP_MULTIPLY_INT', 'BINARY_OP_SUBTRACT_FLOAT',
        'BINARY_OP_SUBTRACT_INT',
    ],
    'BINARY_SUBSCR': [
        'BINARY_SUBSCR_DICT', 'BINARY_SUBSCR_GETITEM', 'BINARY_SUBSCR_LIST_INT', 'BINARY_SUBSCR_TUPLE_INT',
    ],
    'CALL': [
        'CALL_PY_EXACT_ARGS', 'CALL_PY_WITH_DEFAULTS', 'CALL_BOUND_METHOD_EXACT_ARGS', 'CALL_BUILTIN_CLASS',
        'CALL_BUILTIN_FAST_WITH_KEYWORDS', 'CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS',
        'CALL_NO_KW_BUILTIN_FAST', 'CALL_NO_KW_BUILTIN_O', 'CALL_NO_KW_ISINSTANCE', 'CALL_NO_KW_LEN',
        'CALL_NO_KW_LIST_APPEND', 'CALL_NO_KW_METHOD_DESCRIPTOR_FAST', 'CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS',
        'CALL_NO_KW_METHOD_DESCRIPTOR_O', 'CALL_NO_KW_STR_1', 'CALL_NO_KW_TUPLE_1', 'CALL_NO_KW_TYPE_1',
    ],
    'COMPARE_OP': [
        'COMPARE_OP_FLOAT', 'COMPARE_OP_INT', 'COMPARE_OP_STR',
    ],
    'FOR_ITER': [
        'FOR_ITER_LIST', 'FOR_ITER_TUPLE', 'FOR_ITER_RANGE', 'FOR_ITER_GEN',
    ],
    'LOAD_SUPER_ATTR': [
        'LOAD_SUPER_ATTR_ATTR', 'LOAD_SUPER_ATTR_METHOD',
    ],
    'LOAD_ATTR': [
        'LOAD_ATTR_CLASS', 'LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN', 'LOAD_ATTR_INSTANCE_VALUE',
        'LOAD_ATTR_MODULE', 'LOAD_ATTR_PROPERTY', 'LOAD_ATTR_SLOT', 'LOAD_ATTR_WITH_HINT',
        'LOAD_ATTR_METHOD_LAZY_DICT', 'LOAD_ATTR_METHOD_NO_DICT', 'LOAD_ATTR_METHOD_WITH_VALUES',
    ],
    'LOAD_CONST': [
        'LOAD_CONST__LOAD_FAST',
    ],
    'LOAD_FAST': [
        'LOAD_FAST__LOAD_CONST', 'LOAD_FAST__LOAD_FAST',
    ],
    'LOAD_GLOBAL': [
        'LOAD_GLOBAL_BUILTIN', 'LOAD_GLOBAL_MODULE',
    ],
    'STORE_ATTR': [
        'STORE_ATTR_INSTANCE_VALUE', 'STORE_ATTR_SLOT', 'STORE_ATTR_WITH_HINT',
    ],
    'STORE_FAST': [
        'STORE_FAST__LOAD_FAST', 'STORE_FAST__STORE_FAST',
    ],
    'STORE_SUBSCR': [
        'STORE_SUBSCR_DICT', 'STORE_SUBSCR_LIST_INT',
    ],
    'UNPACK_SEQUENCE': [
        'UNPACK_SEQUENCE_LIST', 'UNPACK_SEQUENCE_TUPLE', 'UNPACK_SEQUENCE_TWO_TUPLE',
    ],
    'SEND': [
        'SEND_GEN',
    ],
}
_cache_format = {
    'LOAD_GLOBAL': {'counter': 1, 'index': 1, 'module_keys_version': 1, 'builtin_keys_version': 1},
    'BINARY_OP': {'counter': 1},
    'UNPACK_SEQUENCE': {'counter': 1},
    'COMPARE_OP': {'counter': 1},
    'BINARY_SUBSCR': {'counter': 1},
    'FOR_ITER': {'counter': 1},
    'LOAD_SUPER_ATTR': {'counter': 1},
    'LOAD_ATTR': {'counter': 1, 'version': 2, 'keys_version': 2, 'descr': 4},
    'STORE_ATTR': {'counter': 1, 'version': 2, 'index': 1},
    'CALL': {'counter': 1, 'func_version': 2},
    'STORE_SUBSCR': {'counter': 1},
    'SEND': {'counter': 1},
}
# END generated tables

MAX_PSEUDO_OPCODE = MIN_PSEUDO_OPCODE + len(_pseudo_ops) - 1

oplists = [hasarg, hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare, hasfree, hasexc]


def is_pseudo(op):
    return MIN_PSEUDO_OPCODE <= op <= MAX_PSEUDO_OPCODE


opname = [f'<{n!r}>' for n in range(MAX_PSEUDO_OPCODE + 1)]
# As in CPython, the loop's two variables stay behind as module attributes (`op`, `i`).
for op, i in opmap.items():
    opname[i] = op

_specialized_instructions = [name for family in _specializations.values() for name in family]

# Number of inline CACHE code units after each real opcode (the sum of its cache layout's sizes).
_inline_cache_entries = [sum(_cache_format.get(opname[n], {}).values()) for n in range(256)]
