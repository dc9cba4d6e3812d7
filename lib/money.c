#include "money.h"

#include <string.h>

#include "digits.h"

/*
 * Intermediate results can exceed int64 (int64 times 10^18 when aligning
 * scales, int64 times int64 in percent), so they are computed exactly in
 * a 128-bit magnitude and only then squeezed back into a pb_money.  Four
 * 32-bit limbs keep every partial product inside uint64_t without any
 * compiler extension.
 */
typedef struct {
	uint32_t l[4]; /* least significant first */
} u128;

/* sign, magnitude and scale of an exact intermediate value; the scale
 * may be anything while computing, ex_to() brings it back to 0..18 */
typedef struct {
	int neg;
	u128 mag;
	int64_t scale;
} exact;

static u128 u_from(uint64_t v)
{
	u128 r = { { (uint32_t)v, (uint32_t)(v >> 32), 0, 0 } };
	return r;
}

static int u_is_zero(u128 a)
{
	return !(a.l[0] | a.l[1] | a.l[2] | a.l[3]);
}

/* a = a * k; returns the carry out of the top, nonzero on overflow */
static uint32_t u_mul(u128 *a, uint32_t k)
{
	uint64_t c = 0;
	int i;

	for (i = 0; i < 4; i++) {
		c += (uint64_t)a->l[i] * k;
		a->l[i] = (uint32_t)c;
		c >>= 32;
	}
	return (uint32_t)c;
}

/* a /= k; returns the remainder */
static uint32_t u_div(u128 *a, uint32_t k)
{
	uint64_t r = 0;
	int i;

	for (i = 3; i >= 0; i--) {
		r = r << 32 | a->l[i];
		a->l[i] = (uint32_t)(r / k);
		r %= k;
	}
	return (uint32_t)r;
}

static u128 u_mul64(uint64_t a, uint64_t b)
{
	uint32_t x[2] = { (uint32_t)a, (uint32_t)(a >> 32) };
	uint32_t y[2] = { (uint32_t)b, (uint32_t)(b >> 32) };
	u128 r = { { 0, 0, 0, 0 } };
	int i, j;

	for (i = 0; i < 2; i++) {
		uint64_t c = 0;
		for (j = 0; j < 2; j++) {
			/* (2^32-1)^2 + 2 * (2^32-1) == 2^64-1: no wrap */
			c += (uint64_t)x[i] * y[j] + r.l[i + j];
			r.l[i + j] = (uint32_t)c;
			c >>= 32;
		}
		r.l[i + 2] = (uint32_t)c;
	}
	return r;
}

static int u_cmp(u128 a, u128 b)
{
	int i;

	for (i = 3; i >= 0; i--)
		if (a.l[i] != b.l[i])
			return a.l[i] < b.l[i] ? -1 : 1;
	return 0;
}

/* callers stay below 2^126, so the sum cannot wrap */
static void u_add(u128 *a, u128 b)
{
	uint64_t c = 0;
	int i;

	for (i = 0; i < 4; i++) {
		c += (uint64_t)a->l[i] + b.l[i];
		a->l[i] = (uint32_t)c;
		c >>= 32;
	}
}

/* a -= b, requires a >= b */
static void u_sub(u128 *a, u128 b)
{
	uint64_t borrow = 0;
	int i;

	for (i = 0; i < 4; i++) {
		uint64_t d = (uint64_t)a->l[i] - b.l[i] - borrow;
		a->l[i] = (uint32_t)d;
		borrow = d >> 63;
	}
}

/* |v| without negating INT64_MIN in signed arithmetic */
static uint64_t mag64(int64_t v)
{
	return v < 0 ? (uint64_t)-(v + 1) + 1 : (uint64_t)v;
}

static int valid(pb_money m)
{
	return m.scale >= 0 && m.scale <= PB_MONEY_MAX_SCALE;
}

static exact ex_from(pb_money m)
{
	exact x;

	x.neg = m.units < 0;
	x.mag = u_from(mag64(m.units));
	x.scale = m.scale;
	return x;
}

/* Does x fit the int64 range as it stands?  Stores the units if so. */
static int ex_units(exact x, int64_t *units)
{
	uint64_t u;

	if (x.mag.l[2] | x.mag.l[3])
		return 0;
	u = (uint64_t)x.mag.l[1] << 32 | x.mag.l[0];
	if (u > (uint64_t)INT64_MAX + (x.neg ? 1u : 0u))
		return 0;
	/* u - 1 always fits, so INT64_MIN needs no signed overflow */
	*units = x.neg && u ? -(int64_t)(u - 1) - 1 : (int64_t)u;
	return 1;
}

