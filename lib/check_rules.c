/*
 * check_rules.c - the review rules, and the table that names them.
 *
 * A rule looks at one project (or one of its indicators) and calls
 * ck_emit() for each defect.  Rules judge what the filing says, never how
 * a particular sample file happens to say it.  Amounts are compared with
 * money.h: a finance bureau's review must not hinge on a rounding error.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check_impl.h"
#include "framework.h"
#include "heading.h"
#include "money.h"
#include "utf8.h"
#include "value.h"

/* the row a finding is about, else the project's first line */
#define AT(row) ((row) ? (row) : k->p->line)

/* ---- small text helpers ---- */

static int blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t')
			return 0;
	return 1;
}

/* blank, or a placeholder mark: nothing written in it */
static int unfilled(const char *s)
{
	return blank(s) || pb_placeholder(s);
}

/* both filled in and equal: two blanks are not "the same text" */
static int same(const char *a, const char *b)
{
	return !blank(a) && !blank(b) && !strcmp(a, b);
}

/* equal as cells: blank matches blank */
static int same_cell(const char *a, const char *b)
{
	if (blank(a) || blank(b))
		return blank(a) && blank(b);
	return !strcmp(a, b);
}

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t m = strlen(suf);
	return n >= m && !memcmp(s + n - m, suf, m);
}

/*
 * Does s hold digits that count something?  Not a year (2024年), a month
 * or a day (6月, 30日), a document's number (1号文件) or anything in the
 * brackets a document number is written in (〔2021〕101号, [2021]):
 * 控制在2024年预算内 holds digits and no quantity, so it passed the
 * rule that asks for one.
 */
static int counts(const char *s)
{
	int depth = 0;
	for (size_t i = 0; s && s[i];) {
		if (s[i] == '[' || !strncmp(s + i, "〔", 3) || !strncmp(s + i, "【", 3)) {
			depth++;
			i += s[i] == '[' ? 1 : 3;
		} else if (s[i] == ']' || !strncmp(s + i, "〕", 3) || !strncmp(s + i, "】", 3)) {
			depth -= depth > 0;
			i += s[i] == ']' ? 1 : 3;
		} else if (s[i] >= '0' && s[i] <= '9') {
			size_t j = i;
			while (s[j] >= '0' && s[j] <= '9')
				j++;
			int year = j - i == 4 && !strncmp(s + j, "年", 3);
			int day = j - i <= 2 && (!strncmp(s + j, "月", 3) || !strncmp(s + j, "日", 3));
			if (!depth && !year && !day && strncmp(s + j, "号", 3))
				return 1;
			i = j;
		} else {
			i++;
		}
	}
	return 0;
}

/* does s[0..n) hold sub? */
static int contains_n(const char *s, size_t n, const char *sub)
{
	size_t m = strlen(sub);
	for (size_t i = 0; i + m <= n; i++)
		if (!memcmp(s + i, sub, m))
			return 1;
	return 0;
}

/* a count written in Chinese numerals (十次, 两台, 三个, and 九成, tenths):
 * a number too; and a percentage (百分之九十五, 百分之百), whatever
 * follows it (百分之九十五以上), which was reported unquantified though
 * 不低于九成 was not */
static int cjk_count(const char *s)
{
	static const char *const numerals[] = { "一", "二", "三", "四", "五", "六", "七", "八",
		                                "九", "十", "两", "百", "千", "万", "零", NULL };
	static const char measures[] =
		"次个人台套项家所处件场批期篇份户名座条辆天年月周本册部种类亿间张只元亩米吨成";
	size_t i = 0, run = 0;
	int pct = s && !strncmp(s, "百分之", strlen("百分之"));

	if (pct)
		s += strlen("百分之");

	while (s && s[i]) {
		int w = 0;
		while (numerals[w] && strncmp(s + i, numerals[w], 3)) /* stops at the NUL */
			w++;
		if (!numerals[w])
			break;
		i += 3;
		run++;
	}
	if (pct)
		return run > 0;
	if (!run || (unsigned char)s[i] < 0x80)
		return run && !s[i];
	for (size_t m = 0; m + 3 <= sizeof measures - 1; m += 3)
		if (!strncmp(s + i, measures + m, 3))
			return 1;
	return 0;
}

/*
 * A quantity in Chinese numerals after a sign or a qualifier whose
 * number the value parser does not read: numerals in text (每人每年一千元,
 * as 每人每年1000元 counts) or elided (≥一万二台: 12000 or 10002).  Those
 * it reads (≥十台, 约三万人) are numbers, and every rule of numbers sees
 * them.
 */
static int cjk_quantity(const char *s)
{
	static const char *const before[] = { "≥", "≤", ">", "<", "=", "不超过", "不低于", "不少于",
		                              "不高于", "不多于", "不大于", "不小于", "大于", "小于",
		                              "低于", "高于", "约", "达到", "控制在", "每人", "每户",
		                              "每年", "每次", "全年", "年均", "人均", "户均", NULL };
	int skipped = 1;
	while (s && skipped) {
		skipped = 0;
		for (int w = 0; before[w]; w++) {
			size_t n = strlen(before[w]);
			if (!strncmp(s, before[w], n)) {
				s += n;
				skipped = 1;
				break;
			}
		}
	}
	return cjk_count(s);
}

static int contains(const char *s, const char *sub)
{
	return s && strstr(s, sub);
}

static const char *const checkpoint_names[PB_NCHECK] = { "3月底", "6月底", "10月底", "12月底" };

/* ---- the indicator framework (DOMAIN.md) ---- */

static const pb_indicator *IND(const ck *k, size_t i)
{
	return &k->p->ind[i];
}

/* cost either way the framework allows: under 产出指标, or a level-1 */
static int is_cost(const pb_indicator *in)
{
	return pb_review_same(in->level2, "成本指标") || pb_review_same(in->level1, "成本指标");
}

static const char *unit_of(const pb_indicator *in, size_t *n)
{
	*n = 0;
	return in->value ? pb_value_unit(&in->parsed, in->value, n) : NULL;
}

/* the number as written, exactly; 0, or -1 when there is none */
static int number_of(const pb_indicator *in, pb_money *m)
{
	const pb_value *v = &in->parsed;
	if (!in->value || v->kind != PB_VK_NUMBER || !v->num_len)
		return -1;
	/* as the record writes it: 9O% is 90 and 1 000 is 1000 */
	char small[64], *d = v->num_len < sizeof small ? small : malloc(v->num_len + 1);
	if (!d)
		return -1;
	size_t n = pb_value_num(v, in->value, d);
	int r = pb_money_parse(d, n, m) == PB_MONEY_OK ? 0 : -1;
	if (d != small)
		free(d);
	return r;
}

static pb_money whole(int64_t n)
{
	pb_money m = { n, 0 };
	return m;
}

/*
 * s's length without the punctuation and blanks a cell may end in:
 * 生态效益指标。 says no more than 生态效益指标, and passed because of
 * its 。.
 */
static size_t bare_len(const char *s)
{
	static const char *const ends[] = { "。", "；", "，", ";", ",", ".", " ", "\t", NULL };
	size_t n = strlen(s);
	for (int w = 0; ends[w];) {
		size_t m = strlen(ends[w]);
		if (n > m && !memcmp(s + n - m, ends[w], m)) {
			n -= m;
			w = 0;
		} else {
			w++;
		}
	}
	return n;
}

/*
 * Is s[0..n) a unit in brackets' contents: %, ‰, 百分比, or up to four
 * characters of units (人, 万元, 平方米, 元/人)?  A note (调查, 较上年,
 * 高) is none: 群众满意度（较高） says more than 群众满意度.
 */
static int unit_mark(const char *s, size_t n)
{
	static const char *const marks[] = { "%", "％", "‰", "百分比", NULL };
	static const char units[] = "次个人台套项家所处件场批期篇份户名座条辆天年月周本册部种类"
	                            "亿间张只元亩米吨成万千百十公平方立小时分秒克升瓦度／";
	size_t chars = 0;

	for (int w = 0; marks[w]; w++)
		if (n == strlen(marks[w]) && !memcmp(s, marks[w], n))
			return 1;
	for (size_t i = 0; i < n; chars++) {
		size_t m = 0;
		if (s[i] == '/')
			m = 1;
		for (size_t u = 0; !m && u + 3 <= sizeof units - 1; u += 3)
			if (n - i >= 3 && !memcmp(s + i, units + u, 3))
				m = 3;
		if (!m)
			return 0;
		i += m;
	}
	return chars && chars <= 4;
}

/*
 * The length of a name or a value to compare: without the punctuation
 * it may end in (bare_len), nor a unit mark in brackets after it
 * (群众满意度（%）, 培训人数(人), 资金（万元）): a column's name carries
 * its unit so, and a value that is the name without it, or with it in
 * the other width of bracket, says no more than the name.
 */
static size_t key_len(const char *s)
{
	size_t n = bare_len(s), close = 0, open = 0;

	if (n >= 3 && !memcmp(s + n - 3, "）", 3))
		close = 3;
	else if (n && s[n - 1] == ')')
		close = 1;
	for (size_t i = n - close; close && i-- > 0;) {
		if (s[i] == '(' || (i + 3 <= n && !memcmp(s + i, "（", 3))) {
			open = s[i] == '(' ? 1 : 3;
			if (unit_mark(s + i + open, n - close - i - open))
				for (n = i; n && (s[n - 1] == ' ' || s[n - 1] == '\t');)
					n--;
			break;
		}
	}
	return n;
}

/* the next character of s[0..n) at *i, brackets and ％ folded to ASCII */
static int folded(const char *s, size_t n, size_t *i)
{
	static const struct { const char *w; char c; } fold[] = { { "（", '(' }, { "）", ')' }, { "％", '%' } };
	for (size_t f = 0; f < sizeof fold / sizeof fold[0]; f++)
		if (n - *i >= 3 && !memcmp(s + *i, fold[f].w, 3)) {
			*i += 3;
			return fold[f].c;
		}
	return (unsigned char)s[(*i)++];
}

/* a[0..an) and b[0..bn) the same text but for the width of brackets and
 * of % (资金到位率（%） and 资金到位率(%)) */
static int same_folded(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	while (i < an && j < bn)
		if (folded(a, an, &i) != folded(b, bn, &j))
			return 0;
	return i == an && j == bn;
}

/*
 * The column whose name the value merely repeats, or NULL.  Names only:
 * a description that equals the value (完成时限 | 按时完成 | 按时完成) was
 * filled in with the target, and the target, graded text as much as a
 * number, is a real one.
 */
