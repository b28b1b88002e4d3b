"""asyncio.to_thread(): CPython runs the function in a worker thread; Immortal has one thread."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError('Immortal runs one thread per interpreter: asyncio.to_thread() is '
                              'not supported')
