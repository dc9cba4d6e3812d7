/*
 * table_goals.c - the 绩效目标 cell into goal lines, one per numbered item.
 */
#include "table_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "heading.h"
#include "norm.h"
#include "swar.h"

/* Is the '.' at s[i] a decimal point ("1.5亿") rather than numbering
 * ("1.1.", "1.2024年")?  Numbering is followed by another '.' or by a
 * year's four digits. */
static int decimal_after(const char *s, size_t n, size_t i)
{
	if (s[i] != '.' || i + 1 >= n || s[i + 1] < '0' || s[i + 1] > '9')
		return 0;
	size_t m = i + 1;
	while (m < n && s[m] >= '0' && s[m] <= '9')
		m++;
	return !(m - i - 1 >= 4 || (m < n && s[m] == '.'));
}

/* The length of "（1）" "(12)" at s[0..n), or 0. */
static size_t paren_number(const char *s, size_t n)
{
	size_t i = s[0] == '(' ? 1 : n >= 3 && !memcmp(s, "（", 3) ? 3 : 0, d = i;
	if (!i)
		return 0;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == d || i - d > 2 || i >= n)
		return 0;
	if (s[i] == ')')
		return i + 1;
	return n - i >= 3 && !memcmp(s + i, "）", 3) ? i + 3 : 0;
}

/* The length of the mark after an item's number at s[0..n): . 、 ．
 * and, with no opening bracket before the number, ) or ）(2) 2）: kept
 * in the goal, their numbers made two goals of the same text differ).
 * 0 when there is none. */
static size_t item_mark(const char *s, size_t n)
{
	if (!n)
		return 0;
	if (s[0] == '.' || s[0] == ')')
		return 1;
	return n >= 3 && (!memcmp(s, "、", 3) || !memcmp(s, "．", 3) || !memcmp(s, "）", 3)) ? 3 : 0;
}

/*
 * The length from s[j] of blanks and the mark after an item's number
 * (1 .保障: a space that wrapping put before the point), or 0.  A digit
 * after the mark makes it a decimal cut by blanks (1 .5万亩, 3 . 5).
 * Asked only when no mark follows the number at once.
 */
static size_t spaced_mark(const char *s, size_t n, size_t j)
{
	size_t k = j;
	while (k < n && s[k] == ' ')
		k++;
	if (k == j || k == n)
		return 0;
	size_t m = s[k] == '.' ? 1 : n - k >= 3 && (!memcmp(s + k, "、", 3) || !memcmp(s + k, "．", 3)) ? 3 : 0;
	if (!m)
		return 0;
	size_t d = k + m;
	while (d < n && s[d] == ' ')
		d++;
	return d < n && s[d] >= '0' && s[d] <= '9' ? 0 : k - j + m;
}

/* s[0..n) past its leading blanks and "1." "1.1." "1、" "1)" numbering,
 * or one of pb_list_number's: 1 when there was numbering. */
static int strip_numbering(const char **sp, size_t *np)
{
	const char *s = *sp;
	size_t n = *np;
	int numbered = 0;
	while (n && (*s == ' ' || *s == '\n'))
		s++, n--;
	for (;;) {
		/* one of pb_list_number's at most, first; then 1. 1.1. 1、 */
		size_t i = numbered || !n ? 0 : pb_list_number(s, n);
		if (!i) {
			while (i < n && s[i] >= '0' && s[i] <= '9')
				i++;
			size_t m = i && i <= 3 && !decimal_after(s, n, i) ? item_mark(s + i, n - i) : 0;
			if (!m && i && i <= 3)
				m = spaced_mark(s, n, i);
			i = m ? i + m : 0;
		}
		if (!i)
			break;
		while (i < n && s[i] == ' ')
			i++;
		s += i;
		n -= i;
		numbered = 1;
	}
	*sp = s;
	*np = n;
	return numbered;
}

/* Goal lines: one per numbered item, numbering removed.  A number with
 * nothing after it is an empty goal (""), not none: dropped, it hid the
 * blank item from pbcheck and renumbered the goals after it. */
