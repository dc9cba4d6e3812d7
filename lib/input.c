#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "compiler.h"
#include "encline.h"
#include "gb18030.h"
#include "grow.h"
#include "swar.h"
#include "utf8.h"

/* MODE_LINES: an input of both encodings, read a line at a time (below,
 * "an input of both encodings") */
enum mode { UNDECIDED, MODE_UTF8, MODE_GB18030, MODE_LINES, REJECTED };

struct pb_decoder {
	enum mode mode;
	pb_enc forced;
	pb_buf pending;       /* raw bytes not yet converted */
	pb_buf out;           /* converted UTF-8 */
	long long consumed;   /* raw bytes before pending[0] */
	int bom_checked;
	int bom;              /* the input started with a UTF-8 BOM (dropped) */
	iconv_t cd;
	pb_err err;
	/* Where the first bad byte is, for the reader to give its line: the
	 * offset in out where its replacement goes, or (err.line) the line
	 * when decide rejects the input with nothing in out.  err_what is
	 * the message without the byte. */
	size_t err_out;
	const char *err_what;
	/* what the message adds after the byte: where the other encoding
	 * failed, when decide rejects the input (empty otherwise) */
	char err_more[96];
	/* decide's strict GB18030 attempt: where in pending it met an
	 * invalid character */
	size_t gb_bad;
	/* bytes read as U+FFFD (or '?'), the first included: the message
	 * names the first, and the count tells the rest (pb_input_more) */
	long long nbad, nnul;
	long long nbad_gb; /* of them, not GB18030 (the rest: not UTF-8, or NUL) */
	/*
	 * An input of both encodings.  switchable: the encoding may change
	 * (auto, and no records); first_enc: the encoding of its first text;
	 * cur: of the last line not ASCII since MODE_LINES began.  Each
	 * change is queued in sw (where it is in out) for the reader, which
	 * takes them off as it hands out lines.
	 */
	int switchable, blank_only;
	const char *first_enc, *cur;
	struct pb_switch {
		size_t at;
		const char *enc;
	} *sw;
	size_t nsw, capsw;
	int nswitches;
	/* MODE_UTF8: the bytes of out's unfinished line (past its last LF),
	 * whether one is a CR, whether one is a bad byte's U+FFFD, for
	 * weigh_line */
	size_t line_len;
	int line_cr, line_bad;
	/* MODE_GB18030: pending starts inside a line too long to look at */
	int gb_long;
	/* MODE_LINES: pending[0..lf_from) has no LF (an unfinished line) */
	size_t lf_from;
};

static const char replacement[] = "\xEF\xBF\xBD";
static const char nul_byte[] = "NUL byte: binary data, not a text filing";
/* said without a byte or a line: the whole file is in it */
static const char utf16_text[] = "UTF-16 text (Word's \"Unicode Text\"), not UTF-8 or GB18030: "
                                 "convert it first, iconv -f UTF-16 -t UTF-8 FILE > NEW.txt";
static const char gb_invalid[] = "invalid GB18030";
static const char gb_cut[] = "GB18030 character cut off at end of input";

/*
 * The buffers of the last decoder freed, for the next one.  A decoder's
 * buffers grow to the detection window and more (2 MiB each for a filing
 * of 1 MiB), and fresh room is zeroed (buf.h): doing that again for every
 * input was 8.8 M of pbsplit's 156.7 M instructions on three corpus
 * files.  One spare, taken and given back by an atomic exchange, so
 * decoders in several threads stay safe; it holds no bytes that matter
 * (both buffers are emptied), and a buffer grown past SPARE_MAX is freed
 * rather than kept.
 */
#if !defined(__STDC_NO_ATOMICS__)
#include <stdatomic.h>
#define SPARE_MAX (8u << 20)
typedef struct {
	pb_buf pending, out;
} spare_bufs;
static _Atomic(spare_bufs *) spare;

static void take_spare(pb_decoder *d)
{
	spare_bufs *sb = atomic_exchange(&spare, NULL);
	if (sb) {
		d->pending = sb->pending;
		d->out = sb->out;
		free(sb);
	}
}

/* 1 when d's buffers were kept */
static int give_spare(pb_decoder *d)
{
	if (d->pending.cap > SPARE_MAX || d->out.cap > SPARE_MAX)
		return 0;
	spare_bufs *sb = malloc(sizeof *sb);
	if (!sb)
		return 0;
	pb_buf_reset(&d->pending);
	pb_buf_reset(&d->out);
	sb->pending = d->pending;
	sb->out = d->out;
	sb = atomic_exchange(&spare, sb);
	if (sb) {
		pb_buf_free(&sb->pending);
		pb_buf_free(&sb->out);
		free(sb);
	}
	return 1;
}
#else
static void take_spare(pb_decoder *d) { (void)d; }
static int give_spare(pb_decoder *d) { (void)d; return 0; }
#endif

pb_decoder *pb_decoder_new(pb_enc enc)
{
	pb_decoder *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	pb_buf_init(&d->pending);
	pb_buf_init(&d->out);
	take_spare(d);
	d->forced = enc;
	d->cd = (iconv_t)-1;
	d->blank_only = 1;
	if (enc == PB_ENC_UTF8)
		d->mode = MODE_UTF8;
	return d;
}

void pb_decoder_free(pb_decoder *d)
{
	if (!d)
		return;
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	if (!give_spare(d)) {
		pb_buf_free(&d->pending);
		pb_buf_free(&d->out);
	}
	free(d->sw);
	free(d);
}

pb_buf *pb_decoder_out(pb_decoder *d) { return &d->out; }
const pb_err *pb_decoder_err(const pb_decoder *d) { return &d->err; }
int pb_decoder_rejected(const pb_decoder *d) { return d->mode == REJECTED; }

int pb_decoder_bom(const pb_decoder *d) { return d->bom; }
int pb_decoder_switches(const pb_decoder *d) { return d->nswitches; }

const char *pb_decoder_encoding(const pb_decoder *d)
{
	switch (d->mode) {
	case MODE_UTF8: return pb_enc_utf8;
	case MODE_GB18030: return pb_enc_gb18030;
	case MODE_LINES: return d->cur ? d->cur : d->first_enc;
	default: return NULL;
	}
}

static int oom(pb_decoder *d)
{
	d->mode = REJECTED;
	return pb_error(&d->err, 0, "out of memory");
}

static void bad_byte(pb_decoder *d, long long at, const char *what)
{
	d->nbad++;
	d->nnul += what == nul_byte;
	d->nbad_gb += what == gb_invalid || what == gb_cut;
	if (!d->err.set) {
		pb_error(&d->err, 0, "byte %lld: %s", at + 1, what);
		d->err.byte = at + 1;
		d->err_out = d->out.len;
		d->err_what = what;
	}
}

