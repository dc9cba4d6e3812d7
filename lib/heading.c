#include "heading.h"

#include <stdint.h>
#include <string.h>

#include "compiler.h"
#include "norm.h"
#include "re.h"
#include "swar.h"
#include "utf8.h"

enum { RE_PART, RE_PART_NAME, RE_OVERALL, RE_SUBGOALS, RE_MEASURES, RE_NUMBERED,
       RE_COVER, RE_UNIT, RE_CODE, RE_N };

/* RE_UNIT's ideographs (see ideograph()) and the separators that may
 * stand between a department's code and name (see unit_sep()) */
#define IDEO "\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{20000}-\\x{3FFFF}"
#define UNIT_SEP "[-_:\\x{FF1A}\\x{2013}\\x{2014}\\x{FF0D}\\x{FF3F}(\\x{FF08}]"

static const char *const patterns[RE_N] = {
	[RE_PART] = "^第([一二三四五六七八九十]|[0-9]+)部分",
	[RE_PART_NAME] = "^(部门整体绩效目标|(部门)?预算项目绩效目标)$",
	/* numbered 一、 1. or （一）, and named as filings name them */
	[RE_OVERALL] = "^(?:[一1][、.．]?|[(（][一1][)）])\\s*(?:(部门)?(年度)?(?:总体|整体))绩效目标",
	[RE_SUBGOALS] = "^(?:[二2][、.．]?|[(（][二2][)）])\\s*(部门)?分项绩效目标",
	/* also with words before them (三、主要保障措施, 部门工作保障措施,
	 * 绩效目标实现保障措施); the words end the line, maybe with a
	 * colon: a line of prose that starts so (3.保障措施落实，确保…) is
	 * no heading, and it opened the measures amid the sub-goals */
	[RE_MEASURES] = "^(?:[三3][、.．]?|[(（][三3][)）])\\s*[^，。；：,;:]{0,12}保障措施"
	                "\\s*[:：]?\\s*$",
	/* "1." numbering, but not a number such as 3.50; ASCII blanks only
	 * before the separator, as may_match and numbered_by_hand have it
	 * (\s would take U+2028 and U+0085, which a key can hold) */
	[RE_NUMBERED] = "^[0-9]{1,3}[ \\t-\\r]*[.．、]\\s*(?=.*[^0-9.%\\s])",
	/* the year also in numerals (二〇二五年), or letter-spaced as PDF
	 * covers set it (2 0 2 5年: normalization leaves one blank between
	 * digits, and it is noise); the title's words end it
	 * (2025年度部门预算绩效目标, 2025年部门预算绩效文本), or a mark in
	 * brackets after them does ((草案)): as a phrase in prose (…文本的函,
	 * …文本编制要求填报。) they are no title */
	[RE_COVER] = "((?:1 ?9|2 ?0) ?[0-9] ?[0-9]|(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2})"
	             "\\s*年度?[^。，；]{0,30}(预算绩效文本|绩效目标文本|预算绩效目标)"
	             "(?=\\s*(?:[(（][^()（）]*[)）]\\s*)?$)",
	/* the code ends at a blank or the name's first ideograph, or at a
	 * separator before it (512001-某某局, 512001（某某局）, the
	 * separator no part of the name): not at 200000.00 (an amount read
	 * as a department, ".00") nor at a currency (200000元, 200000（元）) */
	[RE_UNIT] = "^([0-9]{6})(?=[\\s" IDEO "]|\\s*" UNIT_SEP "\\s*[" IDEO "])"
	            "(?!\\s*(?:" UNIT_SEP "\\s*)?万?元\\s*[)\\x{FF09}]?\\s*$)"
	            "\\s*(?:" UNIT_SEP "\\s*(?=[" IDEO "]))?(\\S.*)$",
	[RE_CODE] = "^项目编[码号]",
};

static pb_re *re[RE_N];

int pb_heading_init(void)
{
	for (int i = 0; i < RE_N; i++)
		if (!re[i] && !(re[i] = pb_re_new(patterns[i])))
			return -1;
	return 0;
}

static int starts(const char *s, size_t n, const char *prefix)
{
	size_t l = strlen(prefix);
	return n >= l && !memcmp(s, prefix, l);
}

/* Look for the last byte of `what` first: in CJK text a lead byte such as
 * E6 is every few bytes, a given continuation byte rare. */
static int contains(const char *s, size_t n, const char *what)
{
	size_t l = strlen(what);
	if (l == 0)
		return 1;
	for (size_t i = l - 1; i < n; i++) {
		const char *p = memchr(s + i, what[l - 1], n - i);
		if (!p)
			return 0;
		i = (size_t)(p - s);
		if (!memcmp(p - (l - 1), what, l))
			return 1;
	}
	return 0;
}

/* Does s start with ( or （, as a heading numbered （一） does? */
static int paren_open(const char *s, size_t n)
{
	return (n && s[0] == '(') || starts(s, n, "（");
}

/*
 * A test each pattern implies, cheap enough to run first: most lines are
 * prose or table cells that fail it, and a PCRE2 call costs more than the
 * whole test (a fifth of pbsplit's time went to matching before).
 */
static int may_match(int which, const char *s, size_t n)
{
	unsigned c = n ? (unsigned char)s[0] : 0;
	switch (which) {
	case RE_PART: return starts(s, n, "第");
	case RE_PART_NAME: return starts(s, n, "部门") || starts(s, n, "预算");
	case RE_OVERALL:
		/* 总体 and 整体 both end in 体 */
		return (c == '1' || starts(s, n, "一") || paren_open(s, n)) &&
		       contains(s, n, "体绩效目标");
	case RE_SUBGOALS:
		return (c == '2' || starts(s, n, "二") || paren_open(s, n)) &&
		       contains(s, n, "分项绩效目标");
	case RE_MEASURES:
		return (c == '3' || starts(s, n, "三") || paren_open(s, n)) &&
		       contains(s, n, "保障措施");
	case RE_NUMBERED: {
		/* 1 to 3 digits, blanks, then . ． or 、 */
		size_t i = 0;
		while (i < n && i < 4 && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == 0 || i > 3)
			return 0;
		while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
			i++;
		return i < n && (s[i] == '.' || starts(s + i, n - i, "．") || starts(s + i, n - i, "、"));
	}
	case RE_UNIT:
		for (size_t i = 0; i < 6; i++)
			if (i >= n || s[i] < '0' || s[i] > '9')
				return 0;
		return n == 6 || s[6] < '0' || s[6] > '9';
	case RE_COVER:
		return (contains(s, n, "文本") || contains(s, n, "绩效目标")) && contains(s, n, "年");
	case RE_CODE: return starts(s, n, "项目编");
	}
	return 1;
}

static int match(int which, const char *s, size_t n, size_t *ov, int np)
{
	size_t dummy[2];
	if (!may_match(which, s, n))
		return 0;
	if (!re[which] && pb_heading_init() < 0)
		return 0;
	return pb_re_match(re[which], s, n, ov ? ov : dummy, ov ? np : 1) > 0;
}

/*
 * The numbering, unit-line and cover-title patterns by hand: every table
 * title, unit line and cover title went through PCRE2 with captures,
 * 5.3 M of pbsplit's 136 M instructions on three corpus files.  They give
 * exactly what the patterns give, or ASK when they cannot be sure (a
 * character some PCRE2 build reads as a line end, which `.` and `$` see);
 * pb_heading_check_filters compares them with the patterns.  A key is
 * valid UTF-8 (normalized decoder output; PCRE2 is called without its
 * check): ASK on an invalid sequence only keeps the matchers total.
 */
enum { ASK = -1 };

/* PCRE2's \s under PCRE2_UCP: \p{Xsp} (Z and \t\n\v\f\r), \h and \v.
 * (norm.c's pb_is_space is another set: U+2028 can be left in a key.) */
static int re_space(int32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	switch (c) {
	case 0x85: case 0xA0: case 0x1680: case 0x180E: case 0x2028: case 0x2029: case 0x202F:
	case 0x205F: case 0x3000:
		return 1;
	}
	return c >= 0x2000 && c <= 0x200A;
}

static int line_end(int32_t c)
{
	return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* past \s* from i, or (size_t)-1 on invalid UTF-8 */
static size_t skip_re_space(const char *s, size_t i, size_t n)
{
	while (i < n) {
		int32_t c;
		int l = pb_utf8_decode(s + i, n - i, &c);
		if (c < 0)
			return (size_t)-1;
		if (!re_space(c))
			break;
		i += (size_t)l;
	}
	return i;
}

/* RE_NUMBERED behind may_match: 1, its end in *end; 0; or ASK */
static int numbered_by_hand(const char *s, size_t n, size_t *end)
{
	size_t i = 0;

	while (i < n && (unsigned)((unsigned char)s[i] - '0') < 10u)
		i++;
	if (i == 0 || i > 3) /* four digits: no shorter run is followed by . either */
		return 0;
	while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) /* as the pattern */
		i++;
	if (i < n && s[i] == '.')
		i++;
	else if (n - i >= 3 && (!memcmp(s + i, "．", 3) || !memcmp(s + i, "、", 3)))
		i += 3;
	else
		return 0;
	if ((i = skip_re_space(s, i, n)) == (size_t)-1)
		return ASK;
	/* (?=.*[^0-9.%\s]) */
	for (size_t j = i; j < n;) {
		int32_t c;
		int l = pb_utf8_decode(s + j, n - j, &c);
		if (c < 0 || line_end(c))
			return ASK;
		if (!(c < 0x80 && ((unsigned)c - '0' < 10u || c == '.' || c == '%')) && !re_space(c)) {
			*end = i;
			return 1;
		}
		j += (size_t)l;
	}
	return 0;
}

