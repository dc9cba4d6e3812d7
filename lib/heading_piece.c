/*
 * heading_piece.c - the pieces of a title a page break or line wrapping
 * cut, and the page furniture between them, read alike by pbsplit (its
 * block's title, split_title.c) and pbtable (the table's, table.c).
 * Each kept its own copies and the two came to read titles otherwise.
 */
#include "heading.h"

#include <string.h>

/* Does key k start with an opening bracket, （ or (? */
int pb_key_opens(const char *k)
{
	return k[0] == '(' || !strncmp(k, "（", 3);
}

/* Does key k end in a closing bracket, ） or )? */
int pb_key_closes(const char *k, size_t kl)
{
	return kl && (k[kl - 1] == ')' || (kl >= 3 && !memcmp(k + kl - 3, "）", 3)));
}

/* Is k[0..kl) a draft mark in brackets and nothing else: （草案）,
 * (送审稿), （征求意见稿）, （讨论稿）? */
int pb_draft_mark(const char *k, size_t kl)
{
	static const char *const marks[] = { "草案", "送审稿", "征求意见稿", "讨论稿" };
	if (!pb_key_opens(k) || !pb_key_closes(k, kl))
		return 0;
	size_t o = k[0] == '(' ? 1 : 3, c = k[kl - 1] == ')' ? 1 : 3;
	if (kl < o + c)
		return 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strlen(marks[i]) == kl - o - c && !memcmp(k + o, marks[i], kl - o - c))
			return 1;
	return 0;
}

/* A cover's draft mark on a line of its own (（草案）), maybe with a page
 * number after it: a PDF's running page header repeats the cover's
 * lines, this one too. */
int pb_draft_alone(const char *k, size_t kl)
{
	return pb_draft_mark(k, pb_page_number_at(k, kl));
}

/* Is key[0..kl) the end of 绩效目标表 alone (表, 标表…, the whole word
 * too, or 绩效目标申报表)?  A line so short is no title of its own. */
int pb_title_end_alone(const char *key, size_t kl)
{
	static const char word[] = "绩效目标表", filed[] = "绩效目标申报表";
	size_t wl = sizeof word - 1;
	return (kl && kl <= wl && !memcmp(key, word + wl - kl, kl)) ||
	       (kl == sizeof filed - 1 && !memcmp(key, filed, kl));
}

/* Does key[0..kl) hold a colon, a comma or a full stop? */
int pb_title_clause(const char *key, size_t kl)
{
	static const char *const marks[] = { "：", "，", "。", "；" };
	if (memchr(key, ':', kl) || memchr(key, ',', kl) || memchr(key, ';', kl))
		return 1;
	for (size_t i = 0; i + 3 <= kl; i++)
		for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
			if (!memcmp(key + i, marks[m], 3))
				return 1;
	return 0;
}

/* Can key[0..kl), the line above 绩效目标表 alone, be the first half
 * of its title (水库管护经费, （一）水库管护经费)?  Not a sentence, a
 * unit line or label. */
int pb_title_name_piece(const char *key, size_t kl)
{
	static const char *const stops[] = { "。", "；", "，", "：", "！", "？" };
	size_t co, no;
	if (kl > 150 || (kl && strchr(".;,:!?", key[kl - 1])) || pb_unit_label(key, kl) ||
	    pb_unit_line(key, kl, &co, &no))
		return 0;
	for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
		if (kl >= 3 && !memcmp(key + kl - 3, stops[i], 3))
			return 0;
	return 1;
}

/* Are there two cells at most in the tabbed line s[0..n) (a running
 * header and its page number set apart by a tab)? */
int pb_header_cells(const char *s, size_t n)
{
	int cells = 0, in = 0;
	for (size_t i = 0; i < n; i++) {
		int blank = s[i] == ' ' || s[i] == '\t' || s[i] == '\r';
		if (!blank && !in)
			cells++;
		in = s[i] == '\t' ? 0 : in || !blank;
	}
	return cells <= 2;
}
