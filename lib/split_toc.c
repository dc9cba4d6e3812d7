/*
 * split_toc.c - a table of contents: its entries with page numbers
 * (tabbed or spaced), and a toc without them (from DOCX) told from the
 * body it lists.
 */
#include "split_impl.h"

#include <string.h>

#include "compiler.h"
#include "heading.h"
#include "swar.h"

/* Is key[0..kl) one of the bare toc's entries?  Keys are normalized:
 * the blanks a toc and its body may differ in are gone from both. */
static int toc_known(const pb_splitter *sp, const char *key, size_t kl)
{
	const pb_buf *t = &sp->toc.keys;
	for (size_t at = 0, l; at < t->len; at += l + 1) {
		l = strlen(t->ptr + at);
		if (l == kl && !memcmp(t->ptr + at, key, kl))
			return 1;
	}
	return 0;
}

/*
 * Is key[0..kl) a line of the doc's cover again, maybe with a page
 * number after it (pb_dept_alone of each cover line), or two or three
 * lines of it in a row joined (a name the cover wraps: 承德…办公室(社 /
 * 会管理综合治理办公室)本级, which the header gives on one line): a
 * running header giving the department.  The doc's dept is read from
 * its cover only at its end, after the toc.  A cover is a few short
 * lines: a longer one is not searched.
 */
static int cover_again(pb_splitter *sp, const char *key, size_t kl)
{
	const pb_doc *d = &sp->doc;
	if (!d->nblocks || d->blocks[0].kind != PB_BLK_COVER || d->blocks[0].len > 2048)
		return 0;
	const char *p = d->text.ptr + d->blocks[0].off, *e = p + d->blocks[0].len;
	/* k: the keys of the last lines in a row, joined (up to three);
	 * starts[]: where each of them starts in k */
	pb_buf k = PB_BUF_INIT, one = PB_BUF_INIT;
	size_t starts[3];
	int nrow = 0, r = 0;
	while (p < e && !r) {
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		size_t n = (size_t)((nl ? nl : e) - p);
		if (pb_line_key(&one, p, n) < 0) {
			sp->oom = 1;
			break;
		}
		if (!one.len) {
			nrow = 0; /* a blank line ends the row */
		} else {
			if (nrow == 3) { /* the first of the three drops out */
				size_t cut = starts[1];
				memmove(k.ptr, k.ptr + cut, k.len - cut);
				k.len -= cut;
				starts[0] = 0;
				starts[1] = starts[2] - cut;
				nrow = 2;
			}
			if (!nrow)
				pb_buf_reset(&k);
			starts[nrow++] = k.len;
			if (pb_buf_add(&k, one.ptr, one.len) < 0 || pb_buf_add(&k, "", 1) < 0) {
				sp->oom = 1;
				break;
			}
			k.len--; /* the NUL ends it, no part of the join */
			for (int i = 0; i < nrow && !r; i++)
				r = pb_dept_alone(key, kl, k.ptr + starts[i]);
		}
		p += n + 1;
	}
	pb_buf_free(&k);
	pb_buf_free(&one);
	return r;
}

/*
 * Is key[0..kl) a page number in Roman numerals alone, maybe between
 * dashes (— I —, II, ii, Ⅱ): the 目录's own pages are so numbered, and
 * a page break inside it, taken for the body's first line, cut the toc
 * in two.  Small numbers only (I V X, Ⅰ..Ⅻ, ⅰ..ⅻ), up to five.
 */
static int roman_page(const char *key, size_t kl)
{
	size_t i = 0, e = kl;
	int nr = 0;
	for (;;) { /* the dashes and blanks around it (pb_page_number_at's) */
		if (i < e && (key[i] == '-' || key[i] == ' '))
			i++;
		else if (e - i >= 3 && (!memcmp(key + i, "—", 3) || !memcmp(key + i, "–", 3) ||
		                        !memcmp(key + i, "－", 3)))
			i += 3;
		else if (e > i && (key[e - 1] == '-' || key[e - 1] == ' '))
			e--;
		else if (e - i >= 3 && (!memcmp(key + e - 3, "—", 3) || !memcmp(key + e - 3, "–", 3) ||
		                        !memcmp(key + e - 3, "－", 3)))
			e -= 3;
		else
			break;
	}
	while (i < e) {
		const unsigned char *u = (const unsigned char *)key + i;
		if (u[0] && strchr("IVXivx", u[0]))
			i++;
		else if (e - i >= 3 && u[0] == 0xE2 && u[1] == 0x85 &&
		         ((u[2] >= 0xA0 && u[2] <= 0xAB) || (u[2] >= 0xB0 && u[2] <= 0xBB)))
			i += 3; /* Ⅰ..Ⅻ U+2160..216B, ⅰ..ⅻ U+2170..217B */
		else
			return 0;
		nr++;
	}
	return nr && nr <= 5;
}

