/*
 * money.h - exact decimal amounts, no floating point anywhere.
 *
 * Invariants (rely on them):
 *  - a pb_money is worth units / 10^scale, with 0 <= scale <= 18; every
 *    function returning one keeps that, and refuses (INVALID) input that
 *    breaks it.
 *  - nothing is ever rounded or truncated: a result is exact or the call
 *    fails with PB_MONEY_OVERFLOW and leaves its output unchanged.  Only
 *    trailing fractional zeros are dropped, and only when needed to fit.
 *  - the scale carries no meaning beyond exactness: 2800.00 (280000, 2)
 *    and 2800 (2800, 0) compare equal.  Results keep the larger scale of
 *    their inputs when they can, so "2800.00" stays two-decimal.
 *  - the whole int64 range is usable, INT64_MIN included.
 *
 * Why not libmpdec (Debian's mpdecimal): an amount here is a filing's
 * cell, at most 18 decimals, and pbtable reads millions of them; an
 * int64 with a scale holds every one exactly in 16 bytes on the stack,
 * where an mpd_t allocates its digits and reports through a context.
 * What cannot be held is refused, never rounded.  Checked against an
 * __int128 reference in tests/unit/test_money.c, and fuzzed in
 * fuzz/fuzz_value.c.
 */
#ifndef PB_MONEY_H
#define PB_MONEY_H

#include <stddef.h>
#include <stdint.h>

#define PB_MONEY_MAX_SCALE 18
/* enough for any pb_money_format() output, with its NUL */
#define PB_MONEY_FMT_CAP 48

typedef struct {
	int64_t units;
	int scale;
} pb_money;

enum { PB_MONEY_OK = 0, PB_MONEY_INVALID = -1, PB_MONEY_OVERFLOW = -2 };

/*
 * Parse s[0..n): optional spaces, optional sign, digits with an optional
 * '.', optional exponent e/E[+-]digits, optional spaces.  ',' or the
 * full-width '，' may split the integer part into groups of three
 * ("1,234.5", "1，234.5"); the first group must not
 * start with 0, so a European "0,5" is refused rather than misread.
 * INVALID for anything else; OVERFLOW when the exact value does not fit.
 */
int pb_money_parse(const char *s, size_t n, pb_money *m);
/*
 * pb_money_parse, and an amount that wrapping broke with spaces read
 * without them: one decimal point, spaces only in the integer part and
 * beside the point, and the pieces still one amount (thousands groups:
 * 1 234.56; a rest no amount starts with: 25000 00.00; 1234 .56).
 * Anything else with a space stays INVALID: 100.00 50.00 or 100 50.00
 * may be two amounts, and 1 234 with no point two whole ones.  A minus
 * typeset as U+2212 (−) or full-width U+FF0D (－) right before the
 * first digit reads as '-' (−20.00 is -20.00); anywhere else it is no
 * sign (1－5, －7－, − 20.00 stay INVALID).
 */
int pb_money_parse_spaced(const char *s, size_t n, pb_money *m);
/* The length of a thousands separator at p (before end): ',' or the
 * full-width '，' (1，200); 0 for none.  Indicator values group by the
 * same signs (value.c). */
size_t pb_money_group_sep(const char *p, const char *end);

/* acc += x / acc -= x exactly; on failure acc is unchanged. */
int pb_money_add(pb_money *acc, pb_money x);
int pb_money_sub(pb_money *acc, pb_money x);

/* m *= 10^e exactly; e = -4 turns 元 into 万元 (the scale grows by 4). */
int pb_money_scale10(pb_money *m, int e);

/* out = a * pct / 100 exactly. */
int pb_money_percent(pb_money a, pb_money pct, pb_money *out);

/* -1, 0 or 1 by value, whatever the scales. */
int pb_money_cmp(pb_money a, pb_money b);
int pb_money_is_zero(pb_money m);
pb_money pb_money_zero(void);

/*
 * Write m as plain decimal text ("-0.5", "20"; never an exponent or
 * separators).  decimals < 0: shortest exact form.  decimals >= 0: pad to
 * at least that many decimals (at most 18, so PB_MONEY_FMT_CAP always
 * suffices), printing more when the value needs them.  Returns the length,
 * or -1 if cap is too small or m is invalid.  Any of out[0..cap) may be
 * written (a cap of PB_MONEY_FMT_CAP is filled whole, zeros after the NUL).
 */
int pb_money_format(pb_money m, int decimals, char *out, size_t cap);

/* 0 makes every call take the exact 128-bit path, which the int64 fast
 * paths must agree with (the unit test compares them); 1, the default,
 * the fast paths where they apply.  Returns the setting before. */
int pb_money_use_fast(int on);

/* Drop trailing fractional zeros: the smallest scale with the same value. */
void pb_money_trim(pb_money *m);

#endif
