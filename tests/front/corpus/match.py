match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(x=0, y=y):
        print(f"Y={y}")
    case Point(0, y, z=1):
        pass
    case (1, 2) | (3, 4) as pair:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, "a": [1, 2], None: None}:
        pass
    case 1 | 2.5 | -3 | 1+2j | -1-2j | 0j:
        pass
    case "string" "concat" | b"bytes":
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case Color.RED if flag:
        pass
    case x if x > 0:
        pass
    case ():
        pass
    case []:
        pass
    case {}:
        pass
    case (x,):
        pass
    case [x, y, *rest] if rest:
        pass
    case str() | bytes():
        pass
    case _:
        pass
match x, y:
    case a, b:
        pass
match *a, b:
    case _: pass
match = 1
match.attr = 2
match(x)
match[1]
case = 3
_ = 4
type = 5
print(match, case, type)
