# type.__dictoffset__ and __weakrefoffset__ are CPython 3.12's: a static type's struct offsets, -1 and -32 for a
# class's managed dict and weakref list, a base's offsets when the base keeps them in its struct.
import collections, functools
class A: pass
class S: __slots__=('a','b')
class SW: __slots__=('a','__weakref__')
class SD(S): pass
class E(Exception): pass
class L(list): pass
import types
for t in (object, int, A, S, SW, SD, E, L, Exception, types.FunctionType, types.ModuleType, type, collections.OrderedDict, functools.partial, collections.deque):
    print(t.__name__, t.__dictoffset__, t.__weakrefoffset__, t.__basicsize__, t.__itemsize__)
class MyOD(collections.OrderedDict): pass
class MyDQ(collections.deque): pass
class MyP(functools.partial): pass
class MyE(E): __slots__ = ()
for t in (MyOD, MyDQ, MyP, MyE, staticmethod, property, types.SimpleNamespace, BaseException):
    print(t.__name__, t.__dictoffset__, t.__weakrefoffset__, t.__basicsize__)
