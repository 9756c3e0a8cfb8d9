class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account({self.id}, {self.owner!r}, {self._balance})'
a = Account('ann', 100)
b = Account('bob')
a.deposit(50)
for op, acct, amt in [('withdraw', a, 30), ('withdraw', b, 10), ('deposit', b, -5), ('deposit', b, 25)]:
    try:
        getattr(acct, op)(amt)
        print('ok', op, amt, acct)
    except InsufficientFunds as e:
        print('insufficient:', e, e.needed)
    except ValueError as e:
        print('invalid:', e)
print(a.history, b.history)
print(sorted([a, b], key=lambda x: x.balance))
try:
    a.balance = 0
except AttributeError as e:
    print(type(e).__name__, e)
