# shelve: a persistent dictionary of pickled objects over dbm.dumb: storing records, reopening,
# writeback caching, key encodings, closed shelves, and a Shelf over a plain dict.
import os
import shelve
import tempfile
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class Task:
    title: str
    done: bool = False
    tags: tuple = ()


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'tasks')
    with shelve.open(path) as db:
        db['t1'] = Task('write tests', tags=('dev',))
        db['t2'] = Task('review', True)
        db['counts'] = {'open': 1, 'closed': 1}
        db['log'] = ['created']
        print(type(db).__name__, len(db), sorted(db), 't1' in db, 'tx' in db)
        db['log'].append('lost')            # not written back: the shelf returns a copy
        print(db['log'], db.get('missing', 'default'))
    print(sorted(os.listdir(tmp)))

    with shelve.open(path, writeback=True) as db:
        db['log'].append('kept')            # cached, written on close
        db['t1'].done = True
        print(sorted(db.cache))
        del db['counts']
        print(sorted(db.keys()))
    with shelve.open(path, flag='r') as db:
        print(db['log'], db['t1'], sorted(db.items(), key=lambda kv: kv[0])[-1])
        try:
            db['new'] = 1
        except Exception as e:
            print(type(e).__name__, e)

    db = shelve.open(path, protocol=0)
    db['proto'] = OrderedDict(a=1)
    print(db['proto'], db.dict[b'proto'][:2])
    db.close()
    db.close()
    print(repr(db.dict))
    for op in (lambda: db['log'], lambda: len(db), lambda: list(db), lambda: db.__setitem__('x', 1)):
        try:
            op()
        except ValueError as e:
            print('ValueError', e)

store = {}
s = shelve.Shelf(store, keyencoding='latin-1')
s['clé'] = [1, 2, 3]
s['x'] = 'y'
print(sorted(store), s['clé'], list(s), len(s))
del s['x']
print(sorted(store))
try:
    del s['x']
except KeyError as e:
    print('KeyError', e)
s.sync()
s.close()
print(shelve.__all__, repr(s.dict))
