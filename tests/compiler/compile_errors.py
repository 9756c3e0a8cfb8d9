code = compile('1 + 1\nx = 5\nx\nNone\n"s"', '<stdin>', 'single')
exec(code)
exec(compile('for i in range(2): i\n', '<s>', 'single'))
print(eval('[i*i for i in range(4)]'))
try:
    compile('return 5', '<string>', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
try:
    compile('def f():\n    nonlocal q\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('for x in y:\n    pass\nbreak\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('async def f():\n    yield from x\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('def f():\n    x = [(yield) for i in y]\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('class C:\n    [(y := 1) for i in x]\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('await x\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('def f(a, a): pass\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('from __future__ import braces\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('x = 1\nfrom __future__ import annotations\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('f(a=1, a=2)\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('match x:\n    case a:\n        pass\n    case b:\n        pass\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile('try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