static const char *repeated_name(const pb_indicator *in)
{
	const char *names[] = { in->level3, in->level2, in->level1 };
	static const char *const labels[] = { "三级指标", "二级指标", "一级指标" };

	/* a number or a date is a target: only text can say no more than a
	 * name */
	if (blank(in->value) || in->parsed.kind != PB_VK_TEXT)
		return NULL;
	size_t vn = key_len(in->value), tail = strlen("指标");
	for (int i = 0; vn && i < 3; i++) {
		if (blank(names[i]))
			continue;
		size_t nn = key_len(names[i]);
		if (same_folded(in->value, vn, names[i], nn))
			return labels[i];
		/* 生态效益 for 生态效益指标 says no more */
		if (nn > tail && ends_with(names[i], nn, "指标") &&
		    same_folded(in->value, vn, names[i], nn - tail))
			return labels[i];
	}
	return NULL;
}

/* A rule that reports a value repeating its name stands aside while
 * value-repeats-name is on: one finding says it, two would be noise. */
static int said_by_repeats(const ck *k, const pb_indicator *in)
{
	return repeated_name(in) && ck_rule_on(k, "value-repeats-name");
}

/* ---- structure ---- */

static void r_level1_unknown(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	if (blank(in->level1) || pb_review_l1(in->level1) >= 0)
		return;
	ck_emit(k, in->line, i + 1, in->level1,
	        "一级指标 %s is not in the framework (产出指标, 效益指标, 满意度指标, 成本指标)",
	        ck_show(k, in->level1));
}

static void r_level2_unknown(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	int l1 = pb_review_l1(in->level1);
	if (l1 < 0 || blank(in->level2) || pb_review_l2_parent(in->level2) >= 0)
		return;
	ck_emit(k, in->line, i + 1, in->level2, "二级指标 %s is not in the framework under %s",
	        ck_show(k, in->level2), pb_l1_names[l1]);
}

static void r_level2_wrong_level1(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	int l1 = pb_review_l1(in->level1), home = pb_review_l2_parent(in->level2);
	if (l1 < 0 || home < 0 || pb_review_l2_under(l1, in->level2))
		return;
	ck_emit(k, in->line, i + 1, in->level2, "二级指标 %s belongs under %s, not under %s",
	        ck_show(k, in->level2), pb_l1_names[home], pb_l1_names[l1]);
}

static int has_level1(const pb_project *p, const char *l1)
{
	for (size_t i = 0; i < p->nind; i++)
		if (pb_review_same(p->ind[i].level1, l1))
			return 1;
	return 0;
}

/* a project without indicator rows is empty-field's, once */
static void missing_level1(ck *k, const char *l1)
{
	if (k->p->nind && !has_level1(k->p, l1))
		ck_emit(k, k->p->line, 0, NULL, "no %s indicator among its %zu", l1, k->p->nind);
}

static void r_no_output(ck *k)
{
	missing_level1(k, "产出指标");
}

static void r_no_benefit(ck *k)
{
	missing_level1(k, "效益指标");
}

static void r_no_satisfaction(ck *k)
{
	missing_level1(k, "满意度指标");
}

static void r_no_cost(ck *k)
{
	const pb_project *p = k->p;
	for (size_t i = 0; i < p->nind; i++)
		if (is_cost(&p->ind[i]))
			return;
	if (p->nind)
		ck_emit(k, p->line, 0, NULL, "no cost indicator (成本指标) among its %zu", p->nind);
}

/* Did the table parser say it could not read the label's cell on the
 * row at line?  A 预算数 cell that holds unreadable text is not an empty
 * one: the unparsed rule says what it holds.  (Not any unparsed record
 * over the line: "no indicator table" spans a whole table.) */
static int unreadable_at(const pb_project *p, long line, const char *label)
{
	for (size_t i = 0; line && i < p->nunp; i++)
		if (p->unp[i].line == line && p->unp[i].reason && strstr(p->unp[i].reason, label))
			return 1;
	return 0;
}

/* Does an unparsed record of p say it could not read a label's row?
 * Then what it holds is the unparsed rule's to report. */
static int unread_mentions(const pb_project *p, const char *label)
{
	for (size_t i = 0; i < p->nunp; i++)
		if ((p->unp[i].reason && strstr(p->unp[i].reason, label)) ||
		    (p->unp[i].text && strstr(p->unp[i].text, label)))
			return 1;
	return 0;
}

static void r_empty_project(ck *k)
{
	const pb_project *p = k->p;
	if (blank(p->code))
		ck_emit(k, AT(p->code_line), 0, NULL, "项目编码 is empty");
	if (blank(p->name)) /* 项目名称 sits on the 项目编码 row */
		ck_emit(k, AT(p->code_line), 0, NULL, "项目名称 is empty");
	else if (p->name_from && !strcmp(p->name_from, "title"))
		ck_emit(k, AT(p->code_line), 0, NULL, "项目名称 is empty (the name given is the title's)");
	if (!p->budget.set && !unreadable_at(p, p->budget_line, "预算数"))
		ck_emit(k, AT(p->budget_line), 0, NULL, "预算数 is empty");
	else if (!p->budget.set && !ck_rule_on(k, "unparsed")) /* else unparsed says it */
		ck_emit(k, AT(p->budget_line), 0, NULL, "预算数 is written but could not be read");
	/* no plan row at all: plan-not-budget and plan-not-100 have no plan
	 * to read, and a blank plan was an error while a missing one passed */
	if (!p->schedule_unit && !p->plan_line && !unread_mentions(p, "支出"))
		ck_emit(k, p->line, 0, NULL, "资金支出计划 is missing");
	if (!p->ngoals)
		ck_emit(k, AT(p->goals_line), 0, NULL, "绩效目标 is empty");
	for (size_t i = 0; i < p->ngoals; i++)
		if (blank(p->goals[i]))
			ck_emit(k, AT(p->goals_line), 0, NULL, "绩效目标 %zu is empty", i + 1);
		else if (pb_placeholder(p->goals[i]))
			ck_emit(k, AT(p->goals_line), 0, NULL, "绩效目标 %zu is empty (written %s)", i + 1,
			        pb_placeholder(p->goals[i]));
	if (!p->nind)
		ck_emit(k, p->line, 0, NULL, "no indicator rows");
}

static void r_empty_indicator(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	const char *cells[] = { in->level1, in->level2, in->level3, in->value, in->basis };
	static const char *const labels[] = { "一级指标", "二级指标", "三级指标", "指标值",
		                              "指标值确定依据" };
	/* a table without the column (the national template's) leaves no
	 * basis out */
	int n = k->p->no_basis_col ? 4 : 5;
	for (int c = 0; c < n; c++)
		if (blank(cells[c]))
			ck_emit(k, in->line, i + 1, NULL, "%s is empty", labels[c]);
		else if (pb_placeholder(cells[c]))
			ck_emit(k, in->line, i + 1, cells[c], "%s is empty (written %s)", labels[c],
			        pb_placeholder(cells[c]));
}

/* ---- values ---- */

/*
 * Does s measure a change (增长率, 增幅, 较上年)?  A change may pass
 * 100%.  In a name (name set), so do the verbs of one: ≥150% under
 * 游客数量增加, 产值提升比例 or 收入提高幅度 was an error while the same
 * under 游客人数增长 passed; so does 超额, done beyond the plan
 * (超额完成率 ≥110%).  Not in a description, where 提高服务质量
 * states a purpose, and would let 100100% pass under any name.  增加值
 * (value added) is an amount, not a change: 增加值率 stays a share.
 */
static int names_change(const char *s, int name)
{
	static const char *const words[] = { "增长", "增速", "增幅", "幅度", "同比", "环比", "较上年", NULL };
	static const char *const verbs[] = { "提升", "提高", "上升", "增收", "超额", NULL };
	for (int w = 0; words[w]; w++)
		if (contains(s, words[w]))
			return 1;
	for (int w = 0; name && verbs[w]; w++)
		if (contains(s, verbs[w]))
			return 1;
	for (const char *at = s && name ? strstr(s, "增加") : NULL; at; at = strstr(at + 1, "增加"))
		if (strncmp(at + strlen("增加"), "值", strlen("值")))
			return 1;
	return 0;
}

static int share_by_name(const char *level3);

/* growth can exceed 100%: 增长率 150% is a number, not a slip.  The
 * description speaks only for a name that is no share: 满意度 or
 * 合格率 cannot pass 100% because the description says 较上年增长. */
static int measures_change(const pb_indicator *in)
{
	if (names_change(in->level3, 1))
		return 1;
	return !share_by_name(in->level3) && names_change(in->description, 0);
}

/* a % mark in brackets: (%), （%）, or 百分比, which DOMAIN.md lists as a
 * way filings write % (漏洞处置率（百分比） 100100 passed where
 * 漏洞处置率（%） 100100 did not) */
static int marked_percent(const char *s)
{
	static const char *const marks[] = { "(%)", "（%）", "(％)", "（％）", "(百分比)", "（百分比）", NULL };
	for (int w = 0; marks[w]; w++)
		if (contains(s, marks[w]))
			return 1;
	return 0;
}

/* a name in %: a % in it anywhere, or a 百分比 mark */
static int name_percent(const char *level3)
{
	return contains(level3, "%") || contains(level3, "％") || marked_percent(level3);
}

/*
 * Does the name say a multiple or a ratio of two quantities?  Either may
 * pass 100% and is written in 倍 as well as in %: 财政资金放大倍数 ≥300%,
 * 投入产出比 ≥120%, 放大倍率 ≥3倍 are targets, no share's slips.  Only
 * the forms listed, each of which cannot name a part of a whole: 倍数
 * and 倍率 (a multiple), 放大 (funds drawn in per yuan spent: 放大效应,
 * 放大系数), 杠杆 (leverage), 产出比 (output per input), 比值 (a
 * quotient), and X与Y比 or X与Y之比 (two quantities named; not the 与
 * of 参与).  A …比例, …占比 or …比重 is a share, part of a whole
 * (资金使用比例, 带动社会投资比例), and so is one naming two things
 * (高级与中级职称人员占比: the two together of all staff), the defect
 * under it 100100: the review would rather ask of a rare X与Y比例 that
 * is a ratio than let every such share pass.
 */
static int names_ratio(const char *s)
{
	static const char *const words[] = { "倍数", "倍率", "放大", "杠杆", "产出比", "比值", NULL };
	size_t n, tail = strlen("比");

	if (blank(s))
		return 0;
	for (int w = 0; words[w]; w++)
		if (contains(s, words[w]))
			return 1;
	n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (!ends_with(s, n, "比") || ends_with(s, n, "占比"))
		return 0;
	/* a 与 with words before it and after it */
	for (size_t i = 3; i + 3 < n - tail; i++)
		if (!memcmp(s + i, "与", 3) && memcmp(s + i - 3, "参", 3))
			return 1;
	return 0;
}

/* in %: so written, or a bare number under a name that says so
 * (良好率（%） 100100) or that is a share (会议效果良好率 100100,
 * 群众满意度 100100: filings drop the % the header or the name implies).
 * rate-unit leaves such a number be as a percentage without its sign,
 * so it is one here too; a degree that is no share (长度, 参与度 1000)
 * is none by share_by_name. */
