# 'exception' events carry (type, value, traceback); the frame still returns
import sys

seen = []

def tracer(frame, event, arg):
    if event == "exception":
        seen.append((frame.f_code.co_name, event, arg[0].__name__, str(arg[1])))
    elif event in ("call", "return"):
        seen.append((frame.f_code.co_name, event))
    return tracer

def inner():
    raise ValueError("boom")

def middle():
    try:
        inner()
    except ValueError as e:
        return "handled " + str(e)

sys.settrace(tracer)
print(middle())
sys.settrace(None)
for s in seen:
    print(s)
