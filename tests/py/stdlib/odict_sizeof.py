# sys.getsizeof of an OrderedDict as CPython's C type counts it: the dict, a node pointer per slot of
# its keys table and a node per item; a Python subclass's dict is the C struct's (no managed pointers).
import sys
from collections import OrderedDict
def show(label, od):
    print(label, len(od), sys.getsizeof(od), od.__sizeof__())
show('empty', OrderedDict())
for n in (1, 2, 5, 6, 10, 11, 21, 22, 100, 1000):
    show(f'fromkeys {n}', OrderedDict.fromkeys(range(n)))
    show(f'str keys {n}', OrderedDict((str(i), i) for i in range(n)))
od = OrderedDict()
for i in range(50):
    od[i] = i
    if i % 7 == 0:
        show(f'set {i}', od)
for i in range(50):
    del od[i]
    if i % 9 == 0:
        show(f'del {i}', od)
od.clear(); show('clear', od)
od = OrderedDict(a=1, b=2, c=3)
od.popitem(); show('popitem', od); od.popitem(last=False); show('popitem first', od)
od.update(x=1, y=2); show('update', od)
show('copy', od.copy()); show('or', od | {'z': 0})
class Sub(OrderedDict):
    pass
show('subclass', Sub(a=1, b=2))
