# immortal-test: stdin=look\ngo north\ntake lamp\ninventory\ngo east\ngo west\ndance\ngo south\nuse lamp\ngo down\n
# A tiny text adventure driven by commands read with input() until end of input (EOFError).
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "south": "cellar door"}, "items": []},
    "library": {"desc": "a quiet library", "exits": {"south": "hall", "east": "study"}, "items": ["lamp"]},
    "study": {"desc": "a cramped study", "exits": {"west": "library"}, "items": ["map"]},
    "cellar door": {"desc": "a heavy door leading down", "exits": {"north": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {}, "items": ["treasure"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.lit = False
        self.turns = 0

    def do(self, line):
        words = line.split()
        if not words:
            return "Say something."
        verb, *rest = words
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        return handler(*rest)

    def cmd_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see {items}. Exits: {exits}."

    def cmd_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if target == "cellar" and not self.lit:
            return "It is too dark to go down."
        self.room = target
        return self.cmd_look()

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(self.inventory) or "nothing")

    def cmd_use(self, item):
        if item not in self.inventory:
            return f"You have no {item}."
        if item == "lamp":
            self.lit = True
            return "The lamp glows."
        return "Nothing happens."


game = Game()
while True:
    try:
        line = input("> ")
    except EOFError:
        print()
        break
    game.turns += 1
    print(line)
    print(game.do(line))
print(f"Game over after {game.turns} turns in the {game.room}; carrying {game.inventory}.")
