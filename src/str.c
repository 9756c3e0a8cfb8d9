/* str.c — the Str core: creation, UTF-8 helpers, hashing, interning, StrBuf, str_fmt.
 *
 * A Str holds UTF-8 in which lone surrogates (U+D800..U+DFFF) may appear, encoded as
 * three bytes like any other BMP code point: Python strings can contain them.  Byte
 * order then equals code-point order, so comparison is memcmp.  Non-ASCII strings
 * longer than INDEX_STRIDE code points carry, after their data, the byte offset of
 * every INDEX_STRIDE-th code point, so indexing costs at most INDEX_STRIDE steps.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "str.h"
#include "gc.h"
#include "error.h"
#include "unicode.h"
#include "containers.h"

enum {
    STR_INDEXED = 2,            /* hdr.flags: a code-point index follows the data */
    STR_GROWABLE = 4,           /* made by str_concat_owned: data has room up to 1 << cap bits */
    STR_CAP_SHIFT = 8,          /* log2 of that room, in hdr.flags bits 8..13 */
};
#define INDEX_STRIDE 64

CommonNames names;

/* ---------------------------------------------------------------- UTF-8 */

size_t utf8_decode(const char *s, uint32_t *cp) {
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) { *cp = p[0]; return 1; }
    if (p[0] < 0xE0) { *cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F); return 2; }
    if (p[0] < 0xF0) {
        *cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
          ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
}

size_t utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { o[0] = 0xC0 | (cp >> 6); o[1] = 0x80 | (cp & 0x3F); return 2; }
    if (cp < 0x10000) {
        o[0] = 0xE0 | (cp >> 12); o[1] = 0x80 | ((cp >> 6) & 0x3F); o[2] = 0x80 | (cp & 0x3F);
        return 3;
    }
    o[0] = 0xF0 | (cp >> 18); o[1] = 0x80 | ((cp >> 12) & 0x3F);
    o[2] = 0x80 | ((cp >> 6) & 0x3F); o[3] = 0x80 | (cp & 0x3F);
    return 4;
}

size_t utf8_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* Length of the well-formed sequence at s[0..n), or 0.  Surrogates are accepted only
 * when allow_surrogates (minnow's internal form); the utf-8 codec refuses them. */
size_t utf8_check_one(const char *s, size_t n, bool allow_surrogates) {
    const unsigned char *p = (const unsigned char *)s;
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;                     /* overlong */
        if (c == 0xED && p[1] >= 0xA0 && !allow_surrogates) return 0;
        return 3;
    }
    if (c > 0xF4 || n < 4) return 0;
    if ((p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;                         /* overlong */
    if (c == 0xF4 && p[1] >= 0x90) return 0;                        /* > U+10FFFF */
    return 4;
}

bool utf8_valid(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) { i++; continue; }
        size_t k = utf8_check_one(s + i, n - i, true);
        if (k == 0) return false;
        i += k;
    }
    return true;
}

static bool all_ascii(const char *s, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull) return false;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return false;
    return true;
}

/* ---------------------------------------------------------------- creation */

/* Offset of the code-point index from the start of the object (aligned). */
static size_t index_offset(size_t nbytes) {
    return (offsetof(Str, data) + nbytes + 1 + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1);
}

static size_t *str_index(Str *s) { return (size_t *)((char *)s + index_offset(s->nbytes)); }

/* A Str of type t with room for nbytes bytes of `len` code points; the caller fills
 * data[0..nbytes) and then calls str_seal. */
Str *str_alloc(Type *t, size_t nbytes, size_t len) {
    bool indexed = len != nbytes && len > INDEX_STRIDE;
    if (nbytes > (SIZE_MAX >> 2)) { raise_no_memory(); return NULL; }
    size_t size = sizeof(Str) + nbytes + 1;
    if (indexed) size = index_offset(nbytes) + (len / INDEX_STRIDE + 1) * sizeof(size_t);
    Str *s = gc_alloc(t, size);
    if (!s) return NULL;
    s->hash = -1;
    s->len = len;
    s->nbytes = nbytes;
    s->ascii = len == nbytes;
    if (indexed) s->hdr.flags |= STR_INDEXED;
    return s;
}

