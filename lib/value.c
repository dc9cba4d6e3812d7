#include "value.h"

#include <string.h>

#include "framework.h"
#include "money.h"
#include "utf8.h"

/*
 * Hand-written scanner over bytes: every literal we look for is ASCII or a
 * complete UTF-8 sequence compared with memcmp, so invalid UTF-8 can never
 * match one and needs no decoding.  Each helper is bounded by the end
 * offset `e`, so nothing reads past the cell.
 */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* l (w's length) if s[i..e) starts with w, else 0.  The first byte is
 * tested before the call: most tries fail there. */
static size_t litn(const char *s, size_t e, size_t i, const char *w, size_t l)
{
	return i <= e && e - i >= l && s[i] == w[0] && !memcmp(s + i, w, l) ? l : 0;
}

/* litn for a string literal, its length known while compiling */
#define lit(s, e, i, w) litn(s, e, i, w, sizeof(w) - 1)

static size_t ndigits(const char *s, size_t e, size_t i)
{
	size_t k = i;
	while (k < e && is_digit(s[k]))
		k++;
	return k - i;
}

static int is_oh(char c) { return c == 'O' || c == 'o'; }

/*
 * Does a number start at s[j]: a digit, or a minus sign right before one?
 * A fall is a target too (成本变动率 ≥-5%, 增长率 -5%): read as a range's
 * sign, ≥-5% was garbled and -5% plain text.  A minus only where a number
 * starts: after one (95%-100%, 3-5个) it still joins a range.
 */
static int num_starts(const char *s, size_t e, size_t j)
{
	return j < e && (is_digit(s[j]) || (s[j] == '-' && j + 1 < e && is_digit(s[j + 1])));
}

/*
 * The digits of a number from s[i], OCR's letter O (or o) for 0 among
 * them: an O counts when it follows a digit or an O that counted (1O,
 * 1OO, 8O0), and first only in a group after a separator (grouped,
 * lead: 1,OOO).  OCR confuses the
 * two and nothing else is written so: in ≥9O% or ≤2O小时 a careful
 * reader sees 90 and 20, where cutting the number at the O published 9
 * with the unit O%, a wrong number that looks right.  The value keeps
 * the O as written.  *oh is set when an O was taken.
 */
static size_t ndigits_o(const char *s, size_t e, size_t i, int grouped, int *oh)
{
	size_t k = i;
	while (k < e && (is_digit(s[k]) || (is_oh(s[k]) && (k > i || grouped))))
		*oh |= is_oh(s[k++]);
	return k - i;
}

static size_t skip_blank(const char *s, size_t e, size_t i)
{
	while (i < e && is_blank(s[i]))
		i++;
	return i;
}

/* value of a run of at most 4 digits (callers bound the length) */
static int small_int(const char *s, size_t i, size_t d)
{
	int v = 0;
	for (size_t k = 0; k < d; k++)
		v = v * 10 + (s[i + k] - '0');
	return v;
}

/* Longest first, so 大于等于 wins over 大于. */
/* a word and its length, for the tables below */
#define W(w) w, sizeof(w) - 1

static const struct { const char *w; size_t l; const char *op; int sym; } ops[] = {
	{ W("≥"), ">=", 1 }, { W("≤"), "<=", 1 }, { W(">="), ">=", 1 }, { W("<="), "<=", 1 },
	{ W(">"), ">", 1 }, { W("<"), "<", 1 }, { W("="), "=", 1 },
	{ W("大于等于"), ">=", 0 }, { W("小于等于"), "<=", 0 },
	{ W("不低于"), ">=", 0 }, { W("不少于"), ">=", 0 }, { W("不小于"), ">=", 0 },
	{ W("不早于"), ">=", 0 },
	{ W("不高于"), "<=", 0 }, { W("不超过"), "<=", 0 }, { W("不多于"), "<=", 0 },
	{ W("不大于"), "<=", 0 }, { W("不晚于"), "<=", 0 }, { W("不迟于"), "<=", 0 },
	{ W("至少"), ">=", 0 }, { W("达到"), ">=", 0 }, { W("至多"), "<=", 0 },
	{ W("大于"), ">", 0 }, { W("高于"), ">", 0 }, { W("超过"), ">", 0 },
	{ W("小于"), "<", 0 }, { W("低于"), "<", 0 },
	/* no sign of its own: a trailing 以上/以内 gives it, else it is a
	 * ceiling (控制在101万元以内, 控制在100万元: ≤; 控制在95%以上: ≥) */
	{ W("控制在"), NULL, 0 },
};

/* Trailing words that carry the comparison; longest first. */
static const struct { const char *w; size_t l; const char *op; } num_suffix[] = {
	{ W("及以上"), ">=" }, { W("及以下"), "<=" }, { W("及以内"), "<=" },
	{ W("以上"), ">=" }, { W("以下"), "<=" }, { W("以内"), "<=" }, { W("之内"), "<=" },
};

/*
 * A bare 内 says "within" as 以内 does (3个工作日内, 24小时内, 5公里内), but
 * only after a measure: after a place it is part of the word (省内, 辖区内,
 * 100%县域内).  The last character before it, then: one of these, or %
 * or a Latin letter (5km内, 30min内).
 */
static const char within_measure[] = "天日时钟秒周旬月年分元万亿里米次个";

/* A quantity in Chinese numerals (两台, 十次, 三万元, 九成): numerals, then
 * the end of the cell or a measure word.  After a sign the cell is a
 * target written in words, not a garbled number (as pbcheck's
 * value-partial reads it); no number is read from it all the same. */
static const char cjk_numeral[] = "一二三四五六七八九十两百千万亿零半";
static const char cjk_measure[] =
	"次个人台套项家所处件场批期篇份户名座条辆天年月周本册部种类亿间张只元亩米吨成";

/* Signs that join two numbers into a range; followed by a digit they mean
 * the cell holds more than one number.  Blanks around the sign are
 * wrapping's (50- 60公里): read as a unit, that published 50 with the
 * unit "- 60公里", and 1- 12月 lost its date.  到 is one as 至 is
 * (90%到95%, 3到5个工作日: read as the first number, 90 and 3, with no
 * sign of the second), but only right after a number or its unit
 * (dao_joins): in 达到95% it is a verb's, and 到2025年底 is a deadline. */
static const struct { const char *w; size_t l; } range_sep[] = {
	{ W("-") }, { W("~") }, { W("～") }, { W("—") }, { W("－") }, { W("–") }, { W("至") },
	{ W("到") },
};

/* Is the character at s[i] (3 bytes of UTF-8) one of list's? */
static int in_cjk_list(const char *list, const char *s, size_t e, size_t i)
{
	if (e - i < 3)
		return 0;
	for (const char *c = list; *c; c += 3)
		if (!memcmp(c, s + i, 3))
			return 1;
	return 0;
}

/*
 * Chinese numerals read as a number (≥十台 is ≥10台, 三万元 3万元, 百分之
 * 九十五 95%).  Read as words, researchers summing targets by num lost
 * every one of them.  Only the formal written form counts: each digit
 * has its place (十 百 千, then 万 and 亿 over the groups), a skipped
 * place is said by one 零 (一百零五, 一万零五百), and nothing else is
 * left out.  The colloquial 一万二 (12000) and 百二 (120) elide a place,
 * 一万二 could be read 10002 by a careless reader, and 十三五 is a
 * plan's name, not a number: none of them reads.
 */
enum {
	CN_ZERO = 0,  /* 零 〇; 1..9 are the digits */
	CN_TWO = 10,  /* 两: 2 before a place or alone */
	CN_TEN, CN_HUNDRED, CN_THOUSAND, /* place 1, 2, 3 */
	CN_WAN, CN_YI,                   /* groups of 10^4 and 10^8 */
	CN_POINT, CN_HALF,
	CN_NONE
};

static const char *const cn_chars[] = {
	"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "两",
	"十", "百", "千", "万", "亿", "点", "半", "〇",
};

/* the numeral at s[i], one of CN_*; CN_NONE when s[i] starts none */
static int cn_token(const char *s, size_t e, size_t i)
{
	if (i >= e || e - i < 3 || (unsigned char)s[i] < 0xE3 || (unsigned char)s[i] > 0xE9)
		return CN_NONE;
	for (int k = 0; k < (int)(sizeof cn_chars / sizeof cn_chars[0]); k++)
		if (!memcmp(s + i, cn_chars[k], 3))
			return k == CN_NONE ? CN_ZERO : k; /* 〇 is the last, a 零 */
	return CN_NONE;
}

/* Digits of a number in its places: at most 16 places (亿 over a group
 * that holds a 万: 一千万亿), so it fits in 64 bits. */
enum { CN_TERMS = 16, CN_FRAC = 18 };

typedef struct {
	int d[CN_TERMS], pos[CN_TERMS], zero[CN_TERMS], n;
} cn_terms;

/* the terms since `from` stand in a group of 10^shift (万, 亿): the
 * group must hold some, none already that high */
static int cn_shift(cn_terms *t, int from, int shift)
{
	if (from >= t->n)
		return 0;
	for (int k = from; k < t->n; k++) {
		if (t->pos[k] >= shift)
			return 0;
		t->pos[k] += shift;
	}
	return 1;
}

/* places fall one by one, or past a gap a 零 says (一千零五), and the
 * first has no 零 before it */
static int cn_places_ok(const cn_terms *t)
{
	if (!t->n || t->zero[0])
		return 0;
	for (int k = 1; k < t->n; k++) {
		int gap = t->pos[k - 1] - t->pos[k];
		if (gap < 1 || (t->zero[k] ? gap < 2 : gap != 1))
			return 0;
	}
	return 1;
}

/*
 * The integer part of a numeral, tokens s[i..e) up to a 点 or the end,
 * into *t; its end, or 0 when it is ill-formed.
 */
static size_t cn_integer(const char *s, size_t e, size_t i, cn_terms *t)
{
	int zero = 0, group = 0, yi_group = 0, wan_done = 0;
	memset(t, 0, sizeof *t);
	for (; i < e; i += 3) {
		int c = cn_token(s, e, i), next = cn_token(s, e, i + 3), d = c, pos = 0;
		if (c == CN_POINT)
			break;
		if (c == CN_ZERO) {
			if (zero)
				return 0;
			zero = 1;
			continue;
		}
		if (c == CN_WAN || c == CN_YI) {
			/* 零 before a group's word (一百零万) says nothing */
			if (zero || (c == CN_WAN && wan_done) ||
			    !cn_shift(t, c == CN_WAN ? group : yi_group, c == CN_WAN ? 4 : 8))
				return 0;
			wan_done = c == CN_WAN;
			group = t->n;
			if (c == CN_YI)
				yi_group = t->n;
			continue;
		}
		if (t->n == CN_TERMS)
			return 0;
		if (c == CN_TEN && !t->n && !zero) {
			d = 1, pos = 1; /* 十二: 十 first is 一十 */
		} else if (c >= 1 && c <= CN_TWO) {
			/* 两 only before a place (两百, 两万) or alone (两台) */
			if (c == CN_TWO && next != CN_HUNDRED && next != CN_THOUSAND &&
			    next != CN_WAN && next != CN_YI && !(i == 0 && next == CN_NONE))
				return 0;
			d = c == CN_TWO ? 2 : c;
			if (next == CN_TEN || next == CN_HUNDRED || next == CN_THOUSAND) {
				pos = next - CN_TEN + 1;
				i += 3;
			}
		} else {
			return 0; /* 百 千 with no digit (百姓, 千方百计), 半 among others */
		}
		t->d[t->n] = d, t->pos[t->n] = pos, t->zero[t->n] = zero;
		t->n++;
		zero = 0;
	}
	if (zero && !(t->n == 0 && i < e)) /* a 零 last; 零点五 is 0.5 */
		return 0;
	if (zero)
		return i;
	return cn_places_ok(t) ? i : 0;
}

/* the decimal digits of t's value into out (at least 17 bytes): their count */
static size_t cn_digits(const cn_terms *t, char *out)
{
	char d[CN_TERMS + 1];
	int top = t->n ? t->pos[0] : 0;
	memset(d, '0', sizeof d);
	for (int k = 0; k < t->n; k++)
		d[top - t->pos[k]] = (char)('0' + t->d[k]);
	memcpy(out, d, (size_t)top + 1);
	return (size_t)top + 1;
}

size_t pb_value_cjk_number(const char *s, size_t n, char *out)
{
	char buf[CN_TERMS + 2 + CN_FRAC];
	size_t len = 0, i;
	cn_terms t;

	if (n == 3 && cn_token(s, n, 0) == CN_HALF) {
		memcpy(buf, "0.5", 3);
		len = 3;
	} else if (n == 3 && cn_token(s, n, 0) == CN_HUNDRED) {
		memcpy(buf, "100", 3); /* 百分之百 */
		len = 3;
	} else {
		if (n % 3 || !(i = cn_integer(s, n, 0, &t)))
			return 0;
		len = cn_digits(&t, buf);
		if (i < n) { /* 点 and digits: 三点五 */
			buf[len++] = '.';
			for (i += 3; i < n; i += 3) {
				int c = cn_token(s, n, i);
				if (c > 9 || len == sizeof buf)
					return 0;
				buf[len++] = (char)('0' + c);
			}
			if (buf[len - 1] == '.')
				return 0;
		}
	}
	/* never longer than the numerals: a number's span holds it */
	if (len > n)
		return 0;
	memcpy(out, buf, len);
	out[len] = '\0';
	return len;
}

/* s[i..) is a run of numerals: its end */
static size_t cn_run(const char *s, size_t e, size_t i)
{
	while (cn_token(s, e, i) != CN_NONE)
		i += 3;
	return i;
}

/*
 * Words that start with a quantity in numerals and count nothing: after
 * a measure, a numeral (一人一档, 一户一策, 五个一: one of each), 性
 * (一次性, one-off) or, after 年, 级 (三年级, a school's grade); a
 * slogan's 个 (四个意识, 两个维护); and a few set phrases.  Read as
 * numbers, they were a target of 4 in a value that names a doctrine.
 */
static const char *const cn_slogan_after_ge[] = {
	"意识", "自信", "维护", "确立", "全面", "代表", "务必", "明确", "坚持", "确保", "基本点",
};
static const char *const cn_phrases[] = { "一条龙", "一件事", "一部分", "一张图", "一张网" };

static int cn_idiom(const char *s, size_t e, size_t i, size_t m)
{
	size_t a = m + 3; /* after the measure */
	int c = cn_token(s, e, a);
	if ((c != CN_NONE && c != CN_HALF) || lit(s, e, a, "性") ||
	    (lit(s, e, m, "年") && lit(s, e, a, "级")))
		return 1;
	for (size_t k = 0; lit(s, e, m, "个") && k < sizeof cn_slogan_after_ge / sizeof cn_slogan_after_ge[0]; k++)
		if (litn(s, e, a, cn_slogan_after_ge[k], strlen(cn_slogan_after_ge[k])))
			return 1;
	for (size_t k = 0; k < sizeof cn_phrases / sizeof cn_phrases[0]; k++)
		if (litn(s, e, i, cn_phrases[k], strlen(cn_phrases[k])))
			return 1;
	return 0;
}

enum { CQ_PCT = 1, CQ_RANGE = 2 };
static size_t cjk_quantity(const char *s, size_t e, size_t i, int mode);

/*
 * Does what follows the numerals s[i..r) make them a quantity: the end
 * of the cell, a measure word (cjk_measure), or a trailing 以上, 以内...
 * or 左右?  Not 月: 三月 is March, not three months (三个月), and a date
 * in numerals is not read.  Not 半成 (半成品).  With range, a range's
 * sign and a second quantity in numerals (三至五天): the caller finds the
 * range, and the value is partial, as 3至5天 is; 一至十二月, a period,
 * is none, nor is 一至12月 (1至12月 is a period's date).
 */
static int cn_quantity_follows(const char *s, size_t e, size_t i, size_t r, int range)
{
	if (r == e)
		return 1;
	for (size_t k = 0; range && k < sizeof range_sep / sizeof range_sep[0]; k++) {
		size_t l = litn(s, e, r, range_sep[k].w, range_sep[k].l);
		size_t d = l ? skip_blank(s, e, r + l) : e;
		if (d < e && cjk_quantity(s, e, d, 0))
			return 1;
	}
	if (lit(s, e, r, "月") || (r - i == 3 && cn_token(s, e, i) == CN_HALF && lit(s, e, r, "成")))
		return 0;
	for (size_t k = 0; k < sizeof num_suffix / sizeof num_suffix[0]; k++)
		if (litn(s, e, r, num_suffix[k].w, num_suffix[k].l))
			return 1;
	if (lit(s, e, r, "左右"))
		return 1;
	return in_cjk_list(cjk_measure, s, e, r) && !cn_idiom(s, e, i, r);
}

/*
 * A quantity in Chinese numerals at s[i]: the length of its number's
 * span, or 0.  A 万 or 亿 that ends the numerals is the unit's, as in
 * 3万元 (三万元: 3, unit 万元), so a group above it may not be in the
 * span (三亿五千万元 is not 三亿五千 of 万元: none is read).  A numeral
 * must begin with a digit, 十, 零点 or be 半 alone: 百姓, 千方百计, 万一
 * and 万人计划 hold no number.  pct: after 百分之, where anything may
 * follow (百分之九十五以上) and 百 alone is 100 (百分之百).  mode:
 * CQ_PCT for that, CQ_RANGE to take a range (cn_quantity_follows).
 */
static size_t cjk_quantity(const char *s, size_t e, size_t i, int mode)
{
	int pct = mode & CQ_PCT;
	size_t r = cn_run(s, e, i), end = r;
	char out[CN_TERMS + 2 + CN_FRAC + 1];
	int first = cn_token(s, e, i);

	if (r == i)
		return 0;
	if (pct && first == CN_HUNDRED && r - i == 3)
		return 3;
	if (first >= CN_HUNDRED && first <= CN_POINT)
		return 0;
	int last = cn_token(s, e, r - 3);
	if ((last == CN_WAN || last == CN_YI) && r - i > 3) {
		end = r - 3;
		for (size_t k = i; k < end; k += 3) {
			int c = cn_token(s, e, k);
			if (c == CN_YI || (last == CN_WAN && c == CN_WAN))
				return 0;
		}
	}
	if (end - i > 3 * (CN_TERMS * 2 + CN_FRAC) || !pb_value_cjk_number(s + i, end - i, out))
		return 0;
	/* 两千零二十五年 is a year (2025年 a date), 五千年 no year (5000年
	 * is partial): a date in numerals is not read */
	if (end == r && strcspn(out, ".") >= 4 && lit(s, e, r, "年"))
		return 0;
	return pct || cn_quantity_follows(s, e, i, r, mode & CQ_RANGE) ? end - i : 0;
}

/* A percentage in Chinese numerals (百分之九十五, 百分之百) is one
 * whatever follows it (百分之九十五以上): 百分之 says the measure. */
static int words_quantity(const char *s, size_t e, size_t j)
{
	size_t pct = lit(s, e, j, "百分之"), k = j + pct;
	while (k < e && in_cjk_list(cjk_numeral, s, e, k))
		k += 3;
	return k > j + pct && (pct || k == e || in_cjk_list(cjk_measure, s, e, k));
}

/*
 * 百分之95 is 95%, written as it is read aloud: where 百分之 and
 * blanks start at s[j] with a digit or a numeral (百分之九十五) after
 * them, its offset,
 * else 0.  Read as words, ≥百分之95 hid its target from every rule of
 * percentages, and 不低于百分之95 lost its sign.
 */
static size_t pct_digit(const char *s, size_t e, size_t j)
{
	size_t l = lit(s, e, j, "百分之"), d = l ? skip_blank(s, e, j + l) : e;
	return d < e && (is_digit(s[d]) || cjk_quantity(s, e, d, CQ_PCT)) ? d : 0;
}

/*
 * Words after a sign (≥上年水平, ≥去年同期, ≤国家标准, ≥Ⅲ类, ≥AA级): a
 * target relative to something or a grade, written as 不低于上年 and
 * 达到Ⅲ类标准 are, so text that keeps its sign and no garbled number
 * (value-partial called these errors while the same words after 不低于
 * passed).  Words start with a Chinese character, a Roman numeral or a
 * Latin letter.  Not an O or o before a digit, a point, another O or the
 * end (≥O.5, ≥OO%): OCR's 0, a number garbled.  Nothing, a sign or any
 * other mark after the sign (≥, ≥≥90%, ≥%, ≥.5) is garbling still.
 */
static int words_after_sign(const char *s, size_t e, size_t j)
{
	int32_t cp;
	if (j >= e)
		return 0;
	if ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))
		return !is_oh(s[j]) || (j + 1 < e && !is_digit(s[j + 1]) && s[j + 1] != '.' &&
		                        !is_oh(s[j + 1]) && !is_blank(s[j + 1]));
	pb_utf8_decode(s + j, e - j, &cp);
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	       (cp >= 0x2160 && cp <= 0x217F);
}

