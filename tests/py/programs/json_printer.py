# A hand-written JSON serializer with pretty printing, string escaping and key sorting, plus a parser
# that reads the output back.
def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = [pad + escape(str(k)) + ": " + dumps(value[k], indent, level + 1, sort_keys) for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class Reader:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        ch = self.text[self.i]
        if ch == "{":
            self.i += 1
            result = {}
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return result
            while True:
                self.ws()
                key = self.string()
                self.ws()
                self.i += 1
                result[key] = self.value()
                self.ws()
                ch = self.text[self.i]
                self.i += 1
                if ch == "}":
                    return result
        if ch == "[":
            self.i += 1
            result = []
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return result
            while True:
                result.append(self.value())
                self.ws()
                ch = self.text[self.i]
                self.i += 1
                if ch == "]":
                    return result
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        number = self.text[start:self.i]
        return float(number) if any(c in number for c in ".eE") else int(number)

    def string(self):
        self.i += 1
        out = []
        while self.text[self.i] != '"':
            ch = self.text[self.i]
            if ch == "\\":
                esc = self.text[self.i + 1]
                if esc == "u":
                    out.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append({"n": "\n", "t": "\t"}.get(esc, esc))
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)


document = {
    "name": "Immortal",
    "version": [0, 1, 0],
    "ratio": 0.75,
    "tags": ["python", "refcount", "pep-683"],
    "nested": {"empty_list": [], "empty_dict": {}, "flags": [True, False, None]},
    "text": 'quote " backslash \\ newline \n tab \t café',
    "big": 2 ** 70,
    "negative": -3.5e-5,
}
text = dumps(document)
print(text)
print(dumps(document["nested"], indent=4, sort_keys=True))
back = Reader(text).value()
print(back == document, back["text"] == document["text"])
print(dumps([1, [2, [3, []]]], indent=1))
try:
    dumps({"set": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
