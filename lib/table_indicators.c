/*
 * table_indicators.c - the indicator table: its header's columns, each
 * row into an indicator, merged level cells carried down, and rows cut
 * by a page break joined.
 */
#include "table_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "framework.h"
#include "norm.h"
#include "utf8.h"

/*
 * A header's cells as text, "" for an empty one.  The columns are named
 * from these, not from the row: a two-row header's are the two rows'
 * merged (two_row_names).
 */
typedef struct {
	const char **k;
	size_t n;
} htext;

/* The cell of the header h that names each column (col[x]), by the
 * labels in its cells. */
static int col_taken(const int *col, int c)
{
	for (int x = 0; x < C_N; x++)
		if (col[x] == c)
			return 1;
	return 0;
}

/* Is cell c one of the cells in the mask (the first 64)? */
static int in_mask(uint64_t m, size_t c)
{
	return c < 64 && (m >> c & 1);
}

/* a column of the rows' numbers */
static int seq_head(const char *k)
{
	return !strcmp(k, "序号") || !strcmp(k, "编号");
}

/*
 * The column a note (备注) or a scoring rule (评分标准, 评（扣）分标准)
 * header cell k names, C_NOTE or C_SCORE, else -1.  Asked before the
 * other names: taken for the basis (its 标准), the rule or the note
 * went into it silently, and a blank 备注 made every row's basis asked
 * for (pbcheck's empty-field) in a table that has no 指标值确定依据.
 * Left as no column, each filled cell was an unparsed record, and
 * pbcheck an error for it, in a table with nothing wrong.
 */
static int note_col(const char *k)
{
	if (tb_has(k, "依据") || tb_has(k, "指标"))
		return -1;
	if (tb_has(k, "备注"))
		return C_NOTE;
	return tb_has(k, "分标准") || tb_has(k, "评分") ? C_SCORE : -1;
}

/*
 * The description, value and basis under names none of the lists holds
 * (描述 | 数值 | 说明): when as many header cells right of the level
 * columns went unnamed as those three columns are missing, they are
 * taken in the usual order, if that keeps description before value
 * before basis.  Left alone, the description took the value's field and
 * the value was unparsed.  other: the cells that name a column no field
 * holds.
 */
static PB_NOINLINE void unknown_cols(const htext *h, int *col, uint64_t other)
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
		if (col_taken(col, (int)c) || !*h->k[c] || in_mask(other, c))
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
static int desc_col(const htext *h, const int *col, uint64_t other)
{
	static const char *const names[] = { "指标说明", "具体指标", "绩效指标", "指标定义" };
	for (size_t c = 0; c < h->n; c++) {
		const char *k = h->k[c];
		/* 绩效指标值 names the value, though it holds 绩效指标 */
		if (col_taken(col, (int)c) || in_mask(other, c) || tb_has(k, "指标值") ||
		    tb_has(k, "目标值"))
			continue;
		for (size_t y = 0; y < sizeof names / sizeof *names; y++)
			if (tb_has(k, names[y]))
				return (int)c;
	}
	return -1;
}

static const char *const col_names[C_N][3] = {
	{ "一级指标" }, { "二级指标" }, { "三级指标" },
	{ "指标描述", "指标内容", "指标解释" }, { "指标值" }, { "依据", "标准" },
	{ "指标性质" }, { "度量单位", "计量单位" }, { "权重", "分值" }, { "指标方向" },
};

/* Does the header cell k name column x?  The level columns also by
 * their short names alone (一级 | 二级 | 三级). */
static int names_col(const char *k, int x)
{
	static const char *const short_level[3] = { "一级", "二级", "三级" };
	if (x == C_VALUE)
		return (tb_has(k, "指标值") || tb_has(k, "目标值")) && !tb_has(k, "依据");
	if (x <= C_L3 && !strcmp(k, short_level[x]))
		return 1;
	for (int y = 0; y < 3 && col_names[x][y]; y++)
		/* 标准值 is a value, not its standard */
		if (x == C_BASIS && !strcmp(col_names[x][y], "标准") ? tb_has(k, "标准") && !tb_has(k, "标准值")
		                                                    : tb_has(k, col_names[x][y]))
			return 1;
	return 0;
}

/*
 * The level-3 column under another name (指标内容, 绩效指标, 指标名称),
 * where no cell says 三级指标: the cell right of 二级指标, unless it is
 * another column's or a description's by its name.  指标内容 and
 * 绩效指标 also name a description: read so, every level 3 was null
 * (pbcheck's 三级指标 is empty on each) and the table's real
 * description, if any, unparsed.  The description is then looked for
 * again among the other cells.
 */
static void level3_beside(const htext *h, int *col, uint64_t other)
{
	if (col[C_L3] >= 0 || col[C_L2] < 0 || (size_t)col[C_L2] + 1 >= h->n)
		return;
	int c = col[C_L2] + 1;
	const char *k = h->k[c];
	if (!*k || in_mask(other, (size_t)c) || (col_taken(col, c) && col[C_DESC] != c) ||
	    tb_has(k, "描述") || tb_has(k, "解释") || tb_has(k, "说明") || tb_has(k, "定义"))
		return;
	col[C_L3] = c;
	if (col[C_DESC] != c)
		return;
	col[C_DESC] = -1;
	for (size_t d = 0; d < h->n && col[C_DESC] < 0; d++)
		if (!col_taken(col, (int)d) && !in_mask(other, d) && names_col(h->k[d], C_DESC))
			col[C_DESC] = (int)d;
}

