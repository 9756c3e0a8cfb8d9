import sys
print('a', 'b', sep='-', end='|\n')
print('no newline', end='')
print()
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(file=sys.stdout)
print('x', 1, None, sep='')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=5)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('to', 'object', file=w)
print(w.parts)
print(None, file=None)
