/* set.c — set and frozenset.
 *
 * The table follows CPython's setobject.c closely (linear probing runs of LINEAR_PROBES
 * slots, then perturbed jumps; a table that starts at 8 inline slots and grows at 60%
 * fill; the same bulk-update fast paths) because a set's iteration order is visible in
 * every printed set, and programs compare it against CPython's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "str.h"

enum { LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

static inline bool entry_active(const SetEntry *e) { return !is_null(e->key); }

static inline bool key_hash(Value key, int64_t *h) {
    if (is_str(key)) {
        *h = str_hash(as_str(key));
        return true;
    }
    return obj_hash(key, h);
}

static bool is_set_sub(Type *t) {
    return t == &type_set || ((t->flags & TPF_HEAPTYPE) && type_is_subtype(t, &type_set));
}

static bool is_frozenset_sub(Type *t) {
    return t == &type_frozenset || ((t->flags & TPF_HEAPTYPE) && type_is_subtype(t, &type_frozenset));
}

bool is_anyset(Value v) {
    if (!is_obj(v)) return false;
    Type *t = v.u.o->type;
    return is_set_sub(t) || is_frozenset_sub(t);
}

/* set or a subclass of set (not frozenset): the keys converted to frozenset on lookup */
static bool is_mutable_set(Value v) { return is_obj(v) && is_set_sub(v.u.o->type); }

/* ---- the table ---- */

static void set_free_table(Set *so) {
    if (so->table != so->smalltable) {
        free(so->table);
        gc_note_external(-(int64_t)((so->mask + 1) * sizeof(SetEntry)));
    }
}

