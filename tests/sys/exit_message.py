import sys
print('printing to stdout first')
sys.exit('fatal: something went wrong')
