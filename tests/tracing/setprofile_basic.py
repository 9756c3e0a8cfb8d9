# sys.setprofile: call/return events, and c_call/c_return for built-in functions
import sys

events = []

def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, arg.__name__))
    else:
        events.append((event, frame.f_code.co_name))

def work(items):
    return len(items) + max(items)

sys.setprofile(profiler)
work([3, 1, 2])
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())
