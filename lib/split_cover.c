/*
 * split_cover.c - a filing's cover read for its fields: department,
 * year, title, draft, who compiled it and who reviewed it.
 */
#include "split_impl.h"

#include <string.h>

#include "heading.h"
#include "linememo.h"

#define MAXCOVER 48

/*
 * The keys from..to-1 joined (but a page break's, noise[i] set), then
 * tail[0..tl) (the name's last line where it shares a line with more),
 * less the suffix strip.  Lines of a wrapped name join with nothing
 * between.  Keys are normalized and
 * trimmed, and normalizing them, or them joined so, gives them back
 * (test_norm checks it): normalizing the join again was a third of
 * sp_cover_fields' time.
 */
static char *join_keys(pb_splitter *sp, size_t *ko, const unsigned char *noise, int from, int to,
                       const char *tail, size_t tl, const char *strip)
{
	pb_buf *keys = &sp->cover_keys, *j = &sp->join;

	pb_buf_reset(j);
	for (int i = from; i < to; i++)
		if (!noise[i] && pb_buf_adds(j, keys->ptr + ko[i]) < 0)
			return NULL;
	while (tl && tail[tl - 1] == ' ')
		tl--;
	/* the name said again on the line after it is no wrapped piece
	 * (某某局 / 某某局2025年部门预算绩效文本) */
	if (tl == j->len && !memcmp(j->ptr, tail, tl))
		tl = 0;
	if (tl && pb_buf_add(j, tail, tl) < 0)
		return NULL;
	size_t l = j->len, sl = strip ? strlen(strip) : 0;
	if (sl && l >= sl && !memcmp(j->ptr + l - sl, strip, sl))
		l -= sl;
	return l ? sp_str(sp, j->ptr, l) : NULL;
}

/* A cover line that marks a draft: （草案）, （送审稿）, （征求意见稿）,
 * （讨论稿）; not 定稿.  稿 first: most cover lines lack it, and one
 * search for it spares three. */
int sp_draft_line(const char *k)
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

int sp_cover_label_line(const char *k, size_t kl)
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
		return sp_str(sp, k + at, kl - at);
	if (i + 1 >= nk)
		return NULL;
	k = sp->cover_keys.ptr + ko[i + 1];
	if (label_at(k, strlen(k), "编制") || label_at(k, strlen(k), "审核"))
		return NULL;
	return sp_str(sp, k, strlen(k));
}

/* The cover's keys, up to MAXCOVER, at ko[] in sp->cover_keys: their number;
 * gap[i]: a blank line (or one too long to read) stands before key i */
