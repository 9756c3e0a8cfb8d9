import sys
me = sys.modules['__main__']
x = 'module level'
print(me.x, hasattr(me, 'sys'))
me.y = 'set via module object'
print(y)
print(sorted(k for k in ('sys', 'builtins', '__main__') if k in sys.modules))
