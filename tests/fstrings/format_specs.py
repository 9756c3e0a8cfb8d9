x = 3.14159
n = 1234567
s = 'hi'
print(f'{x:.2f}|{x:8.3f}|{x:<8.1f}|{x:^8.1f}|{x:>8.1f}|{x:+.2f}|{x:e}|{x:.1%}')
print(f'{n:,}|{n:_}|{n:10d}|{n:<10d}|{n:010d}|{n:x}|{n:#X}|{n:b}|{n:o}')
print(f'{s:5}|{s:>5}|{s:^5}|{s:*^6}|{s:.1}|{s!r:>6}')
width, prec = 10, 3
print(f'{x:{width}.{prec}f}|{x:{width}}|{s:{"-"}>{width}}')
print(f'{-5:5}|{-5:<5}|{-5:=5}|{5: }|{-5: }')
print(f'{True:d}|{True}|{None!s:>5}|{65:c}')
print(f'{0.5:g}|{1e-7:g}|{123456789:e}|{1.0:.0e}')
print(f'{12:#010b}|{255:#06x}|{-255:#x}')
print(f'{1234.5678:,.2f}|{-0.0:+.1f}|{float("inf"):>6}')
