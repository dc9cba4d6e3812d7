/* encline.c - which encoding one line of a mixed input is in (encline.h) */
#include "encline.h"

#include <string.h>

#include "swar.h"
#include "utf8.h"

const char pb_enc_utf8[] = "UTF-8", pb_enc_gb18030[] = "GB18030";

typedef struct {
	size_t multi; /* valid sequences of two to four bytes */
	size_t wide;  /* of them, of three or four */
	size_t bad;   /* bytes that start no valid sequence */
	int high;     /* a byte not ASCII */
	int wide_first; /* a sequence of three or four before the first bad byte */
} weight;

/* The length of the valid UTF-8 sequence at u[0..n), whose first byte is
 * not ASCII, or 0: RFC 3629's ranges, as pb_utf8_valid checks them */
static inline size_t sequence(const unsigned char *u, size_t n)
{
	unsigned c = u[0];

	if (c < 0xC2 || c > 0xF4 || n < 2 || (u[1] & 0xC0) != 0x80)
		return 0;
	if (c < 0xE0)
		return 2;
	if ((c == 0xE0 && u[1] < 0xA0) || (c == 0xED && u[1] > 0x9F) ||
	    (c == 0xF0 && u[1] < 0x90) || (c == 0xF4 && u[1] > 0x8F) || n < 3 ||
	    (u[2] & 0xC0) != 0x80)
		return 0;
	if (c < 0xF0)
		return 3;
	return n >= 4 && (u[3] & 0xC0) == 0x80 ? 4 : 0;
}

/* s[0..n) read as UTF-8, a character at a time.  A GB18030 line fails at
 * nearly every character, and in a cat of filings of both encodings all
 * its lines come here: stepped with pb_utf8_decode, weighing was 1,060
 * instructions a line, 44% of pbsplit's on a UTF-8 filing and two
 * GB18030 ones (with a call of pb_utf8_valid after each bad byte, as
 * first, more still). */
static void weigh_utf8(const char *s, size_t n, weight *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	*w = (weight){ 0 };
	while (i < n) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		w->high = 1;
		size_t k = sequence(u + i, n - i);
		if (k) {
			w->multi++;
			w->wide += k > 2;
			w->wide_first |= k > 2 && !w->bad;
			i += k;
		} else {
			w->bad++;
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

/* The first byte of u[0..n) that is not ASCII, or n: eight at a time */
static size_t first_high(const unsigned char *u, size_t n)
{
	size_t i = 0;

	for (; n - i >= 8; i += 8) {
		size_t k = pb_swar_first_high(u + i);
		if (k < 8)
			return i + k;
	}
	while (i < n && u[i] < 0x80)
		i++;
	return i;
}

static int starts_with_bom(const char *s, size_t n)
{
	return n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3);
}

/* Leads and continuation bytes in the right numbers: a GB18030 line whose
 * first character passes as UTF-8 fails by its second or third, where
 * pb_utf8_valid started up for each line (275 instructions a line) */
static int utf8_shaped(const unsigned char *u, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = u[i];
		size_t k = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
		         : c >= 0xF0 && c <= 0xF4 ? 3 : 4;
		if (k == 4 || n - i <= k)
			return 0;
		for (size_t j = 1; j <= k; j++)
			if ((u[i + j] & 0xC0) != 0x80)
				return 0;
		i += k + 1;
	}
	return 1;
}

/*
 * Asked of every line read as GB18030, which nearly always fails as UTF-8
 * at its first character (a lead C2-F4 must have a byte 80-BF after it):
 * that is looked at first.  Weighing each line (weigh_utf8) was 14% of
 * pbsplit's instructions on a GB18030 file, pb_utf8_valid on each 4%.
 */
int pb_line_utf8_text(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = first_high(u, n), wide = 0;

	if (i + 1 >= n || u[i] < 0xC2 || u[i] > 0xF4 || (u[i + 1] & 0xC0) != 0x80)
		return 0;
	if (!utf8_shaped(u + i, n - i) || pb_utf8_valid(s + i, n - i, NULL) != n - i)
		return 0;
	if (i == 0 && starts_with_bom(s, n))
		return 1; /* UTF-8's own mark (a file that has one, cat'ed in) */
	for (; i < n && wide < 2; i++)
		wide += u[i] >= 0xE0;
	return wide >= 2;
}

