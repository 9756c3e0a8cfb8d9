"""Iterator building blocks, written as generators and small classes."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

import sys as _sys
from operator import index as _index

_none = object()   # "no value yet", distinct from every user value


def _is_number(value):
    typ = type(value)
    return (hasattr(typ, '__index__') or hasattr(typ, '__float__')
            or hasattr(typ, '__int__') or hasattr(typ, '__complex__'))


# Infinite iterators

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return f'{name}({self._value!r})'
        return f'{name}({self._value!r}, {step!r})'


class repeat:
    """repeat(object[, times]): object, over and over (times times)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = max(_index(times), 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f'{name}({self._object!r})'
        return f'{name}({self._object!r}, {self._times})'


def cycle(iterable):
    """cycle(iterable): its items, then the same items again, forever."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    while saved:
        yield from saved


# Iterators that stop at the shortest input

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func): initial (if given),
    then total = func(total, item) after each item."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for item in it:
            total = total + item
            yield total
    else:
        for item in it:
            total = func(total, item)
            yield total


def batched(iterable, n, *, strict=False):
    """Tuples of n consecutive items (the last one may be shorter, unless
    strict)."""
    n = _index(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n, strict)


def _batched(it, n, strict):
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == n:
                break
        if not batch:
            return
        if strict and len(batch) < n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)


def chain(*iterables):
    """chain(*iterables): the items of each iterable in turn."""
    for iterable in iterables:
        yield from iterable


def _chain_from_iterable(iterables):
    """chain.from_iterable(iterables): like chain(*iterables), lazily."""
    for iterable in iterables:
        yield from iterable


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return (item for item, keep in zip(data, selectors) if keep)


def dropwhile(predicate, iterable):
    """Skip items while predicate(item) is true, then yield every item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def takewhile(predicate, iterable):
    """Items while predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    """The items for which predicate(item) is false (item itself if None)."""
    if predicate is None:
        return (item for item in iterable if not item)
    return (item for item in iterable if not predicate(item))


def starmap(function, iterable):
    """function(*args) for each args in iterable."""
    return (function(*args) for args in iterable)


def pairwise(iterable):
    """Overlapping pairs: (s0, s1), (s1, s2), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for previous in it:
        for item in it:
            yield previous, item
            previous = item
        return


class _GroupState:
    """What a groupby and its groups share: the lookahead item and its key,
    the key of the current group, and which group iterator is current."""
    __slots__ = ('it', 'keyfunc', 'key', 'value', 'target', 'owner')

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.key = self.value = self.target = _none
        self.owner = None

    def step(self):
        """Fetch the next item (StopIteration at the end)."""
        value = next(self.it)
        self.key = value if self.keyfunc is None else self.keyfunc(value)
        self.value = value


def groupby(iterable, key=None):
    """(key, group) for each run of consecutive items with equal keys.
    A group is valid until the groupby advances."""
    return _groupby(_GroupState(iter(iterable), key))


def _groupby(state):
    while True:
        state.owner = None   # advancing invalidates the previous group
        try:
            if state.key is _none:
                state.step()
            while state.target is not _none and state.target == state.key:
                state.step()
        except StopIteration:
            return
        state.target = state.key
        token = state.owner = object()
        yield state.key, _grouper(state, token, state.target)


def _grouper(state, token, target):
    while state.owner is token:
        if state.value is _none:
            try:
                state.step()
            except StopIteration:
                return
        if not target == state.key:
            return
        value, state.value = state.value, _none
        yield value


_ISLICE_INDICES = ('Indices for islice() must be None or an integer: '
                   '0 <= x <= sys.maxsize.')
_ISLICE_STOP = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


def islice(*args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items of iterable[start:stop:step], taken lazily."""
    if len(args) < 2:
        raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
    if len(args) > 4:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
    iterable = args[0]
    if len(args) == 2:
        start, stop, step = 0, _islice_arg(args[1], _ISLICE_STOP), 1
    else:
        stop = _islice_arg(args[2], _ISLICE_STOP)
        start = _islice_arg(args[1], _ISLICE_INDICES)
        start = 0 if start is None else start
        step = args[3] if len(args) == 4 else None
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive '
                                 'integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    seen = 0          # items taken from it so far
    wanted = start    # index of the next item to yield
    while True:
        while seen < wanted:
            try:
                next(it)
            except StopIteration:
                return
            seen += 1
        if stop is not None and seen >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        seen += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


class _tee:
    """One of the iterators tee() returns. All share a linked list of the
    items fetched so far: each node is [item, next_node or None]."""
    __slots__ = ('_it', '_node')

    def __init__(self, it, node):
        self._it = it
        self._node = node

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        following = node[1]
        if following is None:
            following = node[1] = [next(self._it), None]
        self._node = following
        return following[0]

    def __copy__(self):
        return _tee(self._it, self._node)


def tee(iterable, n=2, /):
    """n independent iterators over the items of one iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but runs until the longest input is exhausted, filling
    the missing values with fillvalue."""
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            for value in it:
                values.append(value)
                break
            else:
                its[i] = None
                active -= 1
                if not active:
                    return
                values.append(fillvalue)
        yield tuple(values)


# Combinatorics

def product(*iterables, repeat=1):
    """Cartesian product: like nested for-loops, the rightmost advancing
    fastest. repeat=k repeats the inputs k times."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _product(pools)


def _product(pools):
    # One generator per pool, each extending the prefixes made by the one
    # before it: the last pool advances fastest, and each output tuple costs
    # one resumption of the last generator.
    for pool in pools:
        if not pool:
            return iter(())
    prefixes = iter(((),))
    for pool in pools:
        prefixes = _extend_prefixes(prefixes, pool)
    return prefixes


def _extend_prefixes(prefixes, pool):
    for prefix in prefixes:
        for item in pool:
            yield prefix + (item,)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """r-length orderings of the items, in lexicographic order of their
    positions."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))            # positions in pool, in output order
    used = [True] * r + [False] * (n - r)
    while True:
        yield tuple([pool[i] for i in chosen])
        # Advance the rightmost slot that can take a larger unused position,
        # then refill the slots after it with the smallest unused positions.
        k = r - 1
        while k >= 0:
            current = chosen[k]
            used[current] = False
            candidate = current + 1
            while candidate < n and used[candidate]:
                candidate += 1
            if candidate < n:
                chosen[k] = candidate
                used[candidate] = True
                free = [i for i in range(n) if not used[i]]
                for slot in range(k + 1, r):
                    chosen[slot] = free[slot - k - 1]
                    used[chosen[slot]] = True
                break
            k -= 1
        else:
            return


def combinations(iterable, r):
    """r-length subsequences of the items, in lexicographic order of their
    positions."""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))
    while True:
        yield tuple([pool[i] for i in chosen])
        # The rightmost position that has not reached its highest value.
        k = r - 1
        while k >= 0 and chosen[k] == k + n - r:
            k -= 1
        if k < 0:
            return
        chosen[k] += 1
        for slot in range(k + 1, r):
            chosen[slot] = chosen[slot - 1] + 1


def combinations_with_replacement(iterable, r):
    """r-length combinations in which an item may repeat."""
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _check_r(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r:
        return
    chosen = [0] * r
    while True:
        yield tuple([pool[i] for i in chosen])
        k = r - 1
        while k >= 0 and chosen[k] == n - 1:
            k -= 1
        if k < 0:
            return
        chosen[k:] = [chosen[k] + 1] * (r - k)
