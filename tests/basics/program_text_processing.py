csv = """name,age,city
Alice,30,Paris
Bob,25,Berlin
Carol,35,Paris
Dan,,Rome"""
lines = csv.splitlines()
header = lines[0].split(',')
rows = [dict(zip(header, line.split(','))) for line in lines[1:]]
print(rows[0])
ages = [int(r['age']) for r in rows if r['age'].isdigit()]
print(ages, sum(ages) / len(ages))
by_city = {}
for r in rows:
    by_city.setdefault(r['city'], []).append(r['name'])
print(by_city)
def title_case(s):
    return ' '.join(w[:1].upper() + w[1:].lower() for w in s.split(' '))
print(title_case('hELLO   wORLD of pYTHON'))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
print('|'.join(s.center(7, '.') for s in ['a', 'bb', 'ccc']))
