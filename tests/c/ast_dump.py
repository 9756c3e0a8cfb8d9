"""Dump CPython's AST of a file in the prefix text form that tests/c/ast_reader.c reads.

Usage: python3.13 tests/c/ast_dump.py file.py [exec|eval|single] > file.ast
Lets the compiler tests run on CPython's own parse of any file.
"""
import ast
import sys


def hexs(b):
    return b.hex()


def emit(x, out):
    if x is None:
        out.append('_')
    elif isinstance(x, ast.AST):
        name = type(x).__name__
        if not x._fields and not getattr(x, '_attributes', ()):
            out.append(name)            # operator / context singleton
            return
        out.append('(' + name)
        for a in getattr(x, '_attributes', ()):
            out.append('i%d' % getattr(x, a))
        for f in x._fields:
            emit(getattr(x, f, None), out)
        out.append(')')
    elif isinstance(x, list):
        out.append('[')
        for i in x:
            emit(i, out)
        out.append(']')
    elif x is True:
        out.append('T')
    elif x is False:
        out.append('F')
    elif x is Ellipsis:
        out.append('E')
    elif isinstance(x, int):
        out.append('i%d' % x)
    elif isinstance(x, float):
        out.append('f' + x.hex())
    elif isinstance(x, complex):
        out.append('j' + x.imag.hex())
    elif isinstance(x, str):
        out.append('s' + hexs(x.encode('utf-8', 'surrogatepass')))
    elif isinstance(x, bytes):
        out.append('b' + hexs(x))
    else:
        raise TypeError(type(x))


def main():
    path = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else 'exec'
    with open(path, 'rb') as f:
        src = f.read()
    tree = compile(src, path, mode, ast.PyCF_ONLY_AST | ast.PyCF_OPTIMIZED_AST * 0)
    out = []
    emit(tree, out)
    sys.stdout.write(' '.join(out) + '\n')


main()
