try:
    pass
print("no except")
