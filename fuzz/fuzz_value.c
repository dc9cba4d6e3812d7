/*
 * fuzz_value.c - pb_value_parse, pb_norm_cell / pb_norm, and the
 * indicator record written from a parsed value.
 *
 * pb_value_parse runs on the raw data (any bytes) and on its normalized
 * form, each in an exact-size buffer so a read past n is caught.  Checked:
 *  - value: spans (num, unit, rest) and bad_off within n; the num span is
 *    in the grammar -?digit+ (SEP ddd)* (.digit+)? where SEP is ',' '，' or
 *    ' ' and a digit but the first may be OCR's O, or Chinese numerals
 *    whose number (pb_value_cjk_number) a reference reading (cn_ref: the
 *    usual section by section sum) gives too, no longer than the span;
 *    and the value with those numerals written in digits reads the same
 *    op, num, unit and kind (≥十台 as ≥10台);
 *    partial implies kind TEXT with num, unit and date fields cleared; plain
 *    text has no op but before a numeral in Chinese (≥两台) or with a sign
 *    before a word (≥上年水平, ≥Ⅲ类, ≥AA级); a number has
 *    no date fields; a date has a 1900..2100
 *    year (or none, year 0, with a month and its end or a day), a 1..12
 *    month and a day that exists, each written in the cell (the year
 *    maybe letter-spaced, 2 025年), and no num
 *    or unit; op is one of the five; unit_norm only for 百分比, or
 *    with no unit span for a number 百分之 and blanks come before
 *    (百分之95);
 *    the unit span has no blanks at its ends; parsing twice agrees;
 *  - pb_value_parse_timely (a 时效指标's value) meets all of the above
 *    and differs from pb_value_parse only on a number, which it reads
 *    as a date (YYYY.M: a 1900..2100 year and a month, after a '.'),
 *    or as partial when a minus is before it;
 *  - norm: output is valid UTF-8 whatever the input; without
 *    keep_newlines it has no whitespace but single inner spaces, no
 *    full-width digit, letter or ％．／＋＜＝＞ and no ≧ ≦ ⩾ ⩽; with it, every
 *    line is like that and none is empty; pb_norm is idempotent;
 *  - the indicator record of pb_write_project_ndjson for the normalized
 *    cell: strict JSON, value read back unchanged, num exactly the number
 *    in the num span, separators and leading zeros dropped, O read as 0,
 *    however long;
 *  - pbsum's totals (moneysum.c) on the raw data: what pb_money_sum_parse
 *    reads, pb_money_sum_format writes as a plain decimal it reads back to
 *    the same text, pb_money_format's text where a pb_money holds it, and
 *    twice the sum (merged with itself) is the same digits doubled;
 *  - money.c's arithmetic on two amounts made of the data's first 18
 *    bytes (any units, scale 0..18, both fast and 128-bit paths): add,
 *    sub and percent are exact against an __int128 reference or fail
 *    leaving the accumulator unchanged; cmp has the reference's sign.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json.h>

#include "buf.h"
#include "money.h"
#include "moneysum.h"
#include "norm.h"
#include "records.h"
#include "table.h"
#include "utf8.h"
#include "value.h"
#include "common.h"

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static int contains(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	for (size_t i = 0; l <= n && i <= n - l; i++)
		if (!memcmp(s + i, w, l))
			return 1;
	return 0;
}

/* s holds the digits w, maybe with one space among them: a year is read
 * letter-spaced or wrapped (2 025年, value.c's spaced_year) */
