/* The GB18030 fast path (lib/gb18030.c) against iconv alone: every
 * two-byte code and pair of high bytes, the four-byte codes, bad bytes,
 * NUL, and sequences cut by chunk boundaries and by the end of input. */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>

#include "buf.h"
#include "gb18030.h"
#include "harness.h"
#include "input.h"

typedef struct {
	pb_buf out;
	int errset;
	long long errbyte;
	char errmsg[256];
} result;

static void first_err(result *r, long long at, const char *msg)
{
	if (r->errset)
		return;
	r->errset = 1;
	r->errbyte = at + 1;
	snprintf(r->errmsg, sizeof r->errmsg, "byte %lld: %s", at + 1, msg);
}

/* What pb_decoder did with iconv alone: the reference. */
static void reference(const char *s, size_t n, result *r)
{
	static iconv_t cd = (iconv_t)-1;
	size_t i = 0;

	if (cd == (iconv_t)-1)
		cd = iconv_open("UTF-8", "GB18030");
	pb_buf_init(&r->out);
	r->errset = 0;
	r->errbyte = 0;
	r->errmsg[0] = '\0';
	while (i < n) {
		if (s[i] == '\0') {
			first_err(r, (long long)i, "NUL byte: binary data, not a text filing");
			pb_buf_addc(&r->out, '?');
			i++;
			continue;
		}
		const char *nul = memchr(s + i, 0, n - i);
		size_t end = nul ? (size_t)(nul - s) : n;
		char *in = (char *)s + i;
		size_t inleft = end - i;
		while (inleft > 0) {
			pb_buf_grow(&r->out, inleft * 4 + 16);
			char *o = r->out.ptr + r->out.len;
			size_t ol = r->out.cap - r->out.len - 1, before = ol;
			size_t rc = iconv(cd, &in, &inleft, &o, &ol);
			r->out.len += before - ol;
			r->out.ptr[r->out.len] = '\0';
			if (rc != (size_t)-1)
				break;
			if (errno == E2BIG)
				continue;
			first_err(r, (long long)(in - s), errno == EINVAL
			          ? "GB18030 character cut off at end of input" : "invalid GB18030");
			pb_buf_add(&r->out, "\xEF\xBF\xBD", 3);
			in++;
			inleft--;
		}
		i = end;
	}
}

static void decode(const char *s, size_t n, size_t chunk, result *r)
{
	pb_decoder *d = pb_decoder_new(PB_ENC_GB18030);
	pb_buf_init(&r->out);
	if (!chunk)
		chunk = n ? n : 1;
	for (size_t i = 0; i < n; i += chunk) {
		pb_decoder_feed(d, s + i, n - i < chunk ? n - i : chunk);
		pb_buf *o = pb_decoder_out(d);
		pb_buf_add(&r->out, o->ptr, o->len);
		pb_buf_reset(o);
	}
	pb_decoder_finish(d);
	pb_buf *o = pb_decoder_out(d);
	pb_buf_add(&r->out, o->ptr, o->len);
	const pb_err *e = pb_decoder_err(d);
	r->errset = e->set;
	r->errbyte = e->byte;
	memcpy(r->errmsg, e->msg, sizeof r->errmsg);
	CHECK_STR(pb_decoder_encoding(d), "GB18030");
	pb_decoder_free(d);
}

/* decoded at once and in chunks of 1, 2, 3 and 5 bytes: all as iconv */
static int same_as_iconv(const char *s, size_t n)
{
	static const size_t chunks[] = { 0, 1, 2, 3, 5 };
	result want, got;
	int ok = 1;

	reference(s, n, &want);
	for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
		if (chunks[c] == 1 && n > 4096)
			continue;
		decode(s, n, chunks[c], &got);
		if (got.out.len != want.out.len || memcmp(got.out.ptr, want.out.ptr, got.out.len) ||
		    got.errset != want.errset || got.errbyte != want.errbyte ||
		    strcmp(got.errmsg, want.errmsg))
			ok = 0;
		pb_buf_free(&got.out);
	}
	pb_buf_free(&want.out);
	return ok;
}

