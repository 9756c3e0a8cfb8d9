# int subclasses as counts, indexes, widths and code points in str/bytes operations.
class P(int): pass
class Big(int): pass
tests = ['"ab" * P(2)', 'P(2) * "ab"', 'b"x" * P(3)', 'bytearray(b"x") * P(2)', '"abc"[P(1)]', 'b"abc"[P(1)]', '"abc".find("c", P(1))',
 '"abc".center(P(7), "*")', '"%d|%x|%c|%*d|%.*f" % (P(5), P(255), P(65), P(4), 1, P(2), 1.5)', '"abc".splitlines(P(1))', '"a".zfill(P(3))',
 '"ab".translate({97: P(98)})', 'str.maketrans({P(97): "z"})', 'bytes(P(3))', 'bytes([P(65), P(66)])', 'P(65) in b"A"', '"abc".split(None, P(1))',
 '"%s %r" % (P(3), P(4))', '"{} {:d} {:x}".format(P(5), P(6), P(255))', 'bytearray(b"ab").pop(P(0))', '"x" * Big(10**20)', '"abc"[Big(10**20)]',
 '"%c" % P(0x110000)', '"abc".expandtabs(P(2))', 'b"%d" % P(9)', '"a\\tb".expandtabs(Big(2**40))']
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r)[:80])
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
