name = 'x'
print(f"double {name}", f'single {name}', f'''triple {name}''', f"""triple2 {name}""")
print(f'{name!r:>5}', f'{"it\'s"}', f"{'a' + 'b'}")
print(f'tab\t{name}\n--')
print(f'{{}}', f'{{{name}}}', f'}}{{')
print(f'{"nested \"quotes\""}')
print(f'{"\\n"}', len(f'{"\\n"}'))
print(rf'\d{name}', fr'\w{{}}')
print(f'{name}' == 'x', f'{name!s}' == str(name))
