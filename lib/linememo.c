#include "linememo.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * A heading is a few dozen bytes; longer lines are computed each time.
 * 1,024 slots, 256 KB: pbsplit on three corpus files took 220.2 M
 * instructions with 256 slots, 214.2 M with 1,024, 211.6 M with 4,096.
 */
enum { SLOT_BITS = 10, SLOTS = 1 << SLOT_BITS, MAXRAW = 120, MAXKEY = 120 };

typedef struct {
	uint64_t hash;
	unsigned short rawlen, keylen; /* rawlen 0: empty slot */
	pb_line_class cls;
	char raw[MAXRAW];
	char key[MAXKEY];
} slot;

struct pb_linememo {
	slot slots[SLOTS];
};

pb_linememo *pb_linememo_new(void)
{
	return calloc(1, sizeof(pb_linememo));
}

void pb_linememo_free(pb_linememo *m)
{
	free(m);
}

/* A word at a time: the hash only picks a slot, the bytes are compared. */
static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = UINT64_C(0x9E3779B97F4A7C15) * (n + 1), w;
	size_t i = 0;

	for (; n - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * UINT64_C(0xBF58476D1CE4E5B9);
		h ^= h >> 31;
	}
	w = 0;
	memcpy(&w, s + i, n - i);
	h = (h ^ w) * UINT64_C(0x94D049BB133111EB);
	return h ^ h >> 29;
}

int pb_linememo_classify(pb_linememo *m, const char *s, size_t n, pb_buf *key,
                         pb_line_class *cls)
{
	if (!m || n == 0 || n > MAXRAW) {
		if (pb_line_key(key, s, n) < 0)
			return -1;
		*cls = pb_classify(s, n, key->ptr, key->len);
		return 0;
	}
	uint64_t h = hash(s, n);
	slot *e = &m->slots[h >> (64 - SLOT_BITS)];
	if (e->hash == h && e->rawlen == n && !memcmp(e->raw, s, n)) {
		pb_buf_reset(key);
		if (pb_buf_add(key, e->key, e->keylen) < 0)
			return -1;
		*cls = e->cls;
		return 0;
	}
	if (pb_line_key(key, s, n) < 0)
		return -1;
	*cls = pb_classify(s, n, key->ptr, key->len);
	if (key->len <= MAXKEY) {
		e->hash = h;
		e->rawlen = (unsigned short)n;
		e->keylen = (unsigned short)key->len;
		e->cls = *cls;
		memcpy(e->raw, s, n);
		memcpy(e->key, key->ptr, key->len);
	}
	return 0;
}
