/*
 * split.c - filings into blocks, a line at a time: which line begins a
 * block (a part, a goal section, a table, a new filing), page headers
 * and noise told from them, and each filing handed on when it ends.
 */
#include "split.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "compiler.h"
#include "grow.h"
#include "heading.h"
#include "linememo.h"
#include "norm.h"
#include "split_impl.h"
#include "swar.h"
#include "utf8.h"

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

/* Empty d for the next filing.  The text and block room is kept (unless
 * `release`): growing it again for every filing was a tenth of pbsplit's
 * time, and memory is bounded by the largest filing anyway. */
static void doc_clear(pb_splitter *sp, int release)
{
	pb_doc *d = &sp->doc;
	pb_arena_free(&sp->strs);
	sp->title_ext.block = 0;
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
	sp->lf.at = (size_t)-1;
	sp->lf.scan = 0;
	d->blocks = blocks;
	d->capblocks = cap;
	d->draft = -1;
}

/* Is there an LF in the input before byte j of the doc's text?  Then a
 * lone CR at j is in its line.  The text is looked through once as it
 * grows, so the answer costs nothing after the first LF. */
int sp_lf_before(pb_splitter *sp, size_t j)
{
	const pb_buf *t = &sp->doc.text;
	if (sp->lf.in_input)
		return 1;
	if (sp->lf.at == (size_t)-1 && sp->lf.scan < t->len) {
		const char *q = memchr(t->ptr + sp->lf.scan, '\n', t->len - sp->lf.scan);
		sp->lf.at = q ? (size_t)(q - t->ptr) : (size_t)-1;
		sp->lf.scan = t->len;
	}
	return sp->lf.at < j;
}

/* the doc's text cut back to len bytes */
void sp_doc_truncate(pb_splitter *sp, size_t len)
{
	pb_buf_truncate(&sp->doc.text, len);
	if (sp->lf.at != (size_t)-1 && sp->lf.at >= len)
		sp->lf.at = (size_t)-1;
	if (sp->lf.scan > len)
		sp->lf.scan = len;
}

/* The end of the line at the doc's text from off (before end): its LF,
 * its CRLF's CR, or a lone CR that ends a line there; end when none. */
size_t sp_doc_eol(pb_splitter *sp, size_t off, size_t end)
{
	const char *t = sp->doc.text.ptr;
	for (;;) {
		size_t i = (size_t)(pb_find_eol(t + off, end - off) - t);
		if (i >= end || t[i] == '\n' || (i + 1 < sp->doc.text.len && t[i + 1] == '\n') ||
		    !sp_lf_before(sp, i))
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
	pb_buf_init(&sp->prev.key);
	pb_buf_init(&sp->cover_keys);
	pb_buf_init(&sp->cover_key);
	pb_buf_init(&sp->join);
	pb_buf_init(&sp->doc_title);
	pb_buf_init(&sp->noise.title);
	pb_buf_init(&sp->noise.last);
	pb_buf_init(&sp->toc.keys);
	pb_buf_init(&sp->row_key);
	pb_buf_init(&sp->row_key2);
	pb_buf_init(&sp->next_cover.title);
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
	pb_buf_free(&sp->prev.key);
	pb_buf_free(&sp->cover_keys);
	pb_buf_free(&sp->cover_key);
	pb_buf_free(&sp->join);
	pb_buf_free(&sp->doc_title);
	pb_buf_free(&sp->noise.title);
	pb_buf_free(&sp->noise.last);
	pb_buf_free(&sp->toc.keys);
	pb_buf_free(&sp->row_key);
	pb_buf_free(&sp->row_key2);
	pb_buf_free(&sp->next_cover.title);
	free(sp);
}

/* s[0..n) as a string of the doc.  Unlike strndup it does not look for a
 * NUL first (a fifth of the time): the strings are read as C strings, so
 * a NUL inside ends them all the same. */
char *sp_str(pb_splitter *sp, const char *s, size_t n)
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
	sp->prev.cls = PB_L_BLANK;
	sp->prev.line = 0;
	sp->table.title_half = sp->table.code_seen = 0;
	sp->table.unit_pending = sp->table.head_lines = 0;
	sp->top_again.from = 0;
	sp->title_again.blk = 0;
	/* keyed by line numbers, which a reset splitter counts again */
	sp->piece.for_line = sp->piece.last = sp->gap.for_line = 0;
	sp->piece.n = sp->gap.n = 0;
	sp->table.tail_off = 0;
	sp->table.tail_line = 0;
	sp->part.from_toc = 0;
	sp->toc.bare = 0;
	sp->noise.off = 0;
	sp->noise.other = sp->noise.wait = sp->noise.part = 0;
	sp->doc_at_header = sp->noise.numbered = 0;
	pb_buf_reset(&sp->noise.last);
	sp->p1_title = 0;
	sp->part.max = sp->table.no = 0;
	sp->restart.line = sp->restart.under_line = 0;
	sp->part_unit.unit = NULL;
	sp->part_unit.part = sp->part.cur = sp->part_unit.nrun = 0;
	sp->dept_wrap.state = DEPT_WHOLE;
	sp->cell_title.pending = 0;
	sp->next_cover.past_p1 = sp->next_cover.run_n = 0;
	sp->next_cover.line = 0;
	pb_buf_reset(&sp->doc_title);
}

