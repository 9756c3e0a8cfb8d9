/* test_numbers.c — differential test of int, float, format and math against CPython.
 *
 * tests/c/gen_numbers_vectors.py evaluates a few thousand calls in CPython 3.13 and
 * writes tests/c/numbers_vectors.txt; this program replays each call through minnow's
 * runtime (operators via obj_binary_op/obj_richcompare, builtins from the builtins
 * module, methods via attribute lookup, math functions from module_init_math) and
 * compares repr(result) or the raised exception's type and message.
 *
 * Build and run (links the runtime objects from `make`, all but main.o):
 *   sh tests/c/run_numbers_test.sh [-v] [VECTORS]
 * With MINNOW_GC_STRESS=N the collector runs every N allocations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "num.h"
#include "str.h"

static Value math_module;
static Value class_mi, class_mf;     /* class MI(int): pass; class MF(float): pass */

/* type(name, (base,), {}) */
static Value make_class(const char *name, Type *base) {
    Value args[3] = {str_value_cstr(name), v_obj(tuple_pack(1, v_obj(base))), v_obj(dict_new())};
    Value ns = args[2];
    dict_set_cstr(as_dict(ns), "__module__", str_value_cstr("__main__"));
    return obj_call(v_obj(&type_type), args, 3, NULL);
}

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

static char *unhex(const char *s, size_t *n) {
    size_t len = strlen(s) / 2;
    char *buf = malloc(len + 1);
    for (size_t i = 0; i < len; i++) buf[i] = (char)(hexval(s[2 * i]) * 16 + hexval(s[2 * i + 1]));
    buf[len] = 0;
    *n = len;
    return buf;
}

/* Decode one encoded value (see gen_numbers_vectors.py). */
static Value decode(const char *s) {
    size_t n;
    char *buf;
    Value v;
    switch (s[0]) {
    case 'i': return int_from_str(s + 1, strlen(s + 1), 0);   /* "0x.." or "-0x.." */
    case 'f': return v_float(strtod(s + 1, NULL));
    case 'b': return v_bool(s[1] == '1');
    case 'n': return NONE;
    case 's':
        buf = unhex(s + 1, &n);
        v = v_str(str_new(buf, n));
        free(buf);
        return v;
    case 'y':
        buf = unhex(s + 1, &n);
        v = bytes_new(buf, n);
        free(buf);
        return v;
    case 'C': {
        char *copy = strdup(s + 1), *bar = strchr(copy, '|');
        *bar = 0;
        v = complex_new(as_float(decode(copy)), as_float(decode(bar + 1)));
        free(copy);
        return v;
    }
    case 'M': return obj_call1(class_mi, decode(s + 1));
    case 'N': return obj_call1(class_mf, decode(s + 1));
    case 'T':
        if (!strcmp(s + 1, "MI")) return class_mi;
        if (!strcmp(s + 1, "complex")) return v_obj(&type_complex);
        if (!strcmp(s + 1, "MF")) return class_mf;
        if (!strcmp(s + 1, "int")) return v_obj(&type_int);
        if (!strcmp(s + 1, "float")) return v_obj(&type_float);
        if (!strcmp(s + 1, "bool")) return v_obj(&type_bool);
        return NULLV;
    case 'l': {
        List *l = list_with_capacity(0);
        char *copy = strdup(s + 1);
        for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) list_append(l, decode(tok));
        free(copy);
        return v_obj(l);
    }
    }
    fprintf(stderr, "bad value encoding: %s\n", s);
    exit(2);
}

static const char *const binop_names[] = {
#define X(name, sym, d, r, i) #name,
    BINARY_OPS(X)
#undef X
};
static const char *const cmp_names[] = {"LT", "LE", "EQ", "NE", "GT", "GE"};

static int lookup_name(const char *const *table, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (!strcmp(table[i], name)) return i;
    fprintf(stderr, "unknown operator %s\n", name);
    exit(2);
}

/* Call f with the encoded arguments args[0..n) ("kNAME=VALUE" are keywords). */
static Value call_encoded(Value f, char **args, int n) {
    Value vals[16];
    Value kwn[16];
    int npos = 0, nkw = 0;
    Value kwvals[16];
    for (int i = 0; i < n; i++) {
        if (args[i][0] == 'k') {
            char *eq = strchr(args[i], '=');
            kwn[nkw] = v_str(str_intern(args[i] + 1, (size_t)(eq - args[i] - 1)));
            kwvals[nkw++] = decode(eq + 1);
        } else {
            vals[npos++] = decode(args[i]);
        }
    }
    for (int i = 0; i < nkw; i++) vals[npos + i] = kwvals[i];
    Tuple *kwnames = nkw ? tuple_from(kwn, (size_t)nkw) : NULL;
    return obj_call(f, vals, (size_t)npos, kwnames);
}