/* The active slot holding key, or NULL when absent (*err set on error). */
static SetEntry *set_lookkey(Set *so, Value key, int64_t hash, bool *err) {
restart:;
    SetEntry *table = so->table;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && is_null(entry->key)) return NULL;
            if (entry->hash == hash) {      /* dummies have hash -1: never equal */
                Value startkey = entry->key;
                if (v_is(startkey, key)) return entry;
                if (is_str(startkey) && is_str(key)) {
                    if (str_eq(as_str(startkey), as_str(key))) return entry;
                } else {
                    int cmp = obj_eq(startkey, key);
                    if (cmp < 0) {
                        *err = true;
                        return NULL;
                    }
                    if (so->table != table || (size_t)so->mask != mask || !v_is(entry->key, startkey))
                        goto restart;
                    if (cmp > 0) return entry;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert into a table known to hold no dummies and not the key. */
static void set_insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (is_null(entry->key)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (is_null(entry->key)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

static bool set_table_resize(Set *so, int64_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    SetEntry *oldtable = so->table, *newtable;
    size_t oldmask = (size_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return true;     /* no dummies to drop */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
        memset(newtable, 0, sizeof(so->smalltable));
    } else {
        newtable = calloc(newsize, sizeof(SetEntry));
        if (!newtable) {
            raise_no_memory();
            return false;
        }
        gc_note_external((int64_t)(newsize * sizeof(SetEntry)));
    }
    so->mask = (int64_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (size_t k = 0; k <= oldmask; k++)
        if (entry_active(&oldtable[k])) set_insert_clean(newtable, newsize - 1, oldtable[k].key, oldtable[k].hash);
    if (old_malloced) {
        free(oldtable);
        gc_note_external(-(int64_t)((oldmask + 1) * sizeof(SetEntry)));
    }
    return true;
}

static int set_add_entry(Set *so, Value key, int64_t hash) {
restart:;
    SetEntry *table = so->table, *freeslot = NULL, *entry;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && is_null(entry->key)) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (v_is(startkey, key)) return 0;
                if (is_str(startkey) && is_str(key)) {
                    if (str_eq(as_str(startkey), as_str(key))) return 0;
                } else {
                    int cmp = obj_eq(startkey, key);
                    if (cmp > 0) return 0;
                    if (cmp < 0) return -1;
                    if (so->table != table || (size_t)so->mask != mask || !v_is(entry->key, startkey))
                        goto restart;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_entry(Set *so, Value key, int64_t hash) {
    bool err = false;
    SetEntry *e = set_lookkey(so, key, hash, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = NULLV;
    e->hash = -1;
    so->used--;
    return 1;
}

static int set_contains_entry(Set *so, Value key, int64_t hash) {
    bool err = false;
    SetEntry *e = set_lookkey(so, key, hash, &err);
    return err ? -1 : e != NULL;
}

static void set_clear_internal(Set *so) {
    set_free_table(so);
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
}

/* The next active entry at or after *pos (bounds re-read: the table may change). */
static bool set_next_entry(Set *so, size_t *pos, SetEntry *out) {
    size_t i = *pos;
    while (i <= (size_t)so->mask && !entry_active(&so->table[i])) i++;
    *pos = i + 1;
    if (i > (size_t)so->mask) return false;
    *out = so->table[i];
    return true;
}

static void set_swap_bodies(Set *a, Set *b) {
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    SetEntry tab[SET_MINSIZE];
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
    SetEntry *ta = a->table, *tb = b->table;
    a->table = b_small ? a->smalltable : tb;
    b->table = a_small ? b->smalltable : ta;
    int64_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    a->hash = b->hash = -1;
}

/* ---- construction and bulk updates ---- */

Set *set_new(Type *type) {
    size_t size = type->basicsize > sizeof(Set) ? type->basicsize : sizeof(Set);
    Set *so = gc_alloc(type, size);
    if (!so) return NULL;
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    return so;
}

static bool set_merge(Set *so, Set *other) {
    if (other == so || other->used == 0) return true;
    /* one big resize up front: expect few overlapping keys */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        !set_table_resize(so, (so->used + other->used) * 2))
        return false;
    SetEntry *se = so->table, *oe = other->table;
    /* empty target of the same size and no dummies in the source: copy slot by slot */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++)
            if (entry_active(&oe[i])) se[i] = oe[i];
        so->fill = other->fill;
        so->used = other->used;
        return true;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++)
            if (entry_active(&oe[i])) set_insert_clean(se, (size_t)so->mask, oe[i].key, oe[i].hash);
        return true;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (entry_active(&e) && set_add_entry(so, e.key, e.hash) < 0) return false;
    }
    return true;
}

static bool set_update_internal(Set *so, Value other) {
    if (is_anyset(other)) return set_merge(so, as_set(other));
    if (is_dict(other)) {
        Dict *d = as_dict(other);
        if ((so->fill + (int64_t)d->len) * 5 >= so->mask * 3 &&
            !set_table_resize(so, (so->used + (int64_t)d->len) * 2))
            return false;
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (!is_null(e.key) && set_add_entry(so, e.key, e.hash) < 0) return false;
        }
        return true;
    }
    Value it = obj_iter(other);
    if (is_null(it)) return false;
    for (;;) {
        Value key = obj_next(it);
        if (is_null(key)) return !err_occurred();
        if (set_add(so, key) < 0) return false;
    }
}

static Set *make_new_set(Type *type, Value iterable) {
    Set *so = set_new(type);
    if (!so) return NULL;
    if (!is_null(iterable) && !set_update_internal(so, iterable)) return NULL;
    return so;
}

/* Results of set operations are plain sets or frozensets, even for subclasses. */
static Set *make_new_set_basetype(Type *type, Value iterable) {
    if (type != &type_set && type != &type_frozenset)
        type = is_set_sub(type) ? &type_set : &type_frozenset;
    return make_new_set(type, iterable);
}

static Set *set_copy(Set *so) { return make_new_set_basetype(OBJ_TYPE(so), v_obj(so)); }

/* ---- the C API ---- */

int set_add(Set *s, Value v) {
    int64_t hash;
    if (!key_hash(v, &hash)) return -1;
    return set_add_entry(s, v, hash);
}

int set_contains(Set *s, Value v) {
    int64_t hash;
    if (!key_hash(v, &hash)) return -1;
    return set_contains_entry(s, v, hash);
}

int set_discard(Set *s, Value v) {
    int64_t hash;
    if (!key_hash(v, &hash)) return -1;
    return set_discard_entry(s, v, hash);
}

bool set_update(Set *s, Value iterable) { return set_update_internal(s, iterable); }

bool set_next(Set *s, size_t *pos, Value *key) {
    SetEntry e;
    if (!set_next_entry(s, pos, &e)) return false;
    *key = e.key;
    return true;
}

Value frozenset_from(Value iterable) {
    if (is_type(iterable, &type_frozenset)) return iterable;
    Set *s = make_new_set(&type_frozenset, iterable);
    return s ? v_obj(s) : NULLV;
}

/* ---- set algebra (CPython's algorithms, so results come out in the same order) ---- */

Set *set_intersection(Set *so, Value other) {
    if (v_is(v_obj(so), other)) return set_copy(so);
    Set *result = make_new_set_basetype(OBJ_TYPE(so), NULLV);
    if (!result) return NULL;
    if (is_anyset(other)) {
        Set *a = so, *b = as_set(other);
        if (b->used > a->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        SetEntry e;
        while (set_next_entry(b, &pos, &e)) {
            int rv = set_contains_entry(a, e.key, e.hash);
            if (rv < 0 || (rv && set_add_entry(result, e.key, e.hash) < 0)) return NULL;
        }
        return result;
    }
    Value it = obj_iter(other);
    if (is_null(it)) return NULL;
    for (;;) {
        Value key = obj_next(it);
        if (is_null(key)) return err_occurred() ? NULL : result;
        int64_t hash;
        if (!key_hash(key, &hash)) return NULL;
        int rv = set_contains_entry(so, key, hash);
        if (rv < 0) return NULL;
        if (rv) {
            if (set_add_entry(result, key, hash) < 0) return NULL;
            if (result->used >= so->used) return result;
        }
    }
}

bool set_difference_update(Set *so, Value other) {
    if (v_is(v_obj(so), other)) {
        set_clear_internal(so);
        return true;
    }
    if (is_anyset(other)) {
        Set *o = as_set(other);
        /* much bigger other: only the common keys matter */
        if ((o->used >> 3) > so->used) {
            o = set_intersection(so, other);
            if (!o) return false;
        }
        size_t pos = 0;
        SetEntry e;
        while (set_next_entry(o, &pos, &e))
            if (set_discard_entry(so, e.key, e.hash) < 0) return false;
    } else {
        Value it = obj_iter(other);
        if (is_null(it)) return false;
        for (;;) {
            Value key = obj_next(it);
            if (is_null(key)) {
                if (err_occurred()) return false;
                break;
            }
            if (set_discard(so, key) < 0) return false;
        }
    }
    /* more than 1/4 dummies: rebuild */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return true;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Set *set_difference(Set *so, Value other) {
    int64_t other_size;
    if (is_anyset(other)) other_size = as_set(other)->used;
    else if (is_dict(other)) other_size = (int64_t)as_dict(other)->len;
    else other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        Set *r = set_copy(so);
        if (!r || !set_difference_update(r, other)) return NULL;
        return r;
    }
    Set *result = make_new_set_basetype(OBJ_TYPE(so), NULLV);
    if (!result) return NULL;
    size_t pos = 0;
    SetEntry e;
    while (set_next_entry(so, &pos, &e)) {
        int rv;
        if (is_dict(other)) {
            rv = dict_contains(as_dict(other), e.key);
        } else {
            rv = set_contains_entry(as_set(other), e.key, e.hash);
        }
        if (rv < 0 || (!rv && set_add_entry(result, e.key, e.hash) < 0)) return NULL;
    }
    return result;
}

bool set_symmetric_difference_update(Set *so, Value other) {
    if (v_is(v_obj(so), other)) {
        set_clear_internal(so);
        return true;
    }
    if (is_dict(other)) {
        Dict *d = as_dict(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (is_null(e.key)) continue;
            int rv = set_discard_entry(so, e.key, e.hash);
            if (rv < 0 || (rv == 0 && set_add_entry(so, e.key, e.hash) < 0)) return false;
        }
        return true;
    }
    Set *o = is_anyset(other) ? as_set(other) : make_new_set_basetype(OBJ_TYPE(so), other);
    if (!o) return false;
    size_t pos = 0;
    SetEntry e;
    while (set_next_entry(o, &pos, &e)) {
        int rv = set_discard_entry(so, e.key, e.hash);
        if (rv < 0 || (rv == 0 && set_add_entry(so, e.key, e.hash) < 0)) return false;
    }
    return true;
}

static Set *set_symmetric_difference(Set *so, Value other) {
    Set *r = make_new_set_basetype(OBJ_TYPE(so), other);
    if (!r || !set_symmetric_difference_update(r, v_obj(so))) return NULL;
    return r;
}

/* 1, 0, -1 */
static int set_issubset(Set *so, Value other) {
    if (!is_anyset(other)) {
        Set *tmp = make_new_set(&type_set, other);
        if (!tmp) return -1;
        other = v_obj(tmp);
    }
    Set *o = as_set(other);
    if (so->used > o->used) return 0;
    size_t pos = 0;
    SetEntry e;
    while (set_next_entry(so, &pos, &e)) {
        int rv = set_contains_entry(o, e.key, e.hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int set_issuperset(Set *so, Value other) {
    if (is_anyset(other)) return set_issubset(as_set(other), v_obj(so));
    Value it = obj_iter(other);
    if (is_null(it)) return -1;
    for (;;) {
        Value key = obj_next(it);
        if (is_null(key)) return err_occurred() ? -1 : 1;
        int rv = set_contains(so, key);
        if (rv <= 0) return rv;
    }
}

static int set_isdisjoint(Set *so, Value other) {
    if (v_is(v_obj(so), other)) return so->used == 0;
    if (is_type(other, &type_set) || is_type(other, &type_frozenset)) {
        Set *a = so, *b = as_set(other);
        if (b->used > a->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        SetEntry e;
        while (set_next_entry(b, &pos, &e)) {
            int rv = set_contains_entry(a, e.key, e.hash);
            if (rv) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = obj_iter(other);
    if (is_null(it)) return -1;
    for (;;) {
        Value key = obj_next(it);
        if (is_null(key)) return err_occurred() ? -1 : 1;
        int rv = set_contains(so, key);
        if (rv) return rv < 0 ? -1 : 0;
    }
}

/* ---- slots ---- */

static void set_trace(Obj *o) {
    Set *so = (Set *)o;
    for (int64_t i = 0; i <= so->mask; i++) gc_mark_value(so->table[i].key);
    trace_instance_dict(o);
}

static void set_finalize(Obj *o) { set_free_table((Set *)o); }

static Value set_new_slot(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    Set *so = set_new(type);
    return so ? v_obj(so) : NULLV;
}

static Value set_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return raise_msg(&exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1) return raise_fmt(&exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
    Set *so = as_set(self);
    if (so->fill) set_clear_internal(so);
    if (nargs && !set_update_internal(so, args[0])) return NULLV;
    return NONE;
}

static Value frozenset_new_slot(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return raise_msg(&exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1) return raise_fmt(&exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
    if (type == &type_frozenset && nargs && is_type(args[0], &type_frozenset)) return args[0];
    Set *so = make_new_set(type, nargs ? args[0] : NULLV);
    return so ? v_obj(so) : NULLV;
}

static Value set_repr(Value self) {
    Set *so = as_set(self);
    const char *name = type_of(self)->name;
    bool plain = is_type(self, &type_set);
    if (so->used == 0) {
        Str *s = str_fmt("%s()", name);
        return s ? v_str(s) : NULLV;
    }
    if (!repr_enter(self.u.o)) {
        Str *s = str_fmt("%s(...)", name);
        return s ? v_str(s) : NULLV;
    }
    List *keys = list_with_capacity((size_t)so->used);
    size_t pos = 0;
    Value k;
    while (keys && set_next(so, &pos, &k))
        if (!list_append(keys, k)) keys = NULL;
    StrBuf b;
    strbuf_init(&b);
    if (!plain) {
        strbuf_adds(&b, name);
        strbuf_addc(&b, '(');
    }
    strbuf_addc(&b, '{');
    for (size_t i = 0; keys && i < keys->len; i++) {
        if (i) strbuf_add(&b, ", ", 2);
        Value r = obj_repr(keys->items[i]);
        if (is_null(r)) keys = NULL;
        else strbuf_add_str(&b, as_str(r));
    }
    repr_leave(self.u.o);
    if (!keys) {
        strbuf_free(&b);
        return NULLV;
    }
    strbuf_addc(&b, '}');
    if (!plain) strbuf_addc(&b, ')');
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static bool frozenset_hash(Value self, int64_t *out) {
    Set *so = as_set(self);
    if (so->hash != -1) {
        *out = so->hash;
        return true;
    }
    /* xor is order-independent; CPython folds every slot in and then cancels the empty
     * and dummy ones, which amounts to the active entries only */
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++)
        if (entry_active(&so->table[i])) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (int64_t)hash;
    *out = so->hash;
    return true;
}

static Value set_richcompare(Value a, Value b, int op) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented;
    Set *v = as_set(a), *w = as_set(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (v->used != w->used) r = 0;
        else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) r = 0;
        else r = set_issubset(v, b);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LE: r = set_issubset(v, b); break;
    case CMP_GE: r = set_issuperset(v, b); break;
    case CMP_LT: r = v->used >= w->used ? 0 : set_issubset(v, b); break;
    default: r = v->used <= w->used ? 0 : set_issuperset(v, b); break;
    }
    return r < 0 ? NULLV : v_bool(r);
}

static int64_t set_len(Value self) { return as_set(self)->used; }

/* `key in s`, `s.remove(key)`...: an unhashable set key is looked up as a frozenset. */
static int set_contains_key_conv(Set *so, Value key, int (*op)(Set *, Value)) {
    int rv = op(so, key);
    if (rv < 0 && is_mutable_set(key) && err_matches(&exc_TypeError)) {
        err_clear();
        Set *tmp = make_new_set(&type_frozenset, key);
        if (!tmp) return -1;
        rv = op(so, v_obj(tmp));
    }
    return rv;
}

static int set_contains_slot(Value self, Value key) {
    return set_contains_key_conv(as_set(self), key, set_contains);
}

static Value set_or(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented;
    Set *r = set_copy(as_set(a));
    if (!r) return NULLV;
    if (v_is(a, b)) return v_obj(r);
    return set_update_internal(r, b) ? v_obj(r) : NULLV;
}

static Value set_and(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented;
    Set *r = set_intersection(as_set(a), b);
    return r ? v_obj(r) : NULLV;
}

static Value set_sub(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented;
    Set *r = set_difference(as_set(a), b);
    return r ? v_obj(r) : NULLV;
}

static Value set_xor(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented;
    Set *r = set_symmetric_difference(as_set(a), b);
    return r ? v_obj(r) : NULLV;
}

static bool set_intersection_update(Set *so, Value other) {
    Set *tmp = set_intersection(so, other);
    if (!tmp) return false;
    set_swap_bodies(so, tmp);
    return true;
}

static Value set_ior(Value a, Value b) {
    if (!is_anyset(b) || !is_anyset(a)) return NotImplemented;
    return set_update_internal(as_set(a), b) ? a : NULLV;
}

static Value set_iand(Value a, Value b) {
    if (!is_anyset(b) || !is_anyset(a)) return NotImplemented;
    return set_intersection_update(as_set(a), b) ? a : NULLV;
}

static Value set_isub(Value a, Value b) {
    if (!is_anyset(b) || !is_anyset(a)) return NotImplemented;
    return set_difference_update(as_set(a), b) ? a : NULLV;
}

static Value set_ixor(Value a, Value b) {
    if (!is_anyset(b) || !is_anyset(a)) return NotImplemented;
    return set_symmetric_difference_update(as_set(a), b) ? a : NULLV;
}

/* ---- methods ---- */

/* "set" or "frozenset": the qualname prefix of argument errors */
static const char *kind_of(Value self) { return is_mutable_set(self) ? "set" : "frozenset"; }

static bool check_one(Value self, const char *method, size_t nargs, Tuple *kwnames) {
    char qual[64];
    snprintf(qual, sizeof qual, "%s.%s", kind_of(self), method);
    return check_one_arg(qual, nargs, kwnames);
}

static bool check_none(Value self, const char *method, size_t nargs, Tuple *kwnames) {
    char qual[64];
    snprintf(qual, sizeof qual, "%s.%s", kind_of(self), method);
    return check_method_args(qual, nargs, kwnames, 0, 0);
}

static bool check_varargs(Value self, const char *method, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s.%s() takes no keyword arguments", kind_of(self), method);
        return false;
    }
    return true;
}

static Value set_add_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "add", nargs, kwnames)) return NULLV;
    return set_add(as_set(self), args[0]) < 0 ? NULLV : NONE;
}

static Value set_discard_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "discard", nargs, kwnames)) return NULLV;
    return set_contains_key_conv(as_set(self), args[0], set_discard) < 0 ? NULLV : NONE;
}

static Value set_remove_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "remove", nargs, kwnames)) return NULLV;
    int rv = set_contains_key_conv(as_set(self), args[0], set_discard);
    if (rv < 0) return NULLV;
    if (rv == 0) return raise_with_arg(&exc_KeyError, args[0]);
    return NONE;
}