/* Only subclass instances reference anything (their __dict__). */
void strlike_trace(Obj *o) {
    if (o->type == &type_str || o->type == &type_bytes) return;
    gc_mark_obj(o->type->flags & TPF_STR_SUBCLASS ? ((Str *)o)->dict : ((Bytes *)o)->dict);
}

/* Finish a Str built by str_alloc: NUL-terminate and build the code-point index. */
Str *str_seal(Str *s) {
    s->data[s->nbytes] = 0;
    if (s->hdr.flags & STR_INDEXED) {
        size_t *index = str_index(s), cp = 0;
        for (size_t i = 0; i < s->nbytes; i++) {
            if (((unsigned char)s->data[i] & 0xC0) == 0x80) continue;
            if (cp % INDEX_STRIDE == 0) index[cp / INDEX_STRIDE] = i;
            cp++;
        }
    }
    return s;
}

static Str *str_make(Type *t, const char *utf8, size_t nbytes, size_t len) {
    Str *s = str_alloc(t, nbytes, len);
    if (!s) return NULL;
    if (nbytes) memcpy(s->data, utf8, nbytes);
    return str_seal(s);
}

static Str *empty_str;
static Str *char_cache[256];    /* one-character strings U+0000..U+00FF (interned) */

Str *str_new(const char *utf8, size_t nbytes) {
    if (nbytes == 0 && empty_str) return empty_str;
    if (nbytes <= 2 && (unsigned char)utf8[0] < 0xC4) {
        uint32_t cp;
        if (utf8_decode(utf8, &cp) == nbytes && char_cache[cp]) return char_cache[cp];
    }
    size_t len = all_ascii(utf8, nbytes) ? nbytes : utf8_count(utf8, nbytes);
    return str_make(&type_str, utf8, nbytes, len);
}

Str *str_new_subtype(Type *t, const char *utf8, size_t nbytes) {
    if (t == &type_str) return str_new(utf8, nbytes);
    return str_make(t, utf8, nbytes, utf8_count(utf8, nbytes));
}

Str *str_from_cstr(const char *s) { return str_new(s, strlen(s)); }

Value str_value_cstr(const char *s) {
    Str *r = str_from_cstr(s);
    return r ? v_str(r) : NULLV;
}

Str *str_empty(void) { return empty_str; }

Str *str_from_codepoint(uint32_t cp) {
    if (cp < 256 && char_cache[cp]) return char_cache[cp];
    char buf[4];
    return str_make(&type_str, buf, utf8_encode(cp, buf), 1);
}

Str *str_new_len(const char *utf8, size_t nbytes, size_t len) {
    if (nbytes <= 1) return str_new(utf8, nbytes);
    return str_make(&type_str, utf8, nbytes, len);
}

Str *str_concat(Str *a, Str *b) {
    if (a->nbytes == 0 && b->hdr.type == &type_str) return b;
    if (b->nbytes == 0 && a->hdr.type == &type_str) return a;
    if (a->nbytes > (SIZE_MAX >> 3) - b->nbytes) { raise_no_memory(); return NULL; }
    Str *r = str_alloc(&type_str, a->nbytes + b->nbytes, a->len + b->len);
    if (!r) return NULL;
    memcpy(r->data, a->data, a->nbytes);
    memcpy(r->data + a->nbytes, b->data, b->nbytes);
    return str_seal(r);
}

/* `s += t` when the caller guarantees nobody else can see s (e.g. the eval loop's
 * in-place add on a string only its own local holds): a string made here keeps room to
 * grow and is extended in place, so a loop of += is linear, not quadratic.  Such
 * strings carry no code-point index (indexing them scans). */
