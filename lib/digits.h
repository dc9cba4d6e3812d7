/*
 * digits.h - unsigned integers in decimal, by hand: printf was a tenth of
 * pbsplit's time, and the JSON writer and the money formatter both write
 * numbers on every record.
 *
 * pb_digits_back writes u so that it ends just before end and returns
 * where it starts (always at least one digit); pb_ndigits says how many
 * that will be, so a writer can place the number without a scratch copy.
 */
#ifndef PB_DIGITS_H
#define PB_DIGITS_H

#include <stdint.h>
#include <string.h>

extern const char pb_digits2[201];  /* "00" "01" ... "99" */
extern const uint64_t pb_pow10[20]; /* 10^0 .. 10^19 */

/* Two digits a division: line numbers have four or five, amounts more. */
static inline char *pb_digits_back(char *end, uint64_t u)
{
	for (; u >= 100; u /= 100) {
		end -= 2;
		memcpy(end, pb_digits2 + u % 100 * 2, 2);
	}
	if (u >= 10) {
		end -= 2;
		memcpy(end, pb_digits2 + u * 2, 2);
	} else {
		*--end = (char)('0' + u);
	}
	return end;
}

/* From u's bit length where the compiler counts leading zeros (the
 * digits of 2^bits are t or t + 1, t = bits * log10(2)): a division a
 * digit cost more than the number's formatting.  u | 1 gives 0 its one
 * digit and never crosses a power of ten, these being even. */
static inline unsigned pb_ndigits(uint64_t u)
{
#if defined(__GNUC__)
	u |= 1;
	unsigned t = (unsigned)(64 - __builtin_clzll(u)) * 1233 >> 12;
	return t + (u >= pb_pow10[t]);
#else
	unsigned n = 1;
	for (; u >= 10; u /= 10)
		n++;
	return n;
#endif
}

#endif
