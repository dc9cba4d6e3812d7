/*
 * ndfast.h - a fast reader for the NDJSON records pbtable writes.
 *
 * json-c builds a tree of objects for every record; for pbsum over
 * pbtable's NDJSON that was most of the run time.  These readers scan a
 * line once, in place, and accept only a strict subset of JSON (see
 * ndfast.c): whatever falls outside it is left to json-c, so a line is
 * read exactly as json-c would read it or not at all.  fuzz/fuzz_ndfast.c
 * checks that both agree on every line these accept.
 */
#ifndef PB_NDFAST_H
#define PB_NDFAST_H

#include <stddef.h>

#include "table.h"

/*
 * A {"type":"project",...} record, read into p as pb_source_run reads it
 * with json-c (path: the input's name, for a record without "file";
 * line: the line number, for one without "line").  1: read, free p with
 * pb_project_free; 0: not in the subset, or a record json-c would give a
 * diagnostic for: nothing allocated, read it with json-c; -1: out of
 * memory, nothing allocated.
 */
int pb_ndfast_project(const char *s, size_t n, const char *path, long line, pb_project *p);

/*
 * Is s[0..n) an object in the subset whose first key is "type" with the
 * string value type (as {"type":"indicator",...})?  1 yes, 0 not known:
 * read it with json-c.  Nothing else is read: this is how a caller that
 * does not want such records passes over them without losing sight of a
 * damaged line.
 */
int pb_ndfast_is_type(const char *s, size_t n, const char *type);

#endif