Str *str_concat_owned(Str *s, Str *t) {
    size_t n = s->nbytes + t->nbytes;
    if (t->nbytes == 0) return s;
    if (n > (SIZE_MAX >> 3)) { raise_no_memory(); return NULL; }
    if ((s->hdr.flags & STR_GROWABLE) && s->hdr.type == &type_str &&
        n + 1 <= ((size_t)1 << ((s->hdr.flags >> STR_CAP_SHIFT) & 63))) {
        memcpy(s->data + s->nbytes, t->data, t->nbytes);
        s->data[n] = 0;
        s->nbytes = n;
        s->len += t->len;
        s->ascii = s->len == n;
        s->hash = -1;
        return s;
    }
    return str_concat_fresh(s, t);
}

/* s + t in a new string with room to grow (see str_concat_owned). */
Str *str_concat_fresh(Str *s, Str *t) {
    size_t n = s->nbytes + t->nbytes;
    if (n > (SIZE_MAX >> 3)) { raise_no_memory(); return NULL; }
    unsigned shift = 6;
    while (((size_t)1 << shift) < 2 * (n + 1)) shift++;
    Str *r = gc_alloc(&type_str, offsetof(Str, data) + ((size_t)1 << shift));
    if (!r) return NULL;
    r->hash = -1;
    r->nbytes = n;
    r->len = s->len + t->len;
    r->ascii = r->len == n;
    r->hdr.flags = STR_GROWABLE | (shift << STR_CAP_SHIFT);
    memcpy(r->data, s->data, s->nbytes);
    memcpy(r->data + s->nbytes, t->data, t->nbytes);
    r->data[n] = 0;
    return r;
}

/* ---------------------------------------------------------------- indexing */

size_t str_byte_offset(Str *s, size_t index) {
    if (s->ascii) return index < s->len ? index : s->nbytes;
    if (index >= s->len) return s->nbytes;
    size_t i = 0, cp = 0;
    if (s->hdr.flags & STR_INDEXED) {
        i = str_index(s)[index / INDEX_STRIDE];
        cp = index - index % INDEX_STRIDE;
    }
    const unsigned char *d = (const unsigned char *)s->data;
    while (cp < index) {
        i++;
        while ((d[i] & 0xC0) == 0x80) i++;
        cp++;
    }
    return i;
}

uint32_t str_char_at(Str *s, size_t index) {
    if (s->ascii) return (unsigned char)s->data[index];
    uint32_t cp;
    utf8_decode(s->data + str_byte_offset(s, index), &cp);
    return cp;
}

Str *str_substring(Str *s, size_t start, size_t stop) {
    if (stop > s->len) stop = s->len;
    if (start >= stop) return empty_str;
    if (start == 0 && stop == s->len && s->hdr.type == &type_str) return s;
    size_t b0 = str_byte_offset(s, start);
    size_t b1 = s->ascii ? stop : str_byte_offset(s, stop);
    if (stop - start == 1 && b1 - b0 <= 2) return str_new(s->data + b0, b1 - b0);
    return str_make(&type_str, s->data + b0, b1 - b0, stop - start);
}

/* ---------------------------------------------------------------- hashing */

/* SipHash-1-3 with a per-process key, over the string's code points written as 1, 2
 * or 4 little-endian bytes each (the narrowest that fits them all).  With the same key
 * this gives CPython's hash values, so PYTHONHASHSEED reproduces its set orders. */
static uint64_t hash_k0, hash_k1;

typedef struct Sip {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;          /* pending bytes, little-endian */
    unsigned ntail;
    uint64_t total;
} Sip;

#define ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

static inline void sip_round(Sip *s) {
    s->v0 += s->v1; s->v1 = ROTL(s->v1, 13); s->v1 ^= s->v0; s->v0 = ROTL(s->v0, 32);
    s->v2 += s->v3; s->v3 = ROTL(s->v3, 16); s->v3 ^= s->v2;
    s->v0 += s->v3; s->v3 = ROTL(s->v3, 21); s->v3 ^= s->v0;
    s->v2 += s->v1; s->v1 = ROTL(s->v1, 17); s->v1 ^= s->v2; s->v2 = ROTL(s->v2, 32);
}

static void sip_init(Sip *s) {
    s->v0 = hash_k0 ^ 0x736f6d6570736575ull;
    s->v1 = hash_k1 ^ 0x646f72616e646f6dull;
    s->v2 = hash_k0 ^ 0x6c7967656e657261ull;
    s->v3 = hash_k1 ^ 0x7465646279746573ull;
    s->tail = 0;
    s->ntail = 0;
    s->total = 0;
}

