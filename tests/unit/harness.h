/*
 * harness.h - a tiny table-driven unit test harness.
 *
 * Each tests/unit/test_*.c defines `void test_NAME(void)` and lists it in
 * tests/unit/main.c.  CHECK() records a failure with file:line and goes on,
 * so one run shows every broken case.
 */
#ifndef PB_HARNESS_H
#define PB_HARNESS_H

#include <stdio.h>
#include <string.h>

extern int t_run, t_failed;

#define CHECK(cond)                                                          \
	do {                                                                 \
		t_run++;                                                     \
		if (!(cond)) {                                               \
			t_failed++;                                          \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, \
			        __LINE__, #cond);                            \
		}                                                            \
	} while (0)

#define CHECK_STR(got, want)                                                 \
	do {                                                                 \
		const char *g_ = (got), *w_ = (want);                        \
		t_run++;                                                     \
		if ((g_ == NULL) != (w_ == NULL) || (g_ && strcmp(g_, w_))) { \
			t_failed++;                                          \
			fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n",  \
			        __FILE__, __LINE__, g_ ? g_ : "(null)",      \
			        w_ ? w_ : "(null)");                         \
		}                                                            \
	} while (0)

#endif
