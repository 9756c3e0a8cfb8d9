x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 3; print(x)
x /= 4; print(x)
s = 'ab'
s += 'cd'; s *= 2; print(s)
l = [1]
alias = l
l += [2]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
