#include <string.h>

#include "encline.h"
#include "harness.h"

#define S(lit) lit, sizeof lit - 1

void test_encline(void);
void test_encline(void)
{
	/* pb_line_encoding: ASCII is neither; UTF-8 text stays; GB18030 text
	 * of GB2312 characters (预算编制说明) changes from UTF-8 */
	CHECK(pb_line_encoding(S("abc\t12\n"), pb_enc_utf8) == NULL);
	CHECK(pb_line_encoding(S("预算编制\n"), pb_enc_utf8) == pb_enc_utf8);
	CHECK(pb_line_encoding(S("\xD4\xA4\xCB\xE3\xB1\xE0\xD6\xC6\xCB\xB5\xC3\xF7\n"),
	                       pb_enc_utf8) == pb_enc_gb18030);
	CHECK(pb_line_encoding(S("\xD4\xA4\xCB\xE3\xB1\xE0\xD6\xC6\xCB\xB5\xC3\xF7\n"),
	                       pb_enc_gb18030) == pb_enc_gb18030);
	/* in GB18030, UTF-8 text changes back; 目录 (C4BF C2BC, valid UTF-8
	 * "Ŀ¼") stays, and from UTF-8 is a change */
	CHECK(pb_line_encoding(S("预算编制\n"), pb_enc_gb18030) == pb_enc_utf8);
	CHECK(pb_line_encoding(S("\xC4\xBF\xC2\xBC\n"), pb_enc_gb18030) == pb_enc_gb18030);
	CHECK(pb_line_encoding(S("\xC4\xBF\xC2\xBC\n"), pb_enc_utf8) == pb_enc_gb18030);
	/* only RFC 3629 counts as UTF-8 when a line is weighed: surrogates
	 * (ED A0 80) and overlongs (E0 80 80, C0 AF) are bad bytes, so such a
	 * line of GB18030 pairs stays GB18030; read as valid, it had two
	 * characters of three bytes, UTF-8 text */
	CHECK(pb_line_encoding(S("\xED\xA0\x80\xED\xB0\x80\n"), pb_enc_gb18030) == pb_enc_gb18030);
	CHECK(pb_line_encoding(S("\xE0\x80\x80\xE0\x80\x80\n"), pb_enc_gb18030) == pb_enc_gb18030);
	/* the same in range: a 3-byte and a 4-byte character, UTF-8 */
	CHECK(pb_line_encoding(S("\xED\x9F\xBF\xF4\x8F\xBF\xBF\n"), pb_enc_gb18030) == pb_enc_utf8);

	/* pb_utf8_lines: whole lines only */
	CHECK(pb_utf8_lines(S("")) == 0);
	CHECK(pb_utf8_lines(S("预算")) == 0);
	CHECK(pb_utf8_lines(S("预算\n")) == 7);
	CHECK(pb_utf8_lines(S("a\n预算\nunfinished 预")) == 9);
	/* ², ° and × (C2, C3) are no letters; Ŀ (C4) is, and its line is
	 * left to pb_line_encoding, with the lines after it */
	CHECK(pb_utf8_lines(S("2m\xC2\xB2 \xC2\xB0 \xC3\x97\n")) == 11);
	CHECK(pb_utf8_lines(S("ab\n\xC4\xBF\xC2\xBC\n预\n")) == 3);
	CHECK(pb_utf8_lines(S("x\xDF\xBF\n")) == 0);
	/* a bad byte, a NUL, a surrogate, a character cut by the LF */
	CHECK(pb_utf8_lines(S("ab\ncd\xFF\n预\n")) == 3);
	CHECK(pb_utf8_lines("ab\ncd\0\n", 7) == 3);
	CHECK(pb_utf8_lines(S("ab\ncd\n\xED\xA0\x80\n")) == 6);
	CHECK(pb_utf8_lines(S("\xE9\xA2\n")) == 0);
	/* past sixteen bytes, the vector loop: a letter at each place */
	char buf[80];
	for (size_t at = 0; at < 64; at++) {
		memset(buf, 'a', sizeof buf);
		buf[20] = '\n';
		buf[79] = '\n';
		size_t want = 80;
		if (at != 20) {
			/* the range's ends: Ā (C4 80) and U+07FF (DF BF) */
			buf[at] = (char)(at % 2 ? 0xC4 : 0xDF);
			buf[at + 1] = (char)(at % 2 ? 0x80 : 0xBF);
			if (at + 1 == 20)
				buf[at] = 'a', buf[at + 1] = '\n'; /* keep the LF */
			else
				want = at < 20 ? 0 : 21;
		}
		size_t got = pb_utf8_lines(buf, sizeof buf);
		CHECK(got == want);
		if (got != want)
			fprintf(stderr, "  letter at %zu: got %zu, want %zu\n", at, got, want);
		/* and just outside it, Ã (C3 83) and ࠀ (E0 A0 80): no letters */
		if (at != 20 && at + 1 != 20 && at + 2 != 20) {
			memset(buf, 'a', sizeof buf);
			buf[20] = buf[79] = '\n';
			memcpy(buf + at, at % 2 ? "\xC3\x83" : "\xE0\xA0\x80", at % 2 ? 2 : 3);
			CHECK(pb_utf8_lines(buf, sizeof buf) == 80);
		}
	}
}