/* RE_UNIT's ideographs: CJK, extension A, compatibility, and the
 * supplementary planes' (extension B on, 𬌗县教育局: place names hold
 * them, and GB18030 carries them in four bytes) */
static int ideograph(int32_t c)
{
	return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

/* Does a character of U+3000..U+9FFF start with byte b?  None of those
 * is a separator (unit_sep): a department's name nearly always starts
 * with one, and then nothing need be decoded. */
static int ideograph_lead(char b)
{
	return (unsigned char)b - 0xE3u <= 6u;
}

/* UNIT_SEP: - _ : ： – — － ＿ ( （ */
static int unit_sep(int32_t c)
{
	switch (c) {
	case '-': case '_': case ':': case '(': case 0xFF1A: case 0x2013: case 0x2014: case 0xFF0D:
	case 0xFF3F: case 0xFF08:
		return 1;
	}
	return 0;
}

/* Past a separator at s + i and the blanks after it when an ideograph
 * follows them (UNIT_SEP\s*(?=[IDEO])): that ideograph's offset; i when
 * there is none; (size_t)-1 on invalid UTF-8 */
static size_t past_unit_sep(const char *s, size_t i, size_t n)
{
	int32_t c;
	if (ideograph_lead(s[i]))
		return i;
	int l = pb_utf8_decode(s + i, n - i, &c);
	if (c < 0)
		return (size_t)-1;
	if (!unit_sep(c))
		return i;
	size_t j = skip_re_space(s, i + (size_t)l, n);
	if (j == (size_t)-1 || j == n)
		return j == n ? i : j;
	pb_utf8_decode(s + j, n - j, &c);
	if (c < 0)
		return (size_t)-1;
	return ideograph(c) ? j : i;
}

/* At i, past blanks, a currency alone (200000元, 200000 万元,
 * 200000（元）), no name: (?!\s*(?:UNIT_SEP\s*)?万?元\s*[)）]?\s*$)
 * fails.  1, 0, or ASK */
static int currency_only(const char *s, size_t i, size_t n)
{
	if (!ideograph_lead(s[i])) {
		int32_t c;
		int l = pb_utf8_decode(s + i, n - i, &c);
		if (c < 0)
			return ASK;
		if (unit_sep(c) && (i = skip_re_space(s, i + (size_t)l, n)) == (size_t)-1)
			return ASK;
	}
	if (n - i >= 3 && !memcmp(s + i, "万", 3))
		i += 3;
	if (n - i < 3 || memcmp(s + i, "元", 3))
		return 0;
	if ((i = skip_re_space(s, i + 3, n)) == (size_t)-1)
		return ASK;
	if (i < n && s[i] == ')')
		i++;
	else if (n - i >= 3 && !memcmp(s + i, "）", 3))
		i += 3;
	if ((i = skip_re_space(s, i, n)) == (size_t)-1)
		return ASK;
	return i == n;
}

/* RE_UNIT: 1, the name's start in *name; 0; or ASK */
static int unit_by_hand(const char *s, size_t n, size_t *name)
{
	size_t i;

	for (i = 0; i < 6; i++)
		if (i >= n || (unsigned)((unsigned char)s[i] - '0') >= 10u)
			return 0;
	if (i == n)
		return 0;
	int32_t c0;
	pb_utf8_decode(s + i, n - i, &c0);
	if (c0 < 0)
		return ASK;
	if (!re_space(c0) && !ideograph(c0)) {
		/* a separator right after the code, an ideograph after it */
		size_t j = past_unit_sep(s, i, n);
		if (j == (size_t)-1)
			return ASK;
		if (j == i)
			return 0;
	}
	if ((i = skip_re_space(s, i, n)) == (size_t)-1)
		return ASK;
	if (i == n)
		return 0;
	int cur = currency_only(s, i, n);
	if (cur)
		return cur == 1 ? 0 : ASK;
	if ((i = past_unit_sep(s, i, n)) == (size_t)-1)
		return ASK;
	/* \S.*$: the rest, with no line end in it; ideographs (but E2, where
	 * U+2028 is) three bytes at a time */
	const unsigned char *u = (const unsigned char *)s;
	for (size_t j = i; j < n;) {
		int32_t c;
		if (u[j] < 0x80) {
			if (u[j] == '\n' || u[j] == '\r')
				return ASK;
			j++;
			continue;
		}
		if (u[j] != 0xE2 && pb_utf8_cjk3(u + j, n - j)) {
			j += 3;
			continue;
		}
		int l = pb_utf8_decode(s + j, n - j, &c);
		if (c < 0 || line_end(c))
			return ASK;
		j += (size_t)l;
	}
	*name = i;
	return 1;
}

/* The value of a numeral of a year in words at s (〇 零 ○ 一 … 九,
 * three bytes each), else -1. */
static int cn_digit(const char *s, size_t n)
{
	static const char *const d[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
	if (n < 3)
		return -1;
	if (!memcmp(s, "零", 3) || !memcmp(s, "○", 3))
		return 0;
	for (int i = 0; i < 10; i++)
		if (!memcmp(s, d[i], 3))
			return i;
	return -1;
}

/* The length of four digits at s, each but the first maybe after one
 * blank (2025, 2 0 2 5), the first two 19 or 20: 4 to 7, or 0 */
static size_t digit_year_len(const unsigned char *u, size_t n)
{
	size_t i = 0;
	for (int d = 0; d < 4; d++) {
		if (d && i < n && u[i] == ' ')
			i++;
		if (i == n || (unsigned)(u[i] - '0') >= 10u)
			return 0;
		if ((d == 0 && u[i] != '1' && u[i] != '2') ||
		    (d == 1 && u[i] != (u[0] == '1' ? '9' : '0')))
			return 0;
		i++;
	}
	return i;
}

/* The length of RE_COVER's year at s: 4 (2025), up to 7 when
 * letter-spaced (2 0 2 5), 12 (二〇二五: 一九 or 二〇, two numerals
 * more), or 0. */
static size_t year_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n && (u[0] == '1' || u[0] == '2'))
		return digit_year_len(u, n);
	if (n < 12 || u[0] != 0xE4) /* 一, 二 */
		return 0;
	int a = cn_digit(s, n), b = cn_digit(s + 3, n - 3);
	if (!((a == 1 && b == 9 && memcmp(s + 3, "九", 3) == 0) ||
	      (a == 2 && b == 0 && !memcmp(s, "二", 3))))
		return 0;
	return cn_digit(s + 6, n - 6) >= 0 && cn_digit(s + 9, n - 9) >= 0 ? 12 : 0;
}

/* After the title's words (预算绩效文本, 绩效目标文本, 预算绩效目标), at
 * i: (?=\s*(?:[(（][^()（）]*[)）]\s*)?$), the title's end, maybe after
 * a mark in brackets.  1, 0, or ASK. */
static int goal_title_end(const char *s, size_t i, size_t n)
{
	for (size_t j = i; j < n;) {
		int32_t c;
		int l = pb_utf8_decode(s + j, n - j, &c);
		if (c < 0 || line_end(c))
			return ASK;
		j += (size_t)l;
	}
	if ((i = skip_re_space(s, i, n)) == n)
		return 1;
	if (s[i] == '(')
		i++;
	else if (starts(s + i, n - i, "（"))
		i += 3;
	else
		return 0;
	for (;;) {
		if (i == n)
			return 0;
		if (s[i] == ')' || starts(s + i, n - i, "）"))
			break;
		if (s[i] == '(' || starts(s + i, n - i, "（"))
			return 0;
		i++;
	}
	i += s[i] == ')' ? 1 : 3;
	return skip_re_space(s, i, n) == n;
}

/*
 * RE_COVER: 1 with where the match (and its year) starts in *start; 0;
 * or ASK.  Leftmost, as PCRE2 tries starts; 年度? then [^。，；]{0,30}
 * lets the suffix start 0 to 30 characters after 年, or 31 after 年度.
 */