static Value set_pop_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_none(self, "pop", nargs, kwnames)) return NULLV;
    Set *so = as_set(self);
    if (so->used == 0) return raise_with_arg(&exc_KeyError, str_value_cstr("pop from an empty set"));
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!entry_active(entry)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Value key = entry->key;
    entry->key = NULLV;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static Value set_clear_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_none(self, "clear", nargs, kwnames)) return NULLV;
    set_clear_internal(as_set(self));
    return NONE;
}

static Value set_copy_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_none(self, "copy", nargs, kwnames)) return NULLV;
    if (is_type(self, &type_frozenset)) return self;
    Set *r = set_copy(as_set(self));
    return r ? v_obj(r) : NULLV;
}

static Value set_union_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_varargs(self, "union", kwnames)) return NULLV;
    Set *r = set_copy(as_set(self));
    if (!r) return NULLV;
    for (size_t i = 0; i < nargs; i++) {
        if (v_is(self, args[i])) continue;
        if (!set_update_internal(r, args[i])) return NULLV;
    }
    return v_obj(r);
}

static Value set_update_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_varargs(self, "update", kwnames)) return NULLV;
    for (size_t i = 0; i < nargs; i++)
        if (!set_update_internal(as_set(self), args[i])) return NULLV;
    return NONE;
}

