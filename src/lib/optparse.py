"""Command-line option parsing in the optparse style (Immortal's own implementation of CPython 3.12's
optparse, written from its documentation and observed behaviour).

The extension points subclasses rely on keep their documented names: Option's ATTRS, ACTIONS,
*_ACTIONS, TYPES, TYPE_CHECKER, CHECK_METHODS and take_action(); OptionParser's _process_args(),
_process_long_opt() and _process_short_opts(); the formatter's format_* methods. Messages, help
layout (textwrap at COLUMNS - 2) and exit statuses (2 for errors, 0 for --help/--version) are
CPython's.
Invariants: a parser and its groups share one _short_opt/_long_opt/defaults mapping; every option
in those mappings is in its container's option_list and knows that container."""

import os
import sys
import textwrap

try:
    from gettext import gettext, ngettext
except ImportError:  # without gettext the messages stay English
    def gettext(message):
        return message

    def ngettext(singular, plural, n):
        return singular if n == 1 else plural

_ = gettext

__version__ = '1.5.3'

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
           'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter',
           'TitledHelpFormatter', 'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

SUPPRESS_HELP = 'SUPPRESSHELP'
SUPPRESS_USAGE = 'SUPPRESSUSAGE'
NO_DEFAULT = ('NO', 'DEFAULT')


def _repr(self):
    return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)


# -- exceptions

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was made with invalid or inconsistent arguments."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return 'option %s: %s' % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """Two options of one parser claim the same option string."""


class OptionValueError(OptParseError):
    """An option's value on the command line is not valid."""


