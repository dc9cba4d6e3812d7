#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "swar.h"

/* Blocks are chained newest first; only the newest one is filled. */
struct pb_arena {
	pb_arena *next;
	size_t cap, used;
	char data[];
};

enum {
	FIRST_BLOCK = 4096 - sizeof(pb_arena) - 64, /* room for malloc's header */
	MAX_BLOCK = 64 * 1024,
};

static pb_arena *new_block(size_t cap, pb_arena *next)
{
	if (cap > SIZE_MAX - sizeof(pb_arena))
		return NULL;
	pb_arena *b = malloc(sizeof *b + cap);
	if (!b)
		return NULL;
	b->next = next;
	b->cap = cap;
	b->used = 0;
	return b;
}

static char *alloc_slow(pb_arena **a, size_t n);

/* Inline where the arena's strings are made: a hundred or so a project,
 * nearly all from the room left in the newest block. */
static inline char *alloc(pb_arena **a, size_t n)
{
	pb_arena *b = *a;
	if (b && b->cap - b->used >= n) {
		char *p = b->data + b->used;
		b->used += n;
		return p;
	}
	return alloc_slow(a, n);
}

char *pb_arena_alloc(pb_arena **a, size_t n)
{
	return alloc(a, n);
}

static char *alloc_slow(pb_arena **a, size_t n)
{
	pb_arena *b = *a;
	size_t cap = b ? b->cap * 2 : FIRST_BLOCK;
	if (cap > MAX_BLOCK)
		cap = MAX_BLOCK;
	if (n > cap / 4) {
		/* a big string gets a block of its own, kept behind the current
		 * one so that the room left there is not lost */
		pb_arena *big = new_block(n, b ? b->next : NULL);
		if (!big)
			return NULL;
		big->used = n;
		if (b)
			b->next = big;
		else
			*a = big;
		return big->data;
	}
	pb_arena *nb = new_block(cap, b);
	if (!nb)
		return NULL;
	*a = nb;
	nb->used = n;
	return nb->data;
}

char *pb_arena_strndup(pb_arena **a, const char *s, size_t n)
{
	const char *nul = memchr(s, '\0', n);
	if (nul)
		n = (size_t)(nul - s);
	if (n == SIZE_MAX)
		return NULL;
	char *p = alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *pb_arena_memdup(pb_arena **a, const char *s, size_t n)
{
	char *p = n < SIZE_MAX ? alloc(a, n + 1) : NULL;
	if (!p)
		return NULL;
	/* most are a table's short cells: no memcpy call for them */
	if (n > 16)
		memcpy(p, s, n);
	else
		pb_copy16(p, s, n);
	p[n] = '\0';
	return p;
}

char *pb_arena_strdup(pb_arena **a, const char *s)
{
	size_t n = strlen(s);
	char *p = alloc(a, n + 1);
	if (p)
		memcpy(p, s, n + 1);
	return p;
}

void pb_arena_reset(pb_arena **a)
{
	pb_arena *b = *a;
	if (!b)
		return;
	pb_arena_free(&b->next);
	b->used = 0;
}

void pb_arena_free(pb_arena **a)
{
	for (pb_arena *b = *a, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	*a = NULL;
}
