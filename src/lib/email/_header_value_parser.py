"""Parse trees of RFC 5322 / MIME header values, and their folding (CPython's
email._header_value_parser), written for Immortal from the RFCs and CPython's observable behaviour.

A _Parser holds the text not yet parsed (`rest`) and has one method per grammar production; a
method consumes what it parses and returns its token, or raises HeaderParseError and leaves `rest`
as it found it (so a caller can try another production). The module functions get_X(value) and
parse_X(value) run one production on a string, as CPython's do: get_X returns (token, rest).

Tokens are TokenLists (lists of tokens with a token_type) and Terminals (str with a token_type);
str() of a tree gives the source text back, .value its meaning (comments dropped, whitespace
collapsed) and .all_defects what was wrong. The parser never gives up on a whole header: what it
cannot fit is kept as invalid tokens with defects. _refold_parse_tree folds a tree into lines of at
most max_line_length, RFC 2047-encoding the tokens that need it; its output is meant to be
CPython's character for character, so the tokens carry the same flags (as_ew_allowed,
syntactic_break, ew_combine_allowed) on the same token types."""

import re
import sys
from operator import itemgetter
from string import hexdigits

from email import _encoded_words as _ew
from email import errors
from email import utils

# Character classes of RFC 5322 and RFC 2045/2231.
WSP = set(' \t')
CFWS_LEADER = set(' \t(')
SPECIALS = set(r'()<>@,:;.\"[]')
TSPECIALS = set(r'()<>@,:;\"[]/?=')          # SPECIALS without '.', plus '/', '?', '='
ASPECIALS = TSPECIALS | set("*'%")
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - {'.'}
PHRASE_ENDS = SPECIALS - set('."(')            # a phrase may hold dots, quotes and comments
TOKEN_ENDS = TSPECIALS | WSP
ATTRIBUTE_ENDS = ASPECIALS | WSP
EXTENDED_ATTRIBUTE_ENDS = ATTRIBUTE_ENDS - {'%'}


def quote_string(value):
    """value as a quoted-string: in double quotes, with backslashes and quotes escaped."""
    escaped = str(value).replace('\\', '\\\\').replace('"', r'\"')
    return f'"{escaped}"'


# something that looks like an encoded word somewhere in a run of text
rfc2047_matcher = re.compile(r'=\?[^?]*\?[qQbB]\?.*?\?=', re.MULTILINE)


class TokenList(list):
    """A token made of tokens."""

    token_type = None
    syntactic_break = True      # the folder may break the line before this token
    ew_combine_allowed = True   # an encoded word for it may merge with the one before

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.defects = []

    def __str__(self):
        return ''.join(map(str, self))

    def __repr__(self):
        return f'{type(self).__name__}({super().__repr__()})'

    @property
    def value(self):
        return ''.join([tok.value for tok in self if tok.value])

    @property
    def all_defects(self):
        found = list(self.defects)
        for tok in self:
            found += tok.all_defects
        return found

    def startswith_fws(self):
        return self[0].startswith_fws()

    @property
    def as_ew_allowed(self):
        """True when every token inside may be written as an encoded word."""
        return all(tok.as_ew_allowed for tok in self)

    @property
    def comments(self):
        found = []
        for tok in self:
            found += tok.comments
        return found

    def fold(self, *, policy):
        """The folded text of this tree, lines ending in policy.linesep."""
        return _refold_parse_tree(self, policy=policy)

    def ppstr(self, indent=''):
        return '\n'.join(self._pp(indent=indent))

    def pprint(self, indent=''):
        print(self.ppstr(indent=indent))

    def _pp(self, indent=''):
        yield f'{indent}{type(self).__name__}/{self.token_type}('
        inner = indent + '    '
        for tok in self:
            if not hasattr(tok, '_pp'):
                yield f'{inner}!! invalid element in token list: {tok!r}'
                continue
            yield from tok._pp(inner)
        tail = f' Defects: {self.defects}' if self.defects else ''
        yield f'{indent}){tail}'


def _kind(name, base, token_type=None, **attrs):
    """A token class: base with this token_type (unless None) and these class attributes."""
    if token_type is not None:
        attrs['token_type'] = token_type
    return type(name, (base,), attrs)


def _first_of(tokens, token_type):
    return next((tok for tok in tokens if tok.token_type == token_type), None)


def _attr_of(token_type, attr, default=None):
    # a property: `attr` of the first sub-token of token_type, or default
    def get(self):
        tok = _first_of(self, token_type)
        return default if tok is None else getattr(tok, attr)
    return property(get)


def _delegate(index, attr):
    # a property: `attr` of the sub-token at index
    return property(lambda self: getattr(self[index], attr))


def _constant(result):
    return property(lambda self: result)


def _mailboxes_where(*kinds):
    return property(lambda self: [tok for tok in self if tok.token_type in kinds])


def _joined_domain(self):
    # the value of a domain with all whitespace removed
    return ''.join(TokenList.value.fget(self).split())


def _whitespace_comments(self):
    return [tok.content for tok in self if tok.token_type == 'comment']


WhiteSpaceTokenList = _kind('WhiteSpaceTokenList', TokenList,
                            value=_constant(' '), comments=property(_whitespace_comments))
UnstructuredTokenList = _kind('UnstructuredTokenList', TokenList, 'unstructured')
Phrase = _kind('Phrase', TokenList, 'phrase')
Word = _kind('Word', TokenList, 'word')
CFWSList = _kind('CFWSList', WhiteSpaceTokenList, 'cfws')
Atom = _kind('Atom', TokenList, 'atom')
Token = _kind('Token', TokenList, 'token', encode_as_ew=False)
EncodedWord = _kind('EncodedWord', TokenList, 'encoded-word', cte=None, charset=None, lang=None)
DotAtom = _kind('DotAtom', TokenList, 'dot-atom')
DotAtomText = _kind('DotAtomText', TokenList, 'dot-atom-text', as_ew_allowed=True)
NoFoldLiteral = _kind('NoFoldLiteral', TokenList, 'no-fold-literal', as_ew_allowed=False)
ObsLocalPart = _kind('ObsLocalPart', TokenList, 'obs-local-part', as_ew_allowed=False)
MIMEVersion = _kind('MIMEVersion', TokenList, 'mime-version', major=None, minor=None)
Section = _kind('Section', TokenList, 'section', number=None)
ContentTransferEncoding = _kind('ContentTransferEncoding', TokenList,
                                'content-transfer-encoding', as_ew_allowed=False, cte='7bit')
HeaderLabel = _kind('HeaderLabel', TokenList, 'header-label', as_ew_allowed=False)
Header = _kind('Header', TokenList, 'header')
Domain = _kind('Domain', TokenList, 'domain', as_ew_allowed=False,
               domain=property(_joined_domain))
ObsRoute = _kind('ObsRoute', TokenList, 'obs-route', domains=property(
    lambda self: [tok.domain for tok in self if tok.token_type == 'domain']))
MailboxList = _kind('MailboxList', TokenList, 'mailbox-list',
                    mailboxes=_mailboxes_where('mailbox'),
                    all_mailboxes=_mailboxes_where('mailbox', 'invalid-mailbox'))
NameAddr = _kind('NameAddr', TokenList, 'name-addr',
                 display_name=property(lambda self: self[0].display_name if len(self) > 1
                                       else None),
                 local_part=_delegate(-1, 'local_part'), domain=_delegate(-1, 'domain'),
                 route=_delegate(-1, 'route'), addr_spec=_delegate(-1, 'addr_spec'))
InvalidMailbox = _kind('InvalidMailbox', TokenList, 'invalid-mailbox',
                       display_name=_constant(None), local_part=_constant(None),
                       domain=_constant(None), route=_constant(None), addr_spec=_constant(None))
DomainLiteral = _kind('DomainLiteral', TokenList, 'domain-literal', as_ew_allowed=False,
                      domain=property(_joined_domain), ip=_attr_of('ptext', 'value'))
Attribute = _kind('Attribute', TokenList, 'attribute', stripped_value=property(
    lambda self: next((tok.value for tok in self if tok.token_type.endswith('attrtext')), None)))


class QuotedString(TokenList):
    token_type = 'quoted-string'
    content = _attr_of('bare-quoted-string', 'value')
    stripped_value = content

    @property
    def quoted_value(self):
        return ''.join(str(tok) if tok.token_type == 'bare-quoted-string' else tok.value
                       for tok in self)


class BareQuotedString(QuotedString):
    token_type = 'bare-quoted-string'

    def __str__(self):
        return quote_string(''.join(map(str, self)))

    value = property(lambda self: ''.join(map(str, self)))


class Comment(WhiteSpaceTokenList):
    token_type = 'comment'

    def __str__(self):
        return '(' + ''.join(self.quote(tok) for tok in self) + ')'

    def quote(self, value):
        if value.token_type == 'comment':
            return str(value)
        text = str(value).replace('\\', '\\\\')
        return text.replace('(', r'\(').replace(')', r'\)')

    content = property(lambda self: ''.join(map(str, self)))
    comments = property(lambda self: [self.content])


class AddressList(TokenList):
    token_type = 'address-list'

    @property
    def addresses(self):
        return [tok for tok in self if tok.token_type == 'address']

    @property
    def mailboxes(self):
        return [mb for address in self.addresses for mb in address.mailboxes]

    @property
    def all_mailboxes(self):
        return [mb for address in self.addresses for mb in address.all_mailboxes]


