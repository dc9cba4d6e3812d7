#include "split.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "compiler.h"
#include "heading.h"
#include "linememo.h"
#include "swar.h"

static const char *const kind_names[] = {
	"cover", "toc", "part", "overall_goal", "sub_goals", "measures", "project_table", "other",
};

const char *pb_blk_kind_name(pb_blk_kind k)
{
	return kind_names[k];
}

int pb_blk_kind_parse(const char *name, pb_blk_kind *k)
{
	for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++)
		if (!strcmp(name, kind_names[i])) {
			*k = (pb_blk_kind)i;
			return 0;
		}
	return -1;
}

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
	/* cover_fields' room, kept: allocating it per filing was a sixth of
	 * cover_fields' time */
	pb_buf cover_keys, cover_key, join;
	/* the doc's strings (block titles, what the filing states), freed
	 * with the doc: a malloc a filing instead of one a string */
	pb_arena *strs;
	/* The block (index + 1, 0: none) whose title is being extended line
	 * by line, its length and its room in strs: see append_title. */
	size_t ext_block, ext_len, ext_room;
	/* in a project table */
	int title_half;       /* title ended in 绩效目标, 表 may follow */
	int code_seen;        /* a 项目编码 line was seen in this table */
	int unit_pending;     /* non-blank lines left to find the unit line in */
	int head_lines;       /* the same for a 单位 line pbtable misses */
	size_t tail_off;      /* first text after the table's last row */
	long tail_line;
	int part_from_toc;    /* current part block directly follows a toc */
	/* A toc whose entries have no page numbers (a DOCX toc as text):
	 * while set, the toc block holds only blank lines and headings since
	 * 目录; the first of those headings at toc_from / toc_from_line
	 * ((size_t)-1: none yet), their keys in toc_keys (each ends in a
	 * NUL), the highest part and table numbers among them, the last one's
	 * part (0: none).  See bare_toc. */
	int toc_bare, toc_part, toc_table, toc_last;
	size_t toc_from;
	long toc_from_line;
	pb_buf toc_keys;
	int table_tabbed;     /* the current table has rows of cells (a tab
	                       * grid's, a markdown or HTML table's) */
	/* Where the table's 项目编码 line is (off + 1; 0: none), and a line
	 * repeating it (off + 1, line; 0: none) while the lines after it go
	 * on repeating the table's own from rep_at, the last of them at
	 * rep_last, a cell of the cell-per-line layout or not: see top_again */
	size_t code_at, rep_from, rep_at;
	long rep_line, rep_last;
	int rep_cell;
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
	/* a part heading waited with it (第二部分 预算项目绩效目标): its
	 * part (2, 3: any later; 0: none), and the table's tail before it
	 * (tail_off: the part's block reset it) */
	int noise_part;
	size_t part_tail;
	long part_tail_line;
	/* that line's title, kept as doc_title is: the title of the
	 * filing it begins, if it begins one */
	pb_buf noise_title;
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
	 * 项目编码 row; 0 otherwise.  See dept_wrapped. */
	int dept_wrap;
	const char *dept_rest;
};

/* Empty d for the next filing.  The text and block room is kept (unless
 * `release`): growing it again for every filing was a tenth of pbsplit's
 * time, and memory is bounded by the largest filing anyway. */
static void doc_clear(pb_splitter *sp, int release)
{
	pb_doc *d = &sp->doc;
	pb_arena_free(&sp->strs);
	sp->ext_block = 0;
	pb_buf text = d->text;
	pb_block *blocks = d->blocks;
	size_t cap = d->capblocks;
	if (release) {
		pb_buf_free(&text);
		free(blocks);
		blocks = NULL;
		cap = 0;
	}
	memset(d, 0, sizeof *d);
	d->text = text;
	pb_buf_reset(&d->text);
	sp->lf_at = (size_t)-1;
	sp->lf_scan = 0;
	d->blocks = blocks;
	d->capblocks = cap;
	d->draft = -1;
}

/* Is there an LF in the input before byte j of the doc's text?  Then a
 * lone CR at j is in its line.  The text is looked through once as it
 * grows, so the answer costs nothing after the first LF. */
static int lf_before(pb_splitter *sp, size_t j)
{
	const pb_buf *t = &sp->doc.text;
	if (sp->input_lf)
		return 1;
	if (sp->lf_at == (size_t)-1 && sp->lf_scan < t->len) {
		const char *q = memchr(t->ptr + sp->lf_scan, '\n', t->len - sp->lf_scan);
		sp->lf_at = q ? (size_t)(q - t->ptr) : (size_t)-1;
		sp->lf_scan = t->len;
	}
	return sp->lf_at < j;
}

/* the doc's text cut back to len bytes */
static void doc_truncate(pb_splitter *sp, size_t len)
{
	pb_buf_truncate(&sp->doc.text, len);
	if (sp->lf_at != (size_t)-1 && sp->lf_at >= len)
		sp->lf_at = (size_t)-1;
	if (sp->lf_scan > len)
		sp->lf_scan = len;
}

/* The end of the line at the doc's text from off (before end): its LF,
 * its CRLF's CR, or a lone CR that ends a line there; end when none. */
static size_t doc_eol(pb_splitter *sp, size_t off, size_t end)
{
	const char *t = sp->doc.text.ptr;
	for (;;) {
		size_t i = (size_t)(pb_find_eol(t + off, end - off) - t);
		if (i >= end || t[i] == '\n' || (i + 1 < sp->doc.text.len && t[i + 1] == '\n') ||
		    !lf_before(sp, i))
			return i;
		off = i + 1; /* a CR in its line */
	}
}

pb_splitter *pb_splitter_new(pb_doc_fn fn, void *ctx)
{
	pb_splitter *sp = calloc(1, sizeof *sp);
	if (!sp)
		return NULL;
	if (pb_heading_init() < 0) {
		free(sp);
		return NULL;
	}
	sp->fn = fn;
	sp->ctx = ctx;
	sp->memo = pb_linememo_new();
	pb_buf_init(&sp->key);
	pb_buf_init(&sp->prev_key);
	pb_buf_init(&sp->cover_keys);
	pb_buf_init(&sp->cover_key);
	pb_buf_init(&sp->join);
	pb_buf_init(&sp->doc_title);
	pb_buf_init(&sp->noise_title);
	pb_buf_init(&sp->toc_keys);
	pb_buf_init(&sp->row_key);
	pb_buf_init(&sp->row_key2);
	pb_buf_init(&sp->doc.text);
	doc_clear(sp, 1);
	return sp;
}

void pb_splitter_free(pb_splitter *sp)
{
	if (!sp)
		return;
	doc_clear(sp, 1);
	pb_linememo_free(sp->memo);
	pb_buf_free(&sp->key);
	pb_buf_free(&sp->prev_key);
	pb_buf_free(&sp->cover_keys);
	pb_buf_free(&sp->cover_key);
	pb_buf_free(&sp->join);
	pb_buf_free(&sp->doc_title);
	pb_buf_free(&sp->noise_title);
	pb_buf_free(&sp->toc_keys);
	pb_buf_free(&sp->row_key);
	pb_buf_free(&sp->row_key2);
	free(sp);
}

/* s[0..n) as a string of the doc.  Unlike strndup it does not look for a
 * NUL first (a fifth of the time): the strings are read as C strings, so
 * a NUL inside ends them all the same. */
