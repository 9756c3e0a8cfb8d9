/* gc.c — size-class page allocator and the non-moving mark-sweep collector.
 *
 * Small objects come from 64 KiB pages, one size class per page; a free slot has a
 * NULL type and links to the next free slot.  Large objects get pages of their own.
 * Every page is registered in a hash map from page address to PageInfo, which lets the
 * conservative C-stack scan map any interior pointer to its object.  Marking uses an
 * explicit stack, so deep structures do not recurse on the C stack.
 */
#include "gc.h"
#include "error.h"
#include "frame.h"
#include "str.h"

#include <setjmp.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
/* Under AddressSanitizer a freed slot is poisoned past its header (type + free-list
 * link), so a use of a collected object is reported where it happens. */
#define POISON_SLOT(o, size) ASAN_POISON_MEMORY_REGION((char *)(o) + sizeof(Obj), (size) - sizeof(Obj))
#define UNPOISON_SLOT(o, size) ASAN_UNPOISON_MEMORY_REGION((char *)(o) + sizeof(Obj), (size) - sizeof(Obj))
#else
#define POISON_SLOT(o, size) ((void)(o), (void)(size))
#define UNPOISON_SLOT(o, size) ((void)(o), (void)(size))
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_SIZE ((uintptr_t)1 << 16)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define MAX_SMALL 2048

enum { GC_MARK = 1, GC_STATIC = 2, GC_FINALIZED = 4 };

typedef struct PageInfo {
    char *base;                 /* page start (aligned) */
    char *objs;                 /* first object */
    size_t obj_size;            /* size class, or the whole object for large pages */
    size_t nobjs;
    size_t npages;              /* large objects span several map entries */
    bool large;
    struct PageInfo *next;      /* all pages list */
} PageInfo;

static const uint16_t size_classes[] = {
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
    640, 768, 1024, 1280, 1536, 2048,
};
#define NCLASSES (sizeof size_classes / sizeof size_classes[0])

static Obj *free_lists[NCLASSES];
static PageInfo *all_pages;

/* page map: open addressing from page address to PageInfo */
static PageInfo **page_map;
static size_t page_map_cap, page_map_count;

static void **mark_stack;
static size_t mark_len, mark_cap;

static Value **value_roots;
static size_t nvalue_roots, cap_value_roots;
static Obj ***obj_roots;
static size_t nobj_roots, cap_obj_roots;

static char *stack_base;
static uint64_t bytes_live, bytes_since_gc, threshold = 8u << 20, ncollections, objects_live;
static int64_t stress_every, stress_count;
static bool collecting;
bool gc_enabled = true;
bool gc_finalizers_pending;
static Obj **final_queue;
static size_t nfinal, capfinal;
int gc_defer;

static inline size_t page_hash(uintptr_t page) { return (size_t)((page >> 16) * 0x9E3779B97F4A7C15ull); }

/* A removed entry leaves a tombstone so probe chains stay intact. */
static PageInfo tombstone;

static void page_map_put(uintptr_t page, PageInfo *info) {
    size_t mask = page_map_cap - 1, i = page_hash(page) & mask;
    while (page_map[i] && page_map[i] != &tombstone) i = (i + 1) & mask;
    page_map[i] = info;
    page_map_count++;
}

/* Make room for n more entries (rebuilding drops the tombstones). */
static bool page_map_reserve(size_t n) {
    if ((page_map_count + n) * 2 <= page_map_cap) return true;
    size_t cap = page_map_cap ? page_map_cap : 1024;
    while ((page_map_count + n) * 2 > cap) cap *= 2;
    PageInfo **fresh = calloc(cap, sizeof *fresh);
    if (!fresh) return false;
    free(page_map);
    page_map = fresh;
    page_map_cap = cap;
    page_map_count = 0;
    for (PageInfo *p = all_pages; p; p = p->next)
        for (size_t k = 0; k < p->npages; k++) page_map_put((uintptr_t)p->base + k * PAGE_SIZE, p);
    return true;
}

static bool page_contains(PageInfo *p, uintptr_t page) {
    uintptr_t base = (uintptr_t)p->base;
    return page >= base && page < base + p->npages * PAGE_SIZE;
}

