import json
bad = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{"a" 1}', '{1:2}', '{"a":1 "b":2}',
       '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '"a\tb"', 'nul', 'tru', '1 2', '[1] x', '01', '-', '1.', '1e', '.5', '+1',
       '"\\', '"\\u', '{"a":1,"b"}', '[,]', '{,}', '[1,,2]', '\ufeff[1]', 'NaN', '-Infinity', 'infinity', '{"a":}', '"\\ud800"', '"\\ud800\\u0041"', '  [1]   ', '\n\n  [1,\n  2,,]',
       '[1]\n\n x', '"\x7f"', '[true, false, null]', '{"a": [1, {"b": nul}]}', '1.5e3', '-0', '-0.0', '1E+2', '123456789012345678901234567890', '1e400', '"\\/"', '[]]', '{}x', 'true1', '[1]//']
for b in bad:
    try:
        r = json.loads(b)
        print(repr(b), 'OK', repr(r))
    except json.JSONDecodeError as e:
        print(repr(b), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno)
