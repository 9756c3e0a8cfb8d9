# Layout: continuations, comments, semicolons, blank lines
x = 1 + \
    2 + \
    3


# comment only
    # indented comment
if x:  # trailing comment
    y = (1,
         2,  # inside brackets

         3)

    z = [
        1,
    ]
	
w = {
    "a": 1,
}; v = 2
if True:
	pass
class F:
    pass
def g(a,
      b):
  return a\
    + b
