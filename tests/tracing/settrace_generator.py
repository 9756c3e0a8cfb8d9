# generators report a 'call' on every resume and a 'return' on every yield
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == "gen":
        events.append((event, frame.f_lineno, arg if event == "return" else None))
    return tracer

def gen():
    yield 1
    yield 2

sys.settrace(tracer)
values = list(gen())
sys.settrace(None)
print(values)
for e in events:
    print(e)
