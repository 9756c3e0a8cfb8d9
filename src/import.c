/* import.c — the import system: sys.modules, native modules, modules frozen into the
 * binary from lib/, and .py files and packages found along sys.path. */
#include "compile.h"
#include "containers.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "module.h"
#include "str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

Value sys_modules;      /* dict */
Value sys_path;         /* list */

Value module_dict_sys_modules(void) { return sys_modules; }

/* Frozen library modules (generated from lib/ at build time). */
typedef struct FrozenModule {
    const char *name;
    const char *source;
    bool is_package;
} FrozenModule;
extern const FrozenModule frozen_modules[];

typedef struct NativeModule {
    const char *name;
    Value (*init)(void);
} NativeModule;
static const NativeModule native_modules[] = {
#define X(n) {#n, module_init_##n},
    NATIVE_MODULES(X)
#undef X
    {NULL, NULL},
};

static Value raise_not_found(Str *name) {
    Value r = raise_fmt(&exc_ModuleNotFoundError, "No module named '%s'", name->data);
    Value e = err_peek();
    if (is_instance(e, &exc_ImportError)) ((ExcObj *)as_obj(e))->extra[1] = v_str(name);
    return r;
}

static char *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    if (fseek(fp, 0, SEEK_END) != 0) { fclose(fp); return NULL; }
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!buf) { fclose(fp); return NULL; }
    *len = fread(buf, 1, (size_t)n, fp);
    buf[*len] = 0;
    fclose(fp);
    return buf;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Execute source as module `name`; the module is in sys.modules while it runs. */
static Value exec_module_source(Str *name, const char *src, size_t len, const char *filename, Value path_list) {
    Value m = module_new(name->data);
    if (is_null(m)) return NULLV;
    Dict *d = module_dict(m);
    const char *dot = strrchr(name->data, '.');
    Value pkg = !is_null(path_list) ? v_str(name) : dot ? v_str(str_new(name->data, (size_t)(dot - name->data))) : str_value_cstr("");
    if (dict_set_str(d, names.__file__, str_value_cstr(filename)) < 0 ||
        dict_set_str(d, names.__package__, pkg) < 0 ||
        dict_set_str(d, names.__builtins__, v_obj(builtins_dict)) < 0)
        return NULLV;
    if (!is_null(path_list) && dict_set_str(d, names.__path__, path_list) < 0) return NULLV;
    if (dict_set(as_dict(sys_modules), v_str(name), m) < 0) return NULLV;
    Code *co = compile_source(src, len, filename, PARSE_FILE);
    Value r = co ? eval_code(co, d, NULL) : NULLV;
    if (is_null(r)) {
        Value exc = err_fetch();
        dict_del(as_dict(sys_modules), v_str(name));
        err_clear();
        err_restore(exc);
        return NULLV;
    }
    /* the module may have replaced itself in sys.modules */
    Value final = dict_get(as_dict(sys_modules), v_str(name));
    return is_null(final) ? m : final;
}

static Value load_from_path(Str *name, const char *last, Value search) {
    if (!is_list(search)) return NULLV;
    List *dirs = as_list(search);
    for (size_t i = 0; i < dirs->len; i++) {
        if (!is_str(dirs->items[i])) continue;
        const char *dir = as_str(dirs->items[i])->data;
        const char *sep = *dir ? "/" : "";
        char path[4096];
        snprintf(path, sizeof path, "%s%s%s/__init__.py", dir, sep, last);
        if (is_file(path)) {
            size_t len;
            char *src = read_file(path, &len);
            if (!src) continue;
            char pkgdir[4096];
            snprintf(pkgdir, sizeof pkgdir, "%s%s%s", dir, sep, last);
            List *pl = list_with_capacity(1);
            Value r = NULLV;
            if (pl && list_append(pl, str_value_cstr(pkgdir)))
                r = exec_module_source(name, src, len, path, v_obj(pl));
            free(src);
            return r;
        }
        snprintf(path, sizeof path, "%s%s%s.py", dir, sep, last);
        if (is_file(path)) {
            size_t len;
            char *src = read_file(path, &len);
            if (!src) continue;
            Value r = exec_module_source(name, src, len, path, NULLV);
            free(src);
            return r;
        }
    }
    return NULLV;
}