class BadOptionError(OptParseError):
    """The command line names an option the parser does not have."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A long-option abbreviation matches several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return _('ambiguous option: %s (%s?)') % (self.opt_str, ', '.join(self.possibilities))


# -- help formatting

def _columns():
    # The terminal width as the shell exports it; 80 when COLUMNS is unset or not a number.
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class HelpFormatter:
    """Lays out usage, descriptions and the option list; subclasses choose the headings."""

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            width = _columns() - 2
        self.parser = None
        self.indent_increment = indent_increment
        self.width = width
        self.max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.current_indent = 0
        self.level = 0
        self.help_width = None  # known once store_option_strings() has seen the options
        self.short_first = short_first
        self.default_tag = '%default'
        self.option_strings = {}
        self._short_opt_fmt = '%s %s'
        self._long_opt_fmt = '%s=%s'

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim != '' and delim != ' ':
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._short_opt_fmt = '%s' + delim + '%s'

    def set_long_opt_delimiter(self, delim):
        if delim != '=' and delim != ' ':
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._long_opt_fmt = '%s' + delim + '%s'

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, 'Indent decreased below 0.'

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        margin = ' ' * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._format_text(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is None or value is NO_DEFAULT:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        # "  -f FILE, --file=FILE  help text" when the strings fit before help_position, else the
        # strings on a line of their own and the help below, indented to help_position.
        strings = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        margin = ' ' * self.current_indent
        if len(strings) > room:
            lines = [margin + strings + '\n']
            first_indent = self.help_position
        else:
            lines = [margin + strings.ljust(room) + '  ']
            first_indent = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
            lines.append(' ' * first_indent + wrapped[0] + '\n')
            pad = ' ' * self.help_position
            lines.extend(pad + line + '\n' for line in wrapped[1:])
        elif not lines[0].endswith('\n'):
            lines.append('\n')
        return ''.join(lines)

    def store_option_strings(self, parser):
        widest = 0
        self.indent()
        for option in parser.option_list:
            text = self.option_strings[option] = self.format_option_strings(option)
            widest = max(widest, self.current_indent + len(text))
        self.indent()
        for group in parser.option_groups:
            for option in group.option_list:
                text = self.option_strings[option] = self.format_option_strings(option)
                widest = max(widest, self.current_indent + len(text))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """The option's strings joined by ", ", with its metavar when it takes a value."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in shorts]
            longs = [self._long_opt_fmt % (s, metavar) for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ', '.join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Section bodies indented under "Heading:" lines (the default)."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _('Usage: %s\n') % usage

    def format_heading(self, heading):
        return ' ' * self.current_indent + heading + ':\n'


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' (top level) or '-' (groups)."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading(_('Usage')), usage)

    def format_heading(self, heading):
        return heading + '\n' + '=-'[self.level] * len(heading) + '\n'


# -- value checking

def _parse_num(val, type):
    # optparse's own prefixes: 0x hex, 0b binary, a leading 0 octal (so "010" is 8).
    prefix = val[:2].lower()
    if prefix == '0x':
        return type(val, 16)
    if prefix == '0b':
        return type(val[2:] or '0', 2)
    return type(val, 8 if val[:1] == '0' else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {
    'int': (_parse_int, _('integer')),
    'long': (_parse_int, _('integer')),
    'float': (float, _('floating-point')),
    'complex': (complex, _('complex')),
}


def check_builtin(option, opt, value):
    convert, noun = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_('option %s: invalid %s value: %r') % (opt, noun, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ', '.join([repr(c) for c in option.choices])
        raise OptionValueError(_('option %s: invalid choice: %r (choose from %s)')
                               % (opt, value, allowed))
    return value


# -- options

class Option:
    """One option: its strings (-f, --file) and what it does (action, type, dest, ...)."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
               'count', 'callback', 'help', 'version')
    # actions that store something under dest
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append',
                     'append_const', 'count')
    # actions that may take a typed value, and those that always do
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')

    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': check_builtin, 'long': check_builtin, 'float': check_builtin,
                    'complex': check_builtin, 'choice': check_choice}

    CHECK_METHODS = None  # the list is made below, once the methods exist

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [opt for opt in opts if opt]
        if not given:
            raise TypeError('at least one option string must be supplied')
        return given

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                raise OptionError('invalid option string %r: must be at least two characters long'
                                  % opt, self)
            if len(opt) == 2:
                if opt[0] != '-' or opt[1] == '-':
                    raise OptionError('invalid short option string %r: must be of the form -x, '
                                      '(x any non-dash char)' % opt, self)
                self._short_opts.append(opt)
            elif opt.startswith('--') and opt[2] != '-':
                self._long_opts.append(opt)
            else:
                raise OptionError('invalid long option string %r: must start with --, followed '
                                  'by non-dash' % opt, self)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            value = attrs.pop(name, NO_DEFAULT if name == 'default' else None)
            setattr(self, name, value)
        if attrs:
            raise OptionError('invalid keyword arguments: %s' % ', '.join(sorted(attrs)), self)

    # The consistency checks, run in CHECK_METHODS order; each may fill in a default.

    def _check_action(self):
        if self.action is None:
            self.action = 'store'
        elif self.action not in self.ACTIONS:
            raise OptionError('invalid action: %r' % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'string' if self.choices is None else 'choice'
            return
        if isinstance(self.type, type):
            self.type = self.type.__name__
        if self.type == 'str':
            self.type = 'string'
        if self.type not in self.TYPES:
            raise OptionError('invalid option type: %r' % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError('must not supply a type for action %r' % self.action, self)

    def _check_choice(self):
        if self.type != 'choice':
            if self.choices is not None:
                raise OptionError('must not supply choices for type %r' % self.type, self)
        elif self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(self.choices, (tuple, list)):
            kind = repr(type(self.choices)).split("'")[1]
            raise OptionError("choices must be a list of strings ('%s' supplied)" % kind, self)

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            # --foo-bar stores into foo_bar; a short option alone into its letter
            longs = self._long_opts
            self.dest = longs[0][2:].replace('-', '_') if longs else self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)
        elif self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        if self.action != 'callback':
            if self.callback is not None:
                raise OptionError('callback supplied (%r) for non-callback option'
                                  % self.callback, self)
            if self.callback_args is not None:
                raise OptionError('callback_args supplied for non-callback option', self)
            if self.callback_kwargs is not None:
                raise OptionError('callback_kwargs supplied for non-callback option', self)
            return
        if not callable(self.callback):
            raise OptionError('callback not callable: %r' % self.callback, self)
        if self.callback_args is not None and not isinstance(self.callback_args, tuple):
            raise OptionError('callback_args, if supplied, must be a tuple: not %r'
                              % self.callback_args, self)
        if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
            raise OptionError('callback_kwargs, if supplied, must be a dict: not %r'
                              % self.callback_kwargs, self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const,
                     _check_nargs, _check_callback]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    # Processing a value found on the command line.

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, item) for item in value])

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'store':
            setattr(values, dest, value)
        elif action == 'store_const':
            setattr(values, dest, self.const)
        elif action == 'store_true':
            setattr(values, dest, True)
        elif action == 'store_false':
            setattr(values, dest, False)
        elif action == 'append':
            values.ensure_value(dest, []).append(value)
        elif action == 'append_const':
            values.ensure_value(dest, []).append(self.const)
        elif action == 'count':
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == 'callback':
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action == 'help':
            parser.print_help()
            parser.exit()
        elif action == 'version':
            parser.print_version()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option


class Values:
    """The parsed option values, as attributes."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    __repr__ = _repr

    def __str__(self):
        return str(self.__dict__)

    def __eq__(self, other):
        # equal to another Values, or to a dict, with the same attributes
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def _update_careful(self, dict):
        # Only names this object already has, and only values that are not None.
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        if mode == 'careful':
            self._update_careful(dict)
        elif mode == 'loose':
            self._update_loose(dict)
        else:
            raise ValueError('invalid update mode: %r' % mode)

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        exec(open(filename).read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


class OptionContainer:
    """What OptionParser and OptionGroup share: an option list over the parser's mappings."""

    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._create_option_list()
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        # made by the parser, shared by its groups
        self._short_opt = {}  # '-f' -> Option
        self._long_opt = {}   # '--file' -> Option
        self.defaults = {}    # dest -> default value

    def _share_option_mappings(self, parser):
        # a group adds its options to its parser's mappings
        self.defaults = parser.defaults
        self._short_opt = parser._short_opt
        self._long_opt = parser._long_opt

    def set_conflict_handler(self, handler):
        """'error' (a clash raises OptionConflictError) or 'resolve' (the newer option wins)."""
        if handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value %r' % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        """The paragraph shown before the options in help output."""
        self.description = description

    def get_description(self):
        """The description as help output shows it."""
        return self.description

    def destroy(self):
        """Drop the shared mappings (see OptionParser.destroy)."""
        del self._short_opt
        del self._long_opt
        del self.defaults

    def _check_conflict(self, option):
        clashes = [(opt, self._short_opt[opt]) for opt in option._short_opts
                   if opt in self._short_opt]
        clashes += [(opt, self._long_opt[opt]) for opt in option._long_opts
                    if opt in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            raise OptionConflictError('conflicting option string(s): %s'
                                      % ', '.join([opt for opt, _old in clashes]), option)
        # 'resolve': the older option gives up the strings; with none left it goes away.
        for opt, old in clashes:
            if opt.startswith('--'):
                old._long_opts.remove(opt)
                del self._long_opt[opt]
            else:
                old._short_opts.remove(opt)
                del self._short_opt[opt]
            if not old._short_opts and not old._long_opts:
                old.container.option_list.remove(old)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError('invalid arguments')
        else:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError('not an Option instance: %r' % option)
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        if option.dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[option.dest] = option.default
            else:
                self.defaults.setdefault(option.dest, None)
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        """Remove the option that has opt_str, with all its strings."""
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option is None:
            raise ValueError('no such option %r' % opt_str)
        for table, strings in ((self._short_opt, option._short_opts),
                               (self._long_opt, option._long_opts)):
            for opt in strings:
                del table[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        shown = [formatter.format_option(option) for option in self.option_list
                 if option.help is not SUPPRESS_HELP]
        return ''.join(shown)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return '\n'.join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options (only the help output sees groups)."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def set_title(self, title):
        """The group's heading in help output."""
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body


class OptionParser(OptionContainer):
    """Parses a command line against its options; see the optparse documentation."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        """Break the parser's reference cycles; it cannot be used afterwards."""
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_list = []
        self.option_groups = []

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help', help=_('show this help message and exit'))

    def _add_version_option(self):
        self.add_option('--version', action='version',
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # the class's standard options, the given ones, then --version and --help
        for options in (self.standard_option_list, option_list):
            if options:
                self.add_options(options)
        if self.version:
            self._add_version_option()  # listed before --help
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        """rargs, largs and values mean something only while parse_args() runs."""
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        if usage is None:
            self.usage = _('%prog [options]')
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith('usage: '):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        """Let options follow positional arguments (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Stop option processing at the first positional argument."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        """Whether string defaults go through the options' type checks."""
        self.process_default_values = process

    def set_default(self, dest, value):
        """The value dest has when no option sets it."""
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        """set_default() for each keyword."""
        self.defaults.update(kwargs)

    def _get_all_options(self):
        options = list(self.option_list)
        for group in self.option_groups:
            options += group.option_list
        return options

    def get_default_values(self):
        if not self.process_default_values:
            return Values(self.defaults)
        # String defaults go through the option's type check, as command-line values do.
        defaults = dict(self.defaults)
        for option in self._get_all_options():
            value = defaults.get(option.dest)
            if isinstance(value, str):
                defaults[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError('invalid arguments')
        else:
            group = args[0]
            if not isinstance(group, OptionGroup):
                raise TypeError('not an OptionGroup instance: %r' % group)
            if group.parser is not self:
                raise ValueError('invalid OptionGroup (wrong parser)')
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse args (default sys.argv[1:]) into (values, positional arguments); errors exit."""
        rargs = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        self.rargs = rargs
        self.largs = largs = []
        self.values = values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """A hook for subclasses: check or adjust the result of parse_args."""
        return values, args

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == '--':
                del rargs[0]
                return
            if arg.startswith('--'):
                self._process_long_opt(rargs, values)
            elif arg.startswith('-') and arg != '-':
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(rargs.pop(0))
            else:
                return  # the rest stays in rargs

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, opt, option, rargs):
        # The nargs arguments an option consumes from the front of rargs.
        count = option.nargs
        if len(rargs) < count:
            self.error(ngettext('%(option)s option requires %(number)d argument',
                                '%(option)s option requires %(number)d arguments',
                                count) % {'option': opt, 'number': count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        explicit = '=' in arg
        if explicit:
            arg, attached = arg.split('=', 1)
            rargs.insert(0, attached)
        opt = self._match_long_opt(arg)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(opt, option, rargs)
        elif explicit:
            self.error(_('%s option does not take a value') % opt)
        else:
            value = None  # a flag
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        # a cluster: -abc is -a -b -c, and an option taking a value ends it (-fFILE)
        arg = rargs.pop(0)
        for i in range(1, len(arg)):
            opt = '-' + arg[i]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            rest = arg[i + 1:]
            if option.takes_value():
                # "-fFILE": the rest of the word is the (first) value.
                if rest:
                    rargs.insert(0, rest)
                value = self._take_values(opt, option, rargs)
            else:
                value = None
            option.process(opt, value, values, self)
            if rest and option.takes_value():
                break

    # -- output and exiting

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        """Write msg (if any) to stderr and exit with status."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and msg to stderr and exit with status 2 (overrides must not return)."""
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ''
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        """Print the usage line (with %prog expanded) to file, default stdout."""
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        """Print the version string (with %prog expanded) to file, default stdout."""
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        formatter.store_option_strings(self)
        heading = formatter.format_heading(_('Options'))
        formatter.indent()
        sections = []
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        sections += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        return heading + '\n'.join(sections) if sections else ''

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        text = self.get_usage() + '\n' if self.usage else ''
        if self.description:
            text += self.format_description(formatter) + '\n'
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        """Print the whole help text to file, default stdout."""
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The key of wordmap that s is, or is the only abbreviation of; else BadOptionError."""
    if s in wordmap:
        return s
    candidates = sorted(word for word in wordmap if word.startswith(s))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, candidates)
