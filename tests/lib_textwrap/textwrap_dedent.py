import textwrap

cases = [
    "    hello\n      world\n    end\n",
    "\thello\n\t\tworld\n",
    "  a\n\tb\n",
    "    x\n\n    y\n",
    "    x\n   \n    y\n",
    "    x\n        \n    y",
    "no indent\n  some\n",
    "",
    "   ",
    "  a\n  \t\n  b",
    "  \t a\n  \t b\n  c",
    "\n\n  x\n  y\n\n",
    "   foo\r\n   bar\r\n",
    "  x\n \t\n",
]
for c in cases:
    print(repr(c), "->", repr(textwrap.dedent(c)))


def f():
    s = """\
        def g():
            return 1
        """
    return textwrap.dedent(s)


print(f())
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n  \nb\r\nc", "+ ")))
print(repr(textwrap.indent("a\n\nb", "# ", lambda line: True)))
print(repr(textwrap.indent("", "x")))
print(textwrap.indent(textwrap.dedent("""
    Usage:
        prog [options]
    """).strip(), "    "))
w = textwrap.TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ")
items = ["first item which is long enough to wrap", "second", "third item, also wrapping around here"]
print("\n".join(w.fill(i) for i in items))
print(w.width, w.break_long_words, w.placeholder, w.max_lines)
