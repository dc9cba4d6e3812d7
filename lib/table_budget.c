/*
 * table_budget.c - the budget row (预算数) and the funds under it (财政资金,
 * 其他资金): labels and amounts in any of the layouts' arrangements.
 */
#include "table_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "compiler.h"
#include "framework.h"
#include "heading.h"
#include "norm.h"
#include "utf8.h"

/* Does s[0..n) end with the word w? */
static int ends_in(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	return n >= l && !memcmp(s + n - l, w, l);
}

/*
 * The words of the label the key *k may be: its length less a colon
 * that ends it and a short bracket after it ((%), （万元）, or a bracket
 * a break cut: 资金支出计划（% / ）), *k past a 其中 before a funds label
 * (其中：财政资金).  0 for 其中 alone.
 */
static size_t label_core(const char **k)
{
	const char *s = *k;
	size_t n = strlen(s);
	if (!strncmp(s, "其中", 6)) {
		s += 6, n -= 6;
		while (n && (*s == ' ' || *s == ':'))
			s++, n--;
		if (!strncmp(s, "：", 3))
			s += 3, n -= 3;
	}
	if (ends_in(s, n, "："))
		n -= 3;
	else if (n && s[n - 1] == ':')
		n--;
	size_t cl = ends_in(s, n, "）") ? 3 : ends_in(s, n, ")");
	for (size_t o = n - cl - 1; n > cl && o > 0 && n - o <= 16; o--) {
		/* （ and ） are EF BC 88 and EF BC 89 */
		int wide = s[o] == '\xEF' && o + 3 <= n && s[o + 1] == '\xBC';
		if (s[o] == ')' || (wide && s[o + 2] == '\x89'))
			break;
		if (s[o] == '(' || (wide && s[o + 2] == '\x88')) {
			n = o;
			break;
		}
	}
	*k = s;
	return n;
}

/* Is the key k the label of the goals (绩效目标, 年度绩效目标：)?  A goal
 * that names them (2.实现年度绩效目标) is none: read as the label, it
 * was lost, and the goals after it with it. */
/* the goals' labels: tb_goals_label and tb_goals_label_colon read the same */
static const char *const goals_labels[] = { "绩效目标", "年度绩效目标", "项目绩效目标",
	                                      "年度总体目标", "年度目标", "总体目标" };

int tb_goals_label(const char *k)
{
	/* every row above the indicators is asked: most start otherwise */
	if (strncmp(k, "绩效", 6) && strncmp(k, "年度", 6) && strncmp(k, "项目", 6) &&
	    strncmp(k, "总体", 6))
		return 0;
	size_t n = label_core(&k);
	for (size_t i = 0; i < sizeof goals_labels / sizeof *goals_labels; i++)
		if (strlen(goals_labels[i]) == n && !memcmp(k, goals_labels[i], n))
			return 1;
	return 0;
}

/*
 * Can s[0..n) (past blanks) start with one of the labels whose first
 * characters are firsts (each three bytes of UTF-8)?  Every row of a
 * table is asked for some labels; a row of none of these characters
 * (most) is passed at once, not label by label.
 */
int tb_may_start(const char *s, size_t n, const char *firsts)
{
	size_t b = 0;
	while (b < n && s[b] == ' ')
		b++;
	if (n - b < 3)
		return 0;
	for (const char *f = firsts; *f; f += 3)
		if (!memcmp(s + b, f, 3))
			return 1;
	return 0;
}

/*
 * The label w at the start of s[0..n) (past blanks), alone or with a
 * colon and text after it (中长期目标：…): the bytes it takes, blanks
 * after it too; 0 when s starts otherwise.
 */
size_t tb_label_then(const char *s, size_t n, const char *w)
{
	size_t b = 0, l = strlen(w);
	while (b < n && s[b] == ' ')
		b++;
	if (n - b < l || memcmp(s + b, w, l))
		return 0;
	size_t i = b + l;
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == ':')
		i++;
	else if (n - i >= 3 && !memcmp(s + i, "：", 3))
		i += 3;
	else if (i < n)
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/*
 * The goals' label and a colon that start the cell text s[0..n), the
 * goals after them in the same cell (绩效目标：1.保障…): the bytes they
 * take, blanks around them too; 0 if none, or nothing follows.  Such a
 * row was no label's: "no field of the project", its goals lost.
 */
size_t tb_goals_label_colon(const char *s, size_t n)
{
	if (!tb_may_start(s, n, "绩年项总"))
		return 0;
	for (size_t l = 0; l < sizeof goals_labels / sizeof *goals_labels; l++) {
		size_t i = tb_label_then(s, n, goals_labels[l]);
		if (i)
			return i < n ? i : 0;
	}
	return 0;
}

#define LABEL(s) { s, sizeof s - 1 }
static const struct {
	const char *s;
	size_t n;
} field_labels[] = {
	LABEL("项目"), LABEL("预算"), LABEL("资金"), LABEL("绩效"), LABEL("项目编码"),
	LABEL("项目代码"), LABEL("项目编号"), LABEL("项目名称"), LABEL("项目属性"),
	LABEL("项目类型"), LABEL("项目期限"), LABEL("项目负责人"), LABEL("项目单位"),
	LABEL("项目实施单位"), LABEL("项目主管部门"), LABEL("主管部门"), LABEL("实施单位"),
	LABEL("预算单位"), LABEL("预算规模及资金用途"), LABEL("预算规模"), LABEL("资金用途"),
	LABEL("预算数"), LABEL("年度预算数"), LABEL("预算金额"), LABEL("预算总额"),
	LABEL("资金总额"), LABEL("年度资金总额"), LABEL("项目总预算"), LABEL("资金来源"),
	LABEL("资金支出计划"), LABEL("支出计划"), LABEL("累计支出金额"), LABEL("累计支出"),
	LABEL("绩效目标"), LABEL("年度绩效目标"), LABEL("项目绩效目标"), LABEL("年度总体目标"),
	LABEL("年度目标"), LABEL("总体目标"), LABEL("中长期目标"), LABEL("实施期目标"),
	LABEL("联系电话"), LABEL("项目类别"), LABEL("绩效指标"),
	LABEL("一级指标"), /* the indicator header's first cell, its pieces (一级 / 指标) */
};
#undef LABEL

/*
 * Is the key k a label cell of the rows above the indicator table
 * (项目名称, 预算数, 其中：财政资金, 资金支出计划（%）, 绩效目标...)?  The
 * cell is the label: a colon or a bracket of a few characters may end
 * it, and nothing else is in it.  Its words anywhere in a cell took a
 * purpose's or the goals' line (2025年专项预算用于…, 3.按资金支出计划
 * 完成支付) for a label, and the line was lost.  With piece, a label's
 * piece of two characters or more, its start or its end, will do too
 * (资金支出 / 计划（%）: a line or paragraph break cut the cell).
 */