/* Words that only say the number is rough (约50万元, 200人左右): they
 * are no comparison, so op stays as it is, and no part of the unit. */
static const struct { const char *w; size_t l; } approx_prefix[] = {
	{ W("大约") }, { W("约为") }, { W("约") }, { W("预计") },
};

static const struct { const char *w; size_t l; const char *op; } date_suffix[] = {
	{ W("之前"), "<=" }, { W("以前"), "<=" }, { W("之后"), ">=" }, { W("以后"), ">=" },
	{ W("之内"), "<=" }, { W("以内"), "<=" },
	{ W("前"), "<=" }, { W("后"), ">=" },
	/* within it (2024年内, 6月内): due by its end, as 2024年底前 is */
	{ W("内"), "<=" },
};

/* a range's second number may be a percentage written out too
 * (百分之90到百分之95, 90%-百分之95), or in numerals (三至五天, as
 * 3至5天) */
static size_t range_sign(const char *s, size_t e, size_t i)
{
	for (size_t k = 0; k < sizeof range_sep / sizeof range_sep[0]; k++) {
		size_t l = litn(s, e, i, range_sep[k].w, range_sep[k].l);
		size_t d = l ? skip_blank(s, e, i + l) : e;
		if (d < e && (is_digit(s[d]) || pct_digit(s, e, d) || cjk_quantity(s, e, d, 0)))
			return d - i;
	}
	return 0;
}

