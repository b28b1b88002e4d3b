"""Iterating over the parts of a message (CPython's email.iterators), written for Immortal.

walk() is also Message.walk: the message itself, then every sub-part depth first."""

import sys
from io import StringIO

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']


def walk(self):
    """The message and all its sub-parts, depth first."""
    yield self
    if not self.is_multipart():
        return
    for part in self.get_payload():
        yield from part.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every str payload in the message tree."""
    for part in msg.walk():
        body = part.get_payload(decode=decode)
        if isinstance(body, str):
            yield from StringIO(body)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts of the message tree with this maintype (and subtype, when given)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the content types of the message tree, indented by depth (a debugging aid)."""
    out = sys.stdout if fp is None else fp
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    print(line, file=out)
    if msg.is_multipart():
        for part in msg.get_payload():
            _structure(part, out, level + 1, include_default)
