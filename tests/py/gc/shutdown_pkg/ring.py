# Objects in reference cycles that announce their finalization, and what they can still see then.
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.other = self

    def __del__(self):
        mod = sys.modules.get('shutdown_pkg.ring')
        print('del', self.name, '| sys.modules still has us:', mod is not None)
