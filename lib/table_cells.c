/*
 * table_cells.c - the parser's store of cells and rows: cells added and
 * normalized, a multi-line cell as one line, rows of cells, unparsed
 * regions recorded, and labels found in rows.
 */
#include "table_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "grow.h"
#include "norm.h"
#include "swar.h"

/* pb_find_eol, sixteen bytes at a time: table lines are long.  In a text
 * whose lines end in LF (lf), the LF: a lone CR there is a character of
 * its line, as the reader (input.c) has it, or every line number after a
 * soft break in a cell would be one off the file's. */
const char *tb_find_eol(const char *s, size_t n, int lf)
{
	if (lf) {
		const char *q = memchr(s, '\n', n);
		return q ? q : s + n;
	}
	size_t i = 0;
	for (; n - i >= 16; i += 16) {
		pb_v16 v = pb_v16_load(s + i);
		unsigned m = pb_v16_eq(v, '\n') | pb_v16_eq(v, '\r');
		if (m)
			return s + i + pb_v16_first(m);
	}
	return pb_find_eol(s + i, n - i);
}

/* strndup into the project's arena */
char *tb_tdup(tparse *t, const char *s, size_t n)
{
	char *p = pb_arena_strndup(&t->p->arena, s, n);
	if (!p)
		t->oom = 1;
	return p;
}

/* s[0..n) holding no NUL into the project's arena */
char *tb_tmem(tparse *t, const char *s, size_t n)
{
	char *p = pb_arena_memdup(&t->p->arena, s, n);
	if (!p)
		t->oom = 1;
	return p;
}

/* strdup into the project's arena */
char *tb_tstr(tparse *t, const char *s)
{
	char *p = pb_arena_strdup(&t->p->arena, s);
	if (!p)
		t->oom = 1;
	return p;
}

const char *tb_ctext(tparse *t, size_t c, size_t *n)
{
	*n = t->cells[c].len;
	return t->pool.ptr + t->cells[c].off;
}

/* A multi-line cell as one line.  The rows are read by testing labels
 * against cells again and again, so each is joined only once. */
char *tb_cflat_multi(tparse *t, size_t c)
{
	cell *x = &t->cells[c];
	if (!x->flat) {
		size_t at = t->flat.len;
		if (pb_norm(&t->flat, t->pool.ptr + x->off, x->len, 0) < 0 ||
		    pb_buf_addc(&t->flat, '\0') < 0) {
			t->oom = 1;
			pb_buf_truncate(&t->flat, at);
			return t->flat.ptr + at;
		}
		x->flat = at + 1;
	}
	return t->flat.ptr + x->flat - 1;
}

int tb_has(const char *s, const char *needle)
{
	/* most cells are short and most tests fail at once: spare the
	 * call when the needle's first byte is not there at all */
	return strchr(s, needle[0]) && strstr(s, needle) != NULL;
}

int tb_cell_empty(tparse *t, size_t c)
{
	return t->cells[c].len == 0;
}

int tb_more_cells(tparse *t)
{
	if (pb_grow_to(&t->cells, &t->capcells, t->capcells + 1, 64, sizeof *t->cells) < 0)
		return t->oom = 1, -1;
	return 0;
}

/* Normalizing passes a NUL through (a JSON string's \u0000), and the
 * readers of a cell's C string stop there. */
int tb_is_whole(tparse *t, const cell *c)
{
	return !c->multi && !memchr(t->pool.ptr + c->off, '\0', c->len);
}

/* A cell to normalize (raw holds no line break). */
int tb_add_norm(tparse *t, const char *raw, size_t n, long line)
{
	cell *c = tb_new_cell(t, line);
	if (!c)
		return -1;
	int r = pb_norm_cell_line(&t->pool, raw, n);
	if (r < 0)
		return t->oom = 1, -1;
	c->len = t->pool.len - c->off;
	/* only stripped markup (<p>, <br>) makes lines */
	if (r > 0 && memchr(t->pool.ptr + c->off, '\n', c->len)) {
		/* drop empty lines at the ends of a multi-line cell */
		while (t->pool.len > c->off && t->pool.ptr[t->pool.len - 1] == '\n')
			t->pool.len--;
		size_t s = c->off;
		while (s < t->pool.len && t->pool.ptr[s] == '\n')
			s++;
		memmove(t->pool.ptr + c->off, t->pool.ptr + s, t->pool.len - s);
		t->pool.len -= s - c->off;
		c->len = t->pool.len - c->off;
		c->multi = memchr(t->pool.ptr + c->off, '\n', c->len) != NULL;
	}
	c->whole = tb_is_whole(t, c);
	return pb_buf_addc(&t->pool, '\0') < 0 ? (t->oom = 1, -1) : 0;
}