/* The lines s[0..n) ends, as the reader ends them (LF, CRLF, and a lone
 * CR until an LF has ended a line: lf says one had before s); a CR at n
 * is taken as lone: what follows it there is a bad byte.  Run once, for
 * an error's line; LF and CR are never part of a UTF-8 or GB18030
 * character, so raw bytes count as their text does. */
static long line_ends(const char *s, size_t n, int lf)
{
	long k = 0;
	for (size_t i = 0; i < n; i++) {
		lf |= s[i] == '\n';
		k += s[i] == '\n' || (s[i] == '\r' && !lf && (i + 1 == n || s[i + 1] != '\n'));
	}
	return k;
}

/* decide rejects: the bad byte is at pending[i], nothing is in out */
static void bad_byte_raw(pb_decoder *d, size_t i, const char *what)
{
	if (!d->err.set) {
		bad_byte(d, d->consumed + (long long)i, what);
		d->err.line = 1 + line_ends(d->pending.ptr, i, 0);
	}
}

/* ---- an input of both encodings ----
 *
 * `cat` of filings in UTF-8 and in GB18030 is one input whose encoding
 * changes where a filing starts.  Such an input is read a line at a time
 * (MODE_LINES), each line in the encoding it is in (encline.h).  It is
 * found three ways, each on whole lines, so never by how the input was
 * cut into reads: the detection window holds text of both (decide); read
 * as UTF-8, the line of a bad byte is GB18030 text (weigh_line); read
 * as GB18030, a line is UTF-8 text (run_gb_watch).  A line longer than
 * WEIGH_MAX is not looked at: a filing's lines are far shorter, and it
 * bounds what is held back.
 */
#define WEIGH_MAX PB_TEXT_LINE_MAX

/*
 * iconv's converter for GB18030, opened once.  iconv_open fails with
 * EINVAL when the system's iconv has no GB18030; otherwise for a cause of
 * the moment, which is said: under ulimit -n 4 the gconv module could
 * not be opened (EMFILE), and 'iconv cannot convert GB18030 on this
 * system' sent the user after the system's iconv.  0, or -1 with errno.
 */
static int open_cd(pb_decoder *d)
{
	int e;

	if (d->cd != (iconv_t)-1)
		return 0;
	/* tried again when asked again: a failure may be of the moment (an
	 * allocation inside glibc's iconv_open that failed, said EINVAL; a
	 * descriptor closed since), and the next try work */
	errno = 0;
	d->cd = iconv_open("UTF-8", "GB18030");
	if (d->cd != (iconv_t)-1)
		return 0;
	e = errno ? errno : EINVAL;
	/* glibc says EINVAL too when it could not open gconv's module files
	 * for want of a descriptor: asked of the descriptors themselves */
	if (e == EINVAL) {
		int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
		if (fd >= 0)
			close(fd);
		else if (errno == EMFILE || errno == ENFILE)
			e = errno;
	}
	errno = e;
	return -1;
}

/* The message for a failed open_cd, errno its cause */
static int cd_error(pb_decoder *d)
{
	if (errno == ENOMEM)
		return pb_error(&d->err, 0, "out of memory");
	if (errno == EINVAL)
		return pb_error(&d->err, 0, "iconv cannot convert GB18030 on this system");
	return pb_error(&d->err, 0, "cannot convert GB18030: %s", strerror(errno));
}

static int can_switch(pb_decoder *d)
{
	if (!d->switchable)
		return 0;
	if (open_cd(d) == 0)
		return 1;
	/* the line is read as UTF-8 then, its bad bytes as U+FFFD: the
	 * first error is why it was not tried as GB18030, when that was a
	 * cause of the moment (a GB18030 filing after UTF-8 ones was
	 * 'invalid UTF-8' under ulimit -n 4); no iconv GB18030 at all
	 * leaves the bad bytes to be said as such */
	if (errno != EINVAL && !d->err.set)
		cd_error(d);
	return 0;
}

/* the encoding is enc from out[at] on (at a line start) */
static int push_switch(pb_decoder *d, size_t at, const char *enc)
{
	if (pb_grow_to(&d->sw, &d->capsw, d->nsw + 1, 4, sizeof *d->sw) < 0)
		return oom(d);
	d->sw[d->nsw].at = at;
	d->sw[d->nsw++].enc = enc;
	d->nswitches++;
	return 0;
}

static int to_lines(pb_decoder *d, const char *cur)
{
	d->mode = MODE_LINES;
	d->cur = cur;
	d->lf_from = 0;
	return 1;
}

/* p[0..k) went into out as UTF-8: the unfinished line's length and
 * whether it holds a CR.  Only the part past the last LF is looked at:
 * a few bytes, on a filing's lines.  Lines here end at LF only: past an
 * LF a lone CR ends no line for the reader (input.h), and a change must
 * come at the start of one of its lines. */
static void utf8_line_state(pb_decoder *d, const char *p, size_t k)
{
	size_t e = k;

	/* kept whether or not the input may change: it may be known to only
	 * once its first byte not blank comes, after blanks on this line */
	while (e > 0 && p[e - 1] != '\n')
		e--;
	if (e > 0) {
		d->line_len = 0;
		d->line_cr = d->line_bad = 0;
	}
	d->line_len += k - e;
	for (size_t j = e; j < k && !d->line_cr; j++)
		d->line_cr = p[j] == '\r';
}

/* The end of the line at s[0..n), its LF included: n when the
 * input ends there (final), 0 when more bytes are needed, and when the
 * line is longer than WEIGH_MAX, SIZE_MAX. */
static size_t weigh_span(const char *s, size_t n, int final)
{
	size_t lim = n < WEIGH_MAX ? n : WEIGH_MAX;
	const char *lf = memchr(s, '\n', lim);

	if (lf)
		return (size_t)(lf - s) + 1;
	return lim == WEIGH_MAX ? SIZE_MAX : final ? n : 0;
}

/*
 * The start of the unfinished line, in out as UTF-8, goes back in front
 * of pending[i], to be read again in another encoding.  It is the input's
 * bytes as they came (valid UTF-8 is copied, and no U+FFFD is on the
 * line), and no reader has it: readers take whole lines (input.h).
 */
static int take_back(pb_decoder *d, size_t i)
{
	pb_buf *p = &d->pending;
	size_t head = d->line_len;

	if (head > i && pb_buf_grow(p, head - i) < 0)
		return oom(d);
	memmove(p->ptr + head, p->ptr + i, p->len - i);
	memcpy(p->ptr, d->out.ptr + d->out.len - head, head);
	p->len = p->len - i + head;
	p->ptr[p->len] = '\0';
	d->consumed += (long long)i - (long long)head;
	pb_buf_truncate(&d->out, d->out.len - head);
	d->line_len = 0;
	return 0;
}

