"""Line-oriented command interpreters (Immortal's own implementation of CPython 3.12's cmd).

A subclass of Cmd defines do_<name>(arg) methods; cmdloop() prompts, reads a line, and onecmd()
calls the method the line's first word names with the rest of the line. 'help' lists the
commands (from the do_* methods, their docstrings and help_* methods) in columns exactly as
CPython lays them out; '?' is 'help' and '!' is 'shell'. precmd/postcmd/preloop/postloop, default
and emptyline are the hooks. Tab completion needs readline, which Immortal does not have: the
completion methods work when called, but cmdloop never installs them."""

import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """The framework of a command interpreter; subclass it and add do_* methods."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """completekey: the readline key that completes (when readline exists); stdin, stdout: the
        files to use instead of sys.stdin and sys.stdout."""
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the loop

    def cmdloop(self, intro=None):
        """Prompt, read and run commands until one of them returns a true value."""
        self.preloop()
        uses_readline = self.use_rawinput and self.completekey
        if uses_readline:
            try:
                import readline
            except ImportError:
                uses_readline = False
            else:
                self.old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ': complete')
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + '\n')
            stop = None
            while not stop:
                line = self.precmd(self.cmdqueue.pop(0) if self.cmdqueue else self._read_line())
                stop = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if uses_readline:
                import readline
                readline.set_completer(self.old_completer)

    def _read_line(self):
        # The next command line without its line end; 'EOF' at the end of the input.
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip('\r\n') if line else 'EOF'

    def precmd(self, line):
        """Hook: called with each line before it runs; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Hook: called after each command with its result; returns whether to stop."""
        return stop

    def preloop(self):
        """Hook: called once when cmdloop() starts."""

    def postloop(self):
        """Hook: called once when cmdloop() is about to return."""

    # -- running one line

    def parseline(self, line):
        """(command, argument, line) of a line; command and argument are None when the line has
        no command ('!' without a do_shell method)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line as if typed at the prompt; returns the command's result (a true
        value stops cmdloop)."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        try:
            method = getattr(self, 'do_' + command)
        except AttributeError:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """Hook for an empty line: repeats the last non-empty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Hook for a line whose command is unknown: reports it."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion (readline)

    def completedefault(self, *ignored):
        """Completions of an argument of a command without complete_*(): none."""
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text (commands, then their
        complete_* methods for arguments)."""
        if state == 0:
            import readline
            buffer = readline.get_line_buffer()
            line = buffer.lstrip()
            shift = len(buffer) - len(line)
            begidx, endidx = readline.get_begidx() - shift, readline.get_endidx() - shift
            if begidx > 0:
                command = self.parseline(line)[0]
                completer = self.completedefault
                if command != '':
                    completer = getattr(self, 'complete_' + command, self.completedefault)
            else:
                completer = self.completenames
            self.completion_matches = completer(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """The attribute names help and completion look through (the class's)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        found.update(name[5:] for name in self.get_names() if name.startswith('help_' + args[0]))
        return list(found)

    # -- help

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        seen = None
        for name in sorted(names):
            if not name.startswith('do_') or name == seen:
                continue
            seen = name
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write('%s\n' % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, topic):
        # help_<topic>() when there is one, else the docstring of do_<topic>, else nohelp
        helper = getattr(self, 'help_' + topic, None)
        if helper is not None:
            helper()
            return
        try:
            doc = getattr(self, 'do_' + topic).__doc__
        except AttributeError:
            doc = None
        self.stdout.write('%s\n' % str(doc if doc else self.nohelp % (topic,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """A header, its ruler and cmds in columns (nothing when cmds is empty)."""
        if not cmds:
            return
        self.stdout.write('%s\n' % str(header))
        if self.ruler:
            self.stdout.write('%s\n' % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Write the strings of list in as few rows as fit in displaywidth, column by column,
        columns as wide as their longest item and two spaces apart."""
        if not list:
            self.stdout.write('<empty>\n')
            return
        bad = [str(i) for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError('list[i] not a string for i in %s' % ', '.join(bad))
        if len(list) == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        rows, widths = _layout(list, displaywidth)
        for row in range(rows):
            cells = list[row::rows]
            while cells and not cells[-1]:
                cells.pop()
            line = '  '.join(cell.ljust(width) for cell, width in zip(cells, widths))
            self.stdout.write('%s\n' % line)


def _layout(items, width):
    # The fewest rows (and the column widths) that fit; one item per row when nothing does.
    count = len(items)
    for rows in range(1, count):
        widths = [max(map(len, items[start:start + rows])) for start in range(0, count, rows)]
        if sum(widths) + 2 * (len(widths) - 1) <= width:
            return rows, widths
    return count, [0]
