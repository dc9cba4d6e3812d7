#include "table.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "framework.h"
#include "grow.h"
#include "heading.h"
#include "html.h"
#include "norm.h"
#include "swar.h"
#include "utf8.h"

const char *const pb_check_names[PB_NCHECK] = { "03", "06", "10", "12" };

/* 0: the fast paths that have a plain twin take the twin (tests) */
static int use_fast = 1;

int pb_table_use_fast(int on)
{
	int was = use_fast;
	use_fast = on;
	return was;
}

/*
 * The block is first cut into rows of cells, whatever the layout, then
 * the rows are read by their labels.  A cell keeps its line, so every
 * record and warning points at the filing's own line.
 */
typedef struct {
	size_t off, len; /* normalized text (newlines kept) in t->pool */
	long line;
	int multi;       /* holds a newline: cflat must join its lines */
	int whole;       /* one line and no NUL: its len bytes are its C
	                  * string, and the fast searches may read them */
	size_t flat;     /* multi: 1 + offset of the joined text in t->flat,
	                  * 0 until cflat first needs it */
} cell;

typedef struct {
	size_t first, n; /* cells[first .. first+n) */
	long line, end_line;
	int multi;       /* one of its cells is; -1 until find_cell asks */
	int whole;       /* all its cells are; set when find_cell first asks */
} row;

typedef struct {
	const char *s;
	size_t n;    /* without terminator */
	long line;
	size_t lead; /* bytes of the line before s, not read (an empty margin column) */
} rawline;

/* the indicator table's columns */
/* the indicator table's columns; the last four only in the national
 * template's layout (指标性质 ≥, 指标值 95, 度量单位 %, 权重, 指标方向性),
 * where the value is written across three cells, and two columns have
 * no field in the records */
enum { C_L1, C_L2, C_L3, C_DESC, C_VALUE, C_BASIS, C_OP, C_UNIT, C_WEIGHT, C_DIR, C_N };

typedef struct {
	pb_project *p;
	const char *text;
	size_t len;
	pb_buf pool;
	cell *cells;
	size_t ncells, capcells;
	row *rows;
	size_t nrows, caprows;
	pb_buf tmp;
	pb_buf join;     /* row_join's scratch */
	pb_buf flat;     /* multi-line cells joined, each once (cflat) */
	/* the last indicator header's cells (header_sig) and the columns
	 * header_cols named from them; hnew is the next header's key */
	pb_buf hkey, hnew;
	int hcol[C_N];
	/* the last indicator's description, value and basis while rows cut
	 * off by a page break may still add to them (tail_add) */
	pb_buf tail[3];
	int tail_set[3], tail_open;
	rawline *L;      /* the block's lines, L[i].line == first line + i */
	size_t nl;
	size_t capind;   /* room in p->ind */
	int grid;        /* a tab grid or pipe table, not a cell per line */
	int html;        /* L from html_from on is an HTML table's grid, in its own
	                  * text: its line numbers are not consecutive */
	size_t html_from;
	int bare_pipes;  /* a pipe table without outer bars */
	int unit_seen;   /* a 单位 line said the table's unit */
	const char *unit_said; /* the 单位 line's 元 or 万元 that the amounts
	                        * are read in (unit_stated), and its line */
	long unit_said_line;
	long wan_guess_line; /* the first amount read in 万元 for want of one */
	/* the amounts read so, for a 单位 line met after them (PDF text
	 * order may put the top-right 单位 cell below the budget row) */
	pb_amount *guessed[PB_NCHECK + 3];
	int nguessed;
	/* the amounts of fiscal labels after the first (本级财政资金,
	 * 上级财政资金): p->fiscal is their sum (fiscal_total) */
	int plan_cum;    /* the plan's label says 累计: its amounts are cumulative */
	long plan_from, plan_to; /* the lines of the plan kept (plan_again) */
	/* page headers met inside a row of the cell layout, to be made rows
	 * of their own after it (page_noise) */
	size_t *noise;
	size_t nnoise;
	size_t code_row; /* the 项目编码 row read_rows read the code from, + 1 */
	const char *doc_dept; /* the filing's department, from its cover, or NULL */
	pb_amount fparts[8]; /* here, not on the stack: guessed() keeps them */
	int nfparts;
	long fline;
	int oom;
} tparse;

/* What a table leaves behind for the next one: buffers with their room. */
struct pb_table_work {
	pb_buf pool, tmp, join, flat, tail[3];
	pb_buf hkey, hnew; /* kept from table to table, with hcol */
	int hcol[C_N];
	cell *cells;
	size_t capcells;
	row *rows;
	size_t caprows;
	rawline *L;
	size_t capL;
	/* room for the next project, from one done with (recycle) */
	pb_arena *arena;
	pb_indicator *ind;
	size_t capind;
	/* the indicator array last given to a project, and its room */
	pb_indicator *lent;
	size_t lent_cap;
};

pb_table_work *pb_table_work_new(void)
{
	pb_table_work *w = calloc(1, sizeof *w);
	if (!w)
		return NULL;
	pb_buf_init(&w->pool);
	pb_buf_init(&w->tmp);
	pb_buf_init(&w->join);
	pb_buf_init(&w->flat);
	pb_buf_init(&w->hkey);
	pb_buf_init(&w->hnew);
	for (int k = 0; k < 3; k++)
		pb_buf_init(&w->tail[k]);
	return w;
}

void pb_table_work_free(pb_table_work *w)
{
	if (!w)
		return;
	pb_buf_free(&w->pool);
	pb_buf_free(&w->tmp);
	pb_buf_free(&w->join);
	pb_buf_free(&w->flat);
	pb_buf_free(&w->hkey);
	pb_buf_free(&w->hnew);
	for (int k = 0; k < 3; k++)
		pb_buf_free(&w->tail[k]);
	free(w->cells);
	free(w->rows);
	free(w->L);
	pb_arena_free(&w->arena);
	free(w->ind);
	free(w);
}

/* Lend w's buffers to t, emptied. */
static void work_lend(pb_table_work *w, tparse *t)
{
	t->pool = w->pool;
	t->tmp = w->tmp;
	t->join = w->join;
	t->flat = w->flat;
	pb_buf_reset(&t->flat);
	t->hkey = w->hkey; /* not emptied: the next table may share it */
	t->hnew = w->hnew;
	memcpy(t->hcol, w->hcol, sizeof t->hcol);
	for (int k = 0; k < 3; k++) {
		t->tail[k] = w->tail[k];
		pb_buf_reset(&t->tail[k]);
	}
	pb_buf_reset(&t->pool);
	pb_buf_reset(&t->tmp);
	pb_buf_reset(&t->join);
	t->cells = w->cells;
	t->capcells = w->capcells;
	t->rows = w->rows;
	t->caprows = w->caprows;
	/* the project's room, if a project left some */
	t->p->arena = w->arena;
	t->p->ind = w->ind;
	t->capind = w->capind;
	w->arena = NULL;
	w->ind = NULL;
	w->capind = 0;
}

/* Take them back, grown as t left them. */
static void work_return(pb_table_work *w, tparse *t)
{
	w->pool = t->pool;
	w->tmp = t->tmp;
	w->join = t->join;
	w->flat = t->flat;
	w->hkey = t->hkey;
	w->hnew = t->hnew;
	memcpy(w->hcol, t->hcol, sizeof w->hcol);
	for (int k = 0; k < 3; k++)
		w->tail[k] = t->tail[k];
	w->cells = t->cells;
	w->capcells = t->capcells;
	w->rows = t->rows;
	w->caprows = t->caprows;
	w->lent = t->p->ind;
	w->lent_cap = t->capind;
}

/* ---- small helpers ---- */

/* pb_find_eol, sixteen bytes at a time: table lines are long.  In a text
 * whose lines end in LF (lf), the LF: a lone CR there is a character of
 * its line, as the reader (input.c) has it, or every line number after a
 * soft break in a cell would be one off the file's. */
static const char *find_eol(const char *s, size_t n, int lf)
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
static char *tdup(tparse *t, const char *s, size_t n)
{
	char *p = pb_arena_strndup(&t->p->arena, s, n);
	if (!p)
		t->oom = 1;
	return p;
}

/* s[0..n) holding no NUL into the project's arena */
static char *tmem(tparse *t, const char *s, size_t n)
{
	char *p = pb_arena_memdup(&t->p->arena, s, n);
	if (!p)
		t->oom = 1;
	return p;
}

/* strdup into the project's arena */
static char *tstr(tparse *t, const char *s)
{
	char *p = pb_arena_strdup(&t->p->arena, s);
	if (!p)
		t->oom = 1;
	return p;
}

static const char *ctext(tparse *t, size_t c, size_t *n)
{
	*n = t->cells[c].len;
	return t->pool.ptr + t->cells[c].off;
}

/* A multi-line cell as one line.  The rows are read by testing labels
 * against cells again and again, so each is joined only once. */
static char *cflat_multi(tparse *t, size_t c)
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

/* the cell as one line: wrapping inside the cell removed */
static inline char *cflat(tparse *t, size_t c)
{
	/* a one-line cell is already normalized (and NUL-terminated) */
	if (!t->cells[c].multi)
		return t->pool.ptr + t->cells[c].off;
	return cflat_multi(t, c);
}


static int has(const char *s, const char *needle)
{
	/* most cells are short and most tests fail at once: spare the
	 * call when the needle's first byte is not there at all */
	return strchr(s, needle[0]) && strstr(s, needle) != NULL;
}

static int cell_empty(tparse *t, size_t c)
{
	return t->cells[c].len == 0;
}

static int more_cells(tparse *t)
{
	size_t cap = t->capcells ? t->capcells * 2 : 64;
	cell *nc = realloc(t->cells, cap * sizeof *nc);
	if (!nc)
		return t->oom = 1, -1;
	t->cells = nc;
	t->capcells = cap;
	return 0;
}

/* Room for one more cell; NULL on out of memory.  Inline, the growing
 * apart: it runs for every cell. */
static inline cell *new_cell(tparse *t, long line)
{
	if (t->ncells == t->capcells && more_cells(t) < 0)
		return NULL;
	cell *c = &t->cells[t->ncells++];
	c->off = t->pool.len;
	c->line = line;
	c->multi = 0;
	c->whole = 0;
	c->flat = 0;
	return c;
}

/* A cell that normalizing leaves as it is: copied.  Inline in the cell
 * loops: most cells are these (pbtable 272.8 -> 269.9 M instructions). */
static PB_ALWAYS_INLINE int add_plain(tparse *t, const char *raw, size_t n, long line)
{
	cell *c = new_cell(t, line);
	if (!c)
		return -1;
	c->len = n;
	c->whole = 1; /* a NUL is never plain */
	pb_buf *b = &t->pool;
	if (b->cap - b->len < n + 2 && pb_buf_grow(b, n + 1) < 0)
		return t->oom = 1, -1;
	char *o = b->ptr + b->len;
	/* most cells are short: no memcpy call for them */
	if (n > 16)
		memcpy(o, raw, n);
	else
		pb_copy16(o, raw, n);
	o[n] = '\0';
	o[n + 1] = '\0';
	b->len += n + 1;
	return 0;
}

/* Normalizing passes a NUL through (a JSON string's \u0000), and the
 * readers of a cell's C string stop there. */
static int is_whole(tparse *t, const cell *c)
{
	return !c->multi && !memchr(t->pool.ptr + c->off, '\0', c->len);
}

/* A cell to normalize (raw holds no line break). */
static int add_norm(tparse *t, const char *raw, size_t n, long line)
{
	cell *c = new_cell(t, line);
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
	c->whole = is_whole(t, c);
	return pb_buf_addc(&t->pool, '\0') < 0 ? (t->oom = 1, -1) : 0;
}

static int add_cell(tparse *t, const char *raw, size_t n, long line)
{
	return pb_norm_plain(raw, n) ? add_plain(t, raw, n, line) : add_norm(t, raw, n, line);
}

/*
 * Append raw text to the last cell (a cell continued on another line).
 * Cells keep their lines apart and each line is normalized by itself, so
 * the new line is normalized alone and added: linear in the cell's size.
 */
static int extend_cell_as(tparse *t, const char *raw, size_t n, int glue)
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
	c->whole = is_whole(t, c);
	return pb_buf_addc(&t->pool, '\0') < 0 ? (t->oom = 1, -1) : 0;
}

static int extend_cell(tparse *t, const char *raw, size_t n)
{
	return extend_cell_as(t, raw, n, 0);
}

static int add_row(tparse *t, size_t first, long line, long end_line)
{
	if (t->nrows == t->caprows) {
		size_t cap = t->caprows ? t->caprows * 2 : 32;
		row *nr = realloc(t->rows, cap * sizeof *nr);
		if (!nr)
			return t->oom = 1, -1;
		t->rows = nr;
		t->caprows = cap;
	}
	row *r = &t->rows[t->nrows++];
	r->first = first;
	r->n = t->ncells - first;
	r->line = line;
	r->end_line = end_line;
	r->multi = -1;
	return 0;
}

static void unparsed(tparse *t, long line, long end_line, const char *reason)
{
	pb_project *p = t->p;
	if (pb_grow(&p->unp, p->nunp, sizeof *p->unp) < 0) {
		t->oom = 1;
		return;
	}
	pb_unparsed *u = &p->unp[p->nunp++];
	u->line = line;
	u->end_line = end_line;
	u->reason = tstr(t, reason);
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
	u->text = from ? tdup(t, from, (size_t)(to - from)) : tdup(t, "", 0);
}

/* ---- lines into rows ---- */

static int is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* how many of a line's tab-separated cells hold more than blanks, up to 2 */
static int line_text_cells(const char *s, size_t n)
{
	int cells = 0;
	for (const char *e = s + n; s < e && cells < 2;) {
		const char *tab = memchr(s, '\t', (size_t)(e - s));
		const char *end = tab ? tab : e;
		cells += !is_blank(s, (size_t)(end - s));
		s = end + 1;
	}
	return cells;
}

static int header_key(const char *k)
{
	return has(k, "一级指标") || has(k, "二级指标");
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
static int header_cell(tparse *t, size_t c)
{
	const cell *x = &t->cells[c];
	if (!x->multi && x->len < sizeof "一级指标" - 1)
		return 0;
	if (x->whole && use_fast)
		return header_whole(t->pool.ptr + x->off, x->len);
	return header_key(cflat(t, c));
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
		return add_cell(t, s, l, line);
	pb_buf *b = &t->join; /* free while the rows are cut */
	pb_buf_reset(b);
	for (size_t k = 0; k < l; k++)
		if ((s[k] != '\\' || k + 1 == l || s[k + 1] != '|') && pb_buf_addc(b, s[k]) < 0)
			return t->oom = 1, -1;
	return add_cell(t, b->ptr, b->len, line);
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
	while ((plain = pb_cellscan_next(&sc, &at, &l)) >= 0)
		if ((plain ? add_plain(t, s + at, l, line) : add_norm(t, s + at, l, line)) < 0)
			return -1;
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
static size_t used_cells(tparse *t, size_t first, size_t n)
{
	while (n > 0 && cell_empty(t, first + n - 1))
		n--;
	return n;
}

/* Is the cell 一级指标 exactly?  A whole cell's length says most
 * (pbtable 260.7 -> 260.1 M instructions). */
static int is_key_cell(tparse *t, size_t c)
{
	const cell *x = &t->cells[c];
	if (x->whole && use_fast)
		return x->len == sizeof "一级指标" - 1 &&
		       !memcmp(t->pool.ptr + x->off, "一级指标", sizeof "一级指标" - 1);
	return (x->multi || x->len >= sizeof "一级指标" - 1) && !strcmp(cflat(t, c), "一级指标");
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
		if (!is_blank(s, l))
			used = k;
		if (!q)
			return used;
		s = q + 1;
	}
}

/* Is cell c a level-2 name of the framework that is no level-1 name
 * (成本指标 is both)? */
static PB_NOINLINE int level2_name(tparse *t, size_t c)
{
	const char *k = cflat(t, c);
	return pb_l2_parent(k) >= 0 && pb_l1_index(k) < 0;
}

/* Does the row that starts with a level-2 name (in the level-1 column)
 * read one column over: the cell left of the value column is a quantity
 * or date and the one under it is not (1)?  A row whose level-1 cell
 * merely repeats its level 2 keeps its columns (-1), and so does one
 * whose cells cannot tell (0: said so). */
static PB_NOINLINE int shifted_row(tparse *t, const row *rw, const int *col)
{
	if (level2_name(t, rw->first + 1) || col[C_VALUE] < 1 || (size_t)col[C_VALUE] >= rw->n)
		return -1;
	pb_value v;
	const char *k = cflat(t, rw->first + (size_t)col[C_VALUE]);
	pb_value_parse(k, strlen(k), &v);
	if (*k && v.kind != PB_VK_TEXT)
		return -1;
	k = cflat(t, rw->first + (size_t)col[C_VALUE] - 1);
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
static int value_pushed_right(tparse *t, const row *rw, const int *col, int maxcol)
{
	if (col[C_VALUE] < 0 || (size_t)maxcol + 2 != used_cells(t, rw->first, rw->n) ||
	    !cell_empty(t, rw->first + (size_t)col[C_VALUE]))
		return 0;
	for (size_t c = (size_t)col[C_VALUE] + 1; c <= (size_t)maxcol + 1; c++)
		if (cell_empty(t, rw->first + c))
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
static int levels_left_out(tparse *t, const row *rw, const int *col, size_t used)
{
	int v = col[C_VALUE] - 2;
	if (v <= 0 || (size_t)v >= used || cell_empty(t, rw->first) || cell_empty(t, rw->first + (size_t)v))
		return 0;
	const char *k = cflat(t, rw->first);
	size_t n = strlen(k);
	if (pb_l1_index(k) >= 0 || pb_l2_parent(k) >= 0 || (n >= 6 && !strcmp(k + n - 6, "指标")) ||
	    header_cell(t, rw->first))
		return 0;
	int filled = 1;
	for (size_t c = 1; c < used && filled; c++)
		filled = !cell_empty(t, rw->first + c);
	if (filled)
		return 1;
	k = cflat(t, rw->first + (size_t)v);
	pb_value pv;
	pb_value_parse(k, strlen(k), &pv);
	return pv.kind != PB_VK_TEXT;
}

/* Is s[0..n) a level-1 indicator name?  Such a cell starts a row. */
static int level1_name(tparse *t, const char *s, size_t n)
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
	if (l0 == 0 || is_blank(x->s, l0))
		return 0;
	if (used - 1 + raw_fields(x->s, x->n, sep) > ncols)
		return 0;
	return !level1_name(t, x->s, l0);
}

/* Does cell c start with the character ch (three bytes)?  Asked of
 * every row where a header is rare: spares header_cell's call. */
static inline int starts_with(tparse *t, size_t c, const char *ch)
{
	return t->cells[c].len >= 3 && !memcmp(t->pool.ptr + t->cells[c].off, ch, 3);
}

/* Is the row of cells [first, first + n) the indicator header?  A
 * one-line cell shorter than the key is not it. */
static int header_row(tparse *t, size_t first, size_t n)
{
	if (header_cell(t, first))
		return 1;
	for (size_t c = first; c < first + n; c++)
		if (is_key_cell(t, c))
			return 1;
	return 0;
}

/* Does one of the cells [first, first + n) name the value column? */
static int names_value(tparse *t, size_t first, size_t n)
{
	for (size_t c = first; c < first + n; c++) {
		const char *k = cflat(t, c);
		if (has(k, "指标值") || has(k, "目标值"))
			return 1;
	}
	return 0;
}

static const char *find_in(const char *s, size_t n, const char *needle, size_t nl);

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
	    names_value(t, first, t->ncells - first))
		return 0;
	const rawline *x = &L[i + 1];
	if (!find_in(x->s, x->n, "指标值", 9) && !find_in(x->s, x->n, "目标值", 9))
		return 0;
	const char *e = memchr(x->s, sep, x->n);
	size_t l0 = e ? (size_t)(e - x->s) : x->n;
	/* no rest of the cut cell, or a level-1 name: a row of its own */
	if (is_blank(x->s, l0) || level1_name(t, x->s, l0))
		return 0;
	t->ncells = first + used_cells(t, first, t->ncells - first);
	if (extend_cell(t, x->s, l0) < 0)
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
 * 指标值确定依据), completes none.
 */
static int header_name_cut(const char *a, size_t an, const char *b, size_t bn)
{
	/* all of three-byte characters: a cut falls every three bytes */
	static const char *const names[] = {
		"一级指标", "二级指标", "三级指标", "绩效指标", "指标描述", "指标内容",
		"指标解释", "指标说明", "具体指标", "指标定义", "指标值确定依据",
		"指标值设定依据", "指标值", "目标值", "确定依据", "依据", "标准", "备注",
		"指标性质", "度量单位", "计量单位", "权重", "分值", "指标方向",
	};
	if (!name_rest_start(b, bn))
		return 0;
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		const char *nm = names[k];
		size_t ln = strlen(nm);
		for (size_t s = 3; s < ln; s += 3)
			if (s <= an && ln - s <= bn && !memcmp(a + an - s, nm, s) &&
			    !memcmp(b, nm + s, ln - s) && !find_in(a, an, nm, ln))
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
		if (cell_empty(t, xf + k))
			continue;
		if (k >= hn || cell_empty(t, hf + k))
			return 0;
		const char *h = cflat(t, hf + k);
		size_t hl = strlen(h);
		const char *r = cflat(t, xf + k);
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
		const char *h = cflat(t, f + k);
		if (pb_buf_add(&t->join, h, strlen(h) + 1) < 0)
			return t->oom = 1, -1;
		const char *r = k < xn ? cflat(t, xf + k) : "";
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
		if (add_cell(t, *s, hl, line) < 0 || (rl && extend_cell_as(t, r, rl, 1) < 0))
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
	if (add_saved(t, &s, un, uline) < 0 || add_row(t, f, uline, xend) < 0)
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
		if (find_in(j->ptr, j->len - 1, *labels, ln) && !find_in(a, an, *labels, ln) &&
		    !find_in(b, bn, *labels, ln))
			return 1;
	}
	return 0;
}

/*
 * Did a line break cut the cell a[0..an) whose rest b[0..bn) starts the
 * next line?  Above the indicator header no row is known to be short,
 * and read as two rows, 2000 / 00.00 gave a budget of 0.2 万元 and its
 * rest went into the purpose.  An amount's pieces join when the rest
 * cannot be a page number by itself (it holds the decimal point, starts
 * with 0, or cells follow it, or the first piece ends in . or ,); a
 * label's (其他资 / 金) when only the two together name a field.
 */
static int cut_cell(tparse *t, const char *a, size_t an, const char *b, size_t bn, int more)
{
	int da, db;
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
		if (!(digit ? (h1 >= '0' && h1 <= '9') || h1 == '.' || h1 == ',' : x0 >= 0x80 && h1 >= 0x80))
			break;
		const char *ls = h->s + h->n;
		/* a cut label is short: no need to look further back */
		while (ls > h->s && ls[-1] != sep && (digit || h->s + h->n - ls <= 25))
			ls--;
		size_t an = (size_t)(h->s + h->n - ls);
		const char *a = trim_blank(ls, &an);
		const char *e = memchr(x->s, sep, x->n);
		size_t l0 = e ? (size_t)(e - x->s) : x->n, bn = l0;
		const char *b = trim_blank(x->s, &bn);
		if (!bn || b != x->s || !cut_cell(t, a, an, b, bn, e != NULL))
			break;
		if (extend_cell_as(t, x->s, l0, 1) < 0)
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

static int code_piece(const char *s, size_t n);

/* How many letters and digits s[0..n) holds, or -1 when it holds
 * anything but them and spaces (a piece of a code, maybe spaced). */
static long code_chars(const char *s, size_t n)
{
	long k = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && !code_piece(s + i, 1))
			return -1;
		else
			k += s[i] != ' ';
	return k;
}

/* Is cell y of the row whose cells start at first the value of its
 * code label (项目编码, empty cells between)? */
static int code_value(tparse *t, size_t first, size_t y)
{
	while (y > 0 && cell_empty(t, first + y - 1))
		y--;
	if (!y)
		return 0;
	const char *k = cflat(t, first + y - 1);
	return has(k, "项目编") || has(k, "项目代码");
}

enum { REST_NO, REST_GLUE, REST_SPACE, REST_DOUBT };

/*
 * Is cell b, on the next line, the wrapped rest of cell y of the row
 * whose cells start at first?  A piece of an amount under an amount
 * (25000 / 00.00, 1234. / 56) as cut_cell judges it, else REST_DOUBT;
 * two pieces that only together name a label (累计支 / 出金额); a unit
 * in brackets under a label; the rest of a code under a code short of
 * its 21 characters, joined with a space for read_code to join.
 */
static int column_rest(tparse *t, size_t first, size_t y, size_t b)
{
	size_t an, bn;
	if (t->cells[first + y].multi || t->cells[b].multi)
		return REST_NO;
	const char *as = ctext(t, first + y, &an), *bs = ctext(t, b, &bn);
	int da, db;
	if (code_value(t, first, y)) {
		long ka = code_chars(as, an), kb = code_chars(bs, bn);
		return ka >= 6 && ka < 21 && kb > 0 && ka + kb <= 21 ? REST_SPACE : REST_NO;
	}
	if (amount_piece(as, an, &da) && amount_piece(bs, bn, &db))
		return cut_cell(t, as, an, bs, bn, 0) ? REST_GLUE : REST_DOUBT;
	if (an > 36 || bn > 36)
		return REST_NO;
	if (joined_label(t, as, an, bs, bn, field_labels))
		return REST_GLUE;
	if (bracket_unit(bs, bn))
		for (const char *const *l = field_labels; *l; l++)
			if (find_in(as, an, *l, strlen(*l)))
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
	x->whole = is_whole(t, x);
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
		if (!is_blank(p, l) && (y >= n || cell_empty(t, first + y)))
			return 0;
		if (!q)
			return 1;
		p = q + 1;
	}
}

