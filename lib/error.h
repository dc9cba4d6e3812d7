/*
 * error.h - errors the library returns instead of printing or exiting.
 *
 * A pb_err holds the first error of an operation (sticky) with its
 * position; the tool decides how to report it.  pb_error() returns -1 so
 * callers write `return pb_error(e, line, "...")`.
 */
#ifndef PB_ERROR_H
#define PB_ERROR_H

typedef struct {
	int set;
	long line;      /* 1-based line, 0 when it is not about a line */
	long long byte; /* 1-based byte offset, 0 when unknown */
	char msg[256];
} pb_err;

int pb_error(pb_err *e, long line, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
void pb_err_clear(pb_err *e);

#endif