/* Inline: the unit text after a number is scanned byte by byte, and only
 * these first two bytes start a sign (- ~, E2 80 for — –, E8 87 for 至,
 * EF BD for ～, EF BC for －, E5 88 for 到).  The second byte counts:
 * E5 and E8 lead most CJK characters, and range_sign on each of them
 * cost 7.5 M of pbtable's 800 M instructions on five corpus files. */
static inline size_t range_at(const char *s, size_t e, size_t i)
{
	if (i >= e)
		return 0;
	unsigned char c = (unsigned char)s[i], d = i + 1 < e ? (unsigned char)s[i + 1] : 0;
	if (c != '-' && c != '~' && !(c == 0xE2 && d == 0x80) && !(c == 0xE8 && d == 0x87) &&
	    !(c == 0xEF && (d == 0xBD || d == 0xBC)) && !(c == 0xE5 && d == 0x88))
		return 0;
	return range_sign(s, e, i);
}

/* the end of the number at s[i] for dao_joins: digits, and a point or a
 * separator with a digit after it (2,000.5) */
static size_t loose_number_end(const char *s, size_t e, size_t i)
{
	for (;;) {
		i += ndigits(s, e, i);
		size_t l = i < e && (s[i] == '.' || s[i] == ',') ? 1 : lit(s, e, i, "，");
		if (!l || i + l >= e || !is_digit(s[i + l]))
			return i;
		i += l;
	}
}

/*
 * Does the 到 at s[k] (a digit after it, maybe past blanks) join the
 * number before it to the one after, a range?  lo is where the first
 * number of the value ends.  The unit between the number before it and
 * 到 (90%到95%: %; 3个到5个: 个) is repeated after the second, or is a %
 * the second's end of the value or of its clause leaves out (90%到95).
 * Else the 到 is a word's (≥95%，力争达到98%; 3万元提高到5万元) or a
 * deadline's (≥95%到2025年底): no range, as before 到 was one.  Right
 * after a number (3到5个工作日, runs_on) there is no unit between.
 */
static int dao_joins(const char *s, size_t e, size_t lo, size_t k)
{
	size_t a = k, b = k, d, u;
	while (a > lo && !is_digit(s[a - 1]))
		a--;
	while (b > a && is_blank(s[b - 1]))
		b--;
	d = skip_blank(s, e, k + strlen("到"));
	if (pct_digit(s, e, d))
		d = pct_digit(s, e, d);
	u = skip_blank(s, e, d + cjk_quantity(s, e, d, 0));
	u = skip_blank(s, e, loose_number_end(s, e, u));
	if (b == a)
		return 1;
	if (e - u >= b - a && !memcmp(s + a, s + u, b - a))
		return 1;
	return b - a == 1 && s[a] == '%' &&
	       (u == e || s[u] == ',' || s[u] == ';' || s[u] == '(' || lit(s, e, u, "，") ||
	        lit(s, e, u, "；") || lit(s, e, u, "（"));
}