int tb_add_cell(tparse *t, const char *raw, size_t n, long line)
{
	return pb_norm_plain(raw, n) ? tb_add_plain(t, raw, n, line) : tb_add_norm(t, raw, n, line);
}

/*
 * Append raw text to the last cell (a cell continued on another line).
 * Cells keep their lines apart and each line is normalized by itself, so
 * the new line is normalized alone and added: linear in the cell's size.
 */
int tb_extend_cell_as(tparse *t, const char *raw, size_t n, int glue)
{
	cell *c = &t->cells[t->ncells - 1];
	size_t at = c->off + c->len; /* the cell is last in the pool */
	pb_buf_truncate(&t->pool, at);
	if (c->len && !glue && pb_buf_addc(&t->pool, '\n') < 0)
		return t->oom = 1, -1;
	size_t mark = t->pool.len;
	if (pb_norm_cell_line(&t->pool, raw, n) < 0)
		return t->oom = 1, -1;
	if (t->pool.len == mark)
		pb_buf_truncate(&t->pool, at);
	c->flat = 0; /* joined before it grew: join again */
	c->len = t->pool.len - c->off;
	c->multi = memchr(t->pool.ptr + c->off, '\n', c->len) != NULL;
	c->whole = tb_is_whole(t, c);
	return pb_buf_addc(&t->pool, '\0') < 0 ? (t->oom = 1, -1) : 0;
}

int tb_extend_cell(tparse *t, const char *raw, size_t n)
{
	return tb_extend_cell_as(t, raw, n, 0);
}

int tb_add_row(tparse *t, size_t first, long line, long end_line)
{
	if (t->nrows == t->caprows) {
		if (pb_grow_to(&t->rows, &t->caprows, t->nrows + 1, 32, sizeof *t->rows) < 0)
			return t->oom = 1, -1;
	}
	row *r = &t->rows[t->nrows++];
	r->first = first;
	r->n = t->ncells - first;
	r->line = line;
	r->end_line = end_line;
	r->multi = -1;
	return 0;
}

void tb_unparsed(tparse *t, long line, long end_line, const char *reason)
{
	pb_project *p = t->p;
	if (pb_grow(&p->unp, p->nunp, sizeof *p->unp) < 0) {
		t->oom = 1;
		return;
	}
	pb_unparsed *u = &p->unp[p->nunp++];
	u->line = line;
	u->end_line = end_line;
	u->reason = tb_tstr(t, reason);
	/* the lines themselves, as read, terminators included */
	const char *from = NULL, *to = NULL;
	if (t->html) {
		/* the lines that start on lines line..end_line, from one text:
		 * the grid's (each line ends in \n), or the title's above it */
		size_t i = 0, j, h = t->html_from;
		while (i < t->nl && t->L[i].line < line)
			i++;
		for (j = i; j < t->nl && t->L[j].line <= end_line; j++)
			;
		if (i < h && j > h)
			i = h;
		if (j > i) {
			const rawline *z = &t->L[j - 1];
			from = t->L[i].s - t->L[i].lead;
			to = z->s + z->n;
			if (j - 1 >= h) {
				to++;
			} else {
				const char *e = t->text + t->len;
				if (to < e && *to == '\r')
					to++;
				if (to < e && *to == '\n')
					to++;
			}
		}
	} else if (t->nl && line >= t->L[0].line && end_line <= t->L[t->nl - 1].line && line <= end_line) {
		const rawline *f = &t->L[line - t->L[0].line];
		from = f->s - f->lead;
		size_t last = (size_t)(end_line - t->L[0].line);
		to = last + 1 < t->nl ? t->L[last + 1].s - t->L[last + 1].lead : t->text + t->len;
	}
	u->text = from ? tb_tdup(t, from, (size_t)(to - from)) : tb_tdup(t, "", 0);
}

/* The first needle[0..nl) (nl >= 3) in s[0..n), or NULL.  Looked for by
 * its third byte, which varies more than a lead byte in Chinese text. */
