# printf-style and format() over ints, floats, strs.
vals = [0, 1, -1, 42, -255, 10**20, -10**20, True, 3.14159, -0.0, 1e300, 1e-7, float('inf'), float('nan'), 'abc', 'é']
fmts = ['%s', '%r', '%a', '%d', '%i', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%x', '%#X', '%#o', '%o', '%e', '%.2E',
        '%f', '%.0f', '%#.0f', '%10.3f|', '%-10.3f|', '%+010.2f', '%g', '%G', '%.3g', '%#g', '%c', '%10s|', '%-10.2s|', '%u']
for f in fmts:
    for v in vals:
        try:
            r = f % v
        except Exception as e:
            r = '!' + type(e).__name__ + ': ' + str(e)
        print(f, repr(v), repr(r))
for f in ['{}', '{!r}', '{:>8}', '{:<8}|', '{:^8}', '{:*^9}', '{:.2}', '{:10.3}|', '{:d}', '{:x}', '{:,}', '{:_}', '{:e}', '{:%}', '{:g}', '{:s}', '{:=+8}', '{:#b}']:
    for v in vals:
        try:
            r = f.format(v)
        except Exception as e:
            r = '!' + type(e).__name__ + ': ' + str(e)
        print(f, repr(v), repr(r))
