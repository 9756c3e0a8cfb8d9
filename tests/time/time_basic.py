import time
t1 = time.time()
print(type(t1).__name__, t1 > 1_600_000_000)
t2 = time.time()
print(t2 >= t1)
p1 = time.perf_counter()
time.sleep(0.01)
p2 = time.perf_counter()
print(type(p1).__name__, p2 > p1, p2 - p1 >= 0.009, p2 - p1 < 5)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)
time.sleep(0)
print('slept zero')
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep('x')
except TypeError as e:
    print(type(e).__name__, e)
