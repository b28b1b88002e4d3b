# tracemalloc: where a program's memory was allocated, from the traces _tracemalloc keeps.
# Stands for CPython 3.12's Lib/tracemalloc.py (written here from its documented behaviour): the same
# classes, reprs, str() formats, orderings, messages and pickled attribute names (`_frame`, `_frames`,
# `_total_nframe`, `_trace`, `_traces`, `traces`, `traceback_limit`), so snapshots dumped by either
# load in the other. The raw form from _tracemalloc: a trace is (domain, size, frames, total_nframe)
# and frames are (filename, lineno) tuples, most recent first; Traceback keeps them oldest first.
# Sizes are those of Immortal's heap blocks (docs/internals/heap.md), not CPython's.

import fnmatch
import linecache
from collections.abc import Iterable, Sequence
from functools import total_ordering
import os.path
import pickle

from _tracemalloc import *
from _tracemalloc import _get_traces, _get_object_traceback


def _format_size(size, sign):
    """A byte count as 'N B', 'N.N KiB', 'N KiB' ... (three or four significant digits)."""
    spec = '+' if sign else ''
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        magnitude = abs(size)
        if unit != 'B' and magnitude < 100:
            return f'{size:{spec}.1f} {unit}'
        if unit == 'TiB' or magnitude < 10 * 1024:
            return f'{size:{spec}.0f} {unit}'
        size /= 1024


def _average_suffix(size, count):
    return ', average=' + _format_size(size / count, False) if count else ''


class Statistic:
    """Memory allocated at one traceback (or line, or file): total size and number of blocks."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __eq__(self, other):
        if isinstance(other, Statistic):
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        return hash(self._fields())

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % self._fields()

    def __str__(self):
        head = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False), self.count)
        return head + _average_suffix(self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic of a new snapshot with how its size and count changed since an old one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size, self.size_diff = size, size_diff
        self.count, self.count_diff = count, count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __eq__(self, other):
        if isinstance(other, StatisticDiff):
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        return hash(self._fields())

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._fields()

    def __str__(self):
        sizes = _format_size(self.size, False), _format_size(self.size_diff, True)
        head = '%s: size=%s (%s), count=%i (%+i)' % (self.traceback, *sizes, self.count, self.count_diff)
        return head + _average_suffix(self.size, self.count)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


@total_ordering
class Frame:
    """One frame of a traceback: a (filename, lineno) pair."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    filename = property(lambda self: self._frame[0])
    lineno = property(lambda self: self._frame[1])

    def __eq__(self, other):
        if isinstance(other, Frame):
            return self._frame == other._frame
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Frame):
            return self._frame < other._frame
        return NotImplemented

    def __hash__(self):
        return hash(self._frame)

    def __repr__(self):
        return f'<Frame filename={self.filename!r} lineno={self.lineno!r}>'

    def __str__(self):
        return f'{self.filename}:{self.lineno}'


@total_ordering
class Traceback(Sequence):
    """The frames of an allocation, from the oldest call to the most recent."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc lists the most recent frame first.
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    # How many frames the allocation had in all (None when not known), of which this keeps the newest.
    total_nframe = property(lambda self: self._total_nframe)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Frame, self._frames[index]))
        return Frame(self._frames[index])

    def __len__(self):
        return len(self._frames)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __eq__(self, other):
        if isinstance(other, Traceback):
            return self._frames == other._frames
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Traceback):
            return self._frames < other._frames
        return NotImplemented

    def __hash__(self):
        return hash(self._frames)

    def __repr__(self):
        total = '' if self._total_nframe is None else f' total_nframe={self._total_nframe}'
        return f'<Traceback {tuple(self)}{total}>'

    def __str__(self):
        return str(self[0])

    def format(self, limit=None, most_recent_first=False):
        """Lines as a traceback prints them: '  File "...", line N' and the stripped source line."""
        if limit is None:
            chosen = self._frames
        elif limit > 0:
            chosen = self._frames[-limit:]
        else:
            chosen = self._frames[:limit]
        if most_recent_first:
            chosen = chosen[::-1]
        lines = []
        for filename, lineno in chosen:
            lines.append(f'  File "{filename}", line {lineno}')
            source = linecache.getline(filename, lineno).strip()
            if source:
                lines.append('    ' + source)
        return lines


def get_object_traceback(obj):
    """The Traceback of where obj was allocated, or None when that allocation was not traced."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    """One traced memory block: its domain, size and Traceback."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace

    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])

    @property
    def traceback(self):
        # (frames, total_nframe); a trace pickled without the total has just the frames.
        return Traceback(*self._trace[2:4])

    def __eq__(self, other):
        if isinstance(other, Trace):
            return self._trace == other._trace
        return NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __repr__(self):
        return f'<Trace domain={self.domain} size={_format_size(self.size, False)}, traceback={self.traceback!r}>'

    def __str__(self):
        return f'{self.traceback}: {_format_size(self.size, False)}'


