# code.interact reading its lines with input() from stdin (prompts on stdout), errors sent to
# stdout by a write() override, and the end-of-input exit.
# immortal-test: stdin=total = 0\nfor n in [1, 2, 3]:\n    total += n\n\nprint('total', total)\ntotal +\n
import code
import sys


class Console(code.InteractiveConsole):
    def write(self, data):
        sys.stdout.write(data)


Console(locals={'__name__': '__main__'}).interact(banner='stdin console', exitmsg='done')
print()
