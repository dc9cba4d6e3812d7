/*
 * fuzz_input.c - the push decoder and the pull reader's line splitting.
 *
 * For each encoding (auto, utf-8, gb18030) the data is decoded three
 * ways: at once, in chunks of 1..17 bytes (from the first byte) and one
 * byte at a time (inputs under 4096 bytes).  Checked:
 *  - the three decodings agree: text, rejection, error flag and byte,
 *    encoding name; feed/finish return -1 exactly when rejected;
 *  - decoded text is valid UTF-8 with no NUL; a rejected input gives none;
 *  - valid UTF-8 without NUL (auto/utf-8) comes out unchanged, BOM
 *    dropped, with no error; a NUL is always an error;
 *  - pb_input over a file with the same bytes gives the lines of the
 *    decoded text cut at LF, CRLF and lone CR, numbered from 1, each with
 *    its terminator, and rejoined they are the decoded text; it fails (-1)
 *    exactly when the decoder rejects.
 * For GB18030 (forced, or chosen by auto) the text and the first error,
 * with its message and byte, are those of a plain iconv(3) decoder
 * (reference_gb below: what pb_decoder did before lib/gb18030.c), and
 * auto chooses GB18030 for a short non-UTF-8 input when iconv finds
 * nothing invalid in it, and otherwise only when it is mostly GB18030:
 * at least 64 characters of two or four bytes for each bad byte.
 * The encoding changes (auto only, never in records) the same however the
 * input is cut, and the reader's lines then are the decoder's text.
 * An input whose first byte past blanks (space, tab, CR, LF; past a BOM;
 * in the detection window) is { is records, read as UTF-8 whatever the
 * encoding asked: decoded exactly as forced UTF-8 decodes it.
 * A first byte of 0x7F puts a 64 KiB pad ending in CR before data[1..] so
 * the reader's 64 KiB reads split the text at a line end, a CRLF or a
 * multi-byte character (utf-8 and gb18030 only: auto decides at the end).
 */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "buf.h"
#include "encline.h"
#include "input.h"
#include "utf8.h"
#include "common.h"

#define PAD 65536

typedef struct {
	pb_buf out;
	int rejected, errset;
	long long errbyte;
	char errmsg[256];
	const char *enc;
	size_t nbad; /* reference_gb's U+FFFD */
	int switches; /* changes of encoding */
} decoded;

/* chunk 0: all at once */
static void decode(const char *s, size_t n, pb_enc enc, size_t chunk, decoded *r)
{
	pb_decoder *d = pb_decoder_new(enc);
	int failed = 0;

	CHECK(d);
	pb_buf_init(&r->out);
	if (!chunk)
		chunk = n ? n : 1;
	for (size_t i = 0; i < n && !failed; i += chunk) {
		size_t k = n - i < chunk ? n - i : chunk;
		failed = pb_decoder_feed(d, s + i, k) < 0;
		CHECK(failed == pb_decoder_rejected(d));
		take_lines(d, &r->out, 0);
	}
	int fin = pb_decoder_finish(d);
	CHECK((fin < 0) == pb_decoder_rejected(d));
	take_lines(d, &r->out, 1);
	r->rejected = pb_decoder_rejected(d);
	r->switches = pb_decoder_switches(d);
	if (r->switches)
		CHECK(!r->rejected && pb_decoder_encoding(d) != NULL);
	r->errset = pb_decoder_err(d)->set;
	r->errbyte = pb_decoder_err(d)->byte;
	memcpy(r->errmsg, pb_decoder_err(d)->msg, sizeof r->errmsg);
	r->enc = pb_decoder_encoding(d);
	if (r->rejected)
		CHECK(r->errset);
	else
		CHECK(r->enc != NULL);
	pb_decoder_free(d);
}

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static void same(const decoded *a, const decoded *b)
{
	CHECK(a->out.len == b->out.len);
	CHECK(!memcmp(a->out.ptr, b->out.ptr, a->out.len));
	CHECK(a->rejected == b->rejected);
	CHECK(a->errset == b->errset);
	CHECK(a->errbyte == b->errbyte);
	CHECK(same_str(a->enc, b->enc));
	CHECK(a->switches == b->switches);
}

static void first_err(decoded *r, size_t at, const char *msg)
{
	if (r->errset)
		return;
	r->errset = 1;
	r->errbyte = (long long)at + 1;
	snprintf(r->errmsg, sizeof r->errmsg, "byte %lld: %s", r->errbyte, msg);
}

/*
 * GB18030 by iconv alone, cut at each NUL (an error, output as '?'); a
 * bad or cut-off character is an error and U+FFFD, and iconv goes on at
 * the next byte.  *invalid: iconv found an invalid sequence (not only
 * one cut off at the end).
 */