/* a range sign at s[k], in the unit of the number that ends at lo */
static int unit_range_at(const char *s, size_t e, size_t lo, size_t k)
{
	return range_at(s, e, k) && (!lit(s, e, k, "到") || dao_joins(s, e, lo, k));
}

/* A sign of comparison before a number in the unit (≥90%且≤100%): a
 * second bound, so the cell is a range, not the first number.  Only
 * bytes that start one of the signs are looked at. */
static int bound_at(const char *s, size_t e, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c != 0xE2 && c != '<' && c != '>' && c != '=')
		return 0;
	for (size_t k = 0; k < sizeof ops / sizeof ops[0] && ops[k].sym; k++) {
		size_t l = litn(s, e, i, ops[k].w, ops[k].l);
		if (l && (l = skip_blank(s, e, i + l)) < e &&
		    (is_digit(s[l]) || cjk_quantity(s, e, l, 0)))
			return 1;
	}
	return 0;
}

/* Does a trailing word agree with the leading operator?  以上 fits ≥ and >,
 * 以下/前 fit ≤ and <: the word then only repeats the sign. */
static int agrees(const char *op, const char *word_op)
{
	return op[0] == word_op[0] && op[0] != '=';
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && leap(y) ? 29 : d[m - 1];
}

/*
 * The length of a thousands separator at s[j] with a digit after it, or
 * 0: the amounts' (money.h), so ',' or the full-width '，' a Chinese
 * keyboard types (≥1，200项).  Read as a list sign instead, that wrote
 * num 1 and unit "，200项".
 */
static size_t group_sep(const char *s, size_t e, size_t j)
{
	size_t l = j < e ? pb_money_group_sep(s + j, s + e) : 0;
	return l && j + l < e && (is_digit(s[j + l]) || is_oh(s[j + l])) ? l : 0;
}

/*
 * A thousands space (≥1 000人次, as typeset): a space with exactly three
 * digits after it and no digit past them.  Only groups of three read so,
 * for 1 2 is two numbers (a list: partial), and the caller takes it
 * only after a lead group of 1-3 digits, as ',' is (money.h).
 */
static size_t space_group(const char *s, size_t e, size_t j)
{
	int oh = 0;
	return j < e && s[j] == ' ' && ndigits(s, e, j + 1) >= 1 &&
	       ndigits_o(s, e, j + 1, 0, &oh) == 3 ? 1 : 0;
}

static void set_partial(pb_value *v, size_t at)
{
	const char *op = v->op;
	memset(v, 0, sizeof *v);
	v->kind = PB_VK_TEXT;
	v->op = op;
	v->partial = 1;
	v->bad_off = at;
}

enum { NOT_DATE, IS_DATE, BAD_DATE };

/* Does a word that only a date takes start at s[j]: 底, 末, or one of
 * date_suffix (前, 之后...)? */
static int dated_after(const char *s, size_t e, size_t j)
{
	if (lit(s, e, j, "底") || lit(s, e, j, "末"))
		return 1;
	for (size_t k = 0; k < sizeof date_suffix / sizeof date_suffix[0]; k++)
		if (litn(s, e, j, date_suffix[k].w, date_suffix[k].l))
			return 1;
	return 0;
}

/*
 * A year's four digits with a space among them before its 年 (2 025年,
 * 20 25年: a PDF's letter-spaced or wrapped date), at s[i]: their bytes,
 * the year in *y; 0 if none, or if they make no year (1 000年 is a
 * thousand years, as its thousands space says).  Read as a thousands
 * group, 2 025年12月31日前 was the number 2025 in 年12月31日前.
 */
static size_t spaced_year(const char *s, size_t e, size_t i, int *y)
{
	size_t a = ndigits(s, e, i);
	if (a < 1 || a > 3 || i + a >= e || s[i + a] != ' ')
		return 0;
	size_t b = ndigits(s, e, i + a + 1);
	if (a + b != 4 || !lit(s, e, i + a + 1 + b, "年"))
		return 0;
	int v = small_int(s, i, a);
	for (size_t k = 0; k < b; k++)
		v = v * 10 + (s[i + a + 1 + k] - '0');
	if (v < 1900 || v > 2100)
		return 0;
	*y = v;
	return a + 1 + b;
}

/*
 * A part of a year after its 年 (2025年第三季度, 2025年Q3, 2025年上半年)
 * at s[j..e): its length, or 0.  Quarters are 第一季度 to 第四季度, with or
 * without 第, in Chinese numerals or digits, 季 for 季度, or Q1 to Q4; the
 * halves 上半年 and 下半年.  The month it ends on is not written, so none
 * is made up (the date stays the year), but the part says the target falls
 * due within the year, as a period within it does (2025年1-6月: op <=).
 * Read as rest, 2025年第三季度前 lost the 前 its op is.
 */
static size_t year_part(const char *s, size_t e, size_t j)
{
	static const char quarter[] = "一二三四";
	size_t k = j;
	if (lit(s, e, j, "上半年") || lit(s, e, j, "下半年"))
		return strlen("上半年");
	if (j + 1 < e && (s[j] == 'Q' || s[j] == 'q') && s[j + 1] >= '1' && s[j + 1] <= '4' &&
	    (j + 2 == e || !is_digit(s[j + 2])))
		return 2;
	k += lit(s, e, k, "第");
	if (k < e && s[k] >= '1' && s[k] <= '4')
		k++;
	else if (k < e && in_cjk_list(quarter, s, e, k))
		k += 3;
	else
		return 0;
	size_t l = lit(s, e, k, "季度");
	if (!l)
		l = lit(s, e, k, "季");
	return l ? k + l - j : 0;
}

/*
 * Try a date at the digit run s[i..).  On IS_DATE fills year/month/day/
 * period_end and *end; on BAD_DATE *end is where it broke.  NOT_DATE means
 * the digits are to be read as a number.  timely: the value is a
 * 时效指标's, where YYYY.M is a month (pb_value_parse_timely).
 */
