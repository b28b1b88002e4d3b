"""Configuration files in the INI style (Immortal's configparser, following CPython 3.12).

    [section]
    key = value
    other: a value that goes on
        over several lines

RawConfigParser reads and writes such files without interpolation; ConfigParser expands
%(name)s references (BasicInterpolation) by default; ExtendedInterpolation expands ${name} and
${section:name}. Parsers are mappings of section names to SectionProxy objects, which are mappings of
option names to values.
"""

import functools
import io
import itertools
import os
import re
import sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = (
    # errors
    "NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
    "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
    # parsers and their parts
    "ConfigParser", "RawConfigParser", "Interpolation", "BasicInterpolation",
    "ExtendedInterpolation", "LegacyInterpolation", "SectionProxy", "ConverterMapping",
    # constants
    "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
)

MAX_INTERPOLATION_DEPTH = 10
DEFAULTSECT = "DEFAULT"
_default_dict = dict


# ---------------------------------------------------------------------------------------- errors

class Error(Exception):
    """Base class of configparser's exceptions; str() and repr() give the message."""

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


def _fill(error, message, args, **attributes):
    # Set the message, then the attributes (in the given order), then args.
    Error.__init__(error, message)
    error.__dict__.update(attributes)
    error.args = args


def _where(source, lineno):
    # "While reading from 'file' [line 12]: " (the line part only when known)
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text + ": "


class NoSectionError(Error):
    """A section that does not exist was asked for."""

    def __init__(self, section):
        _fill(self, 'No section: %r' % (section,), (section,), section=section)


