/* JSON quoting: the word-at-a-time quoting of valid UTF-8 against a plain
 * one-byte-at-a-time model, on random strings at every alignment. */
#include <stdlib.h>

#include "buf.h"
#include "harness.h"
#include "jsonw.h"

static void ref_quote(pb_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	pb_buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			pb_buf_addc(b, '\\');
			pb_buf_addc(b, c);
		} else if (c == '\n') {
			pb_buf_adds(b, "\\n");
		} else if (c == '\r') {
			pb_buf_adds(b, "\\r");
		} else if (c == '\t') {
			pb_buf_adds(b, "\\t");
		} else if (c < 0x20) {
			char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			pb_buf_add(b, e, 6);
		} else {
			pb_buf_addc(b, c);
		}
	}
	pb_buf_addc(b, '"');
}

void test_jsonw(void);
void test_jsonw(void)
{
	static const char *const pool[] = {
		"a", "abcdefgh", "\t", "\n", "\r", "\"", "\\", "\x01", "\x1f", " ", "甲乙丙", "项目编码",
		"１２", "\x7f", "/", "预算数\t603.00\t",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	unsigned seed = 3;
	pb_buf in = PB_BUF_INIT, got = PB_BUF_INIT, want = PB_BUF_INIT;
	int bad = 0;

	for (int t = 0; t < 100000; t++) {
		pb_buf_reset(&in);
		pb_buf_reset(&want);
		seed = seed * 1103515245u + 12345u;
		int len = (int)(seed >> 16) % 24;
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			pb_buf_adds(&in, pool[(seed >> 16) % np]);
		}
		/* appended after what is there, from an exact-size copy */
		pb_buf_reset(&got);
		pb_buf_adds(&got, "x");
		char *exact = malloc(in.len ? in.len : 1);
		memcpy(exact, in.ptr, in.len);
		pb_buf_adds(&want, "x");
		ref_quote(&want, in.ptr, in.len);
		if (pb_json_quote_utf8(&got, exact, in.len) < 0 || got.len != want.len ||
		    memcmp(got.ptr, want.ptr, got.len) || got.ptr[got.len] != '\0')
			bad++;
		/* pb_json_quote takes the same path for valid UTF-8 */
		pb_buf_reset(&got);
		pb_buf_adds(&got, "x");
		if (pb_json_quote(&got, exact, in.len) < 0 || got.len != want.len ||
		    memcmp(got.ptr, want.ptr, got.len))
			bad++;
		free(exact);
	}
	CHECK(bad == 0);
	/* longer than one slice of the quoting loop */
	pb_buf_reset(&in);
	for (int k = 0; k < 3000; k++)
		pb_buf_adds(&in, k % 7 ? "甲乙\t" : "\"\\\x02");
	pb_buf_reset(&got);
	pb_buf_reset(&want);
	ref_quote(&want, in.ptr, in.len);
	CHECK(pb_json_quote_utf8(&got, in.ptr, in.len) == 0);
	CHECK(got.len == want.len && !memcmp(got.ptr, want.ptr, got.len));
	pb_buf_free(&in);
	pb_buf_free(&got);
	pb_buf_free(&want);
}
