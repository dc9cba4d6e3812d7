/*
 * norm.h - the text normalization of SCHEMA.md, in one place.
 *
 *  - full-width digits, letters and ％．／＋＜＝＞ become ASCII;
 *  - ≧ ≦ become ≥ ≤;
 *  - whitespace that wrapping put between CJK characters, between a CJK
 *    character and a digit, after a comparison sign, or before ² ³ % is
 *    removed; other runs of whitespace become one space; ends are trimmed.
 *
 * pb_norm_cell() also strips what OCR and converters leave in table
 * cells: HTML tags (block tags become line breaks), $…$ math with \leq
 * \geq \% and friends, and markdown emphasis.
 */
#ifndef PB_NORM_H
#define PB_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Append the normalized form of s[0..n) to out.  -1 on out of memory.
 * Line breaks count as whitespace unless keep_newlines is set, in which
 * case each line is normalized and trimmed on its own. */
int pb_norm(pb_buf *out, const char *s, size_t n, int keep_newlines);
int pb_norm_cell(pb_buf *out, const char *s, size_t n, int keep_newlines);
/* Remove markup only (see above); appends to out. */
int pb_strip_markup(pb_buf *out, const char *s, size_t n);

int pb_is_cjk(int32_t cp);
int pb_is_space(int32_t cp);

#endif
