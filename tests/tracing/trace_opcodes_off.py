# f_trace_lines can turn line events off for one frame
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == "quiet":
        frame.f_trace_lines = False
    events.append((frame.f_code.co_name, event))
    return tracer

def quiet():
    a = 1
    b = 2
    return a + b

def loud():
    a = 1
    return a

sys.settrace(tracer)
quiet()
loud()
sys.settrace(None)
for e in events:
    print(e)
