/*
 * table_grid.c - lines into rows for a tab grid or a pipe table: a line
 * cut into cells, the indicator header's cells found and joined where a
 * line break cut them, and a row's wrapped rest joined to it.
 */
#include "table_impl.h"

#include <string.h>

#include "compiler.h"
#include "framework.h"
#include "grow.h"
#include "html.h"
#include "norm.h"

/* blanks and HTML comments from i on (a converter's <!-- page 3 -->) */
static PB_NOINLINE int blank_with_comments(const char *s, size_t i, size_t n)
{
	const char *miss = NULL;
	for (; i < n; i++) {
		size_t cl = s[i] == '<' ? pb_html_comment(s + i, n - i, &miss) : 0;
		if (cl)
			i += cl - 1;
		else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	}
	return 1;
}

/* blanks, and HTML comments (a page mark): a line of them reads as a
 * blank line, not a row of nothing.  Most lines fail at their first
 * byte, and a comment starts with '<': the comments are looked for only
 * there (asked at every byte, pbtable took 1.5% more instructions). */
int tb_is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return s[i] == '<' && blank_with_comments(s, i, n);
	return 1;
}

/* how many of a line's tab-separated cells hold more than blanks, up to 2 */
int tb_line_text_cells(const char *s, size_t n)
{
	int cells = 0;
	for (const char *e = s + n; s < e && cells < 2;) {
		const char *tab = memchr(s, '\t', (size_t)(e - s));
		const char *end = tab ? tab : e;
		cells += !tb_is_blank(s, (size_t)(end - s));
		s = end + 1;
	}
	return cells;
}

/* The level headers' short names, a cell by themselves (一级 | 二级 |
 * 三级), or a narrow column's first line (一级 / 指标) */
static int short_level(const char *s, size_t n)
{
	return n == sizeof "一级" - 1 && (!memcmp(s, "一级", n) || !memcmp(s, "二级", n));
}

static int header_key(const char *k)
{
	return tb_has(k, "一级指标") || tb_has(k, "二级指标") || short_level(k, strlen(k));
}

/*
 * header_key for s[0..n) (n >= 12) that holds no NUL.  Both keys have
 * 指 (E6 8C 87) at byte 6, and a byte 8C is rare in Chinese text, so one
 * memchr for it turns most cells away, where header_key's strchr finds
 * the keys' first byte E4 in most and strstr runs (pbtable 262.4 -> 261.6 M
 * instructions).
 */
static int header_whole(const char *s, size_t n)
{
	const char *p = s + 7, *end = s + n - 4; /* 8C of a key at k: k + 7 */
	while (p < end && (p = memchr(p, 0x8C, (size_t)(end - p)))) {
		if (!memcmp(p - 7, "一级指标", 12) || !memcmp(p - 7, "二级指标", 12))
			return 1;
		p++;
	}
	return 0;
}

/* header_key of a cell; a one-line cell shorter than both keys (the
 * common case: every row is asked) is turned away unread */
int tb_header_cell(tparse *t, size_t c)
{
	const cell *x = &t->cells[c];
	if (!x->multi && x->len < sizeof "一级指标" - 1)
		return x->len == sizeof "一级" - 1 && short_level(t->pool.ptr + x->off, x->len);
	if (x->whole && tb_use_fast)
		return header_whole(t->pool.ptr + x->off, x->len);
	return header_key(tb_cflat(t, c));
}

/*
 * Does k name a column of the indicator header that may stand under the
 * level names, in a second header row (指标名称 | 指标值 under 三级指标,
 * 绩效指标描述 | 指标值确定依据 under blank cells)?  Short: no
 * indicator's text.
 */
int tb_head_word(const char *k)
{
	static const char *const names[] = {
		"指标名称", "指标值", "目标值", "指标描述", "指标内容", "指标解释", "指标说明",
		"确定依据", "设定依据", "三级指标", "指标性质", "度量单位", "计量单位", "权重",
		"分值", "指标方向", "备注", "分标准", "数据来源",
	};
	if (strlen(k) > 48)
		return 0;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (tb_has(k, names[i]))
			return 1;
	return 0;
}

/*
 * Is the row of cells [first, first + n) a second row of the indicator
 * header, below the level names: names of columns (tb_head_word) and
 * nothing else, the value's or the level-3 name's among them?  Its
 * cells count the table's columns: the upper row may end before them
 * (一级指标 | 二级指标 | 三级指标 over 指标名称 | 绩效指标描述 | 指标值 | …).
 */
static int sub_header_cells(tparse *t, size_t first, size_t n)
{
	int named = 0, key = 0;
	for (size_t c = first; c < first + n; c++) {
		if (tb_cell_empty(t, c))
			continue;
		const char *k = tb_cflat(t, c);
		if (!tb_head_word(k) || header_key(k))
			return 0;
		named++;
		key |= tb_has(k, "指标值") || tb_has(k, "目标值") || tb_has(k, "指标名称");
	}
	return named >= 2 && key;
}

/* Is s[0..n) a markdown table row: no tab, and a leading bar, or any
 * bar in a table written without outer bars?  Inline: asked of every
 * grid line, and called it cost pbtable 0.7 M instructions on three
 * corpus files. */
static PB_ALWAYS_INLINE int pipe_row(const tparse *t, const char *s, size_t n)
{
	return n && (s[0] == '|' || t->bare_pipes) && !memchr(s, '\t', n) &&
	       (s[0] == '|' || memchr(s, '|', n));
}

/* The separator of a grid row's cells */
static char row_sep(const tparse *t, const rawline *l)
{
	return pipe_row(t, l->s, l->n) ? '|' : '\t';
}

/* The next bar in s[i..n) that parts cells, or NULL: "\|" is a bar in
 * a cell's text (split there, the cells after it shifted a column). */
static const char *next_bar(const char *s, size_t i, size_t n)
{
	const char *e;
	while ((e = memchr(s + i, '|', n - i)) && e > s && e[-1] == '\\')
		i = (size_t)(e - s) + 1;
	return e;
}

/* A pipe table's cell, its escaped bars unescaped. */
static int add_pipe_cell(tparse *t, const char *s, size_t l, long line)
{
	if (!l || !memchr(s, '\\', l))
		return tb_add_cell(t, s, l, line);
	pb_buf *b = &t->join; /* free while the rows are cut */
	pb_buf_reset(b);
	for (size_t k = 0; k < l; k++)
		if ((s[k] != '\\' || k + 1 == l || s[k + 1] != '|') && pb_buf_addc(b, s[k]) < 0)
			return t->oom = 1, -1;
	return tb_add_cell(t, b->ptr, b->len, line);
}