class Address(TokenList):
    token_type = 'address'

    @property
    def display_name(self):
        inner = self[0]
        return inner.display_name if inner.token_type == 'group' else None

    @property
    def mailboxes(self):
        inner = self[0]
        if inner.token_type == 'invalid-mailbox':
            return []
        return [inner] if inner.token_type == 'mailbox' else inner.mailboxes

    @property
    def all_mailboxes(self):
        inner = self[0]
        if inner.token_type in ('mailbox', 'invalid-mailbox'):
            return [inner]
        return inner.all_mailboxes


class GroupList(TokenList):
    token_type = 'group-list'

    def _members(self, attr):
        if self and self[0].token_type == 'mailbox-list':
            return getattr(self[0], attr)
        return []

    mailboxes = property(lambda self: self._members('mailboxes'))
    all_mailboxes = property(lambda self: self._members('all_mailboxes'))


class Group(TokenList):
    token_type = "group"

    def _members(self, attr):
        # the group-list (if any) comes after the display name and the ':'
        inner = self[2]
        return getattr(inner, attr) if inner.token_type == 'group-list' else []

    mailboxes = property(lambda self: self._members('mailboxes'))
    all_mailboxes = property(lambda self: self._members('all_mailboxes'))
    display_name = _delegate(0, 'display_name')


class AngleAddr(TokenList):
    token_type = 'angle-addr'
    local_part = _attr_of('addr-spec', 'local_part')
    domain = _attr_of('addr-spec', 'domain')
    route = _attr_of('obs-route', 'domains')

    @property
    def addr_spec(self):
        spec = _first_of(self, 'addr-spec')
        if spec is None:
            return '<>'
        if not spec.local_part:
            return quote_string(spec.local_part) + spec.addr_spec
        return spec.addr_spec


class Mailbox(TokenList):
    token_type = 'mailbox'
    local_part = _delegate(0, 'local_part')
    domain = _delegate(0, 'domain')
    addr_spec = _delegate(0, 'addr_spec')

    def _of_name_addr(self, attr):
        inner = self[0]
        return getattr(inner, attr) if inner.token_type == 'name-addr' else None

    display_name = property(lambda self: self._of_name_addr('display_name'))
    route = property(lambda self: self._of_name_addr('route'))


class AddrSpec(TokenList):
    token_type = 'addr-spec'
    as_ew_allowed = False
    local_part = _delegate(0, 'local_part')

    @property
    def domain(self):
        # local-part '@' domain, or just a local part
        return None if len(self) < 3 else self[-1].domain

    @property
    def value(self):
        if len(self) < 3:
            return self[0].value
        local, at, domain = self[0], self[1], self[2]
        return local.value.rstrip() + at.value + domain.value.lstrip()

    @property
    def addr_spec(self):
        local = self.local_part
        if not DOT_ATOM_ENDS.isdisjoint(local):
            local = quote_string(local)
        if self.domain is None:
            return local
        return local + '@' + self.domain


def _cfws_at(tok, index):
    return tok.token_type == 'cfws' or tok[index].token_type == 'cfws'


def _bare_display_name(self):
    # the phrase without the comments and whitespace at its two ends
    res = TokenList(self)
    if len(res) == 0:
        return res.value
    if res[0].token_type == 'cfws':
        del res[0]
    elif res[0][0].token_type == 'cfws':
        res[0] = TokenList(res[0][1:])
    if res[-1].token_type == 'cfws':
        del res[-1]
    elif res[-1][-1].token_type == 'cfws':
        res[-1] = TokenList(res[-1][:-1])
    return res.value


class DisplayName(Phrase):
    ew_combine_allowed = False
    token_type = 'display-name'
    display_name = property(_bare_display_name)

    @property
    def value(self):
        needs_quotes = bool(self.defects) or _first_of(self, 'quoted-string') is not None
        if not needs_quotes or len(self) == 0:
            return super().value
        pre = ' ' if _cfws_at(self[0], 0) else ''
        post = ' ' if _cfws_at(self[-1], -1) else ''
        return pre + quote_string(self.display_name) + post


class LocalPart(TokenList):
    token_type = 'local-part'
    as_ew_allowed = False

    @property
    def value(self):
        first = self[0]
        if first.token_type == "quoted-string":
            return first.quoted_value
        return first.value

    @property
    def local_part(self):
        # the words and dots, without comments and without the whitespace next to the dots
        kept = [DOT]
        last_was_list = False
        for tok in list(self[0]) + [DOT]:
            if tok.token_type == 'cfws':
                continue
            prev = kept[-1]
            if last_was_list and tok.token_type == 'dot' and prev[-1].token_type == 'cfws':
                kept[-1] = TokenList(prev[:-1])
            is_list = isinstance(tok, TokenList)
            if is_list and kept[-1].token_type == 'dot' and tok[0].token_type == 'cfws':
                kept.append(TokenList(tok[1:]))
            else:
                kept.append(tok)
            last_was_list = is_list
        return TokenList(kept[1:-1]).value


class Parameter(TokenList):
    token_type = 'parameter'
    charset = 'us-ascii'
    sectioned = extended = False

    @property
    def section_number(self):
        # the section token, when there is one, follows the attribute
        if not self.sectioned:
            return 0
        return self[1].number

    @property
    def param_value(self):
        for tok in self:
            if tok.token_type == 'value':
                return tok.stripped_value
            if tok.token_type == 'quoted-string':
                bare = _first_of(tok, 'bare-quoted-string')
                inner = None if bare is None else _first_of(bare, 'value')
                if inner is not None:
                    return inner.stripped_value
        return ''


InvalidParameter = _kind('InvalidParameter', Parameter, 'invalid-parameter')


class Value(TokenList):
    token_type = 'value'

    @property
    def stripped_value(self):
        tok = self[0]
        if tok.token_type == 'cfws':
            tok = self[1]
        if tok.token_type.endswith(('quoted-string', 'attribute', 'extended-attribute')):
            return tok.stripped_value
        return self.value


def _parameter_values(self):
    # (name, value) for each parameter, RFC 2231 sections joined and decoded
    by_name = {}
    for tok in self:
        if tok.token_type.endswith('parameter') and tok[0].token_type == 'attribute':
            by_name.setdefault(tok[0].value.strip(), []).append((tok.section_number, tok))
    for name, sections in by_name.items():
        yield name, _join_sections(sorted(sections, key=itemgetter(0)))


def _parameters_text(self):
    shown = '; '.join(f'{name}={quote_string(value)}' if value else name
                      for name, value in self.params)
    return ' ' + shown if shown else ''


MimeParameters = _kind('MimeParameters', TokenList, 'mime-parameters', syntactic_break=False,
                       params=property(_parameter_values), __str__=_parameters_text)


def _join_sections(sections):
    # the value of a parameter from its (section number, Parameter) pieces, in order
    first = sections[0][1]
    charset = first.charset
    if len(sections) > 1 and not first.extended and sections[1][0] == 0:
        _flag(sections[1][1], errors.InvalidHeaderDefect,
              'duplicate parameter name; duplicate(s) ignored')
        sections = sections[:1]
    pieces = []
    for number, param in sections:
        if number != len(pieces):
            if not param.extended:
                _flag(param, errors.InvalidHeaderDefect,
                      'duplicate parameter name; duplicate ignored')
                continue
            _flag(param, errors.InvalidHeaderDefect, "inconsistent RFC2231 parameter numbering")
        text = param.param_value
        if param.extended:
            text = _decode_extended_value(text, charset, param)
        pieces.append(text)
    return ''.join(pieces)


def _decode_extended_value(text, charset, param):
    # percent-decode an RFC 2231 value and decode the bytes with its charset
    try:
        raw = utils._percent_unquote_to_bytes(text)
    except UnicodeEncodeError:
        # surrogate escapes in the value: keep them, the escapes decoded as latin-1
        return utils._percent_unquote_latin1(text)
    try:
        decoded = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        decoded = raw.decode('us-ascii', 'surrogateescape')
    if utils._has_surrogates(decoded):
        param.defects.append(errors.UndecodableBytesDefect())
    return decoded


class ParameterizedHeaderValue(TokenList):
    syntactic_break = False

    @property
    def params(self):
        for tok in self[::-1]:
            if tok.token_type == 'mime-parameters':
                return tok.params
        return {}


ContentType = _kind('ContentType', ParameterizedHeaderValue, 'content-type',
                    as_ew_allowed=False, maintype='text', subtype='plain')
ContentDisposition = _kind('ContentDisposition', ParameterizedHeaderValue,
                           'content-disposition', as_ew_allowed=False, content_disposition=None)


class MsgID(TokenList):
    token_type = 'msg-id'
    as_ew_allowed = False

    def fold(self, policy):
        # a message id is never folded or encoded
        return str(self) + policy.linesep


MessageID = _kind('MessageID', MsgID, 'message-id')
InvalidMessageID = _kind('InvalidMessageID', MessageID, 'invalid-message-id')


class Terminal(str):
    """A token that is a piece of text."""

    syntactic_break = ew_combine_allowed = as_ew_allowed = True

    def __new__(cls, value, token_type):
        self = super().__new__(cls, value)
        self.defects = []
        self.token_type = token_type
        return self

    def __repr__(self):
        return f'{type(self).__name__}({super().__repr__()})'

    def pprint(self):
        print(type(self).__name__ + '/' + self.token_type)

    all_defects = property(lambda self: list(self.defects))
    comments = property(lambda self: [])

    def _pp(self, indent=''):
        tail = f' {self.defects}' if self.defects else ''
        return [f'{indent}{type(self).__name__}/{self.token_type}({super().__repr__()}){tail}']

    def pop_trailing_ws(self):
        return None

    def __getnewargs__(self):
        return (str(self), self.token_type)