/*
 * Bring x to a scale in 0..18 and the int64 range.  Only trailing zeros
 * may be dropped and only zeros appended, so the value never changes:
 * whatever cannot be done that way is an overflow.  *m is untouched then.
 */
static int ex_to(exact x, pb_money *m)
{
	int64_t units;

	if (u_is_zero(x.mag)) {
		m->units = 0;
		m->scale = x.scale < 0 ? 0 :
		           x.scale > PB_MONEY_MAX_SCALE ? PB_MONEY_MAX_SCALE :
		           (int)x.scale;
		return PB_MONEY_OK;
	}
	/* a nonzero value has at most 39 digits, so these loops are short */
	while (x.scale > PB_MONEY_MAX_SCALE || !ex_units(x, &units)) {
		u128 q = x.mag;
		if (x.scale <= 0 || u_div(&q, 10))
			return PB_MONEY_OVERFLOW;
		x.mag = q;
		x.scale--;
	}
	while (x.scale < 0) {
		u_mul(&x.mag, 10);
		x.scale++;
		if (!ex_units(x, &units))
			return PB_MONEY_OVERFLOW;
	}
	m->units = units;
	m->scale = (int)x.scale;
	return PB_MONEY_OK;
}

/*
 * Fast paths: most amounts are small and share a scale, so plain int64
 * arithmetic is exact for them; the 128-bit path above stays for the
 * rest, and for the unit test to check these against (pb_money_use_fast).
 * tb_derive_spend and amount parsing: pbtable 267.5 -> 263.2 M instructions.
 */
static int use_fast = 1;

int pb_money_use_fast(int on)
{
	int was = use_fast;
	use_fast = on;
	return was;
}

/* m's units at scale s (m.scale <= s <= 18), when they fit int64 */
static int units_at(pb_money m, int s, int64_t *u)
{
	int64_t f = (int64_t)pb_pow10[s - m.scale]; /* at most 10^18 */
	if (m.units > INT64_MAX / f || m.units < INT64_MIN / f)
		return 0;
	*u = m.units * f;
	return 1;
}

/* a and b at the larger of their scales (*s), when both fit int64 */
static int align64(pb_money a, pb_money b, int64_t *x, int64_t *y, int *s)
{
	*s = a.scale > b.scale ? a.scale : b.scale;
	return use_fast && valid(a) && valid(b) && units_at(a, *s, x) && units_at(b, *s, y);
}

/* Raise the smaller scale to the larger; both are <= 18, so the
 * magnitude stays below 2^63 * 10^18 < 2^124. */
static void ex_align(exact *a, exact *b)
{
	exact *lo = a->scale < b->scale ? a : b;
	int64_t to = a->scale < b->scale ? b->scale : a->scale;

	while (lo->scale < to) {
		u_mul(&lo->mag, 10);
		lo->scale++;
	}
}

/* a += b, both aligned */
static void ex_add(exact *a, exact b)
{
	if (a->neg == b.neg) {
		u_add(&a->mag, b.mag);
	} else if (u_cmp(a->mag, b.mag) >= 0) {
		u_sub(&a->mag, b.mag);
	} else {
		u_sub(&b.mag, a->mag);
		a->mag = b.mag;
		a->neg = b.neg;
	}
}

static int addsub(pb_money *acc, pb_money x, int negate)
{
	exact a, b;
	int64_t u, v;
	int s;

	if (!valid(*acc) || !valid(x))
		return PB_MONEY_INVALID;
	if (align64(*acc, x, &u, &v, &s) && !(negate && v == INT64_MIN)) {
		if (negate)
			v = -v;
		if (!(v > 0 && u > INT64_MAX - v) && !(v < 0 && u < INT64_MIN - v)) {
			acc->units = u + v;
			acc->scale = s;
			return PB_MONEY_OK;
		}
	}
	a = ex_from(*acc);
	b = ex_from(x);
	b.neg ^= negate;
	ex_align(&a, &b);
	ex_add(&a, b);
	return ex_to(a, acc);
}

int pb_money_add(pb_money *acc, pb_money x)
{
	return addsub(acc, x, 0);
}

