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

/* The project code, labelled by cell c of rw. */
void tb_read_code(tparse *t, row *rw, int c)
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
	/* no code (null, and pbcheck's empty-field) when the next label,
	 * 项目名称, comes first */
	if (!*rest && (v = tb_value_cell(t, rw, c)) >= 0)
		src = tb_cflat(t, rw->first + (size_t)v);
	const char *name = strstr(src, "项目名称"), *end = name ? name : src + strlen(src);
	const char *stop = code_pieces(t, src, end);
	size_t len = t->tmp.len, tail = len > 21 && code_shape(t->tmp.ptr) ? 21 : len;
	if (len)
		p->code = tb_tdup(t, t->tmp.ptr, tail);
	p->code_line = rw->line;
	size_t n = (size_t)(end - stop);
	stop = tb_trim_sep(stop, &n);
	if (n || tail < len) {
		char why[240];
		snprintf(why, sizeof why, "project code cell text that no field reads: %.*s%s%.*s",
		         pb_utf8_cut(t->tmp.ptr + tail, (int)(len - tail > 80 ? 80 : len - tail)), t->tmp.ptr + tail,
		         tail < len && n ? " " : "", pb_utf8_cut(stop, n > 80 ? 80 : (int)n), stop);
		tb_unparsed(t, rw->line, rw->end_line, why);
	}
	if (name)
		code_cell_name(t, rw, name + strlen("项目名称"));
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

/* Is cell x of a row among the cells read as its unit (bit x of
 * unit_cells, the first 64)? */
static int unit_cell(uint64_t unit_cells, size_t x)
{
	return x < 64 && (unit_cells >> x & 1);
}

/*
 * 项目名称 labelled by cell c: the first non-empty cell after it, unless
 * that is another label (the name is blank: 项目名称\t\t项目属性 gave the
 * name 项目属性).  The row's other cells after it that the code does not
 * hold are no field: an unparsed record, not dropped.  The cells read as
 * the table's unit (unit_cells: 项目名称\t某项目\t\t单位：元) are read:
 * reported too, the unit used was said to be read by no field.
 */
PB_NOINLINE void tb_read_name(tparse *t, row *rw, int c, uint64_t unit_cells)
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
	if (x >= rw->n)
		return;
	/* the code's label and value may follow the name */
	int code = find_cell(t, rw, "项目编", 0);
	if (code < 0)
		code = find_cell(t, rw, "项目代码", 0);
	int code_v = code >= 0 ? tb_value_cell(t, rw, code) : -1;
	pb_buf *b = &t->join;
	pb_buf_reset(b);
	for (x = (size_t)(v >= 0 ? v : c) + 1; x < rw->n; x++) {
		if (tb_cell_empty(t, rw->first + x) || (int)x == code || (int)x == code_v ||
		    unit_cell(unit_cells, x))
			continue;
		const char *k = tb_cflat(t, rw->first + x);
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
	tb_unparsed(t, rw->line, rw->end_line, why);
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
