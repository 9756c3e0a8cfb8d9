class Config:
    def __init__(self):
        self.name = 'app'

def show(cfg):
    print(cfg.name)
    print(cfg.version)

show(Config())
