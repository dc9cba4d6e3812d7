/*
 * split_records.h - pbsplit's records (doc, block) in NDJSON and TSV, as
 * SCHEMA.md fixes them, written into a buffer (records.h has pbtable's).
 */
#ifndef PB_SPLIT_RECORDS_H
#define PB_SPLIT_RECORDS_H

#include "buf.h"
#include "compiler.h"
#include "split.h"

/*
 * What the writer keeps between records: made once (pb_split_writer_init),
 * for every input.  file is the name records give the input (pathname.h),
 * set for each input before its first doc (pb_split_run does); bom_due is
 * set when that input began with a byte-order mark, which the input layer
 * leaves out of its lines: the next block written gets it back at the
 * front of its text (NDJSON) or counts it in its bytes (TSV), so that for
 * UTF-8 input the blocks' texts still join into the input byte for byte
 * (SCHEMA.md).  Writing a block clears it; so must the end of an input
 * that had no block.
 */
typedef struct {
	int tsv;          /* TSV, not NDJSON */
	const char *file;
	int bom_due;
	pb_buf head;      /* the first fields of a doc's block records, to "seq" */
	/* the kind field and the name of the title after it, quoted once for
	 * each kind (quoting the name was 1.3 M instructions of pbsplit's
	 * 102 M on three corpus files) */
	pb_buf kind[PB_BLK_OTHER + 1];
	pb_buf bom_text;  /* the text of the block that gets the mark back */
} pb_split_writer;

/* 0, or -1 out of memory (free it still). */
PB_MUST_CHECK int pb_split_writer_init(pb_split_writer *w, int tsv);
void pb_split_writer_free(pb_split_writer *w);

/* TSV's header line. */
PB_MUST_CHECK int pb_write_split_tsv_header(pb_buf *b);
/* A doc's own record (NDJSON; nothing in TSV, which has block lines
 * only), and what its block records start with. */
PB_MUST_CHECK int pb_write_doc(pb_split_writer *w, pb_buf *b, const pb_doc *d);
/* The doc's block i (0-based), after pb_write_doc.  On -1 (out of memory)
 * b is as it was: no half record. */
PB_MUST_CHECK int pb_write_block(pb_split_writer *w, pb_buf *b, const pb_doc *d, size_t i);

#endif
