print('start _circ_b')
import _circ_a
B_VALUE = 'b'
print('in _circ_b, _circ_a has A_VALUE:', hasattr(_circ_a, 'A_VALUE'))
print('end _circ_b')