/* Split one grid line into cells (by tab, or by | for markdown tables). */
static int grid_cells(tparse *t, const char *s, size_t n, long line)
{
	if (pipe_row(t, s, n)) {
		/* a leading bar is the outer one, but in a table without outer
		 * bars it ends an empty first cell */
		size_t i = s[0] == '|' && !t->bare_pipes;
		/* the closing bar only: the empty cells before it are cells */
		while (n > i && s[n - 1] == ' ')
			n--;
		if (n > i && s[n - 1] == '|' && !(n - i >= 2 && s[n - 2] == '\\'))
			n--;
		for (;;) {
			const char *e = next_bar(s, i, n);
			size_t l = e ? (size_t)(e - (s + i)) : n - i;
			if (add_pipe_cell(t, s + i, l, line) < 0)
				return -1;
			if (!e)
				break;
			i += l + 1;
		}
		return 0;
	}
	/* one pass over the line finds the tabs and the cells to normalize */
	pb_cellscan sc;
	size_t at, l;
	int plain;
	pb_cellscan_init(&sc, s, n);
	while ((plain = pb_cellscan_next(&sc, &at, &l)) >= 0) {
		if ((plain ? tb_add_plain(t, s + at, l, line)
		           : tb_add_norm(t, s + at, l, line)) < 0)
			return -1;
		const pb_html_grid *g = t->hg;
		if (g && s + at >= g->text.ptr && s + at <= g->text.ptr + g->text.len)
			t->cells[t->ncells - 1].spanned =
				(unsigned char)pb_html_spanned(g, (size_t)(s + at - g->text.ptr));
	}
	return 0;
}

/* one of "|-: \t" or the NUL strchr would find in that string; tested
 * for the first byte of every line, where strchr's call cost 0.9 M
 * instructions over three corpus files */
static int rule_byte(char c)
{
	return c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t' || c == '\0';
}

static int md_rule(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!rule_byte(s[i]))
			return 0;
	return n > 0 && memchr(s, '-', n);
}

/* Cells of a row not counting empty ones at the end. */
size_t tb_used_cells(tparse *t, size_t first, size_t n)
{
	while (n > 0 && tb_cell_empty(t, first + n - 1))
		n--;
	return n;
}

/* Is the cell 一级指标 exactly?  A whole cell's length says most
 * (pbtable 260.7 -> 260.1 M instructions). */
static int is_key_cell(tparse *t, size_t c)
{
	const cell *x = &t->cells[c];
	if (x->whole && tb_use_fast)
		return x->len == sizeof "一级指标" - 1 &&
		       !memcmp(t->pool.ptr + x->off, "一级指标", sizeof "一级指标" - 1);
	return (x->multi || x->len >= sizeof "一级指标" - 1) && !strcmp(tb_cflat(t, c), "一级指标");
}

/*
 * Does a grid line end inside a cell?  A line broken inside a cell ends
 * in that cell's text; a row, even one whose last cells are empty, ends
 * in a separator: the tab before its empty last cell, or the closing bar
 * of a pipe row (a tab grid row without its trailing empty cells looks
 * broken too: is_continuation then judges the next line).
 */
static int ends_in_cell(const char *s, size_t n, char sep)
{
	while (n && s[n - 1] == ' ')
		n--;
	return n && s[n - 1] != sep;
}

/* The fields of s[0..n) cut at sep, not counting blank ones at the end. */
static size_t raw_fields(const char *s, size_t n, char sep)
{
	size_t k = 0, used = 0;
	for (const char *e = s + n;;) {
		const char *q = memchr(s, sep, (size_t)(e - s));
		size_t l = q ? (size_t)(q - s) : (size_t)(e - s);
		k++;
		if (!tb_is_blank(s, l))
			used = k;
		if (!q)
			return used;
		s = q + 1;
	}
}

/* Is cell c a level-2 name of the framework that is no level-1 name
 * (成本指标 is both)? */
PB_NOINLINE int tb_level2_name(tparse *t, size_t c)
{
	const char *k = tb_cflat(t, c);
	return pb_l2_parent(k) >= 0 && pb_l1_index(k) < 0;
}

/* Does the row that starts with a level-2 name (in the level-1 column)
 * read one column over: the cell left of the value column is a quantity
 * or date and the one under it is not (1)?  A row whose level-1 cell
 * merely repeats its level 2 keeps its columns (-1), and so does one
 * whose cells cannot tell (0: said so). */
PB_NOINLINE int tb_shifted_row(tparse *t, const row *rw, const int *col)
{
	if (tb_level2_name(t, rw->first + 1) || col[C_VALUE] < 1 || (size_t)col[C_VALUE] >= rw->n)
		return -1;
	pb_value v;
	const char *k = tb_cflat(t, rw->first + (size_t)col[C_VALUE]);
	pb_value_parse(k, strlen(k), &v);
	if (*k && v.kind != PB_VK_TEXT)
		return -1;
	k = tb_cflat(t, rw->first + (size_t)col[C_VALUE] - 1);
	pb_value_parse(k, strlen(k), &v);
	return *k && v.kind != PB_VK_TEXT;
}

/*
 * Is the row one cell wider than the header because of an empty cell
 * where the value should be (a PDF's merged cell drawn as two columns)?
 * Its value and the cells after it then sit one column right, each
 * filled up to the one past the header: read in place, the value went
 * to the basis and the basis was a stray cell.  A row with a gap among
 * those cells (value and basis blank, a note far right) stays as it is.
 */
int tb_value_pushed_right(tparse *t, const row *rw, const int *col, int maxcol)
{
	if (col[C_VALUE] < 0 || (size_t)maxcol + 2 != tb_used_cells(t, rw->first, rw->n) ||
	    !tb_cell_empty(t, rw->first + (size_t)col[C_VALUE]))
		return 0;
	for (size_t c = (size_t)col[C_VALUE] + 1; c <= (size_t)maxcol + 1; c++)
		if (tb_cell_empty(t, rw->first + c))
			return 0;
	return 1;
}

/*
 * Does the row, two cells short of the header, lack both its merged
 * level cells (converters leave out the empty cells of a vertical
 * merge): its level-3 name first, then the description, value and
 * basis?  Read in place, the name was a level 1, the value a level 3,
 * and the rows below took that level 1.  Its first cell names no level
 * (a level name ends in 指标), and its value, two columns left of the
 * value column, is a quantity or date, or its four cells are filled.
 */
