pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (StopIteration, Exception),
    (GeneratorExit, BaseException), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (TypeError, Exception), (ValueError, Exception),
    (UnicodeDecodeError, ValueError), (UnicodeError, ValueError), (AttributeError, Exception),
    (AssertionError, Exception), (IndentationError, SyntaxError), (TabError, IndentationError),
    (StopAsyncIteration, Exception), (BufferError, Exception), (EOFError, Exception),
    (MemoryError, Exception), (ReferenceError, Exception), (bool, int),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
print(isinstance(ZeroDivisionError(), ArithmeticError))
try:
    {}['x']
except LookupError as e:
    print('LookupError catches', type(e).__name__)
try:
    raise SystemExit(0)
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException catches', type(e).__name__)
