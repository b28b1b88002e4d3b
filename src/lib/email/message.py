"""The message object model (CPython's email.message), written for Immortal.

A Message is an ordered list of (name, value) headers plus a payload: a str for a simple part (with
any undecodable bytes kept as surrogate escapes), or a list of sub-messages for a multipart. The
policy decides what header values look like when set and fetched (str for compat32, header objects
for the default policy). MIMEPart and EmailMessage add the content-manager API of the new policies:
set_content, get_content, add_attachment, get_body, iter_attachments and friends."""

import binascii
import re
from io import BytesIO, StringIO

from email import charset as _charset
from email import errors
from email import utils
from email._encoded_words import decode_b
from email._policybase import compat32

__all__ = ['Message', 'EmailMessage']

Charset = _charset.Charset

SEMISPACE = '; '

# characters that force a parameter value into quotes
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    # 'value; params' -> ('value', 'params' or None)
    head, sep, tail = str(param).partition(';')
    return head.strip(), (tail.strip() if sep else None)


def _formatparam(param, value=None, quote=True):
    """'name=value' for a parameter: an RFC 2231 tuple or a non-ASCII value becomes name*=...,
    other values are quoted when quote is true or they need it; no value gives just the name."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        charset, language, text = value
        return f'{param}*={utils.encode_rfc2231(text, charset, language)}'
    if not value.isascii():
        return f"{param}*={utils.encode_rfc2231(value, 'utf-8', '')}"
    if quote or tspecials.search(value):
        return f'{param}="{utils.quote(value)}"'
    return f'{param}={value}'


def _parseparam(s):
    """The ';'-separated pieces of a parameter list (the first piece is the value itself), with
    names lower-cased and the whitespace around '=' removed; ';' inside quotes does not split."""
    rest = ';' + str(s)
    pieces = []
    while rest.startswith(';'):
        rest = rest[1:]
        end = rest.find(';')
        # an odd number of unescaped quotes before the ';' means it is quoted
        while end > 0 and (rest.count('"', 0, end) - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        if end < 0:
            end = len(rest)
        piece = rest[:end]
        name, eq, value = piece.partition('=')
        if eq:
            piece = name.strip().lower() + '=' + value.strip()
        pieces.append(piece.strip())
        rest = rest[end:]
    return pieces


def _unquotevalue(value):
    if not isinstance(value, tuple):
        return utils.unquote(value)
    charset, language, text = value
    return charset, language, utils.unquote(text)


def _decode_uu(encoded):
    """The data of a uuencoded body ('begin MODE NAME' ... 'end'); ValueError when it has no
    begin line or ends early."""
    lines = iter(encoded.splitlines())
    for line in lines:
        if not line.startswith(b"begin "):
            continue
        mode = line.removeprefix(b"begin ").partition(b" ")[0]
        try:
            int(mode, base=8)
        except ValueError:
            continue
        break
    else:
        raise ValueError("`begin` line not found")
    data = []
    for line in lines:
        if not line:
            raise ValueError("Truncated input")
        if line.strip(b' \t\r\n\f') == b'end':
            break
        try:
            data.append(binascii.a2b_uu(line))
        except binascii.Error:
            # some encoders write garbage after the data: use only what the count covers
            usable = (((line[0] - 32) & 63) * 4 + 5) // 3
            data.append(binascii.a2b_uu(line[:usable]))
    return b''.join(data)


_MISSING = object()


class Message:
    """A message or a MIME part: headers (ordered, names case-insensitive, repeatable) and a
    payload, written out by str(), bytes(), as_string() and as_bytes()."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._payload = None
        self._unixfrom = self._charset = None
        self.preamble = self.epilogue = None
        self._default_type = 'text/plain'
        self.defects = []

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as str, through email.generator.Generator (no From mangling)."""
        from email.generator import Generator
        out = StringIO()
        Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                  policy=self.policy if policy is None else policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message as bytes, through email.generator.BytesGenerator."""
        from email.generator import BytesGenerator
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False,
                       policy=self.policy if policy is None else policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        """True when the payload is a list of sub-messages."""
        return isinstance(self._payload, list)

    def get_unixfrom(self):
        """The envelope 'From ' line, or None."""
        return self._unixfrom

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def attach(self, payload):
        """Add a sub-message to a multipart (or to a message without payload)."""
        if self._payload is None:
            self._payload = [payload]
            return
        try:
            self._payload.append(payload)
        except AttributeError:
            raise TypeError("Attach is not valid on a message with a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload: the list of parts (or part i) of a multipart; for a simple part the str, or
        with decode=True the bytes after undoing the Content-Transfer-Encoding (quoted-printable,
        base64, uuencode). A multipart asked to decode gives None."""
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        smuggled = isinstance(payload, str) and utils._has_surrogates(payload)
        if not decode:
            if not smuggled:
                return payload
            # bytes the parser could not decode: show them in the declared charset
            raw = payload.encode('ascii', 'surrogateescape')
            try:
                return raw.decode(self.get_param('charset', 'ascii'), 'replace')
            except LookupError:
                return raw.decode('ascii', 'replace')
        if smuggled:
            bpayload = payload.encode('ascii', 'surrogateescape')
        elif isinstance(payload, str):
            bpayload = payload.encode('raw-unicode-escape')
        if cte == 'quoted-printable':
            return binascii.a2b_qp(bpayload)
        if cte == 'base64':
            data, defects = decode_b(b''.join(bpayload.splitlines()))
            for found in defects:
                self.policy.handle_defect(self, found)
            return data
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            try:
                return _decode_uu(bpayload)
            except ValueError:
                return bpayload
        return bpayload if isinstance(payload, str) else payload

    def set_payload(self, payload, charset=None):
        """Set the payload; with a charset, str text is encoded in it and set_charset() adds the
        MIME headers and the transfer encoding."""
        is_text = hasattr(payload, 'encode')
        if is_text and charset is None:
            self._payload = payload
            return
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        if is_text:
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, 'decode'):
            # bytes are kept as str, undecodable bytes as surrogate escapes
            payload = payload.decode('ascii', 'surrogateescape')
        self._payload = payload
        if charset is None:
            return
        self.set_charset(charset)

    def set_charset(self, charset):
        """Declare the payload's charset: adds MIME-Version, Content-Type's charset parameter and a
        Content-Transfer-Encoding (encoding the payload) when missing. None removes the charset."""
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if charset is None:
            self.del_param('charset')
            return
        out_name = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', out_name)
        else:
            self.add_header('Content-Type', 'text/plain', charset=out_name)
        if charset != out_name:
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = charset.get_body_encoding()
        try:
            cte(self)
        except TypeError:
            # cte is a name ('base64', 'quoted-printable'): encode the payload ourselves
            self._payload = charset.body_encode(self._payload_bytes(charset))
            self.add_header('Content-Transfer-Encoding', cte)

    def _payload_bytes(self, charset):
        text = self._payload
        if not text:
            return text
        try:
            return text.encode('ascii', 'surrogateescape')
        except UnicodeError:
            return text.encode(charset.output_charset)

    def get_charset(self):
        """The Charset given to set_charset(), or None."""
        return self._charset

    # --- headers, as a mapping ---

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (at the end; existing ones of that name stay)."""
        limit = self.policy.header_max_count(name)
        if limit:
            lname = name.lower()
            present = sum(1 for k, v in self._headers if k.lower() == lname)
            if present >= limit:
                raise ValueError(f"There may be at most {limit} {name} headers in a message")
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header of that name (no error when there is none)."""
        lname = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != lname]

    def __contains__(self, name):
        lname = name.lower()
        return any(k.lower() == lname for k, v in self._headers)

    def __iter__(self):
        for name, value in self._headers:
            yield name

    def keys(self):
        """The header names, in order, repeats included."""
        return [name for name, value in self._headers]

    def values(self):
        """The header values, in order."""
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        """(name, value) for every header, in order."""
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        """The value of the first header called name, or failobj."""
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        """Append a header without passing it through the policy."""
        self._headers.append((name, value))

    def raw_items(self):
        """The stored (name, value) pairs, untouched by the policy."""
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """The values of every header called name, or failobj when there is none."""
        lname = name.lower()
        found = [self.policy.header_fetch_parse(k, v) for k, v in self._headers
                 if k.lower() == lname]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt'); underscores in keyword names become dashes, None gives a bare name."""
        parts = [] if _value is None else [_value]
        for key, value in _params.items():
            key = key.replace('_', '-')
            parts.append(key if value is None else _formatparam(key, value))
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replace the first header called _name, keeping its place; KeyError when absent."""
        lname = _name.lower()
        for index, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[index] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(lname)

    # --- MIME type and parameters ---

    def get_content_type(self):
        """maintype/subtype, lower-cased; the default type when there is no Content-Type, and
        text/plain when the header is invalid."""
        value = self.get('content-type', _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        """The type assumed without Content-Type: text/plain, or message/rfc822 in a digest."""
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        # the (name, value) pairs of a header's parameters, values still quoted, RFC 2231 decoded
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        pairs = []
        for piece in _parseparam(value):
            name, eq, val = piece.partition('=')
            pairs.append((name.strip(), val.strip()) if eq else (piece.strip(), ''))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's value and parameters as (name, value) pairs (the value first, with ''),
        or failobj when the header is missing."""
        params = self._get_params_preserve(_MISSING, header)
        if params is _MISSING:
            return failobj
        if not unquote:
            return params
        return [(k, _unquotevalue(v)) for k, v in params]

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """One parameter's value (an RFC 2231 value is a (charset, language, value) tuple), or
        failobj."""
        if header not in self:
            return failobj
        wanted = param.lower()
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == wanted:
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None,
                  language='', replace=False):
        """Set a parameter, changing it in place when present; with charset the value is written
        in RFC 2231 form. A missing Content-Type starts as text/plain."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if header.lower() == 'content-type' and header not in self:
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if self.get_param(param, header=header):
            pieces = []
            for old_name, old_value in self.get_params(header=header, unquote=requote):
                if old_name.lower() == param.lower():
                    pieces.append(_formatparam(param, value, requote))
                else:
                    pieces.append(_formatparam(old_name, old_value, requote))
            ctype = _join_params(pieces)
        elif ctype:
            ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = _formatparam(param, value, requote)
        if ctype != self.get(header):
            self._rewrite_header(header, ctype, replace)

    def _rewrite_header(self, header, value, in_place):
        # replace a header where it is, or move it to the end with its new value
        if not in_place:
            del self[header]
            self[header] = value
            return
        self.replace_header(header, value)

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from the header (which is rewritten)."""
        if header not in self:
            return
        kept = [_formatparam(p, v, requote)
                for p, v in self.get_params(header=header, unquote=requote)
                if p.lower() != param.lower()]
        new_value = _join_params(kept)
        if new_value != self.get(header):
            self._rewrite_header(header, new_value, False)

    def set_type(self, type, header='Content-Type', requote=True):
        """Change the maintype/subtype of the header, keeping its parameters; for Content-Type
        also (re)sets MIME-Version."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            self._rewrite_header('MIME-Version', '1.0', False)
        params = self.get_params([], header=header, unquote=requote)
        self._rewrite_header(header, type, False)
        for name, value in params[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename, else Content-Type's name, decoded; or failobj."""
        name = self.get_param('filename', _MISSING, 'content-disposition')
        if name is _MISSING:
            name = self.get_param('name', _MISSING, 'content-type')
        if name is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        """The multipart boundary, or failobj."""
        boundary = self.get_param('boundary', _MISSING)
        if boundary is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter of Content-Type, in place (HeaderParseError without a
        Content-Type)."""
        params = self._get_params_preserve(_MISSING, 'content-type')
        if params is _MISSING:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        new_params = [('boundary', quoted) if k.lower() == 'boundary' else (k, v)
                      for k, v in params]
        if not any(k.lower() == 'boundary' for k, v in params):
            new_params.append(('boundary', quoted))
        value = SEMISPACE.join(k if v == '' else f'{k}={v}' for k, v in new_params)
        self._headers = [self.policy.header_store_parse(h, value) if h.lower() == 'content-type'
                         else (h, v) for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        """The charset parameter, lower-cased (failobj when absent or not ASCII)."""
        charset = self.get_param('charset', _MISSING)
        if charset is _MISSING:
            return failobj
        if isinstance(charset, tuple):
            # an RFC 2231 value: decode the name with its own charset
            try:
                charset = str(charset[2].encode('raw-unicode-escape'), charset[0] or 'us-ascii')
            except (LookupError, UnicodeError):
                charset = charset[2]
        if not charset.isascii():
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """get_content_charset(failobj) of every part, in walk() order."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """'inline', 'attachment', ... lower-cased, or None."""
        value = self.get('content-disposition')
        return None if value is None else _splitparam(value)[0].lower()

    from email.iterators import walk


def _join_params(pieces):
    # SEMISPACE.join, except that empty pieces before the first non-empty one are dropped
    out = ''
    for piece in pieces:
        out = SEMISPACE.join([out, piece]) if out else piece
    return out


def _default_policy():
    from email.policy import default
    return default


class MIMEPart(Message):
    """A message part for the new policies (default policy unless given)."""

    def __init__(self, policy=None):
        super().__init__(_default_policy() if policy is None else policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """As Message.as_string, with maxheaderlen the policy's max_line_length by default."""
        if policy is None:
            policy = self.policy
        width = policy.max_line_length if maxheaderlen is None else maxheaderlen
        return super().as_string(unixfrom, width, policy)

    def __str__(self):
        # str() of a new-style message shows non-ASCII headers unencoded
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        """True when Content-Disposition is 'attachment'."""
        disposition = self.get('content-disposition')
        if disposition is None:
            return False
        return disposition.content_disposition == 'attachment'

    def _find_body(self, part, preferencelist):
        # (rank in preferencelist, part) for each body candidate under part
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text' and subtype in preferencelist:
            yield (preferencelist.index(subtype), part)
        # (a quirk kept from CPython: it is self, not part, that must be a multipart)
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for sub in part.iter_parts():
                yield from self._find_body(sub, preferencelist)
            return
        if 'related' in preferencelist:
            yield (preferencelist.index('related'), part)
        # the root of a multipart/related: the part named by start=, else the first
        root = None
        start = part.get_param('start')
        if start:
            root = next((sub for sub in part.iter_parts() if sub['content-id'] == start), None)
        if root is None:
            subparts = part.get_payload()
            root = subparts[0] if subparts else None
        if root is not None:
            yield from self._find_body(root, preferencelist)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best candidate for the message body, by the order of preferencelist, or None."""
        best_rank = len(preferencelist)
        best = None
        for rank, part in self._find_body(self, preferencelist):
            if rank < best_rank:
                best_rank, best = rank, part
                if rank == 0:
                    break
        return best

    _body_types = {('text', 'plain'), ('text', 'html'), ('multipart', 'related'),
                   ('multipart', 'alternative')}

    def iter_attachments(self):
        """The parts of a multipart that are not its body candidates (the first text/plain,
        text/html, multipart/related and multipart/alternative parts that are not attachments)."""
        ctype = self.get_content_type()
        if not ctype.startswith('multipart/') or ctype == 'multipart/alternative':
            return
        subtype = ctype[len('multipart/'):]
        try:
            parts = self.get_payload().copy()
        except AttributeError:
            # a multipart whose payload is a str (broken input)
            return
        if subtype == 'related':
            start = self.get_param('start')
            if start:
                others = [p for p in parts if p.get('content-id') != start]
                if len(others) < len(parts):
                    yield from others
                    return
            yield from parts[1:]
            return
        seen = []
        for part in parts:
            kind = tuple(part.get_content_type().split('/'))
            if kind in self._body_types and not part.is_attachment() and kind[1] not in seen:
                seen.append(kind[1])
                continue
            yield part

    def iter_parts(self):
        """The direct sub-parts of a multipart (nothing otherwise)."""
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        """The content, through the content manager (the policy's by default)."""
        manager = self.policy.content_manager if content_manager is None else content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        """Replace the content, through the content manager (the policy's by default)."""
        manager = self.policy.content_manager if content_manager is None else content_manager
        manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == 'multipart':
            current = self.get_content_subtype()
            if current in disallowed_subtypes + (subtype,):
                raise ValueError(f"Cannot convert {current} to {subtype}")
        # the Content-* headers and the payload move into a new first part
        content = [(n, v) for n, v in self._headers if n.lower().startswith('content-')]
        others = [(n, v) for n, v in self._headers if not n.lower().startswith('content-')]
        if content:
            part = type(self)(policy=self.policy)
            part._headers = content
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = others
        self['Content-Type'] = f'multipart/{subtype}'
        if boundary is None:
            return
        self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        """Turn a simple part (or multipart/related) into multipart/related."""
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        """Turn a simple part or multipart/related into multipart/alternative."""
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        """Turn the part into multipart/mixed."""
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype(), self.get_content_subtype()) != ('multipart', _subtype):
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        needs_disposition = _disp and 'content-disposition' not in part
        if needs_disposition:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        """Make this multipart/related and add a part (inline) made by set_content(*args)."""
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        """Make this multipart/alternative and add a part made by set_content(*args)."""
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        """Make this multipart/mixed and add an attachment made by set_content(*args)."""
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        """Remove all headers and the payload."""
        self._headers = []
        self._payload = None

    def clear_content(self):
        """Remove the payload and the Content-* headers."""
        self._payload = None
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]


class EmailMessage(MIMEPart):
    """A whole message: set_content also adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' in self:
            return
        self['MIME-Version'] = '1.0'
