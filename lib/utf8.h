/*
 * utf8.h - strict UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF).
 */
#ifndef PB_UTF8_H
#define PB_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* At most max bytes of the string s, cut at a character boundary: for
 * messages, which quote a cell however long it is.  max >= 0. */
static inline int pb_utf8_cut(const char *s, int max)
{
	int n = (int)strnlen(s, (size_t)max + 1);
	if (n <= max)
		return n;
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/*
 * Length of the longest valid UTF-8 prefix of s[0..n).  If the whole
 * string is valid the result is n.  *incomplete (may be NULL) is set when
 * the invalid part is only a sequence cut off by the end of the data.
 */
size_t pb_utf8_valid(const char *s, size_t n, int *incomplete);

/*
 * Whether pb_utf8_valid may take 32 bytes at a time with AVX2, where the
 * CPU has it (the default); off, it takes the SSE2 path, so the tests
 * can run both on one machine.  Returns whether AVX2 is now used.
 */
int pb_utf8_use_avx2(int on);

/*
 * Decode one code point at s (n > 0 bytes available).  Returns its length
 * (1..4) and stores it in *cp; an invalid byte returns 1 with *cp = -1.
 */
int pb_utf8_decode(const char *s, size_t n, int32_t *cp);

/* Encode cp into out (4 bytes room); returns the length. */
int pb_utf8_encode(int32_t cp, char *out);

/*
 * What most Chinese text is, for the hot loops to test inline: a
 * three-byte character whose lead byte needs no check beyond its
 * continuation bytes (E1..EF but ED: never overlong, never a surrogate),
 * at p with n bytes left, or two of them in the eight bytes of a
 * little-endian word.
 */
static inline int pb_utf8_cjk3(const unsigned char *p, size_t n)
{
	return n >= 3 && p[0] - 0xE1u < 0x0Fu && p[0] != 0xED && (p[1] & 0xC0) == 0x80 &&
	       (p[2] & 0xC0) == 0x80;
}

static inline int pb_utf8_cjk3x2(uint64_t w)
{
	unsigned b0 = (unsigned)(w & 0xFF), b3 = (unsigned)(w >> 24 & 0xFF);
	return (w & UINT64_C(0x0000C0C0F0C0C0F0)) == UINT64_C(0x00008080E08080E0) && b0 != 0xE0 &&
	       b0 != 0xED && b3 != 0xE0 && b3 != 0xED;
}

#endif
