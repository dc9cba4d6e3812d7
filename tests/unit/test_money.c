#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "money.h"
#include "moneysum.h"

#define OK PB_MONEY_OK
#define INV PB_MONEY_INVALID
#define OVF PB_MONEY_OVERFLOW

/* parse a literal that the test itself guarantees is valid */
static pb_money M(const char *s)
{
	pb_money m = { 12345, 3 };
	int rc = pb_money_parse(s, strlen(s), &m);

	if (rc != OK)
		fprintf(stderr, "test_money: bad literal \"%s\"\n", s);
	CHECK(rc == OK);
	return m;
}

/* shortest form, in a rotating static buffer so two can be compared */
static const char *S(pb_money m)
{
	static char buf[4][PB_MONEY_FMT_CAP];
	static int k;
	char *b = buf[k++ % 4];

	if (pb_money_format(m, -1, b, PB_MONEY_FMT_CAP) < 0)
		return "(format failed)";
	return b;
}

static void test_parse(void)
{
	static const struct {
		const char *in;
		int rc;
		const char *out; /* shortest form when rc == OK */
		int scale;       /* expected scale when rc == OK */
	} t[] = {
		{ "2800.00", OK, "2800", 2 },
		{ "0.88", OK, "0.88", 2 },
		{ "1234.56", OK, "1234.56", 2 },
		{ "0.123456", OK, "0.123456", 6 },
		{ "20", OK, "20", 0 },
		{ "  -3.5  ", OK, "-3.5", 1 },
		{ "+7", OK, "7", 0 },
		{ "-0", OK, "0", 0 },
		{ "0.00", OK, "0", 2 },
		{ "007", OK, "7", 0 },
		{ ".5", OK, "0.5", 1 },
		{ "5.", OK, "5", 0 },
		{ "1e3", OK, "1000", 0 },
		{ "-1.5E-2", OK, "-0.015", 3 },
		{ "1.5e+1", OK, "15", 0 },
		{ "1000e-3", OK, "1", 3 },
		{ "0e999999999999", OK, "0", 0 },
		{ "0e-999999999999", OK, "0", 18 },
		{ "1,234.5", OK, "1234.5", 1 },
		{ "1，234.5", OK, "1234.5", 1 },
		{ "12，345,678", OK, "12345678", 0 },
		{ "12,345,678", OK, "12345678", 0 },
		{ "-999,999.99", OK, "-999999.99", 2 },
		{ "9223372036854775807", OK, "9223372036854775807", 0 },
		{ "-9223372036854775808", OK, "-9223372036854775808", 0 },
		{ "9.223372036854775807", OK, "9.223372036854775807", 18 },
		{ "0.000000000000000001", OK, "0.000000000000000001", 18 },
		{ "0.0000000000000000010", OK, "0.000000000000000001", 18 },
		{ "0.10000000000000000000000", OK, "0.1", 18 },
		{ "92233720368547758070e-1", OK, "9223372036854775807", 0 },
		/* trailing zeros are kept only as far as they fit */
		{ "922337203685477580.70", OK, "922337203685477580.7", 1 },
		{ "", INV, NULL, 0 },
		{ "   ", INV, NULL, 0 },
		{ ".", INV, NULL, 0 },
		{ "-", INV, NULL, 0 },
		{ "1.2.3", INV, NULL, 0 },
		{ "abc", INV, NULL, 0 },
		{ "12abc", INV, NULL, 0 },
		{ "1e", INV, NULL, 0 },
		{ "1e+", INV, NULL, 0 },
		{ "e5", INV, NULL, 0 },
		{ "--1", INV, NULL, 0 },
		{ "- 1", INV, NULL, 0 },
		{ "1 000", INV, NULL, 0 },
		{ "\t1", INV, NULL, 0 },
		{ "1,23", INV, NULL, 0 },
		{ "1,2345", INV, NULL, 0 },
		{ "1234,567", INV, NULL, 0 },
		{ ",123", INV, NULL, 0 },
		{ "1,,234", INV, NULL, 0 },
		{ "1,234,", INV, NULL, 0 },
		{ "1，23", INV, NULL, 0 },
		{ "1，", INV, NULL, 0 },
		{ "1\xef\xbc", INV, NULL, 0 },
		{ "0，123", INV, NULL, 0 },
		{ "0,123", INV, NULL, 0 },
		{ "1.234,567", INV, NULL, 0 },
		{ "1e3,000", INV, NULL, 0 },
		{ "0x10", INV, NULL, 0 },
		{ "inf", INV, NULL, 0 },
		{ "99999999999999999999999x", INV, NULL, 0 },
		{ "9223372036854775808", OVF, NULL, 0 },
		{ "-9223372036854775809", OVF, NULL, 0 },
		{ "0.0000000000000000001", OVF, NULL, 0 },
		{ "10.000000000000000001", OVF, NULL, 0 },
		{ "123456789012345678901234567890", OVF, NULL, 0 },
		/* 2^64 + 10: would read as 10 if the significand wrapped */
		{ "18446744073709551626", OVF, NULL, 0 },
		{ "1e19", OVF, NULL, 0 },
		{ "1e-19", OVF, NULL, 0 },
		{ "1e999999999999999999999", OVF, NULL, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		pb_money m = { 777, 1 };
		int rc = pb_money_parse(t[i].in, strlen(t[i].in), &m);

		if (rc != t[i].rc)
			fprintf(stderr, "parse case %zu \"%s\": rc %d\n", i,
			        t[i].in, rc);
		CHECK(rc == t[i].rc);
		if (t[i].rc != OK) {
			/* a failed parse leaves the output alone */
			CHECK(m.units == 777 && m.scale == 1);
			continue;
		}
		CHECK_STR(S(m), t[i].out);
		CHECK(m.scale == t[i].scale);
	}

	/* the length is honoured: no reading past n, NULs are not ends */
	{
		pb_money m;
		CHECK(pb_money_parse("12345", 3, &m) == OK && m.units == 123);
		CHECK(pb_money_parse("1\0" "2", 3, &m) == INV);
		CHECK(pb_money_parse(NULL, 0, &m) == INV);
	}
}

/* amounts that wrapping broke with spaces: one amount only when the
 * pieces cannot be two */
static void test_parse_spaced(void)
{
	static const struct {
		const char *in;
		int rc;
		const char *out;
		int scale;
	} t[] = {
		{ "1234.56", OK, "1234.56", 2 },
		{ "1,234.5", OK, "1234.5", 1 },
		{ "1 234.56", OK, "1234.56", 2 },
		{ "12 345 678.00", OK, "12345678", 2 },
		{ "250 250.00", OK, "250250", 2 },
		{ "25000 00.00", OK, "2500000", 2 },
		{ "2500000 0.00", OK, "25000000", 2 },
		{ "1234 .56", OK, "1234.56", 2 },
		{ "1234. 56", OK, "1234.56", 2 },
		{ "1234 . 56", OK, "1234.56", 2 },
		{ " 1 234.56 ", OK, "1234.56", 2 },
		{ "1 234 .56", OK, "1234.56", 2 },
		/* two amounts side by side, or may be */
		{ "100.00 50.00", INV, NULL, 0 },
		{ "100.00 50", INV, NULL, 0 },
		{ "1234.5 6", INV, NULL, 0 },
		{ "100 50.00", INV, NULL, 0 },
		{ "25000 10.00", INV, NULL, 0 },
		{ "1 234", INV, NULL, 0 },
		{ "25000 00", INV, NULL, 0 },
		{ "1234 567.00", INV, NULL, 0 },
		{ "1 23.00", INV, NULL, 0 },
		{ "0 123.00", INV, NULL, 0 },
		{ "1 000 00.00", INV, NULL, 0 },
		{ "1  234.56", INV, NULL, 0 },
		{ "-1 234.56", INV, NULL, 0 },
		{ "1,234 .56", INV, NULL, 0 },
		{ "1 234.", INV, NULL, 0 },
		{ " .5 6", INV, NULL, 0 },
		{ "1 234.56万元", INV, NULL, 0 },
		{ "", INV, NULL, 0 },
		{ "1 111 111 111 111 111 111 111 111 111 111 111 111 111 111 111 111.00", INV, NULL, 0 },
		{ "9 223 372 036 854 775 808.0", OVF, NULL, 0 },
		/* a minus typeset as U+2212 or U+FF0D before the first digit
		 * is the sign (r19d); elsewhere it is none */
		{ "−1234.56", OK, "-1234.56", 2 },
		{ "－1,234.5", OK, "-1234.5", 1 },
		{ " −20.00 ", OK, "-20", 2 },
		{ "－1234 .56", INV, NULL, 0 },   /* as -1234 .56 */
		{ "−0.00", OK, "0", 2 },
		{ "−9223372036854775808", OK, "-9223372036854775808", 0 },
		{ "−9223372036854775809", OVF, NULL, 0 },
		{ "1－5", INV, NULL, 0 },
		{ "－7－", INV, NULL, 0 },
		{ "− 20.00", INV, NULL, 0 },
		{ "−", INV, NULL, 0 },
		{ "−-5", INV, NULL, 0 },
		{ "－+5", INV, NULL, 0 },
		{ "−−5", INV, NULL, 0 },
		{ "−1 234.56", INV, NULL, 0 },
		{ "—20.00", INV, NULL, 0 },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		pb_money m = { 777, 1 };
		int rc = pb_money_parse_spaced(t[i].in, strlen(t[i].in), &m);
		if (rc != t[i].rc)
			fprintf(stderr, "spaced parse case %zu \"%s\": rc %d\n", i, t[i].in, rc);
		CHECK(rc == t[i].rc);
		if (t[i].rc != OK) {
			CHECK(m.units == 777 && m.scale == 1);
			continue;
		}
		CHECK_STR(S(m), t[i].out);
		CHECK(m.scale == t[i].scale);
	}
	/* the length is honoured */
	pb_money m;
	CHECK(pb_money_parse_spaced("1 234.567", 8, &m) == OK && m.units == 123456 && m.scale == 2);
	CHECK(pb_money_parse_spaced("1 234.56", 5, &m) == INV);
	CHECK(pb_money_parse_spaced(NULL, 0, &m) == INV);
	/* past the copy's room the typeset minus reads as '-' all the same */
	{
		char a[1024], b[1024];
		pb_money ma, mb;
		for (size_t z = 200; z < 1000; z += 97) {
			int la = snprintf(a, sizeof a, "-1.%0*d", (int)z, 0);
			int lb = snprintf(b, sizeof b, "\xE2\x88\x92" "1.%0*d", (int)z, 0);
			int ra = pb_money_parse_spaced(a, (size_t)la, &ma);
			CHECK(ra == pb_money_parse_spaced(b, (size_t)lb, &mb));
			CHECK(ra != OK || (ma.units == mb.units && ma.scale == mb.scale));
			CHECK(ra != OK || ma.units < 0);
		}
	}
}

static void test_addsub(void)
{
	static const struct {
		const char *a, *b;
		int sub, rc;
		const char *out;
	} t[] = {
		{ "0.1", "0.2", 0, OK, "0.3" },
		{ "1.5", "0.25", 0, OK, "1.75" },
		{ "2800.00", "0.88", 0, OK, "2800.88" },
		{ "1", "0.000000000000000001", 0, OK, "1.000000000000000001" },
		{ "-1.5", "1.5", 0, OK, "0" },
		{ "1", "3.25", 1, OK, "-2.25" },
		{ "-0.5", "-0.25", 1, OK, "-0.25" },
		{ "9223372036854775806", "1", 0, OK, "9223372036854775807" },
		{ "9223372036854775807", "1", 0, OVF, NULL },
		{ "-9223372036854775807", "1", 1, OK, "-9223372036854775808" },
		{ "-9223372036854775808", "1", 1, OVF, NULL },
		{ "0", "-9223372036854775808", 1, OVF, NULL },
		{ "-1", "-9223372036854775808", 1, OK, "9223372036854775807" },
		{ "-9223372036854775808", "-9223372036854775808", 1, OK, "0" },
		{ "922337203685477580", "0.7", 0, OK, "922337203685477580.7" },
		{ "922337203685477580", "0.8", 0, OVF, NULL },
		/* too wide at 18 decimals, but the sum ends in zeros */
		{ "5.000000000000000001", "4.999999999999999999", 0, OK, "10" },
		{ "4.611686018427387904", "5.388313981572612096", 0, OK, "10" },
		{ "4.611686018427387904", "5.388313981572612097", 0, OVF, NULL },
		/* scales too far apart for int64, yet the result fits */
		{ "922337203685477581", "-0.5", 0, OK, "922337203685477580.5" },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		pb_money acc = M(t[i].a), x = M(t[i].b), before = acc;
		int rc = t[i].sub ? pb_money_sub(&acc, x) :
		                    pb_money_add(&acc, x);

		if (rc != t[i].rc)
			fprintf(stderr, "addsub case %zu: rc %d\n", i, rc);
		CHECK(rc == t[i].rc);
		if (rc == OK)
			CHECK_STR(S(acc), t[i].out);
		else
			CHECK(acc.units == before.units &&
			      acc.scale == before.scale);
	}

	/* the larger scale survives, so amounts keep their decimals */
	{
		pb_money acc = M("1.50"), x = M("2");
		CHECK(pb_money_add(&acc, x) == OK && acc.units == 350 &&
		      acc.scale == 2);
	}
	{
		pb_money acc = M("0.1");
		CHECK(pb_money_add(&acc, M("0.2")) == OK);
		CHECK(pb_money_cmp(acc, M("0.3")) == 0);
		CHECK(pb_money_cmp(acc, M("0.30000000000000001")) < 0);
	}
	{
		pb_money bad = { 1, 19 }, acc = M("1");
		CHECK(pb_money_add(&acc, bad) == INV);
		CHECK(pb_money_sub(&bad, acc) == INV);
	}
}

static void test_scale10(void)
{
	static const struct {
		const char *in;
		int e, rc;
		const char *out;
	} t[] = {
		{ "200000.00", -4, OK, "20" },
		{ "1234.56", -4, OK, "0.123456" },
		{ "0.123456", 4, OK, "1234.56" },
		{ "20", 4, OK, "200000" },
		{ "-1.5", 0, OK, "-1.5" },
		{ "1", -18, OK, "0.000000000000000001" },
		{ "1", -19, OVF, NULL },
		{ "10", -19, OK, "0.000000000000000001" },
		{ "1", 18, OK, "1000000000000000000" },
		{ "1", 19, OVF, NULL },
		{ "9.223372036854775807", 18, OK, "9223372036854775807" },
		{ "-9.223372036854775808", 18, OK, "-9223372036854775808" },
		{ "9.223372036854775807", 19, OVF, NULL },
		{ "0", 1000, OK, "0" },
		{ "0", -1000, OK, "0" },
		{ "1", INT_MAX, OVF, NULL },
		{ "1", INT_MIN, OVF, NULL },
		{ "1000000000000000000", INT_MIN, OVF, NULL },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		pb_money m = M(t[i].in), before = m;
		int rc = pb_money_scale10(&m, t[i].e);

		if (rc != t[i].rc)
			fprintf(stderr, "scale10 case %zu: rc %d\n", i, rc);
		CHECK(rc == t[i].rc);
		if (rc == OK)
			CHECK_STR(S(m), t[i].out);
		else
			CHECK(m.units == before.units &&
			      m.scale == before.scale);
	}

	/* 元 -> 万元 -> 元 gives back the very same amount */
	{
		pb_money m = M("1234.56");
		CHECK(pb_money_scale10(&m, -4) == OK && m.scale == 6);
		CHECK(pb_money_scale10(&m, 4) == OK);
		CHECK(m.units == 123456 && m.scale == 2);
	}
}

static void test_percent(void)
{
	static const struct {
		const char *a, *pct;
		int rc;
		const char *out;
	} t[] = {
		{ "2800.00", "25", OK, "700" },
		{ "330.15", "30", OK, "99.045" },
		{ "1", "33.33", OK, "0.3333" },
		{ "-200", "12.5", OK, "-25" },
		{ "200", "-12.5", OK, "-25" },
		{ "-200", "-12.5", OK, "25" },
		{ "0", "99", OK, "0" },
		{ "123.45", "100", OK, "123.45" },
		{ "9223372036854775807", "100", OK, "9223372036854775807" },
		{ "9223372036854775807", "200", OVF, NULL },
		{ "-9223372036854775808", "100", OK, "-9223372036854775808" },
		{ "-9223372036854775808", "-100", OVF, NULL },
		{ "0.000000000000000001", "1", OVF, NULL },
		{ "0.000000000000000001", "100", OK, "0.000000000000000001" },
		{ "0.000000000000000002", "50", OK, "0.000000000000000001" },
		{ "0.000000000000000001", "50", OVF, NULL },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		pb_money out = { 42, 0 };
		int rc = pb_money_percent(M(t[i].a), M(t[i].pct), &out);

		if (rc != t[i].rc)
			fprintf(stderr, "percent case %zu: rc %d\n", i, rc);
		CHECK(rc == t[i].rc);
		if (rc == OK)
			CHECK_STR(S(out), t[i].out);
		else
			CHECK(out.units == 42 && out.scale == 0);
	}
}

static void test_cmp(void)
{
	static const struct {
		const char *a, *b;
		int want;
	} t[] = {
		{ "0.3", "0.30", 0 },
		{ "2800", "2800.000000", 0 },
		{ "0", "-0.00", 0 },
		{ "1", "0.999999999999999999", 1 },
		{ "-1", "-0.5", -1 },
		{ "-0.5", "0.5", -1 },
		{ "0", "0.000000000000000001", -1 },
		{ "0", "-0.000000000000000001", 1 },
		{ "9223372036854775807", "9.223372036854775807", 1 },
		{ "-9223372036854775808", "-9.223372036854775808", -1 },
		{ "-9223372036854775808", "9223372036854775807", -1 },
		{ "-9223372036854775808", "-9223372036854775808", 0 },
		{ "922337203685477580.7", "922337203685477581", -1 },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		pb_money a = M(t[i].a), b = M(t[i].b);
		CHECK(pb_money_cmp(a, b) == t[i].want);
		CHECK(pb_money_cmp(b, a) == -t[i].want);
	}
	CHECK(pb_money_is_zero(M("0.000")));
	CHECK(!pb_money_is_zero(M("0.000000000000000001")));
	CHECK(pb_money_is_zero(pb_money_zero()) &&
	      pb_money_zero().scale == 0);
}

static void test_format(void)
{
	static const struct {
		int64_t units;
		int scale, decimals;
		const char *out;
	} t[] = {
		{ 2000, 2, -1, "20" },
		{ 123456, 6, -1, "0.123456" },
		{ -35, 1, -1, "-3.5" },
		{ 0, 5, -1, "0" },
		{ -5, 3, -1, "-0.005" },
		{ 2000, 2, 2, "20.00" },
		{ 20, 0, 2, "20.00" },
		{ 123456, 6, 2, "0.123456" },
		{ 123450, 6, 2, "0.12345" },
		{ 0, 0, 2, "0.00" },
		{ 7, 0, 0, "7" },
		{ 75, 1, 0, "7.5" },
		{ 1, 0, 99, "1.000000000000000000" },
		{ INT64_MAX, 0, -1, "9223372036854775807" },
		{ INT64_MIN, 0, -1, "-9223372036854775808" },
		{ INT64_MIN, 18, -1, "-9.223372036854775808" },
		{ INT64_MIN, 0, 18,
		  "-9223372036854775808.000000000000000000" },
		{ 1, 18, -1, "0.000000000000000001" },
		{ -1, 18, 0, "-0.000000000000000001" },
	};
	char out[PB_MONEY_FMT_CAP];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		pb_money m = { t[i].units, t[i].scale };
		int n = pb_money_format(m, t[i].decimals, out, sizeof out);
		CHECK_STR(n >= 0 ? out : NULL, t[i].out);
		CHECK(n == (int)strlen(t[i].out));
	}

	/* cap counts the NUL; a short buffer is not written */
	{
		pb_money m = { 1234, 0 }, bad = { 1, 19 };
		memcpy(out, "xyz", 4);
		CHECK(pb_money_format(m, -1, out, 4) == -1);
		CHECK_STR(out, "xyz");
		CHECK(pb_money_format(m, -1, out, 5) == 4);
		CHECK_STR(out, "1234");
		CHECK(pb_money_format(m, -1, out, 0) == -1);
		CHECK(pb_money_format(bad, -1, out, sizeof out) == -1);
	}

	/* parse and format agree on each other's output */
	{
		pb_money m = M("-1,234.500"), back;
		int n = pb_money_format(m, 2, out, sizeof out);
		CHECK_STR(out, "-1234.50");
		CHECK(pb_money_parse(out, (size_t)n, &back) == OK &&
		      pb_money_cmp(back, m) == 0);
	}
	{
		pb_money m = { 12300, 4 };
		pb_money_trim(&m);
		CHECK(m.units == 123 && m.scale == 2);
		m.units = INT64_MIN;
		m.scale = 3;
		pb_money_trim(&m);
		CHECK(m.units == INT64_MIN && m.scale == 3);
	}
}

