/*
 * table_cpl.c - lines into rows for cell per line (from DOCX): a cell a
 * line, rows apart by blank lines, and a page break inside a row read
 * past.
 */
#include "table_impl.h"

#include <stdint.h>
#include <string.h>

#include "compiler.h"
#include "framework.h"
#include "grow.h"
#include "heading.h"
#include "norm.h"

/*
 * Is the text line l the table's title again (its numbering aside), as
 * it was or marked as going on (续, （续表）...)?  A page break
 * brings it amid the indicators, the table's top after it: glued to
 * the last cell as a paragraph of it, it went into that row's basis,
 * and the title row the indicator reader passes over was missing.
 */
static int title_again(tparse *t, const rawline *l)
{
	const char *title = t->p->title;
	if (!title || l->n > PB_HEADING_MAX)
		return 0;
	if (pb_line_key(&t->tmp, l->s, l->n) < 0)
		return t->oom = 1, 0;
	const char *k = t->tmp.ptr;
	size_t kl = t->tmp.len, tl = strlen(title), st = pb_title_numbering(k, kl);
	if (kl - st < tl || memcmp(k + st, title, tl))
		return 0;
	const char *rest = k + st + tl;
	size_t rl = kl - st - tl;
	while (rl && *rest == ' ')
		rest++, rl--;
	/* 续, （续）, (续表)...: short, and nothing but the mark */
	return !rl || (rl <= 15 && strstr(rest, "续"));
}

/* Do the texts a and b match, blanks and line breaks aside? */
static int same_text(const char *a, const char *b)
{
	for (;; a++, b++) {
		while (*a == ' ' || *a == '\n')
			a++;
		while (*b == ' ' || *b == '\n')
			b++;
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
	}
}

/*
 * Does the cell c, the first of a group amid the indicator table, start
 * a row of the table's top again (the rows before its header row hrow):
 * its department or 单位 line, its 单位名称 row, its 项目编码 row...?  A
 * page break drew the top again (its title, maybe, above it).  Its rows
 * are the top's, cut as the top's were: read as indicator rows, short
 * groups waited for the next (the department and 单位 lines made one
 * row, an indicator named after the department) and a long one was cut
 * at the header's width (其他资金's amount a row of its own), so the
 * top again was not known for what it is.  A level-1 name or an empty
 * cell starts indicator rows, never a row of the top.
 */
static int top_row_again(tparse *t, size_t c, size_t hrow)
{
	if (tb_cell_empty(t, c) || tb_header_cell(t, c))
		return 0;
	const char *k = tb_cflat(t, c);
	if (pb_l1_index(k) >= 0)
		return 0;
	for (size_t r = 0; r < hrow && r < t->nrows; r++) {
		size_t f = t->rows[r].first;
		if (t->rows[r].n && !tb_cell_empty(t, f) && same_text(tb_cflat(t, f), tb_cflat(t, c)))
			return 1;
	}
	return 0;
}

/*
 * Is the text line L[i] (no tab: no cell of its own), after a full
 * indicator row that a blank line closed, a paragraph of that row's last
 * cell?  A cell may hold blank lines, and the rest of the last one came
 * after the row was whole: read alone, it was a row of one cell and
 * unparsed.  It is, when more rows of the table follow it (*next_tab:
 * the next line with a tab, kept so that a run of text lines is looked
 * through once) and it starts none (a level-1 name); a note under the
 * table is no cell's.
 */
static int last_cell_paragraph(tparse *t, const rawline *L, size_t nl, size_t i, size_t ncols,
                               size_t hrow, size_t *next_tab)
{
	if (t->nrows <= hrow + 1 || t->rows[t->nrows - 1].n != ncols)
		return 0;
	if (*next_tab <= i)
		for (*next_tab = i + 1; *next_tab < nl && L[*next_tab].s[0] != '\t'; ++*next_tab)
			;
	return *next_tab < nl && !tb_level1_name(t, L[i].s, L[i].n) && !title_again(t, &L[i]);
}

/*
 * Is the key k[0..n) digits alone, a 0 first (0010, 00, 0)?  No page is
 * numbered so: it is the rest of a code or an amount that a page break
 * cut after a digit (…P00123410 / 7 / 0010, 88. / 7 / 00).  Taken for
 * a second page number, the code was cut short and the amount's cents
 * an unparsed page number, with no word but the page noise's.
 */
static int zero_led(const char *k, size_t n)
{
	if (k[0] != '0')
		return 0;
	for (size_t i = 1; i < n; i++)
		if (k[i] < '0' || k[i] > '9')
			return 0;
	return 1;
}

