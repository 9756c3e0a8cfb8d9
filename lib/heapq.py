"""Binary min-heaps kept in plain lists: heap[k] <= heap[2*k+1], heap[2*k+2].

Only the < operator is used to compare items."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, func, which=' 1'):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f'{func}() argument{which} must be list, not {got}')


def _bubble_up(heap, top, pos):
    """Move heap[pos] toward the root (not above index top) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos: walk the smaller children up to a leaf,
    put heap[pos]'s item there, then bubble it back up. (Fewer comparisons
    than stopping early, since the item usually belongs near the bottom.)"""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item, /):
    """Push item onto heap."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item."""
    _check_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the heap never shrinks)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item, in one step."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange a list into a heap, in place, in linear time."""
    _check_list(heap, 'heapify', '')
    for pos in reversed(range(len(heap) // 2)):
        _sink(heap, pos)


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        items = list(iterable)
        return [min(items, key=key)] if items else []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        items = list(iterable)
        return [max(items, key=key)] if items else []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream, lazily. On equal keys the
    earlier input goes first."""
    return _merge([iter(iterable) for iterable in iterables], key, reverse)


def _merge(its, key, reverse):
    heads = []   # [key, value, iterator] for each input not yet exhausted
    for it in its:
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if reverse:
                if heads[best][0] < heads[i][0]:
                    best = i
            elif heads[i][0] < heads[best][0]:
                best = i
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]
