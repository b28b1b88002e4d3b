# A file-tree walker: builds a small directory tree in a scratch folder, then reports it with
# os.walk (top-down, pruning, bottom-up), os.scandir, os.path helpers and file sizes, and removes it.
import os

ROOT = "_tree_walker_scratch"


def build():
    layout = {
        "src/main.py": "print('hi')\n",
        "src/util/helpers.py": "def f():\n    return 1\n",
        "src/util/__init__.py": "",
        "docs/readme.md": "# Title\n\nSome text.\n",
        "docs/img/logo.txt": "LOGO" * 10,
        "build/out.bin": "x" * 100,
        "build/tmp/cache.dat": "c" * 7,
        "notes.txt": "remember\n",
    }
    for rel, text in layout.items():
        path = os.path.join(ROOT, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    return layout


def tree(top, prefix=""):
    entries = sorted(os.scandir(top), key=lambda e: (not e.is_dir(), e.name))
    for i, e in enumerate(entries):
        last = i == len(entries) - 1
        branch = "`-- " if last else "|-- "
        if e.is_dir():
            print(prefix + branch + e.name + "/")
            tree(e.path, prefix + ("    " if last else "|   "))
        else:
            print(prefix + branch + f"{e.name} ({e.stat().st_size} bytes)")


def sizes_by_ext(top):
    totals = {}
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            ext = os.path.splitext(name)[1] or "(none)"
            totals[ext] = totals.get(ext, 0) + os.path.getsize(os.path.join(dirpath, name))
    return dict(sorted(totals.items()))


layout = build()
print(ROOT + "/")
tree(ROOT)
print("by extension:", sizes_by_ext(ROOT))

print("pruned walk (skipping build):")
for dirpath, dirnames, filenames in os.walk(ROOT):
    dirnames[:] = sorted(d for d in dirnames if d != "build")
    rel = os.path.relpath(dirpath, ROOT)
    print(f"  {rel}: {sorted(filenames)}")

py_files = sorted(
    os.path.relpath(os.path.join(d, f), ROOT).replace(os.sep, "/")
    for d, _, fs in os.walk(ROOT) for f in fs if f.endswith(".py")
)
print("python files:", py_files)
print("exists:", os.path.exists(os.path.join(ROOT, "src", "main.py")), os.path.isdir(os.path.join(ROOT, "docs")),
      os.path.isfile(os.path.join(ROOT, "docs")))

# Remove bottom-up: files first, then the emptied directories.
removed_files = removed_dirs = 0
for dirpath, dirnames, filenames in os.walk(ROOT, topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
        removed_files += 1
    os.rmdir(dirpath)
    removed_dirs += 1
print("removed", removed_files, "files and", removed_dirs, "directories; still there:", os.path.exists(ROOT))
print("files in layout:", len(layout))