static char *str(pb_splitter *sp, const char *s, size_t n)
{
	char *p = n < SIZE_MAX ? pb_arena_alloc(&sp->strs, n + 1) : NULL;
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static void reset_doc_state(pb_splitter *sp)
{
	sp->seen_table = 0;
	sp->prev_cls = PB_L_BLANK;
	sp->prev_line = 0;
	sp->title_half = sp->code_seen = sp->unit_pending = sp->head_lines = 0;
	sp->rep_from = 0;
	sp->tail_off = 0;
	sp->tail_line = 0;
	sp->part_from_toc = 0;
	sp->toc_bare = 0;
	sp->noise_off = 0;
	sp->noise_other = sp->noise_wait = sp->noise_part = 0;
	sp->p1_title = 0;
	sp->max_part = sp->table_no = 0;
	sp->restart_line = sp->under_line = 0;
	sp->part_unit = NULL;
	sp->unit_part = sp->cur_part = sp->nrun = 0;
	sp->dept_wrap = 0;
	pb_buf_reset(&sp->doc_title);
}

void pb_splitter_reset(pb_splitter *sp, const char *encoding)
{
	doc_clear(sp, 0);
	sp->input_lf = 0;
	sp->ndocs = 0;
	sp->lineno = 0;
	sp->encoding = encoding;
	reset_doc_state(sp);
}

/* Has s[0..n) a byte that is not ASCII? */
static int not_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

void pb_splitter_encoding(pb_splitter *sp, const char *encoding)
{
	/* a doc begun before the input changed encoding (a filing of the
	 * other encoding follows) is in the one before, unless its text so
	 * far is ASCII, the same in both: blank lines before the filing */
	if (encoding != sp->encoding && sp->doc.text.len) {
		if (!not_ascii(sp->doc.text.ptr, sp->doc.text.len))
			sp->doc.encoding = encoding;
		else if (!sp->doc.encoding)
			sp->doc.encoding = sp->encoding;
	}
	sp->encoding = encoding;
	if (!sp->doc.encoding)
		sp->doc.encoding = encoding;
}

static pb_block *cur(pb_splitter *sp)
{
	return sp->doc.nblocks ? &sp->doc.blocks[sp->doc.nblocks - 1] : NULL;
}

/* Close the current block before byte off / line `line`, open a new one. */
static pb_block *open_block(pb_splitter *sp, pb_blk_kind kind, size_t off, long line,
                            const char *title, size_t tlen)
{
	pb_doc *d = &sp->doc;
	pb_block *b = cur(sp);

	if (b) {
		b->len = off - b->off;
		b->end_line = line - 1;
		if (b->len == 0) /* nothing left in it: reuse */
			d->nblocks--;
	}
	if (d->nblocks == d->capblocks) {
		size_t cap = d->capblocks ? d->capblocks * 2 : 16;
		pb_block *nb = realloc(d->blocks, cap * sizeof *nb);
		if (!nb) {
			sp->oom = 1;
			return NULL;
		}
		d->blocks = nb;
		d->capblocks = cap;
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	sp->ext_block = 0; /* a new block, maybe in a slot reused */
	b->kind = kind;
	b->off = off;
	b->line = line;
	b->end_line = line;
	if (title && tlen && !(b->title = str(sp, title, tlen)))
		sp->oom = 1;
	if (kind != PB_BLK_PROJECT_TABLE)
		sp->title_half = 0;
	sp->toc_bare = 0;
	sp->tail_off = 0;
	sp->tail_line = 0;
	return b;
}

/*
 * Append c[0..cn) to the title of b, the current block (a part heading
 * over several lines, 表 after a title's first half).  The arena frees
 * nothing before the doc ends, so a title extended line after line gets
 * room that doubles, and its length is kept: copying the whole title for
 * every line took time and memory quadratic in the lines (a filing of
 * 8,000 part heading lines, 352 KB, took 2.7 GB).
 */
static void append_title(pb_splitter *sp, pb_block *b, const char *c, size_t cn)
{
	size_t idx = (size_t)(b - sp->doc.blocks) + 1;
	int same = sp->ext_block == idx;
	size_t len = same ? sp->ext_len : b->title ? strlen(b->title) : 0;

	if (!same || sp->ext_room - len <= cn) {
		size_t room = len + cn + 1;
		room = room <= SIZE_MAX / 2 ? room * 2 : room;
		char *t = room > len + cn ? pb_arena_alloc(&sp->strs, room) : NULL;
		if (!t) {
			sp->oom = 1;
			return;
		}
		memcpy(t, b->title ? b->title : "", len);
		b->title = t;
		sp->ext_block = idx;
		sp->ext_room = room;
	}
	memcpy(b->title + len, c, cn);
	b->title[len + cn] = '\0';
	sp->ext_len = len + cn;
}

/* The number of the title t[0..tn) ("3.…" -> 3), 0 when it has none;
 * the end of its numbering in *s. */
static int title_no(const char *t, size_t tn, size_t *s)
{
	int no = 0;
	*s = pb_title_start(t, tn);
	for (size_t i = 0; i < *s && (unsigned)(t[i] - '0') < 10u && no < 100000; i++)
		no = no * 10 + (t[i] - '0');
	return no;
}

/* The table's number whatever its style (3., （三）, 三、): a table
 * after a page header numbered in words went on from the last, but was
 * read as unnumbered, a filing begun at the header (restarts) */
static int table_no(const char *t, size_t tn)
{
	size_t s;
	int no = title_no(t, tn, &s);
	return no ? no : pb_list_value(t, tn);
}

/*
 * The department's own table (部门整体支出绩效目标表, 2025年度部门整体绩效
 * 目标表): its budget is the sum of the projects', so read as a project
 * it counted the department's money twice (review r7 G2).  Unnumbered,
 * as part 2's project titles are not.
 */
static int department_table(int no, const char *t, size_t tn)
{
	static const char word[] = "部门整体";
	if (no)
		return 0;
	for (size_t i = 0; i + sizeof word - 1 <= tn; i++)
		if (!memcmp(t + i, word, sizeof word - 1))
			return 1;
	return 0;
}

static void start_table(pb_splitter *sp, size_t off, long line, const char *t, size_t tn)
{
	size_t s;
	int no = title_no(t, tn, &s);
	sp->table_no = table_no(t, tn);
	/* the unit lines read since the last table that the table starts
	 * above are its own (1.…审批表 / 512001 某某局 / 单位：元 above its
	 * 项目编码 row): not the part's */
	while (sp->nrun && sp->unit_run[sp->nrun - 1].off >= off)
		sp->nrun--;
	if (sp->nrun)
		sp->part_unit = sp->unit_run[sp->nrun - 1].unit;
	sp->nrun = 0;
	if (!s)
		s = pb_title_numbering(t, tn);
	pb_block *b = open_block(sp, department_table(no, t + s, tn - s) ? PB_BLK_OTHER
	                                                              : PB_BLK_PROJECT_TABLE,
	                         off, line, t + s, tn - s);
	if (b && b->kind == PB_BLK_PROJECT_TABLE)
		b->part_unit = sp->part_unit;
	sp->seen_table = 1;
	sp->code_seen = 0;
	sp->table_tabbed = 0;
	sp->unit_pending = sp->head_lines = 6;
}

/* Is key[0..kl) the end of 绩效目标表 alone (表, 标表…, the whole word
 * too, or 绩效目标申报表)?  A line so short is no title of its own. */
static int title_end_alone(const char *key, size_t kl)
{
	static const char word[] = "绩效目标表", filed[] = "绩效目标申报表";
	size_t wl = sizeof word - 1;
	return (kl && kl <= wl && !memcmp(key, word + wl - kl, kl)) ||
	       (kl == sizeof filed - 1 && !memcmp(key, filed, kl));
}

/* Does the line before (prev_line) go with line ln as one title?  Next
 * to it; or, when ln is only the end of the title's words
 * (title_end_alone), a blank line or two between them, as a PDF's
 * paragraph spacing puts there: cut there, the table had half a title,
 * or the title 绩效目标表. */
static int title_neighbour(const pb_splitter *sp, const pb_line *ln, const char *key, size_t kl)
{
	return sp->prev_line == ln->lineno - 1 ||
	       (sp->prev_line && sp->prev_line >= ln->lineno - 3 && title_end_alone(key, kl));
}

/*
 * A title wrapped after its number and first words, or inside its last
 * word: the numbered line just before, in the block being read, and key
 * are one title, and the table starts at that line.  0 when they are not.
 */
static int wrapped_title(pb_splitter *sp, pb_block *b, const pb_line *ln, const char *key, size_t kl)
{
	if (sp->prev_cls != PB_L_NUMBERED || !title_neighbour(sp, ln, key, kl) || !b ||
	    b->off > sp->prev_off)
		return 0;
	pb_buf t = PB_BUF_INIT;
	pb_buf_add(&t, sp->prev_key.ptr, sp->prev_key.len);
	pb_buf_add(&t, key, kl);
	if (b->off == sp->prev_off) /* the numbered line opened this block */
		sp->doc.nblocks--;
	start_table(sp, sp->prev_off, sp->prev_line, t.ptr, t.len);
	pb_buf_free(&t);
	return 1;
}

/* Can key[0..kl), the line above 绩效目标表 alone, be the first half
 * of its title (水库管护经费, （一）水库管护经费)?  Not a sentence, a
 * unit line or label. */
static int name_above(const char *key, size_t kl)
{
	static const char *const stops[] = { "。", "；", "，", "：", "！", "？" };
	size_t co, no;
	if (kl > 150 || (kl && strchr(".;,:!?", key[kl - 1])) || pb_unit_label(key, kl) ||
	    pb_unit_line(key, kl, &co, &no))
		return 0;
	for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
		if (kl >= 3 && !memcmp(key + kl - 3, stops[i], 3))
			return 0;
	return 1;
}

/*
 * The same without a number: "…绩效目标" then 表, or "…绩效目" then 标表
 * (key, a PB_L_TITLE_TAIL line at off), the line just before plain text
 * with no tab.  Unnumbered, the first half was no heading, and the table
 * began at its 项目编码 row: the title, department and 单位 lines above
 * it were lost (amounts x10000), and in the cell per line layout they
 * became an indicator of the table before.  The one-line title
 * (…绩效目标表) starts a table wherever it stands: so does this one.  0
 * when they are not one title.
 */
static PB_NOINLINE int unnumbered_title(pb_splitter *sp, pb_block *b, const pb_line *ln,
                                        size_t off, const char *key, size_t kl)
{
	const char *t = sp->doc.text.ptr;
	size_t po = sp->prev_off, pl;

	if (sp->prev_cls != PB_L_TEXT || !title_neighbour(sp, ln, key, kl) || !b || b->off > po ||
	    off < po)
		return 0;
	pl = doc_eol(sp, po, off) - po;
	if (!pl || pl > PB_HEADING_MAX || memchr(t + po, '\t', pl))
		return 0;
	pb_buf j = PB_BUF_INIT;
	int r = 0;
	if (pb_line_key(&j, t + po, pl) < 0) {
		sp->oom = 1;
	} else if (j.len > 15 - kl && j.len + kl <= 400 && j.ptr[0] != '|' &&
	           pb_title_joins(j.ptr, j.len, key, kl) && (kl < 15 || name_above(j.ptr, j.len)) &&
	           pb_buf_add(&j, key, kl) == 0) {
		/* (a name before the words: 15 bytes is 绩效目标表) */
		if (b->off == po) /* the first half opened this block */
			sp->doc.nblocks--;
		start_table(sp, po, sp->prev_line, j.ptr, j.len);
		r = 1;
	}
	pb_buf_free(&j);
	return r;
}

/* The start of the line of the doc's text that ends at end (its
 * terminator included), no further back than lo.  A lone CR ends a line
 * too, before the input's first LF (lf_before). */
static size_t line_start(pb_splitter *sp, size_t lo, size_t end)
{
	const char *t = sp->doc.text.ptr;
	size_t j = end;
	if (j > lo && t[j - 1] == '\n')
		j--;
	if (j > lo && t[j - 1] == '\r')
		j--;
	while (j > lo && t[j - 1] != '\n' && (t[j - 1] != '\r' || lf_before(sp, j - 1)))
		j--;
	return j;
}

/*
 * The unit of a cell of a table's head, c[0..n) of a key: a unit label,
 * or one after a department's name or (title: the table's title line)
 * after the title.  NULL when none; *loose as pb_unit_currency.
 */
static const char *head_cell_unit(const char *c, size_t n, int title, int *loose)
{
	size_t co, no, u;
	const char *cur = pb_unit_currency(c, n, loose);
	if (cur || !(title || pb_unit_line(c, n, &co, &no)) || !(u = pb_unit_tail(c, n)))
		return cur;
	return pb_unit_currency(c + u, n - u, loose);
}

/*
 * A line of the head of table b (above its 项目编码 row, or its title
 * line), s[0..n): a 单位 line in a form pbtable does not read as the
 * table's (单位元, 单位 : 万元, no colon or blanks before it)?  Then its
 * unit is the table's part_unit, which pbtable takes when it found no
 * 单位 line: its amounts were read as 万元, or in the unit stated for the
 * part (x10000 either way).  Only lines that hold 单位 build a key.
 */
static PB_NOINLINE void head_unit(pb_splitter *sp, pb_block *b, const char *s, size_t n, int title)
{
	size_t i = 0;
	while (i + 6 <= n && memcmp(s + i, "单位", 6))
		i++;
	if (i + 6 > n || n > PB_HEADING_MAX)
		return;
	pb_buf k = PB_BUF_INIT;
	if (pb_line_key(&k, s, n) < 0) {
		sp->oom = 1;
		return;
	}
	for (size_t at = 0, e; at < k.len; at = e + 1) {
		for (e = at; e < k.len && k.ptr[e] != '\t' && k.ptr[e] != '|'; e++)
			;
		int loose = 0;
		const char *cur = head_cell_unit(k.ptr + at, e - at, title, &loose);
		if (cur && loose)
			b->part_unit = cur;
		if (cur)
			break;
	}
	pb_buf_free(&k);
}

/* The same for the lines of the table just started above its 项目编码
 * row at off (title_above, unit_above): they were read before the table
 * was known. */
static void head_units_above(pb_splitter *sp, size_t off)
{
	pb_block *b = cur(sp);
	const char *t = sp->doc.text.ptr;
	for (size_t st = b->off; st < off;) {
		size_t len = doc_eol(sp, st, off) - st;
		if (!pb_blank(t + st, len))
			head_unit(sp, b, t + st, len, st == b->off);
		st += len + 1;
	}
}

/* Might s[0..n), blanks trimmed, end as a title (pb_title_words, or one
 * marked as going on), or its first cell with a unit label in the others? */
static int title_row(const char *s, size_t n)
{
	while (n && (s[n - 1] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	return pb_title_words(s, n) || pb_title_continued(s, n) || pb_title_unit_rest(s, n);
}

/*
 * A 项目编码 row at off / line starts a table after another: its title
 * may be a few lines up, a grid row of its own (…绩效目标表\t\t\t or
 * \t…绩效目标表) that table_row took for a row of the table before, with
 * the department and 单位 lines after it.  Looked for here, once a
 * table, rather than in every row: 1 when the table was started there.
 */
static PB_NOINLINE int title_above(pb_splitter *sp, pb_block *b, size_t off, long line)
{
	const char *t = sp->doc.text.ptr;
	size_t end = off;
	pb_buf room = PB_BUF_INIT;
	int r = 0;

	/* !r first: start_table may move the blocks, b with them */
	for (int rows = 0; !r && end > b->off && rows < 6; line--) {
		size_t st = line_start(sp, b->off, end), len = end - st;
		const char *key;
		size_t kl;
		pb_line_class cls;
		end = st;
		if (pb_blank(t + st, len))
			continue;
		rows++;
		if (st == b->off || len > PB_HEADING_MAX || !title_row(t + st, len))
			continue;
		while (len && (t[st + len - 1] == '\n' || t[st + len - 1] == '\r'))
			len--;
		if (pb_linememo_classify(sp->memo, t + st, len, &room, &key, &kl, &cls) < 0) {
			sp->oom = 1;
			break;
		}
		size_t tl, to = 0;
		/* a title marked as going on (…绩效目标表（续）) over another
		 * 项目编码 than the table's (code_again said so) is no page
		 * break's: it starts that table, with the department and
		 * 单位 lines under it.  Left in the table before, they lost
		 * this one its unit (元 read as 万元) */
		if (cls == PB_L_TABLE_TITLE)
			to = pb_title_cell(key, kl, &tl);
		else if (!(tl = pb_title_continued(key, kl)))
			continue;
		start_table(sp, st, line - 1, key + to, tl);
		head_units_above(sp, off);
		r = 1;
	}
	pb_buf_free(&room);
	return r;
}

/* Is key[0..kl) a department's unit line (512001 某某局; 512 001 某某局:
 * a space inside the code is noise)?  Then its key, without that space
 * (in room), in *key / *kl, the code's and the name's offsets in *co /
 * *no, and in *ends whether the name ends the line, as a name that
 * wrapped does. */
static int dept_line(const char **key, size_t *kl, pb_buf *room, size_t *co, size_t *no, int *ends)
{
	const char *k = *key, *spaced;
	size_t n = *kl;
	int unit = pb_unit_line(k, n, co, no);
	if (!unit && n && k[0] >= '0' && k[0] <= '9' && (spaced = pb_spaced_dept_code(k, n, room)) &&
	    (unit = pb_unit_line(spaced, n - 1, co, no))) {
		k = *key = spaced;
		n = --*kl;
	}
	*ends = unit && *no + pb_unit_name_len(k + *no, n - *no) == n;
	return unit;
}

/* The department of unit line key[0..kl) (dept_line) is the doc's, when
 * the doc has none yet.  1 when it is taken and its name ends the line;
 * else 0. */
static int take_dept(pb_splitter *sp, const char *key, size_t kl)
{
	size_t co, no;
	int ends = 0;
	if (sp->doc.dept_code)
		return 0;
	pb_buf room = PB_BUF_INIT;
	if (dept_line(&key, &kl, &room, &co, &no, &ends)) {
		sp->doc.dept_code = str(sp, key + co, 6);
		size_t nl = pb_unit_name_len(key + no, kl - no);
		sp->doc.dept = str(sp, key + no, pb_unit_name_trim(key + no, nl));
	}
	pb_buf_free(&room);
	return ends;
}

/* The rest of the doc's department name, wrapped onto a line of its own,
 * joined to it: 0, or -1 out of memory */
static int join_dept_rest(pb_splitter *sp, const char *rest)
{
	pb_buf j = PB_BUF_INIT;
	int r = pb_buf_adds(&j, sp->doc.dept) < 0 || pb_buf_adds(&j, rest) < 0 ||
	        !(sp->doc.dept = str(sp, j.ptr, j.len)) ? -1 : 0;
	pb_buf_free(&j);
	return r;
}

/* Is key[0..n) (NUL-ended) the 单位 line (a cell that starts with a
 * currency label of 元 or 万元, pbtable's unit row) or the 项目编码 row,
 * the line that follows a department line? */
static int unit_or_code_row(char *key, size_t n)
{
	if (strstr(key, "项目编") || strstr(key, "项目代码"))
		return 1;
	for (size_t at = 0, e; at < n; at = e + 1) {
		for (e = at; e < n && key[e] != '\t' && key[e] != '|'; e++)
			;
		while (at < e && key[at] == ' ')
			at++;
		/* the cell alone, as pbtable reads it */
		char end = key[e];
		key[e] = '\0';
		const char *u = pb_unit_label_start(key + at);
		while (u && *u == ' ')
			u++;
		int money = u && (!strncmp(u, "万元", 6) || !strncmp(u, "元", 3));
		key[e] = end;
		if (money)
			return 1;
	}
	return 0;
}

/*
 * A line after the doc's department line, whose name ended it
 * (dept_wrap): the rest of the name, wrapped, or the line after that
 * rest.  pbtable reads the table's department so (pb_dept_rest): the
 * rest is joined to the name only when it ends as a name does and the
 * 单位 line or the 项目编码 row comes next; a line that may be the rest
 * but not surely is left out, as pbtable leaves it (with a warning).
 * 0, or -1 out of memory.
 */
static PB_NOINLINE int dept_wrapped(pb_splitter *sp, const char *s, size_t n, int tabbed)
{
	int wrap = sp->dept_wrap;
	sp->dept_wrap = 0;
	/* the rest is a line alone, as the name's line was */
	if ((wrap == 1 && tabbed) || n > PB_HEADING_MAX)
		return 0;
	pb_buf k = PB_BUF_INIT;
	if (pb_line_key(&k, s, n) < 0) {
		pb_buf_free(&k);
		return -1;
	}
	int r = 0;
	/* a markdown row of one cell (|级|) is a line alone to pbtable */
	const char *rest = k.ptr;
	size_t rl = k.len;
	if (rl >= 2 && rest[0] == '|' && rest[rl - 1] == '|') {
		for (rest++, rl -= 2; rl && rest[0] == ' '; rest++, rl--)
			;
		while (rl && rest[rl - 1] == ' ')
			rl--;
	}
	if (wrap == 1 && pb_dept_rest(rest, rl) > 0) {
		if (!(sp->dept_rest = str(sp, rest, rl)))
			r = -1;
		sp->dept_wrap = 2;
	} else if (wrap == 2 && unit_or_code_row(k.ptr, k.len)) {
		r = join_dept_rest(sp, sp->dept_rest);
	}
	pb_buf_free(&k);
	return r;
}

/*
 * A 项目编码 row at off / line starts a table in block b, which is no
 * table: no title was known.  The table's unit lines may be just above
 * it (512001 某某局, 单位：元), and above them a numbered line that is
 * the title in a wording not known (1.…绩效目标审批表): left out of the
 * table, they lost it its department and unit (amounts x10000).  The
 * table starts at that title: 1 when started.  Not at the unit lines
 * without one: pbtable takes a table's first line without a tab for its
 * title.
 */
static PB_NOINLINE int unit_above(pb_splitter *sp, pb_block *b, size_t off, long line)
{
	const char *t = sp->doc.text.ptr;
	size_t end = off, co = 0, no = 0, ukl = 0;
	pb_buf room = PB_BUF_INIT, unit = PB_BUF_INIT, spaced = PB_BUF_INIT, rest = PB_BUF_INIT;
	int units = 0, r = 0;
	/* the line below is the 项目编码 row or a 单位 line (1), as under the
	 * rest of a wrapped department name; that rest is in rest (1: the
	 * department line is to come above it, 2: it came) */
	int below_unit = 1, wrapped = 0;

	if (b->kind == PB_BLK_COVER || b->kind == PB_BLK_TOC)
		return 0;
	for (int rows = 0; end > b->off && rows < 4; line--) {
		size_t st = line_start(sp, b->off, end), len = end - st;
		const char *key;
		size_t kl;
		pb_line_class cls;
		end = st;
		if (pb_blank(t + st, len))
			continue;
		rows++;
		while (len && (t[st + len - 1] == '\n' || t[st + len - 1] == '\r'))
			len--;
		if (len > PB_HEADING_MAX)
			break;
		if (pb_linememo_classify(sp->memo, t + st, len, &room, &key, &kl, &cls) < 0) {
			sp->oom = 1;
			break;
		}
		const char *dk = key;
		size_t dkl = kl;
		int ends, tab = memchr(t + st, '\t', len) != NULL;
		int dept = cls == PB_L_TEXT && dept_line(&dk, &dkl, &spaced, &co, &no, &ends);
		/* a name's rest is no more of the head but under its line */
		if (wrapped == 1 && !(dept && ends && !tab))
			break;
		if (cls == PB_L_TEXT && (pb_unit_label(key, kl) || dept)) {
			if (!ukl && dept) {
				pb_buf_reset(&unit);
				if (pb_buf_add(&unit, dk, dkl) < 0)
					sp->oom = 1;
				ukl = dkl;
				wrapped *= 2;
			}
			below_unit = !dept;
			units++;
			continue;
		}
		/* 512001 某某局本 / 级 / 单位：元, as pbtable joins it */
		if (!ukl && !wrapped && below_unit && cls == PB_L_TEXT && !tab && pb_dept_rest(key, kl) > 0) {
			pb_buf_reset(&rest);
			if (pb_buf_add(&rest, key, kl) < 0)
				sp->oom = 1;
			wrapped = 1;
			continue;
		}
		if (units && cls == PB_L_NUMBERED && !memchr(t + st, '\t', len)) {
			start_table(sp, st, line - 1, key, kl);
			head_units_above(sp, off);
			r = 1;
		}
		break;
	}
	if (r && ukl && take_dept(sp, unit.ptr, ukl) && wrapped == 2 && join_dept_rest(sp, rest.ptr) < 0)
		sp->oom = 1;
	pb_buf_free(&room);
	pb_buf_free(&unit);
	pb_buf_free(&spaced);
	pb_buf_free(&rest);
	return r;
}

/* ---- cover fields ---- */

#define MAXCOVER 48

/*
 * The keys from..to-1 joined, less the suffix strip.  Lines of a wrapped
 * name join with nothing between.  Keys are normalized and trimmed, and
 * normalizing them, or them joined so, gives them back (test_norm checks
 * it): normalizing the join again was a third of cover_fields' time.
 */
static char *join_keys(pb_splitter *sp, size_t *ko, int from, int to, const char *strip)
{
	pb_buf *keys = &sp->cover_keys, *j = &sp->join;

	pb_buf_reset(j);
	for (int i = from; i < to; i++)
		if (pb_buf_adds(j, keys->ptr + ko[i]) < 0)
			return NULL;
	size_t l = j->len, sl = strip ? strlen(strip) : 0;
	if (sl && l >= sl && !memcmp(j->ptr + l - sl, strip, sl))
		l -= sl;
	return l ? str(sp, j->ptr, l) : NULL;
}

/* A cover line that marks a draft: （草案）, （送审稿）, （征求意见稿）,
 * （讨论稿）; not 定稿.  稿 first: most cover lines lack it, and one
 * search for it spares three. */
static int draft_line(const char *k)
{
	static const char *const marks[] = { "送审稿", "征求意见稿", "讨论稿" };
	if (strstr(k, "草案"))
		return 1;
	if (!strstr(k, "稿"))
		return 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strstr(k, marks[i]))
			return 1;
	return 0;
}

/*
 * "编制单位：X" (verb 编制 or 审核, also 编制部门, 编制 alone, ':' for
 * '：'): where X starts, which is kl when the name is on the next line;
 * 0 when k is no such label.  Covers name the compiler and reviewer so
 * as often as with a trailing verb (X编制).  Both verbs and the nouns are
 * two ideographs, six bytes: fixed-size compares, asked of every cover
 * line.
 */
static size_t label_at(const char *k, size_t kl, const char *verb)
{
	size_t at = 6;
	if (kl <= at || memcmp(k, verb, 6))
		return 0;
	if (kl - at > 6 && (!memcmp(k + at, "单位", 6) || !memcmp(k + at, "部门", 6) ||
	                    !memcmp(k + at, "机关", 6)))
		at += 6;
	if (kl - at >= 3 && !memcmp(k + at, "：", 3))
		at += 3;
	else if (k[at] == ':')
		at++;
	else
		return 0;
	while (at < kl && k[at] == ' ')
		at++;
	return at;
}

/* Is the key (normalized, so trimmed) a cover's line of the verb (编制,
 * 审核): the label first (编制单位：…, where its value starts in *at), or
 * the verb last (某某局编制, *at 0)?  Not a sentence with the word inside
 * (注：本表依据…编制要求填报。): under a page header in a table, that
 * note taken for a cover's line began a filing there, and the table's
 * last note went with it. */
static int verb_line(const char *k, size_t kl, const char *verb, size_t *at)
{
	*at = label_at(k, kl, verb);
	return *at || (kl >= 6 && !memcmp(k + kl - 6, verb, 6));
}

static int cover_label_line(const char *k, size_t kl)
{
	size_t at;
	return verb_line(k, kl, "编制", &at) || verb_line(k, kl, "审核", &at);
}

/* What cover line i states after its label at `at`, or the next line
 * when the label ends it (a name set under its label). */
static char *label_value(pb_splitter *sp, const size_t *ko, int i, size_t at, int nk)
{
	const char *k = sp->cover_keys.ptr + ko[i];
	size_t kl = strlen(k);
	if (at < kl)
		return str(sp, k + at, kl - at);
	if (i + 1 >= nk)
		return NULL;
	k = sp->cover_keys.ptr + ko[i + 1];
	if (label_at(k, strlen(k), "编制") || label_at(k, strlen(k), "审核"))
		return NULL;
	return str(sp, k, strlen(k));
}

/* The cover's keys, up to MAXCOVER, at ko[] in cover_keys: their number;
 * gap[i]: a blank line (or one too long to read) stands before key i */
static int cover_keys(pb_splitter *sp, size_t *ko, unsigned char *gap)
{
	pb_doc *d = &sp->doc;
	/* sp->key may hold the line being read */
	pb_buf *keys = &sp->cover_keys, *room = &sp->cover_key;
	int nk = 0, blank = 0;

	pb_buf_reset(keys);
	const char *s = d->text.ptr + d->blocks[0].off, *e = s + d->blocks[0].len;
	while (s < e && nk < MAXCOVER) {
		const char *nl = d->text.ptr + doc_eol(sp, (size_t)(s - d->text.ptr), (size_t)(e - d->text.ptr));
		size_t at = keys->len, kl = 0;
		const char *key;
		pb_line_class cls;
		/* a cover line is short; skip what is not, and blank lines,
		 * whose key is empty (a fifth of cover_fields' time went to
		 * building it).  Through the memo, which spares the work when
		 * filings share cover lines */
		if (nl - s <= 4000 && !pb_blank(s, (size_t)(nl - s)) &&
		    pb_linememo_classify(sp->memo, s, (size_t)(nl - s), room, &key, &kl, &cls) < 0) {
			sp->oom = 1;
			kl = 0;
		}
		if (kl) {
			pb_buf_add(keys, key, kl + 1);
			gap[nk] = (unsigned char)blank;
			ko[nk++] = at;
			blank = 0;
		} else {
			blank = 1;
		}
		s = nl < e && *nl == '\r' && nl + 1 < e && nl[1] == '\n' ? nl + 2 : nl + 1;
	}
	return nk;
}

/*
 * Can cover key k be a line of a name wrapped onto the X编制 / Y审核
 * line below it?  Not a date (2025年1月) nor a subtitle in brackets
 * ((部门整体及项目支出)): joined, they made the compiler
 * 2025年1月南溪县教育局.
 */
static int name_piece(const char *k)
{
	if (k[0] == '(' || !strncmp(k, "（", 3))
		return 0;
	if ((unsigned)(k[0] - '0') < 10u || !strncmp(k, "二", 3) || !strncmp(k, "一", 3)) {
		const char *y = strstr(k, "年");
		if (y && (strstr(y, "月") || !y[3]))
			return 0;
	}
	return 1;
}

/* The first of the lines that end at key `last` and make one wrapped
 * name: lines after key `after`, with no blank line between them, at
 * most four */
static int name_from(const char *keys, const size_t *ko, const unsigned char *gap, int after,
                     int last)
{
	int from = last;
	if (after < 0)
		return last;
	while (from - 1 > after && !gap[from] && last - from < 3 && name_piece(keys + ko[from - 1]))
		from--;
	return from;
}

/* In the key k, from `at` on, where a second label (审核单位：Y after
 * 编制单位：X, with only blanks between them in the text) starts; 0 when
 * none does */
static size_t second_label(const char *k, size_t kl, size_t at, const char *verb)
{
	for (const char *p = k + at; (p = strstr(p, verb)); p += 6)
		if (p > k + at && label_at(p, kl - (size_t)(p - k), verb))
			return (size_t)(p - k);
	return 0;
}

/*
 * The cover title key[o..kl) (from pb_cover_year's offset) into out, the
 * blanks of a letter-spaced year dropped (2 0 2 6年 -> 2026年): PDF
 * covers set their title so, and the doc's title is that of its running
 * page headers too, which are not.  -1 out of memory.
 */
static int cover_title(pb_buf *out, const char *key, size_t kl, size_t o)
{
	size_t yl = pb_cover_year_len(key, kl, o);
	pb_buf_reset(out);
	for (size_t i = o; i < o + yl; i++)
		if (key[i] != ' ' && pb_buf_add(out, key + i, 1) < 0)
			return -1;
	return pb_buf_add(out, key + o + yl, kl - o - yl);
}

/* Does key k end in a closing bracket, ） or )? */
static int closes(const char *k, size_t kl)
{
	return kl && (k[kl - 1] == ')' || (kl >= 3 && !memcmp(k + kl - 3, "）", 3)));
}

/* Does key k start with an opening bracket, （ or (? */
static int opens(const char *k)
{
	return k[0] == '(' || !strncmp(k, "（", 3);
}

/* Is k[0..kl) a draft mark in brackets and nothing else: （草案）,
 * (送审稿), （征求意见稿）, （讨论稿）? */
static int draft_mark(const char *k, size_t kl)
{
	static const char *const marks[] = { "草案", "送审稿", "征求意见稿", "讨论稿" };
	if (!opens(k) || !closes(k, kl))
		return 0;
	size_t o = k[0] == '(' ? 1 : 3, c = k[kl - 1] == ')' ? 1 : 3;
	if (kl < o + c)
		return 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strlen(marks[i]) == kl - o - c && !memcmp(k + o, marks[i], kl - o - c))
			return 1;
	return 0;
}

/*
 * Cover keys a and b, one line wrapped onto the next: joined into out,
 * 1 when they make a cover title cut anywhere (2024年部门预算绩 / 效文本;
 * looked for when want_title is set), its year in *year and offset in
 * *title_off, or 2 when they make a draft mark (（草 / 案）); else 0
 * (out of memory too, sp->oom set).  Cover lines are free text: only a
 * join that is such a title, its year on the first line and the second
 * no title alone, or only the mark in brackets, is taken.
 * Not joined, the title left the doc's year and title null, and the
 * mark's end was read as the compiler's name.  Few pairs of lines end
 * as either does, in 本 标 or a bracket: the others are not joined.
 */
static int wrapped_cover_line(pb_splitter *sp, pb_buf *out, const char *a, const char *b,
                              int want_title, int *year, size_t *title_off)
{
	size_t al = strlen(a), bl = strlen(b), off;
	if (!(closes(b, bl) || (bl >= 3 && (!memcmp(b + bl - 3, "本", 3) ||
	                                    !memcmp(b + bl - 3, "标", 3)))))
		return 0;
	pb_buf_reset(out);
	if (pb_buf_add(out, a, al) < 0 || pb_buf_add(out, b, bl) < 0) {
		sp->oom = 1;
		return 0;
	}
	if (want_title && (*year = pb_cover_year(out->ptr, out->len, &off)) && off < al &&
	    !pb_cover_year(b, bl, title_off)) {
		*title_off = off;
		return 1;
	}
	return draft_mark(out->ptr, out->len) ? 2 : 0;
}

/* The doc's year and title from the cover title key k (pb_cover_year's
 * year and offset toff): 1 when the title line carries the draft mark
 * itself, at its end in brackets (…文本（草案）); few titles end so. */
static int take_title(pb_splitter *sp, const char *k, size_t kl, int year, size_t toff)
{
	pb_doc *d = &sp->doc;
	d->year = year;
	if (cover_title(&sp->join, k, kl, toff) < 0 ||
	    !(d->title = str(sp, sp->join.ptr, sp->join.len)))
		sp->oom = 1;
	return closes(k, kl) && draft_line(k);
}

static void cover_fields(pb_splitter *sp)
{
	pb_doc *d = &sp->doc;
	pb_buf *keys = &sp->cover_keys;
	size_t ko[MAXCOVER], comp_at = 0, rev_at = 0;
	unsigned char gap[MAXCOVER];
	int nk, title = -1, title_last = -1, draft = -1, comp = -1, rev = -1;

	if (!d->nblocks || d->blocks[0].kind != PB_BLK_COVER)
		return;
	nk = cover_keys(sp, ko, gap);
	for (int i = 0; i < nk; i++) {
		const char *k = keys->ptr + ko[i];
		size_t kl = strlen(k), toff;
		int w = 0, y;
		if (title < 0 && (y = pb_cover_year(k, kl, &toff))) {
			title = title_last = i;
			if (take_title(sp, k, kl, y, toff))
				draft = i;
		} else if (i + 1 < nk && !gap[i + 1] && (title < 0 || opens(k)) &&
		           (w = wrapped_cover_line(sp, &sp->cover_key, k, keys->ptr + ko[i + 1],
		                                   title < 0, &y, &toff))) {
			/* the line wrapped: both are read, the title's first
			 * line is where the names before it end */
			if (w == 1) {
				title = i;
				title_last = i + 1;
				if (take_title(sp, sp->cover_key.ptr, sp->cover_key.len, y, toff))
					draft = i + 1;
			} else {
				draft = i + 1;
			}
			i++;
		} else if (draft_line(k)) {
			draft = i;
		} else if (comp < 0 && verb_line(k, kl, "编制", &comp_at)) {
			comp = i;
		} else if (rev < 0 && verb_line(k, kl, "审核", &rev_at)) {
			rev = i;
		}
	}
	d->draft = draft >= 0;
	if (title > 0 && title <= 4)
		d->dept = join_keys(sp, ko, 0, title, NULL);
	int after = title_last > draft ? title_last : draft;
	const char *ck = comp >= 0 ? keys->ptr + ko[comp] : NULL;
	size_t two = ck && comp_at ? second_label(ck, strlen(ck), comp_at, "审核") : 0;
	if (two) {
		/* 编制单位：X    审核单位：Y on one line */
		d->compiled_by = str(sp, ck + comp_at, two - comp_at);
		if (rev < 0) {
			size_t at = label_at(ck + two, strlen(ck + two), "审核");
			if (ck[two + at])
				d->reviewed_by = str(sp, ck + two + at, strlen(ck + two + at));
		}
	} else if (comp >= 0 && comp_at) {
		d->compiled_by = label_value(sp, ko, comp, comp_at, nk);
	} else if (comp >= 0) {
		int from = name_from(keys->ptr, ko, gap, after, comp);
		d->compiled_by = join_keys(sp, ko, from, comp + 1, "编制");
	}
	const char *rk = rev >= 0 && !rev_at && comp < 0 ? keys->ptr + ko[rev] : NULL;
	const char *verb = NULL;
	if (rk) { /* X编制    Y审核 on one line: the last 编制 before Y */
		size_t rl = strlen(rk);
		for (const char *p = rk; (p = strstr(p, "编制")) && (size_t)(p - rk) + 12 < rl; p += 6)
			if (p > rk)
				verb = p;
	}
	if (verb) {
		d->compiled_by = str(sp, rk, (size_t)(verb - rk));
		d->reviewed_by = str(sp, verb + 6, strlen(verb + 6) - 6);
	} else if (d->reviewed_by) {
		/* read with the compiler's label */
	} else if (rev >= 0 && rev_at) {
		d->reviewed_by = label_value(sp, ko, rev, rev_at, nk);
	} else if (rev >= 0) {
		int base = comp > after ? comp : after;
		int from = name_from(keys->ptr, ko, gap, base, rev);
		d->reviewed_by = join_keys(sp, ko, from, rev + 1, "审核");
	}
}

static int emit_doc(pb_splitter *sp)
{
	pb_doc *d = &sp->doc;
	pb_block *b = cur(sp);
	int r = 0;

	if (d->text.len == 0 && !d->nblocks)
		return 0;
	if (b) {
		b->len = d->text.len - b->off;
		b->end_line = sp->lineno;
	}
	char *unit_dept = d->dept_code ? d->dept : NULL;
	if (!unit_dept) { /* no unit line: the cover's name, else the compiler */
		cover_fields(sp);
		if (!d->dept && d->compiled_by)
			d->dept = d->compiled_by;
	} else {
		/* keep the unit line's name: it pairs with dept_code */
		d->dept = NULL;
		cover_fields(sp);
		d->dept = unit_dept;
	}
	if (!d->encoding)
		d->encoding = sp->encoding;
	if (d->nblocks && d->blocks[0].kind == PB_BLK_COVER && !d->blocks[0].title && d->title)
		d->blocks[0].title = d->title;
	d->doc = ++sp->ndocs;
	sp->input_lf = lf_before(sp, d->text.len);
	if (sp->oom)
		r = -1;
	else if (sp->fn)
		r = sp->fn(d, sp->ctx);
	doc_clear(sp, 0);
	reset_doc_state(sp);
	return r;
}

/*
 * End the doc before from_line and start the next there; the text from
 * byte `from` on ((size_t)-1: none), lines the old doc read after its
 * end, goes into the new doc's cover.
 */
static int new_filing(pb_splitter *sp, size_t from, long from_line)
{
	pb_doc *d = &sp->doc;
	pb_buf moved = PB_BUF_INIT;
	int r;

	sp->lineno = from_line - 1; /* the old doc ends before this line */
	if (from != (size_t)-1) {
		if (pb_buf_add(&moved, d->text.ptr + from, d->text.len - from) < 0)
			return -1;
		doc_truncate(sp, from);
	}
	r = emit_doc(sp);
	d->line = from_line;
	if (moved.len) {
		pb_buf_add(&d->text, moved.ptr, moved.len);
		open_block(sp, PB_BLK_COVER, 0, from_line, NULL, 0);
	}
	pb_buf_free(&moved);
	return r;
}

/* The cover title in key[0..kl) from its year on, less a mark in
 * brackets after it and blanks (the key of 2025年部门预算绩效文本（草案）
 * gives 2025年部门预算绩效文本): its offset and length, and its year as
 * the value; 0 when key is no cover title. */
static int title_core(const char *key, size_t kl, size_t *o, size_t *l)
{
	int year = pb_cover_year(key, kl, o);
	if (!year)
		return 0;
	size_t e = kl;
	while (e > *o && key[e - 1] == ' ')
		e--;
	if (e > *o && (key[e - 1] == ')' || (e - *o >= 3 && !memcmp(key + e - 3, "）", 3)))) {
		size_t j = e - (key[e - 1] == ')' ? 1 : 3);
		while (j > *o && key[j - 1] != '(' && !(j - *o >= 3 && !memcmp(key + j - 3, "（", 3)))
			j--;
		if (j > *o)
			e = j - (key[j - 1] == '(' ? 1 : 3);
		while (e > *o && key[e - 1] == ' ')
			e--;
	}
	*l = e - *o;
	return year;
}

/*
 * How the cover title in key (maybe a page number after it) stands to
 * the doc's own: 0 it is the doc's own title from its year on, maybe
 * with the department or anything before it and a mark in brackets
 * (（草案）) after it (2025年部门预算绩效文本（草案） 3), or any title in
 * a doc without one; 1 another title of the doc's year; 2 another
 * year's; -1 no title.  h gets its title, kept as doc_title is.
 */
static int title_kind(pb_splitter *sp, const char *key, size_t kl, pb_buf *h)
{
	pb_buf *own = &sp->doc_title;
	size_t o, l, ho, hl;
	int year, own_year;
	pb_buf_reset(h);
	kl = pb_page_number_at(key, kl);
	if (!kl || !(year = title_core(key, kl, &ho, &hl)))
		return -1;
	/* own is kept with its year's blanks dropped: so is this one */
	if (cover_title(h, key, ho + hl, ho) < 0) {
		sp->oom = 1;
		return 0;
	}
	if (!own->len)
		return 0;
	own_year = title_core(own->ptr, own->len, &o, &l);
	if (own_year && l == h->len && !memcmp(own->ptr + o, h->ptr, l))
		return 0;
	return year == own_year ? 1 : 2;
}

/*
 * Is key, in a project table, a PDF's running page header: the doc's own
 * cover title (see title_kind)?  In a doc without a cover title, any
 * cover title is: the rows after it decide (see line()).  Asked of text
 * that ends in a page number.
 */
static int running_header(pb_splitter *sp, const char *key, size_t kl)
{
	pb_buf h = PB_BUF_INIT;
	int r = title_kind(sp, key, kl, &h) == 0;
	pb_buf_free(&h);
	return r;
}

/* The key of the line s[0..n) when line() did not read it (kl 0: a
 * plain line's is not), into the scratch sp->join.  0, or -1 out of
 * memory. */
static int plain_key(pb_splitter *sp, const char *s, size_t n, const char **key, size_t *kl)
{
	if (*kl)
		return 0;
	if (pb_line_key(&sp->join, s, n) < 0) {
		sp->oom = 1;
		return -1;
	}
	*key = sp->join.ptr;
	*kl = sp->join.len;
	return 0;
}

/* Is the line the doc's department alone (pb_dept_alone: 测试局本级
 * under a page header 2025年部门预算绩效文本)?  Under a title in a table
 * it decides nothing, as a page number does: taken for a new filing's
 * cover line, it cut the table there, and its last rows were lost as
 * cover text. */
static int own_dept(pb_splitter *sp, const char *s, size_t n, const char *key, size_t kl)
{
	const char *d = sp->doc.dept;
	if (!d || n > PB_HEADING_MAX)
		return 0;
	if (plain_key(sp, s, n, &key, &kl) < 0)
		return 0;
	return pb_dept_alone(key, kl, d);
}

/* Does a table numbered n (0: not numbered) not go on from the doc's
 * last one?  Numbers that go back, or a numbering begun or dropped. */
static int numbered_anew(const pb_splitter *sp, int n)
{
	return !n || !sp->table_no || n <= sp->table_no;
}

/*
 * After a part heading that did not move the doc on past its tables (a
 * second 第二部分, a part going back), does this line start the doc
 * over?  A table title whose numbering does not go on from the doc's
 * last table, or a unit line of another department: the heading began
 * a filing without cover, toc or 第一部分 (`cat` of such filings).  A
 * table row, or a title going on with the numbering, makes it a PDF's
 * running page header in the same filing.
 */
static int restarts(pb_splitter *sp, pb_line_class cls, const char *key, size_t kl)
{
	size_t co, no, tl, to;
	switch (cls) {
	case PB_L_TABLE_TITLE:
		to = pb_title_cell(key, kl, &tl);
		return numbered_anew(sp, table_no(key + to, tl));
	case PB_L_TITLE_HALF:
	case PB_L_NUMBERED:
		return numbered_anew(sp, table_no(key, kl));
	case PB_L_TEXT:
		return sp->doc.dept_code && pb_unit_line(key, kl, &co, &no) &&
		       memcmp(sp->doc.dept_code, key + co, 6) != 0;
	default:
		return 0;
	}
}

/* The pending part heading (restarts) ends the doc before it: the part
 * block, title and all, opens the next doc.  0, or -1 out of memory. */
static int restart_doc(pb_splitter *sp)
{
	pb_block *b = cur(sp);
	pb_buf t = PB_BUF_INIT;
	int part = sp->restart_part, r;

	if (b->title && pb_buf_adds(&t, b->title) < 0) {
		pb_buf_free(&t);
		return -1;
	}
	sp->doc.nblocks--; /* it moves, and the block before ends the doc */
	r = new_filing(sp, sp->restart_off, sp->restart_line);
	b = cur(sp);
	if (b) {
		b->kind = PB_BLK_PART;
		if (t.len && !(b->title = str(sp, t.ptr, t.len)))
			sp->oom = 1;
	}
	sp->max_part = sp->cur_part = part;
	pb_buf_free(&t);
	return r ? r : sp->oom ? -1 : 0;
}

/*
 * A row of a markdown or HTML table, s[0..n): a bar between its cells
 * (outer bars or none), or a table tag first (<table>, <tr>, <td>,
 * </table>...).  Such rows hold no tab, but they are a table's rows as a
 * tab grid's are: read as text, a running page header between two HTML
 * tables (one a page, as OCR gives them) started a new filing, and the
 * rest of the project table was lost.
 */
/* The filing begun at the cover title pending in a table (noise_off),
 * with the table's tail above it if the table's rows had one. */
static int noise_filing(pb_splitter *sp)
{
	int moved_tail = sp->table_tabbed && sp->tail_off < sp->noise_off;
	size_t from = moved_tail ? sp->tail_off : sp->noise_off;
	/* a part heading's block after the title (noise_part) moves with
	 * it, into the new doc after its cover */
	pb_buf ptitle = PB_BUF_INIT;
	size_t poff = 0;
	long pline = 0;
	int part = sp->noise_part;
	pb_block *b = cur(sp);
	if (part && b && b->kind == PB_BLK_PART && b->off >= from) {
		poff = b->off - from;
		pline = b->line;
		if (b->title && pb_buf_adds(&ptitle, b->title) < 0)
			return -1;
	}
	while (sp->doc.nblocks > 1 && sp->doc.blocks[sp->doc.nblocks - 1].off >= from)
		sp->doc.nblocks--;
	int r = new_filing(sp, from, moved_tail ? sp->tail_line : sp->noise_line);
	if (!r && pline) {
		open_block(sp, PB_BLK_PART, poff, pline, ptitle.ptr, ptitle.len);
		sp->max_part = sp->cur_part = part;
	}
	pb_buf_free(&ptitle);
	if (r)
		return r;
	/* its title, known again for its own running headers */
	pb_buf_reset(&sp->doc_title);
	return pb_buf_add(&sp->doc_title, sp->noise_title.ptr, sp->noise_title.len);
}

/* Is the line (cls, key) plain text that may wait under a page header:
 * not a row, a draft mark or a cover's 编制 or 审核 line? */
static int plain_rest(pb_splitter *sp, pb_line_class cls, int tabbed, const char *s, size_t n,
                      const char *key, size_t kl)
{
	if ((cls != PB_L_TEXT && cls != PB_L_NUMBERED) || tabbed)
		return 0;
	if (plain_key(sp, s, n, &key, &kl) < 0)
		return 0;
	return kl && key[0] != '|' && !draft_line(key) && !cover_label_line(key, kl);
}

/*
 * Under the doc's own title pending in a table, is the line (key, a
 * line of plain text) one that waits with it?  In a table of a cell per
 * line a page break may cut a cell's paragraphs: the rest of the cell
 * comes after the running header, and the next cell's tab after that.
 * Taken for a new filing's cover, it cut the table there, and the rows
 * after it were lost as cover text (review r12's C6).  Up to two such
 * lines wait, numbered ones too (a goal's 2.…, cut from its 1.…); a
 * cover's own lines (a draft mark, 编制 or 审核) decide at once, and so
 * does anything but plain text.
 */
static int cell_rest(pb_splitter *sp, pb_line_class cls, int tabbed, const char *s, size_t n,
                     const char *key, size_t kl)
{
	return !sp->noise_other && sp->noise_wait < 2 && plain_rest(sp, cls, tabbed, s, n, key, kl);
}

static int markup_row(const char *s, size_t n)
{
	static const char *const tags[] = { "table", "tbody", "thead", "tr", "td", "th" };
	size_t i = 0;
	if (memchr(s, '|', n))
		return 1;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] != '<')
		return 0;
	i += 1 + (i + 1 < n && s[i + 1] == '/');
	for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++) {
		size_t l = strlen(tags[k]);
		if (n - i > l && !strncasecmp(s + i, tags[k], l) &&
		    (s[i + l] == '>' || s[i + l] == ' ' || s[i + l] == '/'))
			return 1;
	}
	return 0;
}

