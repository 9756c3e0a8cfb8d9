class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = float(balance)

a = Account('ann', '10.5')
print(a.balance)
b = Account('bob', 'lots')
