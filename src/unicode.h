/* unicode.h — Unicode character properties (tables in unicode_db.c, generated from
 * CPython 3.13's Unicode 15.1 data by tools/gen_unicode_db.py). */
#ifndef MINNOW_UNICODE_H
#define MINNOW_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    UNI_ALPHA = 1 << 0, UNI_DECIMAL = 1 << 1, UNI_DIGIT = 1 << 2, UNI_NUMERIC = 1 << 3,
    UNI_SPACE = 1 << 4, UNI_LOWER = 1 << 5, UNI_UPPER = 1 << 6, UNI_TITLE = 1 << 7,
    UNI_CASED = 1 << 8, UNI_CASE_IGNORABLE = 1 << 9, UNI_PRINTABLE = 1 << 10,
    UNI_XID_START = 1 << 11,        /* includes '_', as str.isidentifier() wants */
    UNI_XID_CONTINUE = 1 << 12, UNI_LINEBREAK = 1 << 13,
    UNI_EXT = 1 << 14,              /* case mappings are offsets into uni_ext */
};

typedef struct UniRecord {
    uint16_t flags;
    int8_t decimal;                 /* 0..9, or -1 */
    int32_t map[4];                 /* upper, lower, title, fold: deltas, or uni_ext offsets */
} UniRecord;
enum { UNI_MAP_UPPER, UNI_MAP_LOWER, UNI_MAP_TITLE, UNI_MAP_FOLD };

extern const UniRecord uni_records[];
extern const uint32_t *const uni_ext;   /* at an offset: count, then code points */
const UniRecord *uni_record(uint32_t cp);

static inline bool uni_has(uint32_t cp, unsigned flag) {
    if (cp < 128 && flag == UNI_PRINTABLE) return cp >= 0x20 && cp < 0x7f;
    return (uni_record(cp)->flags & flag) != 0;
}
/* The decimal digit value of cp (any script), or -1: what int() and float() accept. */
static inline int uni_decimal(uint32_t cp) { return uni_record(cp)->decimal; }

/* Full case mapping of one code point (SpecialCasing included): writes up to 3 code
 * points to out and returns how many.  `which` is UNI_MAP_*. */
static inline int uni_map(uint32_t cp, int which, uint32_t out[3]) {
    const UniRecord *r = uni_record(cp);
    if (!(r->flags & UNI_EXT)) {
        out[0] = (uint32_t)((int32_t)cp + r->map[which]);
        return 1;
    }
    const uint32_t *seq = uni_ext + r->map[which];
    for (uint32_t i = 0; i < seq[0]; i++) out[i] = seq[1 + i];
    return (int)seq[0];
}

/* ---- character names (unicode_names.c, data in unicode_names_db.c) ---- */
/* The code point named name[0..len) (Unicode names and aliases, as in \N{...}; case
 * does not matter except for the computed CJK and Hangul names, as in CPython). */
bool uni_lookup_name(const char *name, size_t len, uint32_t *cp);
/* Write cp's name (NUL-terminated) into buf; returns its length, 0 if cp has none or
 * it does not fit. */
size_t uni_name(uint32_t cp, char *buf, size_t cap);

typedef struct UniNameRange { uint32_t start, end; const char *prefix; } UniNameRange;
extern const char uni_lexicon[], uni_name_stream[], uni_alias_stream[];
extern const unsigned uni_lexicon_count, uni_name_count, uni_alias_count, uni_name_range_count;
extern const UniNameRange uni_name_ranges[];

#endif