/* A tab-grid row: two tabs or more, or one after text.  A line of the
 * cell-per-line layout is one cell after one tab, and a header amid
 * those cannot be a PDF's page header. */
static int grid_row(const char *s, size_t n)
{
	size_t i = 0, lead = 0;
	for (; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		lead += s[i] == '\t';
	return lead >= 2 || memchr(s + i, '\t', n - i) != NULL;
}

/*
 * Is the line s[0..n) (its end included) a page break's noise: a cover
 * title, a page number or the doc's department alone?  Not asked of a
 * line with a tab.
 */
static int noise_line(pb_splitter *sp, const char *s, size_t n)
{
	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	if (!n || pb_has_tab(s, n) || n > PB_HEADING_MAX || pb_line_key(&sp->join, s, n) < 0)
		return 0;
	return pb_page_noise(sp->join.ptr, sp->join.len, sp->doc.dept);
}

/*
 * Is the last line with text before the pending part heading (past the
 * page's other noise, a running title above it) a cell of the
 * cell-per-line layout (one tab, then the cell's text)?  Then a cell
 * after the heading (cell_goes_on) goes on with the table it cut.  A
 * PDF's running page header (第二部分 预算项目绩效目标) amid a table's
 * cells made the rest of the table a block of text, its indicators lost
 * without a word.
 */
static int cells_before(pb_splitter *sp)
{
	const char *t = sp->doc.text.ptr;
	size_t e = sp->restart_off;
	while (e) { /* back over blank lines to the last with text */
		size_t b = e - 1;
		while (b && t[b - 1] != '\n')
			b--;
		if (!pb_blank(t + b, e - b) && !noise_line(sp, t + b, e - b))
			return t[b] == '\t' && !grid_row(t + b, e - b);
		e = b;
	}
	return 0;
}

static int cell_goes_on(pb_splitter *sp, const char *s, size_t n)
{
	return n && s[0] == '\t' && !grid_row(s, n) && cells_before(sp);
}

/*
 * Does the line (of class cls, tabbed or not) wait with the part heading
 * pending (restart_line), as plain text waits with a running title
 * (cell_rest)?  In the cell-per-line layout the heading may cut a cell's
 * paragraphs: the cell's rest comes before the next cell.  Up to two
 * lines of plain text, under a heading that a cell came before, or
 * under the doc's own title under the heading (a page header of both,
 * the part first) as under the title alone: settled at a table's note
 * there, the title began a filing, and the table's rows after the note
 * were lost as its cover text.
 */
static int part_wait(pb_splitter *sp, pb_line_class cls, int tabbed, const char *s, size_t n,
                     const char *key, size_t kl)
{
	if (sp->restart_wait >= 2)
		return 0;
	if (!(cls == PB_L_TEXT && !tabbed && cells_before(sp)) &&
	    !(sp->under_line && !sp->under_kind && !markup_row(s, n) &&
	      plain_rest(sp, cls, tabbed, s, n, key, kl)))
		return 0;
	if (!sp->restart_wait++) {
		sp->wait_off = sp->doc.text.len;
		sp->wait_line = sp->lineno;
	}
	return 1;
}

/* Is the doc's last block a part heading still pending (restart_line)
 * right after a project table, so maybe a page header amid its rows? */
static int part_over_table(const pb_splitter *sp)
{
	const pb_doc *d = &sp->doc;
	const pb_block *b = d->nblocks >= 2 ? &d->blocks[d->nblocks - 1] : NULL;
	return sp->restart_line && b && b->kind == PB_BLK_PART && b->off == sp->restart_off &&
	       b[-1].kind == PB_BLK_PROJECT_TABLE;
}

/*
 * Does the line (cls, key) wait with the part heading pending after a
 * table, a cover title under it: a PDF's page header of both, the part
 * first (第二部分 预算项目绩效目标 over 测试局2025年部门预算绩效文本), as
 * a part heading under a title waits with it (noise_part)?  Read at once
 * as a new filing's cover, it cut the table, and the rows after it were
 * lost as cover text.  The first of titles in a row is the one kept.
 */
static int title_under(pb_splitter *sp, pb_line_class cls, const char *key, size_t kl)
{
	if (cls != PB_L_COVER_TITLE || sp->noise_off || !part_over_table(sp))
		return 0;
	if (!sp->under_line) {
		int kind = title_kind(sp, key, kl, &sp->noise_title);
		sp->under_kind = kind < 0 ? 2 : kind;
		sp->under_off = sp->doc.text.len;
		sp->under_line = sp->lineno;
	}
	return 1;
}

/*
 * The line that settles a part heading with a title under it (cls, key;
 * row: a row of the table, as settle_part reads one): does the doc go on
 * past both, as past a title alone in a table?  A row does; so does the
 * doc's next table by number under a title of the doc's year, or a
 * 项目编码 row under its own title.  Else the title begins a filing.
 */
static int under_goes_on(pb_splitter *sp, pb_line_class cls, const char *key, size_t kl, int row)
{
	if (cls == PB_L_PROJECT_CODE)
		return sp->under_kind == 0 || !sp->code_seen;
	if (cls == PB_L_TABLE_TITLE || cls == PB_L_TITLE_HALF)
		return sp->under_kind <= 1 && !restarts(sp, cls, key, kl);
	return row || (kl && key[0] == '|');
}

/* The title under the part heading (title_under) begins a filing, as it
 * did read alone: the heading stays a part of the doc before, and text
 * that waited under it before the title is a block of its own. */
static int under_filing(pb_splitter *sp)
{
	if (sp->restart_wait && sp->wait_off < sp->under_off)
		open_block(sp, PB_BLK_OTHER, sp->wait_off, sp->wait_line, NULL, 0);
	sp->restart_line = sp->restart_wait = 0;
	int r = new_filing(sp, sp->under_off, sp->under_line);
	if (r)
		return r;
	/* its title, known again for its own running headers */
	pb_buf_reset(&sp->doc_title);
	return pb_buf_add(&sp->doc_title, sp->noise_title.ptr, sp->noise_title.len);
}

/* The line after a pending part heading is read (cls, key; grid: a
 * tab-grid row, grid_row, or a markdown or HTML one, markup_row): the
 * doc restarts at the heading, the heading joins the table it cut, or it
 * stays a part.  Out of line() (rare, and line() is hot).  0, or -1 out
 * of memory. */
static PB_NOINLINE int settle_part(pb_splitter *sp, pb_line_class cls, const char *key, size_t kl,
                                   int grid)
{
	pb_doc *d = &sp->doc;
	pb_block *b = cur(sp);
	int here = b && b->kind == PB_BLK_PART && b->off == sp->restart_off;
	if (here && restarts(sp, cls, key, kl))
		return restart_doc(sp); /* the new doc has none pending */
	sp->restart_line = 0;
	/* rows of the table before it go on, or its 项目编码 row comes: a
	 * running page header amid them, which stays in the table (cut off,
	 * its rows were lost) */
	int row = cls == PB_L_PROJECT_CODE ? !sp->code_seen
	          : (grid || (kl && key[0] == '|')) && cls != PB_L_TABLE_TITLE &&
	                    cls != PB_L_TITLE_HALF;
	if (here && row && d->nblocks >= 2 && d->blocks[d->nblocks - 2].kind == PB_BLK_PROJECT_TABLE)
		d->nblocks--;
	else if (here && sp->restart_wait) /* the text that waited is the part's */
		open_block(sp, PB_BLK_OTHER, sp->wait_off, sp->wait_line, NULL, 0);
	sp->restart_wait = 0;
	return 0;
}

/* Is the doc's last block its first part block, with no toc before? */
static int first_part(const pb_doc *d)
{
	for (size_t i = 0; i + 1 < d->nblocks; i++)
		if (d->blocks[i].kind == PB_BLK_PART || d->blocks[i].kind == PB_BLK_TOC)
			return 0;
	return 1;
}

/* The toc's markdown separators: only - | : and blanks. */
static int rule_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("-|: \t", s[i]))
			return 0;
	return n > 0;
}