static PageInfo *page_map_find(uintptr_t page) {
    if (!page_map_cap) return NULL;
    size_t mask = page_map_cap - 1, i = page_hash(page) & mask;
    for (PageInfo *p; (p = page_map[i]); i = (i + 1) & mask)
        if (p != &tombstone && page_contains(p, page)) return p;
    return NULL;
}

static void page_map_remove(PageInfo *info) {
    for (size_t k = 0; k < info->npages; k++) {
        uintptr_t page = (uintptr_t)info->base + k * PAGE_SIZE;
        size_t mask = page_map_cap - 1, i = page_hash(page) & mask;
        for (; page_map[i]; i = (i + 1) & mask)
            if (page_map[i] == info) { page_map[i] = &tombstone; break; }
    }
}

static PageInfo *new_page(size_t obj_size, size_t total_bytes, bool large) {
    size_t npages = (total_bytes + PAGE_SIZE - 1) / PAGE_SIZE;
    if (!page_map_reserve(npages)) return NULL;
    char *mem = aligned_alloc(PAGE_SIZE, npages * PAGE_SIZE);
    PageInfo *info = malloc(sizeof *info);
    if (!mem || !info) { free(mem); free(info); return NULL; }
    info->base = mem;
    info->objs = mem;
    info->obj_size = obj_size;
    info->nobjs = large ? 1 : PAGE_SIZE / obj_size;
    info->npages = npages;
    info->large = large;
    info->next = all_pages;
    all_pages = info;
    for (size_t k = 0; k < npages; k++) page_map_put((uintptr_t)mem + k * PAGE_SIZE, info);
    return info;
}

static int class_of(size_t size) {
    for (size_t i = 0; i < NCLASSES; i++)
        if (size <= size_classes[i]) return (int)i;
    return -1;
}

static inline Obj **free_next(Obj *o) { return (Obj **)((char *)o + sizeof(Type *)); }

static bool refill(int cls) {
    size_t sz = size_classes[cls];
    PageInfo *p = new_page(sz, PAGE_SIZE, false);
    if (!p) return false;
    memset(p->base, 0, PAGE_SIZE);
    for (size_t i = p->nobjs; i-- > 0;) {
        Obj *o = (Obj *)(p->objs + i * sz);
        *free_next(o) = free_lists[cls];
        free_lists[cls] = o;
    }
    return true;
}

void *gc_alloc(Type *type, size_t size) {
    if (size < sizeof(Obj)) size = sizeof(Obj);
#if defined(__SANITIZE_ADDRESS__)
    /* a poisoned redzone after each object catches writes past its end */
    size_t requested = size;
    size += 16;
#endif
    if (gc_enabled && !collecting && !gc_defer) {
        if (stress_every && ++stress_count >= stress_every) { stress_count = 0; gc_collect(); }
        else if (bytes_since_gc > threshold) gc_collect();
    }
    Obj *o;
    int cls = class_of(size);
    if (cls >= 0) {
        if (!free_lists[cls] && !refill(cls)) { raise_no_memory(); return NULL; }
        o = free_lists[cls];
        free_lists[cls] = *free_next(o);
        UNPOISON_SLOT(o, size_classes[cls]);
        memset(o, 0, size_classes[cls]);
        size = size_classes[cls];
    } else {
        PageInfo *p = new_page(size, size, true);
        if (!p) { raise_no_memory(); return NULL; }
        o = (Obj *)p->objs;
        memset(o, 0, size);
    }
#if defined(__SANITIZE_ADDRESS__)
    ASAN_POISON_MEMORY_REGION((char *)o + requested, size - requested);
#endif
    o->type = type;
    bytes_since_gc += size;
    bytes_live += size;
    objects_live++;
    return o;
}

void gc_note_external(int64_t delta) {
    if (delta > 0) bytes_since_gc += (uint64_t)delta;
}

/* ---- roots ---- */

void gc_add_root(Value *slot) {
    if (nvalue_roots == cap_value_roots) {
        cap_value_roots = cap_value_roots ? cap_value_roots * 2 : 64;
        value_roots = realloc(value_roots, cap_value_roots * sizeof *value_roots);
        if (!value_roots) abort();
    }
    value_roots[nvalue_roots++] = slot;
}

