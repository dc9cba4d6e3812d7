/*
 * table_impl.h - what the files of the table parser share: the parse's
 * state (tparse), its cells and rows, and the functions one file asks of
 * another.  Not for the tools: they use table.h.
 *
 * table.c drives a parse: the block's lines are cut into rows of cells
 * (table_grid.c, table_cpl.c, over table_cells.c's store), then read_rows
 * reads the rows by their labels (table_code.c, table_budget.c,
 * table_amount.c, table_plan.c, table_goals.c, table_indicators.c), with
 * table_pages.c telling a page break's noise from the table.  Names
 * shared so begin tb_.  The few that every cell or row goes through
 * are inline here (tb_cflat, tb_add_plain, tb_cell_line...): called
 * from another file, they cost pbtable 2% more instructions.
 */
#ifndef PB_TABLE_IMPL_H
#define PB_TABLE_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "compiler.h"
#include "framework.h"
#include "heading.h"
#include "html.h"
#include "swar.h"
#include "table.h"

/*
 * The block is first cut into rows of cells, whatever the layout, then
 * the rows are read by their labels.  A cell keeps its line, so every
 * record and warning points at the filing's own line.
 */
typedef struct {
	size_t off, len; /* normalized text (newlines kept) in t->pool */
	long line;
	unsigned char multi; /* holds a newline: tb_cflat must join its lines */
	unsigned char whole; /* one line and no NUL: its len bytes are its C
	                      * string, and the fast searches may read them */
	unsigned char spanned; /* an HTML cell a rowspan above covers
	                        * (pb_html_grid's spanned) */
	size_t flat;     /* multi: 1 + offset of the joined text in t->flat,
	                  * 0 until tb_cflat first needs it */
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
	size_t lead; /* bytes of the line before s, not read (form feeds, an
	              * empty margin column) */
} rawline;

/* the indicator table's columns; C_OP to C_DIR only in the national
 * template's layout (指标性质 ≥, 指标值 95, 度量单位 %, 权重, 指标方向性),
 * where the value is written across three cells; a note (备注) and a
 * scoring rule (评分标准) in some counties' tables */
enum { C_L1, C_L2, C_L3, C_DESC, C_VALUE, C_BASIS, C_OP, C_UNIT, C_WEIGHT, C_DIR, C_NOTE,
       C_SCORE, C_N };

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
	pb_buf join;     /* tb_row_join's scratch */
	pb_buf flat;     /* multi-line cells joined, each once (tb_cflat) */
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
	const pb_html_grid *hg; /* that grid (its cells under a rowspan) */
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
	 * 上级财政资金): p->fiscal is their sum (tb_fiscal_total) */
	int plan_cum;    /* the plan's label says 累计: its amounts are cumulative */
	long plan_from, plan_to; /* the lines of the plan kept (tb_plan_again) */
	/* page headers met inside a row of the cell layout, to be made rows
	 * of their own after it (page_noise) */
	size_t *noise;
	size_t nnoise;
	size_t code_row; /* the 项目编码 row read_rows read the code from, + 1 */
	size_t head_rows; /* the rows above the indicator table (read_rows) */
	const char *doc_dept; /* the filing's department, from its cover, or NULL */
	pb_amount fparts[8]; /* here, not on the stack: tb_guessed() keeps them */
	int nfparts;
	long fline;
	int oom;
} tparse;

/* 0: the fast paths that have a plain twin take the twin (tests) */
extern int tb_use_fast;

/* the needle a string literal, its length known */
#define find_cell(t, r, needle, exact) tb_find_cell_n(t, r, needle, sizeof needle - 1, exact)

#define PAGE_NUMBER_WHY "page number line above the indicator table is no part of the project's fields"
#define PAGE_IN_INDICATORS_WHY "page number line inside the indicator table is no row of it"
#define HEADER_IN_INDICATORS_WHY "page header (a title) inside the indicator table is no row of it"
#define DEPT_IN_INDICATORS_WHY "page header (the department's name) inside the indicator table is no row of it"
#define PAGE_HEADER_WHY "page header (a title) above the indicator table is no part of the project's fields"
#define DEPT_HEADER_WHY "page header (the department's name) above the indicator table is no part of the project's fields"