/*
 * A million six-decimal amounts, written as text the way filings and our
 * JSON do, summed through parse + add, against the same sum kept on plain
 * integers of micro-units.  Any rounding anywhere would show.
 */
static void test_sum(void)
{
	uint64_t seed = 20240601;
	int64_t want = 0;
	pb_money acc = pb_money_zero(), x;
	char text[64], got[PB_MONEY_FMT_CAP], ref[64];
	int i, bad = 0;

	for (i = 0; i < 1000000; i++) {
		int64_t v, a;
		int dec = 6;

		seed = seed * 6364136223846793005u + 1442695040888963407u;
		/* up to ±1e12 micro-units: ±1,000,000 yuan */
		v = (int64_t)((seed >> 20) % 2000000000001u) - 1000000000000;
		a = v < 0 ? -v : v;
		/* vary the written decimals so scales have to be aligned */
		while (dec > 0 && (seed >> 8) % 3 == 0 && a % 10 == 0) {
			a /= 10;
			dec--;
			seed = seed * 6364136223846793005u + 1;
		}
		if (dec > 0) {
			int64_t p = 1, k;
			for (k = 0; k < dec; k++)
				p *= 10;
			snprintf(text, sizeof text, "%s%" PRId64 ".%0*" PRId64,
			         v < 0 ? "-" : "", a / p, dec, a % p);
		} else {
			snprintf(text, sizeof text, "%s%" PRId64,
			         v < 0 ? "-" : "", a);
		}
		if (pb_money_parse(text, strlen(text), &x) != OK ||
		    pb_money_add(&acc, x) != OK)
			bad++;
		want += v;
	}
	CHECK(bad == 0);
	{
		pb_money w = { want, 6 };
		CHECK(pb_money_cmp(acc, w) == 0);
		CHECK(acc.scale == 6 && acc.units == want);
	}
	snprintf(ref, sizeof ref, "%s%" PRId64 ".%06" PRId64,
	         want < 0 ? "-" : "", (want < 0 ? -want : want) / 1000000,
	         (want < 0 ? -want : want) % 1000000);
	pb_money_format(acc, 6, got, sizeof got);
	CHECK_STR(got, ref);
}

