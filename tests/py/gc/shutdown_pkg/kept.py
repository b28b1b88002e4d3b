# A module kept alive past the collection by a reference from sys (see shutdown_underscore.py): its
# dict is wiped by _PyModule_ClearDict, names with one leading underscore first.


class Reporter:
    """Prints, when finalized, which of the watched names of a module dict are None already."""

    def __init__(self, name, namespace, watched):
        self.name = name
        self.namespace = namespace
        self.watched = watched

    def __del__(self):
        ns = self.namespace
        print('del', self.name, '|', ' '.join(k + ('=None' if ns[k] is None else '=set') for k in self.watched))


WATCHED = ('public', '_private', '__dunder', '_')
public = Reporter('kept.public', globals(), WATCHED)
_private = Reporter('kept._private', globals(), WATCHED)
__dunder = Reporter('kept.__dunder', globals(), WATCHED)
another = Reporter('kept.another', globals(), WATCHED)
_ = Reporter('kept._', globals(), WATCHED)
