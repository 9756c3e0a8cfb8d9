# heapq: the exact heap layout after each operation, heap sort, priority
# queues with tuples, merge, nlargest/nsmallest, and errors.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, merge, nlargest, nsmallest

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(3)], h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 4), data)
print([heappop(data) for _ in range(len(data))])

def heapsort(iterable):
    h = []
    for v in iterable:
        heappush(h, v)
    return [heappop(h) for _ in range(len(h))]
print(heapsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
words = ['pear', 'apple', 'fig', 'kiwi', 'banana']
heapify(words)
print(words, heappop(words))

# priority queue of (priority, counter, task)
pq = []
for i, (prio, task) in enumerate([(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'think'), (5, 'ship')]):
    heappush(pq, (prio, i, task))
print(pq)
while pq:
    prio, _, task = heappop(pq)
    print(prio, task, end='; ')
print()

# Dijkstra
graph = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('a', 7), ('c', 10), ('d', 15)],
         'c': [('a', 9), ('b', 10), ('d', 11), ('f', 2)], 'd': [('b', 15), ('c', 11), ('e', 6)],
         'e': [('d', 6), ('f', 9)], 'f': [('a', 14), ('c', 2), ('e', 9)]}
dist = {'a': 0}
todo = [(0, 'a')]
while todo:
    d, node = heappop(todo)
    if d > dist.get(node, float('inf')):
        continue
    for nxt, w in graph[node]:
        if d + w < dist.get(nxt, float('inf')):
            dist[nxt] = d + w
            heappush(todo, (d + w, nxt))
print(sorted(dist.items()))

# only < is used for comparisons
class Job:
    def __init__(self, p):
        self.p = p
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return f'Job({self.p})'
jobs = [Job(3), Job(1), Job(2)]
heapify(jobs)
print(jobs, heappop(jobs))

print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2], [0, 4, 5])))
print(list(merge(['apple', 'fig'], ['kiwi', 'date'], key=len)))
print(list(merge([9, 5, 1], [8, 4, 2], reverse=True)))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(merge()), list(merge([1])))
m = merge(iter([1, 3]), iter([2]))
print(next(m), list(m))

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, nums))
print(nlargest(0, nums), nsmallest(-1, nums), nlargest(20, [3, 1, 2]), nsmallest(2, []))
portfolio = [{'name': 'IBM', 'price': 91.1}, {'name': 'AAPL', 'price': 543.22},
             {'name': 'FB', 'price': 21.09}, {'name': 'HPQ', 'price': 31.75}]
print([s['name'] for s in nsmallest(2, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in nlargest(2, portfolio, key=lambda s: s['price'])])
print(nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')], key=lambda t: t[0]))
print(nsmallest(3, 'mississippi'), nlargest(2, iter([5, 1, 5, 3])))

for op in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heapify((3, 1)),
           lambda: heappush(None, 1), lambda: heappush([1], 'a')]:
    try:
        op()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heappushpop([], 5))
