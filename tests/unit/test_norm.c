/* Normalization of SCHEMA.md: the table of what wrapping and converters
 * do to text, and what the records must say instead. */
#include <stdint.h>
#include <stdlib.h>

#include "harness.h"
#include "norm.h"
#include "utf8.h"

static const struct {
	const char *in, *want;
	int cell; /* pb_norm_cell instead of pb_norm */
} cases[] = {
	{ "预算规模及 资金用途", "预算规模及资金用途", 0 },
	{ "2024 年", "2024年", 0 },
	{ "≥6 套", "≥6套", 0 },
	{ "１２０.５０", "120.50", 0 },
	{ "≥95％", "≥95%", 0 },
	{ "≧300 天", "≥300天", 0 },
	{ "⩾95%", "≥95%", 0 },
	{ "⩽3 天", "≤3天", 0 },
	{ "≦120", "≤120", 0 },
	{ "≤28134m ²", "≤28134m²", 0 },
	{ "≥ 90 %", "≥90%", 0 },
	{ "其中：财政    资金", "其中：财政资金", 0 },
	{ "  两端  ", "两端", 0 },
	{ "办公 OA 和门户", "办公 OA 和门户", 0 },      /* CJK-Latin spaces stay */
	{ "13018624P0000041000 14", "13018624P0000041000 14", 0 }, /* digit-digit stays */
	{ "word   word", "word word", 0 },
	{ "（草案）", "（草案）", 0 },                 /* CJK punctuation stays */
	{ "元／套", "元/套", 0 },
	{ "平均成本= 年度总成本/ 采购数量", "平均成本=年度总成本/采购数量", 0 },
	{ "社会效益指 标", "社会效益指标", 0 },
	{ "社会效益指\n标", "社会效益指标", 0 },
	{ "a\xff" "b", "a\xEF\xBF\xBD" "b", 0 },        /* bad UTF-8 replaced */
	/* format characters that print nothing are dropped, inside numbers
	 * and names too, whitespace about them kept as without them */
	{ "≥1\xC2\xAD" "0项", "≥10项", 0 },               /* soft hyphen */
	{ "9\xE2\x81\xA0" "5%", "95%", 0 },                /* word joiner */
	{ "1\xE2\x80\x8B" "0", "10", 0 },                  /* zero-width space */
	{ "智慧\xC2\xAD城管", "智慧城管", 0 },
	{ "130186\xEF\xBB\xBF" "24P", "13018624P", 0 },    /* U+FEFF in a line */
	{ "a \xE2\x80\x8D b", "a b", 0 },
	{ "\xE2\x80\x8E" "≥95%\xE2\x80\x8F", "≥95%", 1 },
	/* a closing bracket wrapped onto its own line joins without a space */
	{ "完成及时率（%\n）", "完成及时率（%）", 0 },
	{ "（单位：km \r\n 】", "（单位：km】", 0 },
	{ "（%） a 》", "（%） a 》", 0 },           /* on one line: kept */
	{ "（a\n） b\n〉", "（a） b〉", 0 },
	{ "", "", 0 },
	{ "$\\leq 15\\%$", "≤15%", 1 },
	{ "$\\geq 200$ 顶", "≥200顶", 1 },
	{ "$\\geq$ 95\\%", "≥95%", 1 },            /* \% outside the math too */
	/* a full-width percent escaped as TeX's is its ASCII form's */
	{ "$\\geq 95\\％$", "≥95%", 1 },
	{ "$\\geq$ 95\\％", "≥95%", 1 },
	{ "$x$\\＋ $\\＋$", "x\\+ \\+", 1 },      /* unknown: as written */
	/* HTML comments (page marks) are dropped; one must end on its line */
	{ "甲<!-- page 3 -->乙", "甲乙", 1 },
	{ "<!-- page 3 -->", "", 1 },
	{ "<!---->x<!-- a -- > -->", "x", 1 },
	{ "<!--->x", "<!--->x", 1 },
	{ "<!-- a\n-->甲", "<!-- a\n-->甲", 1 },
	{ "<!-- <!-- a", "<!-- <!-- a", 1 },
	{ "$x$ a\\b\\", "x a\\b\\", 1 },       /* other backslashes stay */
	{ "$\\unknown{x}$", "\\unknownx", 1 },
	{ "<p>1.甲</p> <p>2.乙</p>", "1.甲\n2.乙", 1 },
	{ "<span>甲</span>乙", "甲乙", 1 },
	{ "<3 人", "<3人", 1 },                      /* not a tag */
	{ "**重点**项目", "重点项目", 1 },
	{ "a&nbsp;&lt;b", "a <b", 1 },
	{ "$m^2$", "m²", 1 },
	/* spaces in math between digits and points: TeX drops them */
	{ "$\\geq 9 0 \\%$", "≥90%", 1 },
	{ "$\\leq 1 2 . 5$ 万元/站", "≤12.5万元/站", 1 },
	{ "$1 5 0 . 0 0$", "150.00", 1 },
	{ "$3 \\times 5$", "3 × 5", 1 },             /* not between digits */
	{ "$1\\ 000$", "1 000", 1 },                  /* an explicit space stays */
	{ "1 2 $x$", "1 2 x", 1 },                   /* outside math: kept */
	{ "$1$ $2$", "1 2", 1 },                      /* between two maths too */
	/* character references: named, decimal, hex; bad ones as written */
	{ "&ge;90&#37;", "≥90%", 1 },
	{ "&#8805;95%", "≥95%", 1 },
	{ "&#x2264;5&#X25;", "≤5%", 1 },
	{ "&le;3&percnt;", "≤3%", 1 },
	{ "a&amp;lt;b", "a&lt;b", 1 },                 /* decoded once */
	{ "&#60;p&#62;x", "<p>x", 1 },                /* no tag made */
	{ "&#36;1 2&#36;", "$1 2$", 1 },              /* no math made */
	{ "&#0;&#xD800;&#1114112;&#7;&bogus;&ge&#65", "&#0;&#xD800;&#1114112;&#7;&bogus;&ge&#65", 1 },
	{ "&#123456789;", "&#123456789;", 1 },
};

