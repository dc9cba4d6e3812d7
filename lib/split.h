/*
 * split.h - cut a stream of filing lines into filings (docs) and blocks.
 *
 * Streaming: feed lines with pb_splitter_line(), end with
 * pb_splitter_finish().  Each filing is handed to the callback when it
 * is complete, so memory holds one filing at a time.  The blocks of a doc
 * cover its text in order with no gap and no overlap, and the docs cover
 * the input: joining every block's text gives back the input.
 */
#ifndef PB_SPLIT_H
#define PB_SPLIT_H

#include <stddef.h>

#include "buf.h"
#include "input.h"

typedef enum {
	PB_BLK_COVER, PB_BLK_TOC, PB_BLK_PART, PB_BLK_OVERALL_GOAL,
	PB_BLK_SUB_GOALS, PB_BLK_MEASURES, PB_BLK_PROJECT_TABLE, PB_BLK_OTHER
} pb_blk_kind;

const char *pb_blk_kind_name(pb_blk_kind k);
int pb_blk_kind_parse(const char *name, pb_blk_kind *k);

typedef struct {
	pb_blk_kind kind;
	long line, end_line; /* 1-based, inclusive */
	size_t off, len;     /* the block's text in doc->text */
	char *title;         /* normalized, NULL when none */
	/* a project table's: the unit (元 or 万元) stated once for the part
	 * it is in, under or in the part's heading, NULL when none; its own
	 * 单位 line, if any, overrides it */
	const char *part_unit;
} pb_block;

typedef struct {
	int doc;             /* 1-based number within the input */
	long line;           /* first line */
	const char *encoding;
	pb_buf text;         /* the doc's text, UTF-8 */
	pb_block *blocks;
	size_t nblocks, capblocks;
	/* what the filing states; NULL / 0 / -1 when it does not */
	char *dept, *dept_code, *title, *compiled_by, *reviewed_by;
	int year;
	int draft;           /* -1 unknown, 0, 1 */
} pb_doc;

typedef int (*pb_doc_fn)(const pb_doc *doc, void *ctx);

typedef struct pb_splitter pb_splitter;

pb_splitter *pb_splitter_new(pb_doc_fn fn, void *ctx);
void pb_splitter_free(pb_splitter *sp);
/* Start a new input: doc numbers restart at 1. */
void pb_splitter_reset(pb_splitter *sp, const char *encoding);
/* The callback's non-zero return is passed back; -1 also on out of memory. */
int pb_splitter_line(pb_splitter *sp, const pb_line *line);
int pb_splitter_finish(pb_splitter *sp);
/* set the encoding name docs report (known after the first line) */
void pb_splitter_encoding(pb_splitter *sp, const char *encoding);

#endif
