text = 'a,b,c'
parts = text.split(',')
number = int(parts[1])
