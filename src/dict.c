/* dict.c — insertion-ordered hash table (CPython's compact layout: an index table of
 * int64 slots pointing into a dense entries array), its views and iterators.
 *
 * User __eq__ may run during a lookup and mutate the dict; every change bumps
 * d->version, and a lookup that sees the version move restarts from scratch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "str.h"

enum { IX_EMPTY = -1, IX_DUMMY = -2, DICT_MINSIZE = 8, PERTURB_SHIFT = 5 };

static uint64_t dict_versions;      /* global, so a version is never reused */

static inline void dict_touch(Dict *d) {
    d->version = ++dict_versions;
    if (d->hdr.flags & DICT_OF_TYPE) type_epoch++;
}

static inline bool key_hash(Value key, int64_t *h) {
    if (is_str(key)) {
        *h = str_hash(as_str(key));
        return true;
    }
    return obj_hash(key, h);
}

/* ---- the table ---- */

static size_t usable_entries(size_t nindices) { return nindices * 2 / 3; }

/* An index slot that holds no entry (empty or dummy) on hash's probe path. */
static size_t find_free_slot(Dict *d, int64_t hash) {
    size_t mask = d->nindices - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->indices[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with at least `min_indices` index slots, dropping deleted entries. */
static bool dict_resize(Dict *d, size_t min_indices) {
    size_t ni = DICT_MINSIZE;
    while (ni < min_indices) ni <<= 1;
    size_t cap = usable_entries(ni);
    if (cap < d->len) cap = d->len;
    size_t bytes = ni * sizeof(int64_t) + cap * sizeof(DictEntry);
    int64_t *block = malloc(bytes);
    if (!block) {
        raise_no_memory();
        return false;
    }
    int64_t *old = d->indices;
    DictEntry *olde = d->entries;
    size_t oldn = d->nentries;
    int64_t oldbytes = (int64_t)(d->nindices * sizeof(int64_t) + d->capacity * sizeof(DictEntry));
    memset(block, 0xff, ni * sizeof(int64_t));   /* all IX_EMPTY */
    d->indices = block;
    d->entries = (DictEntry *)(block + ni);
    d->nindices = ni;
    d->capacity = cap;
    size_t n = 0;
    for (size_t k = 0; k < oldn; k++) {
        if (is_null(olde[k].key)) continue;
        d->entries[n] = olde[k];
        d->indices[find_free_slot(d, olde[k].hash)] = (int64_t)n;
        n++;
    }
    d->nentries = n;
    d->fill = n;
    free(old);
    gc_note_external((int64_t)bytes - oldbytes);
    dict_touch(d);
    return true;
}

/* The entry index of key, or -1 if absent, -2 on error.  *slotp gets the index slot. */
static int64_t dict_lookup(Dict *d, Value key, int64_t hash, size_t *slotp) {
restart:
    if (d->nindices == 0) return -1;
    size_t mask = d->nindices - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (v_is(e->key, key)) {
                *slotp = i;
                return ix;
            }
            if (e->hash == hash) {
                if (is_str(e->key) && is_str(key)) {
                    if (str_eq(as_str(e->key), as_str(key))) {
                        *slotp = i;
                        return ix;
                    }
                } else {
                    uint64_t version = d->version;
                    Value startkey = e->key;
                    int eq = obj_eq(startkey, key);
                    if (eq < 0) return -2;
                    if (d->version != version) goto restart;
                    if (eq) {
                        *slotp = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Append a new entry (the key is known to be absent). */
static bool dict_append_entry(Dict *d, Value key, int64_t hash, Value value) {
    /* fill bounds the dummies too (popitem reuses entry indexes), so lookups always
     * reach an empty slot */
    if ((d->nentries >= d->capacity || d->fill >= d->capacity) && !dict_resize(d, d->len * 3))
        return false;
    size_t slot = find_free_slot(d, hash);
    if (d->indices[slot] == IX_EMPTY) d->fill++;
    d->indices[slot] = (int64_t)d->nentries;
    d->entries[d->nentries] = (DictEntry){.hash = hash, .key = key, .value = value};
    d->nentries++;
    d->len++;
    dict_touch(d);
    return true;
}

static int dict_insert(Dict *d, Value key, int64_t hash, Value value) {
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        dict_touch(d);
        return 0;
    }
    return dict_append_entry(d, key, hash, value) ? 0 : -1;
}

/* Remove the entry at index ix whose index slot is `slot`. */
static void dict_remove_at(Dict *d, int64_t ix, size_t slot) {
    d->indices[slot] = IX_DUMMY;
    d->entries[ix].key = NULLV;
    d->entries[ix].value = NULLV;
    d->len--;
    dict_touch(d);
}

/* ---- the C API ---- */

static Dict *dict_alloc(Type *type) {
    size_t size = type->basicsize > sizeof(Dict) ? type->basicsize : sizeof(Dict);
    Dict *d = gc_alloc(type, size);
    if (d) dict_touch(d);
    return d;
}

Dict *dict_new(void) { return dict_alloc(&type_dict); }

Value dict_get(Dict *d, Value key) {
    int64_t hash;
    if (!key_hash(key, &hash)) return NULLV;
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : NULLV;
}

int dict_set(Dict *d, Value key, Value value) {
    int64_t hash;
    if (!key_hash(key, &hash)) return -1;
    return dict_insert(d, key, hash, value);
}

int dict_del(Dict *d, Value key) {
    int64_t hash;
    if (!key_hash(key, &hash)) return -1;
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix == -1) {
        raise_with_arg(&exc_KeyError, key);
        return -1;
    }
    dict_remove_at(d, ix, slot);
    return 0;
}

int dict_contains(Dict *d, Value key) {
    int64_t hash;
    if (!key_hash(key, &hash)) return -1;
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    return ix == -2 ? -1 : ix >= 0;
}

/* Str keys only ever match str keys here, so no user code runs and nothing raises. */
static int64_t dict_lookup_str(Dict *d, Str *key, size_t *slotp) {
    if (d->nindices == 0) return -1;
    int64_t hash = str_hash(key);
    size_t mask = d->nindices - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (is_obj(e->key) &&
                (e->key.u.o == (Obj *)key ||
                 (e->hash == hash && is_str(e->key) && str_eq(as_str(e->key), key)))) {
                *slotp = i;
                return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void dict_mark_changed(Dict *d) { dict_touch(d); }

Value dict_get_str(Dict *d, Str *key) {
    size_t slot;
    int64_t ix = dict_lookup_str(d, key, &slot);
    return ix >= 0 ? d->entries[ix].value : NULLV;
}

int dict_set_str(Dict *d, Str *key, Value value) {
    size_t slot;
    int64_t ix = dict_lookup_str(d, key, &slot);
    if (ix >= 0) {
        d->entries[ix].value = value;
        dict_touch(d);
        return 0;
    }
    return dict_insert(d, v_str(key), str_hash(key), value);
}

int dict_set_cstr(Dict *d, const char *key, Value value) {
    Str *k = str_intern_cstr(key);
    return k ? dict_set_str(d, k, value) : -1;
}

Value dict_get_cstr(Dict *d, const char *key) {
    Str *k = str_intern_cstr(key);
    if (!k) {
        err_clear();
        return NULLV;
    }
    return dict_get_str(d, k);
}

int dict_del_str(Dict *d, Str *key) {
    size_t slot;
    int64_t ix = dict_lookup_str(d, key, &slot);
    if (ix < 0) {
        raise_with_arg(&exc_KeyError, v_str(key));
        return -1;
    }
    dict_remove_at(d, ix, slot);
    return 0;
}

Value dict_pop(Dict *d, Value key, Value deflt) {
    int64_t hash;
    if (!key_hash(key, &hash)) return NULLV;
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == -2) return NULLV;
    if (ix == -1) {
        if (is_null(deflt)) return raise_with_arg(&exc_KeyError, key);
        return deflt;
    }
    Value v = d->entries[ix].value;
    dict_remove_at(d, ix, slot);
    return v;
}

bool dict_next(Dict *d, size_t *pos, Value *key, Value *value) {
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (is_null(e->key)) continue;
        if (key) *key = e->key;
        if (value) *value = e->value;
        return true;
    }
    return false;
}

void dict_clear(Dict *d) {
    int64_t bytes = (int64_t)(d->nindices * sizeof(int64_t) + d->capacity * sizeof(DictEntry));
    free(d->indices);
    if (bytes) gc_note_external(-bytes);
    d->indices = NULL;
    d->entries = NULL;
    d->len = d->nentries = d->capacity = d->nindices = d->fill = 0;
    dict_touch(d);
}

bool dict_merge(Dict *d, Dict *other, bool override) {
    if (other == d || other->len == 0) return true;
    if (d->len == 0 && d->capacity < other->len && !dict_resize(d, other->len * 3 / 2 + 1))
        return false;
    /* Index-based with bounds re-read: user __eq__ may mutate either dict. */
    for (size_t i = 0; i < other->nentries; i++) {
        DictEntry e = other->entries[i];
        if (is_null(e.key)) continue;
        if (override) {
            if (dict_insert(d, e.key, e.hash, e.value) < 0) return false;
        } else {
            size_t slot;
            int64_t ix = dict_lookup(d, e.key, e.hash, &slot);
            if (ix == -2) return false;
            if (ix == -1 && !dict_append_entry(d, e.key, e.hash, e.value)) return false;
        }
    }
    return true;
}

Dict *dict_copy(Dict *d) {
    Dict *r = dict_new();
    if (!r || d->len == 0) return r;
    if (!dict_resize(r, d->len * 3 / 2 + 1)) return NULL;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (is_null(e->key)) continue;
        r->indices[find_free_slot(r, e->hash)] = (int64_t)r->nentries;
        r->entries[r->nentries++] = *e;
        r->len++;
        r->fill++;
    }
    return r;
}

/* Items of a key/value pair for dict(iterable): a tuple or list snapshot. */
static bool pair_items(Value item, size_t index, Value *k, Value *v) {
    Value *items;
    size_t n;
    List *l = NULL;
    if (tuple_check(item)) {
        items = as_tuple(item)->items;
        n = as_tuple(item)->len;
    } else if (list_check(item)) {
        items = as_list(item)->items;
        n = as_list(item)->len;
    } else {
        Value it = obj_iter(item);
        if (is_null(it)) {
            if (err_matches(&exc_TypeError)) {
                err_clear();
                raise_fmt(&exc_TypeError,
                          "cannot convert dictionary update sequence element #%zu to a sequence", index);
            }
            return false;
        }
        l = seq_to_list(it);
        if (!l) return false;
        items = l->items;
        n = l->len;
    }
    if (n != 2) {
        raise_fmt(&exc_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required",
                  index, n);
        return false;
    }
    *k = items[0];
    *v = items[1];
    return true;
}

static bool dict_merge_pairs(Dict *d, Value seq) {
    Value it = obj_iter(seq);
    if (is_null(it)) return false;
    for (size_t i = 0;; i++) {
        Value item = obj_next(it);
        if (is_null(item)) return !err_occurred();
        Value k, v;
        if (!pair_items(item, i, &k, &v) || dict_set(d, k, v) < 0) return false;
    }
}

static Value dict_iter(Value self);

/* d.update(other) for a mapping with keys() (any object with a `keys` attribute). */
static bool dict_merge_mapping(Dict *d, Value other) {
    if (dict_check(other) && type_of(other)->iter == dict_iter) return dict_merge(d, as_dict(other), true);
    Value keys = obj_call_method(other, "keys", NULL, 0);
    if (is_null(keys)) return false;
    Value it = obj_iter(keys);
    if (is_null(it)) return false;
    for (;;) {
        Value k = obj_next(it);
        if (is_null(k)) return !err_occurred();
        Value v = obj_getitem(other, k);
        if (is_null(v) || dict_set(d, k, v) < 0) return false;
    }
}

bool dict_update(Dict *d, Value other) {
    if (is_dict(other)) return dict_merge(d, as_dict(other), true);
    Value keys = obj_getattr_opt(other, names.keys);
    if (!is_null(keys)) return dict_merge_mapping(d, other);
    if (err_occurred()) return false;
    return dict_merge_pairs(d, other);
}

/* ---- slots ---- */

static void dict_trace(Obj *o) {
    Dict *d = (Dict *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark_value(d->entries[i].key);
        gc_mark_value(d->entries[i].value);
    }
    trace_instance_dict(o);
}

static void dict_finalize(Obj *o) { dict_clear((Dict *)o); }

static Value dict_new_slot(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    Dict *d = dict_alloc(type);
    return d ? v_obj(d) : NULLV;
}

/* The keyword arguments of a call as dict items. */
static bool dict_update_kwargs(Dict *d, Value *args, size_t nargs, Tuple *kwnames) {
    if (!kwnames) return true;
    for (size_t i = 0; i < kwnames->len; i++)
        if (dict_set(d, kwnames->items[i], args[nargs + i]) < 0) return false;
    return true;
}

static Value dict_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs > 1) return raise_fmt(&exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
    Dict *d = as_dict(self);
    if (nargs && !dict_update(d, args[0])) return NULLV;
    return dict_update_kwargs(d, args, nargs, kwnames) ? NONE : NULLV;
}

static Value dict_repr(Value self) {
    Dict *d = as_dict(self);
    if (d->len == 0) return str_value_cstr("{}");
    if (!repr_enter(self.u.o)) return str_value_cstr("{...}");
    StrBuf b;
    strbuf_init(&b);
    strbuf_addc(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {     /* bounds re-read: reprs may mutate */
        DictEntry e = d->entries[i];
        if (is_null(e.key)) continue;
        if (!first) strbuf_add(&b, ", ", 2);
        first = false;
        Value r = obj_repr(e.key);
        if (is_null(r)) goto fail;
        strbuf_add_str(&b, as_str(r));
        strbuf_add(&b, ": ", 2);
        r = obj_repr(e.value);
        if (is_null(r)) goto fail;
        strbuf_add_str(&b, as_str(r));
    }
    strbuf_addc(&b, '}');
    repr_leave(self.u.o);
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
fail:
    strbuf_free(&b);
    repr_leave(self.u.o);
    return NULLV;
}

/* 1 if a and b hold the same items, 0 if not, -1 on error. */
static int dict_equal(Dict *a, Dict *b) {
    if (a->len != b->len) return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (is_null(e.key)) continue;
        size_t slot;
        int64_t ix = dict_lookup(b, e.key, e.hash, &slot);
        if (ix == -2) return -1;
        if (ix == -1) return 0;
        int eq = obj_eq(e.value, b->entries[ix].value);
        if (eq <= 0) return eq;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op) {
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE)) return NotImplemented;
    int eq = dict_equal(as_dict(a), as_dict(b));
    if (eq < 0) return NULLV;
    return v_bool((eq == 1) == (op == CMP_EQ));
}

static int64_t dict_len(Value self) { return (int64_t)as_dict(self)->len; }

/* Call a special method found on the type (binding it first if it is a descriptor). */
static Value call_special1(Value self, Value fn, Value arg) {
    Type *ft = type_of(fn);
    if (ft->descr_get) {
        fn = ft->descr_get(fn, self, v_obj(type_of(self)));
        if (is_null(fn)) return NULLV;
    }
    return obj_call1(fn, arg);
}

static Value dict_getitem(Value self, Value key) {
    Dict *d = as_dict(self);
    int64_t hash;
    if (!key_hash(key, &hash)) return NULLV;
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    if (ix >= 0) return d->entries[ix].value;
    if (ix == -2) return NULLV;
    if (!is_dict(self)) {
        Value missing = type_lookup(type_of(self), names.__missing__);
        if (!is_null(missing)) return call_special1(self, missing, key);
    }
    return raise_with_arg(&exc_KeyError, key);
}

static int dict_setitem(Value self, Value key, Value v) {
    if (is_null(v)) return dict_del(as_dict(self), key);
    return dict_set(as_dict(self), key, v);
}

static int dict_contains_slot(Value self, Value key) { return dict_contains(as_dict(self), key); }

static Value dict_or(Value a, Value b) {
    if (!dict_check(a) || !dict_check(b)) return NotImplemented;
    Dict *r = dict_copy(as_dict(a));
    if (!r || !dict_update(r, b)) return NULLV;
    return v_obj(r);
}

static Value dict_ior(Value a, Value b) {
    if (!dict_check(a)) return NotImplemented;
    return dict_update(as_dict(a), b) ? a : NULLV;
}

/* ---- methods ---- */

static Value dict_get_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.get", nargs, kwnames, 1, 2)) return NULLV;
    Value v = dict_get(as_dict(self), args[0]);
    if (!is_null(v)) return v;
    if (err_occurred()) return NULLV;
    return nargs > 1 ? args[1] : NONE;
}

