import _helper
print(_helper.VALUE, _helper.greet('world'), _helper.Thing())
print(_helper.__name__, type(_helper).__name__)
import _helper as h
print(h is _helper, h.VALUE)
print(__name__)
