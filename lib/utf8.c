#include "utf8.h"

/*
 * Own decoder instead of a library: it is on the hot path of every line,
 * needs the exact offset of the first bad byte for error messages, and is
 * twenty lines.  Fuzzed by fuzz/fuzz_input.c.
 */
int pb_utf8_decode(const char *str, size_t n, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	int len;
	int32_t v, min;

	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2; v = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3; v = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	if ((size_t)len > n) {
		*cp = -1;
		return 1;
	}
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = -1;
		return 1;
	}
	*cp = v;
	return len;
}

size_t pb_utf8_valid(const char *s, size_t n, int *incomplete)
{
	size_t i = 0;
	int32_t cp;

	if (incomplete)
		*incomplete = 0;
	const unsigned char *u = (const unsigned char *)s;
	while (i < n) {
		/* fast paths: ASCII, and the 3-byte sequences of CJK text that
		 * need no range check beyond their continuation bytes */
		unsigned c = u[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && n - i >= 3 &&
		    (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		int l = pb_utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			if (incomplete) {
				/* is it a valid prefix cut by the end? */
				size_t need = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
				if (need && n - i < need) {
					size_t k;
					for (k = i + 1; k < n; k++)
						if (((unsigned char)s[k] & 0xC0) != 0x80)
							break;
					if (k == n)
						*incomplete = 1;
				}
			}
			return i;
		}
		i += (size_t)l;
	}
	return n;
}

int pb_utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}
