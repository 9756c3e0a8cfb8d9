# Numbers
0
00
0_0
7
1_000_000
0xff
0XFF
0x_dead_BEEF
0o17
0O7_7
0b1010
0B1_0
123456789012345678901234567890123456789012345678901234567890
0xffffffffffffffffffffffffffffffffffffffff
1.0
1.
.5
1e10
1E-10
1.5e+300
1e400
1_0.0_1e1_0
0.1
3.14159265358979323846
1e-320
5e-324
123456789.123456789
1j
1.5j
1e3J
0j
10_000j
# Strings
'single'
"double"
'''triple single'''
"""triple double
with a newline"""
'it\'s'
"say \"hi\""
'\n\t\r\\\a\b\f\v\0\x41\101\u00e9\U0001F600'
'\N{BULLET} \N{EM DASH} \N{GREEK SMALL LETTER ALPHA} \N{LATIN SMALL LETTER E WITH ACUTE}'
'\d \w \q'
r'raw \n \d'
R"RAW \t"
b'bytes \x00 \xff \n'
B"BYTES"
rb'raw bytes \n'
Br'\x'
bR'x'
u'unicode'
U"UNICODE"
'a' 'b' "c"
'a' u'b'
u'a' 'b'
b'a' b'b'
'line one' \
'line two'
('implicit'
 'concatenation'
 '\N{BULLET}')
'\u2028\u2029\x7f\x80\xa0\xad'
'\ud800 lone surrogate'
'é à ü 中文 😀'
'''multi
line ''' 'and' """more"""
'\
continued'
# f-strings
f''
f'plain'
f'{x}'
f'{x!r}'
f'{x!s:>10}'
f'{x!a}'
f'{x:>{width}.{prec}f}'
f'{x=}'
f'{x = }'
f'{x=!s}'
f'{x=:>5}'
f'{ x }'
f'{{literal braces}}'
f'{x}{y}{z}'
f'a{x}b{y}c'
f"{'nested quotes'}"
f"{"same quotes"}"
f"{f"{f"{x}"}"}"
f'{x:{y:{z}}}'
f'''{
    x
    + y
}'''
f'{a["key"]}'
f'{d:%Y-%m-%d}'
f'{x!r:^20}'
f'{3.14:.2f}'
f'{x,}'
f'{x, y}'
f'{(lambda: 1)()}'
f'{x:{{}}}'
f'\N{BULLET} {x}'
f'\{x}'
rf'\n{x}\t'
fr'{x}\d'
F'upper {x}'
'a' f'{b}' 'c'
f'{x}' f'{y}'
f'{x}' 'tail'
f'{yield_}'
f"{x # comment
}"
f'{"a" "b"}'
f'{x:a{y}b{z}c}'
f'{"\n".join(lines)}'