static int contains_spaced(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	for (size_t i = 0; i < n; i++) {
		size_t j = i, k = 0, spaces = 0;
		while (j < n && k < l) {
			if (s[j] == w[k])
				j++, k++;
			else if (s[j] == ' ' && k > 0 && !spaces)
				j++, spaces++;
			else
				break;
		}
		if (k == l)
			return 1;
	}
	return 0;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* a separator: ',' the full-width '，' or a thousands space */
static size_t sep_len(const char *s, size_t n, size_t i)
{
	if (i < n && (s[i] == ',' || s[i] == ' '))
		return 1;
	return n - i >= 3 && !memcmp(s + i, "，", 3) ? 3 : 0;
}

/* a digit, or OCR's O for 0 where one may be: not first in the number */
static int is_dig(const char *s, size_t i, int first)
{
	return is_digit(s[i]) || (!first && (s[i] == 'O' || s[i] == 'o'));
}

/* -? digit (digit|O)* (SEP ddd)* (.digit (digit|O)*)?  with a lead group
 * of 1..3 when grouped, d a digit or O (a space group starts with a
 * digit); the minus where a number starts (≥-5%) */
static int number_grammar(const char *s, size_t n)
{
	size_t i = 0, lead, l;
	if (n && s[0] == '-')
		s++, n--;
	while (i < n && is_dig(s, i, i == 0))
		i++;
	lead = i;
	if (!lead)
		return 0;
	if (sep_len(s, n, i) && lead > 3)
		return 0;
	while ((l = sep_len(s, n, i))) {
		int space = s[i] == ' ';
		i += l;
		if (n - i < 3 || !is_dig(s, i, space) || !is_dig(s, i + 1, 0) || !is_dig(s, i + 2, 0))
			return 0;
		i += 3;
		if (i < n && is_dig(s, i, 0))
			return 0;
	}
	if (i < n && s[i] == '.') {
		size_t k = ++i;
		while (i < n && is_dig(s, i, i == k))
			i++;
		if (i == k)
			return 0;
	}
	return i == n;
}

/*
 * The number of numerals s[0..n), read the way a schoolbook does, section
 * by section (十 百 千 in a section, 万 and 亿 over them), into out as
 * digits: a reading apart from value.c's, which checks where each digit
 * stands.  Only called on numerals value.c read.
 */
static void cn_ref(const char *s, size_t n, char *out)
{
	static const char *const dig[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "〇", "两" };
	unsigned long long total = 0, yi = 0, section = 0, digit = 0;
	size_t i = 0, o;
	if (n == 3 && !memcmp(s, "半", 3)) {
		strcpy(out, "0.5");
		return;
	}
	for (; i < n && memcmp(s + i, "点", 3); i += 3) {
		int d = -1;
		for (int k = 0; k < 12; k++)
			if (!memcmp(s + i, dig[k], 3))
				d = k == 10 ? 0 : k == 11 ? 2 : k;
		if (d >= 0)
			digit = (unsigned long long)d;
		else if (!memcmp(s + i, "十", 3))
			section += (digit ? digit : 1) * 10, digit = 0;
		else if (!memcmp(s + i, "百", 3))
			section += (digit ? digit : 1) * 100, digit = 0;
		else if (!memcmp(s + i, "千", 3))
			section += (digit ? digit : 1) * 1000, digit = 0;
		else if (!memcmp(s + i, "万", 3))
			total += (section + digit) * 10000, section = digit = 0;
		else if (!memcmp(s + i, "亿", 3))
			yi += (total + section + digit) * 100000000ULL, total = section = digit = 0;
	}
	o = (size_t)sprintf(out, "%llu", yi + total + section + digit);
	if (i < n) {
		out[o++] = '.';
		for (i += 3; i < n; i += 3)
			for (int k = 0; k < 11; k++)
				if (!memcmp(s + i, dig[k], 3))
					out[o++] = (char)('0' + (k == 10 ? 0 : k));
	}
	out[o] = '\0';
}

/* the record's view of a value: op, num, unit, kind */
static void view(const char *s, size_t n, char *out, size_t cap)
{
	pb_value v;
	char num[64] = "null";
	size_t ul;
	pb_value_parse(s, n, &v);
	if (v.num_len && v.num_len < sizeof num)
		pb_value_num(&v, s, num);
	const char *u = pb_value_unit(&v, s, &ul);
	snprintf(out, cap, "%s|%s|%.*s|%s", v.op ? v.op : "null", num, (int)(ul < 200 ? ul : 200),
	         u ? u : "", pb_value_kind_name(v.kind));
}

/* a number in numerals: it reads as value.c and cn_ref say, and the value
 * with it in digits reads the same */
static void check_numerals(const char *s, size_t n, const pb_value *v, int timely)
{
	char got[64], ref[64], a[512], b[512];
	CHECK(v->num_len < 3 * 60 && v->num_len % 3 == 0);
	size_t l = pb_value_cjk_number(s + v->num_off, v->num_len, got);
	CHECK(l > 0 && l <= v->num_len);
	cn_ref(s + v->num_off, v->num_len, ref);
	CHECK(!strcmp(got, ref));
	if (timely || n > 200)
		return; /* 两千零二十五点六 is no month there */
	char *d = malloc(n + 1);
	CHECK(d);
	memcpy(d, s, v->num_off);
	memcpy(d + v->num_off, got, l);
	memcpy(d + v->num_off + l, s + v->num_off + v->num_len, n - v->num_off - v->num_len);
	view(s, n, a, sizeof a);
	view(d, n - v->num_len + l, b, sizeof b);
	CHECK(!strcmp(a, b));
	free(d);
}

static int same_value(const pb_value *a, const pb_value *b)
{
	return a->kind == b->kind && a->op == b->op && a->num_off == b->num_off &&
	       a->num_len == b->num_len && a->unit_off == b->unit_off &&
	       a->unit_len == b->unit_len && a->unit_norm == b->unit_norm &&
	       a->year == b->year && a->month == b->month && a->day == b->day &&
	       a->period_end == b->period_end && a->rest_off == b->rest_off &&
	       a->rest_len == b->rest_len && a->partial == b->partial &&
	       a->bad_off == b->bad_off;
}

/* a numeral in Chinese (两台, 十次): plain text keeps its op before one */
static int cjk_numeral(const char *s, size_t n)
{
	static const char *const w[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九",
		                         "十", "两", "百", "千", "万", "亿", "零", "半" };
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (contains(s, n, w[k]))
			return 1;
	return 0;
}

/* a sign, blanks, then a word's first letter: a Chinese character, a
 * Roman numeral or a Latin letter (≥上年水平, ≥Ⅲ类, ≥AA级) */
static int sign_then_word(const char *s, size_t n)
{
	static const char *const sign[] = { "≥", "≤", ">", "<", "=" };
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sizeof sign / sizeof sign[0]; k++) {
			size_t l = strlen(sign[k]), j = i + l;
			if (n - i < l || memcmp(s + i, sign[k], l))
				continue;
			while (j < n && is_blank(s[j]))
				j++;
			if (j == n)
				continue;
			if ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))
				return 1;
			int32_t cp;
			pb_utf8_decode(s + j, n - j, &cp);
			if ((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0x2160 && cp <= 0x217F))
				return 1;
		}
	return 0;
}

