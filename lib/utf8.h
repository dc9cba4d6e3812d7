/*
 * utf8.h - strict UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF).
 */
#ifndef PB_UTF8_H
#define PB_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Length of the longest valid UTF-8 prefix of s[0..n).  If the whole
 * string is valid the result is n.  *incomplete (may be NULL) is set when
 * the invalid part is only a sequence cut off by the end of the data.
 */
size_t pb_utf8_valid(const char *s, size_t n, int *incomplete);

/*
 * Decode one code point at s (n > 0 bytes available).  Returns its length
 * (1..4) and stores it in *cp; an invalid byte returns 1 with *cp = -1.
 */
int pb_utf8_decode(const char *s, size_t n, int32_t *cp);

/* Encode cp into out (4 bytes room); returns the length. */
int pb_utf8_encode(int32_t cp, char *out);

#endif
