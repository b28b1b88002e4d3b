"""The exceptions asyncio raises."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in the Task or Future's current state."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile is not available for the given socket or file type."""


class IncompleteReadError(EOFError):
    """A read ended before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        self.partial, self.expected = partial, expected
        total = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {total} expected bytes')

    def __reduce__(self):
        return (type(self), (self.partial, self.expected))


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        self.consumed = consumed
        super().__init__(message)

    def __reduce__(self):
        return (type(self), (self.args[0], self.consumed))


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or broken while a task waited on it."""
