/*
 * table_pages.c - a page break inside a table: the table's top drawn
 * again, a page number, the page's header or the department alone on a
 * line of their own.
 */
#include "table_impl.h"

#include <string.h>

#include "compiler.h"
#include "heading.h"

/* The next byte of row rw's text from cell *c, byte *i on, its empty
 * cells and blanks aside; 0 at its end */
static int row_byte(tparse *t, const row *rw, size_t *c, size_t *i)
{
	while (*c < rw->n) {
		const char *k = tb_cflat(t, rw->first + *c);
		while (k[*i] == ' ' || k[*i] == '\n')
			(*i)++;
		if (k[*i])
			return (unsigned char)k[(*i)++];
		(*c)++;
		*i = 0;
	}
	return 0;
}

/* Do rows a and b hold the same text, however their cells are spaced? */
static int same_row(tparse *t, const row *a, const row *b)
{
	size_t ac = 0, ai = 0, bc = 0, bi = 0;
	int x, y;
	do {
		x = row_byte(t, a, &ac, &ai);
		y = row_byte(t, b, &bc, &bi);
	} while (x == y && x);
	return x == y;
}

/* tb_top_again's rows from r on the same as the top's from its 项目编码
 * row c on, above row `above`: how many */
PB_NOINLINE size_t tb_top_rows_again(tparse *t, size_t r, size_t c, size_t above)
{
	if (!same_row(t, &t->rows[r], &t->rows[c]))
		return 0;
	size_t n = 1;
	while (c + n < above && r + n < t->nrows && same_row(t, &t->rows[r + n], &t->rows[c + n]))
		n++;
	return n;
}

/*
 * Rows from r on, after the top drawn again (tb_top_again), that are
 * labelled as a top's rows are (预算数…, not the indicator header) but
 * are not this table's: another project's top under the same code, which
 * pbsplit tells apart in the layouts it cuts by lines (an HTML table on
 * one line it cannot).  No indicators: each is said so, not counted.
 * How many.
 */
size_t tb_top_unlike(tparse *t, size_t r)
{
	size_t n = 0;
	for (; r + n < t->nrows; n++) {
		row *rw = &t->rows[r + n];
		if (!tb_labelled_row(t, rw) || tb_header_cell(t, rw->first) || tb_has(tb_cflat(t, rw->first), "一级指标"))
			break;
		tb_unparsed(t, rw->line, rw->end_line,
		            "the table's 项目编码 row again, but not its top below it: "
		            "another project under the same code? Not read");
	}
	return n;
}

/* Is k (blanks aside) a mark of a table going on: 续, 续表, （续）…? */
static int continued_mark(const char *k)
{
	static const char *const mark[] = { "续", "续表", "（续）", "(续)", "（续表）", "(续表)" };
	while (*k == ' ')
		k++;
	size_t n = strlen(k);
	while (n && k[n - 1] == ' ')
		n--;
	for (size_t x = 0; x < sizeof mark / sizeof *mark; x++)
		if (n == strlen(mark[x]) && !memcmp(k, mark[x], n))
			return 1;
	return 0;
}

/* Do the rows after r, a few one-cell rows at most, end the table? */
static int table_ends_after(tparse *t, size_t r)
{
	for (size_t x = r + 1; x < t->nrows; x++)
		if (x > r + 8 || t->rows[x].n != 1)
			return 0;
	return 1;
}

/*
 * Row r, a one-cell row amid the indicators that a page break brought:
 * the table's title marked as going on (续表, 1.…绩效目标表（续）) or
 * drawn again as it was, or after a break one of the table's own lines
 * above its 项目编码 row (its department, its 单位) again.  Nothing new: the table goes on, 1.
 * Such a title that ends the table (its unit lines at most after it)
 * is said so: the table that goes on after it was another project, its
 * 项目编码 or top not this one's (a slip of the code, maybe), and its
 * money is counted apart.
 */
