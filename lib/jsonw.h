/*
 * jsonw.h - NDJSON and TSV writing into a pb_buf.
 *
 * Whatever bytes come in, what goes out is valid JSON and valid UTF-8:
 * invalid UTF-8 becomes U+FFFD, control characters are escaped.  A record
 * is built in a buffer and written whole, so a failed write never leaves
 * half a record behind a good one.
 *
 * Why not json-c's writer (json-c reads our input): it builds an object
 * tree per record, and it writes a string's bytes as they are, so
 * invalid UTF-8 from a damaged filing would make invalid JSON; and an
 * exact decimal needs its own text anyway (money.h), never a double.
 */
#ifndef PB_JSONW_H
#define PB_JSONW_H

#include <stddef.h>
#include <string.h>

#include "buf.h"
#include "compiler.h"
#include "digits.h"

typedef struct {
	pb_buf *b;
	int first;
	int err; /* sticky out-of-memory */
} pb_jw;

/*
 * Field names (`key`) and record types (`type`) are the schema's names,
 * plain ASCII that JSON needs not escape; they are written as they are.
 * Values are always escaped.
 */
void pb_jw_begin(pb_jw *w, pb_buf *b, const char *type);
void pb_jw_end(pb_jw *w); /* closes the object and adds '\n' */

/* Values, written after a name (pb_jw_key) */
void pb_jw_strv(pb_jw *w, const char *s); /* NULL -> null */
void pb_jw_strnv(pb_jw *w, const char *s, size_t n);
void pb_jw_utf8nv(pb_jw *w, const char *s, size_t n); /* known valid UTF-8 */
void pb_jw_utf8v(pb_jw *w, const char *s); /* the same, NUL-terminated; NULL -> null */
void pb_jw_intv(pb_jw *w, long long v);
void pb_jw_rawv(pb_jw *w, const char *json);

/*
 * The name, then the value.  Inline because every field of every record
 * comes through here: with a literal name the compiler works out its
 * length and copies it in place (writing the names was a fifth of
 * pbtable's record writing; inline, pbtable ran 4% fewer instructions).
 */
static inline void pb_jw_key(pb_jw *w, const char *key)
{
	size_t l = strlen(key);
	pb_buf *b = w->b;
	if (b->cap - b->len < l + 5 && pb_buf_grow(b, l + 4) < 0) {
		w->err = -1;
		return;
	}
	char *o = b->ptr + b->len;
	if (!w->first)
		*o++ = ',';
	w->first = 0;
	*o++ = '"';
	memcpy(o, key, l);
	o += l;
	*o++ = '"';
	*o++ = ':';
	*o = '\0';
	b->len = (size_t)(o - b->ptr);
}

/*
 * A field that is not the first of its object (a record's fields after
 * its type), the name a string literal: comma, quoted name and colon are
 * one copy of a constant size, the literal's NUL with them, and the
 * first-field test is gone.  pbtable's records written through pb_jw_key
 * took 5 M instructions more on three corpus files (of 397 M).  Never
 * for an object's first field: the comma is always written.
 */
#define PB_JW_NEXT(w, name) pb_jw_lit((w), ",\"" name "\":", sizeof ",\"" name "\":" - 1)
#define PB_JW_STR(w, name, s) (PB_JW_NEXT(w, name), pb_jw_strv((w), (s)))
#define PB_JW_INT(w, name, v) pb_jw_lit_int((w), ",\"" name "\":", sizeof ",\"" name "\":" - 1, (v))
#define PB_JW_NULL(w, name) pb_jw_lit((w), ",\"" name "\":null", sizeof ",\"" name "\":null" - 1)

static inline void pb_jw_lit(pb_jw *w, const char *s, size_t l)
{
	pb_buf *b = w->b;
	if (b->cap - b->len <= l && pb_buf_grow(b, l) < 0) {
		w->err = -1;
		return;
	}
	memcpy(b->ptr + b->len, s, l + 1);
	b->len += l;
}

