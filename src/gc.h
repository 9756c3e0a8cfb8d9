/* gc.h — allocation and the tracing mark-sweep collector.
 *
 * Objects are allocated from size-class pages (large ones individually) and never move.
 * Roots: the frames of every thread's data stack, registered global Value slots, and the
 * C stack plus registers scanned conservatively, so C code keeps temporaries in plain
 * locals without registering them.  No reference counting anywhere.
 */
#ifndef MINNOW_GC_H
#define MINNOW_GC_H

#include "object.h"

void gc_init(void *stack_base);
/* A zeroed object of `size` bytes (>= sizeof(Obj)) with its header set.  Raises
 * MemoryError and returns NULL when memory is exhausted. */
void *gc_alloc(Type *type, size_t size);
/* Tell the collector about memory an object owns outside the heap (list item arrays,
 * dict tables, GMP limbs), so allocation pressure counts it. */
void gc_note_external(int64_t delta_bytes);

void gc_collect(void);
void gc_add_root(Value *slot);              /* a global Value the collector must see */
void gc_add_root_obj(Obj **slot);

/* Used by Type.trace implementations. */
void gc_mark_value(Value v);
void gc_mark_obj(void *o);                  /* NULL and static objects are fine */
void gc_mark_values(const Value *v, size_t n);

bool gc_is_heap_object(const void *p);
/* A statically allocated object (a built-in type): never freed, traced every collection. */
void gc_register_static(Obj *o);

typedef struct GcStats {
    uint64_t collections, bytes_live, bytes_since_gc, objects_live;
} GcStats;
GcStats gc_stats(void);

extern bool gc_enabled;

/* Objects that must run Python code before they die (an instance with __del__, a
 * generator suspended inside try/finally or with) are kept alive through the collection
 * that finds them unreachable and queued; gc_run_finalizers() runs the queue at a safe
 * point: gc.collect() and the eval loop's RESUME and backward jumps.  Each object is
 * finalized once; the next collection frees it if it is still unreachable. */
extern bool gc_finalizers_pending;
void gc_run_finalizers(void);
bool obj_needs_finalizer(Obj *o);       /* gen.c */
void obj_run_finalizer(Obj *o);         /* gen.c */
/* While positive, allocation never collects.  Copying functions (list_from, tuple_from)
 * use it: their source is often the interior buffer of an object nothing else still
 * references, and a collection in between would free it under them. */
extern int gc_defer;
/* Keep `x` (an object pointer or Value) visible to the conservative stack scan up to
 * this point, when code only uses a malloc'd buffer of the object in between. */
#define KEEP_ALIVE(x) __asm__ volatile("" : : "m"(x) : "memory")
#endif
