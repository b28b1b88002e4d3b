# Paths reach the OS as given: 'missing/..' does not exist, '' is ENOENT for mkdir/listdir/open,
# a symlink followed by '..' goes to the link target's parent (also for chdir and getcwd), and
# os.makedirs('p1/../p2') creates p1 on the way, all as under CPython.
import os
d = f'/tmp/immortal-os-paths-{os.getpid()}'
os.mkdir(d)
os.chdir(d)
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename)
t('exists nonex/..', lambda: os.path.exists('nonex/..'))
t('stat nonex/..', lambda: os.stat('nonex/..').st_mode > 0)
t('mkdir empty', lambda: os.mkdir(''))
t('listdir empty', lambda: os.listdir(''))
t('open empty', lambda: open(''))
t('makedirs p1/../p2', lambda: os.makedirs('p1/../p2'))
t('listdir', lambda: sorted(os.listdir('.')))
os.mkdir('real'); os.mkdir('real/sub'); os.symlink('real/sub', 'link')
t('link/..', lambda: sorted(os.listdir('link/..')))
t('chdir nonex/..', lambda: os.chdir('nonex/..'))
t('chdir link/..', lambda: os.chdir('link/..'))
print(os.getcwd() == os.path.realpath(d) + '/real' or os.getcwd())
t('open rel', lambda: open('sub/../sub/x.txt', 'w').close())
t('exists', lambda: os.path.exists('sub/x.txt'))
os.chdir('/')
def rmtree(p):
    for name in os.listdir(p):
        full = p + '/' + name
        if os.path.islink(full) or not os.path.isdir(full):
            os.unlink(full)
        else:
            rmtree(full)
    os.rmdir(p)
rmtree(d)
print(os.path.exists(d))
