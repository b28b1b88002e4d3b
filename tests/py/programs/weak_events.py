# An event bus with weak subscriptions: listeners held through weakref.WeakMethod and
# weakref.ref so that dropping a listener unsubscribes it, plus WeakValueDictionary caches,
# WeakSet membership and weakref.finalize callbacks.
import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, event, callback):
        me = weakref.ref(self)

        def on_dead(_r, e=event):
            bus = me()
            if bus is not None:
                bus._cleanup(e)

        if hasattr(callback, '__self__'):
            r = weakref.WeakMethod(callback, on_dead)
        else:
            r = weakref.ref(callback, on_dead)
        self._subs[event].append(r)

    def _cleanup(self, event):
        before = len(self._subs[event])
        self._subs[event] = [r for r in self._subs[event] if r() is not None]
        print(f'  [bus] pruned {before - len(self._subs[event])} dead listener(s) of {event!r}')

    def emit(self, event, *args):
        delivered = 0
        for r in list(self._subs[event]):
            fn = r()
            if fn is not None:
                fn(*args)
                delivered += 1
        return delivered

    def count(self, event):
        return sum(1 for r in self._subs[event] if r() is not None)


class Widget:
    def __init__(self, name, bus):
        self.name = name
        self.received = []
        bus.subscribe('click', self.on_click)
        bus.subscribe('resize', self.on_resize)

    def on_click(self, x, y):
        self.received.append(('click', x, y))
        print(f'  {self.name} clicked at ({x}, {y})')

    def on_resize(self, w, h):
        self.received.append(('resize', w, h))
        print(f'  {self.name} resized to {w}x{h}')

    def __repr__(self):
        return f'Widget({self.name!r})'


bus = EventBus()
ok = Widget('ok', bus)
cancel = Widget('cancel', bus)


def audit(x, y):
    print(f'  audit saw click {x},{y}')


bus.subscribe('click', audit)
print('delivered', bus.emit('click', 10, 20))
print('dropping cancel')
del cancel
print('delivered', bus.emit('click', 1, 2), 'listeners', bus.count('click'), bus.count('resize'))
print('delivered', bus.emit('resize', 640, 480))
print(ok.received)


class Texture:
    loaded = 0

    def __init__(self, path):
        Texture.loaded += 1
        self.path = path


cache = weakref.WeakValueDictionary()


def load(path):
    tex = cache.get(path)
    if tex is None:
        tex = Texture(path)
        cache[path] = tex
    return tex


a = load('grass.png')
b = load('grass.png')
c = load('stone.png')
print(a is b, Texture.loaded, sorted(cache.keys()))
del a, b
print(sorted(cache.keys()), 'stone.png' in cache, len(cache))
del c
print(sorted(cache.keys()), len(cache))

live = weakref.WeakSet()
objs = [Widget(f'w{i}', EventBus()) for i in range(4)]
for o in objs:
    live.add(o)
print(len(live), objs[0] in live)
del objs[1:3]
print(len(live), sorted(w.name for w in live))


class Resource:
    def __init__(self, name):
        self.name = name


def closed(name):
    print(f'  finalizer: closing {name}')


res = Resource('db')
fin = weakref.finalize(res, closed, 'db')
print('alive', fin.alive)
del res
print('alive', fin.alive)
r2 = Resource('sock')
f2 = weakref.finalize(r2, closed, 'sock')
print('detach', f2.detach()[2], f2.alive)
r3 = Resource('file')
f3 = weakref.finalize(r3, closed, 'file')
f3()
f3()
print('called', f3.alive)
ref = weakref.ref(r3)
print(ref() is r3, weakref.getweakrefcount(r3))
del r3
print(ref())
print('teardown')
del ok, o, audit
objs.clear()
print('listeners left', bus.count('click'), bus.count('resize'), len(live))
del bus
print('done')
