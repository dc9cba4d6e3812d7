/*
 * heading.h - what one line of a filing is, judged from its text alone.
 *
 * The key of a line is its normalized text with markdown heading marks,
 * `[bookmark: …]` anchors and surrounding whitespace removed: what a
 * reader sees.  Classification looks at the key only.
 */
#ifndef PB_HEADING_H
#define PB_HEADING_H

#include <stddef.h>
#include <string.h>

#include "buf.h"
#include "swar.h"

typedef enum {
	PB_L_TEXT,        /* anything else */
	PB_L_BLANK,
	PB_L_TOC_HEAD,    /* 目录 */
	PB_L_TOC_ENTRY,   /* text ..... 12 */
	PB_L_PART1,       /* 第一部分 / 部门整体绩效目标 */
	PB_L_PART2,       /* 第二部分 / 预算项目绩效目标 */
	PB_L_PART,        /* 第N部分 otherwise */
	PB_L_OVERALL,     /* 一、总体绩效目标, （一）整体绩效目标 */
	PB_L_SUBGOALS,    /* 二、分项绩效目标 */
	PB_L_MEASURES,    /* 三、工作保障措施, （三）保障措施 */
	PB_L_TABLE_TITLE, /* N.<name>绩效目标表 */
	PB_L_TITLE_HALF,  /* N.<name>绩效目标 (表 on the next line) */
	PB_L_TITLE_TAIL,  /* 表, 标表, 目标表 or 效目标表 alone, or with the
	                   * table's unit label after it: the end of a
	                   * wrapped 绩效目标表 title */
	PB_L_NUMBERED,    /* N.<text>: maybe the first half of a wrapped title */
	PB_L_COVER_TITLE, /* 2024年部门预算绩效文本 */
	PB_L_PROJECT_CODE /* 项目编码… outside a title: a table without one */
} pb_line_class;

/* a part's heading: 第一部分, 第二部分 or a later one, or a part's name */
static inline int pb_is_part(pb_line_class c)
{
	return c == PB_L_PART1 || c == PB_L_PART2 || c == PB_L_PART;
}

/* -1 if the patterns cannot be compiled (out of memory). */
int pb_heading_init(void);
/*
 * How many times this thread asked a heading pattern of a line that PCRE2
 * could not answer (its match limit, or the patterns not compiled): each
 * such line was read as no heading.  A driver compares the count before
 * and after an input and says so.  No line of PB_HEADING_MAX bytes is
 * known to reach the limit (tests/unit/test_heading.c tries the worst
 * it knows); the count is there so that one never goes unsaid.
 */
unsigned long pb_heading_errors(void);
/* What a driver says at an input's end if such lines came since the count
 * was since (pb_heading_errors at its start): the warning, written into
 * buf[0..n) and returned; NULL when none came. */
const char *pb_heading_errors_since(unsigned long since, char *buf, size_t n);
/* Build the key of a raw line (no terminator) into key (reset first). */
int pb_line_key(pb_buf *key, const char *s, size_t n);
/* A heading is never longer than this (raw bytes): longer lines are
 * classified without their key, which need not be built. */
#define PB_HEADING_MAX 1200

/* 1 when the raw line (at most PB_HEADING_MAX bytes, valid UTF-8) is
 * surely PB_L_TEXT, judged without building its key; 0 when unsure. */
int pb_plain_text(const char *raw, size_t n);

/* For a raw line (at most PB_HEADING_MAX bytes, valid UTF-8) holding a
 * tab: 1 and its class in *cls when that is known without the key and
 * the key is no unit line's (pb_unit_line), so that it need not be
 * built; 0 when unsure. */
int pb_row_class(const char *raw, size_t n, pb_line_class *cls);

/* Does s[0..n) hold a tab?  A table row has one in its first sixteen
 * bytes, nearly always: looked for there without a call (pbsplit 96.7
 * -> 94.9 M instructions on three corpus files, with the splitter's
 * table_row). */
static inline int pb_has_tab(const char *s, size_t n)
{
	/* Nor the rest of a line to 32 bytes, nor a shorter line: by
	 * loads laid over each other inside it, not memchr (71,800 calls
	 * on three corpus files, 1.5 M instructions; with the decoder's,
	 * 2.9% of pbsplit's time over the bench corpus).  pbsplit 90.51
	 * -> 89.95 M instructions on three corpus files; over the lines
	 * of f0001 alone, best of 30, 0.047 -> 0.036 ms. */
	if (n >= 16) {
		if (pb_v16_eq(pb_v16_load(s), '\t'))
			return 1;
		if (n <= 32)
			return pb_v16_eq(pb_v16_load(s + n - 16), '\t') != 0;
		return memchr(s + 16, '\t', n - 16) != NULL;
	}
	uint64_t w;
	if (n >= 8) {
		w = pb_swar_eq(pb_swar_load(s), '\t') | pb_swar_eq(pb_swar_load(s + n - 8), '\t');
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		w = pb_swar_eq(a | (uint64_t)b << 32, '\t');
	} else {
		return n && (s[0] == '\t' || s[n / 2] == '\t' || s[n - 1] == '\t');
	}
	return w != 0;
}