static Value dict_setdefault_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.setdefault", nargs, kwnames, 1, 2)) return NULLV;
    Dict *d = as_dict(self);
    int64_t hash;
    if (!key_hash(args[0], &hash)) return NULLV;
    size_t slot;
    int64_t ix = dict_lookup(d, args[0], hash, &slot);
    if (ix == -2) return NULLV;
    if (ix >= 0) return d->entries[ix].value;
    Value deflt = nargs > 1 ? args[1] : NONE;
    return dict_append_entry(d, args[0], hash, deflt) ? deflt : NULLV;
}

static Value dict_pop_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.pop", nargs, kwnames, 1, 2)) return NULLV;
    return dict_pop(as_dict(self), args[0], nargs > 1 ? args[1] : NULLV);
}

static Value dict_popitem_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.popitem", nargs, kwnames, 0, 0)) return NULLV;
    Dict *d = as_dict(self);
    if (d->len == 0) return raise_with_arg(&exc_KeyError, str_value_cstr("popitem(): dictionary is empty"));
    size_t i = d->nentries;
    while (is_null(d->entries[i - 1].key)) i--;
    DictEntry e = d->entries[i - 1];
    Tuple *r = tuple_pack(2, e.key, e.value);
    if (!r) return NULLV;
    /* find the index slot pointing at entry i-1 */
    size_t mask = d->nindices - 1, s = (size_t)e.hash & mask;
    uint64_t perturb = (uint64_t)e.hash;
    while (d->indices[s] != (int64_t)(i - 1)) {
        perturb >>= PERTURB_SHIFT;
        s = (s * 5 + perturb + 1) & mask;
    }
    dict_remove_at(d, (int64_t)(i - 1), s);
    d->nentries = i - 1;    /* trailing deleted entries can be reused */
    return v_obj(r);
}

