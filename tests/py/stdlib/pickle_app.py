# pickle in a small application: an object graph (users, projects, tasks with shared and
# back references, slots, enums, custom __getstate__/__setstate__) saved to and loaded from a
# file-like object in every protocol; several pickles in one stream; Pickler subclasses with
# persistent_id / persistent_load, a private dispatch_table and reducer_override; copyreg.pickle;
# protocol 5 out-of-band buffers.
# immortal-test: cycles
import copyreg
import enum
import io
import pickle


class Status(enum.Enum):
    TODO = "todo"
    DONE = "done"


class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email
        self.projects = []

    def __repr__(self):
        return "User(%r, projects=%s)" % (self.name, [p.title for p in self.projects])


class Task:
    __slots__ = ("title", "status", "owner", "tags")

    def __init__(self, title, owner, tags=()):
        self.title = title
        self.status = Status.TODO
        self.owner = owner
        self.tags = set(tags)

    def __repr__(self):
        return "Task(%r, %s, owner=%s, tags=%s)" % (self.title, self.status.name,
                                                   self.owner.name, sorted(self.tags))


class Project:
    def __init__(self, title, owner):
        self.title = title
        self.owner = owner
        self.tasks = []
        self._index = {}            # derived: rebuilt on load
        owner.projects.append(self)

    def add(self, task):
        self.tasks.append(task)
        self._index[task.title] = task

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_index"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._index = {t.title: t for t in self.tasks}


def build():
    ann = User("ann", "ann@example.com")
    bob = User("bob", "bob@example.com")
    p1 = Project("website", ann)
    p2 = Project("ops", bob)
    for i, title in enumerate(["design", "build", "deploy"]):
        p1.add(Task(title, ann if i % 2 == 0 else bob, tags=["web", "q%d" % (i + 1)]))
    p2.add(Task("backup", bob, tags=["ops"]))
    p1.tasks[0].status = Status.DONE
    return {"users": [ann, bob], "projects": [p1, p2], "version": (1, 2)}


def check(db):
    ann, bob = db["users"]
    p1, p2 = db["projects"]
    print(" ", ann, bob)
    print(" ", p1.tasks)
    print("  shared owner:", p1.owner is ann, p1.tasks[1].owner is bob, ann.projects[0] is p1)
    print("  index rebuilt:", sorted(p1._index), p1._index["build"] is p1.tasks[1])
    print("  enum identity:", p1.tasks[0].status is Status.DONE, db["version"])


try:
    pickle.dumps(build(), 1)
except TypeError as e:
    print("protocol 1:", e)
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    buf = io.BytesIO()
    pickle.dump(build(), buf, protocol=proto)
    size = buf.tell()
    buf.seek(0)
    print("protocol", proto, "size", size)
    check(pickle.load(buf))

# several pickles one after another in one stream
stream = io.BytesIO()
for proto in (0, 2, 5):
    pickle.dump({"proto": proto, "data": [proto] * 3}, stream, proto)
stream.seek(0)
for _ in range(3):
    print(pickle.load(stream))
try:
    pickle.load(stream)
except EOFError as e:
    print("EOFError:", e)


# persistent ids: users are stored by reference to an external table
USERS = {}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, User):
            return ("user", obj.name)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return USERS[key]


db = build()
for u in db["users"]:
    USERS[u.name] = u
for proto in (2, 3, 4):
    buf = io.BytesIO()
    DBPickler(buf, proto).dump(db["projects"])
    loaded = DBUnpickler(io.BytesIO(buf.getvalue())).load()
    print("persistent", proto, len(buf.getvalue()), loaded[0].owner is USERS["ann"],
          [t.owner.name for t in loaded[0].tasks])


# protocol 0 writes persistent ids as text lines
class TextPids(pickle.Pickler):
    def persistent_id(self, obj):
        return "user:" + obj.name if isinstance(obj, User) else None


class TextLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return USERS[pid.split(":")[1]]


buf = io.BytesIO()
TextPids(buf, 0).dump([db["users"][0], 1])
print("text pid:", buf.getvalue())
print(TextLoad(io.BytesIO(buf.getvalue())).load()[0] is USERS["ann"])


# a private dispatch table and copyreg
class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents,))


buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Money] = reduce_money
p.dump([Money(150), Money(150)])
print("dispatch_table:", buf.getvalue().hex())
print([m.cents for m in pickle.loads(buf.getvalue())])

copyreg.pickle(Money, lambda m: (Money, (m.cents * 2,)))
print("copyreg:", [m.cents for m in pickle.loads(pickle.dumps([Money(7)], 3))])
del copyreg.dispatch_table[Money]


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Money):
            return (int, (obj.cents,))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump({"price": Money(99), "n": 1})
print("reducer_override:", pickle.loads(buf.getvalue()))

# protocol 5: out-of-band buffers
big = bytearray(b"0123456789")
frozen = b"abcdef"
buffers = []
data = pickle.dumps([pickle.PickleBuffer(big), pickle.PickleBuffer(frozen), 3], 5,
                    buffer_callback=buffers.append)
print("oob:", data.hex(), len(buffers))
out = pickle.loads(data, buffers=[b.raw() for b in buffers])
print(bytes(out[0]), bytes(out[1]), out[0].readonly, out[1].readonly, out[2])
print("in band:", pickle.dumps([pickle.PickleBuffer(big), pickle.PickleBuffer(frozen)], 5).hex())

# memo reuse across dump() calls of one Pickler, and clear_memo()
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = ["shared"]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print("memo:", buf.getvalue().hex())
