ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b'??')
print(ba)
ba[1:3] = b'EE'
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
print(ba, bytes(ba), ba == b'JEElo!?', ba.decode())
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
ba2 = bytearray(b'abc')
ba2 += b'def'
print(ba2, ba2 * 2, ba2.upper(), ba2.find(b'd'))
ba2.remove(ord('a'))
print(ba2, ba2.count(b'e'), list(ba2[:2]))
ba2.clear()
print(ba2, len(ba2))