/*
 * Is the text line l (no tab) a PDF's running page header: the filing's
 * title (2025年部门预算绩效文本, maybe the department before it and a
 * draft mark after), with or without a page number, a page number
 * alone, the filing's department alone (pb_dept_alone), or a part's
 * heading (第二部分 预算项目绩效目标)?  Amid the cells of the indicator
 * table it is no cell: glued to the cell above, it went into a basis (or
 * a level name, silently); a blank line before it ended the
 * row it cut, whose cells after it made another.  The tab grid reads it
 * as a line that is no row, and so does this layout now.
 */
static int page_noise(tparse *t, const rawline *l)
{
	if (!l->n || l->s[0] == '\t' || l->n > PB_HEADING_MAX || tb_is_blank(l->s, l->n))
		return 0;
	if (pb_line_key(&t->tmp, l->s, l->n) < 0)
		return t->oom = 1, 0;
	size_t kl = t->tmp.len;
	if (!kl || zero_led(t->tmp.ptr, kl))
		return 0;
	if (pb_page_noise(t->tmp.ptr, kl, t->doc_dept))
		return 1;
	/* a part's heading says 部分 or its name, 绩效目标 (部门整体绩效目标):
	 * most of a cell's lines are not classified */
	if (!strstr(t->tmp.ptr, "部分") && !strstr(t->tmp.ptr, "绩效目标"))
		return 0;
	return pb_is_part(pb_classify(l->s, l->n, t->tmp.ptr, pb_page_number_at(t->tmp.ptr, kl)));
}

/*
 * Is L[i] page noise (page_noise), or a draft mark alone (（草案）)
 * under a running header's line, blank lines aside?  The header repeats
 * the cover's lines, its draft mark too: read as text, the mark ended
 * the row the break cut (the amounts went into the purpose, the code
 * was null) or was glued into a cell (日（草案）常养护).
 */
static int page_noise_at(tparse *t, const rawline *L, size_t i)
{
	if (page_noise(t, &L[i]))
		return 1;
	const rawline *l = &L[i];
	size_t b = 0;
	while (b < l->n && l->s[b] == ' ')
		b++;
	/* (an opening bracket first: few lines have it, only those are keyed) */
	if (!l->n || l->s[0] == '\t' || l->n > PB_HEADING_MAX || b == l->n ||
	    (l->s[b] != '(' && (l->n - b < 3 || memcmp(l->s + b, "（", 3))))
		return 0;
	if (pb_line_key(&t->tmp, l->s, l->n) < 0)
		return t->oom = 1, 0;
	if (!pb_draft_alone(t->tmp.ptr, t->tmp.len))
		return 0;
	size_t j = i; /* past blank lines, a few */
	while (j > 0 && i - j < 4 && (!L[j - 1].n || (L[j - 1].s[0] != '\t' && tb_is_blank(L[j - 1].s, L[j - 1].n))))
		j--;
	return j > 0 && L[j - 1].n && L[j - 1].s[0] != '\t' && page_noise(t, &L[j - 1]);
}

/*
 * Is the text s[0..n) (a line of a cell, its tab aside) the rest of the
 * label in cell a that a line or paragraph break cut (其中：财政 /
 * 资金, 预算规模及 / 资金用途)?  It is when the two together are a label
 * that a alone is not.  Read as a cell of its own, the rest took the
 * amount (an unknown label's, said so) and the fiscal funds were null;
 * after a blank line it was a row of its own, and the funds went into
 * the purpose.
 */
static int label_rest(tparse *t, size_t a, const char *s, size_t n)
{
	const char *k = tb_cflat(t, a);
	size_t an = strlen(k);
	/* a label's piece is Chinese and short, as its rest is */
	if ((unsigned char)k[0] < 0x80 || an > 24 || n > 40 || tb_label_key(k, 0))
		return 0;
	pb_buf j = PB_BUF_INIT;
	int r = 0;
	if (pb_buf_add(&j, k, an) < 0 || pb_line_key(&t->tmp, s, n) < 0 ||
	    pb_buf_add(&j, t->tmp.ptr, t->tmp.len) < 0 || pb_buf_addc(&j, '\0') < 0)
		t->oom = 1;
	else
		r = t->tmp.len && (unsigned char)t->tmp.ptr[0] >= 0x80 && tb_label_key(j.ptr, 0);
	pb_buf_free(&j);
	return r;
}

/*
 * Is the text s[0..n) (a line of a cell, its tab aside) the rest of the
 * name in the last cell, under 项目名称, that a line break cut, as the
 * title confirms (tb_name_rest)?  Read as a cell of its own, the name
 * was cut short and its rest an unparsed record.
 */
