def describe(item, qty, price):
    return f'{qty:>3} x {item:<8} @ {price:6.2f} = {qty * price:8.2f}'
print(describe('apple', 3, 0.5))
print(describe('melon', 12, 2.25))
rows = [('a', 1), ('bbb', 22), ('cc', 333)]
for k, v in rows:
    print(f'|{k:^5}|{v:>5}|{v:<5}|{v:05}|')
def table(n):
    return '\n'.join(f'{i:2d} {i * i:4d} {i ** 3:5d}' for i in range(1, n + 1))
print(table(4))
pct = 0.4567
print(f'{pct:.1%} {pct:.0%} {pct * 100:.2f}%')
