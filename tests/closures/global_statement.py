counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create():
    global brand_new
    brand_new = 'created'
create()
print(brand_new)
x = 'module'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def read_only():
    return x
print(read_only())
def nested_global():
    def inner():
        global x
        x = 'set from inner'
    inner()
nested_global()
print(x)
