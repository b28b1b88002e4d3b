# immortal-test: exit=1
# A user-defined exception with extra state and __str__: the last line is `Name: str(exc)`.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"setting {self.key!r}: {self.problem}"


def check(config):
    for key in ("host", "port"):
        if key not in config:
            raise ConfigError(key, "missing")
    return "ok"


print(check({"host": "h", "port": 1}))
check({"host": "h"})
