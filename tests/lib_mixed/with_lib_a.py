import functools, inspect, collections, typing, dataclasses, copy, random, json, enum
def f(a, b, c=3, *, d=4): return a
p = functools.partial(f, 1, d=5)
print(inspect.signature(p))
@functools.wraps(f)
def w(*args, **kw): return f(*args, **kw)
print(inspect.signature(w), w.__name__)
print(isinstance([], typing.Iterable), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence), isinstance(3, typing.Hashable))
print(typing.Iterable.__origin__, typing.Deque[int], typing.DefaultDict[str, int](int))
P = typing.NamedTuple('P', [('x', int)])
print(P(1), type(P).__name__)
@dataclasses.dataclass
class D:
    a: list
    b: dict
d = D([1, [2]], {'k': [3]})
e = dataclasses.asdict(d)
print(e, e['a'] is not d.a, e['a'][1] is not d.a[1])
print(random.sample(collections.deque([1,2,3,4,5]), 2) if False else random.Random(1).sample(range(10), 3))
print(json.dumps(collections.OrderedDict([('b', 1), ('a', 2)])))
class C(enum.Enum):
    A = 1
print(copy.copy(C.A) is C.A, copy.deepcopy([C.A])[0] is C.A)
print(isinstance(collections.Counter(), typing.Dict), isinstance(collections.OrderedDict(), typing.MutableMapping))
Pt = collections.namedtuple('Pt', 'x y')
print(dataclasses.asdict(D([Pt(1, 2)], {})))
print(json.dumps(Pt(1, 2)), json.dumps({'p': Pt(3, 4)}))
print(inspect.signature(Pt))
print(typing.get_type_hints(P))