static Set *set_intersection_multi(Value self, Value *args, size_t nargs) {
    if (nargs == 0) return set_copy(as_set(self));
    Set *r = as_set(self);
    for (size_t i = 0; i < nargs && r; i++) r = set_intersection(r, args[i]);
    return r;
}

static Value set_intersection_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_varargs(self, "intersection", kwnames)) return NULLV;
    Set *r = set_intersection_multi(self, args, nargs);
    return r ? v_obj(r) : NULLV;
}

static Value set_intersection_update_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_varargs(self, "intersection_update", kwnames)) return NULLV;
    Set *tmp = set_intersection_multi(self, args, nargs);
    if (!tmp) return NULLV;
    set_swap_bodies(as_set(self), tmp);
    return NONE;
}

static Value set_difference_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_varargs(self, "difference", kwnames)) return NULLV;
    if (nargs == 0) {
        Set *r = set_copy(as_set(self));
        return r ? v_obj(r) : NULLV;
    }
    Set *r = set_difference(as_set(self), args[0]);
    for (size_t i = 1; i < nargs && r; i++)
        if (!set_difference_update(r, args[i])) r = NULL;
    return r ? v_obj(r) : NULLV;
}

static Value set_difference_update_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_varargs(self, "difference_update", kwnames)) return NULLV;
    for (size_t i = 0; i < nargs; i++)
        if (!set_difference_update(as_set(self), args[i])) return NULLV;
    return NONE;
}

