"""robots.txt parsing for Immortal, written from the documented behaviour of CPython 3.12's
urllib.robotparser (the rules of http://www.robotstxt.org/norobots-rfc.txt as CPython applies them:
first matching entry, first matching rule line, plain prefix matching).

read() fetches the file with urllib.request.urlopen, so it works for file: URLs; for http(s) it
raises the URLError that urlopen raises in Immortal (no sockets). parse() works on any lines."""

__all__ = ["RobotFileParser"]

import collections
import urllib.parse
import urllib.request

# what request_rate() returns: so many requests per so many seconds
RequestRate = collections.namedtuple("RequestRate", "requests seconds")


class RobotFileParser:
    """The rules of one robots.txt file, and the questions they answer (can_fetch, crawl_delay,
    request_rate, site_maps)."""

    def __init__(self, url=''):
        self.entries = []
        self.sitemaps = []
        self.default_entry = None     # the entry for '*'
        self.disallow_all = False     # set when fetching the file was refused (401, 403)
        self.allow_all = False        # set when there is no file (other 4xx)
        self.set_url(url)
        self.last_checked = 0

    def mtime(self):
        """When the file was last read or parsed (time.time()), 0 before that."""
        return self.last_checked

    def modified(self):
        """Record now as the time the file was read."""
        import time
        self.last_checked = time.time()

    def set_url(self, url):
        """Set the URL of the robots.txt file."""
        self.url = url
        parts = urllib.parse.urlparse(url)
        self.host, self.path = parts[1], parts[2]

    def read(self):
        """Fetch the file at the URL and parse it."""
        try:
            response = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as err:
            if err.code in (401, 403):
                self.disallow_all = True
            elif 400 <= err.code < 500:
                self.allow_all = True
            return
        self.parse(response.read().decode("utf-8").splitlines())

    def _add_entry(self, entry):
        if "*" not in entry.useragents:
            self.entries.append(entry)
        elif self.default_entry is None:
            # only the first '*' entry counts
            self.default_entry = entry

    def parse(self, lines):
        """Parse the lines of a robots.txt file. A User-agent line need not follow a blank line."""
        # state 0: between entries; 1: after User-agent lines; 2: after rules of an entry
        state = 0
        entry = Entry()
        self.modified()
        for line in lines:
            if not line:
                # a blank line ends an entry (dropping one that has no rules yet)
                if state == 2:
                    self._add_entry(entry)
                if state:
                    entry = Entry()
                    state = 0
            line = line.partition('#')[0].strip()
            if not line:
                continue
            field, colon, value = line.partition(':')
            if not colon:
                continue
            field = field.strip().lower()
            value = urllib.parse.unquote(value.strip())
            if field == "user-agent":
                if state == 2:
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = 1
            elif field in ("disallow", "allow"):
                if state:
                    entry.rulelines.append(RuleLine(value, field == "allow"))
                    state = 2
            elif field == "crawl-delay":
                if state:
                    if value.strip().isdigit():
                        entry.delay = int(value)
                    state = 2
            elif field == "request-rate":
                if state:
                    numbers = value.split('/')
                    if len(numbers) == 2 and all(n.strip().isdigit() for n in numbers):
                        entry.req_rate = RequestRate(int(numbers[0]), int(numbers[1]))
                    state = 2
            elif field == "sitemap":
                # not part of any entry
                self.sitemaps.append(value)
        if state == 2:
            self._add_entry(entry)

    def _entry_for(self, useragent):
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry
        return self.default_entry

    def can_fetch(self, useragent, url):
        """Whether the rules let useragent fetch url."""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        if not self.last_checked:
            # nothing read yet: assume the worst
            return False
        parts = urllib.parse.urlparse(urllib.parse.unquote(url))
        path = urllib.parse.urlunparse(('', '', parts.path, parts.params, parts.query,
                                        parts.fragment))
        path = urllib.parse.quote(path) or "/"
        entry = self._entry_for(useragent)
        return True if entry is None else entry.allowance(path)

    def crawl_delay(self, useragent):
        """The Crawl-delay of the entry for useragent, or None."""
        if not self.mtime():
            return None
        entry = self._entry_for(useragent)
        return None if entry is None else entry.delay

    def request_rate(self, useragent):
        """The Request-rate of the entry for useragent as RequestRate(requests, seconds), or
        None."""
        if not self.mtime():
            return None
        entry = self._entry_for(useragent)
        return None if entry is None else entry.req_rate

    def site_maps(self):
        """The Sitemap URLs of the file, or None when it has none."""
        return self.sitemaps or None

    def __str__(self):
        entries = list(self.entries)
        if self.default_entry is not None:
            entries.append(self.default_entry)
        return '\n\n'.join(str(entry) for entry in entries)


class RuleLine:
    """An Allow (allowance True) or Disallow (False) line and its path. 'Disallow:' with no path
    allows everything."""

    def __init__(self, path, allowance):
        if path == '' and not allowance:
            allowance = True
        self.path = urllib.parse.quote(urllib.parse.urlunparse(urllib.parse.urlparse(path)))
        self.allowance = allowance

    def applies_to(self, filename):
        # a plain prefix match; '*' alone matches everything
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return "%s: %s" % ("Allow" if self.allowance else "Disallow", self.path)


class Entry:
    """The user agents an entry names, its rule lines, Crawl-delay and Request-rate."""

    def __init__(self):
        self.useragents, self.rulelines = [], []
        self.delay = self.req_rate = None

    def __str__(self):
        lines = ["User-agent: " + agent for agent in self.useragents]
        if self.delay is not None:
            lines.append("Crawl-delay: %s" % (self.delay,))
        if self.req_rate is not None:
            lines.append("Request-rate: %s/%s" % (self.req_rate.requests, self.req_rate.seconds))
        lines += [str(rule) for rule in self.rulelines]
        return '\n'.join(lines)

    def applies_to(self, useragent):
        """Whether the entry is for useragent: '*', or a name contained in its product token
        (the part before '/'), ignoring case."""
        token = useragent.split("/")[0].lower()
        return any(agent == '*' or agent.lower() in token for agent in self.useragents)

    def allowance(self, filename):
        """The allowance of the first rule line matching filename (quoted); True when none
        does."""
        for rule in self.rulelines:
            if rule.applies_to(filename):
                return rule.allowance
        return True
