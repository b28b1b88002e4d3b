# code and codeop: an interactive console fed with lines (multi-line statements, expression
# results, tracebacks and syntax errors), compile_command's complete/incomplete/invalid answers,
# and CommandCompiler remembering a __future__ import.
import code
import codeop
import sys


class Console(code.InteractiveConsole):
    def write(self, data):
        sys.stdout.write('[stderr] ' + data)


LINES = ['x = 5', 'x * 2', 'def f(n):', '    return n + 1', '', 'f(x)', 'for i in range(2):',
         '  print(i)', '', '1/0', 'if True', '(1,', '2)', 'print("a"', ')', 'import nosuchmod',
         'y = [', ']', 'y', '"unterminated', "'''multi", "line'''", 'class A:', '  pass', '',
         'A.__name__', 'undefined_name', 'raise SystemExit(3)']
feed = iter(LINES)


def read(prompt):
    try:
        line = next(feed)
    except StopIteration:
        raise EOFError
    print(prompt + line)
    return line


console = Console({'__name__': '__console__'}, filename='<demo>')
console.raw_input = read
try:
    console.interact(banner='Demo console', exitmsg='bye')
except SystemExit as e:
    print('SystemExit', e.code)
print(sorted(k for k in console.locals if not k.startswith('__')))

for source in ['if x:', 'if x:\n  y = 1', 'if x:\n  y = 1\n', 'x = (1,', 'x = 1', 'def f():',
               '"""abc', 'x = ', 'a b', '@dec', 'class A:\n pass', '', '# comment', 'x = [1,\n2,',
               'if 1:\n  pass\nelse', '\\', 'lambda:', "'abc", 'f(**', 'try:\n  pass\n', '1 +']:
    for symbol in ('single', 'exec', 'eval'):
        try:
            result = codeop.compile_command(source, symbol=symbol)
            result = 'incomplete' if result is None else 'code ' + result.co_filename
        except SyntaxError as e:
            result = 'SyntaxError: %s %s' % (e.msg, e.args[1][1:3])
        print('%-22r %-6s %s' % (source, symbol, result))

for source, flags in [('if x:', 0x4200), ('x = (1,', 0x4200), ('"""abc', 0x4200), ('a b', 0x4200),
                      ('if x:\n  y = 1', 0x200), ('if x:\n  y = 1', 0x4000), ('x = 1 +\\', 0x4200)]:
    for mode in ('single', 'exec'):
        try:
            compile(source, '<input>', mode, flags)
            print(repr(source), mode, hex(flags), 'ok')
        except SyntaxError as e:
            print(repr(source), mode, hex(flags), repr(e.args))

compiler = codeop.CommandCompiler()
print(compiler('from __future__ import annotations') is not None,
      bool(compiler.compiler.flags & codeop._features[-1].compiler_flag))
class Interpreter(code.InteractiveInterpreter):
    def write(self, data):
        sys.stdout.write('[stderr] ' + data)


interp = Interpreter()
print(interp.runsource('1 +'), interp.runsource('z = 1 + 1'), interp.locals['z'], interp.locals['__name__'])
c2 = Console()
c2.raw_input = lambda prompt: (_ for _ in ()).throw(EOFError)
c2.interact(banner='', exitmsg='')
c3 = Console()
c3.raw_input = lambda prompt: (_ for _ in ()).throw(EOFError)
c3.interact(banner='hello')
print(code.__all__, codeop.__all__)