static Value load_module(Str *name, Value parent) {
    Value m = dict_get(as_dict(sys_modules), v_str(name));
    if (!is_null(m)) return m;
    if (err_occurred()) return NULLV;
    const char *last = strrchr(name->data, '.');
    last = last ? last + 1 : name->data;
    if (is_null(parent)) {
        for (const NativeModule *n = native_modules; n->name; n++)
            if (strcmp(n->name, name->data) == 0) {
                m = n->init();
                if (is_null(m)) return NULLV;
                if (dict_set(as_dict(sys_modules), v_str(name), m) < 0) return NULLV;
                return m;
            }
    }
    Value search = is_null(parent) ? sys_path : obj_getattr_opt(parent, names.__path__);
    if (err_occurred()) return NULLV;
    m = load_from_path(name, last, search);
    if (!is_null(m) || err_occurred()) goto bind;
    for (const FrozenModule *fm = frozen_modules; fm->name; fm++)
        if (strcmp(fm->name, name->data) == 0) {
            Value path_list = NULLV;
            if (fm->is_package) {
                List *pl = list_with_capacity(0);
                if (!pl) return NULLV;
                path_list = v_obj(pl);
            }
            char filename[512];
            snprintf(filename, sizeof filename, "<frozen %s>", fm->name);
            m = exec_module_source(name, fm->source, strlen(fm->source), filename, path_list);
            goto bind;
        }
    return raise_not_found(name);
bind:
    if (!is_null(m) && !is_null(parent)) {
        Str *attr = str_intern_cstr(last);
        if (!attr || obj_setattr(parent, attr, m) < 0) return NULLV;
    }
    return m;
}

/* The package a relative import starts from. */
static Str *resolve_package(Dict *globals, int level) {
    Value pkg = globals ? dict_get_str(globals, names.__package__) : NULLV;
    if (!is_str(pkg) || as_str(pkg)->nbytes == 0) {
        Value name = globals ? dict_get_str(globals, names.__name__) : NULLV;
        Value path = globals ? dict_get_str(globals, names.__path__) : NULLV;
        if (!is_str(name) || (is_str(pkg) && as_str(pkg)->nbytes == 0 && is_null(path))) {
            raise_msg(&exc_ImportError, "attempted relative import with no known parent package");
            return NULL;
        }
        if (!is_null(path)) pkg = name;
        else {
            const char *dot = strrchr(as_str(name)->data, '.');
            if (!dot) {
                raise_msg(&exc_ImportError, "attempted relative import with no known parent package");
                return NULL;
            }
            pkg = v_str(str_new(as_str(name)->data, (size_t)(dot - as_str(name)->data)));
        }
    }
    Str *base = as_str(pkg);
    for (int i = 1; i < level; i++) {
        const char *dot = strrchr(base->data, '.');
        if (!dot) {
            raise_msg(&exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        base = str_new(base->data, (size_t)(dot - base->data));
        if (!base) return NULL;
    }
    return base;
}

Value import_module(Str *name, Dict *globals, Value fromlist, int level) {
    Str *full = name;
    if (level > 0) {
        Str *base = resolve_package(globals, level);
        if (!base) return NULLV;
        full = name->nbytes ? str_fmt("%s.%s", base->data, name->data) : base;
        if (!full) return NULLV;
    } else if (name->nbytes == 0) {
        return raise_msg(&exc_ValueError, "Empty module name");
    }
    /* import every prefix: a, a.b, a.b.c */
    Value top = NULLV, parent = NULLV, m = NULLV;
    const char *p = full->data;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - full->data) : full->nbytes;
        Str *prefix = str_new(full->data, n);
        if (!prefix) return NULLV;
        m = load_module(prefix, parent);
        if (is_null(m)) return NULLV;
        if (is_null(top)) top = m;
        if (!dot) break;
        parent = m;
        p = dot + 1;
    }
    int wants_from = is_null(fromlist) || is_none(fromlist) ? 0 : obj_truthy(fromlist);
    if (wants_from < 0) return NULLV;
    if (!wants_from) {
        if (level > 0 && name->nbytes == 0) return m;
        if (level > 0) {
            /* `from . import x` style returns the final module; plain relative imports the
             * first component after the package */
            return m;
        }
        return top;
    }
    /* import submodules named in the fromlist */
    Value path = obj_getattr_opt(m, names.__path__);
    if (is_null(path)) { if (err_occurred()) return NULLV; return m; }
    Value it = obj_iter(fromlist);
    if (is_null(it)) return NULLV;
    for (;;) {
        Value item = obj_next(it);
        if (is_null(item)) { if (err_occurred()) return NULLV; break; }
        if (!is_str(item) || str_eq_cstr(as_str(item), "*")) continue;
        Value has = obj_getattr_opt(m, as_str(item));
        if (!is_null(has)) continue;
        if (err_occurred()) return NULLV;
        Value mname = obj_getattr_opt(m, names.__name__);
        if (!is_str(mname)) continue;
        Str *sub = str_fmt("%s.%s", as_str(mname)->data, as_str(item)->data);
        if (!sub) return NULLV;
        Value r = load_module(sub, m);
        if (is_null(r)) {
            if (err_matches(&exc_ModuleNotFoundError)) { err_clear(); continue; }
            return NULLV;
        }
    }
    return m;
}

