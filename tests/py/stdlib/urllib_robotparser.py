# immortal-test: cycles
# urllib.robotparser: a crawler's robots.txt checks. parse() from lines, can_fetch with agents,
# wildcards, Allow/Disallow order and quoting, Crawl-delay, Request-rate, Sitemap, str(); read()
# from a file: URL; answers before anything was read.
import os
import tempfile
import urllib.request
from urllib.robotparser import RobotFileParser

ROBOTS = """\
# robots.txt for www.example.com
User-agent: *
Disallow: /private/
Disallow: /tmp/   # temporary files
Allow: /private/public-report.html
Crawl-delay: 5
Request-rate: 3/20

User-agent: FigTree
user-agent: BananaBot
Allow: /private/
Disallow: /
Crawl-delay: 1.5
Request-rate: 10/60s

User-agent: Nosy
Disallow: /private%2Fnotes
Disallow: /caf%C3%A9
Disallow:

User-agent: EmptyRules

Sitemap: https://www.example.com/sitemap.xml
Sitemap: https://www.example.com/news-sitemap.xml
User-agent: *
Disallow: /ignored-second-star/
"""

rp = RobotFileParser()
print(rp.can_fetch('*', '/'), rp.mtime(), rp.crawl_delay('*'), rp.request_rate('*'), rp.site_maps())
rp.set_url('http://www.example.com/robots.txt')
print(rp.url, rp.host, rp.path)
rp.parse(ROBOTS.splitlines())
print(rp.mtime() > 0)
print(str(rp))
print('--')
checks = [
    ('Googlebot', '/'), ('Googlebot', '/private/data.csv'), ('Googlebot', '/private/public-report.html'),
    ('Googlebot', '/tmp/x'), ('Googlebot', 'http://www.example.com/tmp'), ('FigTree/1.0', '/private/x'),
    ('figtree', '/index.html'), ('Mozilla/5.0 (compatible; BananaBot/2.1)', '/index.html'),
    ('BananaBot/2.1', '/index.html'), ('Nosy', '/private/notes'), ('Nosy', '/caf\u00e9'),
    ('Nosy', '/caf%c3%a9'), ('Nosy', '/anything'), ('EmptyRules', '/private/'),
    ('Googlebot', '/ignored-second-star/'), ('Googlebot', '/private/../private/x'),
    ('Googlebot', 'https://other.example/private/x?y=1#z'), ('Googlebot', ''),
]
for agent, url in checks:
    print(f'{agent!r:45} {url!r:45} {rp.can_fetch(agent, url)}')
for agent in ['*', 'Googlebot', 'FigTree', 'Nosy', 'EmptyRules']:
    rate = rp.request_rate(agent)
    print(agent, rp.crawl_delay(agent), rate, rate and (rate.requests, rate.seconds))
print(rp.site_maps())
print(len(rp.entries), rp.default_entry.useragents, [e.useragents for e in rp.entries])
print([str(line) for line in rp.default_entry.rulelines], rp.default_entry.rulelines[0].allowance)

# flags set by read() on HTTP errors
for flag in ['disallow_all', 'allow_all']:
    other = RobotFileParser('http://h/robots.txt')
    setattr(other, flag, True)
    print(flag, other.can_fetch('x', '/'))

# edge cases of parse()
odd = RobotFileParser()
odd.parse(['Disallow: /before-any-agent', 'User-agent: a', '', 'Disallow: /after-blank',
           'User-agent: b', 'Disallow: /b', 'Crawl-delay: x', 'Request-rate: 1/x', 'no colon here',
           'Unknown-field: 1', '  User-Agent :  c  ', 'DISALLOW : /c # comment', 'Allow:'])
print(str(odd))
print(odd.can_fetch('a', '/after-blank'), odd.can_fetch('b', '/b/x'), odd.can_fetch('c', '/c'),
      odd.can_fetch('zzz', '/c'), odd.crawl_delay('b'), odd.request_rate('b'), odd.site_maps())

# read() from a file: URL
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'robots.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('User-agent: *\nDisallow: /admin\nSitemap: /map.xml\n')
    fromfile = RobotFileParser('file://' + urllib.request.pathname2url(path))
    fromfile.read()
    print(fromfile.can_fetch('bot', '/admin/x'), fromfile.can_fetch('bot', '/home'), fromfile.site_maps())
