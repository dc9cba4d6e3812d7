/*
 * fuzz_split.c - pbsplit's path: decoder, lines, streaming splitter.
 *
 * The encoding is auto, utf-8 or gb18030 (from the first byte, auto half
 * the time).  Checked:
 *  - decoding at once, in chunks of 1..17 bytes and (under 4096 bytes) one
 *    byte at a time gives the same text, valid UTF-8; lines rejoined give
 *    the decoded text;
 *  - lossless: the blocks of every doc, in order, joined give the decoded
 *    text;
 *  - each doc: numbered 1, 2, ...; text and blocks non-empty; the first
 *    block starts at 0 on the doc's first line; blocks are contiguous
 *    (off of block i+1 == off + len of block i), the last ends at the end
 *    of the text; every block starts at a line start, end_line >= line,
 *    its line count is end_line - line + 1 and the next block starts on
 *    end_line + 1; docs follow each other line for line from line 1;
 *  - doc and block strings are valid UTF-8; kinds have names that parse
 *    back; dept_code is 6 digits; year is 0 or a 19xx/20xx year;
 *  - headings are where they say: a 目录, 总体绩效目标, 分项绩效目标 or
 *    工作保障措施 line (by pb_classify) is the first line of a block of that
 *    kind titled with its key; a table title or 项目编码 line lies in a
 *    project_table block (a markdown row whose first cell is one of them
 *    too, or a grid row holding only a title);
 *  - the cheap tests before the heading patterns never turn away a key
 *    a pattern takes (pb_heading_check_filters), nor the raw pre-test a
 *    line that is not plain text (pb_heading_check_plain), and a grid
 *    row's class given without its key is pb_classify's
 *    (pb_heading_check_row);
 *  - pb_splitter_reset really resets: the same lines again give the same
 *    docs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "heading.h"
#include "input.h"
#include "split.h"
#include "utf8.h"
#include "common.h"

static void check_utf8(const char *s)
{
	if (s)
		CHECK(pb_utf8_valid(s, strlen(s), NULL) == strlen(s));
}

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* ---- decoding ---- */

typedef struct {
	pb_buf out;
	int rejected, errset;
	const char *enc;
} decoded;

static void decode(const char *s, size_t n, pb_enc enc, size_t chunk, decoded *r)
{
	pb_decoder *d = pb_decoder_new(enc);
	CHECK(d);
	pb_buf_init(&r->out);
	if (!chunk)
		chunk = n ? n : 1;
	for (size_t i = 0; i < n; i += chunk) {
		size_t k = n - i < chunk ? n - i : chunk;
		if (pb_decoder_feed(d, s + i, k) < 0)
			break;
		take_lines(d, &r->out, 0);
	}
	pb_decoder_finish(d);
	take_lines(d, &r->out, 1);
	r->rejected = pb_decoder_rejected(d);
	r->errset = pb_decoder_err(d)->set;
	r->enc = pb_decoder_encoding(d);
	pb_decoder_free(d);
}

static void same(const decoded *a, const decoded *b)
{
	CHECK(a->out.len == b->out.len);
	CHECK(!memcmp(a->out.ptr, b->out.ptr, a->out.len));
	CHECK(a->rejected == b->rejected);
	CHECK(a->errset == b->errset);
	CHECK(same_str(a->enc, b->enc));
}

/* ---- lines, cut as pb_input cuts them ---- */

/* number of lines in s[0..n), n > 0, an LF before it or not (lf) */
static long count_lines(const char *s, size_t n, int lf)
{
	long c = 0;
	size_t tl;
	for (size_t i = 0; i < n; c++)
		i += next_line(s + i, n - i, &tl, &lf);
	return c;
}

/* ---- the docs ---- */

typedef struct {
	const char *text;    /* the decoded input */
	size_t len;
	const char *enc;
	int ndocs;
	long next_line;      /* the line the next doc must start on */
	pb_buf joined;       /* every block's text, in order */
	pb_buf digest;       /* what the docs were, to compare runs */
	pb_buf key;
	int classify;        /* check the headings (first run only) */
	int lf;              /* an LF in the blocks so far: lone CRs end no line */
} state;

