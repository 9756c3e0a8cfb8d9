# --locals: failure tracebacks list each frame's local variables.
import io
import re
import unittest


class T(unittest.TestCase):
    def test_a(self):
        x = 5
        name = 'abc'
        self.assertEqual(x, 6)


stream = io.StringIO()
unittest.main(argv=['p', '--locals'], exit=False,
              testRunner=unittest.TextTestRunner(stream=stream, tb_locals=True))
print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
