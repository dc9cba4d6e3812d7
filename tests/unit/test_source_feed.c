/*
 * test_source_feed.c - the source reader fed lines from memory
 * (pb_source_feed_*) reads what pb_source_run reads from a descriptor:
 * the same projects, written as the same records, and the same
 * diagnostics, for a raw filing and for pbtable's records; a callback
 * that stops the input stops the feed; a line that is not UTF-8 is said,
 * not read.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "records.h"
#include "source.h"

void test_source_feed(void);

typedef struct {
	pb_buf out;   /* the projects, as pbtable writes them */
	pb_buf diags; /* "FILE:LINE: E|W msg" a line */
	int stop_at;  /* stop after this many projects (0: never) */
	int projects;
} seen;

static int on_project(const pb_project *p, void *ctx)
{
	seen *s = ctx;
	CHECK(pb_write_project_ndjson(&s->out, p) == 0);
	return ++s->projects == s->stop_at;
}

static void on_diag(const char *file, long line, int is_error, const char *msg, void *ctx)
{
	seen *s = ctx;
	CHECK(pb_buf_printf(&s->diags, "%s:%ld: %c %s\n", file, line, is_error ? 'E' : 'W',
	                    msg) == 0);
}

static pb_source source(seen *s)
{
	pb_source src;

	memset(&src, 0, sizeof src);
	memset(s, 0, sizeof *s);
	pb_buf_init(&s->out);
	pb_buf_init(&s->diags);
	src.enc = PB_ENC_AUTO;
	src.on_project = on_project;
	src.on_diag = on_diag;
	src.ctx = s;
	return src;
}

static void seen_free(seen *s)
{
	pb_buf_free(&s->out);
	pb_buf_free(&s->diags);
}

/* text fed a line at a time, each with its terminator, or (bare) without
 * it; the feed's status, *stops the lines pb_source_feed_line stopped at */
static int feed(const pb_source *src, const char *name, const char *text, size_t n, int bare,
                int *stops)
{
	pb_source_feed *f = pb_source_feed_new(src, name);
	size_t pos = 0;

	CHECK(f);
	if (!f)
		return -2;
	*stops = 0;
	while (pos < n) {
		const char *nl = memchr(text + pos, '\n', n - pos);
		size_t len = nl ? (size_t)(nl - (text + pos)) + 1 : n - pos;
		size_t give = len;
		if (bare && give && text[pos + give - 1] == '\n')
			give -= 1 + (give > 1 && text[pos + give - 2] == '\r');
		int r = pb_source_feed_line(f, text + pos, give);
		CHECK(r == 0 || r == 1);
		*stops += r == 1;
		pos += len;
	}
	return pb_source_feed_finish(f);
}

static int slurp(const char *path, pb_buf *b)
{
	char chunk[4096];
	ssize_t k;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return -1;
	while ((k = read(fd, chunk, sizeof chunk)) > 0)
		CHECK(pb_buf_add(b, chunk, (size_t)k) == 0);
	close(fd);
	return k < 0 ? -1 : 0;
}

/* path read from its descriptor, and fed from memory: the same */
static void same_as_run(const char *path)
{
	seen a, b;
	pb_source sa = source(&a), sb = source(&b);
	pb_buf text = PB_BUF_INIT;
	int stops;

	CHECK(slurp(path, &text) == 0);
	int fd = open(path, O_RDONLY);
	CHECK(fd >= 0);
	int ra = pb_source_run(&sa, fd, path);
	close(fd);
	CHECK(ra == 0 && a.projects > 0);
	CHECK(feed(&sb, path, text.ptr, text.len, 0, &stops) == ra && stops == 0);
	CHECK(b.projects == a.projects);
	CHECK(b.out.len == a.out.len && !memcmp(b.out.ptr, a.out.ptr, a.out.len));
	CHECK(b.diags.len == a.diags.len && !memcmp(b.diags.ptr, a.diags.ptr, a.diags.len));

	/* the records written, fed back: the same projects, record for
	 * record, with their lines' terminators or without */
	for (int bare = 0; bare <= 1; bare++) {
		seen c;
		pb_source sc = source(&c);
		CHECK(feed(&sc, path, a.out.ptr, a.out.len, bare, &stops) == 0 && stops == 0);
		CHECK(c.projects == a.projects);
		CHECK(c.out.len == a.out.len && !memcmp(c.out.ptr, a.out.ptr, a.out.len));
		CHECK(c.diags.len == 0);
		seen_free(&c);
	}

	/* a callback that stops the input: the lines after it are not read,
	 * and the feed says so */
	seen d;
	pb_source sd = source(&d);
	d.stop_at = 1;
	CHECK(feed(&sd, path, a.out.ptr, a.out.len, 0, &stops) == 0);
	CHECK(d.projects == 1);
	/* (a project is handed on when the next begins, or at the end) */
	CHECK((stops > 0) == (a.projects > 1));
	seen_free(&d);

	seen_free(&a);
	seen_free(&b);
	pb_buf_free(&text);
}

/* a line not UTF-8 is an error at its line, and left out */
static void not_utf8(void)
{
	static const char *const lines[] = {
		"{\"type\":\"finding\",\"file\":\"x\"}\n",
		"\xB2\xE2\xCA\xD4\n", /* 测试 in GB18030 */
	};
	seen s;
	pb_source src = source(&s);
	pb_source_feed *f = pb_source_feed_new(&src, "mem");

	CHECK(f);
	if (!f)
		return;
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		CHECK(pb_source_feed_line(f, lines[i], strlen(lines[i])) == 0);
	CHECK(pb_source_feed_finish(f) == -1);
	CHECK(pb_buf_add(&s.diags, "", 1) == 0);
	CHECK(strstr(s.diags.ptr, "mem:2: E line not in UTF-8") != NULL);
	seen_free(&s);
}

void test_source_feed(void)
{
	same_as_run("examples/tab-grid.txt");
	same_as_run("examples/cell-per-line.txt");
	same_as_run("examples/markdown.txt");
	not_utf8();
}
