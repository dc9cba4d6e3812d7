/*
 * re.h - PCRE2 patterns compiled once, matched without rechecking UTF-8.
 *
 * Callers validate (or produce) UTF-8 once per line; matching then uses
 * PCRE2_NO_UTF_CHECK, since checking on every call is quadratic on long
 * lines.  Patterns are JIT-compiled when the JIT is available (and still
 * work when it is not) and run under a match limit.
 *
 * A pattern may be matched from several threads at once: each thread
 * matches into match data of its own, made on its first match and freed
 * when it ends.
 */
#ifndef PB_RE_H
#define PB_RE_H

#include <stddef.h>

typedef struct pb_re pb_re;

/* NULL on a bad pattern or out of memory. */
pb_re *pb_re_new(const char *pattern);
void pb_re_free(pb_re *re);
/* Makes this thread's match data now, so that running out of memory is
 * said when a parser starts (0, or -1 out of memory), not taken for a
 * line that does not match. */
int pb_re_thread_init(void);
/*
 * Match s[0..n) (valid UTF-8).  On a match returns the number of captured
 * pairs stored in ov (ov[2*i], ov[2*i+1]; unset groups are SIZE_MAX);
 * 0 on no match; -1 on error (match limit, out of memory).
 */
int pb_re_match(const pb_re *re, const char *s, size_t n, size_t *ov, int npairs);

#endif
