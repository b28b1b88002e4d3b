"""Filename globbing, written for Immortal from the documentation of CPython 3.12's glob: glob and
iglob (recursive '**', root_dir, include_hidden), escape and has_magic. Names come in the order the
directory listing gives them; dir_fd is not supported."""

import fnmatch
import itertools
import os
import re
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching the shell pattern pathname (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname. With recursive, '**' as a whole component
    matches any files and zero or more directories. Names starting with '.' match only a pattern
    starting with '.', unless include_hidden. With root_dir, pathname (if relative) and the results
    are relative to root_dir."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError('glob with dir_fd is not supported by Immortal yet')
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # '**' first yields the empty name of the starting directory itself: not a result
        try:
            first = next(results)
        except StopIteration:
            return iter(())
        if first:
            results = itertools.chain((first,), results)
    return results


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, head)):
            yield pathname      # 'dir/': only when dir is a directory
        return
    if not head:
        if recursive and _isrecursive(tail):
            yield from _glob_recursive(root_dir, tail, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, tail, dironly, include_hidden)
        return
    if head != pathname and has_magic(head):
        dirs = _iglob(head, root_dir, recursive, True, include_hidden)
    else:
        dirs = [head]
    if not has_magic(tail):
        in_dir = _glob_literal
    elif recursive and _isrecursive(tail):
        in_dir = _glob_recursive
    else:
        in_dir = _glob_pattern
    for d in dirs:
        for name in in_dir(_join(root_dir, d), tail, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    # names in dirname matching a pattern with wildcards
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    # basename has no wildcards: it is there or it isn't ('' asks whether dirname is a directory)
    if basename:
        if os.path.lexists(os.path.join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    # '**': the directory itself (as an empty name), then everything below it
    if not dirname or os.path.isdir(dirname):
        yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    try:
        with os.scandir(dirname or os.curdir) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        if isinstance(dirname, bytes):
                            yield os.fsencode(entry.name)
                        else:
                            yield entry.name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _walk_names(dirname, dironly, include_hidden):
    # every name below dirname, relative to it, each directory before its contents
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            below = os.path.join(dirname, name) if dirname else name
            for rest in _walk_names(below, dironly, include_hidden):
                yield os.path.join(name, rest)


def _join(root, path):
    if not root or not path:
        return root or path
    return os.path.join(root, path)


def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, False, False)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether s contains a wildcard character (*, ? or [)."""
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    # a name starting with a dot (str or bytes: b'.'[0] is 46)
    return path[0] in ('.', 46)


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """pathname with its wildcard characters escaped (each put in brackets), the drive left alone."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = magic_check_bytes.sub(br'[\1]', rest)
    else:
        rest = magic_check.sub(r'[\1]', rest)
    return drive + rest