/* xorshift: the same cases every run */
static uint64_t rnd_state = 0x9E3779B97F4A7C15u;
static uint64_t rnd(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return rnd_state;
}

/* units of every size, the int64 ends included; scales 0..18 and a
 * few invalid ones */
static pb_money rnd_money(void)
{
	static const int64_t ends[] = { 0, 1, -1, INT64_MAX, INT64_MIN, INT64_MAX / 10,
	                                INT64_MIN / 10, 100, 922337203685477580 };
	pb_money m;
	uint64_t r = rnd();
	switch (r % 4) {
	case 0: m.units = ends[(r >> 8) % (sizeof ends / sizeof ends[0])]; break;
	case 1: m.units = (int64_t)(rnd() % 2001) - 1000; break;
	case 2: m.units = (int64_t)(rnd() >> (rnd() % 64)) * ((r >> 9) & 1 ? -1 : 1); break;
	default: m.units = (int64_t)rnd(); break;
	}
	m.scale = (int)(rnd() % 22) - 1; /* -1, 19, 20: invalid */
	return m;
}

static int same_money(int rc1, pb_money a, int rc2, pb_money b)
{
	return rc1 == rc2 && (rc1 != OK || (a.units == b.units && a.scale == b.scale));
}

/* The int64 fast paths give what the exact 128-bit path gives: result,
 * scale, return code, and an output left alone on failure. */