static Value dict_update_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.update", nargs, NULL, 0, 1)) return NULLV;
    Dict *d = as_dict(self);
    if (nargs && !dict_update(d, args[0])) return NULLV;
    return dict_update_kwargs(d, args, nargs, kwnames) ? NONE : NULLV;
}

static Value dict_copy_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.copy", nargs, kwnames, 0, 0)) return NULLV;
    Dict *r = dict_copy(as_dict(self));
    return r ? v_obj(r) : NULLV;
}

static Value dict_clear_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.clear", nargs, kwnames, 0, 0)) return NULLV;
    dict_clear(as_dict(self));
    return NONE;
}

/* dict.fromkeys(iterable, value=None): a classmethod, self is the class. */
static Value dict_fromkeys_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.fromkeys", nargs, kwnames, 1, 2)) return NULLV;
    if (!is_instance(self, &type_type)) self = v_obj(type_of(self));    /* called on an instance */
    Value value = nargs > 1 ? args[1] : NONE;
    Value d = obj_call0(self);
    if (is_null(d)) return NULLV;
    Value it = obj_iter(args[0]);
    if (is_null(it)) return NULLV;
    for (;;) {
        Value k = obj_next(it);
        if (is_null(k)) return err_occurred() ? NULLV : d;
        int rc = is_dict(d) ? dict_set(as_dict(d), k, value) : obj_setitem(d, k, value);
        if (rc < 0) return NULLV;
    }
}

