#include "utf8.h"

#include <stdatomic.h>

#include "compiler.h"
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
	/* most of what comes here is CJK: no loop, no range checks (about 40
	 * instructions a call to 20; 23,000 calls in pbsplit over three
	 * bench files) */
	if (pb_utf8_cjk3(s, n)) {
		*cp = (int32_t)((c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu));
		return 3;
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
 * s[i..end) a word at a time: eight ASCII bytes at once, and two 3-byte
 * sequences at once when their lead bytes need no range check beyond the
 * continuation bytes (E1..EC, EE, EF: that is all of CJK); anything else
 * through the decoder one code point at a time.  A character may run past
 * end (up to n).  Returns where it stopped: end or past it when all is
 * valid, else the offset of the first bad character.
 */
static size_t valid_words(const unsigned char *u, size_t i, size_t end, size_t n,
                          int *incomplete)
{
#ifdef PB_SWAR_LE
	while (i + 8 <= end) {
		uint64_t w = pb_swar_load(u + i);
		size_t k = pb_swar_index(w & PB_HIGH);
		if (k) { /* ASCII up to the first high byte */
			i += k;
			continue;
		}
		if (pb_utf8_cjk3x2(w)) {
			i += 6;
			continue;
		}
		if (pb_utf8_cjk3(u + i, 3)) {
			i += 3;
			continue;
		}
		size_t l = valid_one(u + i, n - i, incomplete);
		if (!l)
			return i;
		i += l;
	}
#endif
	while (i < end) {
		unsigned c = u[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		/* short strings (most record fields) end up here whole */
		if (pb_utf8_cjk3(u + i, n - i)) {
			i += 3;
			continue;
		}
		size_t l = valid_one(u + i, n - i, incomplete);
		if (!l)
			return i;
		i += l;
	}
	return i;
}

/* the byte-loop build takes the block path too, so that it is tested
 * without SSE2; elsewhere words are faster than a byte loop making masks */
#if defined(PB_V16_SSE2) || defined(PB_NO_SWAR)
#define PB_UTF8_BLOCKS 1

/* the high bytes (0x80 and up) below c, c > 0x80: one signed compare */
static inline unsigned high_below(pb_v16 v, unsigned char c)
{
#ifdef PB_V16_SSE2
	return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8((char)c)));
#else
	return pb_v16_below(v, c) & pb_v16_high(v);
#endif
}

/*
 * Any byte of a or b that valid_blocks leaves to the slow path: F0 and up,
 * E0, ED (their next byte has a narrower range), C0 and C1 (overlong).
 * Only whether there is one matters, so with SSE2 the tests are joined
 * before the one mask is taken.
 */
#ifdef PB_V16_SSE2
static inline __m128i odd_v(__m128i v)
{
	__m128i f0 = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8((char)0xF0)), v);
	__m128i e0 = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0));
	__m128i ed = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED));
	__m128i c0 = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xFE)),
	                            _mm_set1_epi8((char)0xC0));
	return _mm_or_si128(_mm_or_si128(f0, e0), _mm_or_si128(ed, c0));
}

static inline unsigned odd_bytes(pb_v16 a, pb_v16 b)
{
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(odd_v(a), odd_v(b)));
}
#else
static inline unsigned odd_v(pb_v16 v)
{
	unsigned hi = pb_v16_high(v);
	return (hi ^ high_below(v, 0xF0)) | pb_v16_eq(v, 0xE0) | pb_v16_eq(v, 0xED) |
	       (high_below(v, 0xC2) ^ high_below(v, 0xC0));
}

static inline unsigned odd_bytes(pb_v16 a, pb_v16 b)
{
	return odd_v(a) | odd_v(b);
}
#endif

/*
 * Thirty-two bytes at a time (two 16-byte loads, masks joined into one
 * 32-bit word, so the lead/continuation arithmetic and the loop are paid
 * once for both): a block passes when every byte is ASCII, a lead byte
 * C2..DF, a lead E1..EC, EE, EF (no range check on the next byte: all of
 * CJK) or a continuation byte exactly where a lead (in this block or,
 * through carry, the one before) asks for one.  Anything else (E0, ED,
 * F0 and up, C0, C1, a stray or missing continuation) stops here; so
 * does the end.  Returns a character boundary, all before it valid, from
 * where pb_utf8_valid goes on a character at a time, which also finds
 * the exact offset of a bad byte.
 */
