#include "utf8.h"

#include "swar.h"

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

/* The slow path: one code point by the book, and the "cut at the end"
 * test when it is invalid.  Returns its length, 0 when invalid. */
static size_t valid_one(const unsigned char *u, size_t n, int *incomplete)
{
	int32_t cp;
	int l = pb_utf8_decode((const char *)u, n, &cp);
	if (cp >= 0)
		return (size_t)l;
	if (incomplete) {
		/* is it a valid prefix cut by the end? */
		unsigned c = u[0];
		size_t need = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
		if (need && n < need) {
			size_t k;
			for (k = 1; k < n; k++)
				if ((u[k] & 0xC0) != 0x80)
					break;
			if (k == n)
				*incomplete = 1;
		}
	}
	return 0;
}

/*
 * Every byte of every input goes through here, so the common cases are
 * taken a word at a time: eight ASCII bytes at once, and two 3-byte
 * sequences at once when their lead bytes need no range check beyond the
 * continuation bytes (E1..EC, EE, EF: that is all of CJK).  Anything else,
 * and the last bytes, go through the decoder one code point at a time.
 * (callgrind on bench corpus files: about 9 instructions a byte before,
 * 3 to 5 now, less on plain CJK text; tests/unit/test_utf8.c checks it
 * against the decoder.)
 */
size_t pb_utf8_valid(const char *s, size_t n, int *incomplete)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	if (incomplete)
		*incomplete = 0;
#ifdef PB_SWAR_LE
	/* lead byte 1110xxxx then 10xxxxxx 10xxxxxx, twice (little-endian) */
	const uint64_t mask2 = UINT64_C(0x0000C0C0F0C0C0F0), want2 = UINT64_C(0x00008080E08080E0);
	const uint64_t mask1 = UINT64_C(0xC0C0F0), want1 = UINT64_C(0x8080E0);
	while (n - i >= 8) {
		uint64_t w = pb_swar_load(u + i);
		size_t k = pb_swar_index(w & PB_HIGH);
		if (k) { /* ASCII up to the first high byte */
			i += k;
			continue;
		}
		unsigned b0 = (unsigned)(w & 0xFF), b3 = (unsigned)(w >> 24 & 0xFF);
		if ((w & mask2) == want2 && b0 != 0xE0 && b0 != 0xED && b3 != 0xE0 && b3 != 0xED) {
			i += 6;
			continue;
		}
		if ((w & mask1) == want1 && b0 != 0xE0 && b0 != 0xED) {
			i += 3;
			continue;
		}
		size_t l = valid_one(u + i, n - i, incomplete);
		if (!l)
			return i;
		i += l;
	}
#endif
	while (i < n) {
		unsigned c = u[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		/* short strings (most record fields) end up here whole */
		if (c - 0xE1u < 0x0Fu && c != 0xED && n - i >= 3 && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		size_t l = valid_one(u + i, n - i, incomplete);
		if (!l)
			return i;
		i += l;
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