/* Are the cells of h from c on all empty? */
static int empty_from(const htext *h, size_t c)
{
	for (; c < h->n; c++)
		if (*h->k[c])
			return 0;
	return 1;
}

static void name_cols(const htext *h, int *col)
{
	uint64_t other = 0;
	for (int k = 0; k < C_N; k++)
		col[k] = -1;
	for (size_t c = 0; c < h->n; c++) {
		const char *k = h->k[c];
		/* 序号, or a second note: no column any field holds; a note
		 * is its own column and no other */
		int own = c < 64 && *k ? seq_head(k) ? C_N : note_col(k) : -1;
		if (own >= 0) {
			if (own < C_N && col[own] < 0)
				col[own] = (int)c;
			other |= (uint64_t)1 << c;
			continue;
		}
		for (int x = 0; x < C_N; x++)
			if (col[x] < 0 && names_col(k, x)) {
				col[x] = (int)c;
				break;
			}
	}
	level3_beside(h, col, other);
	if (col[C_DESC] < 0)
		col[C_DESC] = desc_col(h, col, other);
	unknown_cols(h, col, other);
	/* a table with unnamed columns: take them in the usual order, but
	 * never one that another name took (a header without 三级指标 gave
	 * level3 the description's column), nor one no field holds */
	for (int x = 0, next = 0; x <= C_BASIS; x++) {
		/* but empty last cells (the tabs a PDF's grid row ends in,
		 * a pipe table's cells as wide as the table) are no basis
		 * column: taken for one, a table without it (the national
		 * template) had each row's basis asked for */
		if (x == C_BASIS && empty_from(h, (size_t)next))
			break;
		if (col[x] < 0 && next < (int)h->n && x != C_DESC && !col_taken(col, next) &&
		    !in_mask(other, (size_t)next))
			col[x] = next;
		if (col[x] >= 0)
			next = col[x] + 1;
	}
}

/* The texts of the header row h into *o, the array malloc'd; -1 when
 * out of memory.  Every cell is flattened before any pointer is kept:
 * flattening one may move the others'. */
static int row_text(tparse *t, const row *h, htext *o)
{
	o->n = h->n;
	o->k = calloc(h->n ? h->n : 1, sizeof *o->k);
	if (!o->k)
		return t->oom = 1, -1;
	for (size_t c = 0; c < h->n; c++)
		tb_cflat(t, h->first + c);
	for (size_t c = 0; c < h->n; c++)
		o->k[c] = tb_cflat(t, h->first + c);
	return 0;
}

/* -1 out of memory: no column named */
static int row_cols(tparse *t, const row *h, int *col)
{
	htext ht;
	if (row_text(t, h, &ht) < 0) {
		for (int x = 0; x < C_N; x++)
			col[x] = -1;
		return -1;
	}
	name_cols(&ht, col);
	free(ht.k);
	return 0;
}

/* The description, value and basis columns of a two-row header from
 * its upper row, where they are named. */
static PB_NOINLINE void upper_cols(tparse *t, row *up, int *col)
{
	int u[C_N];
	row_cols(t, up, u);
	int d = (int)tb_span_shift(t, up, up + 1);
	for (int x = C_DESC; x <= C_BASIS; x++)
		if (u[x] >= 0)
			col[x] = u[x] + (u[x] > col[C_L1] ? d : 0);
}

/* Does k name a level (一级指标, 三级, 二级指标名称)? */
static int level_word(const char *k)
{
	return tb_has(k, "级指标") || !strcmp(k, "一级") || !strcmp(k, "二级") || !strcmp(k, "三级");
}

/*
 * Is the row lo under the header the header's second row: the names of
 * the columns that a level name above spans (三级指标 over 指标名称 |
 * 指标值) or that the row above left blank, and nothing else?  It names
 * the value or the level-3 name, and no level but 三级指标.  Read as a
 * row, it was an indicator named 指标名称 valued 指标值, and the
 * columns were the upper row's alone: values went into the basis, and
 * in cell per line each row was cut in two (table_cpl.c counts the
 * columns from this row too).
 */
static PB_NOINLINE int sub_header(tparse *t, const row *lo)
{
	int named = 0, key = 0;
	for (size_t c = 0; c < lo->n; c++) {
		if (tb_cell_empty(t, lo->first + c))
			continue;
		const char *k = tb_cflat(t, lo->first + c);
		if (!tb_head_word(k) || tb_has(k, "一级指标") || tb_has(k, "二级指标"))
			return 0;
		named++;
		key |= tb_has(k, "指标值") || tb_has(k, "目标值") || tb_has(k, "指标名称");
	}
	return named >= 2 && key;
}

/*
 * The columns of a two-row header, the level names in its upper row up
 * and the row lo under it naming the columns below them: each column
 * by lo's cell, or up's where lo's is empty.  The first column under a
 * level name's span (三级指标 over 指标名称) is that level's.
 */
static PB_NOINLINE void two_row_names(tparse *t, const row *up, const row *lo, int *col)
{
	size_t n = up->n > lo->n ? up->n : lo->n;
	htext ht = { calloc(n ? n : 1, sizeof *ht.k), n };
	if (!ht.k) {
		t->oom = 1;
		return;
	}
	for (size_t c = 0; c < n; c++) {
		if (c < up->n)
			tb_cflat(t, up->first + c);
		if (c < lo->n)
			tb_cflat(t, lo->first + c);
	}
	for (size_t c = 0; c < n; c++) {
		const char *u = c < up->n ? tb_cflat(t, up->first + c) : "";
		const char *l = c < lo->n ? tb_cflat(t, lo->first + c) : "";
		ht.k[c] = *l && !level_word(u) ? l : u;
	}
	name_cols(&ht, col);
	free(ht.k);
}