static Value set_symmetric_difference_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "symmetric_difference", nargs, kwnames)) return NULLV;
    Set *r = set_symmetric_difference(as_set(self), args[0]);
    return r ? v_obj(r) : NULLV;
}

static Value set_symmetric_difference_update_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "symmetric_difference_update", nargs, kwnames)) return NULLV;
    return set_symmetric_difference_update(as_set(self), args[0]) ? NONE : NULLV;
}

static Value set_issubset_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "issubset", nargs, kwnames)) return NULLV;
    int r = set_issubset(as_set(self), args[0]);
    return r < 0 ? NULLV : v_bool(r);
}

static Value set_issuperset_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "issuperset", nargs, kwnames)) return NULLV;
    int r = set_issuperset(as_set(self), args[0]);
    return r < 0 ? NULLV : v_bool(r);
}

static Value set_isdisjoint_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "isdisjoint", nargs, kwnames)) return NULLV;
    int r = set_isdisjoint(as_set(self), args[0]);
    return r < 0 ? NULLV : v_bool(r);
}

static Value set_contains_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one(self, "__contains__", nargs, kwnames)) return NULLV;
    int r = set_contains_slot(self, args[0]);
    return r < 0 ? NULLV : v_bool(r);
}

static Value set_sizeof_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Set *so = as_set(self);
    size_t n = sizeof(Set);
    if (so->table != so->smalltable) n += (size_t)(so->mask + 1) * sizeof(SetEntry);
    return v_int((int64_t)n);
}