/*
 * The model: SCHEMA.md's normalization one code point at a time, as
 * plainly as it can be written.  lib/norm.c has fast paths; random strings
 * of the characters that matter must come out the same from both.
 */
static int32_t ref_fold(int32_t cp)
{
	if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
	    (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFF05 || cp == 0xFF0E ||
	    cp == 0xFF0F || cp == 0xFF0B || (cp >= 0xFF1C && cp <= 0xFF1E))
		return cp - 0xFEE0;
	return cp == 0x2267 || cp == 0x2A7E ? 0x2265 : cp == 0x2266 || cp == 0x2A7D ? 0x2264 : cp;
}

static int ref_drop(int32_t p, int32_t n)
{
	int pd = p >= '0' && p <= '9', nd = n >= '0' && n <= '9';
	int pa = pd || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z');
	int pop = p == 0x2264 || p == 0x2265 || p == '<' || p == '>' || p == '=';
	return (pb_is_cjk(p) && (pb_is_cjk(n) || nd)) || (pd && pb_is_cjk(n)) ||
	       (pa && (n == 0xB2 || n == 0xB3)) || (pop && (nd || n == '.')) ||
	       (pd && n == '%') || ((p == '/' || p == '=') && pb_is_cjk(n)) ||
	       (pb_is_cjk(p) && (n == '/' || n == '=')) ||
	       ((p == 0x4E07 || p == 0x4EBF) && ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')));
}

/* a full-width closing bracket: ）】》」』〉〕 */
static int ref_closing(int32_t cp)
{
	return cp == 0xFF09 || cp == 0x3011 || cp == 0x300B || cp == 0x300D || cp == 0x300F ||
	       cp == 0x3009 || cp == 0x3015;
}

/* the format characters that print nothing, as SCHEMA.md's layout
 * noise: soft hyphen, zero-width space and joiners, direction marks and
 * embeddings, word joiner, invisible operators, isolates, the Mongolian
 * vowel separator, U+FEFF */
static int ref_invisible(int32_t cp)
{
	return cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) ||
	       cp == 0x180E || cp == 0xFEFF;
}