/* Could a line whose first byte not ASCII is u[i] be UTF-8 text?  Its
 * first character must be valid: a lead C2-F4, a byte 80-BF after it */
static int may_be_utf8(const unsigned char *u, size_t i, size_t n)
{
	return i + 1 == n || (u[i] >= 0xC2 && u[i] <= 0xF4 && (u[i + 1] & 0xC0) == 0x80);
}

typedef struct {
	const char *s;
	size_t start; /* the line's */
	int high;     /* its first byte not ASCII was seen */
	int maybe;    /* and may start UTF-8 text */
} text_scan;

/* The line ends at its LF u[j]: 1 when it is UTF-8 text */
static int line_end(text_scan *t, size_t j)
{
	size_t len = j + 1 - t->start;
	int yes = t->maybe && len <= PB_TEXT_LINE_MAX && pb_line_utf8_text(t->s + t->start, len);

	if (!yes) {
		t->start = j + 1;
		t->high = t->maybe = 0;
	}
	return yes;
}

/*
 * Each line's first byte not ASCII tells most: a line of GB18030 has no
 * valid UTF-8 sequence there, and is not looked at again.  One pass,
 * sixteen bytes at a time, each line's events taken off the block's masks:
 * with a call of pb_line_utf8_text for each line, watching a GB18030 file
 * for UTF-8 text cost pbsplit 15% more instructions, with a search for
 * each line's first byte not ASCII and then its LF, 14%.
 */
size_t pb_scan_utf8_text(const char *s, size_t n, int final, int *found)
{
	const unsigned char *u = (const unsigned char *)s;
	text_scan t = { s, 0, 0, 0 };
	size_t i = 0;

	*found = 0;
	for (; n - i >= 16; i += 16) {
		pb_v16 v = pb_v16_load(u + i);
		unsigned lf = pb_v16_eq(v, '\n'), hi = pb_v16_high(v);
		for (;;) {
			unsigned m = lf | (t.high ? 0 : hi);
			if (!m)
				break;
			unsigned b = pb_v16_first(m);
			if (lf & (1u << b)) {
				if (line_end(&t, i + b)) {
					*found = 1;
					return t.start;
				}
				lf &= lf - 1;
				hi &= ~((2u << b) - 1);
			} else {
				t.high = 1;
				t.maybe = may_be_utf8(u, i + b, n);
			}
		}
	}
	for (; i < n; i++) {
		if (u[i] == '\n') {
			if (line_end(&t, i)) {
				*found = 1;
				return t.start;
			}
		} else if (u[i] >= 0x80 && !t.high) {
			t.high = 1;
			t.maybe = may_be_utf8(u, i, n);
		}
	}
	if (!final)
		return t.start;
	if (t.maybe && n - t.start <= PB_TEXT_LINE_MAX && pb_line_utf8_text(s + t.start, n - t.start)) {
		*found = 1;
		return t.start;
	}
	return n;
}

/* Every character not ASCII is one of GB2312's (both bytes A1-FE, the
 * first at most F7), as all but 21 of the 11,501 GB18030 lines measured
 * (encline.h) are; UTF-8 read as GB18030 pairs bytes 80-A0 about half
 * the time, and a stray byte in UTF-8 text makes a few such pairs */
static int gb2312_only(const unsigned char *u, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (u[i] < 0x80)
			continue;
		if (u[i] < 0xA1 || u[i] > 0xF7 || i + 1 >= n || u[i + 1] < 0xA1 || u[i + 1] == 0xFF)
			return 0;
		i++;
	}
	return 1;
}

/* Valid UTF-8 that is no Chinese text: its characters not ASCII all of
 * two bytes, one past Latin-1 (GB18030's 目录 reads as "Ŀ¼"; a filing's
 * UTF-8 has ², °, × and the like there) */