int tb_levels_left_out(tparse *t, const row *rw, const int *col, size_t used)
{
	int v = col[C_VALUE] - 2;
	if (v <= 0 || (size_t)v >= used || tb_cell_empty(t, rw->first) || tb_cell_empty(t, rw->first + (size_t)v))
		return 0;
	const char *k = tb_cflat(t, rw->first);
	size_t n = strlen(k);
	if (pb_l1_index(k) >= 0 || pb_l2_parent(k) >= 0 || (n >= 6 && !strcmp(k + n - 6, "指标")) ||
	    tb_header_cell(t, rw->first))
		return 0;
	int filled = 1;
	for (size_t c = 1; c < used && filled; c++)
		filled = !tb_cell_empty(t, rw->first + c);
	if (filled)
		return 1;
	k = tb_cflat(t, rw->first + (size_t)v);
	pb_value pv;
	pb_value_parse(k, strlen(k), &pv);
	return pv.kind != PB_VK_TEXT;
}

/* Is s[0..n) a level-1 indicator name?  Such a cell starts a row. */
int tb_level1_name(tparse *t, const char *s, size_t n)
{
	pb_buf_reset(&t->tmp);
	if (pb_norm_cell(&t->tmp, s, n, 0) < 0)
		return t->oom = 1, 0;
	return pb_l1_index(t->tmp.ptr) >= 0;
}

/*
 * Does line x carry on the row of `used` cells whose last cell a line
 * break cut?  Then x holds the rest of that cell and the cells after it,
 * so the two make one row no wider than the header.  A line that starts
 * with an empty cell or a level-1 name, or that has cells enough to be
 * a row by itself, is a row of its own.
 */
static int is_continuation(tparse *t, const rawline *x, char sep, size_t used, size_t ncols)
{
	const char *e = memchr(x->s, sep, x->n);
	size_t l0 = e ? (size_t)(e - x->s) : x->n;
	if (l0 == 0 || tb_is_blank(x->s, l0))
		return 0;
	if (used - 1 + raw_fields(x->s, x->n, sep) > ncols)
		return 0;
	return !tb_level1_name(t, x->s, l0);
}

/* Does cell c start with the character ch (three bytes)?  Asked of
 * every row where a header is rare: spares tb_header_cell's call. */
static inline int starts_with(tparse *t, size_t c, const char *ch)
{
	return t->cells[c].len >= 3 && !memcmp(t->pool.ptr + t->cells[c].off, ch, 3);
}

/* Is the row of cells [first, first + n) the indicator header?  A
 * one-line cell shorter than the key is not it. */
static int header_row(tparse *t, size_t first, size_t n)
{
	if (tb_header_cell(t, first))
		return 1;
	for (size_t c = first; c < first + n; c++)
		if (is_key_cell(t, c))
			return 1;
	return 0;
}

/* Does one of the cells [first, first + n) name the value column? */
int tb_names_value(tparse *t, size_t first, size_t n)
{
	for (size_t c = first; c < first + n; c++) {
		const char *k = tb_cflat(t, c);
		if (tb_has(k, "指标值") || tb_has(k, "目标值"))
			return 1;
	}
	return 0;
}

/*
 * Join to the header row at L[i], whose cells start at first, the next
 * line when a line break cut it inside a cell (…\t绩效指标 / 描述\t指标值
 * \t…): read apart, the rest was an indicator and every value sat
 * under the description's column.  A header names the value column, so
 * one that does not, followed by a line that does, is cut.  1 when the
 * line was joined.
 */
static int join_header_rest(tparse *t, const rawline *L, size_t nl, size_t i, size_t first)
{
	const rawline *h = &L[i];
	char sep = row_sep(t, h);
	if (i + 1 >= nl || !ends_in_cell(h->s, h->n, sep) ||
	    tb_names_value(t, first, t->ncells - first))
		return 0;
	const rawline *x = &L[i + 1];
	if (!tb_find_in(x->s, x->n, "指标值", 9) && !tb_find_in(x->s, x->n, "目标值", 9))
		return 0;
	const char *e = memchr(x->s, sep, x->n);
	size_t l0 = e ? (size_t)(e - x->s) : x->n;
	/* no rest of the cut cell, or a level-1 name: a row of its own */
	if (tb_is_blank(x->s, l0) || tb_level1_name(t, x->s, l0))
		return 0;
	t->ncells = first + tb_used_cells(t, first, t->ncells - first);
	if (tb_extend_cell(t, x->s, l0) < 0)
		return 0;
	int bar = sep == '|' && !t->bare_pipes;
	if (e && grid_cells(t, bar ? e : e + 1, x->n - l0 - !bar, x->line) < 0)
		return 0;
	return 1;
}

/* Can the character at p (n bytes on) go on a column's name cut before
 * it (级 指 标 值 描 述 依 据...: header_name_cut's names but their first)?
 * Asked of the line after every header: by code point, in order. */