static void ref_norm(pb_buf *out, const char *s, size_t n)
{
	int32_t prev = 0, cp;
	int space = 0, broke = 0; /* whitespace pending; a line break in it */
	char e[4];
	for (size_t i = 0; i < n;) {
		i += (size_t)pb_utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			cp = 0xFFFD;
		if (pb_is_space(cp)) {
			space = 1;
			broke |= cp == '\n';
			continue;
		}
		if (ref_invisible(cp))
			continue;
		cp = ref_fold(cp);
		/* a closing bracket wrapped onto a line of its own joins the
		 * line above without a space, whatever ends it: 完成及时率（%
		 * / ） is 完成及时率（%）; on one line the space stays */
		if (space && prev && !ref_drop(prev, cp) && !(broke && ref_closing(cp)))
			pb_buf_addc(out, ' ');
		broke = 0;
		space = 0;
		pb_buf_add(out, e, (size_t)pb_utf8_encode(cp, e));
		prev = cp;
	}
}

/* Does normalizing leave s as it is? */
static int idempotent(const pb_buf *s)
{
	pb_buf again = PB_BUF_INIT;
	int same = pb_norm(&again, s->ptr, s->len, 0) == 0 && again.len == s->len &&
	           !memcmp(again.ptr, s->ptr, s->len);
	pb_buf_free(&again);
	return same;
}

static void norm_model(void)
{
	static const char *const pool[] = {
		"甲", "項", "鿿", "一", "１", "Ａ", "％", "＜", "．", "0", "9", "a", "Z", "%", ".",
		"/", "=", "<", ">", "≥", "≧", "≦", "²", "³", " ", "\t", "\r", "\n", "\f",
		"\v", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\x8B", "\xE2\x80\x80",
		"\xEF\xBB\xBF", "\xff", "\x80", "\xE4", "\xE4\xB8", "\xE9\xBF", "\xED\xA0\x80",
		"\xC2\xAD", "\xE2\x81\xA0", "\xE2\x80\x8D", "\xE2\x80\x8F", "\xE1\xA0\x8E",
		"\xE2\x80\x8A", "\xE2\x80\xAE", "\xE2\x81\xAF", "\xE2\x81\xA5",
		"\xF0\x9F\x98\x80", "\xF0\xA0\x80\x80", "\x01", "\x7f", "\xC0\xAF", "、", "（",
		"abcdefgh", "12345678", "甲乙丙丁", "。，：", "）", "》", "\r\n", "万", "亿",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	unsigned seed = 12345;
	pb_buf in = PB_BUF_INIT, got = PB_BUF_INIT, want = PB_BUF_INIT, joined = PB_BUF_INIT;
	int bad = 0;

	for (int t = 0; t < 200000; t++) {
		pb_buf_reset(&in);
		pb_buf_reset(&got);
		pb_buf_reset(&want);
		seed = seed * 1103515245u + 12345u;
		int len = (int)(seed >> 16) % 16;
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			pb_buf_adds(&in, pool[(seed >> 16) % np]);
		}
		ref_norm(&want, in.ptr, in.len);
		/* an exact-size copy, so make sanitize sees any read past it */
		char *exact = malloc(in.len ? in.len : 1);
		memcpy(exact, in.ptr, in.len);
		if (pb_norm(&got, exact, in.len, 0) < 0 || got.len != want.len ||
		    memcmp(got.ptr, want.ptr, got.len))
			bad++;
		free(exact);
		/* normalized text, and two of them joined with nothing between,
		 * normalize to themselves: the splitter joins cover keys so */
		if (got.len)
			pb_buf_add(&joined, got.ptr, got.len);
		bad += !idempotent(&joined);
		if (t % 3 == 0)
			pb_buf_reset(&joined);
	}
	CHECK(bad == 0);
	pb_buf_free(&in);
	pb_buf_free(&got);
	pb_buf_free(&want);
	pb_buf_free(&joined);
}

