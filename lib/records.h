/*
 * records.h - pbtable's records (project, indicator, unparsed) in NDJSON
 * and TSV, as SCHEMA.md fixes them.
 */
#ifndef PB_RECORDS_H
#define PB_RECORDS_H

#include "buf.h"
#include "compiler.h"
#include "table.h"

/* Append the project, its indicators and its unparsed records. */
PB_MUST_CHECK int pb_write_project_ndjson(pb_buf *b, const pb_project *p);
/* The same for a project parsed from decoded text (pb_source's
 * on_decoded): its strings are not checked for valid UTF-8 again, but
 * for file, dept and dept_code, which may come from elsewhere, and the
 * unparsed records' reason and text (fuzz/fuzz_table.c compares the two
 * writers). */
PB_MUST_CHECK int pb_write_decoded_ndjson(pb_buf *b, const pb_project *p);

/* TSV: one header line, then one line per project or per indicator. */
PB_MUST_CHECK int pb_write_project_tsv_header(pb_buf *b);
PB_MUST_CHECK int pb_write_project_tsv(pb_buf *b, const pb_project *p);
PB_MUST_CHECK int pb_write_indicator_tsv_header(pb_buf *b);
PB_MUST_CHECK int pb_write_indicator_tsv(pb_buf *b, const pb_project *p);

/* Exact decimal text of an amount, "null" when unset. */
const char *pb_amount_text(const pb_amount *a, char *out, size_t cap);

#endif
