/*
 * split_impl.h - what the files of the splitter share: its state (struct
 * pb_splitter) and the functions one file asks of another.  Not for the
 * tools: they use split.h.
 *
 * split.c reads a filing line by line into blocks (line); a project
 * table's title and the unit and department lines around it are
 * split_title.c's, the cover's fields split_cover.c's, a table of
 * contents split_toc.c's, and a table's top drawn again after a page
 * break split_again.c's.  Names shared so begin sp_.
 */
#ifndef PB_SPLIT_IMPL_H
#define PB_SPLIT_IMPL_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "heading.h"
#include "linememo.h"
#include "split.h"

/* The table being read as it stands (sp_table_save), to go on with it
 * after lines that looked like another's title: the fields of the
 * splitter's table of the same names, and part_unit's unit and nrun */
struct sp_table_state {
	size_t code_at, tail_off;
	long tail_line;
	const char *part_unit;
	int tabbed, unit_pending, head_lines, no, title_half, nrun;
};

/*
 * The splitter: what it holds of the doc being read, and of the line
 * before.  Most of it is grouped by what reads it: the line before
 * (prev, piece, gap), the project table being read (table, top_again,
 * title_again, cell_title), the parts (part, part_unit), and the
 * guesses pending until a later line settles them: a table of contents
 * without page numbers (toc), a cover title in a table (noise), a part
 * heading after the tables (restart), a cover after a doc without
 * tables (next_cover).
 */
struct pb_splitter {
	pb_doc_fn fn;
	void *ctx;
	pb_doc doc;
	int ndocs;
	long lineno;          /* last line number seen */
	const char *encoding;
	pb_buf key;
	pb_linememo *memo;    /* NULL: every key is built */
	int oom;
	/* sp_cover_fields' room, kept: allocating it per filing was a sixth of
	 * sp_cover_fields' time */
	pb_buf cover_keys, cover_key, join;
	/* the key of a row of an HTML table on one line, and another's */
	pb_buf row_key, row_key2;
	/* the doc's strings (block titles, what the filing states), freed
	 * with the doc: a malloc a filing instead of one a string */
	pb_arena *strs;
	/* The block (index + 1, 0: none) whose title is being extended line
	 * by line, its length and its room in strs: see sp_append_title. */
	struct {
		size_t block, len, room;
	} title_ext;
	/*
	 * Where LFs end lines a lone CR is a character of its line (the
	 * reader's rule, input.c), so the lines cut here again from the
	 * doc's text are cut so: in_input, an LF was in a doc before this
	 * one; at, the offset of the first LF in this doc's text
	 * ((size_t)-1: none in the scan bytes looked at so far).
	 */
	struct {
		int in_input;
		size_t at, scan;
	} lf;

	/* per doc */
	int seen_table;
	/* the key of the doc's cover title, to know it again */
	pb_buf doc_title;
	/* The doc began at a running header (noise_filing): see
	 * sp_cover_fields */
	int doc_at_header;

	/* the line before this one */
	struct {
		size_t off;
		long line;
		pb_line_class cls;
		pb_buf key;
	} prev;
	/* a numbered line's pieces read on (sp_title_piece): when for_line
	 * is prev.line, n of them, the last at last */
	struct {
		long for_line, last;
		int n;
	} piece;
	/* page noise passed over since the last piece, for the numbered
	 * line at for_line (sp_title_gap): n lines */
	struct {
		long for_line;
		int n;
	} gap;

	/* The parts: the highest the doc has reached (1, 2, 3: any later),
	 * the one being read (0: none yet), and whether the current part
	 * block directly follows a toc. */
	struct {
		int max, cur, from_toc;
	} part;
	/* The unit stated once for a part's tables (元 or 万元, NULL: none)
	 * as the last table found it, the part it was stated in; the unit
	 * lines read since that table (where each is, and its unit), which
	 * the next table may yet take in as its own: see part_unit_at */
	struct {
		const char *unit;
		int part;
		struct { size_t off; const char *unit; } run[4];
		int nrun;
	} part_unit;