int pb_money_sub(pb_money *acc, pb_money x)
{
	return addsub(acc, x, 1);
}

int pb_money_scale10(pb_money *m, int e)
{
	exact x;

	if (!valid(*m))
		return PB_MONEY_INVALID;
	if (use_fast && e <= 0 && e >= -PB_MONEY_MAX_SCALE && m->scale - e <= PB_MONEY_MAX_SCALE) {
		m->scale -= e; /* the units stay: 元 into 万元 */
		return PB_MONEY_OK;
	}
	x = ex_from(*m);
	x.scale -= e; /* int64: no overflow even for INT_MIN */
	return ex_to(x, m);
}

int pb_money_percent(pb_money a, pb_money pct, pb_money *out)
{
	exact x;

	if (!valid(a) || !valid(pct))
		return PB_MONEY_INVALID;
	uint64_t ua = mag64(a.units), up = mag64(pct.units);
	if (use_fast && a.scale + pct.scale + 2 <= PB_MONEY_MAX_SCALE &&
	    (!ua || up <= (uint64_t)INT64_MAX / ua)) {
		int64_t u = (int64_t)(ua * up);
		out->units = (a.units < 0) != (pct.units < 0) ? -u : u;
		out->scale = a.scale + pct.scale + 2;
		return PB_MONEY_OK;
	}
	x.neg = (a.units < 0) != (pct.units < 0);
	x.mag = u_mul64(mag64(a.units), mag64(pct.units));
	x.scale = (int64_t)a.scale + pct.scale + 2;
	return ex_to(x, out);
}

int pb_money_cmp(pb_money a, pb_money b)
{
	exact x, y;
	int64_t u, v;
	int c;

	if (align64(a, b, &u, &v, &c))
		return (u > v) - (u < v);
	x = ex_from(a);
	y = ex_from(b);
	if (x.neg != y.neg)
		return x.neg ? -1 : 1;
	ex_align(&x, &y);
	c = u_cmp(x.mag, y.mag);
	return x.neg ? -c : c;
}

int pb_money_is_zero(pb_money m)
{
	return m.units == 0;
}

pb_money pb_money_zero(void)
{
	pb_money m = { 0, 0 };
	return m;
}

void pb_money_trim(pb_money *m)
{
	/* % and / by 10 are defined for INT64_MIN, unlike negation */
	while (m->scale > 0 && m->units % 10 == 0) {
		m->units /= 10;
		m->scale--;
	}
}

/* Digits seen so far: a significand without its trailing zeros, which are
 * only counted, so "0.000000000000000000000" or "1000e-3" cost nothing.
 * The significand never ends in 0, so if it passes 64 bits no scale can
 * make it fit int64: "big" then just means overflow. */
typedef struct {
	uint64_t sig;
	int64_t zeros;
	int big;
} digits;

static void feed(digits *d, int c)
{
	unsigned v = (unsigned)(c - '0');

	if (v == 0 || d->big) {
		d->zeros++;
		return;
	}
	for (; d->zeros >= 0; d->zeros--) {
		if (d->sig > UINT64_MAX / 10) {
			d->big = 1;
			return;
		}
		d->sig *= 10;
	}
	d->zeros = 0;
	if (d->sig > UINT64_MAX - v)
		d->big = 1;
	else
		d->sig += v;
}

static int is_digit(const char *p, const char *end)
{
	return p < end && *p >= '0' && *p <= '9';
}

size_t pb_money_group_sep(const char *p, const char *end)
{
	if (p < end && *p == ',')
		return 1;
	return end - p >= 3 && !memcmp(p, "，", 3) ? 3 : 0;
}

/* [+-] digit* [. digit*] with 1 to 18 digits: the value as written, at
 * the scale written (what the exact path makes of it), or 0 for the
 * exact path to read */
static int parse_plain(const char *p, const char *end, pb_money *m)
{
	int neg = 0, nd = 0, nfrac = -1;
	int64_t v = 0;

	if (p < end && (*p == '+' || *p == '-'))
		neg = *p++ == '-';
	for (; p < end; p++) {
		if (*p >= '0' && *p <= '9') {
			if (++nd > PB_MONEY_MAX_SCALE)
				return 0;
			v = v * 10 + (*p - '0');
			nfrac += nfrac >= 0;
		} else if (*p == '.' && nfrac < 0) {
			nfrac = 0;
		} else {
			return 0;
		}
	}
	if (!nd)
		return 0;
	m->units = neg ? -v : v;
	m->scale = nfrac < 0 ? 0 : nfrac;
	return 1;
}