WhiteSpaceTerminal = _kind('WhiteSpaceTerminal', Terminal, None, value=_constant(' '),
                           startswith_fws=lambda self: True)
ValueTerminal = _kind('ValueTerminal', Terminal, None, value=property(lambda self: self),
                      startswith_fws=lambda self: False)
# whitespace between two encoded words, which is not part of the text
EWWhiteSpaceTerminal = _kind('EWWhiteSpaceTerminal', WhiteSpaceTerminal, None,
                             value=_constant(''), __str__=lambda self: '')


class _InvalidEwError(errors.HeaderParseError):
    """An encoded word whose inside cannot be decoded."""


ListSeparator = ValueTerminal(',', 'list-separator')
RouteComponentMarker = ValueTerminal('@', 'route-component-marker')
DOT = ValueTerminal('.', 'dot')


#
# The parser.
#

def _flag(token, kind, *args):
    """Record a defect of the given class on a token."""
    token.defects.append(kind(*args))


def _fail(text):
    raise errors.HeaderParseError(text)


_wsp_splitter = re.compile(r'([ \t]+)').split


def _run_of(excluded):
    # a matcher for a leading run of characters not in `excluded`
    return re.compile('[^' + re.escape(''.join(sorted(excluded))) + ']+').match


_non_atom_end_matcher = _run_of(ATOM_ENDS)
_non_token_end_matcher = _run_of(TOKEN_ENDS)
_non_attribute_end_matcher = _run_of(ATTRIBUTE_ENDS)
_non_extended_attribute_end_matcher = _run_of(EXTENDED_ATTRIBUTE_ENDS)
_non_printable_finder = re.compile(r"[\x00-\x20\x7F]").findall


def _validate_xtext(xtext):
    """Add defects for control characters and undecodable bytes in a terminal."""
    bad = _non_printable_finder(xtext)
    if bad:
        _flag(xtext, errors.NonPrintableDefect, bad)
    if utils._has_surrogates(xtext):
        _flag(xtext, errors.UndecodableBytesDefect, "Non-ASCII characters found in header token")


def _get_ptext_to_endchars(value, endchars):
    """(text, rest, had_qp): the text up to an unescaped end character or whitespace, with
    backslash escapes resolved; had_qp tells whether an escaped backslash was seen."""
    word, *after = _wsp_splitter(value, 1)
    chars = []
    escaped = had_qp = False
    pos = 0
    while pos < len(word):
        ch = word[pos]
        if ch == '\\' and not escaped:
            escaped = True
            pos += 1
            continue
        if ch == '\\':
            had_qp = True
        if escaped:
            escaped = False
        elif ch in endchars:
            break
        chars.append(ch)
        pos += 1
    return ''.join(chars), ''.join([word[pos:]] + after), had_qp


def _production(method):
    # A failing production leaves the text as it found it, as CPython's functions (which take
    # and return the rest of the text) do.
    def run(self, *args):
        saved = self.rest
        try:
            return method(self, *args)
        except errors.HeaderParseError:
            self.rest = saved
            raise
    run.__name__ = method.__name__
    run.__doc__ = method.__doc__
    return run


def _terminal(text, token_type, check=True):
    tok = ValueTerminal(text, token_type)
    if check:
        _validate_xtext(tok)
    return tok


