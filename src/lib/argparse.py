"""Command-line option and argument parsing (Immortal's own implementation).

Follows the observable behaviour of CPython 3.12's argparse: parsing (optionals, positionals, every
nargs form and action, mutually exclusive groups, subparsers, abbreviations, argument files,
intermixed parsing), help and usage text (byte for byte, including line wrapping), error messages
and exit statuses.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
    'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
    'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

# The nargs values, and the marker that hides an argument, a default or a help entry.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
SUPPRESS = '==SUPPRESS=='
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(message):
    # Messages go through gettext like CPython's, but only once the program has imported gettext
    # (no translation can be installed before that), which keeps start-up cheap.
    gt = _sys.modules.get('gettext')
    return gt.gettext(message) if gt is not None else message


def ngettext(singular, plural, n):
    gt = _sys.modules.get('gettext')
    if gt is not None:
        return gt.ngettext(singular, plural, n)
    return singular if n == 1 else plural


# ---------------------------------------------------------------------------------------------
# Objects with a keyword-style repr

class _AttributeHolder(object):
    """Gives a class a repr built from _get_args() and _get_kwargs()."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_names = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append(f'{key}={value!r}')
            else:
                odd_names[key] = value
        if odd_names:
            shown.append('**' + repr(odd_names))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain attribute bag: what parse_args() returns."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for candidate in (argument.metavar, argument.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument (or with the command line as a whole)."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        if self.argument_name is None:
            return '%(message)s' % {'message': self.message}
        text = _('argument %(argument_name)s: %(message)s')
        return text % {'message': self.message, 'argument_name': self.argument_name}


class ArgumentTypeError(Exception):
    """Raised by type converters to give their own error message."""


# ---------------------------------------------------------------------------------------------
# Help formatting

_patterns = None


def _formatter_patterns():
    # Compiled once and shared by every formatter (a parser makes one per add_argument call).
    global _patterns
    if _patterns is None:
        _patterns = (_re.compile(r'\s+', _re.ASCII), _re.compile(r'\n\n\n+'))
    return _patterns