static int cover_by_hand(const char *s, size_t n, size_t *start)
{
	const unsigned char *u = (const unsigned char *)s;

	for (size_t p = 0; n - p >= 4; p++) {
		/* 1, 2, 一 (E4 B8 80) or 二 (E4 BA 8C) first */
		if (!(u[p] == '1' || u[p] == '2' ||
		      (u[p] == 0xE4 && ((u[p + 1] == 0xB8 && u[p + 2] == 0x80) ||
		                        (u[p + 1] == 0xBA && u[p + 2] == 0x8C)))))
			continue;
		size_t yl = year_len(s + p, n - p);
		if (!yl)
			continue;
		size_t i = skip_re_space(s, p + yl, n);
		if (i == (size_t)-1)
			return ASK;
		if (n - i < 3 || memcmp(s + i, "年", 3))
			continue;
		i += 3;
		int limit = 30 + (n - i >= 3 && !memcmp(s + i, "度", 3));
		for (int k = 0;; k++) {
			if (n - i >= 18 && (!memcmp(s + i, "预算绩效文本", 18) ||
			                    !memcmp(s + i, "绩效目标文本", 18) ||
			                    !memcmp(s + i, "预算绩效目标", 18))) {
				int e = goal_title_end(s, i + 18, n);
				if (e) {
					*start = p;
					return e;
				}
			}
			if (k == limit || i == n)
				break;
			int32_t c;
			int l = pb_utf8_decode(s + i, n - i, &c);
			if (c < 0)
				return ASK;
			if (c == 0x3002 || c == 0xFF0C || c == 0xFF1B) /* 。，； */
				break;
			i += (size_t)l;
		}
	}
	return 0;
}

/* The answer r of a hand matcher (with the offset it found in got), or,
 * when r is ASK, the pattern's; the offset, the match's start (end 0) or
 * end (end 1) for the pattern, in *at when there is a match. */
static int settle(int r, size_t got, int which, const char *s, size_t n, int end, size_t *at)
{
	size_t ov[2];
	if (r == ASK) {
		r = match(which, s, n, ov, 1);
		if (r)
			got = ov[end];
	}
	if (r && at)
		*at = got;
	return r;
}

static int cover(const char *s, size_t n, size_t *start)
{
	size_t st = 0;
	if (!may_match(RE_COVER, s, n)) /* cheaper, and implied */
		return 0;
	int r = cover_by_hand(s, n, &st);
	return settle(r, st, RE_COVER, s, n, 0, start);
}

static int numbered(const char *s, size_t n, size_t *end)
{
	size_t e = 0;
	int r = numbered_by_hand(s, n, &e);
	return settle(r, e, RE_NUMBERED, s, n, 1, end);
}

/* Where a line's key text starts: past indentation, heading marks and
 * the anchors a DOCX conversion puts before headings. */
static PB_ALWAYS_INLINE size_t key_start(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (i < n && s[i] == '#')
		i++;
	while (n - i > 11 && s[i] == '[' && !memcmp(s + i, "[bookmark:", 10)) {
		const char *e = memchr(s + i, ']', n - i);
		if (!e)
			break;
		i = (size_t)(e - s) + 1;
	}
	return i;
}

/* The toc's heading: 目录, maybe in brackets (【目录】, [目录]) or with a
 * colon after it (目录：) */
static int toc_head(const char *k, size_t n)
{
	if (starts(k, n, "【"))
		k += 3, n -= 3;
	else if (n && *k == '[')
		k++, n--;
	if (n < 6 || memcmp(k, "目录", 6))
		return 0;
	k += 6, n -= 6;
	if (starts(k, n, "】") || starts(k, n, "："))
		k += 3, n -= 3;
	else if (n && (*k == ']' || *k == ':'))
		k++, n--;
	return n == 0;
}

int pb_line_key(pb_buf *key, const char *s, size_t n)
{
	pb_buf_reset(key);
	size_t i = key_start(s, n);
	return pb_norm_cell(key, s + i, n - i, 0);
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t l = strlen(suffix);
	return n >= l && !memcmp(s + n - l, suffix, l);
}

/*
 * A line that is only the end of 绩效目标表, cut at a character: what a
 * title wrapped inside its last word leaves on the next line (表 alone,
 * 目标表 after "…绩效").  Never the whole word: that line is a title
 * of its own.
 */
static int title_tail(const char *key, size_t n)
{
	static const char word[] = "绩效目标表";
	size_t l = sizeof word - 1;
	return n >= 3 && n < l && n % 3 == 0 && !memcmp(key, word + l - n, n);
}

/* A title's tail with the table's unit label after it (标表（单位：元）,
 * 表 单位：万元): a title wrapped inside its last word whose unit ends
 * it.  Read as text, the title lost its end and the table its unit
 * (amounts x10000).  The tail's length, blanks before the label
 * trimmed; 0 when key is no such line.  Only keys that end as a label
 * does (元, ）, )) take the search. */
static size_t tail_before_unit(const char *key, size_t n)
{
	unsigned last = n ? (unsigned char)key[n - 1] : 0;
	/* 效 目 标 表: what a tail starts with (E6 95 88, E7 9B AE, E6 A0 87,
	 * E8 A1 A8) */
	if (n < 6 || !(last == 0x83 || last == 0x89 || last == ')') ||
	    !(starts(key, n, "表") || starts(key, n, "标") || starts(key, n, "目") ||
	      starts(key, n, "效")))
		return 0;
	size_t u = pb_unit_tail(key, n);
	while (u && key[u - 1] == ' ')
		u--;
	return u && title_tail(key, u) ? u : 0;
}

size_t pb_title_tail_len(const char *key, size_t n)
{
	if (title_tail(key, n))
		return n;
	return tail_before_unit(key, n);
}

/* s less the blanks at its end: its length */
static size_t trim_end(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return n;
}

/* "text ..... 12": dot leaders then a page number; i: s's length less
 * the blanks at its end (trim_end) */
static int toc_entry_at(const char *s, size_t i)
{
	size_t nd;
	i = pb_digits_before(s, i, &nd);
	if (!nd)
		return 0;
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	int dots = 0;
	for (;;) {
		if (i > 0 && (s[i - 1] == '.' || s[i - 1] == '-')) {
			i--;
			dots++;
		} else if (i >= 3 && !memcmp(s + i - 3, "…", 3)) {
			i -= 3;
			dots += 3;
		} else if (i >= 2 && !memcmp(s + i - 2, "·", 2)) {
			i -= 2;
			dots++;
		} else {
			break;
		}
	}
	return dots >= 3;
}

static int toc_entry(const char *s, size_t n)
{
	return toc_entry_at(s, trim_end(s, n));
}

int pb_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

static int ascii_space(unsigned c)
{
	return c == ' ' || c - '\t' < 5u; /* \t \n \v \f \r */
}

/*
 * The code point of a three-byte character at p that normalization keeps
 * as a character (it is not whitespace and markup never starts with it),
 * else -1.  Leads E3..E9 and EF: CJK punctuation, ideographs, full-width
 * forms; U+3000 and U+FEFF are whitespace.
 */
