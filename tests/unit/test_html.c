#include <stdlib.h>

#include "harness.h"
#include "html.h"

void test_html(void);

/* the grid of s as "line:cells|line:cells|" */
static char *grid(const char *s)
{
	pb_html_grid g;
	pb_buf out = PB_BUF_INIT;
	pb_html_grid_init(&g);
	if (pb_html_grid_build(&g, s, strlen(s), 1) < 0)
		return NULL;
	const char *q = g.text.ptr;
	for (size_t i = 0; i < g.nlines; i++) {
		const char *e = strchr(q, '\n');
		pb_buf_printf(&out, "%ld:%.*s|", g.line[i], (int)(e - q), q);
		q = e + 1;
	}
	pb_html_grid_free(&g);
	char *r = strdup(out.ptr);
	pb_buf_free(&out);
	return r;
}

#define GRID(in, want)                  \
	do {                            \
		char *grid_ = grid(in); \
		CHECK_STR(grid_, want); \
		free(grid_);            \
	} while (0)

void test_html(void)
{
	CHECK(pb_html_has_rows("x<tr>y", 6));
	CHECK(pb_html_has_rows("<TR class=a>", 12));
	CHECK(!pb_html_has_rows("<track>", 7));
	CHECK(!pb_html_has_rows("<tr", 3));
	GRID("<table><tr><td>a</td><td>b</td></tr></table>", "1:a\tb|");
	/* colspan: empty cells after; rowspan: an empty cell below */
	GRID("<table><tr><td colspan=\"2\">a</td><td>b</td></tr><tr><td>c</td><td>d</td><td>e</td></tr></table>",
	     "1:a\t\tb|1:c\td\te|");
	GRID("<table><tr><td rowspan=2>a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>",
	     "1:a\tb|1:\tc|1:d|");
	/* a rowspan in the last column is filled at the row's end */
	GRID("<table><tr><td>a</td><td rowspan='2'>b</td></tr><tr><td>c</td></tr></table>", "1:a\tb|1:c\t|");
	/* closing tags left out, tags in cells kept, breaks in cells made spaces */
	GRID("<table><tr><td>a<br>b<td>c\nd<tr><td>e</table>", "1:a<br>b\tc d|2:e|");
	/* text around the table, and its lines */
	GRID("x\r\ny\n<table>\n<tr><td>1</td></tr>\n<tr><td>2</td></tr>\n</table>\nz", "1:x|2:y|4:1|5:2|6:|7:z|");
	/* stray text between cells is a cell, not lost */
	GRID("<table><tr>oops<td>a</td></tr></table>", "1:oops\ta|");
	/* a huge span costs nothing and breaks nothing */
	char *big = grid("<table><tr><td rowspan=999999999 colspan=99999>a</td></tr><tr><td>b</td></tr></table>");
	CHECK(big && strlen(big) < 400);
	free(big);
	/* a row with no <table> opens one: the text after it is its, and
	 * the lines' numbers never go down */
	GRID("x\n<tr><td>a\ny\n</td></tr>\nz", "1:x|2:a y |5:z|");
	GRID("<td>a</td>\n<tr><td>b</td></table>\nz", "1:a|2:b|2:|3:z|");
	/* unfinished tags are text */
	GRID("<table><tr><td>a<b", "1:a<b|");
	GRID("", "");
	/* comments are nothing, in a table or out; one must end on its line */
	GRID("<table><tr><td>a<!-- x>y --></td><td>b</td></tr></table>", "1:a\tb|");
	GRID("<table><tr><td>a</td></tr>\n<!-- <tr><td>no</td></tr> -->\n<tr><td>b</td></tr></table>",
	     "1:a|3:b|");
	GRID("x\n<!-- page 3 -->\n<table><tr><td>1</td></tr></table>", "1:x|2:|3:1|");
	GRID("x<!-- a\n-->y", "1:x<!-- a|2:-->y|");
	CHECK(!pb_html_has_rows("<!-- <tr> -->", 13));
	CHECK(pb_html_has_rows("<!-- x\n<tr>", 11));
	{
		const char *m = NULL, *s = "<!-- a <!-- b\n-->";
		CHECK(pb_html_comment("<!---->", 7, &m) == 7 && !m);
		CHECK(pb_html_comment("<!-- a -->b", 11, NULL) == 10);
		CHECK(pb_html_comment("<!--->", 6, NULL) == 0);
		CHECK(pb_html_comment(s, strlen(s), &m) == 0 && m == s + 13);
		CHECK(pb_html_comment(s + 7, strlen(s) - 7, &m) == 0);
		CHECK(pb_html_comment("<!-- a --", 9, NULL) == 0);
	}
	/* character references; the grid keeps them for the normalizer */
	GRID("<table><tr><td>&ge;90&#37;</td></tr></table>", "1:&ge;90&#37;|");
	static const struct { const char *in, *out; size_t len; } ents[] = {
		{ "&ge;", "≥", 4 }, { "&le;1", "≤", 4 }, { "&#8805;", "≥", 7 }, { "&#x25;%", "%", 6 },
		{ "&#X2264;", "≤", 8 }, { "&amp;amp;", "&", 5 }, { "&#9;", "\t", 4 },
		{ "&#0;", "", 0 }, { "&#xDFFF;", "", 0 }, { "&#x110000;", "", 0 }, { "&#127;", "", 0 },
		{ "&#65", "", 0 }, { "&#;", "", 0 }, { "&#x;", "", 0 }, { "&ge", "", 0 },
		{ "&GE;", "", 0 }, { "&unknown;", "", 0 }, { "&", "", 0 }, { "&#999999999999;", "", 0 },
	};
	for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++) {
		char t[8] = "";
		size_t l = pb_html_entity(ents[k].in, strlen(ents[k].in), t);
		CHECK(l == ents[k].len);
		if (l)
			CHECK_STR(t, ents[k].out);
	}
}