static Value dict_sizeof_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Dict *d = as_dict(self);
    return v_int((int64_t)(sizeof(Dict) + d->nindices * sizeof(int64_t) + d->capacity * sizeof(DictEntry)));
}

/* ---- views ---- */

typedef struct DictView {
    Obj hdr;
    Dict *dict;
} DictView;

static Value view_new(Type *type, Value self) {
    DictView *v = gc_alloc(type, sizeof(DictView));
    if (!v) return NULLV;
    v->dict = as_dict(self);
    return v_obj(v);
}

static Value dict_keys_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.keys", nargs, kwnames, 0, 0)) return NULLV;
    return view_new(&type_dict_keys, self);
}
static Value dict_values_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.values", nargs, kwnames, 0, 0)) return NULLV;
    return view_new(&type_dict_values, self);
}
static Value dict_items_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.items", nargs, kwnames, 0, 0)) return NULLV;
    return view_new(&type_dict_items, self);
}

static void view_trace(Obj *o) { gc_mark_obj(((DictView *)o)->dict); }

static inline Dict *view_dict(Value v) { return ((DictView *)v.u.o)->dict; }

static bool is_setlike_view(Value v) {
    return is_type(v, &type_dict_keys) || is_type(v, &type_dict_items);
}

static int64_t view_len(Value self) { return (int64_t)view_dict(self)->len; }

