# dbm: open() choosing dbm.dumb (dbm.gnu and dbm.ndbm are absent, as on a CPython built without
# them), whichdb() on every kind of file, and dbm.error.
import dbm
import os
import struct
import tempfile

for name in ('dbm.gnu', 'dbm.ndbm'):
    try:
        __import__(name)
    except ImportError as e:
        print(name, type(e).__name__, e)
print(dbm.__all__, dbm.error[0].__name__, dbm.error[1] is OSError, issubclass(dbm.error[0], Exception))

with tempfile.TemporaryDirectory() as tmp:
    path = lambda name: os.path.join(tmp, name)
    print(dbm.whichdb(path('missing')))
    try:
        dbm.open(path('missing'))
    except dbm.error as e:
        print(type(e).__name__, e)
    with dbm.open(path('cache'), 'c') as db:
        db['one'] = '1'
        db[b'two'] = b'2'
        print(type(db).__module__, type(db).__name__, len(db))
    print(dbm.whichdb(path('cache')), sorted(os.listdir(tmp)))
    with dbm.open(path('cache')) as db:
        print(sorted(db.items()))
    with dbm.open(path('cache'), 'n') as db:
        print(len(db))
    # an empty index is still a dumb database
    print(dbm.whichdb(path('cache')))

    with open(path('plain.txt'), 'w') as f:
        f.write('just some text')
    print(repr(dbm.whichdb(path('plain.txt'))))
    try:
        dbm.open(path('plain.txt'))
    except dbm.error as e:
        print(type(e).__name__, e)
    with open(path('tiny'), 'wb') as f:
        f.write(b'ab')
    print(repr(dbm.whichdb(path('tiny'))))
    with open(path('gnu.db'), 'wb') as f:
        f.write(struct.pack('=l', 0x13579ace) + bytes(12))
    print(dbm.whichdb(path('gnu.db')))
    try:
        dbm.open(path('gnu.db'))
    except dbm.error as e:
        print(type(e).__name__, e)
    for suffix in ('.pag', '.dir'):
        open(path('old') + suffix, 'wb').close()
    print(dbm.whichdb(path('old')))
    try:
        dbm.open(path('old'), 'w')
    except dbm.error as e:
        print(type(e).__name__, e)
    open(path('half.dat'), 'wb').close()
    with open(path('half.dir'), 'w') as f:
        f.write('not an index')
    print(repr(dbm.whichdb(path('half'))))
    print(repr(dbm.whichdb(os.fsencode(path('cache')))))
