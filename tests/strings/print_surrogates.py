# lone surrogates cannot be written to stdout (strict UTF-8); stderr escapes them
import sys
try:
    print("a\ud800b")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
sys.stderr.write("x\udc80y\n")
print("after")
