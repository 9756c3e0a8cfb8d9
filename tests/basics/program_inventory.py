inventory = {}
def add(name, qty, price):
    item = inventory.setdefault(name, {'qty': 0, 'price': price})
    item['qty'] += qty
    item['price'] = price
def remove(name, qty):
    if name not in inventory:
        raise KeyError(name)
    if inventory[name]['qty'] < qty:
        raise ValueError(f'only {inventory[name]["qty"]} {name} left')
    inventory[name]['qty'] -= qty
    if inventory[name]['qty'] == 0:
        del inventory[name]
add('apple', 10, 0.5)
add('pear', 4, 0.75)
add('apple', 5, 0.55)
for name, qty in [('apple', 3), ('pear', 4), ('kiwi', 1), ('apple', 100)]:
    try:
        remove(name, qty)
        print('removed', qty, name)
    except KeyError as e:
        print('unknown item', e)
    except ValueError as e:
        print('error:', e)
total = sum(v['qty'] * v['price'] for v in inventory.values())
print(inventory, round(total, 2))
report = '\n'.join(f'{k:>8}: {v["qty"]:3d} @ {v["price"]:.2f}' for k, v in sorted(inventory.items()))
print(report)
