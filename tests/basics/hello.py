print("hello, world")
print(1, 2, 3)
print()
print("a" + "b", 2 * 3)
