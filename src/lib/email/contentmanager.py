"""Content managers of the new policies (CPython's email.contentmanager), written for Immortal.

A ContentManager maps content types to get handlers and Python types to set handlers.
raw_data_manager, the default policy's manager, reads text parts as str (decoded with their
charset), other leaf parts as bytes and message parts as Message objects, and writes str, bytes
and messages back, choosing the transfer encoding the way CPython does (7bit or 8bit when the lines
allow, else whichever of quoted-printable and base64 is shorter on the first ten lines)."""

import binascii

import email.charset
import email.errors
import email.message
from email import quoprimime


class ContentManager:
    """Dispatch tables for get_content() and set_content()."""

    def __init__(self):
        self.get_handlers, self.set_handlers = {}, {}

    def add_get_handler(self, key, handler):
        """handler(msg, ...) reads parts whose type is key ('maintype/subtype' or 'maintype',
        or '' for anything)."""
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        """The content of msg, by the handler for its full type, then its maintype, then ''."""
        ctype = msg.get_content_type()
        for key in (ctype, msg.get_content_maintype(), ''):
            if key in self.get_handlers:
                return self.get_handlers[key](msg, *args, **kw)
        raise KeyError(ctype)

    def add_set_handler(self, typekey, handler):
        """handler(msg, obj, ...) writes objects of typekey (a type, or a type's name)."""
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        """Replace msg's content (and Content-* headers) with obj, through the handler for
        type(obj) or one of its bases."""
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        write = self._find_set_handler(msg, obj)
        msg.clear_content()
        write(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        # along the MRO: the type itself, its 'module.qualname', its qualname, its name
        first_name = None
        handlers = self.set_handlers
        for typ in type(obj).__mro__:
            if typ in handlers:
                return handlers[typ]
            qualname = typ.__qualname__
            module = getattr(typ, '__module__', '')
            full_name = f'{module}.{qualname}' if module else qualname
            if first_name is None:
                first_name = full_name
            for key in (full_name, qualname, typ.__name__):
                if key in handlers:
                    return handlers[key]
        if None in handlers:
            return handlers[None]
        raise KeyError(first_name)


raw_data_manager = ContentManager()


def get_text_content(msg, errors='replace'):
    """A text part's payload as str, decoded with its charset (ASCII by default)."""
    data = msg.get_payload(decode=True)
    return data.decode(msg.get_param('charset', 'ASCII'), errors=errors)


def get_non_text_content(msg):
    """A non-text leaf part's payload as bytes."""
    return msg.get_payload(decode=True)


def get_message_content(msg):
    """The Message inside a message/rfc822 or message/external-body part."""
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    """Any other message/* part: the enclosed message as bytes."""
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler('text', get_text_content)
for _maintype in ('audio', 'image', 'video', 'application'):
    raw_data_manager.add_get_handler(_maintype, get_non_text_content)
for _subtype in ('rfc822', 'external-body'):
    raw_data_manager.add_get_handler('message/' + _subtype, get_message_content)
raw_data_manager.add_get_handler('message', get_and_fixup_unknown_message_content)
del _maintype, _subtype


def _prepare_set(msg, maintype, subtype, headers):
    # Content-Type first, then the extra headers given (strings are parsed by the policy)
    msg['Content-Type'] = maintype + '/' + subtype
    if not headers:
        return
    if not hasattr(headers[0], 'name'):
        policy = msg.policy
        headers = [policy.header_factory(*policy.header_source_parse([text])) for text in headers]
    for header in headers:
        try:
            defects = header.defects
            if defects:
                raise defects[0]
            msg[header.name] = header
        except email.errors.HeaderDefect as exc:
            raise ValueError(f"Invalid header: {header.fold(policy=msg.policy)}") from exc


def _finalize_set(msg, disposition, filename, cid, params):
    # Content-Disposition (attachment when only a filename is given), Content-ID, parameters
    if filename is not None:
        msg['Content-Disposition'] = 'attachment' if disposition is None else disposition
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    elif disposition is not None:
        msg['Content-Disposition'] = disposition
    if cid is not None:
        msg['Content-ID'] = cid
    for key, value in (params or {}).items():
        msg.set_param(key, value)


def _encode_base64(data, max_line_length):
    # base64 lines as long as max_line_length allows (a multiple of 4 characters)
    chunk = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[at:at + chunk]).decode('ascii')
                   for at in range(0, len(data), chunk))