class _Parser:
    """Recursive descent over `rest`, the text not parsed yet."""

    def __init__(self, text):
        self.rest = text

    def _next_in(self, chars):
        # whether the text goes on with one of chars (False at the end)
        return bool(self.rest) and self.rest[0] in chars

    def _skip(self, count=1):
        taken = self.rest[:count]
        self.rest = self.rest[count:]
        return taken

    def _cfws_into(self, tokens):
        # append leading comments/whitespace to tokens, if there are any
        if self._next_in(CFWS_LEADER):
            tokens.append(self.cfws())

    def _cfws_or_none(self):
        return self.cfws() if self.rest[0] in CFWS_LEADER else None

    # --- lexical pieces ---

    def fws(self):
        text = self.rest
        self.rest = text.lstrip()
        return WhiteSpaceTerminal(text[:len(text) - len(self.rest)], 'fws')

    @_production
    def encoded_word(self):
        text = self.rest
        ew = EncodedWord()
        if not text.startswith('=?'):
            _fail(f"expected encoded word but found {text}")
        inside, found, after = text[2:].partition('?=')
        if not found:
            _fail(f"expected encoded word but found {text}")
        if len(after) > 1 and after[0] in hexdigits and after[1] in hexdigits and inside.count('?') < 2:
            # that '?=' began a Q escape right after the cte ('?Q?=41...'): read on
            more, _, after = after.partition('?=')
            inside = f'{inside}?={more}'
        if len(inside.split()) > 1:
            _flag(ew, errors.InvalidHeaderDefect, "whitespace inside encoded word")
        ew.cte = text
        try:
            decoded, charset, lang, defects = _ew.decode('=?' + inside + '?=')
        except (ValueError, KeyError):
            raise _InvalidEwError(f"encoded word format invalid: '{ew.cte}'")
        ew.charset, ew.lang = charset, lang
        ew.defects += defects
        inner = _Parser(decoded)
        while inner.rest:
            if inner.rest[0] in WSP:
                ew.append(inner.fws())
                continue
            chars, *more = _wsp_splitter(inner.rest, 1)
            ew.append(_terminal(chars, 'vtext'))
            inner.rest = ''.join(more)
        self.rest = after
        if after and after[0] not in WSP:
            _flag(ew, errors.InvalidHeaderDefect, "missing trailing whitespace after encoded-word")
        return ew

    def unstructured(self):
        tokens = UnstructuredTokenList()
        while self.rest:
            if self.rest[0] in WSP:
                tokens.append(self.fws())
                continue
            valid_ew = True
            if self.rest.startswith('=?'):
                try:
                    ew = self.encoded_word()
                except _InvalidEwError:
                    valid_ew = False
                except errors.HeaderParseError:
                    pass
                else:
                    _add_encoded_word(tokens, ew)
                    continue
            word, *after = _wsp_splitter(self.rest, 1)
            if valid_ew and rfc2047_matcher.search(word):
                # an encoded word glued to the text before it: cut before it
                word, *after = self.rest.partition('=?')
            tokens.append(_terminal(word, 'vtext'))
            self.rest = ''.join(after)
        return tokens

    def _ptext(self, endchars, kind):
        text, self.rest, had_qp = _get_ptext_to_endchars(self.rest, endchars)
        tok = kind(text, 'ptext')
        _validate_xtext(tok)
        return tok, had_qp

    def qp_ctext(self):
        return self._ptext('()', WhiteSpaceTerminal)[0]

    def qcontent(self):
        return self._ptext('"', ValueTerminal)[0]

    def _matched(self, matcher, token_type, what, quoted):
        found = matcher(self.rest)
        if not found:
            shown = repr(self.rest) if quoted else "'" + self.rest + "'"
            _fail(f"expected {what} but found {shown}")
        return _terminal(self._skip(len(found.group())), token_type)

    def atext(self):
        return self._matched(_non_atom_end_matcher, 'atext', 'atext', False)

    def ttext(self):
        return self._matched(_non_token_end_matcher, 'ttext', 'ttext', False)

    def attrtext(self):
        return self._matched(_non_attribute_end_matcher, 'attrtext', 'attrtext', True)

    def extended_attrtext(self):
        return self._matched(_non_extended_attribute_end_matcher, 'extended-attrtext',
                             'extended attrtext', True)

    # --- quoted strings, comments, atoms ---

    @_production
    def bare_quoted_string(self):
        if self.rest[0] != '"':
            _fail(f"""expected '"' but found '{self.rest}'""")
        bare = BareQuotedString()
        self._skip()
        if self._next_in('"'):
            bare.append(self.qcontent())
        while self.rest and self.rest[0] != '"':
            if self.rest[0] in WSP:
                bare.append(self.fws())
            elif self.rest[:2] == '=?':
                try:
                    tok = self.encoded_word()
                except errors.HeaderParseError:
                    bare.append(self.qcontent())
                    continue
                _flag(bare, errors.InvalidHeaderDefect, "encoded word inside quoted string")
                if (len(bare) > 1 and bare[-1].token_type == 'fws'
                        and bare[-2].token_type == 'encoded-word'):
                    bare[-1] = EWWhiteSpaceTerminal(bare[-1], 'fws')
                bare.append(tok)
            else:
                bare.append(self.qcontent())
        if not self.rest:
            _flag(bare, errors.InvalidHeaderDefect, "end of header inside quoted string")
        else:
            self._skip()
        return bare

    @_production
    def comment(self):
        if self.rest and self.rest[0] != '(':
            _fail(f"expected '(' but found '{self.rest}'")
        comment = Comment()
        self._skip()
        while self.rest and self.rest[0] != ')':
            lead = self.rest[0]
            if lead in WSP:
                comment.append(self.fws())
            elif lead == '(':
                comment.append(self.comment())
            else:
                comment.append(self.qp_ctext())
        if not self.rest:
            _flag(comment, errors.InvalidHeaderDefect, "end of header inside comment")
        else:
            self._skip()
        return comment

    def cfws(self):
        cfws = CFWSList()
        while self._next_in(CFWS_LEADER):
            cfws.append(self.comment() if self.rest[0] == '(' else self.fws())
        return cfws

    @_production
    def quoted_string(self):
        qs = QuotedString()
        self._cfws_into(qs)
        qs.append(self.bare_quoted_string())
        self._cfws_into(qs)
        return qs

    def _ew_or(self, fallback):
        # an encoded word when the text starts like one and is one, else the fallback
        if self.rest.startswith('=?'):
            try:
                return self.encoded_word()
            except errors.HeaderParseError:
                pass
        return fallback()

    @_production
    def atom(self):
        atom = Atom()
        self._cfws_into(atom)
        if self._next_in(ATOM_ENDS):
            _fail(f"expected atom but found '{self.rest}'")
        atom.append(self._ew_or(self.atext))
        self._cfws_into(atom)
        return atom

    @_production
    def dot_atom_text(self):
        dat = DotAtomText()
        if not self.rest or self.rest[0] in ATOM_ENDS:
            _fail(f"expected atom at a start of dot-atom-text but found '{self.rest}'")
        while self.rest and self.rest[0] not in ATOM_ENDS:
            dat.append(self.atext())
            if self._next_in('.'):
                dat.append(DOT)
                self._skip()
        if dat[-1] is DOT:
            _fail(f"expected atom at end of dot-atom-text but found '{'.' + self.rest}'")
        return dat

    @_production
    def dot_atom(self):
        dot_atom = DotAtom()
        if self.rest[0] in CFWS_LEADER:
            dot_atom.append(self.cfws())
        dot_atom.append(self._ew_or(self.dot_atom_text))
        self._cfws_into(dot_atom)
        return dot_atom

    @_production
    def word(self):
        leader = self._cfws_or_none()
        if not self.rest:
            _fail("Expected 'atom' or 'quoted-string' but found nothing.")
        lead = self.rest[0]
        if lead == '"':
            tok = self.quoted_string()
        elif lead in SPECIALS:
            _fail(f"Expected 'atom' or 'quoted-string' but found '{self.rest}'")
        else:
            tok = self.atom()
        if leader is not None:
            tok[:0] = [leader]
        return tok

    @_production
    def phrase(self):
        phrase = Phrase()
        try:
            phrase.append(self.word())
        except errors.HeaderParseError:
            _flag(phrase, errors.InvalidHeaderDefect, "phrase does not start with word")
        while self.rest and self.rest[0] not in PHRASE_ENDS:
            if self.rest[0] == '.':
                phrase.append(DOT)
                _flag(phrase, errors.ObsoleteHeaderDefect, "period in 'phrase'")
                self._skip()
                continue
            try:
                tok = self.word()
            except errors.HeaderParseError:
                if self.rest[0] not in CFWS_LEADER:
                    raise
                tok = self.cfws()
                _flag(phrase, errors.ObsoleteHeaderDefect, "comment found without atom")
            phrase.append(tok)
        return phrase

    # --- addresses ---

    @_production
    def local_part(self):
        local = LocalPart()
        leader = self._cfws_or_none()
        if not self.rest:
            _fail(f"expected local-part but found '{self.rest}'")
        try:
            tok = self.dot_atom()
        except errors.HeaderParseError:
            try:
                tok = self.word()
            except errors.HeaderParseError:
                if self.rest[0] != '\\' and self.rest[0] in PHRASE_ENDS:
                    raise
                tok = TokenList()
        if leader is not None:
            tok[:0] = [leader]
        local.append(tok)
        if self.rest and (self.rest[0] == '\\' or self.rest[0] not in PHRASE_ENDS):
            # more follows: read the whole local part again as obs-local-part
            self.rest = str(local) + self.rest
            obs = self.obs_local_part()
            if obs.token_type == 'invalid-obs-local-part':
                _flag(local, errors.InvalidHeaderDefect,
                      "local-part is not dot-atom, quoted-string, or obs-local-part")
            else:
                _flag(local, errors.ObsoleteHeaderDefect,
                      "local-part is not a dot-atom (contains CFWS)")
            local[0] = obs
        if not local.value.isascii():
            _flag(local, errors.NonASCIILocalPartDefect, "local-part contains non-ASCII characters)")
        return local

    @_production
    def obs_local_part(self):
        obs = ObsLocalPart()
        after_dot = False
        while self.rest and (self.rest[0] == '\\' or self.rest[0] not in PHRASE_ENDS):
            lead = self.rest[0]
            if lead == '.':
                if after_dot:
                    _flag(obs, errors.InvalidHeaderDefect, "invalid repeated '.'")
                obs.append(DOT)
                after_dot = True
                self._skip()
                continue
            if lead == '\\':
                obs.append(ValueTerminal(self._skip(), 'misplaced-special'))
                _flag(obs, errors.InvalidHeaderDefect,
                      "'\\' character outside of quoted-string/ccontent")
                after_dot = False
                continue
            if obs and obs[-1].token_type != 'dot':
                _flag(obs, errors.InvalidHeaderDefect, "missing '.' between words")
            try:
                tok = self.word()
            except errors.HeaderParseError:
                if lead not in CFWS_LEADER:
                    raise
                tok = self.cfws()
            else:
                after_dot = False
            obs.append(tok)
        head, tail = obs[0].token_type, obs[-1].token_type
        if head == 'dot' or head == 'cfws' and obs[1].token_type == 'dot':
            _flag(obs, errors.InvalidHeaderDefect, "Invalid leading '.' in local part")
        if tail == 'dot' or tail == 'cfws' and obs[-2].token_type == 'dot':
            _flag(obs, errors.InvalidHeaderDefect, "Invalid trailing '.' in local part")
        if obs.defects:
            obs.token_type = 'invalid-obs-local-part'
        return obs

    def dtext(self):
        tok, had_qp = self._ptext('[]', ValueTerminal)
        if had_qp:
            # (the defect comes before those of _validate_xtext in CPython)
            tok.defects.insert(0, errors.ObsoleteHeaderDefect(
                "quoted printable found in domain-literal"))
        return tok

    def _domain_literal_ended(self, literal):
        # the header ended inside a domain literal: close it (the defect is kept as a token,
        # as CPython does)
        if self.rest:
            return False
        literal.append(errors.InvalidHeaderDefect("end of input inside domain-literal"))
        literal.append(ValueTerminal(']', 'domain-literal-end'))
        return True

    @_production
    def domain_literal(self):
        literal = DomainLiteral()
        if self.rest[0] in CFWS_LEADER:
            literal.append(self.cfws())
        if not self.rest:
            _fail("expected domain-literal")
        if self.rest[0] != '[':
            _fail(f"expected '[' at start of domain-literal but found '{self.rest}'")
        self._skip()
        if self._domain_literal_ended(literal):
            return literal
        literal.append(ValueTerminal('[', 'domain-literal-start'))
        if self.rest[0] in WSP:
            literal.append(self.fws())
        literal.append(self.dtext())
        if self._domain_literal_ended(literal):
            return literal
        if self.rest[0] in WSP:
            literal.append(self.fws())
        if self._domain_literal_ended(literal):
            return literal
        if self.rest[0] != ']':
            _fail(f"expected ']' at end of domain-literal but found '{self.rest}'")
        literal.append(ValueTerminal(self._skip(), 'domain-literal-end'))
        self._cfws_into(literal)
        return literal

    @_production
    def domain(self):
        domain = Domain()
        leader = self._cfws_or_none()
        if not self.rest:
            _fail(f"expected domain but found '{self.rest}'")
        if self.rest[0] == '[':
            tok = self.domain_literal()
            if leader is not None:
                tok[:0] = [leader]
            domain.append(tok)
            return domain
        try:
            tok = self.dot_atom()
        except errors.HeaderParseError:
            tok = self.atom()
        if self._next_in('@'):
            _fail('Invalid Domain')
        if leader is not None:
            tok[:0] = [leader]
        domain.append(tok)
        if self._next_in('.'):
            # obs-domain: atoms with comments or whitespace around the dots
            _flag(domain, errors.ObsoleteHeaderDefect, "domain is not a dot-atom (contains CFWS)")
            if domain[0].token_type == 'dot-atom':
                domain[:] = domain[0]
            while self._next_in('.'):
                self._skip()
                domain.append(DOT)
                domain.append(self.atom())
        return domain

    @_production
    def addr_spec(self):
        spec = AddrSpec()
        spec.append(self.local_part())
        if not self._next_in('@'):
            _flag(spec, errors.InvalidHeaderDefect, "addr-spec local part with no domain")
            return spec
        spec.append(ValueTerminal(self._skip(), 'address-at-symbol'))
        spec.append(self.domain())
        return spec

    @_production
    def obs_route(self):
        route = ObsRoute()
        while self.rest and (self.rest[0] == ',' or self.rest[0] in CFWS_LEADER):
            if self.rest[0] == ',':
                route.append(ListSeparator)
                self._skip()
            else:
                route.append(self.cfws())
        if not self._next_in('@'):
            _fail(f"expected obs-route domain but found '{self.rest}'")
        route.append(RouteComponentMarker)
        self._skip()
        route.append(self.domain())
        while self._next_in(','):
            route.append(ListSeparator)
            self._skip()
            if not self.rest:
                break
            if self.rest[0] in CFWS_LEADER:
                route.append(self.cfws())
            if self.rest[0] == '@':
                route.append(RouteComponentMarker)
                self._skip()
                route.append(self.domain())
        if not self.rest:
            _fail("end of header while parsing obs-route")
        if self.rest[0] != ':':
            _fail(f"expected ':' marking end of obs-route but found '{self.rest}'")
        route.append(ValueTerminal(self._skip(), 'end-of-obs-route-marker'))
        return route

    @_production
    def angle_addr(self):
        angle = AngleAddr()
        if self.rest[0] in CFWS_LEADER:
            angle.append(self.cfws())
        if not self._next_in('<'):
            _fail(f"expected angle-addr but found '{self.rest}'")
        angle.append(ValueTerminal(self._skip(), 'angle-addr-start'))
        if self.rest[0] == '>':
            # <>, the null address of bounce messages
            angle.append(ValueTerminal(self._skip(), 'angle-addr-end'))
            _flag(angle, errors.InvalidHeaderDefect, "null addr-spec in angle-addr")
            return angle
        try:
            spec = self.addr_spec()
        except errors.HeaderParseError:
            try:
                route = self.obs_route()
            except errors.HeaderParseError:
                _fail(f"expected addr-spec or obs-route but found '{self.rest}'")
            _flag(angle, errors.ObsoleteHeaderDefect, "obsolete route specification in angle-addr")
            angle.append(route)
            spec = self.addr_spec()
        angle.append(spec)
        if self._next_in('>'):
            self._skip()
        else:
            _flag(angle, errors.InvalidHeaderDefect, "missing trailing '>' on angle-addr")
        angle.append(ValueTerminal('>', 'angle-addr-end'))
        self._cfws_into(angle)
        return angle

    @_production
    def display_name(self):
        phrase = self.phrase()
        name = DisplayName(phrase[:])
        name.defects = phrase.defects[:]
        return name

    @_production
    def name_addr(self):
        name_addr = NameAddr()
        leader = None
        if self.rest[0] in CFWS_LEADER:
            leader = self.cfws()
            if not self.rest:
                _fail(f"expected name-addr but found '{leader}'")
        if self.rest[0] != '<':
            if self.rest[0] in PHRASE_ENDS:
                _fail(f"expected name-addr but found '{self.rest}'")
            name = self.display_name()
            if not self.rest:
                _fail(f"expected name-addr but found '{name}'")
            if leader is not None:
                name[0][:0] = [leader]
                leader = None
            name_addr.append(name)
        angle = self.angle_addr()
        if leader is not None:
            angle[:0] = [leader]
        name_addr.append(angle)
        return name_addr

    @_production
    def mailbox(self):
        mailbox = Mailbox()
        try:
            tok = self.name_addr()
        except errors.HeaderParseError:
            try:
                tok = self.addr_spec()
            except errors.HeaderParseError:
                _fail(f"expected mailbox but found '{self.rest}'")
        if any(isinstance(d, errors.InvalidHeaderDefect) for d in tok.all_defects):
            mailbox.token_type = 'invalid-mailbox'
        mailbox.append(tok)
        return mailbox

    def invalid_mailbox(self, endchars):
        invalid = InvalidMailbox()
        while self.rest and self.rest[0] not in endchars:
            if self.rest[0] in PHRASE_ENDS:
                invalid.append(ValueTerminal(self._skip(), 'misplaced-special'))
            else:
                invalid.append(self.phrase())
        return invalid

    def _bad_entry(self, container, endchars, wrap, empty_note, invalid_note):
        # An entry of a list that is no mailbox/address: comments alone, nothing, or junk up to
        # the next separator (kept as an invalid mailbox).
        leader = None
        if self.rest[0] in CFWS_LEADER:
            leader = self.cfws()
            if not self.rest or self.rest[0] in endchars:
                container.append(leader)
                _flag(container, errors.ObsoleteHeaderDefect, empty_note)
                return
        elif self.rest[0] == ',':
            _flag(container, errors.ObsoleteHeaderDefect, empty_note)
            return
        junk = self.invalid_mailbox(endchars)
        if leader is not None:
            junk[:0] = [leader]
        container.append(wrap(junk))
        _flag(container, errors.InvalidHeaderDefect, invalid_note)

    def _junk_after_entry(self, container, entry, endchars, note):
        # text after a parsed entry, before the separator: the entry becomes invalid
        entry.token_type = 'invalid-mailbox'
        entry.extend(self.invalid_mailbox(endchars))
        _flag(container, errors.InvalidHeaderDefect, note)

    def mailbox_list(self):
        found = MailboxList()
        note = "invalid mailbox in mailbox-list"
        while self.rest and self.rest[0] != ';':
            try:
                found.append(self.mailbox())
            except errors.HeaderParseError:
                self._bad_entry(found, ',;', lambda tok: tok, "empty element in mailbox-list",
                                note)
            if self.rest and self.rest[0] not in ',;':
                self._junk_after_entry(found, found[-1], ',;', note)
            if self._next_in(','):
                found.append(ListSeparator)
                self._skip()
        return found

    def group_list(self):
        group_list = GroupList()
        if not self.rest:
            _flag(group_list, errors.InvalidHeaderDefect, "end of header before group-list")
            return group_list
        leader = None
        if self.rest[0] in CFWS_LEADER:
            leader = self.cfws()
            if not self.rest:
                _flag(group_list, errors.InvalidHeaderDefect, "end of header in group-list")
                group_list.append(leader)
                return group_list
            if self.rest[0] == ';':
                group_list.append(leader)
                return group_list
        members = self.mailbox_list()
        if members.all_mailboxes:
            if leader is not None:
                members[:0] = [leader]
            group_list.append(members)
            return group_list
        if leader is not None:
            group_list.append(leader)
        group_list.extend(members)
        _flag(group_list, errors.ObsoleteHeaderDefect, "group-list with empty entries")
        return group_list

    @_production
    def group(self):
        group = Group()
        name = self.display_name()
        if not self._next_in(':'):
            _fail(f"expected ':' at end of group display name but found '{self.rest}'")
        group.append(name)
        group.append(ValueTerminal(self._skip(), 'group-display-name-terminator'))
        if self._next_in(';'):
            group.append(ValueTerminal(self._skip(), 'group-terminator'))
            return group
        group.append(self.group_list())
        if not self.rest:
            _flag(group, errors.InvalidHeaderDefect, "end of header in group")
        elif self.rest[0] != ';':
            _fail(f"expected ';' at end of group but found {self.rest}")
        group.append(ValueTerminal(';', 'group-terminator'))
        self._skip()
        self._cfws_into(group)
        return group

    @_production
    def address(self):
        address = Address()
        try:
            tok = self.group()
        except errors.HeaderParseError:
            try:
                tok = self.mailbox()
            except errors.HeaderParseError:
                _fail(f"expected address but found '{self.rest}'")
        address.append(tok)
        return address

    def address_list(self):
        found = AddressList()
        note = "invalid address in address-list"
        while self.rest:
            try:
                found.append(self.address())
            except errors.HeaderParseError:
                empty_note = ("address-list entry with no content" if self.rest[0] in CFWS_LEADER
                              else "empty element in address-list")
                self._bad_entry(found, ',', lambda tok: Address([tok]), empty_note, note)
            if self.rest and self.rest[0] != ',':
                self._junk_after_entry(found, found[-1][0], ',', note)
            if self.rest:
                # (a ',' by now)
                found.append(ValueTerminal(self._skip(), 'list-separator'))
        return found

    # --- message ids ---

    @_production
    def no_fold_literal(self):
        literal = NoFoldLiteral()
        if not self.rest:
            _fail(f"expected no-fold-literal but found '{self.rest}'")
        if self.rest[0] != '[':
            _fail(f"expected '[' at the start of no-fold-literal but found '{self.rest}'")
        literal.append(ValueTerminal(self._skip(), 'no-fold-literal-start'))
        literal.append(self.dtext())
        if not self._next_in(']'):
            _fail(f"expected ']' at the end of no-fold-literal but found '{self.rest}'")
        literal.append(ValueTerminal(self._skip(), 'no-fold-literal-end'))
        return literal

    @_production
    def msg_id(self):
        msg_id = MsgID()
        self._cfws_into(msg_id)
        if not self._next_in('<'):
            _fail(f"expected msg-id but found '{self.rest}'")
        msg_id.append(ValueTerminal(self._skip(), 'msg-id-start'))
        try:
            left = self.dot_atom_text()
        except errors.HeaderParseError:
            try:
                left = self.obs_local_part()
            except errors.HeaderParseError:
                _fail(f"expected dot-atom-text or obs-id-left but found '{self.rest}'")
            _flag(msg_id, errors.ObsoleteHeaderDefect, "obsolete id-left in msg-id")
        msg_id.append(left)
        if not self._next_in('@'):
            _flag(msg_id, errors.InvalidHeaderDefect, "msg-id with no id-right")
            if self._next_in('>'):
                msg_id.append(ValueTerminal(self._skip(), 'msg-id-end'))
            return msg_id
        msg_id.append(ValueTerminal(self._skip(), 'address-at-symbol'))
        right = None
        for attempt in (self.dot_atom_text, self.no_fold_literal, self.domain):
            try:
                right = attempt()
            except errors.HeaderParseError:
                continue
            if attempt == self.domain:
                _flag(msg_id, errors.ObsoleteHeaderDefect, "obsolete id-right in msg-id")
            break
        if right is None:
            _fail("expected dot-atom-text, no-fold-literal or obs-id-right"
                  f" but found '{self.rest}'")
        msg_id.append(right)
        if self._next_in('>'):
            self._skip()
        else:
            _flag(msg_id, errors.InvalidHeaderDefect, "missing trailing '>' on msg-id")
        msg_id.append(ValueTerminal('>', 'msg-id-end'))
        self._cfws_into(msg_id)
        return msg_id

    # --- MIME ---

    def invalid_parameter(self):
        invalid = InvalidParameter()
        while self.rest and self.rest[0] != ';':
            if self.rest[0] in PHRASE_ENDS:
                invalid.append(ValueTerminal(self._skip(), 'misplaced-special'))
            else:
                invalid.append(self.phrase())
        return invalid

    @_production
    def token(self):
        tok = Token()
        self._cfws_into(tok)
        if self._next_in(TOKEN_ENDS):
            _fail(f"expected token but found '{self.rest}'")
        tok.append(self.ttext())
        self._cfws_into(tok)
        return tok

    def _attribute(self, ends, text):
        attribute = Attribute()
        self._cfws_into(attribute)
        if self._next_in(ends):
            _fail(f"expected token but found '{self.rest}'")
        attribute.append(text())
        self._cfws_into(attribute)
        return attribute

    @_production
    def attribute(self):
        return self._attribute(ATTRIBUTE_ENDS, self.attrtext)

    @_production
    def extended_attribute(self):
        return self._attribute(EXTENDED_ATTRIBUTE_ENDS, self.extended_attrtext)

    @_production
    def section(self):
        section = Section()
        if not self._next_in('*'):
            _fail(f"Expected section but found {self.rest}")
        section.append(ValueTerminal(self._skip(), 'section-marker'))
        if not self.rest or not self.rest[0].isdigit():
            _fail(f"Expected section number but found {self.rest}")
        count = 0
        while count < len(self.rest) and self.rest[count].isdigit():
            count += 1
        digits = self._skip(count)
        if digits[0] == '0' and digits != '0':
            _flag(section, errors.InvalidHeaderDefect, "section number has an invalid leading 0")
        section.number = int(digits)
        section.append(ValueTerminal(digits, 'digits'))
        return section

    @_production
    def value(self):
        val = Value()
        if not self.rest:
            _fail("Expected value but found end of string")
        leader = self._cfws_or_none()
        if not self.rest:
            _fail(f"Expected value but found only {leader}")
        if self.rest[0] == '"':
            tok = self.quoted_string()
        else:
            tok = self.extended_attribute()
        if leader is not None:
            tok[:0] = [leader]
        val.append(tok)
        return val

    @_production
    def parameter(self):
        param = Parameter()
        name = self.attribute()
        param.append(name)
        if not self.rest or self.rest[0] == ';':
            _flag(param, errors.InvalidHeaderDefect, f"Parameter contains name ({name}) but no value")
            return param
        if self.rest[0] == '*':
            try:
                param.append(self.section())
                param.sectioned = True
            except errors.HeaderParseError:
                pass
            if not self.rest:
                _fail("Incomplete parameter")
            if self.rest[0] == '*':
                param.append(ValueTerminal(self._skip(), 'extended-parameter-marker'))
                param.extended = True
        if self.rest[0] != '=':
            _fail("Parameter not followed by '='")
        param.append(ValueTerminal(self._skip(), 'parameter-separator'))
        self._cfws_into(param)
        return self._parameter_value(param)

    def _parameter_value(self, param):
        remainder = None        # text after a quoted extended value, parsed from its inside
        appendto = param
        if param.extended and self._next_in('"'):
            before = self.rest
            qstring = self.quoted_string()
            remainder, inside = self.rest, qstring.stripped_value
            if _inside_looks_encoded(inside, param.section_number):
                _flag(param, errors.InvalidHeaderDefect,
                      "Quoted string value for extended parameter is invalid")
                param.append(qstring)
                bare = _first_of(qstring, 'bare-quoted-string')
                if bare is not None:
                    bare[:] = []
                    appendto = bare
                self.rest = inside
            else:
                # parsed again below, as an ordinary value
                self.rest, remainder = before, None
                _flag(param, errors.InvalidHeaderDefect,
                      "Parameter marked as extended but appears to have a quoted string value"
                      " that is non-encoded")
        tok = None if self._next_in("'") else self.value()
        if not param.extended or param.section_number > 0:
            if not self._next_in("'"):
                appendto.append(tok)
                return self._finish_parameter(param, remainder)
            _flag(param, errors.InvalidHeaderDefect,
                  "Apparent initial-extended-value but attribute was not marked as extended or"
                  " was not initial section")
        if not self.rest:
            _flag(param, errors.InvalidHeaderDefect, "Missing required charset/lang delimiters")
            appendto.append(tok)
            if remainder is None:
                return param
        else:
            self._charset_and_language(param, appendto, tok)
        if remainder is None:
            tok = self.value()
        else:
            # the inside of the quoted string, taken as it is
            tok = Value()
            while self.rest:
                if self.rest[0] in WSP:
                    tok.append(self.fws())
                elif self.rest[0] == '"':
                    tok.append(ValueTerminal(self._skip(), 'DQUOTE'))
                else:
                    tok.append(self.qcontent())
        appendto.append(tok)
        return self._finish_parameter(param, remainder)

    def _finish_parameter(self, param, remainder):
        if remainder is not None:
            assert not self.rest, self.rest
            self.rest = remainder
        return param

    def _charset_and_language(self, param, appendto, tok):
        # charset'language' before an RFC 2231 value
        if tok is not None:
            for piece in tok:
                if piece.token_type == 'extended-attrtext':
                    break
            appendto.append(piece)
            param.charset = piece.value
        if self.rest[0] != "'":
            _fail(f"Expected RFC2231 char/lang encoding delimiter, but found {self.rest!r}")
        appendto.append(ValueTerminal(self._skip(), 'RFC2231-delimiter'))
        if self.rest and self.rest[0] != "'":
            lang = self.attrtext()
            appendto.append(lang)
            param.lang = lang.value
            if not self._next_in("'"):
                _fail(f"Expected RFC2231 char/lang encoding delimiter, but found {self.rest}")
        appendto.append(ValueTerminal("'", 'RFC2231-delimiter'))
        self._skip()

    def mime_parameters(self):
        params = MimeParameters()
        while self.rest:
            try:
                params.append(self.parameter())
            except errors.HeaderParseError:
                leader = self._cfws_or_none()
                if not self.rest:
                    params.append(leader)
                    return params
                if self.rest[0] == ';':
                    if leader is not None:
                        params.append(leader)
                    _flag(params, errors.InvalidHeaderDefect, "parameter entry with no content")
                else:
                    junk = self.invalid_parameter()
                    if leader:
                        junk[:0] = [leader]
                    params.append(junk)
                    _flag(params, errors.InvalidHeaderDefect, f"invalid parameter {junk!r}")
            if self.rest and self.rest[0] != ';':
                last = params[-1]
                last.token_type = 'invalid-parameter'
                junk = self.invalid_parameter()
                last.extend(junk)
                _flag(params, errors.InvalidHeaderDefect,
                      f"parameter with invalid trailing text {junk!r}")
            if self.rest:
                params.append(ValueTerminal(self._skip(), 'parameter-separator'))
        return params

    def skip_to_parameters(self, tokens):
        # junk (kept as tokens) up to the first ';', then the parameters after it
        while self.rest and self.rest[0] != ';':
            if self.rest[0] in PHRASE_ENDS:
                tokens.append(ValueTerminal(self._skip(), 'misplaced-special'))
            else:
                tokens.append(self.phrase())
        if self.rest:
            tokens.append(ValueTerminal(self._skip(), 'parameter-separator'))
            tokens.append(self.mime_parameters())