/* Where the digits that end s[0..e) start, ASCII or full-width (１２:
 * EF BC 90..99, as a converter may write a page number, which the key
 * folds but a raw line's test does not); their count in *nd, 0 and e
 * when there are none. */
static inline size_t pb_digits_before(const char *s, size_t e, size_t *nd)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = 0;
	for (;; k++) {
		if (e && u[e - 1] - (unsigned)'0' < 10u)
			e--;
		else if (e >= 3 && u[e - 1] - 0x90u < 10u && u[e - 2] == 0xBC && u[e - 3] == 0xEF)
			e -= 3;
		else
			break;
	}
	*nd = k;
	return e;
}

/* Where a page number written 第3页, （3） or (3) (blanks inside it too,
 * up to 4 digits) that ends s[0..e) starts; e when there is none */
static inline size_t pb_page_word_before(const char *s, size_t e)
{
	size_t i = e, nd;
	int paren = 0;
	if (i >= 3 && !memcmp(s + i - 3, "页", 3))
		i -= 3;
	else if (i >= 3 && !memcmp(s + i - 3, "）", 3))
		i -= 3, paren = 1;
	else if (i && s[i - 1] == ')')
		i--, paren = 1;
	else
		return e;
	while (i && s[i - 1] == ' ')
		i--;
	i = pb_digits_before(s, i, &nd);
	if (!nd || nd > 4)
		return e;
	while (i && s[i - 1] == ' ')
		i--;
	if (!paren && i >= 3 && !memcmp(s + i - 3, "第", 3))
		return i - 3;
	if (paren && i >= 3 && !memcmp(s + i - 3, "（", 3))
		return i - 3;
	if (paren && i && s[i - 1] == '(')
		return i - 1;
	return e;
}

/* Where the dot leaders that end s[0..i) start (. … · or Word's
 * full-width ．, and - when dash: ----- 3), their dots in *dots (… is
 * three) */
static inline size_t pb_leaders_before(const char *s, size_t i, int dash, int *dots)
{
	for (*dots = 0;;) {
		if (i && (s[i - 1] == '.' || (dash && s[i - 1] == '-'))) {
			i--;
			++*dots;
		} else if (i >= 3 && !memcmp(s + i - 3, "…", 3)) {
			i -= 3;
			*dots += 3;
		} else if (i >= 2 && !memcmp(s + i - 2, "·", 2)) {
			i -= 2;
			++*dots;
		} else if (i >= 3 && !memcmp(s + i - 3, "．", 3)) {
			i -= 3;
			++*dots;
		} else {
			return i;
		}
	}
}

/* Does s[0..n) end in a digit, ASCII or full-width? */
static inline int pb_ends_in_digit(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	return n && (u[n - 1] - (unsigned)'0' < 10u ||
	             (n >= 3 && u[n - 1] - 0x90u < 10u && u[n - 2] == 0xBC && u[n - 3] == 0xEF));
}

/* Only blanks (space, tab, CR, LF, form feed, vertical tab)? */
int pb_blank(const char *s, size_t n);
/* How many form feeds and vertical tabs s[0..n) starts with: a page
 * break a converter put before the next page's first line, or Word's
 * manual line break kept at the start of the line it broke.  A line is
 * read past them (pbsplit's feed_less, pbtable's rows), its text keeps
 * them. */
static inline size_t pb_line_feeds(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == '\f' || s[i] == '\v'))
		i++;
	return i;
}
/* Does the line's first cell start with 项目编 (a table's code row)?
 * "\t项目编码…": a tab-grid row that starts a table.  Inline: asked of
 * every row of a table (pbsplit 92.07 -> 91.29 M instructions on three corpus
 * files). */
static inline int pb_code_cell(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == '\t' || s[i] == ' '))
		i++;
	/* 项 is E9 A1 B9: its first byte turns most rows away before memcmp */
	return n - i >= 9 && s[i] == '\xE9' && !memcmp(s + i, "项目编", 9);
}