static size_t valid_blocks(const unsigned char *u, size_t i, size_t n)
{
	uint32_t carry = 0, last3 = 0;

	while (n - i >= 32) {
		pb_v16 a = pb_v16_load(u + i), b = pb_v16_load(u + i + 16);
		unsigned ha = pb_v16_high(a), hb = pb_v16_high(b);
		if (!(ha | hb | carry)) {
			i += 32;
			continue;
		}
		unsigned ca = high_below(a, 0xC0), cb = high_below(b, 0xC0);
		uint32_t hi = ha | (uint32_t)hb << 16, cont = ca | (uint32_t)cb << 16;
		uint32_t lead = hi ^ cont;
		uint32_t lead3 = hi ^ (high_below(a, 0xE0) | (uint32_t)high_below(b, 0xE0) << 16);
		/* the top bits shifted out are the next block's carry */
		uint32_t want = lead << 1 | lead3 << 2 | carry;
		if ((want ^ cont) | odd_bytes(a, b))
			break;
		/* a character cut by the end of the block: its lead's offset back
		 * from the next block, and which bytes there must continue it */
		carry = lead >> 31 | lead3 >> 30;
		last3 = lead3; /* for the offset back, worked out once at the end */
		i += 32;
	}
	/* one back for a lead in the last byte, two for a three-byte lead in
	 * the one before (which sets carry's bit 0 too: a lead is in lead) */
	return carry ? i - ((carry & 1u) + (last3 >> 30 & 1u)) : i;
}

#if defined(PB_V16_SSE2) && defined(__x86_64__) && defined(__GNUC__)
#define PB_UTF8_AVX2 1
#include <immintrin.h>

/*
 * With AVX2 (checked at run time), thirty-two bytes at a time by the
 * lookup algorithm of Keiser and Lemire ("Validating UTF-8 in less than
 * one instruction per byte", 2021; as in simdjson): three table lookups
 * on the nibbles of each byte and the byte before it flag every bad pair
 * of bytes (overlong, surrogate, too large, a missing or stray
 * continuation), and the bytes two and three after a lead of three or
 * four bytes must be continuations.  Unlike valid_blocks it takes every
 * valid sequence, so it stops only at the end or at a block with an
 * error, which the byte paths then find.  ASCII blocks are skipped by one
 * test unless the block before ends in a sequence they would have to
 * finish.  Returns a character boundary with all before it valid: the
 * blocks are checked up to i, but a sequence may cross it, so the last
 * lead byte among the three before i, when there is one.
 */
#define B8(a, b, c, d, e, f, g, h) (char)(a), (char)(b), (char)(c), (char)(d), \
	(char)(e), (char)(f), (char)(g), (char)(h)
#define TABLE(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p) \
	_mm256_setr_epi8(B8(a, b, c, d, e, f, g, h), B8(i, j, k, l, m, n, o, p), \
	                 B8(a, b, c, d, e, f, g, h), B8(i, j, k, l, m, n, o, p))
enum {
	TOO_SHORT = 0x01,     /* a lead, then no continuation */
	TOO_LONG = 0x02,      /* ASCII, then a continuation */
	OVERLONG_3 = 0x04,    /* E0 80..9F */
	TOO_LARGE = 0x08,     /* F4 90..BF, F5 and up then 90..BF */
	SURROGATE = 0x10,     /* ED A0..BF */
	OVERLONG_2 = 0x20,    /* C0, C1 */
	TOO_LARGE_1000 = 0x40, /* F5 and up then 80..8F */
	OVERLONG_4 = 0x40,    /* F0 80..8F */
	TWO_CONTS = 0x80,     /* a continuation, then another */
	CARRY = TOO_SHORT | TOO_LONG | TWO_CONTS,
	T1H_F = TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4,
	T1L_BIG = CARRY | TOO_LARGE | TOO_LARGE_1000,
	T2H_CONT = TOO_LONG | OVERLONG_2 | TWO_CONTS,
};

