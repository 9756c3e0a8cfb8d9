# utf-16/utf-32 decoding errors name the byte order used; splitlines keepends conversion.
tests = [r"'a\nb'.splitlines(1.5)", r"'a\nb'.splitlines('x')", r"'a\nb'.splitlines(None)", r"'a\nb'.splitlines(-1)", r"b'a\nb'.splitlines(1.5)",
 r"b'\xff\xfe\x00\xd8'.decode('utf-16')", r"b'\xfe\xff\xd8\x00'.decode('utf-16')", r"b'\x00\xd8'.decode('utf-16')", r"b'\x00\x00\x11\x00'.decode('utf-32')",
 r"b'\x00\x00\x11\x00'.decode('utf-32-le')", r"b'\x00'.decode('utf-16-be')", r"b'\xff\xfe\x00'.decode('utf-16')", r"b'\x00\xdc'.decode('utf-16')",
 r"b'\x00\xd8\x00\x00'.decode('utf-16')", r"b'\x00\xd8'.decode('utf-16', 'replace')", r"b'\x00\x00\xd8\x00'.decode('utf-32-be')"]
for t in tests:
    try: r=eval(t); print(t, repr(r)[:50])
    except Exception as e: print(t, type(e).__name__, e)