static void test_fast_model(void)
{
	int bad = 0;
	for (int i = 0; i < 200000 && !bad; i++) {
		pb_money a = rnd_money(), b = rnd_money(), f, e;
		int rf, re, k = (int)(rnd() % 5), ex = -(int)(rnd() % 21);
		f = e = a;
		pb_money_use_fast(1);
		switch (k) {
		case 0: rf = pb_money_add(&f, b); break;
		case 1: rf = pb_money_sub(&f, b); break;
		case 2: rf = pb_money_percent(a, b, &f); break;
		case 3: rf = pb_money_scale10(&f, ex); break;
		default: rf = pb_money_cmp(a, b); break;
		}
		pb_money_use_fast(0);
		switch (k) {
		case 0: re = pb_money_add(&e, b); break;
		case 1: re = pb_money_sub(&e, b); break;
		case 2: re = pb_money_percent(a, b, &e); break;
		case 3: re = pb_money_scale10(&e, ex); break;
		default: re = pb_money_cmp(a, b); break;
		}
		if (!(k == 4 ? rf == re : same_money(rf, f, re, e))) {
			fprintf(stderr, "money fast path %d: %" PRId64 "e-%d, %" PRId64 "e-%d\n", k,
			        a.units, a.scale, b.units, b.scale);
			bad = 1;
		}
	}
	/* parsing: strings of the bytes the grammar knows */
	static const char alpha[] = "0123456789000999.,,+- eE";
	for (int i = 0; i < 300000 && !bad; i++) {
		char s[32];
		size_t n = rnd() % 26;
		for (size_t j = 0; j < n; j++)
			s[j] = alpha[rnd() % (sizeof alpha - 1)];
		pb_money f = { 7, 7 }, e = { 7, 7 };
		pb_money_use_fast(1);
		int rf = pb_money_parse(s, n, &f);
		pb_money_use_fast(0);
		int re = pb_money_parse(s, n, &e);
		if (!same_money(rf, f, re, e) || (rf != OK && (f.units != 7 || f.scale != 7))) {
			fprintf(stderr, "money fast parse: \"%.*s\"\n", (int)n, s);
			bad = 1;
		}
	}
	pb_money_use_fast(1);
	CHECK(!bad);
}

