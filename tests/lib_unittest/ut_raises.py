# assertRaises / assertRaisesRegex in both forms.
import unittest

t = unittest.TestCase()

with t.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)

with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print(type(cm.exception).__name__)

with t.assertRaises(LookupError):
    {}['k']

try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print('no raise:', e)

try:
    with t.assertRaises((ValueError, TypeError)):
        pass
except AssertionError as e:
    print('no raise tuple:', e)

try:
    with t.assertRaises(ValueError, msg='extra'):
        pass
except AssertionError as e:
    print('no raise msg:', e)

try:
    with t.assertRaises(ValueError):
        raise TypeError('other')
except TypeError as e:
    print('passes through:', e)

def boom(a, b=0):
    raise ZeroDivisionError(a, b)

cm = t.assertRaises(ZeroDivisionError, boom, 1, b=2)
print('callable form returns', cm)

try:
    t.assertRaises(ValueError, len, [])
except AssertionError as e:
    print('callable no raise:', e)

try:
    t.assertRaises(int)
except TypeError as e:
    print('bad type:', e)

with t.assertRaisesRegex(ValueError, r'invalid literal.*base 10') as cm:
    int('zz')
print('regex ok', cm.exception)

try:
    with t.assertRaisesRegex(ValueError, 'nomatch'):
        raise ValueError('something else')
except AssertionError as e:
    print('regex mismatch:', e)

t.assertRaisesRegex(KeyError, 'k', {}.__getitem__, 'k')
print('regex callable ok')

try:
    t.assertRaisesRegex(KeyError, 'k', lambda: None)
except AssertionError as e:
    print('regex callable:', e)
