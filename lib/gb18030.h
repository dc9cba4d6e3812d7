/*
 * gb18030.h - a fast path for GB18030 -> UTF-8, with iconv(3) as the
 * source of truth.
 *
 * glibc's iconv converts GB18030 at about 155 MB/s, and a fifth of the
 * filings are GB18030.  A table of the two-byte codes is filled by asking
 * iconv itself to convert them, a row (one lead byte's codes) at a time
 * when a code of that row is first met, so the table holds exactly what
 * iconv says.  ASCII and two-byte codes are then converted by
 * lookup; anything else (four-byte codes, 0x80, 0xFF, a bad trail byte, a
 * lead byte at the end of the data, a two-byte code iconv rejects or maps
 * to more than three UTF-8 bytes) stops the fast path and is left for the
 * caller to hand to iconv.  GB18030 is stateless, so converting a text in
 * pieces cut at character boundaries gives what one iconv call gives.
 */
#ifndef PB_GB18030_H
#define PB_GB18030_H

#include <stddef.h>

/* Ready the table once per process: 0 when ready, -1 when iconv cannot
 * convert GB18030 (then use iconv alone).  Safe to call from several
 * threads, and so are the two below: rows are filled under a lock, and
 * read whole or not at all. */
int pb_gb18030_init(void);

/*
 * Convert the longest prefix of in[0..n) that the table can (ASCII, NUL
 * included, and two-byte codes) into out, which must have room for
 * n + n / 2 + 4 bytes; *outlen is the number of bytes written.  Returns
 * the number of input bytes converted: a whole number of characters.
 * Requires pb_gb18030_init() == 0.
 */
size_t pb_gb18030_fast(const char *in, size_t n, char *out, size_t *outlen);

/* The length of the same prefix, without converting it. */
size_t pb_gb18030_span(const char *in, size_t n);

#endif
