/*
 * A table's unit label (单位：元) and a department's unit line (512001
 * 某某局): where a name ends and the currency starts.
 */
#include "heading_impl.h"

#include <string.h>

#include "compiler.h"
#include "utf8.h"

/* Each site that reads a label asks these, so that a word added here is
 * read everywhere: 货币单位：元 read as no label left the amounts in 万元
 * (x10000). */
static const char *const unit_words[] = { "金额", "计量", "货币", "资金" };
enum { N_UNIT_WORDS = sizeof unit_words / sizeof *unit_words };

size_t pb_unit_word(const char *s, size_t n)
{
	if (n < 6)
		return 0;
	for (size_t w = 0; w < N_UNIT_WORDS; w++)
		if (!memcmp(s, unit_words[w], 6))
			return 6;
	return 0;
}

size_t pb_unit_word_before(const char *p, size_t avail)
{
	return avail >= 6 ? pb_unit_word(p - 6, 6) : 0;
}

size_t pb_unit_rmb(const char *s, size_t n)
{
	return starts(s, n, "人民币") ? 9 : 0;
}

static size_t word_alone(const char *s, size_t n);
static size_t bare_currency(const char *s, size_t n);

/* s[0..n), blanks, tabs and bars trimmed, is one unit label cell
 * (单位：元, 金额单位：万元, （单位：元）): what may share a row with a
 * table's title. */
int pb_unit_label(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '|' || *s == '\r'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '|' || s[n - 1] == '\r'))
		n--;
	if (!n || n > 48 || memchr(s, '|', n) || memchr(s, '\t', n))
		return 0;
	/* 单位：元, 单位：万元, （单位：元）: what title_unit_end looks for
	 * first */
	if (s[n - 1] != ')' && !ends_with(s, n, "元") && !ends_with(s, n, "）"))
		return 0;
	int open = starts(s, n, "（") ? 3 : *s == '(';
	s += open, n -= open;
	size_t w = pb_unit_word(s, n);
	s += w, n -= w;
	return starts(s, n, "单位") || (w && word_alone(s, n) != (size_t)-1) ||
	       (open && !w && bare_currency(s, n) != (size_t)-1);
}

/* Past an opening bracket at s[i..n), full-width or not: the new i */
static size_t past_open(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '(')
		return i + 1;
	return starts(s + i, n - i, "（") ? i + 3 : i;
}

static size_t past_blanks(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '|'))
		i++;
	return i;
}

/* Past a run of markdown emphasis (* or _) at s[i..n): the new i, the
 * mark in *m (0: none) */
static size_t past_marks(const char *s, size_t i, size_t n, char *m)
{
	*m = i < n && (s[i] == '*' || s[i] == '_') ? s[i] : 0;
	while (*m && i < n && s[i] == *m)
		i++;
	return i;
}

/* Past a closing bracket at s[i..n), full-width or not: the new i */
static size_t past_close(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == ')')
		return i + 1;
	return starts(s + i, n - i, "）") ? i + 3 : i;
}

/*
 * s[0..n) follows a unit word that no 单位 follows (金额：元, 金额（万元）,
 * with the closing bracket of a label in brackets, （金额：元）): where
 * its currency starts, when that and blanks are all there is, else
 * (size_t)-1.  Read as no label, the 元 amounts were taken as 万元; the
 * currency must be all of it, as 金额：500万元 or 资金：财政拨款 is text.
 */
static size_t word_alone(const char *s, size_t n)
{
	size_t i = past_blanks(s, 0, n), o = past_open(s, i, n);
	if (o == i) {
		if (i < n && s[i] == ':')
			o = i + 1;
		else if (starts(s + i, n - i, "："))
			o = i + 3;
		else
			return (size_t)-1;
	}
	size_t c = past_blanks(s, o, n);
	c += pb_unit_rmb(s + c, n - c);
	size_t ul = starts(s + c, n - c, "万元") ? 6 : starts(s + c, n - c, "元") ? 3 : 0;
	if (!ul)
		return (size_t)-1;
	size_t e = past_blanks(s, c + ul, n);
	for (int k = 0; k < 2; k++) /* its own bracket, the label's */
		e = past_blanks(s, past_close(s, e, n), n);
	return e == n ? c : (size_t)-1;
}

/*
 * s[0..n) follows the opening bracket of a label that names neither a
 * word nor 单位: （元）, (万元), （人民币元）, the unit alone under a
 * table's title.  Where the currency starts, when it and its closing
 * bracket are all there is, else (size_t)-1.  Read as no label (as the
 * rest of the department's name), its 元 amounts were taken as 万元.
 * The bracket makes it a label: a bare 元 or 万元 is a cell's text.
 */