static void add_goal(tparse *t, const char *s, size_t n)
{
	pb_project *p = t->p;
	int numbered = strip_numbering(&s, &n);
	/* nor the list's punctuation after it (1.完成采购；2.完成采购。):
	 * kept, the same goal twice was two goals to goal-repeated */
	for (;;) {
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
			n--;
		if (n && (s[n - 1] == ';' || s[n - 1] == ',' || s[n - 1] == '.'))
			n--;
		else if (n >= 3 && (!memcmp(s + n - 3, "；", 3) || !memcmp(s + n - 3, "，", 3) ||
		                    !memcmp(s + n - 3, "。", 3) || !memcmp(s + n - 3, "、", 3)))
			n -= 3;
		else
			break;
	}
	if (!n && !numbered)
		return;
	if (pb_grow(&p->goals, p->ngoals, sizeof *p->goals) < 0) {
		t->oom = 1;
		return;
	}
	p->goals[p->ngoals++] = tb_tdup(t, s, n);
}

/* Is s[0..n) a number alone ("2.")?  tb_goals() asks only of short
 * pieces: a number alone is never long. */
static int bare_number(const char *s, size_t n)
{
	if (!strip_numbering(&s, &n))
		return 0;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
		n--;
	return !n;
}

/* Is there a new numbered item at s[i] ("…发放2.联系…")? */
int tb_item_start(const char *s, size_t n, size_t i)
{
	size_t j = i;
	while (j < n && s[j] >= '0' && s[j] <= '9')
		j++;
	if (j == i || j - i > 2 || j >= n)
		return 0;
	if (item_mark(s + j, n - j) ? decimal_after(s, n, j) : !spaced_mark(s, n, j))
		return 0;
	if (i == 0)
		return 1;
	/* （2） (2) are paren_item's */
	if ((s[j] == ')' || s[j] == '\xEF') &&
	    (s[i - 1] == '(' || (i >= 3 && !memcmp(s + i - 3, "（", 3))))
		return 0;
	unsigned char before = (unsigned char)s[i - 1];
	if (before >= '0' && before <= '9')
		return 0;
	if (i >= 3 && !strncmp(s + i - 3, "第", 3))
		return 0;
	return before == ' ' || before == '\n' || before >= 0x80 || before == ';' ||
	       before == '.' || before == ',';
}

/* The first newline or digit in s[i..n), or n: a goal can end only
 * there.  Goal text is long, and most of it is neither. */
static size_t goal_break(const char *s, size_t n, size_t i)
{
	for (; n - i >= 16; i += 16) {
		pb_v16 v = pb_v16_load(s + i);
		unsigned m = pb_v16_eq(v, '\n') | (pb_v16_below(v, '9' + 1) & ~pb_v16_below(v, '0'));
		if (m)
			return i + pb_v16_first(m);
	}
	while (i < n && s[i] != '\n' && (s[i] < '0' || s[i] > '9'))
		i++;
	return i;
}

/* Does s[i..n) go on, past blanks, with text that is no new item? */
static int text_follows(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\n'))
		i++;
	return i < n && !tb_item_start(s, n, i);
}

/*
 * Where an inline "（2）" or "(2)" item starts whose first digit is at
 * s[i] (…维护；（2）保障…), or -1: after a stop or a blank, as "1."
 * items in a line are split.
 */
static long paren_item(const char *s, size_t n, size_t i)
{
	size_t b = i >= 3 && !memcmp(s + i - 3, "（", 3) ? i - 3 : i >= 1 && s[i - 1] == '(' ? i - 1 : i;
	if (b == i || !paren_number(s + b, n - b))
		return -1;
	static const char *const stops[] = { "；", "。", "，", ";", ",", " ", "\n" };
	for (size_t k = 0; k < sizeof stops / sizeof *stops; k++) {
		size_t l = strlen(stops[k]);
		if (b >= l && !memcmp(s + b - l, stops[k], l))
			return (long)b;
	}
	return b ? -1 : (long)b;
}

