def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
for n in (-5, 0, 3, 10, 100):
    print(n, classify(n))
if []:
    print('empty list true?')
elif [0]:
    print('non-empty list true')
if 0: pass
else: print('else branch')
x = 5
if x > 3:
    if x > 4:
        print('nested true')
    else:
        print('nested false')