static int name_rest(tparse *t, size_t first, const char *s, size_t n)
{
	size_t c = t->ncells - 1;
	if (c < first + 1 || tb_cell_empty(t, c) || pb_line_key(&t->tmp, s, n) < 0)
		return 0;
	const char *a = tb_cflat(t, c);
	return tb_name_rest(t, tb_cflat(t, c - 1), a, strlen(a), t->tmp.ptr, t->tmp.len);
}

/*
 * How many columns right of its place in the upper row up of a two-row
 * header each cell after 绩效指标 lies, when up wrote that cell once
 * over the level names of the header h below it: DOCX writes a
 * horizontally merged cell once, and in cell per line nothing keeps
 * its span, so 绩效指标描述 came at the level-2 column, and the value
 * was read as the level-3 name.  0 when up holds a cell for each
 * column (empty ones under the span, as a grid or HTML has them).
 */
size_t tb_span_shift(tparse *t, const row *up, const row *h)
{
	size_t lo = SIZE_MAX, hi = 0;
	for (size_t c = 0; c < h->n; c++) {
		const char *k = tb_cflat(t, h->first + c);
		if (tb_has(k, "一级指标") || tb_has(k, "二级指标") || tb_has(k, "三级指标")) {
			if (lo == SIZE_MAX)
				lo = c;
			hi = c;
		}
	}
	if (lo == SIZE_MAX || hi == lo || hi >= up->n || tb_cell_empty(t, up->first + lo))
		return 0;
	for (size_t c = lo + 1; c <= hi; c++)
		if (tb_cell_empty(t, up->first + c))
			return 0;
	return hi - lo;
}

/* The columns of the indicator table whose header (the level names) is
 * row hrow, of have cells: a row above it that spans the levels with
 * one cell counts them all, and the level row may have left out its
 * empty cells under the upper row's names.  Counted from the level row
 * alone, each indicator row was cut in two. */
static size_t two_row_cols(tparse *t, size_t hrow, size_t have)
{
	if (!hrow || !tb_header_top(t, &t->rows[hrow - 1]))
		return have;
	const row *up = &t->rows[hrow - 1];
	size_t n = up->n + tb_span_shift(t, up, &t->rows[hrow]);
	return n > have ? n : have;
}

/*
 * The columns of the indicator table whose header row (the level names,
 * ncols cells counted) the blank line L[i] ended, counted again from the
 * group of cells after it when that is the header's second row: names
 * of columns and empty cells only (the ones under the merged level
 * cells), the value's or the level-3 name's among them (三级指标 over
 * 指标名称 | 指标值, or the other columns named below blank cells).  A
 * row needs all its columns here, and counted from the upper row alone
 * (its empty cells at the end left out), each indicator row was cut
 * in two: 16 indicators of 7, the descriptions in level 1.
 */
static size_t second_header_cols(tparse *t, const rawline *L, size_t nl, size_t i, size_t ncols)
{
	size_t j = i + 1, n = 0;
	int named = 0, key = 0;
	while (j < nl && (!L[j].n || (L[j].s[0] != '\t' && tb_is_blank(L[j].s, L[j].n))))
		j++;
	for (; j < nl && L[j].n && L[j].s[0] == '\t'; j++, n++) {
		if (pb_line_key(&t->tmp, L[j].s + 1, L[j].n - 1) < 0)
			return t->oom = 1, ncols;
		const char *k = t->tmp.ptr;
		if (!t->tmp.len)
			continue;
		if (!tb_head_word(k) || tb_has(k, "一级指标") || tb_has(k, "二级指标"))
			return ncols;
		named++;
		key |= tb_has(k, "指标值") || tb_has(k, "目标值") || tb_has(k, "指标名称");
	}
	/* a paragraph of a cell: no header's */
	if (j < nl && L[j].n && !tb_is_blank(L[j].s, L[j].n))
		return ncols;
	return named >= 2 && key && n > ncols ? n : ncols;
}

/* Is the key k[0..n) an amount or a percentage and nothing else (88.00,
 * 25%)? */
static int value_key(const char *k, size_t n)
{
	if (n > 1 && k[n - 1] == '%')
		n--;
	return n && tb_amount_after(k, n) == k;
}

/* Is the key k a name of the indicator table's header (一级指标 ...
 * 绩效指标描述, 指标值, 指标值确定依据)?  No level name of the framework
 * (产出指标) is. */
