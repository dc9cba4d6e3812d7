/* encline.c - which encoding one line of a mixed input is in (encline.h) */
#include "encline.h"

#include "utf8.h"

const char pb_enc_utf8[] = "UTF-8", pb_enc_gb18030[] = "GB18030";

typedef struct {
	size_t multi; /* valid sequences of two to four bytes */
	size_t wide;  /* of them, of three or four */
	size_t bad;   /* bytes that start no valid sequence */
	int high;     /* a byte not ASCII */
} weight;

/* s[0..n) read as UTF-8.  The fast case (ASCII or valid to the end) is one
 * pb_utf8_valid; a GB18030 line fails at nearly every character, and is
 * then stepped a character at a time, which is no slower for it. */
static void weigh_utf8(const char *s, size_t n, weight *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	*w = (weight){ 0 };
	while (i < n) {
		size_t ok = pb_utf8_valid(s + i, n - i, NULL);
		for (size_t j = i; j < i + ok; j++) {
			w->multi += (u[j] & 0xC0) == 0xC0;
			w->wide += u[j] >= 0xE0;
			w->high |= u[j] >= 0x80;
		}
		i += ok;
		if (i < n) {
			w->bad++;
			w->high = 1;
			i++;
		}
	}
}

/* Bytes of s[0..n) that start no GB18030 character by its byte ranges (a
 * lead 81-FE, then a trail 40-7E or 80-FE, or a digit, a lead and a
 * digit: four bytes); each is stepped over.  Structure only: iconv says
 * the rest when the line is converted. */
static size_t gb18030_bad(const unsigned char *s, size_t n)
{
	size_t i = 0, bad = 0;

	while (i < n) {
		unsigned c = s[i], c2 = i + 1 < n ? s[i + 1] : 0;
		if (c < 0x80)
			i++;
		else if (c != 0x80 && c != 0xFF && ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE)))
			i += 2;
		else if (c != 0x80 && c != 0xFF && c2 >= '0' && c2 <= '9' && i + 3 < n &&
		         s[i + 2] >= 0x81 && s[i + 2] <= 0xFE && s[i + 3] >= '0' && s[i + 3] <= '9')
			i += 4;
		else
			bad++, i++;
	}
	return bad;
}

/* Read as UTF-8 it fails as GB18030 text does: GB18030 lines have at most
 * 1.33 valid sequences for each bad byte (measured as said in encline.h),
 * UTF-8 text with a stray byte many */
static int fails_as_gb18030(const weight *w)
{
	return w->bad && w->multi <= 2 * w->bad;
}

int pb_line_utf8_text(const char *s, size_t n)
{
	weight w;

	weigh_utf8(s, n, &w);
	return !w.bad && w.wide >= 2;
}

/* Bad bytes read as UTF-8 that make a line GB18030 text, some three
 * characters: a filing's first lines (its title) have more, and two stray
 * bytes that pair into one character on a line of UTF-8 are no text */
#define GB18030_TEXT_BAD 4

int pb_line_gb18030_text(const char *s, size_t n)
{
	return pb_line_encoding(s, n, NULL) == pb_enc_gb18030;
}

const char *pb_line_encoding(const char *s, size_t n, const char *cur)
{
	weight w;

	weigh_utf8(s, n, &w);
	if (!w.high)
		return NULL;
	size_t gb_bad = gb18030_bad((const unsigned char *)s, n);
	if (cur != pb_enc_gb18030)
		return w.bad >= GB18030_TEXT_BAD && fails_as_gb18030(&w) && !gb_bad ? pb_enc_gb18030
		                                                                    : pb_enc_utf8;
	if (!w.bad)
		return w.wide < 2 && !gb_bad ? pb_enc_gb18030 : pb_enc_utf8;
	return fails_as_gb18030(&w) && gb_bad < w.bad ? pb_enc_gb18030 : pb_enc_utf8;
}