static int in_percent(const pb_indicator *in)
{
	size_t n;
	const char *u = unit_of(in, &n);
	if (u && n)
		return u[0] == '%';
	return name_percent(in->level3) || marked_percent(in->description) ||
	       (in->parsed.kind == PB_VK_NUMBER && share_by_name(in->level3));
}

/* in ‰: 1001‰ is 100.1%, past the whole as 100100% is */
static int in_permille(const pb_indicator *in)
{
	size_t n;
	const char *u = unit_of(in, &n);
	return u && n >= 3 && !memcmp(u, "‰", 3);
}

static void r_percent_over_100(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	pb_money m;
	int permille = in_permille(in);
	if ((!permille && !in_percent(in)) || number_of(in, &m) < 0)
		return;
	/* >100% is above 100 too: a target no share can meet */
	int c = pb_money_cmp(m, whole(permille ? 1000 : 100));
	if (c < 0 || (c == 0 && !(in->parsed.op && !strcmp(in->parsed.op, ">"))) || measures_change(in) ||
	    names_ratio(in->level3))
		return;
	ck_emit(k, in->value_line, i + 1, in->value, "指标值 %s exceeds 100%%", ck_show(k, in->value));
}

/* 度 that are not degrees of anything: lengths, temperatures, periods,
 * progress, limits */
static const char *const not_degrees[] = {
	"长度", "宽度", "高度", "深度", "厚度", "温度", "湿度", "密度", "强度", "硬度", "速度",
	"角度", "亮度", "年度", "季度", "月度", "额度", "进度", "力度", "维度", "限度", "浓度",
	"精度", "平整度", "照度", "坡度", "跨度", "纯度", "浊度", "色度", "粘度", "黏度", "挠度",
	"刚度", "细度", "粒度", "坚固度",
	/* counted in 人次 or 次 by 宣传 and 文化 projects (群众参与度
	 * ≥1000人次, 社会关注度 ≥10万人次, 覆盖广度 ≥20个村) */
	"参与度", "关注度", "曝光度", "传播度", "活跃度", "广度",
	/* a count per time, as 频率 is (路况巡查频度 ≥2次/周, 检查频度,
	 * 更新频度): read as a degree, the 次/周 was a rate-unit error
	 * that the same row named 频率 did not get */
	"频度", NULL,
};

/* names ending in 率 that are no share: a count per time, a power, a
 * bandwidth, a resolution (效率 is as often a time, 审批效率 ≤3个工作日,
 * as a ratio), a turnover (存货周转率 ≥4次: times a year) */
static const char *const not_rates[] = {
	"频率", "功率", "效率", "速率", "码率", "帧率", "分辨率", "采样率", "周转率", NULL,
};

/* Units of measure: a value in one is a physical quantity (≤35微克/立方米,
 * ≤5mm, ≥300lx, ≥100Mbps), never a share wrongly written: the name's
 * 度 or 率 was not a share's.  A Latin letter starts every SI symbol. */
static const char *const measure_units[] = {
	"米", "毫米", "厘米", "千米", "公里", "微米", "纳米", "克", "毫克", "微克", "千克", "公斤",
	"吨", "升", "毫升", "瓦", "千瓦", "伏", "℃", "°", "帕", "秒", "赫", "分贝", "勒克斯",
	"μ", "µ", "㎎", "㎏", "㎜", "㎝", "㎞", NULL,
};

static int measure_unit(const char *u, size_t n)
{
	if ((u[0] >= 'a' && u[0] <= 'z') || (u[0] >= 'A' && u[0] <= 'Z'))
		return 1;
	for (int w = 0; measure_units[w]; w++) {
		size_t l = strlen(measure_units[w]);
		if (n >= l && !memcmp(u, measure_units[w], l))
			return 1;
	}
	return 0;
}

/* 1: a rate (率, 比例 …, or marked with % or （百分比）); 2: a degree
 * (度); 0: neither.  频率 and 功率 are counts per time and power, not
 * rates. */
static int rate_kind(const pb_indicator *in)
{
	/* a % in the name says rate; a description may quote a formula
	 * (×100%) for other things, so there only a mark in brackets
	 * counts, (%) or （百分比） */
	if (name_percent(in->level3) || marked_percent(in->description))
		return 1;
	return share_by_name(in->level3);
}

/*
 * by its level-3 name alone: 1 a rate (…率, and the shares named
 * otherwise, …比例, …占比, …比重, …百分比: 资金使用比例 100100 and
 * 本地采购占比 ≥30次 passed where …使用率 and …采购率 did not), 2 a
 * degree (…度), 0 neither, nor a multiple or a ratio (names_ratio)
 */
static int share_by_name(const char *s)
{
	static const char *const shares[] = { "比例", "占比", "比重", "百分比", NULL };
	size_t n;

	if (blank(s) || names_ratio(s))
		return 0;
	n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	for (int w = 0; shares[w]; w++)
		if (ends_with(s, n, shares[w]))
			return 1;
	if (ends_with(s, n, "率")) {
		for (int w = 0; not_rates[w]; w++)
			if (ends_with(s, n, not_rates[w]))
				return 0;
		return 1;
	}
	if (!ends_with(s, n, "度"))
		return 0;
	for (int w = 0; not_degrees[w]; w++)
		if (ends_with(s, n, not_degrees[w]))
			return 0;
	return 2;
}

static void r_rate_unit(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	size_t n;
	const char *u = unit_of(in, &n);
	int kind;

	/* a bare number may be a percentage without its sign: let it be;
	 * per mille and percentage points are rates too */
	if (in->parsed.kind != PB_VK_NUMBER || !u || !n || u[0] == '%' ||
	    (n >= 3 && !memcmp(u, "‰", 3)) || contains_n(u, n, "百分点") || measure_unit(u, n))
		return;
	if (!(kind = rate_kind(in)))
		return;
	/* 满意度 90分: a score out of 100 is common practice */
	if (kind == 2 && n == strlen("分") && !memcmp(u, "分", n))
		return;
	/* 不低于九成, 9成: a share in tenths, as a percentage is one in
	 * hundredths (九成 is 90%); the target is a rate as it stands */
	if (n == strlen("成") && !memcmp(u, "成", n))
		return;
	ck_emit(k, in->value_line, i + 1, in->value,
	        "指标值 %s of a %s is in %s, not a percentage", ck_show(k, in->value),
	        kind == 1 ? "rate" : "degree", ck_shown(k, u, n));
}

static void r_value_repeats_name(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	const char *col = repeated_name(in);
	if (col)
		ck_emit(k, in->value_line, i + 1, in->value, "指标值 %s only repeats the %s",
		        ck_show(k, in->value), col);
}

static void r_unquantified(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	int cost = is_cost(in);

	if (!cost && !pb_review_same(in->level2, "数量指标"))
		return;
	/* a date's digits count nothing (2025-12-31, 1-12月): counts() knows
	 * the dates of text only (控制在2024年预算内).  A sign on words is no
	 * quantity for it (≤预算数: read as text since r16a, it was silent
	 * here), unless the words are one in Chinese numerals the parser
	 * does not read (≥一万二台, cjk_quantity); 不低于九成 is a number */
	if (unfilled(in->value) || in->parsed.kind == PB_VK_NUMBER || in->parsed.partial ||
	    (in->parsed.kind != PB_VK_DATE && counts(in->value)) || cjk_quantity(in->value) ||
	    said_by_repeats(k, in))
		return;
	ck_emit(k, in->value_line, i + 1, in->value, "指标值 %s of a %s %s",
	        ck_show(k, in->value), cost ? "cost indicator" : "数量指标",
	        in->parsed.kind == PB_VK_DATE ? "is a date, not a quantity" : "has no number");
}

static void r_date_outside_year(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	int year = k->p->year;
	if (!pb_review_same(in->level2, "时效指标") || in->parsed.kind != PB_VK_DATE || !year ||
	    !in->parsed.year || in->parsed.year == year) /* 12月底前 names no year */
		return;
	ck_emit(k, in->value_line, i + 1, in->value, "时效 date %s is in %d, outside the filing's year %d",
	        ck_show(k, in->value), in->parsed.year, year);
}

static void r_value_partial(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	/* numerals read as digits do: 三至五天 is a range as 3至5天 is,
	 * ≥两台，三台 a list as ≥2台，3台 */
	if (!in->value || !in->parsed.partial)
		return;
	size_t n = strlen(in->value), off = in->parsed.bad_off;
	if (off < n)
		ck_emit(k, in->value_line, i + 1, in->value, "指标值 %s only partly parses: it goes wrong at %s",
		        ck_show(k, in->value), ck_shown(k, in->value + off, n - off));
	else
		ck_emit(k, in->value_line, i + 1, in->value, "指标值 %s only partly parses: it stops short",
		        ck_show(k, in->value));
}

/* ---- money ---- */

static const char *amount_text(ck *k, const pb_amount *a)
{
	return a->set ? ck_money(k, a->v) : "(blank)";
}

/* Was an amount of the budget's rows under a label read as none of
 * the sources written but not read (PB_UNREAD_SOURCE: 政府性基金 150.00
 * beside 财政资金 and 其他资金, on the budget row or a row of its own)? */
static int unread_source(const pb_project *p)
{
	for (size_t i = 0; i < p->nunp; i++)
		if (p->unp[i].reason && strstr(p->unp[i].reason, PB_UNREAD_SOURCE))
			return 1;
	return 0;
}

static void r_budget_sum(ck *k)
{
	const pb_project *p = k->p;
	pb_money sum = pb_money_zero();

	if (!p->budget.set)
		return;
	/* a source written but not read is no blank: no honest sum (the
	 * unparsed rule says what the cell holds) */
	if ((!p->fiscal.set && unreadable_at(p, p->budget_line, "财政")) ||
	    (!p->other.set && unreadable_at(p, p->budget_line, "其他资金")))
		return;
	if ((p->fiscal.set && pb_money_add(&sum, p->fiscal.v)) ||
	    (p->other.set && pb_money_add(&sum, p->other.v)))
		return; /* overflow: no honest comparison */
	if (!pb_money_cmp(sum, p->budget.v))
		return;
	/* a third source written but not read may be the difference while
	 * the two read fall short of the budget (500 = 300 + 150 政府性基金
	 * + 50 was an error); above it, no further source explains them */
	if (pb_money_cmp(sum, p->budget.v) < 0 && unread_source(p))
		return;
	ck_emit(k, AT(p->budget_line), 0, ck_money(k, p->budget.v),
	        "预算数 %s 万元 is not 财政资金 %s + 其他资金 %s = %s 万元",
	        ck_money(k, p->budget.v), amount_text(k, &p->fiscal), amount_text(k, &p->other),
	        ck_money(k, sum));
}

static int plan_is(const pb_project *p, const char *unit)
{
	return p->schedule_unit && !strcmp(p->schedule_unit, unit);
}

