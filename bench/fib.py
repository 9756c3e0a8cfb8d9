# Measures function call speed: naive recursive Fibonacci (calls, int add, compare).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(31):
        total += fib(n)
    result = fib(35)
    print("fib(35) =", result)
    print("sum fib(0..30) =", total)
    print("checksum", result + total)


main()