/* What one spending plan left in the project, so that a second can be
 * read apart and the one not kept given back (tb_plan_again). */
typedef struct {
	pb_amount schedule[PB_NCHECK];
	int have_col[PB_NCHECK];
	unsigned char unread[PB_NCHECK];
	char *unit;
	int cum, nguessed;
	pb_amount *guessed[PB_NCHECK + 3];
	long wan_guess_line, plan_line, from, to;
	size_t nunp;
} plan_state;

/* table.c */

/* table_cells.c */
const char *tb_find_eol(const char *s, size_t n, int lf);
char *tb_tdup(tparse *t, const char *s, size_t n);
char *tb_tmem(tparse *t, const char *s, size_t n);
char *tb_tstr(tparse *t, const char *s);
const char *tb_ctext(tparse *t, size_t c, size_t *n);
char *tb_cflat_multi(tparse *t, size_t c);

/* the cell as one line: wrapping inside the cell removed */
static inline char *tb_cflat(tparse *t, size_t c)
{
	/* a one-line cell is already normalized (and NUL-terminated) */
	if (!t->cells[c].multi)
		return t->pool.ptr + t->cells[c].off;
	return tb_cflat_multi(t, c);
}

int tb_has(const char *s, const char *needle);
int tb_name_rest(tparse *t, const char *k, const char *a, size_t an, const char *b, size_t bn);
int tb_cell_empty(tparse *t, size_t c);
int tb_more_cells(tparse *t);

/* Room for one more cell; NULL on out of memory.  Inline, the growing
 * apart: it runs for every cell. */
static inline cell *tb_new_cell(tparse *t, long line)
{
	if (t->ncells == t->capcells && tb_more_cells(t) < 0)
		return NULL;
	cell *c = &t->cells[t->ncells++];
	c->off = t->pool.len;
	c->line = line;
	c->multi = 0;
	c->whole = 0;
	c->spanned = 0;
	c->flat = 0;
	return c;
}

/* A cell that normalizing leaves as it is: copied.  Inline in the cell
 * loops: most cells are these (pbtable 272.8 -> 269.9 M instructions). */
