# Regenerates src/tokenizer_tables.h from the running Python's Unicode data.
# Run with CPython 3.13:  python3 tests/front/gen_unitables.py
import os

def ranges(pred):
    out, start = [], None
    for c in range(0x80, 0x110000):
        ok = not (0xD800 <= c <= 0xDFFF) and pred(chr(c))
        if ok and start is None:
            start = c
        if not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out

tables = (("uni_id_start", lambda ch: ch.isidentifier()),
          ("uni_id_continue", lambda ch: ("a" + ch).isidentifier()),
          ("uni_printable", lambda ch: ch.isprintable()))
out = ["/* Generated from CPython 3.13's str.isidentifier / str.isprintable",
       "** by tests/front/gen_unitables.py; code points >= 0x80 only. */", ""]
for name, pred in tables:
    out.append("static const unsigned int %s[][2] = {" % name)
    line = "  "
    for a, b in ranges(pred):
        s = "{0x%X,0x%X}," % (a, b)
        if len(line) + len(s) > 78:
            out.append(line.rstrip())
            line = "  "
        line += s + " "
    out.append(line.rstrip())
    out.append("};")
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
with open(os.path.join(root, "src", "tokenizer_tables.h"), "w") as f:
    f.write("\n".join(out) + "\n")