/*
 * A unit stated once for the tables of a part: a line of its own under
 * the part's heading (单位：元, （单位：元）), or the heading's end
 * (预算项目绩效目标（单位：元）).  The tables after it that have no 单位
 * line of their own are in that unit; left unsaid, their amounts were
 * read as 万元 (x10000).  key[0..kl) is the unit label, in the line at
 * off.  The next table decides whether it was the part's (start_table).
 */
static void part_unit_at(pb_splitter *sp, const char *key, size_t kl, size_t off)
{
	int loose;
	const char *cur = pb_unit_currency(key, kl, &loose);
	if (!cur)
		return;
	if (sp->nrun == (int)(sizeof sp->unit_run / sizeof sp->unit_run[0])) {
		/* a table starts no more than a few lines above its 项目编码
		 * row: the oldest is the part's */
		sp->part_unit = sp->unit_run[0].unit;
		memmove(sp->unit_run, sp->unit_run + 1, sizeof sp->unit_run - sizeof sp->unit_run[0]);
		sp->nrun--;
	}
	sp->unit_run[sp->nrun].off = off;
	sp->unit_run[sp->nrun++].unit = cur;
	sp->unit_part = sp->cur_part;
}

/* A line of text outside the tables, s[0..n): a unit label alone?
 * Tested on the raw line first (it ends in 元, a bracket or markdown's
 * emphasis, and holds 单位), so that few keys are built. */
