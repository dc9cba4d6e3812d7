#include "moneysum.h"

#include <string.h>

/*
 * The wide part is six 32-bit limbs, least significant first, so every
 * partial product fits uint64_t without a compiler extension; 192 bits
 * hold 10^57, and a total needs at most 2^123 * 2^48 (see moneysum.h).
 * Everything here is linear in the limbs and runs once a term that does
 * not fit int64 is added, or once a total is written: not a hot path.
 */
enum { NL = 6 };

/* w = w * k + d; returns the carry out of the top */
static uint32_t w_muladd(uint32_t w[NL], uint32_t k, uint32_t d)
{
	uint64_t c = d;

	for (int i = 0; i < NL; i++) {
		c += (uint64_t)w[i] * k;
		w[i] = (uint32_t)c;
		c >>= 32;
	}
	return (uint32_t)c;
}

/* w /= k for w taken as unsigned; returns the remainder */
static uint32_t w_div(uint32_t w[NL], uint32_t k)
{
	uint64_t r = 0;

	for (int i = NL - 1; i >= 0; i--) {
		r = r << 32 | w[i];
		w[i] = (uint32_t)(r / k);
		r %= k;
	}
	return (uint32_t)r;
}

/* w += x modulo 2^192 */
static void w_add(uint32_t w[NL], const uint32_t x[NL])
{
	uint64_t c = 0;

	for (int i = 0; i < NL; i++) {
		c += (uint64_t)w[i] + x[i];
		w[i] = (uint32_t)c;
		c >>= 32;
	}
}

/* w = -w modulo 2^192: ~w + 1 */
static void w_neg(uint32_t w[NL])
{
	uint64_t c = 1;

	for (int i = 0; i < NL; i++) {
		c += (uint32_t)~w[i];
		w[i] = (uint32_t)c;
		c >>= 32;
	}
}

static int w_is_zero(const uint32_t w[NL])
{
	uint32_t o = 0;

	for (int i = 0; i < NL; i++)
		o |= w[i];
	return !o;
}

/* m * 10^18 in w, exactly: |units| <= 2^63 times 10^18 < 2^123 */
static void w_from_money(uint32_t w[NL], pb_money m)
{
	uint64_t u = m.units < 0 ? (uint64_t)-(m.units + 1) + 1 : (uint64_t)m.units;

	memset(w, 0, NL * sizeof *w);
	w[0] = (uint32_t)u;
	w[1] = (uint32_t)(u >> 32);
	for (int i = m.scale; i < PB_MONEY_MAX_SCALE; i++)
		w_muladd(w, 10, 0);
	if (m.units < 0)
		w_neg(w);
}

/* The value of s at scale 18: its sign, and its magnitude in mag. */
static int total(const pb_money_sum *s, uint32_t mag[NL])
{
	int neg;

	w_from_money(mag, s->m);
	if (s->spilled)
		w_add(mag, s->wide);
	neg = (int)(mag[NL - 1] >> 31);
	if (neg)
		w_neg(mag);
	return neg;
}

/* Does mag (with its sign) fit int64?  Stores the value if so. */
static int w_int64(const uint32_t mag[NL], int neg, int64_t *v)
{
	uint64_t u;

	for (int i = 2; i < NL; i++)
		if (mag[i])
			return 0;
	u = (uint64_t)mag[1] << 32 | mag[0];
	if (u > (uint64_t)INT64_MAX + (neg ? 1u : 0u))
		return 0;
	/* u - 1 always fits, so INT64_MIN needs no signed overflow */
	*v = neg && u ? -(int64_t)(u - 1) - 1 : (int64_t)u;
	return 1;
}

int pb_money_sum_add(pb_money_sum *s, pb_money x)
{
	int rc = pb_money_add(&s->m, x);
	uint32_t w[NL];

	if (rc != PB_MONEY_OVERFLOW)
		return rc;
	w_from_money(w, x);
	w_add(s->wide, w);
	s->spilled = 1;
	return PB_MONEY_OK;
}

void pb_money_sum_merge(pb_money_sum *s, const pb_money_sum *x)
{
	pb_money_sum_add(s, x->m);
	if (!x->spilled)
		return;
	w_add(s->wide, x->wide);
	s->spilled = 1;
}

int pb_money_sum_get(const pb_money_sum *s, pb_money *out)
{
	uint32_t mag[NL], q[NL];
	int neg, scale = PB_MONEY_MAX_SCALE;
	int64_t units;

	if (!s->spilled) {
		*out = s->m;
		return PB_MONEY_OK;
	}
	neg = total(s, mag);
	/* the largest scale that fits, as pb_money's own results keep */
	while (!w_int64(mag, neg, &units)) {
		memcpy(q, mag, sizeof q);
		if (scale == 0 || w_div(q, 10))
			return PB_MONEY_OVERFLOW;
		memcpy(mag, q, sizeof q);
		scale--;
	}
	out->units = units;
	out->scale = scale;
	return PB_MONEY_OK;
}

