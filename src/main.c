/* main.c — the command line: minnow FILE [ARGS] | -c CODE | - | --version.
 * The interpreter runs on a thread with a large stack so that deep C re-entry (repr
 * of deeply nested data, callbacks) reaches the RecursionError guard, not the end of
 * the stack. */
#include "error.h"
#include "eval.h"
#include "interp.h"
#include "compile.h"
#include "containers.h"
#include "str.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MINNOW_VERSION "0.1.0"
#define INTERP_STACK_SIZE ((size_t)1 << 30)

typedef struct Args {
    int argc;
    char **argv;
    int status;
} Args;

static void usage(void) {
    fputs("usage: minnow [--version] [-c cmd | -m module | file | -] [arg] ...\n", stderr);
}

static char *read_stream(FILE *fp, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
        }
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* The exit status for an uncaught exception (SystemExit's code, or 1 after printing). */
static int handle_uncaught(void) {
    Value exc = err_fetch();
    if (is_instance(exc, &exc_SystemExit)) {
        Value code = ((ExcObj *)as_obj(exc))->extra[0];
        if (is_none(code) || is_null(code)) return 0;
        if (is_int(code)) return (int)as_int(code);
        if (is_bool(code)) return (int)code.u.i;
        fflush(stdout);
        Value s = obj_str(code);
        if (!is_null(s)) {
            fwrite(as_str(s)->data, 1, as_str(s)->nbytes, stderr);
            fputc('\n', stderr);
        } else err_clear();
        return 1;
    }
    print_exception(exc);
    return 1;
}

static void *interp_main(void *arg) {
    Args *a = arg;
    char base;
    if (!interp_init(&base)) {
        fputs("minnow: failed to start the interpreter\n", stderr);
        a->status = 1;
        return NULL;
    }
    const char *filename;
    char *src = NULL;
    size_t len = 0;
    int first_arg;
    if (strcmp(a->argv[1], "-c") == 0) {
        if (a->argc < 3) { fputs("Argument expected for the -c option\n", stderr); a->status = 2; return NULL; }
        src = strdup(a->argv[2]);
        len = strlen(src);
        filename = "<string>";
        first_arg = 2;
    } else if (strcmp(a->argv[1], "--dis") == 0 && a->argc >= 3) {
        /* print the bytecode of a file instead of running it */
        FILE *fp = fopen(a->argv[2], "rb");
        if (!fp) { fprintf(stderr, "minnow: can't open file '%s'\n", a->argv[2]); a->status = 2; return NULL; }
        src = read_stream(fp, &len);
        fclose(fp);
        Code *co = src ? compile_source(src, len, a->argv[2], PARSE_FILE) : NULL;
        if (!co) { a->status = handle_uncaught(); return NULL; }
        disasm(co, stdout, true);
        free(src);
        return NULL;
    } else if (strcmp(a->argv[1], "-m") == 0) {
        /* run a library module as the main program: sys.path[0] is the current directory */
        if (a->argc < 3) { fputs("Argument expected for the -m option\n", stderr); a->status = 2; return NULL; }
        extern Value sys_path;
        if (!list_insert(as_list(sys_path), 0, str_value_cstr(""))) { a->status = handle_uncaught(); return NULL; }
        char *fname = NULL, *modname = NULL;
        if (!import_find_main(a->argv[2], &src, &len, &fname, &modname)) {
            Value e = err_fetch();
            Value msg = obj_str(e);
            fprintf(stderr, "minnow: %s\n", is_null(msg) ? "cannot find the module" : as_str(msg)->data);
            a->status = 1;
            return NULL;
        }
        filename = fname;
        a->argv[2] = fname;
        first_arg = 2;
        if (!sys_set_argv(a->argc - first_arg, a->argv + first_arg)) { a->status = handle_uncaught(); return NULL; }
        /* relative imports in the module resolve against its package */
        char *dot = strrchr(modname, '.');
        if (dot) *dot = 0; else modname[0] = 0;
        const char *package = modname;
        a->status = run_main_module(src, len, filename, package) ? 0 : handle_uncaught();
        free(src);
        fflush(stdout);
        return NULL;
    } else if (strcmp(a->argv[1], "-") == 0) {
        src = read_stream(stdin, &len);
        filename = "<stdin>";
        first_arg = 1;
    } else {
        filename = a->argv[1];
        FILE *fp = fopen(filename, "rb");
        if (!fp) {
            fprintf(stderr, "minnow: can't open file '%s': [Errno 2] No such file or directory\n", filename);
            a->status = 2;
            return NULL;
        }
        src = read_stream(fp, &len);
        fclose(fp);
        first_arg = 1;
    }
    if (!src) { fputs("minnow: out of memory\n", stderr); a->status = 1; return NULL; }
    char **argv = a->argv + first_arg;
    int argc = a->argc - first_arg;
    char *dash_c = "-c";
    if (strcmp(filename, "<string>") == 0) argv[0] = dash_c;
    if (!sys_set_argv(argc, argv)) { a->status = handle_uncaught(); return NULL; }
    /* sys.path[0]: the script's directory ('' for -c and stdin) */
    extern Value sys_path;
    const char *slash = strrchr(filename, '/');
    Value dir = filename[0] == '<' || !slash ? str_value_cstr("") : v_str(str_new(filename, (size_t)(slash - filename)));
    if (is_null(dir) || !list_insert(as_list(sys_path), 0, dir)) { a->status = handle_uncaught(); return NULL; }
    a->status = run_main_source(src, len, filename) ? 0 : handle_uncaught();
    free(src);
    fflush(stdout);
    fflush(stderr);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) { usage(); return 2; }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        printf("minnow %s (Python 3.13 compatible)\n", MINNOW_VERSION);
        return 0;
    }
    if (argv[1][0] == '-' && argv[1][1] && strcmp(argv[1], "-c") != 0 && strcmp(argv[1], "-m") != 0 &&
        strcmp(argv[1], "--dis") != 0) {
        fprintf(stderr, "minnow: unknown option %s\n", argv[1]);
        usage();
        return 2;
    }
    Args a = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, INTERP_STACK_SIZE);
    pthread_t th;
    if (pthread_create(&th, &attr, interp_main, &a) != 0) {
        interp_main(&a);
    } else {
        pthread_join(th, NULL);
    }
    fflush(stdout);
    return a.status;
}
