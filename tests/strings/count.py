print('banana'.count('a'), 'banana'.count('an'), 'banana'.count('ana'), 'banana'.count(''))
print('banana'.count('a', 2), 'banana'.count('a', 2, 4), 'banana'.count('x'), ''.count(''))
print('aaaa'.count('aa'), 'abc'.count('', 1), 'abc'.count('abc', -3))
