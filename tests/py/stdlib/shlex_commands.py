# shlex in realistic use: a tiny shell-command front end that splits command lines (pipes and
# redirections recognized with punctuation_chars), rebuilds them safely with quote()/join() for
# logging, reads a config file of 'key value' lines with comments (a lexer over a stream, with
# infile/lineno for error messages), and follows 'source' includes through sourcehook.
import io
import os
import shlex
import tempfile


def parse_pipeline(line):
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    stages, current, redirects = [], [], {}
    tokens = list(lexer)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == '|':
            stages.append(current)
            current = []
        elif tok in ('>', '>>', '<'):
            if i + 1 >= len(tokens):
                raise SyntaxError('missing file after %s' % tok)
            redirects[tok] = tokens[i + 1]
            i += 1
        elif tok in ('&&', ';', '||'):
            current.append('<' + tok + '>')
        else:
            current.append(tok)
        i += 1
    stages.append(current)
    return stages, redirects


for line in ['grep -i "hello world" notes.txt | sort -u > out.txt',
             "find . -name '*.py' | xargs wc -l >> counts",
             'cat < in.txt | tr a-z A-Z',
             'make && ./run --flag="a b";echo done',
             'echo unterminated "quote',
             'ls >']:
    try:
        print(parse_pipeline(line))
    except (ValueError, SyntaxError) as exc:
        print(type(exc).__name__, exc)

argv = ['cp', 'My Documents/report (final).txt', "/tmp/o'brien", '--', '-weird', '']
cmd = shlex.join(argv)
print(cmd)
print(shlex.split(cmd) == argv)
print(' '.join(shlex.quote(a) for a in ['safe-name.txt', 'a&b', '$(rm -rf /)', 'tab\t', '100%']))

CONFIG = '''# server settings
host example.org
port 8080   # the usual
greeting "hello there"' and more'
path /srv/app\\ data
source extra.cfg
debug on
'''
EXTRA = '''workers 4
# nested comment
mode "fast mode"
'''
folder = tempfile.mkdtemp()
main_path = os.path.join(folder, 'main.cfg')
extra_path = os.path.join(folder, 'extra.cfg')
with open(main_path, 'w') as f:
    f.write(CONFIG)
with open(extra_path, 'w') as f:
    f.write(EXTRA)
with open(main_path) as stream:
    lexer = shlex.shlex(stream, infile=main_path, posix=True)
    lexer.source = 'source'
    lexer.wordchars += './-'
    settings = []
    while True:
        key = lexer.get_token()
        if key is None:
            break
        value = lexer.get_token()
        settings.append((key, value, lexer.lineno))
for item in settings:
    print(item)
os.remove(main_path)
os.remove(extra_path)
os.rmdir(folder)

lexer = shlex.shlex(io.StringIO('alpha beta\ngamma'), infile='memory.cfg')
words = []
for tok in lexer:
    words.append(tok)
print(words, lexer.error_leader(), lexer.error_leader('other.cfg', 10))
