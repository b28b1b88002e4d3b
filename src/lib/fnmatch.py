"""Unix shell-style wildcard matching, written for Immortal from the documentation of CPython 3.12's
fnmatch: '*' (anything), '?' (one character), '[seq]' and '[!seq]' (one character in / not in seq).
Patterns become regular expressions (translate) that are compiled once and cached."""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat, after os.path.normcase of both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


_cache = {}         # (type, pattern) -> match function; emptied when it grows past 32768


def _compiled(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[key] = match
    return match


def filter(names, pat):
    """The elements of names that match pat (normcase applied as fnmatch does)."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    if os.path is posixpath:
        # normcase is the identity here
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case and all (no normcase)."""
    return _compiled(pat)(name) is not None


# translate() builds a list of pieces: regular-expression text, or _STAR for a run of '*'.
_STAR = object()


def _bracket(body):
    # The regular expression for the class '[' body ']' (body keeps a leading '!').
    neg = body[:1] == '!'
    if '-' not in body:
        text = body.replace('\\', r'\\')
    else:
        # Cut body at the hyphens that make ranges. A hyphen right after the start (or after '!')
        # is a plain character, and so is one that comes right after a range's last character.
        pieces = []
        last = 0
        look = 2 if neg else 1
        while True:
            h = body.find('-', look, len(body))
            if h < 0:
                break
            pieces.append(body[last:h])
            last = h + 1
            look = h + 3
        tail = body[last:]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'       # a final hyphen is itself a character
        # Ranges whose start is past their end match nothing: fold each into its neighbours.
        for k in range(len(pieces) - 1, 0, -1):
            before, after = pieces[k - 1], pieces[k]
            if before[-1] > after[0]:
                pieces[k - 1] = before[:-1] + after[1:]
                del pieces[k]
        text = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    text = re.sub(r'([&~|])', r'\\\1', text)     # characters re may one day read as set operations
    if not text:
        return '(?!)'                           # an empty class: never matches
    if text == '!':
        return '.'                              # a negated empty class: any character
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']'


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern pat matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            # find the closing bracket: a ']' first (after an optional '!') belongs to the class
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                pieces.append('\\[')
            else:
                pieces.append(_bracket(pat[i:j]))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    return '(?s:%s)\\Z' % _assemble(pieces)


def _assemble(pieces):
    # Literal pieces as they are. After a star, the text up to the next star is matched lazily
    # inside an atomic group (so a failed match never retries it: no exponential backtracking),
    # and the last star takes all it can.
    out = []
    k, n = 0, len(pieces)
    while k < n and pieces[k] is not _STAR:
        out.append(pieces[k])
        k += 1
    while k < n:
        k += 1                                  # the star
        fixed = []
        while k < n and pieces[k] is not _STAR:
            fixed.append(pieces[k])
            k += 1
        if k < n:
            out.append('(?>.*?' + ''.join(fixed) + ')')
        else:
            out.append('.*' + ''.join(fixed))
    return ''.join(out)