static size_t bare_currency(const char *s, size_t n)
{
	size_t c = past_blanks(s, 0, n);
	c += pb_unit_rmb(s + c, n - c);
	size_t ul = starts(s + c, n - c, "万元") ? 6 : starts(s + c, n - c, "元") ? 3 : 0;
	if (!ul)
		return (size_t)-1;
	size_t e = past_blanks(s, c + ul, n), x = past_close(s, e, n);
	return x > e && past_blanks(s, x, n) == n ? c : (size_t)-1;
}

const char *pb_unit_currency(const char *s, size_t n, int *loose)
{
	char m, m2;
	size_t i = past_marks(s, past_blanks(s, 0, n), n, &m);
	i = past_blanks(s, i, n);
	size_t o = past_open(s, i, n);
	int outer = o > i;
	i = past_blanks(s, o, n);
	size_t w = pb_unit_word(s + i, n - i);
	i += w;
	if (!starts(s + i, n - i, "单位")) {
		/* 金额：元, （元）, as pbtable reads them */
		size_t c = w ? word_alone(s + i, n - i)
		             : outer ? bare_currency(s + i, n - i) : (size_t)-1;
		if (c == (size_t)-1)
			return NULL;
		*loose = 0;
		return starts(s + i + c, n - i - c, "万元") ? "万元" : "元";
	}
	i += 6;
	/* pbtable's own reading: a colon or a bracket right after 单位 */
	size_t j = past_open(s, i, n);
	int inner = j > i, strict = inner || s[i] == ':' || s[i] == '/' ||
	                            starts(s + i, n - i, "：") || starts(s + i, n - i, "／");
	if (!inner) {
		j = past_blanks(s, i, n);
		if (j < n && (s[j] == ':' || s[j] == '/'))
			j++;
		else if (starts(s + j, n - j, "：") || starts(s + j, n - j, "／"))
			j += 3;
	}
	j = past_blanks(s, j, n);
	j += pb_unit_rmb(s + j, n - j);
	const char *cur = starts(s + j, n - j, "万元") ? "万元" : starts(s + j, n - j, "元") ? "元" : NULL;
	if (!cur)
		return NULL;
	j = past_blanks(s, j + strlen(cur), n);
	for (int close = inner + outer; close; close--) {
		if (j < n && s[j] == ')')
			j++;
		else if (starts(s + j, n - j, "）"))
			j += 3;
		else if (inner)
			return NULL;
		j = past_blanks(s, j, n);
	}
	j = past_marks(s, j, n, &m2);
	if (past_blanks(s, j, n) != n || m2 != m)
		return NULL;
	*loose = !strict;
	return cur;
}

size_t pb_unit_tail(const char *key, size_t n)
{
	/* the last 单位 (E5 8D 95 E4 BD 8D), from its end */
	for (size_t i = n; i >= 6; i--) {
		if (key[i - 1] != '\x8D' || memcmp(key + i - 6, "单位", 6))
			continue;
		size_t o = i - 6;
		o -= pb_unit_word_before(key + o, o);
		if (o >= 3 && !memcmp(key + o - 3, "（", 3))
			o -= 3;
		else if (o && key[o - 1] == '(')
			o--;
		return o && pb_unit_label(key + o, n - o) ? o : 0;
	}
	return 0;
}

/* Past the first of the words at s[i..n) that s[i..n) starts with, or
 * that s[i..n) is the start of (a word cut at the line's end): the new
 * i, n when cut; i when none. */
static size_t past_word(const char *s, size_t i, size_t n, const char *const *w, size_t nw)
{
	for (size_t k = 0; k < nw; k++) {
		size_t l = strlen(w[k]);
		if (n - i >= l ? !memcmp(s + i, w[k], l) : !memcmp(s + i, w[k], n - i))
			return n - i >= l ? i + l : n;
	}
	return i;
}

/*
 * Does s[0..n) open a unit label in brackets that the next line closes
 * (（单位：, (单位:万, （金额单位：元, （ alone)?  A title wrapped inside
 * its unit label leaves that on its line, and the rest (元）) on the
 * next.
 */