static inline void sip_word(Sip *s, uint64_t m) {
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

static inline void sip_byte(Sip *s, uint8_t b) {
    s->tail |= (uint64_t)b << (8 * s->ntail);
    s->total++;
    if (++s->ntail == 8) {
        sip_word(s, s->tail);
        s->tail = 0;
        s->ntail = 0;
    }
}

static void sip_bytes(Sip *s, const unsigned char *p, size_t n) {
    size_t i = 0;
    while (i < n && s->ntail) sip_byte(s, p[i++]);
    for (; i + 8 <= n; i += 8) {
        uint64_t m;
        memcpy(&m, p + i, 8);       /* little-endian host assumed (x86-64, aarch64) */
        sip_word(s, m);
        s->total += 8;
    }
    while (i < n) sip_byte(s, p[i++]);
}

static int64_t sip_finish(Sip *s) {
    sip_word(s, s->tail | (s->total << 56));
    s->v2 ^= 0xff;
    sip_round(s); sip_round(s); sip_round(s);
    int64_t h = (int64_t)(s->v0 ^ s->v1 ^ s->v2 ^ s->v3);
    return h == -1 ? -2 : h;
}

int64_t hash_bytes(const void *p, size_t n) {
    if (n == 0) return 0;
    Sip s;
    sip_init(&s);
    sip_bytes(&s, p, n);
    return sip_finish(&s);
}

static int64_t hash_utf8(const char *p, size_t n, bool ascii) {
    if (ascii) return hash_bytes(p, n);
    uint32_t maxcp = 0, cp;
    for (size_t i = 0; i < n;) {
        i += utf8_decode(p + i, &cp);
        if (cp > maxcp) maxcp = cp;
    }
    unsigned width = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    Sip s;
    sip_init(&s);
    for (size_t i = 0; i < n;) {
        i += utf8_decode(p + i, &cp);
        for (unsigned k = 0; k < width; k++) sip_byte(&s, (uint8_t)(cp >> (8 * k)));
    }
    return sip_finish(&s);
}

int64_t str_hash(Str *s) {
    if (s->hash == -1) s->hash = hash_utf8(s->data, s->nbytes, s->ascii);
    return s->hash;
}

/* PYTHONHASHSEED=N fixes the key the way CPython does (0: all zero; otherwise bytes
 * from a linear congruential generator seeded with N), else it is random. */
static void hash_init_key(void) {
    const char *seed = getenv("PYTHONHASHSEED");
    unsigned char key[16];
    char *end;
    errno = 0;
    unsigned long n = seed ? strtoul(seed, &end, 10) : 0;
    if (seed && *seed && *end == 0 && errno == 0 && n <= 4294967295ul) {
        uint32_t x = (uint32_t)n;
        for (int i = 0; i < 16; i++) {
            x = x * 214013u + 2531011u;
            key[i] = n ? (unsigned char)(x >> 16) : 0;
        }
    } else {
        size_t got = 0;
        while (got < sizeof key) {
            ssize_t r = getrandom(key + got, sizeof key - got, 0);
            if (r <= 0) {
                if (r < 0 && errno == EINTR) continue;
                for (size_t i = got; i < sizeof key; i++) key[i] = (unsigned char)(rand() ^ (uintptr_t)&got >> 4);
                break;
            }
            got += (size_t)r;
        }
    }
    memcpy(&hash_k0, key, 8);
    memcpy(&hash_k1, key + 8, 8);
}

/* ---------------------------------------------------------------- equality */

bool str_eq(Str *a, Str *b) {
    if (a == b) return true;
    if (a->nbytes != b->nbytes) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, a->nbytes) == 0;
}

bool str_eq_cstr(Str *a, const char *s) {
    size_t n = strlen(s);
    return a->nbytes == n && memcmp(a->data, s, n) == 0;
}

