/*
 * table_plan.c - the spending plan (资金支出计划 / 累计支出金额): its values
 * at the four checkpoints, the spending derived from them, and a plan
 * given twice.
 */
#include "table_impl.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

int tb_checkpoint(const char *k)
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
	tb_unparsed(t, ln, ln,
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
		tb_own_unit(k, &n, &to_wan);
	pb_money m;
	return n && pb_money_parse_spaced(k, n, &m) == PB_MONEY_OK;
}

int tb_pairs_row(tparse *t, const row *rw)
{
	int after = 0; /* a checkpoint came, and no value yet */
	for (size_t c = 0; c < rw->n; c++) {
		if (tb_cell_empty(t, rw->first + c))
			continue;
		const char *k = tb_cflat(t, rw->first + c);
		if (tb_checkpoint(k) >= 0)
			after = 1;
		else if (after && plan_value(k))
			return 1;
	}
	return 0;
}

/*
 * A plan value written but not read (1O%, 约10%, x) is null in schedule,
 * as a blank one is, but it is no blank: a blank period spends nothing,
 * an unread one anything.  plan_unread says which; it goes with the
 * schedule where the schedule goes (a second plan read apart and given
 * back), a cleared plan clears it, and a value read there later wins.
 */
static void mark_unread(pb_project *p, int i)
{
	memset(&p->schedule[i], 0, sizeof p->schedule[i]);
	p->plan_unread[i] = 1;
}

static int unread(const pb_project *p, int i)
{
	return p->plan_unread[i] && !p->schedule[i].set;
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
	tb_unparsed(t, ln, ln, why);
}

/*
 * The spending plan from its header row h and value row v (NULL: none;
 * h itself: a row of label and value pairs, 3月底 10%).  The header's
 * checkpoint cells (3月底 … 12月底) give the columns, its label cells
 * before them whether the values are percentages (%, 百分比, 比例),
 * amounts (…额), cumulative (累计) or in a unit of their own (（万元）).
 * A value belongs to the last checkpoint at or left of its column (a
 * header cell spans columns); when values do not line up so (two under
 * one checkpoint) and there are as many as checkpoints they are taken in
 * order, else the plan is left null with a word.
 *
 * Assumes to_wan the table's unit as read so far (0: 万元, 1: 元, to be
 * converted, -1: none known, amounts left null), the budget read (a plan
 * whose label names no unit is told percentages or amounts by it:
 * unitless_plan), and p->schedule holding what plan rows before this one
 * gave (pairs, a checkpoint a row): a value already there is not
 * overwritten, but said.
 *
 * Leaves p->schedule (amounts in 万元, or percentages), p->schedule_unit
 * (% or 万元; NULL when neither could be told), p->have_plan_col and
 * p->plan_unread, t->plan_cum, amounts read in 万元 for want of a 单位
 * line noted for one met later (tb_guessed, t->wan_guess_line), and an
 * unparsed record for each value not placed.  The caller sets
 * p->plan_line and the plan's lines; the spending is derived after all
 * rows are read (tb_derive_spend).
 */