static int last_checkpoint(const pb_project *p);

/*
 * Was a value of the spending plan written but not read (1O%, 5O.00, a
 * value no checkpoint owns)?  pbtable's unparsed records for them all
 * say "spending plan value" (table_plan.c).  The plan is then not what
 * its values read say: 10.00 20.00 30.00 5O.00 "ended at 30 万元", and
 * 1O% 30% 30% 40% summed to 100.  As for budget-sum, the unparsed rule
 * says what the cell holds, and the rules that judge the plan as a
 * whole are silent.
 */
static int plan_unread(const pb_project *p)
{
	for (size_t i = 0; i < p->nunp; i++)
		if (p->unp[i].reason && strstr(p->unp[i].reason, "spending plan value"))
			return 1;
	return 0;
}

/*
 * Did pbtable read the amounts as spent per period (they sum to the
 * budget without rising to it, and no 累计 says otherwise)?  Then its
 * spending reaches the budget where the plan's last amount does not;
 * such a plan neither falls nor ends short.
 */
static int per_period_amounts(const pb_project *p)
{
	int last = last_checkpoint(p);
	return last >= 0 && p->budget.set && p->spend[last].set &&
	       !pb_money_cmp(p->spend[last].v, p->budget.v) &&
	       pb_money_cmp(p->schedule[last].v, p->budget.v);
}

/* A spending plan in amounts, as both of its readings see it: cumulative
 * (rising to the budget) and per period (summing to it). */
typedef struct {
	int last;      /* the last filled checkpoint, -1 when none is */
	int falls;     /* how many values are below the one before them */
	int sum_known; /* the sum did not overflow */
	pb_money sum;
} plan_view;

static plan_view view_plan(const pb_project *p)
{
	plan_view v = { -1, 0, 1, pb_money_zero() };
	for (int i = 0; i < PB_NCHECK; i++) {
		if (!p->schedule[i].set)
			continue;
		if (v.last >= 0 && pb_money_cmp(p->schedule[i].v, p->schedule[v.last].v) < 0)
			v.falls++;
		v.sum_known &= pb_money_add(&v.sum, p->schedule[i].v) == PB_MONEY_OK;
		v.last = i;
	}
	return v;
}

static int ends_at_budget(const pb_project *p, const plan_view *v)
{
	return v->last >= 0 && p->budget.set && !pb_money_cmp(p->schedule[v->last].v, p->budget.v);
}

static int sums_to_budget(const pb_project *p, const plan_view *v)
{
	return v->last >= 0 && v->sum_known && p->budget.set && !pb_money_cmp(v->sum, p->budget.v);
}

/*
 * A plan that falls, ends short of the budget and does not sum to it
 * either (25, 25, 25, 20 of 100): neither reading accounts for the
 * budget.  plan-not-budget says so, with every value; that it falls is
 * no second defect (per period, a smaller last period is ordinary), and
 * "cumulative spending plan falls" beside it misread a per-period plan.
 */
static int neither_reading(const pb_project *p, const plan_view *v)
{
	return v->falls && p->budget.set && !ends_at_budget(p, v) && !sums_to_budget(p, v);
}

/* the plan's values, 25+25+25+20 */
static void add_values(ck *k, pb_buf *b, const pb_project *p)
{
	int first = 1;
	for (int i = 0; i < PB_NCHECK; i++)
		if (p->schedule[i].set) {
			k->oom |= !first && pb_buf_adds(b, "+");
			k->oom |= pb_buf_adds(b, ck_money(k, p->schedule[i].v)) != 0;
			first = 0;
		}
}

/*
 * One finding per plan, naming every fall: 40, 30, 20, 10 under a 累计
 * label gave one error per fall, and plan-not-budget's a fourth, for a
 * plan whose only fault is its label.  Values that sum to the budget
 * say so (pbtable read them as cumulative only because the label says
 * 累计: unlabelled, they are spent per period and pass).
 */
static void r_plan_decreasing(ck *k)
{
	const pb_project *p = k->p;
	pb_buf m = PB_BUF_INIT;
	int prev = -1, n = 0, first_fall = -1;

	if (!plan_is(p, "万元") || per_period_amounts(p) || plan_unread(p))
		return;
	plan_view v = view_plan(p);
	if (!v.falls || (neither_reading(p, &v) && ck_rule_on(k, "plan-not-budget")))
		return;
	k->oom |= pb_buf_adds(&m, "cumulative spending plan falls") != 0;
	for (int i = 0; i < PB_NCHECK; i++) {
		if (!p->schedule[i].set)
			continue;
		if (prev >= 0 && pb_money_cmp(p->schedule[i].v, p->schedule[prev].v) < 0) {
			n++;
			k->oom |= pb_buf_adds(&m, n == 1 ? " from " : n == v.falls ? " and from " : ", from ") != 0;
			k->oom |= pb_buf_adds(&m, ck_money(k, p->schedule[prev].v)) != 0;
			k->oom |= pb_buf_printf(&m, " 万元 at %s to ", checkpoint_names[prev]) != 0;
			k->oom |= pb_buf_adds(&m, ck_money(k, p->schedule[i].v)) != 0;
			k->oom |= pb_buf_printf(&m, " 万元 at %s", checkpoint_names[i]) != 0;
			if (first_fall < 0)
				first_fall = i;
		}
		prev = i;
	}
	if (sums_to_budget(p, &v)) {
		k->oom |= pb_buf_adds(&m, ", yet its values ") != 0;
		add_values(k, &m, p);
		k->oom |= pb_buf_adds(&m, " sum to the budget ") != 0;
		k->oom |= pb_buf_adds(&m, ck_money(k, p->budget.v)) != 0;
		k->oom |= pb_buf_adds(&m, " 万元: it looks written per period") != 0;
	}
	ck_emit(k, AT(p->plan_line), 0, ck_money(k, p->schedule[first_fall].v), "%s", m.ptr);
	pb_buf_free(&m);
}

static int last_checkpoint(const pb_project *p)
{
	for (int i = PB_NCHECK - 1; i >= 0; i--)
		if (p->schedule[i].set)
			return i;
	return -1;
}

/*
 * The plan accounts for the budget neither cumulatively (ending at it)
 * nor per period (summing to it).  Said as what the plan is: a falling
 * plan is no cumulative one, and "ends at 20 万元" of 25, 25, 25, 20 (95
 * of 100) hid that it was written per period and short by 5.
 */
static void r_plan_not_budget(ck *k)
{
	const pb_project *p = k->p;
	pb_buf m = PB_BUF_INIT;

	if (!plan_is(p, "万元") || !p->budget.set || per_period_amounts(p) || plan_unread(p))
		return;
	plan_view v = view_plan(p);
	if (v.last < 0) {
		ck_emit(k, AT(p->plan_line), 0, NULL, "cumulative spending plan is blank: it never reaches the budget %s 万元",
		        ck_money(k, p->budget.v));
		return;
	}
	int sums = sums_to_budget(p, &v);
	/* falls, yet sums to the budget: plan-decreasing says it looks per
	 * period */
	if (ends_at_budget(p, &v) || (v.falls && sums && ck_rule_on(k, "plan-decreasing")))
		return;
	if (neither_reading(p, &v)) {
		k->oom |= pb_buf_adds(&m, "spending plan ") != 0;
		add_values(k, &m, p);
		if (v.sum_known) {
			k->oom |= pb_buf_adds(&m, " = ") != 0;
			k->oom |= pb_buf_adds(&m, ck_money(k, v.sum)) != 0;
			k->oom |= pb_buf_adds(&m, " 万元") != 0;
		}
		ck_emit(k, AT(p->plan_line), 0, m.ptr, "%s neither rises to nor sums to the budget %s 万元",
		        m.ptr, ck_money(k, p->budget.v));
		pb_buf_free(&m);
		return;
	}
	ck_emit(k, AT(p->plan_line), 0, ck_money(k, p->schedule[v.last].v),
	        "cumulative spending plan ends at %s 万元 (%s), not at the budget %s 万元%s",
	        ck_money(k, p->schedule[v.last].v), checkpoint_names[v.last],
	        ck_money(k, p->budget.v),
	        sums ? "; its values sum to the budget: it looks written per period" : "");
}

/* A 累计 percentage plan that falls: its first fall, and where it ends */
static void cum_fall(ck *k, const char *values)
{
	const pb_project *p = k->p;
	int prev = -1, fell = -1;
	for (int i = 0; i < PB_NCHECK; i++) {
		if (!p->schedule[i].set)
			continue;
		if (prev >= 0 && fell < 0 && pb_money_cmp(p->schedule[i].v, p->schedule[prev].v) < 0)
			fell = prev;
		prev = i;
	}
	int to = fell + 1;
	while (!p->schedule[to].set)
		to++;
	ck_emit(k, AT(p->plan_line), 0, values,
	        "cumulative (累计) spending plan falls from %s%% at %s to %s%% at %s; it ends at %s%% (%s)",
	        ck_money(k, p->schedule[fell].v), checkpoint_names[fell],
	        ck_money(k, p->schedule[to].v), checkpoint_names[to],
	        ck_money(k, p->schedule[prev].v), checkpoint_names[prev]);
}

static void r_plan_not_100(ck *k)
{
	const pb_project *p = k->p;
	pb_money sum = pb_money_zero();
	pb_buf *text;
	int first = -1, last = -1, rising = 1, overflow = 0;

	if (!plan_is(p, "%") || plan_unread(p))
		return;
	text = ck_scratch(k);
	for (int i = 0; i < PB_NCHECK; i++) {
		if (!p->schedule[i].set)
			continue;
		if (last >= 0 && pb_money_cmp(p->schedule[i].v, p->schedule[last].v) < 0)
			rising = 0;
		if (first < 0)
			first = i;
		overflow |= pb_money_add(&sum, p->schedule[i].v) != PB_MONEY_OK;
		k->oom |= pb_buf_printf(text, "%s%s%%", last >= 0 ? "+" : "",
		                        ck_money(k, p->schedule[i].v));
		last = i;
	}
	if (last < 0) {
		ck_emit(k, AT(p->plan_line), 0, NULL, "percentage spending plan is blank");
		return;
	}
	int ends_100 = !pb_money_cmp(p->schedule[last].v, whole(100));
	if (p->plan_cum) {
		/* the label says 累计: rising to 100, whatever they sum to.
		 * Where it stops or falls is the news; its values joined
		 * with + read as a sum, which a cumulative plan is not. */
		if (rising && !ends_100) {
			int over = pb_money_cmp(p->schedule[last].v, whole(100)) > 0;
			ck_emit(k, AT(p->plan_line), 0, text->ptr,
			        "cumulative (累计) spending plan %s%s%% (%s)%s",
			        over ? "rises past 100%, to " : "rises only to ",
			        ck_money(k, p->schedule[last].v), checkpoint_names[last],
			        over ? "" : ", not to 100%");
		} else if (!rising) {
			cum_fall(k, text->ptr);
		}
		return;
	}
	if ((!overflow && !pb_money_cmp(sum, whole(100))) || (rising && ends_100))
		return;
	/* values that rise and sum past 100 are cumulative beyond doubt:
	 * their sum (30%+60%+90% = 180%) means nothing, where they stop does */
	if (rising && pb_money_cmp(p->schedule[last].v, p->schedule[first].v) > 0 &&
	    (overflow || pb_money_cmp(sum, whole(100)) > 0)) {
		int over = pb_money_cmp(p->schedule[last].v, whole(100)) > 0;
		ck_emit(k, AT(p->plan_line), 0, text->ptr, "cumulative spending plan %s%s%% (%s)%s",
		        over ? "rises past 100%, to " : "rises only to ", ck_money(k, p->schedule[last].v),
		        checkpoint_names[last], over ? "" : ", not to 100%");
		return;
	}
	if (overflow)
		ck_emit(k, AT(p->plan_line), 0, text->ptr,
		        "spending plan %s neither sums to 100%% nor rises to 100%%", text->ptr);
	else
		ck_emit(k, AT(p->plan_line), 0, text->ptr,
		        "spending plan %s = %s%% neither sums to 100%% nor rises to 100%%", text->ptr,
		        ck_money(k, sum));
}

