# getopt in a realistic tool: a tar-like archiver driven by getopt.getopt with bundled flags
# ('-cvzf name'), long options taking values, option order kept, mode checks done by the program,
# and its usage errors caught and reported from GetoptError (short and long option forms); also the
# module's lower-level helpers' behaviour with a string longopts and a tuple of arguments.
import getopt


def archiver(argv):
    try:
        opts, members = getopt.getopt(argv, 'cxtvzf:C:', ['create', 'extract', 'list', 'verbose',
                                                            'gzip', 'file=', 'directory=',
                                                            'exclude=', 'level='])
    except getopt.GetoptError as exc:
        return 'tar: %s (try --help)' % exc.msg
    mode = None
    settings = {'verbose': 0, 'gzip': False, 'file': None, 'dir': '.', 'exclude': [], 'level': 6}
    for opt, val in opts:
        if opt in ('-c', '--create', '-x', '--extract', '-t', '--list'):
            new_mode = opt.lstrip('-')[0]
            if mode and mode != new_mode:
                return 'tar: conflicting modes %s and %s' % (mode, new_mode)
            mode = new_mode
        elif opt in ('-v', '--verbose'):
            settings['verbose'] += 1
        elif opt in ('-z', '--gzip'):
            settings['gzip'] = True
        elif opt in ('-f', '--file'):
            settings['file'] = val
        elif opt in ('-C', '--directory'):
            settings['dir'] = val
        elif opt == '--exclude':
            settings['exclude'].append(val)
        elif opt == '--level':
            try:
                settings['level'] = int(val)
            except ValueError:
                return 'tar: bad level %r' % val
    if mode is None:
        return 'tar: one of -c, -x, -t is required'
    return mode, sorted(settings.items()), members


for line in [
    '-cvzf backup.tgz src docs',
    '-xf backup.tar -C /tmp',
    '--create --file=a.tar --exclude=*.o --exclude *.pyc --level 9 dir',
    '-t -f a.tar -vv',
    '-c -x -f a.tar',
    '-cf',
    '-cq a',
    '--lev=x -c',
    '--ex=x -c',
    '--e=x -c',
    '-v',
    '-c --file a.tar -- -weird-name',
]:
    print(repr(line))
    print('   ', archiver(line.split()))

print(getopt.getopt(('-a', '1', 'rest'), 'a:'))
print(getopt.getopt(['--only'], '', 'only'))
print(getopt.gnu_getopt(['x', '--only', 'y', '-'], '', 'only'))
