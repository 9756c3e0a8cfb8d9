import sys
print(sys.version_info[:2] == (3, 13), sys.version_info[0], sys.version_info.major)
print(sys.version_info >= (3, 0), type(sys.version).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.getrecursionlimit(), type(sys.byteorder).__name__, sys.byteorder in ('little', 'big'))
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules)
print(sys.modules['__main__'].__name__)