static void r_plan_over_budget(ck *k)
{
	const pb_project *p = k->p;
	int pct = plan_is(p, "%");

	if (!pct && !(plan_is(p, "万元") && p->budget.set))
		return;
	pb_money limit = pct ? whole(100) : p->budget.v;
	for (int i = 0; i < PB_NCHECK; i++) {
		if (!p->schedule[i].set || pb_money_cmp(p->schedule[i].v, limit) <= 0)
			continue;
		if (pct)
			ck_emit(k, AT(p->plan_line), 0, ck_money(k, p->schedule[i].v),
			        "spending plan at %s, %s%%, is above 100%%", checkpoint_names[i],
			        ck_money(k, p->schedule[i].v));
		else
			ck_emit(k, AT(p->plan_line), 0, ck_money(k, p->schedule[i].v),
			        "spending plan at %s, %s 万元, is above the budget %s 万元",
			        checkpoint_names[i], ck_money(k, p->schedule[i].v), ck_money(k, limit));
	}
}

/* An amount below zero, at the row that holds it.  pbtable reads a
 * minus sign as written, and pbsum adds what pbtable read: -5.00 of
 * 其他资金 made 55.00 of 财政资金 sum to a budget of 50.00, silently. */
static void negative(ck *k, long line, const pb_amount *a, const char *what, const char *unit)
{
	if (a->set && pb_money_cmp(a->v, pb_money_zero()) < 0)
		ck_emit(k, AT(line), 0, ck_money(k, a->v), "%s is negative: %s %s", what,
		        ck_money(k, a->v), unit);
}

static void r_negative_amount(ck *k)
{
	const pb_project *p = k->p;
	negative(k, p->budget_line, &p->budget, "预算数", "万元");
	negative(k, p->budget_line, &p->fiscal, "财政资金", "万元");
	negative(k, p->budget_line, &p->other, "其他资金", "万元");
	if (!p->schedule_unit)
		return;
	int pct = plan_is(p, "%");
	for (int i = 0; i < PB_NCHECK; i++) {
		const pb_amount *a = &p->schedule[i];
		if (a->set && pb_money_cmp(a->v, pb_money_zero()) < 0)
			ck_emit(k, AT(p->plan_line), 0, ck_money(k, a->v),
			        "spending plan at %s is negative: %s%s", checkpoint_names[i],
			        ck_money(k, a->v), pct ? "%" : " 万元");
	}
}

/* powers of ten from a total's unit to 万元; 0 and *e set, -1 when the
 * unit is not a plain total (元/套 is per unit) */
static int to_wan(const char *u, size_t n, int *e)
{
	static const struct { const char *unit; int e; } units[] = {
		{ "元", -4 }, { "千元", -1 }, { "万", 0 }, { "万元", 0 }, { "亿", 4 }, { "亿元", 4 },
	};
	/* a word after the unit says nothing per unit: 万元整, 万元左右 (a
	 * note in brackets and 以内 the value parser takes off the unit) */
	static const char *const words[] = { "整", "左右" };
	for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
		size_t l = strlen(words[w]);
		if (n > l && !memcmp(u + n - l, words[w], l)) {
			n -= l;
			break;
		}
	}
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (n == strlen(units[i].unit) && !memcmp(u, units[i].unit, n)) {
			*e = units[i].e;
			return 0;
		}
	return -1;
}

/*
 * Does s[0..n) name what a cost is per: 人均, 户均, 单价, 补助标准, 每套 (but
 * 每年: a year's cost is the year's total)?  Said before the number (人均
 * ≤60万元) or in the indicator's name (人均补助标准 | ≤60万元), the cost is
 * per unit as much as ≤60万元/人 is.
 */
static int per_what(const char *s, size_t n)
{
	static const char *const words[] = { "均", "单价", "标准", "单位成本" };
	for (size_t w = 0; w < sizeof words / sizeof *words; w++)
		if (contains_n(s, n, words[w]))
			return 1;
	for (size_t i = 0; i + 3 <= n; i++)
		if (!memcmp(s + i, "每", 3) && (i + 6 > n || memcmp(s + i + 3, "年", 3)))
			return 1;
	return 0;
}

static void r_cost_over_budget(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	const pb_project *p = k->p;
	pb_money m;
	size_t n;
	const char *u = unit_of(in, &n);
	int e;

	if (!is_cost(in) || !p->budget.set || !u || to_wan(u, n, &e) < 0 || number_of(in, &m) < 0)
		return;
	if (per_what(in->value, in->parsed.num_off) ||
	    (in->level3 && per_what(in->level3, strlen(in->level3))))
		return;
	if (pb_money_scale10(&m, e) != PB_MONEY_OK || pb_money_cmp(m, p->budget.v) <= 0)
		return;
	ck_emit(k, in->value_line, i + 1, in->value, "cost 指标值 %s (%s 万元) exceeds the budget %s 万元",
	        ck_show(k, in->value), ck_money(k, m), ck_money(k, p->budget.v));
}

/* ---- text ---- */

/* FNV-1a of s, and of the end of a string: no byte of UTF-8 */
static uint64_t hash_str(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
	return (h ^ 0xFF) * UINT64_C(1099511628211);
}

#define HASH_START UINT64_C(14695981039346656037)

/*
 * twin[i] = 1 + the first item before i equal to it, or 0; items that key
 * skips have none and are no one's.  Through a table of items by hash:
 * comparing each item with all before it was quadratic (30,000 indicator
 * records of a stream that lost its project records took 7 s, 100,000
 * nearly 4 minutes).  -1: out of memory.
 */
static int first_twins(size_t n, int (*key)(const pb_project *, size_t, uint64_t *),
                       int (*eq)(const pb_project *, size_t, size_t), const pb_project *p,
                       size_t *twin)
{
	size_t cap = 16;
	while (cap / 2 < n && cap <= SIZE_MAX / 2)
		cap *= 2;
	size_t *slot = cap / 2 >= n ? calloc(cap, sizeof *slot) : NULL; /* item + 1, 0 empty */
	uint64_t *hash = calloc(n ? n : 1, sizeof *hash);
	if (!slot || !hash) {
		free(slot);
		free(hash);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		twin[i] = 0;
		if (!key(p, i, &hash[i]))
			continue;
		size_t at = (size_t)hash[i] & (cap - 1);
		for (; slot[at]; at = (at + 1) & (cap - 1))
			if (hash[slot[at] - 1] == hash[i] && eq(p, slot[at] - 1, i))
				break;
		if (slot[at])
			twin[i] = slot[at];
		else
			slot[at] = i + 1;
	}
	free(slot);
	free(hash);
	return 0;
}

static int goal_key(const pb_project *p, size_t i, uint64_t *h)
{
	if (blank(p->goals[i])) /* two blanks are not the same text */
		return 0;
	*h = hash_str(HASH_START, p->goals[i]);
	return 1;
}

static int goal_eq(const pb_project *p, size_t i, size_t j)
{
	return same(p->goals[i], p->goals[j]);
}

static void r_goal_repeated(ck *k)
{
	const pb_project *p = k->p;
	size_t *twin = p->ngoals > 1 ? calloc(p->ngoals, sizeof *twin) : NULL;
	if (p->ngoals < 2)
		return;
	if (!twin || first_twins(p->ngoals, goal_key, goal_eq, p, twin) < 0) {
		k->oom = 1;
		free(twin);
		return;
	}
	for (size_t j = 1; j < p->ngoals; j++)
		if (twin[j])
			ck_emit(k, AT(p->goals_line), 0, p->goals[j],
			        "绩效目标 %zu repeats 绩效目标 %zu verbatim: %s", j + 1, twin[j],
			        ck_show(k, p->goals[j]));
	free(twin);
}

static void r_goal_repeats_name(ck *k)
{
	const pb_project *p = k->p;
	for (size_t i = 0; i < p->ngoals; i++)
		if (same(p->goals[i], p->name))
			ck_emit(k, AT(p->goals_line), 0, p->goals[i], "绩效目标 %zu only repeats the project name %s",
			        i + 1, ck_show(k, p->name));
}

static int same_row(const pb_indicator *a, const pb_indicator *b)
{
	return same_cell(a->level1, b->level1) && same_cell(a->level2, b->level2) &&
	       same_cell(a->level3, b->level3) && same_cell(a->description, b->description) &&
	       same_cell(a->value, b->value) && same_cell(a->basis, b->basis);
}

/* a row's six cells, a blank cell as no text: same_row's equality */
static int row_key(const pb_project *p, size_t i, uint64_t *h)
{
	const pb_indicator *in = &p->ind[i];
	const char *cells[] = { in->level1, in->level2, in->level3, in->description, in->value, in->basis };
	*h = HASH_START;
	for (int c = 0; c < 6; c++)
		*h = hash_str(*h, blank(cells[c]) ? "" : cells[c]);
	return 1;
}

static int row_eq(const pb_project *p, size_t i, size_t j)
{
	return same_row(&p->ind[i], &p->ind[j]);
}

static void r_duplicate_indicator(ck *k)
{
	const pb_project *p = k->p;
	size_t *twin = p->nind > 1 ? calloc(p->nind, sizeof *twin) : NULL;
	if (p->nind < 2)
		return;
	if (!twin || first_twins(p->nind, row_key, row_eq, p, twin) < 0) {
		k->oom = 1;
		free(twin);
		return;
	}
	for (size_t i = 1; i < p->nind; i++)
		if (twin[i])
			ck_emit(k, p->ind[i].line, i + 1, p->ind[i].value,
			        "indicator %zu repeats indicator %zu (line %ld) in every column", i + 1,
			        twin[i], p->ind[twin[i] - 1].line);
	free(twin);
}

