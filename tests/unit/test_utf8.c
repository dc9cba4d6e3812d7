/* Strict UTF-8: the offsets of bad bytes feed the error messages. */
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "harness.h"
#include "utf8.h"

static const struct {
	const char *s;
	size_t n, valid;
	int incomplete;
} cases[] = {
	{ "abc", 3, 3, 0 },
	{ "预算", 6, 6, 0 },
	{ "a\xC0\x80", 3, 1, 0 },         /* overlong NUL */
	{ "\xED\xA0\x80", 3, 0, 0 },      /* surrogate */
	{ "\xF4\x90\x80\x80", 4, 0, 0 },  /* above U+10FFFF */
	{ "ab\xE9\xA2", 4, 2, 1 },        /* cut at the end */
	{ "ab\xE9\xA2x", 5, 2, 0 },       /* cut in the middle */
	{ "\xFF", 1, 0, 0 },
	{ "", 0, 0, 0 },
};

/* The model: the decoder one code point at a time. */
static size_t ref_valid(const char *s, size_t n, int *incomplete)
{
	size_t i = 0;
	int32_t cp;
	*incomplete = 0;
	while (i < n) {
		int l = pb_utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			unsigned c = (unsigned char)s[i];
			size_t need = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
			size_t k = i + 1;
			while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80)
				k++;
			*incomplete = need && n - i < need && k == n;
			return i;
		}
		i += (size_t)l;
	}
	return n;
}

/* pb_utf8_valid's word-at-a-time paths against the model, on random
 * strings of the sequences that matter, at every alignment */
static void valid_model(void)
{
	static const char *const pool[] = {
		"a", "\t", "甲", "鿿", "一", "ｑ", "\xE0\xA0\x80", "\xE0\x80\x80", "\xED\x9F\xBF",
		"\xED\xA0\x80", "\xEF\xBF\xBF", "\xE1\x80\x80", "\xC2\x80", "\xDF\xBF", "\xC1\xBF",
		"\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
		"\x80", "\xBF", "\xFF", "\xE4", "\xE4\xB8", "\xF0\x9F", "\xF0\x9F\x98", "\x7f",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	unsigned seed = 99;
	pb_buf in = PB_BUF_INIT;
	int bad = 0;

	for (int t = 0; t < 300000; t++) {
		pb_buf_reset(&in);
		seed = seed * 1103515245u + 12345u;
		/* long enough for several sixteen-byte blocks a third of the time */
		int len = (int)(seed >> 16) % (t % 3 ? 16 : 64);
		/* mostly valid text, so the fast paths run before a bad byte */
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = seed >> 16;
			pb_buf_adds(&in, r % 4 ? pool[r % 6] : pool[(r / 4) % np]);
		}
		int inc, rinc;
		/* an exact-size copy, so make sanitize sees any read past it */
		char *exact = malloc(in.len ? in.len : 1);
		memcpy(exact, in.ptr, in.len);
		size_t got = pb_utf8_valid(exact, in.len, &inc);
		free(exact);
		if (got != ref_valid(in.ptr, in.len, &rinc) || inc != rinc)
			bad++;
	}
	CHECK(bad == 0);
	pb_buf_free(&in);
}

/*
 * The block path at every offset of two blocks: CJK and ASCII, then one
 * odd sequence (bad, cut, or valid but not taken by the blocks) at
 * position k of an 80-byte text, cut at every length.
 */
static void valid_blocks_model(void)
{
	static const char *const odd[] = {
		"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80",
		"\xE0\x9F\xBF", "\xED\x9F\xBF", "\xED\xA0\x80", "\xE4\xB8", "\xE4", "\xE4\x41",
		"\xE4\xB8\x41", "\xF0\x9F\x98\x80", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF",
		"\xF4\x90\x80\x80", "\xF5", "\xFF", "\xE4\xB8\x80\x80", "\xC2\x80\x80", "a",
	};
	int bad = 0;

	for (size_t o = 0; o < sizeof odd / sizeof odd[0]; o++)
		for (size_t k = 0; k < 72; k++)
			for (int mix = 0; mix < 3; mix++) {
				char text[96];
				size_t n = 0, ol = strlen(odd[o]);
				while (n < k) {
					/* 3-byte characters, or a few ASCII among them */
					if (mix == 1 || (mix == 2 && n % 7 == 3) || k - n < 3)
						text[n++] = 'x';
					else {
						memcpy(text + n, "\xE9\xA2\x84", 3);
						n += 3;
					}
				}
				memcpy(text + n, odd[o], ol);
				n += ol;
				while (n < 80) {
					memcpy(text + n, "\xE7\xAE\x97", 3);
					n += 3;
				}
				for (size_t len = 0; len <= n; len++) {
					int inc, rinc;
					char *exact = malloc(len ? len : 1);
					memcpy(exact, text, len);
					size_t got = pb_utf8_valid(exact, len, &inc);
					free(exact);
					if (got != ref_valid(text, len, &rinc) || inc != rinc)
						bad++;
				}
			}
	CHECK(bad == 0);
}