/* Classify a line from its raw text and key. */
pb_line_class pb_classify(const char *raw, size_t rawlen, const char *key, size_t keylen);
/* Where the title is in the key of a PB_L_TABLE_TITLE line, its length
 * in *len: a markdown row's first cell, the key up to a unit label
 * after the title, else the whole key. */
size_t pb_title_cell(const char *key, size_t n, size_t *len);
/* The word a unit label may put before its 单位 (金额单位, 计量单位,
 * 货币单位, 资金单位): its length (6) when s[0..n) starts with one, else
 * 0.  pb_unit_word_before: the same for the avail bytes before p. */
size_t pb_unit_word(const char *s, size_t n);
size_t pb_unit_word_before(const char *p, size_t avail);
/* 人民币 before a currency (单位：人民币元): its length (9), else 0 */
size_t pb_unit_rmb(const char *s, size_t n);
/* Is s[0..n), blanks, tabs and bars trimmed, one unit label cell
 * (单位：元, 金额单位：万元, （单位：元）)? */
int pb_unit_label(const char *s, size_t n);
/* The currency s[0..n), blanks, tabs and bars trimmed, names as a unit
 * label: "元" or "万元", NULL when it is no such label.  Read more
 * freely than pbtable's tables read their own 单位 lines: also without
 * a colon or with blanks around it (单位元, 单位 : 万元), in markdown
 * emphasis (*单位：元*); *loose is set when pbtable's reading (a colon
 * or a bracket right after 单位) would miss it. */
const char *pb_unit_currency(const char *s, size_t n, int *loose);
/* A unit label that ends key[0..n) after other text (预算项目绩效目标（单位：元）,
 * …绩效目标 单位：元): where it starts, else 0. */
size_t pb_unit_tail(const char *key, size_t n);
/* A grid or markdown row raw[0..n) whose first cell is a table's title
 * and whose other cells hold a unit label and blanks only
 * (…绩效目标表\t\t单位：元): where those cells start, else 0. */
size_t pb_title_unit_rest(const char *raw, size_t n);
/* Does s[0..n) end as a table's title: 绩效目标表 or 绩效目标申报表,
 * maybe with a note in brackets after it (…绩效目标表（某某项目）)?  Where
 * those words end (a note past there), else 0. */
size_t pb_title_words(const char *s, size_t n);
/* Does s[0..n) end as a table's title marked as going on after a page
 * break (…绩效目标表（续）, (续表) too)?  Where the title's words end,
 * else 0: pb_title_words takes no such title for a table's start. */
size_t pb_title_continued(const char *s, size_t n);
/* Strip "N." numbering from a title; returns the offset where it starts. */
size_t pb_title_start(const char *key, size_t n);
/* The length of a list number other than 2. at t[0..tn), or 0: （二）,
 * (2), (12), ①, 三、, 二. or 二．.  Titles and goals are numbered so. */
size_t pb_list_number(const char *t, size_t tn);
/* The number that list number means (（二） 2, ⑤ 5, 十二、 12), 0 when
 * t[0..tn) starts with none: tables numbered so are numbered on too. */
int pb_list_value(const char *t, size_t tn);
/* Where a title starts past its numbering in any style: 2. (as
 * pb_title_start) or pb_list_number's, and blanks after it; 0 when it
 * has none. */
size_t pb_title_numbering(const char *key, size_t n);
/* A title whose unit label the next line finishes (1.…绩效目标表（单位：
 * / 元）): the title's length in key[0..n), else 0. */
size_t pb_title_open_unit(const char *key, size_t n);
/* The end of 绩效目标表 that a PB_L_TITLE_TAIL key holds (表, 目标表),
 * less the unit label that may follow it (标表（单位：元）): its length;
 * 0 when key is no such line. */
size_t pb_title_tail_len(const char *key, size_t n);
/* Do a and b, one after the other, end in 绩效目标表?  A title wraps
 * anywhere, even inside that word (…绩效 / 目标表); the splitter and the
 * table parser join the same second lines. */
int pb_title_joins(const char *a, size_t an, const char *b, size_t bn);
/* The line k[0..kl) above the title key[0..n) holds only its number (2.,
 * 10、) and maybe the first digits of the year key goes on (2.2 over
 * 024年…): where those digits start in k, their count in *dl; -1 when
 * k is no such line (7, a page's number; 2.5, a value). */
long pb_title_number_stub(const char *k, size_t kl, const char *key, size_t n, size_t *dl);
/* "806001曹妃甸区…" -> code and name spans; 1 if the key is a unit line.
 * A separator between them (512001-某某局, ：, _, —, 512001（某某局）)
 * is in neither span, nor is a label before the code (部门：512001 某某局:
 * pb_dept_label). */