/* ' '* [+-] int [. frac] [eE [+-] digit+] ' '*, with int or frac nonempty */
int pb_money_parse(const char *s, size_t n, pb_money *m)
{
	const char *p = s, *end, *intp;
	digits d = { 0, 0, 0 };
	int64_t nint = 0, nfrac = 0, ex = 0, want;
	int neg = 0, eneg = 0, grp = 0, commas = 0, rc;
	size_t sep;
	pb_money r;
	exact x;

	if (n == 0) /* s may be NULL then, and NULL + 0 is not allowed */
		return PB_MONEY_INVALID;
	end = s + n;
	while (p < end && *p == ' ')
		p++;
	while (end > p && end[-1] == ' ')
		end--;
	if (use_fast && parse_plain(p, end, m))
		return PB_MONEY_OK;
	if (p < end && (*p == '+' || *p == '-'))
		neg = *p++ == '-';
	for (intp = p; (sep = pb_money_group_sep(p, end)) || is_digit(p, end); p += sep ? sep : 1) {
		if (!sep) {
			grp++;
			nint++;
			feed(&d, *p);
		} else if (commas ? grp != 3 : grp < 1 || grp > 3 || *intp == '0') {
			return PB_MONEY_INVALID;
		} else {
			commas++;
			grp = 0;
		}
	}
	if (commas && grp != 3)
		return PB_MONEY_INVALID;
	if (p < end && *p == '.')
		for (p++; is_digit(p, end); p++, nfrac++)
			feed(&d, *p);
	if (nint + nfrac == 0)
		return PB_MONEY_INVALID;
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			eneg = *p++ == '-';
		if (!is_digit(p, end))
			return PB_MONEY_INVALID;
		/* saturate: any exponent this large overflows or gives 0 */
		for (; is_digit(p, end); p++)
			if (ex < 1000000000)
				ex = ex * 10 + (*p - '0');
		if (eneg)
			ex = -ex;
	}
	if (p != end)
		return PB_MONEY_INVALID;
	if (d.big)
		return PB_MONEY_OVERFLOW;
	x.neg = neg;
	x.mag = u_from(d.sig);
	x.scale = nfrac - ex - d.zeros;
	rc = ex_to(x, &r);
	if (rc != PB_MONEY_OK)
		return rc;
	/* ex_to gave the smallest scale; put back the written zeros of
	 * "2800.00" as far as they fit, since they say what was meant */
	want = nfrac - ex;
	while (r.scale < want && r.scale < PB_MONEY_MAX_SCALE &&
	       r.units <= INT64_MAX / 10 && r.units >= INT64_MIN / 10) {
		r.units *= 10;
		r.scale++;
	}
	*m = r;
	return PB_MONEY_OK;
}

/*
 * Do the integer part's pieces p[0..n) (digits and single spaces, no
 * space at either end) make one number?  Thousands grouped (1 234 567),
 * or one break before a rest that starts with 0 (25000 00): no amount
 * of its own does, so it is the first piece's.
 */
static int one_integer(const char *p, size_t n)
{
	size_t pieces = 1, lead = 0, run = 0;
	int grouped = 1, zero_rest = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] != ' ') {
			run++;
			continue;
		}
		if (pieces == 1)
			lead = run;
		else if (run != 3)
			grouped = 0;
		pieces++;
		run = 0;
		zero_rest = p[i + 1] == '0';
	}
	if (pieces == 1)
		return 1;
	grouped &= run == 3 && lead >= 1 && lead <= 3 && p[0] != '0';
	return grouped || (pieces == 2 && zero_rest);
}

enum { SPACED_MAX = 64 }; /* longer is no amount a table writes */

/*
 * A minus sign typeset as U+2212 (−, Word's and a typeset PDF's) or the
 * full-width U+FF0D (－, a Chinese keyboard's) right before the first
 * digit at p: its length, 3; else 0.  Normalizing folds neither, for
 * both also join ranges (1－5) and frame page numbers (－7－); before a
 * digit that starts an amount they can only be its sign, and read as
 * no amount, 预算数 −20.00 was null with a warning where -20.00 was -20.
 */
