for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('cleanup', i)
print('i after', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('finally before return', i)
print(f())
def g():
    try:
        return 'try'
    finally:
        print('g finally')
print(g())
def h():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print('inner', i)
        finally:
            print('outer', i)
    return i
print(h())
n = 0
while n < 4:
    n += 1
    try:
        if n == 2:
            continue
        if n == 3:
            break
    finally:
        print('while finally', n)
