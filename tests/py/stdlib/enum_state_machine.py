# enum in a traffic-light / order-processing state machine: transitions keyed by members,
# IntEnum priorities, StrEnum values used as strings, match statements on members.
from enum import Enum, IntEnum, StrEnum, auto


class State(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def final(self):
        return self in (State.DELIVERED, State.CANCELLED)


class Event(StrEnum):
    PAY = auto()
    SHIP = auto()
    DELIVER = auto()
    CANCEL = auto()


TRANSITIONS = {
    (State.PENDING, Event.PAY): State.PAID,
    (State.PENDING, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.CANCELLED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
}


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Order:
    def __init__(self, oid, priority=Priority.NORMAL):
        self.oid = oid
        self.state = State.PENDING
        self.priority = priority
        self.trail = [self.state.name]

    def handle(self, event):
        key = (self.state, Event(event))
        if key not in TRANSITIONS:
            raise ValueError(f'order {self.oid}: cannot {event} when {self.state.name}')
        self.state = TRANSITIONS[key]
        self.trail.append(self.state.name)


orders = [Order(1), Order(2, Priority.HIGH), Order(3, Priority.LOW)]
script = [(1, 'pay'), (2, 'pay'), (1, 'ship'), (3, 'cancel'), (2, 'ship'), (2, 'deliver'),
          (3, 'pay'), (1, 'deliver'), (1, 'cancel')]
for oid, ev in script:
    try:
        orders[oid - 1].handle(ev)
    except ValueError as e:
        print('rejected:', e)
for o in sorted(orders, key=lambda o: o.priority, reverse=True):
    print(o.oid, o.priority, repr(o.priority), o.state, o.state.final, '->'.join(o.trail))
print(Event.PAY, repr(Event.SHIP), Event.PAY == 'pay', Event.DELIVER.upper(), f'{Event.CANCEL}!', list(Event))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority(2), sum(Priority), max(Priority), str(Priority.LOW), f'{Priority.HIGH:03d}')
print(sorted([Priority.HIGH, 1, Priority.NORMAL]), Priority.NORMAL == 2, isinstance(Priority.LOW, int))


def light_cycle(color):
    match color:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED


class Light(Enum):
    RED = 'r'
    YELLOW = 'y'
    GREEN = 'g'


c = Light.RED
seq = []
for _ in range(5):
    seq.append(c.value)
    c = light_cycle(c)
print(''.join(seq), c)
try:
    Event('fly')
except ValueError as e:
    print('ValueError:', e)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)