static PB_ALWAYS_INLINE int tb_add_plain(tparse *t, const char *raw, size_t n, long line)
{
	cell *c = tb_new_cell(t, line);
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

int tb_is_whole(tparse *t, const cell *c);
int tb_add_norm(tparse *t, const char *raw, size_t n, long line);
int tb_add_cell(tparse *t, const char *raw, size_t n, long line);
int tb_extend_cell_as(tparse *t, const char *raw, size_t n, int glue);
int tb_extend_cell(tparse *t, const char *raw, size_t n);
int tb_add_row(tparse *t, size_t first, long line, long end_line);
void tb_noise_rows(tparse *t, const rawline *L);
void tb_unparsed(tparse *t, long line, long end_line, const char *reason);
const char *tb_find_in(const char *s, size_t n, const char *needle, size_t nl);
int tb_find_cell_n(tparse *t, row *r, const char *needle, size_t nl, int exact);
int tb_row_join_but(tparse *t, row *r, size_t from, uint64_t skip, int newlines, pb_buf *out);
int tb_row_join(tparse *t, row *r, size_t from, int newlines, pb_buf *out);
int tb_text_cells(tparse *t, const row *r, uint64_t skip);
int tb_field_label(tparse *t, size_t c);
int tb_value_cell(tparse *t, row *r, int c);

/* table_grid.c */
int tb_is_blank(const char *s, size_t n);
int tb_line_text_cells(const char *s, size_t n);
int tb_header_cell(tparse *t, size_t c);
/* does k name a column that may stand under the level names, in a
 * header's second row (指标名称, 指标值, 指标值确定依据)? */
int tb_head_word(const char *k);
size_t tb_used_cells(tparse *t, size_t first, size_t n);
int tb_level2_name(tparse *t, size_t c);
int tb_shifted_row(tparse *t, const row *rw, const int *col);
int tb_value_pushed_right(tparse *t, const row *rw, const int *col, int maxcol);
int tb_levels_left_out(tparse *t, const row *rw, const int *col, size_t used);
int tb_level1_name(tparse *t, const char *s, size_t n);
int tb_names_value(tparse *t, size_t first, size_t n);
void tb_drop_margin(rawline *L, size_t nl);
void tb_grid_rows(tparse *t, rawline *L, size_t nl);

/* table_cpl.c */
size_t tb_span_shift(tparse *t, const row *up, const row *h);
void tb_cell_rows(tparse *t, rawline *L, size_t nl);

/* table_amount.c */
int tb_own_unit(const char *k, size_t *n, int *to_wan);
int tb_label_unit(const char *k);
void tb_guessed(tparse *t, pb_amount *a);
void tb_unit_after_amounts(tparse *t, int to_wan);
void tb_amount_text(tparse *t, const char *k, size_t n, long ln, int to_wan, int named,
                    pb_amount *a, const char *what);
/*
 * The unit a label of amounts states at its end: a unit label
 * (预算规模及资金用途（单位：元）, *said 1: the table's unit, as a 单位
 * line states it) or the currency alone in brackets (预算数（元）,
 * 资金支出计划（万元）, *said 0: its amounts' unit).  元 or 万元, another
 * as written (千元), or NULL when k is no such label.
 */
const char *tb_label_states_unit(tparse *t, const char *k, int *said);

/* An amount cell: blank is null, and so are the funds written as none
 * (其他资金 -, —, /, 无 alone in the cell: pb_placeholder); read as an
 * amount, that was an unparsed error on every project that wrote its
 * 其他资金 so.  A 预算数 so is said. */
static PB_ALWAYS_INLINE void tb_amount(tparse *t, row *r, int c, int to_wan, int named,
                                        pb_amount *a, const char *what)
{
	a->set = 0;
	if (c < 0 || (size_t)c >= r->n)
		return;
	char *k = tb_cflat(t, r->first + (size_t)c);
	size_t n = strlen(k);
	if (n && !(pb_placeholder(k) && strcmp(what, "预算数")))
		tb_amount_text(t, k, n, t->cells[r->first + (size_t)c].line, to_wan, named, a,
		               what);
}

const char *tb_amount_after(const char *k, size_t n);
/* the minus (- − －) right before the first digit d of k[..d), or d */
const char *tb_sign_before(const char *k, const char *d);

/* The cell as one line, its length in *n: known for a whole cell, the
 * common case, where strlen would only cost. */
static PB_ALWAYS_INLINE const char *tb_cell_line(tparse *t, size_t c, size_t *n)
{
	const char *k = tb_cflat(t, c);
	*n = t->cells[c].whole ? t->cells[c].len : strlen(k);
	return k;
}

void tb_label_amount(tparse *t, row *r, int c, int to_wan, int row_unit, pb_amount *a,
                     const char *what, uint64_t *read);

/* table_plan.c */
int tb_checkpoint(const char *k);
int tb_pairs_row(tparse *t, const row *rw);
void tb_plan(tparse *t, row *h, row *v, int to_wan);
unsigned tb_derive_spend(pb_project *p, int cum_label);
void tb_say_lost_spend(tparse *t, unsigned lost);
void tb_plan_save(tparse *t, plan_state *s);
int tb_plan_again(tparse *t, const row *rw);
void tb_plan_clear(tparse *t);
void tb_plan_choose(tparse *t, const plan_state *was, long from, long to);

/* table_goals.c */
int tb_item_start(const char *s, size_t n, size_t i);
void tb_goals(tparse *t, const char *s);

/* table_indicators.c */
char *tb_tcat(tparse *t, const char *a, const char *b);
void tb_indicators(tparse *t, size_t from, int headless);

/* table_pages.c */
size_t tb_top_rows_again(tparse *t, size_t r, size_t c, size_t above);

/*
 * How many rows from r on draw the table's top again from its 项目编码
 * row on, the rows above row `above` being the top: 0 when row r is no
 * such.  Word repeats the rows marked as header rows after each page
 * break, and these tables often mark their top so; pbsplit keeps such a
 * repeat in the table when it is the same as the top (code, name,
 * budget).  It says nothing new: the caller passes over it.
 */
static PB_ALWAYS_INLINE size_t tb_top_again(tparse *t, size_t r, size_t above)
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
	return tb_top_rows_again(t, r, c, above);
}