/* Is key[0..kl) the 目录's heading again over its next page: 目录（续）,
 * 目录(续), 目录续 (the key has no blanks: 目 录 （续）) */
static int toc_continued(const char *key, size_t kl)
{
	static const char *const tails[] = { "（续）", "(续)", "续", "(续）", "（续)" };
	if (kl < 6 || memcmp(key, "目录", 6))
		return 0;
	for (size_t i = 0; i < sizeof tails / sizeof *tails; i++)
		if (kl - 6 == strlen(tails[i]) && !memcmp(key + 6, tails[i], kl - 6))
			return 1;
	return 0;
}

/*
 * A page break's noise before the doc's tables, s[0..n) (key[0..kl) when
 * read): a page number alone (in Roman numerals too: roman_page), the
 * running header, the department alone (pb_page_noise, cover_again),
 * the header's draft mark alone (（草案）, the cover's second line
 * repeated under it), or a rule line (----\t---, a markdown separator
 * or an OCR's underline).  It decides nothing:
 * taken for the body's first line, one ended a DOCX toc, whose entries
 * were read as the body's (empty project tables and a second filing);
 * under a part heading it opened a block of text, which parted a
 * heading on two lines (第一部分 / 3 / 部门整体绩效目标) into two
 * part blocks.
 */
int sp_break_noise(pb_splitter *sp, pb_line_class cls, const char *s, size_t n, const char *key,
                   size_t kl)
{
	size_t i, dashes = 0;
	/* a heading starts a block of its own, whatever else it may be like
	 * (目 录 again, said on the cover too: fuzz_split) */
	if (cls == PB_L_TOC_HEAD || cls == PB_L_OVERALL || cls == PB_L_SUBGOALS ||
	    cls == PB_L_MEASURES)
		return 0;
	for (i = 0; i < n && strchr("-|: \t\r", s[i]); i++)
		dashes += s[i] == '-';
	if (i == n)
		return dashes >= 3;
	if (n > PB_HEADING_MAX)
		return 0;
	pb_buf k = PB_BUF_INIT;
	int r = 0;
	/* a plain line's key is not read (pb_plain_text): 3, - 3 - */
	if (!kl && pb_line_key(&k, s, n) < 0)
		sp->oom = 1;
	else if (!kl)
		key = k.ptr, kl = k.len;
	if (kl)
		r = pb_page_noise(key, kl, sp->doc.dept) || pb_draft_alone(key, kl) ||
		    roman_page(key, kl) || cover_again(sp, key, kl);
	pb_buf_free(&k);
	return r;
}

/* A page break's noise inside a toc: sp_break_noise's, or the 目录
 * heading again (目录（续）), which is a toc's only */
static int toc_noise(pb_splitter *sp, pb_line_class cls, const pb_line *ln, const char *key,
                     size_t kl)
{
	if (sp_break_noise(sp, cls, ln->ptr, ln->textlen, key, kl))
		return 1;
	if (cls != PB_L_TEXT && cls != PB_L_TOC_HEAD)
		return 0;
	pb_buf k = PB_BUF_INIT;
	int r = 0;
	if (!kl && ln->textlen <= PB_HEADING_MAX && pb_line_key(&k, ln->ptr, ln->textlen) < 0)
		sp->oom = 1;
	else if (!kl)
		key = k.ptr, kl = k.len;
	r = kl && toc_continued(key, kl);
	pb_buf_free(&k);
	return r;
}

/* How many noise lines end what the bare toc holds: each has an empty
 * key in toc.keys, after the NUL that ends the key before it */
static int noise_run(const pb_splitter *sp)
{
	const pb_buf *t = &sp->toc.keys;
	size_t z = 0;
	while (z < t->len && !t->ptr[t->len - 1 - z])
		z++;
	return z ? (int)z - (z < t->len) : 0;
}

/* The line held in the toc (its first held line at toc.from): 1, with
 * what sp_line() is to return in *ret */
