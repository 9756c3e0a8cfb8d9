import sys
print('line one')
sys.stdout.write('line two\n')
print('err line', file=sys.stderr)
raise KeyError('boom')