static int header_name(const char *k)
{
	static const char *const names[] = { "一级指标", "二级指标", "三级指标", "绩效指标", "指标值",
	                                     "指标名称", "指标内容", "评分标准" };
	if (tb_has(k, "指标") || tb_has(k, "评分")) /* spares the list most keys */
		for (size_t i = 0; i < sizeof names / sizeof *names; i++)
			if (!strncmp(k, names[i], strlen(names[i])))
				return 1;
	return tb_has(k, "确定依据");
}

/* Does the key k start with a level's name (一级指标, 二级指标, 三级指标)? */
static int level_name(const char *k)
{
	return !strncmp(k, "一级指标", 12) || !strncmp(k, "二级指标", 12) || !strncmp(k, "三级指标", 12);
}

/* Is the group of cells from first an empty cell (the label column's)
 * and amounts or empty cells after it? */
static int amounts_row(tparse *t, size_t first)
{
	if (!tb_cell_empty(t, first))
		return 0;
	for (size_t c = first + 1; c < t->ncells; c++) {
		const char *v = tb_cflat(t, c);
		if (*v && !value_key(v, strlen(v)))
			return 0;
	}
	return 1;
}

/*
 * The group of cells from first is amounts under an empty first cell
 * (maybe that cell alone), and a page break is past: does the group of
 * cells from L[j], an empty one first, go on with it?  It does when it
 * holds amounts and empty cells only, some amount among them, no more
 * than the spending plan's header above has room for: a blank 3月底
 * first is common, and read as a row of its own the values lined up
 * under no checkpoint (the whole plan null).
 */
static int blank_value_on(tparse *t, size_t first, const rawline *L, size_t nl, size_t j)
{
	if (!amounts_row(t, first))
		return 0;
	size_t more = 0, values = 0;
	for (; j < nl && L[j].n && L[j].s[0] == '\t'; j++, more++) {
		if (tb_is_blank(L[j].s + 1, L[j].n - 1))
			continue;
		if (pb_line_key(&t->tmp, L[j].s + 1, L[j].n - 1) < 0)
			return t->oom = 1, 0;
		if (!value_key(t->tmp.ptr, t->tmp.len))
			return 0;
		values++;
	}
	if (!values || !t->nrows)
		return !!values;
	const row *h = &t->rows[t->nrows - 1];
	size_t checkpoints = 0;
	for (size_t c = 0; c < h->n; c++)
		checkpoints += tb_checkpoint(tb_cflat(t, h->first + c)) >= 0;
	return !checkpoints || t->ncells - first + more <= h->n;
}

/*
 * Is the text line l (no tab), after a page's number or header that
 * followed the last cell, the rest of that cell, which the page break
 * cut (2 / 7 / 024年园区专项预算…, 其中 / 7 / ：财政资金)?  A cell's
 * paragraphs come without a tab, and nothing of the table's top but a
 * cell's rest does.  Ended there, the rest was a row of its own: the
 * purpose lost its head, and the 2 of a year cut after its first digit
 * was read as the other funds' amount (money made up); a label cut
 * after 其中 took no amount, and the fiscal and other funds went into
 * the purpose.  The table's title again after the break is no cell's.
 */
static int cell_cut_rest(tparse *t, const rawline *l)
{
	if (!l->n || l->s[0] == '\t' || tb_cell_empty(t, t->ncells - 1))
		return 0;
	return !title_again(t, l);
}

/*
 * Is the text line l (no tab) that a page break parted from the last
 * cell to be glued to it with nothing between: a number cut between
 * two digits (2 / 024年), or before or after its point (1 / .完成…,
 * 80 / .00, ≤0. / 7万元)?  Joined as a line of the cell is, a blank
 * came between the digits (2 024年, an indicator's ≥1 20公里 no
 * number), and a goal's number was a goal of its own.  Words keep the
 * join of a wrapped line, and so does a list's next item after a
 * number ending a text (…不少于3 / 2.及时…): glued, the two numbers
 * made one (32.及时).
 */
static int cut_in_number(tparse *t, const rawline *l)
{
	const cell *c = &t->cells[t->ncells - 1];
	const char *s = l->s, *e = l->s + l->n;
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	if (!c->len || s == e)
		return 0;
	const char *p = t->pool.ptr + c->off, *q = p + c->len;
	/* cut after its point (≤0. / 7万元) */
	int point = q[-1] == '.' && q - p >= 2 && q[-2] >= '0' && q[-2] <= '9';
	if ((q[-1] < '0' || q[-1] > '9') && !point)
		return 0;
	if (*s == '.')
		return !point;
	if (*s < '0' || *s > '9')
		return 0;
	/* a list's next item (2.及时… after …不少于3) starts a paragraph
	 * of its own, unless the piece is a number alone (1 / 0.完成…) */
	const char *d = s;
	while (d < e && *d >= '0' && *d <= '9')
		d++;
	if (d == e || (*d != '.' && !(e - d >= 3 && !memcmp(d, "、", 3))) ||
	    (d + 1 < e && d[1] >= '0' && d[1] <= '9'))
		return 1;
	if (point)
		return 0;
	while (q > p && q[-1] >= '0' && q[-1] <= '9')
		q--;
	return q == p || q[-1] == '\n';
}