class HelpFormatter(object):
    """Lays out usage and help text; subclasses change how text is wrapped or annotated."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._width = width
        self._whitespace_matcher, self._long_break_matcher = _formatter_patterns()
        self._current_indent = self._level = self._action_max_length = 0
        self._root_section = self._current_section = self._Section(self, None)

    class _Section(object):
        def __init__(self, formatter, parent, heading=None):
            self.items = []
            self.formatter, self.parent, self.heading = formatter, parent, heading

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                label = _('%(heading)s:') % {'heading': self.heading}
                title = ' ' * fmt._current_indent + label + '\n'
            return fmt._join_parts(['\n', title, body, '\n'])

    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- what callers use --

    def start_section(self, heading):
        self._indent()
        child = self._Section(self, self._current_section, heading)
        self._add_item(child.format_help, [])
        self._current_section = child

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widths = [len(self._format_action_invocation(action))]
        for sub in self._iter_indented_subactions(action):
            widths.append(len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, max(widths) + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for each in actions:
            self.add_argument(each)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text).strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(p for p in part_strings if p and p is not SUPPRESS)

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = '%(prog)s' % {'prog': self._prog}
        else:
            usage = self._build_usage(actions, groups, prefix)
        return f'{prefix}{usage}\n\n'

    def _build_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % {'prog': self._prog}
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(optionals + positionals, groups)
        usage = ' '.join(s for s in (prog, whole) if s)
        width = self._width - self._current_indent
        if len(prefix) + len(usage) <= width:
            return usage

        # Too long: break it into parts and fill lines.
        splitter = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(splitter, self._format_actions_usage(optionals, groups))
        pos_parts = _re.findall(splitter, self._format_actions_usage(positionals, groups))

        def fill(parts, indent, first_prefix=None):
            out = []
            current = []
            used = (len(indent) if first_prefix is None else len(first_prefix)) - 1
            for part in parts:
                if current and used + 1 + len(part) > width:
                    out.append(indent + ' '.join(current))
                    current = []
                    used = len(indent) - 1
                current.append(part)
                used += 1 + len(part)
            if current:
                out.append(indent + ' '.join(current))
            if first_prefix is not None:
                out[0] = out[0][len(indent):]
            return out

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix) + fill(pos_parts, indent)
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Where each group opens and closes, keyed by action index.
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.update(members)
            visible = sum(1 for a in members if a.help is not SUPPRESS)
            if not visible:
                continue
            if not group.required:
                opener, closer = '[', ']'
            elif visible > 1:
                opener, closer = '(', ')'
            else:
                opener = closer = None
            if opener is not None:
                marks[start] = marks[start] + ' ' + opener if start in marks else opener
                marks[end] = marks[end] + closer if end in marks else closer
            for i in range(start + 1, end):
                marks[i] = '|'

        pieces = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
                continue
            if not action.option_strings:
                text = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
            else:
                if action.nargs == 0:
                    text = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    text = action.option_strings[0] + ' ' + self._format_args(action, metavar)
                if not action.required and action not in grouped:
                    text = '[' + text + ']'
            pieces.append(text)
        for i in sorted(marks, reverse=True):
            pieces.insert(i, marks[i])

        text = ' '.join(p for p in pieces if p is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # -- text and actions --

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        header_width = help_position - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        lead = ' ' * self._current_indent
        first_indent = help_position
        if not action.help:
            header = lead + invocation + '\n'
        elif len(invocation) <= header_width:
            header = lead + invocation.ljust(header_width) + '  '
            first_indent = 0
        else:
            header = lead + invocation + '\n'
        parts = [header]
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                parts.extend(' ' * help_position + line + '\n' for line in lines[1:])
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            (metavar,) = self._metavar_formatter(action,
                                                 self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(f'{opt} {args}' for opt in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        result = action.metavar
        if result is not None:
            pass
        elif action.choices is not None:
            result = '{' + ','.join(str(c) for c in action.choices) + '}'
        else:
            result = default_metavar

        def as_tuple(size):
            return result if isinstance(result, tuple) else (result,) * size
        return as_tuple

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            template = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return template % metavars(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for key in list(params):
            if params[key] is SUPPRESS:
                del params[key]
        for key, value in list(params.items()):
            if hasattr(value, '__name__'):
                params[key] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        getter = getattr(action, '_get_subactions', None)
        if getter is None:
            return
        self._indent()
        yield from getter()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (no re-wrapping)."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written, argument help included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends the default value to each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its default metavar."""

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__

    _get_default_metavar_for_optional = _get_default_metavar_for_positional


# ---------------------------------------------------------------------------------------------
# Actions