/*
 * Read as UTF-8, pending[i] is the first bad byte of its line (out holds
 * all before it): is the line GB18030 text?  Weighed whole, its start in
 * out and its rest in pending, so a GB18030 line whose first character
 * passes as UTF-8 (一 is D2 BB, 预 D4 A4) is seen too: looking only at
 * lines ASCII up to their bad byte, a GB18030 filing after UTF-8 ones had
 * its first such lines read as U+FFFD (review r10a E3).  A stray byte in
 * UTF-8 text never passes the test (encline.h).  1 GB18030 from the
 * line's start (MODE_LINES, the start taken back from out), 2 more bytes
 * needed, 0 not (and later bad bytes on the line are not asked).
 */
static int weigh_line(pb_decoder *d, size_t i, int final)
{
	const char *s = d->pending.ptr + i;
	size_t n = d->pending.len - i, head = d->line_len;

	/* a CR in the line may have ended a line for the reader (before any
	 * LF), which may have taken part of it: no change there */
	if (d->line_bad || d->line_cr || head > d->out.len || head >= WEIGH_MAX || !can_switch(d))
		return 0;
	size_t e = weigh_span(s, n, final);
	if (e == 0)
		return 2;
	if (e == SIZE_MAX || head + e > WEIGH_MAX)
		return 0;
	/* the line whole, once for each line with a bad byte */
	pb_buf line = PB_BUF_INIT;
	if (pb_buf_add(&line, d->out.ptr + d->out.len - head, head) < 0 ||
	    pb_buf_add(&line, s, e) < 0) {
		pb_buf_free(&line);
		return oom(d);
	}
	int gb = pb_line_gb18030_text(line.ptr, line.len);
	pb_buf_free(&line);
	if (!gb)
		return 0;
	if (take_back(d, i) < 0 || push_switch(d, d->out.len, pb_enc_gb18030) < 0)
		return -1;
	return to_lines(d, pb_enc_gb18030);
}

/*
 * pending[from..to) as UTF-8, each bad byte as U+FFFD; a sequence cut by
 * to is kept unless final.  In MODE_UTF8 a bad byte may start GB18030
 * text (weigh_line).  *done: where it stopped.  0, -1 out of memory, or
 * 1 when the mode changed there.
 */
static int utf8_span(pb_decoder *d, size_t from, size_t to, int final, size_t *done)
{
	const char *s = d->pending.ptr;
	size_t i = from;
	int r = 0;

	while (i < to) {
		int incomplete;
		size_t ok = pb_utf8_valid(s + i, to - i, &incomplete);
		const char *nul = memchr(s + i, 0, ok);
		if (nul)
			ok = (size_t)(nul - (s + i));
		if (pb_buf_add(&d->out, s + i, ok) < 0)
			return oom(d);
		utf8_line_state(d, s + i, ok);
		i += ok;
		if (i == to)
			break;
		if (!nul && incomplete && !final)
			break;
		/* a character cut by the end of the input is UTF-8 cut short */
		if (!nul && !incomplete && d->mode == MODE_UTF8 &&
		    (r = weigh_line(d, i, final)) != 0) {
			if (r < 0)
				return -1;
			r = r == 1;
			if (r)
				i = 0; /* pending starts at the line now */
			break;
		}
		bad_byte(d, d->consumed + (long long)i,
		         nul ? nul_byte
		         : incomplete ? "UTF-8 sequence cut off at end of input"
		                      : "invalid UTF-8");
		if (pb_buf_add(&d->out, replacement, 3) < 0)
			return oom(d);
		d->line_len += 3;
		d->line_bad = 1;
		i++;
	}
	*done = i;
	return r;
}

static void consume(pb_decoder *d, size_t used)
{
	d->consumed += (long long)used;
	pb_buf_consume(&d->pending, used);
}

/* Convert the UTF-8 in pending; keep an incomplete tail unless final.
 * 0, -1 out of memory, 1 the mode changed. */
static int run_utf8(pb_decoder *d, int final)
{
	size_t done;
	int r = utf8_span(d, 0, d->pending.len, final, &done);

	if (r >= 0)
		consume(d, done);
	return r;
}

/*
 * iconv over the character at *in: it is given the longest a GB18030
 * character can be (4 bytes) or what is left, so it says what it would
 * say over the whole input, at the cost of one call per character.  Used
 * where the table (gb18030.c) cannot convert.  With no table, the lot.
 */
static size_t gb_step(iconv_t cd, int table, char **in, size_t *inleft, char **out,
                      size_t *outleft)
{
	size_t step = table && *inleft > 4 ? 4 : *inleft, rest = *inleft - step;
	size_t r = iconv(cd, in, &step, out, outleft);

	if (r == (size_t)-1 && errno == EINVAL && rest) {
		/* cannot happen (4 bytes is the longest), but then ask again */
		step += rest;
		rest = 0;
		r = iconv(cd, in, &step, out, outleft);
	}
	*inleft = step + rest;
	return r;
}

/* Convert in[0..*inleft) from GB18030; an incomplete character at the
 * end is kept for later unless final.  strict: stop at an invalid
 * character and return 1 (the encoding is being decided). */
static int convert_gb(pb_decoder *d, char **in, size_t *inleft, int final, int strict)
{
	int table = pb_gb18030_init() == 0;

	while (*inleft > 0) {
		if (table) {
			/* at most 1 MiB at a time, so the room needed cannot overflow */
			size_t k = *inleft < 1u << 20 ? *inleft : 1u << 20, olen;
			if (pb_buf_grow(&d->out, k + k / 2 + 4) < 0)
				return oom(d);
			size_t used = pb_gb18030_fast(*in, k, d->out.ptr + d->out.len, &olen);
			d->out.len += olen;
			d->out.ptr[d->out.len] = '\0';
			*in += used;
			*inleft -= used;
			if (*inleft == 0)
				break;
			if (used == k)
				continue;
		}
		if (pb_buf_grow(&d->out, table ? 64 : *inleft * 2 + 16) < 0)
			return oom(d);
		char *out = d->out.ptr + d->out.len, *from = *in;
		size_t outleft = d->out.cap - d->out.len - 1;
		size_t before = outleft;
		size_t r = gb_step(d->cd, table, in, inleft, &out, &outleft);
		d->out.len += before - outleft;
		d->out.ptr[d->out.len] = '\0';
		if (r != (size_t)-1)
			continue;
		if (errno == E2BIG || (table && *in != from))
			continue;
		if (errno == EINVAL && !final)
			break;
		if (errno != EINVAL && strict) {
			d->gb_bad = (size_t)(*in - d->pending.ptr);
			return 1;
		}
		long long at = d->consumed + (long long)(*in - d->pending.ptr);
		bad_byte(d, at, errno == EINVAL ? gb_cut : gb_invalid);
		if (pb_buf_add(&d->out, replacement, 3) < 0)
			return oom(d);
		(*in)++;
		(*inleft)--;
	}
	return 0;
}

/* Convert pending[from..to) into out; *used is where it stopped (done
 * with up to there, consumed by the caller).  0, -1 out of memory, or 1
 * when strict and not GB18030. */
