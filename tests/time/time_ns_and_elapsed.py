import time
n = time.time_ns()
print(type(n).__name__, n > 1_600_000_000 * 10 ** 9)
a = time.perf_counter_ns()
s = 0
for i in range(10000):
    s += i
b = time.perf_counter_ns()
print(s, b >= a, type(a).__name__)
start = time.time()
time.sleep(0.02)
elapsed = time.time() - start
print(elapsed >= 0.015, elapsed < 10)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
