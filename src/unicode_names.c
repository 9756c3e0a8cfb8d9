/* unicode_names.c — lookup of Unicode character names (for \N{...} escapes) and the
 * name of a code point.  The tables (unicode_names_db.c) are decoded into an index the
 * first time a name is needed. */
#include <stdlib.h>
#include <string.h>

#include "unicode.h"

/* One named code point: where its word codes start in a stream. */
typedef struct NameEntry {
    uint32_t cp;
    const unsigned char *codes;     /* count byte, then word codes */
} NameEntry;

static const char **words;          /* uni_lexicon_count entries */
static NameEntry *entries;          /* names (sorted by cp), then aliases */
static unsigned nentries;
static uint32_t *table;             /* hash table of entry index + 1; 0 = empty */
static size_t table_mask;
static bool ready, failed;

static uint32_t hash_step(uint32_t h, unsigned char c) {
    if (c >= 'a' && c <= 'z') c -= 32;
    return (h ^ c) * 16777619u;
}

/* Decode one stream entry at p into *e; returns the position after it. */
static const unsigned char *read_entry(const unsigned char *p, uint32_t *prev, NameEntry *e) {
    uint32_t delta = 0;
    int shift = 0;
    for (;;) {
        unsigned char b = *p++;
        delta |= (uint32_t)(b & 0x7F) << shift;
        shift += 7;
        if (!(b & 0x80)) break;
    }
    *prev = (*prev + delta) % 0x110000;
    e->cp = *prev;
    e->codes = p;
    unsigned n = *p++;
    for (unsigned i = 0; i < n; i++) p += *p >= 0xC0 ? 2 : 1;
    return p;
}

/* The i-th word of the entry's name and the position after its code. */
static const unsigned char *word_at(const unsigned char *p, const char **w) {
    unsigned i = *p++;
    if (i >= 0xC0) i = 0xC0 + ((i - 0xC0) << 8) + *p++;
    *w = words[i];
    return p;
}

static uint32_t entry_hash(const NameEntry *e) {
    uint32_t h = 2166136261u;
    const unsigned char *p = e->codes;
    unsigned n = *p++;
    for (unsigned i = 0; i < n; i++) {
        const char *w;
        p = word_at(p, &w);
        if (i) h = hash_step(h, ' ');
        for (; *w; w++) h = hash_step(h, (unsigned char)*w);
    }
    return h;
}

static bool build(void) {
    if (ready || failed) return ready;
    failed = true;
    words = malloc(uni_lexicon_count * sizeof *words);
    nentries = uni_name_count + uni_alias_count;
    entries = malloc(nentries * sizeof *entries);
    size_t cap = 1;
    while (cap < nentries * 2) cap <<= 1;
    table = calloc(cap, sizeof *table);
    if (!words || !entries || !table) return false;
    table_mask = cap - 1;
    const char *w = uni_lexicon;
    for (unsigned i = 0; i < uni_lexicon_count; i++) {
        words[i] = w;
        w += strlen(w) + 1;
    }
    const unsigned char *p = (const unsigned char *)uni_name_stream;
    uint32_t prev = 0;
    for (unsigned i = 0; i < uni_name_count; i++) p = read_entry(p, &prev, &entries[i]);
    p = (const unsigned char *)uni_alias_stream;
    prev = 0;
    for (unsigned i = 0; i < uni_alias_count; i++) p = read_entry(p, &prev, &entries[uni_name_count + i]);
    for (unsigned i = 0; i < nentries; i++) {
        size_t j = entry_hash(&entries[i]) & table_mask;
        while (table[j]) j = (j + 1) & table_mask;
        table[j] = i + 1;
    }
    ready = true;
    failed = false;
    return true;
}

/* Does the entry's name equal name[0..len), ignoring case? */
static bool entry_matches(const NameEntry *e, const char *name, size_t len) {
    const unsigned char *p = e->codes;
    unsigned n = *p++;
    size_t k = 0;
    for (unsigned i = 0; i < n; i++) {
        const char *w;
        p = word_at(p, &w);
        if (i) {
            if (k >= len || name[k] != ' ') return false;
            k++;
        }
        for (; *w; w++, k++) {
            if (k >= len) return false;
            char c = name[k];
            if (c >= 'a' && c <= 'z') c -= 32;
            if (c != *w) return false;
        }
    }
    return k == len;
}

/* Hangul syllables: "HANGUL SYLLABLE " + initial + medial + final jamo short names. */
static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
                                     "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
                                     "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
                                     "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
                                     "P", "H"};
static const char hangul_prefix[] = "HANGUL SYLLABLE ";

/* Longest jamo name of the table matching at s; returns its index or -1. */
static int match_jamo(const char *const *table_, int n, const char *s, size_t len, size_t *used) {
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < n; i++) {
        size_t k = strlen(table_[i]);
        if (k <= len && strncmp(s, table_[i], k) == 0 && (best < 0 || k > best_len)) {
            best = i;
            best_len = k;
        }
    }
    *used = best_len;
    return best;
}