static int convert_span_gb(pb_decoder *d, size_t from, size_t to, int final, int strict,
                           size_t *used)
{
	char *in = d->pending.ptr + from;
	size_t left = to - from;

	/* iconv passes NUL through: convert up to each NUL and report it
	 * there, so errors come in input order however the input was cut */
	for (;;) {
		char *nul = memchr(in, 0, left);
		size_t seg = nul ? (size_t)(nul - in) : left;
		size_t segleft = seg;
		int r = convert_gb(d, &in, &segleft, final || nul, strict);
		if (r)
			return r;
		left -= seg - segleft;
		if (!nul || segleft)
			break;
		bad_byte(d, d->consumed + (in - d->pending.ptr), nul_byte);
		if (pb_buf_addc(&d->out, '?') < 0)
			return oom(d);
		in++;
		left--;
	}
	*used = (size_t)(in - d->pending.ptr);
	return 0;
}

/* The first n bytes of pending: 0, -1 out of memory, or 1 when strict
 * and not GB18030 (nothing used) */
static int run_gb(pb_decoder *d, size_t n, int final, int strict)
{
	size_t used;
	int r = convert_span_gb(d, 0, n, final, strict, &used);

	if (r == 0)
		consume(d, used);
	return r;
}

static int open_gb(pb_decoder *d)
{
	if (open_cd(d) < 0) {
		/* iconv loads its converter on first use: that can fail for
		 * want of memory, which is no fault of the system's iconv */
		if (errno == ENOMEM)
			return oom(d);
		d->mode = REJECTED;
		return cd_error(d);
	}
	return 0;
}

static int check_bom(pb_decoder *d, int final)
{
	if (d->bom_checked)
		return 1;
	if (d->pending.len < 3 && !final &&
	    memcmp(d->pending.ptr, "\xEF\xBB\xBF", d->pending.len) == 0)
		return 0; /* could still be a BOM */
	d->bom_checked = 1;
	if (d->pending.len >= 3 && memcmp(d->pending.ptr, "\xEF\xBB\xBF", 3) == 0) {
		pb_buf_consume(&d->pending, 3);
		d->consumed += 3;
		d->bom = 1;
		if (d->mode == UNDECIDED)
			d->mode = MODE_UTF8;
	}
	return 1;
}

/*
 * pending holds the first ok bytes checked as UTF-8 with no NUL, and out
 * is empty: hand them over by swapping the buffers rather than copying
 * and checking them again.  A character cut by the end stays pending.
 */
static int take_utf8(pb_decoder *d, size_t ok)
{
	pb_buf was = d->out;

	if (was.len)
		return 0;
	d->out = d->pending;
	d->pending = was;
	if (pb_buf_add(&d->pending, d->out.ptr + ok, d->out.len - ok) < 0)
		return oom(d);
	pb_buf_truncate(&d->out, ok);
	utf8_line_state(d, d->out.ptr, ok);
	d->consumed += (long long)ok;
	return 0;
}

/*
 * Whether s[0..n), neither valid UTF-8 nor valid GB18030, is UTF-8 with a
 * few bad bytes (a PDF extraction's stray byte): at least
 * MOSTLY_UTF8_RATIO valid multi-byte sequences for each bad byte.  Read
 * as UTF-8, GB18030 Chinese gives the other way round: about one valid
 * two-byte sequence (a GB18030 character whose lead is C2..DF and trail
 * A1..BF) for four bad bytes (0.23 to 0.26 over the examples and the
 * shared filings converted), so the rule has a margin of thirty over it;
 * a GB18030 filing cat'ed before or after a UTF-8 one brings hundreds of
 * bad bytes and stays rejected rather than read as U+FFFD.  Without the
 * rule one stray byte in the first MiB cost the whole input, and past it
 * one character.  A sequence cut by the end of s is neither: the window
 * may end there.
 */
#define MOSTLY_UTF8_RATIO 8

/* s[0..n) read as UTF-8: its valid multi-byte sequences, its bad bytes
 * and the most valid multi-byte sequences between two bad bytes */
static void utf8_counts(const char *s, size_t n, size_t *multi_out, size_t *bad_out,
                        size_t *run_out)
{
	size_t multi = 0, bad = 0, i = 0, run = 0, longest = 0;

	while (i < n) {
		int incomplete;
		size_t ok = pb_utf8_valid(s + i, n - i, &incomplete);
		size_t k = 0;
		for (size_t j = i; j < i + ok; j++)
			k += ((unsigned char)s[j] & 0xC0) == 0xC0;
		multi += k;
		run += k;
		longest = run > longest ? run : longest;
		i += ok;
		if (i == n || incomplete)
			break;
		run = 0;
		bad++;
		i++;
	}
	*multi_out = multi;
	*bad_out = bad;
	*run_out = longest;
}

static int mostly_utf8(size_t multi, size_t bad)
{
	return bad > 0 && multi >= MOSTLY_UTF8_RATIO * bad;
}

/*
 * The same rule the other way, for a GB18030 filing with a stray byte in
 * its first MiB (which cost the whole filing; past the MiB, one
 * character): at least MOSTLY_GB18030_RATIO GB18030 characters of two or
 * four bytes for each bad byte, and the input clearly not UTF-8 (fewer
 * valid UTF-8 multi-byte sequences than half its bad bytes).  Measured
 * over the examples, the fixtures and the shared filings (281 files) and
 * their iconv conversions to GB18030: UTF-8 Chinese read as GB18030
 * gives 10.3 to 23.4 valid characters for each bad byte (a character cut
 * by ASCII, mostly at a line end), 13.3 to 13.4 over the bench's 95
 * UTF-8 files; GB18030 read as UTF-8 gives 0 to 0.32 valid sequences for
 * each bad byte (0.26 overall, 0.25 on the bench), and UTF-8 read as
 * UTF-8 none bad.  Either test alone rejects all of them: the ratio has
 * a margin of 2.7 over UTF-8 read as GB18030, the UTF-8 test one of 1.5
 * over GB18030 read as UTF-8.  And no UTF-8 text in it: GB18030 read as
 * UTF-8 has at most 5 valid sequences between two bad bytes (the 281
 * files converted, the bench's 40 GB18030 files), so a run of
 * UTF8_TEXT_RUN is a UTF-8 line; with it, GB18030 filings cat'ed before a
 * UTF-8 one (whose bad bytes read as GB18030 are few beside the
 * GB18030's characters) stay rejected rather than read with the UTF-8
 * filing garbled.
 */
#define MOSTLY_GB18030_RATIO 64
#define UTF8_TEXT_RUN 16

/*
 * Read pending as GB18030 with its bad bytes as U+FFFD if it is mostly
 * GB18030 (above; multi and bad: its UTF-8 counts).  1 when so read
 * (pending is converted as usual), 0 when not (nothing used, *gb_multi
 * and *gb_bad the GB18030 counts), -1 out of memory.
 */