/*
 * Cell per line, above the indicator table: does the group of cells from
 * first, which the blank line L[i] ends, go on past it?  A page break (a
 * blank line, maybe the page's header and number with it) inside a row
 * cut it in two: read as two rows, the code, the budget or the purpose
 * was null (the amounts went into the purpose), a spending plan did not
 * line up, the goals were lost, or a header cut after 二级指标 made an
 * indicator table of two columns; the only word was a warning about the
 * noise, if there was any.  The group goes on when the next one (past
 * blank lines and page noise) starts with what its last label waits for
 * (a code after 项目编码, a name or goals after 项目名称 or 绩效目标, an
 * amount after 预算数 or a funds label, the purpose or the values after
 * the empty cell of the label column, 预算数 after the label column's
 * 预算规模及资金用途), or with more of the same row: a
 * funds label after 预算数, a checkpoint (6月底) after the plan's label,
 * a header name after 一级指标's (or after the 绩效指标 of an upper row,
 * short of the level names), an amount after amounts under an empty
 * first cell.
 */
static PB_NOINLINE int fields_go_on(tparse *t, size_t first, const rawline *L, size_t nl, size_t i,
                                    size_t *next)
{
	size_t j = i + 1;
	int broke = 0; /* a page's number or header passed */
	for (; j < nl; j++) {
		if (!L[j].n || (L[j].s[0] != '\t' && tb_is_blank(L[j].s, L[j].n)))
			continue;
		if (L[j].s[0] == '\t' || !page_noise_at(t, L, j))
			break;
		broke = 1;
	}
	*next = j;
	/* a paragraph of the last cell (text without a tab) that finishes
	 * its label goes on in it, as it would without the blank line */
	if (j < nl && L[j].n && label_rest(t, t->ncells - 1, L[j].s + (L[j].s[0] == '\t'),
	                                   L[j].n - (L[j].s[0] == '\t')))
		return 1;
	if (broke && j < nl && cell_cut_rest(t, &L[j]))
		return 1;
	/* text without a tab, or an empty cell: a row of its own starts so,
	 * but for a blank value after the label column's empty cell */
	if (j < nl && L[j].s[0] == '\t' && tb_is_blank(L[j].s + 1, L[j].n - 1))
		return blank_value_on(t, first, L, nl, j);
	if (j == nl || L[j].s[0] != '\t')
		return 0;
	if (pb_line_key(&t->tmp, L[j].s + 1, L[j].n - 1) < 0)
		return t->oom = 1, 0;
	const char *k = t->tmp.ptr;
	size_t kl = t->tmp.len;
	size_t n = t->ncells - first;
	int empty0 = tb_cell_empty(t, first);
	/* (a cell flattened may move the others flattened: tb_cflat's pointer
	 * is used before the next tb_cflat) */
	const char *f0 = tb_cflat(t, first);
	int plan0 = tb_has(f0, "支出计划") || tb_has(f0, "累计支出");
	const char *last = tb_cflat(t, t->ncells - 1);
	if (tb_has(last, "项目编码"))
		return (unsigned char)k[0] < 0x80;
	/* the label column's 预算规模及资金用途 alone, its row's 预算数 (or a
	 * funds label) after the break: ended there, the label was a row
	 * no field reads, an unparsed error for a page number */
	if (n == 1 && (tb_has(last, "预算规模") || tb_has(last, "资金用途"))) {
		int f = tb_funds_kind(k, kl);
		if (tb_has(k, "预算数") || f == 1 || f == 2)
			return 1;
	}
	if (tb_has(last, "项目名称") || tb_has(last, "绩效目标") || (n == 1 && empty0))
		return !tb_label_key(k, 0) && !header_name(k);
	if (tb_checkpoint(k) >= 0)
		return plan0 || tb_checkpoint(last) >= 0;
	if (value_key(k, kl)) {
		if (tb_has(last, "预算数"))
			return 1;
		int lf = tb_funds_kind(last, strlen(last));
		if (lf == 1 || lf == 2)
			return 1;
		return amounts_row(t, first);
	}
	if ((unsigned char)k[0] < 0x80)
		return 0;
	int head = header_name(k);
	for (size_t c = first; c < t->ncells; c++) {
		const char *x = tb_cflat(t, c);
		/* the level row's rest, or an upper row's (绩效指标 spanning
		 * the levels) short of the level names under it */
		if (head && (tb_has(x, "一级指标") ? !tb_has(k, "一级指标") : !strcmp(x, "绩效指标") && !level_name(k)))
			return 1;
		if (!head && tb_has(x, "预算数")) { /* a funds label after it */
			int f = tb_funds_kind(k, kl);
			return f == 1 || f == 2;
		}
	}
	return 0;
}