def _inside_looks_encoded(inside, section_number):
    # the inside of a quoted extended value looks like one: charset' in the first section,
    # pure extended attrtext in the others
    if section_number == 0:
        if inside and inside[0] == "'":
            return True
        _, rest = get_attrtext(inside)
        return rest[:1] == "'"
    try:
        _, rest = get_extended_attrtext(inside)
    except Exception:
        return False
    return not rest


def _add_encoded_word(tokens, ew):
    # whitespace between two encoded words is not part of the text
    spaced = True
    if tokens and tokens[-1].token_type != 'fws':
        _flag(tokens, errors.InvalidHeaderDefect, "missing whitespace before encoded word")
        spaced = False
    if spaced and len(tokens) > 1 and tokens[-2].token_type == 'encoded-word':
        tokens[-1] = EWWhiteSpaceTerminal(tokens[-1], 'fws')
    tokens.append(ew)


def _parse(production, value, *args):
    parser = _Parser(value)
    token = production(parser, *args)
    return token, parser.rest


def get_fws(value):
    """Folding whitespace at the start of value."""
    return _parse(_Parser.fws, value)


def get_encoded_word(value):
    """An RFC 2047 encoded word: =?charset?cte?encoded text?="""
    return _parse(_Parser.encoded_word, value)


def get_unstructured(value):
    """Text with encoded words, as in Subject (this never fails)."""
    return _Parser(value).unstructured()