/* 百分之 and blanks end s[0..off): the number at off is a percentage */
static int pct_before(const char *s, size_t off)
{
	size_t l = strlen("百分之");
	while (off && is_blank(s[off - 1]))
		off--;
	return off >= l && !memcmp(s + off - l, "百分之", l);
}

static int no_date(const pb_value *v)
{
	return !v->year && !v->month && !v->day && !v->period_end && !v->rest_len && !v->rest_off;
}

static void check_value(const char *s, size_t n, const pb_value *v, int timely)
{
	pb_value again;

	CHECK(v->kind == PB_VK_NUMBER || v->kind == PB_VK_DATE || v->kind == PB_VK_TEXT);
	CHECK(!v->op || !strcmp(v->op, ">=") || !strcmp(v->op, "<=") || !strcmp(v->op, ">") ||
	      !strcmp(v->op, "<") || !strcmp(v->op, "="));
	CHECK(v->num_off <= n && v->num_len <= n - v->num_off);
	CHECK(v->unit_off <= n && v->unit_len <= n - v->unit_off);
	CHECK(v->rest_off <= n && v->rest_len <= n - v->rest_off);
	CHECK(v->partial == 0 || v->partial == 1);
	if (v->partial) {
		CHECK(v->kind == PB_VK_TEXT);
		CHECK(v->bad_off <= n);
	} else {
		CHECK(v->bad_off == 0);
	}
	if (v->unit_norm) {
		CHECK(!strcmp(v->unit_norm, "%"));
		CHECK((v->unit_len == strlen("百分比") &&
		       !memcmp(s + v->unit_off, "百分比", v->unit_len)) ||
		      (!v->unit_len && v->kind == PB_VK_NUMBER && pct_before(s, v->num_off)));
	}
	if (v->unit_len) {
		CHECK(!is_blank(s[v->unit_off]) && !is_blank(s[v->unit_off + v->unit_len - 1]));
		CHECK(v->unit_off >= v->num_off + v->num_len);
	}
	size_t ul = 99;
	const char *u = pb_value_unit(v, s, &ul);
	CHECK(u ? ul > 0 : ul == 0);
	CHECK(pb_value_kind_name(v->kind) != NULL);

	switch (v->kind) {
	case PB_VK_TEXT:
		CHECK(!v->num_len && !v->num_off && !v->unit_len && !v->unit_off && !v->unit_norm);
		CHECK(no_date(v));
		if (!v->partial)
			CHECK(v->op == NULL || cjk_numeral(s, n) || sign_then_word(s, n));
		break;
	case PB_VK_NUMBER:
		CHECK(v->num_len > 0);
		if ((unsigned char)s[v->num_off] >= 0x80)
			check_numerals(s, n, v, timely);
		else
			CHECK(number_grammar(s + v->num_off, v->num_len));
		CHECK(no_date(v));
		break;
	case PB_VK_DATE: {
		char t[16];
		CHECK(!v->num_len && !v->unit_len && !v->unit_norm);
		/* a year, or none (year 0) for a month with its end or a day */
		CHECK((v->year >= 1900 && v->year <= 2100) ||
		      (v->year == 0 && v->month && (v->day || v->period_end)));
		snprintf(t, sizeof t, "%d", v->year);
		CHECK(!v->year || contains_spaced(s, n, t));
		CHECK(v->month >= 0 && v->month <= 12);
		if (v->month) {
			snprintf(t, sizeof t, "%d", v->month);
			CHECK(contains(s, n, t));
		}
		if (v->day) {
			CHECK(v->month && v->day >= 1 &&
			      v->day <= days_in(v->year ? v->year : 2000, v->month));
			snprintf(t, sizeof t, "%d", v->day);
			CHECK(contains(s, n, t));
			CHECK(!v->period_end);
		}
		CHECK(v->day >= 0);
		if (v->rest_len)
			CHECK(!is_blank(s[v->rest_off]));
		break;
	}
	}
	(timely ? pb_value_parse_timely : pb_value_parse)(s, n, &again);
	CHECK(same_value(v, &again));
}

