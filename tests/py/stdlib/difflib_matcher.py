# difflib: SequenceMatcher on strings and lists (find_longest_match, get_matching_blocks,
# get_opcodes, get_grouped_opcodes, ratio/quick_ratio/real_quick_ratio, isjunk, autojunk and
# popular elements, set_seq1/set_seq2 caching), Match, get_close_matches and its errors.
import difflib
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

old = ["line %d\n" % i for i in range(1, 40)]
new = list(old)
new[3] = "line four\n"
del new[20:22]
new.insert(30, "inserted\n")
s = SequenceMatcher(None, old, new)
for group in s.get_grouped_opcodes(2):
    print(group)
print(s.get_opcodes()[0], s.get_opcodes()[-1])
print(list(SequenceMatcher(None, "same", "same").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(SequenceMatcher(None, "", "").ratio(), SequenceMatcher(None, [], [1]).get_opcodes())

long_b = "ab" * 150 + "xyz"
s = SequenceMatcher(None, "abxyz", long_b)
print(sorted(s.bpopular), sorted(s.b2j), s.get_matching_blocks()[:2])
s = SequenceMatcher(None, "abxyz", long_b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:2])
s = SequenceMatcher(str.isdigit, "a1b2c3", "a9b8c7")
print(sorted(s.bjunk), s.get_opcodes())

s = SequenceMatcher()
s.set_seq2("interpreter")
for word in ["interrupt", "printer", "interpreted", "pretender"]:
    s.set_seq1(word)
    print(word, round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))

m = Match(1, 2, 3)
print(m, m.a, m.b, m.size, m._fields, m == (1, 2, 3))

words = ["ape", "apple", "peach", "puppy", "apply", "appel", "maple"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=5, cutoff=0.4))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "heel", "wheels"], 2))
print(difflib.get_close_matches("zzz", words))
import keyword
print(difflib.get_close_matches("whyle", keyword.kwlist))
for args in [(0, 0.5), (2, 1.5), (2, -0.1)]:
    try:
        difflib.get_close_matches("x", ["y"], *args)
    except ValueError as exc:
        print("ValueError:", exc)
print(SequenceMatcher[int])