static int name_rest_start(const char *p, size_t n)
{
	/* 义 位 体 依 值 内 准 单 向 定 容 性 指 据 描 效 方 明 标 注 确 级 解 设 说 质 述 释 重 量 */
	static const unsigned short rest[] = {
		0x4E49, 0x4F4D, 0x4F53, 0x4F9D, 0x503C, 0x5185, 0x51C6, 0x5355, 0x5411, 0x5B9A,
		0x5BB9, 0x6027, 0x6307, 0x636E, 0x63CF, 0x6548, 0x65B9, 0x660E, 0x6807, 0x6CE8,
		0x786E, 0x7EA7, 0x89E3, 0x8BBE, 0x8BF4, 0x8D28, 0x8FF0, 0x91CA, 0x91CD, 0x91CF,
	};
	const unsigned char *u = (const unsigned char *)p;
	if (n < 3 || (u[0] & 0xF0) != 0xE0)
		return 0;
	unsigned cp = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
	size_t lo = 0, hi = sizeof rest / sizeof *rest;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (rest[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sizeof rest / sizeof *rest && rest[lo] == cp;
}

/*
 * Does the header cell a[0..an), cut by a line break, go on with b[0..bn),
 * the text under it on the next line?  Only when a column's name spans
 * the cut (三级 / 指标, 指标 / 值, 绩效指标 / 描述, 指标值确定 / 依据) and
 * a alone lacks it: an indicator's text (合格率, ≥95%), or the rest of a
 * row that a page break cut under the header drawn again (国家标准 under
 * 指标值确定依据), completes none.  A cell that is a whole name already
 * (三级指标, the header drawn again) goes on only into a longer name it
 * begins (指标值 / 确定依据): its tail is no cut name's head, or the rest
 * of a level 3 under it (准确率, 值班天数) was glued to the header as
 * 标准 or 指标值 and lost without a word.
 */
static int header_name_cut(const char *a, size_t an, const char *b, size_t bn)
{
	/* all of three-byte characters: a cut falls every three bytes */
	static const char *const names[] = {
		"一级指标", "二级指标", "三级指标", "绩效指标", "指标描述", "指标内容",
		"指标解释", "指标说明", "具体指标", "指标定义", "指标值确定依据",
		"指标值设定依据", "指标值", "目标值", "确定依据", "依据", "标准", "备注",
		"指标性质", "度量单位", "计量单位", "权重", "分值", "指标方向", "绩效指标描述",
	};
	if (!name_rest_start(b, bn))
		return 0;
	int whole = 0;
	for (size_t k = 0; k < sizeof names / sizeof *names && !whole; k++)
		whole = strlen(names[k]) == an && !memcmp(a, names[k], an);
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		const char *nm = names[k];
		size_t ln = strlen(nm);
		for (size_t s = whole ? an : 3; s < ln; s += 3)
			if (s <= an && ln - s <= bn && !memcmp(a + an - s, nm, s) &&
			    !memcmp(b, nm + s, ln - s) && !tb_find_in(a, an, nm, ln))
				return 1;
	}
	return 0;
}

/* Are the cells [xf, xf + xn) the rest of the header cells [hf, hf + hn)
 * that a line break cut, each under its cell (header_name_cut)? */
static int header_cells_rest(tparse *t, size_t hf, size_t hn, size_t xf, size_t xn)
{
	int any = 0;
	for (size_t k = 0; k < xn; k++) {
		if (tb_cell_empty(t, xf + k))
			continue;
		if (k >= hn || tb_cell_empty(t, hf + k))
			return 0;
		const char *h = tb_cflat(t, hf + k);
		size_t hl = strlen(h);
		const char *r = tb_cflat(t, xf + k);
		if (!header_name_cut(h, hl, r, strlen(r)))
			return 0;
		any = 1;
	}
	return any;
}

/*
 * Could line x hold the rest of header cells: cells cut at sep, text in
 * some, its first a name's rest, none longer than a name's rest, and no
 * digit?  Asked before x is cut into cells: most lines after a header
 * are rows, turned away by their first text.
 */
static int rest_shaped(const rawline *x, char sep)
{
	size_t k = 0, run = 0;
	int cut = 0;
	while (k < x->n && (x->s[k] == sep || x->s[k] == ' '))
		cut |= x->s[k++] == sep;
	if (!name_rest_start(x->s + k, x->n - k))
		return 0;
	for (; k < x->n; k++) {
		char c = x->s[k];
		if (c == sep) {
			run = 0;
			cut = 1;
		} else if (c >= '0' && c <= '9') {
			return 0;
		} else if (c != ' ' && c != '\r' && ++run > 24) {
			return 0;
		}
	}
	return cut;
}

/* Into t->join, for each cell k of the n from f, its text and its rest
 * (cell k of the xn from xf, or none), each with its NUL. */
static int save_cells(tparse *t, size_t f, size_t n, size_t xf, size_t xn)
{
	for (size_t k = 0; k < n; k++) {
		const char *h = tb_cflat(t, f + k);
		if (pb_buf_add(&t->join, h, strlen(h) + 1) < 0)
			return t->oom = 1, -1;
		const char *r = k < xn ? tb_cflat(t, xf + k) : "";
		if (pb_buf_add(&t->join, r, strlen(r) + 1) < 0)
			return t->oom = 1, -1;
	}
	return 0;
}

/* n cells from save_cells' texts at *s on, each rest glued to its text */
static int add_saved(tparse *t, const char **s, size_t n, long line)
{
	for (size_t k = 0; k < n; k++) {
		size_t hl = strlen(*s);
		const char *r = *s + hl + 1;
		size_t rl = strlen(r);
		if (tb_add_cell(t, *s, hl, line) < 0 || (rl && tb_extend_cell_as(t, r, rl, 1) < 0))
			return -1;
		*s = r + rl + 1;
	}
	return 0;
}

/*
 * Join to the header row cut into the cells from first, from line L[i],
 * the next line when it holds the rest of header cells that a line break
 * cut, each under its own cell (…\t三级\t… / \t\t指标\t\t\t): a PDF's tab
 * grid puts a wrapped cell's rest on a row of its own.  Read as a row,
 * the rest was an indicator named 指标, or valued 值.  The header's
 * cells are its last ones and the pool's end: they are cut again, each
 * with its rest glued on.  1 when the line was joined.
 */
static int join_header_cells(tparse *t, const rawline *L, size_t nl, size_t i, size_t first)
{
	if (i + 1 >= nl)
		return 0;
	const rawline *x = &L[i + 1];
	/* row_sep's answer, its pipe_row spared where it must say tab (a
	 * header in a tab grid, most are) */
	char sep = L[i].n && (L[i].s[0] == '|' || t->bare_pipes) ? row_sep(t, &L[i]) : '\t';
	if (!rest_shaped(x, sep) || row_sep(t, x) != sep)
		return 0;
	size_t hn = t->ncells - first, xf = t->ncells;
	if (!hn || grid_cells(t, x->s, x->n, x->line) < 0)
		return 0;
	size_t xn = t->ncells - xf;
	if (!header_cells_rest(t, first, hn, xf, xn)) {
		if (xn)
			pb_buf_truncate(&t->pool, t->cells[xf].off);
		t->ncells = xf;
		return 0;
	}
	pb_buf_reset(&t->join);
	if (save_cells(t, first, hn, xf, xn) < 0)
		return 0;
	pb_buf_truncate(&t->pool, t->cells[first].off);
	t->ncells = first;
	const char *s = t->join.ptr;
	return add_saved(t, &s, hn, L[i].line) == 0;
}

/*
 * The upper row of a two-row header (绩效指标 over the levels, the other
 * columns named), its cells cut by a line break and their rests on a row
 * of their own (…\t指标\t… / \t\t\t\t值\t), just above the level row
 * whose cells start at *first: the rests are joined to it, as
 * join_header_cells does, and the level row is cut again after it (*first
 * its new start).  Read apart, the rest row stood between the two and
 * the upper row named no value: the header was read from the level row
 * alone.  Asked once a table, when its header is found.
 */
static void join_upper_rest(tparse *t, size_t *first)
{
	if (t->nrows < 2)
		return;
	const row *up = &t->rows[t->nrows - 2], *x = &t->rows[t->nrows - 1];
	if (x->first != up->first + up->n || *first != x->first + x->n ||
	    !header_cells_rest(t, up->first, up->n, x->first, x->n))
		return;
	/* the three rows' cells are the last ones: saved, and cut again */
	size_t f = up->first, un = up->n, hn = t->ncells - *first;
	long uline = up->line, xend = x->end_line, hline = t->cells[*first].line;
	pb_buf_reset(&t->join);
	if (save_cells(t, f, un, x->first, x->n) < 0 || save_cells(t, *first, hn, 0, 0) < 0)
		return;
	pb_buf_truncate(&t->pool, t->cells[f].off);
	t->ncells = f;
	t->nrows -= 2;
	const char *s = t->join.ptr;
	if (add_saved(t, &s, un, uline) < 0 || tb_add_row(t, f, uline, xend) < 0)
		return;
	*first = t->ncells;
	add_saved(t, &s, hn, hline);
}

/* s[0..n) past blanks at both ends */
static const char *trim_blank(const char *s, size_t *n)
{
	while (*n && (s[0] == ' ' || s[0] == '\t'))
		s++, --*n;
	while (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\r'))
		--*n;
	return s;
}

/* Is s[0..n) digits and . , only (a piece of an amount)? */
static int amount_piece(const char *s, size_t n, int *dots)
{
	*dots = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.')
			++*dots;
		else if ((s[i] < '0' || s[i] > '9') && s[i] != ',')
			return 0;
	}
	return n > 0;
}

/*
 * Do a[0..an) and b[0..bn), both text, name one of labels only when
 * joined (其他资 / 金, 累计支 / 出金额)?  Then they are a label that a
 * line break cut.
 */
static int joined_label(tparse *t, const char *a, size_t an, const char *b, size_t bn,
                        const char *const *labels)
{
	if (!an || !bn || (unsigned char)a[0] < 0x80 || (unsigned char)b[0] < 0x80)
		return 0;
	pb_buf *j = &t->join;
	pb_buf_reset(j);
	if (pb_buf_add(j, a, an) < 0 || pb_buf_add(j, b, bn) < 0 || pb_buf_addc(j, '\0') < 0)
		return t->oom = 1, 0;
	for (; *labels; labels++) {
		size_t ln = strlen(*labels);
		if (tb_find_in(j->ptr, j->len - 1, *labels, ln) &&
		    !tb_find_in(a, an, *labels, ln) && !tb_find_in(b, bn, *labels, ln))
			return 1;
	}
	return 0;
}

/* Is c a letter or digit, as a code's characters are? */
static int code_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Do the pieces a[0..an) and b[0..bn) (letters and digits, maybe
 * spaced) make, together and only together, a code of the usual form of
 * its 21 characters (13081124P0001021000 / 34)? */
static int code_cut(const char *a, size_t an, const char *b, size_t bn)
{
	char c[22];
	size_t k = 0;
	for (int half = 0; half < 2; half++) {
		const char *s = half ? b : a;
		size_t n = half ? bn : an;
		for (size_t i = 0; i < n; i++) {
			if (s[i] == ' ')
				continue;
			if (k == 21 || !code_byte((unsigned char)s[i]))
				return 0;
			c[k++] = s[i];
		}
		/* a's: past the code's P, short of its end */
		if (!half && (k < 9 || k == 21))
			return 0;
	}
	c[k] = '\0';
	return k == 21 && pb_code_form(c);
}

/*
 * Did a line break cut the cell a[0..an) whose rest b[0..bn) starts the
 * next line?  Above the indicator header no row is known to be short,
 * and read as two rows, 2000 / 00.00 gave a budget of 0.2 万元 and its
 * rest went into the purpose.  An amount's pieces join when the rest
 * cannot be a page number by itself (it holds the decimal point, starts
 * with 0, or cells follow it, or the first piece ends in . or ,); a
 * label's (其他资 / 金) when only the two together name a field; a
 * code's when they make one (code_cut: 13081124P0001021000 / 34 left the
 * 34 at the start of the name's row, read by no field).
 */
static int cut_cell(tparse *t, const char *a, size_t an, const char *b, size_t bn, int more)
{
	int da, db;
	if (code_cut(a, an, b, bn))
		return 1;
	if (amount_piece(a, an, &da) && amount_piece(b, bn, &db)) {
		if (da + db > 1)
			return 0;
		return db || b[0] == '0' || more || a[an - 1] == '.' || a[an - 1] == ',' ||
		       memchr(b, ',', bn);
	}
	static const char *const labels[] = { "资金", "预算数", "财政", "项目编码", "项目名称",
		                              "绩效目标", NULL };
	if (an > 24 || bn > 24)
		return 0;
	return joined_label(t, a, an, b, bn, labels);
}

/*
 * Join to the row of L[i] (cells from first) the next lines while a line
 * break cut its last cell (cut_cell).  The line of the row's end.
 */
static PB_NOINLINE long join_cut_lines(tparse *t, const rawline *L, size_t nl, size_t *i)
{
	const rawline *h = &L[*i];
	long end = h->line;
	/* most lines end in a tab, or the next starts with one */
	if (*i + 1 >= nl || !h->n || h->s[h->n - 1] == '\t' || !L[*i + 1].n ||
	    L[*i + 1].s[0] == '\t')
		return end;
	char sep = row_sep(t, h);
	while (*i + 1 < nl && ends_in_cell(h->s, h->n, sep)) {
		/* the rest of a cut amount starts with a digit, of a cut label
		 * with a Chinese character, and so does the cell before it:
		 * most lines are turned away by two bytes */
		const rawline *x = &L[*i + 1];
		unsigned char x0 = x->n ? (unsigned char)x->s[0] : 0, h1 = (unsigned char)h->s[h->n - 1];
		int digit = (x0 >= '0' && x0 <= '9') || x0 == '.' || x0 == ',';
		/* (a code's pieces: letters and digits) */
		int code = code_byte(x0) && code_byte(h1);
		if (!code && !(digit ? (h1 >= '0' && h1 <= '9') || h1 == '.' || h1 == ',' : x0 >= 0x80 && h1 >= 0x80))
			break;
		const char *ls = h->s + h->n;
		/* a cut label is short: no need to look further back */
		while (ls > h->s && ls[-1] != sep && (digit || code || h->s + h->n - ls <= 25))
			ls--;
		size_t an = (size_t)(h->s + h->n - ls);
		const char *a = trim_blank(ls, &an);
		const char *e = memchr(x->s, sep, x->n);
		size_t l0 = e ? (size_t)(e - x->s) : x->n, bn = l0;
		const char *b = trim_blank(x->s, &bn);
		if (!bn || b != x->s || !cut_cell(t, a, an, b, bn, e != NULL))
			break;
		if (tb_extend_cell_as(t, x->s, l0, 1) < 0)
			break;
		int bar = sep == '|' && !t->bare_pipes;
		if (e && grid_cells(t, bar ? e : e + 1, x->n - l0 - !bar, x->line) < 0)
			break;
		end = x->line;
		h = x;
		++*i;
	}
	return end;
}

/*
 * The labels of the rows above the indicator table that a cell's wrap
 * onto a continuation row may split (累计支 / 出金额, 其中：财政 / 资金).
 */
static const char *const field_labels[] = { "资金用途", "财政资金", "其他资金", "其它资金",
	                                    "预算数", "累计支出金额", "资金支出计划",
	                                    "项目编码", "项目名称", "绩效目标", NULL };

/* Is s[0..n) a unit in brackets and nothing else (（万元）, (%))? */
static int bracket_unit(const char *s, size_t n)
{
	static const char *const units[] = { "（万元）", "（元）", "（%）", "(万元)", "(元)", "(%)" };
	for (size_t k = 0; k < sizeof units / sizeof *units; k++)
		if (n == strlen(units[k]) && !memcmp(s, units[k], n))
			return 1;
	return 0;
}

/* How many letters and digits s[0..n) holds, or -1 when it holds
 * anything but them and spaces (a piece of a code, maybe spaced). */
static long code_chars(const char *s, size_t n)
{
	long k = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && !tb_code_piece(s + i, 1))
			return -1;
		else
			k += s[i] != ' ';
	return k;
}

