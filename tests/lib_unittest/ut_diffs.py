# The diffs appended to assertEqual failure messages (ndiff hint lines, pformat layout).
import unittest
t = unittest.TestCase()
t.maxDiff = None
def show(*args):
    try:
        t.assertEqual(*args)
    except AssertionError as e:
        print(str(e)); print('====')
show('hello', 'hallo')
show('a' * 100 + 'b', 'a' * 100 + 'c')
show((list(range(50)),), (list(range(50)) + [1],))
show([1, 2, 3], [1, 5, 3, 4])
show({'a': 1, 'b': [1,2]}, {'a': 2, 'b': [1,2]})
show({'k%d' % i: i for i in range(12)}, {'k%d' % i: i+1 for i in range(12)})
show("one\ntwo\nthree\nfour\n", "one\ntoo\nthree\nfive\nsix\n")
show("abc def ghi\n", "abc  def ghi\n")
show("", "x")
show([{'x': 'y' * 30, 'z': list(range(20))}], [{'x': 'y' * 30, 'z': list(range(21))}])
show({1, 2, 3}, {1, 2, 4})
show(frozenset(range(40)), frozenset(range(41)))
show(list('abcdefghij' * 30), list('abcdefghij' * 29 + 'abcdefghiX'))
show('The quick brown fox jumps\nover the lazy dog\n' * 3, 'The quick brown fox jumped\nover the lazy dogs\n' * 3)
show(['x' * 10, 'y'], ['x' * 10, 'z'], 'with msg')
t.maxDiff = 80 * 8
show(list(range(300)), list(range(1, 301)))
show('line\n' * 200, 'line\n' * 199 + 'lime\n')
show({'a': 1}, {'a': 1, 'b': 2})
try:
    t.assertCountEqual(range(200), range(1, 201))
except AssertionError as e:
    print(e)
t.maxDiff = 20
try:
    t.assertCountEqual([1, 2, 3], [4, 5, 6])
except AssertionError as e:
    print(e)
try:
    t.assertMultiLineEqual('a\nb\n', 'a\nc\n', 'note')
except AssertionError as e:
    print(e)
try:
    t.assertMultiLineEqual(1, 'a')
except AssertionError as e:
    print(e)
try:
    t.assertDictEqual([], {})
except AssertionError as e:
    print(e)
t.maxDiff = None
show(['lorem ipsum dolor sit amet, ' * 4 + 'end', 'short'], ['lorem ipsum dolor sit amet, ' * 4 + 'fin', 'short'])
show({'text': 'one two\nthree four five six seven eight nine ten eleven twelve thirteen fourteen\n'},
     {'text': 'one two\nthree four five six seven eight nine ten eleven twelve thirteen fifteen\n'})
