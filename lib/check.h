/*
 * check.h - review rules over parsed projects (绩效目标审核).
 *
 * A checker runs every enabled rule over one project at a time and hands
 * each finding to the caller's callback, in line order within the
 * project, so a caller that feeds projects in input order gets findings
 * in input order.  The library never prints and never exits; what to do
 * with a finding (text, NDJSON, an exit status) is the caller's business.
 *
 * Rules live in one table (name, severity, summary, explanation, source,
 * example), so --list-rules, --explain and the manual cannot disagree.
 * Names are stable kebab-case: users put them in scripts and config.
 *
 * Messages are one line of UTF-8 (control characters become spaces) that
 * start with where the finding sits: the project code, then the level-3
 * name for an indicator.  Quoted values are cut at 40 characters; the
 * finding's value carries the whole cell.  Money is compared exactly
 * (money.h), never through floating point.
 */
#ifndef PB_CHECK_H
#define PB_CHECK_H

#include <stddef.h>

#include "table.h"

/* ordered: a higher value is more severe */
typedef enum { PB_SEV_INFO, PB_SEV_WARNING, PB_SEV_ERROR } pb_severity;

typedef struct {
	const char *name;     /* kebab-case, stable */
	pb_severity severity;
	const char *summary;  /* one line */
	const char *explain;  /* what it finds and why it matters */
	const char *source;   /* the official text it restates, or "practice" */
	const char *example;  /* a row or value it fires on */
} pb_rule;

typedef struct {
	const char *file;
	int doc;
	long line;            /* in the original filing */
	const char *project;  /* the project code, NULL when it has none */
	size_t indicator;     /* 1-based within the project; 0: not about one */
	const pb_rule *rule;
	const char *message;
	const char *value;    /* the offending value as written, or NULL */
} pb_finding;

typedef struct {
	size_t projects, indicators;
	size_t findings[3];   /* by pb_severity */
} pb_check_stats;

/* Every finding; the pointers live until the callback returns. */
typedef void (*pb_finding_fn)(const pb_finding *f, void *ctx);

typedef struct pb_checker pb_checker;

size_t pb_rule_count(void);
const pb_rule *pb_rule_at(size_t i);
/* index of the rule called name, or -1 */
int pb_rule_find(const char *name);

const char *pb_severity_name(pb_severity s); /* "info" "warning" "error" */
/* 0 and *s set, or -1 for an unknown name */
int pb_severity_parse(const char *name, pb_severity *s);

/* All rules start enabled.  NULL on out of memory. */
pb_checker *pb_checker_new(pb_finding_fn fn, void *ctx);
void pb_checker_free(pb_checker *c);
/* Turn a rule on or off; the name "all" means every rule.  -1 if unknown. */
int pb_checker_enable(pb_checker *c, const char *name, int on);
/* Run the enabled rules over p.  0, or -1 on out of memory (findings for
 * p may then be missing). */
int pb_checker_project(pb_checker *c, const pb_project *p);
const pb_check_stats *pb_checker_stats(const pb_checker *c);

#endif
