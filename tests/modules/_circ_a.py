print('start _circ_a')
import _circ_b
A_VALUE = 'a'
def get_b():
    return _circ_b.B_VALUE
print('end _circ_a')