int tb_label_key(const char *k, int piece)
{
	const char *s = k;
	size_t n = label_core(&s);
	if (!n)
		return s != k; /* 其中 alone */
	/* (a purpose or goal line is most often longer than any label) */
	size_t longest = sizeof "预算规模及资金用途" - 1;
	for (size_t i = 0; i < sizeof field_labels / sizeof *field_labels && n <= longest; i++) {
		const char *l = field_labels[i].s;
		size_t ln = field_labels[i].n;
		if ((ln == n && !memcmp(s, l, n)) ||
		    (piece && n >= 6 && n < ln && (!memcmp(s, l, n) || !memcmp(s, l + ln - n, n))))
			return 1;
	}
	/* a funds label (财政资金, 其他资金, 本级财政资金, 一般公共预算): a
	 * few characters that end as such a label does */
	if (n > 24 || !(ends_in(s, n, "资金") || ends_in(s, n, "拨款") || ends_in(s, n, "预算") ||
	                ends_in(s, n, "来源")))
		return 0;
	int f = tb_funds_kind(s, n);
	return f == 1 || f == 2;
}

/*
 * Does a label start the row: the indicator header, the code's label
 * (maybe with the code in it), another label or a piece of one, or a
 * checkpoint in one of its cells (资金支出进度 3月底 ...)?  Then no
 * purpose or goal goes on in it.
 */
static int label_row(tparse *t, row *rw)
{
	if (!rw->n || tb_cell_empty(t, rw->first))
		return 0;
	if (tb_header_cell(t, rw->first))
		return 1;
	for (size_t c = 0; c < rw->n; c++)
		if (tb_checkpoint(tb_cflat(t, rw->first + c)) >= 0)
			return 1;
	const char *k = tb_cflat(t, rw->first);
	return !strncmp(k, "项目编", 9) || !strncmp(k, "项目代码", 12) || tb_label_key(k, 1);
}

int tb_carries_on(tparse *t, row *rw)
{
	if (!tb_used_cells(t, rw->first, rw->n) || label_row(t, rw) ||
	    find_cell(t, rw, "一级指标", 1) >= 0 || tb_header_top(t, rw) || tb_headless_row(t, rw))
		return 0;
	/* a unit line below the purpose is read as one, not glued to it */
	return find_cell(t, rw, "单位", 0) < 0 || !tb_unit_row(t, rw);
}

/* Does the budget row end in a label whose amount is not there (cut off
 * by a page or line break, onto the next line)?  Every table asks, so a
 * label is told by its first byte (no amount starts with a Chinese one)
 * rather than by tb_field_label's searches.  In cell per line, a label
 * with its own cell after it (其他资金 / an empty cell) has its amount:
 * blank.  The row after it that starts with the label column's empty
 * cell is the purpose's (a purpose row is so there), and a purpose cut
 * by a page break after a digit (2 / 7 / 024年…) gave its 2 to the
 * other funds: money made up. */
static int budget_open(tparse *t, const row *rw)
{
	size_t n = tb_used_cells(t, rw->first, rw->n);
	if (!n || (!t->grid && n < rw->n))
		return 0;
	size_t kn;
	const char *k = tb_cell_line(t, rw->first + n - 1, &kn);
	return (unsigned char)k[0] >= 0x80 && !tb_amount_after(k, kn);
}

/* Does the row go on with amounts, after leading empty cells, as the
 * rest of a cut budget row does (a purpose row starts with its text)? */
static int amounts_go_on(tparse *t, const row *x)
{
	if (!x->n || !tb_cell_empty(t, x->first))
		return 0;
	for (size_t c = x->first + 1; c < x->first + x->n; c++)
		if (!tb_cell_empty(t, c)) {
			size_t n;
			const char *k = tb_cell_line(t, c, &n);
			return tb_amount_after(k, n) == k;
		}
	return 0;
}

static int amounts_under_labels(tparse *t, const row *rw, const row *x);

#define PAGE_IN_BUDGET_WHY "page number line inside the budget row is no part of it"
#define HEADER_IN_BUDGET_WHY "page header (a title) inside the budget row is no part of it"

/* How many rows from i on (three at most) a page break put there: page
 * numbers alone and running page headers (the filing's title). */
size_t tb_page_break_rows(tparse *t, size_t i)
{
	size_t m = 0;
	while (m < 3 && i + m < t->nrows &&
	       (tb_page_number_row(t, &t->rows[i + m]) || tb_page_header_row(t, &t->rows[i + m])))
		m++;
	return m;
}