int pb_unit_line(const char *key, size_t n, size_t *code_off, size_t *name_off);
/* The length of a label before a unit line's code (单位名称：, 部门：,
 * 预算单位：, 部门名称：, with the colon and blanks), which pb_unit_line
 * passes over; 0 when k[0..n) starts with none before a digit. */
size_t pb_dept_label(const char *k, size_t n);
/* The span of the department name at name[0..n) (a unit line's from
 * name_off): all of it, or what comes before a 单位：/单位: that shares
 * the line ("130705 西岭区应急管理局本级  单位：元"), or a label that
 * ends it without one (…本级单位元, pb_unit_currency), blanks dropped.
 * The currency, if any, is read after the span. */
size_t pb_unit_name_len(const char *name, size_t n);
/* The name itself in that span: without a closing parenthesis that opens
 * nowhere in it, the one of 512001（某某局）, whose opening one was the
 * separator. */
size_t pb_unit_name_trim(const char *name, size_t n);
/* The unit named by a currency label at the start of NUL-ended k (单位：元,
 * 金额单位:万元, （单位：元）, 单位（元）, 单位(万元), *单位：元*): where the
 * unit starts, or NULL.  In brackets after 单位 only 元 or 万元 make the
 * label; after a colon, whatever follows.  pbtable's reading of a
 * table's 单位 line, which the splitter shares. */
const char *pb_unit_label_start(const char *k);
/* k[0..n) with the space taken out of a department code that a space
 * splits (512 001 某某局: spaces inside numbers are noise), into key,
 * NUL-ended; NULL when k starts with no such code (its 6 digits in two
 * runs) or out of memory. */
const char *pb_spaced_dept_code(const char *k, size_t n, pb_buf *key);
/* Is k[0..n), a line alone under a unit line whose name runs to its end,
 * the rest of a long department name that wrapped (512001 某某局本 / 级)?
 * A short line of Chinese characters that names no field: 1 when it ends
 * as a department's name does (本级, 局, 中心...), -1 when it may be the
 * rest without that end, 0 when it is none.  pbtable and the splitter
 * join it only when it ends so and the 单位 line or the 项目编码 row
 * follows it. */
int pb_dept_rest(const char *k, size_t n);
/* Where a page number ends the key (3, - 3 -, —3—, 第3页, 第3页共10页,
 * 3/10), dashes and blanks before it included: its offset, 0 when the
 * key is one, n when it holds none.  A PDF's running page header may
 * carry it after the title, or have it on the next line. */
size_t pb_page_number_at(const char *key, size_t n);

/* Is key[0..n) the department's name dept alone, or its start as a
 * cover gives it (某某局 of 某某局本级), maybe with a page number after
 * it: a PDF's running page header, no text of the table it cut? */
int pb_dept_alone(const char *key, size_t n, const char *dept);
/* Is key[0..n) (not empty) a page break's noise line: a page number
 * alone, a cover title (maybe with one after it), or the department
 * dept alone (pb_dept_alone)?  pbsplit and pbtable both pass over it. */
int pb_page_noise(const char *key, size_t n, const char *dept);
/* "2024年…" cover title: the year, 0 if none */
/* heading_piece.c: a title's pieces and the furniture between them */
int pb_key_opens(const char *k);
int pb_key_closes(const char *k, size_t kl);
int pb_draft_mark(const char *k, size_t kl);
int pb_draft_alone(const char *k, size_t kl);
int pb_title_end_alone(const char *key, size_t kl);
int pb_title_clause(const char *key, size_t kl);
int pb_title_name_piece(const char *key, size_t kl);
int pb_header_cells(const char *s, size_t n);
int pb_cover_year(const char *key, size_t n, size_t *title_off);
/* The length of the year the cover title at key + title_off starts
 * with (pb_cover_year's offset): 4 (2025), up to 7 letter-spaced
 * (2 0 2 5), 12 in numerals (二〇二五). */
size_t pb_cover_year_len(const char *key, size_t n, size_t title_off);

/*
 * For the tests and fuzzers: the cheap tests that run before the patterns
 * must never turn a line away that a pattern would take.  -1 if one of
 * them would for this key, else 0.
 */
int pb_heading_check_filters(const char *key, size_t n);
/* -1 if the numbering, unit-line or cover-title pattern done by hand
 * gives another answer than the pattern behind its cheap test */
int pb_heading_check_by_hand(const char *key, size_t n);
/* -1 if pb_plain_text takes a raw line pb_classify would not call text */
int pb_heading_check_plain(const char *raw, size_t n);
/* -1 if pb_row_class gives a class pb_classify would not, or takes a
 * unit line */
int pb_heading_check_row(const char *raw, size_t n);

#endif