static PB_ALWAYS_INLINE int32_t kept3(const unsigned char *p, size_t n)
{
	if (n < 3 || !((p[0] >= 0xE3 && p[0] <= 0xE9) || p[0] == 0xEF) ||
	    (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
		return -1;
	int32_t cp = (int32_t)((p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu));
	return cp == 0x3000 || cp == 0xFEFF ? -1 : cp;
}

/* Is cp one of the characters a heading key can start with, besides a
 * digit: 第 部 预 一 二 三 项 目 【 */
static int heading_first(int32_t cp)
{
	switch (cp) {
	case 0x7B2C: case 0x90E8: case 0x9884: case 0x4E00: case 0x4E8C: case 0x4E09: case 0x9879:
	case 0x76EE: case 0x3010: /* 【目录】 */
		return 1;
	}
	return 0;
}

/* pb_title_words behind a test of the last byte: 表 (E8 A1 A8), ） (EF
 * BC 89) or ), which most keys fail without a call */
static PB_ALWAYS_INLINE size_t title_words(const char *s, size_t n)
{
	unsigned c = n ? (unsigned char)s[n - 1] : 0;
	return c == 0xA8 || c == 0x89 || c == ')' ? pb_title_words(s, n) : 0;
}

/*
 * Every class pb_classify tells apart below starts with one of these
 * characters, a digit or a parenthesis (（一）总体绩效目标), ends with
 * 表 (the table titles; 绩效目标 half titles start with a digit) or
 * holds 文本 (a cover title): most lines of prose fail all of it, and
 * then no pattern needs to run.
 */
static int may_be_heading(const char *key, size_t n)
{
	unsigned c = (unsigned char)key[0];
	/* '[' too: toc_head takes [目录] (fuzz_split: turned away here, it
	 * was never a toc's heading) */
	if ((c >= '0' && c <= '9') || c == '[' || paren_open(key, n))
		return 1;
	if (heading_first(kept3((const unsigned char *)key, n)))
		return 1;
	if ((key[n - 1] == ')' || ends_with(key, n, "）")) && title_words(key, n))
		return 1;
	return ends_with(key, n, "表") ||
	       (n < 200 && (contains(key, n, "文本") || contains(key, n, "绩效目标")));
}

/*
 * Does valid UTF-8 s[0..n) hold both 文 (E6 96 87) and 本 (E6 9C AC)?
 * One pass for both, sixteen bytes at a time for their last bytes, the
 * last sixteen loaded again over the ones before, so nothing past n is
 * read.  Two memchr-led searches were 2.1 M of pbsplit's 148.8 M
 * instructions on three corpus files.
 */
static int wen_and_ben(const unsigned char *u, size_t n)
{
	int wen = 0, ben = 0;

	if (n < 16)
		return contains((const char *)u, n, "文") && contains((const char *)u, n, "本");
	for (size_t i = 0;; i += 16) {
		if (n - i < 16)
			i = n - 16;
		pb_v16 v = pb_v16_load(u + i);
		unsigned m = pb_v16_eq(v, 0x87) | pb_v16_eq(v, 0xAC);
		while (m) {
			size_t j = i + pb_v16_first(m);
			m &= m - 1;
			if (j >= 2 && u[j - 2] == 0xE6) {
				wen |= u[j - 1] == 0x96 && u[j] == 0x87;
				ben |= u[j - 1] == 0x9C && u[j] == 0xAC;
			}
		}
		if (wen && ben)
			return 1;
		if (i + 16 >= n)
			return 0;
	}
}

/*
 * Is the raw line plain text, whatever its key?  Most lines of a filing
 * are prose or cells that start with an ideograph no heading starts with
 * and end with one that is not 表: then the key would fail may_be_heading
 * (its first and last characters are those raw ones: normalization trims
 * only whitespace around them and markup never starts or ends with them),
 * and building it was the largest part of pbsplit's time.
 */
/*
 * The raw line's first character that its key keeps as it is (found at
 * u + *at), or -1: the key starts with this character (normalization
 * trims only whitespace before it, and markup never starts with it), or,
 * for full-width forms, with the ASCII it folds to.
 */
static PB_ALWAYS_INLINE int32_t key_first(const unsigned char *u, size_t n, size_t *at)
{
	size_t i = 0;

	/* most lines start with an ideograph (lead byte E4..E9): no markup,
	 * nothing trimmed */
	if (!(n && u[0] - 0xE4u < 6u)) {
		i = key_start((const char *)u, n);
		for (;;) { /* what normalization trims at the start */
			if (i < n && ascii_space(u[i]))
				i++;
			else if (n - i >= 3 && u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x80)
				i += 3;
			else
				break;
		}
	}
	*at = i;
	return kept3(u + i, n - i);
}

static int fullwidth_digit(int32_t cp)
{
	return cp >= 0xFF10 && cp <= 0xFF19; /* they fold to digits */
}

/* Can a part 1 heading's name start with cp: 总体 整体 部门 年度 分项
 * 工作 保障 (RE_OVERALL, RE_SUBGOALS, RE_MEASURES)? */
static int part1_name_first(int32_t cp)
{
	switch (cp) {
	case 0x603B: case 0x6574: case 0x90E8: case 0x5E74: case 0x5206: case 0x5DE5: case 0x4FDD:
		return 1;
	}
	return 0;
}

/*
 * After （ at the start of a line, u[0..n): might the key go on as a
 * part 1 heading's does, （一）总体… or （1）工作…?  Items numbered so
 * (（一）完善制度) are common and stay plain text: the characters read
 * are ones the key keeps as they are, so its next ones too.  Unsure (1)
 * at anything else.
 */
static int paren_number(const unsigned char *u, size_t n)
{
	size_t i = 3;
	int32_t c = kept3(u, n);
	if (c < 0 && n && u[0] - (unsigned)'1' < 3u)
		i = 1;
	else if (!(fullwidth_digit(c) || c == 0x4E00 || c == 0x4E8C || c == 0x4E09))
		return c < 0;
	if (n - i >= 3 && !memcmp(u + i, "）", 3))
		i += 3;
	else if (i < n && u[i] == ')')
		i++;
	else
		return 1;
	c = kept3(u + i, n - i);
	return c < 0 || part1_name_first(c) || contains((const char *)u + i, n - i, "保障措施");
}

/*
 * Might the key of raw text s[0..n) end in `word` (ideographs)?  0 only
 * when it surely does not: a character the key keeps as it is (kept3)
 * differs, blanks between them skipped (normalization drops them).
 * Anything else (markup, other blanks) leaves it unsure.
 */
static int may_end_as(const char *s, size_t n, const char *word)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t w = strlen(word); w; w -= 3) {
		while (n && (u[n - 1] == ' ' || u[n - 1] == '\t'))
			n--;
		if (!n) /* the key starts after it */
			return 0;
		if (n < 3 || kept3(u + n - 3, 3) < 0)
			return 1;
		if (memcmp(u + n - 3, word + w - 3, 3))
			return 0;
		n -= 3;
	}
	return 1;
}

/* May a line that ends in ）, ), 元 or 标 be a title with a note in
 * brackets (…绩效目标表（X）), a grid row of a title and its unit label
 * (…绩效目标表\t\t单位：元), or a cover title (…2025年度部门预算绩效目标,
 * maybe with a mark in brackets after it)?  Out of line: the callers are
 * hot, and few lines end so. */
static PB_NOINLINE int bracket_title(const char *s, size_t n)
{
	unsigned last = (unsigned char)s[n - 1];
	/* a title with its unit label after it on the line (…绩效目标表
	 * 单位：元, …绩效目标表（单位：元）, any label title_before_unit
	 * takes, which ends in 元 or a bracket, not 标): its key holds 位
	 * and 表, which normalization neither makes nor drops, so the raw
	 * line does too */
	if (last != 0x87 && contains(s, n, "位") && contains(s, n, "表"))
		return 1;
	if (last == 0x83) { /* 元 (E5 85 83) */
		/* …\t单位：元, \t（单位:万元）; prose ends in 万元 after a
		 * number, and a unit line alone has nothing before its label */
		size_t e = n - 3;
		if (e >= 3 && !memcmp(s + e - 3, "万", 3))
			e -= 3;
		if (e >= 3 && !memcmp(s + e - 3, "：", 3))
			e -= 3;
		else if (e && s[e - 1] == ':')
			e--;
		else
			return 0;
		if (e < 6 || memcmp(s + e - 6, "单位", 6))
			return 0;
		e -= 6;
		if (e >= 6 && !memcmp(s + e - 6, "金额", 6))
			e -= 6;
		if (e >= 3 && !memcmp(s + e - 3, "（", 3))
			e -= 3;
		else if (e && s[e - 1] == '(')
			e--;
		return e && (s[e - 1] == '\t' || s[e - 1] == ' ') && contains(s, n, "表");
	}
	if (last == 0x87) /* 标 (E6 A0 87), 文 and others */
		return may_end_as(s, n, "预算绩效目标") && contains(s, n, "年");
	/* ） or ): what comes before the note's opening bracket */
	size_t j = n - (last == ')' ? 1 : 3);
	/* （ is EF BC 88: its last byte first */
	while (j > 0 && s[j - 1] != '(' &&
	       !((unsigned char)s[j - 1] == 0x88 && j >= 3 && !memcmp(s + j - 3, "（", 3)))
		j--;
	if (j == 0)
		return 0;
	j -= s[j - 1] == '(' ? 1 : 3;
	return j && (may_end_as(s, j, "表") || may_end_as(s, j, "标"));
}

int pb_plain_text(const char *raw, size_t n)
{
	const unsigned char *u = (const unsigned char *)raw;
	size_t i, e = n;
	int32_t first = key_first(u, n, &i);

	/* － (U+FF0D) may open a page number alone (－ ３ －), whose key
	 * the splitter reads (pb_page_number_at) */
	if (first < 0 || fullwidth_digit(first) || heading_first(first) || first == 0xFF0D)
		return 0;
	if (first == 0xFF08 && paren_number(u + i + 3, n - i - 3))
		return 0;
	while (e > i && ascii_space(u[e - 1]))
		e--;
	/* valid UTF-8: a lead byte three from the end starts the last character */
	if (e - i < 3 || kept3(u + e - 3, 3) < 0 || !memcmp(u + e - 3, "表", 3) ||
	    fullwidth_digit(kept3(u + e - 3, 3)))
		return 0;
	if ((u[e - 1] == 0x89 || u[e - 1] == 0x83 || u[e - 1] == 0x87) && bracket_title(raw + i, e - i))
		return 0;
	/* normalization can join 文 and 本 across blanks or markup */
	/* not a toc entry either (toc_entry): that ends in digits before
	 * blanks (full-width ones were turned away above), and this ends in
	 * an ideograph before blanks */
	return !wen_and_ben(u, n);
}

