# shlex's tokenizer on a grid of inputs: classic and POSIX mode, punctuation_chars (True and a
# custom set), whitespace_split, quotes and escapes, comments, Latin-1 word characters, the empty
# and comment-only inputs; then split() (comments, posix=False), its errors (No closing quotation,
# No escaped character, None), quote() of safe and unsafe strings (and its TypeErrors), join(),
# push_token, push_source, error_leader, lineno, eof, read_token and the read-only punctuation_chars.
import shlex, io
print(shlex.shlex(posix=True).wordchars == shlex.shlex(io.StringIO(''), posix=True).wordchars)
import sys
for posix in (False, True):
    for text in ['a b "c d" e', "it's 'quoted \\' x' \"esc \\\" \\n\" end", 'a"b c"d', 'x # comment\ny', 'foo=bar;baz|qux&&z (a) >out 2>&1',
                 'a\\ b c\\\\d', '"" \'\' x', 'ünïcode wörds ß', 'a.b-c/d*e?f', '', '   ', '#only comment']:
        lex = shlex.shlex(text, posix=posix)
        try: print(posix, repr(text), list(lex), lex.lineno)
        except ValueError as e: print(posix, repr(text), 'ValueError', e); continue
        for pc in (True, ';|&'):
            lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
            print('   pc', repr(pc), list(lex))
            lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
            lex.whitespace_split = True
            print('   pc+ws', list(lex))
        lex = shlex.shlex(text, posix=posix); lex.whitespace_split = True
        print('   ws', list(lex))
for text in ['a "b c" d', "x 'y z'", 'e\\ f', 'a # b', 'mixed"quo"ted\'parts\'', '"unterminated', 'trailing\\', None]:
    for kw in ({}, {'comments': True}, {'posix': False}):
        try:
            print(repr(text), kw, shlex.split(text, **kw))
        except ValueError as e:
            print(repr(text), kw, 'ValueError', e)
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x=1,y/2@z%:+', 'tab\there', 'ünï']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "o'neil", '']))
for bad in (1, b'x', None):
    try: print(shlex.quote(bad))
    except TypeError as e: print('TypeError', e)
lex = shlex.shlex('one two three')
print(lex.get_token()); lex.push_token('pushed'); print(lex.get_token(), lex.get_token())
lex.push_source('inner words'); print(list(lex))
print(lex.error_leader(), lex.error_leader('f', 3), repr(lex.eof), shlex.shlex(posix=True).eof)
l2 = shlex.shlex('a\nb\n\nc', infile='cfg')
print([(t, l2.lineno) for t in l2], l2.error_leader())
print(shlex.shlex('x', punctuation_chars='()').punctuation_chars, repr(shlex.shlex('x').punctuation_chars))
try:
    shlex.shlex('x', punctuation_chars=True).punctuation_chars = 'y'
except AttributeError as e: print('AttributeError', e)
l3 = shlex.shlex('a b', posix=True); l3.debug = 0
print(l3.read_token(), l3.read_token(), l3.read_token(), l3.state)
