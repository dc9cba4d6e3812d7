/*
 * test_oom.c - an allocation that fails anywhere in reading a filing
 * (decoding, splitting, parsing its tables) is said as "out of memory",
 * or else changes nothing: the same records and the same diagnostics.
 * Never a crash, and never records lost without a word.
 *
 * tests/unit/run is linked with -Wl,--wrap=malloc,--wrap=calloc,
 * --wrap=realloc, so the library's allocations come here first.  Each
 * example filing is read once to count them, then once more for each,
 * that one failing.  Under `make sanitize` the same runs also show any
 * leak or invalid access on the failure paths.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "records.h"
#include "source.h"

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

typedef struct {
	pb_buf out;   /* the project records */
	pb_buf diags; /* every diagnostic but out of memory */
	int oom;      /* out of memory was said */
} run;

static int on_project(const pb_project *p, void *ctx)
{
	run *r = ctx;
	bypass++;
	int e = pb_write_project_ndjson(&r->out, p);
	bypass--;
	return e < 0 ? -1 : 0;
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

/* Read path with allocation k failing (0: none); how many were made. */
static long read_failing(const char *path, long k, run *r)
{
	pb_source src = { 0 };
	src.enc = PB_ENC_AUTO;
	src.on_project = on_project;
	src.on_diag = on_diag;
	src.ctx = r;
	bypass++;
	pb_buf_init(&r->out);
	pb_buf_init(&r->diags);
	bypass--;
	r->oom = 0;
	allocs = 0;
	fail_at = k;
	if (pb_source_run(&src, path) < 0 && !r->oom)
		r->oom = -1; /* unusable, and not for want of memory */
	fail_at = 0;
	return allocs;
}

static int same_buf(const pb_buf *a, const pb_buf *b)
{
	return a->len == b->len && !memcmp(a->ptr, b->ptr, a->len);
}

static void each_allocation(const char *path)
{
	run clean, r;
	long n = read_failing(path, 0, &clean);
	CHECK(n > 0 && clean.oom == 0 && clean.out.len > 0);
	for (long k = 1; k <= n; k++) {
		read_failing(path, k, &r);
		int ok = r.oom == 1 || (r.oom == 0 && same_buf(&r.out, &clean.out) &&
		                        same_buf(&r.diags, &clean.diags));
		if (!ok)
			fprintf(stderr, "%s: allocation %ld of %ld failing: %s\n", path, k, n,
			        r.oom < 0 ? "the input was refused" : "records or diagnostics changed, "
			                                              "out of memory not said");
		CHECK(ok);
		pb_buf_free(&r.out);
		pb_buf_free(&r.diags);
	}
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
	read_failing(filing, 0, &r);
	CHECK(fd >= 0 && r.oom == 0 && r.out.len > 0);
	if (fd >= 0) {
		FILE *f = fdopen(fd, "w");
		CHECK(f && fwrite(r.out.ptr, 1, r.out.len, f) == r.out.len);
		if (f && !fclose(f))
			each_allocation(path);
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
	for (size_t i = 0; i < sizeof filings / sizeof *filings; i++)
		each_allocation(filings[i]);
	records_of("examples/tab-grid.txt");
}
