def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
print(f)
print(len(str(f)))
print(fact(50) // fact(48))
print(f % 1000007)
s = 0
for d in str(fact(200)):
    s += int(d)
print(s)
fib = [0, 1]
for i in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(fib[300] // fib[299], fib[300] % fib[299] == fib[298])