static int parse_date(const char *s, size_t e, size_t i, int timely, int *part, pb_value *v,
                      size_t *end)
{
	size_t d = ndigits(s, e, i), j = i + d, l;
	int y = 0, m = 0, day = 0;
	size_t sp = d < 4 ? spaced_year(s, e, i, &y) : 0;

	if (sp)
		d = 4, j = i + sp;
	if (d >= 4 && (l = lit(s, e, j, "年"))) {
		/* 4+ digits before 年 are meant as a year: 62024年 is a garbled
		 * one, and picking 2024 out of it would be a guess */
		*end = i;
		if (d != 4)
			return BAD_DATE;
		if (!sp)
			y = small_int(s, i, 4);
		if (y < 1900 || y > 2100)
			return BAD_DATE;
		j += l;
		j += lit(s, e, j, "度");
		if ((l = year_part(s, e, j))) {
			/* 2025年第三季度末 ends the quarter, not the year: no
			 * period_end */
			j += l;
			*part = 1;
			if ((l = lit(s, e, j, "底")) || (l = lit(s, e, j, "末")))
				j += l;
		} else if (j < e && is_digit(s[j])) {
			size_t md = ndigits(s, e, j);
			*end = j;
			if (md > 2 || !(l = lit(s, e, j + md, "月")))
				return BAD_DATE;
			m = small_int(s, j, md);
			if (m < 1 || m > 12)
				return BAD_DATE;
			j += md + l;
			j += lit(s, e, j, "份");
			if (j < e && is_digit(s[j])) {
				size_t dd = ndigits(s, e, j);
				*end = j;
				l = lit(s, e, j + dd, "日");
				if (!l)
					l = lit(s, e, j + dd, "号");
				if (dd > 2 || !l)
					return BAD_DATE;
				day = small_int(s, j, dd);
				if (day < 1 || day > days_in(y, m))
					return BAD_DATE;
				j += dd + l;
			}
		}
		if (!day && !*part && ((l = lit(s, e, j, "底")) || (l = lit(s, e, j, "末")))) {
			v->period_end = 1;
			j += l;
		}
	} else if (d == 4 && j + 1 < e && (s[j] == '-' || s[j] == '/' || s[j] == '.') &&
	           is_digit(s[j + 1])) {
		char sep = s[j];
		size_t md = ndigits(s, e, j + 1), k = j + 1 + md;
		y = small_int(s, i, 4);
		if (md > 2)
			return NOT_DATE; /* 2024.125 is a number, 2023-2024 a range */
		m = small_int(s, j + 1, md);
		if (k + 1 < e && s[k] == sep && is_digit(s[k + 1])) {
			/* three parts can only be a date, so a bad one is garble */
			size_t dd = ndigits(s, e, k + 1);
			*end = i;
			if (dd > 2)
				return BAD_DATE;
			day = small_int(s, k + 1, dd);
			if (y < 1900 || y > 2100 || m < 1 || m > 12 || day < 1 ||
			    day > days_in(y, m))
				return BAD_DATE;
			j = k + 1 + dd;
		} else if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 &&
		           (sep != '.' || timely || dated_after(s, e, k))) {
			/* 2024-12; but 2024.12 stays the number it reads as,
			 * unless a date's word follows (2024.12前, 2024.12底)
			 * or it is a 时效 target (timely) */
			j = k;
			if ((l = lit(s, e, j, "底")) || (l = lit(s, e, j, "末"))) {
				v->period_end = 1;
				j += l;
			}
		} else if (sep == '.' && timely && y >= 1900 && y <= 2100) {
			/* a 时效 target's 2025.13 or 2025.0 is a month that is
			 * none, as 2025-13 is: read as the number 2025.13 it
			 * passed every rule */
			*end = j;
			return BAD_DATE;
		} else {
			return NOT_DATE;
		}
	} else if (d <= 2 && (l = lit(s, e, j, "月"))) {
		/* a month with its end or a day (12月底前, 6月30日) is a date in a
		 * year the cell does not name (year 0: none is made up); a bare
		 * 12月 is the number of months it reads as (≤12月) */
		size_t k = j + l, dd;
		y = 0;
		m = small_int(s, i, d);
		if (m < 1 || m > 12)
			return NOT_DATE;
		if ((l = lit(s, e, k, "底")) || (l = lit(s, e, k, "末"))) {
			v->period_end = 1;
			j = k + l;
		} else if (k < e && is_digit(s[k]) && (dd = ndigits(s, e, k)) <= 2 &&
		           ((l = lit(s, e, k + dd, "日")) || (l = lit(s, e, k + dd, "号")))) {
			day = small_int(s, k, dd);
			*end = k;
			if (day < 1 || day > days_in(2000, m)) /* 2月29日: some year has it */
				return BAD_DATE;
			j = k + dd + l;
		} else {
			return NOT_DATE;
		}
	} else {
		return NOT_DATE;
	}
	v->year = y;
	v->month = m;
	v->day = day;
	*end = j;
	return IS_DATE;
}

/* one end of a period: its year (0: not named), month and day (0: none) */
typedef struct {
	int y, m, d;
	int month_word; /* the month was written with 月, or as 2024.12 */
} period_end_t;

/*
 * One end of a period at the digits s[i..): [YYYY年[度]]M[月[D日]], or
 * YYYY.MM (also - and /).  Its end, or 0 when there is none.
 */
static size_t period_part(const char *s, size_t e, size_t i, period_end_t *t)
{
	size_t d = ndigits(s, e, i), j = i + d, l;

	memset(t, 0, sizeof *t);
	if (d == 4 && (l = lit(s, e, j, "年"))) {
		t->y = small_int(s, i, 4);
		j += l;
		j += lit(s, e, j, "度");
		i = j;
		d = ndigits(s, e, i);
		j = i + d;
	} else if (d == 4 && j + 1 < e && (s[j] == '.' || s[j] == '-' || s[j] == '/') &&
	           ndigits(s, e, j + 1) >= 1 && ndigits(s, e, j + 1) <= 2) {
		size_t md = ndigits(s, e, j + 1);
		t->y = small_int(s, i, 4);
		t->m = small_int(s, j + 1, md);
		t->month_word = 1;
		return t->y >= 1900 && t->y <= 2100 && t->m >= 1 && t->m <= 12 ? j + 1 + md : 0;
	}
	if ((t->y && (t->y < 1900 || t->y > 2100)) || d < 1 || d > 2)
		return 0;
	t->m = small_int(s, i, d);
	if (t->m < 1 || t->m > 12)
		return 0;
	if ((l = lit(s, e, j, "月"))) {
		size_t dd;
		t->month_word = 1;
		j += l;
		if ((dd = ndigits(s, e, j)) >= 1 && dd <= 2 &&
		    ((l = lit(s, e, j + dd, "日")) || (l = lit(s, e, j + dd, "号")))) {
			t->d = small_int(s, j, dd);
			if (t->d < 1 || t->d > days_in(t->y ? t->y : 2000, t->m))
				return 0;
			j += dd + l;
		}
	}
	return j;
}

/*
 * A period within a year (2024年1-12月, 2024年1月至6月, 2024.01-2024.12,
 * 2024年1月1日-2024年12月31日, 1-12月): the most ordinary 时效 target,
 * and no guess, so not the range a value-partial is.  It reads as its
 * end, due by then (op <=, as 12月底前).  1 when s[i..) starts one; *end
 * is where it ends.  The second end must name its month (1-12月), and
 * come after the first.
 */
static int parse_period(const char *s, size_t e, size_t i, pb_value *v, size_t *end)
{
	period_end_t a, b;
	size_t j = period_part(s, e, i, &a), l, k;

	if (j)
		j = skip_blank(s, e, j);
	if (!j || !(l = range_sign(s, e, j)) || !(k = period_part(s, e, j + l, &b)) ||
	    !b.month_word)
		return 0;
	if (!b.y)
		b.y = a.y;
	if (!a.y)
		a.y = b.y;
	if (a.y > b.y || (a.y == b.y && (a.m > b.m || (a.m == b.m && a.d > b.d && b.d))))
		return 0;
	if (b.d && b.d > days_in(b.y ? b.y : 2000, b.m))
		return 0;
	v->year = b.y;
	v->month = b.m;
	v->day = b.d;
	if ((l = lit(s, e, k, "底")) || (l = lit(s, e, k, "末")))
		k += l;
	v->period_end = !b.d;
	if (!v->op)
		v->op = "<=";
	*end = k;
	return 1;
}

/* s[j..e) follows a number or date: does another number start right here?
 * A ratio's sign is ':', the full-width '：' (normalizing keeps it) or
 * U+2236 '∶', the ratio sign Word inserts (比例尺 1∶2000, 配套比例 1∶1):
 * missed, 1∶2000 was the number 1 in the unit ∶2000, a wrong number
 * with no value-partial, and 1∶1 for a 率 a rate-unit error.  So is 比
 * with a digit after it (配套比例 1比1; 比上年 has none). */
static size_t runs_on(const char *s, size_t e, size_t j)
{
	size_t k = skip_blank(s, e, j);
	if (k < e && is_digit(s[k]))
		return 1;
	if (range_at(s, e, k))
		return 1;
	if (j + 1 < e && (s[j] == ':' || s[j] == '/') && is_digit(s[j + 1]))
		return 1;
	/* 1.2.3, or a decimal point a line wrap set a blank before
	 * (120 .5万元), as 120 5 and 120. 5 have one in them: whether the
	 * digits after it are a decimal part is a guess, and read as they
	 * stand, the unit was .5万元 */
	if (k < e && s[k] == '.' && (k = skip_blank(s, e, k + 1)) < e && is_digit(s[k]))
		return 1;
	if ((lit(s, e, j, "：") || lit(s, e, j, "∶") || lit(s, e, j, "比")) && j + 3 < e &&
	    is_digit(s[j + 3]))
		return 1;
	return 0;
}

static void finish_date(const char *s, size_t e, size_t j, pb_value *v)
{
	for (size_t k = 0; k < sizeof date_suffix / sizeof date_suffix[0]; k++) {
		size_t l = litn(s, e, j, date_suffix[k].w, date_suffix[k].l);
		if (!l)
			continue;
		if (!v->op)
			v->op = date_suffix[k].op;
		if (agrees(v->op, date_suffix[k].op))
			j += l;
		break;
	}
	if (runs_on(s, e, j)) {
		set_partial(v, j);
		return;
	}
	v->kind = PB_VK_DATE;
	j = skip_blank(s, e, j);
	if (j < e) {
		v->rest_off = j;
		v->rest_len = e - j;
	}
}

