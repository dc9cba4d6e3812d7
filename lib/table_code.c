/*
 * table_code.c - the 项目编码 and 项目名称 rows: a code cut or spaced
 * by wrapping, and the name.
 */
#include "table_impl.h"

#include <stdio.h>
#include <string.h>

#include "compiler.h"
#include "framework.h"
#include "utf8.h"

/* Does the row start with a label read_rows reads it by (绩效目标, the
 * indicator header, another plan...), so that it holds no plan values? */
int tb_labelled_row(tparse *t, row *rw)
{
	if (!rw->n || tb_cell_empty(t, rw->first))
		return 0;
	if (tb_header_cell(t, rw->first))
		return 1;
	const char *k = tb_cflat(t, rw->first);
	static const char *const labels[] = { "绩效目标", "一级指标", "项目编", "项目名称",
	                                      "预算", "资金用途", "支出", "资金总额" };
	for (size_t x = 0; x < sizeof labels / sizeof *labels; x++)
		if (tb_has(k, labels[x]))
			return 1;
	return tb_checkpoint(k) >= 0;
}

/* s[0..*n) less the separators of a sentence around it and the colon
 * that ends a label */
const char *tb_trim_sep(const char *s, size_t *n)
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
int tb_code_piece(const char *s, size_t n)
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
		if (code->len && (code->len >= 21 || !tb_code_piece(q, (size_t)(e - q))))
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
	s = tb_trim_sep(s, &n);
	if (!n)
		return; /* tb_read_name looks in the cells after */
	if (!t->p->name) {
		t->p->name = tb_tdup(t, s, n);
		return;
	}
	if (strlen(t->p->name) == n && !memcmp(t->p->name, s, n))
		return;
	char why[200];
	snprintf(why, sizeof why, "project name in the code's cell beside another: %.*s",
	         pb_utf8_cut(s, n > 120 ? 120 : (int)n), s);
	tb_unparsed(t, rw->line, rw->end_line, why);
}

/* Could s[0..n) start a code of the usual form (8 digits, P, then
 * digits and capitals) and be short of its 21 characters? */
static int code_prefix(const char *s, size_t n)
{
	if (!n || n >= 21)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (i < 8 ? s[i] < '0' || s[i] > '9'
		    : i == 8 ? s[i] != 'P' : !((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'A' && s[i] <= 'Z')))
			return 0;
	return 1;
}

/* Is cell x of a row among the cells read as its unit (bit x of
 * unit_cells, the first 64)? */
static int unit_cell(uint64_t unit_cells, size_t x)
{
	return x < 64 && (unit_cells >> x & 1);
}

/* bit x of a row's cell mask, for the first 64 cells */
static uint64_t cell_bit(size_t x)
{
	return x < 64 ? (uint64_t)1 << x : 0;
}

/*
 * The code's first piece, p->code, filled cell cx of rw, and the cells
 * after it may hold the rest (13081124P0001021000 | 34: the extractor
 * put the code's last digits into the column the label row spans).  The
 * pieces are joined only when they make a code of the usual form of
 * exactly 21 characters; other text is no piece of it.  The cell after
 * the last piece taken, or cx + 1; *took gets the pieces' bits.
 */
static size_t code_cells(tparse *t, row *rw, size_t cx, uint64_t *took)
{
	const char *code = t->p->code;
	size_t len = strlen(code), x;
	uint64_t bits = 0;
	if (!code_prefix(code, len))
		return cx + 1;
	pb_buf *b = &t->tmp;
	pb_buf_reset(b);
	if (pb_buf_add(b, code, len) < 0)
		return t->oom = 1, cx + 1;
	for (x = cx + 1; x < rw->n && b->len < 21; x++) {
		if (tb_cell_empty(t, rw->first + x))
			continue;
		const char *k = tb_cflat(t, rw->first + x);
		for (; *k; k++) {
			if (*k == ' ')
				continue;
			if (!tb_code_piece(k, 1) || b->len >= 21)
				return cx + 1;
			if (pb_buf_addc(b, *k) < 0)
				return t->oom = 1, cx + 1;
		}
		bits |= cell_bit(x);
	}
	if (b->len != 21 || pb_buf_addc(b, '\0') < 0 || !pb_code_form(b->ptr))
		return cx + 1;
	t->p->code = tb_tdup(t, b->ptr, 21);
	*took |= bits;
	return x;
}

/* The text b gathered from the cells of rw's field row (what: code or
 * name) that no field reads, as an unparsed record; nothing when none. */
static void unread_cells(tparse *t, const row *rw, pb_buf *b, const char *what)
{
	if (!b->len)
		return;
	if (pb_buf_addc(b, '\0') < 0) {
		t->oom = 1;
		return;
	}
	char why[200];
	snprintf(why, sizeof why, "project %s row cells that no field reads: %.*s", what,
	         pb_utf8_cut(b->ptr, 120), b->ptr);
	tb_unparsed(t, rw->line, rw->end_line, why);
}

/*
 * The cells of rw from x on that no field reads, up to the next label
 * (项目名称, the unit's) or the row's end: 备注 | 项目名称 beside a code
 * was dropped without a word.  An unparsed record; their bits into *took,
 * for tb_read_name not to say them again.  The unit line's cells
 * (unit_cells) are read.
 */
static void code_row_rest(tparse *t, row *rw, size_t x, uint64_t unit_cells, uint64_t *took)
{
	pb_buf *b = &t->join;
	pb_buf_reset(b);
	for (; x < rw->n; x++) {
		if (tb_cell_empty(t, rw->first + x) || unit_cell(unit_cells, x))
			continue;
		const char *k = tb_cflat(t, rw->first + x);
		if (tb_field_label(t, rw->first + x) || tb_unit_label(k))
			break;
		if ((b->len && pb_buf_addc(b, ' ') < 0) || pb_buf_add(b, k, strlen(k)) < 0) {
			t->oom = 1;
			return;
		}
		*took |= cell_bit(x);
	}
	unread_cells(t, rw, b, "code");
}

