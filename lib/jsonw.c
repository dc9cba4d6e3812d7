#include "jsonw.h"

#include <stdio.h>
#include <string.h>

#include "compiler.h"
#include "swar.h"
#include "utf8.h"

const unsigned char pb_json_esc[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1,
};

/* Each escape whole, eight bytes stored at once: the escape and its
 * length (the bytes past it are slack the caller made room for, and are
 * written over).  Per escape that is a load and a store where testing
 * for the two-byte form and writing byte by byte took twice the
 * instructions, and pbsplit meets an escape every 15 bytes or so. */
static const struct {
	char s[7];
	unsigned char n;
} esc_tab['\\' + 1] = {
	[0x00] = { "\\u0000", 6 },
	[0x01] = { "\\u0001", 6 },
	[0x02] = { "\\u0002", 6 },
	[0x03] = { "\\u0003", 6 },
	[0x04] = { "\\u0004", 6 },
	[0x05] = { "\\u0005", 6 },
	[0x06] = { "\\u0006", 6 },
	[0x07] = { "\\u0007", 6 },
	[0x08] = { "\\u0008", 6 },
	[0x09] = { "\\t", 2 },
	[0x0a] = { "\\n", 2 },
	[0x0b] = { "\\u000b", 6 },
	[0x0c] = { "\\u000c", 6 },
	[0x0d] = { "\\r", 2 },
	[0x0e] = { "\\u000e", 6 },
	[0x0f] = { "\\u000f", 6 },
	[0x10] = { "\\u0010", 6 },
	[0x11] = { "\\u0011", 6 },
	[0x12] = { "\\u0012", 6 },
	[0x13] = { "\\u0013", 6 },
	[0x14] = { "\\u0014", 6 },
	[0x15] = { "\\u0015", 6 },
	[0x16] = { "\\u0016", 6 },
	[0x17] = { "\\u0017", 6 },
	[0x18] = { "\\u0018", 6 },
	[0x19] = { "\\u0019", 6 },
	[0x1a] = { "\\u001a", 6 },
	[0x1b] = { "\\u001b", 6 },
	[0x1c] = { "\\u001c", 6 },
	[0x1d] = { "\\u001d", 6 },
	[0x1e] = { "\\u001e", 6 },
	[0x1f] = { "\\u001f", 6 },
	[0x22] = { "\\\"", 2 },
	[0x5c] = { "\\\\", 2 },
};

/* Write the escape for c, one of the bytes pb_json_esc flags, at o (8
 * bytes of room). */
static inline unsigned char *escape(unsigned char *o, unsigned c)
{
	memcpy(o, &esc_tab[c], 8);
	return o + esc_tab[c].n;
}

/* quote_run is made twice, with and without the check: a flag tested in
 * the loop cost more than it saved */

/* Copy the non-ASCII run at p (checked, U+FFFD for each byte that does
 * not start a valid character; looking as far as end, since one may
 * cross e); ideographs and CJK punctuation (three bytes, leads E1..EC,
 * EE, EF: nothing overlong or a surrogate) without the decoder. */
static unsigned char *copy_checked(unsigned char *o, const unsigned char **pp,
                                   const unsigned char *e, const unsigned char *end)
{
	const unsigned char *p = *pp;

	while (p < e && *p >= 0x80) {
#ifdef PB_SWAR_LE
		/* two such characters in one word (the slack of the room
		 * takes the two bytes copied past them) */
		if (end - p >= 8 && e - p > 3) {
			uint64_t w = pb_swar_load(p);
			if (pb_utf8_cjk3x2(w)) {
				memcpy(o, &w, 8);
				o += 6;
				p += 6;
				continue;
			}
		}
#endif
		if (pb_utf8_cjk3(p, (size_t)(end - p))) {
			o[0] = p[0];
			o[1] = p[1];
			o[2] = p[2];
			o += 3;
			p += 3;
			continue;
		}
		int32_t cp;
		int l = pb_utf8_decode((const char *)p, (size_t)(end - p), &cp);
		if (cp < 0) {
			memcpy(o, "\xEF\xBF\xBD", 3);
			o += 3;
			p++;
		} else {
			memcpy(o, p, (size_t)l);
			o += l;
			p += l;
		}
	}
	*pp = p;
	return o;
}

/*
 * Quote p[0..e) into o, from *pp on; with `check`, non-ASCII other than
 * whole ideographs goes through copy_checked.  Sixteen bytes are tested
 * and copied at once up to the next byte that needs attention; the last
 * few come from a zero-padded copy, so nothing past e is read.  The
 * caller makes room: 6 bytes out per byte in at most, plus 16 for the
 * whole-vector store (escape's 8-byte store fits in that).  This is the
 * hot loop of every writer: pbsplit quotes every byte of every filing,
 * pbtable every cell it keeps.
 */
