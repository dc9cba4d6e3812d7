/* The pull reader over a pipe written a few bytes at a time: the lines
 * must be those of the decoded text cut at LF, CRLF and lone CR (until an
 * LF has ended a line) whatever
 * the pieces, with a CR at the end of one read and its LF in the next,
 * lines longer than a read, and a character cut between reads. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "input.h"

/* the reference: cut at the first LF or CRLF (one terminator), or at a
 * lone CR until a line has ended in an LF (*lf, set here); after that a
 * lone CR is a character of its line */
static size_t ref_line(const char *s, size_t n, size_t *textlen, int *lf)
{
	size_t i = 0;
	while (i < n && s[i] != '\n' &&
	       !(s[i] == '\r' && (!*lf || (i + 1 < n && s[i + 1] == '\n'))))
		i++;
	*textlen = i;
	if (i == n)
		return n;
	*lf |= s[i] == '\n' || (i + 1 < n && s[i + 1] == '\n');
	return i + 1 + (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n');
}

/* the line of raw[at] by ref_line's cuts of the raw bytes: LF and CR
 * are never part of a character, and a bad byte starts no line */
static long ref_lineno(const char *raw, size_t rawlen, size_t at)
{
	size_t pos = 0, textlen;
	long line = 1;
	int lf = 0;
	while (pos < rawlen) {
		size_t len = ref_line(raw + pos, rawlen - pos, &textlen, &lf);
		if (pos + len > at)
			break;
		pos += len;
		line++;
	}
	return line;
}

/* data written to stdin of pb_input in pieces of 1..maxpiece bytes must
 * give the lines of what the decoder makes of it at once, and its error */
static void check_pipe_enc(const char *raw, size_t rawlen, pb_enc enc, size_t maxpiece,
                           unsigned seed)
{
	pb_decoder *dec = pb_decoder_new(enc);
	CHECK(dec);
	pb_decoder_feed(dec, raw, rawlen);
	pb_decoder_finish(dec);
	const char *data = pb_decoder_out(dec)->ptr;
	size_t n = pb_decoder_out(dec)->len;
	int rejected = pb_decoder_rejected(dec);
	const pb_err *want = pb_decoder_err(dec);

	int fd[2];
	CHECK(pipe(fd) == 0);
	pid_t pid = fork();
	if (pid == 0) {
		close(fd[0]);
		srand(seed);
		for (size_t i = 0; i < rawlen;) {
			size_t k = 1 + (size_t)rand() % maxpiece;
			if (k > rawlen - i)
				k = rawlen - i;
			if (write(fd[1], raw + i, k) != (ssize_t)k)
				_exit(1);
			i += k;
			/* let the reader see the piece on its own */
			if (rand() % 4 == 0) {
				struct timespec ts = { 0, 50000 };
				nanosleep(&ts, NULL);
			}
		}
		_exit(0);
	}
	close(fd[1]);
	pb_err err = { 0 };
	pb_input *in = pb_input_open_fd(fd[0], enc, &err);
	CHECK(in);
	pb_line ln;
	size_t pos = 0;
	long lineno = 0;
	int rc, lf = 0;
	while ((rc = pb_input_getline(in, &ln)) > 0) {
		size_t textlen, len = ref_line(data + pos, n - pos, &textlen, &lf);
		CHECK(ln.len == len && ln.textlen == textlen && ln.lineno == ++lineno);
		CHECK(pos + len <= n && !memcmp(ln.ptr, data + pos, len));
		pos += ln.len;
		if (pos > n)
			break;
	}
	CHECK(rejected ? rc < 0 : rc == 0 && pos == n);
	const pb_err *got = pb_input_err(in);
	CHECK(got->set == want->set && got->byte == want->byte);
	if (want->byte) {
		/* "what (byte N)" on the bad byte's line, for "byte N: what" */
		char tail[64];
		snprintf(tail, sizeof tail, " (byte %lld)", want->byte);
		const char *what = strchr(want->msg, ':');
		size_t gl = strlen(got->msg), tl = strlen(tail);
		CHECK(what && gl > tl && !strcmp(got->msg + gl - tl, tail) &&
		      !strncmp(got->msg, what + 2, gl - tl));
		CHECK(got->line == ref_lineno(raw, rawlen, (size_t)want->byte - 1));
	} else {
		CHECK(!strcmp(got->msg, want->msg) && got->line == 0);
	}
	pb_input_close(in);
	close(fd[0]);
	pb_decoder_free(dec);
	int st;
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static void check_pipe(const char *data, size_t n, size_t maxpiece, unsigned seed)
{
	check_pipe_enc(data, n, PB_ENC_UTF8, maxpiece, seed);
}

void test_reader(void);
void test_reader(void)
{
	static const char *const parts[] = { "\r", "\n", "\r\n", "\n\r", "a", "预算", "x\r\ry", "" };
	enum { N = 300000 };
	char *buf = malloc(N);
	size_t n = 0;

	CHECK(buf);
	signal(SIGPIPE, SIG_IGN);
	srand(7);
	/* short lines of every kind of end */
	while (n < 20000) {
		const char *p = parts[rand() % 8];
		memcpy(buf + n, p, strlen(p));
		n += strlen(p);
	}
	check_pipe(buf, n, 3, 1);
	check_pipe(buf, n, 40, 2);
	/* lone CRs only, a long line, then CRLF across 64 KiB reads */
	memset(buf, '\r', 70000);
	memset(buf + 70000, 'z', 150000);
	for (n = 220000; n + 2 <= N; n += 2)
		memcpy(buf + n, "\r\n", 2);
	check_pipe(buf, n, 65536, 3);
	check_pipe(buf, n, 4097, 4);
	/* a CR as the very last byte */
	check_pipe("ab\r", 3, 1, 5);
	check_pipe("\r", 1, 1, 6);
	check_pipe("", 0, 1, 7);
	/* bad bytes, NULs and characters cut between reads; then GB18030 */
	static const char *const bad[] = { "\xE9\xA2\x84", "\xE9", "\xE9\xA2", "\x80", "\xFF",
	                                   "\r", "\n", "a", "\xED\xA0\x80", "\xF0\x9F\x98\x80" };
	for (int t = 0; t < 4; t++) {
		srand(100 + (unsigned)t);
		for (n = 0; n < (t < 2 ? 20000u : 150000u);) {
			const char *p = rand() % 50 ? bad[rand() % 3 ? 0 : rand() % 10] : "\0";
			size_t l = *p ? strlen(p) : 1;
			memcpy(buf + n, p, l);
			n += l;
		}
		check_pipe_enc(buf, n, PB_ENC_UTF8, t < 2 ? 7 : 65536, 8 + (unsigned)t);
		check_pipe_enc(buf, n, PB_ENC_GB18030, t < 2 ? 7 : 65536, 8 + (unsigned)t);
	}
	free(buf);
}