static int mostly_gb18030(pb_decoder *d, size_t n, int final, size_t multi, size_t bad,
                          size_t run, size_t *gb_multi, size_t *gb_bad)
{
	pb_err before = d->err;
	long long nbad = d->nbad, nnul = d->nnul, nbad_gb = d->nbad_gb;
	size_t used, leads = 0;

	pb_buf_reset(&d->out);
	if (convert_span_gb(d, 0, n, final, 0, &used) < 0)
		return -1;
	for (size_t i = 0; i < d->out.len; i++)
		leads += ((unsigned char)d->out.ptr[i] & 0xC0) == 0xC0;
	*gb_bad = (size_t)(d->nbad - nbad);
	*gb_multi = leads - *gb_bad;
	if (*gb_bad && *gb_multi >= MOSTLY_GB18030_RATIO * *gb_bad && 2 * multi < bad &&
	    run < UTF8_TEXT_RUN) {
		consume(d, used);
		return 1;
	}
	pb_buf_reset(&d->out);
	d->err = before;
	d->nbad = nbad;
	d->nnul = nnul;
	d->nbad_gb = nbad_gb;
	return 0;
}

/*
 * ASCII with a few stray bytes, and no character of either encoding (a
 * filing whose Chinese was lost but for a byte): read as UTF-8, each
 * stray byte as U+FFFD, rather than lost whole.  Neither encoding finds
 * text in it (no valid UTF-8 sequence; no more GB18030 characters than
 * bad bytes, so a GB18030 text is never taken); at most one bad byte
 * in ASCII_STRAY_SPAN bytes, so bytes that are no text at all (several
 * 0xFF in a row on a short line) are still rejected.
 */
#define ASCII_STRAY_SPAN 256

static int stray_bytes(size_t n, size_t multi, size_t bad, size_t gb_multi, size_t gb_bad)
{
	return bad > 0 && multi == 0 && gb_multi <= gb_bad && bad <= n / ASCII_STRAY_SPAN;
}

/*
 * The input is rejected: UTF-8 fails at pending[u] and, when it was
 * tried (gb), GB18030 at pending[gb_bad].  Named is the later of the
 * two, on its line, and the other after it: up to the later one the
 * input reads in one encoding, so the first bad byte alone named a good
 * line when the encoding changes in the stream (a GB18030 filing cat'ed
 * before a UTF-8 one was reported on its third line, valid GB18030).
 */
static void reject(pb_decoder *d, size_t u, int gb)
{
	if (d->err.set)
		return;
	size_t g = gb ? d->gb_bad : u;
	size_t at = u > g ? u : g, other = u > g ? g : u;

	bad_byte_raw(d, at, "not UTF-8 or GB18030");
	if (at != other)
		snprintf(d->err_more, sizeof d->err_more, ": %s fails here, %s at line %ld (byte %lld)",
		         at == u ? "UTF-8" : "GB18030", at == u ? "GB18030" : "UTF-8",
		         1 + line_ends(d->pending.ptr, other, 0), d->consumed + (long long)other + 1);
}

/* Has the window s[0..n) a line that is(s, len)?  Whole lines only (and
 * the last when the input ends at n): the answer does not depend on how
 * the input was cut. */
static int window_has(const char *s, size_t n, int final, int (*is)(const char *, size_t))
{
	size_t i = 0;

	while (i < n) {
		const char *lf = memchr(s + i, '\n', n - i);
		if (!lf && !final)
			return 0;
		size_t e = lf ? (size_t)(lf - s) + 1 : n;
		if (is(s + i, e - i))
			return 1;
		i = e;
	}
	return 0;
}

/*
 * Decide the encoding on the window: the first PB_DETECT_WINDOW bytes of
 * pending (all of it at the end), so the answer does not depend on how
 * the input was read.
 */
/*
 * A filing saved as UTF-16 (Word's "Unicode Text", common on Windows
 * shares): a UTF-16 BOM (FF FE, FE FF: neither starts a UTF-8 or GB18030
 * character), or NULs nearly all at even or all at odd offsets, the high
 * bytes of its ASCII.  It was called binary data, with a line 2 the
 * user's editor did not have, and no word of what to do.  Binary data
 * (ELF, gzip) has its NULs in runs, at both.
 */
static int looks_utf16(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t nul[2] = { 0, 0 };

	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return 1;
	n = n < 4096 ? n : 4096;
	for (size_t i = 0; i < n; i++)
		nul[i & 1] += !u[i];
	size_t most = nul[0] > nul[1] ? nul[0] : nul[1], least = nul[0] + nul[1] - most;
	return most >= 8 && least * 20 <= most;
}

static int decide(pb_decoder *d, int final)
{
	const char *s = d->pending.ptr;
	size_t n = d->pending.len < PB_DETECT_WINDOW ? d->pending.len : PB_DETECT_WINDOW;
	int incomplete;
	size_t ok = pb_utf8_valid(s, n, &incomplete);
	const char *nul = memchr(s, 0, n);

	final = final && n == d->pending.len;
	if ((nul || n >= 2) && looks_utf16(s, n)) {
		d->mode = REJECTED;
		bad_byte_raw(d, 0, utf16_text);
		return -1;
	}
	if (nul) {
		d->mode = REJECTED;
		bad_byte_raw(d, (size_t)(nul - s), nul_byte);
		return -1;
	}
	if (ok == n || incomplete) {
		/* an incomplete sequence at the very end is UTF-8 cut short;
		 * run_utf8 reports it when the input ends there */
		d->mode = MODE_UTF8;
		return take_utf8(d, ok);
	}
	/*
	 * GB18030 if the window converts with nothing invalid (a character
	 * cut off at the end is reported as usual): converted once, kept.
	 * Only its whole lines are: the rest is read on as the input goes,
	 * where a line may be UTF-8 text (run_gb_watch).  UTF-8 Chinese often
	 * converts too: a line of UTF-8 text in the window makes it an input
	 * of both.
	 */
	int text = 0;
	size_t lines = n;
	if (!final) {
		while (lines > 0 && s[lines - 1] != '\n')
			lines--;
		lines = lines ? lines : n;
	}
	if (can_switch(d))
		pb_scan_utf8_text(s, n, final, &text);
	if (d->forced == PB_ENC_AUTO && open_gb(d) == 0) {
		pb_err before = d->err;
		long long nbad = d->nbad, nbad_gb = d->nbad_gb;
		size_t used;
		int r = convert_span_gb(d, 0, lines, final && lines == n, 1, &used);
		if (r == 0 && text) {
			/* read again, a line at a time (a cut character at
			 * the end was all it could report) */
			pb_buf_reset(&d->out);
			d->err = before;
			d->nbad = nbad;
			d->nbad_gb = nbad_gb;
			return to_lines(d, NULL);
		}
		if (r <= 0) {
			if (r == 0)
				consume(d, used);
			d->mode = r < 0 ? REJECTED : MODE_GB18030;
			return r;
		}
		pb_buf_reset(&d->out);
		d->err = before;
	}
	if (d->mode == REJECTED)
		return -1;
	size_t multi, bad, run, gb_multi = 0, gb_bad = 0;
	utf8_counts(s, n, &multi, &bad, &run);
	if (mostly_utf8(multi, bad)) {
		/* run_utf8 reads each bad byte as U+FFFD and reports the
		 * first, as it does past the window */
		d->mode = MODE_UTF8;
		return 0;
	}
	if (d->forced == PB_ENC_AUTO && d->cd != (iconv_t)-1 && !text) {
		int r = mostly_gb18030(d, lines, final && lines == n, multi, bad, run, &gb_multi,
		                       &gb_bad);
		if (r) {
			d->mode = r < 0 ? REJECTED : MODE_GB18030;
			return r < 0 ? -1 : 0;
		}
	}
	if (stray_bytes(n, multi, bad, gb_multi, gb_bad)) {
		d->mode = MODE_UTF8;
		return 0;
	}
	if (text && window_has(s, n, final, pb_line_gb18030_text))
		return to_lines(d, NULL);
	d->mode = REJECTED;
	reject(d, ok, d->forced == PB_ENC_AUTO && d->cd != (iconv_t)-1);
	return -1;
}