def get_qp_ctext(value):
    """ctext of a comment, escapes resolved, as one terminal worth a space."""
    return _parse(_Parser.qp_ctext, value)


def get_qcontent(value):
    """qcontent of a quoted string, escapes resolved."""
    return _parse(_Parser.qcontent, value)


def get_atext(value):
    """atext: characters that are neither specials nor whitespace."""
    return _parse(_Parser.atext, value)


def get_bare_quoted_string(value):
    """A quoted string without the CFWS around it (an unterminated one is a defect)."""
    return _parse(_Parser.bare_quoted_string, value)


def get_comment(value):
    """A comment, nested comments included (an unterminated one is a defect)."""
    return _parse(_Parser.comment, value)


def get_cfws(value):
    """Comments and folding whitespace."""
    return _parse(_Parser.cfws, value)


def get_quoted_string(value):
    """[CFWS] bare-quoted-string [CFWS]"""
    return _parse(_Parser.quoted_string, value)


def get_atom(value):
    """[CFWS] (atext or an encoded word) [CFWS]"""
    return _parse(_Parser.atom, value)


def get_dot_atom_text(value):
    """atext *("." atext)"""
    return _parse(_Parser.dot_atom_text, value)


def get_dot_atom(value):
    """[CFWS] (dot-atom-text or an encoded word) [CFWS]"""
    return _parse(_Parser.dot_atom, value)


