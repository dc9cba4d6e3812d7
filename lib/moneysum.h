/*
 * moneysum.h - exact running totals of pb_money that never overflow.
 *
 * Invariants (rely on them):
 *  - a pb_money_sum is worth m + wide / 10^18, wide a 192-bit two's
 *    complement number; all zero (memset or PB_MONEY_SUM_INIT) is an
 *    empty sum.
 *  - adding is exact and order-free: what fits stays in m, added on the
 *    int64 fast path; a term that would not fit goes into wide.  A term
 *    is below 2^123 (any pb_money at scale 18) or, read back from text,
 *    below 10^42 (pb_money_sum_parse), so 2^48 terms can never wrap 192
 *    bits: far more records than any input holds.
 *  - a total is always written exactly (pb_money_sum_format), however
 *    large: an overflow of 64 bits is the pb_money's problem, not the
 *    total's.  Only pb_money_sum_get, which wants a pb_money, can fail.
 *
 * Why not GMP: a total is one more pb_money per record, and a fixed
 * 192-bit accumulator never allocates, so pbsum keeps one per group per
 * field without a failure path; an mpz_t would allocate as it grows.
 */
#ifndef PB_MONEYSUM_H
#define PB_MONEYSUM_H

#include <stddef.h>
#include <stdint.h>

#include "money.h"

typedef struct {
	pb_money m;
	int spilled;      /* wide holds something */
	uint32_t wide[6]; /* two's complement, least significant first */
} pb_money_sum;

/* sign, up to 58 digits, '.', and the NUL: room to spare */
#define PB_MONEY_SUM_FMT_CAP 80

/* s += x exactly, never failing; x must be valid (every pb_money this
 * module makes is), else PB_MONEY_INVALID and s is unchanged. */
int pb_money_sum_add(pb_money_sum *s, pb_money x);
/* s += x for two sums. */
void pb_money_sum_merge(pb_money_sum *s, const pb_money_sum *x);
/* The value of s as a pb_money, or PB_MONEY_OVERFLOW (out unchanged). */
int pb_money_sum_get(const pb_money_sum *s, pb_money *out);

/*
 * Write s * 10^shift (shift 0..4: 4 turns 万元 into 元) as plain decimal
 * text, like pb_money_format: decimals < 0 the shortest exact form, else
 * at least that many decimals (at most 18).  Returns the length, or -1
 * if cap is too small.
 */
int pb_money_sum_format(const pb_money_sum *s, int shift, int decimals, char *out, size_t cap);

/*
 * Read s[0..n) into *out: whatever pb_money_parse reads, and past 64 bits
 * a plain decimal (optional '-', digits, optional '.' and at most 18
 * decimals that are not zero) below 10^24 in magnitude, as pbsum writes
 * its totals.  PB_MONEY_INVALID or PB_MONEY_OVERFLOW otherwise, *out
 * unchanged.
 */
int pb_money_sum_parse(const char *s, size_t n, pb_money_sum *out);

/* s truncated toward zero to `decimals` decimals (-40..18; -2 counts
 * hundreds), as an integer in *u; PB_MONEY_OVERFLOW if that does not fit
 * int64. */
int pb_money_sum_trunc(const pb_money_sum *s, int decimals, int64_t *u);

#endif