/* pb_money_format against digits from snprintf, the point put in by hand */
static void test_format_model(void)
{
	int bad = 0;
	for (int i = 0; i < 200000 && !bad; i++) {
		pb_money m = rnd_money();
		char got[PB_MONEY_FMT_CAP], d[32], want[48];
		if (m.scale < 0 || m.scale > 18)
			continue;
		pb_money_format(m, -1, got, sizeof got);
		pb_money_trim(&m);
		uint64_t u = m.units < 0 ? (uint64_t)-(m.units + 1) + 1 : (uint64_t)m.units;
		int n = snprintf(d, sizeof d, "%0*" PRIu64, m.scale + 1, u);
		snprintf(want, sizeof want, "%s%.*s%s%s", m.units < 0 ? "-" : "", n - m.scale, d,
		         m.scale ? "." : "", d + n - m.scale);
		if (strcmp(got, want)) {
			fprintf(stderr, "money format: %s, not %s\n", got, want);
			bad = 1;
		}
	}
	CHECK(!bad);
}

/* the sum of terms[0..n) added in the order of perm, as text, or "OVF" */
static const char *sum_in_order(const char *const *terms, const int *perm, int n, int fast)
{
	pb_money_sum acc;
	pb_money m;
	int was = pb_money_use_fast(fast);

	memset(&acc, 0, sizeof acc);
	for (int i = 0; i < n; i++)
		CHECK(pb_money_sum_add(&acc, M(terms[perm[i]])) == OK);
	pb_money_use_fast(was);
	return pb_money_sum_get(&acc, &m) == OK ? S(m) : "OVF";
}