/* The label before cell y of the row whose cells start at first (empty
 * cells between), or NULL when y is the row's first filled cell. */
static const char *label_before(tparse *t, size_t first, size_t y)
{
	while (y > 0 && tb_cell_empty(t, first + y - 1))
		y--;
	return y ? tb_cflat(t, first + y - 1) : NULL;
}

/* Is cell y of the row whose cells start at first the value of its
 * code label (项目编码, empty cells between)? */
static int code_value(tparse *t, size_t first, size_t y)
{
	const char *k = label_before(t, first, y);
	return k && (tb_has(k, "项目编") || tb_has(k, "项目代码"));
}

/* Is b[0..bn), under the name cell y, the name's wrapped rest
 * (tb_name_rest)? */
static int name_rest(tparse *t, size_t first, size_t y, const char *a, size_t an, const char *b,
                     size_t bn)
{
	const char *k = label_before(t, first, y);
	return k && tb_name_rest(t, k, a, an, b, bn);
}

enum { REST_NO, REST_GLUE, REST_SPACE, REST_DOUBT };

/*
 * Is cell b, on the next line, the wrapped rest of cell y of the row
 * whose cells start at first?  A piece of an amount under an amount
 * (25000 / 00.00, 1234. / 56) as cut_cell judges it, else REST_DOUBT;
 * two pieces that only together name a label (累计支 / 出金额); a unit
 * in brackets under a label; the rest of a code under a code short of
 * its 21 characters, joined with a space for tb_read_code to join; the
 * rest of a name the title confirms (name_rest).
 */
