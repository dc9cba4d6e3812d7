/*
 * split_title.c - a project table's title (wrapped, unnumbered, under
 * its unit and department lines) and the unit and department lines
 * around it.
 */
#include "split_impl.h"

#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "compiler.h"
#include "heading.h"
#include "linememo.h"

/*
 * Append c[0..cn) to the title of b, the current block (a part heading
 * over several lines, 表 after a title's first half).  The arena frees
 * nothing before the doc ends, so a title extended line after line gets
 * room that doubles, and its length is kept: copying the whole title for
 * every line took time and memory quadratic in the lines (a filing of
 * 8,000 part heading lines, 352 KB, took 2.7 GB).
 */
void sp_append_title(pb_splitter *sp, pb_block *b, const char *c, size_t cn)
{
	size_t idx = (size_t)(b - sp->doc.blocks) + 1;
	int same = sp->title_ext.block == idx;
	size_t len = same ? sp->title_ext.len : b->title ? strlen(b->title) : 0;

	if (!same || sp->title_ext.room - len <= cn) {
		size_t room = len + cn + 1;
		room = room <= SIZE_MAX / 2 ? room * 2 : room;
		char *t = room > len + cn ? pb_arena_alloc(&sp->strs, room) : NULL;
		if (!t) {
			sp->oom = 1;
			return;
		}
		memcpy(t, b->title ? b->title : "", len);
		b->title = t;
		sp->title_ext.block = idx;
		sp->title_ext.room = room;
	}
	memcpy(b->title + len, c, cn);
	b->title[len + cn] = '\0';
	sp->title_ext.len = len + cn;
}

/* The number of the title t[0..tn) ("3.…" -> 3), 0 when it has none;
 * the end of its numbering in *s. */
