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

/* the splitter: what it holds of the doc being read, and of the line
 * before */
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
	/* per doc */
	int seen_table;
	/* the line before this one */
	size_t prev_off;
	long prev_line;
	pb_line_class prev_cls;
	pb_buf prev_key;
	/* a numbered line's pieces read on (sp_title_piece): when piece_for
	 * is prev_line, piece_n of them, the last at piece_last; page noise
	 * passed over since the last piece, gap_for (sp_title_gap): gap_n */
	long piece_for, piece_last, gap_for;
	int piece_n, gap_n;
	/* sp_cover_fields' room, kept: allocating it per filing was a sixth of
	 * sp_cover_fields' time */
	pb_buf cover_keys, cover_key, join;
	/* the doc's strings (block titles, what the filing states), freed
	 * with the doc: a malloc a filing instead of one a string */
	pb_arena *strs;
	/* The block (index + 1, 0: none) whose title is being extended line
	 * by line, its length and its room in strs: see sp_append_title. */
	size_t ext_block, ext_len, ext_room;
	/* in a project table */
	int title_half;       /* title ended in 绩效目标, 表 may follow */
	int code_seen;        /* a 项目编码 line was seen in this table */
	int unit_pending;     /* non-blank lines left to find the unit line in */
	int head_lines;       /* the same for a 单位 line pbtable misses */
	size_t tail_off;      /* first text after the table's last row */
	long tail_line;
	int part_from_toc;    /* current part block directly follows a toc */
	/* A toc whose entries have no page numbers (a DOCX toc as text),
	 * toc_bare 1: the toc block holds only blank lines, headings and a
	 * page break's noise since 目录 (the noise's keys empty in toc_keys);
	 * the first of those headings at toc_from / toc_from_line
	 * ((size_t)-1: none yet), their keys in toc_keys (each ends in a
	 * NUL), the highest part and table numbers among them, the last one's
	 * part (0: none).  toc_bare 2: past an entry with a page number,
	 * holding noise and part headings since toc_from, toc_part the
	 * highest part held, toc_last the last held line's part (0: noise).
	 * See sp_bare_toc. */
	int toc_bare, toc_part, toc_table, toc_last;
	size_t toc_from;
	long toc_from_line;
	pb_buf toc_keys;
	int table_tabbed;     /* the current table has rows of cells (a tab
	                       * grid's, a markdown or HTML table's) */
	/* Where the table's 项目编码 line is (off + 1; 0: none), and a line
	 * repeating it (off + 1, line; 0: none) while the lines after it go
	 * on repeating the table's own from rep_at, the last of them at
	 * rep_last, a cell of the cell-per-line layout or not: see sp_top_again */
	size_t code_at, rep_from, rep_at;
	long rep_line, rep_last;
	int rep_cell;
	int rep_title;        /* that line came under the table's title drawn
	                       * again (sp_title_again) */
	int p1_title;         /* the table just started is a title in Part 1's
	                       * text, pending: see part1_title() */
	/* the key of the doc's cover title, to know it again */
	pb_buf doc_title;
	/* the key of a row of an HTML table on one line, and another's */
	pb_buf row_key, row_key2;
	/* A line repeating it in a table (off, line; off 0: none): a PDF's
	 * running page header when table rows follow, else a new filing */
	size_t noise_off;
	long noise_line;
	/* That line is a cover title not the doc's own: 1 of the doc's
	 * year, 2 of another.  A page's running header may name the
	 * filing otherwise than its cover (2025年度部门预算绩效目标 under
	 * 2025年部门预算绩效文本), even by another year, a slip: table
	 * rows after it keep it in the table (taken for a new filing's
	 * cover, those rows were lost without a word), and so does the
	 * next table by its number after one of the doc's year. */
	int noise_other;
	/* lines of plain text read under the doc's own title pending so
	 * (cell_rest) */
	int noise_wait;
	/* a draft mark alone waited with it (own_draft) */
	int noise_draft;
	/* a part heading waited with it (第二部分 预算项目绩效目标): its
	 * part (2, 3: any later; 0: none), and the table's tail before it
	 * (tail_off: the part's block reset it) */
	int noise_part;
	size_t part_tail;
	long part_tail_line;
	/* that line's title, kept as doc_title is: the title of the
	 * filing it begins, if it begins one */
	pb_buf noise_title;
	/* A later title waited with it, in a row (noise_last: the last of
	 * them), and a page number did (noise_numbered): the first title
	 * was a page's header then, the last filing's, and the filing it
	 * begins is named by the later one, or by none.  Named by the
	 * header, a filing after another's last page took its year. */
	pb_buf noise_last;
	int noise_numbered;
	/* the first title's kind (as noise_other): only the last filing's
	 * own title is its header; a cover may open with two titles */
	int noise_first;
	/* The doc began at such a header (noise_filing): see sp_cover_fields */
	int doc_at_header;
	/* The highest part (1, 2, 3: any later) the doc has reached, the
	 * number of its last table (0: none), and a part heading that did
	 * not move the doc on after its tables (line; 0: none), pending
	 * what follows it: see restarts() */
	int max_part, table_no, restart_part;
	size_t restart_off;
	long restart_line;
	/* lines of plain text read under that heading while it is pending
	 * (part_wait), and where the first is */
	int restart_wait;
	size_t wait_off;
	long wait_line;
	/* a cover title read under that heading (title_under: a page header
	 * of both, the part first), where it is (line 0: none), and how it
	 * stands to the doc's own (title_kind; its title in noise_title) */
	size_t under_off;
	long under_line;
	int under_kind;
	/* The unit stated once for a part's tables (元 or 万元, NULL: none)
	 * as the last table found it, the part it was stated in, and the
	 * part being read (1, 2, 3: any later; 0: none yet); the unit lines
	 * read since that table (where each is, and its unit), which the
	 * next table may yet take in as its own: see part_unit_at */
	const char *part_unit;
	int unit_part, cur_part;
	struct { size_t off; const char *unit; } unit_run[4];
	int nrun;
	/*
	 * Where LFs end lines a lone CR is a character of its line (the
	 * reader's rule, input.c), so the lines cut here again from the
	 * doc's text are cut so: input_lf, an LF was in a doc before this
	 * one; lf_at, the offset of the first LF in this doc's text
	 * ((size_t)-1: none in the lf_scan bytes looked at so far).
	 */
	int input_lf;
	size_t lf_at, lf_scan;
	/* The doc's department line ended in its name, which may go on on
	 * the next line (512001 某某局本 / 级): 1 while that line is to
	 * come; 2 while the line after such a rest (dept_rest, in strs) is,
	 * which joins the rest to the name if it is the 单位 line or the
	 * 项目编码 row; 0 otherwise.  See sp_dept_wrapped. */
	int dept_wrap;
	const char *dept_rest;
	/* A table started by a title-like line without a tab (2.实现年度绩效
	 * 目标, 详见项目绩效目标表) inside a table past its 项目编码 row,
	 * pending (cell_title: lines waited + 1; 0 none): maybe a paragraph
	 * of that table's cell.  The last block such lines opened at
	 * cell_off, how many they opened (cell_blocks), and what the table
	 * they cut was (cut), to go on with.  See cell_title in split.c. */
	int cell_title, cell_blocks;
	size_t cell_off;
	struct sp_table_state {
		size_t code_at, tail_off;
		long tail_line;
		const char *part_unit;
		int table_tabbed, unit_pending, head_lines, table_no, title_half, nrun;
	} cut;
	/* A table started by a title read in a table past its 项目编码 row
	 * (its block's index + 1; 0: none), and the table it cut as it
	 * stood: maybe the same table's title and top drawn again over a
	 * page break, which its 项目编码 row tells (sp_title_again) */
	size_t again_blk;
	struct sp_table_state again;
	/* A doc without tables read past its part 1's text (past_p1 1: a
	 * sentence under 一、 二、 or 三、) and maybe a later part heading
	 * after it (2): a new filing's cover may follow (a filing without
	 * projects, or cut before its tables), and a cover title read then
	 * is pending (cov_line; 0: none) at cov_off, its title in cov_title,
	 * cov_wait lines of text read under it, until a cover's own line
	 * tells (filing_after in split.c).  The lines of text right above
	 * it (run_n of them, the first at run_off / run_line, the last at
	 * run_last) are its department's. */
	int past_p1, cov_wait, run_n;
	size_t cov_off, run_off;
	long cov_line, run_line, run_last;
	pb_buf cov_title;
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
