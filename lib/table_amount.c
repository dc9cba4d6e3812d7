/*
 * table_amount.c - an amount cell read exactly, in 万元, whatever unit
 * its table, its label or the cell itself states.
 */
#include "table_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "compiler.h"
#include "framework.h"
#include "utf8.h"

/* A unit at the end of the amount k[0..*n) is the cell's, whatever the
 * table's says: cut it off, and say whether it is 元 (*to_wan 1) or 万元.
 * 万 alone is 万元 as filers write it (60万): money is in yuan, and the
 * cell was "not an amount", a budget lost to a warning. */
int tb_own_unit(const char *k, size_t *n, int *to_wan)
{
	if (*n >= 6 && !memcmp(k + *n - 6, "万元", 6))
		*n -= 6, *to_wan = 0;
	else if (*n >= 3 && !memcmp(k + *n - 3, "万", 3))
		*n -= 3, *to_wan = 0;
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
int tb_label_unit(const char *k)
{
	if (!strchr(k, '(') && !tb_has(k, "（"))
		return -1;
	if (tb_has(k, "（万元）") || tb_has(k, "(万元)"))
		return 0;
	if (tb_has(k, "（元）") || tb_has(k, "(元)"))
		return 1;
	return -1;
}

/* a was read in 万元 for want of a 单位 line (each field once) */
void tb_guessed(tparse *t, pb_amount *a)
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
PB_NOINLINE void tb_unit_after_amounts(tparse *t, int to_wan)
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
void tb_amount_text(tparse *t, const char *k, size_t n, long ln, int to_wan, int named,
                    pb_amount *a, const char *what)
{
	int own = to_wan;
	named |= tb_own_unit(k, &n, &own);
	if (own < 0)
		return;
	int pr = pb_money_parse_spaced(k, n, &a->v);
	if (pr == PB_MONEY_OK && own && pb_money_scale10(&a->v, -4) != PB_MONEY_OK)
		pr = PB_MONEY_OVERFLOW;
	if (pr != PB_MONEY_OK) {
		/* an amount past what is held exactly is one: "not an
		 * amount" sent the user looking for a typo */
		char why[200];
		snprintf(why, sizeof why,
		         pr == PB_MONEY_OVERFLOW
		             ? "%s is too large or too precise to hold exactly: %.*s"
		             : "%s is not an amount: %.*s",
		         what, pb_utf8_cut(k, 100), k);
		tb_unparsed(t, ln, ln, why);
		return;
	}
	/* only an amount in the table's unit depends on its 单位 line */
	if (!named && !t->unit_seen) {
		if (!t->wan_guess_line)
			t->wan_guess_line = ln;
		tb_guessed(t, a);
	}
	a->set = 1;
}

/*
 * The minus before the first digit d of cell k, where there is one: -, −
 * (U+2212) or － (U+FF0D) right before it (-20.00, 预算数：-20.00,
 * 预算数 −20.00, 预算数－20.00, which normalizing makes of 预算数 －20.00).
 * Skipped, the amount after a label lost its sign, silently: 预算数：-20.00
 * was a budget of 20.  Were the dash a separator (预算数-20.00), the
 * amount read is negative and pbcheck's negative-amount says so: loud,
 * where a sign lost is not.
 */
const char *tb_sign_before(const char *k, const char *d)
{
	if (d > k && d[-1] == '-')
		return d - 1;
	if (d - k >= 3 && (!memcmp(d - 3, "−", 3) || !memcmp(d - 3, "－", 3)))
		return d - 3;
	return d;
}

/* The amount that follows a label in its own cell (预算数：200000.00,
 * 其中：财政资金 150000.00), from its first digit on, when all of the
 * rest reads as one; NULL otherwise (the label's amount is in a cell of
 * its own).  Read as tb_amount_text reads it, thousands spaces and all:
 * the strict reading refused 880 000.00 after a page break under 预算数,
 * so the row ended there and the budget was lost to the purpose. */
const char *tb_amount_after(const char *k, size_t n)
{
	int unit = 0;
	tb_own_unit(k, &n, &unit);
	/* labels, the cells most asked, end in neither: spared the scan */
	if (!n || k[n - 1] < '0' || k[n - 1] > '9')
		return NULL;
	const char *d = k;
	while (*d < '0' || *d > '9')
		d++;
	d = tb_sign_before(k, d);
	pb_money m;
	return pb_money_parse_spaced(d, n - (size_t)(d - k), &m) == PB_MONEY_OK ? d : NULL;
}

/*
 * The cell after the amount in cell v of r when it is a unit of its own
 * (150.00 then 万元): the amount's unit, whatever the table's says, into
 * *to_wan; -1 if none.  Left unread, 1500000.00 元 in a 万元 table came
 * out 10,000 times too large.
 */
static int unit_cell_after(tparse *t, row *r, int v, int *to_wan)
{
	size_t x = (size_t)v + 1;
	while (x < r->n && tb_cell_empty(t, r->first + x))
		x++;
	if (x >= r->n || (unsigned char)tb_cflat(t, r->first + x)[0] < 0x80)
		return -1;
	size_t n;
	const char *k = tb_cell_line(t, r->first + (size_t)v, &n);
	int own;
	if (!n || tb_own_unit(k, &n, &own) || tb_amount_after(k, n) != k)
		return -1;
	return tb_unit_cell(tb_cflat(t, r->first + x), to_wan) ? (int)x : -1;
}

/*
 * The amount of the label in cell c: in the label's cell after it, or in
 * the value cell.  The cells read are marked in *read (bit per cell, the
 * first 64), so that the budget row can tell the amounts no label read.
 * row_unit: the unit the row's 预算数 label named (tb_label_unit), which
 * rules a label that names none: one amounts row holds one unit, and
 * 1000000.00 under 财政资金 beside 预算数（元） came out in 万元.
 */
void tb_label_amount(tparse *t, row *r, int c, int to_wan, int row_unit, pb_amount *a,
                     const char *what, uint64_t *read)
{
	size_t n;
	const char *k = tb_cell_line(t, r->first + (size_t)c, &n);
	const char *in = tb_amount_after(k, n);
	int lu = tb_label_unit(k);
	if (lu < 0)
		lu = row_unit;
	if (lu >= 0)
		to_wan = lu;
	a->set = 0;
	if (c < 64)
		*read |= (uint64_t)1 << c;
	int v = in ? c : tb_value_cell(t, r, c);
	int u = v >= 0 ? unit_cell_after(t, r, v, &to_wan) : -1;
	if (u >= 0) {
		lu = to_wan;
		if (u < 64)
			*read |= (uint64_t)1 << u;
	}
	if (in) {
		tb_amount_text(t, in, n - (size_t)(in - k), t->cells[r->first + (size_t)c].line, to_wan,
		               lu >= 0, a, what);
		return;
	}
	if (v >= 0 && v < 64)
		*read |= (uint64_t)1 << v;
	tb_amount(t, r, v, to_wan, lu >= 0, a, what);
}

/* Is k[0..n) the words of a label of amounts (预算规模及资金用途,
 * 其中：财政资金, 资金支出计划, 金额)?  A few characters, no digit, one of
 * their words: a purpose or goal that ends in (元) is text, no label. */
static int amounts_label(const char *k, size_t n)
{
	static const char *const words[] = { "预算", "资金", "金额", "支出", "总额", "拨款", "经费" };
	while (n && k[n - 1] == ' ')
		n--;
	if (!n || n > 45)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (k[i] >= '0' && k[i] <= '9')
			return 0;
	for (size_t w = 0; w < sizeof words / sizeof *words; w++)
		if (tb_find_in(k, n, words[w], strlen(words[w])))
			return 1;
	return 0;
}

/* The currency alone in brackets that ends k[0..*n) (预算数（元）,
 * 资金支出计划(万元)): 元 or 万元, *n cut to the words before it; NULL
 * if none. */
static const char *bare_unit_end(const char *k, size_t *n)
{
	static const char *const forms[] = { "（万元）", "(万元)", "（元）", "(元)" };
	/* each ends in ) or ） (EF BC 89): most labels end otherwise, and
	 * are spared the four compares (label_units asks it of every cell
	 * above the indicator table) */
	if (!*n || (k[*n - 1] != ')' && k[*n - 1] != '\x89'))
		return NULL;
	for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
		size_t l = strlen(forms[f]);
		if (*n > l && !memcmp(k + *n - l, forms[f], l)) {
			*n -= l;
			return f < 2 ? "万元" : "元";
		}
	}
	return NULL;
}

const char *tb_label_states_unit(tparse *t, const char *k, int *said)
{
	size_t n = strlen(k);
	while (n && (k[n - 1] == ' ' || k[n - 1] == ':'))
		n--;
	if (n >= 3 && !memcmp(k + n - 3, "：", 3))
		n -= 3;
	if (n > 90)
		return NULL;
	const char *unit = bare_unit_end(k, &n);
	if (unit) {
		*said = 0;
		return amounts_label(k, n) ? unit : NULL;
	}
	size_t o = pb_unit_tail(k, n);
	if (!o || !amounts_label(k, o))
		return NULL;
	/* read as a 单位 line is (tb_unit_label): 元, 万元, or the unit
	 * as written, which no amount can be converted from */
	const char *u = tb_unit_label(k + o);
	if (!u)
		return NULL;
	*said = 1;
	return tb_unit_named(t, u, 0);
}