	/* in a project table */
	struct {
		int title_half;   /* title ended in 绩效目标, 表 may follow */
		int code_seen;    /* a 项目编码 line was seen in this table */
		int unit_pending; /* non-blank lines left to find the unit line in */
		int head_lines;   /* the same for a 单位 line pbtable misses */
		size_t tail_off;  /* first text after the table's last row */
		long tail_line;
		int tabbed;       /* the table has rows of cells (a tab grid's,
		                   * a markdown or HTML table's) */
		size_t code_at;   /* its 项目编码 line (off + 1; 0: none) */
		int no;           /* its number, the doc's last table's (0: none) */
	} table;
	/* A line repeating the table's 项目编码 line (from: off + 1, line;
	 * 0: none) while the lines after it go on repeating the table's own
	 * from at, the last of them at last, a cell of the cell-per-line
	 * layout or not (cell); title: that line came under the table's
	 * title drawn again (sp_title_again).  See sp_top_again */
	struct {
		size_t from, at;
		long line, last;
		int cell, title;
	} top_again;
	/* A table started by a title read in a table past its 项目编码 row
	 * (blk: its block's index + 1; 0: none), and the table it cut as it
	 * stood: maybe the same table's title and top drawn again over a
	 * page break, which its 项目编码 row tells (sp_title_again) */
	struct {
		size_t blk;
		struct sp_table_state cut;
	} title_again;
	/* A table started by a title-like line without a tab (2.实现年度绩效
	 * 目标, 详见项目绩效目标表) inside a table past its 项目编码 row,
	 * pending (lines waited + 1; 0 none): maybe a paragraph of that
	 * table's cell.  The last block such lines opened at off, how many
	 * they opened (blocks), and what the table they cut was (cut), to
	 * go on with.  See cell_title in split.c. */
	struct {
		int pending, blocks;
		size_t off;
		struct sp_table_state cut;
	} cell_title;
	int p1_title;         /* the table just started is a title in Part 1's
	                       * text, pending: see part1_title() */
	/* The doc's department line ended in its name, which may go on on
	 * the next line (512001 某某局本 / 级): DEPT_REST_DUE while that
	 * line is to come; DEPT_REST_HELD while the line after such a rest
	 * (in strs) is, which joins the rest to the name if it is the 单位
	 * line or the 项目编码 row; DEPT_WHOLE otherwise.  See
	 * sp_dept_wrapped. */
	struct {
		enum { DEPT_WHOLE, DEPT_REST_DUE, DEPT_REST_HELD } state;
		const char *rest;
	} dept_wrap;

	/* A toc whose entries have no page numbers (a DOCX toc as text),
	 * bare 1: the toc block holds only blank lines, headings and a page
	 * break's noise since 目录 (the noise's keys empty in keys); the
	 * first of those headings at from / from_line ((size_t)-1: none
	 * yet), their keys in keys (each ends in a NUL), the highest part
	 * and table numbers among them, the last one's part (0: none).
	 * bare 2: past an entry with a page number, holding noise and part
	 * headings since from, part the highest part held, last the last
	 * held line's part (0: noise), nwrap the lines held since the last
	 * entry that may be an entry's title wrapped, wrap the last one's
	 * line number (0: the line before was none).  See sp_bare_toc. */
	struct {
		int bare, part, table, last, nwrap;
		long wrap;
		size_t from;
		long from_line;
		pb_buf keys;
	} toc;
	/* A line repeating the doc's cover title in a table, pending: a
	 * PDF's running page header when table rows follow, else a new
	 * filing */
	struct {
		/* where it is (off 0: none) */
		size_t off;
		long line;
		/* That line is a cover title not the doc's own: 1 of the
		 * doc's year, 2 of another.  A page's running header may name
		 * the filing otherwise than its cover (2025年度部门预算绩效目标
		 * under 2025年部门预算绩效文本), even by another year, a slip:
		 * table rows after it keep it in the table (taken for a new
		 * filing's cover, those rows were lost without a word), and so
		 * does the next table by its number after one of the doc's
		 * year. */
		int other;
		/* lines of plain text read under the doc's own title pending
		 * so (cell_rest) */
		int wait;
		/* a draft mark alone waited with it (own_draft) */
		int draft;
		/* a part heading waited with it (第二部分 预算项目绩效目标):
		 * its part (2, 3: any later; 0: none), and the table's tail
		 * before it (table.tail_off: the part's block reset it) */
		int part;
		size_t part_tail;
		long part_tail_line;
		/* that line's title, kept as doc_title is: the title of the
		 * filing it begins, if it begins one */
		pb_buf title;
		/* A later title waited with it, in a row (last: the last of
		 * them), and a page number did (numbered): the first title
		 * was a page's header then, the last filing's, and the filing
		 * it begins is named by the later one, or by none.  Named by
		 * the header, a filing after another's last page took its
		 * year. */
		pb_buf last;
		int numbered;
		/* the first title's kind (as other): only the last filing's
		 * own title is its header; a cover may open with two titles */
		int first;
	} noise;
	/* A part heading that did not move the doc on after its tables
	 * (part, off, line; line 0: none), pending what follows it: see
	 * restarts() */
	struct {
		int part;
		size_t off;
		long line;
		/* lines of plain text read under that heading while it is
		 * pending (part_wait), and where the first is */
		int wait;
		size_t wait_off;
		long wait_line;
		/* a cover title read under that heading (title_under: a page
		 * header of both, the part first), where it is (under_line 0:
		 * none), and how it stands to the doc's own (title_kind; its
		 * title in noise.title) */
		size_t under_off;
		long under_line;
		int under_kind;
	} restart;
	/* A doc without tables read past its part 1's text (past_p1 1: a
	 * sentence under 一、 二、 or 三、) and maybe a later part heading
	 * after it (2): a new filing's cover may follow (a filing without
	 * projects, or cut before its tables), and a cover title read then
	 * is pending (line; 0: none) at off, its title in title, wait lines
	 * of text read under it, until a cover's own line tells
	 * (filing_after in split.c).  The lines of text right above it
	 * (run_n of them, the first at run_off / run_line, the last at
	 * run_last) are its department's. */
	struct {
		int past_p1, wait, run_n;
		size_t off, run_off;
		long line, run_line, run_last;
		pb_buf title;
	} next_cover;
};

