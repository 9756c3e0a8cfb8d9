print('executing _helper, __name__ =', __name__)
VALUE = 42
_counter = 0
def greet(name):
    return 'hello ' + name
def bump():
    global _counter
    _counter += 1
    return _counter
class Thing:
    def __repr__(self):
        return 'Thing()'
if __name__ == '__main__':
    print('helper run as main')
