import json
from json import JSONDecodeError, JSONDecoder

doc = '''
{
  "name": "minnow",
  "version": [3, 13, 0],
  "tags": ["fast", "small", "caf\\u00e9", "\\ud83d\\ude00"],
  "nested": {"deep": {"deeper": [1, 2.5, -3e-2, 1E3, null, true, false]}},
  "empty": {}, "list": [],
  "escapes": "tab\\there\\nnewline \\"quoted\\" back\\\\slash \\/ \\b\\f\\r"
}
'''
data = json.loads(doc)
print(data["name"], data["version"], data["tags"], data["nested"], data["empty"], data["list"])
print(repr(data["escapes"]))
print(json.dumps(data, sort_keys=True))
print(json.loads(json.dumps(data)) == data)
print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'[1]')), json.loads('"\\u00e9"'.encode()))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('"a\tb"', strict=False))
print(JSONDecoder().raw_decode('[1, 2] trailing'), JSONDecoder().raw_decode('xx 5', 3))
try:
    JSONDecoder().raw_decode(' 1')
except JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
e = JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.msg, e.lineno, e.colno, isinstance(e, ValueError), e.args)
print(json.decoder.JSONDecodeError is JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
json.dump({"k": [1, {"z": None}]}, w)
print("".join(w.parts), len(w.parts) > 1)


class Reader:
    def read(self):
        return '{"from": "reader"}'


print(json.load(Reader()))
for v in [0, -1, 10**20, 1.5, -0.0, 1e100, "", "x", [], {}, [[[]]], {"a": {"b": {"c": []}}}]:
    s = json.dumps(v)
    print(s, json.loads(s) == v)
print(json.dumps("\u2028\u2029\x7f"), json.dumps("\x7f", ensure_ascii=False))
big = {"k%d" % i: list(range(i)) for i in range(5)}
print(json.dumps(big, separators=(",", ":")))
print(json.encoder.encode_basestring("a\"b"), json.encoder.encode_basestring_ascii("é"))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=3).splitlines())