/* The number of a "1." "1、" item at s[i..n), past blanks, or -1. */
static long item_number(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	size_t j = i;
	long v = 0;
	while (j < n && s[j] >= '0' && s[j] <= '9' && j - i < 3)
		v = v * 10 + (s[j++] - '0');
	if (j == i || j >= n || decimal_after(s, n, j))
		return -1;
	if (!(s[j] == '.' || !strncmp(s + j, "、", 3) || !strncmp(s + j, "．", 3)) &&
	    !spaced_mark(s, n, j))
		return -1;
	return v;
}

/*
 * Where the last line of s[0..n) numbered v (1. 2、) starts, for each v
 * below 1000 (0: none).  decimal_goes_on asks whether a line numbered
 * v comes later; walking the lines for each asking line was quadratic
 * (a cell of 40,000 lines 2.5万亩… took 7 s).
 */
typedef struct {
	size_t at[1000];
} item_index;

static void index_items(item_index *x, const char *s, size_t n)
{
	memset(x->at, 0, sizeof x->at);
	for (const char *e = memchr(s, '\n', n); e; e = memchr(e + 1, '\n', (size_t)(s + n - e - 1))) {
		long v = item_number(s, n, (size_t)(e + 1 - s));
		if (v >= 0 && v < 1000)
			x->at[v] = (size_t)(e + 1 - s);
	}
}

/*
 * Does the line at s[i..n) that starts with a decimal (2.5万亩…) carry
 * on the goal above, numbered num (-1: none)?  It does unless it could
 * be the next item: one numbered num + 1 with no line after it that
 * is.  As its own goal, 2.5万亩农田灌溉用水 cut 保障 from its object.
 */
static int decimal_goes_on(const char *s, size_t n, size_t i, long num, item_index **x)
{
	while (i < n && s[i] == ' ')
		i++;
	size_t j = i;
	long v = 0;
	while (j < n && s[j] >= '0' && s[j] <= '9' && j - i < 3)
		v = v * 10 + (s[j++] - '0');
	if (j == i || j >= n || !decimal_after(s, n, j))
		return 0;
	if (num < 0 || v != num + 1)
		return 1;
	if (!*x) {
		if (!(*x = malloc(sizeof **x)))
			return -1;
		index_items(*x, s, n);
	}
	return (*x)->at[v] > j;
}

/*
 * In a numbered list (1.保障…全年稳定 / 运行 / 2.数据…), does the next
 * line with text after the newline at s[i] go on with the goal above:
 * it starts with no list number of any style (12个 and 2026年 are
 * none)?  A decimal (2.5万亩) is left to decimal_goes_on.
 */
static int wrapped_line(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\n'))
		i++;
	if (i == n)
		return 0;
	size_t j = i;
	while (j < n && s[j] >= '0' && s[j] <= '9')
		j++;
	if (j > i) /* 2) and 2） number too */
		return item_number(s, n, i) < 0 && !(j < n && decimal_after(s, n, j)) &&
		       !(j < n && s[j] == ')') && !(n - j >= 3 && !memcmp(s + j, "）", 3));
	return !pb_list_number(s + i, n - i);
}

/* The Chinese numerals of an enumeration 一是…；二是…, in order */
static const char *const shi_numbers[] = { "一是", "二是", "三是", "四是", "五是",
	                                   "六是", "七是", "八是", "九是", "十是" };

/* Is there a stop or a break right before s[i] (…记录；二是…)? */
static int stop_before(const char *s, size_t i)
{
	static const char *const stops[] = { "；", "。", "，", ";", ",", ".", " ", "\n" };
	for (size_t k = 0; k < sizeof stops / sizeof *stops; k++) {
		size_t l = strlen(stops[k]);
		if (i >= l && !memcmp(s + i - l, stops[k], l))
			return 1;
	}
	return 0;
}

