# The format mini-language applied to str.
for v in ["", "a", "abc", "é", "hello world"]:
    out = []
    for spec in ["", "s", "5", ">5", "^6", "<3", ".2", "x^7.2", ".0", "05", "=5", "+", " ",
                 "#", ",", "_", "d", "z", "€>4", "10.3s", "xx", "0>4", "*<6s"]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(v), out)
print(f"[{'ab':>5}] [{'ab':<5}] [{'ab':^5}] [{'abc':.1}] [{'x':-^7}]")