static PB_ALWAYS_INLINE unsigned mask16(pb_v16 v, int check)
{
#ifdef PB_V16_SSE2
	/* the compares ORed before one movemask; signed compares take the
	 * byte ranges in one step each (pb_v16_below needs two) */
	__m128i esc = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
	                           _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
	                                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
	unsigned mask = (unsigned)_mm_movemask_epi8(esc);
#else
	unsigned mask = pb_v16_below(v, 0x20) | pb_v16_eq(v, '"') | pb_v16_eq(v, '\\');
#endif
	unsigned high = check ? pb_v16_high(v) : 0;
	if (!high)
		return mask;
	/* With the check, the non-ASCII bytes that are not part of an
	 * ideograph or CJK punctuation (pb_utf8_cjk3: a lead E1..EC, EE or
	 * EF then two continuation bytes) inside the block.  Those pass
	 * without copy_checked, which cost pbtable more than the quoting
	 * around it.  A lead whose character runs past the block is
	 * flagged too; the caller reloads there. */
#ifdef PB_V16_SSE2
	/* as signed bytes: E1..EF is above -32 and below -16, 80..BF below -64 */
	__m128i l = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-32)),
	                          _mm_cmplt_epi8(v, _mm_set1_epi8(-16)));
	unsigned lead = (unsigned)_mm_movemask_epi8(
		_mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(-19)), l)); /* not ED */
	unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
#else
	unsigned lead = (pb_v16_below(v, 0xF0) ^ pb_v16_below(v, 0xE0)) & ~pb_v16_eq(v, 0xE0) &
	                ~pb_v16_eq(v, 0xED);
	unsigned cont = high & pb_v16_below(v, 0xC0);
#endif
	unsigned led = lead << 1 | lead << 2; /* where continuations must be */
	return mask | (high & ~(lead | cont)) | (lead & ~(cont >> 1 & cont >> 2)) | (cont & ~led);
}

/* The byte at *pp needs attention: an escape, or (check) a non-ASCII run.
 * Without the check it is always an escape: saying so keeps copy_checked
 * out of that loop, and with it the need to keep p in memory. */
static PB_ALWAYS_INLINE unsigned char *attend(unsigned char *o, const unsigned char **pp,
                                           const unsigned char *e, const unsigned char *end,
                                           int check)
{
	if (!check)
		return escape(o, *(*pp)++);
	if (**pp < 0x80)
		return escape(o, *(*pp)++);
	return copy_checked(o, pp, e, end);
}



static PB_ALWAYS_INLINE unsigned char *quote_run(unsigned char *o, const unsigned char **pp,
                                              const unsigned char *e,
                                              const unsigned char *end, int check)
{
	const unsigned char *p = *pp;

	/* Without the check every flagged byte is one escape, so all the
	 * escapes of a block are taken from its mask; the bytes after each
	 * are copied sixteen at once, which the 32 bytes left keep inside
	 * the slice.  Text lines end in \n and table rows hold \t:
	 * pbsplit meets an escape every 15 bytes or so, and testing the
	 * block again after each cost more. */
	while (!check && e - p >= 32) {
		pb_v16 v = pb_v16_load(p);
		unsigned mask = mask16(v, 0);
		memcpy(o, p, 16);
		/* o + k is where p[k] goes, moved on by each escape's
		 * length less the byte it stands for (from the pointer to
		 * the escape's end back to o, it took 3 instructions more
		 * an escape: pbsplit 99.7 -> 98.5 M on three corpus files) */
		while (mask) {
			size_t k = pb_v16_first(mask);
			unsigned c = p[k];
			memcpy(o + k, &esc_tab[c], 8);
			o += esc_tab[c].n - 1;
			memcpy(o + k + 1, p + k + 1, 16);
			mask &= mask - 1;
		}
		o += 16;
		p += 16;
	}
	while (e - p >= 16) {
		pb_v16 v = pb_v16_load(p);
		unsigned mask = mask16(v, check);
		memcpy(o, p, 16);
		if (!mask) {
			o += 16;
			p += 16;
			continue;
		}
		unsigned k = pb_v16_first(mask);
		o += k;
		p += k;
		/* a character cut by the end of the block: test it in the next */
		if (check && k >= 14 && pb_utf8_cjk3(p, (size_t)(e - p)))
			continue;
		o = attend(o, &p, e, end, check);
	}
	if (p < e) {
		/* the last bytes, fewer than 16, from a zero-padded copy: a
		 * load anywhere in its first half stays inside it */
		unsigned char tail[32] = { 0 };
		const unsigned char *base = p;
		pb_copy16(tail, p, (size_t)(e - p));
		while (p < e) {
			const unsigned char *src = tail + (p - base);
			unsigned mask = mask16(pb_v16_load(src), check) & ((1u << (e - p)) - 1);
			memcpy(o, src, 16);
			if (!mask) {
				o += e - p;
				p = e;
				break;
			}
			unsigned k = pb_v16_first(mask);
			o += k;
			p += k;
			o = attend(o, &p, e, end, check);
		}
	}
	*pp = p;
	return o;
}