/* ---- iterator ---- */

typedef struct SetIter {
    Obj hdr;
    Set *set;               /* NULL once exhausted */
    size_t pos;
    int64_t used;           /* size at creation; -1 after a size change was reported */
    int64_t remaining;
} SetIter;

static void setiter_trace(Obj *o) { gc_mark_obj(((SetIter *)o)->set); }

static Value set_iter(Value self) {
    SetIter *it = gc_alloc(&type_set_iterator, sizeof(SetIter));
    if (!it) return NULLV;
    it->set = as_set(self);
    it->used = it->remaining = as_set(self)->used;
    return v_obj(it);
}

static Value setiter_next(Value self) {
    SetIter *it = (SetIter *)self.u.o;
    Set *so = it->set;
    if (!so) return NULLV;
    if (it->used != so->used) {
        it->used = -1;
        return raise_msg(&exc_RuntimeError, "Set changed size during iteration");
    }
    Value key;
    if (!set_next(so, &it->pos, &key)) {
        it->set = NULL;
        return NULLV;
    }
    it->remaining--;
    return key;
}

static Value setiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    SetIter *it = (SetIter *)self.u.o;
    if (it->set && it->used == it->set->used && it->remaining > 0) return v_int(it->remaining);
    return v_int(0);
}

/* ---- type objects ---- */

