"""Transport interfaces. Immortal has no sockets or pipes, so no transport is ever made; the classes
exist for programs that subclass or check against them, their methods raising NotImplementedError."""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
           'SubprocessTransport')


def _abstract(name, owner):
    def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = f'{owner}.{name}'
    return method


class BaseTransport:
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    __slots__ = ()


class WriteTransport(BaseTransport):
    __slots__ = ()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __slots__ = ()


class SubprocessTransport(BaseTransport):
    __slots__ = ()


for _cls, _names in ((BaseTransport, ('is_closing', 'close', 'set_protocol', 'get_protocol')),
                     (ReadTransport, ('is_reading', 'pause_reading', 'resume_reading')),
                     (WriteTransport, ('set_write_buffer_limits', 'get_write_buffer_size',
                                       'get_write_buffer_limits', 'write', 'write_eof',
                                       'can_write_eof', 'abort')),
                     (DatagramTransport, ('sendto', 'abort')),
                     (SubprocessTransport, ('get_pid', 'get_returncode', 'get_pipe_transport',
                                            'send_signal', 'terminate', 'kill'))):
    for _name in _names:
        setattr(_cls, _name, _abstract(_name, _cls.__name__))
del _cls, _names, _name