/*
 * The project code, labelled by cell c of rw, whose cells unit_cells the
 * unit line was read from.  The cells it read or said (the label's, the
 * code's, the rest's, the cells after them that no field reads): a mask,
 * as tb_read_name takes.
 */
uint64_t tb_read_code(tparse *t, row *rw, int c, uint64_t unit_cells)
{
	pb_project *p = t->p;
	char *k = tb_cflat(t, rw->first + (size_t)c);
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
	size_t cx = (size_t)c; /* the code's cell */
	uint64_t took = cell_bit(cx);
	/* no code (null, and pbcheck's empty-field) when the next label,
	 * 项目名称, comes first */
	if (!*rest && (v = tb_value_cell(t, rw, c)) >= 0) {
		src = tb_cflat(t, rw->first + (size_t)v);
		cx = (size_t)v;
		took |= cell_bit(cx);
	}
	const char *name = strstr(src, "项目名称"), *end = name ? name : src + strlen(src);
	const char *stop = code_pieces(t, src, end);
	size_t len = t->tmp.len, tail = len > 21 && code_shape(t->tmp.ptr) ? 21 : len;
	if (len)
		p->code = tb_tdup(t, t->tmp.ptr, tail);
	p->code_line = rw->line;
	size_t n = (size_t)(end - stop);
	stop = tb_trim_sep(stop, &n);
	/* the cell held a piece of code and nothing else: the next may
	 * hold its rest */
	int piece = len && len < 21 && !n && !name;
	if (n || tail < len) {
		char why[240];
		snprintf(why, sizeof why, "project code cell text that no field reads: %.*s%s%.*s",
		         pb_utf8_cut(t->tmp.ptr + tail, (int)(len - tail > 80 ? 80 : len - tail)), t->tmp.ptr + tail,
		         tail < len && n ? " " : "", pb_utf8_cut(stop, n > 80 ? 80 : (int)n), stop);
		tb_unparsed(t, rw->line, rw->end_line, why);
	}
	if (name) {
		/* the cells after it are the name's row (tb_read_name) */
		code_cell_name(t, rw, name + strlen("项目名称"));
		return took;
	}
	size_t x = piece && p->code ? code_cells(t, rw, cx, &took) : cx + 1;
	code_row_rest(t, rw, x, unit_cells, &took);
	return took;
}

/*
 * Is rw the upper row of a two-row indicator header (绩效指标 spanning
 * the level cells, then 绩效指标描述 指标值 指标值确定依据 beside them,
 * the level names in the row below)?  It names the value column, and the
 * next row is the header.
 */
int tb_header_top(tparse *t, row *rw)
{
	row *h = rw + 1;
	if (h >= t->rows + t->nrows || !h->n)
		return 0;
	return (tb_header_cell(t, h->first) || (h->n > 1 && tb_header_cell(t, h->first + 1))) &&
	       tb_names_value(t, rw->first, rw->n);
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
 * name 项目属性).  The row's other cells that the code does not hold
 * (code_cells: what tb_read_code read or said of this row) are no field:
 * an unparsed record, not dropped; so are the cells before the label (a
 * code's rest that a line break put at the start of the name's line).
 * The cells read as the table's unit (unit_cells: 项目名称\t某项目\t\t单位：元)
 * are read: reported too, the unit used was said to be read by no field.
 */
PB_NOINLINE void tb_read_name(tparse *t, row *rw, int c, uint64_t unit_cells, uint64_t code_cells)
{
	pb_project *p = t->p;
	int v = -1;
	size_t x;
	for (x = (size_t)c + 1; x < rw->n; x++)
		if (!tb_cell_empty(t, rw->first + x) && !unit_cell(unit_cells, x)) {
			char *k = tb_cflat(t, rw->first + x);
			if (!name_label(k)) {
				p->name = tb_tstr(t, k);
				v = (int)x;
			}
			break;
		}
	int after = x < rw->n;
	/* the code's label and value may follow the name */
	int code = find_cell(t, rw, "项目编", 0);
	if (code < 0)
		code = find_cell(t, rw, "项目代码", 0);
	int code_v = code >= 0 ? tb_value_cell(t, rw, code) : -1;
	pb_buf *b = &t->join;
	pb_buf_reset(b);
	for (x = 0; x < rw->n; x++) {
		if (x == (size_t)c || (int)x == v || (x > (size_t)c && !after))
			continue;
		if (tb_cell_empty(t, rw->first + x) || (int)x == code || (int)x == code_v ||
		    unit_cell(unit_cells, x) || unit_cell(code_cells, x))
			continue;
		const char *k = tb_cflat(t, rw->first + x);
		if ((b->len && pb_buf_addc(b, ' ') < 0) || pb_buf_add(b, k, strlen(k)) < 0) {
			t->oom = 1;
			return;
		}
	}
	unread_cells(t, rw, b, "name");
}

/* Does the row carry on the text of the row before it (the purpose or
 * the goals)?  So does any row that no label read_rows knows starts. */
/*
 * Does an indicator row stand where the indicator header should be (a
 * table whose header row was lost)?  A level-1 name of the framework
 * first, and cells enough for the levels and a value.  Read as goals,
 * each of its cells was a goal.
 */
int tb_headless_row(tparse *t, const row *rw)
{
	return rw->n && !tb_cell_empty(t, rw->first) && tb_used_cells(t, rw->first, rw->n) >= 4 &&
	       pb_l1_index(tb_cflat(t, rw->first)) >= 0;
}