/* Those m rows said, each an unparsed record. */
static void page_break_said(tparse *t, size_t i, size_t m)
{
	for (size_t j = i; j < i + m; j++)
		tb_unparsed(t, t->rows[j].line, t->rows[j].end_line,
		            tb_page_number_row(t, &t->rows[j]) ? PAGE_IN_BUDGET_WHY : HEADER_IN_BUDGET_WHY);
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
 * moved after the rest's, which then follow rw's for tb_join_budget_rest to
 * join (the rows keep their order: the page break's are skipped).  How
 * many rows the break is, 0 if none.  Taken for the end of the budget
 * row, the rest went to purpose.
 */
static size_t page_in_budget(tparse *t, const row *rw, size_t i)
{
	size_t m = tb_page_break_rows(t, i), end = rw->first + rw->n;
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
		const char *k = tb_cell_line(t, x->first + y, &n);
		if (!n)
			continue;
		if ((tb_amount_after(k, n) != k && !pb_placeholder(k)) || y >= rw->n || tb_cell_empty(t, rw->first + y))
			return 0;
		const char *l = tb_cell_line(t, rw->first + y, &ln);
		if (!tb_funds_kind(l, ln) || tb_amount_after(l, ln) || tb_value_cell(t, (row *)rw, (int)y) >= 0)
			return 0;
		any = 1;
	}
	return any;
}

/* Join to the budget row r the rows that carry on its cut cells; their
 * cells follow its own in t->cells, so it only widens.  How many rows
 * it took.  Not inlined, nor is tb_read_budget: once a table, they only
 * made read_rows big enough that LTO stopped inlining tb_read_code (pbtable
 * 239.30 -> 239.16 M instructions). */
PB_NOINLINE size_t tb_join_budget_rest(tparse *t, size_t r)
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
		c = tb_find_cell_n(t, rw, *needles, strlen(*needles), 0);
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
		if (tb_cell_empty(t, rw->first + x))
			continue;
		size_t n = 0;
		const char *k = read >> x & 1 ? "" : tb_cell_line(t, rw->first + x, &n);
		const char *in = n ? tb_amount_after(k, n) : NULL;
		if (in) {
			const char *l = in == k && label < x ? tb_cflat(t, rw->first + label) : "";
			/* 项目总预算数 beside 本年预算数 is a 预算数 all the same */
			const char *what = tb_has(l, "预算数") || tb_has(k, "预算数")
			                   ? "a label other than this year's 预算数"
			                   : PB_UNREAD_SOURCE;
			char why[200];
			snprintf(why, sizeof why, "budget row amount under %s: %.*s %.*s", what,
			         pb_utf8_cut(l, 60), l, pb_utf8_cut(k, 60), k);
			long ln = t->cells[rw->first + x].line;
			tb_unparsed(t, ln, ln, why);
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
		if (tb_has(k, other_labels[y]))
			return 1;
	return nonfiscal_label(k);
}

/* Is k a fiscal funds label, and none of the other funds? */
static int fiscal_label(const char *k)
{
	int f = 0;
	for (size_t y = 0; fiscal_labels[y]; y++)
		f |= tb_has(k, fiscal_labels[y]);
	return f && !other_label(k);
}

/*
 * Is k the grant of the level above (上级补助, 其中：上级补助资金)?  Under
 * a fiscal label read already (本级财政 100, 上级补助 50) it is the other
 * level's 财政拨款, and the fiscal funds are their sum; alone it is not
 * guessed (a unit's 上级补助收入 may be no fiscal money).
 */
static int upper_grant(const char *k)
{
	const char *w = label_word(k);
	return !strncmp(w, "上级", 6) && tb_has(w, "补助") && strlen(w) <= 30;
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
	if (c < 0 || (!skipped(skip, (size_t)c) && !nonfiscal_label(tb_cflat(t, rw->first + (size_t)c))))
		return c;
	for (size_t x = (size_t)c + 1; x < rw->n; x++)
		if (!skipped(skip, x) && fiscal_label(tb_cflat(t, rw->first + x)))
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
		if (!skipped(skip, x) && !tb_cell_empty(t, rw->first + x) &&
		    nonfiscal_label(tb_cflat(t, rw->first + x)))
			return (int)x;
	return -1;
}

/* Where the amount of a fiscal label after the first is read, or NULL
 * when there are too many to be sure of (tb_fiscal_total: null). */
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
void tb_fiscal_total(tparse *t)
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
		tb_unparsed(t, t->fline, t->fline,
		            "two or more fiscal funds labels whose amounts may be a total and its shares: 财政资金 left null");
	} else {
		p->fiscal.set = 1;
		p->fiscal.v = sum;
	}
	t->nfparts = 0;
}

static int budget_in_cell(const char *k, size_t n);

/*
 * The cells of the labels row rw after its 预算数 label (col[0]) that
 * label none of the three funds (上年结转, 自筹资金): bit per cell, the
 * first 64.
 */