/* Each line of block b, judged alone, fits the block it is in. */
static void check_headings(state *st, const pb_doc *d, const pb_block *b)
{
	const char *s = d->text.ptr + b->off;
	long line = b->line;
	int lf = st->lf;

	for (size_t i = 0, tl, l; i < b->len; i += l, line++) {
		l = next_line(s + i, b->len - i, &tl, &lf);
		CHECK(pb_line_key(&st->key, s + i, tl) == 0);
		pb_line_class c = pb_classify(s + i, tl, st->key.ptr, st->key.len);
		/* trailing tabs part no cells: a heading's or title's line is
		 * read without them (split.c, title_less_tabs) */
		size_t e = tl;
		while (e && (s[i + e - 1] == ' ' || s[i + e - 1] == '\t'))
			e--;
		if (e && e < tl && e <= PB_HEADING_MAX && memchr(s + i, '\t', tl) && !memchr(s + i, '\t', e)) {
			CHECK(pb_line_key(&st->key, s + i, e) == 0);
			pb_line_class b2 = pb_classify(s + i, e, st->key.ptr, st->key.len);
			if (b2 != PB_L_TEXT && b2 != PB_L_BLANK && b2 != PB_L_TOC_ENTRY && b2 != PB_L_PROJECT_CODE)
				c = b2;
			else
				CHECK(pb_line_key(&st->key, s + i, tl) == 0);
		}
		CHECK(pb_heading_check_filters(st->key.ptr, st->key.len) == 0);
		CHECK(pb_heading_check_plain(s + i, tl) == 0);
		CHECK(pb_heading_check_row(s + i, tl) == 0);
		/* a toc without page numbers holds headings as its entries
		 * (split.c, bare_toc): after its 目录 line, any of these; and a
		 * toc without 目录 starts at one (一、总体绩效目标 … 3 read as
		 * an entry: split.c, toc_known) */
		if (b->kind == PB_BLK_TOC &&
		    (c == PB_L_OVERALL || c == PB_L_SUBGOALS || c == PB_L_MEASURES ||
		     c == PB_L_TABLE_TITLE || c == PB_L_TITLE_HALF))
			continue;
		/* in Part 1's text, a line ending in 绩效目标表 with prose
		 * after it is prose (split.c, part1_title) */
		if (c == PB_L_TABLE_TITLE && !memchr(s + i, '\t', tl) &&
		    (b->kind == PB_BLK_OVERALL_GOAL || b->kind == PB_BLK_SUB_GOALS ||
		     b->kind == PB_BLK_MEASURES))
			continue;
		/* past a table's 项目编码 row, the measures heading's words
		 * are a cell's text (split.c, line), which may go on into the
		 * next filing's cover with the table's tail (new_filing) */
		if (c == PB_L_MEASURES && (b->kind == PB_BLK_PROJECT_TABLE ||
		                           (b->kind == PB_BLK_COVER && d->doc > 1)))
			continue;
		switch (c) {
		case PB_L_TOC_HEAD:
		case PB_L_OVERALL:
		case PB_L_SUBGOALS:
		case PB_L_MEASURES:
			CHECK(i == 0 && line == b->line);
			CHECK(b->kind == (c == PB_L_TOC_HEAD ? PB_BLK_TOC
			                  : c == PB_L_OVERALL ? PB_BLK_OVERALL_GOAL
			                  : c == PB_L_SUBGOALS ? PB_BLK_SUB_GOALS : PB_BLK_MEASURES));
			CHECK(b->title && !strcmp(b->title, st->key.ptr));
			break;
		case PB_L_TABLE_TITLE:
		case PB_L_TITLE_HALF:
		case PB_L_PROJECT_CODE:
			/* or the department's own table (split.c,
			 * department_table) */
			CHECK(b->kind == PB_BLK_PROJECT_TABLE ||
			      (b->kind == PB_BLK_OTHER && b->title && strstr(b->title, "部门整体")));
			break;
		default:
			break;
		}
	}
}

static void digest_str(pb_buf *b, const char *s)
{
	if (s)
		pb_buf_printf(b, "%zu:%s|", strlen(s), s);
	else
		pb_buf_adds(b, "-|");
}

static int on_doc(const pb_doc *d, void *ctx)
{
	state *st = ctx;

	CHECK(d->doc == ++st->ndocs);
	CHECK(d->text.len > 0);
	CHECK(d->text.ptr[d->text.len] == '\0');
	CHECK(d->nblocks > 0 && d->nblocks <= d->capblocks);
	CHECK(d->line == st->next_line);
	CHECK(same_str(d->encoding, st->enc));
	CHECK(d->draft >= -1 && d->draft <= 1);
	CHECK(d->year == 0 || (d->year >= 1900 && d->year <= 2099));
	check_utf8(d->dept);
	check_utf8(d->dept_code);
	check_utf8(d->title);
	check_utf8(d->compiled_by);
	check_utf8(d->reviewed_by);
	if (d->dept_code) {
		CHECK(strlen(d->dept_code) == 6);
		for (int i = 0; i < 6; i++)
			CHECK(d->dept_code[i] >= '0' && d->dept_code[i] <= '9');
	}
	pb_buf_printf(&st->digest, "doc %d %ld %d %d ", d->doc, d->line, d->year, d->draft);
	digest_str(&st->digest, d->dept);
	digest_str(&st->digest, d->dept_code);
	digest_str(&st->digest, d->title);
	digest_str(&st->digest, d->compiled_by);
	digest_str(&st->digest, d->reviewed_by);
	pb_buf_addc(&st->digest, '\n');

	size_t off = 0;
	long line = d->line;
	for (size_t i = 0; i < d->nblocks; i++) {
		const pb_block *b = &d->blocks[i];
		pb_blk_kind k;

		CHECK((int)b->kind >= (int)PB_BLK_COVER && (int)b->kind <= (int)PB_BLK_OTHER);
		CHECK(pb_blk_kind_name(b->kind) != NULL);
		CHECK(pb_blk_kind_parse(pb_blk_kind_name(b->kind), &k) == 0 && k == b->kind);
		CHECK(b->off == off);
		CHECK(b->len > 0);
		CHECK(b->off <= d->text.len && b->len <= d->text.len - b->off);
		/* a block starts at the start of a line */
		if (b->off)
			CHECK(d->text.ptr[b->off - 1] == '\n' ||
			      (d->text.ptr[b->off - 1] == '\r' && d->text.ptr[b->off] != '\n' && !st->lf));
		CHECK(b->line == line);
		CHECK(b->end_line >= b->line);
		CHECK(count_lines(d->text.ptr + b->off, b->len, st->lf) == b->end_line - b->line + 1);
		check_utf8(b->title);
		/* a part's unit, on its tables only */
		CHECK(!b->part_unit || (b->kind == PB_BLK_PROJECT_TABLE &&
		                        (!strcmp(b->part_unit, "元") || !strcmp(b->part_unit, "万元"))));
		if (st->classify)
			check_headings(st, d, b);
		CHECK(pb_buf_add(&st->joined, d->text.ptr + b->off, b->len) == 0);
		st->lf |= memchr(d->text.ptr + b->off, '\n', b->len) != NULL;
		pb_buf_printf(&st->digest, "  %s %ld %ld %zu %zu ", pb_blk_kind_name(b->kind),
		              b->line, b->end_line, b->off, b->len);
		digest_str(&st->digest, b->title);
		digest_str(&st->digest, b->part_unit);
		pb_buf_addc(&st->digest, '\n');
		off = b->off + b->len;
		line = b->end_line + 1;
	}
	CHECK(off == d->text.len);
	st->next_line = line;
	return 0;
}