/*
 * Is the text line L[i] (no tab) just past a page's number or header,
 * blank lines aside?  The rest of a cell the break cut comes so.
 */
static int after_page_break(tparse *t, const rawline *L, size_t i)
{
	size_t j = i;
	while (j > 0 && (!L[j - 1].n || (L[j - 1].s[0] != '\t' && tb_is_blank(L[j - 1].s, L[j - 1].n))))
		j--;
	return j > 0 && L[j - 1].n && L[j - 1].s[0] != '\t' && page_noise_at(t, L, j - 1);
}

/*
 * In the indicator table: does the full row that the blank line L[i]
 * ends go on past a page break, with the rest of its last cell (公 / 7 /
 * 路技术状况评定标准)?  It does when the first line past blank lines and
 * page noise (*next), some noise among them, is text without a tab, as
 * a cell's paragraph is, and is one where the row would go on without
 * the break (last_cell_paragraph): more rows after it, no level-1 name,
 * not the table's title again.  Ended there, the basis was cut short
 * and its rest an unparsed row: the page's row came between them, and
 * a paragraph goes on the last row only.  After the table's last row
 * the text may be a note under it, as it is without a break: a row of
 * its own, unparsed, said so.  An empty cell was cut by no break.
 */
static int row_rest_on(tparse *t, const rawline *L, size_t nl, size_t i, size_t *next)
{
	size_t j = i + 1;
	int broke = 0;
	for (; j < nl; j++) {
		if (!L[j].n || (L[j].s[0] != '\t' && tb_is_blank(L[j].s, L[j].n)))
			continue;
		if (L[j].s[0] == '\t' || !page_noise_at(t, L, j))
			break;
		broke = 1;
	}
	*next = j;
	if (!broke || j == nl || L[j].s[0] == '\t' || tb_cell_empty(t, t->ncells - 1))
		return 0;
	size_t k = j + 1;
	while (k < nl && (!L[k].n || L[k].s[0] != '\t'))
		k++;
	return k < nl && !tb_level1_name(t, L[j].s, L[j].n) && !title_again(t, &L[j]);
}

/*
 * Is the group of cells at L[at] the indicator header (row hrow) again,
 * cell for cell?  Word repeats a table's header rows on each page, so
 * a row that a page break cut has the header between its pieces: read
 * as a row of its own, the header ended the cut row, whose value and
 * basis made a bogus indicator (level-1 ≥10个) after it.  The line past
 * the header's cells (the row's rest may follow them, no blank line
 * between), or 0.
 */
static size_t header_again(tparse *t, const rawline *L, size_t nl, size_t at, size_t hrow)
{
	const row *h = &t->rows[hrow];
	size_t c = 0, j = at;
	if (!h->n)
		return 0;
	for (; c < h->n && j < nl && L[j].n && L[j].s[0] == '\t'; j++, c++) {
		if (pb_line_key(&t->tmp, L[j].s + 1, L[j].n - 1) < 0)
			return t->oom = 1, 0;
		if (!same_text(t->tmp.ptr, tb_cflat(t, h->first + c)))
			return 0;
	}
	return c == h->n ? j : 0;
}

/*
 * Does the cell line l end the indicator header whose cells from first
 * no blank line closed?  It does when it is a level-1 name of the
 * framework (产出指标...) and the group so far is names of the header's
 * columns only: no column is named so.  Unended, the header took the
 * rows after it as cells of its own, under no column, and the
 * indicators were lost without a word.
 */
static int header_ends_at(tparse *t, size_t first, const rawline *l)
{
	if (!tb_level1_name(t, l->s + 1, l->n - 1))
		return 0;
	for (size_t c = first; c < t->ncells; c++) {
		const char *k = tb_cflat(t, c);
		if (!header_name(k) && !tb_head_word(k))
			return 0;
	}
	return 1;
}

/*
 * Does the cell line l start an indicator row, when the row before it
 * is full and no blank line came between: an empty cell (a level-1
 * merged down) or a level-1 name of the framework, as the first column
 * holds?  Cells are taken a header's width at a time only so; otherwise
 * the group runs on, and what does not fit is said, cell by cell, as
 * under no column: a row short of a cell put every row after it askew,
 * a level-2 name read as level 1 and a level-1 name as a basis.
 */
