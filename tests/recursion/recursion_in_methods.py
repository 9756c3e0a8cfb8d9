class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def total(self):
        return self.val + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5, [Node(6)])])])
print(tree.total(), tree.depth())
class Infinite:
    def __getattr__(self, name):
        return self.missing
try:
    Infinite().anything
except RecursionError as e:
    print(type(e).__name__)
class Rep:
    def __repr__(self):
        return repr(self)
try:
    repr(Rep())
except RecursionError as e:
    print(type(e).__name__)
print('done')
