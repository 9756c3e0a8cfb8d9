total = 0.0
for i in range(10):
    total += 0.1
print(total, repr(total), total == 1.0)
print(sum([0.1] * 10))
x = 1.0
for i in range(50):
    x /= 2
print(x, x * 2 ** 50)
y = 1.0
while y + 1.0 != 1.0:
    y /= 2
print(y)
print(1e16 + 1 - 1e16, 1e16 + 2 - 1e16)
acc = 1.0
for i in range(1, 21):
    acc *= i
print(acc, int(acc))
print(3 * 1.1, 1.1 + 2.2, 1.23456789e-7 * 1e7)
