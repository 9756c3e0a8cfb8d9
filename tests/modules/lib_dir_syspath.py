import sys
sys.path.insert(0, '_lib')
import libmod
print(libmod.NAME, libmod.where())
from libmod import where
print(where())
import pkgdir
print(pkgdir.PKG)
from pkgdir import sub
print(sub.SUB)
import pkgdir.sub
print(pkgdir.sub is sub, 'pkgdir.sub' in sys.modules)
