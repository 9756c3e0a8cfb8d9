# Unicode identifiers and text
π = 3.14159
naïve = "café"
変数 = "値"
αβγ = [δ for δ in range(3)]
class Ünïcödé:
    def méthode(self, ñ): return ñ
_привет = "мир"
x = "emoji 😀 and CJK 中文 and combining é"
y = b"ascii only"
z = f"{π:.2f} {naïve!r}"
š = "\u0161"
