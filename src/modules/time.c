/* time.c — the time module: clocks, sleep, and broken-down time (struct_time,
 * gmtime/localtime/mktime, strftime/asctime/ctime) on top of the C library. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "builtins.h"
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "module.h"
#include "num.h"
#include "str.h"

#define TIME_FN(fn) \
    static Value fn(__attribute__((unused)) Value module, Value *args, size_t nargs, Tuple *kwnames)

static const int64_t NS_PER_SEC = 1000000000;

static bool one_arg(const char *fname, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs == 1) return true;
    raise_fmt(&exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
}

/* Argument counts checked the PyArg_ParseTuple way, with its messages. */
static bool parse_count(const char *fname, size_t nargs, Tuple *kwnames, size_t min, size_t max) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    size_t n = nargs < min ? min : max;
    raise_fmt(&exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
              min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s",
              nargs);
    return false;
}

/* OSError(errno, strerror), as CPython's PyErr_SetFromErrno builds it. */
static Value raise_errno(int e) {
    Str *msg = str_from_cstr(strerror(e));
    if (!msg) return NULLV;
    Value args[2] = {v_int(e), v_str(msg)};
    Value exc = obj_call(v_obj(&exc_OSError), args, 2, NULL);
    return is_null(exc) ? NULLV : raise_value(exc);
}

/* ---- clocks ---- */

static bool read_clock(clockid_t id, int64_t *ns) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        raise_errno(errno);
        return false;
    }
    *ns = (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
    return true;
}

/* Nanoseconds as float seconds, rounded the way CPython does it. */
static double ns_to_seconds(int64_t ns) {
    volatile double d;
    if (ns % NS_PER_SEC == 0) {
        d = (double)(ns / NS_PER_SEC);
    } else {
        d = (double)ns;
        d /= 1e9;
    }
    return d;
}

static Value clock_value(const char *fname, size_t nargs, Tuple *kwnames, clockid_t id, bool as_ns) {
    if (!check_positional(fname, nargs, kwnames, 0, 0)) return NULLV;
    int64_t ns;
    if (!read_clock(id, &ns)) return NULLV;
    return as_ns ? v_int(ns) : v_float(ns_to_seconds(ns));
}

#define CLOCK_FUNCTION(fn, pyname, id, as_ns) \
    TIME_FN(fn) { (void)args; return clock_value(pyname, nargs, kwnames, id, as_ns); }

