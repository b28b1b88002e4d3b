"""Comparing sequences: SequenceMatcher, Differ, ndiff, unified and context diffs, HtmlDiff.

Written for Immortal from the documented interface of CPython 3.12's difflib; the algorithms
(Ratcliff/Obershelp-style longest matching blocks with junk and popular-element handling, the
Differ's intraline marking, the side-by-side HTML table) reproduce its results exactly.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

from collections import namedtuple as _namedtuple
from types import GenericAlias

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Find the longest matching blocks of two sequences of hashable elements.

    isjunk(elt) tells which elements of b never start a match; with autojunk, elements of a b
    of 200 or more items that occur in more than 1% of it (plus one) are treated as junk too.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self.matching_blocks = None
            self.opcodes = None

    def set_seq2(self, b):
        # The analysis of b is cached: compare one b against many a's.
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        positions = {}
        for j, elt in enumerate(self.b):
            where = positions.get(elt)
            if where is None:
                positions[elt] = [j]
            else:
                where.append(j)
        junk = set()
        if self.isjunk:
            junk = {elt for elt in positions if self.isjunk(elt)}
            for elt in junk:
                del positions[elt]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {elt for elt, where in positions.items() if len(where) > limit}
            for elt in popular:
                del positions[elt]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside the given ranges, as Match(i, j, k).

        Of equally long blocks, the one starting earliest in a, then earliest in b. Junk cannot
        start or be inside the core block, but equal junk next to it is added on both sides.
        """
        a = self.a
        b = self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        positions = self.b2j
        junk = self.bjunk
        best_i, best_j, best = alo, blo, 0
        # run_end[j]: length of the matching run ending with a[i-1] == b[j].
        run_end = {}
        empty = ()
        for i in range(alo, ahi):
            runs = {}
            previous = run_end.get
            for j in positions.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = previous(j - 1, 0) + 1
                runs[j] = k
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            run_end = runs
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best += 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk
                   and a[best_i + best] == b[best_j + best]):
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        """Match triples of the matching blocks, in order, ending with Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a = len(self.a)
        len_b = len(self.b)
        todo = [(0, len_a, 0, len_b)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = block
            if not k:
                continue
            found.append(block)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        # Join blocks that touch.
        merged = []
        for i, j, k in found:
            if merged:
                pi, pj, pk = merged[-1]
                if pi + pk == i and pj + pk == j:
                    merged[-1] = (pi, pj, pk + k)
                    continue
            merged.append((i, j, k))
        merged.append((len_a, len_b, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) tuples turning a into b; tags: replace, delete, insert, equal."""
        if self.opcodes is not None:
            return self.opcodes
        codes = self.opcodes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                codes.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i = ai + size
            j = bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Generate groups of opcodes with up to n lines of context around each change."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # Trim the leading and trailing equal runs to n items (this edits the cached list).
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long equal run ends the group and opens the next one.
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and (len(group) != 1 or group[0][0] != 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total length."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio() from element counts alone."""
        if self.fullbcount is None:
            counts = self.fullbcount = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        left = dict(self.fullbcount)
        matched = 0
        for elt in self.a:
            have = left.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths alone."""
        len_a = len(self.a)
        len_b = len(self.b)
        return _ratio(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) best matches of word among possibilities scoring at least cutoff."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    from heapq import nlargest
    return [candidate for score, candidate in nlargest(n, scored)]


def _keep_original_ws(line, tags):
    # Where the tag line has a blank under a whitespace character, repeat that character.
    return ''.join(ch if tag == " " and ch.isspace() else tag for ch, tag in zip(line, tags))


class Differ:
    """Human-readable deltas of sequences of lines: '- ', '+ ', '  ' and '? ' hint lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta lines turning a into b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, lines, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (tag, lines[k])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.74); everything before it and after it
        # is handled recursively, the pair itself is shown with '?' hint lines.
        best_ratio = 0.74
        best_i = best_j = None
        same_i = same_j = None
        matcher = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(aline)
                if (matcher.real_quick_ratio() > best_ratio
                        and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio = matcher.ratio()
                    best_i, best_j = i, j
        identical = False
        if best_ratio < 0.75:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline = a[best_i]
        bline = b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            matcher.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                elif tag == 'equal':
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(amarks), ''.join(bmarks))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        for mark, line, tags in (('- ', aline, atags), ('+ ', bline, btags)):
            yield mark + line
            hint = _keep_original_ws(line, tags).rstrip()
            if hint:
                yield '? ' + hint + '\n'


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or one holding only '#' and whitespace."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or a tab."""
    return ch in ws


