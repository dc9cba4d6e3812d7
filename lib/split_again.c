/*
 * split_again.c - a table's top drawn again after a page break, and an
 * HTML table's rows, in a table block.
 */
#include "split_impl.h"

#include <string.h>

#include "compiler.h"
#include "heading.h"

/* Blanks without a tab: no cell, the gap between two rows of the
 * cell-per-line layout (a lone tab is an empty cell); or a markdown
 * table's rule (|---|---|), which the top drawn again has not */
int sp_gap_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\r' && s[i] != '|' && s[i] != '-' && s[i] != ':')
			return 0;
	return 1;
}

/* a and b the same text but for blanks, tabs and CRs (the same row
 * drawn again, its cells maybe spaced otherwise) */
static int same_row_text(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	for (;;) {
		while (i < an && (a[i] == ' ' || a[i] == '\t' || a[i] == '\r'))
			i++;
		while (j < bn && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r'))
			j++;
		if (i == an || j == bn)
			return i == an && j == bn;
		if (a[i++] != b[j++])
			return 0;
	}
}

/* Where the line that ends at eol (sp_doc_eol's) of the doc's text is followed */
static size_t line_after(const pb_splitter *sp, size_t eol)
{
	const pb_buf *t = &sp->doc.text;
	return eol + (eol + 1 < t->len && t->ptr[eol] == '\r' && t->ptr[eol + 1] == '\n') + 1;
}

/* The next line of the doc's text from *at (before end) that is no gap:
 * its start in *at, its end returned; end when there is none. */
static size_t next_cells(pb_splitter *sp, size_t *at, size_t end)
{
	const char *t = sp->doc.text.ptr;
	while (*at < end) {
		size_t eol = sp_doc_eol(sp, *at, end);
		if (!sp_gap_line(t + *at, eol - *at))
			return eol;
		*at = line_after(sp, eol);
	}
	return end;
}

/* Does the row's first cell (past blanks, bars and HTML tags) start with
 * a label of a table's top rows, above its indicators? */
static int top_label(const char *s, size_t n)
{
	static const char *const label[] = { "项目编", "项目代码", "项目名称", "预算", "资金",
	                                     "其中", "财政", "其他资金", "累计", "绩效目标" };
	size_t i = 0;
	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '|' || s[i] == '*') {
			i++;
		} else if (s[i] == '<') {
			const char *gt = memchr(s + i, '>', n - i);
			if (!gt)
				break;
			i = (size_t)(gt - s) + 1;
		} else {
			break;
		}
	}
	for (size_t k = 0; k < sizeof label / sizeof *label; k++) {
		size_t l = strlen(label[k]);
		if (n - i >= l && !memcmp(s + i, label[k], l))
			return 1;
	}
	return 0;
}

/*
 * A 项目编码 line at off in a table that has one: the same as the
 * table's own, it may be the table's top drawn again after a page break
 * (Word repeats the rows marked as header rows, often the top, and a
 * PDF keeps them), not another table.  Whether it is, the lines after it
 * tell (sp_top_again): until then it is pending, in the table.  1 if so.
 */
int sp_code_again(pb_splitter *sp, const pb_line *ln, size_t off)
{
	const char *t = sp->doc.text.ptr;
	size_t at = sp->table.code_at - 1;
	if (!sp->table.code_at || at >= off)
		return 0;
	size_t eol = sp_doc_eol(sp, at, off);
	if (!same_row_text(t + at, eol - at, ln->ptr, ln->textlen))
		return 0;
	sp->top_again.from = off + 1;
	sp->top_again.line = sp->top_again.last = ln->lineno;
	sp->top_again.at = line_after(sp, eol);
	sp->top_again.cell = ln->ptr[0] == '\t' && !sp_grid_row(ln->ptr, ln->textlen);
	sp->top_again.title = 0;
	return 1;
}

/*
 * A 项目编码 line at off, the first of a table started by a title read
 * in another table past its 项目编码 row (title_again.blk): the same title
 * (its number too) and the same 项目编码 row as that table's is its top
 * drawn again after a page break, title and all, as a PDF prints it on
 * every page without a （续） mark.  Read as a table of its own, it
 * counted the project's money twice (pbcheck's duplicate-code said so).
 * The table before goes on over the title and the lines under it, and
 * the repeat is pending as after its 项目编码 line alone (sp_code_again):
 * another budget or name below still makes the title a table's.  A
 * title with another code, or none, starts its table as before.  1 if
 * the table goes on.
 */
PB_NOINLINE int sp_title_again(pb_splitter *sp, const pb_line *ln, size_t off)
{
	pb_doc *d = &sp->doc;
	size_t i = sp->title_again.blk;
	const struct sp_table_state *c = &sp->title_again.cut;
	sp->title_again.blk = 0;
	if (i != d->nblocks || i < 2 || sp->table.code_seen || sp->table.no != c->no)
		return 0;
	const pb_block *b = &d->blocks[i - 1], *a = b - 1;
	if (a->kind != PB_BLK_PROJECT_TABLE || b->kind != PB_BLK_PROJECT_TABLE || !a->title ||
	    !b->title || strcmp(a->title, b->title) || c->code_at - 1 >= b->off)
		return 0;
	size_t code_at = sp->table.code_at;
	sp->table.code_at = c->code_at;
	if (!sp_code_again(sp, ln, off)) {
		sp->table.code_at = code_at;
		return 0;
	}
	d->nblocks--; /* the table before goes on over the title */
	sp->title_ext.block = 0;
	sp_table_restore(sp, c);
	/* (the title's own department and 单位 lines were read as the new
	 * table's head: the table's is long done) */
	sp->table.unit_pending = sp->table.head_lines = 0;
	sp->top_again.title = 1;
	return 1;
}

