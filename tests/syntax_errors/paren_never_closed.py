print("a")
values = (1, 2,
          3
z = 4
