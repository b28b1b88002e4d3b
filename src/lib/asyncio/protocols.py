"""Protocol interfaces (callbacks a transport calls). Immortal has no transports, but programs
subclass these, so they exist with their methods doing nothing, as in CPython."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


def _ignore(name, owner):
    def method(self, *args):
        return None
    method.__name__ = name
    method.__qualname__ = f'{owner}.{name}'
    return method


class BaseProtocol:
    __slots__ = ()


class Protocol(BaseProtocol):
    __slots__ = ()


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        raise NotImplementedError


class DatagramProtocol(BaseProtocol):
    __slots__ = ()


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()


for _cls, _names in ((BaseProtocol, ('connection_made', 'connection_lost', 'pause_writing',
                                     'resume_writing')),
                     (Protocol, ('data_received', 'eof_received')),
                     (BufferedProtocol, ('buffer_updated', 'eof_received')),
                     (DatagramProtocol, ('datagram_received', 'error_received')),
                     (SubprocessProtocol, ('pipe_data_received', 'pipe_connection_lost',
                                           'process_exited'))):
    for _name in _names:
        setattr(_cls, _name, _ignore(_name, _cls.__name__))
del _cls, _names, _name
