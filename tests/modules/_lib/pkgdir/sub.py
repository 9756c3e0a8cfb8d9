from . import PKG
SUB = 'sub sees ' + PKG
