settings = {'debug': True}
print(settings['debug'])
print(settings['verbose'])