int hd_open_unit_label(const char *s, size_t n)
{
	static const char *const unit[] = { "单位" },
	                         *const colon[] = { "：", ":" }, *const wan[] = { "万" },
	                         *const yuan[] = { "元" };
	size_t i = past_blanks(s, 0, n), o = past_open(s, i, n);
	if (o == i)
		return 0;
	i = past_blanks(s, o, n);
	if (i < n)
		i = past_word(s, i, n, unit_words, N_UNIT_WORDS);
	if (i < n) {
		size_t j = past_word(s, i, n, unit, 1);
		if (j == i)
			return 0;
		i = past_blanks(s, j, n);
	}
	if (i < n)
		i = past_blanks(s, past_word(s, i, n, colon, 2), n);
	if (i < n)
		i = past_word(s, i, n, wan, 1);
	if (i < n)
		i = past_word(s, i, n, yuan, 1);
	return past_blanks(s, i, n) == n;
}

/* RE_UNIT took the opening parenthesis of 512001（某某局） as the
 * separator; 某某局（本级） keeps its own.  A span, not the name, is what
 * pb_unit_name_len gives: pbtable reads the currency right after it, and
 * a ） left there would lose the currency (amounts ×10000). */
size_t pb_unit_name_trim(const char *name, size_t n)
{
	if (n > 3 && !memcmp(name + n - 3, "）", 3) && !contains(name, n - 3, "（"))
		return n - 3;
	if (n > 1 && name[n - 1] == ')' && !memchr(name, '(', n - 1))
		return n - 1;
	return n;
}

/* (a label without its colon counts when it ends the line: 某某局单位元,
 * the blank between them gone with normalization) */
size_t pb_unit_name_len(const char *name, size_t n)
{
	static const char unit[] = "单位";
	size_t ul = sizeof unit - 1;
	/* a bar ends a markdown row's cell (512001 某某局 | 单位：元, a
	 * row without outer bars): no name holds one */
	const char *bar = memchr(name, '|', n);
	if (bar) {
		while (bar > name && bar[-1] == ' ')
			bar--;
		n = (size_t)(bar - name);
	}
	const char *p = name, *end = name + n;
	/* the name itself may hold neither, so a 单 starts the search */
	while ((p = memchr(p, unit[0], (size_t)(end - p)))) {
		size_t rest = (size_t)(end - p);
		int loose;
		if (p > name && rest > ul && !memcmp(p, unit, ul) &&
		    (p[ul] == ':' || p[ul] == '/' ||
		     (rest >= ul + 3 && (!memcmp(p + ul, "：", 3) || !memcmp(p + ul, "／", 3))) ||
		     pb_unit_currency(p, rest, &loose))) {
			/* 金额单位：, 计量单位：, （单位：元）: the label's
			 * words are no name */
			p -= pb_unit_word_before(p, (size_t)(p - name));
			if (p > name && p[-1] == '(')
				p--;
			else if (p - name >= 3 && !memcmp(p - 3, "（", 3))
				p -= 3;
			while (p > name && p[-1] == ' ')
				p--;
			return (size_t)(p - name);
		}
		p++;
	}
	return n;
}

/* k past an opening bracket, full-width or not, if it starts with one */
static const char *skip_open(const char *k)
{
	if (*k == '(')
		return k + 1;
	return !strncmp(k, "（", 3) ? k + 3 : k;
}

/* Does k start with a closing bracket? */
static int is_close(const char *k)
{
	return *k == ')' || !strncmp(k, "）", 3);
}

static const char *unit_label_at(const char *k)
{
	const char *line = k;
	k = skip_open(k);
	int open = k != line;
	while (*k == ' ')
		k++;
	/* 计量单位：元 is a form too: missed, its 元 amounts were read as
	 * 万元 */
	size_t w = pb_unit_word(k, strnlen(k, 6));
	k += w;
	if (strncmp(k, "单位", 6)) {
		size_t c = w ? word_alone(k, strlen(k))
		             : open ? bare_currency(k, strlen(k)) : (size_t)-1;
		return c != (size_t)-1 ? k + c : NULL;
	}
	k += 6;
	/* 单位 :元, 单位 (元): normalizing drops a space only before a
	 * full-width colon or bracket; the first, read, was also an
	 * unparsed row, the second no label (its 元 amounts x10000) */
	while (*k == ' ' && (k[1] == ':' || k[1] == '(' || k[1] == ' '))
		k++;
	/* 单位/元 as well: read as no label, its 元 amounts were taken as
	 * 万元 */
	if (*k == ':' || *k == '/' || !strncmp(k, "：", 3) || !strncmp(k, "／", 3)) {
		k += *k == ':' || *k == '/' ? 1 : 3;
		/* 单位：人民币元: the currency's name before its unit */
		const char *u = k;
		while (*u == ' ')
			u++;
		size_t r = pb_unit_rmb(u, strnlen(u, 9));
		return r ? u + r : k;
	}
	const char *u = skip_open(k);
	if (u == k)
		return NULL;
	while (*u == ' ')
		u++;
	u += pb_unit_rmb(u, strnlen(u, 9));
	size_t ul = !strncmp(u, "万元", 6) ? 6 : !strncmp(u, "元", 3) ? 3 : 0;
	const char *c = u + ul;
	while (*c == ' ')
		c++;
	return ul && is_close(c) ? u : NULL;
}

