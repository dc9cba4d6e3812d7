/*
 * linememo.h - the key and class of short lines seen before.
 *
 * Every filing repeats the same dozen headings (目录, 第一部分, 一、总体
 * 绩效目标 ...) and a directory of filings repeats them thousands of
 * times.  Building a line's key and classifying it (normalization,
 * then a PCRE2 match) cost about 1,300 instructions a line in pbsplit;
 * finding it here about 160.  The table is direct-mapped by a hash of
 * the raw line and has a fixed size, so memory does not grow with the
 * input.  Key and class are pure functions of the raw text, so what a hit
 * gives is exactly what computing them would.
 */
#ifndef PB_LINEMEMO_H
#define PB_LINEMEMO_H

#include <stddef.h>

#include "buf.h"
#include "heading.h"

typedef struct pb_linememo pb_linememo;

/* NULL when out of memory (callers then compute every line). */
pb_linememo *pb_linememo_new(void);
void pb_linememo_free(pb_linememo *m);

/* pb_line_key of s[0..n), and pb_classify of it into *cls, through the
 * memo (m may be NULL).  The key, NUL-terminated, *kl bytes, is at *key:
 * in room when it was built, else in the memo, where it stays until the
 * memo is asked again.  -1 when out of memory. */
int pb_linememo_classify(pb_linememo *m, const char *s, size_t n, pb_buf *room,
                         const char **key, size_t *kl, pb_line_class *cls);

#endif
