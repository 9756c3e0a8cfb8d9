import sys
print('exit with True')
sys.exit(True)
