words = ['banana', 'Apple', 'cherry', 'apple', '', 'Banana', 'a', 'ab']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
for ch in 'hi!':
    print(ch, ord(ch))
it = iter('xy')
print(next(it), next(it), next(it, 'end'))
print(list(enumerate('ab')), list(zip('abc', 'xy')))
print('abc' * 2 == 'abcabc', 'a' + 'b' == 'ab', 'ab' != 'ba')
print(hash('abc') == hash('ab' + 'c'), hash('') == hash(''))
