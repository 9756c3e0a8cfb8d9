# Failure messages of the assert methods.
import unittest

t = unittest.TestCase()

def show(label, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except AssertionError as e:
        print(label, '->', repr(str(e)))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)
    else:
        print(label, 'passed')

show('eq', t.assertEqual, 1, 2)
show('eq ok', t.assertEqual, 1, 1.0)
show('eq msg', t.assertEqual, 1, 2, 'custom')
show('eq mixed', t.assertEqual, 1, '1')
show('eq str', t.assertEqual, 'a', 'b')
show('eq str multi', t.assertEqual, 'x\ny\n', 'x\nz\n')
show('ne', t.assertNotEqual, 3, 3)
show('ne msg', t.assertNotEqual, 'x', 'x', msg='why')
show('true', t.assertTrue, 0)
show('true ok', t.assertTrue, [1])
show('false', t.assertFalse, 'x')
show('is', t.assertIs, 1, None)
show('isnot', t.assertIsNot, None, None)
show('isnone', t.assertIsNone, 5)
show('isnotnone', t.assertIsNotNone, None)
show('in', t.assertIn, 4, [1, 2])
show('notin', t.assertNotIn, 1, {1: 2})
show('isinstance', t.assertIsInstance, 1, str)
show('isinstance tuple', t.assertIsInstance, 1, (str, bytes))
show('notisinstance', t.assertNotIsInstance, 1, int)
show('greater', t.assertGreater, 1, 2)
show('greaterequal', t.assertGreaterEqual, 1, 2)
show('less', t.assertLess, 3, 2)
show('lessequal', t.assertLessEqual, 3, 2)
show('almost', t.assertAlmostEqual, 1.0, 1.1)
show('almost ok', t.assertAlmostEqual, 1.0, 1.00000001)
show('almost places', t.assertAlmostEqual, 1.0, 1.01, places=3)
show('almost delta', t.assertAlmostEqual, 10, 13, delta=2)
show('almost delta ok', t.assertAlmostEqual, 10, 12, delta=2)
show('almost both', t.assertAlmostEqual, 1, 2, places=1, delta=1)
show('notalmost', t.assertNotAlmostEqual, 1.0, 1.00000001)
show('notalmost delta', t.assertNotAlmostEqual, 10, 11, delta=2)
show('countequal', t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 4])
show('countequal ok', t.assertCountEqual, 'abc', 'cba')
show('countequal unhashable', t.assertCountEqual, [[1], [2]], [[1], [1]])
show('fail', t.fail, 'stop')
show('fail none', t.fail)
show('seteq', t.assertSetEqual, {1, 2}, {2, 3})
show('seteq one side', t.assertSetEqual, {1, 2}, {1})
show('regex', t.assertRegex, 'hello', 'x+')
show('notregex', t.assertNotRegex, 'hello', 'l+')

def header(label, fn, *args):
    # the first part (before CPython's difflib diff) of a sequence/dict message
    try:
        fn(*args)
    except AssertionError as e:
        print(label, '->', repr(str(e).split('\n\n- ')[0].split('\n\n  ')[0].split('\n- ')[0]))

header('listeq', t.assertListEqual, [1, 2, 3], [1, 5, 3, 4])
header('eq list', t.assertEqual, [1, 2], [1, 2, 3])
header('eq tuple', t.assertEqual, (1, 2, 9), (1,))
header('seqeq', t.assertSequenceEqual, [1, 2], (1, 3))
header('listeq type', t.assertListEqual, (1,), [1])
show('eq long', t.assertEqual, 'a' * 100 + 'b', 'a' * 100 + 'c')
show('eq long lists', t.assertEqual, (list(range(50)),), (list(range(50)) + [1],))
header('dicteq', t.assertEqual, {'a': 1}, {'a': 2})
show('seqeq same', t.assertSequenceEqual, [1, 2], (1, 2))

t.longMessage = False
show('short msg', t.assertEqual, 1, 2, 'only this')
show('short nomsg', t.assertEqual, 1, 2)
t.longMessage = True

class Custom(unittest.TestCase):
    failureException = RuntimeError

    def runTest(self):
        pass

c = Custom()
try:
    c.assertEqual(1, 2)
except RuntimeError as e:
    print('custom failureException', e)

for label, a, b in [('full listeq', [1, 2, 3], [1, 5, 3, 4]), ('full dict', {'a': 1}, {'a': 2}),
                    ('full tuple', (1, 2, 9), (1,)), ('full str', 'hello', 'hallo')]:
    show(label, t.assertEqual, a, b)