void tb_plan(tparse *t, row *h, row *v, int to_wan)
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
		const char *k = tb_cflat(t, h->first + c);
		int cp = tb_checkpoint(k);
		if (cp >= 0) {
			col[cp] = (int)c;
			if (first < 0)
				first = (int)c;
		} else if (c == 0 || first < 0) {
			if (tb_has(k, "%") || tb_has(k, "百分比") || tb_has(k, "比例"))
				pct = 1;
			money |= tb_has(k, "额");
			t->plan_cum |= tb_has(k, "累计");
			/* 累计支出金额（万元） in a 元 table */
			int lu = tb_label_unit(k);
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
		int outside = 0; /* a value left of the checkpoint columns */
		size_t hx = 0;   /* header cells up to the value's column seen */
		long over = -1;  /* the last of them that is not blank */
		for (size_t c = 0; v && c < v->n && !dup; c++) {
			if (tb_cell_empty(t, v->first + c))
				continue;
			char *k = tb_cflat(t, v->first + c);
			if (!*k)
				continue;
			/* a row of label/value pairs: the labels are no values */
			if (v == h && ((int)c < first || tb_checkpoint(k) >= 0))
				continue;
			int owner = -1;
			for (int i = 0; i < PB_NCHECK; i++)
				if (col[i] >= 0 && col[i] <= (int)c && (owner < 0 || col[i] > col[owner]))
					owner = i;
			long ln = t->cells[v->first + c].line;
			for (; v != h && hx <= c && hx < h->n; hx++)
				if (!tb_cell_empty(t, h->first + hx) && *tb_cflat(t, h->first + hx))
					over = (long)hx;
			if (!order && owner >= 0 && over > col[owner]) {
				unknown_checkpoint(t, ln, tb_cflat(t, h->first + (size_t)over));
				continue;
			}
			/* the label cell spans the header and value rows, so its
			 * wrapped unit ((%)) may start the value row */
			if (owner < 0 && !strpbrk(k, "0123456789") &&
			    (tb_has(k, "%") || tb_has(k, "百分比") || tb_has(k, "比例"))) {
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
				/* a values row without its empty label cell is
				 * one column ahead of the header: 10% sat left of
				 * 3月底 and 3月底 took 6月底's 40% (the columns one
				 * to one, no two under one checkpoint) */
				outside |= !pass && (plan_value(k) || pb_placeholder(k));
				tb_unparsed(t, ln, ln, "spending plan value outside the checkpoint columns");
				continue;
			}
			if (mine[owner] && !pass) {
				dup = 1;
				break;
			}
			if (p->schedule[owner].set || mine[owner]) {
				tb_unparsed(t, ln, ln, "two spending plan values under one checkpoint");
				continue;
			}
			mine[owner] = 1;
			/* -, —, / or 无: nothing by then, a blank cell, as in
			 * the funds cells (each was an unparsed error); it
			 * holds its checkpoint's place all the same */
			if (pb_placeholder(k))
				continue;
			size_t n = strlen(k);
			int this_pct = pct_written(k, &n);
			int named = 0;
			if (this_pct)
				pct = 1, cell_pct = 1;
			else
				named = tb_own_unit(k, &n, &conv[owner]);
			named_any |= named || this_pct;
			named_cp[owner] = named;
			if (!named && !named_all && !this_pct)
				guess = guess ? guess : ln;
			pb_amount *a = &p->schedule[owner];
			if (pb_money_parse_spaced(k, n, &a->v) != PB_MONEY_OK) {
				char why[160];
				snprintf(why, sizeof why, "spending plan value is not a number: %.*s", pb_utf8_cut(k, 100), k);
				tb_unparsed(t, ln, ln, why);
				mark_unread(p, owner);
				continue;
			}
			a->set = 1;
		}
		if (!dup && !outside)
			break;
		/* start again: count the values and the checkpoints */
		int nv = 0, ncp = 0;
		for (size_t c = 0; c < v->n; c++) {
			const char *k = tb_cflat(t, v->first + c);
			if (v == h && ((int)c < first || tb_checkpoint(k) >= 0))
				continue;
			/* as above, a wrapped (%) in front of the checkpoints is none */
			nv += *k && ((first >= 0 && (int)c >= first) || strpbrk(k, "0123456789") ||
			             !(tb_has(k, "%") || tb_has(k, "百分比") || tb_has(k, "比例")));
		}
		for (int i = 0; i < PB_NCHECK; i++)
			ncp += col[i] >= 0;
		/* a stray value in front of values that line up (5% 25% 25%
		 * 25% 25%) is the one not placed */
		if (!dup && nv != ncp)
			break;
		for (int i = 0; i < PB_NCHECK; i++) {
			if (mine[i])
				memset(&p->schedule[i], 0, sizeof p->schedule[i]);
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
			tb_unparsed(t, v->line, v->end_line,
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
	p->schedule_unit = tb_tdup(t, pct ? "%" : "万元", pct ? 1 : 6);
	if (!pct && guess && !t->unit_seen && !t->wan_guess_line)
		t->wan_guess_line = guess;
	for (int i = 0; !pct && !named_all && !t->unit_seen && i < PB_NCHECK; i++)
		if (p->schedule[i].set && !named_cp[i])
			tb_guessed(t, &p->schedule[i]);
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
 * is the budget times a percentage that needs more than 18 digits, an
 * amount's 64 bits (a percentage a spreadsheet wrote as its float
 * artefact, 3.3000000000000003%, times a budget with decimals; or a
 * budget of 1.2亿元 to the fen times 33.33333333%): left blank, for the
 * caller to say. */
unsigned tb_derive_spend(pb_project *p, int cum_label)
{
	unsigned lost = 0;
	int n = 0, nunread = 0, unread_last = 0; /* one not read after every value read */
	for (int i = 0; i < PB_NCHECK; i++) {
		n += p->schedule[i].set;
		nunread += unread(p, i);
		unread_last = p->schedule[i].set ? 0 : unread_last || unread(p, i);
	}
	if (!n || !p->schedule_unit)
		return 0;
	/*
	 * A value not read leaves the plan's shape to the values read: per
	 * period it is when, with the value not read, they may still sum to
	 * the whole (they come to no more than it), and no 累计 label says
	 * otherwise; cumulative when they never fall.  When both may be, no
	 * spending is known: 30, 2O, 20, 30 of 100 spent 30, -, 20, 30 as
	 * written where per period it is 30, 50, 70, 100.
	 */
	pb_money sum, last;
	int rising;
	if (nunread && plan_shape(p, &sum, &last, &rising) < 0)
		return lost;
	if (nunread && !strcmp(p->schedule_unit, "万元") && !cum_label && p->budget.set &&
	    pb_money_cmp(sum, p->budget.v) <= 0 && !(rising && !pb_money_cmp(last, p->budget.v)))
		return lost;
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
			/* a value not read is the one thing the checkpoint says:
			 * null, not the budget of a blank after it */
			if (unread(p, i))
				continue;
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
	pb_money hundred = { 100, 0 };
	if (plan_shape(p, &sum, &last, &rising) < 0)
		return lost;
	/* as pbcheck's plan-not-100 has it: rising to 100 at the last
	 * checkpoint filled (there is one: n above), which need not be 12月底;
	 * under a 累计 label, rising is enough: 10 20 30 40 spend 40% by
	 * 12月底, as the filing says, not the whole budget (they sum to 100) */
	int cumulative = rising && (cum_label || !pb_money_cmp(last, hundred));
	int spent = 0; /* a cumulative plan reached 100: it stays there */
	int periodic = !cum_label && !pb_money_cmp(sum, hundred);
	if (nunread) {
		/* as for amounts above; the one not read may be the 100 */
		cumulative = rising && (cum_label || !pb_money_cmp(last, hundred) || unread_last);
		periodic = !cum_label && pb_money_cmp(sum, hundred) <= 0;
		if (cumulative && periodic)
			return lost;
	}
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
		if (cumulative) {
			/* a blank cumulative cell says nothing, unless all of
			 * the budget was spent before it; nor does one not read,
			 * whatever came before.  Values that read both ways
			 * (blank, blank, blank, 100) are cumulative: blanks
			 * before the 100 say nothing, as in an amount plan
			 * (blank, blank, blank, 50 of 50), where per period
			 * they spent 0 and counted as known */
			if (unread(p, i) || (!p->schedule[i].set && !spent))
				continue;
			share = p->schedule[i].set ? p->schedule[i].v : hundred;
			spent = !pb_money_cmp(share, hundred);
		} else {
			/* per period: a blank period spends nothing, as the
			 * others already make 100; one not read may spend
			 * anything, so nothing is known from it on (1O%, 30%,
			 * 30%, 40% spent 0, 15, 30, 50: the 10% was taken for
			 * a blank, the plan for one that sums to 100) */
			if (unread(p, i))
				return lost;
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

/* Spending tb_derive_spend could not hold exactly, as an unparsed part of
 * the plan: a blank the reader can see the reason for, not a silent one
 * pbsum counts as "no spending planned". */
void tb_say_lost_spend(tparse *t, unsigned lost)
{
	char why[160];
	size_t n = 0;
	for (int i = 0; i < PB_NCHECK; i++)
		if (lost & 1u << i)
			n += (size_t)snprintf(why + n, sizeof why - n, "%sspend_%s", n ? ", " : "",
			                      pb_check_names[i]);
	snprintf(why + n, sizeof why - n, " left blank: the budget times the plan's percentage "
	         "needs more than 18 digits to be exact");
	tb_unparsed(t, t->p->plan_line, t->p->plan_line, why);
}

void tb_plan_save(tparse *t, plan_state *s)
{
	pb_project *p = t->p;
	memcpy(s->schedule, p->schedule, sizeof s->schedule);
	memcpy(s->have_col, p->have_plan_col, sizeof s->have_col);
	memcpy(s->unread, p->plan_unread, sizeof s->unread);
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
	memcpy(p->plan_unread, s->unread, sizeof s->unread);
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
int tb_plan_again(tparse *t, const row *rw)
{
	for (size_t x = 0; x < rw->n; x++) {
		int cp = tb_checkpoint(tb_cflat(t, rw->first + x));
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
void tb_plan_clear(tparse *t)
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
	memset(p->plan_unread, 0, sizeof p->plan_unread);
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
void tb_plan_choose(tparse *t, const plan_state *was, long from, long to)
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
		tb_unparsed(t, drop, drop_to, why);
	}
}
