#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pathname.h"

const char *argv0 = "pb";
int pb_status;
static int write_failed;
/* the tool's output (pb_out_init), written out before each diagnostic */
static pb_buf *out_held;
/* -q: warnings and notes are not said */
static int quiet;

void pb_setprog(char **argv)
{
	const char *s = strrchr(argv[0], '/');
	argv0 = s ? s + 1 : argv[0];
	/* getopt names the program from argv[0]: its messages then start
	 * "pbsum:" like ours, not with the path the tool was run by */
	argv[0] = (char *)argv0;
}

/*
 * One message, one write(2): "pbsum: " and the rest written apart (three
 * writes a message) were cut into by the messages of tools run side by
 * side (xargs -P), and a warning read as another file's.  A write of at
 * most PIPE_BUF bytes to a pipe is whole; to a file, Linux keeps each
 * write's bytes together.
 */
/* a byte a terminal acts on: C0, DEL, or the first of a C1 control (C2 80..9F) */
static size_t control_at(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x20 || c == 0x7F)
		return 1;
	return c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
	       (unsigned char)s[i + 1] <= 0x9F ? 2 : 0;
}

/*
 * The message's control characters as \n, \t, \r or \xHH, as the file
 * names in it already are: a record's type read from the input
 * ("x\nfake.txt:9: error: forged line\e[31m") made one warning two lines,
 * the second in another file's form, and sent ESC [ to the terminal; so
 * did an option's value.  Into out (the line's newline not included);
 * -1 when out of memory.
 */
static int escape_controls(pb_buf *out, const char *s, size_t n)
{
	size_t i = 0, run = 0, k;
	int r = 0;

	while (i < n) {
		if (!(k = control_at(s, i, n))) {
			i++;
			continue;
		}
		r |= pb_buf_add(out, s + run, i - run);
		for (size_t j = 0; j < k; j++) {
			unsigned char c = (unsigned char)s[i + j];
			r |= c == '\n' ? pb_buf_adds(out, "\\n")
			   : c == '\t' ? pb_buf_adds(out, "\\t")
			   : c == '\r' ? pb_buf_adds(out, "\\r")
			                : pb_buf_printf(out, "\\x%02X", c);
		}
		run = i += k;
	}
	r |= pb_buf_add(out, s + run, n - run);
	return r ? -1 : 0;
}

static void say(const char *head, const char *fmt, va_list ap)
{
	char small[1024], *msg = small;
	size_t hl = strlen(head);
	va_list again;

	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0) {
		va_end(again);
		return;
	}
	size_t len = hl + (size_t)n + 1;
	if (len > sizeof small && !(msg = malloc(len + 1))) {
		/* no room for the whole: what fits, still a line */
		msg = small;
		len = sizeof small;
		hl = hl < len - 1 ? hl : len - 1;
	}
	memcpy(msg, head, hl);
	vsnprintf(msg + hl, len - hl, fmt, again);
	msg[len - 1] = '\n';
	va_end(again);
	pb_buf esc = PB_BUF_INIT;
	char *made = msg != small ? msg : NULL;
	size_t c = 0;
	while (c + 1 < len && !control_at(msg, c, len - 1))
		c++;
	if (c + 1 < len) {
		if (escape_controls(&esc, msg, len - 1) == 0 && pb_buf_add(&esc, "\n", 1) == 0) {
			msg = esc.ptr;
			len = esc.len;
		} else { /* short of memory: no control goes out raw all the same */
			for (size_t i = c, k; i + 1 < len; i += k ? k : 1)
				if ((k = control_at(msg, i, len - 1)))
					memset(msg + i, '?', k);
		}
	}
	pb_out_sync();
	for (size_t off = 0; off < len;) {
		ssize_t w = write(2, msg + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	pb_buf_free(&esc);
	free(made);
}

/* "argv0: " then what */
static void vsay(const char *what, const char *fmt, va_list ap)
{
	char head[256];
	snprintf(head, sizeof head, "%s: %s", argv0, what);
	say(head, fmt, ap);
}

void pb_errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("", fmt, ap);
	va_end(ap);
	pb_status = PB_EXIT_ERROR;
}