int tb_page_furniture(tparse *t, size_t r, int broke)
{
	const row *rw = &t->rows[r];
	const char *k = tb_cflat(t, rw->first), *title = t->p->title;
	size_t n = strlen(k), st = pb_title_numbering(k, n), tl = title ? strlen(title) : 0;
	if (tl && n - st >= tl && !memcmp(k + st, title, tl))
		st += tl;
	/* the title alone again, without 续 (its key: a markdown heading's
	 * marks aside): a converter that prints the table's top on every
	 * page, over the same 项目编码 row (pbsplit keeps it in the table
	 * only then), with or without a page number above it.  A line that
	 * only starts as the title does is text. */
	if (tl && strstr(k, title)) {
		if (pb_line_key(&t->tmp, k, n) < 0)
			return t->oom = 1, 0;
		size_t ks = pb_title_numbering(t->tmp.ptr, t->tmp.len);
		if (t->tmp.len - ks == tl && !memcmp(t->tmp.ptr + ks, title, tl))
			return 1;
	}
	if (continued_mark(k + st)) {
		if (table_ends_after(t, r))
			tb_unparsed(t, rw->line, rw->end_line,
			            "the table is said to go on (续) here, but none of it follows: a table "
			            "after it with another 项目编码 or top is another project, counted apart");
		return 1;
	}
	size_t c = t->code_row;
	if (!broke || !c--)
		return 0;
	for (size_t x = c > 8 ? c - 8 : 0; x < c; x++)
		if (t->rows[x].n == rw->n && same_row(t, rw, &t->rows[x]))
			return 1;
	return 0;
}

/*
 * Is the row a page number alone (3, - 3 -, —3—, 第 3 页, 3/10) in its
 * first cell?  Such a line is no row of the table; a plan value is never
 * in the label's column.
 */
int tb_page_number_row(tparse *t, const row *rw)
{
	if (!rw->n || tb_used_cells(t, rw->first, rw->n) != 1 || tb_cell_empty(t, rw->first))
		return 0;
	const char *k = tb_cflat(t, rw->first);
	int digits = 0;
	/* the forms of the splitter's page numbers too (第3页共10页, －3－):
	 * not known, they were glued onto the purpose or goals */
	if (pb_page_number_at(k, strlen(k)) == 0)
		return 1;
	if (!strncmp(k, "第", 3))
		k += 3;
	for (; *k; k++) {
		if (*k >= '0' && *k <= '9')
			digits++;
		else if (!strncmp(k, "—", 3) || !strncmp(k, "–", 3) || !strncmp(k, "页", 3))
			k += 2;
		else if (*k != '-' && *k != ' ' && *k != '/')
			return 0;
	}
	return digits > 0 && digits <= 4;
}

/*
 * Is the row a PDF's running page header's title alone: a cover title,
 * the filing's own (2025年部门预算绩效文本) or worded otherwise
 * (2025年度部门预算绩效目标), or a part's heading (第二部分 预算项目绩效
 * 目标), maybe with a page number after it?  The
 * 绩效目标 such a header ends in is no goals label: taken for one, the
 * line was dropped without a word.
 */
static int header_title_row(tparse *t, const row *rw)
{
	size_t off;
	if (!rw->n || tb_used_cells(t, rw->first, rw->n) != 1 || tb_cell_empty(t, rw->first))
		return 0;
	/* a title has its year's 年: most rows here (a unit line, 单位：万元)
	 * have none, and are not keyed */
	const char *k = tb_cflat(t, rw->first);
	int part = strstr(k, "部分") != NULL; /* 第二部分 预算项目绩效目标 */
	if (!part && !strstr(k, "年"))
		return 0;
	if (pb_line_key(&t->tmp, k, strlen(k)) < 0)
		return t->oom = 1, 0;
	size_t n = pb_page_number_at(t->tmp.ptr, t->tmp.len);
	if (!n)
		return 0;
	if (part) {
		if (pb_is_part(pb_classify(k, strlen(k), t->tmp.ptr, n)))
			return 1;
	}
	return pb_cover_year(t->tmp.ptr, n, &off) > 0;
}

