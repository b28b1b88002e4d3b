"""Lenient parsing of RFC 2822 addresses and dates (CPython's email._parseaddr), written for Immortal.

This is the old rfc822-style parser that email.utils uses for parseaddr/getaddresses and the
parsedate family. It never raises on bad input: addresses come back as (realname, email) pairs, with
('', '') for what it could not make sense of, and dates as 10-tuples (the last item the zone
offset in seconds, or None) or None."""

import calendar
import time

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

_monthnames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
               'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
               'september', 'october', 'november', 'december']
_daynames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# RFC 822's zone names, as offsets written +HHMM; only the US zones and UTC are known.
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400, 'CST': -600, 'CDT': -500,
              'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def parsedate_tz(data):
    """The date as a 10-tuple (year, month, day, h, m, s, 0, 1, -1, zone offset in seconds or 0),
    or None when it cannot be parsed."""
    fields = _parsedate_tz(data)
    if not fields:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def _split_time(tm):
    # 'hh:mm[:ss]' or 'hh.mm[.ss]' -> [hh, mm, ss]; None when it is neither
    pieces = tm.split(':')
    if len(pieces) == 1 and '.' in tm:
        pieces = tm.split('.')
        if len(pieces) == 2:
            return pieces + [0]
        return pieces if len(pieces) == 3 else None
    if len(pieces) == 2:
        return pieces + ['0']
    return pieces if len(pieces) == 3 else None


