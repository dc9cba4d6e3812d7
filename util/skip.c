#include <string.h>

#include "util.h"

/* The types said so far are kept NUL-separated in seen: a stream of
 * them is one type, said once, not a warning a line. */
void pb_skip_type(pb_buf *seen, const char *type, const char *file, long line, const char *why)
{
	size_t n = strlen(type);

	for (size_t i = 0; i < seen->len; i += strlen(seen->ptr + i) + 1)
		if (!strcmp(seen->ptr + i, type))
			return;
	/* short of memory, the type is said again next time: nothing lost */
	int kept = pb_buf_add(seen, type, n + 1);
	(void)kept;
	/* a type is the input's text, of any length: a 1 MB one made a
	 * 1 MB warning.  Cut at a character's start; the message escapes
	 * its control characters. */
	size_t k = n;
	if (k > 80)
		for (k = 80; k && ((unsigned char)type[k] & 0xC0) == 0x80;)
			k--;
	pb_diag(0, file, line, "warning: '%.*s%s' records %s; skipped", (int)k, type,
	        k < n ? "..." : "", why);
}