int str_cmp(Str *a, Str *b) {
    size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
    int c = memcmp(a->data, b->data, n);
    if (c) return c;
    return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes;
}

/* ---------------------------------------------------------------- interning */

/* Open addressing, linear probing, power-of-two size; never shrinks.  Interned strings
 * live forever: the collector calls str_mark_interned(). */
static Str **intern_table;
static size_t intern_cap, intern_count;

static bool intern_grow(void) {
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    Str **t = calloc(cap, sizeof *t);
    if (!t) return false;
    for (size_t i = 0; i < intern_cap; i++) {
        Str *s = intern_table[i];
        if (!s) continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    free(intern_table);
    intern_table = t;
    intern_cap = cap;
    return true;
}

/* The slot holding the interned string equal to utf8[0..n), or the empty slot where it
 * belongs. */
static Str **intern_slot(const char *utf8, size_t n, int64_t h) {
    size_t j = (size_t)h & (intern_cap - 1);
    for (;;) {
        Str *s = intern_table[j];
        if (!s || (s->hash == h && s->nbytes == n && memcmp(s->data, utf8, n) == 0))
            return &intern_table[j];
        j = (j + 1) & (intern_cap - 1);
    }
}

static bool intern_reserve(void) {
    if ((intern_count + 1) * 3 >= intern_cap * 2 && !intern_grow()) {
        raise_no_memory();
        return false;
    }
    return true;
}

Str *str_intern(const char *utf8, size_t nbytes) {
    if (!intern_reserve()) return NULL;
    bool ascii = all_ascii(utf8, nbytes);
    int64_t h = hash_utf8(utf8, nbytes, ascii);
    Str **slot = intern_slot(utf8, nbytes, h);
    if (*slot) return *slot;
    Str *s = str_make(&type_str, utf8, nbytes, ascii ? nbytes : utf8_count(utf8, nbytes));
    if (!s) return NULL;
    s->hash = h;
    s->hdr.flags |= STR_INTERNED;
    *slot = s;          /* str_make cannot touch the table: the slot is still valid */
    intern_count++;
    return s;
}

Str *str_intern_cstr(const char *s) { return str_intern(s, strlen(s)); }

Str *str_intern_str(Str *s) {
    if (s->hdr.flags & STR_INTERNED) return s;
    if (s->hdr.type != &type_str) return str_intern(s->data, s->nbytes);
    if (!intern_reserve()) return NULL;
    int64_t h = str_hash(s);
    Str **slot = intern_slot(s->data, s->nbytes, h);
    if (*slot) return *slot;
    s->hdr.flags |= STR_INTERNED;
    *slot = s;
    intern_count++;
    return s;
}

void str_mark_interned(void) {
    for (size_t i = 0; i < intern_cap; i++)
        if (intern_table[i]) gc_mark_obj(intern_table[i]);
}

/* ---------------------------------------------------------------- StrBuf */

void strbuf_init(StrBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

static bool strbuf_reserve(StrBuf *b, size_t extra) {
    if (b->failed) return false;
    if (b->cap - b->len > extra) return true;      /* keep room for a NUL */
    if (extra > (SIZE_MAX >> 2) - b->len) { b->failed = true; return false; }
    size_t cap = b->cap ? b->cap : 64;
    while (cap - b->len <= extra) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) { b->failed = true; return false; }
    b->data = d;
    b->cap = cap;
    return true;
}

void strbuf_add(StrBuf *b, const char *s, size_t n) {
    if (!strbuf_reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
}

void strbuf_adds(StrBuf *b, const char *s) { strbuf_add(b, s, strlen(s)); }

void strbuf_addc(StrBuf *b, char c) {
    if (b->cap - b->len > 1 || strbuf_reserve(b, 1)) b->data[b->len++] = c;
}

void strbuf_add_codepoint(StrBuf *b, uint32_t cp) {
    if (!strbuf_reserve(b, 4)) return;
    b->len += utf8_encode(cp, b->data + b->len);
}

void strbuf_add_str(StrBuf *b, Str *s) { strbuf_add(b, s->data, s->nbytes); }

Str *strbuf_finish(StrBuf *b) {
    if (b->failed) {
        strbuf_free(b);
        if (!err_occurred()) raise_no_memory();
        return NULL;
    }
    Str *s = str_new(b->data ? b->data : "", b->len);
    strbuf_free(b);
    return s;
}

void strbuf_free(StrBuf *b) {
    free(b->data);
    strbuf_init(b);
}

/* ---------------------------------------------------------------- str_fmt */

/* Append a Value through repr/str; a failure marks the buffer failed with the
 * exception set, so strbuf_finish passes it on. */
static void add_value_text(StrBuf *b, Value v, bool repr) {
    Value r = repr ? obj_repr(v) : obj_str(v);
    if (is_null(r)) { b->failed = true; return; }
    strbuf_add_str(b, as_str(r));
}

/* Append at most `prec` code points of s (prec < 0: all). */
static void add_cstr_prec(StrBuf *b, const char *s, long prec) {
    if (prec < 0) { strbuf_adds(b, s); return; }
    size_t i = 0;
    for (long k = 0; k < prec && s[i]; k++) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    strbuf_add(b, s, i);
}

/* Codes: %s (char*, UTF-8) %d %i %u %x %ld %lld %zu %zd %c (code point) %p %%, with
 * flags/width/precision for the numeric ones, %.Ns to cut a string to N code points;
 * minnow's own: %R repr(*(Value*)), %S str(*(Value*)), %T type name of *(Value*),
 * %U a Str*. */
void strbuf_vaddf(StrBuf *b, const char *fmt, va_list ap) {
    while (*fmt) {
        const char *pct = strchr(fmt, '%');
        if (!pct) { strbuf_adds(b, fmt); return; }
        strbuf_add(b, fmt, (size_t)(pct - fmt));
        const char *p = pct + 1;
        char spec[32];
        size_t sn = 0;
        spec[sn++] = '%';
        while (*p && strchr("-+ #0", *p) && sn < 8) spec[sn++] = *p++;
        while (*p >= '0' && *p <= '9' && sn < 16) spec[sn++] = *p++;
        long prec = -1;
        if (*p == '.') {
            spec[sn++] = *p++;
            prec = 0;
            while (*p >= '0' && *p <= '9' && sn < 24) { prec = prec * 10 + (*p - '0'); spec[sn++] = *p++; }
        }
        int lng = 0;
        bool z = false;
        while (*p == 'l') { lng++; spec[sn++] = *p++; }
        if (*p == 'z') { z = true; spec[sn++] = *p++; }
        char conv = *p ? *p++ : 0;
        spec[sn++] = conv;
        spec[sn] = 0;
        char num[96];
        switch (conv) {
        case '%': strbuf_addc(b, '%'); break;
        case 's': { const char *s = va_arg(ap, const char *); add_cstr_prec(b, s ? s : "(null)", prec); break; }
        case 'U': { Str *s = va_arg(ap, Str *); strbuf_add_str(b, s); break; }
        case 'R': add_value_text(b, *va_arg(ap, Value *), true); break;
        case 'S': add_value_text(b, *va_arg(ap, Value *), false); break;
        case 'T': strbuf_adds(b, type_name_of(*va_arg(ap, Value *))); break;
        case 'c': strbuf_add_codepoint(b, (uint32_t)va_arg(ap, int) & 0x1FFFFF); break;
        case 'p': snprintf(num, sizeof num, "%p", va_arg(ap, void *)); strbuf_adds(b, num); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            int n;
            bool sign = conv == 'd' || conv == 'i';
            if (z) n = sign ? snprintf(num, sizeof num, spec, va_arg(ap, ssize_t))
                            : snprintf(num, sizeof num, spec, va_arg(ap, size_t));
            else if (lng >= 2) n = sign ? snprintf(num, sizeof num, spec, va_arg(ap, long long))
                                        : snprintf(num, sizeof num, spec, va_arg(ap, unsigned long long));
            else if (lng == 1) n = sign ? snprintf(num, sizeof num, spec, va_arg(ap, long))
                                        : snprintf(num, sizeof num, spec, va_arg(ap, unsigned long));
            else n = sign ? snprintf(num, sizeof num, spec, va_arg(ap, int))
                          : snprintf(num, sizeof num, spec, va_arg(ap, unsigned));
            if (n > 0) strbuf_add(b, num, (size_t)n < sizeof num ? (size_t)n : sizeof num - 1);
            break;
        }
        case 'f': case 'g': case 'e': {
            int n = snprintf(num, sizeof num, spec, va_arg(ap, double));
            if (n > 0) strbuf_add(b, num, (size_t)n < sizeof num ? (size_t)n : sizeof num - 1);
            break;
        }
        default:            /* unknown code: copy it literally */
            strbuf_add(b, pct, (size_t)(p - pct));
            if (!conv) return;
        }
        fmt = p;
    }
}

void strbuf_addf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(b, fmt, ap);
    va_end(ap);
}

