#include "html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"
#include "utf8.h"

/*
 * Written here rather than with an HTML library: what is read is the four
 * table tags and two attributes, in text that is mostly not HTML at all,
 * and libxml2's HTML parser would rebuild a document tree around every
 * block to find them.  The fuzz_table harness feeds it (its dictionary
 * holds the tags).
 */

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t pb_html_comment(const char *s, size_t n, const char **miss)
{
	if (n < 7 || memcmp(s, "<!--", 4) || (miss && *miss && s < *miss))
		return 0;
	const char *nl = memchr(s + 4, '\n', n - 4);
	const char *e = nl ? nl : s + n;
	for (const char *p = s + 4; e - p >= 3 && (p = memchr(p, '-', (size_t)(e - p - 2))) != NULL;
	     p++)
		if (p[1] == '-' && p[2] == '>')
			return (size_t)(p + 3 - s);
	if (miss)
		*miss = e;
	return 0;
}

int pb_html_has_rows(const char *s, size_t n)
{
	const char *e = s + n, *miss = NULL;
	for (const char *p = s; (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++) {
		if (e - p >= 4 && (p[1] | 0x20) == 't' && (p[2] | 0x20) == 'r' &&
		    (p[3] == '>' || is_space(p[3])))
			return 1;
		/* a row tag in a comment is no row */
		size_t cl = e - p >= 7 && p[1] == '!' ? pb_html_comment(p, (size_t)(e - p), &miss) : 0;
		p += cl ? cl - 1 : 0;
	}
	return 0;
}

void pb_html_grid_init(pb_html_grid *g)
{
	pb_buf_init(&g->text);
	g->line = NULL;
	g->nlines = 0;
	g->spanned = NULL;
	g->nspanned = 0;
}

int pb_html_spanned(const pb_html_grid *g, size_t off)
{
	size_t lo = 0, hi = g->nspanned;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (g->spanned[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < g->nspanned && g->spanned[lo] == off;
}

void pb_html_grid_free(pb_html_grid *g)
{
	pb_buf_free(&g->text);
	free(g->line);
	free(g->spanned);
	pb_html_grid_init(g);
}

typedef struct {
	pb_html_grid *g;
	int oom;
	int in_row, in_cell;
	int stray_row; /* the row is stray text's, between rows: a line of it */
	int col;                      /* the next column of the row */
	int cell_col, cell_cs, cell_rs; /* the open cell's column and spans */
	long row_line;
	long span[PB_HTML_MAXCOLS];   /* rows still covered by a rowspan */
} st;

static void add(st *x, const char *s, size_t n)
{
	x->oom |= pb_buf_add(&x->g->text, s, n);
}

static void end_line(st *x, long line)
{
	pb_html_grid *g = x->g;
	if (pb_grow(&g->line, g->nlines, sizeof *g->line) < 0 || pb_buf_addc(&g->text, '\n') < 0) {
		x->oom = 1;
		return;
	}
	g->line[g->nlines++] = line;
}

/* one more cell in the row, empty or about to be filled */
static void next_cell(st *x)
{
	if (x->col > 0)
		add(x, "\t", 1);
	x->col++;
}

/* the empty cells of the columns a rowspan above covers, from col on;
 * all of them (to the last spanned column) when the row ends */
static void spanned(st *x, int to_end)
{
	int last = x->col - 1;
	if (to_end)
		for (int c = x->col; c < PB_HTML_MAXCOLS; c++)
			if (x->span[c] > 0)
				last = c;
	while (x->col < PB_HTML_MAXCOLS && (x->span[x->col] > 0 || x->col <= last)) {
		int covered = x->span[x->col] > 0;
		if (covered)
			x->span[x->col]--;
		next_cell(x);
		if (covered) {
			pb_html_grid *g = x->g;
			if (pb_grow(&g->spanned, g->nspanned, sizeof *g->spanned) < 0)
				x->oom = 1;
			else
				g->spanned[g->nspanned++] = g->text.len;
		}
	}
}

static void start_row(st *x, long line)
{
	x->in_row = 1;
	x->stray_row = 0;
	x->col = 0;
	x->row_line = line;
}

static void end_cell(st *x)
{
	if (!x->in_cell)
		return;
	x->in_cell = 0;
	for (int k = 1; k < x->cell_cs && x->col < PB_HTML_MAXCOLS; k++)
		next_cell(x);
	for (int c = x->cell_col; c < x->cell_col + x->cell_cs && c < PB_HTML_MAXCOLS; c++)
		x->span[c] = x->cell_rs - 1;
}

static void end_row(st *x)
{
	if (!x->in_row)
		return;
	end_cell(x);
	spanned(x, 1);
	end_line(x, x->row_line);
	x->in_row = 0;
}

/* the number after name= in the tag t[0..n), 1 when none or not one */
static long attr(const char *t, size_t n, const char *name)
{
	size_t k = strlen(name);
	for (size_t i = 0; i + k < n; i++) {
		if (strncasecmp(t + i, name, k))
			continue;
		size_t j = i + k;
		while (j < n && is_space(t[j]))
			j++;
		if (j >= n || t[j] != '=')
			continue;
		j++;
		while (j < n && (is_space(t[j]) || t[j] == '"' || t[j] == '\''))
			j++;
		long v = 0;
		for (int d = 0; j < n && t[j] >= '0' && t[j] <= '9' && d < 6; j++, d++)
			v = v * 10 + (t[j] - '0');
		return v >= 1 ? v : 1;
	}
	return 1;
}

static void start_cell(st *x, const char *tag, size_t n, long line)
{
	if (!x->in_row)
		start_row(x, line);
	end_cell(x);
	spanned(x, 0);
	if (x->col >= PB_HTML_MAXCOLS) {
		/* past the last column: joined to the cell before it */
		x->in_cell = 1;
		x->cell_col = PB_HTML_MAXCOLS;
		x->cell_cs = 1;
		x->cell_rs = 1;
		add(x, " ", 1);
		return;
	}
	x->cell_col = x->col;
	next_cell(x);
	x->in_cell = 1;
	long cs = tag ? attr(tag, n, "colspan") : 1, rs = tag ? attr(tag, n, "rowspan") : 1;
	x->cell_cs = (int)(cs < PB_HTML_MAXCOLS ? cs : PB_HTML_MAXCOLS);
	x->cell_rs = (int)rs;
}

/* the tag's name: 1 td/th, 2 tr, 3 table; negative for its closing tag;
 * 0 another */
static int tag_kind(const char *t, size_t n)
{
	int close = n > 1 && t[1] == '/';
	const char *name = t + 1 + close;
	size_t k = 0;
	while (name + k < t + n && ((name[k] | 0x20) >= 'a' && (name[k] | 0x20) <= 'z'))
		k++;
	int kind = 0;
	if (k == 2 && !strncasecmp(name, "td", 2))
		kind = 1;
	else if (k == 2 && !strncasecmp(name, "th", 2))
		kind = 1;
	else if (k == 2 && !strncasecmp(name, "tr", 2))
		kind = 2;
	else if (k == 5 && !strncasecmp(name, "table", 5))
		kind = 3;
	return close ? -kind : kind;
}

int pb_html_grid_build(pb_html_grid *g, const char *s, size_t n, long first_line)
{
	st x;
	memset(&x, 0, sizeof x);
	x.g = g;
	long line = first_line, text_line = first_line;
	int depth = 0, text_open = 0;
	const char *miss = NULL;

	for (size_t i = 0; i < n && !x.oom;) {
		char c = s[i];
		/* a comment (a converter's <!-- page 3 -->) is nothing, in the
		 * table or out: one with a '>' or a <td> in it was read as tags,
		 * and one alone on its line is then a blank line, not a row */
		size_t cl = c == '<' && i + 1 < n && s[i + 1] == '!'
		            ? pb_html_comment(s + i, n - i, &miss) : 0;
		if (cl) {
			i += cl;
			continue;
		}
		const char *gt = c == '<' ? memchr(s + i, '>', n - i) : NULL;
		int kind = gt ? tag_kind(s + i, (size_t)(gt - (s + i)) + 1) : 0;
		if (gt && memchr(s + i, '\n', (size_t)(gt - (s + i))))
			kind = 0, gt = NULL; /* a tag does not span lines here */
		if (gt && (kind || depth)) {
			size_t tl = (size_t)(gt - (s + i)) + 1;
			if (!depth && (kind == 1 || kind == 2)) {
				/* a row or cell with no <table> before it opens one:
				 * text after it is the table's until </table> */
				if (text_open)
					end_line(&x, text_line), text_open = 0;
				depth = 1;
			}
			if (kind == 3) {
				if (!depth && text_open)
					end_line(&x, text_line), text_open = 0;
				depth++;
			} else if (kind == -3) {
				end_row(&x);
				if (depth && !--depth)
					text_line = line;
			} else if (kind == 2) {
				end_row(&x);
				start_row(&x, line);
			} else if (kind == -2) {
				end_row(&x);
			} else if (kind == 1) {
				start_cell(&x, s + i, tl, line);
			} else if (kind == -1) {
				end_cell(&x);
			} else if (x.in_cell) {
				add(&x, s + i, tl); /* <p>, <br>: the normalizer's */
			}
			/* other tags between cells (<tbody>, <thead>) say nothing */
			i += tl;
			continue;
		}
		if (depth) {
			if (c == '\n') {
				line++;
				/* stray text between rows is a row a line: a PDF's
				 * page header of two lines (a title, a part heading)
				 * made one row, read as neither, its 绩效目标 a goals
				 * label that took the purpose under it */
				if (x.stray_row)
					end_row(&x);
			}
			if (!x.in_cell && is_space(c)) {
				i++;
				continue;
			}
			if (!x.in_cell) {
				int opens = !x.in_row;
				start_cell(&x, NULL, 0, line); /* stray text: kept in a cell */
				x.stray_row = opens;
			}
			add(&x, is_space(c) ? " " : s + i, 1);
			i++;
			continue;
		}
		/* outside a table: the text as it is, line by line */
		if (c == '\n') {
			end_line(&x, text_line);
			text_open = 0;
			line++;
			text_line = line;
		} else if (!(c == '\r' && i + 1 < n && s[i + 1] == '\n')) {
			add(&x, s + i, 1);
			text_open = 1;
		}
		i++;
	}
	end_row(&x);
	if (text_open)
		end_line(&x, text_line);
	return x.oom ? -1 : 0;
}

/* Those a converter writes in a filing's table: signs, spaces, quotes. */
static const struct { const char *name; const char *text; } entities[] = {
	{ "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "ge", "≥" }, { "le", "≤" },
	{ "nbsp", " " }, { "quot", "\"" }, { "apos", "'" }, { "percnt", "%" },
	{ "times", "×" }, { "divide", "÷" }, { "middot", "·" }, { "plusmn", "±" },
	{ "ne", "≠" }, { "asymp", "≈" }, { "deg", "°" }, { "permil", "‰" },
	{ "sup2", "²" }, { "sup3", "³" }, { "micro", "µ" }, { "yen", "¥" },
	{ "mdash", "—" }, { "ndash", "–" }, { "hellip", "…" }, { "sim", "~" },
	{ "ldquo", "“" }, { "rdquo", "”" }, { "lsquo", "‘" }, { "rsquo", "’" },
	{ "ensp", " " }, { "emsp", " " }, { "thinsp", " " }, { "shy", "" },
};

/* &#NNNN; or &#xHH; at s[0..n): the code point and *len, or -1 */
static long numeric_ref(const char *s, size_t n, size_t *len)
{
	size_t i = 2;
	int hex = i < n && (s[i] == 'x' || s[i] == 'X');
	long cp = 0;
	i += (size_t)hex;
	size_t start = i;
	for (; i < n && i - start < 8; i++) {
		int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0'
		      : hex && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f' ? (s[i] | 0x20) - 'a' + 10
		      : -1;
		if (d < 0)
			break;
		cp = cp * (hex ? 16 : 10) + d;
	}
	if (i == start || i >= n || s[i] != ';')
		return -1;
	*len = i + 1;
	return cp;
}

size_t pb_html_entity(const char *s, size_t n, char *out)
{
	if (n < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		size_t len;
		long cp = numeric_ref(s, n, &len);
		/* NUL and controls would end or break a cell, a surrogate or
		 * what is past Unicode is no character: kept as written */
		if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
		    (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
		    (cp >= 0x7F && cp < 0xA0))
			return 0;
		out[pb_utf8_encode((int32_t)cp, out)] = '\0';
		return len;
	}
	const char *semi = memchr(s + 1, ';', n - 1 < 8 ? n - 1 : 8);
	if (!semi)
		return 0;
	size_t l = (size_t)(semi - s - 1);
	for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++)
		if (strlen(entities[k].name) == l && !memcmp(entities[k].name, s + 1, l)) {
			strcpy(out, entities[k].text);
			return l + 2;
		}
	return 0;
}
