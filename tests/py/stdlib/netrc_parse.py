# netrc: parsing .netrc files (machines, default, macdef, quoting, comments), authenticators(),
# repr, and NetrcParseError with file and line.
import netrc
import os
import tempfile

GOOD = '''# personal credentials
machine api.example.com
    login alice
    password "s3cr3t with spaces"
machine ftp.example.org login bob account acct1 password hunter2
machine "quoted.host" user carol password pa\\"ss # trailing comment
macdef init
cd /pub
binary

default login anonymous password guest@
'''

BAD = {
    'toplevel': 'machine a login x\nlogout now\n',
    'follower': 'machine a login x\n  port 21\n',
    'macro': 'macdef m\nline one\n',
    'noname': 'machine',
}

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'netrc')
    with open(path, 'w') as f:
        f.write(GOOD)
    n = netrc.netrc(path)
    for host in sorted(n.hosts):
        print(host, n.hosts[host])
    print(n.macros)
    print(n.authenticators('api.example.com'), n.authenticators('unknown.net'))
    print(repr(n), end='')
    for label, text in BAD.items():
        with open(path, 'w') as f:
            f.write(text)
        try:
            netrc.netrc(path)
        except netrc.NetrcParseError as e:
            print(label, '|', str(e).replace(tmp, 'TMP'), '|', e.msg, os.path.basename(e.filename), e.lineno)
    with open(path, 'w') as f:
        f.write('machine only.host login dave password pw\n')
    n = netrc.netrc(path)
    print(n.authenticators('elsewhere'), n.hosts)
    try:
        netrc.netrc(os.path.join(tmp, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
print(netrc.__all__, str(netrc.NetrcParseError('m')), netrc.NetrcParseError('m', 'f', 3).args)
