/*
 * jsonesc.h - the four hex digits of a JSON string's \uXXXX escape.
 *
 * Read by ndfast.c, which decodes escapes, and by source.c, which looks
 * for the ones json-c takes and the tools must not (\u0000, a lone
 * surrogate): one reading, so that the two agree on what an escape is.
 */
#ifndef PB_JSONESC_H
#define PB_JSONESC_H

/* The code unit of the four hex digits (either case) at h, or -1 when
 * fewer than four bytes are left before end or one is no hex digit. */
static inline long pb_json_hex4(const char *h, const char *end)
{
	long v = 0;

	if (end - h < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		int c = (unsigned char)h[i], d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return -1;
		v = v * 16 + d;
	}
	return v;
}

#endif
