# Python 3.12 f-string grammar (PEP 701): reused quotes, nested f-strings, backslashes and comments.
songs = ["Take me back", "Beautiful", "Yesterday"]
print(f"Playlist: {", ".join(songs)}")
user = {"name": "ada", "langs": ["python", "ml"]}
print(f"{user["name"].title()} knows {len(user["langs"])} languages")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{"\n".join(["line one", "line two"])}")
total = sum(
    [1, 2, 3]
)
print(f"total={total:>{total}}|")
print(f"{
    total * 2  # a comment inside the replacement field
}")
print(f"{'\\'}")
words = ["a", "b", "c"]
print(f"{"-".join(f"<{w}>" for w in words)}")