static void check_all_pairs(void)
{
	/* every two bytes after a lead-capable byte, alone and between ASCII,
	 * and as the second code of a pair and the first (convert_from takes
	 * two codes a step) */
	int bad = 0;
	for (int a = 0x80; a <= 0xFF; a++)
		for (int b = 0; b <= 0xFF; b++) {
			char s[4] = { 'x', (char)a, (char)b, 'y' };
			char p[7] = { '\xD4', '\xA4', (char)a, (char)b, '\xCB', '\xE3', 'y' };
			if (!same_as_iconv(s + 1, 2) || !same_as_iconv(s, 4) || !same_as_iconv(p, 7))
				bad++;
		}
	CHECK(bad == 0);
}

static void check_table(void)
{
	/* every valid two-byte code in one text, and the table against iconv
	 * code by code */
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	pb_buf all = PB_BUF_INIT;
	int bad = 0, fast = 0;

	CHECK(pb_gb18030_init() == 0);
	for (int a = 0x81; a <= 0xFE; a++)
		for (int b = 0x40; b <= 0xFE; b++) {
			if (b == 0x7F)
				continue;
			char code[2] = { (char)a, (char)b }, want[8], got[16];
			char *in = code, *o = want;
			size_t il = 2, ol = sizeof want, glen;
			size_t rc = iconv(cd, &in, &il, &o, &ol);
			size_t used = pb_gb18030_fast(code, 2, got, &glen);
			if (used == 2) {
				fast++;
				if (rc == (size_t)-1 || glen != sizeof want - ol || memcmp(got, want, glen))
					bad++;
			} else if (used != 0) {
				bad++;
			}
			if (pb_gb18030_span(code, 2) != used)
				bad++;
			pb_buf_add(&all, code, 2);
			if (b % 16 == 0)
				pb_buf_add(&all, "a\n", 2);
		}
	CHECK(bad == 0);
	/* all but the few iconv maps past U+FFFF */
	CHECK(fast > 23900);
	CHECK(same_as_iconv(all.ptr, all.len));
	pb_buf_free(&all);
	iconv_close(cd);
}

static void check_four_byte(void)
{
	/* the BMP part of the four-byte codes, and some past U+FFFF, in one
	 * text with ASCII and two-byte codes between them */
	pb_buf all = PB_BUF_INIT;
	for (int a = 0x81; a <= 0x84; a++)
		for (int b = 0x30; b <= 0x39; b++)
			for (int c = 0x81; c <= 0xFE; c++)
				for (int d = 0x30; d <= 0x39; d++) {
					char code[4] = { (char)a, (char)b, (char)c, (char)d };
					pb_buf_add(&all, code, 4);
					if (d == 0x35)
						pb_buf_add(&all, "\xD4\xA4x", 3);
				}
	for (int a = 0x90; a <= 0xE3; a += 7)
		for (int c = 0x81; c <= 0xFE; c += 5) {
			char code[4] = { (char)a, 0x31, (char)c, 0x32 };
			pb_buf_add(&all, code, 4);
		}
	CHECK(same_as_iconv(all.ptr, all.len));
	pb_buf_free(&all);
}