def get_word(value):
    """atom or quoted-string (a leading CFWS goes inside it)."""
    return _parse(_Parser.word, value)


def get_phrase(value):
    """1*word, with obsolete dots and bare comments accepted as defects."""
    return _parse(_Parser.phrase, value)


def get_local_part(value):
    """local-part = dot-atom / quoted-string / obs-local-part"""
    return _parse(_Parser.local_part, value)


def get_obs_local_part(value):
    """obs-local-part = word *("." word), misplaced dots and backslashes as defects."""
    return _parse(_Parser.obs_local_part, value)


def get_dtext(value):
    """dtext of a domain literal."""
    return _parse(_Parser.dtext, value)


def get_domain_literal(value):
    """[CFWS] "[" *([FWS] dtext) [FWS] "]" [CFWS]"""
    return _parse(_Parser.domain_literal, value)


def get_domain(value):
    """domain = dot-atom / domain-literal / obs-domain"""
    return _parse(_Parser.domain, value)


def get_addr_spec(value):
    """addr-spec = local-part "@" domain (a missing domain is a defect)."""
    return _parse(_Parser.addr_spec, value)


def get_obs_route(value):
    """obs-route = obs-domain-list ":" (the source route of RFC 822)."""
    return _parse(_Parser.obs_route, value)


def get_angle_addr(value):
    """[CFWS] "<" [obs-route] addr-spec ">" [CFWS]"""
    return _parse(_Parser.angle_addr, value)


def get_display_name(value):
    """display-name = phrase"""
    return _parse(_Parser.display_name, value)


def get_name_addr(value):
    """name-addr = [display-name] angle-addr"""
    return _parse(_Parser.name_addr, value)


def get_mailbox(value):
    """mailbox = name-addr / addr-spec"""
    return _parse(_Parser.mailbox, value)


def get_invalid_mailbox(value, endchars):
    """Everything up to one of endchars, as an invalid mailbox."""
    return _parse(_Parser.invalid_mailbox, value, endchars)


def get_mailbox_list(value):
    """mailbox-list = (mailbox *("," mailbox)) / obs-mbox-list, up to a ';'."""
    return _parse(_Parser.mailbox_list, value)


def get_group_list(value):
    """group-list = mailbox-list / CFWS / obs-group-list"""
    return _parse(_Parser.group_list, value)


def get_group(value):
    """group = display-name ":" [group-list] ";" [CFWS]"""
    return _parse(_Parser.group, value)


def get_address(value):
    """address = mailbox / group"""
    return _parse(_Parser.address, value)


def get_address_list(value):
    """address-list = (address *("," address)) / obs-addr-list (this never fails)."""
    return _parse(_Parser.address_list, value)


def get_no_fold_literal(value):
    """no-fold-literal = "[" *dtext "]" (the right side of a msg-id)."""
    return _parse(_Parser.no_fold_literal, value)


def get_msg_id(value):
    """msg-id = [CFWS] "<" id-left "@" id-right ">" [CFWS]"""
    return _parse(_Parser.msg_id, value)


def parse_message_id(value):
    """A Message-ID value; anything that is not a msg-id is kept as unstructured text."""
    message_id = MessageID()
    try:
        token, rest = get_msg_id(value)
    except errors.HeaderParseError as ex:
        message_id = InvalidMessageID(get_unstructured(value))
        _flag(message_id, errors.InvalidHeaderDefect, f"Invalid msg-id: {ex!r}")
        return message_id
    message_id.append(token)
    if rest:
        _flag(message_id, errors.InvalidHeaderDefect, f"Unexpected {rest!r}")
    return message_id


def _version_number(parser, version, half, stops):
    # one number of a MIME version; anything else is kept as xtext with a defect
    count = 0
    while count < len(parser.rest) and parser.rest[count] not in stops:
        count += 1
    digits = parser._skip(count)
    if not digits.isdigit():
        _flag(version, errors.InvalidHeaderDefect,
              f"Expected MIME {half} version number but found {digits!r}")
        version.append(ValueTerminal(digits, 'xtext'))
        return
    setattr(version, half, int(digits))
    version.append(ValueTerminal(digits, 'digits'))


def parse_mime_version(value):
    """mime-version = [CFWS] 1*digit [CFWS] "." [CFWS] 1*digit [CFWS]"""
    version = MIMEVersion()
    if not value:
        _flag(version, errors.HeaderMissingRequiredValue, "Missing MIME version number (eg: 1.0)")
        return version
    parser = _Parser(value)
    if value[0] in CFWS_LEADER:
        version.append(parser.cfws())
        if not parser.rest:
            _flag(version, errors.HeaderMissingRequiredValue,
                  "Expected MIME version number but found only CFWS")
    _version_number(parser, version, 'major', CFWS_LEADER | {'.'})
    parser._cfws_into(version)
    only_major = "Incomplete MIME version; found only major number"
    if not parser._next_in('.'):
        if version.major is not None:
            _flag(version, errors.InvalidHeaderDefect, only_major)
        if parser.rest:
            version.append(ValueTerminal(parser.rest, 'xtext'))
        return version
    version.append(ValueTerminal(parser._skip(), 'version-separator'))
    parser._cfws_into(version)
    if not parser.rest:
        if version.major is not None:
            _flag(version, errors.InvalidHeaderDefect, only_major)
        return version
    _version_number(parser, version, 'minor', CFWS_LEADER)
    parser._cfws_into(version)
    if parser.rest:
        _flag(version, errors.InvalidHeaderDefect, "Excess non-CFWS text after MIME version")
        version.append(ValueTerminal(parser.rest, 'xtext'))
    return version


def get_invalid_parameter(value):
    """Everything up to the next ';', as an invalid parameter."""
    return _parse(_Parser.invalid_parameter, value)


def get_ttext(value):
    """ttext: the characters of a MIME token."""
    return _parse(_Parser.ttext, value)


def get_token(value):
    """token = [CFWS] 1*ttext [CFWS]"""
    return _parse(_Parser.token, value)


def get_attrtext(value):
    """attrtext: the characters of a parameter name (RFC 2231)."""
    return _parse(_Parser.attrtext, value)


def get_attribute(value):
    """attribute = [CFWS] 1*attrtext [CFWS]"""
    return _parse(_Parser.attribute, value)


def get_extended_attrtext(value):
    """attrtext and '%' (the percent-encoded values of RFC 2231)."""
    return _parse(_Parser.extended_attrtext, value)


def get_extended_attribute(value):
    """[CFWS] 1*extended_attrtext [CFWS]"""
    return _parse(_Parser.extended_attribute, value)


def get_section(value):
    """section = "*" digits (RFC 2231 continuations)."""
    return _parse(_Parser.section, value)


def get_value(value):
    """value = token / quoted-string, the value of a parameter."""
    return _parse(_Parser.value, value)


def get_parameter(value):
    """parameter = attribute ["*" section] ["*"] "=" value; an extended value ('*') is
    charset'language'percent-encoded-text (the charset and language in its first section)."""
    return _parse(_Parser.parameter, value)


def parse_mime_parameters(value):
    """The ';'-separated parameters of a MIME header; invalid ones are kept with defects."""
    return _Parser(value).mime_parameters()


def _find_mime_parameters(tokenlist, value):
    _Parser(value).skip_to_parameters(tokenlist)


def _type_header(header, value, missing, what):
    # the token that starts a Content-Type or Content-Disposition value; None (with a defect,
    # and the rest parsed as parameters) when there is none
    if not value:
        _flag(header, errors.HeaderMissingRequiredValue, missing)
        return None, None
    parser = _Parser(value)
    try:
        token = parser.token()
    except errors.HeaderParseError:
        _flag(header, errors.InvalidHeaderDefect, f"Expected {what} but found {value!r}")
        parser.skip_to_parameters(header)
        return None, None
    header.append(token)
    return token, parser


def _parameters_after(header, parser, after):
    # ';' and the parameters, or junk (with a defect) before them
    if not parser.rest:
        return True
    if parser.rest[0] != ';':
        _flag(header, errors.InvalidHeaderDefect,
              f"Only parameters are valid after {after}, but found {parser.rest!r}")
        parser.skip_to_parameters(header)
        return False
    header.append(ValueTerminal(parser._skip(), 'parameter-separator'))
    header.append(parser.mime_parameters())
    return True