/*
 * The line after a repeated 项目编码 line (sp_code_again), or after the
 * lines that went on repeating the table's own after it, not a gap: 1
 * when it repeats the next of them too.  Else the repeat is over, and
 * settled: the table goes on over it (the indicator header, a row of
 * indicators), or the 项目编码 line started another table after all,
 * as it did before, when this line is one of a top (预算数…) that is
 * not the table's own, or (cell per line) a cell of the row that did
 * not repeat it: another budget or name under the same code is no
 * repeat to be merged silently, but a project of its own, and
 * pbcheck's duplicate-code says so.
 */
PB_NOINLINE int sp_top_again(pb_splitter *sp, const pb_line *ln, pb_line_class cls)
{
	size_t at = sp->top_again.at, end = sp->top_again.from - 1;
	size_t eol = next_cells(sp, &at, end);
	if (at < end && (cls == PB_L_TEXT || cls == PB_L_BLANK || cls == PB_L_NUMBERED) &&
	    same_row_text(sp->doc.text.ptr + at, eol - at, ln->ptr, ln->textlen)) {
		sp->top_again.at = line_after(sp, eol);
		sp->top_again.last = ln->lineno;
		sp->top_again.cell = ln->ptr[0] == '\t' && !sp_grid_row(ln->ptr, ln->textlen);
		return 1;
	}
	size_t off = sp->top_again.from - 1;
	sp->top_again.from = 0;
	/* (under a title drawn again, a 项目编码 cell alone whose code did
	 * not follow it the same is no repeat, a gap between them or not:
	 * the title is another table's) */
	if ((sp->top_again.cell && (ln->lineno == sp->top_again.last + 1 ||
	                      (sp->top_again.title && sp->top_again.last == sp->top_again.line))) ||
	    top_label(ln->ptr, ln->textlen)) {
		int tabbed = sp->table.tabbed;
		if (!sp_title_above(sp, sp_cur(sp), off, sp->top_again.line) &&
		    !sp_unit_above(sp, sp_cur(sp), off, sp->top_again.line))
			sp_start_table(sp, off, sp->top_again.line, "", 0);
		sp->table.unit_pending = sp->table.head_lines = 0;
		sp->table.code_seen = 1;
		sp->table.code_at = off + 1;
		sp->table.tabbed = tabbed;
	}
	return 0;
}

/* The next <tr (any case) in s[0..n), that far at most; NULL when none */
static const char *next_tr(const char *s, size_t n)
{
	for (const char *p = s, *e = s + n; (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++)
		if (e - p >= 4 && (p[1] | 0x20) == 't' && (p[2] | 0x20) == 'r' &&
		    (p[3] == '>' || p[3] == ' ' || p[3] == '\t'))
			return p;
	return NULL;
}

/*
 * A whole HTML table on one line, s[0..n) (<table><tr>…</tr><tr>…</tr>
 * </table>, as OCR tools may write one): the line's key is all its rows'
 * text, so its title row and 项目编码 row went unseen and the table was
 * lost ("no project table found").  Its first rows are classified one by
 * one, as a row a line would be: a title first is the table's (*cls
 * PB_L_TABLE_TITLE, *key its key); a 项目编码 row after unit rows only
 * (512001 某某局, 单位：元) starts the table without one
 * (PB_L_PROJECT_CODE).  The department of a unit row before the 项目编码
 * row is the doc's, as the unit line above a tab grid's is.  1 when the
 * line holds the table's 项目编码 row, else 0; -1 out of memory.
 */
PB_NOINLINE int sp_html_table_line(pb_splitter *sp, const char *s, size_t n,
                                   pb_line_class *cls, const char **key, size_t *kl)
{
	const char *e = s + n, *row = next_tr(s, n), *next;
	size_t i = 0, unit_at = 0, unit_len = 0;
	int title = 0, code = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] != '<' || !row || !next_tr(row + 3, (size_t)(e - row - 3)))
		return 0; /* not a table first, or one row: the line's key is the row's */
	pb_buf *k = &sp->row_key;
	for (int r = 0; row && r < 6 && !code; r++, row = next) {
		size_t room = (size_t)(e - row - 3);
		next = next_tr(row + 3, room < PB_HEADING_MAX ? room : PB_HEADING_MAX);
		size_t rl = (size_t)((next ? next : e) - row);
		if (rl > PB_HEADING_MAX)
			break;
		if (pb_line_key(k, row, rl) < 0)
			return -1;
		pb_line_class c = pb_classify(row, rl, k->ptr, k->len);
		size_t co, no;
		if (c == PB_L_PROJECT_CODE) {
			code = 1;
		} else if (r == 0 && c == PB_L_TABLE_TITLE) {
			title = 1;
			k = &sp->row_key2; /* the title's key is kept */
		} else if (c == PB_L_TEXT && pb_unit_line(k->ptr, k->len, &co, &no)) {
			if (!unit_len) {
				unit_at = (size_t)(row - s);
				unit_len = rl;
			}
		} else if (!(c == PB_L_BLANK || pb_unit_label(k->ptr, k->len))) {
			break;
		}
	}
	if (!title && !code)
		return 0;
	if (unit_len) {
		if (pb_line_key(&sp->row_key2, s + unit_at, unit_len) < 0)
			return -1;
		sp_take_dept(sp, sp->row_key2.ptr, sp->row_key2.len);
	}
	*cls = title ? PB_L_TABLE_TITLE : PB_L_PROJECT_CODE;
	*key = sp->row_key.ptr;
	*kl = sp->row_key.len;
	return code;
}
