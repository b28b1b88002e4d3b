# immortal-test: exit=1
# raise ... from ...: both tracebacks, joined by "The above exception was the direct cause".
def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as e:
        raise LookupError(f"no setting named {name!r}") from e


settings = {"debug": True}
print(read_setting(settings, "debug"))
read_setting(settings, "timeout")