/* the year and month of a 时效 date read where a number was: YYYY.M */
static int year_dot_month(const char *s, size_t n, const pb_value *v)
{
	char t[16];
	int l = snprintf(t, sizeof t, "%d.", v->year);
	return v->month && contains(s, n, t) && l == 5;
}

/* s[0..n) read as a 时效指标's value too: the same, or a number read as
 * a YYYY.M date (or partial, for a minus before it) */
static void check_timely(const char *s, size_t n, const pb_value *plain)
{
	pb_value t;
	pb_value_parse_timely(s, n, &t);
	check_value(s, n, &t, 1);
	if (same_value(plain, &t))
		return;
	CHECK(plain->kind == PB_VK_NUMBER);
	CHECK(t.kind == PB_VK_DATE ? year_dot_month(s, n, &t) && !t.day : t.partial);
}

/* parse s[0..n) from an exact-size copy */
static void parse_exact(const char *s, size_t n, pb_value *v)
{
	char *c = malloc(n ? n : 1);
	CHECK(c);
	if (n)
		memcpy(c, s, n);
	pb_value_parse(c, n, v);
	check_value(c, n, v, 0);
	check_timely(c, n, v);
	free(c);
}

/* one normalized line: no whitespace but single inner spaces, folded */
static void check_norm_line(const char *s, size_t n)
{
	int32_t cp, prev = -1;

	CHECK(n == 0 || (s[0] != ' ' && s[n - 1] != ' '));
	for (size_t i = 0; i < n;) {
		int l = pb_utf8_decode(s + i, n - i, &cp);
		CHECK(cp >= 0);
		CHECK(cp == ' ' || !pb_is_space(cp));
		CHECK(!(cp == ' ' && prev == ' '));
		CHECK(!(cp >= 0xFF10 && cp <= 0xFF19) && !(cp >= 0xFF21 && cp <= 0xFF3A) &&
		      !(cp >= 0xFF41 && cp <= 0xFF5A));
		CHECK(cp != 0xFF05 && cp != 0xFF0E && cp != 0xFF0F && cp != 0xFF0B &&
		      !(cp >= 0xFF1C && cp <= 0xFF1E));
		CHECK(cp != 0x2266 && cp != 0x2267 && cp != 0x2A7D && cp != 0x2A7E);
		prev = cp;
		i += (size_t)l;
	}
}

static void check_norm(const pb_buf *b, int keep_newlines)
{
	CHECK(pb_utf8_valid(b->ptr, b->len, NULL) == b->len);
	if (!keep_newlines) {
		check_norm_line(b->ptr, b->len);
		return;
	}
	for (size_t pos = 0; pos < b->len;) {
		const char *nl = memchr(b->ptr + pos, '\n', b->len - pos);
		size_t len = nl ? (size_t)(nl - (b->ptr + pos)) : b->len - pos;
		CHECK(len > 0);
		check_norm_line(b->ptr + pos, len);
		pos += len + 1;
		if (nl)
			CHECK(pos < b->len); /* no trailing newline */
	}
}

