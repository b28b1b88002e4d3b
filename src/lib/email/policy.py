"""The policies of the new email API (CPython's email.policy), written for Immortal.

EmailPolicy stores headers as header objects from its header_factory (email.headerregistry) and
folds them with the header value parser; default, SMTP (CRLF line ends), SMTPUTF8 (UTF-8
headers), HTTP (CRLF, no line length limit) and strict (defects raise) are its instances. compat32
is the old behaviour (email._policybase)."""

import re
import sys

from email._policybase import Policy, Compat32, compat32, _extend_docstrings
from email.contentmanager import raw_data_manager
from email.headerregistry import HeaderRegistry as HeaderRegistry
from email.message import EmailMessage
from email.utils import _has_surrogates

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP', 'HTTP']

linesep_splitter = re.compile(r'\n|\r')


@_extend_docstrings
class EmailPolicy(Policy):
    """+ (EmailPolicy)
    utf8 -- write non-ASCII headers as UTF-8 instead of encoded words (RFC 6532).
    refold_source -- refold parsed headers: 'none', 'long' (lines over max_line_length) or 'all'.
    header_factory -- makes header objects from (name, value).
    content_manager -- handles get_content and set_content.
    """

    utf8 = False
    refold_source = 'long'
    message_factory = EmailMessage
    content_manager = raw_data_manager
    header_factory = HeaderRegistry()

    def __init__(self, **kw):
        if 'header_factory' not in kw:
            # each policy made with the constructor gets a registry of its own
            object.__setattr__(self, 'header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        """+ (EmailPolicy)
        The max_count of the header class registered for name.
        """
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        """+ (EmailPolicy)
        The value keeps its folding whitespace (line ends removed later, when fetched).
        """
        name, rest = sourcelines[0].split(':', 1)
        value = rest.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        """+ (EmailPolicy)
        A header object of the same name is stored as it is; a str is made into one (it must
        not contain line ends).
        """
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed or carriage return "
                             "characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        """+ (EmailPolicy)
        A stored str (from parsing) becomes a header object, its line ends removed.
        """
        if hasattr(value, 'name'):
            return value
        return self.header_factory(name, ''.join(linesep_splitter.split(value)))

    def fold(self, name, value):
        """+ (EmailPolicy)
        Header objects fold themselves; parsed values are refolded as refold_source says.
        """
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        """+ (EmailPolicy)
        Like fold, encoded as ASCII (UTF-8 when utf8), undecodable bytes restored.
        """
        text = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        return text.encode('utf8' if self.utf8 else 'ascii', 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        limit = self.max_line_length or sys.maxsize
        lines = value.splitlines()
        if self.refold_source == 'all':
            refold = True
        elif self.refold_source == 'long':
            refold = bool(lines) and (len(name) + 2 + len(lines[0]) > limit
                                      or any(len(line) > limit for line in lines[1:]))
        else:
            refold = False
        if refold or (refold_binary and _has_surrogates(value)):
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
# default uses the class's registry (so map_to_type on it is seen by its clones)
del default.header_factory
SMTP = default.clone(linesep='\r\n')
SMTPUTF8 = SMTP.clone(utf8=True)
HTTP = default.clone(linesep='\r\n', max_line_length=None)
strict = default.clone(raise_on_defect=True)
