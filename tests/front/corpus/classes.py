class A: pass
class B(A): pass
class C(A, B, metaclass=Meta, **kw): pass
class D(*bases): pass
@dataclass
@other(1)
class E:
    x: int
    y: str = "s"
    __private = 1
    def method(self):
        return self.__private + __private_global
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): return cls
    @property
    def p(self): return super().p
    def uses_class(self): return __class__
    class Inner:
        def m(self): return super()
class F[T]:
    def m(self) -> T: ...
class G[T: int, *Ts, **P](Base[T]): pass
class H():
    pass
class _Under:
    def __m(self): self.__x = 1
class __Dunder__:
    def __m(self): pass