__attribute__((target("avx2")))
static size_t valid_blocks_avx2(const unsigned char *u, size_t i, size_t n)
{
	/* by the high nibble of the byte before, its low nibble, and the
	 * high nibble of the byte: an error is a bit set in all three */
	const __m256i t1h = TABLE(TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
	                          TOO_LONG, TOO_LONG, TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS,
	                          TOO_SHORT | OVERLONG_2, TOO_SHORT,
	                          TOO_SHORT | OVERLONG_3 | SURROGATE, T1H_F);
	const __m256i t1l = TABLE(CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, CARRY | OVERLONG_2,
	                          CARRY, CARRY, CARRY | TOO_LARGE, T1L_BIG, T1L_BIG, T1L_BIG,
	                          T1L_BIG, T1L_BIG, T1L_BIG, T1L_BIG, T1L_BIG,
	                          T1L_BIG | SURROGATE, T1L_BIG, T1L_BIG);
	const __m256i t2h = TABLE(TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
	                          TOO_SHORT, TOO_SHORT,
	                          T2H_CONT | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
	                          T2H_CONT | OVERLONG_3 | TOO_LARGE, T2H_CONT | SURROGATE | TOO_LARGE,
	                          T2H_CONT | SURROGATE | TOO_LARGE, TOO_SHORT, TOO_SHORT, TOO_SHORT,
	                          TOO_SHORT);
	/* a block ending in a lead whose continuations are in the next */
	const __m256i last = _mm256_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	                                      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	                                      -1, -1, -1, (char)0xEF, (char)0xDF, (char)0xBF);
	const __m256i nib = _mm256_set1_epi8(0x0F), top = _mm256_set1_epi8((char)0x80);
	const __m256i third = _mm256_set1_epi8((char)(0xE0 - 0x80));
	const __m256i fourth = _mm256_set1_epi8((char)(0xF0 - 0x80));
	__m256i prev = _mm256_setzero_si256();
	size_t start = i, end = n < 32 ? 0 : n - 31; /* i < end: a block left */
	int open = 0;

	while (i < end) {
		__m256i in = _mm256_loadu_si256((const __m256i *)(const void *)(u + i));
		if (!(_mm256_movemask_epi8(in) | open)) {
			prev = in;
			i += 32;
			continue;
		}
		/* the block shifted by one, two, three bytes, the block
		 * before's last bytes shifted in */
		__m256i before = _mm256_permute2x128_si256(prev, in, 0x21);
		__m256i p1 = _mm256_alignr_epi8(in, before, 15);
		__m256i p2 = _mm256_alignr_epi8(in, before, 14);
		__m256i p3 = _mm256_alignr_epi8(in, before, 13);
		__m256i e = _mm256_and_si256(
			_mm256_and_si256(
				_mm256_shuffle_epi8(t1h, _mm256_and_si256(_mm256_srli_epi16(p1, 4), nib)),
				_mm256_shuffle_epi8(t1l, _mm256_and_si256(p1, nib))),
			_mm256_shuffle_epi8(t2h, _mm256_and_si256(_mm256_srli_epi16(in, 4), nib)));
		/* the third and fourth bytes of a sequence: two continuations in
		 * a row there are right, and one is needed */
		__m256i must = _mm256_and_si256(_mm256_or_si256(_mm256_subs_epu8(p2, third),
		                                                _mm256_subs_epu8(p3, fourth)),
		                                top);
		e = _mm256_xor_si256(e, must);
		if (!_mm256_testz_si256(e, e))
			break;
		__m256i cut = _mm256_subs_epu8(in, last);
		open = !_mm256_testz_si256(cut, cut);
		prev = in;
		i += 32;
	}
	for (size_t k = i; k > start && i - k < 3; k--)
		if (u[k - 1] >= 0xC0)
			return k - 1;
	return i;
}
#undef TABLE
#undef B8
#endif

/* on unless turned off (by the tests, to run the SSE2 path here too) */
static _Atomic int avx2_off;

int pb_utf8_use_avx2(int on)
{
	atomic_store_explicit(&avx2_off, !on, memory_order_relaxed);
#ifdef PB_UTF8_AVX2
	return on && __builtin_cpu_supports("avx2");
#else
	return 0;
#endif
}
#endif

/*
 * Every byte of every input goes through here, so the common cases are
 * taken many bytes at a time: 32 with AVX2 or SSE2 (valid_blocks), else
 * eight (valid_words); the rest a character at a time.  callgrind over
 * bench corpus files: about 9 instructions a byte for the decoder alone,
 * 3 to 5 with words; with blocks, the encoding check of the first 2 MB
 * of f0001 and f0007 (CJK with ASCII) went from 10.4 M instructions to
 * 6.8 M with 16-byte blocks, 5.1 M (2.5 a byte) with 32-byte ones and
 * the odd-byte tests joined before their mask is taken.  With AVX2
 * (valid_blocks_avx2), the whole check over f0001 and f0007 (2.7 MB)
 * went from 6.4 M instructions to 3.1 M.  Strings under 32 bytes (most
 * JSON fields) skip the blocks.  tests/unit/test_utf8.c
 * checks every path against the decoder, and the -DPB_NO_SWAR build runs
 * the same block logic on byte-loop masks.
 */
#ifdef PB_UTF8_BLOCKS
static PB_NOINLINE size_t valid_long(const unsigned char *u, size_t n, int *incomplete)
{
	size_t i = 0;
	size_t (*blocks)(const unsigned char *, size_t, size_t) = valid_blocks;

#ifdef PB_UTF8_AVX2
	if (__builtin_cpu_supports("avx2") && !atomic_load_explicit(&avx2_off, memory_order_relaxed))
		blocks = valid_blocks_avx2;
#endif
	for (;;) {
		i = blocks(u, i, n);
		if (n - i < 32)
			break;
		/* the block valid_blocks would not take */
		size_t r = valid_words(u, i, i + 32, n, incomplete);
		if (r < i + 32)
			return r;
		i = r;
	}
	return valid_words(u, i, n, n, incomplete);
}
#endif

size_t pb_utf8_valid(const char *s, size_t n, int *incomplete)
{
	const unsigned char *u = (const unsigned char *)s;

	if (incomplete)
		*incomplete = 0;
#ifdef PB_UTF8_BLOCKS
	/* most record fields are short: no blocks, and no registers saved
	 * for them */
	if (n >= 32)
		return valid_long(u, n, incomplete);
#endif
	return valid_words(u, 0, n, n, incomplete);
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