class _Traces(Sequence):
    """A snapshot's traces, read as Trace objects."""

    def __init__(self, traces):
        self._traces = traces

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Trace, self._traces[index]))
        return Trace(self._traces[index])

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __len__(self):
        return len(self._traces)

    def __repr__(self):
        return f'<Traces len={len(self)}>'


def _normalize_filename(filename):
    """The form filters compare: the OS's case rules, and a .pyc named by its .py."""
    filename = os.path.normcase(filename)
    return filename[:-1] if filename.endswith('.pyc') else filename


class BaseFilter:
    """What Filter and DomainFilter share: whether matching traces are kept or dropped."""

    def _match(self, trace):
        # Whether `trace` (a raw (domain, size, frames, total_nframe) tuple) passes this filter.
        raise NotImplementedError

    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    """Keeps (inclusive) or drops traces by filename pattern, line and domain."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno, self.all_frames, self.domain = lineno, all_frames, domain

    # Normalized as the filenames it is compared with (_normalize_filename); read-only.
    filename_pattern = property(lambda self: self._filename_pattern)

    def _frame_matches(self, filename, lineno):
        if not fnmatch.fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_traceback(self, frames):
        # With all_frames any frame may match, else only the most recent one (frames[0]).
        if self.all_frames:
            found = any(self._frame_matches(name, line) for name, line in frames)
        else:
            found = self._frame_matches(*frames[0])
        return found == bool(self.inclusive)

    def _match(self, trace):
        matched = self._match_traceback(trace[2])
        if self.domain is None:
            return matched
        same_domain = trace[0] == self.domain
        return (matched and same_domain) if self.inclusive else (matched or not same_domain)


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address space (domain)."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    domain = property(lambda self: self._domain)

    def _match(self, trace):
        return (trace[0] == self._domain) == bool(self.inclusive)


def _stats_key_frames(key_type, frames):
    """The frames a trace is grouped under for key_type (not cumulative)."""
    if key_type == 'traceback':
        return frames
    if key_type == 'lineno':
        return frames[:1]
    return ((frames[0][0], 0),)


class Snapshot:
    """The traces of the blocks allocated when take_snapshot() ran."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (pickled)."""
        with open(filename, 'wb') as f:
            pickle.dump(self, f, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Read a snapshot written by dump()."""
        with open(filename, 'rb') as f:
            return pickle.load(f)

    def filter_traces(self, filters):
        """A new Snapshot of the traces the filters let through (all of them when filters is empty)."""
        if not isinstance(filters, Iterable):
            raise TypeError(f'filters must be a list of filters, not {type(filters).__name__}')
        raw = self.traces._traces
        filters = list(filters)
        if not filters:
            return Snapshot(raw.copy(), self.traceback_limit)
        keep = [f for f in filters if f.inclusive]
        drop = [f for f in filters if not f.inclusive]
        # An exclusive filter's _match is true for the traces it lets through.
        kept = [trace for trace in raw
                if (not keep or any(f._match(trace) for f in keep))
                and all(f._match(trace) for f in drop)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError(f'unknown key_type: {key_type!r}')
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError(f'cumulative mode cannot by used with key type {key_type!r}')
        groups = {}
        keys = {}

        def add(raw_key, frames, size):
            traceback = keys.get(raw_key)
            if traceback is None:
                traceback = keys[raw_key] = Traceback(frames)
            stat = groups.get(traceback)
            if stat is None:
                groups[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for _domain, size, frames, _total in self.traces._traces:
            if not cumulative:
                add(frames, _stats_key_frames(key_type, frames), size)
                continue
            # Cumulative: the trace counts once under each of its frames.
            for frame in frames:
                add(frame, (frame,) if key_type == 'lineno' else ((frame[0], 0),), size)
        return groups

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by key_type ('filename', 'lineno', 'traceback'), biggest first."""
        grouped = self._group_by(key_type, cumulative)
        return sorted(grouped.values(), key=Statistic._sort_key, reverse=True)

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects from old_snapshot to this one, biggest change first."""
        now = self._group_by(key_type, cumulative)
        before = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for traceback, stat in now.items():
            old = before.pop(traceback, None)
            old_size, old_count = (0, 0) if old is None else (old.size, old.count)
            diffs.append(StatisticDiff(traceback, stat.size, stat.size - old_size, stat.count, stat.count - old_count))
        for traceback, old in before.items():
            diffs.append(StatisticDiff(traceback, 0, -old.size, 0, -old.count))
        diffs.sort(key=StatisticDiff._sort_key, reverse=True)
        return diffs


def take_snapshot():
    """A Snapshot of the traces of the blocks allocated now."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory allocations to take a snapshot')
    return Snapshot(_get_traces(), get_traceback_limit())