static int toc_hold(pb_splitter *sp, const pb_line *ln, int *ret)
{
	size_t off = sp_append_line(&sp->doc, ln);
	*ret = -1;
	if (off == (size_t)-1)
		return 1;
	if (sp->toc.from == (size_t)-1) {
		sp->toc.from = off;
		sp->toc.from_line = ln->lineno;
	}
	sp->prev.cls = PB_L_TEXT;
	sp->prev.off = off;
	sp->prev.line = ln->lineno;
	*ret = sp->oom ? -1 : 0;
	return 1;
}

/*
 * The toc ended at its first line held (toc.from), which had ended it
 * before it was held: those lines are read again, as they were read
 * then, and so is the line ln.  1, with what sp_line() is to return in
 * *ret.
 */
static int toc_reread(pb_splitter *sp, const pb_line *ln, int tabbed, int *ret)
{
	pb_doc *d = &sp->doc;
	pb_buf held = PB_BUF_INIT;
	*ret = -1;
	if (pb_buf_add(&held, d->text.ptr + sp->toc.from, d->text.len - sp->toc.from) < 0)
		return 1;
	int lf = sp_lf_before(sp, sp->toc.from);
	sp_doc_truncate(sp, sp->toc.from);
	const char *p = held.ptr, *e = held.ptr + held.len;
	long no_line = sp->toc.from_line;
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
		pb_line hl = { p, (size_t)(next - p), (size_t)(nl - p), no_line++, 0 };
		/* blank lines and headings without a tab: what pb_splitter_line
		 * would do with them (called here, it was no longer inlined in
		 * its caller's loop: pbsplit +4 M instructions on three corpus
		 * files) */
		if (hl.textlen)
			r = sp_line(sp, &hl, pb_has_tab(hl.ptr, hl.textlen));
		else if (sp_append_line(d, &hl) == (size_t)-1)
			r = -1;
		sp->lineno = hl.lineno;
		p = next;
	}
	pb_buf_free(&held);
	/* the line's key may have been built over: it is read anew */
	*ret = r ? r : sp_line(sp, ln, tabbed);
	return 1;
}

/*
 * Might the line ln (of class cls, not tabbed) be an entry's title
 * the toc wraps, the rest with its page number on the next line
 * (1.农村公路养护经费绩效 / 目标表.....3, or …绩效目标表 / .....3)?
 * Short, and no sentence: a heading, a table's title or a piece of one.
 */
static int wrap_piece(const pb_line *ln, pb_line_class cls, const char *key, size_t kl)
{
	switch (cls) {
	case PB_L_TEXT: case PB_L_NUMBERED: case PB_L_TITLE_HALF: case PB_L_TITLE_TAIL:
	case PB_L_TABLE_TITLE: case PB_L_OVERALL: case PB_L_SUBGOALS: case PB_L_MEASURES:
		break;
	default:
		return 0;
	}
	if (ln->textlen > 240 || (kl && key[0] == '|'))
		return 0;
	for (size_t i = 0; i + 3 <= ln->textlen; i++)
		if (!memcmp(ln->ptr + i, "。", 3) || !memcmp(ln->ptr + i, "；", 3))
			return 0;
	return 1;
}

/*
 * A line (not blank) in a toc past its first entry with a page number
 * (toc.bare 2).  A page break may cut the toc (3, then the running
 * header, then 第二部分 预算项目绩效目标 and its entries; a Roman page
 * number or 目录（续）: toc_noise), and its part 2 heading may list
 * nothing (a filing without projects): such lines are held in the toc,
 * the highest part held in toc.part, the last line's part in toc.last
 * (0: noise).  An entry after them keeps them in the toc, and so does a
 * part numbered back (第一部分 after 第二部分: the body's); any other
 * line ends the toc at the first, and they are read again.  A page
 * break's lines are few: over 16 lines held, the toc ends.  An entry's
 * title may wrap: up to two short lines (wrap_piece) are held too, and
 * kept only when the entry with its page number comes right under
 * them (toc.wrap: the last one's line number); else they end the toc
 * (a heading no entry names: the body's).  Else as sp_bare_toc.
 */
