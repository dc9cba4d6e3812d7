/* JSON quoting: the sixteen-bytes-at-a-time quoting against a plain
 * one-byte-at-a-time model, on random strings at every alignment, valid
 * UTF-8 or not. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "harness.h"
#include "jsonw.h"
#include "utf8.h"

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

/* pb_json_quote by the book: each byte that does not start a valid
 * character becomes U+FFFD */
static void ref_check(pb_buf *b, const char *s, size_t n)
{
	pb_buf t = PB_BUF_INIT;
	for (size_t i = 0; i < n;) {
		int32_t cp;
		int l = pb_utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			pb_buf_adds(&t, "\xEF\xBF\xBD");
			i++;
		} else {
			pb_buf_add(&t, s + i, (size_t)l);
			i += (size_t)l;
		}
	}
	ref_quote(b, t.ptr, t.len);
	pb_buf_free(&t);
}

/* quote s[0..n) from an exact-size copy after "x"; 0 when it is as the model says */
static int differs(int check, const char *s, size_t n)
{
	pb_buf got = PB_BUF_INIT, want = PB_BUF_INIT;
	char *exact = malloc(n ? n : 1);
	memcpy(exact, s, n);
	pb_buf_adds(&got, "x");
	pb_buf_adds(&want, "x");
	int r = check ? pb_json_quote(&got, exact, n) : pb_json_quote_utf8(&got, exact, n);
	if (check)
		ref_check(&want, s, n);
	else
		ref_quote(&want, s, n);
	r = r < 0 || got.len != want.len || memcmp(got.ptr, want.ptr, got.len) ||
	    got.ptr[got.len] != '\0';
	free(exact);
	pb_buf_free(&got);
	pb_buf_free(&want);
	return r;
}

static void check_invalid(void)
{
	static const char *const pool[] = {
		"a", "abcdefghijklmnop", "\t", "\"", "\\", "\x01", "甲乙丙", "\x80", "\xBF",
		"\xE4\xB8", "\xED\xA0\x80", "\xF0\x9F\x98\x80", "\xC3\xA9", "\xE0\x80\x80",
		"\xE0\xA0\x80", "\xFF", "\xF4\x90\x80\x80", "\xEF\xBF\xBF", "\xE1\x80\x80",
		"\xC0\xAF", "\xF0\x9F", "，", "\x7f", "\xED\x9F\xBF", "\xEE\x80\x80",
		"\xEC\xBF\xBF", "\xE4", "甲乙丙丁戊己庚辛",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	unsigned seed = 9;
	pb_buf in = PB_BUF_INIT;
	int bad = 0;

	for (int t = 0; t < 100000; t++) {
		pb_buf_reset(&in);
		seed = seed * 1103515245u + 12345u;
		int len = (int)(seed >> 16) % 24;
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			pb_buf_adds(&in, pool[(seed >> 16) % np]);
		}
		bad += differs(1, in.ptr, in.len);
	}
	CHECK(bad == 0);
	/* a character, or a bad byte, at every place around the end of the
	 * 4096-byte slices the room is made for */
	static const char *const edge[] = { "甲", "\xF0\x9F\x98\x80", "\xE4\xB8", "\x80", "\n" };
	for (size_t j = 0; j < sizeof edge / sizeof edge[0]; j++)
		for (size_t at = 4090; at < 4100; at++) {
			pb_buf_reset(&in);
			for (size_t i = 0; i < at; i++)
				pb_buf_addc(&in, i % 37 ? 'a' : '\t');
			pb_buf_adds(&in, edge[j]);
			pb_buf_adds(&in, "乙");
			CHECK(!differs(1, in.ptr, in.len));
		}
	pb_buf_free(&in);
}

/* The short strings' path (up to 64 bytes, in overlapping pieces):
 * every length around its bounds, one byte that is not plain ASCII at
 * every place, against the models. */
static void check_short(void)
{
	static const char *const odd[] = { "\t", "\"", "\\", "\x01", "\x1f", "\x7f", "\x80", "\xFF",
	                                   "甲", "\xE4\xB8" };
	char s[80];
	int bad = 0;
	for (size_t n = 0; n <= 72; n++) {
		memset(s, 'a', n);
		bad += differs(0, s, n) + differs(1, s, n);
		for (size_t j = 0; j < sizeof odd / sizeof odd[0]; j++)
			for (size_t at = 0; at + strlen(odd[j]) <= n; at++) {
				memset(s, 'a', n);
				memcpy(s + at, odd[j], strlen(odd[j]));
				bad += differs(1, s, n);
				if ((unsigned char)odd[j][0] < 0x80 || j == 8)
					bad += differs(0, s, n);
			}
	}
	CHECK(bad == 0);
}

/* integers as printf writes them, the NUL after them, at any fill */
static void check_int(void)
{
	static const long long v[] = { 0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999,
	                               100000, -1, -9, -10, -100, -12345, 4294967296LL,
	                               9223372036854775807LL, -9223372036854775807LL - 1 };
	pb_buf b = PB_BUF_INIT;
	char want[64];
	for (size_t fill = 0; fill < 70; fill += 7)
		for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
			pb_jw w;
			pb_buf_reset(&b);
			for (size_t k = 0; k < fill; k++)
				pb_buf_addc(&b, 'x');
			pb_jw_begin(&w, &b, NULL);
			pb_jw_int(&w, "n", v[i]);
			pb_jw_end(&w);
			snprintf(want, sizeof want, "{\"n\":%lld}\n", v[i]);
			CHECK(w.err == 0 && b.len == fill + strlen(want) && !strcmp(b.ptr + fill, want));
		}
	pb_buf_free(&b);
}

/* pb_jw_put_int (digits counted from the bit length) against snprintf:
 * every power of ten and its neighbours, then random values of every
 * bit length, either sign */
static int put_int_differs(long long v)
{
	char got[PB_JW_INT_MAX + 8], want[32];
	memset(got, 'x', sizeof got);
	char *e = pb_jw_put_int(got, v);
	snprintf(want, sizeof want, "%lld", v);
	return (size_t)(e - got) != strlen(want) || memcmp(got, want, strlen(want)) ||
	       got[strlen(want)] != 'x';
}

static void check_put_int(void)
{
	int bad = 0;
	unsigned long long p = 1;
	for (int k = 0; k < 19; k++, p *= 10)
		for (long long d = -1; d <= 1; d++) {
			bad += put_int_differs((long long)p + d);
			bad += put_int_differs(-(long long)p - d);
		}
	bad += put_int_differs(9223372036854775807LL);
	bad += put_int_differs(-9223372036854775807LL - 1);
	unsigned long long seed = 5;
	for (int t = 0; t < 200000; t++) {
		seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
		unsigned bits = (unsigned)(seed >> 58); /* 0..63 */
		seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
		unsigned long long u = (seed >> 1) >> (63 - bits);
		bad += put_int_differs(t & 1 ? -(long long)u : (long long)u);
	}
	CHECK(bad == 0);
}

void test_jsonw(void);
void test_jsonw(void)
{
	check_int();
	check_put_int();
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
	check_invalid();
	check_short();
	pb_buf_free(&in);
	pb_buf_free(&got);
	pb_buf_free(&want);
}
