# to_bytes / from_bytes, bit_length, bit_count, and friends.
def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for v, args, kw in [
    (1024, (2, "big"), {}), (1024, (2, "little"), {}), (-1, (2, "big"), {"signed": True}),
    (-1, (2, "big"), {}), (65536, (2, "big"), {}), (5, (), {}), (5, (1, "middle"), {}),
    (128, (1,), {"signed": True}), (-128, (1, "little"), {"signed": True}),
    (0, (0, "big"), {}), (1, (-1, "big"), {}), (2**64 - 1, (8, "little"), {}),
    (-(2**63), (8, "big"), {"signed": True}), (10**30, (13, "big"), {}),
    (3, (), {"length": 2, "byteorder": "little"}), (1, (1, 5), {}),
]:
    attempt(v.to_bytes, *args, **kw)

for data, args, kw in [
    (b"\xff\xfe", ("big",), {"signed": True}), (b"\x01\x02", ("little",), {}), (b"", ("big",), {}),
    (b"\x00\x80", ("big",), {"signed": True}), (b"\xff" * 20, ("little",), {"signed": True}),
    (b"\x01", (), {}), ([1, 2, 3], ("big",), {}),
    (b"\x01", ("sideways",), {}), ("str", ("big",), {}),
]:
    attempt(int.from_bytes, data, *args, **kw)

for v in [0, 1, -1, 255, -256, 2**63, -(2**63), 10**50, True]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.conjugate())
for v in range(-20, 20, 3):
    assert int.from_bytes(v.to_bytes(2, "big", signed=True), "big", signed=True) == v
print(int.from_bytes((2**100).to_bytes(13, "little"), "little") == 2**100)