CLOCK_FUNCTION(t_time, "time.time", CLOCK_REALTIME, false)
CLOCK_FUNCTION(t_time_ns, "time.time_ns", CLOCK_REALTIME, true)
CLOCK_FUNCTION(t_monotonic, "time.monotonic", CLOCK_MONOTONIC, false)
CLOCK_FUNCTION(t_monotonic_ns, "time.monotonic_ns", CLOCK_MONOTONIC, true)
CLOCK_FUNCTION(t_perf_counter, "time.perf_counter", CLOCK_MONOTONIC, false)
CLOCK_FUNCTION(t_perf_counter_ns, "time.perf_counter_ns", CLOCK_MONOTONIC, true)
CLOCK_FUNCTION(t_process_time, "time.process_time", CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FUNCTION(t_process_time_ns, "time.process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true)
CLOCK_FUNCTION(t_thread_time, "time.thread_time", CLOCK_THREAD_CPUTIME_ID, false)
CLOCK_FUNCTION(t_thread_time_ns, "time.thread_time_ns", CLOCK_THREAD_CPUTIME_ID, true)

/* clock_gettime(clk_id) and friends: the clock id must be a C int. */
static bool clock_id_arg(const char *fname, Value *args, size_t nargs, Tuple *kwnames, clockid_t *id) {
    if (!one_arg(fname, nargs, kwnames)) return false;
    int64_t n;
    if (!is_int_like(args[0]) || !obj_as_int64(args[0], &n) || n < INT_MIN || n > INT_MAX) {
        err_clear();
        raise_fmt(&exc_TypeError, "clk_id should be integer, not %s", type_name_of(args[0]));
        return false;
    }
    *id = (clockid_t)n;
    return true;
}

TIME_FN(t_clock_gettime) {
    clockid_t id;
    int64_t ns;
    if (!clock_id_arg("time.clock_gettime", args, nargs, kwnames, &id) || !read_clock(id, &ns))
        return NULLV;
    return v_float(ns_to_seconds(ns));
}

TIME_FN(t_clock_gettime_ns) {
    clockid_t id;
    int64_t ns;
    if (!clock_id_arg("time.clock_gettime_ns", args, nargs, kwnames, &id) || !read_clock(id, &ns))
        return NULLV;
    return v_int(ns);
}

TIME_FN(t_clock_getres) {
    clockid_t id;
    if (!clock_id_arg("time.clock_getres", args, nargs, kwnames, &id)) return NULLV;
    struct timespec ts;
    if (clock_getres(id, &ts) != 0) return raise_errno(errno);
    return v_float((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

/* ---- converting Python numbers to time values ---- */

static bool float_of(Value v, double *out) {
    if (is_float(v)) {
        *out = as_float(v);
        return true;
    }
    Value f = float_from_value(v);
    if (is_null(f)) return false;
    *out = as_float(f);
    return true;
}

/* A sleep duration in nanoseconds, rounded away from zero (CPython's ROUND_TIMEOUT). */
static bool timeout_ns(Value v, int64_t *ns) {
    if (is_instance(v, &type_float)) {
        double d;
        if (!float_of(v, &d)) return false;
        if (isnan(d)) {
            raise_msg(&exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        d *= 1e9;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= (double)INT64_MIN && d < -(double)INT64_MIN)) {
            raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *ns = (int64_t)d;
        return true;
    }
    int64_t sec;
    if (!obj_as_int64(v, &sec) || __builtin_mul_overflow(sec, NS_PER_SEC, ns)) {
        if (err_occurred() && !err_matches(&exc_OverflowError)) return false;
        err_clear();
        raise_msg(&exc_OverflowError, "timestamp too large to convert to C PyTime_t");
        return false;
    }
    return true;
}

/* Seconds since the epoch as a time_t, rounded toward -inf; None means now. */
static bool timestamp_arg(Value v, time_t *out) {
    if (is_null(v) || is_none(v)) {
        *out = time(NULL);
        return true;
    }
    if (is_instance(v, &type_float)) {
        double d;
        if (!float_of(v, &d)) return false;
        if (isnan(d)) {
            raise_msg(&exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        d = floor(d);
        if (!(d >= (double)INT64_MIN && d < -(double)INT64_MIN)) {
            raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *out = (time_t)d;
        return true;
    }
    int64_t sec;
    if (!obj_as_int64(v, &sec)) {
        if (!err_matches(&exc_OverflowError)) return false;
        err_clear();
        raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    *out = (time_t)sec;
    return true;
}

/* ---- sleep ---- */

TIME_FN(t_sleep) {
    if (!one_arg("time.sleep", nargs, kwnames)) return NULLV;
    int64_t ns;
    if (!timeout_ns(args[0], &ns)) return NULLV;
    if (ns < 0) return raise_msg(&exc_ValueError, "sleep length must be non-negative");
    struct timespec left = {.tv_sec = ns / NS_PER_SEC, .tv_nsec = ns % NS_PER_SEC};
    while (nanosleep(&left, &left) != 0) {
        if (errno != EINTR) return raise_errno(errno);
    }
    return NONE;
}

/* ---- struct_time: a 9-tuple with named fields, plus tm_zone and tm_gmtoff ----
 * Laid out as a tuple of length 9 whose two extra fields sit just past the visible items
 * (as CPython's struct sequences keep them), so every tuple operation sees 9 items. */

enum { TM_VISIBLE = 9, TM_FIELDS = 11 };
static const char *const tm_field_names[TM_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst", "tm_zone", "tm_gmtoff",
};

Type type_struct_time;

static Tuple *struct_time_alloc(Type *type) {
    Tuple *t = gc_alloc(type, sizeof(Tuple) + TM_FIELDS * sizeof(Value));
    if (!t) return NULL;
    t->hash = -1;
    t->len = TM_VISIBLE;
    for (size_t i = 0; i < TM_FIELDS; i++) t->items[i] = NONE;
    return t;
}

static void struct_time_trace(Obj *o) { gc_mark_values(((Tuple *)o)->items, TM_FIELDS); }

static Value struct_time_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"sequence", "dict"};
    static const ArgSpec spec = {"structseq", kw, 2, 0, 1, 2};
    Value a[2];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Value it = obj_iter(a[0]);
    if (is_null(it)) {
        if (err_matches(&exc_TypeError)) {
            err_clear();
            raise_msg(&exc_TypeError, "constructor requires a sequence");
        }
        return NULLV;
    }
    Tuple *seq = seq_to_tuple(is_tuple(a[0]) ? a[0] : it);
    if (!seq) return NULLV;
    if (seq->len < TM_VISIBLE)
        return raise_fmt(&exc_TypeError, "%s() takes an at least %d-sequence (%zu-sequence given)",
                         type->name, TM_VISIBLE, seq->len);
    if (seq->len > TM_FIELDS)
        return raise_fmt(&exc_TypeError, "%s() takes an at most %d-sequence (%zu-sequence given)",
                         type->name, TM_FIELDS, seq->len);
    Value dict = is_null(a[1]) || is_none(a[1]) ? NULLV : a[1];
    if (!is_null(dict) && !is_instance(dict, &type_dict))
        return raise_fmt(&exc_TypeError, "%s() takes a dict as second arg, if any", type->name);
    Tuple *t = struct_time_alloc(type);
    if (!t) return NULLV;
    for (size_t i = 0; i < TM_FIELDS; i++) {
        if (i < seq->len) {
            t->items[i] = seq->items[i];
        } else if (!is_null(dict)) {
            Value v = dict_get_cstr(as_dict(dict), tm_field_names[i]);
            if (!is_null(v)) t->items[i] = v;
        }
    }
    return v_obj(t);
}

static Value struct_time_repr(Value self) {
    Tuple *t = as_tuple(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_adds(&b, type_of(self)->name);
    strbuf_addc(&b, '(');
    for (size_t i = 0; i < TM_VISIBLE; i++) {
        Value r = obj_repr(t->items[i]);
        if (is_null(r)) {
            strbuf_free(&b);
            return NULLV;
        }
        strbuf_addf(&b, "%s%s=", i ? ", " : "", tm_field_names[i]);
        strbuf_add_str(&b, as_str(r));
    }
    strbuf_addc(&b, ')');
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

#define FIELD_GETTER(i) \
    static Value get_field_##i(Value self) { return as_tuple(self)->items[i]; }
FIELD_GETTER(0) FIELD_GETTER(1) FIELD_GETTER(2) FIELD_GETTER(3) FIELD_GETTER(4)
FIELD_GETTER(5) FIELD_GETTER(6) FIELD_GETTER(7) FIELD_GETTER(8) FIELD_GETTER(9)
FIELD_GETTER(10)

/* The fields are read-only members, as in CPython's struct sequences. */
static int set_field(Value self, Value v) {
    (void)self, (void)v;
    raise_msg(&exc_AttributeError, "readonly attribute");
    return -1;
}

static const GetSetDef struct_time_getsets[] = {
    {"tm_year", get_field_0, set_field}, {"tm_mon", get_field_1, set_field},
    {"tm_mday", get_field_2, set_field}, {"tm_hour", get_field_3, set_field},
    {"tm_min", get_field_4, set_field}, {"tm_sec", get_field_5, set_field},
    {"tm_wday", get_field_6, set_field}, {"tm_yday", get_field_7, set_field},
    {"tm_isdst", get_field_8, set_field}, {"tm_zone", get_field_9, set_field},
    {"tm_gmtoff", get_field_10, set_field}, {NULL, NULL, NULL},
};

static Value struct_time_reduce(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!check_positional("__reduce__", nargs, kwnames, 0, 0)) return NULLV;
    Tuple *t = as_tuple(self);
    Tuple *visible = tuple_from(t->items, TM_VISIBLE);
    Dict *extra = dict_new();
    if (!visible || !extra) return NULLV;
    for (size_t i = TM_VISIBLE; i < TM_FIELDS; i++)
        if (dict_set_cstr(extra, tm_field_names[i], t->items[i]) < 0) return NULLV;
    Tuple *targs = tuple_pack(2, v_obj(visible), v_obj(extra));
    if (!targs) return NULLV;
    Tuple *r = tuple_pack(2, v_obj(type_of(self)), v_obj(targs));
    return r ? v_obj(r) : NULLV;
}

static const MethodDef struct_time_methods[] = {
    {"__reduce__", struct_time_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_struct_time = {
    .hdr = {.type = &type_type},
    .name = "time.struct_time",
    .base = &type_tuple,
    .basicsize = sizeof(Tuple),
    .flags = TPF_TUPLE_SUBCLASS,
    .trace = struct_time_trace,
    .new = struct_time_new,
    .repr = struct_time_repr,
    .getsets = struct_time_getsets,
    .methods = struct_time_methods,
    .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
           "accepted by asctime(), mktime() and strftime().  May be considered as a\n"
           "sequence of 9 integers.",
};

/* A struct tm as a struct_time. */
static Value struct_time_from_tm(const struct tm *tm, const char *zone, long gmtoff) {
    Tuple *t = struct_time_alloc(&type_struct_time);
    if (!t) return NULLV;
    int64_t fields[TM_VISIBLE] = {
        (int64_t)tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
        tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst,
    };
    for (size_t i = 0; i < TM_VISIBLE; i++) t->items[i] = v_int(fields[i]);
    Str *z = str_from_cstr(zone ? zone : "");
    if (!z) return NULLV;
    t->items[9] = v_str(z);
    t->items[10] = v_int(gmtoff);
    return v_obj(t);
}

static Value broken_down(Value *args, size_t nargs, Tuple *kwnames, const char *fname, bool local) {
    if (!parse_count(fname, nargs, kwnames, 0, 1)) return NULLV;
    time_t when;
    if (!timestamp_arg(nargs ? args[0] : NULLV, &when)) return NULLV;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&when, &tm) : gmtime_r(&when, &tm))) {
        if (errno == 0 || errno == EOVERFLOW)
            return raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
        return raise_errno(errno);
    }
    return struct_time_from_tm(&tm, tm.tm_zone, tm.tm_gmtoff);
}

TIME_FN(t_gmtime) { return broken_down(args, nargs, kwnames, "gmtime", false); }
TIME_FN(t_localtime) { return broken_down(args, nargs, kwnames, "localtime", true); }

/* A 9-tuple or struct_time as a struct tm (CPython's gettmarg). */
static bool tm_from_value(Value v, struct tm *tm, const char *fname) {
    if (!is_instance(v, &type_tuple)) {
        raise_msg(&exc_TypeError, "Tuple or struct_time argument required");
        return false;
    }
    Tuple *t = as_tuple(v);
    if (t->len != TM_VISIBLE) {
        raise_fmt(&exc_TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int64_t f[TM_VISIBLE];
    for (size_t i = 0; i < TM_VISIBLE; i++) {
        if (!obj_as_int64(t->items[i], &f[i])) {
            if (err_matches(&exc_OverflowError)) {
                err_clear();
                raise_msg(&exc_OverflowError, "signed integer is greater than maximum");
            }
            return false;
        }
        if (f[i] > INT_MAX || f[i] < INT_MIN) {
            raise_msg(&exc_OverflowError, f[i] > INT_MAX ? "signed integer is greater than maximum"
                                                         : "signed integer is less than minimum");
            return false;
        }
    }
    if (f[0] < (int64_t)INT_MIN + 1900) {
        raise_msg(&exc_OverflowError, "year out of range");
        return false;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    if (type_of(v) == &type_struct_time) {
        Value zone = t->items[9], off = t->items[10];
        if (is_str(zone)) tm->tm_zone = as_str(zone)->data;
        if (is_int(off)) tm->tm_gmtoff = as_int(off);
    }
    return true;
}

/* Range checks before handing a struct tm to strftime/asctime (zeros mean "lowest"). */
static bool check_tm(struct tm *tm) {
    const char *bad = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23)) bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59)) bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61)) bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
    }
    if (bad) raise_msg(&exc_ValueError, bad);
    return !bad;
}

/* The current local time when the optional time-tuple argument is absent. */
static bool tm_arg_or_now(Value *args, size_t nargs, struct tm *tm, const char *fname) {
    if (nargs == 0) {
        time_t now = time(NULL);
        if (!localtime_r(&now, tm)) {
            raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        return true;
    }
    return tm_from_value(args[0], tm, fname) && check_tm(tm);
}

TIME_FN(t_strftime) {
    if (!parse_count("strftime", nargs, kwnames, 1, 2)) return NULLV;
    if (!is_instance(args[0], &type_str))
        return raise_fmt(&exc_TypeError, "strftime() argument 1 must be str, not %s",
                         type_name_of(args[0]));
    struct tm tm;
    if (!tm_arg_or_now(args + 1, nargs - 1, &tm, "strftime")) return NULLV;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    Str *fmt = as_str(args[0]);
    if (strlen(fmt->data) != fmt->nbytes) return raise_msg(&exc_ValueError, "embedded null character");
    if (fmt->nbytes == 0) return v_str(str_empty());
    /* strftime returns 0 both for "too small" and for an empty expansion: grow a while */
    size_t limit = 256 * fmt->nbytes + 1024;
    for (size_t cap = 1024;; cap *= 2) {
        char *buf = malloc(cap);
        if (!buf) return raise_no_memory();
        size_t n = strftime(buf, cap, fmt->data, &tm);
        if (n == 0 && cap < limit) {
            free(buf);
            continue;
        }
        Str *r = utf8_valid(buf, n) ? str_new(buf, n) : NULL;
        bool invalid = !r && !err_occurred();
        free(buf);
        if (invalid) return raise_msg(&exc_ValueError, "strftime() produced invalid UTF-8");
        return r ? v_str(r) : NULLV;
    }
}

static Value format_asctime(const struct tm *tm) {
    static const char wday[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->tm_wday % 7],
             mon[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             1900 + (long long)tm->tm_year);
    return str_value_cstr(buf);
}

TIME_FN(t_asctime) {
    if (!check_positional("asctime", nargs, kwnames, 0, 1)) return NULLV;
    struct tm tm;
    if (!tm_arg_or_now(args, nargs, &tm, "asctime")) return NULLV;
    return format_asctime(&tm);
}

TIME_FN(t_ctime) {
    if (!parse_count("ctime", nargs, kwnames, 0, 1)) return NULLV;
    time_t when;
    if (!timestamp_arg(nargs ? args[0] : NULLV, &when)) return NULLV;
    struct tm tm;
    if (!localtime_r(&when, &tm))
        return raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

TIME_FN(t_mktime) {
    if (!one_arg("time.mktime", nargs, kwnames)) return NULLV;
    struct tm tm;
    if (!tm_from_value(args[0], &tm, "mktime")) return NULLV;
    tm.tm_wday = -1;        /* mktime sets it on success: tells -1 the error from -1 the time */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return raise_msg(&exc_OverflowError, "mktime argument out of range");
    return v_float((double)t);
}

static bool add_timezone(Value mod);

TIME_FN(t_tzset) {
    (void)args;
    if (!check_positional("time.tzset", nargs, kwnames, 0, 0)) return NULLV;
    return add_timezone(module) ? NONE : NULLV;
}

/* ---- the module ---- */

static const MethodDef time_functions[] = {
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", t_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", t_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", t_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", t_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", t_thread_time_ns, 0, "Thread time for profiling as nanoseconds."},
    {"clock_gettime", t_clock_gettime, 0, "Return the time of the specified clock clk_id as a float."},
    {"clock_gettime_ns", t_clock_gettime_ns, 0, "Return the time of the specified clock clk_id as nanoseconds (int)."},
    {"clock_getres", t_clock_getres, 0, "Return the resolution (precision) of the specified clock clk_id."},
    {"tzset", t_tzset, 0, "Initialize, or reinitialize, the local timezone to the value of the\n"
                         "environment variable TZ."},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {"gmtime", t_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", t_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", t_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch."},
    {"strftime", t_strftime, 0, "Convert a time tuple to a string according to a format specification."},
    {"asctime", t_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", t_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time."},
    {NULL, NULL, 0, NULL},
};

/* timezone, altzone, daylight and tzname from January and July of this year. */
static bool add_timezone(Value mod) {
    tzset();
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    localtime_r(&t, &jan);
    t += year / 2;
    localtime_r(&t, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    Str *janname = str_from_cstr(jan.tm_zone ? jan.tm_zone : "");
    Str *julname = str_from_cstr(jul.tm_zone ? jul.tm_zone : "");
    if (!janname || !julname) return false;
    bool southern = janzone < julzone;      /* DST in January */
    Tuple *names_pair = southern ? tuple_pack(2, v_str(julname), v_str(janname))
                                 : tuple_pack(2, v_str(janname), v_str(julname));
    return names_pair &&
           module_add_int(mod, "timezone", southern ? julzone : janzone) &&
           module_add_int(mod, "altzone", southern ? janzone : julzone) &&
           module_add_int(mod, "daylight", janzone != julzone) &&
           module_add_value(mod, "tzname", v_obj(names_pair));
}

/* Class attributes of struct sequences: field counts and __match_args__. */
static bool struct_time_attributes(Type *t) {
    Tuple *match = tuple_new(TM_VISIBLE);
    if (!match) return false;
    for (size_t i = 0; i < TM_VISIBLE; i++) {
        Str *n = str_intern_cstr(tm_field_names[i]);
        if (!n) return false;
        match->items[i] = v_str(n);
    }
    return dict_set_cstr(t->dict, "n_sequence_fields", v_int(TM_VISIBLE)) == 0 &&
           dict_set_cstr(t->dict, "n_fields", v_int(TM_FIELDS)) == 0 &&
           dict_set_cstr(t->dict, "n_unnamed_fields", v_int(0)) == 0 &&
           dict_set_cstr(t->dict, "__match_args__", v_obj(match)) == 0;
}

Value module_init_time(void) {
    if (!(type_struct_time.flags & TPF_READY) &&
        (!type_ready(&type_struct_time) || !struct_time_attributes(&type_struct_time)))
        return NULLV;
    Value mod = module_new("time");
    if (is_null(mod)) return NULLV;
    if (!module_add_functions(mod, time_functions) ||
        !module_add_value(mod, "struct_time", v_obj(&type_struct_time)) ||
        !module_add_int(mod, "_STRUCT_TM_ITEMS", TM_FIELDS) ||
        !module_add_int(mod, "CLOCK_REALTIME", CLOCK_REALTIME) ||
        !module_add_int(mod, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) ||
        !module_add_int(mod, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) ||
        !module_add_int(mod, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) ||
        !add_timezone(mod))
        return NULLV;
    return mod;
}
