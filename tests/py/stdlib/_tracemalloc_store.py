# A module for tracemalloc_top_lines.py and tracemalloc_filters.py: allocations made in another file.


def build_index(records, key):
    index = {}
    for record in records:
        index.setdefault(record[key], []).append(record)
    return index


def make_buffers(count, size):
    return [bytearray(size) for _ in range(count)]


class Cache:
    def __init__(self):
        self.entries = {}

    def put(self, key, text):
        self.entries[key] = text.encode() * 4
