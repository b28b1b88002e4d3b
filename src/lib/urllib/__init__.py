# The urllib package, written for Immortal: parse (URL splitting, joining and quoting), error,
# response, request (file: and data: URLs; no sockets) and robotparser. Like CPython's, the package
# itself is empty; its submodules are imported explicitly.
