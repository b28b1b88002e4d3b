"""C-style command-line option parsing (Immortal's own implementation of CPython 3.12's getopt).

getopt() stops at the first non-option argument, like POSIX getopt(3); gnu_getopt() lets options
and arguments mix, like GNU getopt (unless the short option string starts with '+' or
POSIXLY_CORRECT is set).
"""

import os
import sys

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


def _(message):
    gt = sys.modules.get('gettext')
    return gt.gettext(message) if gt is not None else message


class GetoptError(Exception):
    """An unknown option, a missing or unexpected option argument, or an ambiguous prefix."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        Exception.__init__(self, msg, opt)
        self.opt = opt
        self.msg = msg

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, shortopts[, longopts]) -> (opts, args)

    Options must all come before the first non-option argument (or '--')."""
    found = []
    longopts = _long_list(longopts)
    rest = args  # slices of it are returned, so a tuple stays a tuple
    while rest:
        word = rest[0]
        if word == '--':
            rest = rest[1:]
            break
        if not word.startswith('-') or word == '-':
            break
        if word.startswith('--'):
            found, rest = do_longs(found, word[2:], longopts, rest[1:])
        else:
            found, rest = do_shorts(found, word[1:], shortopts, rest[1:])
    return found, rest


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and non-option arguments may be intermixed."""
    found = []
    positional = []
    longopts = _long_list(longopts)
    stop_at_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    elif os.environ.get('POSIXLY_CORRECT'):
        stop_at_first = True
    rest = args
    while rest:
        word = rest[0]
        if word == '--':
            positional.extend(rest[1:])
            break
        if word[:2] == '--':
            found, rest = do_longs(found, word[2:], longopts, rest[1:])
        elif word[:1] == '-' and word != '-':
            found, rest = do_shorts(found, word[1:], shortopts, rest[1:])
        elif stop_at_first:
            positional.extend(rest)
            break
        else:
            positional.append(word)
            rest = rest[1:]
    return found, positional


def do_longs(opts, opt, longopts, args):
    name, eq, value = opt.partition('=')
    value = value if eq else None
    takes_value, name = long_has_args(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError(_('option --%s requires argument') % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError(_('option --%s must not have an argument') % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def long_has_args(opt, longopts):
    """(whether the long option takes a value, its full name); opt may be a unique prefix."""
    matches = [candidate for candidate in longopts if candidate.startswith(opt)]
    if not matches:
        raise GetoptError(_('option --%s not recognized') % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError(_('option --%s not a unique prefix') % opt, opt)
    (full,) = matches
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    while optstring:
        letter = optstring[0]
        optstring = optstring[1:]
        value = ''
        if short_has_arg(letter, shortopts):
            if optstring:
                value = optstring
            elif args:
                value = args[0]
                args = args[1:]
            else:
                raise GetoptError(_('option -%s requires argument') % letter, letter)
            optstring = ''
        opts.append(('-' + letter, value))
    return opts, args


def short_has_arg(opt, shortopts):
    for i, letter in enumerate(shortopts):
        if letter != ':' and letter == opt:
            return shortopts[i + 1:i + 2] == ':'
    raise GetoptError(_('option -%s not recognized') % opt, opt)


if __name__ == '__main__':
    print(getopt(sys.argv[1:], 'a:b', ['alpha=', 'beta']))
