class Evil:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return d[other] is None
d = {}
d[Evil()] = None
try:
    d[Evil()]
    print('no error')
except RecursionError as e:
    print(type(e).__name__)
print('recovered')
class SelfCompare:
    def __eq__(self, other):
        return self == other
try:
    SelfCompare() == SelfCompare()
except RecursionError as e:
    print(type(e).__name__)