static PB_NOINLINE void unit_text_line(pb_splitter *sp, const char *s, size_t n, size_t off)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '|'))
		n--;
	if (n < 9 || n > 200)
		return;
	unsigned last = (unsigned char)s[n - 1];
	if (!(last == 0x83 || last == 0x89 || last == ')' || last == '*' || last == '_'))
		return;
	size_t i = 0;
	while (i + 6 <= n && memcmp(s + i, "单位", 6))
		i++;
	if (i + 6 > n)
		return;
	pb_buf k = PB_BUF_INIT;
	if (pb_line_key(&k, s, n) < 0)
		sp->oom = 1;
	else
		part_unit_at(sp, k.ptr, k.len, off);
	pb_buf_free(&k);
}

/* A part heading opened a block at off / line: past tables, one that
 * does not move the doc on is pending (restarts).  Tables before any
 * part heading may be part 1's (a 部门整体 table) or a filing of tables
 * alone: then any part is pending, and what follows it decides. */
static PB_NOINLINE void part_heading(pb_splitter *sp, pb_line_class cls, size_t off, long line)
{
	int p = cls == PB_L_PART1 ? 1 : cls == PB_L_PART2 ? 2 : 3;
	/* another part: the unit stated for the one before is not its own
	 * (the same part again is a PDF's running page header) */
	if (p != sp->unit_part) {
		sp->part_unit = NULL;
		sp->nrun = 0;
	}
	sp->cur_part = p;
	if (sp->seen_table && !sp->part_from_toc && (p <= sp->max_part || !sp->max_part)) {
		sp->restart_off = off;
		sp->restart_line = line;
		sp->restart_wait = 0;
		sp->restart_part = p;
	}
	if (p > sp->max_part)
		sp->max_part = p;
}

