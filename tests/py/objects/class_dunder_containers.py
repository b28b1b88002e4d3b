# Container dunders: __len__, __bool__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __setitem__(self, index, value):
        self.songs[index] = value

    def __delitem__(self, index):
        del self.songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

    def __iter__(self):
        return iter(self.songs)


p = Playlist("Intro", "Song A", "Song B", "Outro")
print(len(p), p[0], p[-1], p[1:3])
p[1] = "Song A (remix)"
del p[2]
print(list(p), "song a (REMIX)" in p, "missing" in p, "Outro" not in p)
print(bool(p), bool(Playlist()))
for i, song in enumerate(p):
    print(i, song)


class Truthy:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("__bool__ called")
        return self.value > 0


print(bool(Truthy(5)), not Truthy(-1))
if Truthy(1) and Truthy(0):
    print("never")


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), "empty" if not LenOnly() else "full")


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value


m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m.rows)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
