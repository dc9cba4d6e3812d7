/*
 * The patterns of heading lines, and for the hot ones (numbering, unit
 * lines, cover titles) matchers by hand that give what the patterns
 * give or say they cannot tell.
 */
#include "heading_impl.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "re.h"
#include "utf8.h"

/* RE_UNIT's ideographs (see ideograph()) and the separators that may
 * stand between a department's code and name (see unit_sep()) */
#define IDEO "\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{20000}-\\x{3FFFF}"
#define UNIT_SEP "[-_:\\x{FF1A}\\x{2013}\\x{2014}\\x{FF0D}\\x{FF3F}(\\x{FF08}]"

static const char *const patterns[RE_N] = {
	[RE_PART] = "^第([一二三四五六七八九十]|[0-9]+)部分",
	[RE_PART_NAME] = "^(部门整体绩效目标|(部门)?预算项目绩效目标)$",
	/* numbered 一、 1. or （一）, and named as filings name them */
	[RE_OVERALL] = "^(?:[一1][、.．]?|[(（][一1][)）])\\s*(?:(部门)?(年度)?(?:总体|整体))绩效目标",
	[RE_SUBGOALS] = "^(?:[二2][、.．]?|[(（][二2][)）])\\s*(部门)?(年度)?分项绩效目标",
	/* also with words before them (三、主要保障措施, 部门工作保障措施,
	 * 绩效目标实现保障措施); the words end the line, maybe with a
	 * colon: a line of prose that starts so (3.保障措施落实，确保…) is
	 * no heading, and it opened the measures amid the sub-goals */
	[RE_MEASURES] = "^(?:[三3][、.．]?|[(（][三3][)）])\\s*[^，。；：,;:]{0,12}保障措施"
	                "\\s*[:：]?\\s*$",
	/* "1." numbering, but not a number such as 3.50; ASCII blanks only
	 * before the separator, as hd_may_match and numbered_by_hand have it
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

/* Compiled on the first parser's start, by whichever thread gets there
 * first: under the lock, and published by ready, so a parser in another
 * thread never reads a half-built set.  Not pthread_once: a compile that
 * ran out of memory is tried again by the next parser. */
static pb_re *re[RE_N];
static atomic_int ready;
static pthread_mutex_t re_lock = PTHREAD_MUTEX_INITIALIZER;

int pb_heading_init(void)
{
	int rc = 0;

	if (atomic_load_explicit(&ready, memory_order_acquire))
		return pb_re_thread_init();
	pthread_mutex_lock(&re_lock);
	for (int i = 0; i < RE_N && rc == 0; i++)
		if (!re[i] && !(re[i] = pb_re_new(patterns[i])))
			rc = -1;
	if (rc == 0)
		atomic_store_explicit(&ready, 1, memory_order_release);
	pthread_mutex_unlock(&re_lock);
	return rc < 0 ? rc : pb_re_thread_init();
}

/*
 * A test each pattern implies, cheap enough to run first: most lines are
 * prose or table cells that fail it, and a PCRE2 call costs more than the
 * whole test (a fifth of pbsplit's time went to matching before).
 */
int hd_may_match(int which, const char *s, size_t n)
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

/* this thread's lines no pattern could answer (pb_heading_errors) */
static _Thread_local unsigned long match_errors;

unsigned long pb_heading_errors(void)
{
	return match_errors;
}

const char *pb_heading_errors_since(unsigned long since, char *buf, size_t n)
{
	if (match_errors == since)
		return NULL;
	snprintf(buf, n, "warning: lines no heading pattern could answer (PCRE2's match limit), "
	                 "each read as no heading: %lu", match_errors - since);
	return buf;
}

/* a match's result as a yes or no, a failure counted: the line is read
 * as no heading either way, and the count has the caller say so */
static int matched(int rc)
{
	if (rc < 0)
		match_errors++;
	return rc > 0;
}

int hd_pattern(int which, const char *s, size_t n)
{
	size_t ov[2];
	if (!atomic_load_explicit(&ready, memory_order_acquire) && pb_heading_init() < 0)
		return matched(-1);
	return matched(pb_re_match(re[which], s, n, ov, 1));
}

int hd_match(int which, const char *s, size_t n, size_t *ov, int np)
{
	size_t dummy[2];
	if (!hd_may_match(which, s, n))
		return 0;
	if (!atomic_load_explicit(&ready, memory_order_acquire) && pb_heading_init() < 0)
		return matched(-1);
	return matched(pb_re_match(re[which], s, n, ov ? ov : dummy, ov ? np : 1));
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

/* RE_NUMBERED behind hd_may_match: 1, its end in *end; 0; or ASK */
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
		r = hd_match(which, s, n, ov, 1);
		if (r)
			got = ov[end];
	}
	if (r && at)
		*at = got;
	return r;
}

/* Past an opening bracket ( or （ at s + i: the index after it, 0 if
 * none; close: a closing one instead. */
static size_t past_bracket(const char *s, size_t i, size_t n, int close)
{
	if (i < n && s[i] == (close ? ')' : '('))
		return i + 1;
	return starts(s + i, n - i, close ? "）" : "（") ? i + 3 : 0;
}

