/*
 * gb18030.c - table lookup for the common GB18030 characters, filled
 * from iconv(3).
 *
 * Why not iconv alone (the project prefers the library): measured with
 * pb_decoder over the bench corpus's 39 MB of GB18030 filings fed in
 * 64 KiB pieces (glibc 2.36, one core, best of 5, busy 2-core machine):
 *   iconv(3) alone:      160-295 ms, 130-245 MB/s (iconv -f GB18030: ~155 MB/s)
 *   this table + iconv:   36-68 ms, 570-1070 MB/s
 * (the range is the machine's load; within one run 4.3 to 6 times faster).
 * The filings are ASCII and two-byte codes only; four-byte codes and
 * anything invalid still go to iconv, so the mapping and every error are
 * iconv's.  The table is built a row (a lead byte's 190 codes) at a
 * time, when a code of that row is first met, by one iconv call over the
 * row: a filing uses about 44 of the 126 rows, and a process converting
 * one file paid 4.7 M instructions (callgrind) to build all of them, as
 * much as converting 1 MB.  fuzz/fuzz_input.c checks the
 * decoder against an iconv-only one, and tests/unit/test_gb18030.c checks
 * every two-byte code and every pair of bytes from 0x80 up.
 */
#include "gb18030.h"

#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "swar.h"
#include "utf8.h"

/* A two-byte code's UTF-8 (1 to 3 bytes) and its length; 0 means "ask
 * iconv".  Indexed by trail << 8 | lead, the code's bytes read as a
 * little-endian 16-bit word: one load, no byte swap or mask (callgrind,
 * convert_from over f0009: 9.5 M -> 8.6 M instructions); the half with
 * leads below 0x80 is never written, so costs no memory, and stays 0,
 * which convert_from counts on.  Leads 0x80 and 0xFF and the trails
 * outside 0x40..0x7E, 0x80..0xFE stay 0 too.  Kept as
 * words, each read and written whole (atomically, relaxed: plain moves on
 * x86), so a row being built by one thread can be read by another: a
 * reader sees an entry whole or 0, and 0 only ever sends a code to iconv,
 * which says the same. */
typedef struct {
	unsigned char u[3];
	unsigned char len;
} entry;
_Static_assert(sizeof(entry) == 4, "an entry is copied as 4 bytes");

static _Atomic uint32_t table[256 * 256];
/* a row is built (or failed and stays 0) once row_done is set */
static _Atomic unsigned char row_done[128];
static pthread_mutex_t row_lock = PTHREAD_MUTEX_INITIALIZER;
static iconv_t row_cd = (iconv_t)-1; /* under row_lock, open for good */
static int ready = -1;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static unsigned entry_len(uint32_t w)
{
	entry e;
	memcpy(&e, &w, 4);
	return e.len;
}

#define ROWCODES 190

static int is_trail(int t)
{
	return (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE);
}

/* ASCII must come out unchanged, or the fast path is off. */
static int ascii_ok(iconv_t cd)
{
	char in[128], out[512];
	char *ip = in, *op = out;
	size_t il = sizeof in, ol = sizeof out;

	for (int i = 0; i < 128; i++)
		in[i] = (char)i;
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
		return 0;
	return ol == sizeof out - sizeof in && memcmp(in, out, sizeof in) == 0;
}

/*
 * Every code of the row of lead l followed by '\n', converted in one
 * call to UCS-4LE: the characters between two '\n' in the output are one
 * code's, whatever iconv makes of them; one below U+10000 is kept, as
 * its UTF-8.  A code iconv rejects stops the call there; it is left at 0
 * and the conversion goes on after it.  1 when all went as expected;
 * else the row is left at 0 (iconv for all of it).
 */