/* whether a total fits depends on its terms, never on their order */
static void test_money_sum(void)
{
	static const struct {
		const char *terms[4];
		const char *want;
	} cases[] = {
		{ { "9.2", "0.1", "0.000000000000000001", "-0.2" }, "9.100000000000000001" },
		{ { "9223372036854775807", "1", "-1", "0" }, "9223372036854775807" },
		{ { "-9223372036854775808", "-1", "1", "0" }, "-9223372036854775808" },
		{ { "9223372036854775807", "9223372036854775807", "-9223372036854775808", "-9223372036854775806" }, "0" },
		{ { "9000000000000000000", "9000000000000000000", "0", "0" }, "OVF" },
		{ { "9000000000000", "0.000001", "0.000000000001", "0" }, "OVF" },
		{ { "0.000000000000000001", "-0.000000000000000001", "9223372036854775807", "-0.5" }, "OVF" },
	};
	static const int perms[][4] = {
		{ 0, 1, 2, 3 }, { 3, 2, 1, 0 }, { 1, 3, 0, 2 }, { 2, 0, 3, 1 }, { 0, 3, 2, 1 }, { 3, 0, 1, 2 },
	};

	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++)
		for (size_t p = 0; p < sizeof perms / sizeof *perms; p++)
			for (int fast = 0; fast <= 1; fast++) {
				const char *got = sum_in_order(cases[c].terms, perms[p], 4, fast);
				if (strcmp(got, cases[c].want))
					fprintf(stderr, "test_money: sum case %zu order %zu: %s, not %s\n", c, p,
					        got, cases[c].want);
				CHECK(!strcmp(got, cases[c].want));
			}
	/* merging two sums that spilled */
	pb_money_sum a, b;
	pb_money m;
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	CHECK(pb_money_sum_add(&a, M("9000000000000000000")) == OK);
	CHECK(pb_money_sum_add(&a, M("9000000000000000000")) == OK);
	CHECK(pb_money_sum_add(&b, M("-9000000000000000000")) == OK);
	CHECK(pb_money_sum_add(&b, M("-8999999999999999999")) == OK);
	CHECK(pb_money_sum_get(&a, &m) == OVF);
	/* past 64 bits a total is still written, exactly, and read back */
	char t[PB_MONEY_SUM_FMT_CAP];
	pb_money_sum c;
	CHECK(pb_money_sum_format(&a, 0, -1, t, sizeof t) > 0 && !strcmp(t, "18000000000000000000"));
	CHECK(pb_money_sum_format(&a, 4, 2, t, sizeof t) > 0 && !strcmp(t, "180000000000000000000000.00"));
	CHECK(pb_money_sum_format(&a, 0, -1, t, 20) == -1); /* no room for the NUL */
	CHECK(pb_money_sum_parse(t, strlen(t), &c) == OK);
	CHECK(pb_money_sum_parse("10002.3000000000000003", 22, &c) == OK);
	CHECK(pb_money_sum_format(&c, 0, 6, t, sizeof t) > 0 && !strcmp(t, "10002.3000000000000003"));
	CHECK(pb_money_sum_parse("-10002.30000000000000030000", 27, &c) == OK);
	CHECK(pb_money_sum_format(&c, 0, -1, t, sizeof t) > 0 && !strcmp(t, "-10002.3000000000000003"));
	/* at most 18 decimals and 24 integer digits; nothing but a plain decimal */
	CHECK(pb_money_sum_parse("10002.3000000000000000003", 25, &c) == OVF);
	CHECK(pb_money_sum_parse("999999999999999999999999", 24, &c) == OK);
	CHECK(pb_money_sum_parse("1000000000000000000000000", 25, &c) == OVF);
	CHECK(pb_money_sum_parse("00000000000000000000000000001", 29, &c) == OK);
	CHECK(pb_money_sum_parse("1e30", 4, &c) == OVF);
	CHECK(pb_money_sum_parse("-", 1, &c) == INV);
	CHECK(pb_money_sum_parse("1000000000000000000000x", 23, &c) == INV);
	pb_money_sum_merge(&a, &b);
	CHECK(pb_money_sum_get(&a, &m) == OK && !strcmp(S(m), "1"));
}

