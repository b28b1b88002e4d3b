# immortal-test: exit=1
# A traceback through several frames: functions, a method and a lambda, each with its caret line.
class Parser:
    def __init__(self, text):
        self.text = text

    def field(self, index):
        return self.text.split(",")[index]

    def number(self, index):
        return int(self.field(index))


def load(line):
    p = Parser(line)
    convert = lambda i: p.number(i) * 2
    return [convert(i) for i in range(3)]


print(load("1,2,3"))
print(load("4,five,6"))