/*
 * Goals enumerated in words (一是完成…；二是按时…), written into out as a
 * numbered list (1.完成…；\n2.按时…) for the numbered list's reading:
 * its numbering removed, its wrapping joined.  Only a list that starts
 * with 一是, each next number in turn after a stop or a break: 三是 in a
 * sentence is no item, nor 一是否.  1 when s[0..n) is such a list, 0
 * when not, -1 out of memory.
 */
static int shi_list(const char *s, size_t n, pb_buf *out)
{
	size_t i = 0, next = 1;
	while (i < n && (s[i] == ' ' || s[i] == '\n'))
		i++;
	if (n - i < 6 || memcmp(s + i, shi_numbers[0], 6) || (n - i >= 9 && !memcmp(s + i + 6, "否", 3)))
		return 0;
	size_t from = i + 6;
	char num[8];
	pb_buf_reset(out);
	for (size_t j = from; j + 6 <= n && next < sizeof shi_numbers / sizeof *shi_numbers; j++) {
		if (memcmp(s + j, shi_numbers[next], 6) || !stop_before(s, j) ||
		    (j + 9 <= n && !memcmp(s + j + 6, "否", 3)))
			continue;
		int l = snprintf(num, sizeof num, "%zu.", next);
		if ((out->len && pb_buf_addc(out, '\n') < 0) || pb_buf_add(out, num, (size_t)l) < 0 ||
		    pb_buf_add(out, s + from, j - from) < 0)
			return -1;
		from = j + 6;
		j += 5;
		next++;
	}
	if (next == 1)
		return 0;
	int l = snprintf(num, sizeof num, "%zu.", next);
	if (pb_buf_addc(out, '\n') < 0 || pb_buf_add(out, num, (size_t)l) < 0 ||
	    pb_buf_add(out, s + from, n - from) < 0 || pb_buf_addc(out, '\0') < 0)
		return -1;
	return 1;
}

/* A list number of pb_list_number's (① （1） (2) （一） 一、 二．): its
 * length, value and style, the kinds of its bracket, of its number and,
 * unbracketed, of its mark */
typedef struct {
	size_t len;
	int value;
	unsigned style;
	unsigned char lead; /* its first byte */
} list_number;

static int list_number_at(const char *s, size_t n, list_number *k)
{
	size_t e = pb_list_number(s, n);
	if (!e)
		return 0;
	unsigned open = s[0] == '(' ? 1 : !memcmp(s, "（", 3) ? 2 : 0;
	size_t d = open == 1 ? 1 : open ? 3 : 0;
	unsigned kind = (unsigned char)s[0] == 0xE2 ? 2 : s[d] >= '0' && s[d] <= '9' ? 1 : 0;
	unsigned mark = open || kind ? 0 : s[e - 1] == '.' ? 1 : !memcmp(s + e - 3, "．", 3) ? 2 : 0;
	k->len = e;
	k->value = pb_list_value(s, n);
	k->style = open | kind << 2 | mark << 4;
	k->lead = (unsigned char)s[0];
	return k->value > 0;
}

/* Is the character at s[i] (or the one that ends s[0..i) when before)
 * one of a number in words, or 第: 十二、 第二、 and 二、三号楼 hold no
 * item 二、 */
static int numeral_near(const char *s, size_t n, size_t i, int before)
{
	static const char near[] = "一二三四五六七八九十百零〇两第";
	if (before ? i < 3 : n - i < 3)
		return 0;
	const char *c = s + (before ? i - 3 : i);
	for (const char *d = near; *d; d += 3)
		if (!memcmp(d, c, 3))
			return 1;
	return 0;
}

/*
 * Items numbered in one line in pb_list_number's styles (（1）…（2）…,
 * ①…②…, 一、…二、…, （一）…（二）…), each put on a line of its own in
 * out for goals_split.  Normalizing took the blank between them
 * (保障机关运转（2）: a space between CJK characters is wrapping's), so
 * no stop before them tells them: a number is an item only when its line
 * starts with one in the same style and this one is the next in turn
 * (（1） then （2）): （3）号文件 after （1） is text.  A line that starts
 * no number goes on with the list above.  1 when a line was cut, 0
 * when none, -1 out of memory.
 */
