# str/bytes subclasses with attributes, iterators and bytearrays across collections.
import gc
class S(str):
    pass
class B(bytes):
    pass
total = 0
keep = []
for i in range(30000):
    s = ('héllo wörld %d ' % i) * 5
    t = s.upper().split()
    it = iter(s)
    next(it)
    u = S('sub%dé' % i)
    u.attr = i
    b = B(b'xy%d' % i)
    b.tag = i
    ba = bytearray(s.encode())
    ba.extend(b'!' * 10)
    total += len(t) + len(''.join(it)) + u.attr + len(ba) + b.tag + len(s[3:90:2])
    if i % 1000 == 0:
        keep.append((u, b, ba, it))
        gc.collect()
print(total, [k[0].attr for k in keep][:5], [k[1].tag for k in keep][-3:], keep[3][0], keep[3][1], len(keep[5][2]))
print(repr(S('abc')), S('abc') + 'd', type(S('a') + 'b').__name__, S('x').upper(), type(S('x').upper()).__name__, str(S('q')), type(str(S('q'))).__name__)
print(B(b'ab'), type(B(b'ab')).__name__, B(b'ab') + b'c', B(b'ab').upper())
