/* test_str.c — unit tests of the Str core (creation, UTF-8, hashing, interning, StrBuf,
 * str_fmt, repr) without the rest of the runtime.
 *   gcc -std=gnu11 -Wall -Wextra -Isrc -o /tmp/test_str tests/c/test_str.c src/strmethods.c \
 *       src/strformat.c src/codecs.c src/bytes.c tests/c/stubs_strings.c src/str.c src/unicode_db.c && \
 *       PYTHONHASHSEED=0 /tmp/test_str */
#include <stdio.h>
#include <string.h>
#include "str.h"
#include "error.h"
#include "unicode.h"
#include "containers.h"

Type type_int = {.name = "int"}, type_float = {.name = "float"}, type_bool = {.name = "bool"},
     type_none = {.name = "NoneType"};
extern Type *last_error_type;
extern char last_error[];

/* Call a method of v's type by name; returns repr(result) or "!Type: message". */
static const char *call(Value self, const char *name, size_t nargs, Value *args) {
    static char out[1024];
    const MethodDef *m = type_of(self)->methods;
    while (m->name && strcmp(m->name, name)) m++;
    bool mod = strcmp(name, "__mod__") == 0;
    if (!m->name && !mod) return "?no such method";
    err_clear();
    Value r = mod ? type_of(self)->nb[NB_REMAINDER](self, args[0]) : m->fn(self, args, nargs, NULL);
    if (is_null(r)) {
        snprintf(out, sizeof out, "!%s: %s", last_error_type ? last_error_type->name : "?", last_error);
        err_clear();
        return out;
    }
    Value rr = obj_repr(r);
    snprintf(out, sizeof out, "%s", as_str(rr)->data);
    return out;
}
static List *list_from_cstrs(const char *a, const char *b, const char *c) {
    List *l = list_new(0);
    list_append(l, v_str(str_from_cstr(a)));
    list_append(l, v_str(str_from_cstr(b)));
    list_append(l, v_str(str_from_cstr(c)));
    return l;
}
static Value SV(const char *s) { return v_str(str_from_cstr(s)); }
#define CALL(self, name, want, ...) do { Value a_[] = {NONE, __VA_ARGS__}; \
    const char *got_ = call(self, name, sizeof a_ / sizeof a_[0] - 1, a_ + 1); \
    if (strcmp(got_, want)) { printf("FAIL %s:%d: %s -> %s, want %s\n", __FILE__, __LINE__, name, got_, want); failures++; } } while (0)
static void method_tests(void);

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); failures++; } } while (0)
#define CHECK_STR(s, lit) do { Str *s_ = (s); if (!s_ || strcmp(s_->data, lit)) { \
    printf("FAIL %s:%d: got '%s' want '%s'\n", __FILE__, __LINE__, s_ ? s_->data : "(null)", lit); failures++; } } while (0)

