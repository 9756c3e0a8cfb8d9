def numbers():
    yield 1
    yield 2
    raise ValueError('generator broke')

def consume():
    total = 0
    for n in numbers():
        total += n
    return total

consume()
