/*
 * test_oom.c - an allocation that fails anywhere in reading a filing
 * (decoding, splitting, parsing its tables) is said as "out of memory",
 * or else changes nothing: the same records and the same diagnostics.
 * Never a crash, and never records lost without a word.
 *
 * tests/unit/run is linked with -Wl,--wrap=malloc,--wrap=calloc,
 * --wrap=realloc, so the library's allocations come here first.  Each
 * example filing is read once to count them, then once more for each,
 * that one failing.  The same for pbcheck's review of what is read
 * (the checker) and pbsum's totals (the summer, its rows written).
 * Under `make sanitize` the same runs also show any leak or invalid
 * access on the failure paths.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "harness.h"
#include "records.h"
#include "source.h"
#include "sum.h"

void test_oom(void);

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);

static long fail_at; /* the allocation to fail, counted from 1; 0: none */
static long allocs;  /* allocations since the count was reset */
static int bypass;   /* the test's own allocations, not counted */

static int failing(void)
{
	if (bypass)
		return 0;
	return ++allocs == fail_at;
}

void *__wrap_malloc(size_t n)
{
	return failing() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
	return failing() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
	return failing() ? NULL : __real_realloc(p, n);
}

enum { READ, CHECK, SUM }; /* what is done with each project */

typedef struct {
	int mode;
	pb_checker *ck;
	pb_sum *sum;
	pb_buf out;   /* the project records, findings or sum rows */
	pb_buf diags; /* every diagnostic but out of memory */
	int oom;      /* 1: out of memory was said; -1: the run failed otherwise */
} run;

static void on_finding(const pb_finding *f, void *ctx)
{
	run *r = ctx;
	bypass++;
	int e = pb_buf_printf(&r->out, "%ld %s %s\n", f->line, f->rule->name, f->message);
	bypass--;
	if (e < 0)
		r->oom = -1;
}

static int on_project(const pb_project *p, void *ctx)
{
	run *r = ctx;
	pb_err err = { 0 };
	if (r->mode == CHECK) {
		if (pb_checker_project(r->ck, p) < 0)
			r->oom = 1;
		return 0;
	}
	if (r->mode == SUM) {
		if (pb_sum_project(r->sum, p, &err) == PB_SUM_NOMEM)
			r->oom = 1;
		return 0;
	}
	bypass++;
	int e = pb_write_project_ndjson(&r->out, p);
	bypass--;
	return e < 0 ? -1 : 0;
}

/* The summer's rows, as pbsum writes them; 0, or -1 out of memory. */
static int sum_rows(run *r)
{
	pb_err err = { 0 };
	if (pb_sum_finish(r->sum, 1, &err) < 0 || pb_sum_tsv_header(r->sum, &r->out, 1) < 0)
		return -1;
	for (size_t i = 0; i < pb_sum_rows(r->sum); i++)
		if (pb_sum_tsv_row(r->sum, i, &r->out, 0, 1) < 0 ||
		    pb_sum_ndjson_row(r->sum, i, &r->out) < 0)
			return -1;
	return 0;
}

static void on_diag(const char *file, long line, int is_error, const char *msg, void *ctx)
{
	run *r = ctx;
	(void)file;
	bypass++;
	if (is_error && strstr(msg, "out of memory"))
		r->oom = 1;
	else
		pb_buf_printf(&r->diags, "%ld:%d:%s\n", line, is_error, msg);
	bypass--;
}

static pb_source_keep *keep; /* read_failing's, when set */
static int feeding;          /* read_failing feeds the file's lines from memory */

/* path's lines fed to the reader from memory (pb_source_feed), as a
 * program without files would; 0, or -1 as pb_source_run */
static int feed_file(const pb_source *src, const char *path)
{
	pb_buf text;
	char chunk[4096];
	size_t got;
	FILE *f = fopen(path, "rb");

	CHECK(f != NULL);
	if (!f)
		return -1;
	bypass++;
	pb_buf_init(&text);
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		CHECK(pb_buf_add(&text, chunk, got) == 0);
	bypass--;
	fclose(f);
	int rc = -1;
	pb_source_feed *fd = pb_source_feed_new(src, path);
	if (fd) {
		for (size_t pos = 0; pos < text.len;) {
			const char *nl = memchr(text.ptr + pos, '\n', text.len - pos);
			size_t len = nl ? (size_t)(nl - (text.ptr + pos)) + 1 : text.len - pos;
			if (pb_source_feed_line(fd, text.ptr + pos, len) != 0)
				break;
			pos += len;
		}
		rc = pb_source_feed_finish(fd);
	}
	bypass++;
	pb_buf_free(&text);
	bypass--;
	return rc;
}

/* Read path in mode with allocation k failing (0: none); how many were
 * made.  r->out and r->diags are the caller's to free. */
