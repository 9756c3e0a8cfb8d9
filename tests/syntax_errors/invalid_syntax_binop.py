print("start")
x = 1 +
print(x)
