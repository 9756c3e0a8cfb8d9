import _helper
print('main __name__:', __name__)
print('helper __name__:', _helper.__name__)
print(__name__ == '__main__')
