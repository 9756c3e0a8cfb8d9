# Bad arguments to open(), FileIO and the stream methods: CPython's errors.
import io
import os
with open('_tmp_io_args.txt', 'w') as f:
    f.write('abc\ndef\n')
from _io import FileIO
tests = [
    lambda: FileIO(None), lambda: FileIO('_tmp_io_args.txt', 5), lambda: FileIO(-1), lambda: FileIO(99999),
    lambda: FileIO('_tmp_io_args.txt', 'rw'), lambda: FileIO('_tmp_io_args.txt', 'q'), lambda: FileIO('_tmp_io_args.txt\0x'),
    lambda: open('_tmp_io_args.txt').read('x'), lambda: open('_tmp_io_args.txt').readline('x'),
    lambda: open('_tmp_io_args.txt', 'rb').seek('x'), lambda: open('_tmp_io_args.txt', 'rb').seek(0, 7),
    lambda: open('_tmp_io_args.txt', 'rb').seek(-5), lambda: open('_tmp_io_args.txt', 'ab').write(None),
    lambda: open('_tmp_io_args.txt', 'rb').read(None), lambda: open('_tmp_io_args.txt', 'rb').read(2**70),
    lambda: open('_tmp_io_args.txt').seek(5, 1), lambda: open('_tmp_io_args.txt').seek(-1),
    lambda: io.StringIO().seek(-1), lambda: io.BytesIO().read('x'), lambda: open(b'_tmp_io_args.txt').name,
    lambda: open('_tmp_io_args.txt', encoding=5), lambda: open('_tmp_io_args.txt', newline=5),
    lambda: open('_tmp_io_args.txt', 'r', -1, None, None, None, True, None, 9),
    lambda: open(), lambda: open('_tmp_io_args.txt').readlines(None), lambda: io.StringIO('a\nb').readlines(1),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
os.remove('_tmp_io_args.txt')