void pb_splitter_reset(pb_splitter *sp, const char *encoding)
{
	/* running out of memory ends the input it struck, not the ones after */
	sp->oom = 0;
	doc_clear(sp, 0);
	sp->lf.in_input = 0;
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

pb_block *sp_cur(pb_splitter *sp)
{
	return sp->doc.nblocks ? &sp->doc.blocks[sp->doc.nblocks - 1] : NULL;
}

/* Close the current block before byte off / line `line`, open a new one. */
pb_block *sp_open_block(pb_splitter *sp, pb_blk_kind kind, size_t off, long line,
                        const char *title, size_t tlen)
{
	pb_doc *d = &sp->doc;
	pb_block *b = sp_cur(sp);

	if (b) {
		b->len = off - b->off;
		b->end_line = line - 1;
		if (b->len == 0) /* nothing left in it: reuse */
			d->nblocks--;
	}
	if (d->nblocks == d->capblocks) {
		if (pb_grow_to(&d->blocks, &d->capblocks, d->nblocks + 1, 16, sizeof *d->blocks) < 0) {
			sp->oom = 1;
			return NULL;
		}
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	sp->title_ext.block = 0; /* a new block, maybe in a slot reused */
	sp->title_again.blk = 0;
	b->kind = kind;
	b->off = off;
	b->line = line;
	b->end_line = line;
	if (title && tlen && !(b->title = sp_str(sp, title, tlen)))
		sp->oom = 1;
	if (kind != PB_BLK_PROJECT_TABLE)
		sp->table.title_half = 0;
	sp->toc.bare = 0;
	sp->table.tail_off = 0;
	sp->table.tail_line = 0;
	return b;
}

static int emit_doc(pb_splitter *sp)
{
	pb_doc *d = &sp->doc;
	pb_block *b = sp_cur(sp);
	int r = 0;

	if (d->text.len == 0 && !d->nblocks)
		return 0;
	if (b) {
		b->len = d->text.len - b->off;
		b->end_line = sp->lineno;
	}
	char *unit_dept = d->dept_code ? d->dept : NULL;
	if (!unit_dept) { /* no unit line: the cover's name, else the compiler */
		sp_cover_fields(sp);
		if (!d->dept && d->compiled_by)
			d->dept = d->compiled_by;
	} else {
		/* keep the unit line's name: it pairs with dept_code */
		d->dept = NULL;
		sp_cover_fields(sp);
		d->dept = unit_dept;
	}
	if (!d->encoding)
		d->encoding = sp->encoding;
	if (d->nblocks && d->blocks[0].kind == PB_BLK_COVER && !d->blocks[0].title && d->title)
		d->blocks[0].title = d->title;
	d->doc = ++sp->ndocs;
	sp->lf.in_input = sp_lf_before(sp, d->text.len);
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
		sp_doc_truncate(sp, from);
	}
	r = emit_doc(sp);
	d->line = from_line;
	if (moved.len) {
		if (pb_buf_add(&d->text, moved.ptr, moved.len) < 0)
			sp->oom = 1;
		else
			sp_open_block(sp, PB_BLK_COVER, 0, from_line, NULL, 0);
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
	size_t whole = e, o2;
	if (e > *o && (key[e - 1] == ')' || (e - *o >= 3 && !memcmp(key + e - 3, "）", 3)))) {
		size_t j = e - (key[e - 1] == ')' ? 1 : 3);
		while (j > *o && key[j - 1] != '(' && !(j - *o >= 3 && !memcmp(key + j - 3, "（", 3)))
			j--;
		if (j > *o)
			e = j - (key[j - 1] == '(' ? 1 : 3);
		while (e > *o && key[e - 1] == ' ')
			e--;
		/* the year in those brackets (部门预算绩效文本（2025年）):
		 * the title's own, no mark; cut off, another year's running
		 * header read as the doc's own title */
		if (!pb_cover_year(key, e, &o2))
			e = whole;
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
	if (sp_cover_title(h, key, ho + hl, ho) < 0) {
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
 * cover title is: the rows after it decide (see settle_title_in_table).  Asked of text
 * that ends in a page number.
 */
static int running_header(pb_splitter *sp, const char *key, size_t kl)
{
	pb_buf h = PB_BUF_INIT;
	int r = title_kind(sp, key, kl, &h) == 0;
	pb_buf_free(&h);
	return r;
}

/* The key of the line s[0..n) when sp_line() did not read it (kl 0: a
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

/* Is the line the cover's draft mark alone (（草案）) under the doc's own
 * title pending in a table?  A running page header repeats the cover's
 * lines, this one too; it decides nothing, as a page number does (a
 * filing begun at the title shows by its cover's other lines, 编制, 审核,
 * 目录).  Taken for a new cover's line, it began a filing at the header,
 * and a title wrapped across the page was cut in two docs.  noise.draft
 * notes it: a table title after it must then go on from the doc's
 * numbering, or be the rest of a title cut by the page (sp_title_open). */
static int own_draft(pb_splitter *sp, const char *s, size_t n, const char *key, size_t kl)
{
	size_t b = 0;
	while (b < n && s[b] == ' ')
		b++;
	/* (an opening bracket first, （ or (: few lines have it, and the
	 * key of those only is read) */
	if (sp->noise.other || n > PB_HEADING_MAX || b == n ||
	    (s[b] != '(' && (n - b < 3 || memcmp(s + b, "（", 3))) ||
	    plain_key(sp, s, n, &key, &kl) < 0 ||
	    !pb_draft_alone(key, kl))
		return 0;
	sp->noise.draft = 1;
	return 1;
}

/* Does a table numbered n (0: not numbered) not go on from the doc's
 * last one?  Numbers that go back, or a numbering begun or dropped. */
static int numbered_anew(const pb_splitter *sp, int n)
{
	return !n || !sp->table.no || n <= sp->table.no;
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
		return numbered_anew(sp, sp_table_no(key + to, tl));
	case PB_L_TITLE_HALF:
	case PB_L_NUMBERED:
		return numbered_anew(sp, sp_table_no(key, kl));
	case PB_L_TEXT:
		return sp->doc.dept_code && pb_unit_line(key, kl, &co, &no) &&
		       memcmp(sp->doc.dept_code, key + co, 6) != 0;
	default:
		return 0;
	}
}

/* Is block kind k part 1's text (一、 二、 三、)? */
static int p1_block(pb_blk_kind k)
{
	return k == PB_BLK_OVERALL_GOAL || k == PB_BLK_SUB_GOALS || k == PB_BLK_MEASURES;
}

/*
 * The pending part heading (restarts) ends the doc before it: the part
 * block, title and all, opens the next doc.  So does part 1's text right
 * before it, after the doc's last table (一、总体绩效目标 on): a filing
 * whose 第一部分 heading is missing begins there, and its part 1 was
 * credited to the filing before, two of each of its blocks.  0, or -1
 * out of memory.
 */
static int restart_doc(pb_splitter *sp)
{
	enum { MOVE = 8 };
	pb_doc *d = &sp->doc;
	struct { pb_blk_kind kind; size_t off; long line; size_t t; int titled; } mv[MOVE];
	pb_buf t = PB_BUF_INIT;
	int part = sp->restart.part, r, nmv = 0;
	size_t i = d->nblocks - 1;

	while (i >= 2 && d->nblocks - i < MOVE && p1_block(d->blocks[i - 1].kind))
		i--;
	if (i == d->nblocks - 1 || d->blocks[i].kind != PB_BLK_OVERALL_GOAL ||
	    d->blocks[i - 1].kind != PB_BLK_PROJECT_TABLE)
		i = d->nblocks - 1; /* (part 1's text in a doc's tables is none) */
	size_t from = i == d->nblocks - 1 ? sp->restart.off : d->blocks[i].off;
	long from_line = i == d->nblocks - 1 ? sp->restart.line : d->blocks[i].line;
	for (size_t j = i; j < d->nblocks; j++, nmv++) {
		const pb_block *m = &d->blocks[j];
		mv[nmv].kind = j + 1 == d->nblocks ? PB_BLK_PART : m->kind;
		mv[nmv].off = m->off - from;
		mv[nmv].line = m->line;
		mv[nmv].t = t.len;
		mv[nmv].titled = m->title != NULL;
		if (m->title && pb_buf_add(&t, m->title, strlen(m->title) + 1) < 0) {
			pb_buf_free(&t);
			return -1;
		}
	}
	d->nblocks = i; /* they move, and the block before ends the doc */
	r = new_filing(sp, from, from_line);
	/* new_filing opened the first as the cover */
	for (int j = 0; j < nmv && !r; j++) {
		pb_block *b = j ? sp_open_block(sp, mv[j].kind, mv[j].off, mv[j].line, NULL, 0) : sp_cur(sp);
		if (!b)
			break;
		b->kind = mv[j].kind;
		if (mv[j].titled && !(b->title = sp_str(sp, t.ptr + mv[j].t, strlen(t.ptr + mv[j].t))))
			sp->oom = 1;
	}
	sp->part.max = sp->part.cur = part;
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
/* The filing begun at the cover title pending in a table (noise.off),
 * with the table's tail above it if the table's rows had one. */
static int noise_filing(pb_splitter *sp)
{
	int moved_tail = sp->table.tabbed && sp->table.tail_off < sp->noise.off;
	size_t from = moved_tail ? sp->table.tail_off : sp->noise.off;
	/* a part heading's block after the title (noise.part) moves with
	 * it, into the new doc after its cover */
	pb_buf ptitle = PB_BUF_INIT;
	size_t poff = 0;
	long pline = 0;
	int part = sp->noise.part;
	pb_block *b = sp_cur(sp);
	if (part && b && b->kind == PB_BLK_PART && b->off >= from) {
		poff = b->off - from;
		pline = b->line;
		if (b->title && pb_buf_adds(&ptitle, b->title) < 0)
			return -1;
	}
	while (sp->doc.nblocks > 1 && sp->doc.blocks[sp->doc.nblocks - 1].off >= from)
		sp->doc.nblocks--;
	int r = new_filing(sp, from, moved_tail ? sp->table.tail_line : sp->noise.line);
	if (!r && pline) {
		sp_open_block(sp, PB_BLK_PART, poff, pline, ptitle.ptr, ptitle.len);
		sp->part.max = sp->part.cur = part;
	}
	pb_buf_free(&ptitle);
	if (r)
		return r;
	/* its title, known again for its own running headers: a later
	 * title's, when one waited with the header, or none when the
	 * header had its page number (the last filing's last page) */
	sp->doc_at_header = sp->noise.first == 0;
	pb_buf_reset(&sp->doc_title);
	const pb_buf *t = !sp->doc_at_header ? &sp->noise.title
	                  : sp->noise.last.len ? &sp->noise.last
	                  : sp->noise.numbered ? NULL : &sp->noise.title;
	return t ? pb_buf_add(&sp->doc_title, t->ptr, t->len) : 0;
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
	return kl && key[0] != '|' && !sp_draft_line(key) && !sp_cover_label_line(key, kl);
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
	return !sp->noise.other && sp->noise.wait < 2 && plain_rest(sp, cls, tabbed, s, n, key, kl);
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
int sp_grid_row(const char *s, size_t n)
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
int sp_noise_line(pb_splitter *sp, const char *s, size_t n)
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
	size_t e = sp->restart.off;
	while (e) { /* back over blank lines to the last with text */
		size_t b = e - 1;
		while (b && t[b - 1] != '\n')
			b--;
		if (!pb_blank(t + b, e - b) && !sp_noise_line(sp, t + b, e - b))
			return t[b] == '\t' && !sp_grid_row(t + b, e - b);
		e = b;
	}
	return 0;
}

static int cell_goes_on(pb_splitter *sp, const char *s, size_t n)
{
	return n && s[0] == '\t' && !sp_grid_row(s, n) && cells_before(sp);
}

/*
 * Does the line (of class cls, tabbed or not) wait with the part heading
 * pending (restart.line), as plain text waits with a running title
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
	if (sp->restart.wait >= 2)
		return 0;
	if (!(cls == PB_L_TEXT && !tabbed && cells_before(sp)) &&
	    !(sp->restart.under_line && !sp->restart.under_kind && !markup_row(s, n) &&
	      plain_rest(sp, cls, tabbed, s, n, key, kl)))
		return 0;
	if (!sp->restart.wait++) {
		sp->restart.wait_off = sp->doc.text.len;
		sp->restart.wait_line = sp->lineno;
	}
	return 1;
}

/* Is the doc's last block a part heading still pending (restart.line)
 * right after a project table, so maybe a page header amid its rows? */
static int part_over_table(const pb_splitter *sp)
{
	const pb_doc *d = &sp->doc;
	const pb_block *b = d->nblocks >= 2 ? &d->blocks[d->nblocks - 1] : NULL;
	return sp->restart.line && b && b->kind == PB_BLK_PART && b->off == sp->restart.off &&
	       b[-1].kind == PB_BLK_PROJECT_TABLE;
}

/*
 * Does the line (cls, key) wait with the part heading pending after a
 * table, a cover title under it: a PDF's page header of both, the part
 * first (第二部分 预算项目绩效目标 over 测试局2025年部门预算绩效文本), as
 * a part heading under a title waits with it (noise.part)?  Read at once
 * as a new filing's cover, it cut the table, and the rows after it were
 * lost as cover text.  The first of titles in a row is the one kept.
 */
static int title_under(pb_splitter *sp, pb_line_class cls, const char *key, size_t kl)
{
	if (cls != PB_L_COVER_TITLE || sp->noise.off || !part_over_table(sp))
		return 0;
	if (!sp->restart.under_line) {
		int kind = title_kind(sp, key, kl, &sp->noise.title);
		sp->restart.under_kind = kind < 0 ? 2 : kind;
		sp->restart.under_off = sp->doc.text.len;
		sp->restart.under_line = sp->lineno;
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
		return sp->restart.under_kind == 0 || !sp->table.code_seen;
	if (cls == PB_L_TABLE_TITLE || cls == PB_L_TITLE_HALF)
		return sp->restart.under_kind <= 1 && !restarts(sp, cls, key, kl);
	return row || (kl && key[0] == '|');
}

/* The title under the part heading (title_under) begins a filing, as it
 * did read alone: the heading stays a part of the doc before, and text
 * that waited under it before the title is a block of its own. */
static int under_filing(pb_splitter *sp)
{
	if (sp->restart.wait && sp->restart.wait_off < sp->restart.under_off)
		sp_open_block(sp, PB_BLK_OTHER, sp->restart.wait_off, sp->restart.wait_line, NULL, 0);
	sp->restart.line = sp->restart.wait = 0;
	int r = new_filing(sp, sp->restart.under_off, sp->restart.under_line);
	if (r)
		return r;
	/* its title, known again for its own running headers */
	pb_buf_reset(&sp->doc_title);
	return pb_buf_add(&sp->doc_title, sp->noise.title.ptr, sp->noise.title.len);
}

/* The line after a pending part heading is read (cls, key; grid: a
 * tab-grid row, sp_grid_row, or a markdown or HTML one, markup_row): the
 * doc restarts at the heading, the heading joins the table it cut, or it
 * stays a part.  Out of sp_line() (rare, and sp_line() is hot).  0, or -1 out
 * of memory. */
static PB_NOINLINE int settle_part(pb_splitter *sp, pb_line_class cls, const char *key, size_t kl,
                                   int grid)
{
	pb_doc *d = &sp->doc;
	pb_block *b = sp_cur(sp);
	int here = b && b->kind == PB_BLK_PART && b->off == sp->restart.off;
	if (here && restarts(sp, cls, key, kl))
		return restart_doc(sp); /* the new doc has none pending */
	sp->restart.line = 0;
	/* rows of the table before it go on, or its 项目编码 row comes: a
	 * running page header amid them, which stays in the table (cut off,
	 * its rows were lost) */
	int row = cls == PB_L_PROJECT_CODE ? !sp->table.code_seen
	          : (grid || (kl && key[0] == '|')) && cls != PB_L_TABLE_TITLE &&
	                    cls != PB_L_TITLE_HALF;
	if (here && row && d->nblocks >= 2 && d->blocks[d->nblocks - 2].kind == PB_BLK_PROJECT_TABLE)
		d->nblocks--;
	else if (here && sp->restart.wait) /* the text that waited is the part's */
		sp_open_block(sp, PB_BLK_OTHER, sp->restart.wait_off, sp->restart.wait_line, NULL, 0);
	sp->restart.wait = 0;
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
 * off.  The next table decides whether it was the part's (sp_start_table).
 */
static void part_unit_at(pb_splitter *sp, const char *key, size_t kl, size_t off)
{
	int loose;
	const char *cur = pb_unit_currency(key, kl, &loose);
	if (!cur)
		return;
	if (sp->part_unit.nrun == (int)(sizeof sp->part_unit.run / sizeof sp->part_unit.run[0])) {
		/* a table starts no more than a few lines above its 项目编码
		 * row: the oldest is the part's */
		sp->part_unit.unit = sp->part_unit.run[0].unit;
		memmove(sp->part_unit.run, sp->part_unit.run + 1,
		        sizeof sp->part_unit.run - sizeof sp->part_unit.run[0]);
		sp->part_unit.nrun--;
	}
	sp->part_unit.run[sp->part_unit.nrun].off = off;
	sp->part_unit.run[sp->part_unit.nrun++].unit = cur;
	sp->part_unit.part = sp->part.cur;
}

/* A line of text outside the tables, s[0..n): a unit label alone?
 * Tested on the raw line first (it ends in 元, a bracket or markdown's
 * emphasis, and holds 元), so that few keys are built. */
static PB_NOINLINE void unit_text_line(pb_splitter *sp, const char *s, size_t n, size_t off)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '|'))
		n--;
	if (n < 5 || n > 200) /* (元) to a long heading's end */
		return;
	unsigned last = (unsigned char)s[n - 1];
	if (!(last == 0x83 || last == 0x89 || last == ')' || last == '*' || last == '_'))
		return;
	/* every label names its currency, and not all name 单位 (金额：元,
	 * （元）: missed, the tables after them were read in 万元) */
	size_t i = 0;
	while (i + 3 <= n && memcmp(s + i, "元", 3))
		i++;
	if (i + 3 > n)
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
	if (p != sp->part_unit.part) {
		sp->part_unit.unit = NULL;
		sp->part_unit.nrun = 0;
	}
	sp->part.cur = p;
	if (sp->seen_table && !sp->part.from_toc && (p <= sp->part.max || !sp->part.max)) {
		sp->restart.off = off;
		sp->restart.line = line;
		sp->restart.wait = 0;
		sp->restart.part = p;
	}
	if (p > sp->part.max)
		sp->part.max = p;
}

/* The line onto the doc's text: its offset there, or (size_t)-1 when
 * out of memory.  The doc's encoding needs no setting per line:
 * pb_splitter_encoding sets it, and emit_doc for a doc begun after. */
size_t sp_append_line(pb_doc *d, const pb_line *ln)
{
	size_t off = d->text.len;
	return pb_buf_add(&d->text, ln->ptr - ln->feed, ln->len + ln->feed) < 0 ? (size_t)-1 : off;
}

/* Can s[0..n), n > 0, end in a blank that is not ASCII (wide_blank_end's
 * set: U+00A0, U+00AD, U+180E, U+2000..U+206F's blanks and format
 * characters, U+3000, U+FEFF)?  Told by its last bytes, no decoding:
 * most lines end in a CJK character or punctuation (。 is E3 80 82,
 * ） EF BC 89), and decoding each one's last character cost 20 M of
 * pbtable's 825 M instructions on five bench corpus files (callgrind). */
static PB_ALWAYS_INLINE int may_end_wide_blank(const unsigned char *u, size_t n)
{
	unsigned char c = u[n - 1];
	if (c < 0x80)
		return c == ' ' || c == '\t';
	if (n >= 2 && u[n - 2] == 0xC2)
		return c == 0xA0 || c == 0xAD;
	if (n < 3)
		return 0;
	switch (u[n - 3]) {
	case 0xE1: return u[n - 2] == 0xA0 && c == 0x8E;
	case 0xE2: /* U+2000..U+200F, U+202A..U+202E, U+2060..U+206F; not “ ” — … */
		return (u[n - 2] == 0x80 && (c <= 0x8F || (c >= 0xAA && c <= 0xAE))) ||
		       (u[n - 2] == 0x81 && c >= 0xA0 && c <= 0xAF);
	case 0xE3: return u[n - 2] == 0x80 && c == 0x80;
	case 0xEF: return u[n - 2] == 0xBB && c == 0xBF;
	default: return 0;
	}
}

/*
 * Where the blanks at the end of s[0..n) begin when they hold one that
 * is not ASCII (U+3000, a no-break space, U+2000..U+200A, or a character
 * that prints nothing: pb_is_space, pb_is_invisible): at the first such
 * one, the ASCII blanks before it kept (a grid row's empty cells).
 * Else n.  WHY: the line tests here trim ASCII blanks only, so a toc
 * entry with a U+3000 or no-break space after its page number (一、总体
 * 绩效目标.....\t1\u3000, as a PDF's justified line or a DOCX's tab
 * stop leaves it) was no entry any more: it ended the toc, and its
 * entries became part and other blocks.  Blanks at a line's end are
 * no one's text, and a line of them alone is blank.
 */
static size_t wide_blank_end(const char *s, size_t n)
{
	size_t i = n, cut = n;
	while (i) {
		unsigned char c = (unsigned char)s[i - 1];
		if (c < 0x80) {
			if (c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f')
				break;
			i--;
			continue;
		}
		size_t j;
		if (!may_end_wide_blank((const unsigned char *)s, i) ||
		    (j = pb_wide_blank_before(s, i)) == i)
			break;
		cut = i = j;
	}
	return cut;
}

/* ln, or in *bare ln without its blanks at the end from a wide one on
 * (wide_blank_end): most lines end in a character, ASCII or not, that
 * is no blank, and are told so by their last bytes (may_end_wide_blank) */
static PB_ALWAYS_INLINE const pb_line *wide_less(const pb_line *ln, pb_line *bare)
{
	size_t n = ln->textlen, e;
	if (!n || !may_end_wide_blank((const unsigned char *)ln->ptr, n) ||
	    (e = wide_blank_end(ln->ptr, n)) == n)
		return ln;
	*bare = *ln;
	bare->textlen = e;
	return bare;
}

/*
 * ln, or in *bare ln past the form feeds it starts with (its feed: the
 * text keeps them).  WHY: a converter that prints a page break as a
 * form feed puts it before the next page's first line, and the line is
 * read by its first bytes: \f### 三、工作保障措施 or a toc's
 * \f----\t--- was no heading or rule, \f\t… no cell.  Past them, the
 * line is read as if the page had broken without one; a line of them
 * alone is blank.  A vertical tab there is read past too: Word writes
 * its manual line break as one, and a converter keeps it at the start
 * of the line it broke (\v### 一、总体绩效目标, \v\t项目编码).
 */
static PB_ALWAYS_INLINE const pb_line *feed_less(const pb_line *ln, pb_line *bare)
{
	size_t i = pb_line_feeds(ln->ptr, ln->textlen);
	if (!i)
		return ln;
	*bare = *ln;
	bare->ptr += i;
	bare->len -= i;
	bare->textlen -= i;
	bare->feed += i;
	return bare;
}

/*
 * The first line (not blank) after a table title read in Part 1's text
 * (under 一、 二、 or 三、, before any table): does the table go on?  A
 * sub-goal or measure may end in the words of a title
 * (2.规范编制项目支出绩效目标表): read as a table, it made a phantom
 * project, and the real 第二部分 after it a second filing.  A table goes
 * on with its unit lines, its 项目编码 row, its cells or another title;
 * prose, a numbered line or a heading undo it, and the title is the
 * text of the block it stood in.  Out of sp_line(): rare.
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
	    sp_cur(sp)->kind != PB_BLK_PROJECT_TABLE)
		return;
	d->nblocks--; /* the block before goes on over the title */
	sp->title_ext.block = 0;
	sp->seen_table = sp->table.code_seen = sp->table.unit_pending = sp->table.title_half = 0;
	sp->table.no = 0;
	sp->table.tail_off = 0;
	sp->table.tail_line = 0;
}

/*
 * A line without a tab, of a title's class, read in a table past its
 * 项目编码 row: a cell's paragraph may read so (2.实现年度绩效目标 among
 * the goals, 详见项目绩效目标表, a numbered paragraph of a description),
 * and it cut the table there: its indicators went to a phantom project.
 * The table it cut (the current block), as it stands before the line
 * (at off / line) is read, is kept in sp->cell_title.cut; see cell_title.
 */
void sp_table_save(const pb_splitter *sp, struct sp_table_state *c)
{
	c->code_at = sp->table.code_at;
	c->tail_off = sp->table.tail_off;
	c->tail_line = sp->table.tail_line;
	c->part_unit = sp->part_unit.unit;
	c->tabbed = sp->table.tabbed;
	c->unit_pending = sp->table.unit_pending;
	c->head_lines = sp->table.head_lines;
	c->no = sp->table.no;
	c->title_half = sp->table.title_half;
	c->nrun = sp->part_unit.nrun;
}

void sp_table_restore(pb_splitter *sp, const struct sp_table_state *c)
{
	sp->table.code_seen = 1;
	sp->table.code_at = c->code_at;
	sp->table.tail_off = c->tail_off;
	sp->table.tail_line = c->tail_line;
	sp->part_unit.unit = c->part_unit;
	sp->table.tabbed = c->tabbed;
	sp->table.unit_pending = c->unit_pending;
	sp->table.head_lines = c->head_lines;
	sp->table.no = c->no;
	sp->table.title_half = c->title_half;
	sp->part_unit.nrun = c->nrun;
}

static void cell_title_cut(pb_splitter *sp, size_t off, long line)
{
	struct sp_table_state *c = &sp->cell_title.cut;
	sp_table_save(sp, c);
	/* the line, read as text of the table, began its tail */
	if (!sp->table.tail_off) {
		c->tail_off = off;
		c->tail_line = line;
	}
}

/*
 * The first line after such a title (not blank) that settles it: the
 * title is one when its table's head follows (表, the department or 单位
 * line, the 项目编码 or 项目名称 row: sp_head_line), or anything but a
 * cell; a cell or row of a table's body (一级指标, a value) makes it the
 * cut table's paragraph, and that table goes on over it.  Plain text
 * waits, two lines at most (the cell's next paragraph: 3.…), and so does
 * a page's noise.  Out of sp_line(): rare.
 */
static PB_NOINLINE void cell_title(pb_splitter *sp, pb_line_class cls, int tabbed, const char *s,
                                   size_t n, const char *key, size_t kl)
{
	pb_doc *d = &sp->doc;
	pb_block *b = sp_cur(sp);
	int waited = sp->cell_title.pending;
	int title = cls == PB_L_TABLE_TITLE || cls == PB_L_TITLE_HALF;
	sp->cell_title.pending = 0;
	/* (a title's tail, a 项目编码 row, a part heading: a table's title;
	 * so is a title in a cell, \t…绩效目标表) */
	if (!b || b->off != sp->cell_title.off || b->kind != PB_BLK_PROJECT_TABLE ||
	    d->nblocks <= (size_t)sp->cell_title.blocks ||
	    d->blocks[d->nblocks - 1 - sp->cell_title.blocks].kind != PB_BLK_PROJECT_TABLE ||
	    n > PB_HEADING_MAX || (title && tabbed) ||
	    (cls != PB_L_TEXT && cls != PB_L_NUMBERED && cls != PB_L_COVER_TITLE && !title))
		return;
	if (plain_key(sp, s, n, &key, &kl) < 0 || !kl)
		return;
	int pipe = key[0] == '|';
	if (!tabbed && !pipe && pb_page_noise(key, kl, d->dept)) {
		sp->cell_title.pending = waited;
		return;
	}
	/* the cell's next paragraph reads as a title too (2、…绩效目标 then
	 * 3.…详见绩效目标表): it opens its table, pending with this one's */
	if (!pipe && title) {
		if (waited < 3)
			sp->cell_title.pending = waited + 1;
		return;
	}
	if (cls == PB_L_COVER_TITLE || sp_head_line(key, kl, d->dept) ||
	    (!tabbed && !pipe && markup_row(s, n))) /* an HTML table's tags */
		return;
	if (!tabbed && !pipe) {
		if (waited < 3)
			sp->cell_title.pending = waited + 1;
		return;
	}
	const struct sp_table_state *c = &sp->cell_title.cut;
	d->nblocks -= (size_t)sp->cell_title.blocks; /* the table before goes on over the titles */
	sp->title_ext.block = 0;
	sp_table_restore(sp, c);
}

/* Has s[0..n) a full stop (。)?  Part 1's text is sentences; a toc's
 * headings, a cover's lines and a page's header are not. */
static int has_stop(const char *s, size_t n)
{
	/* 。 is E3 80 82: memchr to each E3 (asked of every line before a
	 * doc's first table, a loop of memcmp cost pbsplit 4% more) */
	for (const char *p = s, *e = s + n; (p = memchr(p, '\xE3', (size_t)(e - p))) != NULL; p++)
		if (e - p >= 3 && p[1] == '\x80' && p[2] == '\x82')
			return 1;
	return 0;
}

/* What a line (at off, of class cls, in block b) of a doc without tables
 * tells filing_after: part 1's text read (a sentence under 一、 二、 or
 * 三、, which a toc's headings are not), a later part's heading after
 * it, and the run of short lines of text it ends or goes on (a
 * department's name above a cover title). */
static void p1_state(pb_splitter *sp, const pb_block *b, pb_line_class cls, int tabbed,
                     const char *s, size_t n, size_t off)
{
	int text = (cls == PB_L_TEXT || cls == PB_L_NUMBERED) && !tabbed;
	int stop = text && (!sp->next_cover.past_p1 || !sp->next_cover.line) ? has_stop(s, n) : 0;
	if (!sp->next_cover.past_p1 && stop && p1_block(b->kind))
		sp->next_cover.past_p1 = 1;
	else if (sp->next_cover.past_p1 == 1 && (cls == PB_L_PART2 || cls == PB_L_PART) &&
	         b->kind == PB_BLK_PART && !sp->part.from_toc)
		sp->next_cover.past_p1 = 2;
	if (sp->next_cover.line)
		return;
	if (text && !stop && n <= PB_HEADING_MAX) {
		if (!sp->next_cover.run_n || sp->next_cover.run_last + 1 != sp->lineno) {
			sp->next_cover.run_n = 0;
			sp->next_cover.run_off = off;
			sp->next_cover.run_line = sp->lineno;
		}
		sp->next_cover.run_n++;
		sp->next_cover.run_last = sp->lineno;
	} else {
		sp->next_cover.run_n = 0;
	}
}

/*
 * A doc without tables, past its part 1's text (next_cover.past_p1):
 * does the line begin the next filing of the stream?  A filing
 * without projects (its part 2 says 本部门无预算项目), or one cut before
 * its tables (images in the PDF), has no table for the next filing to
 * follow, and that filing
 * (cover, toc, part 1, tables and all) was read into it: its projects
 * took this one's year, and pbsum -g year put them under it, without a
 * word.  A cover title begins one when the cover's own lines follow it
 * (编制 or 审核, 目录, or 第一部分 after the doc's part 2): a running page
 * header (the doc's title again, its page number, the department, a
 * draft mark) has body text under it, and stays in the doc.  Up to four
 * lines of text wait with the title (a department set on two lines, the
 * draft mark), blank lines and page numbers too.  After the doc's part
 * 2, a 目录 or 第一部分 begins one without a cover.  The lines of text
 * right above the title (its department) go with it.  0, or -1 out of
 * memory; *key moves to sp->key when a filing begins (the cover reader
 * uses the scratch it may be in).
 */
static PB_NOINLINE int filing_after(pb_splitter *sp, pb_line_class cls, int tabbed, const char *s,
                                    size_t n, const char **key, size_t *kl)
{
	pb_doc *d = &sp->doc;
	const char *k = *key;
	size_t l = *kl, from = (size_t)-1;
	long from_line = sp->lineno;
	int part2 = sp->next_cover.past_p1 == 2;

	if (sp->next_cover.line) {
		int text = (cls == PB_L_TEXT || cls == PB_L_NUMBERED) && !tabbed;
		if (text && plain_key(sp, s, n, &k, &l) < 0)
			return -1;
		if (cls == PB_L_TOC_HEAD || (cls == PB_L_PART1 && part2) ||
		    (text && l && sp_cover_label_line(k, l))) {
			from = sp->next_cover.run_n ? sp->next_cover.run_off : sp->next_cover.off;
			from_line = sp->next_cover.run_n ? sp->next_cover.run_line
			                                 : sp->next_cover.line;
		} else if ((cls == PB_L_COVER_TITLE ||
		            (text && l && k[0] != '|' && !has_stop(s, n))) &&
		           sp->next_cover.wait++ < 4) {
			return 0; /* more of the cover, or of the page's header */
		} else {
			sp->next_cover.line = 0; /* a page header: the doc goes on */
			sp->next_cover.run_n = 0;
			if (cls == PB_L_COVER_TITLE || !(part2 && (cls == PB_L_TOC_HEAD || cls == PB_L_PART1)))
				return 0;
		}
	}
	if (from == (size_t)-1) {
		if (cls == PB_L_COVER_TITLE) {
			size_t to;
			/* (a department on three lines at most, right above) */
			if (sp->next_cover.run_n > 3 || sp->next_cover.run_last + 1 != sp->lineno)
				sp->next_cover.run_n = 0;
			pb_buf_reset(&sp->next_cover.title);
			if (pb_cover_year(k, l, &to) &&
			    sp_cover_title(&sp->next_cover.title, k, l, to) < 0)
				return -1;
			sp->next_cover.off = d->text.len;
			sp->next_cover.line = sp->lineno;
			sp->next_cover.wait = 0;
			return 0;
		}
		if (!part2 || (cls != PB_L_TOC_HEAD && cls != PB_L_PART1))
			return 0;
		pb_buf_reset(&sp->next_cover.title);
		if (sp->next_cover.run_n > 3 || sp->next_cover.run_last + 1 != sp->lineno)
			sp->next_cover.run_n = 0;
		from = sp->next_cover.run_n ? sp->next_cover.run_off : (size_t)-1;
		from_line = sp->next_cover.run_n ? sp->next_cover.run_line : sp->lineno;
	}
	if (*key != sp->key.ptr) {
		pb_buf_reset(&sp->key);
		if (pb_buf_add(&sp->key, *key, *kl) < 0)
			return -1;
		*key = sp->key.ptr;
	}
	pb_buf t = sp->next_cover.title;
	sp->next_cover.title = (pb_buf)PB_BUF_INIT; /* the new doc's, past the reset */
	if (from != (size_t)-1)
		while (d->nblocks > 1 && d->blocks[d->nblocks - 1].off >= from)
			d->nblocks--;
	long line = sp->lineno;
	int r = new_filing(sp, from, from_line);
	sp->lineno = line;
	pb_buf_reset(&sp->doc_title);
	if (!r && t.len && pb_buf_add(&sp->doc_title, t.ptr, t.len) < 0)
		r = -1;
	pb_buf_reset(&t);
	sp->next_cover.title = t;
	return r;
}

/*
 * The length of the line s[0..n) without its trailing tabs (and the
 * blanks among them) when they are its only tabs and what is before them
 * is a heading, a title or a piece of one (1.…绩效目标 above 表,
 * …绩效目标表, 表, 第二部分): else n.  WHY: a DOCX extraction leaves a
 * stray tab after a cell-per-line title's first line now and then; read as a grid row, the line was no
 * numbered line and its 表 below joined nothing, so the table lost its
 * title, department and department code without a word (and with one on
 * every line, no heading was read at all).  A trailing tab parts no
 * cells.  Plain text keeps its tabs: 产出指标 then empty cells is a grid
 * row, and so are a 项目编码 row and a contents entry.
 */
static PB_NOINLINE size_t title_less_tabs(pb_splitter *sp, const char *s, size_t n)
{
	size_t e = n;
	pb_line_class c;
	const char *k;
	size_t kl;

	while (e && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (!e || e > PB_HEADING_MAX || memchr(s, '\t', e) ||
	    pb_linememo_classify(sp->memo, s, e, &sp->key, &k, &kl, &c) < 0)
		return n;
	return c != PB_L_TEXT && c != PB_L_BLANK && c != PB_L_TOC_ENTRY && c != PB_L_PROJECT_CODE ? e : n;
}

/* ln, or in *bare ln without the trailing tabs of a heading or title
 * (title_less_tabs); *tabbed 0 then */
static const pb_line *bare_line(pb_splitter *sp, const pb_line *ln, pb_line *bare, int *tabbed)
{
	size_t n = ln->textlen;
	if (!*tabbed || !n || (ln->ptr[n - 1] != '\t' && ln->ptr[n - 1] != ' ') ||
	    (n = title_less_tabs(sp, ln->ptr, n)) == ln->textlen)
		return ln;
	*bare = *ln;
	bare->textlen = n;
	*tabbed = 0;
	return bare;
}

/*
 * A page's running header of two lines, the department over the title
 * (某某局 / 2025年部门预算绩效文本 7), under a part heading before the
 * doc's tables: the department's line opened a block of text (no cover
 * names it before the doc's tables, or it is not a cover line alone),
 * and the title under it, key[0..kl), shows that line to be the
 * header's.  The block goes, and the lines stay in the heading's block
 * (sp_break_noise takes the title): it parted 第一部分 / header /
 * 部门整体绩效目标 into two part blocks.  Only a block of that one short
 * line, right above the title, goes.
 */
static PB_NOINLINE void header_dept_back(pb_splitter *sp, int tabbed, const char *key, size_t kl)
{
	pb_doc *d = &sp->doc;
	pb_block *b = sp_cur(sp);
	size_t o, at, pn = kl ? pb_page_number_at(key, kl) : 0;

	if (tabbed || !pn || pb_cover_year(key, pn, &o) <= 0 || !b || b->kind != PB_BLK_OTHER ||
	    d->nblocks < 2 || b[-1].kind != PB_BLK_PART || sp->restart.line || sp->seen_table)
		return;
	const char *t = d->text.ptr + b->off;
	size_t len = d->text.len - b->off;
	at = sp_doc_eol(sp, b->off, d->text.len) - b->off;
	if (!at || at > PB_HEADING_MAX || at >= len || (t[at] == '\r' && at + 1 < len && t[at + 1] == '\n'
	                                                 ? at + 2 : at + 1) != len ||
	    pb_blank(t, at) || pb_has_tab(t, at) || has_stop(t, at))
		return;
	d->nblocks--;
	sp->title_ext.block = 0;
}

/*
 * sp_line reads a line in phases, each a function below, in the order
 * sp_line calls them; what one phase learns of the line, the next reads
 * in a line_read.  PB_ALWAYS_INLINE makes them one function again, as
 * sp_line was before it was cut, its line_read in registers: left to
 * GCC, classify_line and text_line went out of line, the line_read into
 * memory with them, and pbsplit ran 2.5% more instructions (callgrind,
 * five bench corpus files).
 */

/* A line as sp_line's phases read it */
typedef struct {
	const pb_line *ln;    /* less form feeds, wide blanks, a title's trailing tabs */
	const char *s;        /* its text, s[0..n) */
	size_t n;
	int tabbed;           /* s holds a tab */
	pb_line_class cls;
	const char *key;      /* the line's key, where it is read (kl 0: not read) */
	size_t kl;
	int one_line_table;   /* 1: a whole HTML table, 项目编码 row and all */
	pb_block *b;          /* the doc's current block, as the last phase left it */
	size_t off;           /* where the line is in the doc's text, once appended */
	/* the table this line may cut (cell_title_cut), when it opens one:
	 * its block's offset ((size_t)-1: none); chain: the line goes on
	 * from a title pending so (cell_title) */
	size_t cut;
	int chain;
} line_read;

/*
 * The line's class, and its key where the class needs one: most lines
 * are told by cheaper tests (too long for a heading, blank, a grid row,
 * plain text), and a whole HTML table on one line by its first rows
 * (sp_html_table_line).  First: every phase after reads the class.  0,
 * or -1 out of memory.
 */
static PB_ALWAYS_INLINE int classify_line(pb_splitter *sp, line_read *rd)
{
	const char *s = rd->s;
	size_t n = rd->n;
	pb_line_class cls;
	const char *key = "";
	size_t kl = 0;

	if (n > PB_HEADING_MAX) {
		/* too long for a heading: the key is not needed */
		cls = pb_classify(s, n, "", 0);
	} else if (pb_blank(s, n)) {
		cls = PB_L_BLANK;
	} else if (rd->tabbed && pb_row_class(s, n, &cls)) {
		/* a grid row, its key unread (see pb_row_class) */
	} else if (pb_plain_text(s, n)) {
		/* nothing reads the key of a plain line (a unit line starts
		 * with digits, a numbered one too) */
		cls = PB_L_TEXT;
	} else if (pb_linememo_classify(sp->memo, s, n, &sp->key, &key, &kl, &cls) < 0) {
		return -1;
	}
	rd->one_line_table = 0;
	/* only a line that opens with a tag may be one (sp_html_table_line asks
	 * the same): a search for '<' in every line cost pbsplit 1.3% */
	size_t lead = 0;
	while (lead < n && s[lead] == ' ')
		lead++;
	if (!rd->tabbed && cls != PB_L_BLANK && lead < n && s[lead] == '<' &&
	    (rd->one_line_table = sp_html_table_line(sp, s, n, &cls, &key, &kl)) < 0)
		return -1;
	rd->cls = cls;
	rd->key = key;
	rd->kl = kl;
	return 0;
}

/*
 * The class as the line's place makes it: a heading or title with a
 * page number before the doc's tables is a toc entry, even without a
 * 目录 heading above it; past a table's 项目编码 row, a line worded as
 * Part 1's measures heading is a cell's text (a goal, a cell per line):
 * taken for the heading, it cut the table there.  Before any phase acts
 * on the class.
 */
static PB_ALWAYS_INLINE void class_in_place(pb_splitter *sp, line_read *rd)
{
	const pb_block *b = rd->b;
	const char *s = rd->s;
	size_t n = rd->n;

	if (rd->tabbed && (!b || b->kind != PB_BLK_PROJECT_TABLE) &&
	    sp_tabbed_toc_entry(sp, b, rd->cls, s, n))
		rd->cls = PB_L_TOC_ENTRY;
	else if (!rd->tabbed && !sp->seen_table && rd->cls != PB_L_TOC_ENTRY &&
	         rd->cls != PB_L_BLANK && n > 1 && n <= PB_HEADING_MAX && pb_ends_in_digit(s, n) &&
	         sp_spaced_toc_entry(sp, b, s, n))
		rd->cls = PB_L_TOC_ENTRY;
	else if (!rd->tabbed && !sp->seen_table && rd->cls != PB_L_TOC_ENTRY &&
	         rd->cls != PB_L_BLANK && n > 3 && n <= PB_HEADING_MAX &&
	         sp_leader_toc_entry(sp, b, s, n))
		rd->cls = PB_L_TOC_ENTRY;
	if (rd->cls == PB_L_MEASURES && b && b->kind == PB_BLK_PROJECT_TABLE && sp->table.code_seen)
		rd->cls = PB_L_TEXT;
}

/*
 * The guesses earlier lines made about a table, settled or kept waiting
 * by this one: a 项目编码 line repeated (top_again: this line, if no gap
 * between rows, repeats more of the table or settles what the repeat
 * is), a table title in Part 1's text (part1_title), a title read in a
 * table's cell (cell_title), the last two at the first line not blank.
 * Each may undo a table block or go on with the table it cut: before
 * the phases that ask what the current block is.
 */
static PB_ALWAYS_INLINE void settle_table_guesses(pb_splitter *sp, line_read *rd)
{
	if (sp->top_again.from && !sp_gap_line(rd->s, rd->n) && !sp_top_again(sp, rd->ln, rd->cls))
		rd->b = sp_cur(sp);
	if (sp->p1_title && rd->cls != PB_L_BLANK) {
		part1_title(sp, rd->cls, rd->s, rd->n, rd->key, rd->kl, rd->tabbed);
		rd->b = sp_cur(sp);
	}
	if (sp->cell_title.pending && rd->cls != PB_L_BLANK) {
		cell_title(sp, rd->cls, rd->tabbed, rd->s, rd->n, rd->key, rd->kl);
		rd->b = sp_cur(sp);
	}
}

/*
 * A page header with its page number (2025年部门预算绩效文本 3) is no
 * cover title, but in a table it is the doc's own title: its class is
 * made so here, for the phases after, which tell a running header from
 * a new filing.  Then the key is copied out of the memo when those
 * phases may end the doc: the memo serves sp_cover_fields too.  0, or
 * -1 out of memory.
 */
static PB_ALWAYS_INLINE int header_class(pb_splitter *sp, line_read *rd)
{
	const pb_block *b = rd->b;
	pb_line_class cls = rd->cls;

	if (cls == PB_L_TEXT && rd->kl && sp->seen_table && b &&
	    (b->kind == PB_BLK_PROJECT_TABLE || part_over_table(sp)) &&
	    pb_page_number_at(rd->key, rd->kl) < rd->kl && running_header(sp, rd->key, rd->kl))
		rd->cls = cls = PB_L_COVER_TITLE;
	if (sp->seen_table && (cls == PB_L_COVER_TITLE || cls == PB_L_TOC_HEAD || cls == PB_L_PART1 ||
	                       ((sp->noise.off || sp->restart.line) && cls != PB_L_BLANK)) &&
	    rd->key != sp->key.ptr) {
		pb_buf_reset(&sp->key);
		if (pb_buf_add(&sp->key, rd->key, rd->kl) < 0)
			return -1;
		rd->key = sp->key.ptr;
	}
	return 0;
}

/*
 * A cover title pending in a table (noise.off): table rows after it go
 * on (the line was a running page header, kept in the table), or a new
 * filing started at it; a page number alone (- 3 -) decides nothing.  A
 * title not the doc's own needs a row, or the doc's next table by
 * number.  *waited: the line is text that waits under the title
 * (cell_rest).  Before the pending part heading (settle_part_pending):
 * a part heading under the title waits with it.  0, or what noise_filing
 * returned.
 */
static PB_ALWAYS_INLINE int settle_title_in_table(pb_splitter *sp, line_read *rd, int *waited)
{
	pb_line_class cls = rd->cls;
	const char *s = rd->s, *key = rd->key;
	size_t n = rd->n, kl = rd->kl;
	int tabbed = rd->tabbed;
	int in_table = rd->b && rd->b->kind == PB_BLK_PROJECT_TABLE;
	/* titles in a row, a part heading maybe between them (title, part,
	 * title: a header of three lines), all waiting with the first */
	int title_row = in_table || (sp->noise.off && sp->noise.part);

	/* A page header of two lines, or more (2025年度部门预算绩效目标 then
	 * 2025年部门预算绩效文本): the second title waits with the first
	 * (below).  Taken for a filing begun at the first, it cut the
	 * table, and its last rows were lost as cover text. */
	/* A part heading under the title (a header of both) waits too; then
	 * a table title goes on from the table only numbered on, as after
	 * a part heading alone (restarts) */
	if (sp->noise.off && kl && !pb_page_number_at(key, kl))
		sp->noise.numbered = 1;
	if (sp->noise.off && (cls == PB_L_PART2 || cls == PB_L_PART)) {
		if (!sp->noise.part) {
			sp->noise.part = cls == PB_L_PART2 ? 2 : 3;
			sp->noise.part_tail = sp->table.tail_off;
			sp->noise.part_tail_line = sp->table.tail_line;
		}
		return 0;
	}
	if (!sp->noise.off || cls == PB_L_BLANK || (kl && !pb_page_number_at(key, kl)) ||
	    (cls == PB_L_COVER_TITLE && title_row) ||
	    (cls == PB_L_TEXT && !tabbed && own_dept(sp, s, n, key, kl)) ||
	    (cls == PB_L_TEXT && !tabbed && own_draft(sp, s, n, key, kl)))
		return 0;
	int row = (tabbed || (kl && key[0] == '|') || markup_row(s, n)) &&
	          !(sp->noise.part && cls == PB_L_TOC_ENTRY);
	int title = (cls == PB_L_TABLE_TITLE || cls == PB_L_TITLE_HALF) &&
	            !((sp->noise.part || (sp->noise.draft && !sp_title_open(sp))) &&
	              restarts(sp, cls, key, kl));
	if (sp->noise.part) {
		sp->table.tail_off = sp->noise.part_tail;
		sp->table.tail_line = sp->noise.part_tail_line;
	}
	/* the end of the table's title the page break cut (1.某某绩效目标
	 * / header / 表): taken for a new filing's cover line, it began
	 * one at the header, and left an empty project before it */
	int title_end = cls == PB_L_TITLE_TAIL && sp->table.title_half && sp_title_open(sp);
	int goes_on = title_end ||
	              (!sp->noise.other ? row || title || cls == PB_L_PROJECT_CODE
	                                : (row && cls != PB_L_PROJECT_CODE) ||
	                                  (title && sp->noise.other == 1 &&
	                                   !restarts(sp, cls, key, kl)));
	if (!sp->table.tail_off || goes_on) {
		sp->noise.off = 0;
		sp->noise.wait = sp->noise.part = 0;
	} else if (cell_rest(sp, cls, tabbed, s, n, key, kl)) {
		sp->noise.wait++;
		*waited = 1;
	} else {
		int r = noise_filing(sp);
		sp->lineno = rd->ln->lineno;
		rd->b = sp_cur(sp);
		return r;
	}
	return 0;
}

/*
 * A part heading pending (restart.line, see restarts): decided at the
 * next line that is not blank, more of the heading, a page number or
 * the doc's department alone (a page header's second line, as under a
 * title above).  waited: the line waits under a title in a table
 * (settle_title_in_table), and so for the heading waiting with it:
 * settled at the line, the heading kept it and the table's rows after
 * it as a block of its part, and the rows were lost without a word.
 * *under: the line is a cover title that waits under the heading
 * (title_under).  Before new filings: such a title begins none yet.  0,
 * or what under_filing or settle_part returned.
 */
static PB_ALWAYS_INLINE int settle_part_pending(pb_splitter *sp, line_read *rd, int waited,
                                                int *under)
{
	pb_line_class cls = rd->cls;
	const char *s = rd->s, *key = rd->key;
	size_t n = rd->n, kl = rd->kl;
	int tabbed = rd->tabbed, r;

	if (!sp->restart.line || cls == PB_L_BLANK || waited || pb_is_part(cls) ||
	    (cls == PB_L_COVER_TITLE && sp->noise.off) || (kl && !pb_page_number_at(key, kl)) ||
	    (cls == PB_L_TEXT && !tabbed && own_dept(sp, s, n, key, kl)) ||
	    (*under = title_under(sp, cls, key, kl)) || part_wait(sp, cls, tabbed, s, n, key, kl))
		return 0;
	int row = tabbed ? sp_grid_row(s, n) || cell_goes_on(sp, s, n) : markup_row(s, n);
	if (sp->restart.under_line && !under_goes_on(sp, cls, key, kl, row))
		r = under_filing(sp);
	else
		r = settle_part(sp, cls, key, kl, row);
	sp->restart.under_line = 0;
	if (r)
		return r;
	sp->lineno = rd->ln->lineno;
	rd->b = sp_cur(sp);
	return 0;
}

/* A doc without tables, past its part 1's text: the line may begin the
 * next filing (filing_after).  0, or -1 out of memory. */
static PB_ALWAYS_INLINE int cover_after_p1(pb_splitter *sp, line_read *rd)
{
	if (!sp->next_cover.past_p1 || sp->seen_table || rd->cls == PB_L_BLANK)
		return 0;
	const char *key = rd->key;
	size_t kl = rd->kl;
	if (filing_after(sp, rd->cls, rd->tabbed, rd->s, rd->n, &key, &kl) < 0)
		return -1;
	rd->key = key;
	rd->kl = kl;
	rd->b = sp_cur(sp);
	return 0;
}

/*
 * A new filing in the same stream, after the doc's tables: a cover
 * title in a table is pending (noise.*, settled at a later line by
 * settle_title_in_table; of titles in a row the nearest the doc's own
 * decides, and the first is the title of the filing they may begin);
 * a cover title, 目录 or 第一部分 anywhere else begins the filing here,
 * with the table's tail above it.  under: the title waits under a part
 * heading (settle_part_pending).  After the pending guesses, which may
 * keep the line in the doc; before the line is appended, to go into the
 * doc it begins.  0, -1 out of memory, or what new_filing returned.
 */
static PB_ALWAYS_INLINE int new_filing_at(pb_splitter *sp, line_read *rd, int under)
{
	pb_line_class cls = rd->cls;
	int in_table = rd->b && rd->b->kind == PB_BLK_PROJECT_TABLE;

	if (cls == PB_L_COVER_TITLE && sp->seen_table &&
	    (in_table || (sp->noise.off && sp->noise.part))) {
		/* a page number after it (2025年部门预算绩效文本 3) is no
		 * part of the title */
		int pending = sp->noise.off != 0;
		int kind = title_kind(sp, rd->key, rd->kl, pending ? &sp->join : &sp->noise.title);
		kind = kind < 0 ? 2 : kind;
		if (!pending)
			sp->noise.first = kind;
		/* (the last of the row, the filing's own if it begins one) */
		pb_buf_reset(&sp->noise.last);
		if (pending && pb_buf_add(&sp->noise.last, sp->join.ptr, sp->join.len) < 0)
			return -1;
		if (!pending || kind < sp->noise.other)
			sp->noise.other = kind;
	} else if (sp->seen_table && !under &&
	           (cls == PB_L_COVER_TITLE || cls == PB_L_TOC_HEAD || cls == PB_L_PART1)) {
		int tail = in_table && sp->table.tail_off && sp->table.tabbed;
		long line = rd->ln->lineno;
		int r = new_filing(sp, tail ? sp->table.tail_off : (size_t)-1,
		                   tail ? sp->table.tail_line : line);
		sp->lineno = line;
		rd->b = sp_cur(sp);
		return r;
	}
	return 0;
}

/*
 * The line onto the doc's text, at rd->off, once the doc it belongs to
 * is known (the phases above may have begun another): the doc's first
 * line number set by its first line, and a running header's department
 * line taken back into the block above (header_dept_back) first.  Then
 * whether the line, a title in a table's cell, may cut that table
 * (rd->cut, rd->chain), kept before its block opens (open_blocks).  0,
 * or -1 out of memory.
 */
static PB_ALWAYS_INLINE int append_line(pb_splitter *sp, line_read *rd)
{
	pb_doc *d = &sp->doc;
	pb_line_class cls = rd->cls;

	if (d->text.len == 0 && !d->nblocks)
		d->line = rd->ln->lineno;
	if (!sp->seen_table && rd->kl && rd->b && rd->b->kind == PB_BLK_OTHER) {
		header_dept_back(sp, rd->tabbed, rd->key, rd->kl);
		rd->b = sp_cur(sp);
	}
	rd->off = sp_append_line(d, rd->ln);
	if (rd->off == (size_t)-1)
		return -1;

	const pb_block *b = rd->b;
	rd->cut = (size_t)-1;
	rd->chain = sp->cell_title.pending && b && b->off == sp->cell_title.off;
	if (b && b->kind == PB_BLK_PROJECT_TABLE && (sp->table.code_seen || rd->chain) &&
	    !rd->tabbed && !rd->one_line_table &&
	    (cls == PB_L_TABLE_TITLE || cls == PB_L_TITLE_HALF || cls == PB_L_TITLE_TAIL) &&
	    rd->kl && rd->key[0] != '|') {
		if (!rd->chain)
			cell_title_cut(sp, rd->off, rd->ln->lineno);
		rd->cut = b->off;
	}
	return 0;
}

/* A toc entry (open_blocks): in a toc, or begins one */
static PB_ALWAYS_INLINE void toc_entry_line(pb_splitter *sp, line_read *rd, pb_blk_kind k)
{
	pb_doc *d = &sp->doc;
	pb_block *b = rd->b;

	if (k == PB_BLK_TOC)
		return;
	if (k == PB_BLK_PART && sp->part.from_toc && d->nblocks >= 2) {
		/* "第二部分" inside the toc: it was a toc line after all */
		d->nblocks--;
		return;
	}
	if (k == PB_BLK_PART && !sp->seen_table && first_part(d)) {
		/* the doc's first part heading, then toc entries: a toc
		 * whose heading was lost (or not known), its first entry
		 * without a page number */
		b->kind = PB_BLK_TOC;
		b->title = sp_str(sp, "目录", strlen("目录"));
		sp->part.max = 0;
		return;
	}
	sp_open_block(sp, PB_BLK_TOC, rd->off, rd->ln->lineno, "目录", strlen("目录"));
}

/* A part heading (open_blocks): more of the part block's title, or a
 * part block; a unit at its end is stated for the part's tables */
static PB_ALWAYS_INLINE void part_line(pb_splitter *sp, line_read *rd, pb_blk_kind k)
{
	pb_block *b = rd->b;
	const char *key = rd->key;
	size_t kl = rd->kl;

	if (k == PB_BLK_PART && b) {
		if (b->title)
			sp_append_title(sp, b, " ", 1);
		sp_append_title(sp, b, key, kl);
	} else {
		sp->part.from_toc = k == PB_BLK_TOC;
		sp_open_block(sp, PB_BLK_PART, rd->off, rd->ln->lineno, key, kl);
		part_heading(sp, rd->cls, rd->off, rd->ln->lineno);
	}
	size_t u = pb_unit_tail(key, kl);
	if (u)
		part_unit_at(sp, key + u, kl - u, rd->off);
}

/* A table's title (open_blocks): the end of a title begun above, or a
 * table of its own */
static PB_ALWAYS_INLINE void table_title_line(pb_splitter *sp, line_read *rd, pb_blk_kind k)
{
	pb_block *b = rd->b;
	const pb_line *ln = rd->ln;
	size_t off = rd->off;
	size_t tl, to = pb_title_cell(rd->key, rd->kl, &tl);
	const char *t = rd->key + to;
	/* in Part 1's text, before any table: maybe prose (part1_title) */
	int p1 = !sp->seen_table && !rd->tabbed && (k == PB_BLK_OVERALL_GOAL ||
	                                            k == PB_BLK_SUB_GOALS || k == PB_BLK_MEASURES);
	/* 绩效目标表 alone under a line of text in another numbering
	 * or none (（一）某某项目): the title's end, as 表 alone is */
	if (pb_title_start(t, tl) ||
	    (!sp_wrapped_title(sp, b, ln, t, tl) &&
	     !sp_number_title(sp, b, ln, off, t, tl) &&
	     !(!rd->tabbed && tl >= 15 && pb_title_end_alone(t, tl) &&
	       sp_unnumbered_title(sp, b, ln, off, t, tl))))
		sp_start_table(sp, off, ln->lineno, t, tl);
	sp->p1_title = p1 && !rd->one_line_table && sp_cur(sp) &&
	               sp_cur(sp)->kind == PB_BLK_PROJECT_TABLE && sp_cur(sp)->off == off;
	/* its 项目编码 row read: the next one starts another table,
	 * and no line under it is the unit line */
	if (rd->one_line_table && sp_cur(sp) && sp_cur(sp)->kind == PB_BLK_PROJECT_TABLE &&
	    sp_cur(sp)->off == off) {
		sp->table.code_seen = 1;
		sp->table.unit_pending = sp->table.head_lines = 0;
	}
}

/* A title's end (表, 目标表: open_blocks): 1 when it ends a title
 * above, 0 when it is to be read as text */
static PB_ALWAYS_INLINE int title_tail_line(pb_splitter *sp, line_read *rd, pb_blk_kind k)
{
	pb_block *b = rd->b;
	const pb_line *ln = rd->ln;
	const char *key = rd->key;
	/* the title's end, without the unit label that may follow it
	 * (标表（单位：元）): that stays in the table for pbtable */
	size_t tl = pb_title_tail_len(key, rd->kl);

	if (k == PB_BLK_PROJECT_TABLE && sp->table.title_half &&
	    sp_title_neighbour(sp, ln, key, tl) && tl == 3) {
		sp_append_title(sp, b, "表", 3);
		sp->table.title_half = 0;
		return 1;
	}
	/* "…绩效" then "目标表": the numbered line must end in what
	 * this one lacks of 绩效目标表 */
	if (sp->prev.cls == PB_L_NUMBERED &&
	    pb_title_joins(sp->prev.key.ptr, sp->prev.key.len, key, tl) &&
	    sp_wrapped_title(sp, b, ln, key, tl))
		return 1;
	return sp_unnumbered_title(sp, b, ln, rd->off, key, tl);
}

/* A 项目编码 row (open_blocks): the table's top drawn again, or a table
 * of its own unless it is the first in the table its title began */
static PB_ALWAYS_INLINE void code_line(pb_splitter *sp, line_read *rd, pb_blk_kind k)
{
	pb_block *b = rd->b;
	const pb_line *ln = rd->ln;
	size_t off = rd->off;

	if (k == PB_BLK_PROJECT_TABLE && sp->table.code_seen && sp_code_again(sp, ln, off))
		return;
	if (sp->title_again.blk && sp_title_again(sp, ln, off))
		return;
	if (k != PB_BLK_PROJECT_TABLE || sp->table.code_seen) {
		/* its title a few lines up, else its unit lines (512001
		 * 某某局, 单位：元) and maybe a title over them */
		if (!b || ((k != PB_BLK_PROJECT_TABLE || !sp_title_above(sp, b, off, ln->lineno)) &&
		           !sp_unit_above(sp, b, off, ln->lineno)))
			sp_start_table(sp, off, ln->lineno, "", 0);
	}
	/* the unit line is above the 项目编码 row: below it, a purpose
	 * or goal line may start with six digits (150000 元用于…, 100000
	 * 亩…), and was taken for the department */
	sp->table.unit_pending = sp->table.head_lines = 0;
	sp->table.code_seen = 1;
	sp->table.code_at = off + 1;
}

/* A cover title (open_blocks): the doc's own on its cover, kept to know
 * it again; in a table, the first of titles in a row is pending
 * (noise.off).  1 when read, 0 when to be read as text too, -1 out of
 * memory. */
static PB_ALWAYS_INLINE int cover_title_line(pb_splitter *sp, line_read *rd, pb_blk_kind k)
{
	const char *key = rd->key;
	size_t kl = rd->kl;

	if (!rd->b || k == PB_BLK_COVER) {
		if (!rd->b)
			sp_open_block(sp, PB_BLK_COVER, rd->off, rd->ln->lineno, NULL, 0);
		size_t to;
		/* (in a doc begun at the last filing's page header, the
		 * first title of its own cover is its own: sp_cover_fields) */
		int own = sp->doc_at_header == 1;
		if ((!sp->doc_title.len || own) && pb_cover_year(key, kl, &to)) {
			sp->doc_at_header += own;
			if (sp_cover_title(&sp->doc_title, key, kl, to) < 0)
				return -1;
		}
		return 1;
	}
	if (k == PB_BLK_PROJECT_TABLE && sp->seen_table) {
		/* the doc's own title (else a new doc began above), a
		 * page header when rows follow it, maybe after its page
		 * number (- 3 -) on a line of its own */
		if (!sp->noise.off) { /* the first of titles in a row */
			sp->noise.off = rd->off;
			sp->noise.line = rd->ln->lineno;
			sp->noise.draft = 0;
			sp->noise.numbered = pb_page_number_at(key, kl) < kl;
			pb_buf_reset(&sp->noise.last);
		}
	}
	return 0;
}

/* A line of text, or of a class that opens no block of its own
 * (open_blocks): a cover's first line, or the end of a toc or of a part
 * heading */
static PB_ALWAYS_INLINE void text_line(pb_splitter *sp, line_read *rd, pb_blk_kind k)
{
	pb_line_class cls = rd->cls;
	size_t off = rd->off;
	long line = rd->ln->lineno;

	if (!rd->b) {
		sp_open_block(sp, PB_BLK_COVER, off, line, NULL, 0);
	} else if (k == PB_BLK_TOC && !rule_line(rd->s, rd->n) && cls != PB_L_BLANK) {
		sp_open_block(sp, PB_BLK_OTHER, off, line, NULL, 0);
	} else if (k == PB_BLK_PART && cls != PB_L_BLANK && !sp->restart.line &&
	           (rd->tabbed || !sp_break_noise(sp, cls, rd->s, rd->n, rd->key, rd->kl))) {
		/* (the department's name under a part heading still
		 * pending is the heading's: its table may go on.  A
		 * page break's noise is the heading's page's: as a
		 * block of text it parted 第一部分 / 3 / 部门整体绩效目标
		 * into two part blocks, and put one of its own
		 * before the part's first heading or table) */
		sp_open_block(sp, PB_BLK_OTHER, off, line, NULL, 0);
	}
}

/*
 * The block the line opens at rd->off, by its class, or the block it
 * goes on; the switch's cases are the functions above.  After the
 * line is appended: a block begins at its offset.  0, or -1 out of
 * memory.
 */
static PB_ALWAYS_INLINE int open_blocks(pb_splitter *sp, line_read *rd)
{
	pb_blk_kind k = rd->b ? rd->b->kind : PB_BLK_COVER;
	size_t off = rd->off;
	long line = rd->ln->lineno;
	int r;

	switch (rd->cls) {
	case PB_L_BLANK:
		if (!rd->b)
			sp_open_block(sp, PB_BLK_COVER, off, line, NULL, 0);
		break;
	case PB_L_TOC_HEAD:
		sp_open_block(sp, PB_BLK_TOC, off, line, rd->key, rd->kl);
		sp->toc.bare = 1;
		sp->toc.part = sp->toc.table = sp->toc.last = 0;
		sp->toc.from = (size_t)-1;
		pb_buf_reset(&sp->toc.keys);
		break;
	case PB_L_TOC_ENTRY:
		toc_entry_line(sp, rd, k);
		break;
	case PB_L_PART1:
	case PB_L_PART2:
	case PB_L_PART:
		part_line(sp, rd, k);
		break;
	case PB_L_OVERALL:
		sp_open_block(sp, PB_BLK_OVERALL_GOAL, off, line, rd->key, rd->kl);
		break;
	case PB_L_SUBGOALS:
		sp_open_block(sp, PB_BLK_SUB_GOALS, off, line, rd->key, rd->kl);
		break;
	case PB_L_MEASURES:
		sp_open_block(sp, PB_BLK_MEASURES, off, line, rd->key, rd->kl);
		break;
	case PB_L_TABLE_TITLE:
		table_title_line(sp, rd, k);
		break;
	case PB_L_TITLE_HALF:
		/* the second line of a title wrapped twice (1.公共文化服 / 务运行
		 * 经费绩效目标 / 表): its table starts at the numbered line */
		if (pb_title_start(rd->key, rd->kl) ||
		    !sp_wrapped_title(sp, rd->b, rd->ln, rd->key, rd->kl))
			sp_start_table(sp, off, line, rd->key, rd->kl);
		sp->table.title_half = 1;
		break;
	case PB_L_TITLE_TAIL:
		if (!title_tail_line(sp, rd, k))
			text_line(sp, rd, k);
		break;
	case PB_L_PROJECT_CODE:
		code_line(sp, rd, k);
		break;
	case PB_L_COVER_TITLE:
		if ((r = cover_title_line(sp, rd, k)) < 0)
			return -1;
		if (!r)
			text_line(sp, rd, k);
		break;
	default:
		text_line(sp, rd, k);
		break;
	}
	rd->b = sp_cur(sp);
	return 0;
}

/*
 * What the line read tells the lines after it, in the block it went to
 * (rd->b): the doc's part 1 text and a next cover's department
 * (p1_state), a chain of titles in a table's cell (cell_title), a
 * department's name wrapped (sp_dept_wrapped), a unit stated for the
 * part's tables, and in a table its unit and department lines and where
 * its tail begins.  After the blocks are opened: it reads the one the
 * line is in.  0, or -1 out of memory.
 */
static PB_ALWAYS_INLINE int note_line(pb_splitter *sp, line_read *rd)
{
	pb_doc *d = &sp->doc;
	pb_block *b = rd->b;
	pb_line_class cls = rd->cls;
	const char *s = rd->s, *key = rd->key;
	size_t n = rd->n, kl = rd->kl, off = rd->off;
	long line = rd->ln->lineno;
	int tabbed = rd->tabbed;

	if (!sp->seen_table && cls != PB_L_BLANK && b)
		p1_state(sp, b, cls, tabbed, s, n, off);
	if (rd->cut != (size_t)-1 && b && b->kind == PB_BLK_PROJECT_TABLE && b->off != rd->cut &&
	    d->nblocks >= 2 && b[-1].off == rd->cut) {
		sp->cell_title.blocks = rd->chain ? sp->cell_title.blocks + 1 : 1;
		sp->cell_title.pending = rd->chain ? sp->cell_title.pending : 1;
		sp->cell_title.off = b->off;
	}
	if (sp->dept_wrap.state != DEPT_WHOLE && cls != PB_L_BLANK && sp_dept_wrapped(sp, s, n, tabbed) < 0)
		return -1;
	/* a unit for the part's tables, under its heading */
	if (b && b->kind == PB_BLK_OTHER && cls == PB_L_TEXT)
		unit_text_line(sp, s, n, off);
	if (!b || b->kind != PB_BLK_PROJECT_TABLE || cls == PB_L_BLANK)
		return 0;
	if (sp->table.head_lines) {
		sp_head_unit(sp, b, s, n, b->line == line);
		sp->table.head_lines -= b->line != line;
	}
	if (sp->table.unit_pending && b->line != line) {
		sp->table.unit_pending--;
		if (!d->dept_code) {
			/* a markdown row's first cell (| 512001 某某局 |), as
			 * pbtable reads it: the bars made it no unit line, and
			 * the doc had the cover's name, without its code */
			const char *dk = key;
			size_t dl = kl;
			if (dl && key[0] == '|')
				dk = key + pb_title_cell(key, kl, &dl);
			int open = sp_take_dept(sp, dk, dl);
			if (d->dept_code) {
				sp->table.unit_pending = 0;
				/* a long name wraps onto a line of its own:
				 * the name's line is one too */
				sp->dept_wrap.state = open && !tabbed ? DEPT_REST_DUE : DEPT_WHOLE;
			}
		}
	}
	/* a 项目编码 line belongs to the table however it is laid out:
	 * never the start of a tail that the next filing would take
	 * (fuzz_split found one moved into the next cover) */
	int row = tabbed || markup_row(s, n);
	if (row || cls == PB_L_PROJECT_CODE) {
		sp->table.tail_off = 0;
		sp->table.tabbed |= row;
	} else if (!sp->table.tail_off && b->line != line && !pb_blank(s, n)) {
		sp->table.tail_off = off;
		sp->table.tail_line = line;
	}
	return 0;
}

/*
 * The line as the line before for the next (prev.*), unless it was a
 * piece of a numbered line's title read on, or page noise between two
 * such pieces (sp_title_gap, sp_title_piece): a title's pieces, and the
 * noise between them, follow a numbered line or one in 绩效目标 only.
 * Last: every phase above reads the line before as it was.
 */
static PB_ALWAYS_INLINE void note_prev_line(pb_splitter *sp, line_read *rd)
{
	pb_line_class cls = rd->cls;
	int piece = sp->prev.cls == PB_L_NUMBERED || sp->prev.cls == PB_L_TITLE_HALF;

	if (cls == PB_L_BLANK ||
	    (piece && (sp_title_gap(sp, cls, rd->tabbed, rd->s, rd->n, rd->key, rd->kl) ||
	               (sp->prev.cls == PB_L_NUMBERED &&
	                sp_title_piece(sp, rd->ln, cls, rd->tabbed, rd->key, rd->kl)))))
		return;
	sp->prev.cls = cls;
	sp->prev.off = rd->off;
	sp->prev.line = rd->ln->lineno;
	/* only a numbered line's key is ever read back (a title
	 * wrapped after its number): the copy is spared otherwise */
	if (cls == PB_L_NUMBERED) {
		pb_buf_reset(&sp->prev.key);
		if (pb_buf_add(&sp->prev.key, rd->key, rd->kl) < 0)
			sp->oom = 1;
	}
}

/*
 * pb_splitter_line for every line but an empty one inside a block and a
 * row of a table (table_row); tabbed: the line holds a tab.  The phases
 * in order: the line less what is no one's text; its class; the guesses
 * earlier lines left pending, each settled or kept waiting by this line
 * (a table's, a cover title in a table, a part heading after the
 * tables, a cover after a doc without tables, a toc without page
 * numbers), any of which may end the doc before the line; then the line
 * appended to its doc, the block it opens, and what it tells the lines
 * after it.
 */
PB_NOINLINE int sp_line(pb_splitter *sp, const pb_line *ln, int tabbed)
{
	pb_line bare, fed, wide; /* (toc_reread's lines come here as they were read) */
	line_read rd;
	int r, waited = 0, under = 0, held;

	/* what is no one's text: form feeds before it, blanks after it that
	 * are not ASCII, a title's trailing tabs */
	ln = feed_less(ln, &fed);
	const pb_line *full = ln;
	ln = wide_less(ln, &wide);
	if (ln != full)
		tabbed = pb_has_tab(ln->ptr, ln->textlen);
	ln = bare_line(sp, ln, &bare, &tabbed);
	rd.ln = ln;
	rd.s = ln->ptr;
	rd.n = ln->textlen;
	rd.tabbed = tabbed;
	rd.b = sp_cur(sp);
	sp->lineno = ln->lineno;

	if (classify_line(sp, &rd) < 0)
		return -1;
	class_in_place(sp, &rd);
	settle_table_guesses(sp, &rd);
	if (header_class(sp, &rd) < 0)
		return -1;
	if ((r = settle_title_in_table(sp, &rd, &waited)) != 0 ||
	    (r = settle_part_pending(sp, &rd, waited, &under)) != 0 ||
	    (r = cover_after_p1(sp, &rd)) != 0 || (r = new_filing_at(sp, &rd, under)) != 0)
		return r;
	if (sp->toc.bare && rd.cls != PB_L_BLANK &&
	    sp_bare_toc(sp, ln, rd.cls, rd.key, rd.kl, rd.tabbed, &held))
		return held; /* the toc held the line, or read it again */
	if (append_line(sp, &rd) < 0 || open_blocks(sp, &rd) < 0 || note_line(sp, &rd) < 0)
		return -1;
	note_prev_line(sp, &rd);
	return sp->oom ? -1 : 0;
}

/* A row of the table being read (tabbed, no 项目编码 cell, the unit line
 * found or not looked for any longer): of all sp_line() does, only the
 * append and the table's tail are left.  40% of a filing's lines. */
static int table_row(pb_splitter *sp, const pb_line *ln)
{
	pb_doc *d = &sp->doc;
	size_t off = sp_append_line(d, ln);

	if (off == (size_t)-1)
		return -1;
	if (!pb_blank(ln->ptr, ln->textlen)) {
		sp->table.tail_off = 0;
		sp->table.tabbed = 1;
		sp->prev.cls = PB_L_TEXT;
		sp->prev.off = off;
		sp->prev.line = ln->lineno;
	}
	return sp->oom ? -1 : 0;
}

/* An empty line in a block (a third of a filing's lines) only lengthens
 * it, and a table's row takes table_row: both here, before the registers
 * the rest needs are saved. */
int pb_splitter_line(pb_splitter *sp, const pb_line *ln)
{
	pb_doc *d = &sp->doc;
	pb_line fed, wide;
	ln = feed_less(ln, &fed);
	ln = wide_less(ln, &wide);
	size_t n = ln->textlen;

	if (!d->nblocks)
		return sp_line(sp, ln, pb_has_tab(ln->ptr, n));
	sp->lineno = ln->lineno;
	if (!n)
		return sp_append_line(d, ln) == (size_t)-1 || sp->oom ? -1 : 0;
	int tabbed = pb_has_tab(ln->ptr, n);
	pb_line bare; /* a title after a table, its trailing tab no cell's */
	ln = bare_line(sp, ln, &bare, &tabbed);
	n = ln->textlen;
	/* (under a numbered line, a running header with its page number in
	 * a cell of its own, last, may part a title's pieces: sp_title_gap) */
	if (tabbed && d->blocks[d->nblocks - 1].kind == PB_BLK_PROJECT_TABLE &&
	    !sp->table.unit_pending && !pb_code_cell(ln->ptr, n) && !sp->top_again.from &&
	    sp->dept_wrap.state == DEPT_WHOLE && !sp->noise.off &&
	    (sp->prev.cls != PB_L_NUMBERED || !pb_ends_in_digit(ln->ptr, n)))
		return table_row(sp, ln);
	return sp_line(sp, ln, tabbed);
}

int pb_splitter_finish(pb_splitter *sp)
{
	/* The doc's own title after its last table row with nothing after
	 * it but blanks or a page number (noise.off still pending) is the
	 * last page's running header: it stays in the doc.  Taken for the
	 * start of a filing, it made a phantom doc of a cover alone.  Text
	 * read under it (cell_rest), or a draft mark (own_draft), is a
	 * cover's after all. */
	if (sp->noise.off && (sp->noise.wait || sp->noise.draft) && sp->table.tail_off) {
		long last = sp->lineno; /* new_filing ends the old doc before the title */
		if (noise_filing(sp) < 0)
			return -1;
		sp->lineno = last;
	}
	/* So is a title under a part heading with nothing after them (the
	 * title stays in the heading's block), unless text waited under the
	 * title */
	if (sp->restart.line && sp->restart.under_line && sp->restart.wait &&
	    sp->restart.wait_off > sp->restart.under_off) {
		long last = sp->lineno;
		if (under_filing(sp) < 0)
			return -1;
		sp->lineno = last;
	} else if (sp->restart.line && sp->restart.wait) {
		pb_block *b = sp_cur(sp);
		if (b && b->kind == PB_BLK_PART && b->off == sp->restart.off)
			sp_open_block(sp, PB_BLK_OTHER, sp->restart.wait_off, sp->restart.wait_line, NULL, 0);
	}
	return emit_doc(sp);
}
