import sys
def f():
    try:
        sys.exit(4)
    finally:
        print('finally runs during SystemExit')
try:
    f()
except Exception:
    print('not caught by Exception')