/* pb_norm_cell finds markup while normalizing; the model scans first,
 * strips what it finds, then normalizes.  Appended after text already in
 * the buffer, which must stay as it was. */
static void cell_model(void)
{
	static const char *const pool[] = {
		"甲", "乙丙", " ", "\n", "12", "a", "<", "<p>", "</p>", "$", "\\leq", "*", "**", "&",
		"&lt;", "&nbsp;", "％", "≥", "abcdefgh", "甲乙丙丁戊", "\t", "<!--", "-->", "\\％",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	unsigned seed = 13;
	pb_buf in = PB_BUF_INIT, got = PB_BUF_INIT, want = PB_BUF_INIT, tmp = PB_BUF_INIT;
	int bad = 0;

	for (int t = 0; t < 100000; t++) {
		pb_buf_reset(&in);
		seed = seed * 1103515245u + 12345u;
		int len = (int)(seed >> 16) % 12, nl = (int)(seed >> 8) & 1;
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			pb_buf_adds(&in, pool[(seed >> 16) % np]);
		}
		pb_buf_reset(&want);
		pb_buf_adds(&want, "前");
		if (strpbrk(in.ptr, "<$*&")) {
			pb_buf_reset(&tmp);
			pb_strip_markup(&tmp, in.ptr, in.len);
			pb_norm(&want, tmp.ptr, tmp.len, nl);
		} else {
			pb_norm(&want, in.ptr, in.len, nl);
		}
		pb_buf_reset(&got);
		pb_buf_adds(&got, "前");
		char *exact = malloc(in.len ? in.len : 1);
		memcpy(exact, in.ptr, in.len);
		if (pb_norm_cell(&got, exact, in.len, nl) != 0 || got.len != want.len ||
		    memcmp(got.ptr, want.ptr, got.len) || got.ptr[got.len] != '\0')
			bad++;
		free(exact);
		if (!nl) { /* a key, as the splitter's cover fields join them */
			pb_buf_reset(&tmp);
			pb_buf_add(&tmp, got.ptr + 3, got.len - 3);
			bad += !idempotent(&tmp);
		}
	}
	CHECK(bad == 0);
	pb_buf_free(&in);
	pb_buf_free(&got);
	pb_buf_free(&want);
	pb_buf_free(&tmp);
}

/* s without Word's bookmark anchors: [bookmark:, blanks, a name of
 * letters (any script), digits and _, then ] */
static int ref_unbookmark(pb_buf *out, const char *s, size_t n)
{
	const char mark[] = "[bookmark:";
	int dropped = 0;
	for (size_t i = 0; i < n; i++) {
		if (n - i > sizeof mark - 1 && !memcmp(s + i, mark, sizeof mark - 1)) {
			size_t j = i + sizeof mark - 1, name;
			while (j < n && s[j] == ' ')
				j++;
			for (name = j; j < n && ((unsigned char)s[j] >= 0x80 || s[j] == '_' ||
			                         (s[j] >= '0' && s[j] <= '9') || (s[j] >= 'a' && s[j] <= 'z') ||
			                         (s[j] >= 'A' && s[j] <= 'Z'));
			     j++)
				;
			if (j > name && j < n && s[j] == ']') {
				i = j;
				dropped = 1;
				continue;
			}
		}
		pb_buf_addc(out, s[i]);
	}
	return dropped;
}

/*
 * pb_cellscan cuts a line at its tabs and says which cells normalizing
 * leaves as they are, 32 bytes at a time: the cells must be the tab
 * split, and a cell it calls plain must come out of pb_norm_cell as it
 * went in.  pb_norm_cell_line must give what pb_norm_cell gives, and say
 * when the result may hold line breaks.  Long pieces make lines that
 * cross blocks anywhere in a character.
 */