int sp_title_no(const char *t, size_t tn, size_t *s)
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
int sp_table_no(const char *t, size_t tn)
{
	size_t s;
	int no = sp_title_no(t, tn, &s);
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

void sp_start_table(pb_splitter *sp, size_t off, long line, const char *t, size_t tn)
{
	size_t s;
	int no = sp_title_no(t, tn, &s);
	/* the table it cuts, kept: the title may be its own drawn again
	 * (sp_title_again) */
	pb_block *cur = sp_cur(sp);
	int cuts = cur && cur->kind == PB_BLK_PROJECT_TABLE && sp->table.code_seen &&
	           sp->table.code_at;
	if (cuts)
		sp_table_save(sp, &sp->title_again.cut);
	sp->table.no = sp_table_no(t, tn);
	/* the unit lines read since the last table that the table starts
	 * above are its own (1.…审批表 / 512001 某某局 / 单位：元 above its
	 * 项目编码 row): not the part's */
	while (sp->part_unit.nrun && sp->part_unit.run[sp->part_unit.nrun - 1].off >= off)
		sp->part_unit.nrun--;
	if (sp->part_unit.nrun)
		sp->part_unit.unit = sp->part_unit.run[sp->part_unit.nrun - 1].unit;
	sp->part_unit.nrun = 0;
	if (!s)
		s = pb_title_numbering(t, tn);
	pb_block *b = sp_open_block(sp, department_table(no, t + s, tn - s) ? PB_BLK_OTHER
	                                                              : PB_BLK_PROJECT_TABLE,
	                            off, line, t + s, tn - s);
	if (b && b->kind == PB_BLK_PROJECT_TABLE)
		b->part_unit = sp->part_unit.unit;
	sp->title_again.blk = cuts && b && b->kind == PB_BLK_PROJECT_TABLE ? sp->doc.nblocks : 0;
	sp->seen_table = 1;
	sp->table.code_seen = 0;
	sp->table.tabbed = 0;
	sp->table.unit_pending = sp->table.head_lines = 6;
}

/* The line of the last piece of the line before (prev.line): a numbered
 * line read on (sp_title_piece) ends below it */
static long last_piece(const pb_splitter *sp)
{
	return sp->piece.n && sp->piece.for_line == sp->prev.line ? sp->piece.last : sp->prev.line;
}

/* Does the line before (prev.line) go with line ln as one title?  Next
 * to it; or, when ln is only the end of the title's words
 * (pb_title_end_alone), a blank line or two between them, as a PDF's
 * paragraph spacing puts there: cut there, the table had half a title,
 * or the title 绩效目标表.  2: a page break between them, its noise
 * (sp_title_gap) and a blank line or so around each of its lines, the
 * same noise pbtable passes over between a table's rows. */
int sp_title_neighbour(const pb_splitter *sp, const pb_line *ln, const char *key, size_t kl)
{
	long last = last_piece(sp);
	long gap = last && sp->gap.for_line == last ? sp->gap.n : 0;
	if (last == ln->lineno - 1 || (last && last >= ln->lineno - 3 && pb_title_end_alone(key, kl)))
		return 1;
	return gap && ln->lineno - last <= 2 * gap + 3 ? 2 : 0;
}

/* Is a title's first piece read, and page noise after it (sp_title_gap),
 * with no line since: the next piece may follow? */
int sp_title_open(const pb_splitter *sp)
{
	long last = last_piece(sp);
	return (sp->prev.cls == PB_L_NUMBERED || sp->prev.cls == PB_L_TITLE_HALF) && last &&
	       sp->gap.for_line == last && sp->gap.n;
}

/* s[0..n) less blanks, tabs and a CR around it, in *o and *l */
static void trim(const char *s, size_t n, size_t *o, size_t *l)
{
	size_t b = 0;
	while (b < n && (s[b] == ' ' || s[b] == '\t'))
		b++;
	while (n > b && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	*o = b;
	*l = n - b;
}

/* Does the line s[0..n) repeat a line of the doc's cover (two ideographs
 * or more)?  A running page header may be the cover's first lines, the
 * department's name over the title: before the doc's unit line is read,
 * the name is known from nothing else. */
static int cover_line(const pb_splitter *sp, const char *s, size_t n)
{
	const pb_doc *d = &sp->doc;
	size_t so, sl;
	trim(s, n, &so, &sl);
	if (!d->nblocks || d->blocks[0].kind != PB_BLK_COVER || sl < 6 || d->blocks[0].len > 4096)
		return 0;
	const char *t = d->text.ptr + d->blocks[0].off, *e = t + d->blocks[0].len;
	while (t < e) {
		const char *nl = memchr(t, '\n', (size_t)(e - t));
		size_t to, tl, tn = nl ? (size_t)(nl - t) : (size_t)(e - t);
		trim(t, tn, &to, &tl);
		if (tl == sl && !memcmp(t + to, s + so, sl))
			return 1;
		t += tn + 1;
	}
	return 0;
}

/*
 * Is the line s[0..n) (not blank; its key[0..kl), none read for a plain
 * line) a page break's noise (a page number, the running header, the
 * department alone: pb_page_noise; a line of the cover, its draft mark
 * alone, which a running header may repeat too; the header and its page
 * number in two cells) after what may be a title's first piece, a
 * numbered line (or one in 绩效目标, 表 to come)?  It is passed over, the
 * line before kept for the title's next piece (1.公共文化服 / 5 /
 * 务运行经费绩效目标表): four such lines at most (a header of the
 * department, the title, the draft mark and a page number), a title
 * being short.  Refused, the header's lines cut the title in two, or
 * (under a table) began a filing at the header.
 */
int sp_title_gap(pb_splitter *sp, pb_line_class cls, int tabbed, const char *s, size_t n,
                 const char *key, size_t kl)
{
	long last = last_piece(sp);
	if (n > 120 || !last || (sp->gap.for_line == last && sp->gap.n >= 4) ||
	    (cls != PB_L_TEXT && cls != PB_L_COVER_TITLE && !(tabbed && cls == PB_L_TOC_ENTRY)) ||
	    (tabbed && (!pb_ends_in_digit(s, n) || !pb_header_cells(s, n))))
		return 0;
	const char *d = sp->doc.dept;
	size_t lead = 0;
	while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
		lead++;
	/* (a plain line: the department alone, if any, a line of the
	 * cover, or one in brackets) */
	int cover = 0;
	if (!kl && (!d || n - lead < 3 || memcmp(s + lead, d, 3)) && s[lead] != '(' &&
	    (n - lead < 3 || memcmp(s + lead, "（", 3)) && !tabbed && (d || n > 90 || !(cover = cover_line(sp, s, n))))
		return 0;
	pb_buf k = PB_BUF_INIT;
	if (!kl) {
		if (pb_line_key(&k, s, n) < 0) {
			sp->oom = 1;
			return 0;
		}
		key = k.ptr;
		kl = k.len;
	}
	int r = kl && key[0] != '|' &&
	        (cover || pb_page_noise(key, kl, sp->doc.dept) || pb_draft_alone(key, kl));
	pb_buf_free(&k);
	if (r) {
		if (sp->gap.for_line != last)
			sp->gap.n = 0;
		sp->gap.for_line = last;
		sp->gap.n++;
	}
	return r;
}

/*
 * A line of text key[0..kl) (none read for a plain line) under a numbered
 * line (prev.key), next to it or across a page break's noise: the middle
 * of a title wrapped more than once (1.公共文化服 / 务运行经费绩效目标 /
 * 表)?  When both may be a name's pieces (pb_title_name_piece), two
 * middle lines at most and the whole no longer than a heading, it goes on the
 * numbered line's key, which the title's end joins (sp_wrapped_title): 1.
 * Else 0, and it is the line before the next.
 */
int sp_title_piece(pb_splitter *sp, const pb_line *ln, pb_line_class cls, int tabbed,
                   const char *key, size_t kl)
{
	int n = sp->piece.for_line == sp->prev.line ? sp->piece.n : 0;
	if (cls != PB_L_TEXT || tabbed || n >= 2 || ln->textlen > 120 ||
	    sp->prev.key.len + ln->textlen > PB_HEADING_MAX || !sp_title_neighbour(sp, ln, "", 0) ||
	    !pb_title_name_piece(sp->prev.key.ptr, sp->prev.key.len) ||
	    pb_title_clause(ln->ptr, ln->textlen))
		return 0;
	pb_buf k = PB_BUF_INIT;
	if (!kl) {
		if (pb_line_key(&k, ln->ptr, ln->textlen) < 0) {
			sp->oom = 1;
			return 0;
		}
		key = k.ptr;
		kl = k.len;
	}
	/* (a label, 单位负责人：张三, or a clause is no name's piece) */
	int r = kl && key[0] != '|' && !pb_title_start(key, kl) && pb_title_name_piece(key, kl) &&
	        !pb_title_clause(key, kl) && pb_buf_add(&sp->prev.key, key, kl) == 0;
	pb_buf_free(&k);
	if (r) {
		sp->piece.for_line = sp->prev.line;
		sp->piece.last = ln->lineno;
		sp->piece.n = n + 1;
	}
	return r;
}

/*
 * A title wrapped after its number and first words, or inside its last
 * word: the numbered line just before, in the block being read, and key
 * are one title, and the table starts at that line.  0 when they are not.
 */
int sp_wrapped_title(pb_splitter *sp, pb_block *b, const pb_line *ln, const char *key, size_t kl)
{
	int nb;
	if (sp->prev.cls != PB_L_NUMBERED || !(nb = sp_title_neighbour(sp, ln, key, kl)) || !b ||
	    b->off > sp->prev.off)
		return 0;
	/* across a page break, only a piece that may be a name's start */
	if (nb == 2 && (sp->prev.key.len + kl > PB_HEADING_MAX ||
	                !pb_title_name_piece(sp->prev.key.ptr, sp->prev.key.len)))
		return 0;
	pb_buf t = PB_BUF_INIT;
	if (pb_buf_add(&t, sp->prev.key.ptr, sp->prev.key.len) < 0 || pb_buf_add(&t, key, kl) < 0) {
		pb_buf_free(&t);
		sp->oom = 1;
		return 0;
	}
	if (b->off == sp->prev.off) /* the numbered line opened this block */
		sp->doc.nblocks--;
	sp_start_table(sp, sp->prev.off, sp->prev.line, t.ptr, t.len);
	pb_buf_free(&t);
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
PB_NOINLINE int sp_unnumbered_title(pb_splitter *sp, pb_block *b, const pb_line *ln,
                                    size_t off, const char *key, size_t kl)
{
	const char *t = sp->doc.text.ptr;
	size_t po = sp->prev.off, pl;

	int nb;
	if (sp->prev.cls != PB_L_TEXT || !(nb = sp_title_neighbour(sp, ln, key, kl)) || !b ||
	    b->off > po || off < po)
		return 0;
	pl = sp_doc_eol(sp, po, off) - po;
	if (!pl || pl > PB_HEADING_MAX || memchr(t + po, '\t', pl))
		return 0;
	pb_buf j = PB_BUF_INIT;
	int r = 0;
	if (pb_line_key(&j, t + po, pl) < 0) {
		sp->oom = 1;
	} else if (j.len > 15 - kl && j.len + kl <= 400 && j.ptr[0] != '|' &&
	           pb_title_joins(j.ptr, j.len, key, kl) &&
	           ((kl < 15 && nb == 1) || pb_title_name_piece(j.ptr, j.len)) &&
	           pb_buf_add(&j, key, kl) == 0) {
		/* (a name before the words: 15 bytes is 绩效目标表) */
		if (b->off == po) /* the first half opened this block */
			sp->doc.nblocks--;
		sp_start_table(sp, po, sp->prev.line, j.ptr, j.len);
		r = 1;
	}
	pb_buf_free(&j);
	return r;
}

/*
 * The title key[0..kl) (a PB_L_TABLE_TITLE line at off) under a line of
 * plain text that is only its number and maybe the year's first digits
 * (pb_title_number_stub): one title, wrapped.  Read apart, the number was a line
 * that is no row in the table before (an unparsed record, a pbcheck
 * error) and the title lost the year's digits (024年…).  The table
 * starts at the number's line.  0 when the line before is no such line.
 */
PB_NOINLINE int sp_number_title(pb_splitter *sp, pb_block *b, const pb_line *ln, size_t off,
                                const char *key, size_t kl)
{
	const char *t = sp->doc.text.ptr;
	size_t po = sp->prev.off, pl, dl;
	if (sp->prev.cls != PB_L_TEXT || sp->prev.line != ln->lineno - 1 || !b || b->off > po ||
	    off < po)
		return 0;
	pl = sp_doc_eol(sp, po, off) - po;
	if (!pl || pl > 200 || memchr(t + po, '\t', pl))
		return 0;
	pb_buf j = PB_BUF_INIT;
	int r = 0;
	long at;
	if (pb_line_key(&j, t + po, pl) < 0) {
		sp->oom = 1;
	} else if ((at = pb_title_number_stub(j.ptr, j.len, key, kl, &dl)) >= 0) {
		/* the title less its number, as a numbered one's (2024年…) */
		memmove(j.ptr, j.ptr + at, dl);
		pb_buf_truncate(&j, dl);
		if (pb_buf_add(&j, key, kl) < 0) {
			sp->oom = 1;
		} else {
			if (b->off == po) /* the number opened this block */
				sp->doc.nblocks--;
			sp_start_table(sp, po, sp->prev.line, j.ptr, j.len);
			r = 1;
		}
	}
	pb_buf_free(&j);
	return r;
}

/* The start of the line of the doc's text that ends at end (its
 * terminator included), no further back than lo.  A lone CR ends a line
 * too, before the input's first LF (sp_lf_before). */
static size_t line_start(pb_splitter *sp, size_t lo, size_t end)
{
	const char *t = sp->doc.text.ptr;
	size_t j = end;
	if (j > lo && t[j - 1] == '\n')
		j--;
	if (j > lo && t[j - 1] == '\r')
		j--;
	while (j > lo && t[j - 1] != '\n' && (t[j - 1] != '\r' || sp_lf_before(sp, j - 1)))
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
PB_NOINLINE void sp_head_unit(pb_splitter *sp, pb_block *b, const char *s, size_t n, int title)
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
 * row at off (sp_title_above, sp_unit_above): they were read before the table
 * was known. */
static void head_units_above(pb_splitter *sp, size_t off)
{
	pb_block *b = sp_cur(sp);
	const char *t = sp->doc.text.ptr;
	for (size_t st = b->off; st < off;) {
		size_t len = sp_doc_eol(sp, st, off) - st;
		if (!pb_blank(t + st, len))
			sp_head_unit(sp, b, t + st, len, st == b->off);
		st += len + 1;
	}
}

/* Might s[0..n), blanks trimmed, end as a title (pb_title_words, or one
 * marked as going on), or its first cell with a unit label in the others? */
int sp_title_row(const char *s, size_t n)
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
PB_NOINLINE int sp_title_above(pb_splitter *sp, pb_block *b, size_t off, long line)
{
	const char *t = sp->doc.text.ptr;
	size_t end = off;
	pb_buf room = PB_BUF_INIT;
	int r = 0;

	/* !r first: sp_start_table may move the blocks, b with them */
	for (int rows = 0; !r && end > b->off && rows < 6; line--) {
		size_t st = line_start(sp, b->off, end), len = end - st;
		const char *key;
		size_t kl;
		pb_line_class cls;
		end = st;
		if (pb_blank(t + st, len))
			continue;
		rows++;
		if (st == b->off || len > PB_HEADING_MAX || !sp_title_row(t + st, len))
			continue;
		while (len && (t[st + len - 1] == '\n' || t[st + len - 1] == '\r'))
			len--;
		if (pb_linememo_classify(sp->memo, t + st, len, &room, &key, &kl, &cls) < 0) {
			sp->oom = 1;
			break;
		}
		size_t tl, to = 0;
		/* a title marked as going on (…绩效目标表（续）) over another
		 * 项目编码 than the table's (sp_code_again said so) is no page
		 * break's: it starts that table, with the department and
		 * 单位 lines under it.  Left in the table before, they lost
		 * this one its unit (元 read as 万元) */
		if (cls == PB_L_TABLE_TITLE)
			to = pb_title_cell(key, kl, &tl);
		else if (!(tl = pb_title_continued(key, kl)))
			continue;
		sp_start_table(sp, st, line - 1, key + to, tl);
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
int sp_take_dept(pb_splitter *sp, const char *key, size_t kl)
{
	size_t co, no;
	int ends = 0;
	if (sp->doc.dept_code)
		return 0;
	pb_buf room = PB_BUF_INIT;
	if (dept_line(&key, &kl, &room, &co, &no, &ends)) {
		sp->doc.dept_code = sp_str(sp, key + co, 6);
		size_t nl = pb_unit_name_len(key + no, kl - no);
		sp->doc.dept = sp_str(sp, key + no, pb_unit_name_trim(key + no, nl));
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
	        !(sp->doc.dept = sp_str(sp, j.ptr, j.len)) ? -1 : 0;
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
PB_NOINLINE int sp_dept_wrapped(pb_splitter *sp, const char *s, size_t n, int tabbed)
{
	int wrap = sp->dept_wrap.state;
	sp->dept_wrap.state = DEPT_WHOLE;
	/* the rest is a line alone, as the name's line was */
	if ((wrap == DEPT_REST_DUE && tabbed) || n > PB_HEADING_MAX)
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
	if (wrap == DEPT_REST_DUE && pb_dept_rest(rest, rl) > 0) {
		if (!(sp->dept_wrap.rest = sp_str(sp, rest, rl)))
			r = -1;
		sp->dept_wrap.state = DEPT_REST_HELD;
	} else if (wrap == DEPT_REST_HELD && unit_or_code_row(k.ptr, k.len)) {
		r = join_dept_rest(sp, sp->dept_wrap.rest);
	}
	pb_buf_free(&k);
	return r;
}

/*
 * A 项目编码 row at off / line starts a table in block b, whose title
 * was not known: b is no table, or a table past its own 项目编码 row
 * (sp_title_above found no title above).  The table's unit lines may be
 * just above it (512001 某某局, 单位：元), and above them a numbered line
 * that is the title in a wording not known (1.…绩效目标审批表): left out
 * of the table, they lost it its department and unit (amounts x10000).
 * The table starts at that title, else (a table without a title) at its
 * unit lines when a department's line is among them: in a table before,
 * at the first of them (单位：元 / 512001 某某局 is a head too); in
 * another block, at the department's line, a 单位 line above it maybe
 * the part's unit (part_unit).  A 单位 line alone is left where it is:
 * it may be the table before's, put at its end by a PDF's text order.
 * 1 when started.  pbtable reads no unit line as a title (table.c).
 */
PB_NOINLINE int sp_unit_above(pb_splitter *sp, pb_block *b, size_t off, long line)
{
	const char *t = sp->doc.text.ptr;
	size_t end = off, co = 0, no = 0, ukl = 0;
	pb_buf room = PB_BUF_INIT, unit = PB_BUF_INIT, spaced = PB_BUF_INIT, rest = PB_BUF_INIT;
	int units = 0, r = 0;
	/* the line below is the 项目编码 row or a 单位 line (1), as under the
	 * rest of a wrapped department name; that rest is in rest (1: the
	 * department line is to come above it, 2: it came) */
	int below_unit = 1, wrapped = 0;
	/* in a table past its 项目编码 row (the table before this one) */
	int in_table = b->kind == PB_BLK_PROJECT_TABLE;
	/* where the head without a title would start (top 0: none): the
	 * first unit line, or department line, of the run read */
	size_t top = 0;
	long top_line = 0;
	int depts = 0;

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
			if (dept || in_table) {
				top = st;
				top_line = line - 1;
			}
			depts += dept;
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
		/* (a numbered line in a table is maybe a goal's paragraph) */
		if (units && !in_table && cls == PB_L_NUMBERED && !memchr(t + st, '\t', len)) {
			sp_start_table(sp, st, line - 1, key, kl);
			head_units_above(sp, off);
			r = 1;
		}
		break;
	}
	if (!r && depts && top && wrapped != 1) {
		sp_start_table(sp, top, top_line, "", 0);
		head_units_above(sp, off);
		r = 1;
	}
	if (r && ukl && sp_take_dept(sp, unit.ptr, ukl) && wrapped == 2 && join_dept_rest(sp, rest.ptr) < 0)
		sp->oom = 1;
	pb_buf_free(&room);
	pb_buf_free(&unit);
	pb_buf_free(&spaced);
	pb_buf_free(&rest);
	return r;
}

/*
 * Is key[0..kl) (a line's key, its cells between tabs or bars) one of
 * the lines a table's title stands over: a unit label in any cell, or
 * a first cell that is a department's unit line, its name alone (the
 * doc's dept, or one that ends as a department's does), or a label of
 * a table's head (项目编码, 项目名称, 单位, 主管部门...)?  Then a title
 * just read is one (cell_title in split.c).
 */
int sp_head_line(const char *key, size_t kl, const char *dept)
{
	static const char *const heads[] = { "项目", "单位", "金额单位", "（单位", "(单位",
		                             "主管部门", "实施单位", "预算单位", "填报单位", "部门" };
	pb_buf room = PB_BUF_INIT;
	int first = 1, r = 0;
	for (size_t at = 0, e; !r && at < kl; at = e + 1) {
		for (e = at; e < kl && key[e] != '\t' && key[e] != '|'; e++)
			;
		size_t a = at, z = e;
		while (a < z && key[a] == ' ')
			a++;
		while (z > a && key[z - 1] == ' ')
			z--;
		if (a == z)
			continue;
		int loose, ends;
		const char *c = key + a;
		size_t cl = z - a, co, no;
		if (pb_unit_label(c, cl) || pb_unit_currency(c, cl, &loose))
			r = 1;
		for (size_t i = 0; first && !r && i < sizeof heads / sizeof heads[0]; i++)
			r = cl >= strlen(heads[i]) && !memcmp(c, heads[i], strlen(heads[i]));
		if (first && !r)
			r = dept_line(&c, &cl, &room, &co, &no, &ends) || pb_dept_alone(c, cl, dept) ||
			    pb_dept_rest(c, cl) > 0;
		first = 0;
	}
	pb_buf_free(&room);
	return r;
}