/*
 * Can the key of a row that starts with an ideograph end in 表 (a title
 * as the row's one cell)?  Its last character, blanks trimmed, is the
 * key's when normalization keeps it and it is no markup's end; else
 * unsure, and so is 表.
 */
static int title_end(const unsigned char *u, size_t n)
{
	if (!n)
		return 0;
	unsigned c = u[n - 1];
	if (c == ')' || (n >= 3 && !memcmp(u + n - 3, "）", 3)))
		return bracket_title((const char *)u, n);
	if (c < 0x80)
		return c < 0x20 || c == '>' || c == '*' || c == '$' || c == ';';
	return n < 3 || kept3(u + n - 3, 3) < 0 || !memcmp(u + n - 3, "表", 3);
}

/* s[0..n), blanks, tabs and bars trimmed, is one unit label cell
 * (单位：元, 金额单位：万元, （单位：元）): what may share a row with a
 * table's title. */
static int unit_cell(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '|' || *s == '\r'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '|' || s[n - 1] == '\r'))
		n--;
	if (!n || n > 48 || memchr(s, '|', n) || memchr(s, '\t', n))
		return 0;
	/* 单位：元, 单位：万元, （单位：元）: what title_unit_end looks for
	 * first */
	if (s[n - 1] != ')' && !ends_with(s, n, "元") && !ends_with(s, n, "）"))
		return 0;
	if (starts(s, n, "（"))
		s += 3, n -= 3;
	else if (*s == '(')
		s++, n--;
	if (starts(s, n, "金额"))
		s += 6, n -= 6;
	return starts(s, n, "单位");
}

/*
 * Where a table title's last words end in s[0..n): 绩效目标表 or
 * 绩效目标申报表 (the wording of many provinces) at its end, or before
 * a note in brackets that ends it (项目支出绩效目标表（高标准农田建设项目）);
 * 0 when it holds none.  Not before （续）, a table going on after a page
 * break, nor before a unit label in brackets.  Left out, such a title
 * was no table's start, and the 单位 line under it was lost with it
 * (amounts x10000).
 */
size_t pb_title_words(const char *s, size_t n)
{
	static const char word[] = "绩效目标表", filed[] = "绩效目标申报表";
	size_t e = n;

	if (n >= 3 && (s[n - 1] == ')' || !memcmp(s + n - 3, "）", 3))) {
		size_t j = e = n - (s[n - 1] == ')' ? 1 : 3);
		/* back to the opening bracket; bytes of a character never
		 * look like ( or （ in valid UTF-8 */
		while (j > 0 && s[j - 1] != '(' && !(j >= 3 && !memcmp(s + j - 3, "（", 3))) {
			if (s[j - 1] == ')' || (j >= 3 && !memcmp(s + j - 3, "）", 3)) || e - j >= 150)
				return 0;
			j--;
		}
		if (j == 0 || j == e)
			return 0;
		size_t o = s[j - 1] == '(' ? j - 1 : j - 3;
		if (starts(s + j, e - j, "续") || unit_cell(s + o, n - o))
			return 0;
		e = o;
	}
	if (e >= sizeof word - 1 && !memcmp(s + e - (sizeof word - 1), word, sizeof word - 1))
		return e;
	if (e >= sizeof filed - 1 && !memcmp(s + e - (sizeof filed - 1), filed, sizeof filed - 1))
		return e;
	return 0;
}

size_t pb_title_continued(const char *s, size_t n)
{
	static const char *const mark[] = { "（续）", "(续)", "（续表）", "(续表)" };
	while (n && s[n - 1] == ' ')
		n--;
	for (size_t x = 0; x < sizeof mark / sizeof *mark; x++) {
		size_t ml = strlen(mark[x]), e;
		if (n < ml || memcmp(s + (e = n - ml), mark[x], ml))
			continue;
		while (e && s[e - 1] == ' ')
			e--;
		return pb_title_words(s, e);
	}
	return 0;
}

int pb_unit_label(const char *s, size_t n)
{
	return unit_cell(s, n);
}

/* Past an opening bracket at s[i..n), full-width or not: the new i */
static size_t past_open(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '(')
		return i + 1;
	return starts(s + i, n - i, "（") ? i + 3 : i;
}

static size_t past_blanks(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '|'))
		i++;
	return i;
}

/* Past a run of markdown emphasis (* or _) at s[i..n): the new i, the
 * mark in *m (0: none) */
static size_t past_marks(const char *s, size_t i, size_t n, char *m)
{
	*m = i < n && (s[i] == '*' || s[i] == '_') ? s[i] : 0;
	while (*m && i < n && s[i] == *m)
		i++;
	return i;
}

const char *pb_unit_currency(const char *s, size_t n, int *loose)
{
	char m, m2;
	size_t i = past_marks(s, past_blanks(s, 0, n), n, &m);
	i = past_blanks(s, i, n);
	size_t o = past_open(s, i, n);
	int outer = o > i;
	i = past_blanks(s, o, n);
	if (starts(s + i, n - i, "金额"))
		i += 6;
	if (!starts(s + i, n - i, "单位"))
		return NULL;
	i += 6;
	/* pbtable's own reading: a colon or a bracket right after 单位 */
	size_t j = past_open(s, i, n);
	int inner = j > i, strict = inner || s[i] == ':' || starts(s + i, n - i, "：");
	if (!inner) {
		j = past_blanks(s, i, n);
		if (j < n && s[j] == ':')
			j++;
		else if (starts(s + j, n - j, "："))
			j += 3;
	}
	j = past_blanks(s, j, n);
	const char *cur = starts(s + j, n - j, "万元") ? "万元" : starts(s + j, n - j, "元") ? "元" : NULL;
	if (!cur)
		return NULL;
	j = past_blanks(s, j + strlen(cur), n);
	for (int close = inner + outer; close; close--) {
		if (j < n && s[j] == ')')
			j++;
		else if (starts(s + j, n - j, "）"))
			j += 3;
		else if (inner)
			return NULL;
		j = past_blanks(s, j, n);
	}
	j = past_marks(s, j, n, &m2);
	if (past_blanks(s, j, n) != n || m2 != m)
		return NULL;
	*loose = !strict;
	return cur;
}

size_t pb_unit_tail(const char *key, size_t n)
{
	/* the last 单位 (E5 8D 95 E4 BD 8D), from its end */
	for (size_t i = n; i >= 6; i--) {
		if (key[i - 1] != '\x8D' || memcmp(key + i - 6, "单位", 6))
			continue;
		size_t o = i - 6;
		if (o >= 6 && !memcmp(key + o - 6, "金额", 6))
			o -= 6;
		if (o >= 3 && !memcmp(key + o - 3, "（", 3))
			o -= 3;
		else if (o && key[o - 1] == '(')
			o--;
		return o && unit_cell(key + o, n - o) ? o : 0;
	}
	return 0;
}

/* A part 2 heading that states the unit of its tables after its name
 * (预算项目绩效目标（单位：元）): RE_PART_NAME before the label.  Few
 * keys end in 元 or a bracket: the others take no search. */
static int part_name_unit(const char *key, size_t n)
{
	unsigned last = (unsigned char)key[n - 1];
	if (!(last == 0x83 || last == 0x89 || last == ')') || !may_match(RE_PART_NAME, key, n))
		return 0;
	size_t u = pb_unit_tail(key, n);
	while (u && key[u - 1] == ' ')
		u--;
	return u && match(RE_PART_NAME, key, u, NULL, 0);
}

size_t pb_title_unit_rest(const char *raw, size_t n)
{
	size_t i = 0;
	while (i < n && (raw[i] == '\t' || raw[i] == ' '))
		i++;
	int pipe = i < n && raw[i] == '|';
	i += (size_t)pipe;
	/* a markdown row without outer bars has no tab either */
	int bar = pipe || !memchr(raw + i, '\t', n - i);
	const char *sep = memchr(raw + i, bar ? '|' : '\t', n - i);
	if (!sep)
		return 0;
	size_t rest = (size_t)(sep - raw), e = rest;
	while (e > i && raw[e - 1] == ' ')
		e--;
	if (!pb_title_words(raw + i, e - i))
		return 0;
	return unit_cell(raw + rest, n - rest) ? rest : 0;
}

/* Past the first of the words at s[i..n) that s[i..n) starts with, or
 * that s[i..n) is the start of (a word cut at the line's end): the new
 * i, n when cut; i when none. */
static size_t past_word(const char *s, size_t i, size_t n, const char *const *w, size_t nw)
{
	for (size_t k = 0; k < nw; k++) {
		size_t l = strlen(w[k]);
		if (n - i >= l ? !memcmp(s + i, w[k], l) : !memcmp(s + i, w[k], n - i))
			return n - i >= l ? i + l : n;
	}
	return i;
}

/*
 * Does s[0..n) open a unit label in brackets that the next line closes
 * (（单位：, (单位:万, （金额单位：元, （ alone)?  A title wrapped inside
 * its unit label leaves that on its line, and the rest (元）) on the
 * next.
 */
