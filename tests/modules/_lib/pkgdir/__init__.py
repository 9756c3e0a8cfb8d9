print('pkgdir init')
PKG = 'package attr'