/*
 * Records (NDJSON, what the tools write) are UTF-8 whatever encoding the
 * filings are in (SCHEMA.md), and a filing never starts with {: an input
 * whose first byte past blanks, in the detection window, is { is read as
 * UTF-8, with neither --encoding nor the detection applied.  Read as
 * GB18030, pbtable's output piped to `pbcheck --encoding gb18030` came out
 * garbled, and one stray byte in an NDJSON file turned all its text.
 * 1 records, 0 not, -1 only blanks so far (wait: the answer must not
 * depend on how the input is cut).
 */
static int records(const pb_decoder *d, int final)
{
	size_t n = d->pending.len < PB_DETECT_WINDOW ? d->pending.len : PB_DETECT_WINDOW;
	for (size_t i = 0; i < n; i++) {
		char c = d->pending.ptr[i];
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
			return c == '{';
	}
	return final || n == PB_DETECT_WINDOW ? 0 : -1;
}

/* Records are UTF-8 (above): only a filing's encoding may change.  Asked
 * of the first byte not blank, which comes before any bad byte. */
static void first_text(pb_decoder *d)
{
	for (size_t i = 0; i < d->pending.len; i++) {
		char c = d->pending.ptr[i];
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
			d->blank_only = 0;
			d->switchable = d->forced == PB_ENC_AUTO && c != '{';
			return;
		}
	}
}

/*
 * Read as GB18030, a line may be UTF-8 text: converted up to the start of
 * such a line, where MODE_LINES begins, and an unfinished line is held
 * back until it is known (gb_long: too long to look at, converted as it
 * comes).  0, -1 out of memory, 1 the mode changed.
 */
static int run_gb_watch(pb_decoder *d, int final)
{
	const char *s = d->pending.ptr;
	size_t n = d->pending.len, upto = 0, used;
	int found = 0;

	if (d->gb_long) {
		const char *lf = memchr(s, '\n', n);
		upto = lf ? (size_t)(lf - s) + 1 : n;
		d->gb_long = !lf;
	}
	if (!d->gb_long) {
		upto += pb_scan_utf8_text(s + upto, n - upto, final, &found);
		if (!found && n - upto >= WEIGH_MAX) {
			d->gb_long = 1;
			upto = n;
		}
	}
	if (convert_span_gb(d, 0, upto, final && upto == n, 0, &used) < 0)
		return -1;
	consume(d, used);
	return found ? to_lines(d, pb_enc_gb18030) : 0;
}

/* The line pending[a..e) of an input of both encodings, in its own */
static int line_text(pb_decoder *d, size_t a, size_t e)
{
	const char *enc = pb_line_encoding(d->pending.ptr + a, e - a, d->cur);
	size_t done;

	if (!enc) {
		/* ASCII, or a NUL in it: as the line before */
		enc = d->cur ? d->cur : d->first_enc;
	} else {
		if (!d->first_enc)
			d->first_enc = enc;
		else if (enc != (d->cur ? d->cur : d->first_enc) &&
		         push_switch(d, d->out.len, enc) < 0)
			return -1;
		d->cur = enc;
	}
	if (enc == pb_enc_gb18030)
		return convert_span_gb(d, a, e, 1, 0, &done);
	return utf8_span(d, a, e, 1, &done);
}

/* MODE_LINES: each whole line in its encoding; lf_from keeps a long
 * unfinished line from being searched again from its start */
static int run_lines(pb_decoder *d, int final)
{
	const char *s = d->pending.ptr;
	size_t n = d->pending.len, i = 0, from = d->lf_from;

	d->lf_from = 0;
	while (i < n) {
		/* lines of UTF-8 in UTF-8, together (not when an unfinished
		 * line was searched before: it is not searched again) */
		if (from == i && (d->cur ? d->cur : d->first_enc) == pb_enc_utf8) {
			size_t k = pb_utf8_lines(s + i, n - i);
			if (k) {
				if (pb_buf_add(&d->out, s + i, k) < 0)
					return oom(d);
				from = i += k;
				continue;
			}
		}
		const char *lf = memchr(s + from, '\n', n - from);
		if (!lf && !final) {
			d->lf_from = n - i;
			break;
		}
		size_t e = lf ? (size_t)(lf - s) + 1 : n;
		if (line_text(d, i, e) < 0)
			return -1;
		from = i = e;
	}
	consume(d, i);
	return 0;
}

static int run(pb_decoder *d, int final)
{
	if (d->mode == REJECTED)
		return -1;
	if (!check_bom(d, final))
		return 0;
	if (d->blank_only)
		first_text(d);
	if (d->mode == UNDECIDED) {
		int rec = records(d, final);
		if (rec < 0)
			return 0;
		if (rec)
			d->mode = MODE_UTF8;
	}
	if (d->mode == UNDECIDED) {
		if (d->forced == PB_ENC_GB18030) {
			if (open_gb(d) < 0)
				return -1;
			d->mode = MODE_GB18030;
		} else if (!final && d->pending.len < PB_DETECT_WINDOW) {
			return 0;
		} else if (decide(d, final) < 0) {
			return -1;
		}
	}
	if (!d->first_enc)
		d->first_enc = pb_decoder_encoding(d);
	for (;;) {
		int r;
		if (d->mode == MODE_UTF8)
			r = run_utf8(d, final);
		else if (d->mode == MODE_GB18030 && d->switchable)
			r = run_gb_watch(d, final);
		else if (d->mode == MODE_GB18030)
			r = run_gb(d, d->pending.len, final, 0);
		else if (d->mode == MODE_LINES)
			r = run_lines(d, final);
		else
			return -1;
		if (r <= 0)
			return r;
	}
}

