from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
import enum


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


print(Perm.R, repr(Perm.W), [m.value for m in Perm], list(Perm), len(Perm))
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, rw.value, rw.name, list(rw), len(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, Perm.RW in Perm.ALL, rw & Perm.W, rw ^ Perm.R, repr(rw & Perm.X))
print(~Perm.R, repr(~Perm.ALL), ~Perm.RW, Perm(0), repr(Perm(0)), bool(Perm(0)), Perm(7), Perm(5))
print(Perm.__members__.keys(), Perm['RW'], Perm(3) is Perm.RW)
for bad in (lambda: Perm(8), lambda: Perm(-9), lambda: Perm("x"), lambda: 1 in Perm.R, lambda: Perm.R | 1):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4


print(list(Color.RED | Color.BLUE), str(Color.GREEN | Color.BLUE | Color.RED), Color(6))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(Conform(7), repr(Conform(7)))


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Eject(7), type(Eject(7)).__name__, Eject(3))


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    CREAT = 64
    TRUNC = 512


f = Open.WRONLY | Open.CREAT | Open.TRUNC
print(f, repr(f), int(f), f == 577, f & 64, type(f & 64).__name__, repr(Open.RDONLY), Open(1024 | 1), repr(Open(1024 | 1)))
print(Open.CREAT + 1, isinstance(f, int), f"{f}", repr(~Open.WRONLY), Open.WRONLY | 4, repr(Open.WRONLY | 4))
print(list(Open), list(f), Open.CREAT in f, 4 | Open.RDWR, repr(Open(0)))


class Mixed(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print([m.value for m in Mixed], Mixed.A | Mixed.C, repr(Mixed(8)))
print(FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary))
print(enum.bin(5), enum.bin(-5), enum.bin(10, 8), enum.show_flag_values(13))


class Weird(Flag):
    B = 2
    A = 1
    C = 4


print(list(Weird), list(Weird(7)), Weird(3))