/*
 * The end of the number at s[i] (a digit): digits, thousands groups,
 * decimals; *oh set when OCR's O stands for a 0 in it.  A bad group
 * makes v partial.
 */
static size_t number_end(const char *s, size_t e, size_t i, pb_value *v, int *oh)
{
	size_t j = i + ndigits_o(s, e, i, 0, oh), l;
	int space = 0;
	if ((l = group_sep(s, e, j)) || (space = (l = space_group(s, e, j)) != 0)) {
		/* 1,000: a lead group of 1-3 digits, then groups of exactly 3;
		 * anything else (1,00  2023,2024) is a list, not one number */
		if (j - i > 3) {
			set_partial(v, j);
			return j;
		}
		for (; l; l = space ? space_group(s, e, j) : group_sep(s, e, j)) {
			if (ndigits_o(s, e, j + l, 1, oh) != 3) {
				set_partial(v, j);
				return j;
			}
			j += l + 3;
		}
		/* 1 000,000: two ways of grouping, not one number */
		if (space && group_sep(s, e, j)) {
			set_partial(v, j);
			return j;
		}
	}
	if (j + 1 < e && s[j] == '.' && is_digit(s[j + 1]))
		j += 1 + ndigits_o(s, e, j + 1, 0, oh);
	return j;
}

/*
 * After a number read with an O for 0, is the reading in doubt?  A Latin
 * letter next (1OK, 5OA) may mean the O began a word; 年 月 日 号 make
 * it a date or a count of years or months, whose digits the O hides
 * (2O24年).  Then the value is partial: a number is not guessed.
 */
static int oh_doubt(const char *s, size_t e, size_t j)
{
	if (j < e && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
		return 1;
	return lit(s, e, j, "年") || lit(s, e, j, "月") || lit(s, e, j, "日") ||
	       lit(s, e, j, "号");
}

static size_t first_oh(const char *s, size_t i, size_t j)
{
	while (i < j && !is_oh(s[i]))
		i++;
	return i;
}

/* Past a leading 约 (大约, 约为, 预计) when a number follows it */
static size_t skip_approx(const char *s, size_t e, size_t i)
{
	for (size_t k = 0; k < sizeof approx_prefix / sizeof approx_prefix[0]; k++) {
		size_t l = litn(s, e, i, approx_prefix[k].w, approx_prefix[k].l);
		if (l && (l = skip_blank(s, e, i + l)) < e &&
		    (is_digit(s[l]) || cjk_quantity(s, e, l, 0)))
			return l;
	}
	return i;
}

/* s[j..e) less a trailing 左右, or the 整 of 万元整 (整 alone may end a
 * word: 完整), and the blanks before it */
static size_t drop_approx(const char *s, size_t j, size_t e)
{
	if (e - j >= strlen("左右") && !memcmp(s + e - strlen("左右"), "左右", strlen("左右")))
		e -= strlen("左右");
	else if (e - j >= strlen("元整") && !memcmp(s + e - strlen("元整"), "元整", strlen("元整")))
		e -= strlen("整");
	while (e > j && is_blank(s[e - 1]))
		e--;
	return e;
}

/* Does the unit s[j..k) end in a measure, so that a 内 after it is
 * "within"? */
static int within_at(const char *s, size_t j, size_t k)
{
	char c = s[k - 1];
	if (c == '%' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	return k - j >= 3 && in_cjk_list(within_measure, s, k, k - 3);
}

/* A trailing [及]以上/以下/以内 (之内, or 内 after a measure) at s[..*e)
 * (past j): sets op when there is none and is taken off when it agrees.
 * 1 when one was there. */
static int take_suffix(const char *s, size_t j, size_t *e, pb_value *v)
{
	size_t l;
	for (size_t k = 0; k < sizeof num_suffix / sizeof num_suffix[0]; k++) {
		l = num_suffix[k].l;
		if (*e - j < l || s[*e - l] != num_suffix[k].w[0] ||
		    memcmp(s + *e - l, num_suffix[k].w, l))
			continue;
		if (!v->op)
			v->op = num_suffix[k].op;
		if (agrees(v->op, num_suffix[k].op))
			*e -= l;
		while (*e > j && is_blank(s[*e - 1]))
			(*e)--;
		return 1;
	}
	l = strlen("内");
	if (*e - j > l && !memcmp(s + *e - l, "内", l) && within_at(s, j, *e - l)) {
		if (!v->op)
			v->op = "<=";
		if (agrees(v->op, "<="))
			*e -= l;
		while (*e > j && is_blank(s[*e - 1]))
			(*e)--;
		return 1;
	}
	while (*e > j && is_blank(s[*e - 1]))
		(*e)--;
	return 0;
}

/*
 * Where a note in brackets that ends the unit s[j..e) starts
 * (100%（按期完成）, ≥90%（含）, 95%以上（含95%）), blanks before it
 * trimmed; e when there is none.  The note is what is said of the
 * number, not its unit: kept in it, pbcheck's rules, which ask for a
 * unit of %, passed ≥100100%（含） by.  Right after the number, in
 * 3（个）, the brackets may hold the unit itself: a note only when they
 * hold a word of one (note_word).  Brackets nest, and
 * a note that does not close where the cell ends is no note.
 */
/*
 * Words no unit holds and notes do (（按期完成）, （含）, （约）): brackets
 * right after the number holding one are a note, not the unit.
 */
static const struct { const char *w; size_t l; } note_word[] = {
	{ W("含") }, { W("按") }, { W("完成") }, { W("约") }, { W("预计") },
	{ W("左右") }, { W("以上") }, { W("以下") }, { W("以内") }, { W("不") },
};

static int holds_note_word(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		for (size_t k = 0; k < sizeof note_word / sizeof note_word[0]; k++)
			if (litn(s, to, i, note_word[k].w, note_word[k].l))
				return 1;
	return 0;
}

static size_t note_at(const char *s, size_t j, size_t e)
{
	size_t k = e;
	int depth = 0;
	while (k > j) {
		if (s[k - 1] == ')') {
			depth++, k--;
		} else if (k - j >= 3 && !memcmp(s + k - 3, "）", 3)) {
			depth++, k -= 3;
		} else if (s[k - 1] == '(') {
			depth--, k--;
		} else if (k - j >= 3 && !memcmp(s + k - 3, "（", 3)) {
			depth--, k -= 3;
		} else if (k == e) {
			return e; /* the cell does not end with a bracket */
		} else {
			k--;
		}
		if (depth <= 0)
			break;
	}
	if (depth != 0)
		return e;
	while (k > j && is_blank(s[k - 1]))
		k--;
	if (k > j)
		return k;
	/* brackets right after the number: the unit (3（个）) unless
	 * they say something of the number (100（按期完成）) */
	return holds_note_word(s, j, e) ? j : e;
}

/*
 * The end of a unit s[j..e) that starts with %, words after it cut off
 * (100%完成, 100%辖区内, 95%以上完成): % is a unit whole, and the words
 * are said of the target, as a note in brackets is (100%（按期完成）
 * had unit % where 100%完成 had %完成, which rate-unit and every
 * .unit=="%" reader missed).  A 以上 or 以下 first in them gives op as a
 * trailing one does, and the unit is kept as written when it disagrees
 * with the sign (≥95%以下完成).  Only words, a character of the CJK
 * blocks: %/年 is a unit.
 */
static size_t percent_words(const char *s, size_t j, size_t e, pb_value *v)
{
	int32_t cp;
	/* a blank between may be a break's (≥95%<br>力争98%) */
	size_t w = j < e ? skip_blank(s, e, j + 1) : e;
	if (e - j < 4 || s[j] != '%' || e - w < 3 || pb_utf8_decode(s + w, e - w, &cp) != 3 ||
	    cp < 0x3400 || cp > 0x9FFF)
		return e;
	for (size_t k = 0; k < sizeof num_suffix / sizeof num_suffix[0]; k++) {
		if (!litn(s, e, w, num_suffix[k].w, num_suffix[k].l))
			continue;
		if (!v->op)
			v->op = num_suffix[k].op;
		if (!agrees(v->op, num_suffix[k].op))
			return e;
		break;
	}
	return j + 1;
}

/*
 * The unit of 百分之95 (pct_digit), its rest s[j..*e) after suffix, note
 * and clause: %.  Nothing (百分之95以上), a % said twice (百分之95%) or
 * words (百分之95完成, as 95%完成: a 以上 or 以下 first in them is op)
 * leave it so, *e at j and unit_norm "%" but for the %, which stays the
 * span.  Anything else (百分之95m) says two measures: partial, 0.
 */
static int pct_unit(const char *s, size_t j, size_t *e, pb_value *v)
{
	int32_t cp;
	if (*e > j && s[j] == '%') {
		*e = percent_words(s, j, *e, v);
		return 1;
	}
	if (*e > j && (pb_utf8_decode(s + j, *e - j, &cp) != 3 || cp < 0x3400 || cp > 0x9FFF)) {
		set_partial(v, j);
		return 0;
	}
	for (size_t k = 0; *e > j && k < sizeof num_suffix / sizeof num_suffix[0]; k++)
		if (litn(s, *e, j, num_suffix[k].w, num_suffix[k].l)) {
			if (!v->op)
				v->op = num_suffix[k].op;
			break;
		}
	*e = j;
	v->unit_norm = "%";
	return 1;
}

/* the operator at s[i] whose number follows: its length, its ops index
 * in *k; 0 when none */
static size_t op_at(const char *s, size_t e, size_t i, size_t *k)
{
	for (*k = 0; *k < sizeof ops / sizeof ops[0]; (*k)++) {
		size_t l = litn(s, e, i, ops[*k].w, ops[*k].l);
		if (!l)
			continue;
		size_t j = skip_blank(s, e, i + l);
		return num_starts(s, e, j) || pct_digit(s, e, j) ? l : 0;
	}
	return 0;
}

/*
 * Where the comparison starts in a value that names its subject first
 * (满意度≥95%, 总成本不超过3000万元, 完成时间：≤2024年6月底): at most
 * SUBJECT_MAX characters, none of them ASCII but a colon or a blank, then
 * an operator and a number.  b when the value has no such subject.  A
 * subject once read as text hid the target from every rule (100100% or
 * 3000万元 went unchecked because the cell repeated its name).  Only with
 * an operator: 按1号文件执行 holds no target.
 */
enum { SUBJECT_MAX = 16 };

static size_t after_subject(const char *s, size_t e, size_t b)
{
	size_t i = b, k;
	/* no digit near the start, no target: most text values (明显提升)
	 * leave here (the scan below cost pbtable 3% of its instructions) */
	size_t reach = e - b < 4 * SUBJECT_MAX + 32 ? e : b + 4 * SUBJECT_MAX + 32;
	for (k = b; k < reach && !is_digit(s[k]); k++)
		;
	if (k == reach)
		return b;
	for (k = 0; k < sizeof ops / sizeof ops[0]; k++)
		if (litn(s, e, b, ops[k].w, ops[k].l))
			return b; /* 不低于90%: no subject 不 before 低于 */
	for (int chars = 0; i < e && chars <= SUBJECT_MAX; chars++) {
		if (op_at(s, e, i, &k))
			return i;
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c != ':' && !is_blank((char)c))
				return b;
			i++;
		} else if (lit(s, e, i, "，") || lit(s, e, i, "。") || lit(s, e, i, "；")) {
			return b; /* a sentence, not a name */
		} else {
			do
				i++;
			while (i < e && ((unsigned char)s[i] & 0xC0) == 0x80);
		}
	}
	return b;
}

