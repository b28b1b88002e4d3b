"""Compare files and directories (Immortal's implementation of CPython 3.12's filecmp).

cmp() compares two files, cmpfiles() a list of names in two directories, and dircmp computes, on
first use of each attribute, how two directory trees differ.
"""

from itertools import filterfalse
from types import GenericAlias
import os
import stat

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

# Results of deep comparisons, keyed by the two names and their stat signatures.
_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget the results of earlier deep comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_contents(path1, path2):
    with open(path1, 'rb') as one, open(path2, 'rb') as two:
        while True:
            chunk = one.read(BUFSIZE)
            if chunk != two.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmp(f1, f2, shallow=True):
    """True when the files f1 and f2 look equal.

    With shallow true, files whose type, size and modification time agree are equal without reading
    them; otherwise the contents decide (and the answer is cached while the stat signatures hold).
    """
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    result = _cache.get(key)
    if result is None:
        result = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = result
    return result


def _without(names, unwanted):
    return list(filterfalse(unwanted.__contains__, names))


def _classify(a, b, shallow):
    # 0: equal, 1: different, 2: could not be compared
    try:
        return 0 if cmp(a, b, shallow) else 1
    except (OSError, ValueError):
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in `common` in directories a and b.

    Returns three lists of names: equal files, different files, and files that could not be compared.
    """
    lists = ([], [], [])
    for name in common:
        lists[_classify(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return lists


class dircmp:
    """How two directories differ; each attribute is computed the first time it is read.

    left_list, right_list: the entries of each side, less `hide` and `ignore`, sorted
    common, left_only, right_only: names on both sides, or on one only
    common_dirs, common_files, common_funny: common names that are directories on both sides, regular
        files on both sides, or anything else
    same_files, diff_files, funny_files: common files that are equal (shallow comparison), differ, or
        could not be compared
    subdirs: a dircmp for each name of common_dirs
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def _lists(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(_without(os.listdir(self.left), skip))
        self.right_list = sorted(_without(os.listdir(self.right), skip))

    def _sides(self):
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def _kinds(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except (OSError, ValueError):
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def _contents(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def _subdirs(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    methodmap = dict(subdirs=_subdirs,
                     same_files=_contents, diff_files=_contents, funny_files=_contents,
                     common_dirs=_kinds, common_files=_kinds, common_funny=_kinds,
                     common=_sides, left_only=_sides, right_only=_sides,
                     left_list=_lists, right_list=_lists)

    def __getattr__(self, attr):
        compute = self.methodmap.get(attr)
        if compute is None:
            raise AttributeError(attr)
        compute(self)
        return getattr(self, attr)

    def report(self):
        """Print how the two directories differ."""
        print('diff', self.left, self.right)
        for side, names in ((self.left, self.left_only), (self.right, self.right_only)):
            if names:
                names.sort()
                print('Only in', side, ':', names)
        for label, names in (('Identical files :', self.same_files),
                             ('Differing files :', self.diff_files),
                             ('Trouble with common files :', self.funny_files),
                             ('Common subdirectories :', self.common_dirs),
                             ('Common funny cases :', self.common_funny)):
            if names:
                names.sort()
                print(label, names)

    def report_partial_closure(self):
        """Print the report of this pair and of its immediate subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Print the report of this pair and, recursively, of all common subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)
