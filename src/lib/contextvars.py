"""Context variables: the public face of _contextvars."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
