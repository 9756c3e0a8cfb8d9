import time
readings = []
for _ in range(5):
    readings.append(time.monotonic())
    time.sleep(0.001)
print(all(b >= a for a, b in zip(readings, readings[1:])))
p = [time.perf_counter() for _ in range(5)]
print(p == sorted(p), isinstance(p[0], float))
print(type(time.process_time()).__name__)
print(callable(time.sleep), callable(time.time))
from time import sleep, perf_counter
s = perf_counter()
sleep(0.005)
print(perf_counter() - s > 0.004)