int pb_decoder_feed(pb_decoder *d, const char *data, size_t n)
{
	if (d->mode == REJECTED)
		return -1;
	if (pb_buf_add(&d->pending, data, n) < 0)
		return oom(d);
	return run(d, 0);
}

int pb_decoder_finish(pb_decoder *d)
{
	return run(d, 1);
}

/* ---- pull reader ---- */

struct pb_input {
	int fd; /* the caller's: read, never closed here */
	int eof;
	int fatal;
	size_t pos;  /* start of the next line in out */
	/*
	 * out[pos..scan) holds no LF or CR: a line longer than one read, or a
	 * CR that ends the buffer (it may be half a CRLF), is not searched
	 * again from its start after the next read, which would be quadratic.
	 */
	size_t scan;
	long lineno;
	/*
	 * An LF has ended a line: from then on a lone CR is a character of
	 * its line, as in an editor (^M), not a line end.  A word processor's
	 * soft break inside a cell is one, and counted as a line it moved
	 * every FILE:LINE after it.  Before any LF, lone CRs end lines: a
	 * file of classic Mac line ends has nothing else.
	 */
	int lf;
	pb_decoder *dec;
	pb_buf *out; /* the decoder's */
	/*
	 * out[0..avail) is in the encoding enc, the encoding of the line last
	 * handed out: where the input changes encoding (the decoder's next
	 * change, at a line start), avail stops the lines, and getline_slow
	 * changes enc there.  switch_line is the first line in the new one.
	 */
	size_t avail;
	const char *enc;
	long switch_line;
	char note[96];
	pb_err err;     /* reading */
	pb_err dec_err; /* the decoder's first bad byte, with its line */
	char more[160]; /* pb_input_more's message */
};

pb_input *pb_input_open_fd(int fd, pb_enc enc, pb_err *err)
{
	pb_input *in = calloc(1, sizeof *in);

	if (!in || !(in->dec = pb_decoder_new(enc))) {
		free(in);
		pb_error(err, 0, "out of memory");
		return NULL;
	}
	in->fd = fd;
	in->out = pb_decoder_out(in->dec);
	in->enc = pb_decoder_encoding(in->dec);
	return in;
}

void pb_input_close(pb_input *in)
{
	if (!in)
		return;
	pb_decoder_free(in->dec);
	free(in);
}

const pb_err *pb_input_err(const pb_input *in)
{
	if (in->err.set)
		return &in->err;
	return in->dec_err.set ? &in->dec_err : pb_decoder_err(in->dec);
}

/* "N more [NUL ]bytes[ not ENC], each read as U+FFFD" for n of them */
static size_t say_more(char *to, size_t room, const char *sep, long long n, const char *pre,
                       const char *post, const char *as)
{
	if (n <= 0)
		return 0;
	int k = snprintf(to, room, "%s%lld more %sbyte%s%s, %s as %s", sep, n, pre,
	                 n == 1 ? "" : "s", post, n == 1 ? "read" : "each read", as);
	return k < 0 ? 0 : (size_t)k < room ? (size_t)k : room - 1;
}

const char *pb_input_more(pb_input *in)
{
	const pb_decoder *d = in->dec;
	int first_nul = d->err_what == nul_byte;
	int first_gb = d->err_what == gb_invalid || d->err_what == gb_cut;
	long long nul = d->nnul - first_nul, gbn = d->nbad_gb - first_gb;
	long long u8 = d->nbad - d->nnul - d->nbad_gb - (!first_nul && !first_gb);
	int gb = d->mode == MODE_GB18030, both = d->mode == MODE_LINES;
	size_t k;

	if (!d->err.set || !d->err_what || (nul <= 0 && u8 + gbn <= 0))
		return NULL;
	/* a NUL is '?' in GB18030 (iconv passes it through), U+FFFD in UTF-8;
	 * an input of both says each encoding's count */
	if (both) {
		k = say_more(in->more, sizeof in->more, "", u8, "", " not UTF-8", "U+FFFD");
		k += say_more(in->more + k, sizeof in->more - k, k ? ", and " : "", gbn, "",
		              " not GB18030", "U+FFFD");
	} else {
		k = say_more(in->more, sizeof in->more, "", u8 + gbn, "",
		             gb ? " not GB18030" : " not UTF-8", "U+FFFD");
	}
	say_more(in->more + k, sizeof in->more - k, k ? ", and " : "", nul, "NUL ", "",
	         both ? "U+FFFD or ?" : gb ? "?" : "U+FFFD");
	return in->more;
}

int pb_input_bom(const pb_input *in)
{
	return pb_decoder_bom(in->dec);
}

const char *pb_input_encoding(const pb_input *in)
{
	return in->enc;
}

const char *pb_input_switched(pb_input *in)
{
	if (!in->switch_line || in->switch_line != in->lineno)
		return NULL;
	snprintf(in->note, sizeof in->note,
	         "warning: encoding changes to %s here (filings of two encodings in one input?)",
	         in->enc);
	return in->note;
}

/* the decoder's next change of encoding, or the end of out */
static void set_avail(pb_input *in)
{
	const pb_decoder *d = in->dec;
	in->avail = d->nsw ? d->sw[0].at : in->out->len;
}

/* At a change of encoding (pos is there): the lines on are in the next. */
static void take_switch(pb_input *in)
{
	pb_decoder *d = in->dec;

	in->enc = d->sw[0].enc;
	in->switch_line = in->lineno + 1;
	memmove(d->sw, d->sw + 1, --d->nsw * sizeof *d->sw);
	set_avail(in);
}

/* out[0..n) is dropped: the changes after it move with the rest */
static void drop_out(pb_input *in, size_t n)
{
	pb_decoder *d = in->dec;

	pb_buf_consume(in->out, n);
	for (size_t k = 0; k < d->nsw; k++)
		d->sw[k].at -= n;
}

/*
 * Reads are 64 KiB, as when they went through a buffer on the stack, so a
 * file is cut in the same places and the encoding decided on the same
 * bytes; but they go straight where the bytes are used, with no copy.
 */
#define READ_SIZE 65536

/*
 * Decided UTF-8, nothing pending: the read went straight behind the text
 * in out, r bytes at out[len].  Keep the valid part there; the rest (an
 * error, or a character cut by the read) goes to pending and the usual
 * way, where it is found again and reported just as before.
 */
static int took_utf8(pb_decoder *d, size_t r)
{
	pb_buf *o = &d->out;
	char *p = o->ptr + o->len;
	int incomplete;
	size_t ok = pb_utf8_valid(p, r, &incomplete);
	const char *nul = memchr(p, 0, ok);

	if (nul)
		ok = (size_t)(nul - p);
	if (ok < r && pb_buf_add(&d->pending, p + ok, r - ok) < 0) {
		o->ptr[o->len] = '\0';
		return oom(d);
	}
	utf8_line_state(d, p, ok);
	o->len += ok;
	o->ptr[o->len] = '\0';
	d->consumed += (long long)ok;
	return ok < r ? run(d, 0) : 0;
}

