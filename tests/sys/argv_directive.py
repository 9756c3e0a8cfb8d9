# args: first second 'with space' 42
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
print(int(sys.argv[4]) + 1)