/* The line onto the doc's text: its offset there, or (size_t)-1 when
 * out of memory.  The doc's encoding needs no setting per line:
 * pb_splitter_encoding sets it, and emit_doc for a doc begun after. */
static inline size_t append_line(pb_doc *d, const pb_line *ln)
{
	size_t off = d->text.len;
	return pb_buf_add(&d->text, ln->ptr, ln->len) < 0 ? (size_t)-1 : off;
}

static PB_NOINLINE int line(pb_splitter *sp, const pb_line *ln, int tabbed);

/*
 * The first line (not blank) after a table title read in Part 1's text
 * (under 一、 二、 or 三、, before any table): does the table go on?  A
 * sub-goal or measure may end in the words of a title
 * (2.规范编制项目支出绩效目标表): read as a table, it made a phantom
 * project, and the real 第二部分 after it a second filing.  A table goes
 * on with its unit lines, its 项目编码 row, its cells or another title;
 * prose, a numbered line or a heading undo it, and the title is the
 * text of the block it stood in.  Out of line(): rare.
 */
static PB_NOINLINE void part1_title(pb_splitter *sp, pb_line_class cls, const char *s, size_t n,
                                    const char *key, size_t kl, int tabbed)
{
	pb_doc *d = &sp->doc;
	size_t co, no;
	sp->p1_title = 0;
	if (tabbed || (kl && key[0] == '|') || cls == PB_L_PROJECT_CODE || cls == PB_L_TABLE_TITLE ||
	    cls == PB_L_TITLE_HALF || cls == PB_L_TITLE_TAIL || pb_unit_label(s, n) ||
	    (kl && pb_unit_line(key, kl, &co, &no)) || d->nblocks < 2 ||
	    cur(sp)->kind != PB_BLK_PROJECT_TABLE)
		return;
	d->nblocks--; /* the block before goes on over the title */
	sp->ext_block = 0;
	sp->seen_table = sp->code_seen = sp->unit_pending = sp->title_half = 0;
	sp->table_no = 0;
	sp->tail_off = 0;
	sp->tail_line = 0;
}

/* Is key[0..kl) one of the bare toc's entries?  Keys are normalized:
 * the blanks a toc and its body may differ in are gone from both. */
static int toc_known(const pb_splitter *sp, const char *key, size_t kl)
{
	const pb_buf *t = &sp->toc_keys;
	for (size_t at = 0, l; at < t->len; at += l + 1) {
		l = strlen(t->ptr + at);
		if (l == kl && !memcmp(t->ptr + at, key, kl))
			return 1;
	}
	return 0;
}

/*
 * A line (not blank) while the toc is bare (toc_bare).  A DOCX toc comes
 * out as text without page numbers: its entries are headings, part and
 * table titles, which were read as the filing's own (empty project
 * tables).  A heading is held in the toc until the body shows itself: a
 * heading that repeats an entry, or a part or table numbered back from
 * the entries' (第二部分 after 第二部分, 1. after 2.); then the toc ends
 * there.  Any other line ends the toc too, but then what was held may
 * have been the body after an empty 目录: it is read again as such.
 * 0: the toc ended before the line, which is still to be read; else 1,
 * the line read, and what line() is to return in *ret.
 */
static PB_NOINLINE int bare_toc(pb_splitter *sp, const pb_line *ln, pb_line_class cls,
                                const char *key, size_t kl, int tabbed, int *ret)
{
	pb_doc *d = &sp->doc;
	size_t s, tl, to;
	int part = 0, no = -1;

	switch (cls) {
	case PB_L_PART1: part = 1; break;
	case PB_L_PART2: part = 2; break;
	case PB_L_PART: part = 3; break;
	case PB_L_TABLE_TITLE:
		to = pb_title_cell(key, kl, &tl);
		no = title_no(key + to, tl, &s);
		break;
	case PB_L_TITLE_HALF:
		no = title_no(key, kl, &s);
		break;
	case PB_L_OVERALL: case PB_L_SUBGOALS: case PB_L_MEASURES: case PB_L_TITLE_TAIL:
	case PB_L_NUMBERED:
		break;
	case PB_L_TOC_ENTRY: /* a toc with page numbers after all */
		sp->toc_bare = 0;
		return 0;
	default:
		part = -1;
	}
	if (part >= 0 && !tabbed && !(kl && key[0] == '|') && sp->toc_keys.len < 16384) {
		/* (a part's name on the line under its number, 第二部分 /
		 * 预算项目绩效目标, goes on with the same part) */
		if (toc_known(sp, key, kl) || (part && part <= sp->toc_part && part != sp->toc_last) ||
		    (no > 0 && no <= sp->toc_table)) {
			sp->toc_bare = 0; /* the body begins */
			return 0;
		}
		size_t off = append_line(d, ln);
		*ret = -1;
		if (off == (size_t)-1)
			return 1;
		if (pb_buf_add(&sp->toc_keys, key, kl) < 0 || pb_buf_add(&sp->toc_keys, "", 1) < 0)
			sp->oom = 1;
		if (part > sp->toc_part)
			sp->toc_part = part;
		sp->toc_last = part;
		if (no > sp->toc_table)
			sp->toc_table = no;
		if (sp->toc_from == (size_t)-1) {
			sp->toc_from = off;
			sp->toc_from_line = ln->lineno;
		}
		sp->prev_cls = PB_L_TEXT;
		sp->prev_off = off;
		sp->prev_line = ln->lineno;
		*ret = sp->oom ? -1 : 0;
		return 1;
	}
	sp->toc_bare = 0;
	if (sp->toc_from == (size_t)-1)
		return 0;
	/* no sign of a body: the headings held are read again, as they were
	 * read before toc_bare (the toc ended at the first) */
	pb_buf held = PB_BUF_INIT;
	*ret = -1;
	if (pb_buf_add(&held, d->text.ptr + sp->toc_from, d->text.len - sp->toc_from) < 0)
		return 1;
	int lf = lf_before(sp, sp->toc_from);
	doc_truncate(sp, sp->toc_from);
	const char *p = held.ptr, *e = held.ptr + held.len;
	long no_line = sp->toc_from_line;
	int r = 0;
	/* cut as the reader cut them: once an LF has ended a line, a lone
	 * CR is in its line (input.c) */
	while (p < e && !r) {
		const char *nl = pb_find_eol(p, (size_t)(e - p));
		while (lf && nl + 1 < e && *nl == '\r' && nl[1] != '\n')
			nl = pb_find_eol(nl + 1, (size_t)(e - nl - 1));
		if (lf && nl + 1 == e && *nl == '\r')
			nl = e; /* a CR that ends the input ends no line */
		const char *next = nl < e && *nl == '\r' && nl + 1 < e && nl[1] == '\n' ? nl + 2 : nl + 1;
		lf |= nl < e && (*nl == '\n' || next == nl + 2);
		if (next > e)
			next = e;
		pb_line hl = { p, (size_t)(next - p), (size_t)(nl - p), no_line++ };
		/* blank lines and headings without a tab: what pb_splitter_line
		 * would do with them (called here, it was no longer inlined in
		 * its caller's loop: pbsplit +4 M instructions on three corpus
		 * files) */
		if (hl.textlen)
			r = line(sp, &hl, pb_has_tab(hl.ptr, hl.textlen));
		else if (append_line(d, &hl) == (size_t)-1)
			r = -1;
		sp->lineno = hl.lineno;
		p = next;
	}
	pb_buf_free(&held);
	/* the line's key may have been built over: it is read anew */
	*ret = r ? r : line(sp, ln, tabbed);
	return 1;
}

/*
 * A toc entry as a DOCX table of contents comes out as text: the entry,
 * a tab (the right-aligned tab stop) and its page number, no dot leaders
 * (一、总体绩效目标\t1).  Not one, it ended the toc at its first entry.
 * Where the entry ends in s[0..n) (past its leading blanks, in *from),
 * 0 when the line is none: one cell of text, blanks with a tab among
 * them, up to four digits (ASCII or full-width).
 */
static size_t tab_toc_entry(const char *s, size_t n, size_t *from)
{
	size_t e, nd, i = 0;
	int tab = 0;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	e = pb_digits_before(s, n, &nd);
	if (!nd || nd > 4)
		return 0;
	for (; e && (s[e - 1] == ' ' || s[e - 1] == '\t'); e--)
		tab |= s[e - 1] == '\t';
	while (i < e && (s[i] == ' ' || s[i] == '\t'))
		i++;
	*from = i;
	return tab && i < e && !memchr(s + i, '\t', e - i) ? e : 0;
}

/* Is c a class a toc entry's text may have outside a toc: a part or
 * Part 1 heading, or a table's title? */
static int toc_heading_class(pb_line_class c)
{
	return c == PB_L_PART1 || c == PB_L_PART2 || c == PB_L_PART || c == PB_L_OVERALL ||
	       c == PB_L_SUBGOALS || c == PB_L_MEASURES || c == PB_L_TABLE_TITLE;
}

/* The class of s[0..n), a toc entry's text, PB_L_TEXT when too long */
static pb_line_class entry_class(pb_splitter *sp, const char *s, size_t n)
{
	pb_buf k = PB_BUF_INIT;
	pb_line_class c = PB_L_TEXT;
	if (n > PB_HEADING_MAX)
		return c;
	if (pb_line_key(&k, s, n) < 0)
		sp->oom = 1;
	else
		c = pb_classify(s, n, k.ptr, k.len);
	pb_buf_free(&k);
	return c;
}

/*
 * Is the tabbed line s[0..n), of class cls, a toc entry with a tab
 * before its page number (tab_toc_entry)?  In a toc block, any such line
 * is.  Outside one, only a heading or a table's title so written, in the
 * cover or text before any table: the first entry of a toc without its
 * 目录 heading.  Anywhere else a grid row may end in a number after a tab
 * too.  Out of line(): rare.
 */
static PB_NOINLINE int tabbed_toc_entry(pb_splitter *sp, const pb_block *b, pb_line_class cls,
                                        const char *s, size_t n)
{
	size_t from, e;
	/* a 项目编码 row starts a table wherever it stands */
	if (cls == PB_L_TOC_ENTRY || cls == PB_L_PROJECT_CODE || !(e = tab_toc_entry(s, n, &from)))
		return 0;
	if (b && b->kind == PB_BLK_TOC)
		return 1;
	if (sp->seen_table || (b && b->kind != PB_BLK_COVER && b->kind != PB_BLK_OTHER))
		return 0;
	pb_line_class c = entry_class(sp, s + from, e - from);
	return toc_heading_class(c);
}

/* Where the text ends in s[0..n) when a blank or more and a page number
 * of up to three digits, ASCII or full-width, end it (第一部分 部门整体绩效目标
 * 1, …绩效目标表 ３), else 0.  (Normalization joins the number to the text
 * in the key.) */
static size_t spaced_page_number(const char *s, size_t n)
{
	size_t e, d, nd;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	d = pb_digits_before(s, n, &nd);
	if (!nd || nd > 3)
		return 0;
	for (e = d;;) {
		if (e && s[e - 1] == ' ')
			e--;
		else if (e >= 3 && !memcmp(s + e - 3, "\u3000", 3))
			e -= 3;
		else
			break;
	}
	return e < d && e ? e : 0;
}

/*
 * Is the untabbed line s[0..n) a toc entry with blanks before its page
 * number (spaced_page_number)?  Its text is a heading or a table's title
 * (or, in a toc, a numbered line); outside a toc only in the cover or
 * text before any table, where a toc without its 目录 heading begins:
 * found only at a part heading, one whose first entries are titles
 * (…绩效目标表 3) was read as the cover's text.  A table's title ends
 * in 表, never in a number: real titles are not taken.  Out of line().
 */
static PB_NOINLINE int spaced_toc_entry(pb_splitter *sp, const pb_block *b, const char *s, size_t n)
{
	int toc = b && b->kind == PB_BLK_TOC;
	size_t e = spaced_page_number(s, n);
	if (!e || (!toc && b && b->kind != PB_BLK_COVER && b->kind != PB_BLK_OTHER))
		return 0;
	pb_line_class c = entry_class(sp, s, e);
	return toc_heading_class(c) || (toc && c == PB_L_NUMBERED);
}

/* ---- a table's top repeated after a page break ---- */

/* Blanks without a tab: no cell, the gap between two rows of the
 * cell-per-line layout (a lone tab is an empty cell); or a markdown
 * table's rule (|---|---|), which the top drawn again has not */
static int gap_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\r' && s[i] != '|' && s[i] != '-' && s[i] != ':')
			return 0;
	return 1;
}

/* a and b the same text but for blanks, tabs and CRs (the same row
 * drawn again, its cells maybe spaced otherwise) */
static int same_row_text(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	for (;;) {
		while (i < an && (a[i] == ' ' || a[i] == '\t' || a[i] == '\r'))
			i++;
		while (j < bn && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r'))
			j++;
		if (i == an || j == bn)
			return i == an && j == bn;
		if (a[i++] != b[j++])
			return 0;
	}
}

/* Where the line that ends at eol (doc_eol's) of the doc's text is followed */
static size_t line_after(const pb_splitter *sp, size_t eol)
{
	const pb_buf *t = &sp->doc.text;
	return eol + (eol + 1 < t->len && t->ptr[eol] == '\r' && t->ptr[eol + 1] == '\n') + 1;
}

/* The next line of the doc's text from *at (before end) that is no gap:
 * its start in *at, its end returned; end when there is none. */
static size_t next_cells(pb_splitter *sp, size_t *at, size_t end)
{
	const char *t = sp->doc.text.ptr;
	while (*at < end) {
		size_t eol = doc_eol(sp, *at, end);
		if (!gap_line(t + *at, eol - *at))
			return eol;
		*at = line_after(sp, eol);
	}
	return end;
}

/* Does the row's first cell (past blanks, bars and HTML tags) start with
 * a label of a table's top rows, above its indicators? */
static int top_label(const char *s, size_t n)
{
	static const char *const label[] = { "项目编", "项目代码", "项目名称", "预算", "资金",
	                                     "其中", "财政", "其他资金", "累计", "绩效目标" };
	size_t i = 0;
	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '|' || s[i] == '*') {
			i++;
		} else if (s[i] == '<') {
			const char *gt = memchr(s + i, '>', n - i);
			if (!gt)
				break;
			i = (size_t)(gt - s) + 1;
		} else {
			break;
		}
	}
	for (size_t k = 0; k < sizeof label / sizeof *label; k++) {
		size_t l = strlen(label[k]);
		if (n - i >= l && !memcmp(s + i, label[k], l))
			return 1;
	}
	return 0;
}

