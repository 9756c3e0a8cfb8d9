import json
import random

rng = random.Random(77)
alphabet = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', '\x80', 'é', '\u2028',
            '\ud800', '\udfff', '\uffff', '😀', '\U0010ffff', '{', '}', '[', ']', ',', ':']
for trial in range(200):
    s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    a = json.dumps(s)
    b = json.dumps(s, ensure_ascii=False)
    assert json.loads(a) == s and json.loads(b) == s, (s, a, b)
    if trial % 20 == 0:
        print(repr(s), a, repr(b))
    doc = {s: [s, trial, trial / 7, None, True], "k" + str(trial): {"n": -trial}}
    text = json.dumps(doc, sort_keys=True)
    assert json.loads(text) == doc
print(json.dumps([rng.random() * 10 ** rng.randrange(-30, 30) for _ in range(8)]))
print(json.loads('[1e5, -0.0, 1.5E-3, 123456789012345678901234567890.5, 0.1, 1E400, -1e-400]'))
bad = ['"\\x41"', '"\x01"', '"abc\\', '"\\ud800\\u"', '["a" "b"]', '{"a":1,,}', '[01]', '[1.]', '"\ud800"']
for b in bad:
    try:
        print(repr(b), ascii(json.loads(b)))
    except json.JSONDecodeError as e:
        print(repr(b), "->", e)
print(ascii(json.loads('"\\u00e9\\ud83d\\ude00\\ud800x"')), json.loads('"tab\tinside"', strict=False))