class Action(_AttributeHolder):
    """What to do with the strings matched for one argument."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices = type, choices
        self.required, self.help, self.metavar = required, help, metavar

    _REPR_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                    'required', 'help', 'metavar')

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in self._REPR_FIELDS]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))

    def format_usage(self):
        return self.option_strings[0]


_deprecated_default = object()


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=_deprecated_default,
                 choices=_deprecated_default, required=False, help=None,
                 metavar=_deprecated_default):
        given = {'type': type, 'choices': choices, 'metavar': metavar}
        for name, value in given.items():
            if value is _deprecated_default:
                given[name] = None
            else:
                import warnings
                warnings.warn("'%s' is deprecated as of Python 3.12 and will be removed in "
                              "Python 3.14." % name, DeprecationWarning, stacklevel=2)
        type, choices, metavar = given['type'], given['choices'], given['metavar']
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt.startswith('--'):
                both.append('--no-' + opt[2:])
        super().__init__(option_strings=both, dest=dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def format_usage(self):
        return ' | '.join(self.option_strings)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            negated = option_string.startswith('--no-')
            setattr(namespace, self.dest, not negated)


def _check_value_taking(kind, nargs, const, advice):
    if nargs == 0:
        raise ValueError(f'nargs for {kind} actions must be != 0; {advice}')
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_taking('store', nargs, const,
                            'if you have nothing to store, actions such as store true or '
                            'store const may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_taking('append', nargs, const,
                            'if arg strings are not supplying the value to append, the '
                            'append const action may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit(0)


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit(0)


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__(option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in taken:
                raise ArgumentError(self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        # The help lines of the subcommands that were given help=.
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, _('unknown parser %(parser_name)r (choices: %(choices)s)')
                                % {'parser_name': name, 'choices': known})
        # The subparser fills a namespace of its own, so that its defaults win over the parent's.
        sub_namespace, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------------------------
# Type factories

class FileType(object):
    """A type= converter that opens the named file ('-' means stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif any(c in mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError(_('argument "-" with mode %r') % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': exc})

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key in ('encoding', 'errors'):
            value = getattr(self, '_' + key)
            if value is not None:
                shown.append(f'{key}={value!r}')
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------------------------
# Containers of actions: parsers and groups

_NARGS_PATTERNS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}


def _identity(string):
    return string


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self._registries = {}
        for key, cls in ((None, _StoreAction), ('store', _StoreAction),
                         ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
                         ('store_false', _StoreFalseAction), ('append', _AppendAction),
                         ('append_const', _AppendConstAction), ('count', _CountAction),
                         ('help', _HelpAction), ('version', _VersionAction),
                         ('parsers', _SubParsersAction), ('extend', _ExtendAction)):
            self.register('action', key, cls)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]
        return None

    def get_default(self, dest):
        for action in self._actions:
            if action.default is not None and action.dest == dest:
                return action.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, ...)"""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        factory = self._pop_action_class(kwargs)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**kwargs)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        created = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(created)
        return created

    def add_mutually_exclusive_group(self, **kwargs):
        created = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(created)
        return created

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
        for opt in action.option_strings:
            if self._negative_number_matcher.match(opt) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)
        return None

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % (group.title))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = mutex
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE
                                                      and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        option_strings = []
        long_options = []
        for opt in args:
            if opt[0] not in chars:
                raise ValueError(_('invalid option string %(option)r: must start with a '
                                   'character %(prefix_chars)r')
                                 % {'option': opt, 'prefix_chars': chars})
            option_strings.append(opt)
            if len(opt) > 1 and opt[1] in chars:
                long_options.append(opt)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_options[0] if long_options else option_strings[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r') % opt)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError(_('invalid conflict_resolution value: %r') % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt]) for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        text = ngettext('conflicting option string: %s', 'conflicting option strings: %s',
                        len(conflicting_actions))
        raise ArgumentError(action, text % ', '.join(opt for opt, _a in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, older in conflicting_actions:
            older.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group adds to its parser's tables, not to tables of its own.
        self._registries, self._defaults = container._registries, container._defaults
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.', DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.', DeprecationWarning,
                      stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace, with help and error reporting."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, _identity)

        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')]

    # -- building --

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = _(kwargs.pop('title', 'subcommands'))
            description = kwargs.pop('description', None)
            if description is not None:
                description = _(description)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if not self.exit_on_error:
            namespace, extras = self._parse_known_args(args, namespace)
        else:
            try:
                namespace, extras = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        # Strings a subparser did not recognize were parked on the namespace.
        parked = vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, None)
        if parked is not None:
            extras.extend(parked)
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # For each action in a mutually exclusive group, the actions it excludes.
        excludes = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                excludes.setdefault(member, []).extend(members[:i] + members[i + 1:])

        # Classify every string: 'O' an option, 'A' an argument, '-' the '--' separator.
        options_at = {}
        kinds = []
        after_separator = False
        for i, text in enumerate(arg_strings):
            if after_separator:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                after_separator = True
            else:
                found = self._parse_optional(text)
                if found is None:
                    kinds.append('A')
                else:
                    options_at[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in excludes.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, _('not allowed with argument %s')
                                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(index):
            action, option_string, explicit = options_at[index]
            pending = []
            while True:
                if action is None:
                    extras.append(arg_strings[index])
                    return index + 1
                if explicit is None:
                    first = index + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    pending.append((action, arg_strings[first:stop], option_string))
                    break
                count = self._match_argument(action, 'A')
                if (count == 0 and option_string[1] not in self.prefix_chars
                        and explicit != ''):
                    # A flag bundled with more single-letter options: -xyz.
                    pending.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    following = explicit[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, _('ignored explicit argument %r') % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = following
                elif count == 1:
                    stop = index + 1
                    pending.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, _('ignored explicit argument %r') % explicit)
            for act, strings, opt in pending:
                take_action(act, strings, opt)
            return stop

        waiting = self._get_positional_actions()

        def consume_positionals(index):
            counts = self._match_arguments_partial(waiting, pattern[index:])
            for action, count in zip(waiting, counts):
                strings = arg_strings[index:index + count]
                index += count
                take_action(action, strings)
            del waiting[:len(counts)]
            return index

        index = 0
        last_option = max(options_at) if options_at else -1
        while index <= last_option:
            next_option = min(i for i in options_at if i >= index)
            if index != next_option:
                end = consume_positionals(index)
                if end > index:
                    index = end
                    continue
                index = end
            if index not in options_at:
                extras.extend(arg_strings[index:next_option])
                index = next_option
            index = consume_optional(index)
        index = consume_positionals(index)
        extras.extend(arg_strings[index:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # String defaults go through type= like command-line strings do.
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error(_('the following arguments are required: %s') % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error(_('one of the arguments %s is required') % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as f:
                    content = f.read()
            except OSError as err:
                self.error(str(err))
            else:
                found = []
                for line in content.splitlines():
                    found.extend(self.convert_arg_line_to_args(line))
                expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        messages = {None: _('expected one argument'),
                    OPTIONAL: _('expected at most one argument'),
                    ONE_OR_MORE: _('expected at least one argument')}
        text = messages.get(action.nargs)
        if text is None:
            text = ngettext('expected %s argument', 'expected %s arguments',
                            action.nargs) % action.nargs
        raise ArgumentError(action, text)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for n in range(len(actions), 0, -1):
            regex = ''.join(self._get_nargs_pattern(a) for a in actions[:n])
            found = _re.match(regex, arg_strings_pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, value = arg_string.split('=', 1)
            if name in known:
                return known[name], name, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(opt for _a, opt, _e in candidates)
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': names})
        if len(candidates) == 1:
            return candidates[0]
        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        known = self._option_string_actions
        found = []
        if option_string[0] not in chars:
            self.error(_('unexpected option string: %s') % option_string)
        if option_string[1] in chars:
            # --long: any unique prefix of a long option, when abbreviations are allowed.
            if self.allow_abbrev:
                prefix, _sep, value = option_string.partition('=')
                value = value if _sep else None
                for opt, action in known.items():
                    if opt.startswith(prefix):
                        found.append((action, opt, value))
        else:
            # -x...: a short option with its value attached, or a prefix of a single-dash option.
            short, attached = option_string[:2], option_string[2:]
            for opt, action in known.items():
                if opt == short:
                    found.append((action, opt, attached))
                elif opt.startswith(option_string):
                    found.append((action, opt, None))
        return found

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs in _NARGS_PATTERNS:
            regex = _NARGS_PATTERNS[nargs]
        else:
            regex = '(-*' + '-*'.join('A' * nargs) + '-*)'
        if action.option_strings:
            # Options never take the '--' separator as a value.
            regex = regex.replace('-*', '').replace('-', '')
        return regex

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return arg_strings
            self._check_value(action, action.default)
            return action.default
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, s) for s in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, _('%r is not callable') % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, _('invalid choice: %(value)r (choose from %(choices)s)')
                                % {'value': value, 'choices': listed})

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        bad = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % bad[0].nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            # Pass 1: options only; positionals are hidden and every free string is left over.
            saved = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, leftover = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            # Pass 2: the leftovers, with no option required any more.
            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            saved_group = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(leftover, namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in saved_group:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- help --

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        """Exits with the given status, after printing the message (if any) to stderr."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr, then exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n') % {'prog': self.prog, 'message': message})