def _zone_offset(tz):
    # seconds east of UTC for a zone name or a +HHMM/-HHMM number; None when unknown or '-0000'
    tz = tz.upper()
    if tz in _timezones:
        hhmm = _timezones[tz]
    else:
        try:
            hhmm = int(tz)
        except ValueError:
            return None
        if hhmm == 0 and tz.startswith('-'):
            return None
    if not hhmm:
        return hhmm
    sign = -1 if hhmm < 0 else 1
    hhmm = abs(hhmm)
    return sign * (hhmm // 100 * 3600 + hhmm % 100 * 60)


def _parsedate_tz(data):
    """Like parsedate_tz, but a list, with None as the offset when no zone was given."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    # drop the day of the week: 'Mon,' or 'Mon' or a word glued to the date by a comma
    first = words[0]
    if first.endswith(',') or first.lower() in _daynames:
        words = words[1:]
    elif ',' in first:
        words[0] = first[first.rindex(',') + 1:]
    if len(words) == 3:
        # RFC 850: dd-mon-yy hh:mm:ss zone
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        # a zone glued to the time: 12:00:00+0100
        last = words[3]
        cut = last.find('+')
        if cut < 0:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _monthnames:
        # 'Jan 05' order
        dd, mm = mm, dd.lower()
        if mm not in _monthnames:
            return None
    month = _monthnames.index(mm) % 12 + 1
    dd = dd.removesuffix(',')
    if yy.find(':') > 0:
        # the year and the time swapped
        tm, yy = yy, tm
    if yy.endswith(','):
        yy = yy[:-1]
        if yy == '':
            return None
    if not yy[0].isdigit():
        # the zone came before the year
        tz, yy = yy, tz
    hms = _split_time(tm.removesuffix(','))
    if hms is None:
        return None
    try:
        year, day = int(yy), int(dd)
        hour, minute, second = (int(x) for x in hms)
    except ValueError:
        return None
    if year < 100:
        # two-digit years: 69-99 are the 1900s, 00-68 the 2000s
        year += 1900 if year > 68 else 2000
    return [year, month, day, hour, minute, second, 0, 1, -1, _zone_offset(tz)]


def parsedate(data):
    """The first 9 items of parsedate_tz(data), or None."""
    fields = parsedate_tz(data)
    return fields[:9] if isinstance(fields, tuple) else fields


def mktime_tz(data):
    """The POSIX timestamp of a parsedate_tz 10-tuple (local time when its zone is None)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape backslashes and double quotes, for use inside a quoted string."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


class AddrlistClass:
    """A scanner over one address-list field; getaddrlist() returns its (realname, email) pairs.

    Comments met while scanning an address collect in commentlist: an address without a phrase
    takes them as its real name."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.commentlist = []
        self.specials = '()<>@,:;.\"[]'
        self.LWS, self.CR = ' \t', '\r\n'
        self.FWS = self.LWS + self.CR
        self.atomends = self.specials + self.FWS
        # a phrase may contain dots (obsolete syntax)
        self.phraseends = self.atomends.replace('.', '')

    def _at(self):
        # the character under the cursor ('' at the end)
        return self.field[self.pos:self.pos + 1]

    def gotonext(self):
        """Skip whitespace and comments (saving the comments); return the blanks skipped, line
        ends left out."""
        blanks = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch in self.LWS or ch in '\r\n':
                if ch in self.LWS:
                    blanks.append(ch)
                self.pos += 1
            else:
                break
        return ''.join(blanks)

    def getaddrlist(self):
        """All the addresses of the field, ('', '') for each unparsable entry."""
        found = []
        while self.pos < len(self.field):
            entry = self.getaddress()
            found.extend(entry if entry else [('', '')])
        return found

    def getaddress(self):
        """The next address, or a group's addresses, as a list of pairs."""
        self.commentlist = []
        self.gotonext()
        start, comments_before = self.pos, self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        found = []
        ch = self._at()
        if not ch:
            if phrase:
                found = [(SPACE.join(self.commentlist), phrase[0])]
        elif ch in '.@':
            # it was an addr-spec after all: read it again as one
            self.pos, self.commentlist = start, comments_before
            spec = self.getaddrspec()
            found = [(SPACE.join(self.commentlist), spec)]
        elif ch == ':':
            # a group: display-name: address, address;
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._at() == ';':
                    self.pos += 1
                    break
                found = found + self.getaddress()
        elif ch == '<':
            route = self.getrouteaddr()
            name = SPACE.join(phrase)
            if self.commentlist:
                name = f"{name} ({' '.join(self.commentlist)})"
            found = [(name, route)]
        elif phrase:
            found = [(SPACE.join(self.commentlist), phrase[0])]
        elif ch in self.specials:
            self.pos += 1
        self.gotonext()
        if self._at() == ',':
            self.pos += 1
        return found

    def getrouteaddr(self):
        """The addr-spec inside <...>, skipping an obsolete source route (@a,@b:)."""
        if self._at() != '<':
            return None
        self.pos += 1
        self.gotonext()
        in_route = False
        spec = ''
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if in_route:
                self.getdomain()
                in_route = False
            elif ch == '>':
                self.pos += 1
                break
            elif ch == '@':
                self.pos += 1
                in_route = True
            elif ch == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """local-part@domain as a string ('' when the domain is missing after an '@')."""
        local = []
        self.gotonext()
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            keep_blanks = ch != '.'
            if ch == '.':
                if local and not local[-1].strip():
                    local.pop()
                local.append('.')
                self.pos += 1
            elif ch == '"':
                local.append('"' + quote(self.getquote()) + '"')
            elif ch in self.atomends:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self.getatom())
            blanks = self.gotonext()
            if blanks and keep_blanks:
                local.append(blanks)
        if self._at() != '@':
            return ''.join(local)
        local.append('@')
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        return ''.join(local) + domain if domain else ''

    def getdomain(self):
        """A domain name or literal; '' when another '@' follows (an invalid address)."""
        pieces = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in self.LWS:
                self.pos += 1
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch == '[':
                pieces.append(self.getdomainliteral())
            elif ch == '.':
                pieces.append('.')
                self.pos += 1
            elif ch == '@':
                return ''
            elif ch in self.atomends:
                break
            else:
                pieces.append(self.getatom())
        return ''.join(pieces)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """The text from beginchar up to one of endchars, backslash escapes resolved; nested
        comments are read whole when allowcomments."""
        if self._at() != beginchar:
            return ''
        text = []
        self.pos += 1
        escaped = False
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if escaped:
                escaped = False
                text.append(ch)
            elif ch in endchars:
                self.pos += 1
                break
            elif ch == '(' and allowcomments:
                text.append(self.getcomment())
                continue
            elif ch == '\\':
                escaped = True
            else:
                text.append(ch)
            self.pos += 1
        return ''.join(text)

    def getquote(self):
        """The content of a quoted string."""
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        """The content of a (possibly nested) comment."""
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        """A domain literal, brackets included."""
        return '[' + self.getdelimited('[', ']\r', False) + ']'

    def getatom(self, atomends=None):
        """Characters up to one of atomends (self.atomends by default)."""
        stops = self.atomends if atomends is None else atomends
        start = self.pos
        while self.pos < len(self.field) and self.field[self.pos] not in stops:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """The words (atoms and quoted strings) of a phrase; comments go to commentlist."""
        words = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in self.FWS:
                self.pos += 1
            elif ch == '"':
                words.append(self.getquote())
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The addresses of a field as a list-like object with set-like + and -."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __getitem__(self, index):
        return self.addresslist[index]

    def __add__(self, other):
        result = AddressList(None)
        result.addresslist = self.addresslist + [a for a in other.addresslist
                                                 if a not in self.addresslist]
        return result

    def __iadd__(self, other):
        for address in other.addresslist:
            if address not in self.addresslist:
                self.addresslist.append(address)
        return self

    def __sub__(self, other):
        result = AddressList(None)
        result.addresslist = [a for a in self.addresslist if a not in other.addresslist]
        return result

    def __isub__(self, other):
        for address in other.addresslist:
            if address in self.addresslist:
                self.addresslist.remove(address)
        return self
