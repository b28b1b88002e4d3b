# pwd and grp: the password and group databases (struct_passwd/struct_group, lookups by id and
# name, getpwall/getgrall against the files themselves) and CPython's error messages.
import grp
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root), type(root).__name__)
print(pwd.getpwnam('root') == root, root == tuple(root), isinstance(root, tuple))
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
print(pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_fields, pwd.struct_passwd.__module__)
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))
group0 = grp.getgrgid(0)
print(group0.gr_name, group0.gr_gid, type(group0.gr_mem).__name__, grp.getgrnam('root') == group0)
print(grp.getgrgid(id=0) == group0, grp.getgrnam(name='root').gr_gid)


def parse(path, fields):
    rows = []
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        for line in f:
            parts = line.rstrip('\n').split(':')
            if len(parts) == fields and parts[0] and parts[2].isdigit():
                rows.append(parts)
    return rows


users = parse('/etc/passwd', 7)
print([tuple(p) for p in pwd.getpwall()] == [(u[0], u[1], int(u[2]), int(u[3]), u[4], u[5], u[6]) for u in users])
groups = parse('/etc/group', 4)
print([tuple(g) for g in grp.getgrall()] == [(g[0], g[1], int(g[2]), [m for m in g[3].split(',') if m]) for g in groups])
print(all(pwd.getpwnam(u[0]).pw_uid == int(u[2]) for u in users))


def attempt(func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)


for uid in [4000000, -1, 2**32 - 1, -2, 2**32, 2**63, 'x', 1.5]:
    attempt(pwd.getpwuid, uid)
for gid in [4000000, -1, -2, 2**40, 2**64, 'x']:
    attempt(grp.getgrgid, gid)
attempt(pwd.getpwnam, 'no such user here')
attempt(pwd.getpwnam, 5)
attempt(pwd.getpwnam, 'a\0b')
attempt(pwd.getpwnam, b'root')
attempt(grp.getgrnam, 'no such group here')
attempt(grp.getgrnam, 3)
attempt(pwd.getpwuid)
attempt(pwd.getpwuid, uid=0)
attempt(grp.getgrgid)
attempt(grp.getgrall, 1)
attempt(pwd.struct_passwd, (1, 2, 3))
print(sorted(n for n in dir(pwd) if not n.startswith('_')), sorted(n for n in dir(grp) if not n.startswith('_')))
