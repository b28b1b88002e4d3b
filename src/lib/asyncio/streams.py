"""Streams (network connections): Immortal has no sockets, so these raise NotImplementedError."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')

_WHY = 'Immortal has no sockets: asyncio streams ({}) are not supported'


async def open_connection(host=None, port=None, *, limit=2 ** 16, **kwds):
    raise NotImplementedError(_WHY.format('open_connection'))


async def start_server(client_connected_cb, host=None, port=None, *, limit=2 ** 16, **kwds):
    raise NotImplementedError(_WHY.format('start_server'))


async def open_unix_connection(path=None, *, limit=2 ** 16, **kwds):
    raise NotImplementedError(_WHY.format('open_unix_connection'))


async def start_unix_server(client_connected_cb, path=None, *, limit=2 ** 16, **kwds):
    raise NotImplementedError(_WHY.format('start_unix_server'))


class StreamReader:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_WHY.format('StreamReader'))


class StreamWriter:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_WHY.format('StreamWriter'))


class StreamReaderProtocol:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_WHY.format('StreamReaderProtocol'))
