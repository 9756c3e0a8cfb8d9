# Measures string work: building, concatenation, split/join, f-strings, slicing, str methods, str/int conversion.

TEXT = ("The quick brown fox jumps over the lazy dog while the Cat sleeps; "
        "pack my box with five dozen liquor jugs, said the Sphinx of black quartz. ")


def build_lines(n):
    lines = []
    for i in range(n):
        name = "item" + str(i)
        lines.append(f"{name},{i * 3},{i % 7},{name.upper()}")
    return lines


def parse_lines(lines):
    total = 0
    names = []
    for line in lines:
        parts = line.split(",")
        total += int(parts[1]) + int(parts[2])
        if parts[3].lower() == parts[0]:
            names.append(parts[0])
    return total, len(names)


def word_stats(text, reps):
    big = text * reps
    words = big.split()
    cleaned = [w.strip(".,;").lower() for w in words]
    counts = {}
    for w in cleaned:
        counts[w] = counts.get(w, 0) + 1
    longest = ""
    for w in cleaned:
        if len(w) > len(longest):
            longest = w
    caps = sum(1 for w in words if w[0].isupper())
    return len(words), counts["the"], longest, caps


def transform(s):
    out = s.replace("fox", "cat").replace("dog", "wolf")
    out = out.title()
    out = out.swapcase()
    return out


def concat_loop(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 80 == 79:
            s += "\n"
    return s


def string_methods(s):
    total = 0
    total += s.count("e") + s.find("Sphinx") + s.rfind("the") + s.index("box")
    total += s.startswith("The") + s.endswith(". ") + ("quartz" in s)
    total += len(s.strip()) + len(s.lstrip("T")) + len(s.rstrip(" ."))
    parts = s.partition(" over ")
    total += len(parts[0]) + len(parts[2])
    total += len(s.center(200, "*")) + len(s.ljust(150)) + len(s.rjust(150, "-"))
    total += len(s.splitlines()) + len(s.split(" ", 5))
    total += ord(s[10]) + len(s[::-1]) + len(s[5:50:3])
    total += sum(1 for c in s if c.isalpha()) + sum(1 for c in s if c.isspace())
    total += len("-".join(reversed(s.split())))
    total += int("12345") + len(str(98765)) + len(repr(s)) + len(hex(total)) + s.isdigit()
    total += len("{} and {}".format("this", "that")) + len(s.zfill(200))
    return total


def format_table(n):
    rows = []
    for i in range(n):
        x = i * 0.5
        label = "row" + str(i)
        rows.append(f"| {label} | {i!r} | {x} | {i * i} | {label[-2:]} |")
    return "\n".join(rows)


def main():
    checksum = 0
    for rnd in range(36):
        lines = build_lines(20000 + rnd)
        t, nnames = parse_lines(lines)
        checksum += t + nnames
        csv = "\n".join(lines)
        checksum += len(csv) + csv.count("\n")
        nwords, nthe, longest, caps = word_stats(TEXT, 500)
        checksum += nwords + nthe + len(longest) + caps
        checksum += len(transform(TEXT * 50))
        s = concat_loop(40000)
        checksum += len(s) + s.count("z")
        for _ in range(400):
            checksum += string_methods(TEXT)
        table = format_table(5000)
        checksum += len(table) + table.count("|")
        if rnd % 10 == 0:
            print("round", rnd, longest, nwords, table[-30:].strip())
    print("checksum", checksum)


main()