static size_t typeset_minus(const char *p, const char *end)
{
	if (end - p > 3 && (!memcmp(p, "\xE2\x88\x92", 3) || !memcmp(p, "\xEF\xBC\x8D", 3)) &&
	    p[3] >= '0' && p[3] <= '9')
		return 3;
	return 0;
}

int pb_money_parse_spaced(const char *s, size_t n, pb_money *m)
{
	if (!n) /* s may be NULL then, and NULL + 0 is undefined */
		return pb_money_parse(s, n, m);
	const char *t = s, *tend = s + n;
	while (t < tend && *t == ' ')
		t++;
	size_t tm = typeset_minus(t, tend);
	if (tm) {
		/* exactly as the ASCII minus reads: copied with one, the
		 * rest of the amount, wrapping's spaces and all, as it is;
		 * past any amount a table writes, the digits negated (they
		 * start with a digit, so they are no less than 0) */
		char as_ascii[4 * SPACED_MAX];
		size_t rest = (size_t)(tend - t) - tm;
		if (rest < sizeof as_ascii) {
			as_ascii[0] = '-';
			memcpy(as_ascii + 1, t + tm, rest);
			return pb_money_parse_spaced(as_ascii, rest + 1, m);
		}
		int r = pb_money_parse_spaced(t + tm, rest, m);
		if (r == PB_MONEY_OK)
			m->units = -m->units;
		return r;
	}
	int rc = pb_money_parse(s, n, m);
	if (rc != PB_MONEY_INVALID || !n || n > SPACED_MAX)
		return rc;
	const char *p = s, *end = s + n, *dot = NULL;
	while (p < end && *p == ' ')
		p++;
	while (end > p && end[-1] == ' ')
		end--;
	char joined[SPACED_MAX];
	size_t nd = 0, spaces = 0;
	for (const char *q = p; q < end; q++) {
		if (*q == '.') {
			if (dot)
				return PB_MONEY_INVALID;
			dot = q;
		} else if (*q == ' ') {
			/* a space after the decimals begin ends one amount */
			if (q[-1] == ' ' || (dot && q != dot + 1))
				return PB_MONEY_INVALID;
			spaces++;
			continue;
		} else if (*q < '0' || *q > '9') {
			return PB_MONEY_INVALID;
		}
		joined[nd++] = *q;
	}
	if (!dot || !spaces || dot == p || dot + 1 == end)
		return PB_MONEY_INVALID;
	const char *int_end = dot[-1] == ' ' ? dot - 1 : dot;
	if (!one_integer(p, (size_t)(int_end - p)))
		return PB_MONEY_INVALID;
	return pb_money_parse(joined, nd, m);
}

int pb_money_format(pb_money m, int decimals, char *out, size_t cap)
{
	/* written backwards into the first half of buf, lowest digit first;
	 * the zeroed second half lets a whole PB_MONEY_FMT_CAP be copied at
	 * once, the NUL with it, when out has that room (pbtable's amounts:
	 * building the digits, then the text, then copying it by length,
	 * cost twice as much) */
	char buf[2 * PB_MONEY_FMT_CAP], *e = buf + PB_MONEY_FMT_CAP, *p = e;
	uint64_t u;
	int i, shown;
	size_t len;

	if (!valid(m))
		return -1;
	pb_money_trim(&m);
	shown = decimals > PB_MONEY_MAX_SCALE ? PB_MONEY_MAX_SCALE : decimals;
	if (shown < m.scale)
		shown = m.scale;
	u = mag64(m.units);
	for (i = m.scale; i < shown; i++)
		*--p = '0';
	for (i = 0; i < m.scale; i++, u /= 10)
		*--p = (char)('0' + u % 10);
	if (shown > 0)
		*--p = '.';
	/* the integer part two digits a division (pbtable 263.2 -> 262.6 M
	 * instructions), always at least one */
	p = pb_digits_back(p, u);
	if (m.units < 0)
		*--p = '-';
	len = (size_t)(e - p);
	if (cap >= PB_MONEY_FMT_CAP) {
		memset(e, 0, PB_MONEY_FMT_CAP);
		memcpy(out, p, PB_MONEY_FMT_CAP);
		return (int)len;
	}
	if (len >= cap)
		return -1;
	memcpy(out, p, len);
	out[len] = '\0';
	return (int)len;
}
