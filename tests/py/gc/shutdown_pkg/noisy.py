# Objects that print when they are finalized (the class lives here, so a program that only makes
# instances defines no function or class of its own: its module dict is in no reference cycle).


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)
