"""Subprocesses driven by the event loop: not supported by Immortal (NotImplementedError)."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3

_WHY = 'asyncio subprocesses ({}) are not supported by Immortal'


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=2 ** 16,
                                  **kwds):
    raise NotImplementedError(_WHY.format('create_subprocess_shell'))


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=2 ** 16, **kwds):
    raise NotImplementedError(_WHY.format('create_subprocess_exec'))


class Process:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_WHY.format('Process'))
