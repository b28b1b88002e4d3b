# immortal-test: exit=1
# A replaced sys.stderr receives the traceback of an uncaught exception (the default excepthook
# writes to the current sys.stderr); here the replacement echoes each line to stdout, tagged
# (with the program's folder left out of file names).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Tagger:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        while "\n" in self.text:
            line, self.text = self.text.split("\n", 1)
            sys.stdout.write("[err] " + line.replace(HERE, "") + "\n")
        return len(s)

    def flush(self):
        pass


sys.stderr = Tagger()
print("before")


def parse(s):
    return int(s)


parse("12x")
