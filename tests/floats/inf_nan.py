inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), repr(nan))
print(float('Infinity'), float('-INF'), float('NaN'), float('-nan'))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan > 0, nan < 0, nan == 0)
print(1e308 * 10, -1e308 * 10)
l = [nan]
print(nan in l, l == l, [nan] == [nan])
print(inf // 1 if False else 'skip', 5 % inf, -5 % inf)
print(int(1e300) > 0, str(inf), str(-nan))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(max(1, inf), min(-inf, 0), abs(-inf))
print(inf == float('inf'), hash(inf) == hash(float('inf')))