static void cellscan_model(void)
{
	static const char *const pool[] = {
		"甲", "乙丙丁戊己", "\t", "\t", "a", "12.5", "：", "≥", "≧", "、", "（", "１", "％",
		"\xE3\x80\x80", "\xE2\x80\x8B", "\xEF\xBB\xBF", " ", "<p>", "$", "*", "&", "\x7f",
		"\xC2\xAD", "\xE2\x81\xA0", "\xE1\xA0\x8E", "\xE2\x80\xAA", "\xE1\xA0\x8D",
		"\x01", "\xff", "\xE4", "\xE4\xB8", "\xED\xA0\x80", "\xE0\xA0\x80", "\xE0\x80\x80",
		"\xC2\xB2", "\xF0\xA0\x80\x80", "\x80", "가", "\xEA\xB0", "abcdefghijklmnopq",
		"一二三四五六七八九十", "\r", "万", "m", "[bookmark: _GoBack]", "[bookmark:", "]", "[",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	unsigned seed = 77;
	pb_buf in = PB_BUF_INIT, got = PB_BUF_INIT, want = PB_BUF_INIT, tmp = PB_BUF_INIT;
	int bad = 0, plain = 0;

	for (int t = 0; t < 100000; t++) {
		pb_buf_reset(&in);
		seed = seed * 1103515245u + 12345u;
		int len = (int)(seed >> 16) % 14;
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			const char *p = pool[(seed >> 16) % np];
			if (*p != '\r') /* no line breaks in a line */
				pb_buf_adds(&in, p);
		}
		char *exact = malloc(in.len ? in.len : 1);
		memcpy(exact, in.ptr, in.len);
		pb_cellscan sc;
		size_t at, l, from = 0;
		int r, ncells = 0;
		pb_cellscan_init(&sc, exact, in.len);
		while ((r = pb_cellscan_next(&sc, &at, &l)) >= 0) {
			const char *tab = memchr(in.ptr + from, '\t', in.len - from);
			size_t want_l = tab ? (size_t)(tab - in.ptr) - from : in.len - from;
			ncells++;
			if (at != from || l != want_l) {
				bad++;
				break;
			}
			pb_buf_reset(&want);
			pb_buf_reset(&got);
			/* a cell line drops bookmark anchors (pb_norm_cell
			 * keeps them), after its markup is stripped */
			pb_buf_reset(&tmp);
			pb_buf_reset(&want);
			int mk = 0, dropped;
			for (size_t q = 0; q < l; q++)
				mk |= exact[at + q] == '<' || exact[at + q] == '$' || exact[at + q] == '*' ||
				      exact[at + q] == '&';
			if (mk) {
				pb_strip_markup(&want, exact + at, l);
				dropped = ref_unbookmark(&tmp, want.ptr, want.len);
				pb_buf_reset(&want);
				pb_norm(&want, tmp.ptr, tmp.len, 1);
			} else {
				dropped = ref_unbookmark(&tmp, exact + at, l);
				pb_norm_cell(&want, tmp.ptr, tmp.len, 1);
			}
			int lr = pb_norm_cell_line(&got, exact + at, l);
			/* the model drops an anchor from the bytes, so a
			 * character cut short before it can join the bytes
			 * after: decoded text (cells are) keeps them apart */
			int inc;
			int cut = dropped && pb_utf8_valid(exact + at, l, &inc) != l;
			if (lr < 0 || (!cut && (got.len != want.len || memcmp(got.ptr, want.ptr, got.len))) ||
			    (lr == 0 && memchr(got.ptr, '\n', got.len)))
				bad++;
			if (pb_norm_plain(exact + at, l) != r)
				bad++;
			if (r == 1) {
				plain++;
				if (want.len != l || memcmp(want.ptr, exact + at, l))
					bad++;
				pb_buf_reset(&want);
				pb_norm_cell(&want, exact + at, l, 0);
				if (want.len != l || memcmp(want.ptr, exact + at, l))
					bad++;
			}
			from = at + l + 1;
		}
		if (r < 0 && from != in.len + 1)
			bad++; /* cells missing at the end */
		free(exact);
	}
	CHECK(bad == 0);
	CHECK(plain > 10000); /* the plain verdict is not always no */
	pb_buf_free(&in);
	pb_buf_free(&got);
	pb_buf_free(&want);
	pb_buf_free(&tmp);
}