static int column_rest(tparse *t, size_t first, size_t y, size_t b)
{
	size_t an, bn;
	if (t->cells[first + y].multi || t->cells[b].multi)
		return REST_NO;
	const char *as = tb_ctext(t, first + y, &an), *bs = tb_ctext(t, b, &bn);
	int da, db;
	if (code_value(t, first, y)) {
		long ka = code_chars(as, an), kb = code_chars(bs, bn);
		return ka >= 6 && ka < 21 && kb > 0 && ka + kb <= 21 ? REST_SPACE : REST_NO;
	}
	if (name_rest(t, first, y, as, an, bs, bn))
		return REST_GLUE;
	if (amount_piece(as, an, &da) && amount_piece(bs, bn, &db))
		return cut_cell(t, as, an, bs, bn, 0) ? REST_GLUE : REST_DOUBT;
	if (an > 36 || bn > 36)
		return REST_NO;
	if (joined_label(t, as, an, bs, bn, field_labels))
		return REST_GLUE;
	if (bracket_unit(bs, bn))
		for (const char *const *l = field_labels; *l; l++)
			if (tb_find_in(as, an, *l, strlen(*l)))
				return REST_GLUE;
	return REST_NO;
}

/* Cell c as its text, then glue and b's text when b is set: copied to
 * the pool's end, as the row's cells are rebuilt there in order. */
static int recopy_cell(tparse *t, size_t c, size_t b, int glue)
{
	size_t an = t->cells[c].len, bn = b ? t->cells[b].len : 0;
	pb_buf *p = &t->pool;
	if (pb_buf_grow(p, an + bn + 3) < 0)
		return t->oom = 1, -1;
	size_t off = p->len;
	memcpy(p->ptr + off, p->ptr + t->cells[c].off, an);
	p->len += an;
	if (b && glue == REST_SPACE)
		p->ptr[p->len++] = ' ';
	if (b) {
		memcpy(p->ptr + p->len, p->ptr + t->cells[b].off, bn);
		p->len += bn;
	}
	p->ptr[p->len++] = '\0';
	cell *x = &t->cells[c];
	x->off = off;
	x->len = p->len - 1 - off;
	x->flat = 0;
	x->whole = tb_is_whole(t, x);
	return 0;
}

#define REST_DOUBT_WHY "row under amounts of the row above, not joined to them as their wrapped rest: read as a row of its own"

/*
 * Join to the row of L[*i], above the indicator table (its cells from
 * first), the next lines that carry on its cells by column: a PDF that
 * wraps a cell writes the rest on a continuation row, under the cell's
 * column, the other cells empty (25000 / \t\t00.00).  Read as a row of
 * its own, 00.00 became 其他资金 and the budget 2.5 for 250 万元; a
 * label's rest (出金额) lost the plan.  Each filled cell of the line
 * must be the rest of the filled cell above it (column_rest), so that a
 * row of its own (the plan's values under its header, amounts under
 * their labels, the purpose under 预算数) stays one.  A line of amounts
 * under amounts that do not join so is said, not guessed.  The line of
 * the row's end.
 */
/*
 * Might the tab-grid line x carry on the row whose n cells start at
 * first: is each of its fields with text under a cell of the row with
 * text?  Asked of the raw line before it is cut into cells (a cell the
 * normalizing empties counts as text here): cut to be asked, and cut
 * again as a row of its own, every row above the indicator table cost
 * pbtable 4% more instructions.
 */
static int fields_under(tparse *t, const rawline *x, size_t first, size_t n)
{
	const char *p = x->s, *e = x->s + x->n;
	for (size_t y = 0;; y++) {
		const char *q = memchr(p, '\t', (size_t)(e - p));
		size_t l = q ? (size_t)(q - p) : (size_t)(e - p);
		if (!tb_is_blank(p, l) && (y >= n || tb_cell_empty(t, first + y)))
			return 0;
		if (!q)
			return 1;
		p = q + 1;
	}
}