static void r_basis_repeats_value(ck *k, size_t i)
{
	const pb_indicator *in = IND(k, i);
	if (!same(in->value, in->basis) || pb_placeholder(in->value) || said_by_repeats(k, in))
		return; /* / | /: empty-field's */
	/* at the value's line, as the value rules' findings on the row are
	 * (cell per line put this one at the row's first cell, four lines
	 * above unquantified's on the same value) */
	ck_emit(k, in->value_line, i + 1, in->basis, "指标值确定依据 %s only repeats the 指标值",
	        ck_show(k, in->basis));
}

/* A weight as the template writes it: 30, 30%, 30分, 30.5 (0 when it is
 * none of these) */
static int weight_of(const char *w, pb_money *m)
{
	size_t n = strlen(w);
	if (n >= 1 && w[n - 1] == '%')
		n--;
	else if (n >= 3 && !memcmp(w + n - 3, "分", 3))
		n -= 3;
	return n && pb_money_parse(w, n, m) == PB_MONEY_OK;
}

static void r_weight_not_100(ck *k)
{
	const pb_project *p = k->p;
	pb_money sum = pb_money_zero(), m;
	size_t n = 0;
	long first = 0;

	for (size_t i = 0; i < p->nind; i++) {
		const char *w = p->ind[i].weight;
		if (blank(w))
			continue; /* a merged cell gives its weight to its first row */
		if (!weight_of(w, &m) || pb_money_add(&sum, m) != PB_MONEY_OK)
			return; /* not a number: nothing to add up */
		if (!n++)
			first = p->ind[i].line;
	}
	if (n && pb_money_cmp(sum, whole(100)))
		ck_emit(k, first, 0, ck_money(k, sum),
		        "the weights (权重) of its indicators add up to %s, not 100", ck_money(k, sum));
}

static size_t chars(const char *s)
{
	size_t n = 0, len = strlen(s);
	for (size_t i = 0; i < len; n++) {
		int32_t cp;
		i += (size_t)pb_utf8_decode(s + i, len - i, &cp);
	}
	return n;
}

static void r_code_format(ck *k)
{
	const char *c = k->p->code;
	if (blank(c))
		return;
	size_t n = chars(c);
	if (n != 21)
		ck_emit(k, AT(k->p->code_line), 0, c, "项目编码 %s has %zu characters, not 21", ck_show(k, c), n);
	else if (strlen(c) != 21 || !pb_code_form(c))
		ck_emit(k, AT(k->p->code_line), 0, c,
		        "项目编码 %s is not 6 digits of region, 2 of year, P and 12 digits or capitals",
		        ck_show(k, c));
}

static void r_code_year(ck *k)
{
	const pb_project *p = k->p;
	int y = pb_code_year(p->code);
	if (!y || !p->year || y == p->year)
		return;
	ck_emit(k, AT(p->code_line), 0, p->code, "项目编码 %s says %d (characters 7-8), the filing is for %d",
	        ck_show(k, p->code), y, p->year);
}

static void r_duplicate_code(ck *k)
{
	const pb_project *p = k->p;
	if (blank(p->code))
		return;
	long first = ck_code_before(k, p->code, AT(p->code_line));
	if (first)
		ck_emit(k, AT(p->code_line), 0, p->code,
		        "项目编码 %s is also the code of the project at line %ld of this filing",
		        ck_show(k, p->code), first);
}

/*
 * Is an unparsed record's text a page number alone (7, - 7 -, 第 7 页,
 * －７－), which a PDF prints on every page and a page break leaves
 * inside a table?  pbtable keeps the line, as it keeps every line it does
 * not read; reported as unparsed, an error, every filing with a page
 * break inside a table failed a cron run that fails on errors.  Judged
 * from the text, so records of any pbtable and of a raw filing read
 * alike.
 */
static int page_number_alone(ck *k, const pb_unparsed *u)
{
	if (!u->text || u->end_line > u->line)
		return 0;
	size_t n = strlen(u->text);
	while (n && (u->text[n - 1] == '\n' || u->text[n - 1] == '\r'))
		n--;
	if (!n || n > 64 || memchr(u->text, '\n', n))
		return 0;
	pb_buf key = PB_BUF_INIT;
	int r = 0;
	if (pb_line_key(&key, u->text, n) < 0)
		k->oom = 1; /* then it is reported as unparsed: the safe side */
	else
		r = key.len && pb_page_number_at(key.ptr, key.len) == 0;
	pb_buf_free(&key);
	return r;
}

static void r_page_noise(ck *k)
{
	const pb_project *p = k->p;
	for (size_t i = 0; i < p->nunp; i++)
		if (page_number_alone(k, &p->unp[i]))
			ck_emit(k, p->unp[i].line, 0, NULL,
			        "line %ld not read: a page number alone, no part of the table",
			        p->unp[i].line);
}

/*
 * Is the unparsed record about part of a row that was read: its one line
 * that of an indicator row or of a project field's row?  A tab-grid row
 * wider than its header is read, but for the cell under no column; "line
 * 65 not read" said the indicator was missing from every total.  The
 * reason (pbtable's) says which part, or what reading it took a guess
 * at (amounts taken as 万元).  Cell per line gives a cell its own line:
 * that line was not read.
 */
static int part_of_read_row(const pb_project *p, const pb_unparsed *u)
{
	int plan = 0;
	for (int i = 0; i < PB_NCHECK; i++)
		plan |= p->schedule[i].set;
	if (u->end_line > u->line)
		return 0;
	/* a field's row that gave nothing (预算数, 财政资金, 其他资金 left
	 * null) was not read */
	if ((u->line == p->code_line && !blank(p->code)) ||
	    (u->line == p->budget_line && (p->budget.set || p->fiscal.set || p->other.set)) ||
	    (u->line == p->plan_line && plan) || (u->line == p->goals_line && p->ngoals))
		return 1;
	for (size_t i = 0; i < p->nind; i++)
		if (u->line == p->ind[i].line || u->line == p->ind[i].value_line)
			return 1;
	return 0;
}

static void r_unparsed(ck *k)
{
	const pb_project *p = k->p;
	for (size_t i = 0; i < p->nunp; i++) {
		const pb_unparsed *u = &p->unp[i];
		if (page_number_alone(k, u)) /* page-noise's */
			continue;
		/* the reason is pbtable's own sentence (quoting at most 100
		 * characters of the filing): cut short it says nothing */
		const char *why = blank(u->reason) ? "no reason given" :
		                  ck_shown_upto(k, u->reason, strlen(u->reason), 200);
		/* a table with no indicator table: its lines were read, as
		 * its fields; "not read" said they were lost */
		int table = u->reason && !strcmp(u->reason, PB_NO_INDICATOR_TABLE);
		if (u->end_line > u->line)
			ck_emit(k, u->line, 0, NULL, "lines %ld-%ld %s: %s", u->line, u->end_line,
			        table ? "read, but" : "not read", why);
		else if (table)
			ck_emit(k, u->line, 0, NULL, "line %ld read, but: %s", u->line, why);
		else
			ck_emit(k, u->line, 0, NULL, "line %ld %s: %s", u->line,
			        part_of_read_row(p, u) ? "read, but" : "not read", why);
	}
}

/* ---- the table ---- */

#define PRACTICE "practice"
#define ZF34 "中发〔2018〕34号 (targets cover 产出, 成本, 效益 and 满意度; finance departments review them)"
#define CY101 "财预〔2021〕101号 (indicators 细化、量化: quantitative where possible, graded where not)"

