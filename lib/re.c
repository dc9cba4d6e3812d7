#define PCRE2_CODE_UNIT_WIDTH 8
#include "re.h"

#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

/* Patterns are shared by every parser (compiled once); what a match
 * writes, the match data, is each thread's own (thread_md), so parsers
 * in two threads never write into one ovector.  The code and context
 * are only read once built. */
struct pb_re {
	pcre2_code *code;
	pcre2_match_context *mc;
	int jit; /* compiled by the JIT: matched by pcre2_jit_match */
};

/* Room for every pattern's captures; pb_re_new refuses a pattern with
 * more, rather than have matches cut its groups. */
#define RE_MAX_PAIRS 16

static pthread_key_t md_key;
static pthread_once_t md_once = PTHREAD_ONCE_INIT;
static int md_key_ok;

static void md_free(void *md)
{
	pcre2_match_data_free(md);
}

static void md_key_init(void)
{
	md_key_ok = pthread_key_create(&md_key, md_free) == 0;
}

/* This thread's match data, made on its first match; NULL when out of
 * memory (the match then fails as PCRE2's own errors do). */
static pcre2_match_data *thread_md(void)
{
	pcre2_match_data *md;

	pthread_once(&md_once, md_key_init);
	if (!md_key_ok)
		return NULL;
	md = pthread_getspecific(md_key);
	if (!md) {
		md = pcre2_match_data_create(RE_MAX_PAIRS, NULL);
		if (md && pthread_setspecific(md_key, md) != 0) {
			pcre2_match_data_free(md);
			md = NULL;
		}
	}
	return md;
}

pb_re *pb_re_new(const char *pattern)
{
	int errcode;
	PCRE2_SIZE erroff;
	pb_re *re = calloc(1, sizeof *re);

	if (!re)
		return NULL;
	re->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	                         PCRE2_UTF | PCRE2_UCP, &errcode, &erroff, NULL);
	if (!re->code)
		goto fail;
	/* JIT is an optimisation: a machine without it still matches */
	uint32_t ncap;
	if (pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &ncap) != 0 ||
	    ncap + 1 > RE_MAX_PAIRS)
		goto fail;
	re->jit = pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) == 0;
	re->mc = pcre2_match_context_create(NULL);
	if (!re->mc)
		goto fail;
	pcre2_set_match_limit(re->mc, 100000);
	pcre2_set_depth_limit(re->mc, 1000);
	return re;
fail:
	pb_re_free(re);
	return NULL;
}

void pb_re_free(pb_re *re)
{
	if (!re)
		return;
	pcre2_match_context_free(re->mc);
	pcre2_code_free(re->code);
	free(re);
}

int pb_re_thread_init(void)
{
	return thread_md() ? 0 : -1;
}

int pb_re_match(const pb_re *re, const char *s, size_t n, size_t *ov, int npairs)
{
	/* pcre2_match would hand a JIT-compiled pattern to pcre2_jit_match
	 * after its checks of the arguments and options (about 125
	 * instructions a call, callgrind); ours never change, and the JIT
	 * never checks UTF-8, so go there directly (same result, same match
	 * limit from mc) */
	pcre2_match_data *md = thread_md();
	if (!md)
		return -1;
	int rc = re->jit ? pcre2_jit_match(re->code, (PCRE2_SPTR)s, n, 0, 0, md, re->mc)
	                 : pcre2_match(re->code, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md,
	                               re->mc);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
		return -1;
	PCRE2_SIZE *v = pcre2_get_ovector_pointer(md);
	uint32_t have = pcre2_get_ovector_count(md);
	for (int i = 0; i < npairs; i++) {
		if ((uint32_t)i < have && (uint32_t)i < (uint32_t)rc && v[2 * i] != PCRE2_UNSET) {
			ov[2 * i] = v[2 * i];
			ov[2 * i + 1] = v[2 * i + 1];
		} else {
			ov[2 * i] = ov[2 * i + 1] = SIZE_MAX;
		}
	}
	return rc;
}