static uint64_t other_labels_over(tparse *t, const row *rw, const int *col)
{
	uint64_t extra = 0;
	for (size_t y = (size_t)col[0] + 1; y < rw->n && y < 64; y++)
		if (!tb_cell_empty(t, rw->first + y) && (int)y != col[1] && (int)y != col[2])
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
	if (y >= rw->n || !tb_cell_empty(t, rw->first + y) || l >= y)
		return -1;
	for (int a = 0; a < 3; a++)
		if (col[a] == (int)l) {
			size_t n = 0;
			const char *k = l < x->n ? tb_cell_line(t, x->first + l, &n) : "";
			return n && tb_amount_after(k, n) == k ? -1 : a;
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
PB_NOINLINE int tb_budget_below(tparse *t, size_t r, int c, int to_wan)
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
	k = tb_cell_line(t, rw->first + (size_t)c, &n);
	int v0 = tb_value_cell(t, rw, c);
	size_t vn = 0;
	const char *vk = v0 >= 0 ? tb_cell_line(t, rw->first + (size_t)v0, &vn) : NULL;
	/* a label beside 预算数 (上年结转) is no amount of it */
	if ((vk && !tb_funds_kind(vk, vn) && !total_cell(vk)) || tb_amount_after(k, n) || budget_in_cell(k, n))
		return 0;
	/* 预算数 over 合计, the total's amount under it */
	if (vk && total_cell(vk))
		col[0] = v0;
	for (size_t y = 0; y < rw->n; y++)
		if (!tb_cell_empty(t, rw->first + y) &&
		    (k = tb_cell_line(t, rw->first + y, &n), tb_amount_after(k, n)))
			return 0;
	col[1] = fiscal_cell(t, rw, 0);
	col[2] = other_cell(t, rw, 0);
	if (col[1] < 0 && col[2] < 0)
		return 0;
	uint64_t extra = other_labels_over(t, rw, col), under_extra = 0;
	int namt = 0, aligned = 1, at[3] = { -1, -1, -1 }, vat[3] = { col[0], col[1], col[2] };
	size_t lastl = (size_t)-1; /* the last text column of rw up to y */
	for (size_t y = 0; y < x->n; y++) {
		if (y < rw->n && !tb_cell_empty(t, rw->first + y))
			lastl = y;
		if (tb_cell_empty(t, x->first + y))
			continue;
		k = tb_cell_line(t, x->first + y, &n);
		if (!namt && total_cell(k))
			continue;
		if (tb_amount_after(k, n) != k)
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
	int bu = tb_label_unit(tb_cflat(t, rw->first + (size_t)c));
	if (!aligned && namt != labels) {
		tb_unparsed(t, x->line, x->end_line,
		            "budget amounts under no label of the row above: 预算数, 财政资金, 其他资金 left null");
		return 1;
	}
	for (int a = 0; a < nord; a++) {
		int l = ord[a], v = aligned ? vat[l] : at[a];
		k = tb_cflat(t, rw->first + (size_t)col[l]);
		int lu = tb_label_unit(k);
		if (lu < 0) /* one amounts row, one unit: 预算数（元）'s */
			lu = bu;
		tb_amount(t, x, v, lu >= 0 ? lu : to_wan, lu >= 0, dst[l], what[l]);
	}
	for (size_t y = 0; y < x->n && y < 64; y++)
		if (under_extra >> y & 1) {
			const char *l = tb_cflat(t, rw->first + y);
			k = tb_cflat(t, x->first + y);
			char why[200];
			snprintf(why, sizeof why,
			         "budget row amount under " PB_UNREAD_SOURCE ": %.*s %.*s",
			         pb_utf8_cut(l, 60), l, pb_utf8_cut(k, 60), k);
			long ln = t->cells[x->first + y].line;
			tb_unparsed(t, ln, ln, why);
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
		if ((read >> x & 1) || tb_cell_empty(t, rw->first + x))
			continue;
		size_t n;
		const char *k = tb_cell_line(t, rw->first + x, &n);
		if (n >= 12 && !memcmp(k, "资金用途", 12)) {
			k += 12;
			while (*k == ' ' || *k == ':')
				k++;
			if (!strncmp(k, "：", 3))
				k += 3;
			pb_buf j = PB_BUF_INIT;
			if (*k && pb_buf_add(&j, k, strlen(k)) < 0)
				t->oom = 1;
			tb_row_join(t, rw, x + 1, 0, &j);
			if (j.len && !t->p->purpose)
				t->p->purpose = tb_tdup(t, j.ptr, j.len);
			pb_buf_free(&j);
			return;
		}
		/* (a currency label, 单位：元, is the table's unit, read as
		 * a 单位 line is) */
		if (tb_amount_after(k, n) || tb_field_label(t, rw->first + x) || tb_unit_label(k))
			continue;
		/* the label of an amount unread_amounts reported (上级补助) */
		size_t y = x + 1, yn;
		while (y < rw->n && tb_cell_empty(t, rw->first + y))
			y++;
		const char *yk = y < rw->n ? tb_cell_line(t, rw->first + y, &yn) : NULL;
		if (yk && tb_amount_after(yk, yn) == yk)
			continue;
		char why[200];
		snprintf(why, sizeof why, "budget row cell that no field reads: %.*s", pb_utf8_cut(k, 120), k);
		long ln = t->cells[rw->first + x].line;
		tb_unparsed(t, ln, ln, why);
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
		if (tb_has(k, others[i]))
			return 0;
	if (tb_has(k, "本年") || tb_has(k, "当年") || tb_has(k, "年度"))
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
int tb_budget_cell(tparse *t, row *rw, int c)
{
	int at[8], y[8], n = 0;
	for (size_t x = (size_t)c; x < rw->n && n < 8; x++) {
		const char *k = tb_cflat(t, rw->first + x);
		if (tb_has(k, "预算数"))
			at[n] = (int)x, y[n++] = budget_year(k);
	}
	if (n < 2)
		return c;
	int i = this_year(y, n);
	return i < 0 ? -1 : at[i];
}

/* The budget row rw names two or more budgets, and which is this
 * year's cannot be told: null, with a word, rather than the first. */
void tb_budget_unsure(tparse *t, const row *rw)
{
	t->p->budget.set = 0;
	tb_unparsed(t, rw->line, rw->end_line, UNSURE_WHY);
}

/*
 * The end of the digits at d: groups joined across , and ， and, when
 * spaced, across one blank before exactly three digits in the integer
 * part.  A budget sentence whose amounts group thousands with a space,
 * the noise line wrapping leaves (预算数：1 234.56万元，其中：财政资金
 * 1 000.00万元), was read as 1 and 1: wrong money, and a false
 * budget-sum.  Pieces that are no grouping after all (1 234万元 without
 * a point, 1234 567.00) stay one text, which tb_amount_text refuses
 * with a warning, as it refuses them in a cell of their own: null
 * rather than 1.
 */
static const char *digits_end(const char *d, int spaced)
{
	const char *e = d;
	int point = 0;
	for (;;) {
		while (*e >= '0' && *e <= '9')
			e++;
		size_t g = *e == ',' ? 1 : !strncmp(e, "，", 3) ? 3 : spaced && *e == ' ' && !point ? 1 : 0;
		if (*e == '.' && e[1] >= '0' && e[1] <= '9') {
			e++, point = 1;
		} else if (g && e[g] >= '0' && e[g] <= '9' && e[g + 1] >= '0' && e[g + 1] <= '9' &&
		           e[g + 2] >= '0' && e[g + 2] <= '9' && (e[g + 3] < '0' || e[g + 3] > '9')) {
			e += g;
		} else {
			break;
		}
	}
	return e;
}

/* The end of an amount whose digits end at e, a unit after it taken in
 * (万元, 元, or one tb_amount_text will not read, 千元, rather than a
 * wrong amount); NULL for digits that are no amount (2026年, the 1 of
 * 1.预算数). */
static const char *unit_end(const char *e)
{
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

/*
 * Where a digit d in a budget cell's text (预算数：150.00万元，其中：…)
 * starts an amount, its end (unit_end); NULL for digits that are no
 * amount.  The digits joined across a blank only when what they make is
 * an amount: 80 100% is the amount 80 before a percentage, not 80100%.
 */
static const char *amount_end(const char *d)
{
	const char *e = unit_end(digits_end(d, 1));
	return e ? e : unit_end(digits_end(d, 0));
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
			return s > from && s[-1] == '+' ? s - 1 : tb_sign_before(from, s);
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
	return !tb_amount_after(k, n) && next_amount(k, &e);
}

/*
 * An amount a..e of a budget cell that no field takes, under the label
 * lab (maybe empty) after the amount prev..prev_e (NULL if first).  With no label
 * between them the warning said "a label read as none of 预算数, 财政资金,
 * 其他资金" and quoted the amount after a double blank, when the text was
 * most likely the rest of the amount before it (1 000.00 read as 1 and
 * 000.00): it names that amount instead.
 */
static void unlabelled_amount(tparse *t, long ln, const char *lab, const char *prev,
                              const char *prev_e, const char *a, const char *e)
{
	char why[200];
	int an = pb_utf8_cut(a, (int)(e - a));
	if (*lab)
		snprintf(why, sizeof why,
		         "budget cell amount under " PB_UNREAD_SOURCE ": %.*s %.*s",
		         pb_utf8_cut(lab, 60), lab, an, a);
	else if (prev)
		snprintf(why, sizeof why, "budget cell amount with no label of its own, after the amount %.*s: %.*s",
		         pb_utf8_cut(prev, (int)(prev_e - prev)), prev, an, a);
	else
		snprintf(why, sizeof why, "budget cell amount with no label of its own: %.*s", an, a);
	tb_unparsed(t, ln, ln, why);
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
	const char *k = tb_cflat(t, rw->first + (size_t)c), *s = k, *a, *e;
	long ln = t->cells[rw->first + (size_t)c].line;
	struct { const char *lab, *amt; size_t an; } bud[8]; /* the 预算数 labels */
	int y[8], nb = 0, bu = -1;
	char why[200];
	const char *prev = NULL, *prev_e = NULL; /* the amount before a */
	while ((a = next_amount(s, &e))) {
		size_t n = (size_t)(a - s);
		const char *l = tb_trim_sep(s, &n);
		char *lab = tb_tdup(t, l, n);
		s = e;
		if (!lab)
			return;
		int lu = tb_label_unit(lab);
		if (lu < 0)
			lu = bu;
		pb_amount *dst = NULL;
		if (other_label(lab)) {
			dst = p->other.set ? NULL : &p->other;
		} else if (fiscal_label(lab) || (p->fiscal.set && upper_grant(lab))) {
			dst = p->fiscal.set ? fiscal_slot(t) : &p->fiscal;
		} else if (tb_has(lab, "预算") && nb < 8) {
			if (!nb)
				bu = tb_label_unit(lab);
			bud[nb].lab = lab, bud[nb].amt = tb_tdup(t, a, (size_t)(e - a));
			bud[nb].an = (size_t)(e - a);
			if (!bud[nb].amt)
				return;
			y[nb++] = budget_year(lab);
			prev = a, prev_e = e;
			continue;
		}
		if (!dst) {
			unlabelled_amount(t, ln, lab, prev, prev_e, a, e);
			prev = a, prev_e = e;
			continue;
		}
		/* a string of its own: a message quotes it whole */
		const char *amt = tb_tdup(t, a, (size_t)(e - a));
		if (!amt)
			return;
		tb_amount_text(t, amt, (size_t)(e - a), ln, lu >= 0 ? lu : to_wan, lu >= 0, dst,
		               dst == &p->other ? "其他资金" : "财政资金");
		if (dst != &p->fiscal && dst != &p->other && dst->set)
			fiscal_part(t, ln);
		prev = a, prev_e = e;
	}
	int i = nb ? this_year(y, nb) : -1;
	p->budget.set = 0;
	if (i >= 0)
		tb_amount_text(t, bud[i].amt, bud[i].an, ln, bu >= 0 ? bu : to_wan, bu >= 0, &p->budget, "预算数");
	else if (nb)
		tb_unparsed(t, ln, ln, UNSURE_WHY);
	for (int j = 0; j < nb; j++)
		if (j != i && i >= 0) {
			snprintf(why, sizeof why, "budget amount under a label other than this year's 预算数: %.*s %.*s",
			         pb_utf8_cut(bud[j].lab, 60), bud[j].lab, pb_utf8_cut(bud[j].amt, (int)bud[j].an), bud[j].amt);
			tb_unparsed(t, ln, ln, why);
		}
	size_t n = strlen(s);
	s = tb_trim_sep(s, &n);
	if (n) {
		snprintf(why, sizeof why, "budget cell text that no field reads: %.*s", pb_utf8_cut(s, 120), s);
		tb_unparsed(t, ln, ln, why);
	}
}

/* 预算数 labelled by cell c, then the fiscal and other funds by their
 * usual names or a synonym that plainly says which they are. */
PB_NOINLINE void tb_read_budget(tparse *t, row *rw, int c, int to_wan)
{
	pb_project *p = t->p;
	uint64_t read = 0;
	int c0 = c, bu = tb_label_unit(tb_cflat(t, rw->first + (size_t)c));
	size_t kn;
	const char *k0 = tb_cell_line(t, rw->first + (size_t)c, &kn);
	uint64_t own = 0; /* the cell of a budget written in one */
	if (budget_in_cell(k0, kn)) {
		budget_pairs(t, rw, c, to_wan);
		own = c < 64 ? (uint64_t)1 << c : 0;
		read |= own;
	} else {
		tb_label_amount(t, rw, c, to_wan, -1, &p->budget, "预算数", &read);
	}
	int o = other_cell(t, rw, own);
	if (o >= 0 && own && p->other.set)
		o = -1; /* left to unread_amounts */
	pb_amount *f = own && p->fiscal.set ? fiscal_slot(t) : &p->fiscal;
	if (f && (c = fiscal_cell(t, rw, own)) >= 0) {
		tb_label_amount(t, rw, c, to_wan, bu, f, "财政资金", &read);
		if (f != &p->fiscal && f->set)
			fiscal_part(t, t->cells[rw->first + (size_t)c].line);
		/* more fiscal labels after it (本级财政资金, 上级财政资金) */
		for (size_t x = (size_t)c + 1; x < rw->n && x < 64; x++) {
			size_t n = 0;
			const char *k = (read >> x & 1) || (int)x == o || tb_cell_empty(t, rw->first + x)
			                ? "" : tb_cell_line(t, rw->first + x, &n);
			if ((unsigned char)k[0] < 0x80 || n > 45 || !(fiscal_label(k) || upper_grant(k)))
				continue;
			pb_amount *a = fiscal_slot(t);
			uint64_t r1 = 0;
			if (!a)
				break;
			tb_label_amount(t, rw, (int)x, to_wan, bu, a, "财政资金", &r1);
			if (a->set)
				fiscal_part(t, t->cells[rw->first + x].line), read |= r1;
		}
	}
	if ((c = o) >= 0)
		tb_label_amount(t, rw, c, to_wan, bu, &p->other, "其他资金", &read);
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
	while (f < x->n && tb_cell_empty(t, x->first + f))
		f++;
	if (f == x->n)
		return 0;
	const char *lab = tb_cell_line(t, x->first + f, &n);
	/* the label column's 资金用途 beside the sources (资金用途 | 其中：本级
	 * 财政 | 100000.00): the purpose follows in the rows below */
	if (!f && f + 1 < x->n && !strcmp(lab, "资金用途")) {
		for (f++; f < x->n && tb_cell_empty(t, x->first + f); f++)
			;
		if (f == x->n)
			return 0;
		lab = tb_cell_line(t, x->first + f, &n);
	}
	if ((unsigned char)lab[0] < 0x80 || n > 45)
		return 0;
	/* the label's amount, if any, ends the row (a purpose row
	 * ends in its text): told before the labels are searched */
	size_t last = tb_used_cells(t, x->first, x->n) - 1, ln;
	const char *lk = tb_cell_line(t, x->first + last, &ln);
	if (last == f ? !tb_amount_after(lab, n) && n > 24 : tb_amount_after(lk, ln) != lk)
		return 0;
	if (tb_has(lab, "预算数"))
		return 0;
	pb_amount *a = nonfiscal_label(lab) ? &p->other : NULL;
	for (size_t y = 0; !a && fiscal_labels[y]; y++)
		if (tb_has(lab, fiscal_labels[y]))
			a = &p->fiscal;
	for (size_t y = 0; !a && other_labels[y]; y++)
		if (tb_has(lab, other_labels[y]))
			a = &p->other;
	if (!a && p->fiscal.set && upper_grant(lab))
		a = &p->fiscal;
	if (!a || (a->set && a != &p->fiscal))
		return 0;
	if (!tb_amount_after(lab, n)) {
		int v = tb_value_cell(t, x, (int)f);
		size_t vn;
		const char *vk = v >= 0 ? tb_cell_line(t, x->first + (size_t)v, &vn) : NULL;
		if (vk && tb_amount_after(vk, vn) != vk)
			return 0;
		/* a blank amount: only a label alone, no sentence */
		if (!vk && n > 24)
			return 0;
		/* nothing but the amount after the label */
		if (tb_used_cells(t, x->first, x->n) > (size_t)(v >= 0 ? v : (int)f) + 1)
			return 0;
	}
	uint64_t read = 0;
	if (a == &p->fiscal && a->set) {
		/* another fiscal label (上级财政资金 under 本级财政资金) */
		pb_amount *part = fiscal_slot(t);
		if (!part)
			return 0;
		tb_label_amount(t, x, (int)f, to_wan, -1, part, "财政资金", &read);
		if (part->set)
			fiscal_part(t, x->line);
		return 1;
	}
	tb_label_amount(t, x, (int)f, to_wan, -1, a, a == &p->fiscal ? "财政资金" : "其他资金",
	                &read);
	return 1;
}

/*
 * What funds a label names below the budget row: 1 fiscal, 2 other, 3 a
 * source pbtable reads as neither (自筹资金, 上年结转), 0 no funds label
 * (a purpose, another budget).  Only a short label: a purpose may name
 * them too.
 */
int tb_funds_kind(const char *k, size_t n)
{
	if ((unsigned char)k[0] < 0x80 || n > 45 || tb_has(k, "用途") || tb_has(k, "支出"))
		return 0;
	if (fiscal_label(k))
		return 1;
	if (other_label(k))
		return 2;
	if (tb_has(k, "预算数") || tb_has(k, "总额"))
		return 0;
	static const char *const sources[] = { "资金", "结转", "补助", "拨款", "基金", "债", "自筹",
	                                       "收入", "资本" };
	for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
		if (tb_has(k, sources[i]))
			return 3;
	return 0;
}

/* Is k a merged 其中 cell, the fiscal and other labels beside it? */
static int qizhong_cell(const char *k)
{
	return !strncmp(k, "其中", 6) && !*label_word(k);
}

/* Is k a unit in a cell of its own (元, 万元), the amount before it's? */
int tb_unit_cell(const char *k, int *to_wan)
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
	int col, kind;         /* the label's column; tb_funds_kind */
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
		if (tb_cell_empty(t, x->first + y))
			continue;
		size_t n;
		const char *k = tb_cell_line(t, x->first + y, &n);
		funds_pair *last = np ? &pr[np - 1] : NULL;
		int u, kind;
		if (!np && qizhong_cell(k))
			continue;
		if (tb_amount_after(k, n) == k || pb_placeholder(k)) {
			if (!last || last->amt >= 0 || last->in)
				return 0;
			last->amt = (long)(x->first + y), amounts++;
		} else if (last && (last->amt >= 0 || last->in) && last->unit < 0 && tb_unit_cell(k, &u)) {
			last->unit = (long)(x->first + y);
		} else if (last && note_cell(k, n)) {
			*notes |= (uint64_t)1 << y;
		} else if ((kind = tb_funds_kind(k, n)) && np < max) {
			pr[np].label = (long)(x->first + y), pr[np].col = (int)y, pr[np].kind = kind;
			pr[np].amt = -1, pr[np].unit = -1, pr[np].in = tb_amount_after(k, n);
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
		const char *lab = tb_cflat(t, (size_t)q->label), *a;
		size_t an;
		long ln;
		if (q->in) {
			a = q->in, an = strlen(a), ln = t->cells[q->label].line;
		} else if (q->amt >= 0) {
			a = tb_cell_line(t, (size_t)q->amt, &an), ln = t->cells[q->amt].line;
		} else {
			continue; /* a label alone: its amount is blank */
		}
		size_t col = (size_t)q->col;
		const char *over = col < brow->n && (int)col != bcol ? tb_cflat(t, brow->first + col) : "";
		int tw = to_wan, named = 0, lu = tb_label_unit(lab);
		if (q->unit >= 0)
			named = tb_unit_cell(tb_cflat(t, (size_t)q->unit), &tw);
		else if (lu >= 0)
			tw = lu, named = 1;
		pb_amount *dst = NULL;
		if (tb_has(over, "预算数") || tb_has(over, "总额")) {
			snprintf(why, sizeof why,
			         "budget row amount under a label other than this year's 预算数: %.*s %.*s %.*s",
			         pb_utf8_cut(over, 60), over, pb_utf8_cut(lab, 60), lab, pb_utf8_cut(a, 60), a);
			tb_unparsed(t, ln, ln, why);
			continue;
		}
		if (q->kind == 1 || (q->kind == 3 && p->fiscal.set && upper_grant(lab)))
			dst = p->fiscal.set ? fiscal_slot(t) : &p->fiscal;
		else if (q->kind == 2 && !p->other.set)
			dst = &p->other;
		if (!dst) {
			snprintf(why, sizeof why, "budget row amount under %s: %.*s %.*s",
			         q->kind == 3 ? PB_UNREAD_SOURCE
			                      : "a label read already",
			         pb_utf8_cut(lab, 60), lab, pb_utf8_cut(a, 60), a);
			tb_unparsed(t, ln, ln, why);
			continue;
		}
		if (pb_placeholder(a))
			continue;
		tb_amount_text(t, a, an, ln, tw, named, dst,
		               q->kind == 2 ? "其他资金" : "财政资金");
		if (dst != &p->fiscal && dst != &p->other && dst->set)
			fiscal_part(t, ln);
	}
}

/* The notes of a funds row (bit per cell): said, as no field holds them. */
static void funds_notes(tparse *t, const row *x, uint64_t notes)
{
	for (size_t y = 0; y < x->n && y < 64; y++)
		if (notes >> y & 1) {
			const char *k = tb_cflat(t, x->first + y);
			char why[200];
			snprintf(why, sizeof why, "budget row cell that no field reads: %.*s", pb_utf8_cut(k, 120), k);
			long ln = t->cells[x->first + y].line;
			tb_unparsed(t, ln, ln, why);
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
		const char *k = tb_cell_line(t, x->first + y, &n);
		int kind;
		if (!n || (!np && qizhong_cell(k)))
			continue;
		if (np == max || !(kind = tb_funds_kind(k, n)) || tb_amount_after(k, n))
			return 0;
		pr[np].label = (long)(x->first + y), pr[np].col = (int)y, pr[np].kind = kind;
		pr[np].amt = -1, pr[np].unit = -1, pr[np].in = NULL;
		np++;
	}
	int lost = 0;
	for (size_t y = 0; y < z->n && np; y++) {
		size_t n;
		const char *k = tb_cell_line(t, z->first + y, &n);
		if (!n)
			continue;
		if (tb_amount_after(k, n) != k && !pb_placeholder(k))
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
	/* a page's number under no label is no amount: the row above was
	 * the purpose (发放补助资金), deleted as funds labels without a word */
	if (lost && tb_page_number_row(t, z))
		return 0;
	if (lost) {
		tb_unparsed(t, z->line, z->end_line, "budget amounts under no label of the row above: 财政资金, 其他资金 left null");
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
		if (tb_cell_empty(t, x->first + y))
			continue;
		size_t n;
		const char *l = tb_cell_line(t, rw->first + y, &n);
		pr[np].label = (long)(rw->first + y), pr[np].col = -1, pr[np].kind = tb_funds_kind(l, n);
		pr[np].amt = (long)(x->first + y), pr[np].unit = -1, pr[np].in = NULL;
		np++;
	}
	return np;
}

/*
 * A 资金来源 row under a budget row that stated its funds already (预算数
 * 200000.00 其中：财政资金 150000.00 其他资金 50000.00, then 资金来源 本级
 * 财政 100000.00 上级补助 50000.00 自有资金 50000.00): the same money by
 * its sources.  Read as more fiscal labels, it nulled the 财政资金 the
 * budget row states, as a total beside its shares.  Sources that sum to
 * the funds stated (财政, 上级补助 to 财政资金; 其他资金, 自有资金 to
 * 其他资金) say nothing new: passed over.  Any other row so labelled is
 * said, and the funds stated are kept.  1 when row x is such a row.
 */
static int sources_row(tparse *t, const row *x, int to_wan)
{
	pb_project *p = t->p;
	if (!x->n || tb_cell_empty(t, x->first) || (!p->fiscal.set && !p->other.set))
		return 0;
	const char *k = tb_cflat(t, x->first);
	size_t n = label_core(&k);
	if (n != sizeof "资金来源" - 1 || memcmp(k, "资金来源", n))
		return 0;
	pb_money f = pb_money_zero(), o = pb_money_zero();
	int ok = 1, any = 0, kind = 0; /* the last label's tb_funds_kind */
	for (size_t y = 1; y < x->n; y++) {
		if (tb_cell_empty(t, x->first + y))
			continue;
		size_t cn;
		const char *c = tb_cell_line(t, x->first + y, &cn), *a = tb_amount_after(c, cn);
		if (a != c && !pb_placeholder(c)) {
			kind = tb_funds_kind(c, cn);
			if (kind == 3 && upper_grant(c))
				kind = 1;
			if (!kind)
				return 0;
			if (!a)
				continue;
			cn -= (size_t)(a - c), c = a;
		}
		if (!kind)
			return 0; /* an amount under no label: no sources row */
		any = 1;
		if (pb_placeholder(c)) {
			kind = 0;
			continue;
		}
		pb_money m;
		int tw = to_wan;
		tb_own_unit(c, &cn, &tw);
		if (tw < 0 || kind == 3 || pb_money_parse_spaced(c, cn, &m) != PB_MONEY_OK ||
		    (tw && pb_money_scale10(&m, -4) != PB_MONEY_OK) ||
		    pb_money_add(kind == 1 ? &f : &o, m) != PB_MONEY_OK)
			ok = 0;
		kind = 0;
	}
	if (!any)
		return 0;
	if (!(p->fiscal.set ? !pb_money_cmp(f, p->fiscal.v) : pb_money_is_zero(f)) ||
	    !(p->other.set ? !pb_money_cmp(o, p->other.v) : pb_money_is_zero(o)))
		ok = 0;
	if (!ok)
		tb_unparsed(t, x->line, x->end_line,
		            "资金来源 row whose sources are not the 财政资金 and 其他资金 stated above: not read");
	return 1;
}

/*
 * The rows after the budget row r (its 预算数 label in cell bcol) that
 * hold more of its labels with their amounts: one label a row, two
 * label-amount pairs a row, or labels over amounts.  Taken for the
 * purpose, their funds were lost into its text without a word.  How
 * many rows it read.
 */
PB_NOINLINE size_t tb_budget_more(tparse *t, size_t r, int to_wan, int bcol)
{
	size_t k = 0;
	funds_pair pr[8];
	uint64_t notes;
	int np, alone;
	while (r + k + 1 < t->nrows) {
		row *x = &t->rows[r + k + 1];
		size_t m = tb_page_break_rows(t, r + k + 1);
		alone = 0;
		if (m && r + k + 1 + m < t->nrows &&
		    funds_pairs(t, &t->rows[r + k + 1 + m], pr, 8, &notes, NULL) > 0) {
			/* a page break cut the budget after an amount */
			page_break_said(t, r + k + 1, m);
			k += m;
		} else if (sources_row(t, x, to_wan) || one_funds_row(t, x, to_wan)) {
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
	const char *k = tb_cflat(t, rw->first + c);
	if (tb_has(k, "项目名称"))
		return 1;
	/* 预算数 alone, or with its unit or amount, is the label all the
	 * same (项目名称 预算数 其中：财政资金, a list's header) */
	if (!strncmp(k, "预算数", 9)) {
		k += 9;
		if (!*k || *k == '(' || *k == ':' || *k == ' ' || (*k >= '0' && *k <= '9') ||
		    !strncmp(k, "（", 3) || !strncmp(k, "：", 3))
			return 0;
	}
	while (c > 0 && tb_cell_empty(t, rw->first + c - 1))
		c--;
	return c > 0 && tb_has(tb_cflat(t, rw->first + c - 1), "项目名称");
}

/*
 * The cell of the row's first 预算数 label, or -1.  A name that holds
 * the word (预算数据平台运维经费) is none: taken for the label, it made
 * the name's row the budget row, and the budget row went to purpose.
 */
int tb_budget_label_cell(tparse *t, row *rw)
{
	int c = find_cell(t, rw, "预算数", 0);
	if (c < 0 || !name_value(t, rw, (size_t)c))
		return c;
	for (size_t x = (size_t)c + 1; x < rw->n; x++)
		if (tb_has(tb_cflat(t, rw->first + x), "预算数") && !name_value(t, rw, x))
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
int tb_budget_label_alt(tparse *t, row *rw)
{
	static const char *const labels[] = { "年度资金总额", "项目总预算", "资金总额" };
	/* 资金总额 below the project's code or name is the project's (项目资金
	 * 资金总额 200000.00, its sources in the rows after it): missed, the
	 * project had no budget, and pbsum skipped it */
	size_t nl = t->p->code || t->p->name ? 3 : 2;
	for (size_t x = 0; x < rw->n; x++) {
		const char *k = tb_cflat(t, rw->first + x);
		for (size_t i = 0; i < nl; i++) {
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

/* Does a cell of the row start with a currency label of 元 or 万元?
 * (单位：县农业农村局 in a purpose is no unit line.) */
PB_NOINLINE int tb_unit_row(tparse *t, const row *rw)
{
	for (size_t c = 0; c < rw->n; c++) {
		const char *u = tb_unit_label(tb_cflat(t, rw->first + c));
		while (u && *u == ' ')
			u++;
		if (u && (!strncmp(u, "万元", 6) || !strncmp(u, "元", 3)))
			return 1;
	}
	return 0;
}

/* Does a label that starts at s in k[0..) stand apart from the text
 * before it (a blank, a bar or a stop between), as a cell of its own
 * would?  编制单位：, 填报单位：, 预算单位： name no currency. */
static int label_apart(const char *k, const char *s)
{
	if (s == k || s[-1] == ' ' || s[-1] == '\t' || s[-1] == '|' || s[-1] == ',' || s[-1] == ';')
		return 1;
	if (s - k >= 2 && !memcmp(s - 2, "\xC2\xA0", 2))
		return 1;
	return s - k >= 3 && (!memcmp(s - 3, "\xE3\x80\x80", 3) || !memcmp(s - 3, "，", 3) ||
	                      !memcmp(s - 3, "；", 3) || !memcmp(s - 3, "、", 3) ||
	                      !memcmp(s - 3, "。", 3));
}

/* Back from a 单位 at p in k[0..) over the words and bracket of its
 * label (金额单位, 计量单位, （单位）: where the label starts, and in
 * *open whether a bracket opens it */
static const char *label_start(const char *k, const char *p, int *open)
{
	p -= pb_unit_word_before(p, (size_t)(p - k));
	*open = 1;
	if (p > k && p[-1] == '(')
		return p - 1;
	if (p - k >= 3 && !memcmp(p - 3, "（", 3))
		return p - 3;
	*open = 0;
	return p;
}

/*
 * A currency label after other text in cell c of the table's head, set
 * off by blanks as a tab would (512001 某某局    单位：元, 币种：人民币
 * 单位：元, 编制单位：某某局    单位：元), or in brackets (……（单位：
 * 元）): where its unit starts, in room, or NULL.  Missed, the table had
 * no 单位 line, and its 元 amounts were read as 万元.  The blanks are
 * looked for in the line as written, as the cell's key drops those
 * between Chinese characters; the label, to the cell's end, is the end
 * of that key.
 */
const char *tb_unit_label_within(tparse *t, size_t c, pb_buf *room)
{
	const cell *x = &t->cells[c];
	size_t i = 0;
	while (i < t->nl && t->L[i].line != x->line)
		i++;
	if (i == t->nl)
		return NULL;
	const char *s = t->L[i].s, *e = s + t->L[i].n, *k = tb_cflat(t, c);
	size_t kl = strlen(k);
	for (const char *p = s; (p = tb_find_in(p, (size_t)(e - p), "单位", 6)); p += 6) {
		int open;
		const char *b = label_start(s, p, &open), *end = p, *u;
		if (!open && !label_apart(s, b))
			continue;
		while (end < e && *end != '\t' && *end != '|')
			end++;
		pb_buf_reset(room);
		if (pb_norm_cell(room, b, (size_t)(end - b), 0) < 0 || pb_buf_addc(room, '\0') < 0) {
			t->oom = 1;
			return NULL;
		}
		size_t l = room->len - 1;
		if (l && l <= kl && !memcmp(k + kl - l, room->ptr, l) && (u = pb_unit_label_start(room->ptr)))
			return u;
	}
	return NULL;
}

/*
 * A second unit that the label names after its first, at v (元/万元,
 * 元,万元, 元或万元): where it starts, its length in *n (up to its 元),
 * or NULL.  The label is then no less in doubt than two 单位 lines.
 */
const char *tb_unit_also(const char *v, size_t *n)
{
	static const char *const seps[] = { "/", "／", ",", "，", "、", ";", "；", "或", "|" };
	const char *w = v;
	while (*w == ' ')
		w++;
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
		size_t l = strlen(seps[i]);
		if (!strncmp(w, seps[i], l)) {
			w += l;
			break;
		}
	}
	if (w == v)
		return NULL;
	while (*w == ' ')
		w++;
	/* 元, 万元, 千元, 百万元, 亿元: a few places before the 元 */
	const char *e = w;
	for (int places = 0; places < 3 && (!strncmp(e, "万", 3) || !strncmp(e, "千", 3) ||
	                                    !strncmp(e, "百", 3) || !strncmp(e, "十", 3) ||
	                                    !strncmp(e, "亿", 3));
	     places++)
		e += 3;
	if (strncmp(e, "元", 3))
		return NULL;
	*n = (size_t)(e + 3 - w);
	return w;
}

/* The span of the department name at name[0..n) on a unit line that
 * may also hold the currency label: pb_unit_name_len knows 单位：and
 * 单位: only, not the other labels pb_unit_label_start reads (单位（元）). */
size_t tb_dept_name_len(const char *name, size_t n)
{
	size_t nl = pb_unit_name_len(name, n);
	for (const char *p = name; (p = tb_find_in(p, (size_t)(name + n - p), "单位", 6)); p += 6) {
		const char *s = p;
		s -= pb_unit_word_before(s, (size_t)(s - name));
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
	return rw->n == 1 && !t->cells[rw->first].multi && !tb_cell_empty(t, rw->first);
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
int tb_dept_rest(tparse *t, size_t r)
{
	if (r + 1 >= t->nrows || !line_alone(t, r) || !line_alone(t, r + 1))
		return 0;
	size_t n;
	const char *k = tb_ctext(t, t->rows[r + 1].first, &n);
	int rest = pb_dept_rest(k, n);
	if (!rest)
		return 0;
	row *z = r + 2 < t->nrows ? &t->rows[r + 2] : NULL;
	int before = z && (tb_unit_row(t, z) || find_cell(t, z, "项目编", 0) >= 0 ||
	                   find_cell(t, z, "项目代码", 0) >= 0);
	return rest > 0 && before ? 1 : -1;
}