static void reference_gb(const char *s, size_t n, decoded *r, int *invalid)
{
	static iconv_t cd = (iconv_t)-1;
	size_t i = 0;

	if (cd == (iconv_t)-1)
		cd = iconv_open("UTF-8", "GB18030");
	CHECK(cd != (iconv_t)-1);
	memset(r, 0, sizeof *r);
	pb_buf_init(&r->out);
	*invalid = 0;
	while (i < n) {
		if (s[i] == '\0') {
			first_err(r, i, "NUL byte: binary data, not a text filing");
			CHECK(pb_buf_addc(&r->out, '?') == 0);
			i++;
			continue;
		}
		const char *nul = memchr(s + i, 0, n - i);
		size_t end = nul ? (size_t)(nul - s) : n;
		char *in = (char *)s + i;
		size_t inleft = end - i;
		while (inleft > 0) {
			CHECK(pb_buf_grow(&r->out, inleft * 4 + 16) == 0);
			char *o = r->out.ptr + r->out.len;
			size_t ol = r->out.cap - r->out.len - 1, before = ol;
			size_t rc = iconv(cd, &in, &inleft, &o, &ol);
			r->out.len += before - ol;
			r->out.ptr[r->out.len] = '\0';
			if (rc != (size_t)-1)
				break;
			CHECK(errno != E2BIG);
			CHECK(errno == EILSEQ || errno == EINVAL);
			if (errno == EILSEQ)
				*invalid = 1;
			first_err(r, (size_t)(in - s), errno == EINVAL
			          ? "GB18030 character cut off at end of input" : "invalid GB18030");
			CHECK(pb_buf_add(&r->out, "\xEF\xBF\xBD", 3) == 0);
			r->nbad++;
			in++;
			inleft--;
		}
		i = end;
	}
}

/* a whole line of s[0..n) is UTF-8 text (the last one too) */
static int utf8_text_line(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		const char *lf = memchr(s + i, '\n', n - i);
		size_t e = lf ? (size_t)(lf - s) + 1 : n;
		if (pb_line_utf8_text(s + i, e - i))
			return 1;
		i = e;
	}
	return 0;
}

/* input.c's rule for an input with bad GB18030 bytes read as GB18030 */
static int mostly_gb(const decoded *ref)
{
	size_t leads = 0;

	for (size_t i = 0; i < ref->out.len; i++)
		leads += ((unsigned char)ref->out.ptr[i] & 0xC0) == 0xC0;
	return ref->nbad && leads - ref->nbad >= 64 * ref->nbad;
}

static void same_as_iconv(const char *s, size_t n, const decoded *got)
{
	decoded want;
	int invalid;

	reference_gb(s, n, &want, &invalid);
	CHECK(!got->rejected);
	CHECK(same_str(got->enc, "GB18030"));
	CHECK(got->out.len == want.out.len);
	CHECK(!memcmp(got->out.ptr, want.out.ptr, want.out.len));
	CHECK(got->errset == want.errset);
	CHECK(got->errbyte == want.errbyte);
	CHECK(!strcmp(got->errmsg, want.errmsg));
	pb_buf_free(&want.out);
}

/* pb_input over path must give the lines of want->out. */
static void check_reader(const char *path, pb_enc enc, const decoded *want)
{
	pb_err err = { 0 };
	int fd = open(path, O_RDONLY);
	CHECK(fd >= 0);
	pb_input *in = pb_input_open_fd(fd, enc, &err);
	pb_line ln;
	pb_buf joined = PB_BUF_INIT;
	size_t pos = 0;
	long lineno = 0;
	int rc, lf = 0;

	CHECK(in);
	while ((rc = pb_input_getline(in, &ln)) > 0) {
		int lf_before = lf;
		size_t textlen, len = next_line(want->out.ptr + pos, want->out.len - pos, &textlen, &lf);
		CHECK(len > 0);
		CHECK(ln.len == len);
		CHECK(ln.textlen == textlen);
		CHECK(ln.lineno == ++lineno);
		CHECK(!memcmp(ln.ptr, want->out.ptr + pos, len));
		CHECK(!memchr(ln.ptr, '\n', ln.textlen) && (lf_before || !memchr(ln.ptr, '\r', ln.textlen)));
		CHECK(pb_buf_add(&joined, ln.ptr, ln.len) == 0);
		pos += len;
	}
	CHECK((rc < 0) == want->rejected);
	if (rc == 0) {
		CHECK(pos == want->out.len);
		CHECK(joined.len == want->out.len && !memcmp(joined.ptr, want->out.ptr, joined.len));
		CHECK(same_str(pb_input_encoding(in), want->enc));
	}
	CHECK(pb_input_err(in)->set == want->errset);
	/* once at the end, it stays there */
	if (rc == 0)
		CHECK(pb_input_getline(in, &ln) == 0);
	pb_buf_free(&joined);
	pb_input_close(in);
	close(fd);
}

static int has_nul(const char *s, size_t n)
{
	return memchr(s, 0, n) != NULL;
}

