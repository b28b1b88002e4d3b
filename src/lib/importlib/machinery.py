# importlib.machinery: the importers, finders, loaders and module specs of the import system, and
# the file suffixes it recognises (see importlib/__init__.py for how they relate to Immortal's
# TypeScript import machinery).

from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter
from _frozen_importlib_external import (
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, all_suffixes,
    FileLoader, SourceLoader, SourceFileLoader, PathFinder, FileFinder,
)

DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
