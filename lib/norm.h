/*
 * norm.h - the text normalization of SCHEMA.md, in one place.
 *
 *  - format characters that print nothing (soft hyphen, zero-width
 *    space, word joiner, U+FEFF...: pb_is_invisible) are dropped, and
 *    by pb_norm_cell_line (a table cell's line) so are a DOCX
 *    conversion's anchors ([bookmark: _GoBack]: pb_bookmark);
 *  - full-width digits, letters and ％．／＋＜＝＞ become ASCII;
 *  - ≧ ≦ and ⩾ ⩽ become ≥ ≤;
 *  - whitespace that wrapping put between CJK characters, between a CJK
 *    character and a digit, after a comparison sign, or before ² ³ % is
 *    removed; other runs of whitespace become one space; ends are trimmed.
 *
 * pb_norm_cell() also strips what OCR and converters leave in table
 * cells: HTML tags (block tags become line breaks), $…$ math with \leq
 * \geq \% and friends (spaces between its digits and points dropped:
 * $\geq 9 0 \%$), character references (pb_html_entity: &ge; &#37;),
 * and markdown emphasis.
 *
 * Why not NFKC (libunistring's uninorm): it is not SCHEMA.md's
 * normalization.  NFKC turns m² into m2 and ㎡ into m2 (other units than
 * the filing wrote), leaves ≧ and ⩾ as they are, and knows nothing of the
 * whitespace that wrapping put between CJK characters.
 */
#ifndef PB_NORM_H
#define PB_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "compiler.h"
#include "swar.h"

/* Append the normalized form of s[0..n) to out.  -1 on out of memory.
 * Line breaks count as whitespace unless keep_newlines is set, in which
 * case each line is normalized and trimmed on its own. */
PB_MUST_CHECK int pb_norm(pb_buf *out, const char *s, size_t n, int keep_newlines);
PB_MUST_CHECK int pb_norm_cell(pb_buf *out, const char *s, size_t n, int keep_newlines);
/* Remove markup only (see above); appends to out. */
PB_MUST_CHECK int pb_strip_markup(pb_buf *out, const char *s, size_t n);

/*
 * The cells of a line cut at tabs, each with whether pb_norm_cell (with
 * or without keep_newlines) would give it back as it is: most cells of a
 * project table are words with nothing to fold, drop or strip, and the
 * line is tested 32 bytes at a time for all of them at once.
 */
typedef struct {
	const unsigned char *s;
	size_t n;
	size_t base;        /* the block of 32 bytes the masks are of */
	unsigned tab, bad;  /* its tabs, and bytes that need normalizing,
	                     * those of cells already returned cleared */
	unsigned cut;       /* continuation bytes owed to the next block */
	size_t start;       /* where the next cell starts */
	int done;
} pb_cellscan;

/* s[0..n) must hold no line break. */
void pb_cellscan_init(pb_cellscan *c, const char *s, size_t n);
/* the masks of the block at c->base */
void pb_cellscan_block(pb_cellscan *c);

/* The next cell, at s + *start, *len bytes: 1 when normalizing leaves it
 * as it is, 0 when it must be normalized, -1 after the last cell (a line
 * of k tabs has k + 1 cells).  Inline: it runs for every cell. */
static inline int pb_cellscan_next(pb_cellscan *c, size_t *start, size_t *len)
{
	int dirty = 0;
	for (;;) {
		if (c->tab) {
			unsigned q = pb_v16_first(c->tab);
			unsigned upto = (2u << q) - 1;
			dirty |= (c->bad & upto) != 0;
			c->tab &= ~upto;
			c->bad &= ~upto;
			*start = c->start;
			*len = c->base + q - c->start;
			c->start = c->base + q + 1;
			return !dirty;
		}
		dirty |= c->bad != 0;
		c->bad = 0;
		if (c->n - c->base <= 32) {
			if (c->done)
				return -1;
			c->done = 1;
			*start = c->start;
			*len = c->n - c->start;
			return !dirty && !c->cut; /* no character cut by the end */
		}
		c->base += 32;
		pb_cellscan_block(c);
	}
}

/* Does normalizing leave s[0..n) (no line break) as it is? */
int pb_norm_plain(const char *s, size_t n);
/* pb_norm_cell with keep_newlines for s[0..n) that holds no line break:
 * 0, -1 out of memory, or 1 when markup was stripped (only then can the
 * result hold line breaks). */
PB_MUST_CHECK int pb_norm_cell_line(pb_buf *out, const char *s, size_t n);

int pb_is_cjk(int32_t cp);
int pb_is_space(int32_t cp);
/* a format character that prints nothing (U+00AD, U+200B, U+2060,
 * U+FEFF...): normalizing drops it */
int pb_is_invisible(int32_t cp);
/* Where the character that ends s[0..i) starts when it is a blank that
 * is not ASCII or one that prints nothing (U+3000, a no-break space, a
 * zero-width space: pb_is_space, pb_is_invisible); else i.  For reading
 * a line's blanks from its end. */
size_t pb_wide_blank_before(const char *s, size_t i);
/* The length of the anchor a DOCX conversion writes where Word had a
 * bookmark ([bookmark: _Toc…], [bookmark: _GoBack], [bookmark: NAME],
 * NAME without blanks or brackets) at s[0..n), or 0 when none starts
 * there.  It prints nothing in the document: normalizing drops it. */
size_t pb_bookmark(const char *s, size_t n);

#endif