/* a model for pb_money_sum: the exact total in a 128-bit integer at
 * scale 18 (eight terms of at most 2^63 * 10^18 stay below 2^127) */
__extension__ typedef __int128 i128;

static i128 at18(pb_money m)
{
	i128 v = m.units;
	for (int i = m.scale; i < 18; i++)
		v *= 10;
	return v;
}

/* does v (at scale 18) fit a pb_money at some scale? */
static int fits(i128 v)
{
	for (int s = 18; s >= 0; s--) {
		if (v >= INT64_MIN && v <= INT64_MAX)
			return 1;
		if (v % 10)
			return 0;
		v /= 10;
	}
	return 0;
}

/* v (at scale 18) times 10^shift as the shortest exact decimal, padded
 * to at least `decimals` decimals: what pb_money_sum_format must write,
 * made another way (all the digits with a point, then trimmed) */
static void model_text(i128 v, int shift, int decimals, char *out)
{
	char buf[64], *p = buf + sizeof buf, *o = out, *dot;
	i128 m = v < 0 ? -v : v;
	int frac = 18 - shift;
	size_t ip;

	*--p = '\0';
	for (int i = 0; i < frac || m; i++, m /= 10)
		*--p = (char)('0' + (int)(m % 10));
	ip = strlen(p) - (size_t)frac;
	o += sprintf(o, "%s%.*s.%s", v < 0 ? "-" : "", ip ? (int)ip : 1, ip ? p : "0", p + ip);
	dot = strchr(out, '.');
	while (o[-1] == '0' && o - dot - 1 > decimals)
		*--o = '\0';
	while (o - dot - 1 < decimals && o - dot - 1 < 18)
		*o++ = '0';
	if (o[-1] == '.')
		o--;
	*o = '\0';
}

