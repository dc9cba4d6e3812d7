#include "jsonw.h"

#include <stdio.h>
#include <string.h>

#include "swar.h"
#include "utf8.h"

static const char hex[] = "0123456789abcdef";

const unsigned char pb_json_esc[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1,
};

/* The second byte of the two-byte escapes; 0: \u00XX */
static const unsigned char esc2[256] = {
	['\n'] = 'n', ['\t'] = 't', ['\r'] = 'r', ['"'] = '"', ['\\'] = '\\',
};

/* Write the escape for c, one of the bytes pb_json_esc flags, at o.
 * A table, not a switch: tab-grid text has an escape every few bytes. */
static inline unsigned char *escape(unsigned char *o, unsigned c)
{
	o[0] = '\\';
	if (esc2[c]) {
		o[1] = esc2[c];
		return o + 2;
	}
	o[1] = 'u';
	o[2] = o[3] = '0';
	o[4] = (unsigned char)hex[c >> 4];
	o[5] = (unsigned char)hex[c & 15];
	return o + 6;
}

/*
 * Valid UTF-8 needs escapes only for ASCII.  This is the hot loop of
 * pbsplit (every byte of every filing goes through it), so it writes into
 * room made for a slice of input at a time (6 bytes out per byte in at
 * most) instead of a buffer call per run: tab-grid text has a tab every
 * few bytes.  Sixteen bytes are tested and copied at once up to the next
 * byte to escape; the room for them is there, since 16 bytes left in the
 * slice have 96 bytes of room.
 */
int pb_json_quote_utf8(pb_buf *b, const char *s, size_t n)
{
	enum { SLICE = 4096 };
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	unsigned char *o;
	int first = 1;

	do {
		size_t m = (size_t)(end - p) < SLICE ? (size_t)(end - p) : SLICE;
		/* room for the slice escaped, the quotes and the NUL; most
		 * strings are short, so the test is inline */
		if (b->cap - b->len < 6 * m + 3 && pb_buf_grow(b, 6 * m + 2) < 0)
			return -1;
		o = (unsigned char *)b->ptr + b->len;
		if (first)
			*o++ = '"';
		first = 0;
		const unsigned char *e = p + m;
		while (e - p >= 16) {
			pb_v16 v = pb_v16_load(p);
			unsigned mask = pb_v16_below(v, 0x20) | pb_v16_eq(v, '"') | pb_v16_eq(v, '\\');
			memcpy(o, p, 16);
			if (!mask) {
				o += 16;
				p += 16;
				continue;
			}
			unsigned k = pb_v16_first(mask);
			o = escape(o + k, p[k]);
			p += k + 1;
		}
		for (; p < e; p++) {
			if (pb_json_esc[*p])
				o = escape(o, *p);
			else
				*o++ = *p;
		}
		*o = '\0';
		b->len = (size_t)((char *)o - b->ptr);
	} while (p < end);
	*o++ = '"';
	*o = '\0';
	b->len++;
	return 0;
}

int pb_json_quote(pb_buf *b, const char *s, size_t n)
{
	if (pb_utf8_valid(s, n, NULL) == n)
		return pb_json_quote_utf8(b, s, n);
	size_t i = 0, run = 0;
	int r = pb_buf_addc(b, '"');

	/* copy runs of plain bytes at once: this is the hot path of pbsplit */
	while (i < n && r == 0) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0x80) {
			int32_t cp;
			int l = pb_utf8_decode(s + i, n - i, &cp);
			if (cp >= 0) {
				i += (size_t)l;
				continue;
			}
		}
		r |= pb_buf_add(b, s + run, i - run);
		switch (c) {
		case '"': r |= pb_buf_add(b, "\\\"", 2); break;
		case '\\': r |= pb_buf_add(b, "\\\\", 2); break;
		case '\n': r |= pb_buf_add(b, "\\n", 2); break;
		case '\r': r |= pb_buf_add(b, "\\r", 2); break;
		case '\t': r |= pb_buf_add(b, "\\t", 2); break;
		default:
			if (c < 0x20) {
				char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
				r |= pb_buf_add(b, e, 6);
			} else {
				r |= pb_buf_add(b, "\xEF\xBF\xBD", 3);
			}
		}
		i++;
		run = i;
	}
	r |= pb_buf_add(b, s + run, i - run);
	r |= pb_buf_addc(b, '"');
	return r ? -1 : 0;
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
	if (type)
		pb_jw_str(w, "type", type);
}

void pb_jw_end(pb_jw *w)
{
	w->err |= pb_buf_add(w->b, "}\n", 2);
}

void pb_jw_key(pb_jw *w, const char *key)
{
	/* every field goes through here: the name is written as it is, in
	 * one go (see jsonw.h: names need no escaping) */
	size_t l = strlen(key);
	if (w->b->cap - w->b->len < l + 5 && pb_buf_grow(w->b, l + 4) < 0) {
		w->err = -1;
		return;
	}
	char *o = w->b->ptr + w->b->len;
	if (!w->first)
		*o++ = ',';
	w->first = 0;
	*o++ = '"';
	memcpy(o, key, l);
	o += l;
	*o++ = '"';
	*o++ = ':';
	*o = '\0';
	w->b->len = (size_t)(o - w->b->ptr);
}

void pb_jw_strn(pb_jw *w, const char *key, const char *s, size_t n)
{
	pb_jw_key(w, key);
	w->err |= pb_json_quote(w->b, s, n);
}

void pb_jw_utf8n(pb_jw *w, const char *key, const char *s, size_t n)
{
	pb_jw_key(w, key);
	w->err |= pb_json_quote_utf8(w->b, s, n);
}

void pb_jw_str(pb_jw *w, const char *key, const char *s)
{
	if (!s)
		pb_jw_null(w, key);
	else
		pb_jw_strn(w, key, s, strlen(s));
}

void pb_jw_int(pb_jw *w, const char *key, long long v)
{
	/* by hand: printf was a tenth of pbsplit's time */
	char d[24], *e = d + sizeof d, *p = e;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	pb_jw_key(w, key);
	w->err |= pb_buf_add(w->b, p, (size_t)(e - p));
}

void pb_jw_null(pb_jw *w, const char *key)
{
	pb_jw_key(w, key);
	w->err |= pb_buf_add(w->b, "null", 4);
}

void pb_jw_bool(pb_jw *w, const char *key, int v)
{
	pb_jw_key(w, key);
	w->err |= pb_buf_adds(w->b, v ? "true" : "false");
}

void pb_jw_num(pb_jw *w, const char *key, const char *text)
{
	pb_jw_key(w, key);
	w->err |= pb_buf_adds(w->b, text ? text : "null");
}

void pb_jw_raw(pb_jw *w, const char *key, const char *json)
{
	pb_jw_key(w, key);
	w->err |= pb_buf_adds(w->b, json);
}
