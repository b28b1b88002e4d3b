# A text-adventure state machine: Enum states, match statements over parsed commands (class
# patterns, mapping patterns, guards, or-patterns), scripted input and an inventory.
from enum import Enum
from dataclasses import dataclass


class Room(Enum):
    HALL = 'hall'
    LIBRARY = 'library'
    VAULT = 'vault'
    GARDEN = 'garden'
    OUTSIDE = 'outside'


EXITS = {
    Room.HALL: {'north': Room.LIBRARY, 'east': Room.GARDEN},
    Room.LIBRARY: {'south': Room.HALL, 'down': Room.VAULT},
    Room.VAULT: {'up': Room.LIBRARY},
    Room.GARDEN: {'west': Room.HALL, 'gate': Room.OUTSIDE},
    Room.OUTSIDE: {},
}
ITEMS = {Room.LIBRARY: ['book', 'candle'], Room.VAULT: ['key', 'gold'], Room.GARDEN: ['rose']}


@dataclass
class Go:
    direction: str


@dataclass
class Take:
    item: str


@dataclass
class Use:
    item: str
    target: str | None = None


class Look:
    pass


def parse(line):
    words = line.lower().split()
    match words:
        case []:
            return None
        case ['go' | 'walk', direction] | [('north' | 'south' | 'east' | 'west' | 'up' | 'down') as direction]:
            return Go(direction)
        case ['take' | 'get', *rest] if rest:
            return Take(' '.join(rest))
        case ['use', item, 'on', target]:
            return Use(item, target)
        case ['use', item]:
            return Use(item)
        case ['look' | 'l']:
            return Look()
        case [verb, *_]:
            return {'error': 'unknown verb', 'verb': verb}


class Game:
    def __init__(self):
        self.room = Room.HALL
        self.inventory = []
        self.gate_open = False
        self.moves = 0
        self.score = 0

    def step(self, cmd):
        self.moves += 1
        match cmd:
            case None:
                return 'Say something.'
            case Go(direction=d) if d == 'gate' and not self.gate_open:
                return 'The gate is locked.'
            case Go(direction=d) if d in EXITS[self.room]:
                self.room = EXITS[self.room][d]
                return f'You go {d} to the {self.room.value}.'
            case Go(direction=d):
                return f'You cannot go {d} from the {self.room.value}.'
            case Take(item=item) if item in ITEMS.get(self.room, []):
                ITEMS[self.room].remove(item)
                self.inventory.append(item)
                self.score += {'gold': 50, 'key': 10}.get(item, 1)
                return f'Taken: {item}.'
            case Take(item):
                return f'There is no {item} here.'
            case Use('key', 'gate') if 'key' in self.inventory and self.room is Room.GARDEN:
                self.gate_open = True
                return 'The gate creaks open.'
            case Use(item, None):
                return f'Use {item} on what?'
            case Use(item, target):
                return f'Nothing happens when you use {item} on {target}.'
            case Look():
                things = ITEMS.get(self.room, [])
                exits = ', '.join(sorted(EXITS[self.room])) or 'none'
                return f'{self.room.name.title()}: items {things or "none"}; exits {exits}.'
            case {'error': msg, 'verb': verb}:
                self.moves -= 1
                return f'I do not know how to "{verb}" ({msg}).'
        raise AssertionError('unreachable')


SCRIPT = """\
look
dance wildly
go north
take book
take sword
down
look
take key
get gold
up
south
east
gate
use key
use key on gate
go gate
"""

game = Game()
for line in SCRIPT.splitlines():
    print(f'> {line}')
    print('  ' + game.step(parse(line)))
    if game.room is Room.OUTSIDE:
        break
print(f'Escaped in {game.moves} moves with {game.inventory}, score {game.score}')
print(Room('vault'), Room.VAULT.name, [r.value for r in Room][:3], Room.HALL in EXITS)
print(parse(''), parse('walk west'), parse('use a on b'), parse('jump'))


def classify(value):
    match value:
        case int() | float() as n if n < 0:
            return 'negative'
        case 0:
            return 'zero'
        case bool():
            return 'bool'
        case int(n):
            return f'int {n}'
        case str() as s if len(s) > 3:
            return 'long str'
        case (x, y):
            return f'pair {x},{y}'
        case [x, *rest]:
            return f'seq head={x} rest={rest}'
        case {'type': 'point', **rest}:
            return f'point {sorted(rest.items())}'
        case _:
            return f'other {type(value).__name__}'


for v in [-2.5, 0, True, 7, 'hi', 'hello', (1, 2), [1, 2, 3], {'type': 'point', 'x': 1, 'y': 2}, None]:
    print(repr(v), '->', classify(v))
