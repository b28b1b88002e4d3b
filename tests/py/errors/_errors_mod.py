# Imported by uncaught_from_module.py.
class PortError(Exception):
    pass


def parse_port(text):
    if not text.isdigit():
        raise PortError(f"not a port number: {text!r}")
    return int(text)