/*
 * Is the row, one of t->rows, a draft mark alone (（草案）, maybe with a
 * page number) right under a running header's title, a page number at
 * most between?  The header repeats the cover's lines, its draft mark
 * too.  Read as data, the mark began the budget row (the amounts went
 * into the purpose, budget, fiscal and other funds were null), took the
 * code's place (code and year null), or was glued into the purpose.
 */
static int draft_under_header(tparse *t, const row *rw)
{
	size_t r = (size_t)(rw - t->rows);
	if (!r || !rw->n || tb_used_cells(t, rw->first, rw->n) != 1 || tb_cell_empty(t, rw->first))
		return 0;
	const char *k = tb_cflat(t, rw->first);
	while (*k == ' ')
		k++;
	/* (an opening bracket first: few rows have it, and only those are keyed) */
	if (*k != '(' && strncmp(k, "（", 3))
		return 0;
	if (pb_line_key(&t->tmp, k, strlen(k)) < 0)
		return t->oom = 1, 0;
	if (!pb_draft_alone(t->tmp.ptr, t->tmp.len))
		return 0;
	for (size_t x = r; x-- > 0 && r - x <= 2;) {
		if (header_title_row(t, &t->rows[x]))
			return 1;
		if (!tb_page_number_row(t, &t->rows[x]))
			return 0;
	}
	return 0;
}

/* Is the row a PDF's running page header alone: its title
 * (header_title_row), or the draft mark under it (draft_under_header)? */
int tb_page_header_row(tparse *t, const row *rw)
{
	return header_title_row(t, rw) || draft_under_header(t, rw);
}

/* Is the row the table's department alone (pb_dept_alone), a PDF's
 * running page header?  Read on, it was glued onto the purpose or the
 * goals without a word. */
int tb_dept_header_row(tparse *t, const row *rw)
{
	const char *d = t->p->dept;
	if (!d || !rw->n || tb_used_cells(t, rw->first, rw->n) != 1 || tb_cell_empty(t, rw->first))
		return 0;
	const char *k = tb_cflat(t, rw->first);
	size_t dl = strlen(d);
	/* most rows here (a purpose, a goal) do not start as the name does */
	if (strncmp(k, d, 3) || strlen(k) > dl + 40)
		return 0;
	if (pb_line_key(&t->tmp, k, strlen(k)) < 0)
		return t->oom = 1, 0;
	return pb_dept_alone(t->tmp.ptr, t->tmp.len, d);
}

/* Why the row is a page break's noise line (a page number, the page's
 * header, the department alone), or NULL. */
const char *tb_noise_why(tparse *t, const row *rw)
{
	return tb_page_number_row(t, rw) ? PAGE_NUMBER_WHY
	       : tb_page_header_row(t, rw) ? PAGE_HEADER_WHY
	       : tb_dept_header_row(t, rw) ? DEPT_HEADER_WHY : NULL;
}

/*
 * After row r of a purpose or the goals, a page break's noise (rows of a
 * page number, the page's header or the department alone) with the text
 * going on after it: each noise row said, and how many there are (0:
 * none, or no text after them).  The text goes on over them: a header
 * row ended the goals, and the goal after it was a row no field read.
 */
size_t tb_page_break_in_text(tparse *t, size_t r)
{
	size_t e = r + 1;
	while (e < t->nrows && tb_noise_why(t, &t->rows[e]))
		e++;
	if (e == r + 1 || e >= t->nrows || !tb_carries_on(t, &t->rows[e]))
		return 0;
	for (size_t x = r + 1; x < e; x++)
		tb_unparsed(t, t->rows[x].line, t->rows[x].end_line, tb_noise_why(t, &t->rows[x]));
	return e - r - 1;
}
