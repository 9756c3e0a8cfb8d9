x = "unterminated
print(x)
