# string: constants, capwords, Template (substitute, safe_substitute,
# errors, subclassing the delimiter), Formatter.
import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords('hello   wOrld  foo'), string.capwords('a-b c-d', '-'), repr(string.capwords('')))
print(string.capwords(' leading and trailing '), string.capwords('x,y,,z', ','))

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification, $$5, $$$amount').substitute(noun='sign', amount=3))
print(Template('$a$b ${a}b $a_b').substitute(a=1, b=2, a_b=3))
print(t.template, Template('no placeholders').substitute())
try:
    t.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost: $', 'bad $1 here', 'x\ny\n  ${oops', '$']:
    try:
        Template(bad).substitute(oops=1)
    except ValueError as e:
        print('ValueError', e)
print(Template('$who likes $what').safe_substitute(who='tim'))
print(Template('${a} and $b and $ and ${ c} $$').safe_substitute(a=1))
print(Template('$x $y $x ${z}').get_identifiers(), Template('$$ $1').get_identifiers())
print(Template('$ok').is_valid(), Template('$ bad').is_valid(), Template('$$').is_valid())
print(Template('é$x').substitute(x=[1, 2]), Template('$xé').safe_substitute(x=5))

class Percent(Template):
    delimiter = '%'
print(Percent('%name is %%%pct').substitute(name='rate', pct=5))

# Formatter follows str.format
f = string.Formatter()
print(f.format('{0} + {1} = {2}', 1, 2, 3))
print(f.format('{name!r:>8}|{x:.2f}|{items[1]}|{obj.real}', name='ab', x=3.14159, items=[7, 8], obj=5))
print(f.format('{} {}', 'auto', 'numbering'), f.format('{{literal}} {0:{1}}', 42, '>5'))
print(list(f.parse('a{0}b{x!s:>3}c')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {:x}', 'mixed Case', 255))
