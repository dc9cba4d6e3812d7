/*
 * jsonw.h - NDJSON and TSV writing into a pb_buf.
 *
 * Whatever bytes come in, what goes out is valid JSON and valid UTF-8:
 * invalid UTF-8 becomes U+FFFD, control characters are escaped.  A record
 * is built in a buffer and written whole, so a failed write never leaves
 * half a record behind a good one.
 */
#ifndef PB_JSONW_H
#define PB_JSONW_H

#include <stddef.h>

#include "buf.h"

typedef struct {
	pb_buf *b;
	int first;
	int err; /* sticky out-of-memory */
} pb_jw;

/*
 * Field names (`key`) are the schema's names, plain ASCII that JSON needs
 * not escape; they are written as they are.  Values are always escaped.
 */
void pb_jw_begin(pb_jw *w, pb_buf *b, const char *type);
void pb_jw_end(pb_jw *w); /* closes the object and adds '\n' */
void pb_jw_key(pb_jw *w, const char *key);
void pb_jw_str(pb_jw *w, const char *key, const char *s); /* NULL -> null */
void pb_jw_strn(pb_jw *w, const char *key, const char *s, size_t n);
void pb_jw_int(pb_jw *w, const char *key, long long v);
void pb_jw_null(pb_jw *w, const char *key);
void pb_jw_bool(pb_jw *w, const char *key, int v);
/* a JSON number already formatted (exact decimal text); NULL -> null */
void pb_jw_num(pb_jw *w, const char *key, const char *text);
/* raw JSON value, written as is */
void pb_jw_raw(pb_jw *w, const char *key, const char *json);

/* 1 for the bytes a JSON string must escape: controls, '"' and '\\' */
extern const unsigned char pb_json_esc[256];

/* Append s as a JSON string literal. */
int pb_json_quote(pb_buf *b, const char *s, size_t n);
/* The same for text known to be valid UTF-8 (the decoder's output),
 * without checking it again. */
int pb_json_quote_utf8(pb_buf *b, const char *s, size_t n);
void pb_jw_utf8n(pb_jw *w, const char *key, const char *s, size_t n);

/* Append s as a TSV field: \t \n \r \\ become the two-character escapes
 * jq's @tsv and mlr use; invalid UTF-8 becomes U+FFFD. */
int pb_tsv_field(pb_buf *b, const char *s, size_t n);

#endif
