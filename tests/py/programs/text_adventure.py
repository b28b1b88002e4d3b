# A scripted text adventure: rooms, items, a parser built on match statements, inventory and a
# locked door, driven by a fixed list of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.cellar_locked = True
        self.moves = 0
        self.won = False

    def describe(self):
        room = ROOMS[self.room]
        items = ", ".join(room["items"]) or "nothing"
        return f"You are in {room['desc']}. Exits: {', '.join(sorted(room['exits']))}. You see: {items}."

    def command(self, line):
        self.moves += 1
        match line.lower().split():
            case ["look"] | ["l"]:
                return self.describe()
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take" | "get", item]:
                return self.take(item)
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                ROOMS[self.room]["items"].append(item)
                return f"Dropped {item}."
            case ["drop", item]:
                return f"You have no {item}."
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case ["unlock", "door"] if self.room == "kitchen":
                if "key" not in self.inventory:
                    return "You need a key."
                self.cellar_locked = False
                return "The cellar door creaks open."
            case ["read", "book"] if "book" in self.inventory:
                return "The book says: 'the key opens what lies below the kitchen'."
            case []:
                return "Say something."
            case [verb, *rest]:
                return f"I don't know how to {verb}{' ' + ' '.join(rest) if rest else ''}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        if exits[direction] == "cellar" and self.cellar_locked:
            return "The cellar door is locked."
        if exits[direction] == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down without a lamp."
        self.room = exits[direction]
        return self.describe()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.won = True
            return "You found the treasure!"
        return f"Taken: {item}."


game = Game()
script = ["look", "take lamp", "go north", "take book", "read book", "take key", "take key", "south",
          "east", "down", "unlock door", "drop book", "drop sword", "i", "down", "take treasure", "", "dance wildly"]
for line in script:
    print(f"> {line}")
    print(game.command(line))
    if game.won:
        print(f"You won in {game.moves} moves with {len(game.inventory)} items.")
        break
print(game.command("dance wildly"))
