#include "linememo.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * A heading is a few dozen bytes; longer lines are computed each time.
 * Lines to 248 bytes are kept: a filing's prose that starts with a year
 * (2024 年，全面推进…) is not plain text to pb_plain_text, and at 120
 * bytes it was computed each time (pbsplit 94.4 -> 93.1 M instructions,
 * pbtable 268.6 -> 266.7 M, the memo 512 KB -> 1 MB, touched only where
 * used).  2,048 slots: pbsplit on three corpus files took 220.2 M
 * instructions with 256 slots, 214.2 M with 1,024, 211.6 M with 4,096.
 * Later, with the memo kept from one splitter to the next: 152.4 M with
 * 1,024, 150.1 M with 2,048, 149.6 M with 4,096; pbtable (a splitter per
 * file) 419.5, 417.0 and 418.2 M, the first memo's zeroing growing.
 */
enum { SLOT_BITS = 11, SLOTS = 1 << SLOT_BITS, MAXRAW = 248, MAXKEY = 248 };

typedef struct {
	uint64_t hash;
	unsigned short rawlen, keylen; /* rawlen 0: empty slot */
	pb_line_class cls;
	/* handed out, so NUL-terminated, and followed by more of the slot:
	 * PCRE2's JIT may read words past a subject's end */
	char key[MAXKEY + 1];
	char raw[MAXRAW];
} slot;

struct pb_linememo {
	slot slots[SLOTS];
};

/*
 * The memo of the last splitter freed, for the next one: what it holds is
 * a pure function of the raw text, so it stays right, and pbtable, which
 * makes a splitter per input, neither zeroes 512 KB nor starts cold for
 * each file.  Taken and given back by an atomic exchange.
 */
#if !defined(__STDC_NO_ATOMICS__)
#include <stdatomic.h>
static _Atomic(pb_linememo *) spare;
#endif

pb_linememo *pb_linememo_new(void)
{
#if !defined(__STDC_NO_ATOMICS__)
	pb_linememo *m = atomic_exchange(&spare, NULL);
	if (m)
		return m;
#endif
	return calloc(1, sizeof(pb_linememo));
}

void pb_linememo_free(pb_linememo *m)
{
#if !defined(__STDC_NO_ATOMICS__)
	m = atomic_exchange(&spare, m);
#endif
	free(m);
}

/*
 * A word at a time: the hash only picks a slot, the bytes are compared.
 * Each word's product does not wait for the hash so far, which only
 * turns and adds (two cycles a word): with the running hash multiplied
 * word after word, a chain of about 30 cycles for a 40-byte heading, a
 * lookup waited on it and then on the slot.  Lookups of the lines of
 * f0001 (best of 30): 0.057 -> 0.050 ms; pbsplit over the bench
 * corpus, best of 9 runs: 378 -> 369 ms; callgrind on three corpus
 * files 90.15 -> 89.81 M instructions.
 */
static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = UINT64_C(0x9E3779B97F4A7C15) * (n + 1), w;
	size_t i = 0;

	for (; n - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h << 7 | h >> 57) + w * UINT64_C(0xBF58476D1CE4E5B9);
	}
	/* the last word laid over the one before: no byte loop for the tail */
	if (n >= 8) {
		memcpy(&w, s + n - 8, 8);
	} else {
		w = 0;
		memcpy(&w, s, n);
	}
	h = (h ^ w) * UINT64_C(0x94D049BB133111EB);
	return h ^ h >> 29;
}

/* the key built into room, and its class */
static int compute(const char *s, size_t n, pb_buf *room, pb_line_class *cls)
{
	if (pb_line_key(room, s, n) < 0)
		return -1;
	*cls = pb_classify(s, n, room->ptr, room->len);
	return 0;
}

int pb_linememo_classify(pb_linememo *m, const char *s, size_t n, pb_buf *room,
                         const char **key, size_t *kl, pb_line_class *cls)
{
	slot *e = NULL;
	uint64_t h = 0;

	if (m && n && n <= MAXRAW) {
		h = hash(s, n);
		e = &m->slots[h >> (64 - SLOT_BITS)];
		if (e->hash == h && e->rawlen == n && !memcmp(e->raw, s, n)) {
			/* a hit hands out the slot's key: copying it was a fifth
			 * of a hit's time */
			*key = e->key;
			*kl = e->keylen;
			*cls = e->cls;
			return 0;
		}
	}
	if (compute(s, n, room, cls) < 0)
		return -1;
	*key = room->ptr;
	*kl = room->len;
	if (e && room->len <= MAXKEY) {
		e->hash = h;
		e->rawlen = (unsigned short)n;
		e->keylen = (unsigned short)room->len;
		e->cls = *cls;
		memcpy(e->raw, s, n);
		memcpy(e->key, room->ptr, room->len + 1);
	}
	return 0;
}