const pb_rule_def pb_rule_defs[] = {
	/* structure */
	{ { "level1-unknown", PB_SEV_ERROR,
	    "一级指标 outside the framework (产出指标, 效益指标, 满意度指标, 成本指标)",
	    "The level-1 name of an indicator is none of the framework's four: 产出指标, 效益指标, "
	    "满意度指标 and, in newer filings, 成本指标.  Reviews and totals group indicators by "
	    "these names, so an indicator under another heading drops out of all of them.  "
	    "Usually a typo, a cell read from the wrong row, or a local name (效果指标) for one "
	    "of the four.  A name without its 指标 (产出, 效益) is the framework's, as one with "
	    "its weight (产出指标（50分）) is.",
	    PRACTICE " (the framework of the indicator tables, whose kinds 中发〔2018〕34号 lists)",
	    "效果指标 | 社会效益指标 | 群众获得感 | … | 有效提升" },
	  NULL, r_level1_unknown, 0 },
	{ { "level2-unknown", PB_SEV_ERROR, "二级指标 outside the framework",
	    "The level-1 name is right but the level-2 name is none of the framework's: 数量指标, "
	    "质量指标, 时效指标, 成本指标 under 产出指标; 经济效益指标, 社会效益指标, 生态效益指标, "
	    "可持续影响指标 under 效益指标; 服务对象满意度指标 (or 社会公众或服务对象满意度指标, "
	    "社会公众满意度指标, as many templates word it) under 满意度指标; 经济成本指标, "
	    "社会成本指标, 生态环境成本指标 under 成本指标.  Each may be written without its 指标 "
	    "(数量, 经济效益).  Not checked when the level-1 name is itself unknown.",
	    PRACTICE " (the framework of the indicator tables)", "产出指标 | 进度指标 | …" },
	  NULL, r_level2_unknown, 0 },
	{ { "level2-wrong-level1", PB_SEV_ERROR, "二级指标 under the wrong 一级指标",
	    "The level-2 name is in the framework, but under another level-1: 社会效益指标 under "
	    "产出指标.  Usually a merged level-1 cell carried one row too far, or a row pasted "
	    "into the wrong block; the indicator is counted in the wrong group either way.",
	    PRACTICE " (the framework of the indicator tables)", "产出指标 | 社会效益指标 | …" },
	  NULL, r_level2_wrong_level1, 0 },
	{ { "no-output-indicator", PB_SEV_ERROR, "project has no 产出指标 indicator",
	    "The project has indicators, but none under 产出指标: nothing says what the money "
	    "buys, so there is nothing to hold the output to.  A project with no indicator rows "
	    "at all is reported once, by empty-field.",
	    ZF34, "a table whose rows are all 效益指标 and 满意度指标" },
	  r_no_output, NULL, 0 },
	{ { "no-benefit-indicator", PB_SEV_ERROR, "project has no 效益指标 indicator",
	    "The project has indicators, but none under 效益指标: nothing says what the output "
	    "is for.  A project with no indicator rows at all is reported by empty-field.",
	    ZF34, "a table whose rows are all 产出指标 and 满意度指标" },
	  r_no_benefit, NULL, 0 },
	{ { "no-satisfaction-indicator", PB_SEV_WARNING, "project has no 满意度指标 indicator",
	    "The project has indicators, but none under 满意度指标.  Satisfaction of those "
	    "served is one of the kinds of target asked for; some internal running costs have "
	    "no one outside to ask, hence a warning rather than an error.",
	    ZF34, "a table with 产出指标 and 效益指标 rows only" },
	  r_no_satisfaction, NULL, 0 },
	{ { "no-cost-indicator", PB_SEV_INFO, "project has no cost indicator",
	    "No indicator is a cost indicator: none is 成本指标 under 产出指标, none sits under "
	    "a 成本指标 level-1.  Cost is one of the kinds of target asked for, and newer "
	    "templates make it a level-1 of its own; older filings often have none, hence info.",
	    ZF34, "a table with no 成本指标 row" },
	  r_no_cost, NULL, 0 },
	{ { "empty-field", PB_SEV_ERROR, "a required field is empty",
	    "A field the review needs is blank: the project's 项目编码, 项目名称 (also when "
	    "pbtable named the project after its title, name_from), 预算数 or "
	    "绩效目标 (or one goal line), an indicator's 一级, 二级 or 三级指标 name, its 指标值 "
	    "or its 指标值确定依据 (not asked for when the table has no such column, basis_column "
	    "false); a cell holding only a dash, a slash or 无 (/, -, —, 无) is empty too; "
	    "or the project has no indicator rows at all, or no spending "
	    "plan row (资金支出计划 is missing; a blank plan is plan-not-budget's or "
	    "plan-not-100's).  Completeness "
	    "(完整性) is the first thing a 绩效目标审核 looks at.  A 预算数 that is written but "
	    "cannot be read is the unparsed rule's, not empty (with unparsed off, "
	    "empty-field says it could not be read).",
	    PRACTICE " (the 完整性 part of 绩效目标审核)",
	    "产出指标 | 数量指标 | 购置数量 | 购置数量 | ≥6台 | (blank)" },
	  r_empty_project, r_empty_indicator, 0 },
	/* values */
	{ { "percent-over-100", PB_SEV_ERROR, "a percentage above 100",
	    "A value in % above 100 (or >100%), in ‰ above 1000 (1001‰), or a bare number above 100 under a name marked % ((%), "
	    "（%） or （百分比） in the 三级指标, or in the description: 良好率（%） 100100) or under a "
	    "name that is a share (ending in 率 or 度, or in 比例, 占比, 比重 or 百分比, as rate-unit "
	    "reads it: 群众满意度 100100, 资金使用比例 100100; filings drop the % the header "
	    "implies).  Rates, shares and degrees cannot pass 100%; 100100% is "
	    "100% typed twice, and makes the target meaningless.  Indicators that measure a "
	    "change (增长, 增速, 增幅, 幅度, 同比, 环比, 较上年 in the name, or in the description "
	    "of one whose name is no rate or degree: 满意度 stays a share whatever the description "
	    "says; 增加, 提升, 提高, 上升, 增收, 超额 in the name only: a description's 提高服务质量 "
	    "states a purpose) may pass 100% and are left alone.  So are multiples and ratios of "
	    "two quantities, which are no shares: a name holding 倍数, 倍率, 放大, 杠杆, 产出比 or "
	    "比值, or ending in X与Y比 or X与Y之比 (财政资金放大倍数 ≥300%, 投入产出比 ≥120%, "
	    "社会资本与财政资金之比 ≥150%).  A …比例, …占比 or …比重 is a share, and is "
	    "reported (带动社会投资比例 ≥300%).",
	    PRACTICE, "质量指标 | 会议效果良好率 | … | 100100%" },
	  NULL, r_percent_over_100, 0 },
	{ { "rate-unit", PB_SEV_ERROR, "a rate or degree whose unit is not a percentage",
	    "The indicator is a rate or a degree (its level-3 name ends in 率 or 度, or in 比例, "
	    "占比, 比重 or 百分比, or holds a % or （百分比）, or its description is marked (%), "
	    "（%） or （百分比）) but the value is a number in another unit: "
	    "100次 for a 处置率, ≥30次 for a 本地采购占比.  Either the name or the value is "
	    "wrong, and the target cannot "
	    "be assessed as a rate.  Left alone: a bare number (≥95), a rate in ‰ or in "
	    "percentage points (个百分点), names ending in 度 that measure something else "
	    "(长度, 温度, 年度, 进度, 额度, 浓度, 精度, 平整度, 照度 …) or count people and times "
	    "(参与度, 关注度, 曝光度, 传播度, 活跃度, 广度: ≥1000人次), 频率 and 频度 (≥2次/周), 功率, 速率, 分辨率, "
	    "周转率 (≥4次) and 效率 (often a time: ≤3个工作日), multiples and ratios as "
	    "percent-over-100 reads them (放大倍率 ≥3倍, 杠杆率), a degree scored in 分, a share in "
	    "tenths (不低于九成, 9成: 90%), and a value in a unit of measure (≤35微克/立方米, ≤5mm, "
	    "≥300lx, ≤0.05米): a physical quantity, whatever its name ends in.",
	    PRACTICE, "质量指标 | 信息系统漏洞处置率（%） | … | 100次" },
	  NULL, r_rate_unit, 0 },
	{ { "value-repeats-name", PB_SEV_ERROR, "a value that only repeats its indicator's name",
	    "The 指标值 is the indicator's own level-3 name, or its level-2 or level-1 name "
	    "(生态效益指标 in every column; 生态效益 for 生态效益指标 counts too, and so does a "
	    "value or name ending in 。, ； or ，).  "
	    "That is no target: nothing can be measured against it.  Typical of rows filled in "
	    "only to complete the form.  A unit mark in brackets ending the value or the "
	    "name, （%）, （百分比）, (人), （万元）, is set aside, and the two widths of bracket are "
	    "one: 群众满意度 and 群众满意度（%） repeat 群众满意度(%); a note in brackets "
	    "(群众满意度（较高）) is no unit, and says more.  A value that reads as a number or "
	    "a date (≥95%) is a target; so is one that only the description repeats (完成时限 | 按时完成 | "
	    "按时完成): the description was filled in with the target.",
	    PRACTICE, "效益指标 | 经济效益指标 | 经济效益指标 | 经济效益指标 | 经济效益指标" },
	  NULL, r_value_repeats_name, 0 },
	{ { "unquantified", PB_SEV_ERROR, "a 数量 or cost indicator with no number",
	    "A 数量指标 or a cost indicator whose value holds no number that counts: 按要求控制成本, "
	    "完成任务, a sign before words (≤预算数), or only a year, a date or a document's "
	    "number (控制在2024年预算内, "
	    "按1号文件执行, 2024年12月底前, 2025-12-31, 1-12月).  Quantities and costs can always "
	    "be counted, so they must be.  Not reported when the value only repeats the "
	    "indicator's name (value-repeats-name says so).  A quantity in Chinese numerals "
	    "(十次, ≥十台, 不超过两万元, 不低于九成, ≥百分之九十五) is a number, as in digits; "
	    "nor is one reported whose number does not read (≥一万二台, elided: 12000 or "
	    "10002?), or numerals in text (每人每年一千元), as 每人每年1000元 is not.",
	    CY101, "产出指标 | 数量指标 | 项目数量 | 项目数量 | 完成任务" },
	  NULL, r_unquantified, 0 },
	{ { "date-outside-year", PB_SEV_WARNING, "a 时效 date outside the filing's year",
	    "A 时效指标 whose value is a date in another year than the filing's: 2025年6月底前 "
	    "in a 2024 filing, or 2025.06 (under a 时效指标 a year and a month joined by a point "
	    "are that month).  An annual budget's targets fall due within its year; a date "
	    "outside it is usually last year's table copied, or a typo.  A warning, since "
	    "projects can span years.",
	    PRACTICE, "产出指标 | 时效指标 | 完成时间 | … | 2023年12月31日前" },
	  NULL, r_date_outside_year, 0 },
	{ { "value-partial", PB_SEV_ERROR, "a value that parses only partly (garbled)",
	    "The value starts like a number or a date and then goes wrong: a stray digit in "
	    "front of a year (≤62024年6月底), month 13, a range (90%-100%, 1-2次, 3至5天, 90%到95%, "
	    "3到5个工作日, ≥90%且≤100%), a ratio (1:2000, 1∶2000, "
	    "1比1), a "
	    "comparison sign with nothing after it, or with another sign or a stray mark after "
	    "it (≥%, ≥≥90%).  Reading a target out of it would mean "
	    "guessing, so it cannot be assessed as written.  A quantity in Chinese numerals "
	    "reads as in digits: ≥十台 is a number, 三至五天 a range as 3至5天 is; one whose "
	    "number does not read (≥一万二台) is none.  Nor are words after "
	    "a sign (≥上年水平, ≤国家标准, ≥Ⅲ类, ≥AA级): a target relative to another or a grade, "
	    "as 不低于上年 is.  A period within a "
	    "year (2024年1-12月, 2024年1月至6月) is no range either: it is read as the date it "
	    "ends on.  Nor is a 到 that is a word's or a deadline's, not between a number and "
	    "the next (达到95%, ≥95%，力争达到98%, ≥95%，到2025年底).",
	    PRACTICE, "时效指标 | 按期完成率 | … | ≤62024年6月底" },
	  NULL, r_value_partial, 0 },
	/* money */
	{ { "budget-sum", PB_SEV_ERROR, "预算数 is not 财政资金 + 其他资金",
	    "The budget is not the sum of its sources, 财政资金 + 其他资金, a blank 其他资金 "
	    "counting as 0 (a source written but not read is the unparsed rule's, and leaves "
	    "this one silent).  So is an amount of the budget's rows under a label pbtable reads "
	    "as neither (政府性基金, 国有资本经营预算, 上级补助), on the budget row or a row of its "
	    "own: while 财政资金 + 其他资金 fall short of the budget it may be the difference, and "
	    "this rule is silent; above the budget no further source explains them.  A difference is a typo in one of the three amounts, or money from "
	    "a source nobody named.  Compared exactly, in 万元.  Reported at the budget row (the project's line when the row is not known).",
	    PRACTICE, "预算数 100.00 | 其中：财政资金 90.00 | 其他资金 (blank)" },
	  r_budget_sum, NULL, 0 },
	{ { "plan-decreasing", PB_SEV_ERROR, "a cumulative amount plan that decreases",
	    "A spending plan in amounts (累计支出金额) is cumulative, so it cannot go down from "
	    "one checkpoint to a later one.  Usually the plan was written per period, or two "
	    "cells are swapped.  One finding per plan, naming every fall; when the values sum to "
	    "the budget (40, 30, 20, 10 of 100 under a 累计 label) it says the plan looks written "
	    "per period.  Reported at the spending plan's row (the project's line when the row is not known).  "
	    "Not for amounts that sum to the budget without rising to it and no 累计 label: "
	    "pbtable reads them as spent per period.  Nor for a plan that neither ends at the "
	    "budget nor sums to it (25, 25, 25, 20 of 100): plan-not-budget says so, with every "
	    "value.  A plan value written but not read "
	    "(5O.00) is the unparsed rule's, and leaves this one silent: whether the plan is "
	    "per period cannot be told without it.",
	    PRACTICE, "累计支出金额 | 3月底 2.00 | 6月底 1.50 | …" },
	  r_plan_decreasing, NULL, 0 },
	{ { "plan-not-budget", PB_SEV_ERROR, "a cumulative amount plan that does not end at the budget",
	    "The last filled checkpoint of a spending plan in amounts differs from 预算数: by "
	    "year end the plan has to account for the whole budget, no more and no less.  A "
	    "blank amount plan fires too.  A plan that falls and does not sum to the budget either is "
	    "no cumulative one: the message gives its values and their sum (25+25+25+20 = 95 万元 "
	    "neither rises to nor sums to the budget 100 万元).  Values that sum to the budget "
	    "under a 累计 label look written per period, and the message says so (plan-decreasing "
	    "says it instead when they also fall).  "
	    "Reported at the spending plan's row (the project's line when the row is not known).  "
	    "Not for amounts that sum to the budget without rising to it and no 累计 label: "
	    "pbtable reads them as spent per period.  A plan value written but not read "
	    "(12月底 5O.00) is the unparsed rule's, and leaves this one silent: the plan ends "
	    "where it cannot be read, not at the last value that can.",
	    PRACTICE, "预算数 3.50 | 累计支出金额 … 12月底 3.40" },
	  r_plan_not_budget, NULL, 0 },
	{ { "plan-not-100", PB_SEV_ERROR, "a percentage plan that neither sums to 100 nor rises to 100",
	    "A spending plan in percent (资金支出计划（%）) is either per period, summing to 100, "
	    "or cumulative, rising to 100 at its last checkpoint; one whose label says 累计 "
	    "(累计支出进度（%）) is cumulative, and has to rise to 100 whatever its values sum "
	    "to.  One that is neither leaves "
	    "part of the budget unplanned, or plans more than all of it: 25%+25%+25% covers "
	    "three quarters.  Values that rise and sum past 100 are cumulative: the message "
	    "says where they stop (rises only to 90% (10月底)), not what they sum to; so "
	    "does a 累计 plan's, and one that falls says where.  "
	    "A blank percentage plan fires too.  "
	    "Reported at the spending plan's row (the project's line when the row is not known).  "
	    "A plan value written but not read (1O%, 约10%) is the unparsed rule's, and leaves "
	    "this one silent: 1O% 30% 30% 40% is not judged on 30+30+40 alone.",
	    PRACTICE, "资金支出计划（%） | 3月底 25% | 6月底 25% | 10月底 25% | 12月底 (blank)" },
	  r_plan_not_100, NULL, 0 },
	{ { "plan-over-budget", PB_SEV_ERROR, "a plan checkpoint above the budget or above 100%",
	    "A checkpoint of the spending plan is above the budget (plan in amounts) or above "
	    "100% (plan in percent): no checkpoint can plan to spend more than there is.  "
	    "Reported at the spending plan's row (the project's line when the row is not known).",
	    PRACTICE, "预算数 3.50 | 累计支出金额 … 12月底 4.00" },
	  r_plan_over_budget, NULL, 0 },
	{ { "negative-amount", PB_SEV_ERROR, "an amount or a plan value below zero",
	    "预算数, 财政资金, 其他资金 or a checkpoint of the spending plan (in amounts or in "
	    "percent) is below zero.  No project budgets, is funded with or plans to spend less "
	    "than nothing: the minus is a typo, or a correction written into the wrong form.  "
	    "pbsum adds the amounts as pbtable read them, so a negative one lowers every total "
	    "it is in, and may make another rule pass: 财政资金 55.00 and 其他资金 -5.00 sum to "
	    "a budget of 50.00.  Each is reported at the row that holds it, the budget row or "
	    "the spending plan's (the project's line when that row is not known).  An amount "
	    "in accounting's brackets, (5.00), is not read at all: the unparsed rule's.",
	    PRACTICE, "预算数 50.00 | 其中：财政资金 55.00 | 其他资金 -5.00" },
	  r_negative_amount, NULL, 0 },
	{ { "cost-over-budget", PB_SEV_ERROR, "a cost indicator whose total exceeds the budget",
	    "A cost indicator states a total (its unit is 元, 千元, 万元, 万, 亿元 or 亿, with no "
	    "per-unit part; a note after the unit, 整, 左右, 以内 or （含税）, is none) larger than the project's whole budget: ≤3000万元 for a 100万元 "
	    "project.  Usually the unit is wrong (元 written as 万元).  Per-unit costs "
	    "(≤120元/套, ≤8万/人, 人均≤60万元, 每套≤60万元, or a 三级指标 named 单价, 人均…, "
	    "…标准) are not totals and are left alone.",
	    PRACTICE, "预算数 100.00 … 成本指标 | 项目总成本 | … | ≤3000万元" },
	  NULL, r_cost_over_budget, 0 },
	{ { "weight-not-100", PB_SEV_WARNING, "indicator weights that do not add up to 100",
	    "The table has a 权重 column (the national template's) and the weights written in "
	    "it add up to more or less than 100: 30+30+20+10 leaves a tenth of the score to "
	    "nothing.  A blank weight counts as none (a merged cell gives its weight to its first "
	    "row); a weight is a number as the template writes it (30, 30%, 30分, 30.5), and one "
	    "that is none (高, 三十) leaves the rule silent.  "
	    "Reported at the first row with a weight.",
	    PRACTICE, "权重（%） | 30 | 30 | 20 | 10" },
	  r_weight_not_100, NULL, 0 },
	/* text */
	{ { "goal-repeated", PB_SEV_WARNING, "a goal line repeated verbatim",
	    "Two goal lines (绩效目标) of one project are the same text.  The second says "
	    "nothing the first did not; usually copy-paste filler.  Reported at the goals row (the project's line when the row is not known).",
	    PRACTICE, "绩效目标 1.完成支付 2.完成支付" },
	  r_goal_repeated, NULL, 0 },
	{ { "goal-repeats-name", PB_SEV_WARNING, "a goal line that only repeats the project name",
	    "A goal line is the project's name and nothing more.  A name is not a goal: the "
	    "goal should say what the money is to achieve.  "
	    "Reported at the goals row (the project's line when the row is not known).",
	    PRACTICE, "项目名称 专项业务经费 … 绩效目标 1.专项业务经费" },
	  r_goal_repeats_name, NULL, 0 },
	{ { "duplicate-indicator", PB_SEV_WARNING, "two indicator rows identical in every column",
	    "Two indicator rows of one project agree in every column (levels, description, "
	    "value, basis).  A duplicate inflates the count and usually stands where another "
	    "indicator was meant.  Reported at the second row.",
	    PRACTICE, "the same 数量指标 row twice" },
	  r_duplicate_indicator, NULL, 0 },
	{ { "basis-repeats-value", PB_SEV_WARNING, "a basis that only repeats the value",
	    "The 指标值确定依据 is the 指标值 again: 完成任务 | 完成任务.  The basis should say "
	    "where the value comes from (a plan, a standard, last year's figure, a contract).  "
	    "Not reported when the value only repeats the indicator's name (value-repeats-name "
	    "says more).  Reported at the 指标值's line, as the value rules' findings are (cell "
	    "per line: not at the row's first cell).",
	    PRACTICE, "… | 完成任务 | 完成任务" },
	  NULL, r_basis_repeats_value, 0 },
	{ { "code-format", PB_SEV_ERROR, "a project code that is not 21 characters of the right form",
	    "The project code (项目编码) is not 21 characters of the form 6-digit region, 2-digit "
	    "year, P, 12 digits or capital letters (13018624P008549100030).  A malformed code "
	    "matches nothing in the budget system.",
	    PRACTICE " (the code structure of the budget system, see DOMAIN.md)",
	    "项目编码 13081124P00004910005" },
	  r_code_format, NULL, 0 },
	{ { "code-year", PB_SEV_WARNING, "a project code whose year differs from the filing's",
	    "The year in the project code (characters 7-8) is not the filing's year.  Codes are "
	    "given when a project enters the project library, so a continuing project may keep "
	    "an older year; still worth a look, since last year's table copied carries last "
	    "year's code.  A filing with no cover states no year of its own: each project's is "
	    "then its code's, and the rule has nothing to compare (pbsum -g year,code shows "
	    "the years of such a filing's codes).",
	    PRACTICE, "项目编码 13081123P000049100058 in a 2024 filing" },
	  r_code_year, NULL, 0 },
	{ { "duplicate-code", PB_SEV_ERROR, "two projects of one filing with the same code",
	    "Two project tables of one filing carry the same 项目编码.  The code is the project's "
	    "key in the budget system: either one project is filed twice, and its money counted "
	    "twice in every total, or one table has another project's code.  Reported at the "
	    "second, naming the first.  Within a filing only, so memory stays bounded; across "
	    "files, pbsum -g code counts the projects of each code.  A filing given twice "
	    "(pbcheck a a, or its records twice in one stream) is two filings, each checked "
	    "alone: its project numbers and lines start again.",
	    PRACTICE, "项目编码 13018624P000001100001 on two tables of one filing" },
	  r_duplicate_code, NULL, 0 },
	{ { "page-noise", PB_SEV_INFO, "a page number inside a project table",
	    "A line of a project table that is only a page number (7, - 7 -, 第 7 页 共 10 页): "
	    "a PDF prints one on every page, and a page break inside a table leaves it between "
	    "the rows.  pbtable keeps it as an unparsed record, as it keeps every line it does "
	    "not read, and reads the table on after it; it is no data, hence info.  Any other "
	    "line not read is the unparsed rule's.",
	    PRACTICE " (of this tool: nothing is dropped silently)",
	    "a line 7 between two indicator rows" },
	  r_page_noise, NULL, 1 },
	{ { "unparsed", PB_SEV_ERROR, "part of a project table that could not be read",
	    "pbtable could not turn part of a project table into records; the message gives "
	    "its reason.  A line that holds a row that was read (a tab-grid indicator row with "
	    "a cell under no column of the header, a budget row with an amount under an "
	    "unknown label) is \"line N read, but:\" and the reason; so are the lines of a "
	    "project table that has no indicator table (\"lines N-M read, but: no indicator "
	    "table\"), its fields read; any other, \"line N not read:\".  Nothing that could not be read has been checked, so a person has to "
	    "look.  This is also where parser problems show.  A page number alone is "
	    "page-noise's.",
	    PRACTICE " (of this tool: nothing is dropped silently)",
	    "a row outside the indicator columns" },
	  r_unparsed, NULL, 1 },
};

const size_t pb_nrules = sizeof pb_rule_defs / sizeof pb_rule_defs[0];
