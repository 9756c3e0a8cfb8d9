convert = lambda s: int(s)

def total(items):
    return sum(convert(x) for x in items)

print(total(['1', '2']))
print(total(['3', 'four']))