static int fill(pb_input *in)
{
	pb_decoder *d = in->dec;
	int direct = d->mode == MODE_UTF8 && d->bom_checked && d->pending.len == 0;
	pb_buf *to = direct ? &d->out : &d->pending;
	ssize_t r;

	if (d->mode == REJECTED)
		return -1;
	if (pb_buf_grow(to, READ_SIZE) < 0)
		return oom(d);
	do
		r = read(in->fd, to->ptr + to->len, READ_SIZE);
	while (r < 0 && errno == EINTR);
	if (r <= 0) {
		to->ptr[to->len] = '\0';
		if (r == 0) {
			in->eof = 1;
			return pb_decoder_finish(d);
		}
		in->fatal = 1;
		return pb_error(&in->err, 0, "read error: %s", strerror(errno));
	}
	if (direct)
		return took_utf8(d, (size_t)r);
	to->len += (size_t)r;
	to->ptr[to->len] = '\0';
	return run(d, 0);
}

/*
 * The first LF or CR in s[i..n) (i < n), or n.  One pass for both,
 * sixteen bytes at a time: a line is 29 bytes on average, so two loads
 * find most ends.  The loads may run up to 15 bytes past n into the
 * buffer's spare room (initialised, see buf.h), which getline_slow keeps
 * there after every read; a hit out there is no hit.
 */
static PB_ALWAYS_INLINE size_t find_eol(const char *s, size_t i, size_t n, size_t cap)
{
	if (cap - n >= 16) {
		for (;;) {
			pb_v16 v = pb_v16_load(s + i);
			unsigned m = pb_v16_eq(v, '\n') | pb_v16_eq(v, '\r');
			if (m) {
				i += pb_v16_first(m);
				return i < n ? i : n;
			}
			i += 16;
			if (i >= n)
				return n;
		}
	}
	while (i < n && s[i] != '\n' && s[i] != '\r')
		i++;
	return i;
}

static PB_ALWAYS_INLINE int emit(pb_input *in, pb_line *line, size_t i, size_t len)
{
	size_t start = in->pos;

	line->ptr = in->out->ptr + start;
	line->len = len - start;
	line->textlen = i - start;
	line->lineno = ++in->lineno;
	line->feed = 0;
	in->pos = in->scan = len;
	return 1;
}

/*
 * Right after a fill, out holds no line handed out yet: a bad byte the
 * decoder met in it is on the line after the last handed out and the
 * line ends before it.  A user looks a line up, not a byte; both are
 * given.
 */
static void place_err(pb_input *in)
{
	const pb_decoder *d = in->dec;

	if (in->dec_err.set || !d->err.set || !d->err.byte)
		return;
	long line = d->err.line ? d->err.line
	                        : in->lineno + 1 + line_ends(in->out->ptr, d->err_out, in->lf);
	if (d->err_what == utf16_text)
		pb_error(&in->dec_err, 0, "%s", utf16_text);
	else
		pb_error(&in->dec_err, line, "%s (byte %lld)%s", d->err_what, d->err.byte,
		         d->err_more);
	in->dec_err.byte = d->err.byte;
}

/* Reading more, the end of the input, a CR at the end of what was read. */
static PB_NOINLINE int getline_slow(pb_input *in, pb_line *line)
{
	pb_buf *out = in->out;

	if (in->fatal)
		return -1;
	for (;;) {
		if (in->dec->nsw && in->pos == in->avail) {
			take_switch(in);
			continue;
		}
		size_t start = in->pos, n = in->avail;
		const char *s = out->ptr;
		size_t i = in->scan > start ? in->scan : start;
		size_t len;

		if (i < n)
			i = find_eol(s, i, n, out->cap);
		while (in->lf && i + 1 < n && s[i] == '\r' && s[i + 1] != '\n')
			i = find_eol(s, i + 1, n, out->cap); /* a CR in the line */
		if (i < n) {
			if (s[i] == '\n') {
				len = i + 1;
				in->lf = 1;
			} else if (i + 1 < n) {
				len = i + 1 + (s[i + 1] == '\n');
				in->lf |= s[i + 1] == '\n';
			} else if (in->eof) {
				len = i + 1;
				i += in->lf; /* a CR that ends the input ends no line */
			} else {
				len = 0; /* a CR at the end: is an LF next? */
			}
		} else {
			len = in->eof ? n : 0;
		}
		if (len > start)
			return emit(in, line, i, len);
		if (in->eof)
			return 0;
		in->scan = i;
		/* before the next read, drop the lines already handed out: only
		 * the unfinished line moves, and only once however long it gets */
		if (start) {
			drop_out(in, start);
			in->scan -= start;
			in->pos = 0;
		}
		int r = fill(in);
		if (!in->enc)
			in->enc = in->dec->first_enc;
		set_avail(in);
		place_err(in);
		/* room for find_eol's loads past the end; without it (no
		 * memory for it), a byte loop: nothing lost */
		if (out->cap - out->len < 17) {
			int roomy = pb_buf_grow(out, 16);
			(void)roomy;
		}
		if (r < 0 && pb_decoder_rejected(in->dec)) {
			in->fatal = 1;
			return -1;
		}
		if (in->fatal)
			return -1;
	}
}

/* Called for every line: the common case (a whole line in the buffer)
 * is kept small and free of calls, the rest is getline_slow's. */
int pb_input_getline(pb_input *in, pb_line *line)
{
	const pb_buf *out = in->out;
	size_t n = in->avail;
	size_t i = in->scan; /* never before pos: emit sets both, getline_slow moves both */

	if (i < n && !in->fatal) {
		const char *s = out->ptr;
		i = find_eol(s, i, n, out->cap);
		if (i + 1 < n) {
			if (s[i] == '\n' || s[i + 1] == '\n') {
				in->lf = 1;
				return emit(in, line, i, i + 1 + (s[i] == '\r'));
			}
			if (!in->lf)
				return emit(in, line, i, i + 1); /* a CR line end */
		} else if (i < n && s[i] == '\n') {
			in->lf = 1;
			return emit(in, line, i, i + 1);
		}
	}
	return getline_slow(in, line);
}

int pb_enc_parse(const char *name, pb_enc *enc)
{
	if (!strcasecmp(name, "utf-8") || !strcasecmp(name, "utf8"))
		*enc = PB_ENC_UTF8;
	else if (!strcasecmp(name, "gb18030") || !strcasecmp(name, "gbk") ||
	         !strcasecmp(name, "gb2312"))
		*enc = PB_ENC_GB18030;
	else if (!strcasecmp(name, "auto"))
		*enc = PB_ENC_AUTO;
	else
		return -1;
	return 0;
}
