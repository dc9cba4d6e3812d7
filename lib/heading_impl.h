/*
 * heading_impl.h - what the heading*.c files share, for them alone.
 *
 * heading.c classifies a line (pb_classify and its pre-tests);
 * heading_match.c holds the patterns and the matchers by hand that stand
 * in for them; heading_title.c reads a table's title; heading_unit.c a
 * unit line and a unit label; heading_number.c page numbers and list
 * numbering.  What one of them asks of another is hd_-prefixed here;
 * the rest of the library sees heading.h only.
 */
#ifndef PB_HEADING_IMPL_H
#define PB_HEADING_IMPL_H

#include <stddef.h>
#include <string.h>

#include "heading.h"

/* the patterns (heading_match.c) */
enum { RE_PART, RE_PART_NAME, RE_OVERALL, RE_SUBGOALS, RE_MEASURES, RE_NUMBERED,
       RE_COVER, RE_UNIT, RE_CODE, RE_N };

/* A test pattern `which` implies, cheap enough to run first: 0 when it
 * surely fails. */
int hd_may_match(int which, const char *s, size_t n);
/* Pattern `which` behind its pre-test: 1 on a match, its first np
 * offset pairs in ov (when ov is not NULL); 0 otherwise. */
int hd_match(int which, const char *s, size_t n, size_t *ov, int np);
/* The pattern alone, without the pre-test: for the checks that compare
 * the two (pb_heading_check_filters). */
int hd_pattern(int which, const char *s, size_t n);
/* RE_NUMBERED (1. 1、 1．): 1 and where the text after the number
 * starts in *end (when end is not NULL), else 0 */
int hd_numbered(const char *s, size_t n, size_t *end);
/* RE_COVER (2025年部门预算绩效文本): 1 and where its year starts in
 * *start (when start is not NULL), else 0 */
int hd_cover(const char *s, size_t n, size_t *start);

/* a table's title (heading_title.c): the end of 绩效目标表 alone (表,
 * 标表...); that end with a unit label after it (its length); a title
 * with a unit label after it (the title's length); either, ending the
 * key in the label */
int hd_title_tail(const char *key, size_t n);
size_t hd_tail_before_unit(const char *key, size_t n);
size_t hd_title_before_unit(const char *key, size_t n);
int hd_title_unit_after(const char *key, size_t n);

/* a unit label in brackets the next line closes (（单位：), heading_unit.c */
int hd_open_unit_label(const char *s, size_t n);

static inline int starts(const char *s, size_t n, const char *prefix)
{
	size_t l = strlen(prefix);
	return n >= l && !memcmp(s, prefix, l);
}

static inline int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t l = strlen(suffix);
	return n >= l && !memcmp(s + n - l, suffix, l);
}

/* Look for the last byte of `what` first: in CJK text a lead byte such as
 * E6 is every few bytes, a given continuation byte rare. */
static inline int contains(const char *s, size_t n, const char *what)
{
	size_t l = strlen(what);
	if (l == 0)
		return 1;
	for (size_t i = l - 1; i < n; i++) {
		const char *p = memchr(s + i, what[l - 1], n - i);
		if (!p)
			return 0;
		i = (size_t)(p - s);
		if (!memcmp(p - (l - 1), what, l))
			return 1;
	}
	return 0;
}

/* Does s start with ( or （, as a heading numbered （一） does? */
static inline int paren_open(const char *s, size_t n)
{
	return (n && s[0] == '(') || starts(s, n, "（");
}

#endif