static void (*usage_text)(FILE *f);

void pb_set_usage(void (*usage)(FILE *f))
{
	usage_text = usage;
}

/*
 * One place for what a usage error writes: an unknown option got
 * getopt's message and the usage line, a bad value (-f xml, -g nosuch,
 * --fail-on fatal) only a message, and the four tools did not agree on
 * which of their own checks got which.
 */
void pb_usage_errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("", fmt, ap);
	va_end(ap);
	pb_usage_tail();
}

void pb_usage_tail(void)
{
	pb_status = PB_EXIT_ERROR;
	if (usage_text)
		usage_text(stderr);
}

void pb_warnf(const char *fmt, ...)
{
	va_list ap;
	if (quiet)
		return;
	va_start(ap, fmt);
	vsay("warning: ", fmt, ap);
	va_end(ap);
}

void pb_diag(int is_error, const char *file, long line, const char *fmt, ...)
{
	va_list ap;
	pb_buf head = PB_BUF_INIT;
	/* every message that is no error is a warning or a note, marked so */
	if (quiet && !is_error)
		return;
	/* a file name has no length limit: the head is built to measure;
	 * and a newline in it would make the one diagnostic two lines */
	int e = pb_buf_printf(&head, "%s: ", argv0) < 0 || pb_name_line(&head, file) < 0 ||
	        (line > 0 ? pb_buf_printf(&head, ":%ld: ", line) : pb_buf_adds(&head, ": ")) < 0;
	va_start(ap, fmt);
	if (e) /* no memory for the name: the message still goes out */
		vsay("", fmt, ap);
	else
		say(head.ptr, fmt, ap);
	va_end(ap);
	pb_buf_free(&head);
	if (is_error)
		pb_status = PB_EXIT_ERROR;
}

void pb_diag_cb(const char *file, long line, int is_error, const char *msg, void *ctx)
{
	(void)ctx;
	pb_diag(is_error, file, line, "%s", msg);
}

/*
 * Is stdout a pipe?  Asked once: what stdout is does not change in a run.
 */
static int out_is_pipe(void)
{
	static int known = -1;
	struct stat st;

	if (known < 0)
		known = fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode);
	return known;
}

/*
 * Bytes of whole lines to stdout.  In lines (into a pipe): each write(2)
 * at most PIPE_BUF bytes, whole lines, since writes that size to a pipe
 * are atomic, and the outputs of tools run side by side into one pipe
 * (xargs -P) then interleave by lines, not inside them.  Through 64 KiB
 * writes, four pbsum -P processes lost records to lines cut in half.  A
 * line longer than PIPE_BUF goes in one write, which then may not be
 * atomic.  Otherwise in as few writes as it takes.
 *
 * Straight to write(2), after whatever stdio holds: through fwrite, each
 * chunk went out in two writes (stdio's buffer topped up to its 4 KiB
 * and written, then the rest), 11,060 write calls for pbsplit over the
 * bench corpus where these make 5,530, and a system call costs about
 * 1.1 us here (a VM).  Nothing is copied into stdio's buffer either.
 */
