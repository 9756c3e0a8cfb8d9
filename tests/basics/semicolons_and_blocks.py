def f(x):
    if x > 0:
        if x > 10:
            return 'big'
        else:
            return 'small'
    elif x == 0:
        return 'zero'
    else:
        return 'negative'
for v in (20, 5, 0, -3):
    print(v, f(v))
def nested():
    def inner():
        def innermost():
            return 'deep'
        return innermost()
    return inner()
print(nested())
if True:
        print('odd indentation is fine')
if True:
	print('tab indentation')
x = [
  1,
      2,
 3]
print(x)
