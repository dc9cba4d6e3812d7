/*
 * oomfail.c - an LD_PRELOAD library that makes one allocation of a whole
 * tool fail, for tests/oom.bats: the tools' mains, their writers, json-c
 * and pcre2 allocate too, and tests/unit/test_oom.c (linked with --wrap)
 * reaches only the library's own calls.
 *
 *   PB_OOM_AT=N      the Nth malloc, calloc or realloc after the tool's
 *                    start fails (ENOMEM), counted from 1; 0 or unset:
 *                    none fails
 *   PB_OOM_STICKY=1  every one from the Nth on fails too (memory that
 *                    stays short, as under a ulimit)
 *   PB_OOM_COUNT=F   at exit, the number of allocations is written to F
 *
 * Counting starts when this library's constructor runs, after libc set
 * itself up: a failure inside the dynamic loader says nothing of pb.
 * glibc's __libc_* entry points do the allocating, so there is no
 * dlsym(RTLD_NEXT) and no allocation of its own to recurse through.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);

static long fail_at, allocs;
static int sticky, armed;
static const char *count_file;

static void write_count(void)
{
	armed = 0;
	FILE *f = fopen(count_file, "w");
	if (f) {
		fprintf(f, "%ld\n", allocs);
		fclose(f);
	}
}

__attribute__((constructor)) static void arm(void)
{
	const char *at = getenv("PB_OOM_AT"), *st = getenv("PB_OOM_STICKY");
	fail_at = at ? atol(at) : 0;
	sticky = st && *st == '1';
	count_file = getenv("PB_OOM_COUNT");
	if (count_file)
		atexit(write_count);
	armed = 1;
}

static int failing(void)
{
	if (!armed)
		return 0;
	allocs++;
	if (fail_at > 0 && (allocs == fail_at || (sticky && allocs > fail_at))) {
		errno = ENOMEM;
		return 1;
	}
	return 0;
}

void *malloc(size_t n)
{
	return failing() ? NULL : __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
	return failing() ? NULL : __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
	return failing() ? NULL : __libc_realloc(p, n);
}