/* Quote s[0..n) a slice at a time, so the room made is bounded. */
static PB_ALWAYS_INLINE int quote(pb_buf *b, const char *s, size_t n, int check)
{
	enum { SLICE = 4096 };
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t m = n < SLICE ? n : SLICE;
	unsigned char *o;

	/* the slice escaped, a character crossing its end, the vector
	 * store, the quotes and the NUL; most strings are short, so the
	 * test is inline */
	if (b->cap - b->len < 6 * m + 24 && pb_buf_grow(b, 6 * m + 23) < 0)
		return -1;
	o = (unsigned char *)b->ptr + b->len;
	*o++ = '"';
	for (;;) {
		o = quote_run(o, &p, p + m, end, check);
		if (p >= end)
			break;
		*o = '\0';
		b->len = (size_t)((char *)o - b->ptr);
		m = (size_t)(end - p) < SLICE ? (size_t)(end - p) : SLICE;
		if (b->cap - b->len < 6 * m + 24 && pb_buf_grow(b, 6 * m + 23) < 0)
			return -1;
		o = (unsigned char *)b->ptr + b->len;
	}
	o[0] = '"';
	o[1] = '\0';
	b->len = (size_t)((char *)o + 1 - b->ptr);
	return 0;
}

/* the first eight bytes of a vector from lo, the last from hi */
static PB_ALWAYS_INLINE pb_v16 v16_of(uint64_t lo, uint64_t hi)
{
#ifdef PB_V16_SSE2
	return _mm_set_epi64x((long long)hi, (long long)lo);
#else
	pb_v16 v;
	memcpy(v.b, &lo, 8);
	memcpy(v.b + 8, &hi, 8);
	return v;
#endif
}

/* nonzero when v holds a byte to escape or (check) one not ASCII */
static PB_ALWAYS_INLINE unsigned short_mask(pb_v16 v, int check)
{
	return mask16(v, 0) | (check ? pb_v16_high(v) : 0);
}

/*
 * A string of at most SHORT bytes with nothing to escape (and, with the
 * check, nothing but ASCII), tested a vector at a time (two 8- or
 * 4-byte halves below 16) and copied with its quotes in pieces, the
 * last overlapping the one before; 1 when it has something else, the
 * copy then left past the buffer's end to be written over.  Most
 * strings are a cell or a title of a few characters: through quote()
 * (its registers saved, its tail copied through a zeroed block) pbtable
 * took 273.9 M instructions on three corpus files, 269.2 M so with
 * SHORT 32.  Eight bytes at a time in a plain word it took 275.7 M: the
 * vector tests are what pays.  SHORT 64 against 32: pbsplit 97.33 ->
 * 97.20 M, pbtable 267.05 -> 266.52 M; 48 and 128 did less for one or
 * the other.
 */
enum { SHORT = 64 };

static PB_ALWAYS_INLINE int quote_short(pb_buf *b, const char *s, size_t n, int check)
{
	if (b->cap - b->len < n + 3 && pb_buf_grow(b, n + 2) < 0)
		return -1;
	char *o = b->ptr + b->len;
	if (n >= 16) {
		/* each block copied as it is tested: the room is there */
		unsigned f = 0;
		for (size_t i = 0; i + 16 < n; i += 16) {
			f |= short_mask(pb_v16_load(s + i), check);
			memcpy(o + 1 + i, s + i, 16);
		}
		if (f | short_mask(pb_v16_load(s + n - 16), check))
			return 1;
		memcpy(o + 1 + n - 16, s + n - 16, 16);
	} else if (n >= 8) {
		uint64_t lo = pb_swar_load(s), hi = pb_swar_load(s + n - 8);
		if (short_mask(v16_of(lo, hi), check))
			return 1;
		memcpy(o + 1, &lo, 8);
		memcpy(o + 1 + n - 8, &hi, 8);
	} else if (n >= 4) {
		uint32_t a, c;
		memcpy(&a, s, 4);
		memcpy(&c, s + n - 4, 4);
		uint64_t ac = a | (uint64_t)c << 32;
		if (short_mask(v16_of(ac, ac), check))
			return 1;
		memcpy(o + 1, &a, 4);
		memcpy(o + 1 + n - 4, &c, 4);
	} else if (n) {
		/* first, middle and last byte: all there are; spaces around */
		unsigned char x = (unsigned char)s[0], y = (unsigned char)s[n / 2],
		              z = (unsigned char)s[n - 1];
		uint64_t xyz = UINT64_C(0x2020202020202020) << 24 | x | (uint64_t)y << 8 | (uint64_t)z << 16;
		if (short_mask(v16_of(xyz, xyz), check))
			return 1;
		o[1] = (char)x;
		o[1 + n / 2] = (char)y;
		o[n] = (char)z;
	}
	o[0] = '"';
	o[n + 1] = '"';
	o[n + 2] = '\0';
	b->len += n + 2;
	return 0;
}

