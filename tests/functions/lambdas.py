sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=2: a + b)(1), sq.__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(4) + '!')
print((lambda x: (lambda y: x + y))(1)(2))
print(list(map(lambda x: x % 3, range(6))))
