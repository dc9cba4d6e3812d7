#define PCRE2_CODE_UNIT_WIDTH 8
#include "re.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>

struct pb_re {
	pcre2_code *code;
	pcre2_match_data *md;
	pcre2_match_context *mc;
	int jit; /* compiled by the JIT: matched by pcre2_jit_match */
};

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
	re->jit = pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) == 0;
	re->md = pcre2_match_data_create_from_pattern(re->code, NULL);
	re->mc = pcre2_match_context_create(NULL);
	if (!re->md || !re->mc)
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
	pcre2_match_data_free(re->md);
	pcre2_match_context_free(re->mc);
	pcre2_code_free(re->code);
	free(re);
}

int pb_re_match(const pb_re *re, const char *s, size_t n, size_t *ov, int npairs)
{
	/* pcre2_match would hand a JIT-compiled pattern to pcre2_jit_match
	 * after its checks of the arguments and options (about 125
	 * instructions a call, callgrind); ours never change, and the JIT
	 * never checks UTF-8, so go there directly (same result, same match
	 * limit from mc) */
	int rc = re->jit ? pcre2_jit_match(re->code, (PCRE2_SPTR)s, n, 0, 0, re->md, re->mc)
	                 : pcre2_match(re->code, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, re->md,
	                               re->mc);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
		return -1;
	PCRE2_SIZE *v = pcre2_get_ovector_pointer(re->md);
	uint32_t have = pcre2_get_ovector_count(re->md);
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
