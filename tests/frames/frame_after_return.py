import sys
def capture():
    v = 'captured'
    return sys._getframe()
fr = capture()
print(fr.f_code.co_name, fr.f_locals['v'])
def capture_loop():
    frames = []
    for i in range(3):
        frames.append(sys._getframe())
    return frames
fs = capture_loop()
print(len(fs), fs[0] is fs[1], fs[0].f_locals['i'])
def exc_frame():
    local_in_exc = 'seen'
    raise KeyError('k')
try:
    exc_frame()
except KeyError as e:
    f2 = e.__traceback__.tb_next.tb_frame
    print(f2.f_code.co_name, f2.f_locals['local_in_exc'])
