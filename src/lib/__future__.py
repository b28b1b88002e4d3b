"""Records of the future statements: for each feature, the release that first accepted
`from __future__ import <feature>`, the release where it became (or will become) the default (None:
not decided), and the compiler flag it sets (for compile()'s flags argument)."""

# Written for Immortal from the documented contents of CPython 3.12's __future__ module. The compiler
# (src/compiler) handles the future statement itself; this module is what the statement imports at
# run time, as in CPython.

all_feature_names = [
    'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
    'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]

__all__ = ['all_feature_names'] + all_feature_names

# The compiler flags the features set (code.co_flags bits, and compile()'s flags): CO_NESTED is 0x10,
# generators needed none, and the CO_FUTURE_* bits run from 0x20000 up, one per feature in order.
CO_NESTED, CO_GENERATOR_ALLOWED = 0x0010, 0
(CO_FUTURE_DIVISION, CO_FUTURE_ABSOLUTE_IMPORT, CO_FUTURE_WITH_STATEMENT, CO_FUTURE_PRINT_FUNCTION,
 CO_FUTURE_UNICODE_LITERALS, CO_FUTURE_BARRY_AS_BDFL, CO_FUTURE_GENERATOR_STOP,
 CO_FUTURE_ANNOTATIONS) = (0x20000 << shift for shift in range(8))


class _Feature:
    # One future statement's record; vars() shows optional, mandatory, compiler_flag (CPython's names).

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory, self.compiler_flag = optionalRelease, mandatoryRelease, compiler_flag

    def getOptionalRelease(self):
        """The release (a sys.version_info-like 5-tuple) that first accepted the feature."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature became part of the language, or None if not decided yet."""
        return self.mandatory

    def __repr__(self):
        return '_Feature' + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), CO_NESTED)
generators = _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), CO_FUTURE_GENERATOR_STOP)
annotations = _Feature((3, 7, 0, 'beta', 1), None, CO_FUTURE_ANNOTATIONS)
