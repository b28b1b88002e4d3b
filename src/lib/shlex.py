"""A lexer for shell-like syntax (Immortal's own implementation of CPython 3.12's shlex).

split() and join() turn command lines into argument lists and back; quote() makes one string safe
for a POSIX shell; the shlex class is the configurable tokenizer they use (classic or POSIX rules,
comments, punctuation runs, source inclusion).
"""

import os
import re
import sys
from _collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# Latin-1 letters that POSIX mode also treats as word characters.
_LATIN1_WORD = ''.join(chr(c) for c in range(0xDF, 0x100) if c != 0xF7) + \
    ''.join(chr(c) for c in range(0xC0, 0xDF) if c != 0xD7)

_WORD, _PUNCT, _IDLE = 'a', 'c', ' '


class shlex:
    """A tokenizer for shell-like text, read from a string or a stream."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        # The character classes, all changeable by the user.
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace, self.commenters = ' \t\r\n', '#'
        self.quotes, self.escapedquotes = '\'"', '"'
        self.escape = '\\'
        self.whitespace_split = False
        # Lexer state.
        self.state, self.token, self.lineno = _IDLE, '', 1
        self.pushback, self.filestack = deque(), deque()
        self.debug = 0
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        if punctuation_chars:
            self._pushback_chars = deque()
            # Characters common in file names join words; the punctuation ones never do.
            extended = self.wordchars + '~-./*?='
            self.wordchars = ''.join(c for c in extended if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Pushes a token back, to be returned by the next get_token()."""
        if self.debug >= 1:
            print('shlex: pushing token ' + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Reads from newstream until it ends, then resumes the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug and newfile is None:
            print('shlex: pushing to stream %s' % (self.instream,))
        elif self.debug:
            print('shlex: pushing to file %s' % (self.infile,))

    def pop_source(self):
        """Closes the current input and resumes the one pushed before it."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _IDLE

    def get_token(self):
        """The next token (pushed-back ones first), following source inclusion; eof at the end."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print('shlex: popping token ' + repr(tok))
            return tok
        raw = self.read_token()
        # 'source NAME' (when self.source is set) reads NAME's tokens first.
        while self.source is not None and raw == self.source:
            spec = self.sourcehook(self.read_token())
            if spec:
                self.push_source(spec[1], spec[0])
            raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print('shlex: token=' + repr(raw))
            else:
                print('shlex: token=EOF')
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        """Reads one raw token from the input, with no pushback or source handling."""
        quoted = False
        resume = _IDLE  # the state an escape sequence returns to
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print('shlex: in state %r I see character: %r' % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break

            if state == _IDLE:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print('shlex: I see whitespace in whitespace state')
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and ch in self.escape:
                    resume = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    # A character of its own: a one-character token.
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break

            elif state in self.quotes:
                quoted = True
                if not ch:
                    if self.debug >= 2:
                        print('shlex: I see EOF in quotes state')
                    raise ValueError('No closing quotation')
                if ch == state:
                    if self.posix:
                        self.state = _WORD
                    else:
                        self.token += ch
                        self.state = _IDLE
                        break
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    resume = state
                    self.state = ch
                else:
                    self.token += ch

            elif state in self.escape:
                if not ch:
                    if self.debug >= 2:
                        print('shlex: I see EOF in escape state')
                    raise ValueError('No escaped character')
                # Inside quotes, a backslash escapes only the quote and itself; otherwise it stays.
                if resume in self.quotes and ch != state and ch != resume:
                    self.token += state
                self.token += ch
                self.state = resume

            elif state == _WORD or state == _PUNCT:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print('shlex: I see whitespace in word state')
                    self.state = _IDLE
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = _IDLE
                        if self.token or (self.posix and quoted):
                            break
                elif state == _PUNCT:
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = _IDLE
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    resume = _WORD
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    # The word ends here; the character starts the next token.
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    if self.debug >= 2:
                        print('shlex: I see punctuation in word state')
                    self.state = _IDLE
                    if self.token or (self.posix and quoted):
                        break

        result, self.token = self.token, ''
        if result == '' and self.posix and not quoted:
            result = None
        if self.debug > 1:
            if result:
                print('shlex: raw token=' + repr(result))
            else:
                print('shlex: raw token=EOF')
        return result

    def sourcehook(self, newfile):
        """Opens the file named by a source request: (name, stream)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # Relative names are relative to the file being read, when it has a name.
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the style of a C compiler: '"file", line N: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok != self.eof:
            return tok
        raise StopIteration


def split(s, comments=False, posix=True):
    """Splits the string s using shell-like syntax."""
    if s is None:
        raise ValueError('s argument must not be None')
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Joins arguments into one shell-escaped string: the inverse of split()."""
    return ' '.join([quote(arg) for arg in split_command])


_unsafe = None  # compiled on first use (keeps import cheap)


def _find_unsafe(s):
    global _unsafe
    if _unsafe is None:
        _unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII)
    return _unsafe.search(s)


def quote(s):
    """Returns a shell-escaped version of the string s."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single quotes protect everything but a single quote, which is written as '"'"'.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _print_tokens(lexer):
    while True:
        tok = lexer.get_token()
        if not tok:
            break
        print('Token: ' + repr(tok))


if __name__ == '__main__':
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as stream:
            _print_tokens(shlex(stream, sys.argv[1]))
    else:
        _print_tokens(shlex())
