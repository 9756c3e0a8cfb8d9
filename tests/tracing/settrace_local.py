# the value a trace function returns for 'call' becomes the frame's local tracer
import sys

log = []

def local(frame, event, arg):
    log.append(("local", event, frame.f_lineno))
    return local

def global_tracer(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name))
    if frame.f_code.co_name == "traced":
        return local
    return None

def traced():
    x = 1
    y = x + 1
    return y

def untraced():
    z = 5
    return z

sys.settrace(global_tracer)
traced()
untraced()
sys.settrace(None)
for entry in log:
    print(entry)
print(sys.gettrace())