/*
 * A cover title with its year after its words, in brackets
 * (部门预算绩效文本（2025年）, 某某局部门预算绩效目标(2025), …（2025年度）),
 * maybe a mark in brackets after it ((草案)), which RE_COVER does not
 * take: the doc's year and title were null, and pbtable took the year
 * from the project codes, another year's when a code was reused.  The
 * words start the line or follow up to 30 characters (the department)
 * with no 。，； among them, as RE_COVER lets them follow the year: a
 * phrase in prose is no title.  1 with where the year starts in *year.
 */
static int year_after_title(const char *s, size_t n, size_t *year)
{
	static const char *const words[] = { "预算绩效文本", "绩效目标文本", "预算绩效目标" };
	size_t i = 0;
	for (int k = 0; k <= 30 && n - i >= 18; k++) {
		for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
			if (memcmp(s + i, words[w], 18))
				continue;
			size_t j = skip_re_space(s, i + 18, n), y, yl;
			if (j == (size_t)-1 || !(j = past_bracket(s, j, n, 0)) ||
			    (y = skip_re_space(s, j, n)) == (size_t)-1 || !(yl = year_len(s + y, n - y)))
				continue;
			j = skip_re_space(s, y + yl, n);
			if (j != (size_t)-1 && starts(s + j, n - j, "年"))
				j += starts(s + j + 3, n - j - 3, "度") ? 6 : 3;
			j = j == (size_t)-1 ? j : skip_re_space(s, j, n);
			if (j == (size_t)-1 || !(j = past_bracket(s, j, n, 1)) || goal_title_end(s, j, n) != 1)
				continue;
			*year = y;
			return 1;
		}
		int32_t c;
		int l = pb_utf8_decode(s + i, n - i, &c);
		if (c < 0 || c == 0x3002 || c == 0xFF0C || c == 0xFF1B) /* 。，； */
			return 0;
		i += (size_t)l;
	}
	return 0;
}

/* A cover title: RE_COVER's, its match's start and year at *start, or
 * year_after_title's, the line's start and its year in *year. */
static int cover_at(const char *s, size_t n, size_t *start, size_t *year)
{
	size_t st = 0;
	/* (hd_may_match: cheaper, and implied) */
	if (hd_may_match(RE_COVER, s, n)) {
		int r = cover_by_hand(s, n, &st);
		if (settle(r, st, RE_COVER, s, n, 0, &st)) {
			*start = *year = st;
			return 1;
		}
	}
	if (n < 24 || !contains(s, n, "绩效") || !year_after_title(s, n, year))
		return 0;
	*start = 0;
	return 1;
}

int hd_cover(const char *s, size_t n, size_t *start)
{
	size_t st, y;
	if (!cover_at(s, n, &st, &y))
		return 0;
	if (start)
		*start = st;
	return 1;
}

int hd_numbered(const char *s, size_t n, size_t *end)
{
	size_t e = 0;
	int r = numbered_by_hand(s, n, &e);
	return settle(r, e, RE_NUMBERED, s, n, 1, end);
}

int pb_cover_year(const char *key, size_t n, size_t *title_off)
{
	size_t at;
	/* the year: four digits, or four numerals */
	if (!cover_at(key, n, title_off, &at))
		return 0;
	const char *y = key + at;
	int v = 0;
	if (*y == '1' || *y == '2') {
		for (size_t i = 0, yl = year_len(y, n - at); i < yl; i++)
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

size_t pb_title_start(const char *key, size_t n)
{
	size_t end;
	return hd_numbered(key, n, &end) ? end : 0;
}

int pb_unit_line(const char *key, size_t n, size_t *code_off, size_t *name_off)
{
	size_t ov[6], lab = pb_dept_label(key, n);
	int r = unit_by_hand(key + lab, n - lab, name_off);
	if (r != ASK) {
		*code_off = lab;
		if (r)
			*name_off += lab;
		return r;
	}
	if (!hd_match(RE_UNIT, key + lab, n - lab, ov, 3))
		return 0;
	*code_off = lab + ov[2];
	*name_off = lab + ov[4];
	return 1;
}

int pb_heading_check_by_hand(const char *key, size_t n)
{
	size_t ov[6], e = 0, name = 0;
	int hr = numbered_by_hand(key, n, &e);
	int pr = hd_match(RE_NUMBERED, key, n, ov, 1);
	if (hr != ASK && (hr != pr || (hr && e != ov[1])))
		return -1;
	hr = unit_by_hand(key, n, &name);
	pr = hd_match(RE_UNIT, key, n, ov, 3);
	if (hr != ASK && (hr != pr || (hr && (name != ov[4] || ov[2] != 0))))
		return -1;
	hr = cover_by_hand(key, n, &e);
	pr = hd_match(RE_COVER, key, n, ov, 2);
	if (hr != ASK && (hr != pr || (hr && (e != ov[0] || ov[2] != e ||
	                                     ov[3] != e + year_len(key + e, n - e)))))
		return -1;
	return 0;
}
