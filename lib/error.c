#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int pb_error(pb_err *e, long line, const char *fmt, ...)
{
	va_list ap;

	if (!e || e->set)
		return -1;
	e->set = 1;
	e->line = line;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

void pb_err_clear(pb_err *e)
{
	memset(e, 0, sizeof *e);
}
