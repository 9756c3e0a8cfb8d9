def comp():
    v = 10
    return [locals() for _ in range(1)]
print(comp())
def comp_names():
    outer = 1
    return [sorted(locals()) for item in 'a']
print(comp_names())
