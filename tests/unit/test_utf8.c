/* Strict UTF-8: the offsets of bad bytes feed the error messages. */
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
}