/*
 * A unit label in markdown's dress: a heading (###### 单位：元) or
 * emphasis (*单位：元*, _单位：元_; the bold ** is markup normalization
 * strips).  Where the unit starts, or NULL.  Taken for no label, the row
 * left the table's amounts read as 万元 (x10000).
 */
static PB_NOINLINE const char *marked_unit_label(const char *k)
{
	char m = *k;
	while (*k == m)
		k++;
	while (*k == ' ')
		k++;
	return unit_label_at(k);
}

const char *pb_unit_label_start(const char *k)
{
	if (k[0] == '#' || k[0] == '*' || k[0] == '_')
		return marked_unit_label(k);
	return unit_label_at(k);
}

const char *pb_spaced_dept_code(const char *k, size_t n, pb_buf *key)
{
	size_t i = 0, d = 0, gaps = 0;
	while (d < 6 && i < n &&
	       ((k[i] >= '0' && k[i] <= '9') || (k[i] == ' ' && d && k[i - 1] != ' '))) {
		d += k[i] != ' ';
		gaps += k[i] == ' ';
		i++;
	}
	if (d < 6 || gaps != 1 || (i < n && k[i] >= '0' && k[i] <= '9'))
		return NULL;
	pb_buf_reset(key);
	for (size_t j = 0; j < i; j++)
		if (k[j] != ' ' && pb_buf_addc(key, k[j]) < 0)
			return NULL;
	return pb_buf_add(key, k + i, n - i) < 0 || pb_buf_addc(key, '\0') < 0 ? NULL : key->ptr;
}

/*
 * A label before a department's code (单位名称：512001 某某局, 部门：,
 * 预算单位：, 部门名称：): read without it, the line was no unit line, the
 * department fell back to the cover's and its code to null.  The label,
 * a colon and the blanks around it when a digit (full-width too: this
 * reads raw lines as well as keys) follows them; else 0.  单位名称 is no
 * currency label: 单位 has a colon or a bracket after it in those.
 */
size_t pb_dept_label(const char *k, size_t n)
{
	static const char *const labels[] = { "单位名称", "部门名称", "预算单位", "部门" };
	size_t i = 0;
	for (size_t l = 0; !i && l < sizeof labels / sizeof *labels; l++)
		if (starts(k, n, labels[l]))
			i = strlen(labels[l]);
	if (!i)
		return 0;
	while (i < n && k[i] == ' ')
		i++;
	if (starts(k + i, n - i, "："))
		i += 3;
	else if (i < n && k[i] == ':')
		i++;
	else
		return 0;
	while (i < n && k[i] == ' ')
		i++;
	if (i < n && k[i] >= '0' && k[i] <= '9')
		return i;
	/* ０ to ９: EF BC 90 to EF BC 99 */
	return n - i >= 3 && !memcmp(k + i, "\xEF\xBC", 2) && (unsigned char)k[i + 2] - 0x90u < 10u ? i
	                                                                                     : 0;
}

/* The words a line names a field with: such a line is a row of the
 * table, never the rest of a name.  The ends are those of the names of
 * departments and their units (本级, 局, 委员会, 中心, 办公室...). */
int pb_dept_rest(const char *k, size_t n)
{
	static const char *const labels[] = { "单位", "项目", "预算", "资金", "绩效", "目标",
		                              "指标", "编码", "名称", "年", "表", NULL };
	static const char *const ends[] = { "级", "局", "委", "会", "室", "办", "处", "院", "所",
		                            "站", "心", "队", "府", "部", "厅", "司", "馆", "校",
		                            "园", "区", "社", "团", "署", "庭", "场", "组", NULL };
	if (!n || n > 18 || n % 3)
		return 0;
	for (size_t i = 0; i < n; i += 3)
		if (!pb_utf8_cjk3((const unsigned char *)k + i, n - i))
			return 0;
	for (const char *const *l = labels; *l; l++)
		if (contains(k, n, *l))
			return 0;
	for (const char *const *e = ends; *e; e++)
		if (!memcmp(k + n - 3, *e, 3))
			return 1;
	return -1;
}