static int row_start(tparse *t, const rawline *l)
{
	if (tb_is_blank(l->s + 1, l->n - 1))
		return 1;
	pb_buf_reset(&t->tmp);
	if (pb_norm_cell(&t->tmp, l->s + 1, l->n - 1, 0) < 0)
		return t->oom = 1, 0;
	return pb_l1_index(t->tmp.ptr) >= 0;
}

/*
 * Above the indicator table: is the cell line l a label that starts a
 * row of the table's top wherever it stands (预算规模及资金用途, the
 * spending plan's 资金支出计划（%）, 绩效目标), a label alone?  With no
 * blank line between the rows, the top was one row: the name's reader
 * said all of it as unread, the budget's the same cells again, and the
 * purpose, the plan and the goals were lost.
 */
static int top_row_label(tparse *t, const rawline *l)
{
	if (l->n < 1 + 6 || pb_line_key(&t->tmp, l->s + 1, l->n - 1) < 0)
		return t->oom |= l->n >= 7, 0;
	const char *k = t->tmp.ptr;
	if (!tb_has(k, "预算规模") && !tb_has(k, "资金用途") && !tb_has(k, "支出计划") &&
	    !tb_has(k, "累计支出") && !tb_has(k, "绩效目标"))
		return 0;
	return tb_label_key(k, 0);
}

/*
 * Above the indicator table, no blank line before it: does the empty
 * cell line l start the purpose's row, after the budget row that the
 * group from first is?  That row is its label (预算规模及资金用途) and
 * label, amount pairs (预算数, 其中：财政资金, 其他资金); an empty cell
 * where a label would stand is the label column's, under the budget's
 * label: read in the budget row, the purpose was a cell no field reads.
 */
static int purpose_row_at(tparse *t, size_t first, const rawline *l)
{
	size_t have = t->ncells - first;
	if (have < 3 || have % 2 == 0 || !tb_is_blank(l->s + 1, l->n - 1))
		return 0;
	const char *k = tb_cflat(t, first);
	return (tb_has(k, "预算规模") || tb_has(k, "资金用途")) && tb_label_key(k, 0);
}