static int fill_row(iconv_t cd, int l, uint32_t *row)
{
	char codes[ROWCODES * 3];
	unsigned char out[ROWCODES * 8];
	uint32_t cur = 0;
	size_t k = 0, curlen = 0, n = 0;

	for (int t = 0x40; t <= 0xFE; t++)
		if (is_trail(t)) {
			codes[n++] = (char)l;
			codes[n++] = (char)t;
			codes[n++] = '\n';
		}
	iconv(cd, NULL, NULL, NULL, NULL);
	char *in = codes;
	size_t inleft = n;
	while (inleft > 0) {
		char *op = (char *)out;
		size_t ol = sizeof out;
		size_t r = iconv(cd, &in, &inleft, &op, &ol);
		int e = errno;
		if ((ol & 3) != 0)
			return 0;
		/* hand out what came out, one code per '\n' */
		for (const unsigned char *p = out; p < (const unsigned char *)op; p += 4) {
			uint32_t c = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
			             (uint32_t)p[3] << 24;
			if (c != '\n') {
				cur = c;
				curlen++;
				continue;
			}
			if (k >= ROWCODES)
				return 0;
			if (curlen == 1 && cur < 0x10000 && (cur < 0xD800 || cur > 0xDFFF)) {
				entry en;
				uint32_t w;
				char u[4];
				en.len = (unsigned char)pb_utf8_encode((int32_t)cur, u);
				memcpy(en.u, u, 3);
				memcpy(&w, &en, 4);
				row[(unsigned char)codes[k * 3 + 1]] = w;
			}
			k++;
			curlen = 0;
		}
		if (r != (size_t)-1)
			break;
		if (e == E2BIG)
			continue;
		/* a rejected code: all before it were handed out above */
		size_t at = (size_t)(in - codes);
		if (e != EILSEQ || at % 3 || at / 3 != k || curlen)
			return 0;
		k++;
		in += 3;
		inleft -= 3;
	}
	return k == ROWCODES && curlen == 0;
}

static void build(void)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");

	if (cd == (iconv_t)-1)
		return;
	int ok = ascii_ok(cd);
	iconv_close(cd);
	/* the rows are asked for as UCS-4: fixed width, and cheaper for
	 * iconv to write than UTF-8 (callgrind, the 44 rows f0009 uses:
	 * 1.68 M -> 1.19 M instructions) */
	if (ok && (cd = iconv_open("UCS-4LE", "GB18030")) != (iconv_t)-1) {
		row_cd = cd;
		ready = 0;
	}
}

/* The table index of the two-byte code at p */
static inline unsigned code_at(const unsigned char *p)
{
#ifdef PB_SWAR_LE
	uint16_t w;
	memcpy(&w, p, 2);
	return w;
#else
	return (unsigned)p[1] << 8 | p[0];
#endif
}

/*
 * The entry of the code at p read as 0: build its row if no one has, and
 * read it again.  Apart from the first code of each row, a real 0 (a
 * code for iconv).
 */
static PB_NOINLINE uint32_t miss(const unsigned char *p)
{
	unsigned lead = p[0], r = lead & 0x7F;

	if (!atomic_load_explicit(&row_done[r], memory_order_acquire)) {
		pthread_mutex_lock(&row_lock);
		if (!atomic_load_explicit(&row_done[r], memory_order_relaxed)) {
			uint32_t row[256] = { 0 };
			if (lead >= 0x81 && lead <= 0xFE && fill_row(row_cd, (int)lead, row))
				for (unsigned t = 0; t < 256; t++)
					if (row[t])
						atomic_store_explicit(&table[t << 8 | lead], row[t],
						                      memory_order_relaxed);
			atomic_store_explicit(&row_done[r], 1, memory_order_release);
		}
		pthread_mutex_unlock(&row_lock);
	}
	return atomic_load_explicit(&table[code_at(p)], memory_order_relaxed);
}

int pb_gb18030_init(void)
{
	if (pthread_once(&once, build) != 0)
		return -1;
	return ready;
}

/* The entry of the two-byte code at p; 0 (never a built entry: its
 * length is at least 1) means iconv. */