static void run(pb_splitter *sp, state *st)
{
	size_t pos = 0;
	long lineno = 0;
	int lf = 0;

	pb_buf_reset(&st->joined);
	pb_buf_reset(&st->digest);
	st->lf = 0;
	st->ndocs = 0;
	st->next_line = 1;
	pb_splitter_reset(sp, NULL);
	while (pos < st->len) {
		pb_line ln;
		ln.ptr = st->text + pos;
		ln.len = next_line(ln.ptr, st->len - pos, &ln.textlen, &lf);
		ln.lineno = ++lineno;
		ln.feed = 0;
		pb_splitter_encoding(sp, st->enc);
		CHECK(pb_splitter_line(sp, &ln) == 0);
		pos += ln.len;
	}
	CHECK(pb_splitter_finish(sp) == 0);
	/* lossless */
	CHECK(st->joined.len == st->len);
	CHECK(!memcmp(st->joined.ptr, st->text, st->len));
	/* the last doc ends on the last line */
	CHECK(st->next_line == lineno + 1);
	CHECK(st->len == 0 || st->ndocs > 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const pb_enc encs[] = { PB_ENC_AUTO, PB_ENC_UTF8, PB_ENC_AUTO, PB_ENC_GB18030 };
	const char *s = (const char *)data;
	size_t chunk = size ? 1 + data[0] % 17 : 1;
	pb_enc enc = encs[size ? (data[0] / 17) % 4 : 0];
	decoded whole, part;

	decode(s, size, enc, 0, &whole);
	decode(s, size, enc, chunk, &part);
	same(&whole, &part);
	pb_buf_free(&part.out);
	if (size < 4096) {
		decode(s, size, enc, 1, &part);
		same(&whole, &part);
		pb_buf_free(&part.out);
	}
	CHECK(pb_utf8_valid(whole.out.ptr, whole.out.len, NULL) == whole.out.len);
	if (whole.rejected) {
		pb_buf_free(&whole.out);
		return 0;
	}

	/* lines rejoined */
	pb_buf j = PB_BUF_INIT;
	int lf = 0;
	for (size_t pos = 0, tl, l; pos < whole.out.len; pos += l) {
		l = next_line(whole.out.ptr + pos, whole.out.len - pos, &tl, &lf);
		CHECK(l > 0 && tl <= l && l - tl <= 2);
		CHECK(pb_buf_add(&j, whole.out.ptr + pos, l) == 0);
	}
	CHECK(j.len == whole.out.len && !memcmp(j.ptr, whole.out.ptr, j.len));
	pb_buf_free(&j);

	state st;
	memset(&st, 0, sizeof st);
	st.text = whole.out.ptr;
	st.len = whole.out.len;
	st.enc = whole.enc;
	pb_buf_init(&st.joined);
	pb_buf_init(&st.digest);
	pb_buf_init(&st.key);
	st.classify = 1;

	pb_splitter *sp = pb_splitter_new(on_doc, &st);
	CHECK(sp);
	run(sp, &st);
	pb_buf first = st.digest;
	pb_buf_init(&st.digest);
	st.classify = 0;
	run(sp, &st); /* after pb_splitter_reset: the same docs */
	CHECK(first.len == st.digest.len && !memcmp(first.ptr, st.digest.ptr, first.len));
	pb_splitter_free(sp);

	pb_buf_free(&first);
	pb_buf_free(&st.digest);
	pb_buf_free(&st.joined);
	pb_buf_free(&st.key);
	pb_buf_free(&whole.out);
	return 0;
}
