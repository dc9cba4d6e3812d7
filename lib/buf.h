/*
 * buf.h - growable byte buffer.
 *
 * Invariants (rely on them):
 *  - b->ptr is never NULL: an empty buffer points at a shared static "".
 *  - b->ptr[b->len] == '\0' always, so the contents can be used as a C
 *    string when they hold no NUL.
 *  - bytes past len up to the capacity are initialised (zero when new).
 *  - growth checks for size_t overflow; on allocation failure the buffer
 *    is left unchanged and the function returns -1 (never exits).
 */
#ifndef PB_BUF_H
#define PB_BUF_H

#include <stddef.h>
#include <string.h>

#include "compiler.h"

typedef struct {
	char *ptr;
	size_t len;
	size_t cap; /* 0 while ptr is the static empty string */
} pb_buf;

#define PB_BUF_INIT { pb_buf_empty, 0, 0 }
extern char pb_buf_empty[1];

void pb_buf_init(pb_buf *b);
void pb_buf_free(pb_buf *b);
/* make room for n more bytes; -1 on overflow or out of memory */
PB_MUST_CHECK int pb_buf_grow(pb_buf *b, size_t n);
PB_MUST_CHECK int pb_buf_adds(pb_buf *b, const char *s);

/* append n bytes; inline: the writers call these for every field */
PB_MUST_CHECK static inline int pb_buf_add(pb_buf *b, const void *data, size_t n)
{
	if (n == 0)
		return 0;
	if ((b->cap <= b->len || n >= b->cap - b->len) && pb_buf_grow(b, n) < 0)
		return -1;
	memcpy(b->ptr + b->len, data, n);
	b->len += n;
	b->ptr[b->len] = '\0';
	return 0;
}

PB_MUST_CHECK static inline int pb_buf_addc(pb_buf *b, int c)
{
	if (b->cap - b->len < 2 && pb_buf_grow(b, 1) < 0)
		return -1;
	b->ptr[b->len++] = (char)c;
	b->ptr[b->len] = '\0';
	return 0;
}
PB_MUST_CHECK int pb_buf_printf(pb_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* inline: called for nearly every line and field */
static inline void pb_buf_truncate(pb_buf *b, size_t len)
{
	if (len >= b->len)
		return;
	b->len = len;
	if (b->cap)
		b->ptr[len] = '\0';
}

static inline void pb_buf_reset(pb_buf *b)
{
	pb_buf_truncate(b, 0);
}
/* drop the first n bytes */
void pb_buf_consume(pb_buf *b, size_t n);

#endif