static Value view_repr(Value self) {
    if (!repr_enter(self.u.o)) return str_value_cstr("...");
    List *l = seq_to_list(self);
    Value lv = l ? v_obj(l) : NULLV;
    Str *s = l ? str_fmt("%s(%R)", type_of(self)->name, &lv) : NULL;
    repr_leave(self.u.o);
    return s ? v_str(s) : NULLV;
}

static int keys_contains(Value self, Value key) { return dict_contains(view_dict(self), key); }

static int items_contains(Value self, Value item) {
    if (!tuple_check(item) || as_tuple(item)->len != 2) return 0;
    Value v = dict_get(view_dict(self), as_tuple(item)->items[0]);
    if (is_null(v)) return err_occurred() ? -1 : 0;
    return obj_eq(v, as_tuple(item)->items[1]);
}

static int values_contains(Value self, Value item) {
    Dict *d = view_dict(self);
    for (size_t i = 0; i < d->nentries; i++) {
        Value v = d->entries[i].value;
        if (is_null(d->entries[i].key)) continue;
        int eq = obj_eq(v, item);
        if (eq) return eq;
    }
    return 0;
}

/* Is every item of a in b? 1, 0, -1. */
static int all_contained_in(Value a, Value b) {
    Value it = obj_iter(a);
    if (is_null(it)) return -1;
    for (;;) {
        Value x = obj_next(it);
        if (is_null(x)) return err_occurred() ? -1 : 1;
        int in = obj_contains(b, x);
        if (in <= 0) return in;
    }
}