static long read_failing(const char *path, int mode, long k, run *r)
{
	pb_source src = { 0 };
	pb_err err = { 0 };
	src.keep = keep;
	src.enc = PB_ENC_AUTO;
	src.on_project = on_project;
	src.on_diag = on_diag;
	src.ctx = r;
	bypass++;
	pb_buf_init(&r->out);
	pb_buf_init(&r->diags);
	bypass--;
	r->mode = mode;
	r->ck = NULL;
	r->sum = NULL;
	r->oom = 0;
	allocs = 0;
	fail_at = k;
	if ((mode == CHECK && !(r->ck = pb_checker_new(on_finding, r))) ||
	    (mode == SUM && !(r->sum = pb_sum_new("dept,year", &err)))) {
		r->oom = 1;
	} else if (feeding) {
		if (feed_file(&src, path) < 0 && !r->oom)
			r->oom = -1;
	} else {
		int fd = open(path, O_RDONLY);
		CHECK(fd >= 0);
		if (pb_source_run(&src, fd, path) < 0 && !r->oom)
			r->oom = -1; /* unusable, and not for want of memory */
		close(fd);
		if (mode == SUM && !r->oom && sum_rows(r) < 0)
			r->oom = 1;
		if (mode == CHECK) { /* what was reviewed, findings or none */
			const pb_check_stats *st = pb_checker_stats(r->ck);
			bypass++;
			if (pb_buf_printf(&r->out, "%zu projects, %zu indicators, %zu %zu %zu\n",
			                  st->projects, st->indicators, st->findings[0],
			                  st->findings[1], st->findings[2]) < 0)
				r->oom = -1;
			bypass--;
		}
	}
	fail_at = 0;
	pb_checker_free(r->ck);
	pb_sum_free(r->sum);
	return allocs;
}

static int same_buf(const pb_buf *a, const pb_buf *b)
{
	return a->len == b->len && !memcmp(a->ptr, b->ptr, a->len);
}

static void each_allocation(const char *path, int mode)
{
	run clean, r;
	long n = read_failing(path, mode, 0, &clean);
	CHECK(n > 0 && clean.oom == 0 && clean.out.len > 0);
	for (long k = 1; k <= n; k++) {
		read_failing(path, mode, k, &r);
		int ok = r.oom == 1 || (r.oom == 0 && same_buf(&r.out, &clean.out) &&
		                        same_buf(&r.diags, &clean.diags));
		if (!ok)
			fprintf(stderr, "%s (%s): allocation %ld of %ld failing: %s\n", path,
			        mode == CHECK ? "checked" : mode == SUM ? "summed" : "read", k, n,
			        r.oom < 0 ? "the input was refused" : "records or diagnostics changed, "
			                                              "out of memory not said");
		CHECK(ok);
		pb_buf_free(&r.out);
		pb_buf_free(&r.diags);
	}
	pb_buf_free(&clean.out);
	pb_buf_free(&clean.diags);
}

/*
 * With the splitter and table parser a read of another filing kept
 * (pb_source_keep): each allocation failing in turn, the records are those
 * of a fresh read, or out of memory is said; and whatever failed, the
 * keep then reads the filing as a fresh read does.
 */
static void kept_allocation(const char *before, const char *path)
{
	run clean, r;
	pb_source_keep k = { 0 };
	read_failing(path, READ, 0, &clean);
	keep = &k;
	read_failing(before, READ, 0, &r);
	CHECK(r.oom == 0 && k.sp && k.work);
	pb_buf_free(&r.out);
	pb_buf_free(&r.diags);
	long n = read_failing(path, READ, 0, &r);
	CHECK(n > 0 && r.oom == 0 && same_buf(&r.out, &clean.out) && same_buf(&r.diags, &clean.diags));
	pb_buf_free(&r.out);
	pb_buf_free(&r.diags);
	for (long i = 1; i <= n; i++) {
		read_failing(path, READ, i, &r);
		int ok = r.oom == 1 || (r.oom == 0 && same_buf(&r.out, &clean.out) &&
		                        same_buf(&r.diags, &clean.diags));
		pb_buf_free(&r.out);
		pb_buf_free(&r.diags);
		read_failing(path, READ, 0, &r);
		ok &= r.oom == 0 && same_buf(&r.out, &clean.out) && same_buf(&r.diags, &clean.diags);
		if (!ok)
			fprintf(stderr, "%s after %s, kept: allocation %ld of %ld failing: "
			        "records or diagnostics changed\n", path, before, i, n);
		CHECK(ok);
		pb_buf_free(&r.out);
		pb_buf_free(&r.diags);
	}
	keep = NULL;
	pb_source_keep_free(&k);
	pb_buf_free(&clean.out);
	pb_buf_free(&clean.diags);
}

/* pbtable's records of a filing, in a file of their own: read back as
 * records (the NDJSON readers), each allocation failing in turn too */
static void records_of(const char *filing)
{
	char path[] = "/tmp/pb-oom-XXXXXX";
	int fd = mkstemp(path);
	run r;
	read_failing(filing, READ, 0, &r);
	CHECK(fd >= 0 && r.oom == 0 && r.out.len > 0);
	if (fd >= 0) {
		FILE *f = fdopen(fd, "w");
		CHECK(f && fwrite(r.out.ptr, 1, r.out.len, f) == r.out.len);
		if (f && !fclose(f))
			each_allocation(path, READ);
		unlink(path);
	}
	pb_buf_free(&r.out);
	pb_buf_free(&r.diags);
}

void test_oom(void)
{
	static const char *const filings[] = {
		"examples/tab-grid.txt", "examples/cell-per-line.txt",
		"examples/markdown.txt", "examples/gb18030-crlf.txt",
	};
	for (size_t i = 0; i < sizeof filings / sizeof *filings; i++) {
		each_allocation(filings[i], READ);
		each_allocation(filings[i], CHECK);
		each_allocation(filings[i], SUM);
	}
	/* the UTF-8 filings fed from memory (pb_source_feed), as read */
	feeding = 1;
	for (size_t i = 0; i < 3; i++)
		each_allocation(filings[i], READ);
	feeding = 0;
	records_of("examples/tab-grid.txt");
	kept_allocation("examples/cell-per-line.txt", "examples/tab-grid.txt");
	kept_allocation("examples/tab-grid.txt", "examples/gb18030-crlf.txt");
}
