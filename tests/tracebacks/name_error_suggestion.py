def greet():
    message = 'hi'
    print(mesage)

greet()
