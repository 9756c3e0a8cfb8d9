# sys.settrace: call, line and return events with the frame's code name and line
import sys

events = []

def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else None))
    return tracer

def add(a, b):
    total = a + b
    return total

def outer(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    return s

sys.settrace(tracer)
result = outer(3)
sys.settrace(None)
print("result", result)
for e in events:
    print(e)