static int letters_past_latin1(const unsigned char *u, size_t n, const weight *w)
{
	if (w->wide)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (u[i] >= 0xC4 && u[i] <= 0xDF)
			return 1;
	return 0;
}

/*
 * Bad bytes read as UTF-8 that make a line GB18030 text, some three
 * characters: a filing's first lines (its title) have more.  One byte
 * put in, lost or changed makes at most four in a line of UTF-8 (itself
 * and the three of the character it breaks), which at four made a cell
 * such as 1,200人 with a stray byte GB18030, 1,200漯汉, silently (review
 * r11a F2).  Of 4,459 lines of filings converted to GB18030, 210 have
 * four: short cells (≥1,200人, 12月底, 合计, 单位：元); of 1,196 filings'
 * first lines with Chinese, only 3 toy ones of the tests (测试局).  And
 * none of the 31,000 lines of GB18030 filings that pass the rest of the
 * test has a valid character of three bytes before its first bad byte,
 * where a line of UTF-8 Chinese damaged further on does (F3).
 */
#define GB18030_TEXT_BAD 5

int pb_line_gb18030_text(const char *s, size_t n)
{
	return pb_line_encoding(s, n, NULL) == pb_enc_gb18030;
}

const char *pb_line_encoding(const char *s, size_t n, const char *cur)
{
	const unsigned char *u = (const unsigned char *)s;
	weight w;

	weigh_utf8(s, n, &w);
	if (!w.high)
		return NULL;
	if (starts_with_bom(s, n))
		return pb_enc_utf8; /* UTF-8's own mark, cat'ed in */
	if (cur != pb_enc_gb18030) {
		if (!w.bad)
			return letters_past_latin1(u, n, &w) && gb2312_only(u, n) &&
			       !gb18030_bad(u, n) ? pb_enc_gb18030 : pb_enc_utf8;
		return w.bad >= GB18030_TEXT_BAD && !w.wide_first && fails_as_gb18030(&w) &&
		       gb2312_only(u, n) && !gb18030_bad(u, n) ? pb_enc_gb18030 : pb_enc_utf8;
	}
	size_t gb_bad = gb18030_bad(u, n);
	if (!w.bad)
		return w.wide < 2 && !gb_bad ? pb_enc_gb18030 : pb_enc_utf8;
	return fails_as_gb18030(&w) && gb_bad < w.bad ? pb_enc_gb18030 : pb_enc_utf8;
}

/* The first byte of u[0..n) that is NUL or C4-DF, or n */
static size_t first_nul_or_letter(const unsigned char *u, size_t n)
{
	size_t i = 0;

	for (; n - i >= 16; i += 16) {
		pb_v16 v = pb_v16_load(u + i);
		unsigned m = pb_v16_eq(v, 0) | (pb_v16_below(v, 0xE0) & ~pb_v16_below(v, 0xC4));
		if (m)
			return i + pb_v16_first(m);
	}
	while (i < n && u[i] && (u[i] < 0xC4 || u[i] > 0xDF))
		i++;
	return i;
}

/*
 * A kibibyte at a time, the search for NUL or C4-DF and the check of
 * UTF-8 up to what it found: each call costs what it takes (and a block
 * more at most), where checking all of s first, as this did, cost the
 * rest of a MiB again for each line of μg/m³ in it (review r11a F1).
 */
size_t pb_utf8_lines(const char *s, size_t n)
{
	enum { BLOCK = 1024 };
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, stop;

	for (;;) {
		size_t m = n - i < BLOCK ? n - i : BLOCK, ok;
		size_t q = first_nul_or_letter(u + i, m);
		int cut = 0;
		ok = pb_utf8_valid(s + i, q, &cut);
		if (i + m < n && (ok == m || (cut && q == m))) {
			i += ok; /* on, from a character the block's end cut */
			continue;
		}
		stop = i + ok;
		break;
	}
	while (stop > 0 && s[stop - 1] != '\n')
		stop--; /* the lines before the one that is asked, or unfinished */
	return stop;
}
