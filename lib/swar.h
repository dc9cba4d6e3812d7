/*
 * swar.h - scanning eight bytes at a time in a plain 64-bit word.
 *
 * The hot loops (JSON quoting, UTF-8 checks, markup tests) spend most of
 * their time on bytes that need nothing.  These helpers test a word of 8
 * bytes at once with the classic bit tricks; each returns the index
 * (0..8) of the first byte that needs attention, 8 when none does.  The
 * tests are exact for "is there such a byte", and the lowest flagged byte
 * is always a true one (borrows only run upwards), so the index is exact.
 * Byte order: the index needs little-endian words; elsewhere a byte loop
 * gives the same answers.
 */
#ifndef PB_SWAR_H
#define PB_SWAR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PB_ONES UINT64_C(0x0101010101010101)
#define PB_HIGH UINT64_C(0x8080808080808080)

/* -DPB_NO_SWAR builds the byte loops only, to test them here */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    defined(__GNUC__) && !defined(PB_NO_SWAR)
#define PB_SWAR_LE 1
#endif

static inline uint64_t pb_swar_load(const void *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return w;
}

/* Copy n <= 16 bytes by two fixed-size copies that may overlap: no
 * memcpy call for the short strings (cells, string tails) most are. */
static inline void pb_copy16(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (n >= 8) {
		memcpy(d, s, 8);
		memcpy(d + n - 8, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(d, s, 4);
		memcpy(d + n - 4, s + n - 4, 4);
	} else if (n) {
		d[0] = s[0];
		d[n / 2] = s[n / 2];
		d[n - 1] = s[n - 1];
	}
}

/* high bit set in each byte of w that is below n (n <= 128) */
static inline uint64_t pb_swar_below(uint64_t w, unsigned n)
{
	return (w - PB_ONES * n) & ~w & PB_HIGH;
}

/* high bit set in each byte of w equal to c */
static inline uint64_t pb_swar_eq(uint64_t w, unsigned c)
{
	uint64_t x = w ^ (PB_ONES * c);
	return (x - PB_ONES) & ~x & PB_HIGH;
}

#ifdef PB_SWAR_LE
/* the index of the lowest flagged byte of a mask, 8 when none is */
static inline size_t pb_swar_index(uint64_t mask)
{
	return mask ? (size_t)__builtin_ctzll(mask) >> 3 : 8;
}
#endif

/* first of p[0..8) that JSON must escape: a control, '"' or '\\' */
static inline size_t pb_swar_first_json(const unsigned char *p)
{
#ifdef PB_SWAR_LE
	uint64_t w = pb_swar_load(p);
	return pb_swar_index(pb_swar_below(w, 0x20) | pb_swar_eq(w, '"') | pb_swar_eq(w, '\\'));
#else
	size_t i = 0;
	while (i < 8 && p[i] >= 0x20 && p[i] != '"' && p[i] != '\\')
		i++;
	return i;
#endif
}

/* first of p[0..8) that is not ASCII */
static inline size_t pb_swar_first_high(const unsigned char *p)
{
#ifdef PB_SWAR_LE
	return pb_swar_index(pb_swar_load(p) & PB_HIGH);
#else
	size_t i = 0;
	while (i < 8 && p[i] < 0x80)
		i++;
	return i;
#endif
}

/* the first '\n' or '\r' in s[0..n), or s + n */
static inline const char *pb_find_eol(const char *s, size_t n)
{
	size_t i = 0;
#ifdef PB_SWAR_LE
	for (; n - i >= 8; i += 8) {
		uint64_t w = pb_swar_load(s + i);
		uint64_t m = pb_swar_eq(w, '\n') | pb_swar_eq(w, '\r');
		if (m)
			return s + i + pb_swar_index(m);
	}
#endif
	while (i < n && s[i] != '\n' && s[i] != '\r')
		i++;
	return s + i;
}

/*
 * Sixteen bytes at a time: a mask with bit i set for each byte i of
 * p[0..16) that passes a test.  SSE2 is part of every x86-64, so no
 * runtime check is needed; elsewhere (and with -DPB_NO_SWAR) a byte loop
 * builds the same mask.  Load once, test several ways, OR the masks.
 */
#if defined(__SSE2__) && !defined(PB_NO_SWAR)
#include <emmintrin.h>
#define PB_V16_SSE2 1
typedef __m128i pb_v16;

static inline pb_v16 pb_v16_load(const void *p)
{
	return _mm_loadu_si128((const __m128i *)p);
}

/* bytes equal to c */
static inline unsigned pb_v16_eq(pb_v16 v, unsigned char c)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)c)));
}

/* bytes below n, unsigned (0 < n <= 255): min(v, n - 1) == v */
static inline unsigned pb_v16_below(pb_v16 v, unsigned char n)
{
	__m128i m = _mm_min_epu8(v, _mm_set1_epi8((char)(n - 1)));
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(m, v));
}

/* bytes 0x80 and up */
static inline unsigned pb_v16_high(pb_v16 v)
{
	return (unsigned)_mm_movemask_epi8(v);
}
#else
typedef struct {
	unsigned char b[16];
} pb_v16;

static inline pb_v16 pb_v16_load(const void *p)
{
	pb_v16 v;
	memcpy(v.b, p, 16);
	return v;
}

static inline unsigned pb_v16_eq(pb_v16 v, unsigned char c)
{
	unsigned m = 0;
	for (int i = 0; i < 16; i++)
		m |= (unsigned)(v.b[i] == c) << i;
	return m;
}

static inline unsigned pb_v16_below(pb_v16 v, unsigned char n)
{
	unsigned m = 0;
	for (int i = 0; i < 16; i++)
		m |= (unsigned)(v.b[i] < n) << i;
	return m;
}

static inline unsigned pb_v16_high(pb_v16 v)
{
	return pb_v16_below(v, 0x80) ^ 0xFFFFu;
}
#endif

/* the index of the lowest set bit of a nonzero mask (16 bits from one
 * vector, or 32 from two) */
static inline unsigned pb_v16_first(unsigned mask)
{
#ifdef __GNUC__
	return (unsigned)__builtin_ctz(mask);
#else
	unsigned i = 0;
	while (!(mask & 1u)) {
		mask >>= 1;
		i++;
	}
	return i;
#endif
}

#endif