/*
 * Where a clause after the unit starts: the first comma, semicolon or
 * sentence's end (， , ； ; 。 ！) outside brackets in s[j..e), or e, or
 * a point that ends the value (100%., what 100%． is once normalized).
 * What follows it is said of the target (95%以上，力争100%; ≥3个，其中省级
 * 1个), not its unit: kept in it, the unit was %以上，力争100% and the 以上
 * before it was lost; and a full stop ending the value made the unit %。
 * or 项。 (100%。, ≥5项。), which a reader of the records selecting
 * unit "%" missed.  A comma in a note (≤5天（工作日，不含节假日）) is the
 * note's.
 */
static size_t clause_at(const char *s, size_t j, size_t e)
{
	int depth = 0;
	for (size_t k = j; k < e; k++) {
		if (s[k] == '(' || lit(s, e, k, "（"))
			depth++;
		else if ((s[k] == ')' || lit(s, e, k, "）")) && depth > 0)
			depth--;
		else if (!depth && (s[k] == ',' || s[k] == ';' || lit(s, e, k, "，") ||
		                    lit(s, e, k, "；") || lit(s, e, k, "。") || lit(s, e, k, "！") ||
		                    (s[k] == '.' && skip_blank(s, e, k + 1) == e)))
			return k;
	}
	return e;
}

/* the length of the separator clause_at found at s[k] */
static size_t clause_sep(const char *s, size_t k)
{
	return s[k] == ',' || s[k] == ';' || s[k] == '.' ? 1 : 3;
}

/*
 * Does a power of ten or a product follow the number at s[j]: 10^4,
 * 10⁴, 1.2E+05, 1e3, 1.2×10⁴, 2*3?  The number written is then not the
 * value, and the value's number is not written: read as it stands, ≤10^4元
 * was 10 with the unit ^4元, and a wrong number carried no sign of it.
 */
static int power_at(const char *s, size_t e, size_t j)
{
	static const char *const sup[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻", "⁺" };
	/* a product's sign with blanks around it, as TeX sets \times
	 * (1 × 10⁴): read past them, 1 was the value and × 10⁴元 the unit */
	size_t b = skip_blank(s, e, j);
	if (b > j && b < e && (s[b] == '*' || lit(s, e, b, "×")))
		j = b;
	if (j >= e)
		return 0;
	if (s[j] == '^')
		return 1;
	if (s[j] == 'e' || s[j] == 'E') {
		size_t k = j + 1;
		if (k < e && (s[k] == '+' || s[k] == '-'))
			k++;
		return k < e && is_digit(s[k]);
	}
	if (s[j] == '*' || lit(s, e, j, "×")) {
		size_t k = skip_blank(s, e, j + (s[j] == '*' ? 1 : strlen("×")));
		return k < e && is_digit(s[k]);
	}
	/* superscripts start with C2 (¹ ² ³) or E2 (the rest): most units
	 * after a number (项, 万元, %) are spared the list */
	if ((unsigned char)s[j] != 0xC2 && (unsigned char)s[j] != 0xE2)
		return 0;
	for (size_t k = 0; k < sizeof sup / sizeof sup[0]; k++)
		if (litn(s, e, j, sup[k], strlen(sup[k])))
			return 1;
	return 0;
}

/*
 * The number in digits at s[i] (a minus before it when minus, after
 * 百分之 at pct_off when pct), or the date it starts: 1 and its end in
 * *end when a number follows, else 0 with v done (a date, or partial).
 */
static int digits_number(const char *s, size_t e, size_t i, size_t minus, size_t pct,
                         size_t pct_off, int timely, pb_value *v, size_t *end)
{
	size_t j;
	int oh = 0, part = 0;

	if (minus || pct) {
		/* a date or a period has no sign, nor is it a percentage:
		 * -2024年 and 百分之2024年 are garbled */
		pb_value t;
		memset(&t, 0, sizeof t);
		if (parse_period(s, e, i, &t, end) ||
		    parse_date(s, e, i, timely, &part, &t, end) != NOT_DATE) {
			set_partial(v, pct ? pct_off : i - minus);
			return 0;
		}
	} else if (parse_period(s, e, i, v, end)) {
		finish_date(s, e, *end, v);
		return 0;
	}
	switch (minus || pct ? NOT_DATE : parse_date(s, e, i, timely, &part, v, end)) {
	case IS_DATE:
		finish_date(s, e, *end, v);
		/* a part of the year with no 前 or 后 (2025年Q3): due
		 * within the year, as a period within it is */
		if (part && v->kind == PB_VK_DATE && !v->op)
			v->op = "<=";
		return 0;
	case BAD_DATE:
		set_partial(v, *end);
		return 0;
	}
	/* the number: digits, thousands groups, decimals */
	j = number_end(s, e, i, v, &oh);
	if (v->partial)
		return 0;
	if ((j < e && s[j] == '.' && (j + 1 == e || !is_digit(s[j + 1]))) ||
	    lit(s, e, j, "、")) {
		/* 1.加强管理, 1、…: a numbered item, not a quantity, unless a
		 * sign in front says a quantity was meant */
		if (v->op)
			set_partial(v, j);
		return 0;
	}
	if (runs_on(s, e, j) || power_at(s, e, j)) {
		set_partial(v, j);
		return 0;
	}
	if (oh && oh_doubt(s, e, j)) {
		set_partial(v, first_oh(s, i, j));
		return 0;
	}
	*end = j;
	return 1;
}

/*
 * The year's end or span in a year the cell does not name at s[i]
 * (年底前, 本年度内, 当年末): month 12 of year 0, as 12月底前 is, where
 * they were text beside it.  The end of 底 or 末 (period_end set), or
 * the position of 内 (a dsuffix: within it, <=); 0 when none.
 */
static size_t year_end_at(const char *s, size_t e, size_t i, pb_value *v)
{
	static const char *const lead[] = { "本年度", "本年", "当年", "年度", "年" };
	for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++) {
		size_t l = litn(s, e, i, lead[k], strlen(lead[k])), m;
		if (!l)
			continue;
		if ((m = lit(s, e, i + l, "底")) || (m = lit(s, e, i + l, "末"))) {
			v->period_end = 1;
			return i + l + m;
		}
		return lit(s, e, i + l, "内") ? i + l : 0;
	}
	return 0;
}