void tb_cell_rows(tparse *t, rawline *L, size_t nl)
{
	size_t ncols = 0, first = t->ncells, hrow = 0, next_tab = 0;
	size_t group_at = 0, group_cells = 0; /* the next group of cells, its cells */
	/* the header again before that group, and the one a row goes on
	 * past (its lines no cells) */
	size_t hdr_at = 0, hdr_end = 0, skip_from = 0, skip_to = 0;
	/* the line a group goes on at, past a page break: the blank lines
	 * before it ask no more (a run of them was looked through again
	 * from each) */
	size_t go_on_to = 0;
	long start = 0, end = 0;
	int in_ind = 0;

	for (size_t i = 0; i <= nl && !t->oom; i++) {
		if (i >= skip_from && i < skip_to)
			continue;
		int tabbed = i < nl && L[i].n && L[i].s[0] == '\t';
		/* a lone tab is an empty cell, not a blank line */
		int blank = i == nl || (!tabbed && tb_is_blank(L[i].s, L[i].n));
		size_t have = t->ncells - first;
		/* above the indicator table too, inside a group of cells:
		 * carried on as the cell above's text, a page header between
		 * the 项目编码 cell and the code became the code */
		if ((in_ind || have) && !blank && !tabbed && page_noise_at(t, L, i)) {
			if (!have) {
				start = L[i].line;
				if (tb_add_cell(t, L[i].s, L[i].n, L[i].line) < 0)
					return;
				tb_add_row(t, first, start, L[i].line);
				first = t->ncells;
			} else if (pb_grow(&t->noise, t->nnoise, sizeof *t->noise) < 0) {
				t->oom = 1;
			} else {
				t->noise[t->nnoise++] = i;
			}
			continue;
		}
		if (blank) {
			if (!have)
				continue;
			/* a group ends at a blank line; in the indicator table a
			 * row needs all its columns, so short groups wait */
			if (!in_ind && i < nl) {
				size_t to;
				if (i < go_on_to)
					continue;
				if (fields_go_on(t, first, L, nl, i, &to)) {
					go_on_to = to;
					continue;
				}
			}
			/* a full row's last cell cut by a page break: its rest
			 * past the break is the cell's (the blank lines before
			 * it ask no more) */
			if (in_ind && have == ncols && i < nl) {
				size_t to;
				if (i < go_on_to)
					continue;
				if (row_rest_on(t, L, nl, i, &to)) {
					go_on_to = to;
					continue;
				}
			}
			if (in_ind && have < ncols && i < nl) {
				/* does the next group fit into this row?  (a page
				 * header between is none of it, and text without a
				 * tab is the last cell's paragraph, as the cells
				 * after it say: cut there, the row lost its value
				 * and basis, which made a row of their own, their
				 * value its level-1 name carried down) */
				/* (counted once a group: each line of a run of
				 * blank lines or paragraphs before it asks) */
				if (group_at <= i) {
					for (group_at = i + 1; group_at < nl && L[group_at].s[0] != '\t'; group_at++)
						;
					/* the header again, a page break's: the row
					 * goes on past it */
					hdr_at = hdr_end = 0;
					if (group_at < nl && (hdr_end = header_again(t, L, nl, group_at, hrow)) != 0)
						for (hdr_at = group_at, group_at = hdr_end;
						     group_at < nl && L[group_at].s[0] != '\t'; group_at++)
							;
					group_cells = 0;
					for (size_t j = group_at;
					     j < nl && (L[j].s[0] == '\t' || !tb_is_blank(L[j].s, L[j].n)); j++)
						group_cells += L[j].s[0] == '\t';
				}
				if (have + group_cells <= ncols && group_cells) {
					skip_from = hdr_at, skip_to = hdr_end;
					continue;
				}
			}
			tb_add_row(t, first, start, end);
			tb_noise_rows(t, L);
			if (!in_ind && have && tb_header_cell(t, first)) {
				in_ind = 1;
				hrow = t->nrows - 1;
				ncols = two_row_cols(t, hrow, have);
				ncols = second_header_cols(t, L, nl, i, ncols);
			}
			first = t->ncells;
			continue;
		}
		if (tabbed) {
			if (!have)
				start = L[i].line;
			/* the header's end, no blank line after it */
			if (!in_ind && have && tb_header_cell(t, first) && header_ends_at(t, first, &L[i])) {
				tb_add_row(t, first, start, end);
				tb_noise_rows(t, L);
				in_ind = 1;
				hrow = t->nrows - 1;
				ncols = two_row_cols(t, hrow, have);
				first = t->ncells;
				start = L[i].line;
				have = 0;
			}
			/* the header again amid a row, no blank line
			 * before it: the row goes on past it */
			if (in_ind && have && (skip_to = header_again(t, L, nl, i, hrow)) != 0) {
				skip_from = i;
				continue;
			}
			if (in_ind && have == ncols && row_start(t, &L[i])) { /* full row, no blank after it */
				tb_add_row(t, first, start, end);
				tb_noise_rows(t, L);
				first = t->ncells;
				start = L[i].line;
			}
			/* a label's rest in a cell of its own: the cell above's */
			if (!in_ind && have &&
			    (label_rest(t, t->ncells - 1, L[i].s + 1, L[i].n - 1) ||
			     name_rest(t, first, L[i].s + 1, L[i].n - 1))) {
				if (tb_extend_cell_as(t, L[i].s + 1, L[i].n - 1, 1) < 0)
					return;
				end = L[i].line;
				continue;
			}
			if (!in_ind && have && (top_row_label(t, &L[i]) || purpose_row_at(t, first, &L[i]))) {
				tb_add_row(t, first, start, end);
				first = t->ncells;
				start = L[i].line;
			}
			if (tb_add_cell(t, L[i].s + 1, L[i].n - 1, L[i].line) < 0)
				return;
			/* the top again: read as the top was, until its header */
			if (in_ind && first == t->ncells - 1 && top_row_again(t, first, hrow))
				in_ind = 0;
		} else if (have) {
			/* text without a tab carries on the cell above, across
			 * blank lines too: a cell may hold paragraphs; a cell's
			 * rest past a page break (go_on_to, or amid the
			 * indicators a row's) may be a number's (≥1 / 7 / 20公里) */
			int glue = cut_in_number(t, &L[i]) && (i == go_on_to || (in_ind && after_page_break(t, L, i)));
			if (tb_extend_cell_as(t, L[i].s, L[i].n, glue) < 0)
				return;
		} else if (in_ind && last_cell_paragraph(t, L, nl, i, ncols, hrow, &next_tab)) {
			if (tb_extend_cell(t, L[i].s, L[i].n) < 0)
				return;
			t->rows[t->nrows - 1].end_line = L[i].line;
		} else {
			start = L[i].line;
			if (tb_add_cell(t, L[i].s, L[i].n, L[i].line) < 0)
				return;
			tb_add_row(t, first, start, L[i].line);
			first = t->ncells;
		}
		end = L[i].line;
	}
}