/* the model of records() in input.c, over the input as a whole */
static int is_records(const char *s, size_t n)
{
	if (n > PB_DETECT_WINDOW)
		n = PB_DETECT_WINDOW;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return s[i] == '{';
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const pb_enc encs[] = { PB_ENC_AUTO, PB_ENC_UTF8, PB_ENC_GB18030 };
	const char *s = (const char *)data;
	size_t chunk = size ? 1 + data[0] % 17 : 1;
	const char *path = tmp_path();

	write_file(s, size, "", 0);

	int bom = size >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3);
	const char *body = s + (bom ? 3 : 0);
	size_t bodylen = size - (bom ? 3 : 0);
	int plain = pb_utf8_valid(s, size, NULL) == size && !has_nul(s, size);
	int records = is_records(body, bodylen);
	decoded as_utf8;
	decode(s, size, PB_ENC_UTF8, 0, &as_utf8);

	for (size_t e = 0; e < sizeof encs / sizeof encs[0]; e++) {
		decoded whole, chunked, bytes;

		decode(s, size, encs[e], 0, &whole);
		decode(s, size, encs[e], chunk, &chunked);
		same(&whole, &chunked);
		if (size < 4096) {
			decode(s, size, encs[e], 1, &bytes);
			same(&whole, &bytes);
			pb_buf_free(&bytes.out);
		}
		pb_buf_free(&chunked.out);

		CHECK(pb_utf8_valid(whole.out.ptr, whole.out.len, NULL) == whole.out.len);
		CHECK(!has_nul(whole.out.ptr, whole.out.len));
		if (whole.rejected)
			CHECK(whole.out.len == 0);
		if (has_nul(s, size))
			CHECK(whole.errset);
		/* an error names a byte of the input, and a NUL error a NUL */
		if (whole.errset) {
			CHECK(whole.errbyte >= 1 && whole.errbyte <= (long long)size);
			if (strstr(whole.errmsg, "NUL"))
				CHECK(s[whole.errbyte - 1] == '\0');
		}
		if (records) {
			CHECK(same_str(whole.enc, "UTF-8"));
			same(&whole, &as_utf8);
		}
		if (plain && (encs[e] != PB_ENC_GB18030 || records)) {
			CHECK(!whole.rejected && !whole.errset);
			CHECK(same_str(whole.enc, "UTF-8"));
			CHECK(whole.out.len == bodylen && !memcmp(whole.out.ptr, body, bodylen));
		}
		if (encs[e] == PB_ENC_AUTO && !whole.rejected && !plain && !has_nul(s, size))
			CHECK(whole.enc != NULL);
		/* the encoding changes only as auto reads it, and not in records */
		if (encs[e] != PB_ENC_AUTO || records)
			CHECK(whole.switches == 0);
		/* GB18030 as iconv alone decodes it (a BOM makes it UTF-8) */
		if ((encs[e] == PB_ENC_GB18030 && !bom && !records) ||
		    (same_str(whole.enc, "GB18030") && !whole.switches))
			same_as_iconv(s, size, &whole);
		if (encs[e] == PB_ENC_AUTO && !bom && !records && !has_nul(s, size) &&
		    size < PB_DETECT_WINDOW) {
			int incomplete, invalid;
			decoded ref;
			if (pb_utf8_valid(s, size, &incomplete) < size && !incomplete) {
				reference_gb(s, size, &ref, &invalid);
				/* UTF-8 Chinese often converts: a line of UTF-8
				 * text makes it an input of both (encline.h) */
				if (!invalid && !utf8_text_line(s, size))
					CHECK(same_str(whole.enc, "GB18030") && !whole.switches);
				else if (same_str(whole.enc, "GB18030") && !whole.switches)
					CHECK(mostly_gb(&ref));
				pb_buf_free(&ref.out);
			}
		}

		check_reader(path, encs[e], &whole);
		pb_buf_free(&whole.out);
	}
	pb_buf_free(&as_utf8.out);

	/* the reader's read boundary inside the text */
	if (size >= 1 && data[0] == 0x7F) {
		size_t padlen = PAD - (size > 1 ? (size_t)(data[1] & 3) : 0);
		char *pad = malloc(padlen + size);
		CHECK(pad);
		for (size_t i = 0; i < padlen; i++)
			pad[i] = i % 80 == 79 ? '\n' : 'x';
		pad[padlen - 1] = '\r';
		memcpy(pad + padlen, s + 1, size - 1);
		write_file(pad, padlen + size - 1, "", 0);
		for (size_t e = 1; e < sizeof encs / sizeof encs[0]; e++) {
			decoded whole;
			decode(pad, padlen + size - 1, encs[e], 0, &whole);
			CHECK(pb_utf8_valid(whole.out.ptr, whole.out.len, NULL) == whole.out.len);
			if (encs[e] == PB_ENC_GB18030)
				same_as_iconv(pad, padlen + size - 1, &whole);
			check_reader(path, encs[e], &whole);
			pb_buf_free(&whole.out);
		}
		free(pad);
	}
	return 0;
}