size_t tb_top_unlike(tparse *t, size_t r);
int tb_page_furniture(tparse *t, size_t r, int broke);
int tb_page_number_row(tparse *t, const row *rw);
/* (rw one of t->rows: the draft mark under a header looks at the rows above) */
int tb_page_header_row(tparse *t, const row *rw);
int tb_dept_header_row(tparse *t, const row *rw);
const char *tb_noise_why(tparse *t, const row *rw);
size_t tb_page_break_in_text(tparse *t, size_t r);

/* table_code.c */
int tb_labelled_row(tparse *t, row *rw);
const char *tb_trim_sep(const char *s, size_t *n);
int tb_code_piece(const char *s, size_t n);
uint64_t tb_read_code(tparse *t, row *rw, int c, uint64_t unit_cells);
int tb_header_top(tparse *t, row *rw);
void tb_read_name(tparse *t, row *rw, int c, uint64_t unit_cells, uint64_t code_cells);
int tb_headless_row(tparse *t, const row *rw);

/* table_budget.c */
int tb_goals_label(const char *k);
size_t tb_goals_label_colon(const char *s, size_t n);
/* the label w starting s[0..n), alone or before a colon: its bytes, or 0 */
size_t tb_label_then(const char *s, size_t n, const char *w);
/* may s[0..n) start with a label whose first character is among firsts? */
int tb_may_start(const char *s, size_t n, const char *firsts);
int tb_label_key(const char *k, int piece);
int tb_carries_on(tparse *t, row *rw);
size_t tb_page_break_rows(tparse *t, size_t i);
size_t tb_join_budget_rest(tparse *t, size_t r);
void tb_fiscal_total(tparse *t);
int tb_budget_below(tparse *t, size_t r, int c, int to_wan);
int tb_budget_cell(tparse *t, row *rw, int c);
void tb_budget_unsure(tparse *t, const row *rw);
void tb_read_budget(tparse *t, row *rw, int c, int to_wan);
int tb_funds_kind(const char *k, size_t n);
int tb_unit_cell(const char *k, int *to_wan);
size_t tb_budget_more(tparse *t, size_t r, int to_wan, int bcol);
int tb_budget_label_cell(tparse *t, row *rw);
int tb_budget_label_alt(tparse *t, row *rw);

/*
 * The unit named by a currency label at the start of k (单位：元,
 * 金额单位:万元, 计量单位：元, （单位：元）, 单位（元）, 单位(万元)): where the unit
 * starts, or NULL.  Missed, the table's amounts were taken as 万元.  In
 * brackets after 单位 only 元 or 万元 make the label, as such a bracket
 * may hold a note; after a colon the unit is the table's whatever it is,
 * and one that is no money is reported.  Every cell above the indicators
 * is asked: most are turned away by their first character (单, 金, 计,
 * 货, 资 or （: pb_unit_word's words).
 */
static PB_ALWAYS_INLINE const char *tb_unit_label(const char *k)
{
	if (k[0] == '(' || (k[0] == '\xE5' && k[1] == '\x8D' && k[2] == '\x95') ||
	    (k[0] == '\xE9' && k[1] == '\x87' && k[2] == '\x91') ||
	    (k[0] == '\xE8' && ((k[1] == '\xAE' && k[2] == '\xA1') ||
	                        (k[1] == '\xB4' && k[2] == '\xA7') || (k[1] == '\xB5' && k[2] == '\x84'))) ||
	    (k[0] == '\xEF' && k[1] == '\xBC' && k[2] == '\x88'))
		return pb_unit_label_start(k);
	if (k[0] == '#' || k[0] == '*' || k[0] == '_')
		return pb_unit_label_start(k);
	return NULL;
}

/* The unit a currency label names, its text from u (tb_unit_label's
 * answer), blanks first passed over: 元 or 万元; else the unit as
 * written, up to a closing bracket, copied (NULL when that is empty
 * and empty is 0). */
const char *tb_unit_named(tparse *t, const char *u, int empty);
int tb_unit_row(tparse *t, const row *rw);
const char *tb_unit_label_within(tparse *t, size_t c, pb_buf *room);
const char *tb_unit_also(const char *v, size_t *n);
size_t tb_dept_name_len(const char *name, size_t n);
int tb_dept_rest(tparse *t, size_t r);

#endif