static bool lookup_hangul(const char *name, size_t len, uint32_t *cp) {
    size_t pl = sizeof hangul_prefix - 1;
    if (len < pl || strncmp(name, hangul_prefix, pl) != 0) return false;
    const char *s = name + pl;
    size_t rest = len - pl, k;
    int l = match_jamo(jamo_l, 19, s, rest, &k);
    s += k, rest -= k;
    int v = match_jamo(jamo_v, 21, s, rest, &k);
    s += k, rest -= k;
    int t = match_jamo(jamo_t, 28, s, rest, &k);
    if (l < 0 || v < 0 || t < 0 || k != rest) return false;
    *cp = 0xAC00 + ((uint32_t)l * 21 + (uint32_t)v) * 28 + (uint32_t)t;
    return true;
}

static int hexdigit(char c, bool upper_only) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (!upper_only && c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* prefix + hex code point names (CJK ideographs and others). */
static bool lookup_range(const char *name, size_t len, uint32_t *cp) {
    for (unsigned i = 0; i < uni_name_range_count; i++) {
        const UniNameRange *r = &uni_name_ranges[i];
        size_t pl = strlen(r->prefix);
        /* CPython computes CJK UNIFIED IDEOGRAPH names (case-sensitive, 4 or 5 digits);
           the others are ordinary names (any case, the exact digits) */
        bool cjk = strcmp(r->prefix, "CJK UNIFIED IDEOGRAPH-") == 0;
        if (len <= pl) continue;
        bool prefix_ok = true;
        for (size_t k = 0; k < pl && prefix_ok; k++) {
            char c = name[k];
            if (!cjk && c >= 'a' && c <= 'z') c -= 32;
            prefix_ok = c == r->prefix[k];
        }
        if (!prefix_ok) continue;
        size_t nd = len - pl;
        if (nd < 4 || nd > 6 || (cjk && nd > 5)) continue;
        uint32_t v = 0;
        bool ok = true;
        for (size_t k = 0; k < nd && ok; k++) {
            int d = hexdigit(name[pl + k], cjk);
            ok = d >= 0;
            v = v * 16 + (uint32_t)(d < 0 ? 0 : d);
        }
        if (!ok) continue;
        if (!cjk) {     /* the written form must be the canonical one */
            char canon[8];
            static const char hx[] = "0123456789ABCDEF";
            size_t cn = v > 0xFFFFF ? 6 : v > 0xFFFF ? 5 : 4;
            for (size_t k = 0; k < cn; k++) canon[k] = hx[(v >> (4 * (cn - 1 - k))) & 15];
            if (cn != nd) continue;
            bool same = true;
            for (size_t k = 0; k < nd; k++) {
                char c = name[pl + k];
                if (c >= 'a' && c <= 'f') c -= 32;
                same &= c == canon[k];
            }
            if (!same) continue;
        }
        for (unsigned j = 0; j < uni_name_range_count; j++) {
            const UniNameRange *q = &uni_name_ranges[j];
            if (strcmp(q->prefix, r->prefix) == 0 && v >= q->start && v <= q->end) {
                *cp = v;
                return true;
            }
        }
    }
    return false;
}

bool uni_lookup_name(const char *name, size_t len, uint32_t *cp) {
    if (lookup_hangul(name, len, cp) || lookup_range(name, len, cp)) return true;
    if (!build()) return false;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = hash_step(h, (unsigned char)name[i]);
    for (size_t j = h & table_mask; table[j]; j = (j + 1) & table_mask) {
        const NameEntry *e = &entries[table[j] - 1];
        if (entry_matches(e, name, len)) {
            *cp = e->cp;
            return true;
        }
    }
    return false;
}

/* Append s to buf (keeping room for the NUL); false when it does not fit. */
static bool put(char *buf, size_t cap, size_t *n, const char *s) {
    size_t k = strlen(s);
    if (*n + k + 1 > cap) return false;
    memcpy(buf + *n, s, k);
    *n += k;
    return true;
}

size_t uni_name(uint32_t cp, char *buf, size_t cap) {
    size_t n = 0;
#define PUT(s) do { if (!put(buf, cap, &n, (s))) return 0; } while (0)
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
        uint32_t s = cp - 0xAC00;
        PUT(hangul_prefix);
        PUT(jamo_l[s / (21 * 28)]);
        PUT(jamo_v[s / 28 % 21]);
        PUT(jamo_t[s % 28]);
        buf[n] = 0;
        return n;
    }
    for (unsigned i = 0; i < uni_name_range_count; i++) {
        const UniNameRange *r = &uni_name_ranges[i];
        if (cp >= r->start && cp <= r->end) {
            char hex[8];
            static const char hx[] = "0123456789ABCDEF";
            size_t cn = cp > 0xFFFFF ? 6 : cp > 0xFFFF ? 5 : 4;
            for (size_t k = 0; k < cn; k++) hex[k] = hx[(cp >> (4 * (cn - 1 - k))) & 15];
            hex[cn] = 0;
            PUT(r->prefix);
            PUT(hex);
            buf[n] = 0;
            return n;
        }
    }
    if (!build()) return 0;
    size_t lo = 0, hi = uni_name_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (entries[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= uni_name_count || entries[lo].cp != cp) return 0;
    const unsigned char *p = entries[lo].codes;
    unsigned nw = *p++;
    for (unsigned i = 0; i < nw; i++) {
        const char *w;
        p = word_at(p, &w);
        if (i) PUT(" ");
        PUT(w);
    }
#undef PUT
    buf[n] = 0;
    return n;
}