static int open_unit_label(const char *s, size_t n)
{
	static const char *const amount[] = { "金额" }, *const unit[] = { "单位" },
	                         *const colon[] = { "：", ":" }, *const wan[] = { "万" },
	                         *const yuan[] = { "元" };
	size_t i = past_blanks(s, 0, n), o = past_open(s, i, n);
	if (o == i)
		return 0;
	i = past_blanks(s, o, n);
	if (i < n)
		i = past_word(s, i, n, amount, 1);
	if (i < n) {
		size_t j = past_word(s, i, n, unit, 1);
		if (j == i)
			return 0;
		i = past_blanks(s, j, n);
	}
	if (i < n)
		i = past_blanks(s, past_word(s, i, n, colon, 2), n);
	if (i < n)
		i = past_word(s, i, n, wan, 1);
	if (i < n)
		i = past_word(s, i, n, yuan, 1);
	return past_blanks(s, i, n) == n;
}

/* A key that goes on past 绩效目标表 with a unit label (the cells of
 * …绩效目标表\t\t单位：元 joined), or (open) one the next line closes
 * (…绩效目标表（单位：): the title's length in it, else 0. */
static size_t title_before_label(const char *key, size_t n, int open)
{
	for (size_t i = 0; i + 15 <= n; i++) {
		const char *p = memchr(key + i, '\xE7', n - i - 14); /* 绩 */
		if (!p)
			return 0;
		i = (size_t)(p - key);
		size_t w = !memcmp(p, "绩效目标表", 15) ? 15
		           : n - i >= 21 && !memcmp(p, "绩效目标申报表", 21) ? 21 : 0;
		if (w && (open ? i + w < n && open_unit_label(p + w, n - i - w)
		               : unit_cell(p + w, n - i - w)))
			return i + w;
	}
	return 0;
}

static size_t title_before_unit(const char *key, size_t n)
{
	return title_before_label(key, n, 0);
}

/* Numbered (1.…): the line is then never plain text (pb_plain_text),
 * whatever it ends in, and the title the split's wrapped_title joins. */
size_t pb_title_open_unit(const char *key, size_t n)
{
	return n && (unsigned)((unsigned char)key[0] - '0') < 10u && !memchr(key, '\t', n) &&
	       numbered(key, n, NULL) ? title_before_label(key, n, 1) : 0;
}

/* A title with the table's unit label after it on its line (…绩效目标表
 * 单位：元, …绩效目标表（单位：元）): the label ends the key in 元 or a
 * closing bracket, tested first.  Read as a numbered line, such a title
 * kept the label in the block's title, and pbtable missed the unit
 * (amounts x10000). */
static int title_unit_after(const char *key, size_t n)
{
	unsigned last = (unsigned char)key[n - 1];
	/* (a markdown row's title is its first cell: see pb_classify) */
	return (last == 0x83 || last == 0x89 || last == ')') && key[0] != '|' &&
	       title_before_unit(key, n);
}

/* A title and a unit label in one row: its end is the label's, 元 or a
 * closing bracket (元 and ） end in 83 and 89, which few others do),
 * tested first so most rows take no search. */
static int title_unit_end(const unsigned char *u, size_t e)
{
	return e && (u[e - 1] == 0x83 || u[e - 1] == 0x89 || u[e - 1] == ')') &&
	       pb_title_unit_rest((const char *)u, e);
}

/*
 * A line with a tab is a row of a grid: pb_classify calls it a toc entry,
 * a 项目编码 row or text, and of its key only a unit line's is read.
 * Those rows start with an ideograph, and then neither the key (which
 * starts with it) nor its classification is needed: this took the table
 * rows that are not in a table yet, each new (a code, an amount), out of
 * the memo, whose misses they were three quarters of.
 */
int pb_row_class(const char *raw, size_t n, pb_line_class *cls)
{
	const unsigned char *u = (const unsigned char *)raw;
	size_t i;
	int32_t first = key_first(u, n, &i);

	if (first < 0 || fullwidth_digit(first))
		return 0;
	size_t e = trim_end(raw, n);
	if (toc_entry_at(raw, e))
		*cls = PB_L_TOC_ENTRY;
	else if (first != 0x9879 && !title_end(u, e) && !title_unit_end(u, e) /* 项 */)
		*cls = PB_L_TEXT;
	/* the key is no longer than the line, so not past 400 bytes, and
	 * starts with what the line does */
	else if (n <= 400 && n - i >= 12 &&
	         (!memcmp(u + i, "项目编码", 12) || !memcmp(u + i, "项目编号", 12)))
		*cls = PB_L_PROJECT_CODE;
	else
		return 0;
	return 1;
}

/* The first cell of a markdown row key[0..n) (key[0] is '|'): its
 * offset and length, blanks trimmed. */
static void pipe_cell(const char *key, size_t n, size_t *off, size_t *len)
{
	size_t i = 1, e;
	while (i < n && key[i] == ' ')
		i++;
	const char *bar = memchr(key + i, '|', n - i);
	e = bar ? (size_t)(bar - key) : n;
	while (e > i && key[e - 1] == ' ')
		e--;
	*off = i;
	*len = e - i;
}

