# dbm.dumb: a key/value store kept in name.dat/name.dir/name.bak, the exact file contents CPython
# writes (index lines, 512-byte blocks, in-place updates), reopening, and the closed/read-only errors.
import dbm
import dbm.dumb
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    base = os.path.join(tmp, 'inventory')
    db = dbm.dumb.open(base, 'c')
    db[b'apples'] = b'12'
    db['pears'] = 'seven'
    db['naïve'] = b'\x00\xff' * 10
    db[b'big'] = b'x' * 700
    try:
        db[bytearray(b'ba')] = b'bytearray keys are accepted, but unhashable'
    except TypeError as e:
        print('TypeError', e)
    print(sorted(os.listdir(tmp)))
    print(len(db), sorted(db.keys()), b'apples' in db, 'pears' in db, 'plums' in db)
    print(db['apples'], db[b'pears'], db.get('plums', b'none'), db.get('naïve'))
    with open(base + '.dir', encoding='latin-1') as f:
        print(f.read(), end='')
    print(os.path.getsize(base + '.dat'))
    db['apples'] = b'13'           # same size: written in place
    db['big'] = b'y' * 1200        # needs more blocks: appended
    db['pears'] = b'p' * 512       # still one block: in place
    print(os.path.getsize(base + '.dat'))
    del db['naïve']
    with open(base + '.dir', encoding='latin-1') as f:
        print(f.read(), end='')
    with open(base + '.bak', encoding='latin-1') as f:
        print('bak:', f.read().count('\n'), 'lines')
    db.close()
    for op in (lambda: db['apples'], lambda: len(db), lambda: list(db), lambda: 'x' in db, db.keys):
        try:
            op()
        except OSError as e:
            print(type(e).__name__, e)
    db.close()

    with dbm.dumb.open(base, 'r') as ro:
        print(sorted((k, len(v)) for k, v in ro.items()), ro[b'pears'][:3])
        for op in (lambda: ro.__setitem__('k', 'v'), lambda: ro.__delitem__('apples')):
            try:
                op()
            except OSError as e:
                print(type(e).__name__, e)
    with dbm.dumb.open(base, 'w') as rw:
        for key, value in [(1, b'v'), ('k', 2)]:
            try:
                rw[key] = value
            except TypeError as e:
                print('TypeError', e)
        try:
            rw['missing']
        except KeyError as e:
            print('KeyError', e)
        rw.update({'extra': b'1'}, more=b'2')
        print(sorted(rw), rw.setdefault('extra', b'zz'), rw.pop('more'), len(rw))
    with dbm.dumb.open(base, 'n') as fresh:
        print('after n:', len(fresh), sorted(os.listdir(tmp)))
    try:
        dbm.dumb.open(base, 'x')
    except ValueError as e:
        print('ValueError', e)
    try:
        dbm.dumb.open(os.path.join(tmp, 'nothing'), 'r')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, os.path.basename(e.filename.decode()))
    print(dbm.dumb.error is OSError, dbm.dumb.__all__)
