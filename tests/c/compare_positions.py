"""Compare the source positions of corresponding instructions with CPython 3.13.

For each code object (matched by qualname and first line) and each instruction kind
that both compilers emit one-for-one (calls, binary operations, attribute loads, ...),
the multisets of positions must agree: these are what tracebacks point at.

Usage: python3.13 tests/c/compare_positions.py [--ast] build/compile_driver file.py...
  --ast   compile CPython's AST of each file (tests the compiler without minnow's parser)
"""
import collections
import dis
import os
import subprocess
import sys

# minnow instructions standing for a CPython one at the same position
ALIASES = {'INPLACE_ADD_STORE_FAST': 'BINARY_OP'}

AST_DUMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ast_dump.py')

KINDS = {'CALL', 'CALL_KW', 'CALL_FUNCTION_EX', 'BINARY_OP', 'BINARY_SUBSCR', 'BINARY_SLICE',
         'STORE_SUBSCR', 'STORE_SLICE', 'DELETE_SUBSCR', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR',
         'COMPARE_OP', 'CONTAINS_OP', 'IMPORT_NAME', 'IMPORT_FROM', 'RAISE_VARARGS',
         'UNPACK_SEQUENCE', 'UNPACK_EX', 'GET_ITER', 'FOR_ITER', 'LOAD_GLOBAL', 'LOAD_NAME',
         'STORE_NAME', 'UNARY_NEGATIVE', 'UNARY_INVERT', 'UNARY_NOT', 'BUILD_STRING',
         'FORMAT_SIMPLE', 'FORMAT_WITH_SPEC', 'CONVERT_VALUE', 'YIELD_VALUE', 'BEFORE_WITH',
         'MAKE_FUNCTION', 'LOAD_BUILD_CLASS', 'DICT_MERGE', 'DICT_UPDATE', 'LIST_EXTEND',
         'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'CHECK_EXC_MATCH', 'LOAD_DEREF', 'STORE_DEREF',
         'DELETE_FAST', 'DELETE_NAME', 'DELETE_GLOBAL', 'GET_AWAITABLE', 'SEND'}


def cpython(path):
    src = open(path, 'rb').read()
    co = compile(src, path, 'exec')
    out = collections.defaultdict(collections.Counter)

    def walk(co):
        for ins in dis.get_instructions(co):
            name = ins.opname
            if name.startswith('LOAD_FAST_LOAD_FAST'):
                continue
            p = ins.positions
            pos = (p.lineno if p.lineno is not None else -1, p.end_lineno if p.lineno is not None else -1,
                   p.col_offset if p.col_offset is not None else -1,
                   p.end_col_offset if p.end_col_offset is not None else -1)
            out[(co.co_qualname, co.co_firstlineno, name)][pos] += 1
        for k in co.co_consts:
            if hasattr(k, 'co_code'):
                walk(k)
    walk(co)
    return out


def minnow(driver, path, use_ast):
    args = [driver, '--instrs', path]
    if use_ast:
        # compile CPython's own AST of the file, to test the compiler alone
        dump = subprocess.run([sys.executable, AST_DUMP, path], capture_output=True)
        tmp = '/tmp/compare_positions.%d.ast' % os.getpid()
        with open(tmp, 'wb') as f:
            f.write(dump.stdout)
        args = [driver, '--ast', '--instrs', tmp]
    res = subprocess.run(args, capture_output=True, text=True)
    if use_ast:
        os.unlink(tmp)
    out = collections.defaultdict(collections.Counter)
    for line in res.stdout.splitlines():
        if use_ast:
            line = line.replace(tmp, path)
        parts = line.rsplit(' ', 6)
        if len(parts) != 7 or not parts[1].lstrip('-').isdigit():
            continue
        q, first, name, *pos = parts
        name = ALIASES.get(name, name)
        out[(q, int(first), name)][tuple(int(x) for x in pos)] += 1
    return out


def main():
    args = sys.argv[1:]
    use_ast = '--ast' in args
    if use_ast:
        args.remove('--ast')
    driver = args[0]
    bad = 0
    for path in args[1:]:
        try:
            a = cpython(path)
        except Exception:
            continue
        b = minnow(driver, path, use_ast)
        if not b:
            continue
        supers = {k[:2] for k in a if k[2] == 'LOAD_SUPER_ATTR'} | {k[:2] for k in a if 'super' in k[0]}
        for key in sorted(set(a) | set(b)):
            if key[2] not in KINDS or key[:2] in supers:
                continue
            if key[2] in ('LOAD_ATTR', 'LOAD_GLOBAL', 'CALL') and key[:2] in supers:
                continue
            ca, cb = a.get(key, collections.Counter()), b.get(key, collections.Counter())
            # CPython copies small exit blocks to their jump sites: compare the sets
            if set(ca) != set(cb):
                bad += 1
                print(f'{path}: {key[0]} (line {key[1]}) {key[2]}: cpython-only {dict(ca - cb)} minnow-only {dict(cb - ca)}')
    print(f'{bad} mismatches')


main()