static inline uint32_t lookup(const unsigned char *p)
{
	uint32_t e = atomic_load_explicit(&table[code_at(p)], memory_order_relaxed);
	return e ? e : miss(p);
}

/*
 * Both loops below go by runs: eight ASCII bytes at a time (the part of a
 * word before its first non-ASCII byte is copied whole too, which is why
 * out needs a few bytes of slack), then two-byte codes one after the
 * other until an ASCII byte.  An entry is read once, as a word: its UTF-8
 * is copied whole and its length tested and added from the same load
 * (callgrind over bench file f0009, 460,000 codes: 11.2 M instructions
 * before, 9.8 M after, about 16 a code).
 */
static PB_NOINLINE size_t convert_from(const unsigned char *s, size_t i, size_t n, char *out, size_t *outlen)
{
	size_t o = *outlen;
#ifdef PB_SWAR_LE
	size_t n4 = n < 4 ? 0 : n - 3; /* i < n4: four bytes left */
#endif

	while (i < n) {
		if (n - i >= 8) {
			size_t k = pb_swar_first_high(s + i);
			memcpy(out + o, s + i, 8);
			i += k;
			o += k;
			if (k == 8)
				continue;
		} else if (s[i] < 0x80) {
			out[o++] = (char)s[i++];
			continue;
		}
		/* s[i] >= 0x80 */
#ifdef PB_SWAR_LE
		/* two codes a step from one load, while both entries are built:
		 * an ASCII byte where a lead would be makes an index whose entry
		 * is never built, so the run's end needs no test of its own, and
		 * the loop below sees to it (callgrind, convert_from over
		 * f0009's 460,000 codes: 9.8 M -> 9.5 M instructions; the bound
		 * n4 worked out once, not n - i each step: 8.6 M -> 8.0 M; no
		 * test of the leads: 8.0 M -> 7.3 M) */
		while (i < n4) {
			uint32_t w;
			memcpy(&w, s + i, 4);
			uint32_t e1 = atomic_load_explicit(&table[w & 0xFFFF], memory_order_relaxed);
			uint32_t e2 = atomic_load_explicit(&table[w >> 16], memory_order_relaxed);
			if (!e1 || !e2)
				break;
			/* the length is an entry's top byte on little-endian */
			memcpy(out + o, &e1, 4);
			o += e1 >> 24;
			memcpy(out + o, &e2, 4);
			o += e2 >> 24;
			i += 4;
		}
#endif
		/* one code at a time: the end of a run (or the whole run) */
		while (i < n && s[i] >= 0x80) {
			if (n - i < 2)
				goto done;
			/* the fourth byte written is scratch, overwritten next */
			uint32_t e = atomic_load_explicit(&table[code_at(s + i)], memory_order_relaxed);
			if (!e)
				goto done;
			memcpy(out + o, &e, 4);
			o += entry_len(e);
			i += 2;
		}
	}
done:
	*outlen = o;
	return i;
}

/* convert_from stops at a code whose entry is 0: when that is because
 * its row is not built yet, build it and go on (kept out of the loop,
 * which then needs no call and no saved registers) */
size_t pb_gb18030_fast(const char *in, size_t n, char *out, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0;

	*outlen = 0;
	for (;;) {
		i = convert_from(s, i, n, out, outlen);
		if (n - i < 2 || !miss(s + i))
			return i;
	}
}

size_t pb_gb18030_span(const char *in, size_t n)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0;

	while (i < n) {
		if (n - i >= 8) {
			size_t k = pb_swar_first_high(s + i);
			i += k;
			if (k == 8)
				continue;
		} else if (s[i] < 0x80) {
			i++;
			continue;
		}
		do {
			if (n - i < 2 || !lookup(s + i))
				return i;
			i += 2;
		} while (i < n && s[i] >= 0x80);
	}
	return i;
}