static const MethodDef set_methods[] = {
    {"add", set_add_m, 0, "Add an element to a set."},
    {"clear", set_clear_m, 0, "Remove all elements from this set."},
    {"copy", set_copy_m, 0, "Return a shallow copy of a set."},
    {"discard", set_discard_m, 0, "Remove an element from a set if it is a member."},
    {"difference", set_difference_m, 0, "Return a new set with elements in the set that are not in the others."},
    {"difference_update", set_difference_update_m, 0, "Update the set, removing elements found in others."},
    {"intersection", set_intersection_m, 0, "Return a new set with elements common to the set and all others."},
    {"intersection_update", set_intersection_update_m, 0, "Update the set, keeping only elements found in it and all others."},
    {"isdisjoint", set_isdisjoint_m, 0, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_m, 0, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_m, 0, "Report whether this set contains another set."},
    {"pop", set_pop_m, 0, "Remove and return an arbitrary set element."},
    {"remove", set_remove_m, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", set_symmetric_difference_m, 0, "Return a new set with elements in either the set or other but not both."},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 0, "Update the set, keeping only elements found in either set, but not in both."},
    {"union", set_union_m, 0, "Return a new set with elements from the set and all others."},
    {"update", set_update_m, 0, "Update the set, adding elements from all others."},
    {"__contains__", set_contains_m, 0, NULL},
    {"__sizeof__", set_sizeof_m, 0, NULL},
    {"__class_getitem__", class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_copy_m, 0, "Return a shallow copy of a set."},
    {"difference", set_difference_m, 0, "Return a new set with elements in the set that are not in the others."},
    {"intersection", set_intersection_m, 0, "Return a new set with elements common to the set and all others."},
    {"isdisjoint", set_isdisjoint_m, 0, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_m, 0, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_m, 0, "Report whether this set contains another set."},
    {"symmetric_difference", set_symmetric_difference_m, 0, "Return a new set with elements in either the set or other but not both."},
    {"union", set_union_m, 0, "Return a new set with elements from the set and all others."},
    {"__contains__", set_contains_m, 0, NULL},
    {"__sizeof__", set_sizeof_m, 0, NULL},
    {"__class_getitem__", class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

Type type_set = {
    .name = "set",
    .basicsize = sizeof(Set),
    .flags = TPF_BASETYPE,
    .trace = set_trace,
    .finalize = set_finalize,
    .new = set_new_slot,
    .init = set_init,
    .repr = set_repr,
    .hash = hash_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUBTRACT] = set_isub, [NB_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
    .doc = "Build an unordered collection of unique elements.",
};

Type type_frozenset = {
    .name = "frozenset",
    .basicsize = sizeof(Set),
    .flags = TPF_BASETYPE,
    .trace = set_trace,
    .finalize = set_finalize,
    .new = frozenset_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
    .doc = "Build an immutable unordered collection of unique elements.",
};

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_set_iterator = {
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .trace = setiter_trace,
    .iter = iter_return_self,
    .next = setiter_next,
    .methods = setiter_methods,
};