static void write_lines(const char *p, size_t len, int in_lines)
{
	size_t at = 0;

	if (fflush(stdout) != 0 && !write_failed)
		write_failed = errno ? errno : EIO;
	while (at < len && !write_failed) {
		size_t n = len - at;
		if (in_lines && n > PIPE_BUF) {
			size_t k = PIPE_BUF;
			while (k && p[at + k - 1] != '\n')
				k--;
			if (!k) { /* one long line: to its end */
				const char *nl = memchr(p + at + PIPE_BUF, '\n', n - PIPE_BUF);
				k = nl ? (size_t)(nl - (p + at)) + 1 : n;
			}
			n = k;
		}
		ssize_t w = write(STDOUT_FILENO, p + at, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			write_failed = w < 0 ? errno : EIO;
		else
			at += (size_t)w;
	}
}

void pb_out(pb_buf *b, int force)
{
	if (!force && b->len < 65536)
		return;
	/* into a pipe, 64 KiB writes were cut by the writes of other pb
	 * tools run side by side into the same pipe (xargs -P): 69 of
	 * 38,804 pbtable TSV rows came out with another process's row
	 * spliced in, status 0.  Whole lines, PIPE_BUF at a time, as pbsum
	 * writes.  Files and terminals keep the big writes. */
	write_lines(b->ptr, b->len, out_is_pipe());
	pb_buf_reset(b);
}

void pb_out_lines(pb_buf *b)
{
	write_lines(b->ptr, b->len, 1);
	pb_buf_reset(b);
}

void pb_out_init(pb_buf *b)
{
	pb_buf_init(b);
	out_held = b;
}

/*
 * What the tool's output holds goes out before a diagnostic does: with
 * 2>&1 (a cron mail, a log), stderr written at once and stdout in 64 KiB
 * were read out of order, 'pbcheck a.txt /nonexistent/b.txt' gave b's
 * error before a's findings, where pbcheck(1) says findings come in
 * input order.  A write a diagnostic, and none in a run without one.
 * Whole lines only: a line being made stays for the next write.
 */
void pb_out_sync(void)
{
	pb_buf *b = out_held;
	size_t n;

	if (!b || write_failed)
		return;
	for (n = b->len; n && b->ptr[n - 1] != '\n'; n--)
		;
	if (!n)
		return;
	write_lines(b->ptr, n, out_is_pipe());
	pb_buf_consume(b, n);
}

int pb_out_close(void)
{
	if (fflush(stdout) != 0 && !write_failed)
		write_failed = errno ? errno : EIO;
	if (fclose(stdout) != 0 && !write_failed)
		write_failed = errno ? errno : EIO;
	if (write_failed) {
		fprintf(stderr, "%s: write error: %s\n", argv0, strerror(write_failed));
		return PB_EXIT_ERROR;
	}
	return PB_EXIT_OK;
}

int pb_version(void)
{
	printf("%s (pb) %s\n", argv0, PB_VERSION);
	/* like the help text: lost to a full disk, it is a failed write */
	return pb_out_close();
}

/*
 * -q, --quiet, the same in every tool: its own options and these, in one
 * table made once.  A nightly cron run over a directory with GBK file
 * names mailed 'warning: the file name is not UTF-8' for each, every
 * night, with status 0: pbcheck(1) promised silence when there was
 * nothing to report, and nothing told a warning that could wait from an
 * error.  With -q only what sets the status is said.
 */
int pb_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts)
{
	enum { MAXOPTS = 32 };
	static struct option all[MAXOPTS + 2];
	static char shorts[2 * MAXOPTS + 2];
	int c;

	if (!all[0].name) {
		size_t n = 0;
		while (longopts[n].name && n < MAXOPTS)
			n++;
		memcpy(all, longopts, n * sizeof *all);
		all[n] = (struct option){ "quiet", no_argument, NULL, 'q' };
		snprintf(shorts, sizeof shorts, "%sq", shortopts);
	}
	while ((c = getopt_long(argc, argv, shorts, all, NULL)) == 'q')
		quiet = 1;
	return c;
}

int pb_pick(const char *what, const char *arg, const char *const *names)
{
	char list[160] = "";
	size_t n = 0;

	for (int i = 0; names[i]; i++)
		if (!strcmp(arg, names[i]))
			return i;
	for (int i = 0; names[i] && n < sizeof list; i++)
		n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", i ? ", " : "", names[i]);
	pb_usage_errorf("unknown %s '%s' (one of: %s)", what, arg, list);
	return -1;
}

int pb_pick_encoding(const char *arg, pb_enc *enc)
{
	if (pb_enc_parse(arg, enc) < 0) {
		pb_usage_errorf("unknown encoding '%s' (one of: auto, utf-8, gb18030)", arg);
		return -1;
	}
	return 0;
}