int main(void) {
    str_init();
    /* creation and lengths */
    Str *a = str_from_cstr("héllo €😀");
    CHECK(a->len == 8 && a->nbytes == 14 && !a->ascii);
    CHECK(str_char_at(a, 1) == 0xE9 && str_char_at(a, 6) == 0x20AC && str_char_at(a, 7) == 0x1F600);
    CHECK_STR(str_substring(a, 1, 4), "éll");
    CHECK(str_from_cstr("")->len == 0 && str_from_cstr("") == str_empty());
    CHECK(str_from_codepoint('a') == str_from_cstr("a"));
    /* long non-ASCII string uses the index */
    char big[3000]; size_t n = 0;
    for (int i = 0; i < 1000; i++) n += utf8_encode(i % 3 ? 'x' : 0x3b1 + i % 20, big + n);
    Str *b = str_new(big, n);
    CHECK(b->len == 1000);
    for (int i = 0; i < 1000; i++) CHECK(str_char_at(b, i) == (uint32_t)(i % 3 ? 'x' : 0x3b1 + i % 20));
    CHECK(str_substring(b, 998, 1000)->len == 2);
    /* concat */
    CHECK_STR(str_concat(str_from_cstr("ab"), str_from_cstr("cé")), "abcé");
    CHECK(str_concat(b, b)->len == 2000 && str_char_at(str_concat(b, b), 1998) == 0x3b1 + 1998 % 3 * 0 + (999 * 0) + 0 + 19 * 0 + (1998 - 1000) % 20 * 0 + str_char_at(b, 998) - 0x3b1);
    /* owned concatenation grows in place */
    Str *acc = str_from_cstr("ab");
    Str *first = NULL;
    for (int i = 0; i < 1000; i++) {
        acc = str_concat_owned(acc, str_from_cstr(i % 2 ? "é" : "x"));
        if (i == 1) first = acc;
    }
    CHECK(acc->len == 1002 && acc->nbytes == 1502 && !acc->ascii && str_char_at(acc, 1001) == 0xE9);
    CHECK(str_hash(acc) == str_hash(str_new(acc->data, acc->nbytes)) && strlen(acc->data) == 1502);
    CHECK(first != NULL && str_eq_cstr(str_from_cstr("ab"), "ab"));
    /* hashing matches CPython with PYTHONHASHSEED=0 */
    CHECK(str_hash(str_from_cstr("a")) == 4644417185603328019LL);
    CHECK(str_hash(str_from_cstr("")) == 0);
    CHECK(str_hash(str_from_cstr("é")) == 6047309291227476195LL);
    CHECK(str_hash(str_from_cstr("€")) == -5529981157763016009LL);
    CHECK(str_hash(str_from_cstr("😀")) == -3536540696076613844LL);
    CHECK(str_hash(str_from_cstr("abcdefghij")) == -829746140550000655LL);
    CHECK(hash_bytes("a", 1) == 4644417185603328019LL);
    /* interning */
    Str *i1 = str_intern_cstr("spam"), *i2 = str_intern_cstr("spam");
    CHECK(i1 == i2 && (i1->hdr.flags & STR_INTERNED));
    Str *s3 = str_from_cstr("spam");
    CHECK(s3 != i1 && str_intern_str(s3) == i1);
    CHECK(str_eq_cstr(names.__init__, "__init__") && names.__init__ == str_intern_cstr("__init__"));
    CHECK(str_eq_cstr(names.default_, "default"));
    for (int i = 0; i < 5000; i++) { char buf[32]; snprintf(buf, 32, "n%d", i); str_intern_cstr(buf); }
    CHECK(str_intern_cstr("spam") == i1);
    /* comparisons */
    CHECK(str_cmp(str_from_cstr("a"), str_from_cstr("b")) < 0);
    CHECK(str_cmp(str_from_cstr("ab"), str_from_cstr("a")) > 0);
    CHECK(str_cmp(str_from_cstr("\xef\xbf\xbf"), str_from_cstr("😀")) < 0);
    /* str_fmt */
    Value v = v_int(42), sv = v_obj(str_from_cstr("it's"));
    CHECK_STR(str_fmt("%s=%d %ld %lld %zu %c%% %R %S %T|%.3s|%U", "x", -1, 2L, 3LL, (size_t)4, 0xe9,
                      &sv, &sv, &v, "abcdef", a), "x=-1 2 3 4 é% \"it's\" it's int|abc|héllo €😀");
    CHECK_STR(str_fmt("%5d|%-4s|%x", 7, "ab", 255), "    7|ab|ff");
    /* repr */
    CHECK_STR(as_str(str_repr(str_from_cstr("a'b"))), "\"a'b\"");
    CHECK_STR(as_str(str_repr(str_from_cstr("a'\"b"))), "'a\\'\"b'");
    CHECK_STR(as_str(str_repr(str_from_cstr("\n\t\\\x01\x7f\xc2\x85é\xe2\x80\xa8😀"))), "'\\n\\t\\\\\\x01\\x7f\\x85é\\u2028😀'");
    CHECK_STR(as_str(str_repr(str_from_cstr("\xed\xa0\x80"))), "'\\ud800'");
    /* utf8_valid */
    CHECK(utf8_valid("\xed\xa0\x80", 3) && !utf8_valid("\xc0\x80", 2) && !utf8_valid("\xf4\x90\x80\x80", 4));
    CHECK(utf8_check_one("\xed\xa0\x80", 3, false) == 0);
    /* unicode db */
    uint32_t out[3];
    CHECK(uni_map(0xDF, UNI_MAP_UPPER, out) == 2 && out[0] == 'S' && out[1] == 'S');
    CHECK(uni_map('a', UNI_MAP_UPPER, out) == 1 && out[0] == 'A');
    CHECK(uni_has(0x4E00, UNI_NUMERIC) && !uni_has(0x4E00, UNI_DIGIT) && uni_has(0xB2, UNI_DIGIT));
    CHECK(uni_decimal(0x663) == 3 && uni_decimal('7') == 7 && uni_decimal('a') == -1);
    method_tests();
    printf("%s (%d failures)\n", failures ? "FAILED" : "ok", failures);
    return failures != 0;
}