int sp_cover_keys(pb_splitter *sp, size_t *ko, unsigned char *gap)
{
	pb_doc *d = &sp->doc;
	/* sp->key may hold the line being read */
	pb_buf *keys = &sp->cover_keys, *room = &sp->cover_key;
	int nk = 0, blank = 0;

	pb_buf_reset(keys);
	const char *s = d->text.ptr + d->blocks[0].off, *e = s + d->blocks[0].len;
	while (s < e && nk < MAXCOVER) {
		const char *nl = d->text.ptr + sp_doc_eol(sp, (size_t)(s - d->text.ptr), (size_t)(e - d->text.ptr));
		size_t at = keys->len, kl = 0;
		const char *key;
		pb_line_class cls;
		/* a cover line is short; skip what is not, and blank lines,
		 * whose key is empty (a fifth of sp_cover_fields' time went to
		 * building it).  Through the memo, which spares the work when
		 * filings share cover lines */
		if (nl - s <= 4000 && !pb_blank(s, (size_t)(nl - s)) &&
		    pb_linememo_classify(sp->memo, s, (size_t)(nl - s), room, &key, &kl, &cls) < 0) {
			sp->oom = 1;
			kl = 0;
		}
		if (kl) {
			if (pb_buf_add(keys, key, kl + 1) < 0) {
				sp->oom = 1;
				break;
			}
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

/* NOISE_* in sp_cover_fields' noise[]: a key of a page break between
 * the cover's lines */
enum { NOISE_LINE = 1, NOISE_TITLE = 2 };

/*
 * The first of the lines that end at key `last` and make one wrapped
 * name (join_keys passes over noise[] between them): lines after key
 * `after`, with no blank line between them, at
 * most four.  A page break's lines between two of them (noise[]: its
 * page number, its running header, the header's draft mark, and the
 * department dept alone over the header's title, or all of it alone
 * between blank lines) part nothing when a
 * blank line stands before them (the page's last line, then the page
 * number at its foot), or none around them: the name went on over the
 * page break (承德…党政综合办公室 / 7 / (社会管理综合治理办公室)本级编制),
 * and its first line was lost from compiled_by.
 */
static int name_from(const char *keys, const size_t *ko, const unsigned char *gap,
                     unsigned char *noise, const char *dept, int after, int last)
{
	int from = last, pieces = 1;
	if (after < 0)
		return last;
	for (;;) {
		int j = from;
		while (j - 1 > after && noise[j - 1])
			j--;
		if (j < from && j - 1 > after && !gap[j] && noise[j] == NOISE_TITLE &&
		    pb_dept_alone(keys + ko[j - 1], strlen(keys + ko[j - 1]), dept))
			noise[--j] = NOISE_LINE; /* the header's first line */
		else if (j == from && j - 1 > after && gap[j] && gap[j - 1] && dept &&
		         !strcmp(keys + ko[j - 1], dept))
			noise[--j] = NOISE_LINE; /* the department alone, a header of one line */
		if (j < from ? !gap[j] && gap[from] : gap[from])
			break;
		if (j - 1 <= after || pieces >= 4 || noise[j - 1] || !name_piece(keys + ko[j - 1]))
			break;
		from = j - 1;
		pieces++;
	}
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
int sp_cover_title(pb_buf *out, const char *key, size_t kl, size_t o)
{
	size_t yl = pb_cover_year_len(key, kl, o);
	pb_buf_reset(out);
	for (size_t i = o; i < o + yl; i++)
		if (key[i] != ' ' && pb_buf_add(out, key + i, 1) < 0)
			return -1;
	return pb_buf_add(out, key + o + yl, kl - o - yl);
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
	if (!(pb_key_closes(b, bl) || (bl >= 3 && (!memcmp(b + bl - 3, "本", 3) ||
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
	return pb_draft_mark(out->ptr, out->len) ? 2 : 0;
}

/* The length of the title t[0..tl) less a draft mark in brackets at its
 * end (2025年部门预算绩效文本（草案） -> 2025年部门预算绩效文本): the
 * mark is the doc's draft, and left in the title it set a draft apart
 * from the final filing of the same title (pbsum -g title).  Another
 * mark in brackets is the title's own. */
static size_t title_less_draft(const char *t, size_t tl)
{
	if (!pb_key_closes(t, tl))
		return tl;
	for (size_t j = tl; j-- > 0;) {
		if (t[j] != '(' && (j + 3 > tl || memcmp(t + j, "（", 3)))
			continue;
		if (!pb_draft_mark(t + j, tl - j))
			return tl;
		while (j && t[j - 1] == ' ')
			j--;
		return j ? j : tl;
	}
	return tl;
}

/* The doc's year and title from the cover title key k (pb_cover_year's
 * year and offset toff): 1 when the title line carries the draft mark
 * itself, at its end in brackets (…文本（草案）); few titles end so. */
static int take_title(pb_splitter *sp, const char *k, size_t kl, int year, size_t toff)
{
	pb_doc *d = &sp->doc;
	d->year = year;
	if (sp_cover_title(&sp->join, k, kl, toff) < 0 ||
	    !(d->title = sp_str(sp, sp->join.ptr, title_less_draft(sp->join.ptr, sp->join.len))))
		sp->oom = 1;
	return pb_key_closes(k, kl) && sp_draft_line(k);
}

/*
 * A cover block none of whose lines holds a key (nk 0; a line too long
 * for sp_cover_keys to read is no blank): the blank lines before a
 * coverless filing's first heading.  It states nothing: read as a cover,
 * it made the doc's draft false, a field the filing does not state.  The
 * block stays, the blank lines' (a heading's block starts at its heading:
 * fuzz_split holds it).  1 when so.
 */
static int blank_cover(const pb_doc *d, int nk)
{
	const pb_block *c = &d->blocks[0];
	const char *s = d->text.ptr + c->off, *e = s + c->len;
	if (nk)
		return 0;
	for (const char *nl; s < e; s = nl + 1) {
		nl = memchr(s, '\n', (size_t)(e - s));
		if (!nl)
			nl = e;
		if (nl - s > 4000)
			return 0;
	}
	return 1;
}

/* Past the keys from i on that a page's header holds under its title
 * (its page number, its draft mark): the first key after them */
static int past_header(const char *keys, const size_t *ko, int i, int nk)
{
	while (i < nk) {
		const char *k = keys + ko[i];
		size_t kl = strlen(k);
		if (pb_page_number_at(k, kl) && !pb_draft_alone(k, kl))
			break;
		i++;
	}
	return i;
}

/*
 * In a doc begun at the last filing's running page header (its title
 * pending in that filing's last table, sp->doc_at_header), that title is
 * the last filing's: a cover title after it, before the cover's 编制 and
 * 审核 lines, is the doc's own, and the names before that one start
 * after the header (names).  A title with its page number under it and
 * none after it is the header alone, of a filing without a cover: no
 * title, no year.  Read as the doc's, the last filing's year was the
 * new one's, and its projects were totalled under it (pbsum -g year).
 */
static int later_title(const pb_splitter *sp, int title, int comp, int rev)
{
	return title >= 0 && sp->doc_at_header && comp < 0 && rev < 0;
}

void sp_cover_fields(pb_splitter *sp)
{
	pb_doc *d = &sp->doc;
	pb_buf *keys = &sp->cover_keys;
	size_t ko[MAXCOVER], comp_at = 0, rev_at = 0;
	unsigned char gap[MAXCOVER], noise[MAXCOVER] = { 0 };
	size_t title_at = 0;
	int nk, title = -1, title_last = -1, draft = -1, comp = -1, rev = -1;
	int names = 0; /* the first key of the names before the title */

	if (!d->nblocks || d->blocks[0].kind != PB_BLK_COVER)
		return;
	nk = sp_cover_keys(sp, ko, gap);
	if (blank_cover(d, nk))
		return;
	for (int i = 0; i < nk; i++) {
		const char *k = keys->ptr + ko[i];
		size_t kl = strlen(k), toff;
		int w = 0, y;
		if ((title < 0 || later_title(sp, title, comp, rev)) && (y = pb_cover_year(k, kl, &toff))) {
			if (title >= 0) { /* the header above was the last filing's */
				names = past_header(keys->ptr, ko, title_last + 1, i);
				draft = -1;
			}
			title = title_last = i;
			title_at = toff;
			if (take_title(sp, k, kl, y, toff))
				draft = i;
		} else if (i + 1 < nk && !gap[i + 1] && (title < 0 || pb_key_opens(k)) &&
		           (w = wrapped_cover_line(sp, &sp->cover_key, k, keys->ptr + ko[i + 1],
		                                   title < 0, &y, &toff))) {
			/* the line wrapped: both are read, the title's first
			 * line is where the names before it end */
			if (w == 1) {
				title = i;
				title_last = i + 1;
				title_at = toff; /* on the first line */
				if (take_title(sp, sp->cover_key.ptr, sp->cover_key.len, y, toff))
					draft = i + 1;
			} else {
				draft = i + 1;
			}
			i++;
		} else if (title >= 0 && i > title_last &&
		           pb_cover_year(k, pb_page_number_at(k, kl), &toff) > 0) {
			noise[i] = NOISE_TITLE; /* a running page header */
		} else if (draft >= 0 && i && noise[i - 1] == NOISE_TITLE && !gap[i] &&
		           pb_draft_alone(k, kl)) {
			/* its draft mark, once the doc's own was read: where
			 * the names start is after the doc's */
			noise[i] = NOISE_LINE;
		} else if (sp_draft_line(k)) {
			draft = i;
		} else if (!pb_page_number_at(k, kl)) {
			noise[i] = NOISE_LINE;
		} else if (comp < 0 && verb_line(k, kl, "编制", &comp_at)) {
			comp = i;
		} else if (rev < 0 && verb_line(k, kl, "审核", &rev_at)) {
			rev = i;
		}
	}
	if (title >= 0 && !names && sp->doc_at_header && title_last + 1 < nk &&
	    !pb_page_number_at(keys->ptr + ko[title_last + 1], strlen(keys->ptr + ko[title_last + 1]))) {
		/* the header alone, of a filing without a cover */
		d->year = 0;
		d->title = NULL;
		int after = past_header(keys->ptr, ko, title_last + 1, nk);
		if (after == nk)
			return;
		names = after;
		title = title_last = -1;
		if (draft < after)
			draft = -1;
	}
	d->draft = draft >= 0;
	if (title > names && title - names <= 4) {
		/* a name wrapped so that its last line is the title's start
		 * (某某办公室(社 / 会管理…)本级2024年部门预算绩效文本): its
		 * tail is what comes before the year there */
		const char *tk = keys->ptr + ko[title];
		d->dept = join_keys(sp, ko, noise, names, title, tk, gap[title] ? 0 : title_at, NULL);
	}
	int after = title_last > draft ? title_last : draft;
	const char *ck = comp >= 0 ? keys->ptr + ko[comp] : NULL;
	size_t two = ck && comp_at ? second_label(ck, strlen(ck), comp_at, "审核") : 0;
	if (two) {
		/* 编制单位：X    审核单位：Y on one line */
		d->compiled_by = sp_str(sp, ck + comp_at, two - comp_at);
		if (rev < 0) {
			size_t at = label_at(ck + two, strlen(ck + two), "审核");
			if (ck[two + at])
				d->reviewed_by = sp_str(sp, ck + two + at, strlen(ck + two + at));
		}
	} else if (comp >= 0 && comp_at) {
		d->compiled_by = label_value(sp, ko, comp, comp_at, nk);
	} else if (comp >= 0) {
		int from = name_from(keys->ptr, ko, gap, noise, d->dept, after, comp);
		d->compiled_by = join_keys(sp, ko, noise, from, comp + 1, NULL, 0, "编制");
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
		/* the compiler's name wrapped onto this line, as onto an
		 * X编制 line of its own */
		int from = name_from(keys->ptr, ko, gap, noise, d->dept, after, rev);
		d->compiled_by = join_keys(sp, ko, noise, from, rev, rk, (size_t)(verb - rk), NULL);
		d->reviewed_by = sp_str(sp, verb + 6, strlen(verb + 6) - 6);
	} else if (d->reviewed_by) {
		/* read with the compiler's label */
	} else if (rev >= 0 && rev_at) {
		d->reviewed_by = label_value(sp, ko, rev, rev_at, nk);
	} else if (rev >= 0) {
		int base = comp > after ? comp : after;
		int from = name_from(keys->ptr, ko, gap, noise, d->dept, base, rev);
		d->reviewed_by = join_keys(sp, ko, noise, from, rev + 1, NULL, 0, "审核");
	}
}