/* `minnow -m name`: the source of module `name` (for a package, of name.__main__) without
 * executing it.  Parent packages are imported.  Returns malloc'd source, filename and the
 * module's full name, or false with ModuleNotFoundError raised. */
bool import_find_main(const char *name, char **src, size_t *len, char **filename, char **modname) {
    char full[1024];
    snprintf(full, sizeof full, "%s", name);
    for (int round = 0; round < 2; round++) {
        const char *dot = strrchr(full, '.');
        Value search = sys_path;
        if (dot) {
            Str *parent = str_new(full, (size_t)(dot - full));
            if (!parent) return false;
            Value pm = import_module(parent, NULL, NONE, 0);
            if (is_null(pm)) return false;
            search = obj_getattr_opt(pm, names.__path__);
            if (is_null(search)) { err_clear(); search = NONE; }
        }
        const char *last = dot ? dot + 1 : full;
        if (is_list(search))
            for (size_t i = 0; i < as_list(search)->len; i++) {
                Value d = as_list(search)->items[i];
                if (!is_str(d)) continue;
                const char *dir = as_str(d)->data, *sep = *dir ? "/" : "";
                char path[4096];
                snprintf(path, sizeof path, "%s%s%s/__init__.py", dir, sep, last);
                if (is_file(path)) goto package;
                snprintf(path, sizeof path, "%s%s%s.py", dir, sep, last);
                if (is_file(path) && (*src = read_file(path, len))) {
                    *filename = strdup(path);
                    *modname = strdup(full);
                    return true;
                }
            }
        for (const FrozenModule *fm = frozen_modules; fm->name; fm++)
            if (strcmp(fm->name, full) == 0) {
                if (fm->is_package) goto package;
                *len = strlen(fm->source);
                *src = strdup(fm->source);
                char fn[600];
                snprintf(fn, sizeof fn, "<frozen %s>", fm->name);
                *filename = strdup(fn);
                *modname = strdup(full);
                return true;
            }
        raise_fmt(&exc_ModuleNotFoundError, "No module named %s", full);
        return false;
    package:
        if (round) break;
        /* a package runs its __main__ submodule */
        size_t n = strlen(full);
        snprintf(full + n, sizeof full - n, ".__main__");
    }
    raise_fmt(&exc_ImportError, "No module named %s; '%s' is a package and cannot be directly executed", full, name);
    return false;
}

void import_init(void) {
    gc_add_root(&sys_modules);
    gc_add_root(&sys_path);
    sys_modules = v_obj(dict_new());
    sys_path = v_obj(list_with_capacity(4));
}