static void method_tests(void) {
    Value s = SV("  Hello, World  ");
    CALL(s, "strip", "'Hello, World'");
    CALL(s, "lstrip", "'Hello, World  '");
    CALL(s, "rstrip", "'  Hello, World'");
    CALL(SV("xxhixx"), "strip", "'hi'", SV("x"));
    CALL(SV("a,b,,c"), "split", "['a', 'b', '', 'c']", SV(","));
    CALL(SV("a,b,,c"), "split", "['a', 'b,,c']", SV(","), v_int(1));
    CALL(SV("a,b,,c"), "rsplit", "['a,b,', 'c']", SV(","), v_int(1));
    CALL(SV("  a  b c  "), "split", "['a', 'b', 'c']");
    CALL(SV("  a  b c  "), "split", "['a', 'b c  ']", NONE, v_int(1));
    CALL(SV("  a  b c  "), "rsplit", "['  a  b', 'c']", NONE, v_int(1));
    CALL(SV("  a  b c  "), "rsplit", "['a', 'b', 'c']");
    CALL(SV("a\u3000b\u00a0c"), "split", "['a', 'b', 'c']");
    CALL(SV(""), "split", "[]");
    CALL(SV("a"), "split", "!ValueError: empty separator", SV(""));
    CALL(SV("a"), "split", "!TypeError: must be str or None, not int", v_int(1));
    CALL(SV("héllo wörld"), "find", "8", SV("r"));
    CALL(SV("héllo wörld"), "rfind", "3", SV("l"), v_int(0), v_int(4));
    CALL(SV("héllo"), "index", "!ValueError: substring not found", SV("z"));
    CALL(SV("abc"), "find", "3", SV(""), v_int(3));
    CALL(SV("abc"), "find", "-1", SV(""), v_int(4));
    CALL(SV("abc"), "find", "!TypeError: find() argument 1 must be str, not int", v_int(1));
    CALL(SV("abcabc"), "count", "2", SV("bc"));
    CALL(SV("abc"), "count", "4", SV(""));
    CALL(SV("abc"), "count", "0", SV(""), v_int(10));
    CALL(SV("hello"), "startswith", "True", SV("he"));
    CALL(SV("hello"), "endswith", "False", SV("he"));
    CALL(SV("hello"), "startswith", "True", SV("ll"), v_int(2));
    CALL(SV("hello"), "startswith", "!TypeError: startswith first arg must be str or a tuple of str, not int", v_int(1));
    CALL(SV("abc"), "startswith", "False", SV(""), v_int(5));
    CALL(SV("aXbXc"), "replace", "'a--b--c'", SV("X"), SV("--"));
    CALL(SV("aXbXc"), "replace", "'a--bXc'", SV("X"), SV("--"), v_int(1));
    CALL(SV("abc"), "replace", "'-a-b-c-'", SV(""), SV("-"));
    CALL(SV("abc"), "replace", "'-a-bc'", SV(""), SV("-"), v_int(2));
    CALL(SV("ßtraße"), "upper", "'SSTRASSE'");
    CALL(SV("ΣΑΣ ΣΑΣ."), "lower", "'σας σας.'");
    CALL(SV("İ"), "lower", "'i̇'");
    CALL(SV("hello wORLD they're"), "title", "\"Hello World They'Re\"");
    CALL(SV("hELLO"), "capitalize", "'Hello'");
    CALL(SV("ǆemal"), "capitalize", "'ǅemal'");
    CALL(SV("Straße"), "casefold", "'strasse'");
    CALL(SV("aBc"), "swapcase", "'AbC'");
    CALL(SV("Hello World"), "istitle", "True");
    CALL(SV("Hello world"), "istitle", "False");
    CALL(SV("abc1"), "islower", "True");
    CALL(SV("ABC"), "isupper", "True");
    CALL(SV("123"), "isdigit", "True");
    CALL(SV("²"), "isdigit", "True");
    CALL(SV("²"), "isdecimal", "False");
    CALL(SV("一"), "isnumeric", "True");
    CALL(SV("héllo"), "isalpha", "True");
    CALL(SV(" \t\n\x1c"), "isspace", "True");
    CALL(SV(""), "isspace", "False");
    CALL(SV("_a1"), "isidentifier", "True");
    CALL(SV("1a"), "isidentifier", "False");
    CALL(SV("a\n"), "isprintable", "False");
    CALL(SV("é"), "isascii", "False");
    CALL(SV("a"), "upper", "!TypeError: str.upper() takes no arguments (1 given)", v_int(1));
    CALL(SV("k=v=w"), "partition", "('k', '=', 'v=w')", SV("="));
    CALL(SV("k=v=w"), "rpartition", "('k=v', '=', 'w')", SV("="));
    CALL(SV("kvw"), "partition", "('kvw', '', '')", SV("="));
    CALL(SV("kvw"), "rpartition", "('', '', 'kvw')", SV("="));
    CALL(SV("a\nb\r\nc\rd\u2028e"), "splitlines", "['a', 'b', 'c', 'd', 'e']");
    CALL(SV("a\nb\r\n"), "splitlines", "['a\\n', 'b\\r\\n']", TRUEV);
    CALL(SV("42"), "zfill", "'00042'", v_int(5));
    CALL(SV("-42"), "zfill", "'-0042'", v_int(5));
    CALL(SV("ab"), "center", "'***ab**'", v_int(7), SV("*"));
    CALL(SV("abc"), "center", "' abc  '", v_int(6));
    CALL(SV("ab"), "ljust", "'ab...'", v_int(5), SV("."));
    CALL(SV("ab"), "rjust", "'   ab'", v_int(5));
    CALL(SV("ab"), "center", "!TypeError: The fill character must be exactly one character long", v_int(5), SV("ab"));
    CALL(SV("a\tbc\td"), "expandtabs", "'a       bc      d'");
    CALL(SV("a\tbc\td"), "expandtabs", "'a   bc  d'", v_int(4));
    CALL(SV("-"), "join", "'a-b-c'", v_obj(list_from_cstrs("a", "b", "c")));
    CALL(SV("-"), "join", "!TypeError: sequence item 1: expected str instance, int found", v_obj(tuple_pack(2, SV("a"), v_int(1))));
    CALL(SV("-"), "join", "!TypeError: can only join an iterable", v_int(1));
    CALL(SV("-"), "join", "'a-b-c'", SV("abc"));
    CALL(SV("prefix_x"), "removeprefix", "'x'", SV("prefix_"));
    CALL(SV("x.py"), "removesuffix", "'x'", SV(".py"));
    CALL(SV("héllo"), "encode", "b'h\\xc3\\xa9llo'");
    CALL(SV("héllo"), "encode", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)", SV("ascii"));
    CALL(SV("aé€x"), "encode", "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)", SV("ascii"));
    CALL(SV("aé€x"), "encode", "b'a\\xe9x'", SV("latin-1"), SV("ignore") );
    CALL(SV("aé€x"), "encode", "b'a\\xe9?x'", SV("latin-1"), SV("replace"));
    CALL(SV("aé€x"), "encode", "b'a\\\\xe9\\\\u20acx'", SV("ascii"), SV("backslashreplace"));
    CALL(SV("a€"), "encode", "b'a&#8364;'", SV("ascii"), SV("xmlcharrefreplace"));
    CALL(SV("a"), "encode", "!LookupError: unknown encoding: foo", SV("foo"));
    CALL(SV("a\xed\xa0\x80"), "encode", "!UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed");
    CALL(SV("ab"), "encode", "b'\\xff\\xfea\\x00b\\x00'", SV("utf-16"));
    /* format */
    CALL(SV("{} and {}"), "format", "'a and 1'", SV("a"), v_int(1));
    CALL(SV("{1}{0}{1}"), "format", "'bab'", SV("a"), SV("b"));
    CALL(SV("{{x}} {0!r}"), "format", "\"{x} 'a'\"", SV("a"));
    CALL(SV("{0[1]}"), "format", "'b'", v_obj(list_from_cstrs("a", "b", "c")));
    CALL(SV("{0:>{1}}"), "format", "'    a'", SV("a"), v_int(5));
    CALL(SV("{}{0}"), "format", "!ValueError: cannot switch from automatic field numbering to manual field specification", SV("a"));
    CALL(SV("{"), "format", "!ValueError: Single '{' encountered in format string");
    CALL(SV("}"), "format", "!ValueError: Single '}' encountered in format string");
    CALL(SV("{0!x}"), "format", "!ValueError: Unknown conversion specifier x", SV("a"));
    CALL(SV("{1}"), "format", "!IndexError: Replacement index 1 out of range for positional args tuple", SV("a"));
    CALL(SV("{a}"), "format", "!KeyError: 'a'");
    CALL(SV("{0[}"), "format", "!ValueError: expected '}' before end of string", SV("a"));
    CALL(SV("{:{:{}}}"), "format", "!ValueError: Max string recursion exceeded", v_int(1), v_int(2), v_int(3));
    CALL(SV("{0!}"), "format", "!ValueError: unmatched '{' in format spec", v_int(1));
    CALL(SV("{0.}"), "format", "!ValueError: Empty attribute in format string", v_int(1));
    CALL(SV("{0[a]b}"), "format", "!ValueError: Only '.' or '[' may follow ']' in format field specifier", v_int(1));
    /* % */
    CALL(SV("%s-%d-%5.2f|%-4x|%#o|%c%c|%r|%%"), "__mod__", "\"a-3- 3.14|ff  |0o10|Aé|'q'|%\"",
         v_obj(tuple_pack(8, SV("a"), v_int(3), v_float(3.14159), v_int(255), v_int(8), v_int(65), SV("é"), SV("q"))));
    CALL(SV("%05d|%+d|% d|%.3d|%x"), "__mod__", "'-0003|+5| 5|-005|-ff'", v_obj(tuple_pack(5, v_int(-3), v_int(5), v_int(5), v_int(-5), v_int(-255))));
    CALL(SV("%s %s"), "__mod__", "!TypeError: not enough arguments for format string", v_obj(tuple_pack(1, v_int(1))));
    CALL(SV("%s"), "__mod__", "!TypeError: not all arguments converted during string formatting", v_obj(tuple_pack(2, v_int(1), v_int(2))));
    CALL(SV("abc"), "__mod__", "!TypeError: not all arguments converted during string formatting", v_int(5));
    CALL(SV("%d"), "__mod__", "!TypeError: %d format: a real number is required, not str", SV("x"));
    CALL(SV("%y"), "__mod__", "!ValueError: unsupported format character 'y' (0x79) at index 1", v_int(1));
    CALL(SV("%"), "__mod__", "!ValueError: incomplete format", v_int(1));
    CALL(SV("%05f|%-6.1e|%g|%G"), "__mod__", "'00inf|1.5e+00|1e-05|1E+20'", v_obj(tuple_pack(4, v_float(1.0/0.0), v_float(1.5), v_float(1e-5), v_float(1e20))));
    CALL(SV("%*d|%.*f"), "__mod__", "'    1|3.14'", v_obj(tuple_pack(4, v_int(5), v_int(1), v_int(2), v_float(3.14159))));
    CALL(SV("%.2s|%5s"), "__mod__", "'éè|    é'", v_obj(tuple_pack(2, SV("éèà"), SV("é"))));
    /* slicing and indexing through the slots */
    Value h = SV("héllo wörld");
    CHECK_STR(as_str(type_str.getitem(h, v_int(-1))), "d");
    CHECK_STR(as_str(type_str.getitem(h, v_int(1))), "é");
    Slice sl = {.hdr.type = &type_slice, .start = v_int(1), .stop = NONE, .step = v_int(2)};
    CHECK_STR(as_str(type_str.getitem(h, v_obj(&sl))), "él öl");
    Slice rev = {.hdr.type = &type_slice, .start = NONE, .stop = NONE, .step = v_int(-1)};
    CHECK_STR(as_str(type_str.getitem(h, v_obj(&rev))), "dlröw olléh");
    CHECK(is_null(type_str.getitem(h, v_int(11))) && strcmp(last_error, "string index out of range") == 0);
    err_clear();
    CHECK_STR(as_str(type_str.nb[NB_MULTIPLY](SV("ab"), v_int(3))), "ababab");
    CHECK_STR(as_str(type_str.nb[NB_MULTIPLY](v_int(2), SV("é"))), "éé");
    CHECK(is_null(type_str.nb[NB_MULTIPLY](SV("ab"), v_int(1LL << 62))) && strcmp(last_error, "repeated string is too long") == 0);
    CHECK(is_null(type_str.nb[NB_MULTIPLY](SV("ab"), v_float(2.0))) && strcmp(last_error, "can't multiply sequence by non-int of type 'float'") == 0);
    CHECK(is_null(type_str.nb[NB_ADD](SV("ab"), v_int(2))) && strcmp(last_error, "can only concatenate str (not \"int\") to str") == 0);
    err_clear();
    CHECK(type_str.contains(h, SV("wö")) == 1 && type_str.contains(h, SV("x")) == 0);
    /* construction */
    Value b = bytes_new("h\xc3\xa9\xff", 4);
    Value dargs[] = {b, SV("utf-8")};
    CHECK(is_null(type_str.new(&type_str, dargs, 2, NULL)) &&
          strcmp(last_error, "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte") == 0);
    Value dargs2[] = {b, SV("utf-8"), SV("replace")};
    CHECK_STR(as_str(type_str.new(&type_str, dargs2, 3, NULL)), "hé\xef\xbf\xbd");
    Value dargs3[] = {bytes_new("a\xe4\xb8", 3), SV("utf-8")};
    CHECK(is_null(type_str.new(&type_str, dargs3, 2, NULL)) &&
          strcmp(last_error, "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data") == 0);
    err_clear();
    /* bytes */
    CALL(bytes_new("  Hello, World  ", 16), "split", "[b'Hello,', b'World']");
    CALL(bytes_new("a,b", 3), "split", "[b'a', b'b']", bytes_new(",", 1));
    CALL(bytes_new("hello", 5), "find", "2", v_int('l'));
    CALL(bytes_new("abc", 3), "find", "!TypeError: argument should be integer or bytes-like object, not 'str'", SV("a"));
    CALL(bytes_new("abc", 3), "hex", "'616263'");
    CALL(bytes_new("abcdef", 6), "hex", "'6162:6364:6566'", SV(":"), v_int(2));
    CALL(bytes_new("\x01\xff", 2), "hex", "'01:ff'", SV(":"));
    CALL(bytes_new("", 0), "fromhex", "b'\\xde\\xad\\xbe\\xef'", SV("de ad be ef"));
    CALL(bytes_new("", 0), "fromhex", "!ValueError: non-hexadecimal number found in fromhex() arg at position 3", SV("abc"));
    CALL(bytes_new("a'b", 3), "upper", "\"A'B\"" == NULL ? "" : "b\"A'B\"");
    CALL(bytes_new("x", 1), "center", "b'**x**'", v_int(5), bytes_new("*", 1));
    CALL(bytes_new("-7", 2), "zfill", "b'-007'", v_int(4));
    CALL(bytes_new("a b", 3), "title", "b'A B'");
    CALL(bytes_new("k=v", 3), "partition", "(b'k', b'=', b'v')", bytes_new("=", 1));
    CALL(bytes_new("a\nb\r\nc", 6), "splitlines", "[b'a', b'b', b'c']");
    CALL(bytes_new("%s %d %x %r %c%%", 16), "__mod__", "b\"ab 5 ff b'x' A%\"",
         v_obj(tuple_pack(5, bytes_new("ab", 2), v_int(5), v_int(255), bytes_new("x", 1), v_int(65))));
    CALL(bytes_new("abc", 3), "decode", "'abc'");
    Value ba = bytearray_new("abc", 3);
    CALL(ba, "append", "None", v_int('d'));
    CALL(ba, "upper", "bytearray(b'ABCD')");
    CALL(ba, "pop", "100");
    CALL(ba, "append", "!ValueError: byte must be in range(0, 256)", v_int(300));
}