static int inline_list(const char *s, size_t n, pb_buf *out)
{
	size_t from = 0;
	int on = 0, cut = 0;
	list_number cur = { 0, 0, 0, 0 }, k;
	pb_buf_reset(out);
	for (size_t line = 0, e; line < n; line = e + 1) {
		const char *nl = memchr(s + line, '\n', n - line);
		e = nl ? (size_t)(nl - s) : n;
		size_t i = line;
		while (i < e && s[i] == ' ')
			i++;
		if (i < e && list_number_at(s + i, e - i, &k))
			on = 1, cur = k, i += k.len;
		else if (i < e && tb_item_start(s, n, i))
			on = 0;
		if (!on)
			continue;
		/* the next number starts with the byte the list's do, or in
		 * words with a numeral's (一 E4 .. 零 E9) */
		int words = !(cur.style & 15);
		for (; i < e; i++) {
			unsigned char c = (unsigned char)s[i];
			if (words ? c < 0xE4 || c > 0xE9 : c != cur.lead)
				continue;
			if (!list_number_at(s + i, e - i, &k) || k.style != cur.style ||
			    k.value != cur.value + 1)
				continue;
			if (words && (numeral_near(s, n, i, 1) || numeral_near(s, n, i + k.len, 0)))
				continue;
			if (pb_buf_add(out, s + from, i - from) < 0 || pb_buf_addc(out, '\n') < 0)
				return -1;
			from = i;
			cur.value = k.value;
			cut = 1;
			i += k.len - 1;
		}
	}
	if (!cut)
		return 0;
	return pb_buf_add(out, s + from, n - from) < 0 ? -1 : 1;
}

static void goals_split(tparse *t, const char *s);

void tb_goals(tparse *t, const char *s)
{
	pb_buf w = PB_BUF_INIT, v = PB_BUF_INIT;
	int shi = shi_list(s, strlen(s), &w);
	const char *g = shi > 0 ? w.ptr : s;
	int cut = shi < 0 ? -1 : inline_list(g, strlen(g), &v);
	if (cut < 0)
		t->oom = 1;
	else
		goals_split(t, cut ? v.ptr : g);
	pb_buf_free(&w);
	pb_buf_free(&v);
}

static void goals_split(tparse *t, const char *s)
{
	size_t n = strlen(s), start = 0;
	long num = item_number(s, n, 0);
	const char *first = s;
	size_t fn = n;
	/* the list is numbered when its first goal is, in any style */
	int listed = strip_numbering(&first, &fn);
	item_index *x = NULL;
	for (size_t i = goal_break(s, n, 0);; i = goal_break(s, n, i + 1)) {
		size_t at = i;
		long b;
		int brk = i == n || s[i] == '\n' || (i > start && tb_item_start(s, n, i));
		if (!brk && (b = paren_item(s, n, i)) > (long)start)
			brk = 1, at = (size_t)b;
		if (brk && at == i && i < n && s[i] == '\n' && i > start) {
			int on = listed && wrapped_line(s, n, i + 1);
			if (!on && (on = decimal_goes_on(s, n, i + 1, num, &x)) < 0) {
				t->oom = 1;
				break;
			}
			if (on)
				brk = 0;
		}
		if (brk) {
			/* a number whose text is on the next line, or that goes on
			 * with another (1.1.), is no empty item */
			if (at == i && i < n && i - start <= 16 && bare_number(s + start, i - start) &&
			    (s[i] == '\n' ? text_follows(s, n, i + 1) : s[i - 1] != ' '))
				continue;
			/* flatten the wrapping inside one goal */
			pb_buf_reset(&t->tmp);
			if (pb_norm(&t->tmp, s + start, at - start, 0) < 0)
				t->oom = 1;
			else
				add_goal(t, t->tmp.ptr, strlen(t->tmp.ptr));
			start = at + (at < n && s[at] == '\n');
			num = item_number(s, n, start);
		}
		if (i == n)
			break;
	}
	free(x);
}