static Value view_richcompare(Value a, Value b, int op) {
    if (!is_setlike_view(a) || (!is_anyset(b) && !is_setlike_view(b))) return NotImplemented;
    int64_t la = obj_len(a), lb = obj_len(b);
    if (la < 0 || lb < 0) return NULLV;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT: if (la < lb) ok = all_contained_in(a, b); break;
    case CMP_LE: if (la <= lb) ok = all_contained_in(a, b); break;
    case CMP_GT: if (la > lb) ok = all_contained_in(b, a); break;
    case CMP_GE: if (la >= lb) ok = all_contained_in(b, a); break;
    }
    return ok < 0 ? NULLV : v_bool(ok);
}

/* set(view) — a keys view of an exact dict reads the dict directly, like CPython. */
static Set *view_to_set(Value v) {
    if (is_type(v, &type_dict_keys) && is_dict(v_obj(view_dict(v)))) v = v_obj(view_dict(v));
    Set *s = set_new(&type_set);
    if (!s || !set_update(s, v)) return NULL;
    return s;
}

static Value view_sub(Value a, Value b) {
    Set *s = view_to_set(a);
    if (!s) return NULLV;
    return set_difference_update(s, b) ? v_obj(s) : NULLV;
}

static Value view_or(Value a, Value b) {
    Set *s = view_to_set(a);
    if (!s || !set_update(s, b)) return NULLV;
    return v_obj(s);
}

static Value view_and(Value a, Value b) {
    if (!is_setlike_view(a)) {      /* reflected: & is commutative */
        Value t = a;
        a = b;
        b = t;
    }
    int64_t la = view_len(a);
    if (is_type(b, &type_set) && la <= (int64_t)as_set(b)->used) {
        Set *r = set_intersection(as_set(b), a);
        return r ? v_obj(r) : NULLV;
    }
    if (is_setlike_view(b) && view_len(b) > la) {
        Value t = a;
        a = b;
        b = t;
    }
    Set *s = set_new(&type_set);
    if (!s) return NULLV;
    Value it = obj_iter(b);
    if (is_null(it)) return NULLV;
    int (*contains)(Value, Value) = is_type(a, &type_dict_keys) ? keys_contains : items_contains;
    for (;;) {
        Value x = obj_next(it);
        if (is_null(x)) return err_occurred() ? NULLV : v_obj(s);
        int in = contains(a, x);
        if (in < 0 || (in && set_add(s, x) < 0)) return NULLV;
    }
}

