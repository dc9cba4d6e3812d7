/*
 * sum.h - exact totals of projects, by group (pbsum).
 *
 * A pb_sum collects projects and pbsum's own sum records into groups keyed
 * by a tuple of project fields, then hands the groups out sorted.  Every
 * amount is an exact pb_money (万元) and every total an exact
 * pb_money_sum, written exactly however large: never a rounded or
 * wrapped number.  Only a count can overflow (PB_SUM_OVERFLOW).  Adding
 * is exact and order-free, so summing partial sums gives the same groups
 * and the same numbers as summing everything at once (the merge
 * property).
 *
 * Nothing here prints or exits: errors come back as codes and a pb_err.
 */
#ifndef PB_SUM_H
#define PB_SUM_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "error.h"
#include "money.h"
#include "table.h"

struct json_object;

enum {
	PB_SUM_OK = 0,
	PB_SUM_NOMEM = -1,
	PB_SUM_OVERFLOW = -2,  /* a count does not fit int64 */
	PB_SUM_BADREC = -3,    /* a sum record that cannot be merged */
	PB_SUM_BADKEY = -4,    /* unknown or repeated group key */
	PB_SUM_SKIPPED = 1,    /* a project without budget: counted in skipped */
	PB_SUM_TOTALREC = 2    /* a total record (--total): not merged */
};

/* The group keys pb_sum_new accepts, NULL-terminated, for usage text. */
extern const char *const pb_sum_key_names[];

typedef struct pb_sum pb_sum;

/* keys: comma-separated key names ("dept,year"); NULL or "" for one grand
 * total.  NULL with e set (PB_SUM_BADKEY) or on out of memory (e unset). */
pb_sum *pb_sum_new(const char *keys, pb_err *e);
void pb_sum_free(pb_sum *s);

/* Add one project.  PB_SUM_OK, PB_SUM_SKIPPED when its budget is null
 * (it is counted, nothing else is added), or an error in e. */
int pb_sum_project(pb_sum *s, const pb_project *p, pb_err *e);

/* Merge one {"type":"sum",...} record.  PB_SUM_OK, PB_SUM_TOTALREC for a
 * record with "total":true or "group":null (left out: it repeats groups
 * beside it), or an error in e; a bad record changes nothing. */
int pb_sum_record(pb_sum *s, struct json_object *o, pb_err *e);

/* Done adding: sort the groups and compute the total row if total is
 * set.  After this only the writers below may be called. */
int pb_sum_finish(pb_sum *s, int total, pb_err *e);

/* Rows to write: the groups, then the total row if asked for (and there
 * are keys; without keys the single group is the total already). */
size_t pb_sum_rows(const pb_sum *s);

/* TSV: header, then row i (0 <= i < pb_sum_rows).  Amounts have six
 * decimals in 万元 (two in 元 with yuan), more only when exactness needs
 * them.  bar adds a last column drawn to scale by budget.  0 or -1 (out
 * of memory). */
int pb_sum_tsv_header(const pb_sum *s, pb_buf *b, int bar);
int pb_sum_tsv_row(const pb_sum *s, size_t i, pb_buf *b, int yuan, int bar);

/* NDJSON: the sum record of row i, amounts in 万元 in their shortest exact
 * form.  0 or -1 (out of memory). */
int pb_sum_ndjson_row(const pb_sum *s, size_t i, pb_buf *b);

#endif