def parse_content_type_header(value):
    """Content-Type: maintype/subtype *(";" parameter); when it is invalid the maintype and
    subtype stay text/plain."""
    ctype = ContentType()
    token, parser = _type_header(ctype, value, "Missing content type specification",
                                 "content maintype")
    if token is None:
        return ctype
    if not parser._next_in('/'):
        _flag(ctype, errors.InvalidHeaderDefect, "Invalid content type")
        if parser.rest:
            parser.skip_to_parameters(ctype)
        return ctype
    ctype.maintype = token.value.strip().lower()
    ctype.append(ValueTerminal(parser._skip(), 'content-type-separator'))
    rest = parser.rest
    try:
        subtype = parser.token()
    except errors.HeaderParseError:
        _flag(ctype, errors.InvalidHeaderDefect, f"Expected content subtype but found {rest!r}")
        parser.skip_to_parameters(ctype)
        return ctype
    ctype.append(subtype)
    ctype.subtype = subtype.value.strip().lower()
    if not _parameters_after(ctype, parser, 'content type'):
        # back to the text/plain default
        del ctype.maintype, ctype.subtype
    return ctype


def parse_content_disposition_header(value):
    """Content-Disposition: disposition *(";" parameter)"""
    disposition = ContentDisposition()
    token, parser = _type_header(disposition, value, "Missing content disposition",
                                 "content disposition")
    if token is not None:
        disposition.content_disposition = token.value.strip().lower()
        _parameters_after(disposition, parser, 'content disposition')
    return disposition


def parse_content_transfer_encoding_header(value):
    """Content-Transfer-Encoding: token (anything after it is a defect)."""
    cte = ContentTransferEncoding()
    if not value:
        _flag(cte, errors.HeaderMissingRequiredValue, "Missing content transfer encoding")
        return cte
    parser = _Parser(value)
    try:
        token = parser.token()
    except errors.HeaderParseError:
        _flag(cte, errors.InvalidHeaderDefect,
              f"Expected content transfer encoding but found {value!r}")
    else:
        cte.append(token)
        cte.cte = token.value.strip().lower()
    while parser.rest:
        _flag(cte, errors.InvalidHeaderDefect, "Extra text after content transfer encoding")
        if parser.rest[0] in PHRASE_ENDS:
            cte.append(ValueTerminal(parser._skip(), 'misplaced-special'))
        else:
            cte.append(parser.phrase())
    return cte

#
# Folding.
#

def _steal_trailing_WSP_if_exists(lines):
    # take a whitespace character off the end of the last line, to start the next one with
    last = lines[-1] if lines else ''
    if last and last[-1] in WSP:
        lines[-1] = last[:-1]
        return last[-1]
    return ''


def _refold_parse_tree(parse_tree, *, policy):
    """The folded text of a header parse tree, each line ending in policy.linesep.

    Tokens are added to the current line while they fit; a token that does not fit starts a new
    line (taking the whitespace before it along) when it can, else it is broken into its parts,
    and a terminal that still does not fit, or text that cannot be written as it is (non-ASCII,
    or specials in a comment), is written as RFC 2047 encoded words. Tokens whose syntax forbids
    encoded words (addresses, MIME parameters, message ids) are never encoded."""
    maxlen = policy.max_line_length or sys.maxsize
    encoding = 'utf-8' if policy.utf8 else 'us-ascii'
    lines = ['']
    last_ew = None              # where the last encoded word of the last line starts
    ew_blocked = 0              # how many enclosing tokens forbid encoded words
    want_encoding = False
    end_of_block = Terminal('', 'wrap_as_ew_blocked')
    parts = list(parse_tree)
    while parts:
        part = parts.pop(0)
        if part is end_of_block:
            ew_blocked -= 1
            continue
        text = str(part)
        if part.token_type == 'ptext' and not SPECIALS.isdisjoint(text):
            want_encoding = True
        charset = encoding
        if not _encodes(text, encoding):
            undecodable = any(isinstance(d, errors.UndecodableBytesDefect)
                              for d in part.all_defects)
            charset = 'unknown-8bit' if undecodable else 'utf-8'
            want_encoding = True
        if part.token_type == 'mime-parameters':
            _fold_mime_parameters(part, lines, maxlen, encoding)
            continue
        is_terminal = hasattr(part, 'encode')
        if want_encoding and not ew_blocked:
            if not part.as_ew_allowed:
                want_encoding = False
                last_ew = None
                if part.syntactic_break:
                    # fold it on its own; if that gives one line, place it as a whole
                    folded = part.fold(policy=policy)[:-len(policy.linesep)]
                    if policy.linesep not in folded:
                        if len(folded) > maxlen - len(lines[-1]):
                            lines.append(_steal_trailing_WSP_if_exists(lines))
                        lines[-1] += folded
                        continue
            if is_terminal:
                last_ew = _fold_as_ew(text, lines, maxlen, last_ew, part.ew_combine_allowed,
                                      charset)
            else:
                parts[:0] = list(part)
            want_encoding = False
            continue
        if len(text) <= maxlen - len(lines[-1]):
            lines[-1] += text
            continue
        if part.syntactic_break and len(text) < maxlen:
            lead = _steal_trailing_WSP_if_exists(lines)
            if lead or part.startswith_fws():
                lines.append(lead + text)
                last_ew = None
                continue
        if not is_terminal:
            # too long: fold its parts one by one
            pieces = list(part)
            if not part.as_ew_allowed:
                ew_blocked += 1
                pieces.append(end_of_block)
            parts[:0] = pieces
            continue
        if part.as_ew_allowed and not ew_blocked:
            # a terminal too long for a line: encode it, which can be split
            parts.insert(0, part)
            want_encoding = True
            continue
        lead = _steal_trailing_WSP_if_exists(lines)
        if lead or part.startswith_fws():
            lines.append(lead + text)
        else:
            lines[-1] += text
    return policy.linesep.join(lines) + policy.linesep


def _encodes(text, encoding):
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _fold_as_ew(to_encode, lines, maxlen, last_ew, ew_combine_allowed, charset):
    """Write to_encode as encoded words from the end of lines, merging with the encoded word
    that ends the last line when allowed; return where the last encoded word starts (when later
    text may merge with it), else None."""
    if last_ew is not None and ew_combine_allowed:
        # decode the previous encoded word back and encode it again with the new text
        to_encode = str(get_unstructured(lines[-1][last_ew:] + to_encode))
        lines[-1] = lines[-1][:last_ew]
    if to_encode[0] in WSP:
        # whitespace is kept outside the encoded word
        lead = to_encode[0]
        to_encode = to_encode[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_trailing_WSP_if_exists(lines))
        lines[-1] += lead
    trail = ''
    if to_encode[-1] in WSP:
        trail = to_encode[-1]
        to_encode = to_encode[:-1]
    start = len(lines[-1]) if last_ew is None else last_ew
    encode_as = 'utf-8' if charset == 'us-ascii' else charset
    chrome_len = len(encode_as) + 7
    if chrome_len + 1 >= maxlen:
        raise errors.HeaderParseError("max_line_length is too small to fit an encoded word")
    while to_encode:
        room = maxlen - len(lines[-1])
        if room - chrome_len <= 0:
            lines.append(' ')
            continue
        # as many characters as could fit, fewer until the encoded word fits
        take = to_encode[:room - chrome_len]
        word = _ew.encode(take, charset=encode_as)
        while len(word) > room:
            take = take[:-1]
            word = _ew.encode(take, charset=encode_as)
        lines[-1] += word
        to_encode = to_encode[len(take):]
        if to_encode:
            lines.append(' ')
            start = len(lines[-1])
    lines[-1] += trail
    return start if ew_combine_allowed else None


def _fold_mime_parameters(part, lines, maxlen, encoding):
    """Write MIME parameters: each on the current line when it fits, else on a line of its own,
    else split into RFC 2231 sections (name*0*=, name*1*=, ...). Non-ASCII values are written
    percent-encoded as charset''value."""
    for name, value in part.params:
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset = encoding
        error_handler = 'strict'
        encoding_required = not _encodes(value, encoding)
        if encoding_required:
            if utils._has_surrogates(value):
                charset, error_handler = 'unknown-8bit', 'surrogateescape'
            else:
                charset = 'utf-8'
            quoted = utils._percent_quote(value, errors=error_handler)
            tstr = f"{name}*={charset}''{quoted}"
        else:
            tstr = f'{name}={quote_string(value)}'
        if len(lines[-1]) + len(tstr) + 1 < maxlen:
            lines[-1] += ' ' + tstr
            continue
        if len(tstr) + 2 <= maxlen:
            lines.append(' ' + tstr)
            continue
        maxlen = _fold_rfc2231_sections(name, value, charset, error_handler, lines, maxlen)


def _fold_rfc2231_sections(name, value, charset, error_handler, lines, maxlen):
    # One line per section (name*0*=charset''..., name*1*=...), each as long as its encoded text
    # allows. A maxlen too small for one character falls back to 78, for the rest of the header.
    number = 0
    prefix = charset + "''"       # on the first section only
    while value:
        chrome = len(name) + len(str(number)) + 3 + len(prefix)
        if chrome + 3 >= maxlen:
            maxlen = 78
        room = maxlen - chrome - 2
        take = room
        encoded = utils._percent_quote(value[:take], errors=error_handler)
        while len(encoded) > room:
            take -= 1
            encoded = utils._percent_quote(value[:take], errors=error_handler)
        lines.append(f" {name}*{number}*={prefix}{encoded}")
        value = value[take:]
        if value:
            lines[-1] += ';'
        prefix = ''
        number += 1
    return maxlen