def _encode_text(string, charset, cte, policy):
    """(cte, payload) for text: the cte given, or the best one for the text."""
    lines = string.encode(charset).splitlines()
    linesep = policy.linesep.encode('ascii')

    def embedded_body(some):
        return linesep.join(some) + linesep

    def normal_body(some):
        return b'\n'.join(some) + b'\n'

    if cte is None:
        if max(map(len, lines), default=0) <= policy.max_line_length:
            body = normal_body(lines)
            if body.isascii():
                return '7bit', body.decode('ascii')
            if policy.cte_type == '8bit':
                return '8bit', body.decode('ascii', 'surrogateescape')
        # judge by the first ten lines which encoding is shorter
        sniff = embedded_body(lines[:10])
        sniff_qp = quoprimime.body_encode(sniff.decode('latin-1'), policy.max_line_length)
        if len(sniff_qp) > len(binascii.b2a_base64(sniff)):
            cte = 'base64'
        else:
            cte = 'quoted-printable'
            if len(lines) <= 10:
                return cte, sniff_qp
    if cte == '7bit':
        return cte, normal_body(lines).decode('ascii')
    if cte == '8bit':
        return cte, normal_body(lines).decode('ascii', 'surrogateescape')
    if cte == 'quoted-printable':
        return cte, quoprimime.body_encode(normal_body(lines).decode('latin-1'),
                                           policy.max_line_length)
    if cte == 'base64':
        return cte, _encode_base64(embedded_body(lines), policy.max_line_length)
    raise ValueError(f"Unknown content transfer encoding {cte}")


def set_text_content(msg, string, subtype="plain", charset='utf-8', cte=None,
                     disposition=None, filename=None, cid=None, params=None, headers=None):
    """Make msg a text/subtype part holding string, encoded in charset."""
    _prepare_set(msg, 'text', subtype, headers)
    cte, payload = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param('charset', email.charset.ALIASES.get(charset, charset), replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


def set_message_content(msg, message, subtype="rfc822", cte=None,
                        disposition=None, filename=None, cid=None, params=None, headers=None):
    """Make msg a message/subtype part enclosing message."""
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    allowed = {'rfc822': (None, '7bit', '8bit', 'binary'), 'external-body': (None, '7bit')}
    if subtype in allowed:
        if cte not in allowed[subtype]:
            raise ValueError(f"message/{subtype} parts do not support cte={cte}")
        if subtype == 'external-body':
            cte = '7bit'
        elif cte is None:
            cte = '8bit'
    elif cte is None:
        cte = '7bit'
    _prepare_set(msg, 'message', subtype, headers)
    _store(msg, [message], cte, disposition, filename, cid, params)


def _store(msg, payload, cte, disposition, filename, cid, params):
    # the encoded payload, its Content-Transfer-Encoding, then the other Content-* headers
    msg.set_payload(payload)
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64',
                      disposition=None, filename=None, cid=None, params=None, headers=None):
    """Make msg a maintype/subtype part holding data, encoded with cte."""
    _prepare_set(msg, maintype, subtype, headers)
    if cte == 'quoted-printable':
        payload = binascii.b2a_qp(data, istext=False, header=False, quotetabs=True)
        payload = payload.decode('ascii')
    elif cte == 'base64':
        payload = _encode_base64(data, max_line_length=msg.policy.max_line_length)
    elif cte in ('8bit', 'binary'):
        payload = data.decode('ascii', 'surrogateescape')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:
        payload = data
    _store(msg, payload, cte, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)
raw_data_manager.add_set_handler(email.message.Message, set_message_content)
for _typ in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_typ, set_bytes_content)
del _typ
