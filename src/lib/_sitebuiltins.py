# The objects the site module binds in builtins: exit/quit (Quitter), copyright/credits/license
# (_Printer) and help (_Helper), standing for CPython's Lib/_sitebuiltins.py.
# Invariants: none of them imports anything until called; repr() of each is the hint an interactive
# user sees when typing the bare name, as in CPython.

import sys


class Quitter:
    """exit() / quit(): close sys.stdin and raise SystemExit(code)."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        # an interactive session reading stdin ends with it, as CPython's does
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


class _Printer:
    """copyright / credits / license: a text shown by repr() when short, paged by calling."""

    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__data = data
        self.__lines = None
        self.__filenames = [f'{d}/{f}' for d in dirs for f in files]

    def __setup(self):
        if self.__lines is not None:
            return
        text = None
        for filename in self.__filenames:
            try:
                with open(filename, encoding='utf-8') as fp:
                    text = fp.read()
                break
            except OSError:
                pass
        self.__lines = (self.__data if text is None else text).split('\n')

    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return '\n'.join(self.__lines)
        return f'Type {self.__name}() to see the full {self.__name} text'

    def __call__(self):
        self.__setup()
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        shown = 0
        while shown < len(self.__lines):
            for line in self.__lines[shown:shown + self.MAXLINES]:
                print(line)
            shown += self.MAXLINES
            if shown >= len(self.__lines):
                break
            answer = None
            while answer not in ('', 'q'):
                answer = input(prompt)
            if answer == 'q':
                break


class _Helper:
    """help(): pydoc's help where there is a pydoc, else a short text about the object."""

    def __repr__(self):
        return ('Type help() for interactive help, or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        try:
            import pydoc
        except ImportError:
            return _short_help(*args, **kwds)
        return pydoc.help(*args, **kwds)


def _short_help(request=None):
    # Immortal has no pydoc: the object's name, kind and docstring.
    if request is None:
        print('Immortal runs Python 3.12 programs; interactive help (pydoc) is not available.')
        return
    name = getattr(request, '__name__', None)
    if not isinstance(name, str):
        name = type(request).__name__
    doc = getattr(request, '__doc__', None)
    kind = 'class' if isinstance(request, type) else 'function' if callable(request) else 'object'
    lines = [f'Help on {kind} {name}:', '', name]
    if isinstance(doc, str) and doc:
        lines.extend(f'    {line}'.rstrip() for line in doc.split('\n'))
    print('\n'.join(lines) + '\n')