static void check_idempotent(const char *s, size_t n, int keep_newlines)
{
	pb_buf a = PB_BUF_INIT, b = PB_BUF_INIT;
	CHECK(pb_norm(&a, s, n, keep_newlines) == 0);
	check_norm(&a, keep_newlines);
	CHECK(pb_norm(&b, a.ptr, a.len, keep_newlines) == 0);
	CHECK(a.len == b.len && !memcmp(a.ptr, b.ptr, a.len));
	pb_buf_free(&a);
	pb_buf_free(&b);
}

/* ---- the indicator record ---- */

static void check_record(const char *value)
{
	pb_project p;
	pb_indicator in;
	pb_buf out = PB_BUF_INIT;
	char file[] = "fuzz.txt", code[] = "11000124T000000001";

	memset(&p, 0, sizeof p);
	memset(&in, 0, sizeof in);
	p.file = file;
	p.doc = 1;
	p.seq = 1;
	p.line = 1;
	p.end_line = 2;
	p.code = code;
	in.line = 2;
	in.value = (char *)value;
	pb_value_parse(value, strlen(value), &in.parsed);
	p.ind = &in;
	p.nind = 1;
	CHECK(pb_write_project_ndjson(&out, &p) == 0);
	CHECK(pb_utf8_valid(out.ptr, out.len, NULL) == out.len);

	const char *rec = memchr(out.ptr, '\n', out.len);
	CHECK(rec);
	rec++;
	size_t len = out.len - (size_t)(rec - out.ptr);
	CHECK(len > 0 && rec[len - 1] == '\n');
	len--;
	CHECK(!memchr(rec, '\n', len));
	for (size_t i = 0; i < len; i++)
		CHECK((unsigned char)rec[i] >= 0x20);

	json_tokener *tok = json_tokener_new();
	CHECK(tok);
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	json_object *o = json_tokener_parse_ex(tok, rec, (int)len);
	CHECK(o && json_tokener_get_error(tok) == json_tokener_success);
	CHECK(json_tokener_get_parse_end(tok) == len);

	json_object *v;
	CHECK(json_object_object_get_ex(o, "value", &v) && json_object_is_type(v, json_type_string));
	CHECK(!strcmp(json_object_get_string(v), value));

	/* num: exactly the number in the span, or null */
	check_num_text(rec, len, value, &in.parsed);
	CHECK(json_object_object_get_ex(o, "num", &v));
	CHECK(in.parsed.num_len ? json_object_is_type(v, json_type_int) ||
	                              json_object_is_type(v, json_type_double)
	                        : v == NULL);
	CHECK(json_object_object_get_ex(o, "kind", &v) && json_object_is_type(v, json_type_string));
	CHECK(!strcmp(json_object_get_string(v), pb_value_kind_name(in.parsed.kind)));
	json_object_put(o);
	json_tokener_free(tok);
	pb_buf_free(&out);
}

/* ---- pbsum's totals ---- */

/* t holds a plain decimal: -?digits(.digits)?, no needless zeros */
static void check_plain(const char *t)
{
	const char *p = t + (*t == '-');
	CHECK(*p >= '0' && *p <= '9');
	CHECK(*p != '0' || p[1] == '.' || !p[1]);
	CHECK(!(*t == '-' && !strcmp(p, "0")));
	p += strspn(p, "0123456789");
	if (*p == '.') {
		p++;
		CHECK(*p && strspn(p, "0123456789") == strlen(p) && p[strlen(p) - 1] != '0');
	} else {
		CHECK(!*p);
	}
}

/* the digits of 2 * x, x a plain decimal without its sign */
static void twice(const char *x, char *out)
{
	size_t n = strlen(x);
	int carry = 0;
	out[n + 1] = '\0';
	for (size_t i = n; i-- > 0;) {
		if (x[i] == '.') {
			out[i + 1] = '.';
			continue;
		}
		int d = (x[i] - '0') * 2 + carry;
		out[i + 1] = (char)('0' + d % 10);
		carry = d / 10;
	}
	out[0] = (char)('0' + carry);
	/* 0.5 doubled is 1.0, written 1 */
	if (strchr(out, '.')) {
		size_t l = strlen(out);
		while (out[l - 1] == '0')
			out[--l] = '\0';
		if (out[l - 1] == '.')
			out[l - 1] = '\0';
	}
}