/* Does pb_norm give what the model gives for s? */
static int norm_as_model(const char *s, size_t n)
{
	pb_buf got = PB_BUF_INIT, want = PB_BUF_INIT;
	pb_norm(&got, s, n, 0);
	ref_norm(&want, s, n);
	int same = got.len == want.len && !memcmp(got.ptr, want.ptr, got.len);
	pb_buf_free(&got);
	pb_buf_free(&want);
	return same;
}

/*
 * Every code point of three bytes, where the fast paths decide by lead
 * byte (plain3 in the block scan, the inline decoding, the spaces that
 * are dropped without put_space): after ideographs, long enough for the
 * block scan; after a space that follows an ideograph, a digit, a letter;
 * and pb_norm_plain must agree with the model on whether it is changed
 * (but for leads E0 and ED, which it does not try).
 */
static void three_byte_model(void)
{
	static const char *const before[] = {
		"甲乙丙丁戊己", "甲 ", "1 ", "a ", "≥ ", "/ ", ": ",
		"\xEA\x94\x80 ", /* U+A500: not CJK */
	};
	int bad = 0;
	for (int32_t cp = 0x800; cp <= 0xFFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		char e[4];
		size_t l = (size_t)pb_utf8_encode(cp, e);
		for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
			char s[64];
			size_t b = strlen(before[k]);
			memcpy(s, before[k], b);
			memcpy(s + b, e, l);
			memcpy(s + b + l, "甲", 3);
			bad += !norm_as_model(s, b + l + 3);
			bad += !norm_as_model(s, b + l);
			if (k == 0) {
				pb_buf want = PB_BUF_INIT;
				ref_norm(&want, s, b + l + 3);
				int same = want.len == b + l + 3 && !memcmp(want.ptr, s, want.len);
				/* leads E0 and ED are left to the slow path */
				unsigned lead = (unsigned char)e[0];
				int sure = lead != 0xE0 && lead != 0xED;
				bad += pb_norm_plain(s, b + l + 3) != (same && sure);
				pb_buf_free(&want);
			}
		}
	}
	CHECK(bad == 0);
}

void test_norm(void);
void test_norm(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		pb_buf b = PB_BUF_INIT;
		const char *s = cases[i].in;
		if (cases[i].cell)
			CHECK(pb_norm_cell(&b, s, strlen(s), 1) == 0);
		else
			CHECK(pb_norm(&b, s, strlen(s), 0) == 0);
		CHECK_STR(b.ptr, cases[i].want);
		pb_buf_free(&b);
	}
	/* keep_newlines: each line normalized and trimmed by itself */
	pb_buf b = PB_BUF_INIT;
	const char *two = " 甲 乙 \n 丙";
	pb_norm(&b, two, strlen(two), 1);
	CHECK_STR(b.ptr, "甲乙\n丙");
	pb_buf_free(&b);
	CHECK(pb_is_cjk(0x4E00) && pb_is_cjk(0x3001) && !pb_is_cjk('a') && !pb_is_cjk(0x2265));
	norm_model();
	cell_model();
	cellscan_model();
	three_byte_model();
	CHECK(pb_norm_plain("项目名称", strlen("项目名称")));
	CHECK(pb_norm_plain("其中：财政资金≥95%", strlen("其中：财政资金≥95%")));
	CHECK(!pb_norm_plain("≥95％", strlen("≥95％")));
	CHECK(!pb_norm_plain("a\tb", 3));
	{
		/* a lead cut by a tab, then a stray continuation byte */
		pb_cellscan sc;
		size_t at, l;
		pb_cellscan_init(&sc, "\xE4\t\x80", 3);
		CHECK(pb_cellscan_next(&sc, &at, &l) == 0 && at == 0 && l == 1);
		CHECK(pb_cellscan_next(&sc, &at, &l) == 0 && at == 2 && l == 1);
		CHECK(pb_cellscan_next(&sc, &at, &l) == -1);
	}
}
