# The top-level printer (CPython's C one) on an exception group: notes that are a tuple, a
# non-sequence and multi-line strings, each drawn inside the group's margins; a NameError inside a
# method offering `self.<name>`; an AttributeError suggestion; a SyntaxError subclass raised with a
# location (one caret, as for every subclass); chained causes inside the group.
# immortal-test: cycles
# immortal-test: exit=1
class Config:
    def __init__(self):
        self.verbose = True

    def check(self):
        return verbose


class BadSource(SyntaxError):
    pass


def collect():
    errors = []
    try:
        Config().check()
    except NameError as e:
        errors.append(e)
    try:
        [].apend(1)
    except AttributeError as e:
        e.__notes__ = ('tuple note', 'second line\nof it')
        errors.append(e)
    err = BadSource('cannot parse', ('conf.ini', 3, 4, '  key = = value\n', 3, 9))
    err.__notes__ = 42
    errors.append(err)
    try:
        raise KeyError('missing') from OSError(2, 'No such file or directory', 'conf.ini')
    except KeyError as e:
        errors.append(e)
    group = ExceptionGroup('config errors', errors)
    group.add_note('while loading\nthe configuration')
    raise group


collect()