/* The columns left of the level-1 column headed 序号 (the rows'
 * numbers), bit per column: no field holds them, and they are read
 * (left unread, each row's number was an unparsed record). */
static uint64_t seq_cols(tparse *t, const row *h, const int *col)
{
	uint64_t m = 0;
	for (size_t c = 0; c < h->n && (int)c < col[C_L1] && c < 64; c++) {
		const char *k = tb_cflat(t, h->first + c);
		if (seq_head(k))
			m |= (uint64_t)1 << c;
	}
	return m;
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
		const char *s = tb_cflat(t, c);
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
	if (!tb_use_fast || !h->n || header_sig(t, h, &t->hnew) < 0) {
		row_cols(t, h, col);
		return;
	}
	if (t->hnew.len == t->hkey.len && !memcmp(t->hnew.ptr, t->hkey.ptr, t->hkey.len)) {
		memcpy(col, t->hcol, sizeof t->hcol);
		return;
	}
	/* columns named short of memory are none: kept for the header, they
	 * made every later table under it (the next filing's, in a kept
	 * state) rows outside the columns */
	if (row_cols(t, h, col) < 0)
		return;
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
	/* a note or a scoring rule the page break cut: its two pieces
	 * joined, as the description's are */
	for (int x = C_NOTE; x <= C_SCORE; x++) {
		char **f = x == C_NOTE ? &prev->note : &prev->scoring;
		if (cellv[x])
			*f = *f ? tb_tcat(t, *f, cellv[x]) : cellv[x];
	}
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

/*
 * Store the joined pieces b of a field.  Each piece was normalized as a
 * cell of its own, so markup a page break cut in two ($ / \geq 95\%$,
 * < / p>提升…</p>) was left as text in both: the value $\geq 95%$ was
 * no number (op, num and unit null) and nothing said so.  Joined, the
 * markup is whole again and is normalized once more; text without a
 * math or tag opener is stored as it is.
 */
static char *tail_text(tparse *t, const pb_buf *b)
{
	if (!memchr(b->ptr, '$', b->len) && !memchr(b->ptr, '<', b->len))
		return tb_tdup(t, b->ptr, b->len);
	pb_buf_reset(&t->tmp);
	if (pb_norm_cell(&t->tmp, b->ptr, b->len, 0) < 0)
		return t->oom = 1, NULL;
	return tb_tdup(t, t->tmp.ptr, t->tmp.len);
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
			*tail_field(prev, k) = tail_text(t, &t->tail[k]);
	pb_value_parse(prev->value ? prev->value : "", prev->value ? strlen(prev->value) : 0,
	               &prev->parsed);
}

/* Room for n indicators in all, growing by doubling.  The rows below
 * the header make one each at most, so tb_indicators() asks for that many
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
	if (x->whole && tb_use_fast) {
		*len = x->len;
		return tb_tmem(t, t->pool.ptr + x->off, x->len);
	}
	char *d = tb_tstr(t, tb_cflat(t, c));
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
		if ((x < 64 && (read >> x & 1)) || tb_cell_empty(t, rw->first + x))
			continue;
		const char *k = tb_cflat(t, rw->first + x);
		char why[200];
		snprintf(why, sizeof why, "indicator row cell under no column of the header: %.*s",
		         pb_utf8_cut(k, 120), k);
		long ln = t->cells[rw->first + x].line;
		tb_unparsed(t, ln, ln, why);
	}
}

/* The operator s (n bytes) is alone, as the parser reads one (≥, ≤, =,
 * 不低于...: ">=" ...), or NULL.  定性 and 定量 are no operator. */
static const char *op_cell(tparse *t, const char *s, size_t n)
{
	pb_buf *b = &t->tmp;
	pb_value v;
	pb_buf_reset(b);
	if (pb_buf_add(b, s, n) < 0 || pb_buf_add(b, "1", 1) < 0)
		return t->oom = 1, NULL;
	pb_value_parse(b->ptr, b->len, &v);
	return v.op && v.kind == PB_VK_NUMBER && !v.unit_len ? v.op : NULL;
}

/* The operator the value v (n bytes) starts with (≥5项, 不低于5项), or
 * NULL: one after its number (5项以上, 6月30日前) is no sign before it. */
static const char *lead_op(const char *v, size_t n)
{
	pb_value pv;
	if (!n || (*v >= '0' && *v <= '9') || *v == '-')
		return NULL;
	pb_value_parse(v, n, &pv);
	return pv.op;
}

/*
 * The national template writes a value in three cells: 指标性质 (≥),
 * 指标值 (95) and 度量单位 (%).  They are joined into the value as it
 * would be written in one (≥95%), which the value parser then reads:
 * kept apart, the op and the unit were lost and every row warned.
 * 定性 or 定量 in 指标性质 is the indicator's kind, which the value
 * says, and 正向 or 反向 its direction, which the records have no field
 * for (SCHEMA.md) and the sign says; any other text there is unparsed.
 * A unit the value already ends with is not written twice, nor a sign
 * it starts with.
 */
/* Does 指标性质 hold the indicator's kind or direction, no operator? */
static int kind_words(const char *s)
{
	static const char *const w[] = { "定性", "定量", "正向", "反向", "正向指标", "反向指标" };
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (!strcmp(s, w[k]))
			return 1;
	return 0;
}

static PB_NOINLINE void template_value(tparse *t, const row *rw, const int *cc, char **cellv,
                                       size_t *lens)
{
	const char *op = cellv[C_OP], *unit = cellv[C_UNIT], *v = cellv[C_VALUE];
	size_t ol = op ? lens[C_OP] : 0, ul = unit ? lens[C_UNIT] : 0, vl = v ? lens[C_VALUE] : 0;
	const char *sign = op ? op_cell(t, op, ol) : NULL;

	if (op && !sign) {
		if (!kind_words(op)) {
			long ln = t->cells[rw->first + (size_t)cc[C_OP]].line;
			char why[200];
			snprintf(why, sizeof why, "指标性质 is no operator: %.*s", pb_utf8_cut(op, 120), op);
			tb_unparsed(t, ln, ln, why);
		}
		op = NULL, ol = 0;
	}
	/* filers keep the sign in the value when the template adds the
	 * column (≥ | ≥5项): written twice, ≥≥5项 parsed as nothing.  A
	 * value with a sign of its own keeps it; one that says otherwise
	 * than the column is the filer's to settle, and said */
	const char *own = op && v ? lead_op(v, vl) : NULL;
	if (own) {
		if (strcmp(own, sign)) {
			long ln = t->cells[rw->first + (size_t)cc[C_OP]].line;
			char why[300];
			snprintf(why, sizeof why, "指标性质 %.*s differs from the value's own sign: %.*s",
			         pb_utf8_cut(op, 60), op, pb_utf8_cut(v, 120), v);
			tb_unparsed(t, ln, ln, why);
		}
		op = NULL, ol = 0;
	}
	if (!v) {
		if (op || unit) {
			long ln = t->cells[rw->first + (size_t)cc[op ? C_OP : C_UNIT]].line;
			tb_unparsed(t, ln, ln, "指标性质 or 度量单位 without a 指标值");
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
		if ((size_t)col[C_L1] >= x->n || tb_cell_empty(t, x->first + (size_t)col[C_L1])) {
			/* a row between under another level 1 (the block
			 * above's 成本指标): no centred cell, a misplaced row */
			if (col[C_L2] >= 0 && (size_t)col[C_L2] < x->n &&
			    !tb_cell_empty(t, x->first + (size_t)col[C_L2])) {
				int h = pb_l2_parent(tb_cflat(t, x->first + (size_t)col[C_L2]));
				if (h >= 0 && h != home)
					break;
			}
			continue;
		}
		char *next = tb_cflat(t, x->first + (size_t)col[C_L1]);
		if (tb_header_cell(t, x->first))
			continue;
		if (pb_l1_index(next) == home)
			answer = tb_tstr(t, next);
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
		if (tb_cell_empty(t, rw->first + c))
			continue;
		const char *k = tb_cflat(t, rw->first + c);
		if (!strstr(k, "：") && !strchr(k, ':'))
			return 0;
		any = 1;
	}
	return any;
}

/* a joined to b, in the project's arena */
char *tb_tcat(tparse *t, const char *a, const char *b)
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

/* Do a and b joined make a level-2 name of the framework (社会效益指 +
 * 标)?  Joined in t->tmp: most rows asked make none, and the project's
 * arena would keep each. */
static int l2_joins(tparse *t, const char *a, const char *b)
{
	pb_buf_reset(&t->tmp);
	if (pb_buf_adds(&t->tmp, a) < 0 || pb_buf_adds(&t->tmp, b) < 0)
		return t->oom = 1, 0;
	return pb_l2_parent(t->tmp.ptr) >= 0;
}

/*
 * Does the level-2 cell l2 of a line go on the level 2 of prev, the row
 * above, cut inside it?  cut: something else says the line is the rest
 * of a cut row (a page break before it, its level-1 cell a name's rest).
 */
static int l2_rest(tparse *t, const pb_indicator *prev, const char *l2, int cut, int l2_joined)
{
	if (!prev->level2 || l2_joined || pb_l2_parent(prev->level2) >= 0)
		return 0;
	/* a framework name is a row's own, but for the rest of one
	 * (服务对象 / 满意度指标, 经济 / 效益指标): read as a row, the
	 * rest was an indicator named 满意度指标 with nothing else,
	 * and the row above kept 服务对象 */
	if (pb_l2_parent(l2) < 0 && pb_l1_index(l2) < 0 && cut)
		return 1;
	return l2_joins(t, prev->level2, l2);
}

/*
 * Is a row with a blank level-1 cell the rest of the row above, cut by a
 * page break inside its level-2 or level-3 name (社会效益指 / 标)?  Read
 * as a row, the tail was an indicator of its own, named 标, and the rows
 * below took that level 2.  The name above and its level-2 cell, if
 * any, make a name of the framework (社会效益指 + 标, 服务对象 + 满意度指标),
 * or the cell names nothing of it and the row is the first after a page
 * break (the header again, a page number or page header above it).  A
 * level-3 tail needs the break.  A value
 * of its own (a quantity, or words with a basis) makes it a row.
 */
/*
 * Is the tab-grid row r, with its level-3 cell alone, the rest of the
 * level-3 name of the row right above it, wrapped onto a line of its
 * own (游客 / \t\t满意度)?  A PDF's tab grid puts a wrapped cell's rest
 * under its column on the next line, with no page break to tell it by
 * (a page break's page number and header do): read as a row, it was an
 * indicator named 满意度 with no description, value or basis (two
 * pbcheck errors), and the name above was cut short.  A row of its own
 * has more than a name; a name alone under a row whose tail another
 * line already carries on is no wrap of that row.
 */
static int l3_wrap_rest(tparse *t, size_t r, char *const *cellv)
{
	const pb_indicator *prev = &t->p->ind[t->p->nind - 1];
	if (!t->grid || t->tail_open || !prev->level3 || r == 0 || prev->line != t->rows[r - 1].line)
		return 0;
	for (int x = 0; x < C_N; x++)
		if (x != C_L3 && cellv[x])
			return 0;
	return 1;
}

static int level_tail(tparse *t, size_t r, char *const *cellv, const size_t *lens, int after_break,
                      int l2_joined)
{
	const pb_indicator *prev = &t->p->ind[t->p->nind - 1];
	const char *l2 = cellv[C_L2];
	if (cellv[C_L1] || (!l2 && !cellv[C_L3]) || own_row(t, cellv, lens))
		return 0;
	if (!value_words_or_none(cellv, lens))
		return 0;
	if (l2)
		return l2_rest(t, prev, l2, after_break, l2_joined);
	return (after_break && prev->level3) || l3_wrap_rest(t, r, cellv);
}

/*
 * Is a row with a level-1 cell the rest of the level-1 name l1 above,
 * cut by a line break (产出 / 指标)?  A PDF's tab grid puts a wrapped
 * cell's rest on a row of its own, under its column, right after the row
 * that printed the cell (printed: the last indicator did); read as a
 * row, the rest was an indicator's level 1 and the rows below took it.
 * It is, when l1 is no level-1 name of the framework and the row's is
 * none either (a name alone on a row starts a block), and the row has
 * no value of its own (a quantity or date, or words with a description
 * and a basis).  The row above's other cells wrap onto the same line:
 * its level-2 and level-3 cells, if any, are those names' rests (效益指
 * | 经济效益指 / 标 | 标), when each goes on the name above it as a cut
 * name would after a page break; read alone, the rest line named an
 * indicator 标 | 标 with nothing else.
 */
static int level1_tail(tparse *t, size_t r, char *const *cellv, const size_t *lens,
                       const char *l1, int printed, int l2_joined)
{
	if (!t->grid || !printed || !cellv[C_L1] || !l1 || pb_l1_index(l1) >= 0 ||
	    pb_l1_index(cellv[C_L1]) >= 0 || own_row(t, cellv, lens))
		return 0;
	const pb_indicator *prev = &t->p->ind[t->p->nind - 1];
	if ((cellv[C_L2] && !l2_rest(t, prev, cellv[C_L2], 1, l2_joined)) ||
	    (cellv[C_L3] && !prev->level3))
		return 0;
	/* a page number or the page's header between the name's halves
	 * (产出 / 5 / 指标) is no part of it: glued in, every row of the
	 * block was named 产出5指标; so are the table's own lines above
	 * its 项目编码 row, there before the header again (the caller's
	 * saw no break yet); 续表 is the caller's */
	const row *rw = &t->rows[r];
	if (tb_noise_why(t, rw) || (rw->n == 1 && tb_page_furniture(t, r, 1)))
		return 0;
	return value_words_or_none(cellv, lens);
}

/*
 * Put a cut row's rest line, its level 1 aside, on the row above: its
 * level-2 and level-3 cells on the names above them, the rows that carry
 * the cut level 2 (*l2, from l2_from on) getting it whole; its other
 * cells on the row's (value_line: where its value stands).
 */
static void rest_join(tparse *t, char *const *cellv, long value_line, char **l2, size_t l2_from,
                      int *l2_joined)
{
	pb_project *p = t->p;
	pb_indicator *prev = &p->ind[p->nind - 1];
	if (cellv[C_L2]) {
		char *j = tb_tcat(t, prev->level2, cellv[C_L2]);
		for (size_t x = l2_from; j && x < p->nind; x++)
			if (p->ind[x].level2 == *l2)
				p->ind[x].level2 = j;
		*l2 = j;
		*l2_joined = 1;
	}
	if (cellv[C_L3] && prev->level3)
		prev->level3 = tb_tcat(t, prev->level3, cellv[C_L3]);
	if (cellv[C_DESC] || cellv[C_VALUE] || cellv[C_BASIS])
		tail_add(t, cellv, value_line);
}

/* Does the level row h of a two-row header leave the value column
 * unnamed: its cell there empty, or (cell per line, where the row left
 * out the empty cells under the upper row's names) none at all? */
static int level_row_lacks_value(tparse *t, const row *h, const int *col)
{
	if (col[C_VALUE] < 0)
		return col[C_L1] >= 0 || col[C_L2] >= 0;
	return (size_t)col[C_VALUE] < h->n && tb_cell_empty(t, h->first + (size_t)col[C_VALUE]);
}

/* Does the text k name a level: a framework name, maybe without its 指标
 * (产出, 数量), or one ending in 指标 (项目质量指标)? */
static int names_level(const char *k)
{
	size_t n = strlen(k);
	return pb_review_l1(k) >= 0 || pb_review_l2_parent(k) >= 0 ||
	       (n >= 6 && !strcmp(k + n - 6, "指标"));
}

/*
 * May a row one cell short of the header lack its merged level-1 cell
 * (converters leave out the empty cell of a vertical merge)?  1: it
 * starts with a level-2 name that is no level-1 name (质量指标); 2: with
 * one that is both (成本指标), under the level 1 carried down (l1: the
 * older framework's 产出指标), the cell after it no level-2 name (a new
 * 成本指标 block goes on with 经济成本指标, and is as wide as the header);
 * 3: with an empty cell, its merged level-2 one, and a name of no level
 * after it.  0: none of these.  Read in place, the 成本指标 row began a
 * block of its own and its ceiling (≤5000元/人) went to the description.
 */
static int level1_left_out(tparse *t, const row *rw, const char *l1)
{
	if (tb_cell_empty(t, rw->first))
		return !tb_cell_empty(t, rw->first + 1) && !names_level(tb_cflat(t, rw->first + 1)) &&
		               !tb_header_cell(t, rw->first + 1)
		           ? 3
		           : 0;
	if (tb_level2_name(t, rw->first))
		return 1;
	int i = pb_l1_index(l1);
	if (i < 0 || !pb_l2_under(i, tb_cflat(t, rw->first)))
		return 0;
	return pb_l2_parent(tb_cflat(t, rw->first + 1)) < 0 ? 2 : 0;
}

/* Is cell c of rw one an HTML rowspan above covers (pb_html_spanned)? */
static int spanned_cell(const tparse *t, const row *rw, int c)
{
	return c >= 0 && (size_t)c < rw->n && t->cells[rw->first + (size_t)c].spanned;
}

/* Are the row's only cells its level-1 and level-2 names? */
static int levels_only(char *const *cellv)
{
	for (int x = 0; x < C_N; x++)
		if (x != C_L1 && x != C_L2 && cellv[x])
			return 0;
	return cellv[C_L1] || cellv[C_L2];
}

/* Why a row of one cell amid the indicators is none of theirs: a page
 * break's noise said as such (a page number, the running header's title
 * or the department alone: pbcheck and a reader tell it from lost text
 * by its reason), else text that is no row. */
static const char *one_cell_why(tparse *t, const row *rw)
{
	return tb_page_number_row(t, rw)   ? PAGE_IN_INDICATORS_WHY
	       : tb_page_header_row(t, rw) ? HEADER_IN_INDICATORS_WHY
	       : tb_dept_header_row(t, rw) ? DEPT_IN_INDICATORS_WHY
	                                   : "text inside the indicator table is not a row";
}

/*
 * Does the tab-grid row r, whose only cells are its level names (used
 * columns of it up to the last one filled), go on in the next row, a
 * page break cutting it right after its level cells?  A PDF with
 * vertically centred merged cells prints the level names on the row's
 * first line and the rest under the next page's header: read as a row,
 * the cut row was an indicator of nothing (no name, no value, unparsed
 * and three pbcheck errors) and every seq after it moved.  The rest
 * starts in the very column where r stopped, the columns before it
 * empty: a row of its own with merged levels (its level-2 or level-1
 * cell filled again, under r's) is no rest.  The break's rows between
 * (the header again, the table's top again, a page number, blank rows,
 * a few at most) are passed over.
 */
static int levels_go_on(tparse *t, size_t r, size_t from, size_t used)
{
	size_t k = r + 1;
	for (int skip = 0; k < t->nrows && skip < 8; skip++) {
		const row *x = &t->rows[k];
		size_t again = tb_top_again(t, k, from);
		if (again) {
			k += again;
			continue;
		}
		if (x->n && (tb_header_cell(t, x->first) || (x->n > 1 && tb_header_cell(t, x->first + 1)) ||
		             !tb_used_cells(t, x->first, x->n) || tb_noise_why(t, x))) {
			k++;
			continue;
		}
		break;
	}
	if (k >= t->nrows)
		return 0;
	const row *x = &t->rows[k];
	if (x->n <= used || tb_cell_empty(t, x->first + used))
		return 0;
	for (size_t c = 0; c < used; c++)
		if (!tb_cell_empty(t, x->first + c))
			return 0;
	return 1;
}

/*
 * from: the header row; or, headless, the first indicator row of a table
 * whose header is missing, read in the usual columns.
 */
void tb_indicators(tparse *t, size_t from, int headless)
{
	pb_project *p = t->p;
	int col[C_N];
	char *l1 = NULL, *l2 = NULL;
	/* the first row after the header; the 序号 columns */
	size_t body = from + !headless;
	uint64_t seq = 0;

	if (headless) {
		for (int x = 0; x < C_N; x++)
			col[x] = x <= C_BASIS ? x : -1;
		tb_unparsed(t, t->rows[from].line, t->rows[from].line,
		            "indicator rows without the 一级指标 header: "
		            "read in the usual columns");
	} else {
		header_cols(t, &t->rows[from], col);
		/* a second header row under it: named with it, no indicator */
		if (from + 1 < t->nrows && sub_header(t, &t->rows[from + 1])) {
			two_row_names(t, &t->rows[from], &t->rows[from + 1], col);
			body++;
		}
		if (col[C_L1] > 0)
			seq = seq_cols(t, &t->rows[from], col);
	}
	/* the national template's 权重 and 指标方向性: their own fields */
	if (col[C_WEIGHT] >= 0)
		p->weight_col = 1;
	if (col[C_DIR] >= 0)
		p->direction_col = 1;
	if (col[C_NOTE] >= 0)
		p->note_col = 1;
	if (col[C_SCORE] >= 0)
		p->scoring_col = 1;
	/* a two-row header: the level names below, the other columns'
	 * names above them (read from the level row alone, each value went
	 * to the basis and each description to the value) */
	if (!headless && from > 0 && level_row_lacks_value(t, &t->rows[from], col) &&
	    tb_header_top(t, &t->rows[from - 1]))
		upper_cols(t, &t->rows[from - 1], col);
	/* the national template has no 指标值确定依据 column: its rows'
	 * empty basis is no omission (pbcheck's empty-field asks) */
	if (col[C_BASIS] < 0)
		p->no_basis_col = 1;
	/* the columns are the table's, not a row's: their rightmost once */
	int maxcol = 0;
	uint64_t read = seq;
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
	/* no row joins an indicator of this count or fewer: a row cut
	 * after its level cells (levels_go_on) stands between */
	size_t sealed = 0;
	if (ind_room(t, t->nrows - from < 256 ? t->nrows - from : 256) < 0)
		t->oom = 1;
	for (size_t r = body; r < t->nrows && !t->oom; r++) {
		row *rw = &t->rows[r];
		char *cellv[C_N] = { 0 };
		size_t lens[C_N]; /* of the cellv set */
		int any = 0, broke = after_break;
		after_break = 0;
		size_t again = tb_top_again(t, r, from);
		if (again) {
			r += again - 1;
			r += tb_top_unlike(t, r + 1);
			after_break = 1;
			continue;
		}
		if (tb_header_cell(t, rw->first) ||
		    (rw->n > 1 && tb_header_cell(t, rw->first + 1))) {
			after_break = 1;
			/* its second row with it, as under the first header */
			if (body > from + 1 && r + 1 < t->nrows && sub_header(t, &t->rows[r + 1]))
				r++;
			continue; /* the header again, after a page break */
		}
		/* the top's own rows of several cells above its 项目编码
		 * row again (单位名称 | XX局 | 单位：万元), after a break */
		if (broke && rw->n > 1 && tb_page_furniture(t, r, broke)) {
			after_break = 1;
			continue;
		}
		size_t used = tb_used_cells(t, rw->first, rw->n);
		/* a row one cell short that starts with a level-2 name lacks
		 * its merged level-1 cell (converters leave out the empty cell
		 * of a vertical merge): its cells are one column to the left,
		 * and read in place, its value went to the description */
		const int *cc = col;
		int sh[C_N];
		uint64_t rread = read;
		/* one or two cells short and read as it stands: a first cell
		 * that names no level may be a level-3 name, its levels left out */
		int short2 = (used + 1 == (size_t)maxcol || used + 2 == (size_t)maxcol) &&
		             col[C_L1] == 0 && col[C_L2] == 1 && col[C_L3] == 2 && p->nind;
		int lo = 0;
		if (used == (size_t)maxcol && col[C_L1] == 0 && col[C_L2] == 1 && used > 2 &&
		    (lo = level1_left_out(t, rw, l1)) > 0) {
			int s = tb_shifted_row(t, rw, col);
			if (s > 0) {
				for (int x = 0; x < C_N; x++)
					sh[x] = col[x] > 0 ? col[x] - 1 : -1;
				cc = sh;
			} else if (!s && (lo == 1 || (lo == 2 && rw->n < t->rows[from].n))) {
				/* (a row whose first cell is empty, or 成本指标 with
				 * an empty cell for the last column, may be whole) */
				tb_unparsed(t, rw->line, rw->end_line,
				            "indicator row one cell short that starts with a level-2 name: "
				            "its cells may be one column to the left");
			}
		} else if ((used + 1 == (size_t)maxcol ||
		            (used + 2 == (size_t)maxcol && !signoff_row(t, rw) &&
		             !names_level(tb_cflat(t, rw->first)))) &&
		           col[C_L1] == 0 && col[C_L2] == 1 && col[C_L3] == 2 && p->nind &&
		           tb_levels_left_out(t, rw, col, used)) {
			/* (two cells short with its last cell, the basis, left
			 * blank too: 展示活动场次 | 全年举办… | 按计划开展) */
			rread = 0;
			for (int x = 0; x < C_N; x++) {
				sh[x] = x == C_L1 || x == C_L2 || col[x] < 2 ? -1 : col[x] - 2;
				if (sh[x] >= 0 && sh[x] < 64)
					rread |= (uint64_t)1 << sh[x];
			}
			cc = sh;
			short2 = 0;
		} else if (used == (size_t)maxcol + 2 &&
		           tb_value_pushed_right(t, rw, col, maxcol)) {
			rread = 0;
			for (int x = 0; x < C_N; x++) {
				sh[x] = col[x] >= col[C_VALUE] ? col[x] + 1 : col[x];
				if (sh[x] >= 0 && sh[x] < 64)
					rread |= (uint64_t)1 << sh[x];
			}
			cc = sh;
		}
		for (int x = 0; x < C_N; x++) {
			if (cc[x] >= 0 && (size_t)cc[x] < rw->n && !tb_cell_empty(t, rw->first + (size_t)cc[x])) {
				cellv[x] = cell_dup(t, rw->first + (size_t)cc[x], &lens[x]);
				any = 1;
			}
		}
		if (any && (!all_read || used > (size_t)maxcol + 1))
			stray_cells(t, rw, rread);
		if (!any && used > 0) {
			tb_unparsed(t, rw->line, rw->end_line, "row outside the indicator columns");
		} else if (!any) {
			/* an empty row */
			after_break = broke;
		} else if (p->nind > sealed && level_tail(t, r, cellv, lens, broke, l2_joined)) {
			rest_join(t, cellv,
			          cellv[C_VALUE] ? t->cells[rw->first + (size_t)cc[C_VALUE]].line : rw->line,
			          &l2, l2_from, &l2_joined);
		} else if (used == 1 && (size_t)maxcol > 0 && rw->n == 1 && tb_page_furniture(t, r, broke)) {
			/* before a level-1 name's rest is looked for: 续表 or the
			 * department between 产出 / 指标 was glued into the name */
			after_break = 1;
		} else if (p->nind > sealed &&
		           level1_tail(t, r, cellv, lens, l1, l1_row == p->nind - 1, l2_joined)) {
			/* the rows that carry the cut name get it whole */
			char *j = tb_tcat(t, l1, cellv[C_L1]);
			for (size_t x = l1_from; j && x < p->nind; x++)
				if (p->ind[x].level1 == l1)
					p->ind[x].level1 = j;
			if (j)
				l1 = j;
			rest_join(t, cellv,
			          cellv[C_VALUE] ? t->cells[rw->first + (size_t)cc[C_VALUE]].line : rw->line,
			          &l2, l2_from, &l2_joined);
		} else if (!cellv[C_L1] && !cellv[C_L2] && !cellv[C_L3] && p->nind > sealed &&
		           !own_row(t, cellv, lens)) {
			/* the tail of the row above, cut by a page break */
			tail_add(t, cellv,
			         cellv[C_VALUE] ? t->cells[rw->first + (size_t)cc[C_VALUE]].line : rw->line);
		} else if (used == 1 && (size_t)maxcol > 0 && rw->n == 1) {
			if (!tb_page_furniture(t, r, broke))
				tb_unparsed(t, rw->line, rw->end_line, one_cell_why(t, rw));
			after_break = 1; /* a page number or page header */
		} else if ((cellv[C_L1] || (!cellv[C_VALUE] && !cellv[C_DESC])) && signoff_row(t, rw)) {
			/* (its labels under the description or the value too,
			 * when its cells were merged and kept their empty ones:
			 * no level-1 name is a label and its text) */
			tb_unparsed(t, rw->line, rw->end_line,
			            "labelled text (单位负责人：…), not an indicator row");
		} else if (t->grid && cc == col && !short2 && levels_only(cellv) &&
		           levels_go_on(t, r, from, used)) {
			/* its levels carried down to its rest, as a row's
			 * would be, and no indicator of its own */
			if (cellv[C_L1]) {
				if (!cellv[C_L2] && !(l1 && !strcmp(l1, cellv[C_L1])))
					l2 = NULL;
				l1 = cellv[C_L1];
				l1_from = p->nind;
				l1_row = SIZE_MAX;
			} else {
				char *home = centred_level1(t, r, col, l1, cellv[C_L2], &centred);
				if (home && home != l1) {
					l1 = home;
					l1_from = p->nind;
				}
			}
			if (cellv[C_L2]) {
				l2 = cellv[C_L2];
				l2_joined = 0;
				l2_from = p->nind;
			}
			sealed = p->nind;
		} else {
			if (!cellv[C_L3] && !cellv[C_VALUE]) {
				tb_unparsed(t, rw->line, rw->end_line, "indicator row without a name or value");
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
				/* a row short of the header, read as it stands,
				 * whose first cell names no level may be a level-3
				 * name, its level cells left out: said, and its
				 * cells name no level for the rows below (carried
				 * down, 桥梁巡查 was the level 1 of the rows after
				 * it, which the framework puts under 产出指标) */
				int doubt = short2 && cellv[C_L1] && !names_level(cellv[C_L1]);
				if (doubt) {
					tb_unparsed(t, rw->line, rw->end_line,
					            "indicator row short of the header whose first cell names no level: "
					            "it may lack its merged level cells");
				} else if (cellv[C_L1]) {
					/* a PDF centres a merged level-1 cell's text on
					 * its block's middle row: printed there, the
					 * level 1 in force again starts no block, and a
					 * blank level-2 cell beside it is merged with the
					 * one above (数量指标 / 产出指标 | blank) */
					if (!cellv[C_L2] && !(l1 && !strcmp(l1, cellv[C_L1])))
						l2 = NULL;
					l1 = cellv[C_L1];
					l1_from = l1_row = p->nind - 1;
				} else if (cellv[C_L2]) {
					char *home = centred_level1(t, r, col, l1, cellv[C_L2], &centred);
					if (home && home != l1) {
						l1 = home;
						l1_from = p->nind - 1;
					}
				}
				if (cellv[C_L2] && !doubt) {
					l2 = cellv[C_L2];
					l2_joined = 0;
					l2_from = p->nind - 1;
				}
				in->level1 = doubt ? cellv[C_L1] : l1;
				in->level2 = doubt ? cellv[C_L2] : l2;
				in->level3 = cellv[C_L3];
				in->description = cellv[C_DESC];
				if (cellv[C_OP] || cellv[C_UNIT])
					template_value(t, rw, cc, cellv, lens);
				in->value = cellv[C_VALUE];
				in->basis = cellv[C_BASIS];
				/* <td rowspan="2">工作计划</td>: the HTML says the
				 * basis is the row above's too (null, pbcheck
				 * asked for it); levels are carried down anyway */
				if (!in->basis && p->nind > 1 && spanned_cell(t, rw, cc[C_BASIS]))
					in->basis = p->ind[p->nind - 2].basis;
				in->weight = cellv[C_WEIGHT];
				in->direction = cellv[C_DIR];
				in->note = cellv[C_NOTE];
				in->scoring = cellv[C_SCORE];
				pb_value_parse(in->value ? in->value : "", in->value ? lens[C_VALUE] : 0,
				               &in->parsed);
			}
		}
	}
	tail_close(t);
}