static PB_NOINLINE long join_column_rests(tparse *t, const rawline *L, size_t nl, size_t *i,
                                          size_t first, long end)
{
	char sep = row_sep(t, &L[*i]);
	while (*i + 1 < nl && !t->oom) {
		const rawline *x = &L[*i + 1];
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
			under = cell_empty(t, xf + y) || (y < rn && !cell_empty(t, first + y));
		for (size_t y = 0; y < xn && under; y++) {
			int k = cell_empty(t, xf + y) ? REST_NO : column_rest(t, first, y, xf + y);
			any |= k == REST_GLUE || k == REST_SPACE;
			no |= k == REST_NO && !cell_empty(t, xf + y);
			doubt |= k == REST_DOUBT;
		}
		if (!under || no || doubt || !any) {
			if (under && doubt && !no && cell_empty(t, xf))
				unparsed(t, x->line, x->line, REST_DOUBT_WHY);
			t->ncells = xf;
			pb_buf_truncate(&t->pool, mark);
			break;
		}
		for (size_t y = 0; y < rn && !t->oom; y++) {
			int k = y < xn && !cell_empty(t, xf + y) ? column_rest(t, first, y, xf + y) : 0;
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
static void drop_margin(rawline *L, size_t nl)
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
			L[i].lead = 1;
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
	if (!e || e == x->s || is_blank(x->s, (size_t)(e - x->s)) ||
	    !is_blank(e, x->n - (size_t)(e - x->s)))
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
	if (level1_name(t, x->s, l0))
		return 0;
	pb_buf_reset(&t->tmp);
	if (pb_norm_cell(&t->tmp, x->s, l0, 0) < 0)
		return t->oom = 1, 0;
	static const char *const own[] = { "一级指标", "绩效指标", "合计", "小计", "续表" };
	for (size_t k = 0; k < sizeof own / sizeof *own; k++)
		if (has(t->tmp.ptr, own[k]))
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
	if (!t->nrows || names_value(t, first, used))
		return used;
	const row *up = &t->rows[t->nrows - 1];
	size_t n = used_cells(t, up->first, up->n);
	return n > used && names_value(t, up->first, up->n) ? n : used;
}

static void grid_rows(tparse *t, rawline *L, size_t nl)
{
	size_t ncols = 0; /* columns of the indicator header, once seen */

	for (size_t i = 0; i < nl && !t->oom; i++) {
		if (is_blank(L[i].s, L[i].n) || md_rule(L[i].s, L[i].n))
			continue;
		size_t first = t->ncells;
		if (grid_cells(t, L[i].s, L[i].n, L[i].line) < 0)
			return;
		long end = L[i].line;
		if (!ncols && header_row(t, first, t->ncells - first)) {
			join_upper_rest(t, &first);
			if (join_header_rest(t, L, nl, i, first) || join_header_cells(t, L, nl, i, first))
				end = L[++i].line;
			ncols = used_cells(t, first, t->ncells - first);
			ncols = upper_header_cols(t, first, ncols);
		} else if (!ncols && starts_with(t, first, "一") && t->ncells - first > 1 &&
		           header_cell(t, first + 1) && join_header_cells(t, L, nl, i, first)) {
			/* 一级 / 指标: the header, once its first cell is whole */
			end = L[++i].line;
			if (header_cell(t, first)) {
				join_upper_rest(t, &first);
				ncols = used_cells(t, first, t->ncells - first);
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
		size_t used = ncols ? used_cells(t, first, t->ncells - first) : 0;
		if (used < ncols && used > 1 && header_cell(t, first)) {
			/* the header again, after a page break, and cut too */
			if (join_header_rest(t, L, nl, i, first) || join_header_cells(t, L, nl, i, first))
				end = L[++i].line;
		} else if (used < ncols && used > 1) {
			char sep = row_sep(t, &L[i]);
			int open = ends_in_cell(L[i].s, L[i].n, sep);
			while (open && i + 1 < nl && used < ncols) {
				rawline *x = &L[i + 1];
				if (!memchr(x->s, sep, x->n) && is_blank(x->s, x->n)) {
					i++;
					continue;
				}
				if (!is_continuation(t, x, sep, used, ncols))
					break;
				const char *e = memchr(x->s, sep, x->n);
				size_t l0 = e ? (size_t)(e - x->s) : x->n;
				t->ncells = first + used;
				if (extend_cell(t, x->s, l0) < 0)
					return;
				/* a pipe row's rest is one with its leading bar (in
				 * a table without outer bars, that would be a cell) */
				int bar = sep == '|' && !t->bare_pipes;
				if (e && grid_cells(t, bar ? e : e + 1, x->n - l0 - !bar, x->line) < 0)
					return;
				used = used_cells(t, first, t->ncells - first);
				open = ends_in_cell(x->s, x->n, sep);
				end = x->line;
				i++;
			}
		} else if (ncols && used >= ncols && (starts_with(t, first, "一") || starts_with(t, first, "二")) &&
		           header_cell(t, first) && join_header_cells(t, L, nl, i, first)) {
			/* the header again, a cell of it cut onto the next line */
			end = L[++i].line;
		} else if (ncols && used >= ncols && i + 1 < nl && last_cell_rest(t, &L[i], &L[i + 1], ncols)) {
			/* a full row cut inside its last cell (预算 / 标准\t):
			 * read as a row, the rest made an indicator of nothing */
			const char *e = memchr(L[i + 1].s, '\t', L[i + 1].n);
			t->ncells = first + used;
			if (extend_cell(t, L[i + 1].s, (size_t)(e - L[i + 1].s)) < 0)
				return;
			end = L[++i].line;
		}
		add_row(t, first, t->cells[first].line, end);
	}
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
	return *next_tab < nl && !level1_name(t, L[i].s, L[i].n);
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
	if (!l->n || l->s[0] == '\t' || l->n > PB_HEADING_MAX || is_blank(l->s, l->n))
		return 0;
	if (pb_line_key(&t->tmp, l->s, l->n) < 0)
		return t->oom = 1, 0;
	size_t kl = t->tmp.len;
	if (!kl)
		return 0;
	if (pb_page_noise(t->tmp.ptr, kl, t->doc_dept))
		return 1;
	/* a part's heading says 部分 or its name, 绩效目标 (部门整体绩效目标):
	 * most of a cell's lines are not classified */
	if (!strstr(t->tmp.ptr, "部分") && !strstr(t->tmp.ptr, "绩效目标"))
		return 0;
	return pb_is_part(pb_classify(l->s, l->n, t->tmp.ptr, pb_page_number_at(t->tmp.ptr, kl)));
}

/* The page headers met inside the row just added: rows of their own. */
static void noise_rows(tparse *t, const rawline *L)
{
	for (size_t k = 0; k < t->nnoise && !t->oom; k++) {
		const rawline *l = &L[t->noise[k]];
		size_t first = t->ncells;
		if (add_cell(t, l->s, l->n, l->line) < 0)
			return;
		add_row(t, first, l->line, l->line);
	}
	t->nnoise = 0;
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
static size_t span_shift(tparse *t, const row *up, const row *h)
{
	size_t lo = SIZE_MAX, hi = 0;
	for (size_t c = 0; c < h->n; c++) {
		const char *k = cflat(t, h->first + c);
		if (has(k, "一级指标") || has(k, "二级指标") || has(k, "三级指标")) {
			if (lo == SIZE_MAX)
				lo = c;
			hi = c;
		}
	}
	if (lo == SIZE_MAX || hi == lo || hi >= up->n || cell_empty(t, up->first + lo))
		return 0;
	for (size_t c = lo + 1; c <= hi; c++)
		if (cell_empty(t, up->first + c))
			return 0;
	return hi - lo;
}

static int header_top(tparse *t, row *rw);

/* The columns of the indicator table whose header (the level names) is
 * row hrow, of have cells: a row above it that spans the levels with
 * one cell counts them all, and the level row may have left out its
 * empty cells under the upper row's names.  Counted from the level row
 * alone, each indicator row was cut in two. */
static size_t two_row_cols(tparse *t, size_t hrow, size_t have)
{
	if (!hrow || !header_top(t, &t->rows[hrow - 1]))
		return have;
	const row *up = &t->rows[hrow - 1];
	size_t n = up->n + span_shift(t, up, &t->rows[hrow]);
	return n > have ? n : have;
}

static const char *amount_after(const char *k, size_t n);
static int funds_kind(const char *k, size_t n);
static int checkpoint(const char *k);

/* Is the key k[0..n) an amount or a percentage and nothing else (88.00,
 * 25%)? */
static int value_key(const char *k, size_t n)
{
	if (n > 1 && k[n - 1] == '%')
		n--;
	return n && amount_after(k, n) == k;
}

/* Is the key k a name of the indicator table's header (一级指标 ...
 * 绩效指标描述, 指标值, 指标值确定依据)?  No level name of the framework
 * (产出指标) is. */
static int header_name(const char *k)
{
	static const char *const names[] = { "一级指标", "二级指标", "三级指标", "绩效指标", "指标值",
	                                     "指标名称", "指标内容", "评分标准" };
	if (has(k, "指标") || has(k, "评分")) /* spares the list most keys */
		for (size_t i = 0; i < sizeof names / sizeof *names; i++)
			if (!strncmp(k, names[i], strlen(names[i])))
				return 1;
	return has(k, "确定依据");
}

/* Does the key k start with a level's name (一级指标, 二级指标, 三级指标)? */
static int level_name(const char *k)
{
	return !strncmp(k, "一级指标", 12) || !strncmp(k, "二级指标", 12) || !strncmp(k, "三级指标", 12);
}

/* Is the key k a label of the rows above the indicator table, which no
 * project's name is taken for? */
static int label_key(const char *k)
{
	return has(k, "项目") || has(k, "预算") || has(k, "资金") || has(k, "其中") || has(k, "绩效");
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
 * the empty cell of the label column), or with more of the same row: a
 * funds label after 预算数, a checkpoint (6月底) after the plan's label,
 * a header name after 一级指标's (or after the 绩效指标 of an upper row,
 * short of the level names), an amount after amounts under an empty
 * first cell.
 */
static PB_NOINLINE int fields_go_on(tparse *t, size_t first, const rawline *L, size_t nl, size_t i)
{
	size_t j = i + 1;
	for (; j < nl; j++) {
		if (!L[j].n || (L[j].s[0] != '\t' && is_blank(L[j].s, L[j].n)))
			continue;
		if (L[j].s[0] == '\t' || !page_noise(t, &L[j]))
			break;
	}
	/* text without a tab, or an empty cell: a row of its own starts so */
	if (j == nl || L[j].s[0] != '\t' || is_blank(L[j].s + 1, L[j].n - 1))
		return 0;
	if (pb_line_key(&t->tmp, L[j].s + 1, L[j].n - 1) < 0)
		return t->oom = 1, 0;
	const char *k = t->tmp.ptr;
	size_t kl = t->tmp.len;
	size_t n = t->ncells - first;
	int empty0 = cell_empty(t, first);
	/* (a cell flattened may move the others flattened: cflat's pointer
	 * is used before the next cflat) */
	const char *f0 = cflat(t, first);
	int plan0 = has(f0, "支出计划") || has(f0, "累计支出");
	const char *last = cflat(t, t->ncells - 1);
	if (has(last, "项目编码"))
		return (unsigned char)k[0] < 0x80;
	if (has(last, "项目名称") || has(last, "绩效目标") || (n == 1 && empty0))
		return !label_key(k) && !header_name(k);
	if (checkpoint(k) >= 0)
		return plan0 || checkpoint(last) >= 0;
	if (value_key(k, kl)) {
		if (has(last, "预算数"))
			return 1;
		int lf = funds_kind(last, strlen(last));
		if (lf == 1 || lf == 2)
			return 1;
		if (!empty0)
			return 0;
		for (size_t c = first + 1; c < t->ncells; c++) { /* amounts under an empty cell */
			const char *v = cflat(t, c);
			if (*v && !value_key(v, strlen(v)))
				return 0;
		}
		return 1;
	}
	if ((unsigned char)k[0] < 0x80)
		return 0;
	int head = header_name(k);
	for (size_t c = first; c < t->ncells; c++) {
		const char *x = cflat(t, c);
		/* the level row's rest, or an upper row's (绩效指标 spanning
		 * the levels) short of the level names under it */
		if (head && (has(x, "一级指标") ? !has(k, "一级指标") : !strcmp(x, "绩效指标") && !level_name(k)))
			return 1;
		if (!head && has(x, "预算数")) { /* a funds label after it */
			int f = funds_kind(k, kl);
			return f == 1 || f == 2;
		}
	}
	return 0;
}

static void cell_rows(tparse *t, rawline *L, size_t nl)
{
	size_t ncols = 0, first = t->ncells, hrow = 0, next_tab = 0;
	long start = 0, end = 0;
	int in_ind = 0;

	for (size_t i = 0; i <= nl && !t->oom; i++) {
		int tabbed = i < nl && L[i].n && L[i].s[0] == '\t';
		/* a lone tab is an empty cell, not a blank line */
		int blank = i == nl || (!tabbed && is_blank(L[i].s, L[i].n));
		size_t have = t->ncells - first;
		/* above the indicator table too, inside a group of cells:
		 * carried on as the cell above's text, a page header between
		 * the 项目编码 cell and the code became the code */
		if ((in_ind || have) && !blank && !tabbed && page_noise(t, &L[i])) {
			if (!have) {
				start = L[i].line;
				if (add_cell(t, L[i].s, L[i].n, L[i].line) < 0)
					return;
				add_row(t, first, start, L[i].line);
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
			if (!in_ind && i < nl && fields_go_on(t, first, L, nl, i))
				continue;
			if (in_ind && have < ncols && i < nl) {
				/* does the next group fit into this row?  (a page
				 * header between is none of it) */
				size_t j = i + 1, more = 0;
				while (j < nl && L[j].s[0] != '\t' &&
				       (is_blank(L[j].s, L[j].n) || page_noise(t, &L[j])))
					j++;
				while (j < nl && (L[j].s[0] == '\t' || !is_blank(L[j].s, L[j].n))) {
					if (L[j].s[0] == '\t')
						more++;
					j++;
				}
				if (have + more <= ncols && more)
					continue;
			}
			add_row(t, first, start, end);
			noise_rows(t, L);
			if (!in_ind && have && header_cell(t, first)) {
				in_ind = 1;
				hrow = t->nrows - 1;
				ncols = two_row_cols(t, hrow, have);
			}
			first = t->ncells;
			continue;
		}
		if (tabbed) {
			if (!have)
				start = L[i].line;
			if (in_ind && have == ncols) { /* full row, no blank after it */
				add_row(t, first, start, end);
				noise_rows(t, L);
				first = t->ncells;
				start = L[i].line;
			}
			if (add_cell(t, L[i].s + 1, L[i].n - 1, L[i].line) < 0)
				return;
		} else if (have) {
			/* text without a tab carries on the cell above, across
			 * blank lines too: a cell may hold paragraphs */
			if (extend_cell(t, L[i].s, L[i].n) < 0)
				return;
		} else if (in_ind && last_cell_paragraph(t, L, nl, i, ncols, hrow, &next_tab)) {
			if (extend_cell(t, L[i].s, L[i].n) < 0)
				return;
			t->rows[t->nrows - 1].end_line = L[i].line;
		} else {
			start = L[i].line;
			if (add_cell(t, L[i].s, L[i].n, L[i].line) < 0)
				return;
			add_row(t, first, start, L[i].line);
			first = t->ncells;
		}
		end = L[i].line;
	}
}

/* ---- reading the rows ---- */

/* the needle a string literal, its length known */
#define find_cell(t, r, needle, exact) find_cell_n(t, r, needle, sizeof needle - 1, exact)

/* The first needle[0..nl) (nl >= 3) in s[0..n), or NULL.  Looked for by
 * its third byte, which varies more than a lead byte in Chinese text. */
static const char *find_in(const char *s, size_t n, const char *needle, size_t nl)
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

	while ((m = find_in(pool + from, end - from, needle, nl))) {
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

static int find_cell_n(tparse *t, row *r, const char *needle, size_t nl, int exact)
{
	if (r->multi < 0) {
		r->multi = 0;
		r->whole = 1;
		for (size_t c = r->first; c < r->first + r->n; c++) {
			r->multi |= t->cells[c].multi;
			r->whole &= t->cells[c].whole;
		}
	}
	if (r->whole && r->n && use_fast)
		return find_whole(t, r, needle, nl, exact);
	/* a row's cells lie one after the other in the pool: one search
	 * turns away most rows (not those with a multi-line cell, whose
	 * joined text may hold what its lines do not) */
	if (!r->multi && r->n) {
		const cell *a = &t->cells[r->first], *z = &t->cells[r->first + r->n - 1];
		if (!find_in(t->pool.ptr + a->off, z->off + z->len - a->off, needle, nl))
			return -1;
	}
	for (size_t c = 0; c < r->n; c++) {
		/* a one-line cell shorter than the needle cannot hold it
		 * (its length counts past a NUL, never short of one) */
		const cell *x = &t->cells[r->first + c];
		if (!x->multi && x->len < nl)
			continue;
		const char *k = cflat(t, r->first + c);
		if (exact ? k[0] == needle[0] && !strcmp(k, needle) : has(k, needle))
			return (int)c;
	}
	return -1;
}

/*
 * The cells of r from column from on, joined by newlines or normalized
 * into one line, appended to out as a C string (cut at a NUL, as strndup
 * would).  0 when there is nothing to join (the field stays null).
 */
static int row_join_but(tparse *t, row *r, size_t from, uint64_t skip, int newlines, pb_buf *out)
{
	pb_buf *j = &t->join;
	pb_buf_reset(j);
	for (size_t c = from; c < r->n; c++) {
		size_t n;
		const char *s = ctext(t, r->first + c, &n);
		if (!n || (c < 64 && (skip >> c & 1)))
			continue;
		if (j->len)
			pb_buf_addc(j, newlines ? '\n' : ' ');
		pb_buf_add(j, s, n);
	}
	if (!j->len)
		return 0;
	const char *res = j->ptr;
	if (!newlines) {
		pb_buf_reset(&t->tmp);
		if (pb_norm(&t->tmp, j->ptr, j->len, 0) < 0)
			return 0;
		res = t->tmp.ptr;
	}
	if (pb_buf_add(out, res, strlen(res)) < 0)
		t->oom = 1;
	return 1;
}

/* row_join of every cell from column from on */
static int row_join(tparse *t, row *r, size_t from, int newlines, pb_buf *out)
{
	return row_join_but(t, r, from, 0, newlines, out);
}

/* Does the row hold a non-empty cell beside those in skip (bit per
 * cell, the first 64)? */
static int text_cells(tparse *t, const row *r, uint64_t skip)
{
	for (size_t c = 0; c < r->n; c++)
		if (!cell_empty(t, r->first + c) && (c >= 64 || !(skip >> c & 1)))
			return 1;
	return 0;
}

/* Is the cell a label of the rows above the indicators (项目编码,
 * 项目名称, 预算数, 其中：财政资金, 其他资金...)?  No code or amount is. */
static int field_label(tparse *t, size_t c)
{
	const char *k = cflat(t, c);
	if ((unsigned char)k[0] < 0x80) /* the usual amount or code: spared the searches */
		return 0;
	return has(k, "项目") || has(k, "预算") || has(k, "资金") || has(k, "其中");
}

/*
 * The cell holding the value of the label in cell c: the next one that
 * is not empty (PDF extraction may leave an empty column between them),
 * or -1 when a label or the row's end comes first (the value is blank).
 */
static int value_cell(tparse *t, row *r, int c)
{
	for (size_t x = (size_t)c + 1; x < r->n; x++)
		if (!cell_empty(t, r->first + x))
			return field_label(t, r->first + x) ? -1 : (int)x;
	return -1;
}

/* A unit at the end of the amount k[0..*n) is the cell's, whatever the
 * table's says: cut it off, and say whether it is 元 (*to_wan 1) or 万元. */
static int own_unit(const char *k, size_t *n, int *to_wan)
{
	if (*n >= 6 && !memcmp(k + *n - 6, "万元", 6))
		*n -= 6, *to_wan = 0;
	else if (*n >= 3 && !memcmp(k + *n - 3, "元", 3))
		*n -= 3, *to_wan = 1;
	else
		return 0;
	return 1;
}

/*
 * The unit a label names in brackets (预算数（元）, 累计支出金额(万元)): 1
 * for 元, 0 for 万元, -1 for none.  Like a unit in the amount's own cell
 * it rules the amounts, whatever the 单位 line says: read in the table's,
 * 200000.00 under 预算数（元） in a 万元 table came out 10,000 times
 * too large.
 */
static int label_unit(const char *k)
{
	if (!strchr(k, '(') && !has(k, "（"))
		return -1;
	if (has(k, "（万元）") || has(k, "(万元)"))
		return 0;
	if (has(k, "（元）") || has(k, "(元)"))
		return 1;
	return -1;
}

/* a was read in 万元 for want of a 单位 line (each field once) */
static void guessed(tparse *t, pb_amount *a)
{
	for (int i = 0; i < t->nguessed; i++)
		if (t->guessed[i] == a)
			return;
	if (t->nguessed < (int)(sizeof t->guessed / sizeof *t->guessed))
		t->guessed[t->nguessed++] = a;
}

/*
 * The 单位 line came after amounts read in 万元 for want of it: they are
 * in its unit (to_wan 1: 元, -1: one that cannot be converted).  Left as
 * read, a record said 元 and held the budget x10000.
 */
static PB_NOINLINE void unit_after_amounts(tparse *t, int to_wan)
{
	for (int i = 0; i < t->nguessed; i++) {
		pb_amount *a = t->guessed[i];
		if (a->set && (to_wan < 0 || (to_wan && pb_money_scale10(&a->v, -4) != PB_MONEY_OK)))
			a->set = 0;
	}
	t->nguessed = 0;
	t->wan_guess_line = 0;
}

/* The amount k[0..n) of cell line ln: exact, in 万元 (to_wan: from 元).
 * named: to_wan is the label's unit, not the table's. */
static void amount_text(tparse *t, const char *k, size_t n, long ln, int to_wan, int named,
                        pb_amount *a, const char *what)
{
	int own = to_wan;
	named |= own_unit(k, &n, &own);
	if (own < 0)
		return;
	if (pb_money_parse_spaced(k, n, &a->v) != PB_MONEY_OK ||
	    (own && pb_money_scale10(&a->v, -4) != PB_MONEY_OK)) {
		char why[160];
		snprintf(why, sizeof why, "%s is not an amount: %.*s", what, pb_utf8_cut(k, 100), k);
		unparsed(t, ln, ln, why);
		return;
	}
	/* only an amount in the table's unit depends on its 单位 line */
	if (!named && !t->unit_seen) {
		if (!t->wan_guess_line)
			t->wan_guess_line = ln;
		guessed(t, a);
	}
	a->set = 1;
}


/* An amount cell: blank is null, and so are the funds written as none
 * (其他资金 -); a 预算数 so is said. */
static PB_ALWAYS_INLINE void amount(tparse *t, row *r, int c, int to_wan, int named, pb_amount *a,
                                    const char *what)
{
	a->set = 0;
	if (c < 0 || (size_t)c >= r->n)
		return;
	char *k = cflat(t, r->first + (size_t)c);
	size_t n = strlen(k);
	if (n && !(pb_placeholder(k) && strcmp(what, "预算数")))
		amount_text(t, k, n, t->cells[r->first + (size_t)c].line, to_wan, named, a, what);
}

/* The amount that follows a label in its own cell (预算数：200000.00,
 * 其中：财政资金 150000.00), from its first digit on, when all of the
 * rest reads as one; NULL otherwise (the label's amount is in a cell of
 * its own). */
static const char *amount_after(const char *k, size_t n)
{
	int unit = 0;
	own_unit(k, &n, &unit);
	/* labels, the cells most asked, end in neither: spared the scan */
	if (!n || k[n - 1] < '0' || k[n - 1] > '9')
		return NULL;
	const char *d = k;
	while (*d < '0' || *d > '9')
		d++;
	pb_money m;
	return pb_money_parse(d, n - (size_t)(d - k), &m) == PB_MONEY_OK ? d : NULL;
}

/* The cell as one line, its length in *n: known for a whole cell, the
 * common case, where strlen would only cost. */
static PB_ALWAYS_INLINE const char *cell_line(tparse *t, size_t c, size_t *n)
{
	const char *k = cflat(t, c);
	*n = t->cells[c].whole ? t->cells[c].len : strlen(k);
	return k;
}

static int unit_cell(const char *k, int *to_wan);

/*
 * The cell after the amount in cell v of r when it is a unit of its own
 * (150.00 then 万元): the amount's unit, whatever the table's says, into
 * *to_wan; -1 if none.  Left unread, 1500000.00 元 in a 万元 table came
 * out 10,000 times too large.
 */
static int unit_cell_after(tparse *t, row *r, int v, int *to_wan)
{
	size_t x = (size_t)v + 1;
	while (x < r->n && cell_empty(t, r->first + x))
		x++;
	if (x >= r->n || (unsigned char)cflat(t, r->first + x)[0] < 0x80)
		return -1;
	size_t n;
	const char *k = cell_line(t, r->first + (size_t)v, &n);
	int own;
	if (!n || own_unit(k, &n, &own) || amount_after(k, n) != k)
		return -1;
	return unit_cell(cflat(t, r->first + x), to_wan) ? (int)x : -1;
}

/*
 * The amount of the label in cell c: in the label's cell after it, or in
 * the value cell.  The cells read are marked in *read (bit per cell, the
 * first 64), so that the budget row can tell the amounts no label read.
 * row_unit: the unit the row's 预算数 label named (label_unit), which
 * rules a label that names none: one amounts row holds one unit, and
 * 1000000.00 under 财政资金 beside 预算数（元） came out in 万元.
 */
static void label_amount(tparse *t, row *r, int c, int to_wan, int row_unit, pb_amount *a,
                         const char *what, uint64_t *read)
{
	size_t n;
	const char *k = cell_line(t, r->first + (size_t)c, &n);
	const char *in = amount_after(k, n);
	int lu = label_unit(k);
	if (lu < 0)
		lu = row_unit;
	if (lu >= 0)
		to_wan = lu;
	a->set = 0;
	if (c < 64)
		*read |= (uint64_t)1 << c;
	int v = in ? c : value_cell(t, r, c), u = v >= 0 ? unit_cell_after(t, r, v, &to_wan) : -1;
	if (u >= 0) {
		lu = to_wan;
		if (u < 64)
			*read |= (uint64_t)1 << u;
	}
	if (in) {
		amount_text(t, in, n - (size_t)(in - k), t->cells[r->first + (size_t)c].line, to_wan,
		            lu >= 0, a, what);
		return;
	}
	if (v >= 0 && v < 64)
		*read |= (uint64_t)1 << v;
	amount(t, r, v, to_wan, lu >= 0, a, what);
}

static int checkpoint(const char *k)
{
	/* 3月 6月 10月 12月, then nothing or 底 末 份; every row's every
	 * cell is asked, so byte by byte, no calls */
	int i;
	if (k[0] == '3' || k[0] == '6')
		i = k[0] == '6', k += 1;
	else if (k[0] == '1' && (k[1] == '0' || k[1] == '2'))
		i = k[1] == '0' ? 2 : 3, k += 2;
	else if (k[0] == '1' && k[1] == ' ' && (k[2] == '0' || k[2] == '2'))
		/* wrapping's space inside the number (1 2月底); not read, the
		 * 12月底 column was taken for 10月底's span */
		i = k[2] == '0' ? 2 : 3, k += 3;
	else
		return -1;
	if (k[0] != '\xE6' || k[1] != '\x9C' || k[2] != '\x88') /* 月 */
		return -1;
	k += 3;
	if (!k[0])
		return i;
	if ((k[0] == '\xE5' && k[1] == '\xBA' && k[2] == '\x95') ||  /* 底 */
	    (k[0] == '\xE6' && k[1] == '\x9C' && k[2] == '\xAB') ||  /* 末 */
	    (k[0] == '\xE4' && k[1] == '\xBB' && k[2] == '\xBD'))    /* 份 */
		k += 3;
	else if (k[0] == '3' && k[1] == (i == 1 ? '0' : '1') && /* the month's last day: 3月31日 */
	         k[2] == '\xE6' && k[3] == '\x97' && k[4] == '\xA5')
		k += 5;
	else
		return -1;
	/* 3月底前 */
	if (k[0] == '\xE5' && k[1] == '\x89' && k[2] == '\x8D')
		k += 3;
	return k[0] ? -1 : i;
}

/*
 * A plan whose label names no unit (资金支出计划, 资金支出进度): 1 when
 * its values are percentages.  Read as amounts in the table's 元, 25 50
 * 75 100 came out 0.0025 万元 and up.  One above 100 makes amounts, and
 * so do values that end at the budget; values that rise to 100 or sum
 * to 100 are percentages.  Anything else could be either: the plan is
 * left null, with a word (-1).
 */
static int unitless_plan(tparse *t, int to_wan)
{
	pb_project *p = t->p;
	pb_money hundred = { 100, 0 }, sum = pb_money_zero(), last = pb_money_zero();
	int rising = 1, n = 0;
	long ln = p->plan_line;
	for (int i = 0; i < PB_NCHECK; i++) {
		pb_amount *a = &p->schedule[i];
		if (!a->set)
			continue;
		if (pb_money_cmp(a->v, hundred) > 0)
			return 0;
		if (pb_money_cmp(a->v, last) < 0)
			rising = 0;
		last = a->v;
		n++;
		if (pb_money_add(&sum, a->v) != PB_MONEY_OK)
			return 0;
	}
	if (!n)
		return 0;
	/* ending at the budget they are amounts, even if they could be
	 * percentages too (then both readings spend the same) */
	pb_money b = last;
	if (p->budget.set && to_wan >= 0 && (!to_wan || pb_money_scale10(&b, -4) == PB_MONEY_OK) &&
	    !pb_money_cmp(b, p->budget.v))
		return 0;
	if ((rising && !pb_money_cmp(last, hundred)) || !pb_money_cmp(sum, hundred))
		return 1;
	for (int i = 0; i < PB_NCHECK; i++)
		p->schedule[i].set = 0;
	unparsed(t, ln, ln,
	         "spending plan names no unit (% or 金额) and its values read as neither: left null");
	return -1;
}

/*
 * Does the plan header row hold its values too, each after its
 * checkpoint (资金支出计划（%） 3月底 10% 6月底 40%...)?  A header's
 * cells after a checkpoint are checkpoints, blank, or text that is no
 * amount or percentage (1月底); read as one, the next row was taken for
 * the values and the plan came out blank.
 */
/* Does the plan value k[0..*n) end in its % (or 百分比, as some
 * filings write it: 25百分比 was no number, and the plan blank)?  Then
 * it is cut off. */
static int pct_written(const char *k, size_t *n)
{
	size_t word = sizeof "百分比" - 1;
	if (*n && k[*n - 1] == '%')
		word = 1;
	else if (*n < word || memcmp(k + *n - word, "百分比", word))
		return 0;
	*n -= word;
	return 1;
}

static int plan_value(const char *k)
{
	size_t n = strlen(k);
	int to_wan;
	if (!pct_written(k, &n))
		own_unit(k, &n, &to_wan);
	pb_money m;
	return n && pb_money_parse_spaced(k, n, &m) == PB_MONEY_OK;
}

static int pairs_row(tparse *t, const row *rw)
{
	int after = 0; /* a checkpoint came, and no value yet */
	for (size_t c = 0; c < rw->n; c++) {
		if (cell_empty(t, rw->first + c))
			continue;
		const char *k = cflat(t, rw->first + c);
		if (checkpoint(k) >= 0)
			after = 1;
		else if (after && plan_value(k))
			return 1;
	}
	return 0;
}

/* every checkpoint given a value names its own unit (named) */
static int every_set_named(const pb_project *p, const int *named)
{
	for (int i = 0; i < PB_NCHECK; i++)
		if (p->schedule[i].set && !named[i])
			return 0;
	return 1;
}

/* A plan value under a header cell after the checkpoints that names
 * none (1 2 月底 before it was read): taken for the span of the
 * checkpoint to its left, the 12月底 amount was 10月底's, silently. */
static void unknown_checkpoint(tparse *t, long ln, const char *head)
{
	char why[200];
	snprintf(why, sizeof why, "spending plan value under a header that is no checkpoint: %.*s",
	         pb_utf8_cut(head, 100), head);
	unparsed(t, ln, ln, why);
}

static void plan(tparse *t, row *h, row *v, int to_wan)
{
	pb_project *p = t->p;
	int col[PB_NCHECK], first = -1;
	int pct = 0;
	int conv[PB_NCHECK]; /* each checkpoint's to_wan: its cell may name its unit */
	int named_all = 0;   /* the header named the unit: conv is no guess */
	int money = 0;       /* the label says amounts (累计支出金额) */
	int named_any = 0;   /* a value named its unit (% or 元) */
	int named_cp[PB_NCHECK] = { 0 };
	long guess = 0;      /* a value in the table's unit, unless a percentage */

	for (int i = 0; i < PB_NCHECK; i++)
		col[i] = -1, conv[i] = to_wan;
	for (size_t c = 0; c < h->n; c++) {
		const char *k = cflat(t, h->first + c);
		int cp = checkpoint(k);
		if (cp >= 0) {
			col[cp] = (int)c;
			if (first < 0)
				first = (int)c;
		} else if (c == 0 || first < 0) {
			if (has(k, "%") || has(k, "百分比") || has(k, "比例"))
				pct = 1;
			money |= has(k, "额");
			t->plan_cum |= has(k, "累计");
			/* 累计支出金额（万元） in a 元 table */
			int lu = label_unit(k);
			for (int i = 0; lu >= 0 && i < PB_NCHECK; i++)
				conv[i] = lu, named_all = 1;
		}
	}
	/* a plan of pairs one checkpoint a row (3月底 10% / 6月底 40%)
	 * adds its column to the rows' before */
	for (int i = 0; i < PB_NCHECK; i++)
		p->have_plan_col[i] = col[i] >= 0 || (v == h && p->have_plan_col[i]);
	/* the value under a header cell that spans columns sits anywhere in
	 * its span: the last header at or left of the value owns it.  Values
	 * that do not line up so (one more in front, or the span not kept:
	 * two under one checkpoint) were kept under the wrong checkpoints;
	 * then, as many values as checkpoints are theirs in order, and any
	 * other count cannot be placed: the plan is null (pass 1). */
	int conv0[PB_NCHECK], pct0 = pct;
	int cell_pct = 0; /* a value written with its % */
	size_t nunp0 = p->nunp;
	memcpy(conv0, conv, sizeof conv0);
	int order = 0; /* 1: in order, -1: null */
	int mine[PB_NCHECK] = { 0 }; /* given a value of this row (a plan
	                              * row before it may have given one) */
	for (int pass = 0; pass < 2; pass++) {
		int dup = 0, nth = 0;
		size_t hx = 0;   /* header cells up to the value's column seen */
		long over = -1;  /* the last of them that is not blank */
		for (size_t c = 0; v && c < v->n && !dup; c++) {
			if (cell_empty(t, v->first + c))
				continue;
			char *k = cflat(t, v->first + c);
			if (!*k)
				continue;
			/* a row of label/value pairs: the labels are no values */
			if (v == h && ((int)c < first || checkpoint(k) >= 0))
				continue;
			int owner = -1;
			for (int i = 0; i < PB_NCHECK; i++)
				if (col[i] >= 0 && col[i] <= (int)c && (owner < 0 || col[i] > col[owner]))
					owner = i;
			long ln = t->cells[v->first + c].line;
			for (; v != h && hx <= c && hx < h->n; hx++)
				if (!cell_empty(t, h->first + hx) && *cflat(t, h->first + hx))
					over = (long)hx;
			if (!order && owner >= 0 && over > col[owner]) {
				unknown_checkpoint(t, ln, cflat(t, h->first + (size_t)over));
				continue;
			}
			/* the label cell spans the header and value rows, so its
			 * wrapped unit ((%)) may start the value row */
			if (owner < 0 && !strpbrk(k, "0123456789") &&
			    (has(k, "%") || has(k, "百分比") || has(k, "比例"))) {
				pct = 1;
				continue;
			}
			if (order > 0) {
				/* the nth checkpoint column from the left */
				owner = -1;
				for (int i = 0, m = 0; i < PB_NCHECK && owner < 0; i++)
					if (col[i] >= 0 && m++ == nth)
						owner = i;
				nth++;
			} else if (order < 0) {
				continue;
			}
			if (owner < 0) {
				unparsed(t, ln, ln, "spending plan value outside the checkpoint columns");
				continue;
			}
			if (mine[owner] && !pass) {
				dup = 1;
				break;
			}
			if (p->schedule[owner].set || mine[owner]) {
				unparsed(t, ln, ln, "two spending plan values under one checkpoint");
				continue;
			}
			mine[owner] = 1;
			size_t n = strlen(k);
			int this_pct = pct_written(k, &n);
			int named = 0;
			if (this_pct)
				pct = 1, cell_pct = 1;
			else
				named = own_unit(k, &n, &conv[owner]);
			named_any |= named || this_pct;
			named_cp[owner] = named;
			if (!named && !named_all && !this_pct)
				guess = guess ? guess : ln;
			pb_amount *a = &p->schedule[owner];
			if (pb_money_parse_spaced(k, n, &a->v) != PB_MONEY_OK) {
				char why[160];
				snprintf(why, sizeof why, "spending plan value is not a number: %.*s", pb_utf8_cut(k, 100), k);
				unparsed(t, ln, ln, why);
				continue;
			}
			a->set = 1;
		}
		if (!dup)
			break;
		/* start again: count the values and the checkpoints */
		int nv = 0, ncp = 0;
		for (size_t c = 0; c < v->n; c++) {
			const char *k = cflat(t, v->first + c);
			if (v == h && ((int)c < first || checkpoint(k) >= 0))
				continue;
			/* as above, a wrapped (%) in front of the checkpoints is none */
			nv += *k && ((first >= 0 && (int)c >= first) || strpbrk(k, "0123456789") ||
			             !(has(k, "%") || has(k, "百分比") || has(k, "比例")));
		}
		for (int i = 0; i < PB_NCHECK; i++) {
			ncp += col[i] >= 0;
			if (mine[i])
				p->schedule[i].set = 0;
			mine[i] = named_cp[i] = 0;
		}
		memcpy(conv, conv0, sizeof conv);
		pct = pct0;
		cell_pct = 0;
		named_any = 0;
		guess = 0;
		p->nunp = nunp0;
		order = nv == ncp ? 1 : -1;
		if (order < 0)
			unparsed(t, v->line, v->end_line,
			         "spending plan values do not line up with its checkpoints: left null");
	}
	/* a label that says % over values that each name their money unit
	 * (30万元): a value written with its unit is read in that unit, the
	 * label's (%) being the template's (read as 30%, spend was lost) */
	if (pct && !cell_pct && named_any && every_set_named(p, named_cp))
		pct = 0;
	int kind = !pct && !money && !named_all && !named_any ? unitless_plan(t, to_wan) : 0;
	if (kind < 0) {
		p->schedule_unit = NULL;
		return;
	}
	pct |= kind;
	p->schedule_unit = tdup(t, pct ? "%" : "万元", pct ? 1 : 6);
	if (!pct && guess && !t->unit_seen && !t->wan_guess_line)
		t->wan_guess_line = guess;
	for (int i = 0; !pct && !named_all && !t->unit_seen && i < PB_NCHECK; i++)
		if (p->schedule[i].set && !named_cp[i])
			guessed(t, &p->schedule[i]);
	for (int i = 0; !pct && i < PB_NCHECK; i++)
		if (conv[i] < 0 || /* amounts in a unit that cannot be converted */
		    (conv[i] > 0 && p->schedule[i].set &&
		     pb_money_scale10(&p->schedule[i].v, -4) != PB_MONEY_OK))
			p->schedule[i].set = 0;
}

/*
 * Are the amounts of the plan per period: summing to the budget, but not
 * rising to it (30 30 30 30 of 120), under a label that does not say
 * 累计?  Taken as written, spend ended at a quarter of the budget.
 * Values that both rise to the budget and sum to it (0 0 0 120) read
 * the same either way but for zeros: they stay as written.
 */
/* The plan's filled values: their sum, the last, and whether they never
 * fall; -1 when the sum overflows.  Whether a plan is cumulative or per
 * period, in percent or in amounts, is read from these. */
static int plan_shape(const pb_project *p, pb_money *sum, pb_money *last, int *rising)
{
	*sum = *last = pb_money_zero();
	*rising = 1;
	for (int i = 0; i < PB_NCHECK; i++) {
		if (!p->schedule[i].set)
			continue;
		if (pb_money_cmp(p->schedule[i].v, *last) < 0)
			*rising = 0;
		*last = p->schedule[i].v;
		if (pb_money_add(sum, *last) != PB_MONEY_OK)
			return -1;
	}
	return 0;
}

static int amounts_per_period(const pb_project *p, int cum_label)
{
	pb_money sum, last;
	int rising;
	if (cum_label || !p->budget.set || plan_shape(p, &sum, &last, &rising) < 0)
		return 0;
	return !pb_money_cmp(sum, p->budget.v) && !(rising && !pb_money_cmp(last, p->budget.v));
}

/* Cumulative spending in 万元, where the plan allows it honestly.
 * Returns the checkpoints (bit i for pb_check_names[i]) whose spending
 * is the budget times a percentage that needs more than 18 decimals
 * (3.3000000000000003 at 33.33%): left blank, for the caller to say. */
static unsigned derive_spend(pb_project *p, int cum_label)
{
	unsigned lost = 0;
	int n = 0;
	for (int i = 0; i < PB_NCHECK; i++)
		n += p->schedule[i].set;
	if (!n || !p->schedule_unit)
		return 0;
	if (!strcmp(p->schedule_unit, "万元") && amounts_per_period(p, cum_label)) {
		/* per period, as a percentage plan that sums to 100: a blank
		 * period spends nothing */
		pb_money acc = pb_money_zero();
		for (int i = 0; i < PB_NCHECK; i++) {
			if (!p->have_plan_col[i]) {
				/* no column: all spent before it, or nothing said */
				if (!pb_money_cmp(acc, p->budget.v))
					p->spend[i] = p->budget;
				continue;
			}
			if (p->schedule[i].set && pb_money_add(&acc, p->schedule[i].v) != PB_MONEY_OK)
				return lost;
			p->spend[i].set = 1;
			p->spend[i].v = acc;
		}
		return lost;
	}
	if (!strcmp(p->schedule_unit, "万元")) {
		/* as written; a blank checkpoint after one that spends the
		 * whole budget spends it too, as for a percentage plan below
		 * (3, 6, 9, blank of 9 gave no 12月底 spending, 3%, 6%, 100%,
		 * blank did: spend_12 totals hung on the template) */
		int spent = 0;
		for (int i = 0; i < PB_NCHECK; i++) {
			if (p->schedule[i].set) {
				p->spend[i] = p->schedule[i];
				spent = p->budget.set && !pb_money_cmp(p->schedule[i].v, p->budget.v);
			} else if (spent) {
				p->spend[i] = p->budget;
			}
		}
		return lost;
	}
	if (!p->budget.set)
		return lost;
	/* percentages: cumulative if they never fall and end at 100, per
	 * period if they sum to 100; otherwise nothing honest can be said */
	pb_money hundred = { 100, 0 }, sum, last;
	int rising;
	if (plan_shape(p, &sum, &last, &rising) < 0)
		return lost;
	/* as pbcheck's plan-not-100 has it: rising to 100 at the last
	 * checkpoint filled (there is one: n above), which need not be 12月底;
	 * under a 累计 label, rising is enough: 10 20 30 40 spend 40% by
	 * 12月底, as the filing says, not the whole budget (they sum to 100) */
	int cumulative = rising && (cum_label || !pb_money_cmp(last, hundred));
	int spent = 0; /* a cumulative plan reached 100: it stays there */
	int periodic = !cum_label && !pb_money_cmp(sum, hundred);
	if (!cumulative && !periodic)
		return lost;
	pb_money acc = pb_money_zero();
	for (int i = 0; i < PB_NCHECK; i++) {
		pb_money share;
		/* a checkpoint with no column says nothing, unless the whole
		 * budget was spent before it (no 12月底 column after 100%) */
		if (!p->have_plan_col[i] && !spent)
			continue;
		if (!p->have_plan_col[i]) {
			p->spend[i] = p->budget;
			continue;
		}
		if (cumulative && !periodic) {
			/* a blank cumulative cell says nothing, unless all of
			 * the budget was spent before it */
			if (!p->schedule[i].set && !spent)
				continue;
			share = p->schedule[i].set ? p->schedule[i].v : hundred;
			spent = !pb_money_cmp(share, hundred);
		} else {
			/* per period: a blank period spends nothing, as the
			 * others already make 100 */
			if (p->schedule[i].set && pb_money_add(&acc, p->schedule[i].v) != PB_MONEY_OK)
				return lost;
			share = acc;
			spent = !pb_money_cmp(acc, hundred);
		}
		pb_money v;
		if (pb_money_percent(p->budget.v, share, &v) != PB_MONEY_OK) {
			lost |= 1u << i;
			continue;
		}
		pb_money_trim(&v);
		p->spend[i].set = 1;
		p->spend[i].v = v;
	}
	return lost;
}

/* Spending derive_spend could not hold exactly, as an unparsed part of
 * the plan: a blank the reader can see the reason for, not a silent one
 * pbsum counts as "no spending planned". */
static void say_lost_spend(tparse *t, unsigned lost)
{
	char why[160];
	size_t n = 0;
	for (int i = 0; i < PB_NCHECK; i++)
		if (lost & 1u << i)
			n += (size_t)snprintf(why + n, sizeof why - n, "%sspend_%s", n ? ", " : "",
			                      pb_check_names[i]);
	snprintf(why + n, sizeof why - n, " left blank: the budget times the plan's percentage "
	         "needs more than 18 decimals to be exact");
	unparsed(t, t->p->plan_line, t->p->plan_line, why);
}

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
	p->goals[p->ngoals++] = tdup(t, s, n);
}

/* Is s[0..n) a number alone ("2.")?  goals() asks only of short
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
static int item_start(const char *s, size_t n, size_t i)
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
	return i < n && !item_start(s, n, i);
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

static void goals(tparse *t, const char *s)
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
		int brk = i == n || s[i] == '\n' || (i > start && item_start(s, n, i));
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

/* The cell of the header h that names each column (col[x]), by the
 * labels in its cells. */
static int col_taken(const int *col, int c)
{
	for (int x = 0; x < C_N; x++)
		if (col[x] == c)
			return 1;
	return 0;
}

/*
 * The description, value and basis under names none of the lists holds
 * (描述 | 数值 | 说明): when as many header cells right of the level
 * columns went unnamed as those three columns are missing, they are
 * taken in the usual order, if that keeps description before value
 * before basis.  Left alone, the description took the value's field and
 * the value was unparsed.
 */
static PB_NOINLINE void unknown_cols(tparse *t, const row *h, int *col)
{
	int miss[3], un[3], nm = 0, nu = 0, levels = -1;
	for (int x = C_L1; x <= C_L3; x++)
		if (col[x] > levels)
			levels = col[x];
	for (int x = C_DESC; x <= C_BASIS; x++)
		if (col[x] < 0)
			miss[nm++] = x;
	if (!nm || levels < 0)
		return;
	for (size_t c = (size_t)levels + 1; c < h->n && c < 64; c++) {
		if (col_taken(col, (int)c) || cell_empty(t, h->first + c))
			continue;
		if (nu == nm)
			return; /* more unnamed cells than missing columns */
		un[nu++] = (int)c;
	}
	if (nu != nm)
		return;
	int was[C_N];
	memcpy(was, col, sizeof was);
	for (int i = 0; i < nm; i++)
		col[miss[i]] = un[i];
	for (int x = C_DESC, last = levels; x <= C_BASIS; x++) {
		if (col[x] < 0)
			continue;
		if (col[x] <= last) {
			memcpy(col, was, sizeof was);
			return;
		}
		last = col[x];
	}
}

/* The description's column under a rarer name, or -1.  Asked only
 * when the usual names are missing: most headers have one. */
static int desc_col(tparse *t, row *h, const int *col)
{
	static const char *const names[] = { "指标说明", "具体指标", "绩效指标", "指标定义" };
	for (size_t c = 0; c < h->n; c++) {
		const char *k = cflat(t, h->first + c);
		/* 绩效指标值 names the value, though it holds 绩效指标 */
		if (col_taken(col, (int)c) || has(k, "指标值") || has(k, "目标值"))
			continue;
		for (size_t y = 0; y < sizeof names / sizeof *names; y++)
			if (has(k, names[y]))
				return (int)c;
	}
	return -1;
}

static void name_cols(tparse *t, row *h, int *col)
{
	static const char *const names[C_N][3] = {
		{ "一级指标" }, { "二级指标" }, { "三级指标" },
		{ "指标描述", "指标内容", "指标解释" }, { "指标值" }, { "依据", "标准", "备注" },
		{ "指标性质" }, { "度量单位", "计量单位" }, { "权重", "分值" }, { "指标方向" },
	};
	for (int k = 0; k < C_N; k++)
		col[k] = -1;
	for (size_t c = 0; c < h->n; c++) {
		const char *k = cflat(t, h->first + c);
		for (int x = 0; x < C_N; x++) {
			if (col[x] >= 0)
				continue;
			int hit = 0;
			for (int y = 0; y < 3 && names[x][y]; y++)
				if (x == C_VALUE ? (has(k, "指标值") || has(k, "目标值")) && !has(k, "依据")
				    /* 标准值 is a value, not its standard */
				    : x == C_BASIS && !strcmp(names[x][y], "标准") ? has(k, "标准") && !has(k, "标准值")
				                 : has(k, names[x][y]))
					hit = 1;
			if (hit) {
				col[x] = (int)c;
				break;
			}
		}
	}
	if (col[C_DESC] < 0)
		col[C_DESC] = desc_col(t, h, col);
	unknown_cols(t, h, col);
	/* a table with unnamed columns: take them in the usual order, but
	 * never one that another name took (a header without 三级指标 gave
	 * level3 the description's column) */
	for (int x = 0, next = 0; x <= C_BASIS; x++) {
		/* but an empty last cell (the tab a PDF's grid row ends in)
		 * is no basis column: taken for one, a table without it (the
		 * national template) had each row's basis asked for */
		if (x == C_BASIS && next == (int)h->n - 1 && cell_empty(t, h->first + (size_t)next))
			break;
		if (col[x] < 0 && next < (int)h->n && x != C_DESC && !col_taken(col, next))
			col[x] = next;
		if (col[x] >= 0)
			next = col[x] + 1;
	}
}

/* The description, value and basis columns of a two-row header from
 * its upper row, where they are named. */
static PB_NOINLINE void upper_cols(tparse *t, row *up, int *col)
{
	int u[C_N];
	name_cols(t, up, u);
	int d = (int)span_shift(t, up, up + 1);
	for (int x = C_DESC; x <= C_BASIS; x++)
		if (u[x] >= 0)
			col[x] = u[x] + (u[x] > col[C_L1] ? d : 0);
}

/* The header's cells, each with its NUL, into k: the same key is the
 * same cells, whose columns header_cols names the same way. */
static int header_sig(tparse *t, const row *h, pb_buf *k)
{
	pb_buf_reset(k);
	/* a cell of more lines, or with a NUL (the library's callers may
	 * pass one), is not its C string: such a header is named afresh */
	for (size_t c = h->first; c < h->first + h->n; c++)
		if (!t->cells[c].whole)
			return -1;
	for (size_t c = h->first; c < h->first + h->n; c++) {
		const char *s = cflat(t, c);
		size_t n = t->cells[c].whole ? t->cells[c].len : strlen(s);
		if (pb_buf_add(k, s, n + 1) < 0)
			return -1;
	}
	return 0;
}

/* A filing's indicator tables mostly share one header: its columns
 * are named again only when the header's cells differ from the last
 * table's (header_sig), as naming them takes a strstr for each name
 * and cell (pbtable 240.19 -> 237.93 M instructions on three
 * corpus files). */
static void header_cols(tparse *t, row *h, int *col)
{
	if (!use_fast || !h->n || header_sig(t, h, &t->hnew) < 0) {
		name_cols(t, h, col);
		return;
	}
	if (t->hnew.len == t->hkey.len && !memcmp(t->hnew.ptr, t->hkey.ptr, t->hkey.len)) {
		memcpy(col, t->hcol, sizeof t->hcol);
		return;
	}
	name_cols(t, h, col);
	pb_buf k = t->hkey;
	t->hkey = t->hnew;
	t->hnew = k;
	memcpy(t->hcol, col, sizeof t->hcol);
}

/* The fields a row cut off by a page break can add to. */
static char **tail_field(pb_indicator *in, int k)
{
	return k == 0 ? &in->description : k == 1 ? &in->value : &in->basis;
}

/* Add a cut-off row's cells to the last indicator.  Its strings grow in
 * t->tail, not in the arena, so that many such rows stay linear.
 * value_line: the line of the row's value cell, where the indicator's
 * value is when the row above had none (findings point there). */
static void tail_add(tparse *t, char *const *cellv, long value_line)
{
	pb_indicator *prev = &t->p->ind[t->p->nind - 1];
	/* a weight or direction the page break moved down */
	if (cellv[C_WEIGHT] && !prev->weight)
		prev->weight = cellv[C_WEIGHT];
	if (cellv[C_DIR] && !prev->direction)
		prev->direction = cellv[C_DIR];
	for (int k = 0; k < 3; k++) {
		if (!t->tail_open) {
			const char *was = *tail_field(prev, k);
			pb_buf_reset(&t->tail[k]);
			t->tail_set[k] = was != NULL;
			if (was && pb_buf_add(&t->tail[k], was, strlen(was)) < 0)
				t->oom = 1;
		}
		const char *more = cellv[C_DESC + k];
		if (more) {
			if (k == 1 && !t->tail_set[1])
				prev->value_line = value_line;
			t->tail_set[k] = 1;
			if (pb_buf_add(&t->tail[k], more, strlen(more)) < 0)
				t->oom = 1;
		}
	}
	t->tail_open = 1;
}

/* The last indicator is complete: store what tail_add built. */
static void tail_close(tparse *t)
{
	if (!t->tail_open)
		return;
	t->tail_open = 0;
	pb_indicator *prev = &t->p->ind[t->p->nind - 1];
	for (int k = 0; k < 3; k++)
		if (t->tail_set[k])
			*tail_field(prev, k) = tdup(t, t->tail[k].ptr, t->tail[k].len);
	pb_value_parse(prev->value ? prev->value : "", prev->value ? strlen(prev->value) : 0,
	               &prev->parsed);
}

/* Room for n indicators in all, growing by doubling.  The rows below
 * the header make one each at most, so indicators() asks for that many
 * first (up to a bound: rows that make none should not cost room). */
static int ind_room(tparse *t, size_t n)
{
	pb_project *p = t->p;
	if (n <= t->capind)
		return 0;
	if (n < t->capind * 2)
		n = t->capind * 2;
	if (n > SIZE_MAX / sizeof *p->ind)
		return -1;
	pb_indicator *ni = realloc(p->ind, n * sizeof *ni);
	if (!ni)
		return -1;
	p->ind = ni;
	t->capind = n;
	return 0;
}

/* The cell as one line in the project's arena, its length in *len.  A
 * whole cell's length is known: strlen and its call were most of the
 * copy's cost (pbtable 272.3 -> 269.9 M instructions). */
static char *cell_dup(tparse *t, size_t c, size_t *len)
{
	const cell *x = &t->cells[c];
	if (x->whole && use_fast) {
		*len = x->len;
		return tmem(t, t->pool.ptr + x->off, x->len);
	}
	char *d = tstr(t, cflat(t, c));
	*len = d ? strlen(d) : 0;
	return d;
}

/*
 * Is a row with blank level cells an indicator of its own (its levels
 * merged with the row above in the source) rather than the tail of the
 * row above, cut off by a page break?  A tail carries on cells the break
 * cut (≥95 / %); a value that is a quantity or date by itself, under a
 * description, while the row above already has its value, is no such
 * rest.
 */
/* Is the value words of its own: two ideographs first, not the rest of
 * a value cut short (以上, 以下, 左右, 及以上)? */
static int words(const char *v)
{
	static const char *const rests[] = { "以上", "以下", "左右", "及以", "（含", "(含" };
	const unsigned char *u = (const unsigned char *)v;
	if (!pb_utf8_cjk3(u, strlen(v)) || !pb_utf8_cjk3(u + 3, strlen(v) - 3))
		return 0;
	for (size_t k = 0; k < sizeof rests / sizeof *rests; k++)
		if (!strncmp(v, rests[k], strlen(rests[k])))
			return 0;
	return 1;
}

static int own_row(tparse *t, char *const *cellv, const size_t *lens)
{
	const pb_indicator *prev = &t->p->ind[t->p->nind - 1];
	if (!cellv[C_DESC] || !cellv[C_VALUE])
		return 0;
	if (!(t->tail_open ? t->tail_set[1] : prev->value != NULL))
		return 0;
	/* under a merged 三级指标 cell: a description, a value in words and
	 * a basis of its own, below a row that has all three.  A page break
	 * that cuts all three leaves a value's rest (%, 以上), not words of
	 * its own; glued on, two rows made one and the value 涵盖种植养殖技术
	 * went into ≥10场's unit */
	if (cellv[C_BASIS] && words(cellv[C_VALUE]) &&
	    (t->tail_open ? t->tail_set[0] && t->tail_set[2] : prev->description && prev->basis))
		return 1;
	pb_value v;
	pb_value_parse(cellv[C_VALUE], lens[C_VALUE], &v);
	return v.kind != PB_VK_TEXT;
}

/*
 * The cells of an indicator row that no column reads (a seventh cell
 * beside the basis, a cell under a header cell no name was found in):
 * an unparsed record each, for no field holds them.  read: the columns
 * read, bit per column (the first 64).
 */
static PB_NOINLINE void stray_cells(tparse *t, const row *rw, uint64_t read)
{
	for (size_t x = 0; x < rw->n; x++) {
		if ((x < 64 && (read >> x & 1)) || cell_empty(t, rw->first + x))
			continue;
		const char *k = cflat(t, rw->first + x);
		char why[200];
		snprintf(why, sizeof why, "indicator row cell under no column of the header: %.*s",
		         pb_utf8_cut(k, 120), k);
		long ln = t->cells[rw->first + x].line;
		unparsed(t, ln, ln, why);
	}
}

/* Is s (n bytes) an operator alone, as the parser reads one (≥, ≤, =,
 * 不低于...)?  定性 and 定量 are no operator. */
static int op_cell(tparse *t, const char *s, size_t n)
{
	pb_buf *b = &t->tmp;
	pb_value v;
	pb_buf_reset(b);
	if (pb_buf_add(b, s, n) < 0 || pb_buf_add(b, "1", 1) < 0)
		return t->oom = 1, 0;
	pb_value_parse(b->ptr, b->len, &v);
	return v.op && v.kind == PB_VK_NUMBER && !v.unit_len;
}

/*
 * The national template writes a value in three cells: 指标性质 (≥),
 * 指标值 (95) and 度量单位 (%).  They are joined into the value as it
 * would be written in one (≥95%), which the value parser then reads:
 * kept apart, the op and the unit were lost and every row warned.
 * 定性 or 定量 in 指标性质 is the indicator's kind, which the value
 * says; any other text there is unparsed.  A unit the value already
 * ends with is not written twice.
 */
static PB_NOINLINE void template_value(tparse *t, const row *rw, const int *cc, char **cellv,
                                       size_t *lens)
{
	const char *op = cellv[C_OP], *unit = cellv[C_UNIT], *v = cellv[C_VALUE];
	size_t ol = op ? lens[C_OP] : 0, ul = unit ? lens[C_UNIT] : 0, vl = v ? lens[C_VALUE] : 0;

	if (op && !op_cell(t, op, ol)) {
		if (strcmp(op, "定性") && strcmp(op, "定量")) {
			long ln = t->cells[rw->first + (size_t)cc[C_OP]].line;
			char why[200];
			snprintf(why, sizeof why, "指标性质 is no operator: %.*s", pb_utf8_cut(op, 120), op);
			unparsed(t, ln, ln, why);
		}
		op = NULL, ol = 0;
	}
	if (!v) {
		if (op || unit) {
			long ln = t->cells[rw->first + (size_t)cc[op ? C_OP : C_UNIT]].line;
			unparsed(t, ln, ln, "指标性质 or 度量单位 without a 指标值");
		}
		return;
	}
	if (unit && vl >= ul && !memcmp(v + vl - ul, unit, ul))
		unit = NULL, ul = 0;
	if (!op && !unit)
		return;
	char *j = pb_arena_alloc(&t->p->arena, ol + vl + ul + 1);
	if (!j) {
		t->oom = 1;
		return;
	}
	memcpy(j, op ? op : "", ol);
	memcpy(j + ol, v, vl);
	memcpy(j + ol + vl, unit ? unit : "", ul);
	j[ol + vl + ul] = '\0';
	cellv[C_VALUE] = j;
	lens[C_VALUE] = ol + vl + ul;
}

typedef struct {
	/* the answer for home, for each row after from and before upto (where
	 * the scan from `from` stopped): their scans would see the same rows.
	 * Each row of a table with its level-1 column all blank scanned to
	 * the end: 40,000 such rows took 36 s. */
	int home;
	size_t from, upto;
	char *answer;
} centred_memo;

/*
 * A PDF prints a merged cell's text at the middle of its rows: the
 * level-1 name of a block stands on its second or third row, the rows
 * above it blank.  Carried down from the block above, those rows got
 * that block's level 1 (or none), though their level-2 names belong
 * under the one printed below.  A row with a blank level-1 cell whose
 * level-2 name the framework puts under another level 1 than the one
 * carried down takes that level 1, when it is the next one printed in
 * the table, and the rows between belong under it too.  The level 1
 * from above stays where the framework does not say, or where the next
 * one printed is another, or a row between belongs elsewhere (a merged
 * cell carried too far, a row pasted into the wrong block: pbcheck's
 * level2-wrong-level1 reports it).  The rows before
 * the row r that printed it are the caller's: from r on, it is carried
 * down as printed.
 */
static PB_NOINLINE char *centred_level1(tparse *t, size_t r, const int *col, const char *l1,
                                        const char *l2, centred_memo *m)
{
	int home = pb_l2_parent(l2);
	if (home < 0 || pb_l2_under(pb_l1_index(l1), l2) || (l1 && pb_l1_index(l1) < 0))
		return NULL;
	if (m->home == home && r > m->from && r < m->upto)
		return m->answer;
	char *answer = NULL;
	size_t rr = r + 1;
	for (; rr < t->nrows && col[C_L1] >= 0; rr++) {
		const row *x = &t->rows[rr];
		if ((size_t)col[C_L1] >= x->n || cell_empty(t, x->first + (size_t)col[C_L1])) {
			/* a row between under another level 1 (the block
			 * above's 成本指标): no centred cell, a misplaced row */
			if (col[C_L2] >= 0 && (size_t)col[C_L2] < x->n &&
			    !cell_empty(t, x->first + (size_t)col[C_L2])) {
				int h = pb_l2_parent(cflat(t, x->first + (size_t)col[C_L2]));
				if (h >= 0 && h != home)
					break;
			}
			continue;
		}
		char *next = cflat(t, x->first + (size_t)col[C_L1]);
		if (header_cell(t, x->first))
			continue;
		if (pb_l1_index(next) == home)
			answer = tstr(t, next);
		break;
	}
	*m = (centred_memo){ home, r, rr, answer };
	return answer;
}

/*
 * Is every cell of the row with text a label and its text (单位负责人：张三
 * | 财务负责人：李四 | 填表人：王五)?  The sign-off under a table, read
 * as an indicator row, had its names for levels and no value.
 */
static int signoff_row(tparse *t, const row *rw)
{
	int any = 0;
	for (size_t c = 0; c < rw->n; c++) {
		if (cell_empty(t, rw->first + c))
			continue;
		const char *k = cflat(t, rw->first + c);
		if (!strstr(k, "：") && !strchr(k, ':'))
			return 0;
		any = 1;
	}
	return any;
}

static int header_top(tparse *t, row *rw);

/* a joined to b, in the project's arena */
static char *tcat(tparse *t, const char *a, const char *b)
{
	size_t an = strlen(a), bn = strlen(b);
	char *j = pb_arena_alloc(&t->p->arena, an + bn + 1);
	if (!j)
		return t->oom = 1, NULL;
	memcpy(j, a, an);
	memcpy(j + an, b, bn + 1);
	return j;
}

/* Is the row's value, if it has one, words (no quantity or date)? */
static int value_words_or_none(char *const *cellv, const size_t *lens)
{
	pb_value v;
	if (!cellv[C_VALUE])
		return 1;
	pb_value_parse(cellv[C_VALUE], lens[C_VALUE], &v);
	return v.kind == PB_VK_TEXT;
}

/*
 * Is a row with a blank level-1 cell the rest of the row above, cut by a
 * page break inside its level-2 or level-3 name (社会效益指 / 标)?  Read
 * as a row, the tail was an indicator of its own, named 标, and the rows
 * below took that level 2.  Its level-2 cell, if any, names nothing of
 * the framework; the name above and it make one (社会效益指 + 标), or the
 * row is the first after a page break (the header again, a page number
 * or page header above it).  A level-3 tail needs the break.  A value
 * of its own (a quantity, or words with a basis) makes it a row.
 */
static int level_tail(tparse *t, char *const *cellv, const size_t *lens, int after_break,
                      int l2_joined)
{
	const pb_indicator *prev = &t->p->ind[t->p->nind - 1];
	const char *l2 = cellv[C_L2];
	if (cellv[C_L1] || (!l2 && !cellv[C_L3]) || own_row(t, cellv, lens))
		return 0;
	if (!value_words_or_none(cellv, lens))
		return 0;
	if (l2) {
		if (!prev->level2 || l2_joined || pb_l2_parent(l2) >= 0 || pb_l1_index(l2) >= 0 ||
		    pb_l2_parent(prev->level2) >= 0)
			return 0;
		if (after_break)
			return 1;
		char *j = tcat(t, prev->level2, l2);
		return j && pb_l2_parent(j) >= 0;
	}
	return after_break && prev->level3;
}

/*
 * Is a row whose only level cell is the level-1 one the rest of the
 * level-1 name l1 above, cut by a line break (产出 / 指标)?  A PDF's tab
 * grid puts a wrapped cell's rest on a row of its own, under its column,
 * right after the row that printed the cell (printed: the last indicator
 * did); read as a row, the rest was an indicator's level 1 and the rows
 * below took it.  It is, when l1 is no level-1 name of the framework and
 * the row's is none either (a name alone on a row starts a block), and
 * the row has no value of its own (a quantity or date, or words with a
 * description and a basis).
 */
static int level1_tail(tparse *t, char *const *cellv, const size_t *lens, const char *l1,
                       int printed)
{
	if (!t->grid || !printed || !cellv[C_L1] || cellv[C_L2] || cellv[C_L3] || !l1 ||
	    pb_l1_index(l1) >= 0 || pb_l1_index(cellv[C_L1]) >= 0 || own_row(t, cellv, lens))
		return 0;
	return value_words_or_none(cellv, lens);
}

/* ---- the top drawn again after a page break ---- */

static int labelled_row(tparse *t, row *rw);

/* The next byte of row rw's text from cell *c, byte *i on, its empty
 * cells and blanks aside; 0 at its end */
static int row_byte(tparse *t, const row *rw, size_t *c, size_t *i)
{
	while (*c < rw->n) {
		const char *k = cflat(t, rw->first + *c);
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

/* top_again's rows from r on the same as the top's from its 项目编码
 * row c on, above row `above`: how many */
static PB_NOINLINE size_t top_rows_again(tparse *t, size_t r, size_t c, size_t above)
{
	if (!same_row(t, &t->rows[r], &t->rows[c]))
		return 0;
	size_t n = 1;
	while (c + n < above && r + n < t->nrows && same_row(t, &t->rows[r + n], &t->rows[c + n]))
		n++;
	return n;
}

/*
 * How many rows from r on draw the table's top again from its 项目编码
 * row on, the rows above row `above` being the top: 0 when row r is no
 * such.  Word repeats the rows marked as header rows after each page
 * break, and these tables often mark their top so; pbsplit keeps such a
 * repeat in the table when it is the same as the top (code, name,
 * budget).  It says nothing new: the caller passes over it.
 */
static PB_ALWAYS_INLINE size_t top_again(tparse *t, size_t r, size_t above)
{
	size_t c = t->code_row;
	if (!c-- || c >= above || r <= c)
		return 0;
	const row *rw = &t->rows[r], *top = &t->rows[c];
	/* asked of every row: most are turned away by their first cell's
	 * length (a 项目编码 row starts with its label, no empty cell) */
	const cell *a = &t->cells[rw->first], *b = &t->cells[top->first];
	if (!rw->n || !top->n || !b->len || a->len != b->len ||
	    memcmp(t->pool.ptr + a->off, t->pool.ptr + b->off, b->len))
		return 0;
	return top_rows_again(t, r, c, above);
}

/*
 * Rows from r on, after the top drawn again (top_again), that are
 * labelled as a top's rows are (预算数…, not the indicator header) but
 * are not this table's: another project's top under the same code, which
 * pbsplit tells apart in the layouts it cuts by lines (an HTML table on
 * one line it cannot).  No indicators: each is said so, not counted.
 * How many.
 */
static size_t top_unlike(tparse *t, size_t r)
{
	size_t n = 0;
	for (; r + n < t->nrows; n++) {
		row *rw = &t->rows[r + n];
		if (!labelled_row(t, rw) || header_cell(t, rw->first) || has(cflat(t, rw->first), "一级指标"))
			break;
		unparsed(t, rw->line, rw->end_line,
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
 * the table's title marked as going on (续表, 1.…绩效目标表（续）), or
 * after a break one of the table's own lines above its 项目编码 row (its
 * department, its 单位) again.  Nothing new: the table goes on, 1.
 * Such a title that ends the table (its unit lines at most after it)
 * is said so: the table that goes on after it was another project, its
 * 项目编码 or top not this one's (a slip of the code, maybe), and its
 * money is counted apart.
 */
static int page_furniture(tparse *t, size_t r, int broke)
{
	const row *rw = &t->rows[r];
	const char *k = cflat(t, rw->first), *title = t->p->title;
	size_t n = strlen(k), st = pb_title_numbering(k, n), tl = title ? strlen(title) : 0;
	if (tl && n - st >= tl && !memcmp(k + st, title, tl))
		st += tl;
	if (continued_mark(k + st)) {
		if (table_ends_after(t, r))
			unparsed(t, rw->line, rw->end_line,
			         "the table is said to go on (续) here, but none of it follows: a table "
			         "after it with another 项目编码 or top is another project, counted apart");
		return 1;
	}
	size_t c = t->code_row;
	if (!broke || !c--)
		return 0;
	for (size_t x = c > 8 ? c - 8 : 0; x < c; x++)
		if (t->rows[x].n == 1 && same_row(t, rw, &t->rows[x]))
			return 1;
	return 0;
}

/* Does the level row h of a two-row header leave the value column
 * unnamed: its cell there empty, or (cell per line, where the row left
 * out the empty cells under the upper row's names) none at all? */
static int level_row_lacks_value(tparse *t, const row *h, const int *col)
{
	if (col[C_VALUE] < 0)
		return col[C_L1] >= 0 || col[C_L2] >= 0;
	return (size_t)col[C_VALUE] < h->n && cell_empty(t, h->first + (size_t)col[C_VALUE]);
}

/*
 * from: the header row; or, headless, the first indicator row of a table
 * whose header is missing, read in the usual columns.
 */
static void indicators(tparse *t, size_t from, int headless)
{
	pb_project *p = t->p;
	int col[C_N];
	char *l1 = NULL, *l2 = NULL;

	if (headless) {
		for (int x = 0; x < C_N; x++)
			col[x] = x <= C_BASIS ? x : -1;
		unparsed(t, t->rows[from].line, t->rows[from].line,
		         "indicator rows without the 一级指标 header: read in the usual columns");
	} else {
		header_cols(t, &t->rows[from], col);
	}
	/* the national template's 权重 and 指标方向性: their own fields */
	if (col[C_WEIGHT] >= 0)
		p->weight_col = 1;
	if (col[C_DIR] >= 0)
		p->direction_col = 1;
	/* a two-row header: the level names below, the other columns'
	 * names above them (read from the level row alone, each value went
	 * to the basis and each description to the value) */
	if (!headless && from > 0 && level_row_lacks_value(t, &t->rows[from], col) &&
	    header_top(t, &t->rows[from - 1]))
		upper_cols(t, &t->rows[from - 1], col);
	/* the national template has no 指标值确定依据 column: its rows'
	 * empty basis is no omission (pbcheck's empty-field asks) */
	if (col[C_BASIS] < 0)
		p->no_basis_col = 1;
	/* the columns are the table's, not a row's: their rightmost once */
	int maxcol = 0;
	uint64_t read = 0;
	for (int x = 0; x < C_N; x++) {
		if (col[x] > maxcol)
			maxcol = col[x];
		if (col[x] >= 0 && col[x] < 64)
			read |= (uint64_t)1 << col[x];
	}
	/* every column up to the rightmost is read: only a row wider than
	 * that can hold a cell none reads */
	int all_read = maxcol < 63 && read == ((uint64_t)1 << (maxcol + 1)) - 1;
	centred_memo centred = { -1, 0, 0, NULL };
	/* the row follows a page break (the header again, a line that is no
	 * row); the level 2 carried down was joined with its tail, and the
	 * first indicator that carries it */
	int after_break = 0, l2_joined = 0;
	/* the first indicator that carries l1, and the one that printed it
	 * (SIZE_MAX: none did) */
	size_t l1_from = 0, l1_row = SIZE_MAX, l2_from = 0;
	if (ind_room(t, t->nrows - from < 256 ? t->nrows - from : 256) < 0)
		t->oom = 1;
	for (size_t r = from + !headless; r < t->nrows && !t->oom; r++) {
		row *rw = &t->rows[r];
		char *cellv[C_N] = { 0 };
		size_t lens[C_N]; /* of the cellv set */
		int any = 0, broke = after_break;
		after_break = 0;
		size_t again = top_again(t, r, from);
		if (again) {
			r += again - 1;
			r += top_unlike(t, r + 1);
			after_break = 1;
			continue;
		}
		if (header_cell(t, rw->first) ||
		    (rw->n > 1 && header_cell(t, rw->first + 1))) {
			after_break = 1;
			continue; /* the header again, after a page break */
		}
		size_t used = used_cells(t, rw->first, rw->n);
		/* a row one cell short that starts with a level-2 name lacks
		 * its merged level-1 cell (converters leave out the empty cell
		 * of a vertical merge): its cells are one column to the left,
		 * and read in place, its value went to the description */
		const int *cc = col;
		int sh[C_N];
		uint64_t rread = read;
		if (used == (size_t)maxcol && col[C_L1] == 0 && col[C_L2] == 1 && used > 2 &&
		    level2_name(t, rw->first)) {
			int s = shifted_row(t, rw, col);
			if (s > 0) {
				for (int x = 0; x < C_N; x++)
					sh[x] = col[x] > 0 ? col[x] - 1 : -1;
				cc = sh;
			} else if (!s) {
				unparsed(t, rw->line, rw->end_line,
				         "indicator row one cell short that starts with a level-2 name: "
				         "its cells may be one column to the left");
			}
		} else if (used + 1 == (size_t)maxcol && col[C_L1] == 0 && col[C_L2] == 1 &&
		           col[C_L3] == 2 && p->nind && levels_left_out(t, rw, col, used)) {
			rread = 0;
			for (int x = 0; x < C_N; x++) {
				sh[x] = x == C_L1 || x == C_L2 || col[x] < 2 ? -1 : col[x] - 2;
				if (sh[x] >= 0 && sh[x] < 64)
					rread |= (uint64_t)1 << sh[x];
			}
			cc = sh;
		} else if (used == (size_t)maxcol + 2 && value_pushed_right(t, rw, col, maxcol)) {
			rread = 0;
			for (int x = 0; x < C_N; x++) {
				sh[x] = col[x] >= col[C_VALUE] ? col[x] + 1 : col[x];
				if (sh[x] >= 0 && sh[x] < 64)
					rread |= (uint64_t)1 << sh[x];
			}
			cc = sh;
		}
		for (int x = 0; x < C_N; x++) {
			if (cc[x] >= 0 && (size_t)cc[x] < rw->n && !cell_empty(t, rw->first + (size_t)cc[x])) {
				cellv[x] = cell_dup(t, rw->first + (size_t)cc[x], &lens[x]);
				any = 1;
			}
		}
		if (any && (!all_read || used > (size_t)maxcol + 1))
			stray_cells(t, rw, rread);
		if (!any && used > 0) {
			unparsed(t, rw->line, rw->end_line, "row outside the indicator columns");
		} else if (!any) {
			/* an empty row */
			after_break = broke;
		} else if (p->nind && level_tail(t, cellv, lens, broke, l2_joined)) {
			pb_indicator *prev = &p->ind[p->nind - 1];
			if (cellv[C_L2]) {
				/* the rows that carry the cut name get it whole */
				char *j = tcat(t, prev->level2, cellv[C_L2]);
				for (size_t x = l2_from; j && x < p->nind; x++)
					if (p->ind[x].level2 == l2)
						p->ind[x].level2 = j;
				l2 = j;
				l2_joined = 1;
			}
			if (cellv[C_L3] && prev->level3)
				prev->level3 = tcat(t, prev->level3, cellv[C_L3]);
			if (cellv[C_DESC] || cellv[C_VALUE] || cellv[C_BASIS])
				tail_add(t, cellv,
				         cellv[C_VALUE] ? t->cells[rw->first + (size_t)cc[C_VALUE]].line : rw->line);
		} else if (p->nind && level1_tail(t, cellv, lens, l1, l1_row == p->nind - 1)) {
			/* the rows that carry the cut name get it whole */
			char *j = tcat(t, l1, cellv[C_L1]);
			for (size_t x = l1_from; j && x < p->nind; x++)
				if (p->ind[x].level1 == l1)
					p->ind[x].level1 = j;
			if (j)
				l1 = j;
			if (cellv[C_DESC] || cellv[C_VALUE] || cellv[C_BASIS])
				tail_add(t, cellv,
				         cellv[C_VALUE] ? t->cells[rw->first + (size_t)cc[C_VALUE]].line : rw->line);
		} else if (!cellv[C_L1] && !cellv[C_L2] && !cellv[C_L3] && p->nind &&
		           !own_row(t, cellv, lens)) {
			/* the tail of the row above, cut by a page break */
			tail_add(t, cellv,
			         cellv[C_VALUE] ? t->cells[rw->first + (size_t)cc[C_VALUE]].line : rw->line);
		} else if (used == 1 && (size_t)maxcol > 0 && rw->n == 1) {
			if (!page_furniture(t, r, broke))
				unparsed(t, rw->line, rw->end_line, "text inside the indicator table is not a row");
			after_break = 1; /* a page number or page header */
		} else if ((cellv[C_L1] || (!cellv[C_VALUE] && !cellv[C_DESC])) && signoff_row(t, rw)) {
			/* (its labels under the description or the value too,
			 * when its cells were merged and kept their empty ones:
			 * no level-1 name is a label and its text) */
			unparsed(t, rw->line, rw->end_line,
			         "labelled text (单位负责人：…), not an indicator row");
		} else {
			if (!cellv[C_L3] && !cellv[C_VALUE]) {
				unparsed(t, rw->line, rw->end_line, "indicator row without a name or value");
			}
			/* a row whose levels were all merged away names the
			 * indicator above's (before tail_close: it may move) */
			if (!cellv[C_L1] && !cellv[C_L2] && !cellv[C_L3] && p->nind)
				cellv[C_L3] = p->ind[p->nind - 1].level3;
			tail_close(t);
			if (ind_room(t, p->nind + 1) < 0) {
				t->oom = 1;
			} else {
				pb_indicator *in = &p->ind[p->nind++];
				memset(in, 0, sizeof *in);
				in->line = rw->line;
				in->value_line = rw->line;
				if (cc[C_VALUE] >= 0 && (size_t)cc[C_VALUE] < rw->n)
					in->value_line = t->cells[rw->first + (size_t)cc[C_VALUE]].line;
				/* a level names every row below it until the next:
				 * the rows share its string */
				if (cellv[C_L1]) {
					l1 = cellv[C_L1];
					l1_from = l1_row = p->nind - 1;
					if (!cellv[C_L2])
						l2 = NULL;
				} else if (cellv[C_L2]) {
					char *home = centred_level1(t, r, col, l1, cellv[C_L2], &centred);
					if (home && home != l1) {
						l1 = home;
						l1_from = p->nind - 1;
					}
				}
				if (cellv[C_L2]) {
					l2 = cellv[C_L2];
					l2_joined = 0;
					l2_from = p->nind - 1;
				}
				in->level1 = l1;
				in->level2 = l2;
				in->level3 = cellv[C_L3];
				in->description = cellv[C_DESC];
				if (cellv[C_OP] || cellv[C_UNIT])
					template_value(t, rw, cc, cellv, lens);
				in->value = cellv[C_VALUE];
				in->basis = cellv[C_BASIS];
				in->weight = cellv[C_WEIGHT];
				in->direction = cellv[C_DIR];
				pb_value_parse(in->value ? in->value : "", in->value ? lens[C_VALUE] : 0,
				               &in->parsed);
			}
		}
	}
	tail_close(t);
}

/*
 * Is the row a page number alone (3, - 3 -, —3—, 第 3 页, 3/10) in its
 * first cell?  Such a line is no row of the table; a plan value is never
 * in the label's column.
 */
static int page_number_row(tparse *t, const row *rw)
{
	if (!rw->n || used_cells(t, rw->first, rw->n) != 1 || cell_empty(t, rw->first))
		return 0;
	const char *k = cflat(t, rw->first);
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
 * Is the row a PDF's running page header alone: a cover title, the
 * filing's own (2025年部门预算绩效文本) or worded otherwise
 * (2025年度部门预算绩效目标), or a part's heading (第二部分 预算项目绩效
 * 目标), maybe with a page number after it?  The
 * 绩效目标 such a header ends in is no goals label: taken for one, the
 * line was dropped without a word.
 */
static int page_header_row(tparse *t, const row *rw)
{
	size_t off;
	if (!rw->n || used_cells(t, rw->first, rw->n) != 1 || cell_empty(t, rw->first))
		return 0;
	/* a title has its year's 年: most rows here (a unit line, 单位：万元)
	 * have none, and are not keyed */
	const char *k = cflat(t, rw->first);
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

/* Is the row the table's department alone (pb_dept_alone), a PDF's
 * running page header?  Read on, it was glued onto the purpose or the
 * goals without a word. */
static int dept_header_row(tparse *t, const row *rw)
{
	const char *d = t->p->dept;
	if (!d || !rw->n || used_cells(t, rw->first, rw->n) != 1 || cell_empty(t, rw->first))
		return 0;
	const char *k = cflat(t, rw->first);
	size_t dl = strlen(d);
	/* most rows here (a purpose, a goal) do not start as the name does */
	if (strncmp(k, d, 3) || strlen(k) > dl + 40)
		return 0;
	if (pb_line_key(&t->tmp, k, strlen(k)) < 0)
		return t->oom = 1, 0;
	return pb_dept_alone(t->tmp.ptr, t->tmp.len, d);
}

/* Does the row start with a label read_rows reads it by (绩效目标, the
 * indicator header, another plan...), so that it holds no plan values? */
static int labelled_row(tparse *t, row *rw)
{
	if (!rw->n || cell_empty(t, rw->first))
		return 0;
	if (header_cell(t, rw->first))
		return 1;
	const char *k = cflat(t, rw->first);
	static const char *const labels[] = { "绩效目标", "一级指标", "项目编", "项目名称",
	                                      "预算", "资金用途", "支出", "资金总额" };
	for (size_t x = 0; x < sizeof labels / sizeof *labels; x++)
		if (has(k, labels[x]))
			return 1;
	return checkpoint(k) >= 0;
}

/* s[0..*n) less the separators of a sentence around it and the colon
 * that ends a label */
static const char *trim_sep(const char *s, size_t *n)
{
	static const char *const sep[] = { "，", "；", "。", "、", "：", ",", ";", ":", " " };
	for (int again = 1; again && *n;) {
		again = 0;
		for (size_t i = 0; i < sizeof sep / sizeof *sep; i++) {
			size_t l = strlen(sep[i]);
			if (*n >= l && !memcmp(s, sep[i], l))
				s += l, *n -= l, again = 1;
			if (*n >= l && !memcmp(s + *n - l, sep[i], l))
				*n -= l, again = 1;
		}
	}
	return s;
}

/* Is s[0..n) letters and digits only, as a piece of a code is? */
static int code_piece(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
			return 0;
	return 1;
}

/*
 * Does c start with a code of the usual form (13018624P008549100030)
 * and text that is no code go on after it (a CJK byte)?  Then the code
 * ends at its 21 characters; a 22nd letter or digit is a typo pbcheck
 * reports (code-format), kept.
 */
static int code_shape(const char *c)
{
	return pb_code_form(c) && (unsigned char)c[21] >= 0x80;
}

/*
 * The code in src[0..end) into t->tmp, its pieces split by wrapping
 * (13018624P0000041000 14) joined while the code is short of its 21
 * characters and the next piece is letters and digits: where they stop,
 * returned, is no part of it.  Joining every piece glued the name of
 * 项目编码 42108226P000321100045 项目名称 … into the code.
 */
static const char *code_pieces(tparse *t, const char *src, const char *end)
{
	pb_buf *code = &t->tmp;
	pb_buf_reset(code);
	const char *q = src;
	while (q < end) {
		while (q < end && *q == ' ')
			q++;
		const char *e = q;
		while (e < end && *e != ' ')
			e++;
		if (q == e)
			break;
		if (code->len && (code->len >= 21 || !code_piece(q, (size_t)(e - q))))
			break;
		if (pb_buf_add(code, q, (size_t)(e - q)) < 0)
			t->oom = 1;
		q = e;
	}
	end = q < end ? q : end;
	/* a C string, for the message that quotes what follows a code */
	if (pb_buf_addc(code, '\0') < 0)
		t->oom = 1;
	else
		code->len--;
	return end;
}

/* The name after 项目名称 in the code's cell (s past the label): the
 * project's name, unless a row before named it. */
static void code_cell_name(tparse *t, const row *rw, const char *s)
{
	size_t n = strlen(s);
	s = trim_sep(s, &n);
	if (!n)
		return; /* read_name looks in the cells after */
	if (!t->p->name) {
		t->p->name = tdup(t, s, n);
		return;
	}
	if (strlen(t->p->name) == n && !memcmp(t->p->name, s, n))
		return;
	char why[200];
	snprintf(why, sizeof why, "project name in the code's cell beside another: %.*s",
	         pb_utf8_cut(s, n > 120 ? 120 : (int)n), s);
	unparsed(t, rw->line, rw->end_line, why);
}

/* The project code, labelled by cell c of rw. */
static void read_code(tparse *t, row *rw, int c)
{
	pb_project *p = t->p;
	char *k = cflat(t, rw->first + (size_t)c);
	/* 项目编码, 项目编号 or 项目代码, then maybe the code in the same cell */
	const char *rest = strstr(k, "项目编");
	if (rest) {
		rest += strlen("项目编");
		if (!strncmp(rest, "码", 3) || !strncmp(rest, "号", 3))
			rest += 3;
	} else {
		rest = strstr(k, "项目代码") + strlen("项目代码");
	}
	while (*rest == ':' || !strncmp(rest, "：", 3))
		rest += *rest == ':' ? 1 : 3;
	const char *src = rest;
	int v;
	/* no code (null, and pbcheck's empty-field) when the next label,
	 * 项目名称, comes first */
	if (!*rest && (v = value_cell(t, rw, c)) >= 0)
		src = cflat(t, rw->first + (size_t)v);
	const char *name = strstr(src, "项目名称"), *end = name ? name : src + strlen(src);
	const char *stop = code_pieces(t, src, end);
	size_t len = t->tmp.len, tail = len > 21 && code_shape(t->tmp.ptr) ? 21 : len;
	if (len)
		p->code = tdup(t, t->tmp.ptr, tail);
	p->code_line = rw->line;
	size_t n = (size_t)(end - stop);
	stop = trim_sep(stop, &n);
	if (n || tail < len) {
		char why[240];
		snprintf(why, sizeof why, "project code cell text that no field reads: %.*s%s%.*s",
		         pb_utf8_cut(t->tmp.ptr + tail, (int)(len - tail > 80 ? 80 : len - tail)), t->tmp.ptr + tail,
		         tail < len && n ? " " : "", pb_utf8_cut(stop, n > 80 ? 80 : (int)n), stop);
		unparsed(t, rw->line, rw->end_line, why);
	}
	if (name)
		code_cell_name(t, rw, name + strlen("项目名称"));
}

static PB_NOINLINE int unit_row(tparse *t, const row *rw);

/*
 * Is rw the upper row of a two-row indicator header (绩效指标 spanning
 * the level cells, then 绩效指标描述 指标值 指标值确定依据 beside them,
 * the level names in the row below)?  It names the value column, and the
 * next row is the header.
 */
static int header_top(tparse *t, row *rw)
{
	row *h = rw + 1;
	if (h >= t->rows + t->nrows || !h->n)
		return 0;
	return (header_cell(t, h->first) || (h->n > 1 && header_cell(t, h->first + 1))) &&
	       names_value(t, rw->first, rw->n);
}

/* Is k a label of the project's rows that a blank name leaves next to
 * 项目名称 (项目属性, 主管部门...)?  Only these: a name may well hold
 * 项目 or 资金 itself. */
static int name_label(const char *k)
{
	static const char *const labels[] = {
		"项目属性", "项目类型", "项目编码", "项目代码", "项目编号", "项目期限", "项目负责人",
		"主管部门", "实施单位", "项目单位", "预算单位", "项目实施单位", "项目主管部门",
		"负责人", "联系电话", "预算数", "资金用途",
	};
	size_t n = strlen(k);
	if (n >= 3 && !strcmp(k + n - 3, "："))
		n -= 3;
	else if (n && k[n - 1] == ':')
		n--;
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (strlen(labels[i]) == n && !memcmp(k, labels[i], n))
			return 1;
	return 0;
}

/*
 * 项目名称 labelled by cell c: the first non-empty cell after it, unless
 * that is another label (the name is blank: 项目名称\t\t项目属性 gave the
 * name 项目属性).  The row's other cells after it that the code does not
 * hold are no field: an unparsed record, not dropped.
 */
static PB_NOINLINE void read_name(tparse *t, row *rw, int c)
{
	pb_project *p = t->p;
	int v = -1;
	size_t x;
	for (x = (size_t)c + 1; x < rw->n; x++)
		if (!cell_empty(t, rw->first + x)) {
			char *k = cflat(t, rw->first + x);
			if (!name_label(k)) {
				p->name = tstr(t, k);
				v = (int)x;
			}
			break;
		}
	if (x >= rw->n)
		return;
	/* the code's label and value may follow the name */
	int code = find_cell(t, rw, "项目编", 0);
	if (code < 0)
		code = find_cell(t, rw, "项目代码", 0);
	int code_v = code >= 0 ? value_cell(t, rw, code) : -1;
	pb_buf *b = &t->join;
	pb_buf_reset(b);
	for (x = (size_t)(v >= 0 ? v : c) + 1; x < rw->n; x++) {
		if (cell_empty(t, rw->first + x) || (int)x == code || (int)x == code_v)
			continue;
		const char *k = cflat(t, rw->first + x);
		if ((b->len && pb_buf_addc(b, ' ') < 0) || pb_buf_add(b, k, strlen(k)) < 0) {
			t->oom = 1;
			return;
		}
	}
	if (!b->len)
		return;
	if (pb_buf_addc(b, '\0') < 0) {
		t->oom = 1;
		return;
	}
	char why[200];
	snprintf(why, sizeof why, "project name row cells that no field reads: %.*s", pb_utf8_cut(b->ptr, 120),
	         b->ptr);
	unparsed(t, rw->line, rw->end_line, why);
}

/* Does the row carry on the text of the row before it (the purpose or
 * the goals)?  So does any row that no label read_rows knows starts. */
/*
 * Does an indicator row stand where the indicator header should be (a
 * table whose header row was lost)?  A level-1 name of the framework
 * first, and cells enough for the levels and a value.  Read as goals,
 * each of its cells was a goal.
 */
static int headless_row(tparse *t, const row *rw)
{
	return rw->n && !cell_empty(t, rw->first) && used_cells(t, rw->first, rw->n) >= 4 &&
	       pb_l1_index(cflat(t, rw->first)) >= 0;
}

static int carries_on(tparse *t, row *rw)
{
	if (!used_cells(t, rw->first, rw->n) || labelled_row(t, rw) ||
	    find_cell(t, rw, "一级指标", 1) >= 0 || header_top(t, rw) || headless_row(t, rw))
		return 0;
	/* a unit line below the purpose is read as one, not glued to it */
	return find_cell(t, rw, "单位", 0) < 0 || !unit_row(t, rw);
}

/* Does the budget row end in a label whose amount is not there (cut off
 * by a page or line break, onto the next line)?  Every table asks, so a
 * label is told by its first byte (no amount starts with a Chinese one)
 * rather than by field_label's searches. */
static int budget_open(tparse *t, const row *rw)
{
	size_t n = used_cells(t, rw->first, rw->n);
	if (!n)
		return 0;
	size_t kn;
	const char *k = cell_line(t, rw->first + n - 1, &kn);
	return (unsigned char)k[0] >= 0x80 && !amount_after(k, kn);
}

/* Does the row go on with amounts, after leading empty cells, as the
 * rest of a cut budget row does (a purpose row starts with its text)? */
static int amounts_go_on(tparse *t, const row *x)
{
	if (!x->n || !cell_empty(t, x->first))
		return 0;
	for (size_t c = x->first + 1; c < x->first + x->n; c++)
		if (!cell_empty(t, c)) {
			size_t n;
			const char *k = cell_line(t, c, &n);
			return amount_after(k, n) == k;
		}
	return 0;
}

static int funds_kind(const char *k, size_t n);
static int amounts_under_labels(tparse *t, const row *rw, const row *x);

#define PAGE_IN_BUDGET_WHY "page number line inside the budget row is no part of it"
#define HEADER_IN_BUDGET_WHY "page header (a title) inside the budget row is no part of it"

/* How many rows from i on (three at most) a page break put there: page
 * numbers alone and running page headers (the filing's title). */
static size_t page_break_rows(tparse *t, size_t i)
{
	size_t m = 0;
	while (m < 3 && i + m < t->nrows &&
	       (page_number_row(t, &t->rows[i + m]) || page_header_row(t, &t->rows[i + m])))
		m++;
	return m;
}

/* Those m rows said, each an unparsed record. */
static void page_break_said(tparse *t, size_t i, size_t m)
{
	for (size_t j = i; j < i + m; j++)
		unparsed(t, t->rows[j].line, t->rows[j].end_line,
		         page_number_row(t, &t->rows[j]) ? PAGE_IN_BUDGET_WHY : HEADER_IN_BUDGET_WHY);
}

/* Reverse cells [a, b) of t->cells. */
static void reverse_cells(tparse *t, size_t a, size_t b)
{
	while (a + 1 < b) {
		cell c = t->cells[a];
		t->cells[a++] = t->cells[--b];
		t->cells[b] = c;
	}
}

/*
 * Are the rows from i on a page break's (a page number, - 7 -, the
 * page's running header, or both) between the budget row rw, cut after
 * a label, and the rest of it?  Then they are said, and their cells are
 * moved after the rest's, which then follow rw's for join_budget_rest to
 * join (the rows keep their order: the page break's are skipped).  How
 * many rows the break is, 0 if none.  Taken for the end of the budget
 * row, the rest went to purpose.
 */
static size_t page_in_budget(tparse *t, const row *rw, size_t i)
{
	size_t m = page_break_rows(t, i), end = rw->first + rw->n;
	if (!m || i + m >= t->nrows)
		return 0;
	for (size_t j = i; j <= i + m; j++) {
		if (t->rows[j].first != end)
			return 0;
		end += t->rows[j].n;
	}
	row *x = &t->rows[i + m];
	if (!amounts_go_on(t, x) || amounts_under_labels(t, rw, x))
		return 0;
	page_break_said(t, i, m);
	size_t a = t->rows[i].first, mid = x->first, b = x->first + x->n;
	reverse_cells(t, a, mid);
	reverse_cells(t, mid, b);
	reverse_cells(t, a, b);
	x->first = a;
	x->multi = -1;
	for (size_t j = i; j < i + m; j++) {
		t->rows[j].first += x->n;
		t->rows[j].multi = -1;
	}
	return m;
}

/*
 * Does x hold amounts only, each under a label of the budget row rw
 * that has none of its own (预算数 100.00 其中：财政资金 其他资金 over
 * 80.00 20.00)?  Then x is their amounts row, read by column; joined as
 * the rest of a cut row, 80.00 went to 其他资金.
 */
static int amounts_under_labels(tparse *t, const row *rw, const row *x)
{
	int any = 0;
	for (size_t y = 0; y < x->n; y++) {
		size_t n, ln;
		const char *k = cell_line(t, x->first + y, &n);
		if (!n)
			continue;
		if ((amount_after(k, n) != k && !pb_placeholder(k)) || y >= rw->n || cell_empty(t, rw->first + y))
			return 0;
		const char *l = cell_line(t, rw->first + y, &ln);
		if (!funds_kind(l, ln) || amount_after(l, ln) || value_cell(t, (row *)rw, (int)y) >= 0)
			return 0;
		any = 1;
	}
	return any;
}

/* Join to the budget row r the rows that carry on its cut cells; their
 * cells follow its own in t->cells, so it only widens.  How many rows
 * it took.  Not inlined, nor is read_budget: once a table, they only
 * made read_rows big enough that LTO stopped inlining read_code (pbtable
 * 239.30 -> 239.16 M instructions). */
static PB_NOINLINE size_t join_budget_rest(tparse *t, size_t r)
{
	row *rw = &t->rows[r];
	size_t k = 0;
	while (r + k + 1 < t->nrows && budget_open(t, rw)) {
		size_t m = page_in_budget(t, rw, r + k + 1);
		if (m) {
			k += m;
			continue;
		}
		const row *x = &t->rows[r + k + 1];
		if (x->first != rw->first + rw->n || !amounts_go_on(t, x) || amounts_under_labels(t, rw, x))
			break;
		rw->n += x->n;
		rw->end_line = x->end_line;
		rw->multi = -1;
		k++;
	}
	return k;
}

/* The cell of the first needle found in rw, or -1. */
static int find_any(tparse *t, row *rw, const char *const *needles)
{
	int c = -1;
	for (; *needles && c < 0; needles++)
		c = find_cell_n(t, rw, *needles, strlen(*needles), 0);
	return c;
}

/*
 * The amounts of the budget row whose label is none that pbtable reads
 * (上级补助, 政府性基金...): an unparsed record each, as they are money
 * the project's fields do not hold.
 */
static void unread_amounts(tparse *t, row *rw, uint64_t read)
{
	size_t label = 0;
	for (size_t x = 0; x < rw->n && x < 64; x++) {
		if (cell_empty(t, rw->first + x))
			continue;
		size_t n = 0;
		const char *k = read >> x & 1 ? "" : cell_line(t, rw->first + x, &n);
		const char *in = n ? amount_after(k, n) : NULL;
		if (in) {
			const char *l = in == k && label < x ? cflat(t, rw->first + label) : "";
			/* 项目总预算数 beside 本年预算数 is a 预算数 all the same */
			const char *what = has(l, "预算数") || has(k, "预算数")
			                   ? "a label other than this year's 预算数"
			                   : "a label read as none of 预算数, 财政资金, 其他资金";
			char why[200];
			snprintf(why, sizeof why, "budget row amount under %s: %.*s %.*s", what,
			         pb_utf8_cut(l, 60), l, pb_utf8_cut(k, 60), k);
			long ln = t->cells[rw->first + x].line;
			unparsed(t, ln, ln, why);
		}
		label = x;
	}
}

static const char *const fiscal_labels[] = { "财政", "一般公共预算", NULL };
static const char *const other_labels[] = { "其他资金", "其它资金", "其他来源", "自有资金", "单位资金",
                                            NULL };

/* A budget row label past its 其中： (其中：财政资金): the word that
 * names the amount */
static const char *label_word(const char *k)
{
	if (!strncmp(k, "其中", 6))
		k += 6;
	while (*k == ' ' || *k == ':')
		k++;
	if (!strncmp(k, "：", 3))
		k += 3;
	return k;
}

/*
 * Is k a non-fiscal funds label (非财政资金, 其中：非财政拨款)?  It holds
 * 财政 and was summed into the fiscal funds: it is the other funds.
 */
static int nonfiscal_label(const char *k)
{
	return !strncmp(label_word(k), "非财政", 9);
}

/* Is k an other funds label (its usual names, or 非财政…)? */
static int other_label(const char *k)
{
	for (size_t y = 0; other_labels[y]; y++)
		if (has(k, other_labels[y]))
			return 1;
	return nonfiscal_label(k);
}

/* Is k a fiscal funds label, and none of the other funds? */
static int fiscal_label(const char *k)
{
	int f = 0;
	for (size_t y = 0; fiscal_labels[y]; y++)
		f |= has(k, fiscal_labels[y]);
	return f && !other_label(k);
}

/* Is cell x of rw one of skip (bit per cell, the first 64)? */
static int skipped(uint64_t skip, size_t x)
{
	return x < 64 && (skip >> x & 1);
}

/*
 * The cell of the budget row's fiscal funds label, or -1: the first that
 * find_any finds, unless it is a non-fiscal label or one of skip (read
 * already), then the first after it that fiscal_label takes.
 */
static int fiscal_cell(tparse *t, row *rw, uint64_t skip)
{
	int c = find_any(t, rw, fiscal_labels);
	if (c < 0 || (!skipped(skip, (size_t)c) && !nonfiscal_label(cflat(t, rw->first + (size_t)c))))
		return c;
	for (size_t x = (size_t)c + 1; x < rw->n; x++)
		if (!skipped(skip, x) && fiscal_label(cflat(t, rw->first + x)))
			return (int)x;
	return -1;
}

/* The cell of the budget row's other funds label, or -1: one of its
 * usual names first, else a non-fiscal label; none of skip. */
static int other_cell(tparse *t, row *rw, uint64_t skip)
{
	int c = find_any(t, rw, other_labels);
	if (c >= 0 && !skipped(skip, (size_t)c))
		return c;
	for (size_t x = 0; x < rw->n; x++)
		if (!skipped(skip, x) && !cell_empty(t, rw->first + x) &&
		    nonfiscal_label(cflat(t, rw->first + x)))
			return (int)x;
	return -1;
}

/* Where the amount of a fiscal label after the first is read, or NULL
 * when there are too many to be sure of (fiscal_total: null). */
static pb_amount *fiscal_slot(tparse *t)
{
	/* too many already (a budget cell of fiscal labels asks on: a
	 * fuzzer's, ASan's fparts[-1]) */
	if (t->nfparts < 0)
		return NULL;
	if (t->nfparts < (int)(sizeof t->fparts / sizeof *t->fparts))
		return &t->fparts[t->nfparts];
	t->nfparts = -1;
	return NULL;
}

/* The amount read into fiscal_slot is one to sum. */
static void fiscal_part(tparse *t, long line)
{
	if (!t->fline)
		t->fline = line;
	t->nfparts++;
}

/*
 * Two or more fiscal labels (本级财政资金 60, 上级财政资金 40): the
 * fiscal funds are their sum.  Only the first was read, and 60 went out
 * as the fiscal total.  Parts that may be a total and its shares (one is
 * the sum of the others, or they sum above the budget) cannot be told
 * apart: null, with a word.
 */
static void fiscal_total(tparse *t)
{
	pb_project *p = t->p;
	if (!t->nfparts)
		return;
	pb_money sum = pb_money_zero(), part[9];
	int n = 0, bad = t->nfparts < 0;
	if (p->fiscal.set)
		part[n++] = p->fiscal.v;
	for (int i = 0; i < t->nfparts; i++)
		part[n++] = t->fparts[i].v;
	for (int i = 0; i < n && !bad; i++)
		bad = pb_money_add(&sum, part[i]) != PB_MONEY_OK;
	if (!bad && p->budget.set && pb_money_cmp(sum, p->budget.v) > 0)
		bad = 1;
	for (int i = 0; i < n && !bad && n > 1; i++) {
		pb_money rest = sum;
		if (pb_money_sub(&rest, part[i]) == PB_MONEY_OK && !pb_money_cmp(rest, part[i]))
			bad = 1;
	}
	if (bad) {
		p->fiscal.set = 0;
		unparsed(t, t->fline, t->fline,
		         "two or more fiscal funds labels whose amounts may be a total and its shares: 财政资金 left null");
	} else {
		p->fiscal.set = 1;
		p->fiscal.v = sum;
	}
	t->nfparts = 0;
}

static int budget_in_cell(const char *k, size_t n);
static int funds_kind(const char *k, size_t n);

/*
 * The cells of the labels row rw after its 预算数 label (col[0]) that
 * label none of the three funds (上年结转, 自筹资金): bit per cell, the
 * first 64.
 */
static uint64_t other_labels_over(tparse *t, const row *rw, const int *col)
{
	uint64_t extra = 0;
	for (size_t y = (size_t)col[0] + 1; y < rw->n && y < 64; y++)
		if (!cell_empty(t, rw->first + y) && (int)y != col[1] && (int)y != col[2])
			extra |= (uint64_t)1 << y;
	return extra;
}

/* Is k a row label of a totals row (合计, 小计), not an amount? */
static int total_cell(const char *k)
{
	return !strcmp(k, "合计") || !strcmp(k, "小计");
}

/*
 * The label (0 预算数, 1 财政资金, 2 其他资金: col) whose merged cell
 * spans column y of the labels row rw: y is empty there, the label the
 * first text to its left (in column l), and in the amounts row x its own
 * column holds no amount.  -1 if none.
 */
static int spanned_label(tparse *t, const row *rw, const row *x, size_t y, size_t l, const int *col)
{
	if (y >= rw->n || !cell_empty(t, rw->first + y) || l >= y)
		return -1;
	for (int a = 0; a < 3; a++)
		if (col[a] == (int)l) {
			size_t n = 0;
			const char *k = l < x->n ? cell_line(t, x->first + l, &n) : "";
			return n && amount_after(k, n) == k ? -1 : a;
		}
	return -1;
}

/*
 * A budget row of labels only (预算数\t其中：财政资金\t其他资金) over a
 * row of their amounts, the 预算数 label in cell c of row r: the amounts
 * under their labels, or failing that in the labels' order when there
 * are as many; else all null, with a word.  Read as a row cut after its
 * last label, the first amount went to 其他资金 and the others were
 * lost.  0 when the rows are not such a pair.
 */
static PB_NOINLINE int budget_below(tparse *t, size_t r, int c, int to_wan)
{
	pb_project *p = t->p;
	row *rw = &t->rows[r], *x = &t->rows[r + 1];
	int col[3] = { c, -1, -1 };
	pb_amount *dst[3] = { &p->budget, &p->fiscal, &p->other };
	static const char *const what[3] = { "预算数", "财政资金", "其他资金" };
	size_t n;
	const char *k;
	/* most budget rows hold their amounts, the first right after 预算数:
	 * the cheap test first */
	k = cell_line(t, rw->first + (size_t)c, &n);
	int v0 = value_cell(t, rw, c);
	size_t vn = 0;
	const char *vk = v0 >= 0 ? cell_line(t, rw->first + (size_t)v0, &vn) : NULL;
	/* a label beside 预算数 (上年结转) is no amount of it */
	if ((vk && !funds_kind(vk, vn) && !total_cell(vk)) || amount_after(k, n) || budget_in_cell(k, n))
		return 0;
	/* 预算数 over 合计, the total's amount under it */
	if (vk && total_cell(vk))
		col[0] = v0;
	for (size_t y = 0; y < rw->n; y++)
		if (!cell_empty(t, rw->first + y) &&
		    (k = cell_line(t, rw->first + y, &n), amount_after(k, n)))
			return 0;
	col[1] = fiscal_cell(t, rw, 0);
	col[2] = other_cell(t, rw, 0);
	if (col[1] < 0 && col[2] < 0)
		return 0;
	uint64_t extra = other_labels_over(t, rw, col), under_extra = 0;
	int namt = 0, aligned = 1, at[3] = { -1, -1, -1 }, vat[3] = { col[0], col[1], col[2] };
	size_t lastl = (size_t)-1; /* the last text column of rw up to y */
	for (size_t y = 0; y < x->n; y++) {
		if (y < rw->n && !cell_empty(t, rw->first + y))
			lastl = y;
		if (cell_empty(t, x->first + y))
			continue;
		k = cell_line(t, x->first + y, &n);
		if (!namt && total_cell(k))
			continue;
		if (amount_after(k, n) != k)
			return 0;
		if (namt < 3)
			at[namt] = (int)y;
		namt++;
		int s;
		if (skipped(extra, y))
			under_extra |= (uint64_t)1 << y;
		else if ((s = spanned_label(t, rw, x, y, lastl, col)) >= 0)
			vat[s] = (int)y;
		else
			aligned &= (int)y == col[0] || (int)y == col[1] || (int)y == col[2];
	}
	if (!namt)
		return 0;
	/* a label of its own over a column (上年结转): amounts in order
	 * would give its amount to another label */
	int labels = extra ? -1 : 1 + (col[1] >= 0) + (col[2] >= 0);
	/* the labels' order, for values that are not under them */
	int ord[3] = { 0, 1, 2 }, nord = 0;
	for (int a = 0; a < 3; a++)
		if (col[a] >= 0)
			ord[nord++] = a;
	for (int a = 0; a < nord; a++)
		for (int b = a + 1; b < nord; b++)
			if (col[ord[b]] < col[ord[a]]) {
				int tmp = ord[a];
				ord[a] = ord[b];
				ord[b] = tmp;
			}
	for (int a = 0; a < 3; a++)
		dst[a]->set = 0;
	p->budget_line = x->line;
	int bu = label_unit(cflat(t, rw->first + (size_t)c));
	if (!aligned && namt != labels) {
		unparsed(t, x->line, x->end_line,
		         "budget amounts under no label of the row above: 预算数, 财政资金, 其他资金 left null");
		return 1;
	}
	for (int a = 0; a < nord; a++) {
		int l = ord[a], v = aligned ? vat[l] : at[a];
		k = cflat(t, rw->first + (size_t)col[l]);
		int lu = label_unit(k);
		if (lu < 0) /* one amounts row, one unit: 预算数（元）'s */
			lu = bu;
		amount(t, x, v, lu >= 0 ? lu : to_wan, lu >= 0, dst[l], what[l]);
	}
	for (size_t y = 0; y < x->n && y < 64; y++)
		if (under_extra >> y & 1) {
			const char *l = cflat(t, rw->first + y);
			k = cflat(t, x->first + y);
			char why[200];
			snprintf(why, sizeof why,
			         "budget row amount under a label read as none of 预算数, 财政资金, 其他资金: %.*s %.*s",
			         pb_utf8_cut(l, 60), l, pb_utf8_cut(k, 60), k);
			unparsed(t, t->cells[x->first + y].line, t->cells[x->first + y].line, why);
		}
	return 1;
}

/*
 * The text cells of the budget row after its 预算数 label (in c0) that
 * no label read: a 资金用途 label starts the purpose there (…其他资金
 * 50000.00 资金用途 用于…), and any other is an unparsed record.  Both
 * were dropped without a word.
 */
static void budget_text(tparse *t, row *rw, int c0, uint64_t read)
{
	for (size_t x = (size_t)c0 + 1; x < rw->n && x < 64; x++) {
		if ((read >> x & 1) || cell_empty(t, rw->first + x))
			continue;
		size_t n;
		const char *k = cell_line(t, rw->first + x, &n);
		if (n >= 12 && !memcmp(k, "资金用途", 12)) {
			k += 12;
			while (*k == ' ' || *k == ':')
				k++;
			if (!strncmp(k, "：", 3))
				k += 3;
			pb_buf j = PB_BUF_INIT;
			if (*k && pb_buf_add(&j, k, strlen(k)) < 0)
				t->oom = 1;
			row_join(t, rw, x + 1, 0, &j);
			if (j.len && !t->p->purpose)
				t->p->purpose = tdup(t, j.ptr, j.len);
			pb_buf_free(&j);
			return;
		}
		if (amount_after(k, n) || field_label(t, rw->first + x))
			continue;
		/* the label of an amount unread_amounts reported (上级补助) */
		size_t y = x + 1, yn;
		while (y < rw->n && cell_empty(t, rw->first + y))
			y++;
		const char *yk = y < rw->n ? cell_line(t, rw->first + y, &yn) : NULL;
		if (yk && amount_after(yk, yn) == yk)
			continue;
		char why[200];
		snprintf(why, sizeof why, "budget row cell that no field reads: %.*s", pb_utf8_cut(k, 120), k);
		long ln = t->cells[rw->first + x].line;
		unparsed(t, ln, ln, why);
	}
}

#define UNSURE_WHY "two or more 预算数 labels and which is this year's cannot be told: 预算数 left null"

/*
 * Whose budget a label holding 预算数 gives: 2 this year's (本年预算数,
 * 年度预算数, 预算数 alone), 0 another's (项目总预算数 over all years,
 * 上年预算数), 1 cannot tell (2026年预算数).  With two such labels in a
 * budget row the first was the budget, and 500 over all years or last
 * year's 120 went out as this year's 150.
 */
static int budget_year(const char *k)
{
	static const char *const others[] = { "上年", "上一年", "以前年度", "总", "累计" };
	for (size_t i = 0; i < sizeof others / sizeof *others; i++)
		if (has(k, others[i]))
			return 0;
	if (has(k, "本年") || has(k, "当年") || has(k, "年度"))
		return 2;
	return !strncmp(label_word(k), "预算数", 9) ? 2 : 1;
}

/*
 * The one of n labels (budget_year of each in y) that is this year's
 * budget: the only one plainly so, else the only one not plainly
 * another's; -1 when that cannot be told.
 */
static int this_year(const int *y, int n)
{
	for (int want = 2; want >= 1; want--) {
		int at = -1;
		for (int i = 0; i < n; i++) {
			if (y[i] < want)
				continue;
			if (at >= 0)
				return -1;
			at = i;
		}
		if (at >= 0)
			return at;
	}
	return -1;
}

/*
 * The cell of the budget row's 预算数 label, the first of them c, or -1
 * when there are two or more and which is this year's cannot be told.
 */
static int budget_cell(tparse *t, row *rw, int c)
{
	int at[8], y[8], n = 0;
	for (size_t x = (size_t)c; x < rw->n && n < 8; x++) {
		const char *k = cflat(t, rw->first + x);
		if (has(k, "预算数"))
			at[n] = (int)x, y[n++] = budget_year(k);
	}
	if (n < 2)
		return c;
	int i = this_year(y, n);
	return i < 0 ? -1 : at[i];
}

/* The budget row rw names two or more budgets, and which is this
 * year's cannot be told: null, with a word, rather than the first. */
static void budget_unsure(tparse *t, const row *rw)
{
	t->p->budget.set = 0;
	unparsed(t, rw->line, rw->end_line, UNSURE_WHY);
}

/*
 * Where a digit in a budget cell's text (预算数：150.00万元，其中：…)
 * starts an amount, its end, a unit after it taken in (万元, 元, or one
 * amount_text will not read, 千元, rather than a wrong amount); NULL for
 * digits that are no amount (2026年, the 1 of 1.预算数).
 */
static const char *amount_end(const char *d)
{
	const char *e = d;
	for (;;) {
		while (*e >= '0' && *e <= '9')
			e++;
		size_t g = *e == ',' ? 1 : !strncmp(e, "，", 3) ? 3 : 0;
		if (*e == '.' && e[1] >= '0' && e[1] <= '9') {
			e++;
		} else if (g && e[g] >= '0' && e[g] <= '9' && e[g + 1] >= '0' && e[g + 1] <= '9' &&
		           e[g + 2] >= '0' && e[g + 2] <= '9' && (e[g + 3] < '0' || e[g + 3] > '9')) {
			e += g;
		} else {
			break;
		}
	}
	static const char *const no[] = { "年", "月", "日", "号", "%", ".", "、", "个", "项" };
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		if (!strncmp(e, no[i], strlen(no[i])))
			return NULL;
	/* each a 3-byte character; 万元 is two of them */
	static const char units[] = "万千亿百元";
	for (size_t i = 0; i + 3 <= sizeof units - 1;)
		if (!strncmp(e, units + i, 3))
			e += 3, i = 0;
		else
			i += 3;
	return e;
}

/* The next amount of a budget cell's text from s: its start, its end in
 * *end; NULL when no amount follows.  Its sign is its own: -5 read as 5
 * would hide what pbcheck reports. */
static const char *next_amount(const char *s, const char **end)
{
	const char *from = s;
	while (*s) {
		if (*s < '0' || *s > '9') {
			s++;
			continue;
		}
		if ((*end = amount_end(s)))
			return s > from && (s[-1] == '-' || s[-1] == '+') ? s - 1 : s;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return NULL;
}

/* Is the budget label k[0..n) written with its funds in one cell, so
 * that no amount follows it on its own (预算数 150.00 其中：财政资金
 * 130.00 其他资金 20.00, the cells a PDF ran together)? */
static int budget_in_cell(const char *k, size_t n)
{
	const char *e;
	return !amount_after(k, n) && next_amount(k, &e);
}

/*
 * The budget written in one cell c, a sentence or cells run together:
 * each amount goes to the label before it, as in a row of cells.  Read
 * as one label, the whole money was null without a word.  What no field
 * takes (an amount under another label, text after the last amount) is
 * an unparsed record.
 */
static PB_NOINLINE void budget_pairs(tparse *t, row *rw, int c, int to_wan)
{
	pb_project *p = t->p;
	const char *k = cflat(t, rw->first + (size_t)c), *s = k, *a, *e;
	long ln = t->cells[rw->first + (size_t)c].line;
	struct { const char *lab, *amt; size_t an; } bud[8]; /* the 预算数 labels */
	int y[8], nb = 0, bu = -1;
	char why[200];
	while ((a = next_amount(s, &e))) {
		size_t n = (size_t)(a - s);
		const char *l = trim_sep(s, &n);
		char *lab = tdup(t, l, n);
		s = e;
		if (!lab)
			return;
		int lu = label_unit(lab);
		if (lu < 0)
			lu = bu;
		pb_amount *dst = NULL;
		if (other_label(lab)) {
			dst = p->other.set ? NULL : &p->other;
		} else if (fiscal_label(lab)) {
			dst = p->fiscal.set ? fiscal_slot(t) : &p->fiscal;
		} else if (has(lab, "预算") && nb < 8) {
			if (!nb)
				bu = label_unit(lab);
			bud[nb].lab = lab, bud[nb].amt = tdup(t, a, (size_t)(e - a));
			bud[nb].an = (size_t)(e - a);
			if (!bud[nb].amt)
				return;
			y[nb++] = budget_year(lab);
			continue;
		}
		if (!dst) {
			snprintf(why, sizeof why,
			         "budget cell amount under a label read as none of 预算数, 财政资金, 其他资金: %.*s %.*s",
			         pb_utf8_cut(lab, 60), lab, pb_utf8_cut(a, (int)(e - a)), a);
			unparsed(t, ln, ln, why);
			continue;
		}
		/* a string of its own: a message quotes it whole */
		const char *amt = tdup(t, a, (size_t)(e - a));
		if (!amt)
			return;
		amount_text(t, amt, (size_t)(e - a), ln, lu >= 0 ? lu : to_wan, lu >= 0, dst,
		            dst == &p->other ? "其他资金" : "财政资金");
		if (dst != &p->fiscal && dst != &p->other && dst->set)
			fiscal_part(t, ln);
	}
	int i = nb ? this_year(y, nb) : -1;
	p->budget.set = 0;
	if (i >= 0)
		amount_text(t, bud[i].amt, bud[i].an, ln, bu >= 0 ? bu : to_wan, bu >= 0, &p->budget, "预算数");
	else if (nb)
		unparsed(t, ln, ln, UNSURE_WHY);
	for (int j = 0; j < nb; j++)
		if (j != i && i >= 0) {
			snprintf(why, sizeof why, "budget amount under a label other than this year's 预算数: %.*s %.*s",
			         pb_utf8_cut(bud[j].lab, 60), bud[j].lab, pb_utf8_cut(bud[j].amt, (int)bud[j].an), bud[j].amt);
			unparsed(t, ln, ln, why);
		}
	size_t n = strlen(s);
	s = trim_sep(s, &n);
	if (n) {
		snprintf(why, sizeof why, "budget cell text that no field reads: %.*s", pb_utf8_cut(s, 120), s);
		unparsed(t, ln, ln, why);
	}
}

/* 预算数 labelled by cell c, then the fiscal and other funds by their
 * usual names or a synonym that plainly says which they are. */
static PB_NOINLINE void read_budget(tparse *t, row *rw, int c, int to_wan)
{
	pb_project *p = t->p;
	uint64_t read = 0;
	int c0 = c, bu = label_unit(cflat(t, rw->first + (size_t)c));
	size_t kn;
	const char *k0 = cell_line(t, rw->first + (size_t)c, &kn);
	uint64_t own = 0; /* the cell of a budget written in one */
	if (budget_in_cell(k0, kn)) {
		budget_pairs(t, rw, c, to_wan);
		own = c < 64 ? (uint64_t)1 << c : 0;
		read |= own;
	} else {
		label_amount(t, rw, c, to_wan, -1, &p->budget, "预算数", &read);
	}
	int o = other_cell(t, rw, own);
	if (o >= 0 && own && p->other.set)
		o = -1; /* left to unread_amounts */
	pb_amount *f = own && p->fiscal.set ? fiscal_slot(t) : &p->fiscal;
	if (f && (c = fiscal_cell(t, rw, own)) >= 0) {
		label_amount(t, rw, c, to_wan, bu, f, "财政资金", &read);
		if (f != &p->fiscal && f->set)
			fiscal_part(t, t->cells[rw->first + (size_t)c].line);
		/* more fiscal labels after it (本级财政资金, 上级财政资金) */
		for (size_t x = (size_t)c + 1; x < rw->n && x < 64; x++) {
			size_t n = 0;
			const char *k = (read >> x & 1) || (int)x == o || cell_empty(t, rw->first + x)
			                ? "" : cell_line(t, rw->first + x, &n);
			if ((unsigned char)k[0] < 0x80 || n > 45 || !fiscal_label(k))
				continue;
			pb_amount *a = fiscal_slot(t);
			uint64_t r1 = 0;
			if (!a)
				break;
			label_amount(t, rw, (int)x, to_wan, bu, a, "财政资金", &r1);
			if (a->set)
				fiscal_part(t, t->cells[rw->first + x].line), read |= r1;
		}
	}
	if ((c = o) >= 0)
		label_amount(t, rw, c, to_wan, bu, &p->other, "其他资金", &read);
	unread_amounts(t, rw, read);
	budget_text(t, rw, c0, read);
}

/*
 * A row after the budget row that holds one more of its labels with its
 * amount (a budget written one label a row: 预算数 200000.00 /
 * 其中：财政资金 150000.00 / 其他资金 50000.00).  Taken for the purpose,
 * their funds were lost into its text.  A row is one when it starts with
 * a fiscal or other funds label not read yet, no longer than a label,
 * and holds nothing after it but its amount.  1 when it read the row.
 */
static int one_funds_row(tparse *t, row *x, int to_wan)
{
	pb_project *p = t->p;
	size_t f = 0, n;
	while (f < x->n && cell_empty(t, x->first + f))
		f++;
	if (f == x->n)
		return 0;
	const char *lab = cell_line(t, x->first + f, &n);
	if ((unsigned char)lab[0] < 0x80 || n > 45)
		return 0;
	/* the label's amount, if any, ends the row (a purpose row
	 * ends in its text): told before the labels are searched */
	size_t last = used_cells(t, x->first, x->n) - 1, ln;
	const char *lk = cell_line(t, x->first + last, &ln);
	if (last == f ? !amount_after(lab, n) && n > 24 : amount_after(lk, ln) != lk)
		return 0;
	if (has(lab, "预算数"))
		return 0;
	pb_amount *a = nonfiscal_label(lab) ? &p->other : NULL;
	for (size_t y = 0; !a && fiscal_labels[y]; y++)
		if (has(lab, fiscal_labels[y]))
			a = &p->fiscal;
	for (size_t y = 0; !a && other_labels[y]; y++)
		if (has(lab, other_labels[y]))
			a = &p->other;
	if (!a || (a->set && a != &p->fiscal))
		return 0;
	if (!amount_after(lab, n)) {
		int v = value_cell(t, x, (int)f);
		size_t vn;
		const char *vk = v >= 0 ? cell_line(t, x->first + (size_t)v, &vn) : NULL;
		if (vk && amount_after(vk, vn) != vk)
			return 0;
		/* a blank amount: only a label alone, no sentence */
		if (!vk && n > 24)
			return 0;
		/* nothing but the amount after the label */
		if (used_cells(t, x->first, x->n) > (size_t)(v >= 0 ? v : (int)f) + 1)
			return 0;
	}
	uint64_t read = 0;
	if (a == &p->fiscal && a->set) {
		/* another fiscal label (上级财政资金 under 本级财政资金) */
		pb_amount *part = fiscal_slot(t);
		if (!part)
			return 0;
		label_amount(t, x, (int)f, to_wan, -1, part, "财政资金", &read);
		if (part->set)
			fiscal_part(t, x->line);
		return 1;
	}
	label_amount(t, x, (int)f, to_wan, -1, a, a == &p->fiscal ? "财政资金" : "其他资金", &read);
	return 1;
}

/*
 * Is k a funds amount written as none (-, —, /, 无 alone in the cell)?
 * Blank, as an empty cell is: read as an amount, it was an unparsed
 * error on every project that wrote its 其他资金 so.
 */
/*
 * What funds a label names below the budget row: 1 fiscal, 2 other, 3 a
 * source pbtable reads as neither (自筹资金, 上年结转), 0 no funds label
 * (a purpose, another budget).  Only a short label: a purpose may name
 * them too.
 */
static int funds_kind(const char *k, size_t n)
{
	if ((unsigned char)k[0] < 0x80 || n > 45 || has(k, "用途") || has(k, "支出"))
		return 0;
	if (fiscal_label(k))
		return 1;
	if (other_label(k))
		return 2;
	if (has(k, "预算数") || has(k, "总额"))
		return 0;
	static const char *const sources[] = { "资金", "结转", "补助", "拨款", "基金", "债", "自筹",
	                                       "收入", "资本" };
	for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
		if (has(k, sources[i]))
			return 3;
	return 0;
}

/* Is k a merged 其中 cell, the fiscal and other labels beside it? */
static int qizhong_cell(const char *k)
{
	return !strncmp(k, "其中", 6) && !*label_word(k);
}

/* Is k a unit in a cell of its own (元, 万元), the amount before it's? */
static int unit_cell(const char *k, int *to_wan)
{
	if (!strcmp(k, "万元") || !strcmp(k, "（万元）") || !strcmp(k, "(万元)"))
		return *to_wan = 0, 1;
	if (!strcmp(k, "元") || !strcmp(k, "（元）") || !strcmp(k, "(元)"))
		return *to_wan = 1, 1;
	return 0;
}

/* Is k a note in brackets (（含上级补助30万元）), said but not read? */
static int note_cell(const char *k, size_t n)
{
	return (*k == '(' || !strncmp(k, "（", 3)) && (k[n - 1] == ')' || (n >= 3 && !memcmp(k + n - 3, "）", 3)));
}

typedef struct {
	long label, amt, unit; /* cells (t->cells); amt -1: blank, unit -1: none */
	int col, kind;         /* the label's column; funds_kind */
	const char *in;        /* the amount in the label's cell */
} funds_pair;

/*
 * The label-amount pairs of a row below the budget row that holds
 * nothing else (其中：财政资金 80.00 其他资金 20.00; a merged 其中 cell
 * before them; a unit cell after an amount; a bracketed note, in
 * notes).  How many, or 0 when the row is not such a row.  *alone (when
 * asked): the row is fiscal and other labels with no amount, which is
 * one (their funds blank) when it is over no amounts row; told at once,
 * so the row is not read twice.
 */
static int funds_pairs(tparse *t, const row *x, funds_pair *pr, int max, uint64_t *notes, int *alone)
{
	int np = 0, amounts = 0, known = 0;
	*notes = 0;
	if (alone)
		*alone = 0;
	for (size_t y = 0; y < x->n && y < 64; y++) {
		if (cell_empty(t, x->first + y))
			continue;
		size_t n;
		const char *k = cell_line(t, x->first + y, &n);
		funds_pair *last = np ? &pr[np - 1] : NULL;
		int u, kind;
		if (!np && qizhong_cell(k))
			continue;
		if (amount_after(k, n) == k || pb_placeholder(k)) {
			if (!last || last->amt >= 0 || last->in)
				return 0;
			last->amt = (long)(x->first + y), amounts++;
		} else if (last && (last->amt >= 0 || last->in) && last->unit < 0 && unit_cell(k, &u)) {
			last->unit = (long)(x->first + y);
		} else if (last && note_cell(k, n)) {
			*notes |= (uint64_t)1 << y;
		} else if ((kind = funds_kind(k, n)) && np < max) {
			pr[np].label = (long)(x->first + y), pr[np].col = (int)y, pr[np].kind = kind;
			pr[np].amt = -1, pr[np].unit = -1, pr[np].in = amount_after(k, n);
			amounts += pr[np].in != NULL;
			/* a label alone, no sentence (财政资金用于…) */
			known += kind < 3 && n <= 24;
			np++;
		} else {
			return 0;
		}
	}
	if (alone)
		*alone = !amounts && np && known == np;
	return amounts ? np : 0;
}

/*
 * The amounts of pairs pr[0..np) of a row below the budget row brow
 * (its 预算数 label in cell bcol): fiscal and other, the rest said as
 * unparsed records.  A pair under a budget label of brow other than
 * this year's (中期资金总额 over 其中：财政拨款 240.00, beside 年度资金总额
 * over 80.00) is that budget's, not this year's.
 */
static void funds_read(tparse *t, const funds_pair *pr, int np, int to_wan, const row *brow, int bcol)
{
	pb_project *p = t->p;
	char why[200];
	for (int i = 0; i < np; i++) {
		const funds_pair *q = &pr[i];
		const char *lab = cflat(t, (size_t)q->label), *a;
		size_t an;
		long ln;
		if (q->in) {
			a = q->in, an = strlen(a), ln = t->cells[q->label].line;
		} else if (q->amt >= 0) {
			a = cell_line(t, (size_t)q->amt, &an), ln = t->cells[q->amt].line;
		} else {
			continue; /* a label alone: its amount is blank */
		}
		size_t col = (size_t)q->col;
		const char *over = col < brow->n && (int)col != bcol ? cflat(t, brow->first + col) : "";
		int tw = to_wan, named = 0, lu = label_unit(lab);
		if (q->unit >= 0)
			named = unit_cell(cflat(t, (size_t)q->unit), &tw);
		else if (lu >= 0)
			tw = lu, named = 1;
		pb_amount *dst = NULL;
		if (has(over, "预算数") || has(over, "总额")) {
			snprintf(why, sizeof why,
			         "budget row amount under a label other than this year's 预算数: %.*s %.*s %.*s",
			         pb_utf8_cut(over, 60), over, pb_utf8_cut(lab, 60), lab, pb_utf8_cut(a, 60), a);
			unparsed(t, ln, ln, why);
			continue;
		}
		if (q->kind == 1)
			dst = p->fiscal.set ? fiscal_slot(t) : &p->fiscal;
		else if (q->kind == 2 && !p->other.set)
			dst = &p->other;
		if (!dst) {
			snprintf(why, sizeof why, "budget row amount under %s: %.*s %.*s",
			         q->kind == 3 ? "a label read as none of 预算数, 财政资金, 其他资金"
			                      : "a label read already",
			         pb_utf8_cut(lab, 60), lab, pb_utf8_cut(a, 60), a);
			unparsed(t, ln, ln, why);
			continue;
		}
		if (pb_placeholder(a))
			continue;
		amount_text(t, a, an, ln, tw, named, dst, q->kind == 2 ? "其他资金" : "财政资金");
		if (dst != &p->fiscal && dst != &p->other && dst->set)
			fiscal_part(t, ln);
	}
}

/* The notes of a funds row (bit per cell): said, as no field holds them. */
static void funds_notes(tparse *t, const row *x, uint64_t notes)
{
	for (size_t y = 0; y < x->n && y < 64; y++)
		if (notes >> y & 1) {
			const char *k = cflat(t, x->first + y);
			char why[200];
			snprintf(why, sizeof why, "budget row cell that no field reads: %.*s", pb_utf8_cut(k, 120), k);
			unparsed(t, t->cells[x->first + y].line, t->cells[x->first + y].line, why);
		}
}

/*
 * A row of funds labels only (其中：财政资金 其他资金) over a row of their
 * amounts, below the budget row: each amount is its label's by column.
 * Amounts under no label are said, and none is read.  0 when the rows
 * are not such a pair.
 */
static int funds_below(tparse *t, const row *x, const row *z, funds_pair *pr, int max)
{
	int np = 0, amounts = 0;
	for (size_t y = 0; y < x->n && y < 64; y++) {
		size_t n;
		const char *k = cell_line(t, x->first + y, &n);
		int kind;
		if (!n || (!np && qizhong_cell(k)))
			continue;
		if (np == max || !(kind = funds_kind(k, n)) || amount_after(k, n))
			return 0;
		pr[np].label = (long)(x->first + y), pr[np].col = (int)y, pr[np].kind = kind;
		pr[np].amt = -1, pr[np].unit = -1, pr[np].in = NULL;
		np++;
	}
	int lost = 0;
	for (size_t y = 0; y < z->n && np; y++) {
		size_t n;
		const char *k = cell_line(t, z->first + y, &n);
		if (!n)
			continue;
		if (amount_after(k, n) != k && !pb_placeholder(k))
			return 0;
		int i = 0;
		while (i < np && pr[i].col != (int)y)
			i++;
		if (i == np)
			lost = 1;
		else
			pr[i].amt = (long)(z->first + y);
		amounts++;
	}
	if (!amounts)
		return 0;
	if (lost) {
		unparsed(t, z->line, z->end_line, "budget amounts under no label of the row above: 财政资金, 其他资金 left null");
		return -1;
	}
	return np;
}

/* The pairs of amounts row x under the budget row rw's labels that have
 * none (amounts_under_labels): how many, 0 if x is no such row. */
static int funds_under(tparse *t, const row *rw, const row *x, funds_pair *pr, int max)
{
	int np = 0;
	if (!amounts_under_labels(t, rw, x))
		return 0;
	for (size_t y = 0; y < x->n && np < max; y++) {
		if (cell_empty(t, x->first + y))
			continue;
		size_t n;
		const char *l = cell_line(t, rw->first + y, &n);
		pr[np].label = (long)(rw->first + y), pr[np].col = -1, pr[np].kind = funds_kind(l, n);
		pr[np].amt = (long)(x->first + y), pr[np].unit = -1, pr[np].in = NULL;
		np++;
	}
	return np;
}

/*
 * The rows after the budget row r (its 预算数 label in cell bcol) that
 * hold more of its labels with their amounts: one label a row, two
 * label-amount pairs a row, or labels over amounts.  Taken for the
 * purpose, their funds were lost into its text without a word.  How
 * many rows it read.
 */
static PB_NOINLINE size_t budget_more(tparse *t, size_t r, int to_wan, int bcol)
{
	size_t k = 0;
	funds_pair pr[8];
	uint64_t notes;
	int np, alone;
	while (r + k + 1 < t->nrows) {
		row *x = &t->rows[r + k + 1];
		size_t m = page_break_rows(t, r + k + 1);
		alone = 0;
		if (m && r + k + 1 + m < t->nrows &&
		    funds_pairs(t, &t->rows[r + k + 1 + m], pr, 8, &notes, NULL) > 0) {
			/* a page break cut the budget after an amount */
			page_break_said(t, r + k + 1, m);
			k += m;
		} else if (one_funds_row(t, x, to_wan)) {
			k++;
		} else if ((np = funds_pairs(t, x, pr, 8, &notes, &alone)) > 0) {
			funds_read(t, pr, np, to_wan, &t->rows[r], bcol);
			funds_notes(t, x, notes);
			k++;
		} else if (!k && (np = funds_under(t, &t->rows[r], x, pr, 8)) > 0) {
			funds_read(t, pr, np, to_wan, &t->rows[r], bcol);
			k++;
		} else if (r + k + 2 < t->nrows && (np = funds_below(t, x, &t->rows[r + k + 2], pr, 8))) {
			if (np > 0)
				funds_read(t, pr, np, to_wan, &t->rows[r], bcol);
			k += 2;
		} else if (alone) {
			k++; /* labels alone: blank funds */
		} else {
			break;
		}
	}
	return k;
}

/* Is cell c of rw a project's name (项目名称 before it, or in it)? */
static int name_value(tparse *t, const row *rw, size_t c)
{
	const char *k = cflat(t, rw->first + c);
	if (has(k, "项目名称"))
		return 1;
	/* 预算数 alone, or with its unit or amount, is the label all the
	 * same (项目名称 预算数 其中：财政资金, a list's header) */
	if (!strncmp(k, "预算数", 9)) {
		k += 9;
		if (!*k || *k == '(' || *k == ':' || *k == ' ' || (*k >= '0' && *k <= '9') ||
		    !strncmp(k, "（", 3) || !strncmp(k, "：", 3))
			return 0;
	}
	while (c > 0 && cell_empty(t, rw->first + c - 1))
		c--;
	return c > 0 && has(cflat(t, rw->first + c - 1), "项目名称");
}

/*
 * The cell of the row's first 预算数 label, or -1.  A name that holds
 * the word (预算数据平台运维经费) is none: taken for the label, it made
 * the name's row the budget row, and the budget row went to purpose.
 */
static int budget_label_cell(tparse *t, row *rw)
{
	int c = find_cell(t, rw, "预算数", 0);
	if (c < 0 || !name_value(t, rw, (size_t)c))
		return c;
	for (size_t x = (size_t)c + 1; x < rw->n; x++)
		if (has(cflat(t, rw->first + x), "预算数") && !name_value(t, rw, x))
			return (int)x;
	return -1;
}

/*
 * The cell of a budget label other than 预算数 (年度资金总额, 项目总预算),
 * or -1.  Only a label alone, or followed by its unit or amount: a
 * purpose may name them too.  Missed, the budget row and the purpose
 * after it were unparsed records.  Not 资金总额 alone: the department's
 * own table (年度预算申请 资金总额 500.00) would give a project budget
 * that totals count twice.
 */
static int budget_label_alt(tparse *t, row *rw)
{
	static const char *const labels[] = { "年度资金总额", "项目总预算" };
	for (size_t x = 0; x < rw->n; x++) {
		const char *k = cflat(t, rw->first + x);
		for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
			size_t l = strlen(labels[i]);
			if (strncmp(k, labels[i], l))
				continue;
			k += l;
			if (!*k || *k == '(' || *k == ':' || *k == ' ' || (*k >= '0' && *k <= '9') ||
			    !strncmp(k, "（", 3) || !strncmp(k, "：", 3))
				return (int)x;
			break;
		}
	}
	return -1;
}

/*
 * The unit named by a currency label at the start of k (单位：元,
 * 金额单位:万元, （单位：元）, 单位（元）, 单位(万元)): where the unit
 * starts, or NULL.  Missed, the table's amounts were taken as 万元.  In
 * brackets after 单位 only 元 or 万元 make the label, as such a bracket
 * may hold a note; after a colon the unit is the table's whatever it is,
 * and one that is no money is reported.  Every cell above the indicators
 * is asked: most are turned away by their first character (单, 金 or （).
 */
static PB_ALWAYS_INLINE const char *unit_label(const char *k)
{
	if (k[0] == '(' || (k[0] == '\xE5' && k[1] == '\x8D' && k[2] == '\x95') ||
	    (k[0] == '\xE9' && k[1] == '\x87' && k[2] == '\x91') ||
	    (k[0] == '\xEF' && k[1] == '\xBC' && k[2] == '\x88'))
		return pb_unit_label_start(k);
	if (k[0] == '#' || k[0] == '*' || k[0] == '_')
		return pb_unit_label_start(k);
	return NULL;
}

/* Does a cell of the row start with a currency label of 元 or 万元?
 * (单位：县农业农村局 in a purpose is no unit line.) */
static PB_NOINLINE int unit_row(tparse *t, const row *rw)
{
	for (size_t c = 0; c < rw->n; c++) {
		const char *u = unit_label(cflat(t, rw->first + c));
		while (u && *u == ' ')
			u++;
		if (u && (!strncmp(u, "万元", 6) || !strncmp(u, "元", 3)))
			return 1;
	}
	return 0;
}

/* The span of the department name at name[0..n) on a unit line that
 * may also hold the currency label: pb_unit_name_len knows 单位：and
 * 单位: only, not the other labels pb_unit_label_start reads (单位（元）). */
static size_t dept_name_len(const char *name, size_t n)
{
	size_t nl = pb_unit_name_len(name, n);
	for (const char *p = name; (p = find_in(p, (size_t)(name + n - p), "单位", 6)); p += 6) {
		const char *s = p;
		if (s - name >= 6 && !memcmp(s - 6, "金额", 6))
			s -= 6;
		if (s > name && s[-1] == '(')
			s--;
		else if (s - name >= 3 && !memcmp(s - 3, "（", 3))
			s -= 3;
		if (s > name && pb_unit_label_start(s)) {
			while (s > name && s[-1] == ' ')
				s--;
			return (size_t)(s - name) < nl ? (size_t)(s - name) : nl;
		}
	}
	return nl;
}

/* Is row r one cell of text alone, a line without a tab? */
static int line_alone(tparse *t, size_t r)
{
	const row *rw = &t->rows[r];
	return rw->n == 1 && !t->cells[rw->first].multi && !cell_empty(t, rw->first);
}

/*
 * Is row r + 1 the rest of the department name that the unit line r
 * ends with, a long name wrapped (512001 测试局本 / 级)?  A short line
 * alone of Chinese characters that names no field, ending as a
 * department's name does (本级, 局, 委员会, 中心...), with the 单位 line
 * or the 项目编码 row after it: 1.  Such a line that may be it, but
 * without that end or that row after it: -1, for the caller to say
 * (the table's first row, a note).  Else 0.
 */
static int dept_rest(tparse *t, size_t r)
{
	if (r + 1 >= t->nrows || !line_alone(t, r) || !line_alone(t, r + 1))
		return 0;
	size_t n;
	const char *k = ctext(t, t->rows[r + 1].first, &n);
	int rest = pb_dept_rest(k, n);
	if (!rest)
		return 0;
	row *z = r + 2 < t->nrows ? &t->rows[r + 2] : NULL;
	int before = z && (unit_row(t, z) || find_cell(t, z, "项目编", 0) >= 0 ||
	                   find_cell(t, z, "项目代码", 0) >= 0);
	return rest > 0 && before ? 1 : -1;
}

#define DEPT_REST_WHY "line under the department line, maybe the rest of its name, not joined to it"

#define PAGE_NUMBER_WHY "page number line above the indicator table is no part of the project's fields"
#define PAGE_HEADER_WHY "page header (a title) above the indicator table is no part of the project's fields"
#define DEPT_HEADER_WHY "page header (the department's name) above the indicator table is no part of the project's fields"

/*
 * Is the row after r a page number, with the text of the purpose or the
 * goals going on after it?  Then it is said so and skipped: glued into
 * the text, 用于农田水利设施日常维护 became …维护7.  Asked by the loops
 * that carry that text on; one with nothing to carry on after it ends
 * them, and read_rows skips it the same way.
 */
/* What one spending plan left in the project, so that a second can be
 * read apart and the one not kept given back (plan_again). */
typedef struct {
	pb_amount schedule[PB_NCHECK];
	int have_col[PB_NCHECK];
	char *unit;
	int cum, nguessed;
	pb_amount *guessed[PB_NCHECK + 3];
	long wan_guess_line, plan_line, from, to;
	size_t nunp;
} plan_state;

static void plan_save(tparse *t, plan_state *s)
{
	pb_project *p = t->p;
	memcpy(s->schedule, p->schedule, sizeof s->schedule);
	memcpy(s->have_col, p->have_plan_col, sizeof s->have_col);
	memcpy(s->guessed, t->guessed, sizeof s->guessed);
	s->unit = p->schedule_unit;
	s->cum = t->plan_cum;
	s->nguessed = t->nguessed;
	s->wan_guess_line = t->wan_guess_line;
	s->plan_line = p->plan_line;
	s->from = t->plan_from;
	s->to = t->plan_to;
	s->nunp = p->nunp;
}

static void plan_restore(tparse *t, const plan_state *s)
{
	pb_project *p = t->p;
	memcpy(p->schedule, s->schedule, sizeof s->schedule);
	memcpy(p->have_plan_col, s->have_col, sizeof s->have_col);
	memcpy(t->guessed, s->guessed, sizeof s->guessed);
	p->schedule_unit = s->unit;
	t->plan_cum = s->cum;
	t->nguessed = s->nguessed;
	t->wan_guess_line = s->wan_guess_line;
	p->plan_line = s->plan_line;
	t->plan_from = s->from;
	t->plan_to = s->to;
	p->nunp = s->nunp;
}

/* Does the plan header rw name a checkpoint a plan before it had?  Then
 * it starts a second plan; pairs one a row (3月底 10% / 6月底 40%) each
 * add a checkpoint to the plan above. */
static int plan_again(tparse *t, const row *rw)
{
	for (size_t x = 0; x < rw->n; x++) {
		int cp = checkpoint(cflat(t, rw->first + x));
		if (cp >= 0 && t->p->have_plan_col[cp])
			return 1;
	}
	return 0;
}

/* 2: a value at each checkpoint that has a column, 1: some values, 0:
 * none (or none usable: its unit could not be told) */
static int plan_worth(const pb_amount *sched, const int *have_col, const char *unit)
{
	int any = 0, all = 1;
	for (int i = 0; i < PB_NCHECK; i++) {
		any |= sched[i].set;
		if (have_col[i] && !sched[i].set)
			all = 0;
	}
	return !unit || !any ? 0 : all ? 2 : 1;
}

/* Take the empty state of a plan about to be read over the one before. */
static void plan_clear(tparse *t)
{
	pb_project *p = t->p;
	int k = 0;
	for (int i = 0; i < t->nguessed; i++)
		if (t->guessed[i] < p->schedule || t->guessed[i] >= p->schedule + PB_NCHECK)
			t->guessed[k++] = t->guessed[i];
	t->nguessed = k;
	if (t->wan_guess_line >= t->plan_from && t->wan_guess_line <= t->plan_to)
		t->wan_guess_line = 0;
	memset(p->schedule, 0, sizeof p->schedule);
	memset(p->have_plan_col, 0, sizeof p->have_plan_col);
	p->schedule_unit = NULL;
	t->plan_cum = 0;
}

/*
 * A table with two spending plans (资金支出计划 in % and 累计支出金额,
 * or a plan row repeated after a page break), the second now read over
 * a cleared plan, was the first: one is kept, the first complete one
 * (a value at each of its checkpoints), else the first with values, and
 * the other, when it had values, is an unparsed record.  Read over each
 * other, the values came from the first and the unit from the second:
 * a plan in % spent its percentages as 万元.
 */
static void plan_choose(tparse *t, const plan_state *was, long from, long to)
{
	int old = plan_worth(was->schedule, was->have_col, was->unit);
	int now = plan_worth(t->p->schedule, t->p->have_plan_col, t->p->schedule_unit);
	long kept = now > old ? from : was->from, drop = now > old ? was->from : from;
	long drop_to = now > old ? was->to : to;
	int said = now > old ? old : now;
	if (now > old) {
		t->plan_from = from;
		t->plan_to = to;
	} else {
		/* the first kept: what the second said of itself goes too */
		plan_restore(t, was);
	}
	if (said) {
		char why[120];
		snprintf(why, sizeof why,
		         "spending plan given twice: this one ignored, the one at line %ld kept", kept);
		unparsed(t, drop, drop_to, why);
	}
}

/* Why the row is a page break's noise line (a page number, the page's
 * header, the department alone), or NULL. */
static const char *noise_why(tparse *t, const row *rw)
{
	return page_number_row(t, rw) ? PAGE_NUMBER_WHY
	       : page_header_row(t, rw) ? PAGE_HEADER_WHY
	       : dept_header_row(t, rw) ? DEPT_HEADER_WHY : NULL;
}

/*
 * After row r of a purpose or the goals, a page break's noise (rows of a
 * page number, the page's header or the department alone) with the text
 * going on after it: each noise row said, and how many there are (0:
 * none, or no text after them).  The text goes on over them: a header
 * row ended the goals, and the goal after it was a row no field read.
 */
static size_t page_break_in_text(tparse *t, size_t r)
{
	size_t e = r + 1;
	while (e < t->nrows && noise_why(t, &t->rows[e]))
		e++;
	if (e == r + 1 || e >= t->nrows || !carries_on(t, &t->rows[e]))
		return 0;
	for (size_t x = r + 1; x < e; x++)
		unparsed(t, t->rows[x].line, t->rows[x].end_line, noise_why(t, &t->rows[x]));
	return e - r - 1;
}

/*
 * A table that states its unit twice, two different ones (a title's
 * （单位：元） and a line 单位：万元; two lines): one is wrong, and the
 * sum cannot be trusted whichever is read.  Said at the second one's
 * line (first, then second: the units and their lines), with the unit
 * the amounts were read in, as the record's warning, so that pbcheck
 * and pbsum show it too.
 */
static PB_NOINLINE void two_units(tparse *t, const char *first, long first_line,
                                  const char *second, long second_line, const char *applied)
{
	char why[200];
	snprintf(why, sizeof why, "the table states two units, %.*s (line %ld) and %s (line %ld): "
	         "amounts taken as %s", pb_utf8_cut(first, 60), first, first_line, second,
	         second_line, applied);
	unparsed(t, second_line, second_line, why);
}

/* Has the table an amount read yet (in the unit then in force)? */
static int amounts_read(const pb_project *p)
{
	if (p->budget.set || p->fiscal.set || p->other.set)
		return 1;
	for (int i = 0; i < PB_NCHECK; i++)
		if (p->schedule[i].set)
			return 1;
	return 0;
}

/*
 * A 单位 line's 元 or 万元 at line: 1 when the amounts after it are in
 * that unit, and so the record's source_unit.  A second line that states
 * the other unit is said so (two_units); it takes over from the first
 * only while no amount was read in the first's: a table's amounts are
 * all read in one unit, the one source_unit gives (two lines gave
 * source_unit 万元 of amounts read in 元).
 */
static int unit_stated(tparse *t, const char *unit, long line)
{
	if (t->unit_said && strcmp(t->unit_said, unit)) {
		int keep = amounts_read(t->p);
		two_units(t, t->unit_said, t->unit_said_line, unit, line, keep ? t->unit_said : unit);
		if (keep)
			return 0;
	}
	t->unit_said = unit;
	t->unit_said_line = line;
	t->p->source_unit = tstr(t, unit);
	return 1;
}

static void read_rows(tparse *t)
{
	pb_project *p = t->p;
	int to_wan = 0, budget_row = -1;
	size_t r;

	/* the row after the unit line that holds the rest of the
	 * department's name (1) or may (-1), + 1 */
	size_t dept_more = 0;
	int dept_sure = 0;
	pb_buf key = PB_BUF_INIT;

	for (r = 0; r < t->nrows && !t->oom; r++) {
		row *rw = &t->rows[r];
		int c, used = 0; /* something was read from the row */
		if (dept_sure > 0 && r + 1 == dept_more)
			continue; /* joined to the department's name */
		uint64_t unit_cells = 0; /* the cells a unit line was read from */
		size_t rep = top_again(t, r, r);
		if (rep) {
			/* the purpose may follow it, as after a page number */
			if (budget_row >= 0 && (int)r == budget_row + 1)
				budget_row = (int)(r + rep - 1);
			r += rep - 1;
			continue;
		}
		if (header_cell(t, rw->first) || find_cell(t, rw, "一级指标", 1) >= 0) {
			pb_buf_free(&key);
			indicators(t, r, 0);
			return;
		}
		if (headless_row(t, rw)) {
			pb_buf_free(&key);
			indicators(t, r, 1);
			return;
		}
		if (page_number_row(t, rw)) {
			unparsed(t, rw->line, rw->end_line, PAGE_NUMBER_WHY);
			/* the purpose may follow it */
			if (budget_row >= 0 && (int)r == budget_row + 1)
				budget_row = (int)r;
			continue;
		}
		/* (above the first field row, a line under the department's
		 * may be the rest of its name: dept_rest) */
		int title = page_header_row(t, rw);
		if (title || ((p->code_line || budget_row >= 0) && dept_header_row(t, rw))) {
			unparsed(t, rw->line, rw->end_line, title ? PAGE_HEADER_WHY : DEPT_HEADER_WHY);
			if (budget_row >= 0 && (int)r == budget_row + 1)
				budget_row = (int)r;
			continue;
		}
		/* a unit line heads the table: below the first field row, a
		 * 6-digit number that starts the purpose or a goal (150000 元
		 * 用于…) is no department, unless a 单位 label shares its row */
		int fields = p->code_line || p->name || budget_row >= 0 || p->plan_line || p->goals_line;
		for (size_t x = 0; x < rw->n; x++) {
			const char *k = cflat(t, rw->first + x), *spaced;
			size_t co, no;
			int dept = !p->dept_code && pb_unit_line(k, strlen(k), &co, &no);
			if (!dept && !p->dept_code && k[0] >= '0' && k[0] <= '9' &&
			    (spaced = pb_spaced_dept_code(k, strlen(k), &key)))
				dept = pb_unit_line(spaced, strlen(spaced), &co, &no), k = dept ? spaced : k;
			if (dept && (!fields || find_cell(t, rw, "单位", 0) >= 0)) {
				size_t nl = dept_name_len(k + no, strlen(k + no));
				p->dept_code = tdup(t, k + co, 6);
				p->dept = tdup(t, k + no, pb_unit_name_trim(k + no, nl));
				/* a long name wraps: its rest may be the next line */
				if (!k[no + nl] && (dept_sure = dept_rest(t, r)) != 0) {
					dept_more = r + 2;
					if (dept_sure > 0)
						p->dept = tcat(t, p->dept, cflat(t, t->rows[r + 1].first));
				}
				used = 1;
				unit_cells |= x < 64 ? (uint64_t)1 << x : 0;
				/* the currency may share the line, maybe past a
				 * bar (512001 某某局 | 单位：元): read it below */
				k += no + nl;
				while (*k == ' ')
					k++;
				if (*k == '|')
					while (*++k == ' ')
						;
			}
			const char *u = unit_label(k);
			if (u) {
				used = 1;
				while (*u == ' ')
					u++;
				/* 万元 or 元, maybe with a note after it; any other
				 * unit cannot be converted, so no amount is given */
				const char *unit = !strncmp(u, "万元", 6) ? "万元"
				                   : !strncmp(u, "元", 3) ? "元" : NULL;
				/* (单位：县农业农村局… is text, no money unit) */
				int money = unit || has(u, "元");
				if (money)
					unit_cells |= x < 64 ? (uint64_t)1 << x : 0;
				if (!t->unit_seen && t->nguessed && money)
					unit_after_amounts(t, !unit ? -1 : !strcmp(unit, "元"));
				t->unit_seen = 1;
				if (!unit) {
					char why[160];
					snprintf(why, sizeof why, "unknown currency unit %.*s: amounts left null",
					         pb_utf8_cut(u, 60), u);
					unparsed(t, rw->line, rw->end_line, why);
					to_wan = -1;
				} else if (unit_stated(t, unit, rw->line)) {
					to_wan = !strcmp(unit, "元");
				}
			}
		}
		/* 项目编码, 项目编号, or 项目代码 */
		if (!p->code && ((c = find_cell(t, rw, "项目编", 0)) >= 0 ||
		                 (c = find_cell(t, rw, "项目代码", 0)) >= 0))
			read_code(t, rw, c), used = 1, t->code_row = t->code_row ? t->code_row : r + 1;
		if (!p->name && (c = find_cell(t, rw, "项目名称", 0)) >= 0) {
			used = 1;
			read_name(t, rw, c);
		}
		c = budget_label_cell(t, rw);
		int unsure = 0; /* two or more 预算数 labels, none plainly this year's */
		if (c >= 0 && budget_row < 0) {
			int b = budget_cell(t, rw, c);
			unsure = b < 0;
			c = unsure ? c : b;
		}
		if (c < 0 && budget_row < 0)
			c = budget_label_alt(t, rw);
		if (c >= 0 && budget_row < 0) {
			if (r + 1 < t->nrows && budget_below(t, r, c, to_wan)) {
				if (unsure)
					budget_unsure(t, rw);
				budget_row = (int)++r;
				r += budget_more(t, r, to_wan, c);
				fiscal_total(t);
				budget_row = (int)r;
				continue;
			}
			r += join_budget_rest(t, r);
			budget_row = (int)r;
			p->budget_line = rw->line;
			read_budget(t, rw, c, to_wan);
			if (unsure)
				budget_unsure(t, rw);
			r += budget_more(t, r, to_wan, c);
			fiscal_total(t);
			budget_row = (int)r;
			continue;
		}
		int plan_cells = 0;
		for (size_t x = 0; x < rw->n; x++)
			plan_cells += checkpoint(cflat(t, rw->first + x)) >= 0;
		if (plan_cells) {
			/* a page break between the header and its values leaves
			 * its page number and header there (three lines at
			 * most): no value row, said so */
			for (size_t m = page_break_rows(t, r + 1); m && r + 2 < t->nrows; m--) {
				unparsed(t, t->rows[r + 1].line, t->rows[r + 1].end_line,
				         "text between the spending plan header and its values is not a row");
				r++;
			}
			plan_state was;
			int again = plan_again(t, rw);
			if (again) {
				plan_save(t, &was);
				plan_clear(t);
			}
			size_t from = r;
			if (pairs_row(t, rw)) {
				p->plan_line = rw->line;
				plan(t, rw, rw, to_wan);
			} else {
				/* a value row of empty cells is no row in the tab
				 * grid: the next may be one read by its label.  A
				 * page break's noise between is no value row (the
				 * department's name was read as one, and the
				 * values under no checkpoint were lost) */
				size_t vr = r + 1;
				while (vr < t->nrows && noise_why(t, &t->rows[vr]))
					vr++;
				row *v = vr < t->nrows && !labelled_row(t, &t->rows[vr]) ? &t->rows[vr] : NULL;
				for (size_t x = r + 1; v && x < vr; x++)
					unparsed(t, t->rows[x].line, t->rows[x].end_line, noise_why(t, &t->rows[x]));
				p->plan_line = v ? v->line : rw->line;
				plan(t, rw, v, to_wan);
				if (v)
					r = vr;
			}
			if (again) {
				plan_choose(t, &was, t->rows[from].line, t->rows[r].end_line);
			} else {
				if (!t->plan_from)
					t->plan_from = t->rows[from].line;
				t->plan_to = t->rows[r].end_line;
			}
			continue;
		}
		if ((c = find_cell(t, rw, "绩效目标", 0)) >= 0 && c == 0) {
			p->goals_line = rw->line;
			pb_buf g = PB_BUF_INIT, more = PB_BUF_INIT;
			int have = row_join(t, rw, 1, 1, &g);
			/* goals carry on in the rows after it that no label starts:
			 * rows with an empty label, and the lines of a cell that a
			 * line break (tab grid) or a blank line (cell per line) cut */
			for (size_t skip; r + 1 < t->nrows; ) {
				if ((skip = page_break_in_text(t, r))) {
					r += skip;
					continue;
				}
				if (!carries_on(t, &t->rows[r + 1]))
					break;
				if (page_number_row(t, &t->rows[r + 1]) || dept_header_row(t, &t->rows[r + 1]))
					break;
				row *m = &t->rows[r + 1];
				int label = cell_empty(t, m->first);
				pb_buf_reset(&more);
				/* a line of a tab grid's cell that does not start a goal
				 * is the wrapped rest of the one before; a row with an
				 * empty label, or a paragraph of a cell, is a line */
				if (row_join(t, m, label ? 1 : 0, 1, &more) &&
				    ((have && (label || !t->grid || item_start(more.ptr, more.len, 0)) &&
				      pb_buf_addc(&g, '\n') < 0) ||
				     pb_buf_add(&g, more.ptr, more.len) < 0))
					t->oom = 1;
				have = g.len > 0;
				r++;
			}
			if (have)
				goals(t, g.ptr);
			pb_buf_free(&g);
			pb_buf_free(&more);
			continue;
		}
		if (budget_row >= 0 && (int)r == budget_row + 1 && !p->purpose) {
			size_t from = 0;
			/* a unit line between the budget and the purpose is no
			 * purpose: the purpose may come after it */
			if (unit_cells && !text_cells(t, rw, unit_cells)) {
				budget_row = (int)r;
				continue;
			}
			if (!cell_empty(t, rw->first) && has(cflat(t, rw->first), "资金用途"))
				from = 1;
			pb_buf j = PB_BUF_INIT, more = PB_BUF_INIT;
			row_join_but(t, rw, from, unit_cells, 0, &j);
			/* the purpose carries on in rows no label starts */
			for (size_t skip; r + 1 < t->nrows; ) {
				if ((skip = page_break_in_text(t, r))) {
					r += skip;
					continue;
				}
				if (!carries_on(t, &t->rows[r + 1]))
					break;
				if (page_number_row(t, &t->rows[r + 1]) || dept_header_row(t, &t->rows[r + 1]))
					break;
				pb_buf_reset(&more);
				if (row_join(t, &t->rows[r + 1], 0, 0, &more) && more.len &&
				    pb_buf_add(&j, more.ptr, more.len) < 0)
					t->oom = 1;
				r++;
			}
			if (j.len)
				p->purpose = tdup(t, j.ptr, j.len);
			pb_buf_free(&j);
			pb_buf_free(&more);
			continue;
		}
		/* a row no reader took is not dropped without a word */
		if (!used && used_cells(t, rw->first, rw->n) && !header_top(t, rw))
			unparsed(t, rw->line, rw->end_line,
			         r + 1 == dept_more ? DEPT_REST_WHY
			                            : "row before the indicator table that is no field of the project");
	}
	pb_buf_free(&key);
	if (r >= t->nrows)
		unparsed(t, p->line, p->end_line, "no indicator table (一级指标 header) in this project table");
}

/*
 * The table's title from its first line, or NULL.  A line without a tab
 * or bar is the title (maybe the first half of a wrapped one).  A grid
 * row is one only when it holds nothing but the title: a merged row
 * (…绩效目标表\t\t\t), a DOCX cell (\t…绩效目标表) or a pipe row's
 * first cell; read as a row, it gave its goals the unit lines below it
 * and lost the table's 单位 (amounts x10000).  Any other row (项目编码…)
 * is the table's first row, and the table has no title.
 */
/*
 * The unit of the label k that follows a title on its line (（单位：元）,
 * 单位：万元): 元 or 万元, another as written (千元, kept: the key it is
 * read from is built over), or NULL when k is no label read so.
 */
static const char *title_unit(tparse *t, const char *k)
{
	while (*k == ' ')
		k++;
	const char *u = unit_label(k);
	if (!u)
		return NULL;
	while (*u == ' ')
		u++;
	if (!strncmp(u, "万元", 6))
		return "万元";
	if (!strncmp(u, "元", 3))
		return "元";
	size_t ul = strcspn(u, ")");
	const char *close = strstr(u, "）");
	if (close && (size_t)(close - u) < ul)
		ul = (size_t)(close - u);
	return tdup(t, u, ul);
}

/* The second line of a wrapped title, key[0..n): the length of its
 * part of the title, less a unit label that ends it after the title's
 * words (标表（单位：元）, 绩效目标表 单位：万元); n when it has none. */
static size_t wrapped_title_len(const char *key, size_t n)
{
	static const char word[] = "绩效目标表";
	size_t wl = sizeof word - 1, u = pb_title_tail_len(key, n);
	if (u)
		return u;
	u = pb_unit_tail(key, n);
	while (u && key[u - 1] == ' ')
		u--;
	return u >= wl && !memcmp(key + u - wl, word, wl) ? u : n;
}

/*
 * A title wrapped inside its unit label (1.…绩效目标表（单位： / 元）):
 * the label's two halves joined, its unit in *unit, the second line in
 * *unit_line.  2 when L[0] and L[1] are such a title, the lines it took;
 * -1 when L[0] is none (title_wrap reads on); 0 when L[1] does not finish
 * the label (it is read as a row).
 */
static int label_halves(tparse *t, const rawline *L, const char **unit, long *unit_line)
{
	pb_buf *key = &t->tmp, j = PB_BUF_INIT;
	if (pb_line_key(key, L[0].s, L[0].n) < 0)
		return t->oom = 1, 0;
	size_t tl = pb_title_open_unit(key->ptr, key->len);
	if (!tl)
		return -1;
	int r = 0;
	if (pb_buf_add(&j, key->ptr + tl, key->len - tl) < 0 || pb_line_key(key, L[1].s, L[1].n) < 0 ||
	    pb_buf_add(&j, key->ptr, key->len) < 0) {
		t->oom = 1;
	} else if (pb_unit_label(j.ptr, j.len)) {
		*unit = title_unit(t, j.ptr);
		*unit_line = L[1].line;
		r = 2;
	}
	pb_buf_free(&j);
	return r;
}

/*
 * A wrapped title: the line after the title's first line L[0] finishes
 * it; so does the one after a blank line or two when it is only the end
 * of 绩效目标表 (表 alone), as pbsplit joins them.  The second line may
 * end in the table's unit label (标表（单位：元）): its unit in *unit,
 * its line in *unit_line.  How many lines the title took, else 0.
 */
static size_t title_wrap(tparse *t, const rawline *L, size_t nl, const char **unit,
                         long *unit_line)
{
	static const char word[] = "绩效目标表";
	size_t wl = sizeof word - 1, i = 1;
	pb_project *p = t->p;
	int h;
	if (pb_title_words(p->title, strlen(p->title)) && !is_blank(L[1].s, L[1].n) &&
	    !memchr(L[1].s, '\t', L[1].n) && (h = label_halves(t, L, unit, unit_line)) >= 0)
		return (size_t)h;
	while (i < nl && i < 3 && is_blank(L[i].s, L[i].n))
		i++;
	if (i >= nl || is_blank(L[i].s, L[i].n) || memchr(L[i].s, '\t', L[i].n))
		return 0;
	pb_buf *key = &t->tmp;
	if (pb_line_key(key, L[i].s, L[i].n) < 0)
		return t->oom = 1, 0;
	size_t tl = strlen(p->title), kl = wrapped_title_len(key->ptr, key->len);
	if (!kl || pb_title_joins(p->title, tl, "", 0) || !pb_title_joins(p->title, tl, key->ptr, kl) ||
	    (i > 1 && (kl > wl || memcmp(key->ptr, word + wl - kl, kl))))
		return 0;
	char *j = pb_arena_alloc(&p->arena, tl + kl + 1);
	if (!j)
		return t->oom = 1, 0;
	memcpy(j, p->title, tl);
	memcpy(j + tl, key->ptr, kl);
	j[tl + kl] = 0;
	p->title = j;
	if (kl < key->len) {
		*unit = title_unit(t, key->ptr + kl);
		*unit_line = L[i].line;
	}
	return i + 1;
}

static char *title_line(tparse *t, const rawline *l, size_t *rest, const char **unit)
{
	pb_buf *key = &t->tmp;
	*rest = 0;
	*unit = NULL;
	if (pb_line_key(key, l->s, l->n) < 0)
		return t->oom = 1, NULL;
	size_t off = 0, len = key->len;
	pb_line_class cls = pb_classify(l->s, l->n, key->ptr, key->len);
	/* a table without a title starts at its 项目编码 row, in any layout
	 * (an HTML row, a pipe row without outer bars): taken for the title,
	 * it lost the table its code and name */
	if (cls == PB_L_PROJECT_CODE)
		return NULL;
	if (memchr(l->s, '\t', l->n) || (len && key->ptr[0] == '|') ||
	    (cls == PB_L_TABLE_TITLE && memchr(key->ptr, '|', len))) {
		if (cls != PB_L_TABLE_TITLE)
			return NULL;
		off = pb_title_cell(key->ptr, key->len, &len);
		/* the table's unit in the same row (…绩效目标表\t\t单位：元):
		 * those cells are the table's first row */
		*rest = pb_title_unit_rest(l->s, l->n);
	} else {
		/* …绩效目标表（单位：元）: the title ends at 表 (and a label
		 * the next line finishes is title_wrap's to read) */
		pb_title_cell(key->ptr, key->len, &len);
		if (len < key->len && !pb_title_open_unit(key->ptr, key->len))
			*unit = title_unit(t, key->ptr + len);
	}
	/* a title that says the table goes on (…绩效目标表（续）) over a
	 * table of its own: pbsplit starts a table there only when its
	 * 项目编码 or top is not the one before's.  Its name is the title's
	 * words; that it is counted apart is said */
	size_t cl = pb_title_continued(key->ptr + off, len);
	if (cl) {
		len = cl;
		unparsed(t, l->line, l->line,
		         "the title says the table goes on (续), but a table of its own starts here, "
		         "with another 项目编码 or top: read as another project");
	}
	size_t st = pb_title_numbering(key->ptr + off, len);
	return len > st ? tdup(t, key->ptr + off + st, len - st) : NULL;
}

/*
 * A table without a 单位 line of its own: the unit its title states after
 * its words (title_unit), else the one stated once for its part
 * (pbsplit's part_unit).  The amounts read in 万元 for want of a line are
 * in that unit; a title's unit that is no 元 or 万元 (单位：千元) leaves
 * them null, said so.
 */
static void unit_not_on_a_line(tparse *t, const char *title_unit, const char *part_unit)
{
	const char *unit = title_unit ? title_unit : part_unit;
	int yuan = unit && !strcmp(unit, "元");
	if (yuan || (unit && !strcmp(unit, "万元"))) {
		unit_after_amounts(t, yuan);
		t->p->source_unit = tstr(t, unit);
	} else if (title_unit) {
		char why[160];
		snprintf(why, sizeof why, "unknown currency unit %.*s in the title: amounts left null",
		         pb_utf8_cut(title_unit, 60), title_unit);
		unparsed(t, t->p->line, t->p->line, why);
		unit_after_amounts(t, -1);
	}
}

int pb_code_year(const char *code)
{
	if (!code || strlen(code) < 9)
		return 0;
	for (int i = 0; i < 8; i++)
		if (code[i] < '0' || code[i] > '9')
			return 0;
	return 2000 + (code[6] - '0') * 10 + (code[7] - '0');
}

/* The lines of L from skip on made the HTML grid's, room grown. */
static int html_lines(const pb_html_grid *g, rawline **L, size_t *cap, size_t skip)
{
	size_t need = skip + g->nlines;
	if (need > *cap) {
		rawline *nL = realloc(*L, need * sizeof *nL);
		if (!nL)
			return -1;
		*L = nL;
		*cap = need;
	}
	const char *q = g->text.ptr, *e = q + g->text.len;
	for (size_t i = 0; i < g->nlines; i++) {
		const char *nlp = memchr(q, '\n', (size_t)(e - q));
		(*L)[skip + i].s = q;
		(*L)[skip + i].n = (size_t)(nlp - q);
		(*L)[skip + i].line = g->line[i];
		(*L)[skip + i].lead = 0;
		q = nlp + 1;
	}
	return 0;
}

int pb_table_parse(const pb_table_ctx *ctx, const char *text, size_t len, long first_line,
                   pb_project *p)
{
	return pb_table_parse_work(NULL, ctx, text, len, first_line, p);
}

int pb_table_parse_work(pb_table_work *w, const pb_table_ctx *ctx, const char *text, size_t len,
                        long first_line, pb_project *p)
{
	tparse t;
	pb_table_work *own = NULL;
	long ln = first_line;
	int grid = 0;
	int pipes = 0; /* the first markdown row: 1 with a leading bar, 2 without */
	const char *bar;

	if (!text) /* an empty block may come as NULL */
		text = "", len = 0;
	memset(p, 0, sizeof *p);
	memset(&t, 0, sizeof t);
	if (!w && !(w = own = pb_table_work_new()))
		return p->oom = 1, -1;
	t.p = p;
	t.doc_dept = ctx->doc_dept;
	work_lend(w, &t);
	rawline *L = w->L;
	size_t nl = 0, cap = w->capL;
	t.text = text;
	t.len = len;
	p->file = ctx->file;
	p->doc = ctx->doc;
	p->seq = ctx->seq;
	p->line = first_line;

	int lf = memchr(text, '\n', len) != NULL;
	for (const char *s = text, *e = text + len; s < e; ln++) {
		const char *q = find_eol(s, (size_t)(e - s), lf);
		q -= lf && q > s && q[-1] == '\r'; /* the line's end: a CRLF's CR */
		if (nl == cap) {
			cap = cap ? cap * 2 : 64;
			rawline *nL = realloc(L, cap * sizeof *nL);
			if (!nL) {
				w->L = L;
				w->capL = nl;
				work_return(w, &t);
				pb_table_work_free(own);
				return p->oom = 1, -1;
			}
			L = nL;
		}
		L[nl].s = s;
		L[nl].n = (size_t)(q - s);
		L[nl].line = ln;
		L[nl].lead = 0;
		/* a tab after text: cells side by side, the grid layout (two
		 * such lines decide it) */
		if (grid < 2 && q > s && s[0] == '\t') {
			/* a grid whose first column is empty throughout (a PDF
			 * table with a blank margin column): every row starts
			 * with a tab, as a cell of the cell layout does, but has
			 * two cells of text.  A cell-per-line cell never has. */
			if (line_text_cells(s, (size_t)(q - s)) >= 2)
				grid++;
		} else if (grid < 2 && q > s) {
			/* (a line that is empty or starts with a tab is no grid
			 * row: most lines of the cell layout, without a call) */
			const char *tab = memchr(s, '\t', (size_t)(q - s));
			if (tab && tab > s && tab[-1] != '\t')
				grid++;
			else if (q - s > 1 && s[0] == '|' && memchr(s + 1, '|', (size_t)(q - s - 1)))
				grid++, pipes = pipes ? pipes : 1; /* a markdown table row */
			else if (!tab && (bar = memchr(s, '|', (size_t)(q - s))) &&
			         memchr(bar + 1, '|', (size_t)(q - bar - 1)))
				/* one without outer bars, if the table's first is */
				grid++, pipes = pipes ? pipes : 2;
		}
		nl++;
		s = q < e && *q == '\r' && q + 1 < e && q[1] == '\n' ? q + 2 : q + 1;
	}
	p->end_line = nl ? ln - 1 : first_line;

	size_t rest = 0, skip = 0;
	const char *tunit = NULL;
	long tunit_line = first_line;
	/* an HTML table (markdown from OCR): read as the tab grid it draws,
	 * each <tr> a line that keeps its own line number.  One that starts
	 * the table (a whole table on one line, say) gives its title as a
	 * tab grid does, from its first row: the line itself is no title */
	pb_html_grid hg;
	pb_html_grid_init(&hg);
	int html_first = nl && pb_html_has_rows(L[0].s, L[0].n);
	for (int pass = 0; pass < 2; pass++) {
		if (pass == html_first) {
			if (nl)
				p->title = title_line(&t, &L[0], &rest, &tunit);
			skip = p->title ? 1 : 0;
			if (p->title && rest) {
				L[0].s += rest;
				L[0].n -= rest;
				skip = 0;
			}
			if (p->title && !rest && nl > 1) {
				size_t tw = title_wrap(&t, L, nl, &tunit, &tunit_line);
				skip = tw ? tw : skip;
			}
		} else if (nl > skip && pb_html_has_rows(L[skip].s, (size_t)(text + len - L[skip].s))) {
			if (pb_html_grid_build(&hg, L[skip].s, (size_t)(text + len - L[skip].s),
			                       L[skip].line) < 0 ||
			    html_lines(&hg, &L, &cap, skip) < 0) {
				pb_html_grid_free(&hg);
				w->L = L;
				w->capL = cap;
				work_return(w, &t);
				pb_table_work_free(own);
				return p->oom = 1, -1;
			}
			nl = skip + hg.nlines;
			grid = 2;
			pipes = 0;
			t.html = 1;
			t.html_from = skip;
		}
	}
	t.L = L;
	t.nl = nl;
	if (!nl)
		; /* nothing to read */
	else if ((t.grid = grid >= 2)) {
		t.bare_pipes = pipes == 2;
		if (!pipes)
			drop_margin(L + skip, nl - skip);
		grid_rows(&t, L + skip, nl - skip);
	}
	else
		cell_rows(&t, L + skip, nl - skip);
	read_rows(&t);
	if (!t.unit_seen)
		unit_not_on_a_line(&t, tunit, ctx->part_unit);
	else if (tunit && t.unit_said && strcmp(tunit, t.unit_said))
		two_units(&t, tunit, tunit_line, t.unit_said, t.unit_said_line, t.unit_said);
	if (t.wan_guess_line)
		unparsed(&t, t.wan_guess_line, t.wan_guess_line,
		         "amounts taken as 万元: the table has no 单位 line");

	if (!p->dept_code && ctx->doc_dept_code) {
		p->dept_code = tstr(&t, ctx->doc_dept_code);
		p->dept = ctx->doc_dept ? tstr(&t, ctx->doc_dept) : NULL;
	}
	if (!p->name && p->title) {
		/* the title minus 绩效目标表 */
		size_t tl = strlen(p->title);
		if (tl > 15 && !strcmp(p->title + tl - 15, "绩效目标表"))
			tl -= 15;
		p->name = tdup(&t, p->title, tl);
		p->name_from = tstr(&t, "title");
	}
	p->year = ctx->doc_year ? ctx->doc_year : pb_code_year(p->code);
	p->plan_cum = t.plan_cum;
	unsigned lost = derive_spend(p, t.plan_cum);
	if (lost)
		say_lost_spend(&t, lost);

	w->L = L;
	w->capL = cap;
	work_return(w, &t);
	pb_table_work_free(own);
	pb_html_grid_free(&hg);
	free(t.noise);
	if (t.oom)
		p->oom = 1;
	return t.oom ? -1 : 0;
}

/* What a project holds besides its strings; p is emptied. */
static void free_arrays(pb_project *p)
{
	free(p->own_file);
	free(p->goals);
	free(p->ind);
	free(p->unp);
	memset(p, 0, sizeof *p);
}

/* The strings of a project read from NDJSON, one malloc each. */
static void free_strings(pb_project *p)
{
	free(p->title);
	free(p->dept);
	free(p->dept_code);
	free(p->code);
	free(p->name);
	free(p->name_from);
	free(p->source_unit);
	free(p->purpose);
	free(p->schedule_unit);
	for (size_t i = 0; i < p->ngoals; i++)
		free(p->goals[i]);
	for (size_t i = 0; i < p->nind; i++) {
		pb_indicator *in = &p->ind[i];
		free(in->level1);
		free(in->level2);
		free(in->level3);
		free(in->description);
		free(in->value);
		free(in->basis);
		free(in->weight);
		free(in->direction);
	}
	for (size_t i = 0; i < p->nunp; i++) {
		free(p->unp[i].reason);
		free(p->unp[i].text);
	}
}

void pb_project_free(pb_project *p)
{
	if (p->arena)
		pb_arena_free(&p->arena);
	else
		free_strings(p);
	free_arrays(p);
}

/*
 * Each project took a new indicator array (room for up to 256 at once)
 * and arena block from malloc, and gave them back to free: keeping them
 * for the next saves both (pbtable 269.9 -> 267.5 M instructions).
 */
void pb_table_work_recycle(pb_table_work *w, pb_project *p)
{
	if (p->ind && p->ind == w->lent) {
		free(w->ind);
		w->ind = p->ind;
		w->capind = w->lent_cap;
		p->ind = NULL;
	}
	w->lent = NULL;
	if (!p->arena) { /* its strings are its own */
		pb_project_free(p);
		return;
	}
	pb_arena_reset(&p->arena);
	pb_arena_free(&w->arena);
	w->arena = p->arena;
	free_arrays(p);
}
