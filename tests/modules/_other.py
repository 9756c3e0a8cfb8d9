import _helper
print('executing _other')
def via_helper():
    return _helper.greet('from other')
