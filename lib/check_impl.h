/*
 * check_impl.h - what check.c (the engine) and check_rules.c (the rules)
 * share.  Not for the tools: they use check.h.
 */
#ifndef PB_CHECK_IMPL_H
#define PB_CHECK_IMPL_H

#include <stddef.h>

#include "buf.h"
#include "check.h"

/* the project under review, and the findings held until it is done */
typedef struct ck ck;

typedef struct {
	pb_rule r;
	void (*project)(ck *k);               /* once per project, or NULL */
	void (*indicator)(ck *k, size_t i);   /* once per indicator, or NULL */
	int on_carrier;                        /* runs on unparsed-only records too */
} pb_rule_def;

extern const pb_rule_def pb_rule_defs[];
extern const size_t pb_nrules;

#define CK_NSHOW 8

typedef struct {
	long line;
	size_t ind, rule, order;
	char *msg, *value;
} ck_held;

struct ck {
	const pb_project *p;
	const unsigned char *on;   /* enabled, by rule index */
	size_t rule;               /* the rule running */
	int carrier;               /* p only carries unparsed records */
	ck_held *h;
	size_t nh, caph;
	struct ck_codes *codes;    /* the codes of this filing's projects so far */
	pb_buf show[CK_NSHOW];     /* ring of scratch strings for messages */
	size_t next_show;
	int oom;
};

/* Record a finding of the running rule at line.  ind is the indicator's
 * index + 1, or 0 for the project; value (may be NULL) is copied.  The
 * message gets the project code (and level-3 name) put in front. */
void ck_emit(ck *k, long line, size_t ind, const char *value, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 5, 6)))
#endif
	;

/* s fit for a message: control characters become spaces, and it is cut
 * after 40 characters.  Lives until CK_NSHOW more calls. */
const char *ck_show(ck *k, const char *s);
/* s[0..n) the same way */
const char *ck_shown(ck *k, const char *s, size_t n);
/* the same, cut at max characters (ck_shown's cut is for a value quoted) */
const char *ck_shown_upto(ck *k, const char *s, size_t n, size_t max);
/* exact decimal text of m, same lifetime */
const char *ck_money(ck *k, pb_money m);
/* a scratch buffer from the ring, emptied */
pb_buf *ck_scratch(ck *k);

/* The line of an earlier project of this filing (file and doc) whose
 * code is code, else 0, when this project's is taken down at line.
 * Memory grows with a filing's projects, never with the input. */
long ck_code_before(ck *k, const char *code, long line);

/* is the rule called name enabled (rules defer to each other) */
int ck_rule_on(const ck *k, const char *name);

#endif
