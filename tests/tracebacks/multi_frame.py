def level_three(d):
    return d['missing']

def level_two(d):
    value = level_three(d)
    return value

def level_one():
    return level_two({'present': 1})

print('start')
level_one()