Str *str_vfmt(const char *fmt, va_list ap) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_vaddf(&b, fmt, ap);
    return strbuf_finish(&b);
}

Str *str_fmt(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *s = str_vfmt(fmt, ap);
    va_end(ap);
    return s;
}

/* ---------------------------------------------------------------- repr */

static const char hexdigits[] = "0123456789abcdef";

/* Append cp escaped as repr() shows it inside `quote` quotes. */
void strbuf_add_repr_char(StrBuf *b, uint32_t cp, char quote) {
    char esc[10];
    switch (cp) {
    case '\\': strbuf_add(b, "\\\\", 2); return;
    case '\n': strbuf_add(b, "\\n", 2); return;
    case '\r': strbuf_add(b, "\\r", 2); return;
    case '\t': strbuf_add(b, "\\t", 2); return;
    }
    if (cp == (uint32_t)quote) { strbuf_addc(b, '\\'); strbuf_addc(b, quote); return; }
    if (cp >= 0x20 && cp < 0x7f) { strbuf_addc(b, (char)cp); return; }
    if (cp >= 0x80 && uni_has(cp, UNI_PRINTABLE)) { strbuf_add_codepoint(b, cp); return; }
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    esc[0] = '\\';
    esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = 0; i < digits; i++) esc[2 + i] = hexdigits[(cp >> (4 * (digits - 1 - i))) & 0xF];
    strbuf_add(b, esc, 2 + (size_t)digits);
}

