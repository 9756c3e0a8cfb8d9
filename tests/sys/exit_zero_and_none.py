import sys
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit('msg')
except SystemExit as e:
    print('SystemExit', repr(e.code), str(e))
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit', e.code)
print('end')
sys.exit(None)
