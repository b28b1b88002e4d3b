"""Writing messages out (CPython's email.generator), written for Immortal.

flatten() writes a message tree: headers folded by the policy, a blank line, then the body, chosen
by content type (_handle_<maintype>_<subtype>, then _handle_<maintype>, then _writeBody). Each part
is written into a buffer first, because writing a multipart may set its boundary and writing text
with undecodable bytes may change its Content-Transfer-Encoding, both of which show in the headers.
Generator writes str, BytesGenerator bytes (undecodable bytes written back as they were),
DecodedGenerator the text parts only."""

import random
import re
import sys
import time
from copy import deepcopy
from io import BytesIO, StringIO

from email.utils import _has_surrogates

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

UNDERSCORE = '_'
NL = '\n'
NLCRE = re.compile(r'\r\n|\r|\n')
fcre = re.compile(r'^From ', re.MULTILINE)


class Generator:
    """Write message trees as text to outfp (any object with a write(str) method)."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        """mangle_from_: write '>From ' for body lines starting 'From ' (default: the policy's,
        or True without a policy); maxheaderlen: overrides the policy's max_line_length; policy:
        overrides the message's own."""
        if mangle_from_ is None:
            mangle_from_ = policy.mangle_from_ if policy is not None else True
        self.policy = policy
        self.maxheaderlen = maxheaderlen
        self._mangle_from_ = mangle_from_
        self._fp = outfp

    def write(self, s):
        """Write a piece of output (str)."""
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (with its envelope 'From ' line when unixfrom); linesep overrides the
        policy's line ending for everything written."""
        policy = self.policy if self.policy is not None else msg.policy
        changes = {}
        if linesep is not None:
            changes['linesep'] = linesep
        if self.maxheaderlen is not None:
            changes['max_line_length'] = self.maxheaderlen
        if changes:
            policy = policy.clone(**changes)
        self._NL, self._EMPTY = policy.linesep, ''
        self._encoded_NL, self._encoded_EMPTY = self._encode(self._NL), self._encode('')
        # the message and this generator use the effective policy while writing
        saved = (self.policy, msg.policy)
        self.policy = msg.policy = policy
        try:
            if unixfrom:
                envelope = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
                self.write(envelope + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return type(self)(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        # write text with its line ends replaced by the policy's
        if not lines:
            return
        pieces = NLCRE.split(lines)
        last = pieces.pop()
        for piece in pieces:
            self.write(piece)
            self.write(self._NL)
        if last:
            self.write(last)

    def _write(self, msg):
        body_out = self._new_buffer()
        saved_fp = self._fp
        self._munge_cte = None
        self._fp = body_out
        try:
            self._dispatch(msg)
        finally:
            self._fp = saved_fp
            munge_cte = self._munge_cte
            del self._munge_cte
        if munge_cte:
            # the body was re-encoded: write the headers of a copy that says so
            msg = deepcopy(msg)
            cte, ctype = munge_cte
            if msg.get('content-transfer-encoding') is None:
                msg['Content-Transfer-Encoding'] = cte
            else:
                msg.replace_header('content-transfer-encoding', cte)
            msg.replace_header('content-type', ctype)
        own_writer = getattr(msg, '_write_headers', None)
        if own_writer is not None:
            own_writer(self)
        else:
            self._write_headers(msg)
        self._fp.write(body_out.getvalue())

    def _dispatch(self, msg):
        maintype = msg.get_content_maintype()
        subtype = msg.get_content_subtype()
        candidates = (UNDERSCORE.join((maintype, subtype)).replace('-', '_'),
                      maintype.replace('-', '_'))
        for name in candidates:
            handler = getattr(self, '_handle_' + name, None)
            if handler is not None:
                break
        else:
            handler = self._writeBody
        handler(msg)

    def _write_headers(self, msg):
        for name, value in msg.raw_items():
            self.write(self.policy.fold(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if isinstance(payload, str):
            pass
        elif payload is None:
            return
        else:
            raise TypeError('string payload expected: %s' % type(payload))
        charset = msg.get_param('charset') if _has_surrogates(msg._payload) else None
        if charset is not None:
            # undecodable bytes in a str generator: re-encode the text in its charset
            payload, self._munge_cte = self._reencoded(msg, payload, charset)
        self._write_lines(self._mangled(payload))

    def _reencoded(self, msg, payload, charset):
        copy = deepcopy(msg)
        del copy['content-transfer-encoding']
        copy.set_payload(payload, charset)
        headers = (copy['content-transfer-encoding'], copy['content-type'])
        return copy.get_payload(), headers

    # other non-multipart types are written as text
    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        subparts = msg.get_payload()
        if subparts is None:
            subparts = []
        elif isinstance(subparts, str):
            # a multipart whose body could not be split into parts
            self.write(subparts)
            return
        elif not isinstance(subparts, list):
            subparts = [subparts]
        texts = [self._flatten_part(part) for part in subparts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self._write_lines(self._mangled(msg.preamble))
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        for index, text in enumerate(texts):
            if index:
                self.write(self._NL + '--' + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            self._write_lines(self._mangled(msg.epilogue))

    def _mangled(self, text):
        return fcre.sub('>From ', text) if self._mangle_from_ else text

    def _flatten_part(self, part):
        # a sub-part written by a clone of this generator into a buffer of its own
        out = self._new_buffer()
        self.clone(out).flatten(part, unixfrom=False, linesep=self._NL)
        return out.getvalue()

    def _handle_multipart_signed(self, msg):
        # the signed parts must not be refolded, or the signature breaks
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        # header blocks separated by one blank line each
        blocks = []
        for part in msg.get_payload():
            text = self._flatten_part(part)
            lines = text.split(self._encoded_NL)
            if lines and lines[-1] == self._encoded_EMPTY:
                text = self._encoded_NL.join(lines[:-1])
            blocks.append(text)
        self._fp.write(self._encoded_NL.join(blocks))

    def _handle_message(self, msg):
        payload = msg._payload
        if isinstance(payload, list):
            # message/rfc822 and friends: the enclosed message
            payload = self._flatten_part(msg.get_payload(0))
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        """A random boundary ('=' * 15, 19 digits, '=='), with '.N' added until it does not occur
        as a boundary line in text."""
        boundary = '=' * 15 + _fmt % random.randrange(sys.maxsize) + '=='
        if text is None:
            return boundary
        candidate = boundary
        counter = 0
        while cls._compile_re('^--' + re.escape(candidate) + '(--)?$', re.MULTILINE).search(text):
            candidate = f'{boundary}.{counter}'
            counter += 1
        return candidate

    @classmethod
    def _compile_re(cls, s, flags):
        # the pattern searched for in the text of the parts (bytes for BytesGenerator)
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Write message trees as bytes to outfp; undecodable bytes kept from parsing are written
    back as they were (unless the policy's cte_type is '7bit')."""

    def _encode(self, s):
        return s.encode('ascii')

    def _new_buffer(self):
        return BytesIO()

    def write(self, s):
        """Write a piece of output: str, undecodable bytes restored."""
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _write_headers(self, msg):
        fold = self.policy.fold_binary
        for name, value in msg.raw_items():
            self._fp.write(fold(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        raw = msg._payload
        if raw is None:
            return
        if self.policy.cte_type != '7bit' and _has_surrogates(raw):
            if self._mangle_from_:
                msg._payload = raw = fcre.sub(">From ", raw)
            self._write_lines(raw)
            return
        super()._handle_text(msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        pattern = s.encode('ascii')
        return re.compile(pattern, flags)


_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    """Write the text parts of a message tree as they are, and a line described by fmt in place
    of every other non-multipart part."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        """fmt may use %(type)s, %(maintype)s, %(subtype)s, %(filename)s, %(description)s and
        %(encoding)s."""
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == 'multipart':
                continue
            if maintype == 'text':
                print(part.get_payload(decode=False), file=self)
                continue
            details = {
                'type': part.get_content_type(),
                'maintype': maintype,
                'subtype': part.get_content_subtype(),
                'filename': part.get_filename('[no filename]'),
                'description': part.get('Content-Description', '[no description]'),
                'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
            }
            print(self._fmt % details, file=self)


# the digits of a boundary: as many as sys.maxsize has
_width = len(repr(sys.maxsize - 1))
_fmt = '%%0%dd' % _width

_make_boundary = Generator._make_boundary
