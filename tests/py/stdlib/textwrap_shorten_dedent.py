# textwrap.shorten, dedent and indent.
import textwrap
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 25))
print(repr(textwrap.dedent('''
    def f():
        return 1

    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   \n  x\n    y\n  ')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.dedent('\t\tx\n\t  y\n')), repr(textwrap.dedent('')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb\n', '+ ', lambda line: True)), repr(textwrap.indent('one\r\ntwo', '# ')))
doc = textwrap.dedent('''\
    Usage: tool [options]

      -h   show help
      -v   verbose
''')
print(textwrap.indent(doc, '| '), end='')