/* Nothing but bars and blanks: the empty cells of a markdown row. */
static int pb_blank_cells(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != '|' && s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/*
 * A row of a markdown table without outer bars, key[0..n), whose first
 * cell is a table's title, the others blank or a unit label
 * (1.…绩效目标表 | | 单位：元 |): the title's length, else 0.  Read as a
 * numbered line, it left the table to start at its 项目编码 row, without
 * its department and 单位 lines (amounts x10000).
 */
static size_t bare_pipe_title(const char *key, size_t n)
{
	const char *bar = n && key[0] != '|' ? memchr(key, '|', n) : NULL;
	if (!bar)
		return 0;
	size_t e = (size_t)(bar - key), r = n - e;
	while (e && key[e - 1] == ' ')
		e--;
	return title_words(key, e) && (pb_blank_cells(bar, r) || unit_cell(bar, r)) ? e : 0;
}

size_t pb_title_cell(const char *key, size_t n, size_t *len)
{
	size_t off = 0, tl;
	*len = n;
	if (n && key[0] == '|')
		pipe_cell(key, n, &off, len);
	else if ((tl = bare_pipe_title(key, n)))
		*len = tl;
	else if (!title_words(key, n) && ((tl = title_before_unit(key, n)) ||
	                                  (tl = pb_title_open_unit(key, n))))
		*len = tl;
	return off;
}

pb_line_class pb_classify(const char *raw, size_t rawlen, const char *key, size_t n)
{
	if (rawlen > PB_HEADING_MAX)
		return pb_blank(raw, rawlen) ? PB_L_BLANK
		       : pb_code_cell(raw, rawlen) ? PB_L_PROJECT_CODE : PB_L_TEXT;
	if (n == 0)
		return PB_L_BLANK;
	if (toc_entry(raw, rawlen))
		return PB_L_TOC_ENTRY;
	/* headings are short and never hold a table cell */
	if (n > 400 || memchr(key, '\t', n))
		return PB_L_TEXT;
	if (memchr(raw, '\t', rawlen)) {
		/* a tab-grid row; only a missing title can start a table here,
		 * or the title itself as the row's one cell: a merged row
		 * (…绩效目标表\t\t\t) or a DOCX cell (\t…绩效目标表).  Left
		 * out, it took the table's 单位 line with it (amounts ×10000) */
		const char *p = raw;
		while (*p == '\t' || *p == ' ')
			p++;
		if (match(RE_CODE, key, n, NULL, 0) && (size_t)(p - raw) < rawlen)
			return PB_L_PROJECT_CODE;
		return title_words(key, n) || pb_title_unit_rest(raw, rawlen)
		       ? PB_L_TABLE_TITLE : PB_L_TEXT;
	}
	if (key[0] == '|') {
		/* a markdown table starts as its tab-grid and cell-per-line
		 * counterparts do: at a row holding only its title, or at a
		 * 项目编码 row when it has none (else its project was lost) */
		size_t co, cl;
		pipe_cell(key, n, &co, &cl);
		if (match(RE_CODE, key + co, cl, NULL, 0))
			return PB_L_PROJECT_CODE;
		if (title_words(key + co, cl) &&
		    (pb_blank_cells(key + co + cl, n - co - cl) || unit_cell(key + co + cl, n - co - cl)))
			return PB_L_TABLE_TITLE;
	} else if (bare_pipe_title(key, n)) {
		return PB_L_TABLE_TITLE;
	}
	if (tail_before_unit(key, n))
		return PB_L_TITLE_TAIL;
	if (!may_be_heading(key, n))
		return PB_L_TEXT;
	if (toc_head(key, n))
		return PB_L_TOC_HEAD;
	if (match(RE_PART, key, n, NULL, 0)) {
		/* key starts with 第 (3 bytes), then the number */
		if (!memcmp(key + 3, "一", 3) || !memcmp(key + 3, "1部", 4))
			return PB_L_PART1;
		if (!memcmp(key + 3, "二", 3) || !memcmp(key + 3, "2部", 4))
			return PB_L_PART2;
		return PB_L_PART;
	}
	if (match(RE_PART_NAME, key, n, NULL, 0) || part_name_unit(key, n))
		return strstr(key, "整体") ? PB_L_PART1 : PB_L_PART2;
	if (match(RE_OVERALL, key, n, NULL, 0))
		return PB_L_OVERALL;
	if (match(RE_SUBGOALS, key, n, NULL, 0))
		return PB_L_SUBGOALS;
	if (match(RE_MEASURES, key, n, NULL, 0))
		return PB_L_MEASURES;
	if (title_words(key, n) || title_unit_after(key, n) || pb_title_open_unit(key, n))
		return PB_L_TABLE_TITLE;
	if (title_tail(key, n))
		return PB_L_TITLE_TAIL;
	if (ends_with(key, n, "绩效目标") && numbered(key, n, NULL))
		return PB_L_TITLE_HALF;
	if (n < 200 && cover(key, n, NULL))
		return PB_L_COVER_TITLE;
	if (match(RE_CODE, key, n, NULL, 0))
		return PB_L_PROJECT_CODE;
	if (numbered(key, n, NULL))
		return PB_L_NUMBERED;
	return PB_L_TEXT;
}

int pb_title_joins(const char *a, size_t an, const char *b, size_t bn)
{
	static const char word[] = "绩效目标表";
	size_t wl = sizeof word - 1;
	if (bn >= wl)
		return !memcmp(b + bn - wl, word, wl);
	return an >= wl - bn && !memcmp(a + an - (wl - bn), word, wl - bn) &&
	       !memcmp(b, word + wl - bn, bn);
}

size_t pb_title_start(const char *key, size_t n)
{
	size_t end;
	return numbered(key, n, &end) ? end : 0;
}

int pb_unit_line(const char *key, size_t n, size_t *code_off, size_t *name_off)
{
	size_t ov[6];
	int r = unit_by_hand(key, n, name_off);
	if (r != ASK) {
		*code_off = 0;
		return r;
	}
	if (!match(RE_UNIT, key, n, ov, 3))
		return 0;
	*code_off = ov[2];
	*name_off = ov[4];
	return 1;
}

/* RE_UNIT took the opening parenthesis of 512001（某某局） as the
 * separator; 某某局（本级） keeps its own.  A span, not the name, is what
 * pb_unit_name_len gives: pbtable reads the currency right after it, and
 * a ） left there would lose the currency (amounts ×10000). */
size_t pb_unit_name_trim(const char *name, size_t n)
{
	if (n > 3 && !memcmp(name + n - 3, "）", 3) && !contains(name, n - 3, "（"))
		return n - 3;
	if (n > 1 && name[n - 1] == ')' && !memchr(name, '(', n - 1))
		return n - 1;
	return n;
}

/* (a label without its colon counts when it ends the line: 某某局单位元,
 * the blank between them gone with normalization) */
size_t pb_unit_name_len(const char *name, size_t n)
{
	static const char unit[] = "单位";
	size_t ul = sizeof unit - 1;
	/* a bar ends a markdown row's cell (512001 某某局 | 单位：元, a
	 * row without outer bars): no name holds one */
	const char *bar = memchr(name, '|', n);
	if (bar) {
		while (bar > name && bar[-1] == ' ')
			bar--;
		n = (size_t)(bar - name);
	}
	const char *p = name, *end = name + n;
	/* the name itself may hold neither, so a 单 starts the search */
	while ((p = memchr(p, unit[0], (size_t)(end - p)))) {
		size_t rest = (size_t)(end - p);
		int loose;
		if (p > name && rest > ul && !memcmp(p, unit, ul) &&
		    (p[ul] == ':' || (rest >= ul + 3 && !memcmp(p + ul, "：", 3)) ||
		     pb_unit_currency(p, rest, &loose))) {
			/* 金额单位：, （单位：元）: the label's words are no name */
			if (p - name >= 6 && !memcmp(p - 6, "金额", 6))
				p -= 6;
			if (p > name && p[-1] == '(')
				p--;
			else if (p - name >= 3 && !memcmp(p - 3, "（", 3))
				p -= 3;
			while (p > name && p[-1] == ' ')
				p--;
			return (size_t)(p - name);
		}
		p++;
	}
	return n;
}

/* k past an opening bracket, full-width or not, if it starts with one */
static const char *skip_open(const char *k)
{
	if (*k == '(')
		return k + 1;
	return !strncmp(k, "（", 3) ? k + 3 : k;
}

/* Does k start with a closing bracket? */
static int is_close(const char *k)
{
	return *k == ')' || !strncmp(k, "）", 3);
}

static const char *unit_label_at(const char *k)
{
	k = skip_open(k);
	while (*k == ' ')
		k++;
	if (!strncmp(k, "金额", 6))
		k += 6;
	if (strncmp(k, "单位", 6))
		return NULL;
	k += 6;
	/* 单位 :元, 单位 (元): normalizing drops a space only before a
	 * full-width colon or bracket; the first, read, was also an
	 * unparsed row, the second no label (its 元 amounts x10000) */
	while (*k == ' ' && (k[1] == ':' || k[1] == '(' || k[1] == ' '))
		k++;
	if (*k == ':')
		return k + 1;
	if (!strncmp(k, "：", 3))
		return k + 3;
	const char *u = skip_open(k);
	if (u == k)
		return NULL;
	while (*u == ' ')
		u++;
	size_t ul = !strncmp(u, "万元", 6) ? 6 : !strncmp(u, "元", 3) ? 3 : 0;
	const char *c = u + ul;
	while (*c == ' ')
		c++;
	return ul && is_close(c) ? u : NULL;
}

/*
 * A unit label in markdown's dress: a heading (###### 单位：元) or
 * emphasis (*单位：元*, _单位：元_; the bold ** is markup normalization
 * strips).  Where the unit starts, or NULL.  Taken for no label, the row
 * left the table's amounts read as 万元 (x10000).
 */
static PB_NOINLINE const char *marked_unit_label(const char *k)
{
	char m = *k;
	while (*k == m)
		k++;
	while (*k == ' ')
		k++;
	return unit_label_at(k);
}

const char *pb_unit_label_start(const char *k)
{
	if (k[0] == '#' || k[0] == '*' || k[0] == '_')
		return marked_unit_label(k);
	return unit_label_at(k);
}

const char *pb_spaced_dept_code(const char *k, size_t n, pb_buf *key)
{
	size_t i = 0, d = 0, gaps = 0;
	while (d < 6 && i < n &&
	       ((k[i] >= '0' && k[i] <= '9') || (k[i] == ' ' && d && k[i - 1] != ' '))) {
		d += k[i] != ' ';
		gaps += k[i] == ' ';
		i++;
	}
	if (d < 6 || gaps != 1 || (i < n && k[i] >= '0' && k[i] <= '9'))
		return NULL;
	pb_buf_reset(key);
	for (size_t j = 0; j < i; j++)
		if (k[j] != ' ' && pb_buf_addc(key, k[j]) < 0)
			return NULL;
	return pb_buf_add(key, k + i, n - i) < 0 || pb_buf_addc(key, '\0') < 0 ? NULL : key->ptr;
}

/* The words a line names a field with: such a line is a row of the
 * table, never the rest of a name.  The ends are those of the names of
 * departments and their units (本级, 局, 委员会, 中心, 办公室...). */
int pb_dept_rest(const char *k, size_t n)
{
	static const char *const labels[] = { "单位", "项目", "预算", "资金", "绩效", "目标",
		                              "指标", "编码", "名称", "年", "表", NULL };
	static const char *const ends[] = { "级", "局", "委", "会", "室", "办", "处", "院", "所",
		                            "站", "心", "队", "府", "部", "厅", "司", "馆", "校",
		                            "园", "区", "社", "团", "署", "庭", "场", "组", NULL };
	if (!n || n > 18 || n % 3)
		return 0;
	for (size_t i = 0; i < n; i += 3)
		if (!pb_utf8_cjk3((const unsigned char *)k + i, n - i))
			return 0;
	for (const char *const *l = labels; *l; l++)
		if (contains(k, n, *l))
			return 0;
	for (const char *const *e = ends; *e; e++)
		if (!memcmp(k + n - 3, *e, 3))
			return 1;
	return -1;
}

int pb_cover_year(const char *key, size_t n, size_t *title_off)
{
	/* the year starts the match: four digits, or four numerals */
	if (!cover(key, n, title_off))
		return 0;
	const char *y = key + *title_off;
	int v = 0;
	if (*y == '1' || *y == '2') {
		for (size_t i = 0, yl = year_len(y, n - *title_off); i < yl; i++)
			if (y[i] != ' ')
				v = v * 10 + (y[i] - '0');
		return v;
	}
	for (size_t i = 0; i < 12; i += 3)
		v = v * 10 + cn_digit(y + i, 3);
	return v;
}

size_t pb_cover_year_len(const char *key, size_t n, size_t title_off)
{
	return year_len(key + title_off, n - title_off);
}

int pb_heading_check_filters(const char *key, size_t n)
{
	size_t ov[2];
	if (pb_heading_init() < 0)
		return 0;
	if (pb_heading_check_by_hand(key, n) < 0)
		return -1;
	for (int i = 0; i < RE_N; i++) {
		if (pb_re_match(re[i], key, n, ov, 1) <= 0)
			continue;
		if (!may_match(i, key, n))
			return -1;
		/* pb_classify tries the cover pattern on short keys only */
		if (n && !may_be_heading(key, n) && (i != RE_COVER || n < 200))
			return -1;
	}
	if (n && (toc_head(key, n) || ends_with(key, n, "表") || pb_title_words(key, n)) &&
	    !may_be_heading(key, n))
		return -1;
	return 0;
}

int pb_heading_check_by_hand(const char *key, size_t n)
{
	size_t ov[6], e = 0, name = 0;
	int hr = numbered_by_hand(key, n, &e);
	int pr = match(RE_NUMBERED, key, n, ov, 1);
	if (hr != ASK && (hr != pr || (hr && e != ov[1])))
		return -1;
	hr = unit_by_hand(key, n, &name);
	pr = match(RE_UNIT, key, n, ov, 3);
	if (hr != ASK && (hr != pr || (hr && (name != ov[4] || ov[2] != 0))))
		return -1;
	hr = cover_by_hand(key, n, &e);
	pr = match(RE_COVER, key, n, ov, 2);
	if (hr != ASK && (hr != pr || (hr && (e != ov[0] || ov[2] != e ||
	                                     ov[3] != e + year_len(key + e, n - e)))))
		return -1;
	return 0;
}

int pb_heading_check_row(const char *raw, size_t n)
{
	pb_buf key = PB_BUF_INIT;
	pb_line_class c;
	size_t co, no;
	int r = 0;

	if (n <= PB_HEADING_MAX && memchr(raw, '\t', n) && pb_row_class(raw, n, &c) &&
	    pb_line_key(&key, raw, n) == 0 &&
	    (pb_classify(raw, n, key.ptr, key.len) != c || pb_unit_line(key.ptr, key.len, &co, &no)))
		r = -1;
	pb_buf_free(&key);
	return r;
}

int pb_heading_check_plain(const char *raw, size_t n)
{
	pb_buf key = PB_BUF_INIT;
	int r = 0;

	if (n <= PB_HEADING_MAX && pb_plain_text(raw, n) && pb_line_key(&key, raw, n) == 0 &&
	    pb_classify(raw, n, key.ptr, key.len) != PB_L_TEXT)
		r = -1;
	pb_buf_free(&key);
	return r;
}

/* Past dashes and blanks before e in key (- — – － and spaces): the new
 * end, or e */
static size_t strip_dashes(const char *k, size_t e)
{
	for (;;) {
		if (e && (k[e - 1] == '-' || k[e - 1] == ' '))
			e--;
		else if (e >= 3 && (!memcmp(k + e - 3, "—", 3) || !memcmp(k + e - 3, "–", 3) ||
		                    !memcmp(k + e - 3, "－", 3)))
			e -= 3;
		else
			return e;
	}
}

/* Past one to four digits before e: the new end, or (size_t)-1 when
 * there are none or more */
static size_t strip_digits(const char *k, size_t e)
{
	size_t d = e;
	while (d && (unsigned)(k[d - 1] - '0') < 10u)
		d--;
	return d < e && e - d <= 4 ? d : (size_t)-1;
}

size_t pb_page_number_at(const char *key, size_t n)
{
	size_t e = strip_dashes(key, n), d;
	if (e == n && e >= 3 && !memcmp(key + e - 3, "页", 3)) {
		/* 第 3 页, 第 3 页 共 10 页, 3 页 */
		if ((d = strip_digits(key, e - 3)) == (size_t)-1)
			return n;
		if (d >= 3 && !memcmp(key + d - 3, "共", 3)) {
			e = d - 3;
			if (e < 3 || memcmp(key + e - 3, "页", 3) ||
			    (d = strip_digits(key, e - 3)) == (size_t)-1)
				return n;
		}
		if (d >= 3 && !memcmp(key + d - 3, "第", 3))
			d -= 3;
		/* 共 10 页 第 3 页, the count first */
		size_t c;
		if (e == n && d >= 6 && !memcmp(key + d - 3, "页", 3) &&
		    (c = strip_digits(key, d - 3)) != (size_t)-1 && c >= 3 && !memcmp(key + c - 3, "共", 3))
			d = c - 3;
		return d;
	}
	/* 3, - 3 -, —3—, 3/10 */
	if ((d = strip_digits(key, e)) == (size_t)-1)
		return n;
	if (d && key[d - 1] == '/' && (d = strip_digits(key, d - 1)) == (size_t)-1)
		return n;
	return strip_dashes(key, d);
}

int pb_dept_alone(const char *key, size_t n, const char *dept)
{
	n = pb_page_number_at(key, n);
	return dept && n >= 6 && n <= strlen(dept) && !memcmp(key, dept, n);
}

int pb_page_noise(const char *key, size_t n, const char *dept)
{
	size_t o, pn;
	if (!n)
		return 0;
	pn = pb_page_number_at(key, n);
	return !pn || pb_cover_year(key, pn, &o) > 0 || pb_dept_alone(key, n, dept);
}

/* Past a numeral in words at t[0..tn) (一 … 十, 百, 零, 〇): its end, 0
 * when there is none */
static size_t cn_numeral(const char *t, size_t tn)
{
	static const char digits[] = "一二三四五六七八九十百零〇";
	size_t i = 0;
	while (tn - i >= 3) {
		const char *d = digits;
		while (*d && memcmp(d, t + i, 3))
			d += 3;
		if (!*d)
			break;
		i += 3;
	}
	return i;
}

size_t pb_list_number(const char *t, size_t tn)
{
	size_t i = 0, d;
	/* ① U+2460 to ⑳ U+2473 */
	if (tn >= 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x91 &&
	    (unsigned char)t[2] >= 0xA0 && (unsigned char)t[2] <= 0xB3)
		return 3;
	if (tn >= 3 && !memcmp(t, "（", 3))
		i = 3;
	else if (tn && t[0] == '(')
		i = 1;
	if (i) {
		d = i;
		while (d < tn && d - i < 3 && (unsigned)(t[d] - '0') < 10u)
			d++;
		if (d == i)
			d += cn_numeral(t + i, tn - i);
		if (d == i || d - i > 12)
			return 0;
		if (tn - d >= 3 && !memcmp(t + d, "）", 3))
			return d + 3;
		return d < tn && t[d] == ')' ? d + 1 : 0;
	}
	d = cn_numeral(t, tn);
	if (!d || d > 12)
		return 0;
	if (tn - d >= 3 && (!memcmp(t + d, "、", 3) || !memcmp(t + d, "．", 3)))
		return d + 3;
	return d < tn && t[d] == '.' ? d + 1 : 0;
}

int pb_list_value(const char *t, size_t tn)
{
	static const char digits[] = "零一二三四五六七八九";
	size_t e = pb_list_number(t, tn), i = 0;
	int total = 0, cur = 0;

	if (!e)
		return 0;
	if ((unsigned char)t[0] == 0xE2) /* ① is 1 */
		return (unsigned char)t[2] - 0xA0 + 1;
	if (!memcmp(t, "（", 3))
		i = 3;
	else if (t[0] == '(')
		i = 1;
	for (; i < e && (unsigned)(t[i] - '0') < 10u; i++)
		cur = cur * 10 + (t[i] - '0');
	/* in words: 十二 is 12, 二十 20, 一百零五 105 (cn_numeral's
	 * characters, at most four of them) */
	while (e - i >= 3) {
		const char *d = t + i;
		int ten = !memcmp(d, "十", 3);
		if (ten || !memcmp(d, "百", 3)) {
			total += (cur ? cur : 1) * (ten ? 10 : 100);
			cur = 0;
		} else if (!memcmp(d, "〇", 3)) {
			cur = 0;
		} else {
			const char *p = digits;
			while (*p && memcmp(p, d, 3))
				p += 3;
			if (!*p)
				break;
			cur = (int)(p - digits) / 3;
		}
		i += 3;
	}
	return total + cur;
}

/* Kept, a title's numbering in another style than 2. made two titles of
 * one project (pbsum -g title). */
size_t pb_title_numbering(const char *t, size_t tn)
{
	size_t e = pb_title_start(t, tn);
	if (e)
		return e;
	if (!(e = pb_list_number(t, tn)))
		return 0;
	while (e < tn && t[e] == ' ')
		e++;
	return e < tn ? e : 0;
}