/* the whole quoting, out of line: its callers take the short strings
 * without saving its registers */
static PB_NOINLINE int quote_long_utf8(pb_buf *b, const char *s, size_t n)
{
	return quote(b, s, n, 0);
}

static PB_NOINLINE int quote_long_checked(pb_buf *b, const char *s, size_t n)
{
	return quote(b, s, n, 1);
}

/* the short way when it takes the string, else the whole quoting */
static PB_ALWAYS_INLINE int quote_any(pb_buf *b, const char *s, size_t n, int check)
{
	int r = n <= SHORT ? quote_short(b, s, n, check) : 1;
	if (r <= 0)
		return r;
	return check ? quote_long_checked(b, s, n) : quote_long_utf8(b, s, n);
}

int pb_json_quote_utf8(pb_buf *b, const char *s, size_t n)
{
	return quote_any(b, s, n, 0);
}

/* One pass: checking the UTF-8 first and then quoting it read every
 * string twice, and most strings are a short cell or title. */
int pb_json_quote(pb_buf *b, const char *s, size_t n)
{
	return quote_any(b, s, n, 1);
}

int pb_tsv_field(pb_buf *b, const char *s, size_t n)
{
	size_t i = 0, run = 0;
	int r = 0;

	while (i < n && r == 0) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			int32_t cp;
			int l = pb_utf8_decode(s + i, n - i, &cp);
			if (cp >= 0) {
				i += (size_t)l;
				continue;
			}
		} else if (c != '\t' && c != '\n' && c != '\r' && c != '\\') {
			i++;
			continue;
		}
		r |= pb_buf_add(b, s + run, i - run);
		switch (c) {
		case '\t': r |= pb_buf_add(b, "\\t", 2); break;
		case '\n': r |= pb_buf_add(b, "\\n", 2); break;
		case '\r': r |= pb_buf_add(b, "\\r", 2); break;
		case '\\': r |= pb_buf_add(b, "\\\\", 2); break;
		default: r |= pb_buf_add(b, "\xEF\xBF\xBD", 3);
		}
		i++;
		run = i;
	}
	r |= pb_buf_add(b, s + run, i - run);
	return r ? -1 : 0;
}

void pb_jw_begin(pb_jw *w, pb_buf *b, const char *type)
{
	w->b = b;
	w->first = 1;
	w->err = pb_buf_addc(b, '{');
	if (type) { /* a schema name, like the field names */
		pb_jw_key(w, "type");
		if (pb_buf_addc(b, '"') < 0 || pb_buf_adds(b, type) < 0 || pb_buf_addc(b, '"') < 0)
			w->err = -1;
	}
}

void pb_jw_end(pb_jw *w)
{
	w->err |= pb_buf_add(w->b, "}\n", 2);
}

/* The writers call quote_any themselves, not through a second call:
 * pbtable took 269.1 M instructions on three corpus files through
 * pb_json_quote_utf8, 267.9 M so. */
void pb_jw_strv(pb_jw *w, const char *s)
{
	if (!s)
		w->err |= pb_buf_add(w->b, "null", 4);
	else
		w->err |= quote_any(w->b, s, strlen(s), 1);
}

void pb_jw_strnv(pb_jw *w, const char *s, size_t n)
{
	w->err |= quote_any(w->b, s, n, 1);
}

void pb_jw_utf8nv(pb_jw *w, const char *s, size_t n)
{
	w->err |= quote_any(w->b, s, n, 0);
}

void pb_jw_utf8v(pb_jw *w, const char *s)
{
	if (!s)
		w->err |= pb_buf_add(w->b, "null", 4);
	else
		w->err |= quote_any(w->b, s, strlen(s), 0);
}

void pb_jw_intv(pb_jw *w, long long v)
{
	/* by hand: printf was a tenth of pbsplit's time */
	char *o = pb_jw_room(w, PB_JW_INT_MAX);
	if (o)
		pb_jw_room_end(w, pb_jw_put_int(o, v));
}

void pb_jw_rawv(pb_jw *w, const char *json)
{
	w->err |= pb_buf_adds(w->b, json);
}