int pb_money_sum_format(const pb_money_sum *s, int shift, int decimals, char *out, size_t cap)
{
	char dig[64]; /* lowest first; 192 bits are 58 digits at most */
	uint32_t mag[NL];
	int neg, nd = 0, frac, tz, shown;
	size_t len = 0;

	if (shift < 0 || shift > 4)
		return -1;
	neg = total(s, mag);
	while (!w_is_zero(mag))
		dig[nd++] = (char)('0' + w_div(mag, 10));
	frac = PB_MONEY_MAX_SCALE - shift;
	for (tz = 0; tz < frac && (tz >= nd || dig[tz] == '0'); tz++)
		;
	shown = decimals > PB_MONEY_MAX_SCALE ? PB_MONEY_MAX_SCALE : decimals;
	if (shown < frac - tz)
		shown = frac - tz;
	/* sign, integer digits (at least one), '.', decimals, NUL */
	if ((size_t)(1 + (nd > frac ? nd - frac : 1) + 1 + shown + 1) > cap)
		return -1;
	if (neg && nd)
		out[len++] = '-';
	if (nd <= frac)
		out[len++] = '0';
	for (int i = nd - 1; i >= frac; i--)
		out[len++] = dig[i];
	if (shown > 0)
		out[len++] = '.';
	for (int i = frac - 1; i >= frac - shown; i--)
		out[len++] = i < 0 ? '0' : i < nd ? dig[i] : '0';
	out[len] = '\0';
	return (int)len;
}

/* 10^24 (in 万元: 10^42 at scale 18) bounds a total read back from text,
 * so 2^48 such terms stay below 2^191 */
enum { PARSE_MAX_INT_DIGITS = 24 };

/* A plain decimal past int64: -?digits(.digits)?, as pbsum writes;
 * INVALID for any other form */
static int parse_wide(const char *p, const char *end, pb_money_sum *out)
{
	uint32_t w[NL] = { 0 };
	const char *ip, *ie, *fp = NULL, *fe = NULL;
	int neg = 0;

	if (p < end && *p == '-') {
		neg = 1;
		p++;
	}
	for (ip = p; p < end && *p >= '0' && *p <= '9'; p++)
		;
	ie = p;
	if (p < end && *p == '.') {
		for (fp = ++p; p < end && *p >= '0' && *p <= '9'; p++)
			;
		fe = p;
		if (fe == fp)
			return PB_MONEY_INVALID;
	}
	if (ie == ip || p != end)
		return PB_MONEY_INVALID;
	while (ip < ie - 1 && *ip == '0')
		ip++;
	while (fe > fp && fe[-1] == '0')
		fe--;
	if (ie - ip > PARSE_MAX_INT_DIGITS || fe - fp > PB_MONEY_MAX_SCALE)
		return PB_MONEY_OVERFLOW;
	for (; ip < ie; ip++)
		w_muladd(w, 10, (uint32_t)(*ip - '0'));
	for (int i = 0; i < PB_MONEY_MAX_SCALE; i++)
		w_muladd(w, 10, fp < fe ? (uint32_t)(*fp++ - '0') : 0);
	if (neg)
		w_neg(w);
	memset(out, 0, sizeof *out);
	memcpy(out->wide, w, sizeof w);
	out->spilled = 1;
	return PB_MONEY_OK;
}

int pb_money_sum_parse(const char *s, size_t n, pb_money_sum *out)
{
	pb_money m;
	int rc = pb_money_parse(s, n, &m);

	/* a number pb_money_parse read but cannot hold: anything but a
	 * plain decimal (an exponent) stays too large */
	if (rc == PB_MONEY_OVERFLOW)
		return parse_wide(s, s + n, out) == PB_MONEY_OK ? PB_MONEY_OK : PB_MONEY_OVERFLOW;
	if (rc != PB_MONEY_OK)
		return rc;
	memset(out, 0, sizeof *out);
	out->m = m;
	return PB_MONEY_OK;
}

int pb_money_sum_trunc(const pb_money_sum *s, int decimals, int64_t *u)
{
	uint32_t mag[NL];
	int neg;

	if (decimals < -40 || decimals > PB_MONEY_MAX_SCALE)
		return PB_MONEY_INVALID;
	neg = total(s, mag);
	for (int i = decimals; i < PB_MONEY_MAX_SCALE; i++)
		w_div(mag, 10);
	return w_int64(mag, neg, u) ? PB_MONEY_OK : PB_MONEY_OVERFLOW;
}