void gc_add_root_obj(Obj **slot) {
    if (nobj_roots == cap_obj_roots) {
        cap_obj_roots = cap_obj_roots ? cap_obj_roots * 2 : 64;
        obj_roots = realloc(obj_roots, cap_obj_roots * sizeof *obj_roots);
        if (!obj_roots) abort();
    }
    obj_roots[nobj_roots++] = slot;
}

/* ---- marking ---- */

static Obj *find_object(uintptr_t addr) {
    PageInfo *p = page_map_find(addr & PAGE_MASK);
    if (!p) return NULL;
    uintptr_t objs = (uintptr_t)p->objs;
    if (addr < objs) return NULL;
    size_t idx = (addr - objs) / p->obj_size;
    if (idx >= p->nobjs) return NULL;
    Obj *o = (Obj *)(objs + idx * p->obj_size);
    return o->type ? o : NULL;
}

bool gc_is_heap_object(const void *ptr) {
    return find_object((uintptr_t)ptr) == (const Obj *)ptr;
}

static void mark_push(void *o) {
    if (mark_len == mark_cap) {
        mark_cap = mark_cap ? mark_cap * 2 : 4096;
        void **n = realloc(mark_stack, mark_cap * sizeof *mark_stack);
        if (!n) { fputs("minnow: out of memory while collecting\n", stderr); abort(); }
        mark_stack = n;
    }
    mark_stack[mark_len++] = o;
}

void gc_mark_obj(void *ptr) {
    Obj *o = ptr;
    if (!o || (o->gcbits & (GC_MARK | GC_STATIC))) return;
    o->gcbits |= GC_MARK;
    mark_push(o);
}

void gc_mark_value(Value v) {
    if (v.tag == TAG_OBJ) gc_mark_obj(v.u.o);
}

void gc_mark_values(const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (v[i].tag == TAG_OBJ) gc_mark_obj(v[i].u.o);
}

static void drain(void) {
    while (mark_len) {
        Obj *o = mark_stack[--mark_len];
        Type *t = o->type;
        if (!t) {
            if (page_map_find((uintptr_t)o & PAGE_MASK)) {
                /* a collected object is still referenced: a missing root */
#if defined(__SANITIZE_ADDRESS__)
                fprintf(stderr, "minnow: GC: marked a collected object at %p\n", (void *)o);
                abort();
#else
                continue;
#endif
            }
            t = &type_type;     /* a static type not readied yet */
        }
        gc_mark_obj(t);
        if (t->trace) t->trace(o);
    }
}

/* Static objects (built-in types) are never freed, but what they reference is. */
static Obj **static_objs;
static size_t nstatic, capstatic;

void gc_register_static(Obj *o) {
    if (o->gcbits & GC_STATIC) return;
    o->gcbits |= GC_STATIC;
    if (nstatic == capstatic) {
        capstatic = capstatic ? capstatic * 2 : 256;
        static_objs = realloc(static_objs, capstatic * sizeof *static_objs);
        if (!static_objs) abort();
    }
    static_objs[nstatic++] = o;
}

__attribute__((no_sanitize_address, noinline))
static void scan_range(char *lo, char *hi) {
    lo = (char *)(((uintptr_t)lo + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1));
    for (char *p = lo; p + sizeof(void *) <= hi; p += sizeof(void *)) {
        uintptr_t w;
        memcpy(&w, p, sizeof w);
        Obj *o = find_object(w);
        if (o) gc_mark_obj(o);
    }
}

__attribute__((noinline))
static void scan_c_stack(void) {
    jmp_buf regs;
    setjmp(regs);               /* spill callee-saved registers into this frame */
    char here;
    char *lo = &here, *hi = stack_base;
    if (lo > hi) { char *t = lo; lo = hi; hi = t; }
    scan_range((char *)&regs, (char *)&regs + sizeof regs);
    scan_range(lo, hi);
}

void frame_trace_slots(Frame *f);   /* frame.c */

static void mark_roots(void) {
    for (size_t i = 0; i < nfinal; i++) gc_mark_obj(final_queue[i]);
    for (size_t i = 0; i < nvalue_roots; i++) gc_mark_value(*value_roots[i]);
    for (size_t i = 0; i < nobj_roots; i++) gc_mark_obj(*obj_roots[i]);
    for (size_t i = 0; i < nstatic; i++) {
        Obj *o = static_objs[i];
        if (o->type && o->type->trace) o->type->trace(o);
    }
    str_mark_interned();
    if (tstate) {
        for (Frame *f = tstate->frame; f; f = f->previous) frame_trace_slots(f);
        gc_mark_value(tstate->exc);
        gc_mark_value(tstate->handled);
        gc_mark_value(tstate->trace_func);
        gc_mark_value(tstate->profile_func);
        thread_trace_pending(tstate);
    }
    scan_c_stack();
}