/* A total is written exactly whatever its size, read back to the same
 * sum, and truncated as the model says; where it fits a pb_money, the
 * text is pb_money_format's. */
static int check_sum_text(const pb_money_sum *s, i128 ref)
{
	char got[PB_MONEY_SUM_FMT_CAP], want[PB_MONEY_SUM_FMT_CAP], again[PB_MONEY_SUM_FMT_CAP];
	static const int decs[] = { -1, 0, 2, 6, 18 };
	int bad = 0;
	pb_money m;
	pb_money_sum back;

	for (int shift = 0; shift <= 4; shift += 4)
		for (size_t d = 0; d < sizeof decs / sizeof *decs; d++) {
			model_text(ref, shift, decs[d], want);
			bad |= pb_money_sum_format(s, shift, decs[d], got, sizeof got) < 0 || strcmp(got, want);
			if (pb_money_sum_get(s, &m) == OK && pb_money_scale10(&m, shift) == OK) {
				char old[PB_MONEY_FMT_CAP];
				bad |= pb_money_format(m, decs[d], old, sizeof old) < 0 || strcmp(old, want);
			}
		}
	model_text(ref, 0, -1, want);
	bad |= pb_money_sum_parse(want, strlen(want), &back) != OK;
	bad |= pb_money_sum_format(&back, 0, -1, again, sizeof again) < 0 || strcmp(again, want);
	for (int d = -40; d <= 18; d += 1 + (int)(rnd() % 7)) {
		i128 t = ref;
		int64_t u;
		for (int i = d; i < 18; i++)
			t /= 10; /* C division truncates toward zero, as trunc must */
		int rc = pb_money_sum_trunc(s, d, &u);
		bad |= t >= INT64_MIN && t <= INT64_MAX ? rc != OK || u != (int64_t)t : rc != OVF;
	}
	if (bad)
		fprintf(stderr, "test_money: sum text %s\n", want);
	return bad;
}

static void test_money_sum_model(void)
{
	int bad = 0;
	for (int i = 0; i < 200000 && !bad; i++) {
		pb_money t[8], got, got2;
		int n = 1 + (int)(rnd() % 8);
		i128 ref = 0;
		pb_money_sum fwd, a, b;
		memset(&fwd, 0, sizeof fwd);
		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		for (int k = 0; k < n; k++) {
			t[k] = rnd_money();
			t[k].scale = (int)(rnd() % 19);
			ref += at18(t[k]);
			bad |= pb_money_sum_add(&fwd, t[k]) != OK;
		}
		/* backwards, in two sums merged */
		for (int k = n - 1; k >= 0; k--)
			bad |= pb_money_sum_add(k >= n / 2 ? &a : &b, t[k]) != OK;
		pb_money_sum_merge(&a, &b);
		int r1 = pb_money_sum_get(&fwd, &got), r2 = pb_money_sum_get(&a, &got2);
		bad |= r1 != r2 || (r1 == OK && at18(got2) != ref);
		bad |= r1 == OK ? at18(got) != ref : r1 != OVF || fits(ref);
		bad |= check_sum_text(&fwd, ref) | check_sum_text(&a, ref);
		if (bad)
			fprintf(stderr, "test_money: sum model case %d (%d terms): rc %d/%d\n", i, n, r1, r2);
	}
	CHECK(!bad);
}

void test_money(void);
void test_money(void)
{
	test_money_sum();
	test_money_sum_model();
	test_parse();
	test_parse_spaced();
	test_addsub();
	test_scale10();
	test_percent();
	test_cmp();
	test_format();
	test_sum();
	test_fast_model();
	test_format_model();
}