/* Is line l a page break's, no row's: blank, or a page number, the
 * page's running header or the department alone on a line of its own? */
static int break_line(tparse *t, const rawline *l)
{
	if (tb_is_blank(l->s, l->n))
		return 1;
	if (memchr(l->s, '\t', l->n) || memchr(l->s, '|', l->n) || l->n > PB_HEADING_MAX)
		return 0;
	if (pb_line_key(&t->tmp, l->s, l->n) < 0)
		return t->oom = 1, 0;
	return pb_page_noise(t->tmp.ptr, t->tmp.len, t->doc_dept);
}

/*
 * After the line L[i], a page break (blank lines, its page number, its
 * header: four lines at most) and then a line of tab cells: how many
 * lines the break is, 0 if none.
 */
static size_t break_before_rest(tparse *t, const rawline *L, size_t nl, size_t i)
{
	size_t g = 0;
	while (g < 4 && i + 1 + g < nl && break_line(t, &L[i + 1 + g]))
		g++;
	if (!g || i + 1 + g >= nl || !memchr(L[i + 1 + g].s, '\t', L[i + 1 + g].n))
		return 0;
	return g;
}

static PB_NOINLINE long join_column_rests(tparse *t, const rawline *L, size_t nl, size_t *i,
                                          size_t first, long end)
{
	char sep = row_sep(t, &L[*i]);
	while (*i + 1 < nl && !t->oom) {
		/* a label cut at a page's end goes on after the break (其中：财政 /
		 * 5 / \t\t\t资金): its rest went to purpose, the fiscal funds null */
		size_t gap = sep == '\t' ? break_before_rest(t, L, nl, *i) : 0;
		/* a markdown table's first row wrapped: its rest follows the
		 * rule under that row (| 项目名称 | 城乡居民… | / |---| /
		 * |  | 财政补助资金 |), and was an unparsed row */
		size_t rule = sep == '|' && *i + 2 < nl && md_rule(L[*i + 1].s, L[*i + 1].n);
		const rawline *x = &L[*i + 1 + gap + rule];
		if (!x->n || !memchr(x->s, sep, x->n) || row_sep(t, x) != sep)
			break;
		if (sep == '\t' && !pipe_row(t, x->s, x->n) && !fields_under(t, x, first, t->ncells - first))
			break;
		size_t xf = t->ncells, mark = t->pool.len;
		if (grid_cells(t, x->s, x->n, x->line) < 0)
			return end;
		size_t rn = xf - first, xn = t->ncells - xf;
		/* every filled cell under one of the row's (the indicator
		 * header is a row whatever stands above it) */
		int under = xn && !header_row(t, xf, xn), any = 0, no = 0, doubt = 0;
		for (size_t y = 0; y < xn && under; y++)
			under = tb_cell_empty(t, xf + y) ||
			        (y < rn && !tb_cell_empty(t, first + y));
		for (size_t y = 0; y < xn && under; y++) {
			int k = tb_cell_empty(t, xf + y) ? REST_NO
			                                  : column_rest(t, first, y, xf + y);
			any |= k == REST_GLUE || k == REST_SPACE;
			no |= k == REST_NO && !tb_cell_empty(t, xf + y);
			doubt |= k == REST_DOUBT;
			/* over a page break, only a label's rest: an amount or
			 * a code there may be a row of its own */
			if (gap && k != REST_NO) {
				size_t bn;
				const char *bs = tb_ctext(t, xf + y, &bn);
				int d;
				no |= k != REST_GLUE || amount_piece(bs, bn, &d);
			}
		}
		if (!under || no || doubt || !any) {
			if (under && doubt && !no && tb_cell_empty(t, xf) && !gap)
				tb_unparsed(t, x->line, x->line, REST_DOUBT_WHY);
			t->ncells = xf;
			pb_buf_truncate(&t->pool, mark);
			break;
		}
		/* the break's lines are rows of their own after this one
		 * (tb_noise_rows), said as the noise they are */
		for (size_t k = 1; k <= gap; k++)
			if (!tb_is_blank(L[*i + k].s, L[*i + k].n)) {
				if (pb_grow(&t->noise, t->nnoise, sizeof *t->noise) < 0)
					return t->oom = 1, end;
				t->noise[t->nnoise++] = *i + k;
			}
		*i += gap + rule;
		for (size_t y = 0; y < rn && !t->oom; y++) {
			int k = y < xn && !tb_cell_empty(t, xf + y) ? column_rest(t, first, y, xf + y) : 0;
			recopy_cell(t, first + y, k ? xf + y : 0, k);
		}
		t->ncells = xf;
		end = x->line;
		++*i;
	}
	return end;
}

/*
 * A tab grid whose first column is empty on every row (a PDF table with a
 * blank margin column) is read without it: its labels, 项目编码 or
 * 一级指标, stand first in their rows, and a row that starts with an
 * empty cell carries on the one above, as in any grid.  Read as it
 * stands, every row looked like a continuation: the plan and the goals
 * went into the purpose.  Lines without a tab (a wrapped cell's rest, a
 * page number) have no column to drop.
 */
void tb_drop_margin(rawline *L, size_t nl)
{
	size_t rows = 0;
	for (size_t i = 0; i < nl; i++) {
		const char *tab = memchr(L[i].s, '\t', L[i].n);
		if (!tab)
			continue;
		if (tab != L[i].s)
			return;
		rows++;
	}
	if (rows < 2)
		return;
	for (size_t i = 0; i < nl; i++)
		if (L[i].n && L[i].s[0] == '\t') {
			L[i].s++;
			L[i].n--;
			L[i].lead++;
		}
}

/*
 * Is line x the rest of the last cell of the full tab grid row r, cut by
 * a line break?  r ends inside a cell; x is that cell's rest and the
 * row's empty trailing cells: text, then only tabs and blanks.  A note
 * or a page number under the table has no tab; a row of its own starts
 * with a level-1 name or a header, or has more cells.  The header has
 * ncols columns.
 */
static int last_cell_rest(tparse *t, const rawline *r, const rawline *x, size_t ncols)
{
	if (!ends_in_cell(r->s, r->n, '\t') || memchr(r->s, '|', r->n))
		return 0;
	const char *e = memchr(x->s, '\t', x->n);
	if (!e || e == x->s || tb_is_blank(x->s, (size_t)(e - x->s)) ||
	    !tb_is_blank(e, x->n - (size_t)(e - x->s)))
		return 0;
	/* a line as wide as the header has its cells in place: its text is
	 * the first column's (产出 / 指标\t\t\t\t\t, a level-1 cell cut),
	 * which the indicator rows join (level1_tail) */
	size_t cells = 1;
	for (const char *q = e; q; q = memchr(q + 1, '\t', (size_t)(x->s + x->n - q - 1)))
		cells++;
	if (cells >= ncols)
		return 0;
	size_t l0 = (size_t)(e - x->s);
	if (tb_level1_name(t, x->s, l0))
		return 0;
	pb_buf_reset(&t->tmp);
	if (pb_norm_cell(&t->tmp, x->s, l0, 0) < 0)
		return t->oom = 1, 0;
	static const char *const own[] = { "一级指标", "绩效指标", "合计", "小计", "续表" };
	for (size_t k = 0; k < sizeof own / sizeof *own; k++)
		if (tb_has(t->tmp.ptr, own[k]))
			return 0;
	return 1;
}