/* items ^ items: compare values of common keys directly. */
static Value items_xor(Dict *d1, Dict *d2) {
    Set *s = set_new(&type_set);
    if (!s) return NULLV;
    Dict *ds[2] = {d1, d2};
    for (int side = 0; side < 2; side++) {
        Dict *d = ds[side], *other = ds[1 - side];
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (is_null(e.key)) continue;
            size_t slot;
            int64_t ix = dict_lookup(other, e.key, e.hash, &slot);
            if (ix == -2) return NULLV;
            int eq = 0;
            if (ix >= 0) {
                eq = obj_eq(e.value, other->entries[ix].value);
                if (eq < 0) return NULLV;
            }
            if (!eq) {
                Tuple *t = tuple_pack(2, e.key, e.value);
                if (!t || set_add(s, v_obj(t)) < 0) return NULLV;
            }
        }
    }
    return v_obj(s);
}

static Value view_xor(Value a, Value b) {
    if (is_type(a, &type_dict_items) && is_type(b, &type_dict_items))
        return items_xor(view_dict(a), view_dict(b));
    Set *s = view_to_set(a);
    if (!s) return NULLV;
    return set_symmetric_difference_update(s, b) ? v_obj(s) : NULLV;
}

static Value view_isdisjoint_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    char qual[40];
    snprintf(qual, sizeof qual, "%s.isdisjoint", type_of(self)->name);
    if (!check_one_arg(qual, nargs, kwnames)) return NULLV;
    Value other = args[0];
    if (v_is(self, other)) return v_bool(view_len(self) == 0);
    if (is_anyset(other) || is_setlike_view(other)) {
        int64_t lo = obj_len(other);
        if (lo < 0) return NULLV;
        if (lo > view_len(self)) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    Value it = obj_iter(other);
    if (is_null(it)) return NULLV;
    for (;;) {
        Value x = obj_next(it);
        if (is_null(x)) return err_occurred() ? NULLV : TRUEV;
        int in = obj_contains(self, x);
        if (in < 0) return NULLV;
        if (in) return FALSEV;
    }
}

/* ---- iterators ---- */

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct DictIter {
    Obj hdr;
    Dict *dict;             /* NULL once exhausted */
    int64_t pos;            /* next entry index (reverse: the one to look at) */
    int64_t used;           /* dict size when the iteration started; -1 after an error */
    int64_t remaining;
    int kind;
} DictIter;

static void dictiter_trace(Obj *o) { gc_mark_obj(((DictIter *)o)->dict); }

static Value dictiter_new(Type *type, Dict *d, int kind, bool reverse) {
    DictIter *it = gc_alloc(type, sizeof(DictIter));
    if (!it) return NULLV;
    it->dict = d;
    it->used = (int64_t)d->len;
    it->remaining = (int64_t)d->len;
    it->pos = reverse ? (int64_t)d->nentries - 1 : 0;
    it->kind = kind;
    return v_obj(it);
}

static Value dictiter_result(DictIter *it, DictEntry *e) {
    if (it->kind == ITER_KEYS) return e->key;
    if (it->kind == ITER_VALUES) return e->value;
    Tuple *t = tuple_pack(2, e->key, e->value);
    return t ? v_obj(t) : NULLV;
}

static bool dictiter_check(DictIter *it) {
    if ((int64_t)it->dict->len != it->used) {
        it->used = -1;      /* stays broken */
        raise_msg(&exc_RuntimeError, "dictionary changed size during iteration");
        return false;
    }
    return true;
}

static Value dictiter_next(Value self) {
    DictIter *it = (DictIter *)self.u.o;
    Dict *d = it->dict;
    if (!d) return NULLV;
    if (!dictiter_check(it)) return NULLV;
    while ((size_t)it->pos < d->nentries) {
        DictEntry *e = &d->entries[it->pos++];
        if (is_null(e->key)) continue;
        if (it->remaining <= 0) {
            it->remaining = -1;
            return raise_msg(&exc_RuntimeError, "dictionary keys changed during iteration");
        }
        it->remaining--;
        return dictiter_result(it, e);
    }
    it->dict = NULL;
    return NULLV;
}

static Value dictreviter_next(Value self) {
    DictIter *it = (DictIter *)self.u.o;
    Dict *d = it->dict;
    if (!d) return NULLV;
    if (!dictiter_check(it)) return NULLV;
    for (; it->pos >= 0; it->pos--) {
        if ((size_t)it->pos >= d->nentries) continue;
        DictEntry *e = &d->entries[it->pos];
        if (is_null(e->key)) continue;
        it->pos--;
        it->remaining--;
        return dictiter_result(it, e);
    }
    it->dict = NULL;
    return NULLV;
}