/*
 * Writing in place: pb_jw_room makes room for n more bytes and says
 * where they go (NULL, the error set, when out of memory); what is
 * written there is ended with pb_jw_room_end.  For the fields of a
 * record written in one go, one test of the room instead of one a field.
 */
static inline char *pb_jw_room(pb_jw *w, size_t n)
{
	pb_buf *b = w->b;
	if (b->cap - b->len <= n && pb_buf_grow(b, n) < 0) {
		w->err = -1;
		return NULL;
	}
	return b->ptr + b->len;
}

static inline void pb_jw_room_end(pb_jw *w, char *o)
{
	*o = '\0';
	w->b->len = (size_t)(o - w->b->ptr);
}

/* the most pb_jw_put_int writes */
#define PB_JW_INT_MAX 20

/* v in decimal at o, as printf's %lld (at most PB_JW_INT_MAX bytes);
 * returns the end.  The length first, then the digits from the end
 * into place: no copy from a scratch buffer. */
static inline char *pb_jw_put_int(char *o, long long v)
{
	uint64_t u = (uint64_t)v;
	if (v < 0) {
		*o++ = '-';
		u = 0 - u;
	}
	char *end = o + pb_ndigits(u);
	pb_digits_back(end, u);
	return end;
}

/* a literal name (with the comma before it), then an integer: one test
 * of the room for both */
static inline void pb_jw_lit_int(pb_jw *w, const char *key, size_t l, long long v)
{
	char *o = pb_jw_room(w, l + PB_JW_INT_MAX);
	if (!o)
		return;
	memcpy(o, key, l);
	pb_jw_room_end(w, pb_jw_put_int(o + l, v));
}

static inline void pb_jw_str(pb_jw *w, const char *key, const char *s) /* NULL -> null */
{
	pb_jw_key(w, key);
	pb_jw_strv(w, s);
}

static inline void pb_jw_int(pb_jw *w, const char *key, long long v)
{
	pb_jw_key(w, key);
	pb_jw_intv(w, v);
}

static inline void pb_jw_null(pb_jw *w, const char *key)
{
	pb_jw_key(w, key);
	w->err |= pb_buf_add(w->b, "null", 4);
}

static inline void pb_jw_bool(pb_jw *w, const char *key, int v)
{
	pb_jw_key(w, key);
	w->err |= v ? pb_buf_add(w->b, "true", 4) : pb_buf_add(w->b, "false", 5);
}

/* a JSON number already formatted (exact decimal text); NULL -> null */
static inline void pb_jw_num(pb_jw *w, const char *key, const char *text)
{
	pb_jw_key(w, key);
	pb_jw_rawv(w, text ? text : "null");
}

/* raw JSON value, written as is */
static inline void pb_jw_raw(pb_jw *w, const char *key, const char *json)
{
	pb_jw_key(w, key);
	pb_jw_rawv(w, json);
}

/* 1 for the bytes a JSON string must escape: controls, '"' and '\\' */
extern const unsigned char pb_json_esc[256];

/* Append s as a JSON string literal. */
PB_MUST_CHECK int pb_json_quote(pb_buf *b, const char *s, size_t n);
/* The same for text known to be valid UTF-8 (the decoder's output),
 * without checking it again. */
PB_MUST_CHECK int pb_json_quote_utf8(pb_buf *b, const char *s, size_t n);
static inline void pb_jw_utf8n(pb_jw *w, const char *key, const char *s, size_t n)
{
	pb_jw_key(w, key);
	pb_jw_utf8nv(w, s, n);
}

/* Append s as a TSV field: \t \n \r \\ become the two-character escapes
 * jq's @tsv and mlr use; invalid UTF-8 becomes U+FFFD. */
PB_MUST_CHECK int pb_tsv_field(pb_buf *b, const char *s, size_t n);

#endif
