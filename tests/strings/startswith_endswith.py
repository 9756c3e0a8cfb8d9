s = 'hello.py'
print(s.startswith('he'), s.startswith('py'), s.endswith('.py'), s.endswith('.txt'))
print(s.startswith(('x', 'h')), s.endswith(('.c', '.py')), s.startswith(()))
print(s.startswith('llo', 2), s.startswith('he', 0, 1), s.endswith('hello', 0, 5), s.endswith('o', 0, -3))
print(s.startswith(''), s.endswith(''), ''.startswith(''), ''.endswith('a'))
try:
    s.startswith(['h'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(1)
except TypeError as e:
    print(type(e).__name__, e)
