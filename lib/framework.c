#include "framework.h"

#include <string.h>

const char *const pb_l1_names[PB_NL1] = { "产出指标", "效益指标", "满意度指标", "成本指标" };

static const char *const l2_names[PB_NL1][5] = {
	{ "数量指标", "质量指标", "时效指标", "成本指标", NULL },
	{ "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", NULL },
	/* and the wording many local templates print (the review of r16
	 * traced it to 财预〔2020〕10号): a department using it had every
	 * satisfaction row level2-unknown, and a tab grid cell cut as
	 * 社会公众或服务对象满意度指 / 标 was not joined */
	{ "服务对象满意度指标", "社会公众或服务对象满意度指标", "社会公众满意度指标", NULL },
	{ "经济成本指标", "社会成本指标", "生态环境成本指标", NULL },
};

/*
 * The length of s without a trailing weight: （50分）, (20分), （10.5分）
 * or （权重20%）.  Scoring templates print it after each level name; a
 * filing without the defects of DOMAIN.md got eight findings for it.
 */
static size_t name_len(const char *s)
{
	size_t n = strlen(s);
	const char *close = NULL;
	if (n >= 3 && !memcmp(s + n - 3, "）", 3))
		close = s + n - 3;
	else if (n >= 1 && s[n - 1] == ')')
		close = s + n - 1;
	if (!close)
		return n;
	/* back to the opening bracket, over digits, '.', 分, 权重 and % only */
	const char *p = close;
	int digits = 0;
	while (p > s) {
		if (p - s >= 3 && !memcmp(p - 3, "（", 3))
			return digits ? (size_t)(p - 3 - s) : n;
		if (p[-1] == '(')
			return digits ? (size_t)(p - 1 - s) : n;
		if (p[-1] >= '0' && p[-1] <= '9')
			digits = 1, p--;
		else if (p[-1] == '.' || p[-1] == '%')
			p--;
		else if (p - s >= 3 && (!memcmp(p - 3, "分", 3) || !memcmp(p - 3, "％", 3)))
			p -= 3;
		else if (p - s >= 6 && !memcmp(p - 6, "权重", 6))
			p -= 6;
		else
			return n;
	}
	return n;
}

/*
 * s[0..n), its weight cut off, is name; with short, or name without its
 * 指标: many templates head the columns 一级指标, 二级指标 and fill them
 * 产出, 数量, 效益, 满意度.  Every short form is one name's alone (成本 is
 * 成本指标, the level-1 name and the level-2 one under 产出指标, as the
 * long form is), so the review guesses nothing; read as unknown, each
 * such row was a level1-unknown error and lost the cost, quantity and
 * date checks.  pbtable reads the exact names only: the short one is
 * also the first half of a name a line break cut (产出 / 指标).
 */
static int eq(const char *s, size_t n, const char *name, int short_ok)
{
	static const char tail[] = "指标";
	size_t k = strlen(name), t = sizeof tail - 1;
	if (n == k)
		return !memcmp(s, name, k);
	return short_ok && n && n + t == k && !memcmp(name + n, tail, t) && !memcmp(s, name, n);
}

static int l1_index(const char *s, int short_ok)
{
	size_t n = s ? name_len(s) : 0;
	for (int i = 0; s && i < PB_NL1; i++)
		if (eq(s, n, pb_l1_names[i], short_ok))
			return i;
	return -1;
}

/* the name's length is measured once for all the names it is tried on:
 * pbtable asks of every row whose level-1 cell is merged */
static int under(int l1, const char *s, size_t n, int short_ok)
{
	for (int j = 0; l1 >= 0 && l1 < PB_NL1 && l2_names[l1][j]; j++)
		if (eq(s, n, l2_names[l1][j], short_ok))
			return 1;
	return 0;
}

static int l2_parent(const char *s, int short_ok)
{
	size_t n = s ? name_len(s) : 0;
	for (int i = 0; s && i < PB_NL1; i++)
		if (under(i, s, n, short_ok))
			return i;
	return -1;
}

int pb_framework_same(const char *s, const char *name)
{
	return s && eq(s, name_len(s), name, 0);
}

int pb_l1_index(const char *s)
{
	return l1_index(s, 0);
}

int pb_l2_under(int l1, const char *s)
{
	return s && under(l1, s, name_len(s), 0);
}

int pb_l2_parent(const char *s)
{
	return l2_parent(s, 0);
}

int pb_review_same(const char *s, const char *name)
{
	return s && eq(s, name_len(s), name, 1);
}

int pb_review_l1(const char *s)
{
	return l1_index(s, 1);
}

int pb_review_l2_under(int l1, const char *s)
{
	return s && under(l1, s, name_len(s), 1);
}

int pb_review_l2_parent(const char *s)
{
	return l2_parent(s, 1);
}

int pb_code_form(const char *c)
{
	for (int i = 0; i < 8; i++)
		if (c[i] < '0' || c[i] > '9')
			return 0;
	if (c[8] != 'P')
		return 0;
	for (int i = 9; i < 21; i++)
		if (!((c[i] >= '0' && c[i] <= '9') || (c[i] >= 'A' && c[i] <= 'Z')))
			return 0;
	return 1;
}

/*
 * A cell filled in with a mark that says nothing: a dash, a slash or 无,
 * alone.  Chinese forms mark a cell left empty so; as text, it passed
 * the completeness review (a project whose only goal is 无, a target of
 * /); in an amount cell, it is none (其他资金 -).  The mark, else NULL.
 * pbtable's funds cells and pbcheck's empty-field read it alike.
 */
const char *pb_placeholder(const char *s)
{
	static const struct { const char *w; size_t l; } marks[] = {
#define M(w) { w, sizeof w - 1 }
		M("/"), M("／"), M("\\"), M("-"), M("－"), M("--"), M("—"), M("——"), M("–"),
		M("无"), M("暂无"), M("空"),
#undef M
	};
	if (!s)
		return NULL;
	while (*s == ' ' || *s == '\t')
		s++;
	/* every cell of every row comes here: a first byte no mark starts
	 * with, or more than a mark's 6 bytes, and it is none */
	unsigned char c = (unsigned char)*s;
	if (c != '/' && c != '\\' && c != '-' && c != 0xE2 && c != 0xE6 && c != 0xE7 && c != 0xEF)
		return NULL;
	size_t n = strnlen(s, 16);
	if (n == 16)
		return NULL;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (size_t w = 0; w < sizeof marks / sizeof marks[0]; w++)
		if (n == marks[w].l && !memcmp(s, marks[w].w, n))
			return marks[w].w;
	return NULL;
}