/*
 * A 项目编码 line at off in a table that has one: the same as the
 * table's own, it may be the table's top drawn again after a page break
 * (Word repeats the rows marked as header rows, often the top, and a
 * PDF keeps them), not another table.  Whether it is, the lines after it
 * tell (top_again): until then it is pending, in the table.  1 if so.
 */
static int code_again(pb_splitter *sp, const pb_line *ln, size_t off)
{
	const char *t = sp->doc.text.ptr;
	size_t at = sp->code_at - 1;
	if (!sp->code_at || at >= off)
		return 0;
	size_t eol = doc_eol(sp, at, off);
	if (!same_row_text(t + at, eol - at, ln->ptr, ln->textlen))
		return 0;
	sp->rep_from = off + 1;
	sp->rep_line = sp->rep_last = ln->lineno;
	sp->rep_at = line_after(sp, eol);
	sp->rep_cell = ln->ptr[0] == '\t' && !grid_row(ln->ptr, ln->textlen);
	return 1;
}

/*
 * The line after a repeated 项目编码 line (code_again), or after the
 * lines that went on repeating the table's own after it, not a gap: 1
 * when it repeats the next of them too.  Else the repeat is over, and
 * settled: the table goes on over it (the indicator header, a row of
 * indicators), or the 项目编码 line started another table after all,
 * as it did before, when this line is one of a top (预算数…) that is
 * not the table's own, or (cell per line) a cell of the row that did
 * not repeat it: another budget or name under the same code is no
 * repeat to be merged silently, but a project of its own, and
 * pbcheck's duplicate-code says so.
 */
static PB_NOINLINE int top_again(pb_splitter *sp, const pb_line *ln, pb_line_class cls)
{
	size_t at = sp->rep_at, end = sp->rep_from - 1;
	size_t eol = next_cells(sp, &at, end);
	if (at < end && (cls == PB_L_TEXT || cls == PB_L_BLANK || cls == PB_L_NUMBERED) &&
	    same_row_text(sp->doc.text.ptr + at, eol - at, ln->ptr, ln->textlen)) {
		sp->rep_at = line_after(sp, eol);
		sp->rep_last = ln->lineno;
		sp->rep_cell = ln->ptr[0] == '\t' && !grid_row(ln->ptr, ln->textlen);
		return 1;
	}
	size_t off = sp->rep_from - 1;
	sp->rep_from = 0;
	if ((sp->rep_cell && ln->lineno == sp->rep_last + 1) || top_label(ln->ptr, ln->textlen)) {
		int tabbed = sp->table_tabbed;
		if (!title_above(sp, cur(sp), off, sp->rep_line))
			start_table(sp, off, sp->rep_line, "", 0);
		sp->unit_pending = sp->head_lines = 0;
		sp->code_seen = 1;
		sp->code_at = off + 1;
		sp->table_tabbed = tabbed;
	}
	return 0;
}

/* The next <tr (any case) in s[0..n), that far at most; NULL when none */
static const char *next_tr(const char *s, size_t n)
{
	for (const char *p = s, *e = s + n; (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++)
		if (e - p >= 4 && (p[1] | 0x20) == 't' && (p[2] | 0x20) == 'r' &&
		    (p[3] == '>' || p[3] == ' ' || p[3] == '\t'))
			return p;
	return NULL;
}

/*
 * A whole HTML table on one line, s[0..n) (<table><tr>…</tr><tr>…</tr>
 * </table>, as OCR tools may write one): the line's key is all its rows'
 * text, so its title row and 项目编码 row went unseen and the table was
 * lost ("no project table found").  Its first rows are classified one by
 * one, as a row a line would be: a title first is the table's (*cls
 * PB_L_TABLE_TITLE, *key its key); a 项目编码 row after unit rows only
 * (512001 某某局, 单位：元) starts the table without one
 * (PB_L_PROJECT_CODE).  The department of a unit row before the 项目编码
 * row is the doc's, as the unit line above a tab grid's is.  1 when the
 * line holds the table's 项目编码 row, else 0; -1 out of memory.
 */
static PB_NOINLINE int html_table_line(pb_splitter *sp, const char *s, size_t n,
                                       pb_line_class *cls, const char **key, size_t *kl)
{
	const char *e = s + n, *row = next_tr(s, n), *next;
	size_t i = 0, unit_at = 0, unit_len = 0;
	int title = 0, code = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] != '<' || !row || !next_tr(row + 3, (size_t)(e - row - 3)))
		return 0; /* not a table first, or one row: the line's key is the row's */
	pb_buf *k = &sp->row_key;
	for (int r = 0; row && r < 6 && !code; r++, row = next) {
		size_t room = (size_t)(e - row - 3);
		next = next_tr(row + 3, room < PB_HEADING_MAX ? room : PB_HEADING_MAX);
		size_t rl = (size_t)((next ? next : e) - row);
		if (rl > PB_HEADING_MAX)
			break;
		if (pb_line_key(k, row, rl) < 0)
			return -1;
		pb_line_class c = pb_classify(row, rl, k->ptr, k->len);
		size_t co, no;
		if (c == PB_L_PROJECT_CODE) {
			code = 1;
		} else if (r == 0 && c == PB_L_TABLE_TITLE) {
			title = 1;
			k = &sp->row_key2; /* the title's key is kept */
		} else if (c == PB_L_TEXT && pb_unit_line(k->ptr, k->len, &co, &no)) {
			if (!unit_len) {
				unit_at = (size_t)(row - s);
				unit_len = rl;
			}
		} else if (!(c == PB_L_BLANK || pb_unit_label(k->ptr, k->len))) {
			break;
		}
	}
	if (!title && !code)
		return 0;
	if (unit_len) {
		if (pb_line_key(&sp->row_key2, s + unit_at, unit_len) < 0)
			return -1;
		take_dept(sp, sp->row_key2.ptr, sp->row_key2.len);
	}
	*cls = title ? PB_L_TABLE_TITLE : PB_L_PROJECT_CODE;
	*key = sp->row_key.ptr;
	*kl = sp->row_key.len;
	return code;
}

/* pb_splitter_line for every line but an empty one inside a block and a
 * row of a table (table_row); tabbed: s holds a tab */
