"""Reading .netrc files (Immortal's own implementation of CPython 3.12's netrc).

netrc(file) parses `machine NAME login L account A password P` entries, a `default` entry and
`macdef NAME` macros (lines up to an empty one) into .hosts (name -> (login, account, password))
and .macros (name -> list of lines). Tokens are separated by whitespace and may be quoted with
double quotes; a backslash takes the next character literally; '#' starts a comment. Errors raise
NetrcParseError with the file name and line. Reading ~/.netrc itself (no file given) also checks
that the file belongs to the user and is private, as CPython does on POSIX."""

import os
import stat

__all__ = ['netrc', 'NetrcParseError']


class NetrcParseError(Exception):
    """A syntax error in a .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        super().__init__(msg)
        self.msg, self.filename, self.lineno = msg, filename, lineno

    def __str__(self):
        return '%s (%s, line %s)' % (self.msg, self.filename, self.lineno)


class _netrclex:
    """Tokens of a .netrc stream, counting lines as it reads character by character."""

    _SPACE = '\n\t\r '

    def __init__(self, fp):
        self.instream = fp
        self.lineno = 1
        self.pushback = []

    def _read_char(self):
        ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _escaped(self, ch):
        # a backslash stands for the character after it
        return self._read_char() if ch == '\\' else ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        ch = self._read_char()
        while ch and ch in self._SPACE:
            ch = self._read_char()
        if not ch:
            return ''
        token = ''
        if ch == '"':
            # up to the closing quote, which ends the token by itself
            ch = self._read_char()
            while ch and ch != '"':
                token += self._escaped(ch)
                ch = self._read_char()
            return token
        while ch and ch not in self._SPACE:
            token += self._escaped(ch)
            ch = self._read_char()
        return token

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    """The entries of a .netrc file (by default ~/.netrc)."""

    def __init__(self, file=None):
        is_default = file is None
        if is_default:
            file = os.path.join(os.path.expanduser('~'), '.netrc')
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding='utf-8') as fp:
                self._parse(file, fp, is_default)
        except UnicodeDecodeError:
            with open(file, encoding='locale') as fp:
                self._parse(file, fp, is_default)

    def _parse(self, file, fp, default_netrc):
        lexer = _netrclex(fp)
        while True:
            line_before = lexer.lineno
            word = lexer.get_token()
            if not word:
                return
            if word.startswith('#'):
                # a lone '#' comments out the rest of its line
                if word == '#' and lexer.lineno == line_before:
                    fp.readline()
                continue
            if word == 'machine':
                name = lexer.get_token()
            elif word == 'default':
                name = 'default'
            elif word == 'macdef':
                self._read_macro(file, lexer)
                continue
            else:
                raise NetrcParseError('bad toplevel token %r' % word, file, lexer.lineno)
            if not name:
                raise NetrcParseError('missing %r name' % word, file, lexer.lineno)
            self.hosts[name] = {}
            self.hosts[name] = self._read_entry(file, lexer)
            self._security_check(fp, default_netrc, self.hosts[name][0])

    def _read_macro(self, file, lexer):
        name = lexer.get_token()
        lines = self.macros[name] = []
        while True:
            line = lexer.instream.readline()
            if not line:
                raise NetrcParseError('Macro definition missing null line terminator.', file,
                                      lexer.lineno)
            if line == '\n':
                return
            lines.append(line)

    def _read_entry(self, file, lexer):
        # login/user, account and password until the next entry (or the end)
        fields = {'login': '', 'account': '', 'password': ''}
        while True:
            line_before = lexer.lineno
            word = lexer.get_token()
            if word.startswith('#'):
                if lexer.lineno == line_before:
                    lexer.instream.readline()
                continue
            if word in ('', 'machine', 'default', 'macdef'):
                lexer.push_token(word)
                return (fields['login'], fields['account'], fields['password'])
            if word == 'user':
                word = 'login'
            if word not in fields:
                raise NetrcParseError('bad follower token %r' % word, file, lexer.lineno)
            fields[word] = lexer.get_token()

    def _security_check(self, fp, default_netrc, login):
        if os.name != 'posix' or not default_netrc or login == 'anonymous':
            return
        info = os.fstat(fp.fileno())
        if info.st_uid != os.getuid():
            import pwd

            def owner(uid):
                try:
                    return pwd.getpwuid(uid)[0]
                except KeyError:
                    return 'uid %s' % uid
            raise NetrcParseError(f'~/.netrc file owner ({owner(info.st_uid)}, {owner(os.getuid())}) '
                                  'does not match current user')
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError('~/.netrc access too permissive: access permissions must '
                                  'restrict access to only the owner')

    def authenticators(self, host):
        """(login, account, password) for host, else the default entry's, else None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        """The entries written back in .netrc syntax."""
        parts = []
        for host, (login, account, password) in self.hosts.items():
            parts.append(f'machine {host}\n\tlogin {login}\n')
            if account:
                parts.append(f'\taccount {account}\n')
            parts.append(f'\tpassword {password}\n')
        for name, lines in self.macros.items():
            parts.append(f'macdef {name}\n')
            parts.extend(lines)
            parts.append('\n')
        return ''.join(parts)


if __name__ == '__main__':
    print(netrc())