static int toc_paged(pb_splitter *sp, const pb_line *ln, pb_line_class cls,
                     const char *key, size_t kl, int tabbed, int *ret)
{
	int part = cls == PB_L_PART1 ? 1 : cls == PB_L_PART2 ? 2 : cls == PB_L_PART ? 3 : 0;
	const pb_block *b = sp_cur(sp);
	long wrap = sp->toc.wrap;

	sp->toc.wrap = 0;
	if (wrap && ln->lineno != wrap + 1 && cls == PB_L_TOC_ENTRY)
		goto end; /* not the rest of a title: the lines held were no entry's */
	if (cls == PB_L_TOC_ENTRY) {
		sp->toc.from = (size_t)-1;
		sp->toc.last = 0;
		sp->toc.nwrap = 0;
		return 0;
	}
	if (part && part <= sp->toc.part && part != sp->toc.last) {
		sp->toc.bare = 0; /* the body begins */
		return 0;
	}
	if (!b || b->kind != PB_BLK_TOC ||
	    (sp->toc.from != (size_t)-1 && ln->lineno - sp->toc.from_line >= 16))
		goto end;
	if (!wrap && (part ? !tabbed && !(kl && key[0] == '|') : toc_noise(sp, cls, ln, key, kl))) {
		if (part > sp->toc.part)
			sp->toc.part = part;
		sp->toc.last = part;
		return toc_hold(sp, ln, ret);
	}
	if (!part && !tabbed && sp->toc.nwrap < 2 && (!wrap || ln->lineno == wrap + 1) &&
	    wrap_piece(ln, cls, key, kl)) {
		sp->toc.nwrap++;
		sp->toc.wrap = ln->lineno;
		sp->toc.last = 0;
		return toc_hold(sp, ln, ret);
	}
end:
	sp->toc.bare = 0;
	return sp->toc.from == (size_t)-1 ? 0 : toc_reread(sp, ln, tabbed, ret);
}

/*
 * A line (not blank) while the toc is bare (toc.bare 1).  A DOCX toc comes
 * out as text without page numbers: its entries are headings, part and
 * table titles, which were read as the filing's own (empty project
 * tables).  A heading is held in the toc until the body shows itself: a
 * heading that repeats an entry, or a part or table numbered back from
 * the entries' (第二部分 after 第二部分, 1. after 2.); then the toc ends
 * there.  A page break's noise among them (sp_break_noise, up to 4 lines in a
 * row) is held too.  Any other line ends the toc too, but then what was
 * held may have been the body after an empty 目录: it is read again as
 * such.  0: the toc ended before the line, which is still to be read;
 * else 1, the line read, and what sp_line() is to return in *ret.
 */
