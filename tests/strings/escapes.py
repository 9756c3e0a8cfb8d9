s = 'a\nb\tc\\d\'e\"f\rg\x41\101\0h\a\b\f\v'
print(repr(s))
print(len(s))
print(repr('\u00e9\u20ac\U0001F600'))
print('\u00e9\u20ac')
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\x7f\x80\xff'), repr('\u200b'), repr('\ud800' if False else 'x'))
print('line1\
line2')
print(r'\n\t\\', len(r'\n'), r'\'', R'raw')
print(repr('\7'), repr('\77'), repr('\177'))
print('\x00' == '\0', ord('\n'), ord('\t'), ord('\r'), ord('\v'), ord('\f'), ord('\a'), ord('\b'))
print("""triple "quoted" 'string'
with newline""")
print('''a\
b''')
print(repr('tab\there'), repr('nl\n'), repr('\\'))
