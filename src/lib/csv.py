"""Reading and writing CSV files: reader, writer, DictReader, DictWriter, dialects, Sniffer.

Written for Immortal from the documented interface of CPython 3.12's csv module; the parsing and
writing engine is _csv.
"""

import re
import types
from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect,
                  get_dialect, list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL, __doc__)
from _csv import Dialect as _Dialect

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL", "Error", "Dialect", "__doc__", "excel",
           "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "__version__", "DictReader", "DictWriter", "unix_dialect"]


class Dialect:
    """Describe a CSV dialect: subclass it and set the formatting attributes as class attributes.

    Instantiating a subclass checks the attributes (csv.Error when one is wrong).
    """
    _name = ""
    _valid = False
    # Unset until a subclass gives them values.
    delimiter = quotechar = escapechar = doublequote = None
    skipinitialspace = lineterminator = quoting = None

    def __init__(self):
        # Dialect itself stays invalid: it has no values.
        self._valid = type(self) != Dialect or self._valid
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as exc:
            raise Error(str(exc))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter, quotechar, doublequote = ',', '"', True
    skipinitialspace, lineterminator, quoting = False, '\r\n', QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems (every field quoted)."""
    delimiter, quotechar, doublequote = ',', '"', True
    skipinitialspace, lineterminator, quoting = False, '\n', QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read rows as dicts keyed by fieldnames (by default, the first row's fields)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect, self.line_num = dialect, 0

    def _header(self):
        # The field names, read from the first row when none were given.
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_header(self, value):
        self._fieldnames = value

    fieldnames = property(_header, _set_header)

    def __next__(self):
        if not self.line_num:
            self._header()      # so that the header row is not taken for data
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            result[self.restkey] = row[len(names):]
        elif extra < 0:
            for name in names[len(row):]:
                result[name] = self.restval
        return result

    def __iter__(self):
        return self

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    """Write dicts as rows, their values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                names = ", ".join([repr(name) for name in unknown])
                raise ValueError("dict contains fields not in fieldnames: " + names)
        restval = self.restval
        return (rowdict.get(name, restval) for name in self.fieldnames)

    def writerows(self, rowdicts):
        convert = self._dict_to_list
        return self.writer.writerows(map(convert, rowdicts))

    def writerow(self, rowdict):
        values = self._dict_to_list(rowdict)
        return self.writer.writerow(values)

    __class_getitem__ = classmethod(types.GenericAlias)


# The Sniffer's patterns for a quoted field, from the most to the least context around it:
# delimiter before and after, only after (at a line start), only before (at a line end), none.
_QUOTED_FIELD_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


class Sniffer:
    """Guess the dialect of a CSV sample, and whether it starts with a header row."""

    def __init__(self):
        # Tie-breaker when several characters look like delimiters.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing sample (csv.Error when no delimiter shows)."""
        quote, doubled, delim, skip = self._guess_quote_and_delimiter(sample, delimiters)
        if not delim:
            delim, skip = self._guess_delimiter(sample, delimiters)
            if not delim:
                raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator, quoting = '\r\n', QUOTE_MINIMAL
            doublequote, delimiter = doubled, delim
            quotechar = quote or '"'    # an empty quotechar is not accepted
            skipinitialspace = skip

        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Look for quoted fields; their neighbours tell the quote and delimiter characters.

        Returns (quotechar, doublequote, delimiter, skipinitialspace).
        """
        found = []
        for pattern in _QUOTED_FIELD_PATTERNS:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = regexp.findall(data)
            if found:
                break
        if not found:
            return ('', False, None, 0)
        groups = regexp.groupindex
        quote_counts = {}
        delim_counts = {}
        spaced = 0
        for match in found:
            # With a single group findall gives strings: indexing one still gives the quote.
            quote = match[groups['quote'] - 1]
            if quote:
                quote_counts[quote] = quote_counts.get(quote, 0) + 1
            if 'delim' not in groups:
                continue
            delim = match[groups['delim'] - 1]
            if delim and (delimiters is None or delim in delimiters):
                delim_counts[delim] = delim_counts.get(delim, 0) + 1
            if 'space' in groups and match[groups['space'] - 1]:
                spaced += 1

        quotechar = max(quote_counts, key=quote_counts.get)
        if delim_counts:
            delim = max(delim_counts, key=delim_counts.get)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':
                # Quoted values alone on their lines: a single column.
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0

        # Three quotes inside one field mean that quotes are doubled inside fields.
        d = re.escape(delim)
        q = quotechar
        doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                             % (d, q, d, q, d, q, d), re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Find a character that occurs equally often on (nearly) every line.

        Lines are examined in chunks of ten; for each 7-bit character, the most common count per
        line (less the number of lines that differ) measures how consistent it is. Returns
        (delimiter, skipinitialspace), or ('', 0).
        """
        lines = [line for line in data.split('\n') if line]
        candidates = [chr(code) for code in range(127)]
        chunk = min(10, len(lines))
        histograms = {}    # char -> {count on a line: number of such lines}
        modes = {}         # char -> (most common count, its adjusted frequency)
        chosen = {}
        rounds = 0
        start = 0
        present = set()     # characters met so far; the others only ever count 0
        while start < len(lines):
            rounds += 1
            block = lines[start:start + chunk]
            for line in block:
                present.update(line)
            for ch in candidates:
                if ch not in present:
                    continue
                hist = histograms.get(ch)
                if hist is None:
                    # Lines of earlier chunks did not have it.
                    hist = histograms[ch] = {0: start} if start else {}
                for line in block:
                    count = line.count(ch)
                    hist[count] = hist.get(count, 0) + 1
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    modes[ch] = pairs[0]
                    continue
                best = max(pairs, key=lambda pair: pair[1])
                others = sum(pair[1] for pair in pairs) - best[1]
                modes[ch] = (best[0], best[1] - others)
            if chosen:
                # Settled on several candidates in an earlier chunk; they no longer change.
                break
            seen = float(min(chunk * rounds, len(lines)))
            level = 1.0
            while not chosen and level >= 0.9:
                for ch, (count, freq) in modes.items():
                    if count > 0 and freq > 0 and freq / seen >= level \
                            and (delimiters is None or ch in delimiters):
                        chosen[ch] = (count, freq)
                level -= 0.01
            if len(chosen) == 1:
                delim = next(iter(chosen))
                return delim, self._spaced(lines[0], delim)
            start += chunk
        if not chosen:
            return ('', 0)
        if len(chosen) > 1:
            for delim in self.preferred:
                if delim in chosen:
                    return delim, self._spaced(lines[0], delim)
        ranked = sorted((value, ch) for ch, value in chosen.items())
        delim = ranked[-1][1]
        return delim, self._spaced(lines[0], delim)

    @staticmethod
    def _spaced(line, delim):
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Guess whether the first row of sample is a header.

        Each column of the next rows (at most 21, only those with the header's width) gets a
        type: complex when every value converts, else the length shared by all its values;
        columns without one are left out. The header's fields then vote: one that does not fit
        its column's type counts for a header, one that fits counts against.
        """
        from io import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