static void check_edges(void)
{
	static const struct {
		const char *s;
		size_t n;
	} cases[] = {
		{ "\x80", 1 }, { "\xFF", 1 }, { "a\x80" "b", 3 }, { "a\xFF" "b", 3 },
		{ "\xD4", 1 }, { "\xD4\xA4\xD4", 3 }, { "abcdefghij\xD4", 11 },   /* lone lead at the end */
		{ "\x81\x30", 2 }, { "\x81\x30\x81", 3 }, { "ab\x81\x30\x81", 5 }, /* four-byte cut */
		{ "\x81\x30\x81\x30", 4 }, { "\x95\x32\x82\x36", 4 },               /* four-byte */
		{ "\x84\x31\xA4\x39", 4 }, { "\xE3\x32\x9A\x35", 4 },               /* last BMP, last */
		{ "\xE3\x32\x9A\x36", 4 }, { "\xFE\x39\xFE\x39", 4 },               /* past the end */
		{ "\x81\x30\x20\x30", 4 }, { "\x81\x30\x81\x20", 4 },               /* bad 3rd, 4th */
		{ "\x81\x20", 2 }, { "\x81\x7F", 2 }, { "\x81\xFF", 2 }, { "\xA1\x0A", 2 }, /* bad trail */
		{ "\xD4\xA4\0\xCB\xE3", 5 }, { "\xD4\0\xA4", 3 }, { "\0", 1 }, { "\0\0\x80", 3 }, /* NUL */
		{ "\x81\x30\0", 3 }, { "abcdefgh\xD4\0", 10 },
		{ "\xFE\x51", 2 }, { "\xFE\x52\xFE\x53", 4 }, { "\xA6\xD9", 2 }, { "\xA8\xBC", 2 },
		{ "\x80\x80\x80\x80\x80\x80\x80\x80\x80", 9 }, { "\xD4\xA4" "12345678\xCB\xE3", 12 },
		{ "", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(same_as_iconv(cases[i].s, cases[i].n));

	/* a few known results */
	result r;
	decode("\xD4\xA4\xCB\xE3\xD4", 5, 0, &r);
	CHECK_STR(r.out.ptr, "预算\xEF\xBF\xBD");
	CHECK_STR(r.errmsg, "byte 5: GB18030 character cut off at end of input");
	pb_buf_free(&r.out);
	decode("a\x80" "b", 3, 1, &r);
	CHECK_STR(r.out.ptr, "a\xEF\xBF\xBD" "b");
	CHECK_STR(r.errmsg, "byte 2: invalid GB18030");
	pb_buf_free(&r.out);
	decode("\xD4\xA4\0\xCB\xE3", 5, 2, &r);
	CHECK_STR(r.out.ptr, "预?算");
	CHECK(r.errbyte == 3);
	pb_buf_free(&r.out);
	decode("\x81\x30\x81\x30" "\xA1\xA4", 6, 3, &r);
	CHECK_STR(r.out.ptr, "\xC2\x80\xC2\xB7");
	CHECK(!r.errset);
	pb_buf_free(&r.out);
}

/* random GB-like text, long enough to cross the 1 MiB slices */
static void check_random(void)
{
	size_t n = (1u << 20) + 4099;
	char *s = malloc(n);
	unsigned long x = 12345;
	size_t i = 0;
	int bad = 0;

	while (i < n) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		unsigned r = (unsigned)(x >> 33);
		switch (r % 16) {
		case 0: /* a random byte, now and then */
			s[i++] = r % 1000 < 5 ? (char)(r >> 8) : 'a';
			break;
		case 1: case 2: case 3: case 4: case 5:
			s[i++] = (char)(0x20 + (r >> 8) % 0x5F);
			/* a slice starting with { is records, read as UTF-8
			 * whatever the encoding asked (input.c) */
			if (s[i - 1] == '{')
				s[i - 1] = '}';
			break;
		case 6:
			if (r % 97 == 0 && n - i >= 4) {
				s[i++] = (char)(0x81 + (r >> 8) % 4);
				s[i++] = (char)(0x30 + (r >> 12) % 10);
				s[i++] = (char)(0x81 + (r >> 16) % 126);
				s[i++] = (char)(0x30 + (r >> 24) % 10);
				break;
			}
			/* fall through */
		default:
			s[i++] = (char)(0xB0 + (r >> 8) % 0x48);
			/* now and then a trail below 0x80 (0x40..0x7E) */
			if (i < n)
				s[i++] = (char)(r % 13 ? 0xA1 + (r >> 16) % 0x5E : 0x40 + (r >> 16) % 0x3F);
		}
	}
	if (!same_as_iconv(s, n))
		bad++;
	for (size_t k = 0; k + 64 <= n && k < 64 * 2000; k += 64)
		if (!same_as_iconv(s + k, 64))
			bad++;
	CHECK(bad == 0);
	free(s);
}

void test_gb18030(void);
void test_gb18030(void)
{
	check_table();
	check_all_pairs();
	check_four_byte();
	check_edges();
	check_random();
}
