a = 5
print(f'{f"{a}"}')
print(f'{f"{a:>{a}}"}|')
print(f"outer {'inner ' + f'{a * 2}'}")
names = ['x', 'y']
print(f'{", ".join(f"<{n}>" for n in names)}')
print(f'{[f"{i:02d}" for i in range(3)]}')
print(f"{'quote'}", f'{"dq"}')
print(f"{'a' 'b'}")
d = {'k': 1}
print(f"{d["k"]}")
print(f'{"\n".join(["l1", "l2"])}')
print(f'{a:{"<" if a else ">"}{3}}|')
