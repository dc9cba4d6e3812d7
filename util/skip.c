#include <string.h>

#include "util.h"

/* distinct types said by name; past them, one warning for the rest */
enum { SAY_TYPES = 100 };

/* The types said so far are kept NUL-separated in seen: a stream of
 * them is one type, said once, not a warning a line.  Only the first
 * SAY_TYPES are said and kept: any other tool's JSON lines, each of a
 * type of its own, gave a warning a record, and the list, scanned for
 * every record, took time growing with the square of their number (40,000
 * types: 5 s). */
void pb_skip_type(pb_buf *seen, const char *type, const char *file, long line, const char *why)
{
	static int said_rest;
	size_t n = strlen(type), count = 0;

	for (size_t i = 0; i < seen->len; i += strlen(seen->ptr + i) + 1, count++)
		if (!strcmp(seen->ptr + i, type))
			return;
	if (count >= SAY_TYPES) {
		if (!said_rest)
			pb_diag(0, file, line, "warning: records of more than %d types %s; skipped, "
			                       "these and any further types without a word each",
			        SAY_TYPES, why);
		said_rest = 1;
		return;
	}
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