def _unified_range(start, stop):
    length = stop - start
    if length == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if length else start, length)


def _context_range(start, stop):
    length = stop - start
    first = start + 1 if length else start
    if length <= 1:
        return str(first)
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_header(mark, name, date, lineterm):
    return mark + ' ' + name + ('\t' + date if date else '') + lineterm


def _headed_groups(a, b, n, headers):
    # (lines to write first, group) for each group of changes: the file headers go with the first one
    # only, so that identical inputs give no output at all
    for k, group in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        yield (headers if k == 0 else ()), group


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Generate a unified diff (the `diff -u` format) between two lists of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headers = (_file_header('---', fromfile, fromfiledate, lineterm),
               _file_header('+++', tofile, tofiledate, lineterm))
    for first, group in _headed_groups(a, b, n, headers):
        yield from first
        old = _unified_range(group[0][1], group[-1][2])
        new = _unified_range(group[0][3], group[-1][4])
        yield '@@ -%s +%s @@%s' % (old, new, lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Generate a context diff (the `diff -c` format) between two lists of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headers = (_file_header('***', fromfile, fromfiledate, lineterm),
               _file_header('---', tofile, tofiledate, lineterm))
    for first, group in _headed_groups(a, b, n, headers):
        yield from first
        tags = [code[0] for code in group]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(group[0][1], group[-1][2]), lineterm)
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARKS[tag] + line
        yield '--- %s ----%s' % (_context_range(group[0][3], group[-1][4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARKS[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on bytes, yielding bytes lines."""
    def text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from exc

    a = [text(line) for line in a]
    b = [text(line) for line in b]
    args = [text(value) for value in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *args, n, text(lineterm)):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from a Differ/ndiff delta."""
    try:
        keep = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] == "  " or line[:2] == keep:
            yield line[2:]


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Side-by-side pairs for HtmlDiff: ((num, text) or None, (num, text) or None, changed).

    Changed text is wrapped as '\\0' + one of '+-^' + text + '\\1'. With context (a number of
    lines), only changes and that many lines around them come out, groups separated by
    (None, None, None).
    """
    import re
    markers = re.compile(r'(\++|\-+|\^+)')
    delta = ndiff(fromlines, tolines, linejunk, charjunk)
    counters = [0, 0]

    def take(pending, kind, side):
        # Consume one delta line (two with a '?' hint line) and number it on its side.
        counters[side] += 1
        if kind is None:
            return counters[side], pending.pop(0)[2:]
        if kind == '?':
            text = pending.pop(0)
            hints = pending.pop(0)
            spans = [(m.group(1)[0], m.start(), m.end()) for m in markers.finditer(hints)]
            for mark, begin, end in reversed(spans):
                text = text[:begin] + '\0' + mark + text[begin:end] + '\1' + text[end:]
            return counters[side], text[2:]
        text = pending.pop(0)[2:] or ' '
        return counters[side], '\0' + kind + text + '\1'

    def rows():
        # One (from, to, changed) triple per step; a line without a partner on the other side
        # has None there, and blank filler lines keep the two sides aligned.
        pending = []
        owed_pending = 0
        while True:
            while len(pending) < 4:
                pending.append(next(delta, 'X'))
            shape = ''.join(line[0] for line in pending)
            owed = None
            if shape.startswith('X'):
                owed = owed_pending
                left = right = None
            elif shape.startswith('-?+?'):
                yield take(pending, '?', 0), take(pending, '?', 1), True
                continue
            elif shape.startswith('--++'):
                owed_pending -= 1
                yield take(pending, '-', 0), None, True
                continue
            elif shape.startswith(('--?+', '--+', '- ')):
                left, right = take(pending, '-', 0), None
                owed, owed_pending = owed_pending - 1, 0
            elif shape.startswith('-+?'):
                yield take(pending, None, 0), take(pending, '?', 1), True
                continue
            elif shape.startswith('-?+'):
                yield take(pending, '?', 0), take(pending, None, 1), True
                continue
            elif shape.startswith('-'):
                owed_pending -= 1
                yield take(pending, '-', 0), None, True
                continue
            elif shape.startswith('+--'):
                owed_pending += 1
                yield None, take(pending, '+', 1), True
                continue
            elif shape.startswith(('+ ', '+-')):
                left, right = None, take(pending, '+', 1)
                owed, owed_pending = owed_pending + 1, 0
            elif shape.startswith('+'):
                owed_pending += 1
                yield None, take(pending, '+', 1), True
                continue
            elif shape.startswith(' '):
                yield take(pending[:], None, 0), take(pending, None, 1), False
                continue
            else:
                owed = 0
                left = right = None
            while owed < 0:
                owed += 1
                yield None, ('', '\n'), True
            while owed > 0:
                owed -= 1
                yield ('', '\n'), None, True
            if shape.startswith('X'):
                return
            yield left, right, True

    def pairs():
        # Pair the sides up, each keeping its own order.
        lefts = []
        rights = []
        source = rows()
        while True:
            while not lefts or not rights:
                try:
                    left, right, changed = next(source)
                except StopIteration:
                    return
                if left is not None:
                    lefts.append((left, changed))
                if right is not None:
                    rights.append((right, changed))
            left, left_changed = lefts.pop(0)
            right, right_changed = rights.pop(0)
            yield left, right, left_changed or right_changed

    source = pairs()
    if context is None:
        yield from source
        return
    window = context + 1
    while True:
        # Keep the last `window` lines until a change shows up.
        ring = [None] * window
        seen = 0
        changed = False
        while changed is False:
            try:
                item = next(source)
            except StopIteration:
                return
            changed = item[2]
            ring[seen % window] = item
            seen += 1
        if seen > window:
            yield None, None, None
            count = window
        else:
            count = seen
            seen = 0
        for k in range(count):
            yield ring[(seen + k) % window]
        remaining = window - 1
        while remaining:
            try:
                item = next(source)
            except StopIteration:
                return
            remaining = window - 1 if item[2] else remaining - 1
            yield item


_FILE_TEMPLATE = (
    '\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
    '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n\n<html>\n\n'
    '<head>\n    <meta http-equiv="Content-Type"\n'
    '          content="text/html; charset=%(charset)s" />\n    <title></title>\n'
    '    <style type="text/css">%(styles)s\n    </style>\n</head>\n\n<body>\n'
    '    %(table)s%(legend)s\n</body>\n\n</html>')

_STYLES = ''.join('\n        ' + rule for rule in (
    'table.diff {font-family:Courier; border:medium;}',
    '.diff_header {background-color:#e0e0e0}',
    'td.diff_header {text-align:right}',
    '.diff_next {background-color:#c0c0c0}',
    '.diff_add {background-color:#aaffaa}',
    '.diff_chg {background-color:#ffff77}',
    '.diff_sub {background-color:#ffaaaa}'))

_TABLE_TEMPLATE = (
    '\n    <table class="diff" id="difflib_chg_%(prefix)s_top"\n'
    '           cellspacing="0" cellpadding="0" rules="groups" >\n'
    + '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n' * 2
    + '        %(header_row)s\n        <tbody>\n%(data_rows)s        </tbody>\n    </table>')

_LEGEND = (
    '\n    <table class="diff" summary="Legends">\n'
    '        <tr> <th colspan="2"> Legends </th> </tr>\n'
    '        <tr> <td> <table border="" summary="Colors">\n'
    '                      <tr><th> Colors </th> </tr>\n'
    '                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>\n'
    '                      <tr><td class="diff_chg">Changed</td> </tr>\n'
    '                      <tr><td class="diff_sub">Deleted</td> </tr>\n'
    '                  </table></td>\n'
    '             <td> <table border="" summary="Links">\n'
    '                      <tr><th colspan="2"> Links </th> </tr>\n'
    '                      <tr><td>(f)irst change</td> </tr>\n'
    '                      <tr><td>(n)ext change</td> </tr>\n'
    '                      <tr><td>(t)op</td> </tr>\n'
    '                  </table></td> </tr>\n    </table>')


class HtmlDiff:
    """Side-by-side HTML comparison of two lists of lines, with intraline change highlights."""

    _file_template = _FILE_TEMPLATE
    _styles = _STYLES
    _table_template = _TABLE_TEMPLATE
    _legend = _LEGEND
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize, self._wrapcolumn = tabsize, wrapcolumn
        self._linejunk, self._charjunk = linejunk, charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5,
                  *, charset='utf-8'):
        """A complete XHTML page holding make_table()'s table and a legend."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                numlines=numlines)
        page = self._file_template % {'styles': self._styles, 'legend': self._legend,
                                      'table': table, 'charset': charset}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        # Expand tabs to blanks, protecting the original blanks from the later '&nbsp;' step by
        # turning the expansion's blanks into tabs (which become '&nbsp;' at the very end).
        def expand(line):
            line = line.replace(' ', '\0').expandtabs(self._tabsize)
            return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, out, line_num, text):
        # Wrap text at self._wrapcolumn visible characters, continuation lines numbered '>'.
        while True:
            if not line_num:
                out.append((line_num, text))
                return
            width = self._wrapcolumn
            size = len(text)
            if size <= width or size - text.count('\0') * 3 <= width:
                out.append((line_num, text))
                return
            pos = 0
            shown = 0
            open_mark = ''
            while shown < width and pos < size:
                ch = text[pos]
                if ch == '\0':
                    open_mark = text[pos + 1]
                    pos += 2
                elif ch == '\1':
                    open_mark = ''
                    pos += 1
                else:
                    pos += 1
                    shown += 1
            head = text[:pos]
            tail = text[pos:]
            if open_mark:
                head += '\1'
                tail = '\0' + open_mark + tail
            out.append((line_num, head))
            line_num = '>'
            text = tail

    def _line_wrapper(self, diffs):
        for left, right, flag in diffs:
            if flag is None:
                yield left, right, flag
                continue
            lefts = []
            rights = []
            self._split_line(lefts, *left)
            self._split_line(rights, *right)
            while lefts or rights:
                yield (lefts.pop(0) if lefts else ('', ' '),
                       rights.pop(0) if rights else ('', ' '), flag)

    def _collect_lines(self, diffs):
        lefts = []
        rights = []
        flags = []
        for left, right, flag in diffs:
            try:
                lefts.append(self._format_line(0, flag, *left))
                rights.append(self._format_line(1, flag, *right))
            except TypeError:
                # The separator between context groups.
                lefts.append(None)
                rights.append(None)
            flags.append(flag)
        return lefts, rights, flags

    def _format_line(self, side, flag, linenum, text):
        try:
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        except TypeError:
            anchor = ''
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, linenum, text))

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = number + 1
        self._prefix = ["from%d_" % number, "to%d_" % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        # Anchors: each change gets an id numlines rows above it, and a link to the next one.
        prefix = self._prefix[1]
        ids = [''] * len(flaglist)
        links = [''] * len(flaglist)
        changes = 0
        inside = False
        last = 0
        for row, flag in enumerate(flaglist):
            if not flag:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = row
            ids[max(0, row - numlines)] = ' id="difflib_chg_%s_%d"' % (prefix, changes)
            changes += 1
            links[row] = '<a href="#difflib_chg_%s_%d">n</a>' % (prefix, changes)
        if not flaglist:
            flaglist = [False]
            ids = ['']
            links = ['']
            last = 0
            if context:
                fromlist = tolist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % prefix
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % prefix
        return fromlist, tolist, flaglist, links, ids

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """An XHTML table comparing the lines side by side (context: only changes and numlines
        lines around them)."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, links, ids = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        for k, flag in enumerate(flaglist):
            if flag is None:
                if k > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
                continue
            rows.append('            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">'
                        '%s</td>%s</tr>\n' % (ids[k], links[k], fromlist[k], links[k], tolist[k]))
        header = ''
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                      % (fromdesc, todesc))
        table = self._table_template % {'data_rows': ''.join(rows), 'header_row': header,
                                        'prefix': self._prefix[1]}
        for raw, html in (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
                          ('\0^', '<span class="diff_chg">'), ('\1', '</span>'),
                          ('\t', '&nbsp;')):
            table = table.replace(raw, html)
        return table
