/*
 * common.h - what the fuzz harnesses share: the invariant check that
 * aborts (so libFuzzer keeps the input), a temporary file for the tools'
 * path-based readers, the reference line cutter, and the exact check of
 * an indicator record's "num".
 */
#ifndef PB_FUZZ_COMMON_H
#define PB_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "input.h"
#include "value.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c)                                                                   \
	do {                                                                           \
		if (!(c)) {                                                                \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); \
			abort();                                                               \
		}                                                                          \
	} while (0)

/* A temporary file, unlinked at once (nothing is left behind when a
 * check aborts) and reopened by its /dev/fd name. */
static int tmp_fd = -1;
static char tmp_name[32];

static inline const char *tmp_path(void)
{
	if (tmp_fd < 0) {
		char path[] = "/tmp/pbfuzz-XXXXXX";
		tmp_fd = mkstemp(path);
		CHECK(tmp_fd >= 0);
		unlink(path);
		snprintf(tmp_name, sizeof tmp_name, "/dev/fd/%d", tmp_fd);
	}
	return tmp_name;
}

static inline void write_file(const char *a, size_t an, const char *b, size_t bn)
{
	const char *part[2] = { a, b };
	size_t len[2] = { an, bn };
	off_t at = 0;

	tmp_path();
	CHECK(ftruncate(tmp_fd, 0) == 0);
	for (int i = 0; i < 2; i++)
		for (size_t done = 0; done < len[i];) {
			ssize_t w = pwrite(tmp_fd, part[i] + done, len[i] - done, at);
			CHECK(w > 0);
			done += (size_t)w;
			at += w;
		}
}

/* Take the decoder's text into to as pb_input does: before the end only
 * whole lines (up to the last LF), for a change of encoding is placed at
 * the start of the unfinished line (input.h) */
static inline void take_lines(pb_decoder *d, pb_buf *to, int end)
{
	pb_buf *o = pb_decoder_out(d);
	size_t n = o->len;

	CHECK(o->ptr[o->len] == '\0');
	if (!end)
		while (n > 0 && o->ptr[n - 1] != '\n')
			n--;
	CHECK(pb_buf_add(to, o->ptr, n) == 0);
	pb_buf_consume(o, n);
}

/* A line as pb_input cuts it: LF, CRLF or a lone CR ends it, the lone CR
 * only until an LF has (*lf, which this sets: then it is in its line). */
static inline size_t next_line(const char *s, size_t n, size_t *textlen, int *lf)
{
	size_t i = 0;
	while (i < n && s[i] != '\n' &&
	       !(s[i] == '\r' && (!*lf || (i + 1 < n && s[i + 1] == '\n'))))
		i++;
	*textlen = i;
	if (i == n)
		return n;
	if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') {
		*lf = 1;
		return i + 2;
	}
	*lf |= s[i] == '\n';
	return i + 1;
}

/* The text of "num" in the record: the number as written in the value,
 * commas and leading zeros dropped (JSON numbers have none), however
 * long; null when the value has no number.  Read from the record's bytes,
 * since json-c saturates integers past 64 bits. */
static inline void check_num_text(const char *rec, size_t len, const char *value, const pb_value *pv)
{
	static const char key[] = ",\"num\":";
	const size_t kl = sizeof key - 1;
	const char *at = NULL;
	pb_buf want = PB_BUF_INIT;

	/* inside a JSON string every '"' follows a backslash: the key is unique */
	for (size_t i = 0; i + kl <= len; i++)
		if (!memcmp(rec + i, key, kl)) {
			CHECK(!at);
			at = rec + i + kl;
		}
	CHECK(at);
	size_t n = 0;
	while (at + n < rec + len && at[n] != ',' && at[n] != '}')
		n++;
	if (value && pv->num_len && (unsigned char)value[pv->num_off] >= 0x80) {
		/* Chinese numerals: their number (fuzz_value checks it) */
		char d[64];
		CHECK(pv->num_len < sizeof d);
		CHECK(pb_buf_adds(&want, pv->num_len < sizeof d &&
		                                 pb_value_cjk_number(value + pv->num_off, pv->num_len, d)
		                         ? d
		                         : "?") == 0);
	} else if (value && pv->num_len) {
		size_t z = 0;
		/* the number less its separators, ',' '，' and ' ', OCR's O
		 * read as 0 */
		for (size_t j = 0; j < pv->num_len; j++) {
			char c = value[pv->num_off + j];
			if (pv->num_len - j >= 3 && !memcmp(value + pv->num_off + j, "，", 3))
				j += 2;
			else if (c == 'O' || c == 'o')
				CHECK(pb_buf_addc(&want, '0') == 0);
			else if (c != ',' && c != ' ')
				CHECK(pb_buf_addc(&want, c) == 0);
		}
		/* after a minus too: -05 is -5 */
		size_t m = want.len && want.ptr[0] == '-';
		while (m + z + 1 < want.len && want.ptr[m + z] == '0' && want.ptr[m + z + 1] >= '0' &&
		       want.ptr[m + z + 1] <= '9')
			z++;
		if (z) {
			memmove(want.ptr + m, want.ptr + m + z, want.len - m - z);
			want.len -= z;
			want.ptr[want.len] = '\0';
		}
	} else {
		CHECK(pb_buf_adds(&want, "null") == 0);
	}
	CHECK(n == want.len && !memcmp(at, want.ptr, n));
	pb_buf_free(&want);
}

#endif
