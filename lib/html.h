/*
 * html.h - an HTML table in a block of text, as the tab grid it draws.
 *
 * OCR and PDF converters of the markdown kind (MinerU, Marker) write a
 * table as <table><tr><td>…</td></tr></table>, all on one line or a row
 * a line.  pb_html_grid turns each <tr> into one line of tab-separated
 * cells, so the grid reader takes it as it takes a PDF's tab grid:
 *  - colspan=k: the cell, then k-1 empty cells (a checkpoint header that
 *    spans two columns owns both, as in a tab grid);
 *  - rowspan=r: an empty cell in its column in the r-1 rows below (a
 *    blank level cell means "as above");
 *  - a tab or a line break inside a cell becomes a space; other tags in a
 *    cell (<p>, <br>) stay for the normalizer; a </td> or </tr> left out
 *    ends at the next <td>, <tr> or </table>.
 * A <tr> or <td> with no <table> before it opens one.  Text outside the
 * table is copied line by line, so the lines' numbers never go down.  Each output line keeps
 * the input line its <tr> (or its text) started on.  Spans are capped
 * (PB_HTML_MAXCOLS columns, a span of at most as many rows as the block
 * has tags), so a crafted rowspan="999999999" costs nothing.
 *
 * Invariant: g->text.len bytes of lines, each ended by '\n'; line[i] is
 * the input line of the i-th; never NULL pointers after pb_html_grid_init.
 */
#ifndef PB_HTML_H
#define PB_HTML_H

#include <stddef.h>

#include "buf.h"

enum { PB_HTML_MAXCOLS = 64 };

typedef struct {
	pb_buf text;
	long *line;
	size_t nlines;
	/* where in text each cell a rowspan above covers starts, ascending:
	 * an empty cell to the grid reader, which cannot tell it from a
	 * blank one (a level cell is "as above" anyway, the basis is not) */
	size_t *spanned;
	size_t nspanned;
} pb_html_grid;

/* is the cell that starts at text.ptr + off one a rowspan covers? */
int pb_html_spanned(const pb_html_grid *g, size_t off);

/* does s[0..n) hold a table row tag (<tr, any case)? */
int pb_html_has_rows(const char *s, size_t n);
void pb_html_grid_init(pb_html_grid *g);
/* 0, or -1 out of memory (g then holds part of it; free it) */
int pb_html_grid_build(pb_html_grid *g, const char *s, size_t n, long first_line);
void pb_html_grid_free(pb_html_grid *g);

/*
 * The length of the HTML comment <!-- … --> at s[0..n) (s[0] is '<'), or 0
 * when none is there.  OCR and PDF converters mark pages with them
 * (<!-- page 3 -->): markup, not text.  A comment ends on the line it
 * starts on: a <!-- with no --> after it on its line is text, as written,
 * so a stray one cannot swallow the rest of a table.  *miss (NULL at
 * first) remembers the end of a line already searched in vain, so a line
 * of many <!-- is not searched again for each.
 */
size_t pb_html_comment(const char *s, size_t n, const char **miss);

/*
 * The character reference at s[0..n) (s[0] is '&'): its text, UTF-8, into
 * out (at least 5 bytes, NUL-ended), and the length of the reference, or
 * 0 when none is there.  Named ones of the filings (&ge; &le; &gt; &lt;
 * &amp; &nbsp; &percnt; &times; ...), and &#NNNN; and &#xHH; for any
 * character but NUL, a surrogate, and a control other than tab and line
 * break (those, and a reference without its ';', stay as written).
 */
size_t pb_html_entity(const char *s, size_t n, char *out);

#endif
