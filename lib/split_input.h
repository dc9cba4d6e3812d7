/*
 * split_input.h - one input cut into docs and blocks: what pbsplit does
 * with each input (source.h reads inputs into projects for the others).
 */
#ifndef PB_SPLIT_INPUT_H
#define PB_SPLIT_INPUT_H

#include "input.h"
#include "split.h"
#include "split_records.h"

typedef struct {
	pb_enc enc;
	/* made by the caller, its callback writing the docs' records; reset
	 * here at each input's start, so doc numbers restart at 1 */
	pb_splitter *sp;
	/* the writer sp's callback writes with (NULL: none): its file is set
	 * to the input's record name for the input's docs, and its bom_due
	 * from the input's byte-order mark (cleared at the input's end) */
	pb_split_writer *w;
	/* problems with the input; is_error means the exit status must say so */
	void (*on_diag)(const char *file, long line, int is_error, const char *msg, void *ctx);
	void *ctx;
} pb_split_source;

/*
 * Split one input: fd, open for reading, the caller's before and after
 * (never closed here); path names it as the caller does ("-" for
 * standard input), which records carry as their file and diagnostics as
 * their FILE, both as pathname.h names it.  Lines go to the splitter in
 * order, the encoding told it when it is known and when it changes (a
 * note says where); an input whose first text is '{' (records, pbsplit's
 * or pbtable's, not a filing) is refused with an error at that line and
 * no doc.  At the end: the splitter finished, then headings not
 * recognized, a read error and undecodable bytes said, in that order.
 * Every problem is handed to on_diag, never printed; nothing here exits.
 * 0, or -1 when an error was said.
 */
int pb_split_run(const pb_split_source *s, int fd, const char *path);

#endif
