/*
 * What a line is (pb_classify), and the tests that tell without its key
 * that it is plain text or a grid row (pb_plain_text, pb_row_class):
 * most lines are, and building the key was most of pbsplit's time.
 */
#include "heading_impl.h"

#include <stdint.h>
#include <string.h>

#include "compiler.h"
#include "norm.h"
#include "swar.h"

/* Where a line's key text starts: past indentation, heading marks and
 * the anchors a DOCX conversion puts before headings.  A form feed is a
 * page break a converter put before the page's first line: before a
 * heading's mark or anchor (\f### 三、工作保障措施, \f[bookmark: …]一、…)
 * the heading went unread, and its section into the one before. */
static PB_ALWAYS_INLINE size_t key_start(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f' || s[i] == '\v'))
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

/* s less the blanks at its end: its length */
static size_t trim_end(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return n;
}

/*
 * s[0..i) less the blanks at its end: ASCII spaces and tabs, and the
 * characters that print nothing or are a wide blank (pb_is_invisible,
 * pb_is_space: a zero-width space, a soft hyphen, U+3000).  WHY: a
 * zero-width space or soft hyphen a converter left between the leaders
 * and the page number (一、总体绩效目标.....\t\u200B1) made the entry
 * no entry: the toc ended there and its entries became part and other
 * blocks.
 */
static size_t blanks_before(const char *s, size_t i)
{
	while (i) {
		unsigned char c = (unsigned char)s[i - 1];
		if (c == ' ' || c == '\t') {
			i--;
			continue;
		}
		size_t j = pb_wide_blank_before(s, i);
		if (j == i)
			break;
		i = j;
	}
	return i;
}

/* "text ..... 12": dot leaders (. … · or Word's full-width ．) then a
 * page number, maybe between dashes (- 12 -); i: s's length less the
 * blanks at its end (trim_end) */
static int toc_entry_at(const char *s, size_t i)
{
	size_t nd;
	i = blanks_before(s, i);
	if (i && s[i - 1] == '-')
		for (i--; i && s[i - 1] == ' '; i--)
			;
	i = pb_digits_before(s, i, &nd);
	if (!nd)
		return 0;
	int dots;
	pb_leaders_before(s, blanks_before(s, i), 1, &dots);
	return dots >= 3;
}

static int toc_entry(const char *s, size_t n)
{
	return toc_entry_at(s, trim_end(s, n));
}

/* (a form feed too: a page break, which pbsplit's text keeps at the
 * start of the line it read past it, feed_less; and a vertical tab,
 * which some converters write for an empty page or a soft break) */
int pb_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' && s[i] != '\f' &&
		    s[i] != '\v')
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
	 * 单位：元, …绩效目标表（单位：元）, any label hd_title_before_unit
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
		e -= pb_unit_word_before(s + e, e);
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
	/* a unit line under a label (单位名称：512001 某某局): its key is read
	 * (部门：, 预算单位： start as headings may) */
	if (first == 0x5355 /* 单 */)
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

/* A part 2 heading that states the unit of its tables after its name
 * (预算项目绩效目标（单位：元）): RE_PART_NAME before the label.  Few
 * keys end in 元 or a bracket: the others take no search. */
static int part_name_unit(const char *key, size_t n)
{
	unsigned last = (unsigned char)key[n - 1];
	if (!(last == 0x83 || last == 0x89 || last == ')') || !hd_may_match(RE_PART_NAME, key, n))
		return 0;
	size_t u = pb_unit_tail(key, n);
	while (u && key[u - 1] == ' ')
		u--;
	return u && hd_match(RE_PART_NAME, key, u, NULL, 0);
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
	/* a unit line under a label (部门：512001 某某局\t单位：元): its key
	 * is read */
	if ((first == 0x5355 || first == 0x90E8 || first == 0x9884) && pb_dept_label(raw + i, n - i))
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
	return title_words(key, e) && (pb_blank_cells(bar, r) || pb_unit_label(bar, r)) ? e : 0;
}

size_t pb_title_cell(const char *key, size_t n, size_t *len)
{
	size_t off = 0, tl;
	*len = n;
	if (n && key[0] == '|')
		pipe_cell(key, n, &off, len);
	else if ((tl = bare_pipe_title(key, n)))
		*len = tl;
	else if (!title_words(key, n) && ((tl = hd_title_before_unit(key, n)) ||
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
		if (hd_match(RE_CODE, key, n, NULL, 0) && (size_t)(p - raw) < rawlen)
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
		if (hd_match(RE_CODE, key + co, cl, NULL, 0))
			return PB_L_PROJECT_CODE;
		if (title_words(key + co, cl) &&
		    (pb_blank_cells(key + co + cl, n - co - cl) || pb_unit_label(key + co + cl, n - co - cl)))
			return PB_L_TABLE_TITLE;
	} else if (bare_pipe_title(key, n)) {
		return PB_L_TABLE_TITLE;
	}
	if (hd_tail_before_unit(key, n))
		return PB_L_TITLE_TAIL;
	if (!may_be_heading(key, n))
		return PB_L_TEXT;
	if (toc_head(key, n))
		return PB_L_TOC_HEAD;
	/* a sentence that starts so (第二部分所列项目均已纳入年度预算。) is
	 * prose: it split the overall goal at a part of its own */
	if (hd_match(RE_PART, key, n, NULL, 0) && !ends_with(key, n, "。") &&
	    !ends_with(key, n, "；")) {
		/* key starts with 第 (3 bytes), then the number */
		if (!memcmp(key + 3, "一", 3) || !memcmp(key + 3, "1部", 4))
			return PB_L_PART1;
		if (!memcmp(key + 3, "二", 3) || !memcmp(key + 3, "2部", 4))
			return PB_L_PART2;
		return PB_L_PART;
	}
	if (hd_match(RE_PART_NAME, key, n, NULL, 0) || part_name_unit(key, n))
		return strstr(key, "整体") ? PB_L_PART1 : PB_L_PART2;
	if (hd_match(RE_OVERALL, key, n, NULL, 0))
		return PB_L_OVERALL;
	if (hd_match(RE_SUBGOALS, key, n, NULL, 0))
		return PB_L_SUBGOALS;
	if (hd_match(RE_MEASURES, key, n, NULL, 0))
		return PB_L_MEASURES;
	if (title_words(key, n) || hd_title_unit_after(key, n) || pb_title_open_unit(key, n))
		return PB_L_TABLE_TITLE;
	if (hd_title_tail(key, n))
		return PB_L_TITLE_TAIL;
	if (ends_with(key, n, "绩效目标") && hd_numbered(key, n, NULL))
		return PB_L_TITLE_HALF;
	if (n < 200 && hd_cover(key, n, NULL))
		return PB_L_COVER_TITLE;
	if (hd_match(RE_CODE, key, n, NULL, 0))
		return PB_L_PROJECT_CODE;
	if (hd_numbered(key, n, NULL))
		return PB_L_NUMBERED;
	return PB_L_TEXT;
}

int pb_heading_check_filters(const char *key, size_t n)
{
	if (pb_heading_init() < 0)
		return 0;
	if (pb_heading_check_by_hand(key, n) < 0)
		return -1;
	for (int i = 0; i < RE_N; i++) {
		if (!hd_pattern(i, key, n))
			continue;
		if (!hd_may_match(i, key, n))
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
