# a comment
x = 1  # trailing comment
if x:  # comment after colon
    # comment inside block
    print('inside')
total = (1 +
         2 +
         3)
print(total)
s = 1 + \
    2
print(s)
d = {
    'a': 1,  # comment in dict
    'b': 2,
}
print(d)
a = 1; b = 2; print(a + b)
if x: print('one-liner if')
for i in range(2): print('loop', i)
while False: pass
def f(): return 'f'
print(f())
class C: pass
print(C.__name__)