/* Unreachable objects that need Python-level finalization survive this collection
 * (with everything they reference) and wait in final_queue. */
static void queue_finalizers(void) {
    size_t first = nfinal;
    for (PageInfo *p = all_pages; p; p = p->next)
        for (size_t i = 0; i < p->nobjs; i++) {
            Obj *o = (Obj *)(p->objs + i * p->obj_size);
            if (!o->type || (o->gcbits & (GC_MARK | GC_FINALIZED)) || !obj_needs_finalizer(o)) continue;
            if (nfinal == capfinal) {
                size_t cap = capfinal ? capfinal * 2 : 64;
                Obj **q = realloc(final_queue, cap * sizeof *q);
                if (!q) return;     /* no room to queue: the object just dies unfinalized */
                final_queue = q;
                capfinal = cap;
            }
            o->gcbits |= GC_FINALIZED;
            final_queue[nfinal++] = o;
        }
    for (size_t i = first; i < nfinal; i++) gc_mark_obj(final_queue[i]);
    drain();
    if (nfinal) gc_finalizers_pending = true;
}

void gc_run_finalizers(void) {
    static bool running;
    if (running || !nfinal) return;
    running = true;
    while (nfinal) {
        Obj *o = final_queue[0];
        memmove(final_queue, final_queue + 1, (nfinal - 1) * sizeof *final_queue);
        nfinal--;
        obj_run_finalizer(o);
    }
    gc_finalizers_pending = false;
    running = false;
}

/* Finalizers run first, in a pass of their own: a dead instance and its dead class
 * may share a collection, and the instance's finalizer is found through the class. */
static void finalize_dead(void) {
    for (PageInfo *p = all_pages; p; p = p->next)
        for (size_t i = 0; i < p->nobjs; i++) {
            Obj *o = (Obj *)(p->objs + i * p->obj_size);
            if (o->type && !(o->gcbits & GC_MARK) && o->type->finalize) o->type->finalize(o);
        }
}

static void sweep(void) {
    bytes_live = 0;
    objects_live = 0;
    PageInfo **link = &all_pages;
    while (*link) {
        PageInfo *p = *link;
        size_t live = 0;
        for (size_t i = 0; i < p->nobjs; i++) {
            Obj *o = (Obj *)(p->objs + i * p->obj_size);
            if (!o->type) continue;
            if (o->gcbits & GC_MARK) {
                o->gcbits &= ~(uint32_t)GC_MARK;
                live++;
                continue;
            }
            o->type = NULL;
            if (!p->large) {
                int cls = class_of(p->obj_size);
                UNPOISON_SLOT(o, p->obj_size);
                memset((char *)o + sizeof(Type *), 0, p->obj_size - sizeof(Type *));
                *free_next(o) = free_lists[cls];
                free_lists[cls] = o;
                POISON_SLOT(o, p->obj_size);
            }
        }
        if (p->large && !live) {
            *link = p->next;
            page_map_remove(p);
            free(p->base);
            free(p);
            continue;
        }
        bytes_live += live * p->obj_size;
        objects_live += live;
        link = &p->next;
    }
}

void gc_collect(void) {
    if (collecting) return;
    collecting = true;
    mark_roots();
    drain();
    queue_finalizers();
    finalize_dead();
    sweep();
    ncollections++;
    bytes_since_gc = 0;
    threshold = bytes_live > (8u << 20) ? bytes_live : (8u << 20);
    collecting = false;
}

GcStats gc_stats(void) {
    return (GcStats){ncollections, bytes_live, bytes_since_gc, objects_live};
}

void gc_init(void *base) {
    stack_base = base;
    const char *s = getenv("MINNOW_GC_STRESS");
    if (s && *s) stress_every = atoll(s) > 0 ? atoll(s) : 1;
#ifdef MINNOW_GC_STRESS
    if (!stress_every) stress_every = 1;
#endif
}
