# unittest.mock assertion helpers and their exact failure messages: assert_called,
# assert_called_once, assert_called_with, assert_called_once_with, assert_any_call,
# assert_has_calls (in order and any_order), assert_not_called, including the
# "Expected: ... Actual: ..." forms, call-list output and spec-normalised comparisons.
from unittest.mock import Mock, MagicMock, call, ANY


def check(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as exc:
        print('%s: AssertionError' % label)
        for line in str(exc).splitlines():
            print('   |', line)
        if exc.__cause__ is not None:
            print('   cause:', type(exc.__cause__).__name__, exc.__cause__)
    else:
        print('%s: ok' % label)


# An uploader that retries; the transport is mocked.
def upload(transport, chunks, retries=2):
    sent = 0
    for index, chunk in enumerate(chunks):
        for attempt in range(retries + 1):
            try:
                transport.put(index, chunk, checksum=sum(chunk) % 251)
            except IOError:
                transport.log('retry', index, attempt)
                continue
            sent += 1
            break
    transport.close()
    return sent


transport = Mock(name='transport')
transport.put.side_effect = [None, IOError('flaky'), None, None]
print(upload(transport, [b'ab', b'cd', b'ef']))

check('called', transport.put.assert_called)
check('close once', transport.close.assert_called_once)
check('put once', transport.put.assert_called_once)
check('with last', transport.put.assert_called_with, 2, b'ef', checksum=203)
check('with wrong', transport.put.assert_called_with, 2, b'ef')
check('once_with', transport.close.assert_called_once_with)
check('once_with many', transport.put.assert_called_once_with, 0, b'ab', checksum=195)
check('any', transport.put.assert_any_call, 1, b'cd', checksum=199)
check('any ANY', transport.put.assert_any_call, 1, ANY, checksum=ANY)
check('any missing', transport.put.assert_any_call, 7, b'zz')
check('not called', transport.reset.assert_not_called)
check('not called fails', transport.log.assert_not_called)
check('has_calls order', transport.assert_has_calls,
      [call.put(1, b'cd', checksum=199), call.log('retry', 1, 0)])
check('has_calls seq', transport.put.assert_has_calls,
      [call(1, b'cd', checksum=199), call(1, b'cd', checksum=199)])
check('has_calls wrong order', transport.put.assert_has_calls,
      [call(2, b'ef', checksum=203), call(0, b'ab', checksum=195)])
check('has_calls any_order', transport.put.assert_has_calls,
      [call(2, b'ef', checksum=203), call(0, b'ab', checksum=195)], any_order=True)
check('has_calls any_order missing', transport.put.assert_has_calls,
      [call(2, b'ef', checksum=203), call(5, b'')], any_order=True)
check('has_calls empty', transport.assert_has_calls, [])

fresh = Mock()
check('fresh called', fresh.assert_called)
check('fresh with', fresh.assert_called_with, 1, key='v')
check('fresh once', fresh.assert_called_once)
check('fresh once_with', fresh.assert_called_once_with, 'x')
check('fresh any', fresh.assert_any_call)
check('fresh has_calls', fresh.assert_has_calls, [call(1)])
named = Mock(name='worker')
named(1)
named(2)
check('named not called', named.assert_not_called)
check('named once', named.assert_called_once)
check('named with', named.assert_called_with, 3)
check('named any_order', named.assert_has_calls, [call(3)], any_order=True)

# With a spec, positional and keyword forms of the same call compare equal.
def resize(width, height, *, keep_ratio=False):
    pass


spec_mock = Mock(spec=resize)
spec_mock(640, height=480)
check('spec kw/pos', spec_mock.assert_called_with, width=640, height=480)
check('spec any', spec_mock.assert_any_call, 640, 480)
check('spec bad args', spec_mock.assert_called_with, 1, 2, 3)
check('spec has_calls', spec_mock.assert_has_calls, [call(640, 480)])

# Call counts of magic methods show in the call lists of MagicMock.
mm = MagicMock()
len(mm)
mm[1] = 2
check('magic with', mm.__setitem__.assert_called_with, 1, 2)
check('magic not called', mm.assert_not_called)
print(mm.mock_calls)
