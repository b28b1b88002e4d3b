# A class whose attribute is another module (shutdown_pkg.dep); the class is in reference cycles
# (its __mro__, its methods' __globals__), so it and everything it holds wait for the collector.
from shutdown_pkg import dep


class Holder:
    module = dep

    def get(self):
        return self.module.value


del dep
