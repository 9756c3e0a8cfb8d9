print('_raises executing')
raise ValueError('module init failed')
