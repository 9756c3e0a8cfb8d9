x = 1
if x:
    y = "a
b" if False else """
multi
"""
z = 3
