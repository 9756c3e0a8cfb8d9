while True:
    pass
  x = 1
