/*
 * arena.h - strings that live and die together.
 *
 * A parsed project holds a hundred or so short strings that are all freed
 * at once; taking them from a few large blocks instead of one malloc each
 * halves the time spent on them.  The arena starts as a NULL pointer and
 * is created by the first allocation.  Nothing is freed before
 * pb_arena_free, so callers that rewrite a string many times should build
 * it elsewhere and store only the result.
 */
#ifndef PB_ARENA_H
#define PB_ARENA_H

#include <stddef.h>

typedef struct pb_arena pb_arena;

/* n bytes (unaligned: for text), NULL on out of memory or overflow. */
char *pb_arena_alloc(pb_arena **a, size_t n);
/* s[0..n) and a terminating NUL, stopping early at a NUL like strndup. */
char *pb_arena_strndup(pb_arena **a, const char *s, size_t n);
/* s[0..n), which holds no NUL, and a terminating NUL: strndup for a
 * caller that knows the length, without looking for a NUL. */
char *pb_arena_memdup(pb_arena **a, const char *s, size_t n);
/* strdup into the arena */
char *pb_arena_strdup(pb_arena **a, const char *s);
/* Free every block but the newest, and empty that one: the next set of
 * strings starts without a malloc.  The strings are gone. */
void pb_arena_reset(pb_arena **a);
/* Free every block; *a becomes NULL. */
void pb_arena_free(pb_arena **a);

#endif
