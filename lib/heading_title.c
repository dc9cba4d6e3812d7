/*
 * A table's title: its last words (绩效目标表), a title wrapped inside
 * them, a 续 mark, and a unit label on the title's line.
 */
#include "heading_impl.h"

#include <string.h>

/*
 * A line that is only the end of 绩效目标表, cut at a character: what a
 * title wrapped inside its last word leaves on the next line (表 alone,
 * 目标表 after "…绩效").  Never the whole word: that line is a title
 * of its own.
 */
int hd_title_tail(const char *key, size_t n)
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
size_t hd_tail_before_unit(const char *key, size_t n)
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
	return u && hd_title_tail(key, u) ? u : 0;
}

size_t pb_title_tail_len(const char *key, size_t n)
{
	if (hd_title_tail(key, n))
		return n;
	return hd_tail_before_unit(key, n);
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
		if (starts(s + j, e - j, "续") || pb_unit_label(s + o, n - o))
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
	return pb_unit_label(raw + rest, n - rest) ? rest : 0;
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
		if (w && (open ? i + w < n && hd_open_unit_label(p + w, n - i - w)
		               : pb_unit_label(p + w, n - i - w)))
			return i + w;
	}
	return 0;
}

size_t hd_title_before_unit(const char *key, size_t n)
{
	return title_before_label(key, n, 0);
}

/* Numbered (1.…): the line is then never plain text (pb_plain_text),
 * whatever it ends in, and the title split.c's sp_wrapped_title joins. */
size_t pb_title_open_unit(const char *key, size_t n)
{
	return n && (unsigned)((unsigned char)key[0] - '0') < 10u && !memchr(key, '\t', n) &&
	       hd_numbered(key, n, NULL) ? title_before_label(key, n, 1) : 0;
}

/* A title with the table's unit label after it on its line (…绩效目标表
 * 单位：元, …绩效目标表（单位：元）): the label ends the key in 元 or a
 * closing bracket, tested first.  Read as a numbered line, such a title
 * kept the label in the block's title, and pbtable missed the unit
 * (amounts x10000). */
int hd_title_unit_after(const char *key, size_t n)
{
	unsigned last = (unsigned char)key[n - 1];
	/* (a markdown row's title is its first cell: see pb_classify) */
	return (last == 0x83 || last == 0x89 || last == ')') && key[0] != '|' &&
	       hd_title_before_unit(key, n);
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

/*
 * The year's digits a title's number line holds when the title wrapped
 * right after its number (2. / 非遗…绩效目标表) or inside the year after
 * it (1.2024 / 年装备园区…表, 2.2 / 024年…表): k[0..kl) is 1 to 3
 * digits, a full stop or 、 and up to four digits that, with those key
 * starts with, make a year before 年.  Their offset in k, their count in
 * *dl; -1 when k is no such line (7 alone is a page's number, 2.5 a
 * value).
 */
long pb_title_number_stub(const char *k, size_t kl, const char *key, size_t n, size_t *dl)
{
	size_t i = 0, d;
	while (i < kl && i < 4 && k[i] >= '0' && k[i] <= '9')
		i++;
	if (!i || i > 3)
		return -1;
	while (i < kl && k[i] == ' ')
		i++;
	if (i < kl && k[i] == '.')
		i++;
	else if (kl - i >= 3 && (!memcmp(k + i, "\xe3\x80\x81", 3) || !memcmp(k + i, "\xef\xbc\x8e", 3)))
		i += 3; /* 、 ． */
	else
		return -1;
	while (i < kl && k[i] == ' ')
		i++;
	for (d = 0; i + d < kl && k[i + d] >= '0' && k[i + d] <= '9'; d++)
		;
	if (i + d != kl || d > 4)
		return -1;
	if (d) {
		size_t r = 4 - d;
		if (k[i] != '1' && k[i] != '2')
			return -1;
		for (size_t j = 0; j < r; j++)
			if (j >= n || key[j] < '0' || key[j] > '9')
				return -1;
		if (n - r < 3 || memcmp(key + r, "年", 3))
			return -1;
	}
	*dl = d;
	return (long)i;
}