Value str_repr(Str *s) {
    /* single quotes unless the text has ' and no " */
    bool sq = memchr(s->data, '\'', s->nbytes) != NULL;
    bool dq = memchr(s->data, '"', s->nbytes) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    StrBuf b;
    strbuf_init(&b);
    strbuf_reserve(&b, s->nbytes + 2);
    strbuf_addc(&b, quote);
    const char *d = s->data;
    for (size_t i = 0; i < s->nbytes;) {
        unsigned char c = (unsigned char)d[i];
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != (unsigned char)quote) {
            size_t j = i + 1;
            while (j < s->nbytes && (unsigned char)d[j] >= 0x20 && (unsigned char)d[j] < 0x7f &&
                   d[j] != '\\' && d[j] != quote)
                j++;
            strbuf_add(&b, d + i, j - i);
            i = j;
            continue;
        }
        uint32_t cp;
        i += utf8_decode(d + i, &cp);
        strbuf_add_repr_char(&b, cp, quote);
    }
    strbuf_addc(&b, quote);
    Str *r = strbuf_finish(&b);
    return r ? v_str(r) : NULLV;
}

/* ---------------------------------------------------------------- startup */

void str_init(void) {
    hash_init_key();
    if (!intern_table) intern_grow();
    empty_str = str_intern("", 0);
    for (uint32_t cp = 0; cp < 256; cp++) {
        char buf[2];
        size_t n = utf8_encode(cp, buf);
        char_cache[cp] = str_intern(buf, n);
    }
#define X(n) names.n = str_intern_cstr(#n);
    COMMON_NAMES(X)
#undef X
#define Y(f, text) names.f = str_intern_cstr(text);
    COMMON_NAMES_RENAMED(Y)
#undef Y
    bytes_init();
    unicode_errors_init();
}
