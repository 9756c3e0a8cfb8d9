/* test_str.c — unit tests of the Str core (creation, UTF-8, hashing, interning, StrBuf,
 * str_fmt, repr) without the rest of the runtime.
 *   gcc -std=gnu11 -Wall -Wextra -Isrc -o /tmp/test_str tests/c/test_str.c \
 *       tests/c/stubs_strings.c src/str.c src/unicode_db.c && PYTHONHASHSEED=0 /tmp/test_str */
#include <stdio.h>
#include <string.h>
#include "str.h"
#include "error.h"
#include "unicode.h"

Type type_str = {.name = "str"}, type_int = {.name = "int"}, type_float = {.name = "float"},
     type_bool = {.name = "bool"}, type_none = {.name = "NoneType"}, type_bytes = {.name = "bytes"};
extern char last_error[];

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
    printf("%s (%d failures)\n", failures ? "FAILED" : "ok", failures);
    return failures != 0;
}
