# immortal-test: exit=1
# A TypeError from a call with a missing argument, raised at the call site.
def connect(host, port, timeout=10):
    return f"{host}:{port} ({timeout}s)"


print(connect("localhost", 8080))
print(connect("localhost"))