const char *tb_find_in(const char *s, size_t n, const char *needle, size_t nl)
{
	if (n < nl)
		return NULL;
	const char *p = s + 2, *end = s + n - nl + 2;
	while (p <= end && (p = memchr(p, needle[2], (size_t)(end - p) + 1))) {
		if (!memcmp(p - 2, needle, nl))
			return p - 2;
		p++;
	}
	return NULL;
}

/*
 * find_cell for a row of whole cells.  They lie one after the other in
 * the pool, each ended by a NUL that no needle holds, so a match in the
 * row's text lies in one cell, and one search does for all of them
 * (instead of strstr on each: pbtable 275.6 -> 275.1 M instructions).
 */
static int find_whole(tparse *t, const row *r, const char *needle, size_t nl, int exact)
{
	const cell *x = &t->cells[r->first];
	const char *pool = t->pool.ptr, *m;
	size_t c = 0, from = x[0].off, end = x[r->n - 1].off + x[r->n - 1].len;

	while ((m = tb_find_in(pool + from, end - from, needle, nl))) {
		size_t at = (size_t)(m - pool);
		while (x[c].off + x[c].len < at + nl)
			c++;
		if (!exact || (at == x[c].off && x[c].len == nl))
			return (int)c;
		/* exact: only a cell's start will do */
		if (++c == r->n)
			break;
		from = x[c].off;
	}
	return -1;
}

int tb_find_cell_n(tparse *t, row *r, const char *needle, size_t nl, int exact)
{
	if (r->multi < 0) {
		r->multi = 0;
		r->whole = 1;
		for (size_t c = r->first; c < r->first + r->n; c++) {
			r->multi |= t->cells[c].multi;
			r->whole &= t->cells[c].whole;
		}
	}
	if (r->whole && r->n && tb_use_fast)
		return find_whole(t, r, needle, nl, exact);
	/* a row's cells lie one after the other in the pool: one search
	 * turns away most rows (not those with a multi-line cell, whose
	 * joined text may hold what its lines do not) */
	if (!r->multi && r->n) {
		const cell *a = &t->cells[r->first], *z = &t->cells[r->first + r->n - 1];
		if (!tb_find_in(t->pool.ptr + a->off, z->off + z->len - a->off, needle, nl))
			return -1;
	}
	for (size_t c = 0; c < r->n; c++) {
		/* a one-line cell shorter than the needle cannot hold it
		 * (its length counts past a NUL, never short of one) */
		const cell *x = &t->cells[r->first + c];
		if (!x->multi && x->len < nl)
			continue;
		const char *k = tb_cflat(t, r->first + c);
		if (exact ? k[0] == needle[0] && !strcmp(k, needle) : tb_has(k, needle))
			return (int)c;
	}
	return -1;
}

/*
 * The length of a purpose's label and the colon after it that start the
 * text s[0..n) (资金用途：用于…, 预算规模及资金用途: 用于…), blanks after
 * it too; 0 if none.  The label and its text in one cell: kept, the
 * label was the purpose's first words.  Only a short label without a
 * sentence's marks, a colon right after it: 资金用途为… or 资金用途主要
 * 是… is the text itself.
 */
static size_t purpose_label_len(const char *s, size_t n)
{
	static const char *const marks[] = { "，", "、", "；", "。" };
	size_t m = n < 31 ? n : 31, c = m, cl = 0, i;
	/* the colon first, then 用途 before it, then the rest: nearly every
	 * text has none there (asked of every purpose line, byte by byte it
	 * cost pbtable 0.9% on the bench corpus) */
	const char *p = memchr(s, ':', m);
	if (p)
		c = (size_t)(p - s), cl = 1;
	for (p = s; (p = memchr(p, '\xEF', (size_t)(s + c - p))) != NULL; p++)
		if (p + 3 <= s + n && !memcmp(p, "：", 3)) {
			c = (size_t)(p - s), cl = 3;
			break;
		}
	if (!cl || c < 6 || memcmp(s + c - 6, "用途", 6))
		return 0;
	for (i = 0; i < c; i++) {
		if (s[i] == ' ' || s[i] == ',' || s[i] == ';')
			return 0;
		for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
			if (i + 3 <= c && !memcmp(s + i, marks[k], 3))
				return 0;
	}
	for (i = c + cl; i < n && s[i] == ' '; i++)
		;
	return i;
}

/*
 * The cells of r from column from on, joined by newlines or normalized
 * into one line, appended to out as a C string (cut at a NUL, as strndup
 * would).  0 when there is nothing to join (the field stays null).  Joined
 * into one line (a purpose's text), a label before a colon that starts
 * it is none of it (purpose_label_len).
 */
