import random

r = random.Random(1)
tests = [
    lambda: r.randrange(0),
    lambda: r.randrange(5, 5),
    lambda: r.randrange(5, 1, 1),
    lambda: r.randrange(1, 10, 0),
    lambda: r.randrange(1, 10, -1),
    lambda: r.randrange(10, step=2),
    lambda: r.randrange(1.5),
    lambda: r.randint(5, 1),
    lambda: r.choice([]),
    lambda: r.sample([1, 2], 3),
    lambda: r.sample({1, 2}, 1),
    lambda: r.sample([1, 2], -1),
    lambda: r.sample("ab", 1, counts=[1]),
    lambda: r.sample("ab", 1, counts=[0, 0]),
    lambda: r.choices("ab", [1, 2, 3]),
    lambda: r.choices("ab", [0, 0]),
    lambda: r.choices("ab", 3),
    lambda: r.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: r.getrandbits(-1),
    lambda: r.seed([1, 2]),
    lambda: r.setstate((9, (), None)),
    lambda: r.gammavariate(0, 1),
    lambda: r.binomialvariate(-1),
    lambda: r.binomialvariate(5, 1.5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)


class MyRandom(random.Random):
    def random(self):
        self.n = getattr(self, 'n', 0) + 1
        return (self.n * 0.37) % 1.0


m = MyRandom()
print([m.randrange(10) for _ in range(5)], m.choice("abcde"))
print(random.binomialvariate(5, 0.0), random.binomialvariate(5, 1.0))
print(isinstance(random.SystemRandom().random(), float), 0 <= random.SystemRandom().randint(1, 3) <= 3)
try:
    random.SystemRandom().getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