/*
 * The columns of a two-row header whose level row starts at first, with
 * used cells: the upper row (绩效指标 over the levels, the value named)
 * may be wider, the level row's value column being blank.  Counted from
 * the level row alone, no row was short, and one a line break cut stayed
 * two rows.
 */
static size_t upper_header_cols(tparse *t, size_t first, size_t used)
{
	if (!t->nrows || tb_names_value(t, first, used))
		return used;
	const row *up = &t->rows[t->nrows - 1];
	size_t n = tb_used_cells(t, up->first, up->n);
	return n > used && tb_names_value(t, up->first, up->n) ? n : used;
}

void tb_grid_rows(tparse *t, rawline *L, size_t nl)
{
	size_t ncols = 0; /* columns of the indicator header, once seen */
	size_t hrow = 0;  /* the header's row, + 1 */

	for (size_t i = 0; i < nl && !t->oom; i++) {
		if (tb_is_blank(L[i].s, L[i].n) || md_rule(L[i].s, L[i].n))
			continue;
		size_t first = t->ncells;
		if (grid_cells(t, L[i].s, L[i].n, L[i].line) < 0)
			return;
		long end = L[i].line;
		if (!ncols && header_row(t, first, t->ncells - first)) {
			join_upper_rest(t, &first);
			if (join_header_rest(t, L, nl, i, first) || join_header_cells(t, L, nl, i, first))
				end = L[++i].line;
			ncols = tb_used_cells(t, first, t->ncells - first);
			ncols = upper_header_cols(t, first, ncols);
		} else if (!ncols && starts_with(t, first, "一") && t->ncells - first > 1 &&
		           tb_header_cell(t, first + 1) && join_header_cells(t, L, nl, i, first)) {
			/* 一级 / 指标: the header, once its first cell is whole */
			end = L[++i].line;
			if (tb_header_cell(t, first)) {
				join_upper_rest(t, &first);
				ncols = tb_used_cells(t, first, t->ncells - first);
				ncols = upper_header_cols(t, first, ncols);
			}
		} else if (!ncols) {
			/* (most rows end in a tab: spared the call) */
			if (L[i].n && L[i].s[L[i].n - 1] != '\t')
				end = join_cut_lines(t, L, nl, &i);
			/* (an HTML cell keeps its wrapped lines itself) */
			if (!t->html)
				end = join_column_rests(t, L, nl, &i, first, end);
		}
		/* an indicator row cut short by a line break inside a cell:
		 * the next lines carry on that cell */
		size_t used = ncols ? tb_used_cells(t, first, t->ncells - first) : 0;
		if (ncols && !hrow)
			hrow = t->nrows + 1;
		else if (hrow && hrow == t->nrows && used > ncols &&
		         sub_header_cells(t, first, t->ncells - first))
			ncols = used; /* the header's second row */
		if (used < ncols && used > 1 && tb_header_cell(t, first)) {
			/* the header again, after a page break, and cut too */
			if (join_header_rest(t, L, nl, i, first) || join_header_cells(t, L, nl, i, first))
				end = L[++i].line;
		} else if (used < ncols && used > 1) {
			char sep = row_sep(t, &L[i]);
			int open = ends_in_cell(L[i].s, L[i].n, sep);
			while (open && i + 1 < nl && used < ncols) {
				rawline *x = &L[i + 1];
				if (!memchr(x->s, sep, x->n) && tb_is_blank(x->s, x->n)) {
					i++;
					continue;
				}
				/* a page break inside the cell (完 / 7 / 好率\t≥95%\t…):
				 * its page number is no part of the cell's text, but
				 * a row of noise after this one, as under a label */
				size_t gap = sep == '\t' ? break_before_rest(t, L, nl, i) : 0;
				if (gap && is_continuation(t, &L[i + 1 + gap], sep, used, ncols)) {
					for (size_t k = 1; k <= gap; k++)
						if (!tb_is_blank(L[i + k].s, L[i + k].n)) {
							if (pb_grow(&t->noise, t->nnoise, sizeof *t->noise) < 0) {
								t->oom = 1;
								return;
							}
							t->noise[t->nnoise++] = i + k;
						}
					i += gap;
					x = &L[i + 1];
				} else if (!memchr(x->s, sep, x->n) && break_line(t, x)) {
					break; /* the page's number, the cell's rest after the header again */
				}
				if (!is_continuation(t, x, sep, used, ncols))
					break;
				const char *e = memchr(x->s, sep, x->n);
				size_t l0 = e ? (size_t)(e - x->s) : x->n;
				t->ncells = first + used;
				if (tb_extend_cell(t, x->s, l0) < 0)
					return;
				/* a pipe row's rest is one with its leading bar (in
				 * a table without outer bars, that would be a cell) */
				int bar = sep == '|' && !t->bare_pipes;
				if (e && grid_cells(t, bar ? e : e + 1, x->n - l0 - !bar, x->line) < 0)
					return;
				used = tb_used_cells(t, first, t->ncells - first);
				open = ends_in_cell(x->s, x->n, sep);
				end = x->line;
				i++;
			}
		} else if (ncols && used >= ncols && (starts_with(t, first, "一") || starts_with(t, first, "二")) &&
		           tb_header_cell(t, first) && join_header_cells(t, L, nl, i, first)) {
			/* the header again, a cell of it cut onto the next line */
			end = L[++i].line;
		} else if (ncols && used >= ncols && i + 1 < nl && last_cell_rest(t, &L[i], &L[i + 1], ncols)) {
			/* a full row cut inside its last cell (预算 / 标准\t):
			 * read as a row, the rest made an indicator of nothing */
			const char *e = memchr(L[i + 1].s, '\t', L[i + 1].n);
			t->ncells = first + used;
			if (tb_extend_cell(t, L[i + 1].s, (size_t)(e - L[i + 1].s)) < 0)
				return;
			end = L[++i].line;
		}
		tb_add_row(t, first, t->cells[first].line, end);
		tb_noise_rows(t, L);
	}
}
