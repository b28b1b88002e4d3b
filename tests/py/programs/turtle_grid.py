# Turtle graphics on a character grid: a command language (F n, L, R, U, D, REPEAT n [ ... ]) parsed
# recursively, then drawn; prints the picture and the path statistics.
def parse(tokens, pos=0):
    program = []
    while pos < len(tokens):
        tok = tokens[pos]
        if tok == "]":
            return program, pos + 1
        if tok == "REPEAT":
            count = int(tokens[pos + 1])
            assert tokens[pos + 2] == "[", "REPEAT needs a block"
            body, pos = parse(tokens, pos + 3)
            program.append(("repeat", count, body))
        elif tok == "F":
            program.append(("forward", int(tokens[pos + 1])))
            pos += 2
        elif tok in ("L", "R", "U", "D"):
            program.append((tok,))
            pos += 1
        else:
            raise ValueError(f"unknown command {tok!r}")
    return program, pos


class Turtle:
    DIRS = [(1, 0), (0, 1), (-1, 0), (0, -1)]

    def __init__(self, width, height):
        self.grid = [[" "] * width for _ in range(height)]
        self.x, self.y, self.heading = 0, 0, 0
        self.pen = True
        self.steps = 0
        self.mark()

    def mark(self):
        if self.pen and 0 <= self.y < len(self.grid) and 0 <= self.x < len(self.grid[0]):
            self.grid[self.y][self.x] = "#"

    def run(self, program):
        for cmd in program:
            match cmd:
                case ("forward", n):
                    dx, dy = self.DIRS[self.heading]
                    for _ in range(n):
                        self.x += dx
                        self.y += dy
                        self.steps += 1
                        self.mark()
                case ("L",):
                    self.heading = (self.heading - 1) % 4
                case ("R",):
                    self.heading = (self.heading + 1) % 4
                case ("U",):
                    self.pen = False
                case ("D",):
                    self.pen = True
                    self.mark()
                case ("repeat", count, body):
                    for _ in range(count):
                        self.run(body)

    def picture(self):
        return "\n".join("".join(row).rstrip() for row in self.grid)


source = "REPEAT 4 [ F 6 R ] U F 2 R F 2 L D REPEAT 2 [ F 2 R F 2 R ] U F 8 D REPEAT 3 [ F 4 R F 1 R F 4 L F 1 L ]"
program, _ = parse(source.split())
print(program[:2])
t = Turtle(24, 10)
t.run(program)
print(t.picture())
print("steps:", t.steps, "ink:", sum(row.count("#") for row in t.grid), "at", (t.x, t.y), "heading", t.heading)
try:
    parse("F 1 X".split())
except ValueError as e:
    print("ValueError:", e)