static void check_sum(const char *s, size_t n)
{
	pb_money_sum a, b;
	pb_money m;
	char t[PB_MONEY_SUM_FMT_CAP], u[PB_MONEY_SUM_FMT_CAP], w[PB_MONEY_SUM_FMT_CAP + 1];
	char mt[PB_MONEY_FMT_CAP];

	if (pb_money_sum_parse(s, n, &a) != PB_MONEY_OK)
		return;
	CHECK(pb_money_sum_format(&a, 0, -1, t, sizeof t) > 0);
	check_plain(t);
	CHECK(pb_money_sum_parse(t, strlen(t), &b) == PB_MONEY_OK);
	CHECK(pb_money_sum_format(&b, 0, -1, u, sizeof u) > 0 && !strcmp(t, u));
	if (pb_money_parse(s, n, &m) == PB_MONEY_OK)
		CHECK(pb_money_format(m, -1, mt, sizeof mt) > 0 && !strcmp(mt, t));
	pb_money_sum_merge(&b, &a);
	CHECK(pb_money_sum_format(&b, 0, -1, u, sizeof u) > 0);
	const char *digits = t + (*t == '-');
	twice(digits, w);
	const char *want = w + (w[0] == '0' && w[1] != '.');
	CHECK(*u == '-' ? *t == '-' && !strcmp(u + 1, want) : *t != '-' && !strcmp(u, want));
}

__extension__ typedef __int128 i128;

static i128 pow10_128(int k)
{
	i128 p = 1;
	while (k-- > 0)
		p *= 10;
	return p;
}

/* m's value times 10^18: exact in 128 bits for any units at scale <= 18 */
static i128 at18(pb_money m)
{
	return (i128)m.units * pow10_128(18 - m.scale);
}

/* units / 10^scale == p / 10^ps, p and ps the reference (ps <= 38) */
static int money_is(pb_money m, i128 p, int ps)
{
	i128 u = m.units;
	for (; ps > m.scale; ps--) {
		if (p % 10)
			return 0;
		p /= 10;
	}
	for (; m.scale > ps; ps++) {
		if (u % 10)
			return 0;
		u /= 10;
	}
	return u == p;
}

static int64_t word(const uint8_t *d)
{
	uint64_t w = 0;
	for (int i = 0; i < 8; i++)
		w = w << 8 | d[i];
	return (int64_t)w;
}

static void check_arith(const uint8_t *d, size_t size)
{
	if (size < 18)
		return;
	pb_money a = { word(d), d[8] % 19 }, b = { word(d + 9), d[17] % 19 };
	int fast = pb_money_use_fast((d[8] / 19) & 1);
	i128 va = at18(a), vb = at18(b);

	pb_money r = a;
	if (pb_money_add(&r, b) == PB_MONEY_OK)
		CHECK(r.scale >= 0 && r.scale <= 18 && money_is(r, va + vb, 18));
	else
		CHECK(r.units == a.units && r.scale == a.scale);
	r = a;
	if (pb_money_sub(&r, b) == PB_MONEY_OK)
		CHECK(r.scale >= 0 && r.scale <= 18 && money_is(r, va - vb, 18));
	else
		CHECK(r.units == a.units && r.scale == a.scale);
	int c = pb_money_cmp(a, b);
	CHECK(c == (va > vb) - (va < vb));
	pb_money out;
	if (pb_money_percent(a, b, &out) == PB_MONEY_OK)
		CHECK(out.scale >= 0 && out.scale <= 18 &&
		      money_is(out, (i128)a.units * b.units, a.scale + b.scale + 2));
	pb_money_use_fast(fast);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	pb_value v;
	pb_buf cell = PB_BUF_INIT, lines = PB_BUF_INIT;

	parse_exact(s, size, &v);
	check_sum(s, size);
	check_arith(data, size);

	CHECK(pb_norm_cell(&cell, s, size, 0) == 0);
	check_norm(&cell, 0);
	CHECK(pb_norm_cell(&lines, s, size, 1) == 0);
	check_norm(&lines, 1);
	check_idempotent(s, size, 0);
	check_idempotent(s, size, 1);

	parse_exact(cell.ptr, cell.len, &v);
	/* as a table stores it: a C string */
	check_record(cell.ptr);

	pb_buf_free(&cell);
	pb_buf_free(&lines);
	return 0;
}
