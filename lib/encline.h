/*
 * encline.h - which encoding one line of a mixed input is in.
 *
 * `cat` of filings in UTF-8 and in GB18030 is one input whose encoding
 * changes at the line where a filing starts.  The decoder (input.c)
 * reads such an input a line at a time; these tests say what a line is.
 * They look at the bytes of one line only, so the answer never depends
 * on how the input was cut into reads.
 *
 * Why these tests, measured over the examples, the fixtures and the shared
 * filings converted to GB18030 (12,716 lines with Chinese): read as UTF-8,
 * 29 of those lines are valid UTF-8, all with one or two characters, all
 * of two bytes but one (目录 reads as "Ŀ¼"), and none has two characters
 * of three bytes, which every line of UTF-8 Chinese text of two or more
 * characters has.  The others fail as UTF-8 with at most 1.33 valid
 * sequences for each bad byte, where UTF-8 text with a stray byte has
 * many.  The other way, UTF-8 Chinese read as GB18030 often passes for
 * whole lines (its bytes pair up into valid characters), so valid
 * GB18030 alone says little.
 */
#ifndef PB_ENCLINE_H
#define PB_ENCLINE_H

#include <stddef.h>

/* s[0..n) is valid UTF-8 with at least two characters of three or four
 * bytes, or starts with a UTF-8 byte-order mark: UTF-8 text, never
 * GB18030 read as UTF-8 */
int pb_line_utf8_text(const char *s, size_t n);

/* A line longer than this is not looked at: a filing's lines are far
 * shorter, and it bounds what the decoder holds back and scans again */
#define PB_TEXT_LINE_MAX (64u << 10)

/*
 * The lines of s[0..n), which starts a line, up to the first that is UTF-8
 * text (and no longer than PB_TEXT_LINE_MAX): *found and its start, else
 * where the lines looked at end (the start of an unfinished line; n when
 * final).  Fast over GB18030 text, a few instructions a byte.
 */
size_t pb_scan_utf8_text(const char *s, size_t n, int final, int *found);

/* s[0..n) is GB18030 text: every byte not ASCII starts a character of
 * two or four bytes by GB18030's byte ranges, and read as UTF-8 it has at
 * least five bad bytes, at most two valid sequences for each, and none of
 * three or four bytes before the first */
int pb_line_gb18030_text(const char *s, size_t n);

/*
 * The encoding of the line s[0..n) in an input of both: NULL when it is
 * ASCII (the same in both), else "UTF-8" or "GB18030" (these pointers).
 * cur is the encoding of the last line that was not ASCII (NULL none).
 * From UTF-8 (or none) it takes GB18030 text to change, of GB2312
 * characters only, or valid UTF-8 that is letters of two bytes past
 * Latin-1 (GB18030's 目录); in GB18030 a line stays unless it is UTF-8
 * text, or fails as GB18030 more than as UTF-8 (UTF-8 when equal), or
 * is UTF-8 with one bad byte.  A line that starts with a UTF-8 BOM is
 * UTF-8.
 */
const char *pb_line_encoding(const char *s, size_t n, const char *cur);

/*
 * In an input of both whose last line not ASCII was UTF-8: how many bytes
 * of s[0..n) (which starts a line) are whole lines that pb_line_encoding
 * keeps in UTF-8, each ASCII or valid UTF-8 with no NUL and none of the
 * two-byte letters GB18030's 目录 reads as (bytes C4-DF).  A line that
 * is not so (or may not be) ends the span, to be asked of
 * pb_line_encoding; so does the end of the last whole line.  Asking each
 * line made an input of both 2.4 times slower to read than its filings.
 */
size_t pb_utf8_lines(const char *s, size_t n);

extern const char pb_enc_utf8[], pb_enc_gb18030[];

#endif