/*
 * Every lead byte and byte after it, with a third byte of each kind and
 * a continuation, or fewer, at each offset across the first block
 * boundary (32) of CJK text, then continuations or ASCII (a sequence cut
 * by a block's end that an ASCII block would have to finish).
 */
static void valid_pairs_model(void)
{
	static const unsigned char third[] = { 0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xE4 };
	int bad = 0;

	for (unsigned a = 0x80; a <= 0xFF; a++)
		for (unsigned b = 0; b <= 0xFF; b++)
			for (size_t t = 0; t < sizeof third; t++)
				for (size_t at = 28; at <= 33; at++)
					for (int tail = 0; tail < 4; tail++) {
						char text[112];
						size_t n = 0;
						while (n + 3 <= at) {
							memcpy(text + n, "\xE9\xA2\x84", 3);
							n += 3;
						}
						while (n < at)
							text[n++] = 'x';
						text[n++] = (char)a;
						text[n++] = (char)b;
						if (tail < 3)
							text[n++] = (char)third[t];
						if (tail < 2)
							text[n++] = (char)0x80;
						while (n < sizeof text)
							text[n++] = tail ? 'y' : (char)0x80;
						int inc, rinc;
						size_t got = pb_utf8_valid(text, n, &inc);
						if (got != ref_valid(text, n, &rinc) || inc != rinc)
							bad++;
					}
	CHECK(bad == 0);
}

/* every three bytes from a lead E0..EF, and with fewer bytes left,
 * decoded by the book (RFC 3629's table of well-formed sequences) */
static void decode_three(void)
{
	int bad = 0;

	for (unsigned a = 0xE0; a <= 0xEF; a++)
		for (unsigned b = 0; b <= 0xFF; b++)
			for (unsigned c = 0; c <= 0xFF; c++) {
				char s[3] = { (char)a, (char)b, (char)c };
				unsigned lo = a == 0xE0 ? 0xA0 : 0x80, hi = a == 0xED ? 0x9F : 0xBF;
				int ok = b >= lo && b <= hi && (c & 0xC0) == 0x80;
				int32_t want = ok ? (int32_t)((a & 0x0F) << 12 | (b & 0x3F) << 6 | (c & 0x3F)) : -1;
				int32_t cp;
				int l = pb_utf8_decode(s, 3, &cp);
				if (cp != want || l != (ok ? 3 : 1))
					bad++;
				if (pb_utf8_decode(s, 2, &cp) != 1 || cp != -1)
					bad++;
			}
	CHECK(bad == 0);
}

/* the block paths against the model; with AVX2 when the CPU has it, and
 * the SSE2 (or byte-loop) one */
static void valid_paths(void)
{
	valid_model();
	valid_blocks_model();
	valid_pairs_model();
}

void test_utf8(void);
void test_utf8(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int inc = -1;
		CHECK(pb_utf8_valid(cases[i].s, cases[i].n, &inc) == cases[i].valid);
		CHECK(inc == cases[i].incomplete);
	}
	/* encode and decode agree over the whole range */
	for (int32_t cp = 0; cp <= 0x10FFFF; cp += cp < 0x800 ? 1 : 97) {
		char b[4];
		int32_t back;
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		int l = pb_utf8_encode(cp, b);
		if (pb_utf8_decode(b, (size_t)l, &back) != l || back != cp) {
			CHECK(!"round trip");
			break;
		}
	}
	CHECK(1);
	decode_three();
	if (pb_utf8_use_avx2(0) == 0)
		valid_paths();
	if (pb_utf8_use_avx2(1))
		valid_paths();
	else
		fprintf(stderr, "test_utf8: no AVX2 here, its path not tested\n");
}
