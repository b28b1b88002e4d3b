# cmd: a calculator shell driven by stdin (help listing and columns, ?, !, empty lines, EOF, hooks,
# the command queue, use_rawinput=False with its own stdin/stdout) and parseline/completenames.
# immortal-test: stdin=add 3 4\nmul 6 7\n\nbogus stuff\n?add\nhelp mul\nhelp nothing\nhelp\n!ls -l\nstats\n   \nquit\nafter quit\n
import cmd, io, sys

class Calc(cmd.Cmd):
    intro = 'Welcome to calc. Type help or ? to list commands.'
    prompt = '(calc) '
    def __init__(self):
        super().__init__()
        self.history = []
    def precmd(self, line):
        self.history.append(line)
        return line
    def do_add(self, arg):
        'Add two integers: add 1 2'
        a, b = map(int, arg.split())
        print(a + b)
    def do_mul(self, arg):
        """Multiply two integers: mul 3 4"""
        a, b = map(int, arg.split())
        print(a * b)
    def help_mul(self):
        print('mul A B -- product of A and B')
    def do_stats(self, arg):
        print('commands so far:', len(self.history))
    def do_shell(self, arg):
        print('would run:', arg)
    def help_topics(self):
        print('there are topics')
    def do_quit(self, arg):
        'Leave the calculator.'
        print('bye')
        return True
    def do_EOF(self, arg):
        return True

c = Calc()
c.cmdloop()
print(c.history)
print(sys.stdin.read())

out = io.StringIO()
class Quiet(cmd.Cmd):
    use_rawinput = False
    prompt = '> '
    def do_greet(self, arg): self.stdout.write('hello %s\n' % arg)
    def do_EOF(self, arg):
        self.stdout.write('EOF reached\n')
        return True
    def do_aaaaaaaaaaaaaaaaaaaaa(self, arg): pass
    def do_b(self, arg): pass
    def do_ccccccccccccccccccccccc(self, arg): pass
    def do_d(self, arg): pass
    def do_eeeeeeeeeeeeeeeeeeeeeeeeeee(self, arg): pass
    def do_f(self, arg): pass
    def do_g(self, arg): pass
q = Quiet(stdin=io.StringIO('greet world\ngreet\nundefined_cmd x\n'), stdout=out)
q.cmdqueue.append('greet queued')
q.cmdloop('Quiet intro')
print(out.getvalue())
out.seek(0); out.truncate()
q.onecmd('help'); q.onecmd('help greet'); q.onecmd(''); q.onecmd('!x'); q.onecmd('g')
q.columnize([]); q.columnize(['one']); q.columnize([str(i) * (i % 7 + 1) for i in range(40)], 40)
q.columnize(['a', '', 'b', ''], 10)
try:
    q.columnize(['a', 1, 'b', None])
except TypeError as e:
    out.write('TypeError %s\n' % e)
print(out.getvalue())
print(q.parseline('  help   me  '), q.parseline('?x'), q.parseline('!x'), q.parseline('a-b c'), q.parseline(''))
print(q.completenames('g'), sorted(q.complete_help('g')), q.completedefault('x'))
print(cmd.__all__, cmd.PROMPT, cmd.IDENTCHARS)
