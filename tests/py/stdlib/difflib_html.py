# difflib: HtmlDiff.make_table and make_file (full and context mode, numlines, wrapcolumn,
# tabsize, descriptions, "No Differences Found" / "Empty File", charset and
# xmlcharrefreplace), the change-navigation anchors and intraline highlight spans.
import difflib

old = ["first line\n", "second\tline with tab\n", "third & <html>\n", "fourth\n",
       "fifth\n", "sixth\n", "seventh\n", "eighth line that is long enough to wrap around\n"]
new = ["first line\n", "second\tline with tabs\n", "third & <xml>\n", "fourth\n",
       "fifth\n", "6th\n", "seventh\n", "eighth line that is long enough to wrap, surely\n",
       "ninth\n"]

difflib.HtmlDiff._default_prefix = 0
h = difflib.HtmlDiff(tabsize=4)
print(h.make_table(old, new, "before.txt", "after.txt"))
print(h.make_table(old, new, context=True, numlines=1))
print(difflib.HtmlDiff(wrapcolumn=20).make_table(old[6:], new[6:]))
print(h.make_table(["same\n"], ["same\n"], context=True))
print(h.make_table([], []))
page = difflib.HtmlDiff().make_file(["caf\u00e9\n"], ["cafe\n"], "a", "b", charset="ascii")
print(page)
moved = ["a\n", "b\n", "c\n", "d\n", "e\n", "f\n", "g\n"]
print(difflib.HtmlDiff().make_table(moved, moved[2:] + moved[:2], context=True, numlines=0))
