/* The decoder: encoding decisions, BOM, NUL, and feeding in tiny chunks
 * must give the same text as feeding at once. */
#include <stdlib.h>

#include "buf.h"

#include "harness.h"
#include "input.h"

static char *decode(const char *s, size_t n, size_t chunk, pb_enc enc, const char **encname,
                    int *err)
{
	pb_decoder *d = pb_decoder_new(enc);
	for (size_t i = 0; i < n; i += chunk)
		pb_decoder_feed(d, s + i, n - i < chunk ? n - i : chunk);
	pb_decoder_finish(d);
	*encname = pb_decoder_encoding(d);
	*err = pb_decoder_err(d)->set;
	pb_buf *o = pb_decoder_out(d);
	char *r = malloc(o->len + 1);
	memcpy(r, o->ptr, o->len + 1);
	pb_decoder_free(d);
	return r;
}

static const struct {
	const char *in;
	size_t n;
	const char *out, *enc;
	int err;
} cases[] = {
	{ "预算", 6, "预算", "UTF-8", 0 },
	{ "\xEF\xBB\xBF" "abc", 6, "abc", "UTF-8", 0 },               /* BOM dropped */
	{ "\xD4\xA4\xCB\xE3", 4, "预算", "GB18030", 0 },              /* GBK bytes */
	{ "\xD4\xA4\xCB\xE3\xD4", 5, "预算\xEF\xBF\xBD", "GB18030", 1 }, /* cut mid-character */
	{ "ab\xE9\xA2", 4, "ab\xEF\xBF\xBD\xEF\xBF\xBD", "UTF-8", 1 },  /* UTF-8 cut at EOF */
	{ "a\0b", 3, "", NULL, 1 },                                    /* NUL: rejected */
	{ "\x80\xFF\xFF", 3, "", NULL, 1 },                            /* neither */
	{ "", 0, "", "UTF-8", 0 },
	/* neither UTF-8 nor GB18030 (A1 0A): with 8 good multi-byte UTF-8
	 * characters for its one bad byte, UTF-8 and a U+FFFD; with 6, no */
	{ "预预预预预预预预\xA1\n", 26, "预预预预预预预预\xEF\xBF\xBD\n", "UTF-8", 1 },
	{ "预预预预预预\xA1\n", 20, "", NULL, 1 },
	/* cut at the end of the input is no bad byte of the count */
	{ "预预预预预预预预\xA1\n\xE9", 27, "预预预预预预预预\xEF\xBF\xBD\n\xEF\xBF\xBD", "UTF-8", 1 },
};

void test_input(void);
void test_input(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (size_t chunk = 1; chunk <= 7; chunk += 6) {
			const char *enc;
			int err;
			char *got = decode(cases[i].in, cases[i].n, chunk, PB_ENC_AUTO, &enc, &err);
			CHECK_STR(got, cases[i].out);
			CHECK_STR(enc, cases[i].enc);
			CHECK(err == cases[i].err);
			free(got);
		}
	}
	/* the BOM is dropped from the text, and said */
	for (int bom = 0; bom < 2; bom++) {
		pb_decoder *d = pb_decoder_new(PB_ENC_AUTO);
		pb_decoder_feed(d, &"\xEF\xBB\xBF" "abc"[bom ? 0 : 3], bom ? 6 : 3);
		pb_decoder_finish(d);
		CHECK(pb_decoder_bom(d) == bom);
		CHECK_STR(pb_decoder_out(d)->ptr, "abc");
		pb_decoder_free(d);
	}
	/* enc16: a line of UTF-8, of GB18030, of UTF-8 (21 预, 算, 预: odd,
	 * so no GB18030 as a whole): each in its encoding, two changes,
	 * however it is fed; forced, none */
	pb_buf in = PB_BUF_INIT, want = PB_BUF_INIT;
	for (int part = 0; part < 3; part++)
		for (int k = 0; k <= 21; k++) {
			const char *c = k == 21 ? "\n" : part == 1 ? "\xCB\xE3" : "预";
			pb_buf_adds(&in, c);
			pb_buf_adds(&want, k == 21 ? "\n" : part == 1 ? "算" : "预");
		}
	for (size_t chunk = 1; chunk <= 64; chunk *= 4) {
		pb_decoder *d = pb_decoder_new(PB_ENC_AUTO);
		for (size_t i = 0; i < in.len; i += chunk)
			pb_decoder_feed(d, in.ptr + i, in.len - i < chunk ? in.len - i : chunk);
		pb_decoder_finish(d);
		CHECK_STR(pb_decoder_out(d)->ptr, want.ptr);
		CHECK(pb_decoder_switches(d) == 2);
		CHECK_STR(pb_decoder_encoding(d), "UTF-8");
		CHECK(!pb_decoder_err(d)->set);
		pb_decoder_free(d);
	}
	pb_decoder *d = pb_decoder_new(PB_ENC_UTF8);
	pb_decoder_feed(d, in.ptr, in.len);
	pb_decoder_finish(d);
	CHECK(pb_decoder_switches(d) == 0 && pb_decoder_err(d)->set);
	pb_decoder_free(d);
	/* a stray byte on a line of its own is no change */
	pb_buf_reset(&in);
	pb_buf_adds(&in, "预预预预预预预预预预预预预预预预预预预预预\nab\xCB\xE3\n预预预预预预预预预\n");
	d = pb_decoder_new(PB_ENC_AUTO);
	pb_decoder_feed(d, in.ptr, in.len);
	pb_decoder_finish(d);
	CHECK(pb_decoder_switches(d) == 0 && pb_decoder_err(d)->set);
	CHECK_STR(pb_decoder_encoding(d), "UTF-8");
	pb_decoder_free(d);
	pb_buf_free(&in);
	pb_buf_free(&want);
	pb_enc e;
	CHECK(pb_enc_parse("GB18030", &e) == 0 && e == PB_ENC_GB18030);
	CHECK(pb_enc_parse("latin1", &e) == -1);
}
