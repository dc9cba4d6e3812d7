#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char pb_buf_empty[1];

void pb_buf_init(pb_buf *b)
{
	b->ptr = pb_buf_empty;
	b->len = 0;
	b->cap = 0;
}

void pb_buf_free(pb_buf *b)
{
	if (b->cap)
		free(b->ptr);
	pb_buf_init(b);
}

int pb_buf_grow(pb_buf *b, size_t n)
{
	size_t need, cap;
	char *p;

	if (n > SIZE_MAX - 1 - b->len)
		return -1;
	need = b->len + n + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need) {
		if (cap > SIZE_MAX / 2) {
			cap = need;
			break;
		}
		cap *= 2;
	}
	p = realloc(b->cap ? b->ptr : NULL, cap);
	if (!p)
		return -1;
	/* zero the new room: PCRE2's JIT reads whole words past the end of
	 * a subject, which must not be uninitialised memory */
	memset(p + b->cap, 0, cap - b->cap);
	b->ptr = p;
	b->cap = cap;
	return 0;
}

int pb_buf_adds(pb_buf *b, const char *s)
{
	return pb_buf_add(b, s, strlen(s));
}

int pb_buf_printf(pb_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || pb_buf_grow(b, (size_t)n) < 0)
		return -1;
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void pb_buf_consume(pb_buf *b, size_t n)
{
	if (n >= b->len) {
		pb_buf_reset(b);
		return;
	}
	memmove(b->ptr, b->ptr + n, b->len - n);
	b->len -= n;
	b->ptr[b->len] = '\0';
}
