# assertLogs / assertNoLogs: a handler that captures records on one logger while the block runs.

import logging
import collections

from .case import _BaseTestCaseContext

__unittest = True

_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])


class _CapturingHandler(logging.Handler):
    """Keeps each record and its formatted text."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def emit(self, record):
        watcher = self.watcher
        watcher.records.append(record)
        watcher.output.append(self.format(record))

    def flush(self):
        # Nothing is buffered.
        pass


class _AssertLogsContext(_BaseTestCaseContext):
    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = target.handlers[:]
        self.old_level = target.level
        self.old_propagate = target.propagate
        target.handlers = [handler]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        target = self.logger
        target.handlers = self.old_handlers
        target.propagate = self.old_propagate
        target.setLevel(self.old_level)
        if exc_type is not None:
            return False
        seen = self.watcher.records
        if self.no_logs and seen:
            self._raiseFailure(f'Unexpected logs found: {self.watcher.output!r}')
        elif not self.no_logs and not seen:
            self._raiseFailure(f'no logs of level {logging.getLevelName(self.level)} or higher '
                               f'triggered on {target.name}')