int tb_row_join_but(tparse *t, row *r, size_t from, uint64_t skip, int newlines, pb_buf *out)
{
	pb_buf *j = &t->join;
	pb_buf_reset(j);
	for (size_t c = from; c < r->n; c++) {
		size_t n;
		const char *s = tb_ctext(t, r->first + c, &n);
		if (!n || (c < 64 && (skip >> c & 1)))
			continue;
		if (!newlines && !j->len) {
			size_t l = purpose_label_len(s, n);
			if (l == n)
				continue;
			s += l, n -= l;
		}
		if ((j->len && pb_buf_addc(j, newlines ? '\n' : ' ') < 0) || pb_buf_add(j, s, n) < 0) {
			t->oom = 1;
			return 0;
		}
	}
	if (!j->len)
		return 0;
	const char *res = j->ptr;
	if (!newlines) {
		pb_buf_reset(&t->tmp);
		if (pb_norm(&t->tmp, j->ptr, j->len, 0) < 0) {
			t->oom = 1;
			return 0;
		}
		res = t->tmp.ptr;
	}
	if (pb_buf_add(out, res, strlen(res)) < 0)
		t->oom = 1;
	return 1;
}

/* tb_row_join of every cell from column from on */
int tb_row_join(tparse *t, row *r, size_t from, int newlines, pb_buf *out)
{
	return tb_row_join_but(t, r, from, 0, newlines, out);
}

/* Does the row hold a non-empty cell beside those in skip (bit per
 * cell, the first 64)? */
int tb_text_cells(tparse *t, const row *r, uint64_t skip)
{
	for (size_t c = 0; c < r->n; c++)
		if (!tb_cell_empty(t, r->first + c) && (c >= 64 || !(skip >> c & 1)))
			return 1;
	return 0;
}

/* Is the cell a label of the rows above the indicators (项目编码,
 * 项目名称, 预算数, 其中：财政资金, 其他资金...)?  No code or amount is. */
int tb_field_label(tparse *t, size_t c)
{
	const char *k = tb_cflat(t, c);
	if ((unsigned char)k[0] < 0x80) /* the usual amount or code: spared the searches */
		return 0;
	return tb_has(k, "项目") || tb_has(k, "预算") || tb_has(k, "资金") || tb_has(k, "其中");
}

/*
 * The cell holding the value of the label in cell c: the next one that
 * is not empty (PDF extraction may leave an empty column between them),
 * or -1 when a label, a currency label (单位：元, the table's unit: a
 * blank 其他资金 before it read it as its amount, said "not an amount")
 * or the row's end comes first (the value is blank).
 */
int tb_value_cell(tparse *t, row *r, int c)
{
	for (size_t x = (size_t)c + 1; x < r->n; x++)
		if (!tb_cell_empty(t, r->first + x))
			return tb_field_label(t, r->first + x) || tb_unit_label(tb_cflat(t, r->first + x))
			           ? -1
			           : (int)x;
	return -1;
}

/* The lines kept aside in t->noise while a row was read (a page's
 * header or number inside a cell-per-line row, the page break a tab
 * grid's label rest was joined over): rows of their own, after it. */
void tb_noise_rows(tparse *t, const rawline *L)
{
	for (size_t k = 0; k < t->nnoise && !t->oom; k++) {
		const rawline *l = &L[t->noise[k]];
		size_t first = t->ncells;
		if (tb_add_cell(t, l->s, l->n, l->line) < 0)
			return;
		tb_add_row(t, first, l->line, l->line);
	}
	t->nnoise = 0;
}

/*
 * Is b[0..bn) (normalized), on the line after the name a[0..an) under
 * the label k, the name's wrapped rest, as the title confirms by naming
 * both together (城乡居民基本医疗保险 / 财政补助资金 under
 * 城乡居民基本医疗保险财政补助资金绩效目标表)?  Left apart, the name was
 * cut short and its rest an unparsed row.  Without the title's word a
 * line under the name may be a row or cell of its own.
 */
int tb_name_rest(tparse *t, const char *k, const char *a, size_t an, const char *b, size_t bn)
{
	const char *title = t->p->title;
	char j[256];
	if (!title || !an || !bn || !tb_has(k, "项目名称") || an + bn > sizeof j)
		return 0;
	memcpy(j, a, an);
	memcpy(j + an, b, bn);
	return tb_find_in(title, strlen(title), j, an + bn) != NULL;
}