static PB_NOINLINE int line(pb_splitter *sp, const pb_line *ln, int tabbed)
{
	pb_doc *d = &sp->doc;
	pb_block *b = cur(sp);
	const char *s = ln->ptr;
	size_t n = ln->textlen;
	pb_line_class cls;
	const char *key = ""; /* the line's key, where it is read */
	size_t kl = 0;
	int r = 0;

	sp->lineno = ln->lineno;
	if (n > PB_HEADING_MAX) {
		/* too long for a heading: the key is not needed */
		cls = pb_classify(s, n, "", 0);
	} else if (pb_blank(s, n)) {
		cls = PB_L_BLANK;
	} else if (tabbed && pb_row_class(s, n, &cls)) {
		/* a grid row, its key unread (see pb_row_class) */
	} else if (pb_plain_text(s, n)) {
		/* nothing reads the key of a plain line (a unit line starts
		 * with digits, a numbered one too) */
		cls = PB_L_TEXT;
	} else if (pb_linememo_classify(sp->memo, s, n, &sp->key, &key, &kl, &cls) < 0) {
		return -1;
	}
	int one_line_table = 0; /* 1: a whole HTML table, 项目编码 row and all */
	/* only a line that opens with a tag may be one (html_table_line asks
	 * the same): a search for '<' in every line cost pbsplit 1.3% */
	size_t lead = 0;
	while (lead < n && s[lead] == ' ')
		lead++;
	if (!tabbed && cls != PB_L_BLANK && lead < n && s[lead] == '<' &&
	    (one_line_table = html_table_line(sp, s, n, &cls, &key, &kl)) < 0)
		return -1;

	if (tabbed && (!b || b->kind != PB_BLK_PROJECT_TABLE) && tabbed_toc_entry(sp, b, cls, s, n))
		cls = PB_L_TOC_ENTRY;
	else if (!tabbed && !sp->seen_table && cls != PB_L_TOC_ENTRY && cls != PB_L_BLANK &&
	         n > 1 && n <= PB_HEADING_MAX && pb_ends_in_digit(s, n) &&
	         spaced_toc_entry(sp, b, s, n))
		cls = PB_L_TOC_ENTRY;
	/* past a table's 项目编码 row, a line worded as Part 1's measures
	 * heading is a cell's text (a goal, a cell per line): taken for
	 * the heading, it cut the table there */
	if (cls == PB_L_MEASURES && b && b->kind == PB_BLK_PROJECT_TABLE && sp->code_seen)
		cls = PB_L_TEXT;
	/* a 项目编码 line repeated (code_again): this line repeats more of
	 * the table, or settles what the repeat is */
	if (sp->rep_from && !gap_line(s, n) && !top_again(sp, ln, cls))
		b = cur(sp);
	if (sp->p1_title && cls != PB_L_BLANK) {
		part1_title(sp, cls, s, n, key, kl, tabbed);
		b = cur(sp);
	}
	/* a page header with its page number (2025年部门预算绩效文本 3) is
	 * no cover title, but in a table it is the doc's own title */
	if (cls == PB_L_TEXT && kl && sp->seen_table && b &&
	    (b->kind == PB_BLK_PROJECT_TABLE || part_over_table(sp)) &&
	    pb_page_number_at(key, kl) < kl && running_header(sp, key, kl))
		cls = PB_L_COVER_TITLE;
	/* the memo, where the key may be, serves cover_fields too */
	if (sp->seen_table && (cls == PB_L_COVER_TITLE || cls == PB_L_TOC_HEAD || cls == PB_L_PART1 ||
	                       ((sp->noise_off || sp->restart_line) && cls != PB_L_BLANK)) &&
	    key != sp->key.ptr) {
		pb_buf_reset(&sp->key);
		if (pb_buf_add(&sp->key, key, kl) < 0)
			return -1;
		key = sp->key.ptr;
	}
	/* after a cover title in a table: table rows go on (the line was a
	 * running page header, kept in the table), or a new filing started
	 * at it; a page number alone (- 3 -) decides nothing.  A title not
	 * the doc's own needs a row, or the doc's next table by number. */
	int in_table = b && b->kind == PB_BLK_PROJECT_TABLE;
	/* titles in a row, a part heading maybe between them (title, part,
	 * title: a header of three lines), all waiting with the first */
	int title_row = in_table || (sp->noise_off && sp->noise_part);
	/* a line of text waiting under the title (cell_rest) waits for the
	 * part heading that waits with it too: settled at the line, the
	 * heading kept it and the table's rows after it as a block of its
	 * part, and the rows were lost without a word */
	int waited = 0;
	/* A page header of two lines, or more (2025年度部门预算绩效目标 then
	 * 2025年部门预算绩效文本): the second title waits with the first
	 * (below).  Taken for a filing begun at the first, it cut the
	 * table, and its last rows were lost as cover text. */
	/* A part heading under the title (a header of both) waits too; then
	 * a table title goes on from the table only numbered on, as after
	 * a part heading alone (restarts) */
	if (sp->noise_off && (cls == PB_L_PART2 || cls == PB_L_PART)) {
		if (!sp->noise_part) {
			sp->noise_part = cls == PB_L_PART2 ? 2 : 3;
			sp->part_tail = sp->tail_off;
			sp->part_tail_line = sp->tail_line;
		}
	} else if (sp->noise_off && cls != PB_L_BLANK && !(kl && !pb_page_number_at(key, kl)) &&
	    !(cls == PB_L_COVER_TITLE && title_row) && !(cls == PB_L_TEXT && !tabbed && own_dept(sp, s, n, key, kl))) {
		int row = (tabbed || (kl && key[0] == '|') || markup_row(s, n)) &&
		          !(sp->noise_part && cls == PB_L_TOC_ENTRY);
		int title = (cls == PB_L_TABLE_TITLE || cls == PB_L_TITLE_HALF) &&
		            !(sp->noise_part && restarts(sp, cls, key, kl));
		if (sp->noise_part) {
			sp->tail_off = sp->part_tail;
			sp->tail_line = sp->part_tail_line;
		}
		int goes_on = !sp->noise_other ? row || title || cls == PB_L_PROJECT_CODE
		              : (row && cls != PB_L_PROJECT_CODE) ||
		                (title && sp->noise_other == 1 && !restarts(sp, cls, key, kl));
		if (!sp->tail_off || goes_on) {
			sp->noise_off = 0;
			sp->noise_wait = sp->noise_part = 0;
		} else if (cell_rest(sp, cls, tabbed, s, n, key, kl)) {
			sp->noise_wait++;
			waited = 1;
		} else {
			r = noise_filing(sp);
			sp->lineno = ln->lineno;
			b = cur(sp);
			if (r)
				return r;
		}
	}
	/* a part heading pending (restarts): decided at the next line that
	 * is not blank, more of the heading, a page number or the doc's
	 * department alone (a page header's second line, as under a title
	 * above) */
	int under = 0; /* a cover title waiting under the heading */
	if (sp->restart_line && cls != PB_L_BLANK && !waited &&
	    !pb_is_part(cls) && !(cls == PB_L_COVER_TITLE && sp->noise_off) && !(kl && !pb_page_number_at(key, kl)) &&
	    !(cls == PB_L_TEXT && !tabbed && own_dept(sp, s, n, key, kl)) &&
	    !(under = title_under(sp, cls, key, kl)) && !part_wait(sp, cls, tabbed, s, n, key, kl)) {
		int row = tabbed ? grid_row(s, n) || cell_goes_on(sp, s, n) : markup_row(s, n);
		if (sp->under_line && !under_goes_on(sp, cls, key, kl, row))
			r = under_filing(sp);
		else
			r = settle_part(sp, cls, key, kl, row);
		sp->under_line = 0;
		if (r)
			return r;
		sp->lineno = ln->lineno;
		b = cur(sp);
	}
	/* a new filing in the same stream */
	in_table = b && b->kind == PB_BLK_PROJECT_TABLE;
	if (cls == PB_L_COVER_TITLE && sp->seen_table && (in_table || (sp->noise_off && sp->noise_part))) {
		/* decided at a later line (above); a page number after it
		 * (2025年部门预算绩效文本 3) is no part of the title.  Of
		 * titles in a row, the nearest the doc's own decides, and the
		 * first is the title of the filing they may begin. */
		int pending = sp->noise_off != 0;
		int kind = title_kind(sp, key, kl, pending ? &sp->join : &sp->noise_title);
		kind = kind < 0 ? 2 : kind;
		if (!pending || kind < sp->noise_other)
			sp->noise_other = kind;
	} else if (sp->seen_table && !under &&
	           (cls == PB_L_COVER_TITLE || cls == PB_L_TOC_HEAD || cls == PB_L_PART1)) {
		int tail = in_table && sp->tail_off && sp->table_tabbed;
		r = new_filing(sp, tail ? sp->tail_off : (size_t)-1, tail ? sp->tail_line : ln->lineno);
		sp->lineno = ln->lineno;
		b = cur(sp);
		if (r)
			return r;
	}
	if (sp->toc_bare && cls != PB_L_BLANK && bare_toc(sp, ln, cls, key, kl, tabbed, &r))
		return r;
	if (d->text.len == 0 && !d->nblocks)
		d->line = ln->lineno;

	size_t off = append_line(d, ln);
	if (off == (size_t)-1)
		return -1;

	pb_blk_kind k = b ? b->kind : PB_BLK_COVER;

	switch (cls) {
	case PB_L_BLANK:
		if (!b)
			open_block(sp, PB_BLK_COVER, off, ln->lineno, NULL, 0);
		break;
	case PB_L_TOC_HEAD:
		open_block(sp, PB_BLK_TOC, off, ln->lineno, key, kl);
		sp->toc_bare = 1;
		sp->toc_part = sp->toc_table = sp->toc_last = 0;
		sp->toc_from = (size_t)-1;
		pb_buf_reset(&sp->toc_keys);
		break;
	case PB_L_TOC_ENTRY:
		if (k == PB_BLK_TOC)
			break;
		if (k == PB_BLK_PART && sp->part_from_toc && d->nblocks >= 2) {
			/* "第二部分" inside the toc: it was a toc line after all */
			d->nblocks--;
			break;
		}
		if (k == PB_BLK_PART && !sp->seen_table && first_part(d)) {
			/* the doc's first part heading, then toc entries: a toc
			 * whose heading was lost (or not known), its first entry
			 * without a page number */
			b->kind = PB_BLK_TOC;
			b->title = str(sp, "目录", strlen("目录"));
			sp->max_part = 0;
			break;
		}
		open_block(sp, PB_BLK_TOC, off, ln->lineno, "目录", strlen("目录"));
		break;
	case PB_L_PART1:
	case PB_L_PART2:
	case PB_L_PART: {
		if (k == PB_BLK_PART && b) {
			if (b->title)
				append_title(sp, b, " ", 1);
			append_title(sp, b, key, kl);
		} else {
			sp->part_from_toc = k == PB_BLK_TOC;
			open_block(sp, PB_BLK_PART, off, ln->lineno, key, kl);
			part_heading(sp, cls, off, ln->lineno);
		}
		size_t u = pb_unit_tail(key, kl);
		if (u)
			part_unit_at(sp, key + u, kl - u, off);
		break;
	}
	case PB_L_OVERALL:
		open_block(sp, PB_BLK_OVERALL_GOAL, off, ln->lineno, key, kl);
		break;
	case PB_L_SUBGOALS:
		open_block(sp, PB_BLK_SUB_GOALS, off, ln->lineno, key, kl);
		break;
	case PB_L_MEASURES:
		open_block(sp, PB_BLK_MEASURES, off, ln->lineno, key, kl);
		break;
	case PB_L_TABLE_TITLE: {
		size_t tl, to = pb_title_cell(key, kl, &tl);
		/* in Part 1's text, before any table: maybe prose (part1_title) */
		int p1 = !sp->seen_table && !tabbed && (k == PB_BLK_OVERALL_GOAL ||
		                                        k == PB_BLK_SUB_GOALS || k == PB_BLK_MEASURES);
		/* 绩效目标表 alone under a line of text in another numbering
		 * or none (（一）某某项目): the title's end, as 表 alone is */
		if (pb_title_start(key + to, tl) ||
		    (!wrapped_title(sp, b, ln, key + to, tl) &&
		     !(!tabbed && tl >= 15 && title_end_alone(key + to, tl) &&
		       unnumbered_title(sp, b, ln, off, key + to, tl))))
			start_table(sp, off, ln->lineno, key + to, tl);
		sp->p1_title = p1 && !one_line_table && cur(sp) &&
		               cur(sp)->kind == PB_BLK_PROJECT_TABLE && cur(sp)->off == off;
		/* its 项目编码 row read: the next one starts another table,
		 * and no line under it is the unit line */
		if (one_line_table && cur(sp) && cur(sp)->kind == PB_BLK_PROJECT_TABLE &&
		    cur(sp)->off == off) {
			sp->code_seen = 1;
			sp->unit_pending = sp->head_lines = 0;
		}
		break;
	}
	case PB_L_TITLE_HALF:
		start_table(sp, off, ln->lineno, key, kl);
		sp->title_half = 1;
		break;
	case PB_L_TITLE_TAIL: {
		/* the title's end, without the unit label that may follow it
		 * (标表（单位：元）): that stays in the table for pbtable */
		size_t tl = pb_title_tail_len(key, kl);
		if (k == PB_BLK_PROJECT_TABLE && sp->title_half && title_neighbour(sp, ln, key, tl) &&
		    tl == 3) {
			append_title(sp, b, "表", 3);
			sp->title_half = 0;
			break;
		}
		/* "…绩效" then "目标表": the numbered line must end in what
		 * this one lacks of 绩效目标表 */
		if (sp->prev_cls == PB_L_NUMBERED &&
		    pb_title_joins(sp->prev_key.ptr, sp->prev_key.len, key, tl) &&
		    wrapped_title(sp, b, ln, key, tl))
			break;
		if (unnumbered_title(sp, b, ln, off, key, tl))
			break;
		goto text;
	}
	case PB_L_PROJECT_CODE:
		if (k == PB_BLK_PROJECT_TABLE && sp->code_seen && code_again(sp, ln, off))
			break;
		if (k != PB_BLK_PROJECT_TABLE || sp->code_seen) {
			if (k == PB_BLK_PROJECT_TABLE ? !title_above(sp, b, off, ln->lineno)
			                              : !b || !unit_above(sp, b, off, ln->lineno))
				start_table(sp, off, ln->lineno, "", 0);
		}
		/* the unit line is above the 项目编码 row: below it, a purpose
		 * or goal line may start with six digits (150000 元用于…, 100000
		 * 亩…), and was taken for the department */
		sp->unit_pending = sp->head_lines = 0;
		sp->code_seen = 1;
		sp->code_at = off + 1;
		break;
	case PB_L_COVER_TITLE:
		if (!b || k == PB_BLK_COVER) {
			if (!b)
				open_block(sp, PB_BLK_COVER, off, ln->lineno, NULL, 0);
			size_t to;
			if (!sp->doc_title.len && pb_cover_year(key, kl, &to) &&
			    cover_title(&sp->doc_title, key, kl, to) < 0)
				return -1;
			break;
		}
		if (k == PB_BLK_PROJECT_TABLE && sp->seen_table) {
			/* the doc's own title (else a new doc began above), a
			 * page header when rows follow it, maybe after its page
			 * number (- 3 -) on a line of its own */
			if (!sp->noise_off) { /* the first of titles in a row */
				sp->noise_off = off;
				sp->noise_line = ln->lineno;
			}
		}
		goto text;
	default:
	text:
		if (!b) {
			open_block(sp, PB_BLK_COVER, off, ln->lineno, NULL, 0);
		} else if (k == PB_BLK_TOC && !rule_line(s, n) && cls != PB_L_BLANK) {
			open_block(sp, PB_BLK_OTHER, off, ln->lineno, NULL, 0);
		} else if (k == PB_BLK_PART && cls != PB_L_BLANK && !sp->restart_line) {
			/* (the department's name under a part heading still
			 * pending is the heading's: its table may go on) */
			open_block(sp, PB_BLK_OTHER, off, ln->lineno, NULL, 0);
		}
		break;
	}

	b = cur(sp);
	if (sp->dept_wrap && cls != PB_L_BLANK && dept_wrapped(sp, s, n, tabbed) < 0)
		return -1;
	/* a unit for the part's tables, under its heading */
	if (b && b->kind == PB_BLK_OTHER && cls == PB_L_TEXT)
		unit_text_line(sp, s, n, off);
	if (b && b->kind == PB_BLK_PROJECT_TABLE && cls != PB_L_BLANK) {
		if (sp->head_lines) {
			head_unit(sp, b, s, n, b->line == ln->lineno);
			sp->head_lines -= b->line != ln->lineno;
		}
		if (sp->unit_pending && b->line != ln->lineno) {
			sp->unit_pending--;
			if (!d->dept_code) {
				/* a markdown row's first cell (| 512001 某某局 |), as
				 * pbtable reads it: the bars made it no unit line, and
				 * the doc had the cover's name, without its code */
				const char *dk = key;
				size_t dl = kl;
				if (dl && key[0] == '|')
					dk = key + pb_title_cell(key, kl, &dl);
				int open = take_dept(sp, dk, dl);
				if (d->dept_code) {
					sp->unit_pending = 0;
					/* a long name wraps onto a line of its own:
					 * the name's line is one too */
					sp->dept_wrap = open && !tabbed;
				}
			}
		}
		/* a 项目编码 line belongs to the table however it is laid out:
		 * never the start of a tail that the next filing would take
		 * (fuzz_split found one moved into the next cover) */
		int row = tabbed || markup_row(s, n);
		if (row || cls == PB_L_PROJECT_CODE) {
			sp->tail_off = 0;
			sp->table_tabbed |= row;
		} else if (!sp->tail_off && b->line != ln->lineno && !pb_blank(s, n)) {
			sp->tail_off = off;
			sp->tail_line = ln->lineno;
		}
	}
	if (cls != PB_L_BLANK) {
		sp->prev_cls = cls;
		sp->prev_off = off;
		sp->prev_line = ln->lineno;
		/* only a numbered line's key is ever read back (a title
		 * wrapped after its number): the copy is spared otherwise */
		if (cls == PB_L_NUMBERED) {
			pb_buf_reset(&sp->prev_key);
			pb_buf_add(&sp->prev_key, key, kl);
		}
	}
	return sp->oom ? -1 : 0;
}

/* A row of the table being read (tabbed, no 项目编码 cell, the unit line
 * found or not looked for any longer): of all line() does, only the
 * append and the table's tail are left.  40% of a filing's lines. */
static int table_row(pb_splitter *sp, const pb_line *ln)
{
	pb_doc *d = &sp->doc;
	size_t off = append_line(d, ln);

	if (off == (size_t)-1)
		return -1;
	if (!pb_blank(ln->ptr, ln->textlen)) {
		sp->tail_off = 0;
		sp->table_tabbed = 1;
		sp->prev_cls = PB_L_TEXT;
		sp->prev_off = off;
		sp->prev_line = ln->lineno;
	}
	return sp->oom ? -1 : 0;
}

/* An empty line in a block (a third of a filing's lines) only lengthens
 * it, and a table's row takes table_row: both here, before the registers
 * the rest needs are saved. */
int pb_splitter_line(pb_splitter *sp, const pb_line *ln)
{
	pb_doc *d = &sp->doc;
	size_t n = ln->textlen;

	if (!d->nblocks)
		return line(sp, ln, pb_has_tab(ln->ptr, n));
	sp->lineno = ln->lineno;
	if (!n)
		return append_line(d, ln) == (size_t)-1 || sp->oom ? -1 : 0;
	int tabbed = pb_has_tab(ln->ptr, n);
	if (tabbed && d->blocks[d->nblocks - 1].kind == PB_BLK_PROJECT_TABLE && !sp->unit_pending &&
	    !pb_code_cell(ln->ptr, n) && !sp->rep_from && !sp->dept_wrap)
		return table_row(sp, ln);
	return line(sp, ln, tabbed);
}

int pb_splitter_finish(pb_splitter *sp)
{
	/* The doc's own title after its last table row with nothing after
	 * it but blanks or a page number (noise_off still pending) is the
	 * last page's running header: it stays in the doc.  Taken for the
	 * start of a filing, it made a phantom doc of a cover alone.  Text
	 * read under it (cell_rest) is a cover's after all. */
	if (sp->noise_off && sp->noise_wait && sp->tail_off) {
		long last = sp->lineno; /* new_filing ends the old doc before the title */
		if (noise_filing(sp) < 0)
			return -1;
		sp->lineno = last;
	}
	/* So is a title under a part heading with nothing after them (the
	 * title stays in the heading's block), unless text waited under the
	 * title */
	if (sp->restart_line && sp->under_line && sp->restart_wait && sp->wait_off > sp->under_off) {
		long last = sp->lineno;
		if (under_filing(sp) < 0)
			return -1;
		sp->lineno = last;
	} else if (sp->restart_line && sp->restart_wait) {
		pb_block *b = cur(sp);
		if (b && b->kind == PB_BLK_PART && b->off == sp->restart_off)
			open_block(sp, PB_BLK_OTHER, sp->wait_off, sp->wait_line, NULL, 0);
	}
	return emit_doc(sp);
}