static Value dictiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    DictIter *it = (DictIter *)self.u.o;
    if (it->dict && it->used == (int64_t)it->dict->len && it->remaining > 0) return v_int(it->remaining);
    return v_int(0);
}

static Value dict_iter(Value self) {
    return dictiter_new(&type_dict_keyiterator, as_dict(self), ITER_KEYS, false);
}

static Value dict_reversed_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("dict.__reversed__", nargs, kwnames, 0, 0)) return NULLV;
    return dictiter_new(&type_dict_reversekeyiterator, as_dict(self), ITER_KEYS, true);
}

static Value keys_iter(Value self) {
    return dictiter_new(&type_dict_keyiterator, view_dict(self), ITER_KEYS, false);
}
static Value values_iter(Value self) {
    return dictiter_new(&type_dict_valueiterator, view_dict(self), ITER_VALUES, false);
}
static Value items_iter(Value self) {
    return dictiter_new(&type_dict_itemiterator, view_dict(self), ITER_ITEMS, false);
}
static Value keys_reversed_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return dictiter_new(&type_dict_reversekeyiterator, view_dict(self), ITER_KEYS, true);
}
static Value values_reversed_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return dictiter_new(&type_dict_reversevalueiterator, view_dict(self), ITER_VALUES, true);
}
static Value items_reversed_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return dictiter_new(&type_dict_reverseitemiterator, view_dict(self), ITER_ITEMS, true);
}

/* ---- type objects ---- */

static const MethodDef dict_methods[] = {
    {"get", dict_get_m, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_m, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", dict_pop_m, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", dict_popitem_m, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", dict_keys_m, 0, "Return a set-like object providing a view on the dict's keys."},
    {"values", dict_values_m, 0, "Return an object providing a view on the dict's values."},
    {"items", dict_items_m, 0, "Return a set-like object providing a view on the dict's items."},
    {"update", dict_update_m, 0, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"copy", dict_copy_m, 0, "Return a shallow copy of the dict."},
    {"clear", dict_clear_m, 0, "Remove all items from the dict."},
    {"fromkeys", dict_fromkeys_m, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", dict_reversed_m, 0, "Return a reverse iterator over the dict keys."},
    {"__sizeof__", dict_sizeof_m, 0, NULL},
    {"__class_getitem__", class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

Type type_dict = {
    .name = "dict",
    .basicsize = sizeof(Dict),
    .flags = TPF_BASETYPE | TPF_DICT_SUBCLASS,
    .trace = dict_trace,
    .finalize = dict_finalize,
    .new = dict_new_slot,
    .init = dict_init,
    .repr = dict_repr,
    .hash = hash_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint_m, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint_m, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define SET_OPS {[NB_AND] = view_and, [NB_OR] = view_or, [NB_SUBTRACT] = view_sub, [NB_XOR] = view_xor}

Type type_dict_keys = {
    .name = "dict_keys",
    .basicsize = sizeof(DictView),
    .trace = view_trace,
    .repr = view_repr,
    .hash = hash_unhashable,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .nb = SET_OPS,
    .len = view_len,
    .contains = keys_contains,
    .methods = keys_methods,
};

Type type_dict_items = {
    .name = "dict_items",
    .basicsize = sizeof(DictView),
    .trace = view_trace,
    .repr = view_repr,
    .hash = hash_unhashable,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .nb = SET_OPS,
    .len = view_len,
    .contains = items_contains,
    .methods = items_methods,
};

Type type_dict_values = {
    .name = "dict_values",
    .basicsize = sizeof(DictView),
    .trace = view_trace,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .contains = values_contains,
    .methods = values_methods,
};

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)                                                 \
    Type cname = {                                                                            \
        .name = pyname,                                                                       \
        .basicsize = sizeof(DictIter),                                                        \
        .trace = dictiter_trace,                                                              \
        .iter = iter_return_self,                                                             \
        .next = nextfn,                                                                       \
        .methods = dictiter_methods,                                                          \
    };
DICT_ITER_TYPE(type_dict_keyiterator, "dict_keyiterator", dictiter_next)
DICT_ITER_TYPE(type_dict_valueiterator, "dict_valueiterator", dictiter_next)
DICT_ITER_TYPE(type_dict_itemiterator, "dict_itemiterator", dictiter_next)
DICT_ITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator", dictreviter_next)
DICT_ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator", dictreviter_next)
DICT_ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator", dictreviter_next)