static void parse(const char *s, size_t n, int timely, pb_value *v)
{
	size_t b = 0, e = n, i, j = 0, k, l = 0;

	memset(v, 0, sizeof *v);
	v->kind = PB_VK_TEXT;
	while (b < e && is_blank(s[b]))
		b++;
	while (e > b && is_blank(s[e - 1]))
		e--;
	if (b == e)
		return;

	/* leading operator, after the subject when one is named */
	i = is_digit(s[b]) ? b : after_subject(s, e, b);
	/* no operator starts with a digit, and most values do */
	for (k = 0; k < sizeof ops / sizeof ops[0] && !is_digit(s[i]); k++)
		if ((l = litn(s, e, i, ops[k].w, ops[k].l)))
			break;
	int ceiling = 0, words = 0;
	if (l) {
		j = skip_blank(s, e, i + l);
		words = ops[k].op && (words_quantity(s, e, j) ||
		                      (ops[k].sym && words_after_sign(s, e, j)));
		if (ops[k].sym || num_starts(s, e, j) || pct_digit(s, e, j) || words ||
		    cjk_quantity(s, e, j, CQ_RANGE)) {
			v->op = ops[k].op;
			ceiling = !v->op;
			i = j;
		}
	}
	if (!v->op && i < e && !is_digit(s[i]))
		i = skip_approx(s, e, i);
	/* 百分之95: the number after it, a percentage (pct_unit) */
	size_t pct = pct_digit(s, e, i), pct_off = i;
	if (pct)
		i = pct;
	/* a minus sign: the number starts after it, its span at it */
	size_t minus = num_starts(s, e, i) && s[i] == '-' ? 1 : 0;
	i += minus;
	/* ≥十台 as ≥10台: numerals, the span of their number (cjk_quantity) */
	size_t cn = minus ? 0 : cjk_quantity(s, e, i, pct ? CQ_PCT : CQ_RANGE);
	if (!cn && !minus && !pct && (j = year_end_at(s, e, i, v)) != 0) {
		v->month = 12;
		finish_date(s, e, j, v);
		return;
	}
	if (!cn && (i >= e || !is_digit(s[i]))) {
		/* a sign promised a quantity; a cell without one is just text,
		 * and so is a quantity in words that reads as no number
		 * (≥一万二台, elided) or words after a sign (≥上年水平),
		 * though it keeps its sign; so is a tolerance after one
		 * (≤±7%), as ±5% alone is: no number is promised, and
		 * partial made pbcheck call a common form an error */
		size_t pm = lit(s, e, i, "±") ? skip_blank(s, e, i + strlen("±")) : e;
		if (v->op && !words && !(pm < e && is_digit(s[pm])))
			set_partial(v, i);
		return;
	}
	if (cn) {
		j = i + cn; /* no date: one in numerals is not read */
		if (runs_on(s, e, j)) {
			set_partial(v, j);
			return;
		}
	} else if (!digits_number(s, e, i, minus, pct, pct_off, timely, v, &j))
		return;
	v->kind = PB_VK_NUMBER;
	v->num_off = i - minus;
	v->num_len = j - i + minus;

	/* the unit: everything after the number up to a clause, less a
	 * trailing 以上/以下 and a note in brackets after it */
	size_t nend = j;
	j = skip_blank(s, e, j);
	size_t end = e;
	e = clause_at(s, j, e);
	if (e < end) {
		/* a clause that is another number (≥90%，100%) makes the
		 * cell a list, which of them is the target a guess; words
		 * (力争100%) are said of the number, as 每村1次 is */
		size_t c = skip_blank(s, end, e + clause_sep(s, e));
		if (num_starts(s, end, c) || cjk_quantity(s, end, c, 0)) {
			set_partial(v, c);
			return;
		}
		while (e > j && is_blank(s[e - 1]))
			e--;
	}
	e = drop_approx(s, j, e);
	int said = take_suffix(s, j, &e, v);
	size_t note = note_at(s, j, e);
	if (note < e) {
		e = note;
		if (!said)
			take_suffix(s, j, &e, v);
	}
	e = percent_words(s, j, e, v);
	if (ceiling && !v->op)
		v->op = "<=";
	/* 3万至5万, 90%-100%, ≥90%且≤100%: a second number behind a range
	 * sign or a second bound, in the note too */
	for (k = j; k < end; k++)
		if (unit_range_at(s, end, nend, k) || bound_at(s, end, k)) {
			set_partial(v, k);
			return;
		}
	if (pct && !pct_unit(s, j, &e, v))
		return;
	if (e > j) {
		v->unit_off = j;
		v->unit_len = e - j;
		if (e - j == strlen("百分比") && !memcmp(s + j, "百分比", e - j))
			v->unit_norm = "%";
	}
}

void pb_value_parse(const char *s, size_t n, pb_value *v)
{
	parse(s, n, 0, v);
}

/*
 * A 时效 target written 2026.06 (or 2026.6) is a month, the short form
 * filers use for 2026年6月: read as the number 2026.06, a date in the
 * year after the filing's went past date-outside-year while 2026.6.30
 * and 2026年6月 were caught.  Only under a 时效指标: elsewhere 2026.06
 * may be a number (a 成本 of 2026.06 under a name that gives the unit),
 * and a reader cannot tell.  Only a value that reads as a number
 * otherwise is read again, so nothing but YYYY.M changes.
 */
void pb_value_parse_timely(const char *s, size_t n, pb_value *v)
{
	parse(s, n, 0, v);
	if (v->kind == PB_VK_NUMBER)
		parse(s, n, 1, v);
}

void pb_value_parse_in(const char *level2, const char *s, size_t n, pb_value *v)
{
	if (level2 && pb_review_same(level2, "时效指标"))
		pb_value_parse_timely(s, n, v);
	else
		parse(s, n, 0, v);
}

const char *pb_value_kind_name(pb_value_kind k)
{
	switch (k) {
	case PB_VK_NUMBER:
		return "number";
	case PB_VK_DATE:
		return "date";
	default:
		return "text";
	}
}

const char *pb_value_unit(const pb_value *v, const char *s, size_t *len)
{
	if (v->unit_norm) {
		*len = strlen(v->unit_norm);
		return v->unit_norm;
	}
	*len = v->unit_len;
	return v->unit_len ? s + v->unit_off : NULL;
}

size_t pb_value_num(const pb_value *v, const char *s, char *out)
{
	size_t n = 0;
	/* numerals (十台, 百分之九十五): their number, never longer */
	if (v->num_len && (unsigned char)s[v->num_off] >= 0x80)
		return pb_value_cjk_number(s + v->num_off, v->num_len, out);
	/* the span holds a minus sign first or none, digits, '.', O for 0
	 * and separators: ',', ' ' or the three bytes of '，', the only
	 * bytes past ASCII */
	for (size_t j = 0; j < v->num_len; j++) {
		char c = s[v->num_off + j];
		if (is_digit(c) || c == '.' || c == '-')
			out[n++] = c;
		else if (is_oh(c))
			out[n++] = '0';
	}
	/* -05 is no JSON number, and a record drops leading zeros only
	 * before a digit first in the text: they go here */
	size_t z = 1;
	while (n && out[0] == '-' && z + 1 < n && out[z] == '0' && out[z + 1] != '.')
		z++;
	if (z > 1) {
		memmove(out + 1, out + z, n - z);
		n -= z - 1;
	}
	out[n] = '\0';
	return n;
}