PB_NOINLINE int sp_bare_toc(pb_splitter *sp, const pb_line *ln, pb_line_class cls,
                            const char *key, size_t kl, int tabbed, int *ret)
{
	size_t s, tl, to;
	int part = 0, no = -1;

	if (sp->toc.bare == 2)
		return toc_paged(sp, ln, cls, key, kl, tabbed, ret);
	switch (cls) {
	case PB_L_PART1: part = 1; break;
	case PB_L_PART2: part = 2; break;
	case PB_L_PART: part = 3; break;
	case PB_L_TABLE_TITLE:
		to = pb_title_cell(key, kl, &tl);
		no = sp_title_no(key + to, tl, &s);
		break;
	case PB_L_TITLE_HALF:
		no = sp_title_no(key, kl, &s);
		break;
	case PB_L_OVERALL: case PB_L_SUBGOALS: case PB_L_MEASURES: case PB_L_TITLE_TAIL:
	case PB_L_NUMBERED:
		break;
	case PB_L_TOC_ENTRY: /* a toc with page numbers after all */
		sp->toc.bare = 2;
		sp->toc.from = (size_t)-1;
		sp->toc.last = sp->toc.nwrap = 0;
		sp->toc.wrap = 0;
		return 0;
	default:
		part = -1;
	}
	if (part < 0 && sp->toc.keys.len < 16384 && noise_run(sp) < 4 &&
	    toc_noise(sp, cls, ln, key, kl)) {
		/* an empty key: no heading to repeat */
		if (pb_buf_add(&sp->toc.keys, "", 1) < 0)
			sp->oom = 1;
		return toc_hold(sp, ln, ret);
	}
	if (part >= 0 && !tabbed && !(kl && key[0] == '|') && sp->toc.keys.len < 16384) {
		/* (a part's name on the line under its number, 第二部分 /
		 * 预算项目绩效目标, goes on with the same part) */
		if (toc_known(sp, key, kl) || (part && part <= sp->toc.part && part != sp->toc.last) ||
		    (no > 0 && no <= sp->toc.table)) {
			sp->toc.bare = 0; /* the body begins */
			return 0;
		}
		if (pb_buf_add(&sp->toc.keys, key, kl) < 0 || pb_buf_add(&sp->toc.keys, "", 1) < 0)
			sp->oom = 1;
		if (part > sp->toc.part)
			sp->toc.part = part;
		sp->toc.last = part;
		if (no > sp->toc.table)
			sp->toc.table = no;
		return toc_hold(sp, ln, ret);
	}
	sp->toc.bare = 0;
	if (sp->toc.from == (size_t)-1)
		return 0;
	/* no sign of a body: the headings held are read again, as they were
	 * read before toc.bare (the toc ended at the first) */
	return toc_reread(sp, ln, tabbed, ret);
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
 * too.  Out of sp_line(): rare.
 */
PB_NOINLINE int sp_tabbed_toc_entry(pb_splitter *sp, const pb_block *b, pb_line_class cls,
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

/*
 * May a toc entry found by its page number's form (spaced, or after
 * leaders without digits) stand in the block b?  In a toc; in the
 * cover or text before any table, where a toc without its 目录 heading
 * begins.  Leaders are a stronger sign (a heading of the body may end
 * in a page number after blanks, a running footer's: h12): with them
 * (leaders 1), also under the doc's first part heading with no toc
 * before it, which such a toc may open (第一部分 部门整体绩效目标 /
 * 一、总体绩效目标……: toc_entry_line makes that part block the toc),
 * and under a later part heading right after the toc (第二部分 and its
 * entries, which toc_entry_line gives back to the toc; not the body's
 * 第一部分), as entries with leaders and digits are anywhere
 * (pb_classify).  toc: 1 in a toc.
 */
static int entry_place(const pb_splitter *sp, const pb_block *b, int leaders, int *toc)
{
	*toc = b && b->kind == PB_BLK_TOC;
	if (!b || *toc || b->kind == PB_BLK_COVER || b->kind == PB_BLK_OTHER)
		return 1;
	if (!leaders || b->kind != PB_BLK_PART || sp->seen_table)
		return 0;
	if (sp->part.from_toc)
		return sp->part.cur >= 2;
	for (const pb_block *o = sp->doc.blocks; o < b; o++)
		if (o->kind == PB_BLK_PART || o->kind == PB_BLK_TOC)
			return 0;
	return 1;
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
 * in 表, never in a number: real titles are not taken.  Out of sp_line().
 */
PB_NOINLINE int sp_spaced_toc_entry(pb_splitter *sp, const pb_block *b, const char *s, size_t n)
{
	int toc;
	size_t e = spaced_page_number(s, n);
	if (!e || !entry_place(sp, b, 0, &toc))
		return 0;
	pb_line_class c = entry_class(sp, s, e);
	return toc_heading_class(c) || (toc && c == PB_L_NUMBERED);
}

/*
 * Is the untabbed line s[0..n) a toc entry whose page number is not
 * given as digits after its dot leaders: none at all (一、总体绩效目标……),
 * or written 第1页 or （1）?  Taken for headings, such entries were read
 * as the body's blocks, which the body's own headings then repeated.
 * The leaders are the sign: three dots or more (. … · ．, as
 * pb_classify's entries), nothing but blanks and that page number after
 * them.  In a toc the text before them is any short line but a
 * sentence (a title's wrapped rest, 目标表……, too); without a page
 * number, no clause either, and before any entry with one (a bare toc:
 * the body may follow an empty 目录, its paragraphs may end in ……)
 * only a heading or a numbered line.  Outside a toc, a heading or a
 * table's title where entry_place allows one.  Out of sp_line(): rare.
 */
PB_NOINLINE int sp_leader_toc_entry(pb_splitter *sp, const pb_block *b, const char *s, size_t n)
{
	int toc, dots;
	size_t i;
	if (!entry_place(sp, b, 1, &toc))
		return 0;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	size_t page = pb_page_word_before(s, n);
	for (i = page; i && s[i - 1] == ' '; i--)
		;
	i = pb_leaders_before(s, i, 0, &dots);
	if (dots < 3 || i > 240)
		return 0;
	while (i && s[i - 1] == ' ')
		i--;
	/* leaders alone end a clause too (主要包括以下几个方面……): without
	 * a page number, no comma either, and shorter */
	int bare = page == n;
	if (bare && (i > 150 || memchr(s, ',', i)))
		return 0;
	for (size_t j = 0; j + 3 <= i; j++)
		if (!memcmp(s + j, "。", 3) || !memcmp(s + j, "；", 3) ||
		    (bare && !memcmp(s + j, "，", 3)))
			return 0;
	if (toc && (!bare || sp->toc.bare == 2))
		return 1;
	pb_line_class c = entry_class(sp, s, i);
	return i && (toc_heading_class(c) || (toc && c == PB_L_NUMBERED));
}