/* split.c */
/* the table being read, as it stands, into c: to go on with it after
 * lines that looked like another's title */
void sp_table_save(const pb_splitter *sp, struct sp_table_state *c);
/* ... and going on with it (past its 项目编码 row) */
void sp_table_restore(pb_splitter *sp, const struct sp_table_state *c);
int sp_lf_before(pb_splitter *sp, size_t j);
void sp_doc_truncate(pb_splitter *sp, size_t len);
size_t sp_doc_eol(pb_splitter *sp, size_t off, size_t end);
char *sp_str(pb_splitter *sp, const char *s, size_t n);
pb_block *sp_cur(pb_splitter *sp);
pb_block *sp_open_block(pb_splitter *sp, pb_blk_kind kind, size_t off, long line,
                        const char *title, size_t tlen);
int sp_grid_row(const char *s, size_t n);
int sp_noise_line(pb_splitter *sp, const char *s, size_t n);
size_t sp_append_line(pb_doc *d, const pb_line *ln);
int sp_line(pb_splitter *sp, const pb_line *ln, int tabbed);

/* split_title.c */
void sp_append_title(pb_splitter *sp, pb_block *b, const char *c, size_t cn);
int sp_title_no(const char *t, size_t tn, size_t *s);
int sp_table_no(const char *t, size_t tn);
void sp_start_table(pb_splitter *sp, size_t off, long line, const char *t, size_t tn);
int sp_title_neighbour(const pb_splitter *sp, const pb_line *ln, const char *key, size_t kl);
int sp_title_open(const pb_splitter *sp);
int sp_title_gap(pb_splitter *sp, pb_line_class cls, int tabbed, const char *s, size_t n,
                 const char *key, size_t kl);
int sp_title_piece(pb_splitter *sp, const pb_line *ln, pb_line_class cls, int tabbed,
                   const char *key, size_t kl);
int sp_wrapped_title(pb_splitter *sp, pb_block *b, const pb_line *ln, const char *key, size_t kl);
int sp_unnumbered_title(pb_splitter *sp, pb_block *b, const pb_line *ln,
                        size_t off, const char *key, size_t kl);
int sp_number_title(pb_splitter *sp, pb_block *b, const pb_line *ln, size_t off,
                    const char *key, size_t kl);
void sp_head_unit(pb_splitter *sp, pb_block *b, const char *s, size_t n, int title);
int sp_title_row(const char *s, size_t n);
int sp_title_above(pb_splitter *sp, pb_block *b, size_t off, long line);
int sp_take_dept(pb_splitter *sp, const char *key, size_t kl);
int sp_dept_wrapped(pb_splitter *sp, const char *s, size_t n, int tabbed);
int sp_unit_above(pb_splitter *sp, pb_block *b, size_t off, long line);
int sp_head_line(const char *key, size_t kl, const char *dept);

/* split_cover.c */
int sp_draft_line(const char *k);
int sp_cover_label_line(const char *k, size_t kl);
int sp_cover_keys(pb_splitter *sp, size_t *ko, unsigned char *gap);
int sp_cover_title(pb_buf *out, const char *key, size_t kl, size_t o);
void sp_cover_fields(pb_splitter *sp);

/* split_toc.c */
int sp_bare_toc(pb_splitter *sp, const pb_line *ln, pb_line_class cls,
                const char *key, size_t kl, int tabbed, int *ret);
int sp_tabbed_toc_entry(pb_splitter *sp, const pb_block *b, pb_line_class cls,
                        const char *s, size_t n);
int sp_spaced_toc_entry(pb_splitter *sp, const pb_block *b, const char *s, size_t n);
int sp_leader_toc_entry(pb_splitter *sp, const pb_block *b, const char *s, size_t n);
int sp_break_noise(pb_splitter *sp, pb_line_class cls, const char *s, size_t n, const char *key,
                   size_t kl);

/* split_again.c */
int sp_gap_line(const char *s, size_t n);
int sp_code_again(pb_splitter *sp, const pb_line *ln, size_t off);
int sp_title_again(pb_splitter *sp, const pb_line *ln, size_t off);
int sp_top_again(pb_splitter *sp, const pb_line *ln, pb_line_class cls);
int sp_html_table_line(pb_splitter *sp, const char *s, size_t n,
                       pb_line_class *cls, const char **key, size_t *kl);

#endif