class DuplicateSectionError(Error):
    """A section was added twice (or, strict, found twice in one source)."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = _where(source, lineno) + "section %r already exists" % (section,)
        _fill(self, text, (section, source, lineno),
              section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option was found twice in one section of one source (strict parsers)."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "option %r in section %r already exists" % (option, section)
        text = "O" + what[1:] if source is None else _where(source, lineno) + what
        _fill(self, text, (section, option, source, lineno),
              section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """An option that does not exist was asked for."""

    def __init__(self, option, section):
        _fill(self, "No option %r in section: %r" % (option, section), (option, section),
              option=option, section=section)


class InterpolationError(Error):
    """Base class of the errors of interpolation."""

    def __init__(self, option, section, msg):
        _fill(self, msg, (option, section, msg), option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains an interpolation key %r "
                "which is not a valid option name. Raw value: %r"
                % (option, section, reference, rawval))
        _fill(self, text, (option, section, rawval, reference),
              option=option, section=section, reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's interpolation syntax is malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (usually a cycle)."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r in section %r contains "
                "an interpolation key which cannot be substituted in %d steps. Raw value: %r"
                % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        _fill(self, text, (option, section, rawval), option=option, section=section)


class ParsingError(Error):
    """A source had lines that could not be parsed; `errors` lists (lineno, repr(line))."""

    def __init__(self, source):
        _fill(self, 'Source contains parsing errors: %r' % source, (source,),
              source=source, errors=[])

    def append(self, lineno, line):
        """Record one bad line (and add it to the message)."""
        self.message = '%s\n\t[line %2d]: %s' % (self.message, lineno, line)
        self.errors.append((lineno, line))


class MissingSectionHeaderError(ParsingError):
    """A source has an option before any section header."""

    def __init__(self, filename, lineno, line):
        text = 'File contains no section headers.\nfile: %r, line: %d\n%r' % (filename, lineno, line)
        _fill(self, text, (filename, lineno, line), source=filename, lineno=lineno, line=line)


# Marks an argument that was not given (None is a meaningful value for several of them).
_UNSET = object()


# -------------------------------------------------------------------------------- interpolation

class Interpolation:
    """No interpolation: values are used as they are stored. The base of the other kinds."""

    def before_write(self, parser, section, option, value):
        """The text write() writes for a value."""
        return value

    def before_read(self, parser, section, option, value):
        """The value stored for text just parsed."""
        return value

    def before_set(self, parser, section, option, value):
        """The value stored by set() (may raise ValueError for bad syntax)."""
        return value

    def before_get(self, parser, section, option, value, defaults):
        """The value get() returns for a stored one."""
        return value


class _ReferenceInterpolation(Interpolation):
    # The engine shared by BasicInterpolation and ExtendedInterpolation: MARK doubled is a literal
    # MARK; MARK followed by OPEN starts a reference that _KEYCRE matches and _resolve looks up.
    MARK = OPEN = ''
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._interpolate_some(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        # Outside escapes and well-formed references, the mark may not appear.
        mark = self.MARK
        leftover = self._KEYCRE.sub('', value.replace(mark + mark, ''))
        if mark in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.find(mark)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        # The raw value, for error messages: the option's own when it exists.
        def raw():
            return parser.get(section, option, raw=True, fallback=original)

        original = rest
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw())
        mark = self.MARK
        while rest:
            head, found, tail = rest.partition(mark)
            if head:
                accum.append(head)
            if not found:
                break
            rest = mark + tail
            if tail[:1] == mark:
                accum.append(mark)
                rest = tail[1:]
                continue
            if tail[:1] != self.OPEN:
                raise InterpolationSyntaxError(
                    option, section,
                    "%r must be followed by %r or %r, found: %r" % (mark, mark, self.OPEN, rest))
            reference = self._KEYCRE.match(rest)
            if reference is None:
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % rest)
            rest = rest[reference.end():]
            value, where, name, lookup = self._resolve(
                parser, option, section, map, reference.group(1), rest, raw)
            if mark not in value:
                accum.append(value)
                continue
            if lookup is None:
                lookup = dict(parser.items(where, raw=True))
            self._interpolate_some(parser, name, accum, value, where, lookup, depth + 1)


class BasicInterpolation(_ReferenceInterpolation):
    """%(name)s is replaced by the value of option `name` of the same section (or the defaults);
    %% is a literal percent sign. References are expanded recursively."""

    MARK = '%'
    OPEN = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _resolve(self, parser, option, section, map, reference, rest, raw):
        name = parser.optionxform(reference)
        if name not in map:
            raise InterpolationMissingOptionError(option, section, raw(), name)
        return map[name], section, option, map


class ExtendedInterpolation(_ReferenceInterpolation):
    """${name} is replaced by option `name` of the same section (or the defaults), ${sect:name} by
    option `name` of section `sect`; $$ is a literal dollar sign."""

    MARK = '$'
    OPEN = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _resolve(self, parser, option, section, map, reference, rest, raw):
        parts = reference.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
        try:
            if len(parts) == 1:
                name = parser.optionxform(parts[0])
                return map[name], section, name, map
            name = parser.optionxform(parts[1])
            return parser.get(parts[0], name, raw=True), parts[0], name, None
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw(), reference) from None


class LegacyInterpolation(Interpolation):
    """The interpolation of old ConfigParser versions (deprecated): %(name)s references are
    lower-cased and the value is %-formatted with the section's options, up to
    MAX_INTERPOLATION_DEPTH times."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 and will be removed from "
            "the configparser module in Python 3.13. Use BasicInterpolation or "
            "ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        rounds = MAX_INTERPOLATION_DEPTH
        while rounds and value and "%(" in value:
            rounds -= 1
            value = self._KEYCRE.sub(
                lambda match: self._interpolation_replace(match, parser), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, original, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        name = match.group(1)
        return match.group() if name is None else "%%(%s)s" % parser.optionxform(name)


# ---------------------------------------------------------------------------------------- parser

_SECTION_PATTERN = r"\[(?P<header>.+)\]"
_OPTION_PATTERN = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
_OPTION_NO_VALUE_PATTERN = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"


class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation (see the module's docstring)."""

    _SECT_TMPL = _SECTION_PATTERN
    _OPT_TMPL = _OPTION_PATTERN
    _OPT_NV_TMPL = _OPTION_NO_VALUE_PATTERN
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECTION_PATTERN)
    OPTCRE = re.compile(_OPTION_PATTERN.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPTION_NO_VALUE_PATTERN.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self.default_section = default_section
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self._delimiters = tuple(delimiters)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        if delimiters != ('=', ':'):
            alternatives = "|".join(map(re.escape, delimiters))
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=alternatives), re.VERBOSE)
        else:
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation; "
                            "got an object of type %s" % type(interpolation))
        self._interpolation = interpolation
        # Section name -> option dict, and -> its SectionProxy (the default section has one too).
        self._dict = dict_type
        self._converters = ConverterMapping(self)
        self._defaults, self._sections, self._proxies = dict_type(), dict_type(), dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        if converters is not _UNSET:
            self._converters.update(converters)
        # Defaults given here are stored as they are (ConfigParser: without interpolation checks).
        if defaults:
            self._read_defaults(defaults)

    # ---- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Create a new, empty section (ValueError for the default section's name)."""
        if section in self._sections:
            raise DuplicateSectionError(section)
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        self._new_section(section)

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def has_section(self, section):
        """Whether the section exists (the default section does not count)."""
        return section in self._sections

    def options(self, section):
        """The option names of a section, the defaults' included."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    # ---- reading

    def read(self, filenames, encoding=None):
        """Read and parse the files that exist among `filenames`; return the names read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                fp = open(name, encoding=encoding)
            except OSError:
                continue
            with fp:
                self._read(fp, name)
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Parse the lines of an iterable of strings (an open file, a list)."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Parse the configuration in a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Add the sections of a mapping of section names to mappings of options to values
        (keys and values are converted to strings)."""
        seen = set()
        for name, options in dictionary.items():
            name = str(name)
            try:
                self.add_section(name)
            except (DuplicateSectionError, ValueError):
                # Already there (or the default section): fine, unless twice in this mapping.
                if name in seen and self._strict:
                    raise
            seen.add(name)
            for option, value in options.items():
                option = self.optionxform(str(option))
                if self._strict and (name, option) in seen:
                    raise DuplicateOptionError(name, option, source)
                seen.add((name, option))
                self.set(name, option, None if value is None else str(value))

    # ---- getting values

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of an option, interpolated unless raw is true.

        `vars` (a dict) is looked at first, then the section, then the defaults. Without a
        fallback, a missing section or option raises NoSectionError or NoOptionError.
        """
        try:
            lookup = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = lookup[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, lookup)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: the (name, SectionProxy) pairs, DEFAULT first. With one: a list of
        its (option, value) pairs, defaults included, interpolated unless raw is true."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove and return the first section (not DEFAULT) as (name, SectionProxy)."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def optionxform(self, optionstr):
        """How option names are normalized: lower case (override to change)."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the option is in the section or in the defaults (a false or default section
        name asks about the defaults only)."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # ---- changing

    def set(self, section, option, value=None):
        """Set an option (a false or default section name sets a default)."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        options[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration, DEFAULT first, in a form read() reads back."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write("%s\n" % (key,))
            else:
                fp.write("%s%s%s\n" % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        if option in options:
            del options[option]
            return True
        return False

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # ---- the mapping protocol

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # parser['s'] = parser['s'] must not empty the section before reading it back.
        if key in self and self[key] is value:
            return
        target = self._defaults if key == self.default_section else self._sections.get(key)
        if target is not None:
            target.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if self.remove_section(key):
            return
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        raise KeyError(key)

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections.keys()

    # ---- the parser proper

    def _comment_start(self, line):
        # Where the comment of a line starts (0 for a whole-line comment), or None.
        start = None
        if self._inline_comment_prefixes:
            # An inline comment prefix counts at the start of the line or after white space.
            for prefix in self._inline_comment_prefixes:
                at = line.find(prefix)
                while at != -1:
                    if at == 0 or line[at - 1].isspace():
                        if start is None or at < start:
                            start = at
                        break
                    at = line.find(prefix, at + 1)
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        return start

    def _read(self, fp, fpname):
        """Parse the lines of fp: sections, options, continuation lines and comments.

        Lines that are neither raise, together at the end, a ParsingError that lists them all.
        Values are lists of lines while parsing; _join_multiline_values joins them.
        """
        seen = set()
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        error = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            value = line[:comment_start].strip()
            if not value:
                if self._empty_lines_in_values:
                    # A blank line (not a comment) may belong to a multi-line value.
                    if (comment_start is None and cursect is not None and optname
                            and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    indent_level = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            cur_indent = first.start() if first else 0
            if cursect is not None and optname and cur_indent > indent_level:
                cursect[optname].append(value)
                continue
            indent_level = cur_indent
            header = self.SECTCRE.match(value)
            if header:
                sectname = header.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    seen.add(sectname)
                elif sectname != self.default_section:
                    cursect = self._new_section(sectname)
                    seen.add(sectname)
                else:
                    cursect = self._defaults
                optname = None
                continue
            if cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            match = self._optcre.match(value)
            if not match:
                error = self._handle_error(error, fpname, lineno, line)
                continue
            optname, vi, optval = match.group('option', 'vi', 'value')
            if not optname:
                error = self._handle_error(error, fpname, lineno, line)
            optname = self.optionxform(optname.rstrip())
            if self._strict and (sectname, optname) in seen:
                raise DuplicateOptionError(sectname, optname, fpname, lineno)
            seen.add((sectname, optname))
            cursect[optname] = None if optval is None else [optval.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _join_multiline_values(self):
        everything = itertools.chain(((self.default_section, self._defaults),),
                                     self._sections.items())
        before_read = self._interpolation.before_read
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        xform = self.optionxform
        self._defaults.update((xform(key), value) for key, value in defaults.items())

    def _handle_error(self, exc, fpname, lineno, line):
        # Add a bad line to the ParsingError being collected (made on the first one).
        error = exc or ParsingError(fpname)
        error.append(lineno, repr(line))
        return error

    def _unify_values(self, section, vars):
        # The lookup chain of get(): vars, then the section, then the defaults.
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(given, own, self._defaults)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def _validate_value_types(self, *, section="", option="", value=""):
        """Reject non-string section names, option names and values (ConfigParser only)."""
        for what, thing in (("section names", section), ("option keys", option)):
            if not isinstance(thing, str):
                raise TypeError(what + " must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    converters = property(lambda self: self._converters)


class ConfigParser(RawConfigParser):
    """A configuration parser with BasicInterpolation by default; values must be strings."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # Defaults given to the constructor are stored as they are, without interpolation checks.
        saved = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SectionProxy(MutableMapping):
    """One section of a parser, as a mapping of option names to (interpolated) values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        if key in self and self._parser.remove_option(self._name, key):
            return
        raise KeyError(key)

    def __iter__(self):
        return iter(self._options())

    def __len__(self):
        return len(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value (interpolated unless raw), or fallback when it is missing."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: name -> function. Adding 'name' gives the parser and its
    sections a getname() method; the built-in int, float and boolean map to None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        # The parser's own get<name> methods are listed, with None as their converter.
        self._data = {}
        self._parser = parser
        for attr in dir(parser):
            match = self.GETTERCRE.match(attr)
            if match and callable(getattr(parser, attr)):
                self._data[match.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            method = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key))) from None
        if method == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, method, getter)
        for proxy in self._parser.values():
            setattr(proxy, method, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            method = 'get' + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._data[key]
        for holder in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(holder, method)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
