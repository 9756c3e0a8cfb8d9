import sys
print(sys.argv, len(sys.argv))
print(sys.argv[0].endswith('argv_none.py'))
