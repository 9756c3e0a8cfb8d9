def divide(a, b):
    return a / b

def compute(values):
    return [divide(v, v - 2) for v in values]

result = compute([4, 3, 2, 1])