static Value run_case(char **f, int n) {
    const char *kind = f[0];
    if (!strcmp(kind, "bin"))
        return obj_binary_op(decode(f[2]), decode(f[3]),
                             lookup_name(binop_names, NB_COUNT, f[1]));
    if (!strcmp(kind, "cmp"))
        return obj_richcompare(decode(f[2]), decode(f[3]), lookup_name(cmp_names, 6, f[1]));
    if (!strcmp(kind, "neg")) return obj_neg(decode(f[1]));
    if (!strcmp(kind, "pos")) return obj_pos(decode(f[1]));
    if (!strcmp(kind, "inv")) return obj_invert(decode(f[1]));
    if (!strcmp(kind, "call")) {     /* a builtin by name */
        Value fn = !strcmp(f[1], "MI") ? class_mi
                 : !strcmp(f[1], "MF") ? class_mf
                 : !strcmp(f[1], "complex") ? v_obj(&type_complex)
                 : dict_get_cstr(builtins_dict, f[1]);
        if (is_null(fn)) return raise_fmt(&exc_NameError, "no builtin %s", f[1]);
        return call_encoded(fn, f + 2, n - 2);
    }
    if (!strcmp(kind, "meth")) {     /* obj.name(args) */
        Value m = obj_getattr_cstr(decode(f[2]), f[1]);
        if (is_null(m)) return NULLV;
        return call_encoded(m, f + 3, n - 3);
    }
    if (!strcmp(kind, "attr")) return obj_getattr_cstr(decode(f[2]), f[1]);
    if (!strcmp(kind, "mathc")) return obj_getattr_cstr(math_module, f[1]);   /* a constant */
    if (!strcmp(kind, "math")) {
        Value m = obj_getattr_cstr(math_module, f[1]);
        if (is_null(m)) return NULLV;
        return call_encoded(m, f + 2, n - 2);
    }
    fprintf(stderr, "unknown case kind %s\n", kind);
    exit(2);
}

/* repr of the outcome: "v<repr>" or "e<Type>:<message>". */
static char *outcome(Value r) {
    StrBuf b;
    strbuf_init(&b);
    Value s = is_null(r) ? NULLV : obj_repr(r);   /* a failing repr counts as the outcome */
    if (is_null(s)) {
        Value e = err_fetch();
        strbuf_addc(&b, 'e');
        strbuf_adds(&b, type_name_of(e));
        strbuf_addc(&b, ':');
        Value m = obj_str(e);
        if (is_null(m)) {
            err_clear();
            strbuf_adds(&b, "<str failed>");
        } else {
            strbuf_add_str(&b, as_str(m));
        }
    } else {
        strbuf_addc(&b, 'v');
        strbuf_add_str(&b, as_str(s));
    }
    Str *str = strbuf_finish(&b);
    return strdup(str->data);
}

int main(int argc, char **argv) {
    int base;
    gc_enabled = false;     /* start-up is not what this test stresses (MINNOW_GC_STRESS) */
    bool ok = interp_init(&base);
    gc_enabled = true;
    if (!ok) {
        fprintf(stderr, "interp_init failed\n");
        return 2;
    }
    const char *path = "tests/c/numbers_vectors.txt";
    bool verbose = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v")) verbose = true;
        else path = argv[i];
    }
    math_module = module_init_math();
    if (is_null(math_module)) {
        fprintf(stderr, "math module failed\n");
        return 2;
    }
    gc_add_root(&math_module);
    gc_add_root(&class_mi);
    gc_add_root(&class_mf);
    class_mi = make_class("MI", &type_int);
    class_mf = make_class("MF", &type_float);
    if (is_null(class_mi) || is_null(class_mf)) {
        Value e = err_fetch();
        Value m = obj_str(e);
        fprintf(stderr, "class creation failed: %s: %s\n", type_name_of(e),
                is_null(m) ? "?" : as_str(m)->data);
        return 2;
    }

    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return 2;
    }
    static char line[1 << 20];
    int passed = 0, failed = 0, lineno = 0;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        size_t len = strlen(line);
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (!len || line[0] == '#') continue;
        char *fields[32];
        int n = 0;
        for (char *p = line;;) {
            fields[n++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = 0;
            p = tab + 1;
        }
        const char *expected = fields[n - 1];
        char *got = outcome(run_case(fields, n - 1));
        if (!strcmp(got, expected)) {
            passed++;
            if (verbose) printf("ok %d\n", lineno);
        } else {
            failed++;
            printf("FAIL line %d:", lineno);
            for (int i = 0; i < n - 1; i++) printf(" %s", fields[i]);
            printf("\n  expected %s\n  got      %s\n", expected, got);
        }
        free(got);
    }
    fclose(fp);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
