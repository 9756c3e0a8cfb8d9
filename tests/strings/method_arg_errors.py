# Argument errors of str and bytes methods (CPython's per-method messages).
tests = [
 "'a,b'.split(sep=',')", "'a,b'.split(',', maxsplit=0)", "'a'.split(x=1)", "'a'.split(',', 1, 2)", "'a'.rsplit(maxsplit=1)",
 "'a'.splitlines(keepends=True)", "'a'.splitlines(x=1)", "'a'.splitlines(1, 2)", "'a'.expandtabs(tabsize=2)", "'a'.expandtabs(1, 2)",
 "'a'.encode(encoding='ascii', errors='strict')", "'a'.encode('ascii', 'strict', 1)", "'a'.encode(x=1)", "'a'.encode(errors=1)",
 "'aaa'.replace('a', 'b', count=2)", "'aaa'.replace(old='a', new='b')", "'a'.replace('a')", "'a'.replace('a','b',1,2)",
 "'a'.find(sub='a')", "'a'.find('a', 0, 1, 2)", "'a'.count()", "'a'.strip('a', 'b')", "'a'.strip(chars='a')", "'a'.join()", "'a'.join([], [])",
 "'a'.center()", "'a'.center(1, 'x', 3)", "'a'.zfill()", "'a'.zfill(width=3)", "'a'.startswith()", "'a'.partition()", "'a'.upper(x=1)",
 "'a'.format_map()", "'a'.format_map({}, {})", "'a'.translate()", "str.maketrans()", "str.maketrans(1, 2, 3, 4)", "'a'.removeprefix()",
 "str(1, 2, 3, 4)", "str(object=5)", "str(x=5)", "str(b'a', encoding='ascii', errors='strict')", "str(b'a', 'ascii', 'strict', 1)",
 "bytes(1, 2, 3, 4)", "bytes(source=b'a')", "bytes(x=1)", "b'a'.decode(encoding='latin-1')", "b'a'.decode(x=1)", "b'a'.hex(sep='-')",
 "b'ab'.hex(bytes_per_sep=1)", "b'a'.split(sep=b'a')", "b'a'.replace(b'a', b'b', count=0)", "bytearray().pop(1, 2)", "bytearray().append()",
 "b'a'.translate(None, delete=b'a')", "b'a'.translate(table=None)", "bytes.fromhex()", "b'a'.center(3, fillchar=b'x')", "'a'.center(3, fillchar='x')",
 "'{0}'.format(1, x=2)", "''.join(x for x in 'abc')", "'-'.join({'a': 1, 'b': 2})", "'-'.join(iter(['x', 'y']))", "'%(a)s' % type('D', (dict,), {'__missing__': lambda s, k: k * 2})()",
 "'abc'.__getitem__(slice(1, None))", "'abc'.__len__()", "'abc'.__contains__('b')", "'a'.__mod__(())", "'a'.__rmod__('b')", "'a'.__add__(1)", "'a'.__mul__(3)", "'a'.__rmul__(2)",
 "'a'.__eq__(1)", "'a'.__lt__('b')", "'a'.__hash__() == hash('a')", "'a'.__format__('>3')", "'a'.__format__(1)", "'ab'.__getnewargs__()", "'ab'.__str__()", "'ab'.__repr__()",
 "str.__new__(str, 'x')", "str.upper('abc')", "str.upper(1)", "str.join(',', 'ab')", "bytes.upper(b'a')", "bytes.decode(b'\\xc3\\xa9')",
]
tests += ["b'a'.replace(b'a')", "b'a'.replace(b'a', b'b', 1, 2)", "bytearray(b'a').center(3, fillchar=b'x')", "bytearray(b'a').find()", "b'a'.find()",
"bytearray(b'a').append()", "bytearray(b'a').join()", "b'a'.join()", "b'a'.partition()", "bytearray().partition()", "b'a'.removeprefix()",
"b'a'.strip(1,2)", "b'a'.strip(chars=1)", "b'a'.count()", "b'a'.startswith()", "b'a'.zfill()", "bytearray().insert(1)", "bytearray().pop(1,2)",
"bytearray().remove()", "bytearray().extend()", "bytearray().copy(1)", "bytes.maketrans(b'a')", "b'a'.upper(1)", "bytearray().upper(1)",
"'a'.__format__()", "'a'.__format__(1, 2)", "'a'.isalpha(x=1)", "'a'.upper(x=1)", "b'a'.hex(1,2,3)", "b'a'.decode('a','b','c')", "b'a'.ljust()",
"'a'.__sizeof__(1)", "b'a'.__bytes__(1)", "'a'.__getnewargs__(1)", "str.maketrans(x=1)", "b'a'.fromhex('61', 1)", "b'a'.translate()",
"bytearray().translate(None, b'', 1)", "b'a'.expandtabs(1, 2)", "b'a'.splitlines(1, 2)", "b'a'.split(b'a', 1, 2)"]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r)[:100])
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
