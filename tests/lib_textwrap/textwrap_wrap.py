import textwrap
from textwrap import wrap, fill, TextWrapper

text = ("The quick brown fox jumps over the lazy dog. It was a well-known fact that "
        "foxes -- unlike dogs -- are quick-witted, self-reliant and X-ray-proof. Really? Yes! "
        "Supercalifragilisticexpialidocious words get broken when break_long_words is true.")
for w in (10, 15, 22, 40, 70):
    print(w, wrap(text, w))
print(fill(text, 30))
print(wrap(text, 25, break_on_hyphens=False))
print(wrap(text, 12, break_long_words=False))
print(wrap(text, 30, initial_indent="* ", subsequent_indent="  "))
print(wrap(text, 30, fix_sentence_endings=True))
print(wrap("Hello.  World.  Done", 8, drop_whitespace=False))
print(wrap("a\tb\tc\nd  e", 10), wrap("a\tb\tc\nd  e", 10, expand_tabs=False), wrap("a\tb", 40, tabsize=4))
print(wrap("a\tb\nc", 40, replace_whitespace=False, expand_tabs=False))
print(wrap("", 10), wrap("   ", 10), fill("   ", 10), wrap("  lead trail  ", 8))
print(wrap(text, 30, max_lines=2), wrap(text, 30, max_lines=3, placeholder="..."))
print(wrap("one two three four", 9, max_lines=1), wrap("one two", 10, max_lines=1))
print(wrap("Hello there how are you", 11, max_lines=2, placeholder=" [..]"))
print(textwrap.shorten("Hello  world!   How are you?", 12), textwrap.shorten("Hello world!", 11))
print(textwrap.shorten("Hello  world!", width=20), textwrap.shorten("The quick brown fox", 14, placeholder="~"))
for bad in (0, -1):
    try:
        wrap("x", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.shorten("Hello world", 3)
except ValueError as e:
    print("ValueError", e)
for s in ["--help me", "a--b", "x -- y", "foo--", "--", "---a", "e-mail re-use 1-2 ab-c", "abc-def-ghi-jkl",
          "a-b-c-d", "well-known-thing", "ä-öü-ßx", "1x-yz", "x1-ab", "ab-1c", "A.--B", "what?--yes",
          "a_b-cd-e", "pre--post--fix", "ab-"]:
    print(repr(s), TextWrapper(width=3)._split_chunks(s), wrap(s, 4))
# deterministic pseudo-random fuzz over words with hyphens and punctuation
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alphabet = "abcde-- .,!?'\"xy1_\tZ"
for trial in range(60):
    s = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(60)))
    w = 1 + rnd(15)
    print(trial, w, TextWrapper(width=w)._split_chunks(s), wrap(s, w), wrap(s, w, break_on_hyphens=False, fix_sentence_endings=True))
