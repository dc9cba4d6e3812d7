/*
 * source.h - any input the tools accept, turned into projects.
 *
 * An input is a raw filing (any layout, UTF-8 or GB18030), pbsplit's
 * NDJSON, or pbtable's NDJSON; the first non-blank byte tells them apart
 * ('{' means NDJSON).  Raw filings and project_table blocks are parsed as
 * pbtable parses them; project records are read back with their
 * indicator and unparsed records.  Records a caller wants for itself
 * (pbsum's sum records) go to on_json.
 *
 * One input at a time in a process: source.c keeps three things in
 * globals, not in the run, so two runs at once (two threads) would mix
 * them up: json_oom (a copy of a field failed while a line was read),
 * the message pb_json_project hands back for a duplicate key (dup_buf,
 * valid until the next call), and pb_jsonc_where (jsonc_where.h: the
 * line json-c is reading, for the tools' strdup, which is the process's
 * too).  The tools read their inputs one after another.
 */
#ifndef PB_SOURCE_H
#define PB_SOURCE_H

#include "input.h"
#include "table.h"

struct json_object;
struct pb_splitter;

/*
 * What reading one input leaves to the next: the splitter and the table
 * parser, their buffers grown to the largest filing so far, reset, not
 * made again.  A directory of filings is thousands of files of 5 to 30
 * KB, and each made them anew: pbtable over 1,111 such files took 849.7
 * M instructions (callgrind), 805.8 M keeping them.  Memory still grows
 * with the largest filing, not with the input.  Zero it before the first
 * input; pb_source_keep_free after the last.
 */
typedef struct {
	struct pb_splitter *sp;
	pb_table_work *work;
	void *run; /* the input being read, for the kept splitter's callback */
} pb_source_keep;

void pb_source_keep_free(pb_source_keep *k);

typedef struct {
	pb_enc enc;
	/* a project with its indicators; non-zero stops the input */
	int (*on_project)(const pb_project *p, void *ctx);
	/* NDJSON records of other types (may be NULL: they are skipped) */
	int (*on_json)(const char *type, struct json_object *o, const char *file, long line,
	               void *ctx);
	/* problems with the input; is_error means the exit status must say so */
	void (*on_diag)(const char *file, long line, int is_error, const char *msg, void *ctx);
	void *ctx;
	/* set when indicator records are not wanted: NDJSON lines of our own
	 * indicator records are then passed over without being parsed */
	int skip_indicators;
	/* the record type on_json reads (pbsum: "sum"), or NULL: the others
	 * it is handed, to skip with a word, are no content of the input */
	const char *json_type;
	/* what one input leaves to the next (NULL: each starts afresh) */
	pb_source_keep *keep;
	/* a project record without a budget, fiscal, other or spend key
	 * reads it as null, with a warning once per input and key (0), or
	 * without (1: pbcheck, whose findings say what each leaves: an
	 * empty 预算数, a budget its two sources do not make up) */
	int no_absent_warning;
} pb_source;

/* The exact amount under key in a JSON object: unset for null or absent;
 * -1 when it is not a number (-2 one too large or precise to hold), or
 * PB_JSON_NOMEM out of memory.  Reads the number's text, never a double. */
#define PB_JSON_NOMEM (-3)
int pb_json_amount(struct json_object *o, const char *key, pb_amount *a);

/* One NDJSON line read with json-c as a project record, as pb_source_run
 * reads it when ndfast.c cannot: for tests that compare the two.  1 and
 * p filled (free with pb_project_free), *msg the diagnostic the record
 * deserves or NULL; 0 when the line is not a project record; -1 out of
 * memory. */
int pb_json_project(const char *s, size_t n, const char *path, long line, pb_project *p,
                    const char **msg);

/* Is p no project but the carrier of unparsed records that came before
 * any project record (which pb_source_run hands over as a project)? */
int pb_source_is_carrier(const pb_project *p);

/* Bad NDJSON lines and records said one by one, the first of an input;
 * then PB_SAY_BAD_MORE (count, plural s, PB_SAY_BAD) once, at its end */
#define PB_SAY_BAD 10
#define PB_SAY_BAD_MORE "%ld more bad record%s, each left out: only the first %d are said one by one"

/*
 * Read one input: fd, open for reading, the caller's before and after
 * (read to its end, never closed here); path names it as the caller does
 * (the path as given, "-" for standard input), which records carry as
 * their file (pathname.h) and diagnostics as their FILE.  Which
 * descriptor a command-line argument stands for is the tool's to decide
 * (util/open_input.c).  0, or -1 if it was unusable; every problem is
 * handed to on_diag, never printed, and nothing here exits.
 */
int pb_source_run(const pb_source *src, int fd, const char *path);
/* The same, with the projects parsed from a raw filing handed to
 * on_decoded instead of on_project: their text came from the decoder, so
 * every string the table parser made of it is valid UTF-8 (not so for
 * the text of a pbsplit block record, which JSON may carry invalid). */
int pb_source_run_decoded(const pb_source *src,
                          int (*on_decoded)(const pb_project *p, void *ctx), int fd,
                          const char *path);

/*
 * The same reader driven by the caller, for records or a filing already
 * in memory (no file, no descriptor): pb_source_feed_new, then each line
 * with pb_source_feed_line, then pb_source_feed_finish, which says what
 * is said at an input's end and frees the feed.  The lines are text,
 * already decoded: UTF-8 without NUL bytes (src->enc is not looked at),
 * one line a call, with or without its terminator (LF, CRLF or CR; a
 * leading byte-order mark on the first is dropped).  A line that is not
 * UTF-8 is said as an error and left out; projects go to on_project.
 * path names the input as pb_source_run's does, and is not kept.
 *
 * pb_source_feed_new: NULL out of memory (said through on_diag).
 * pb_source_feed_line: 0; 1 once a callback stopped the input (the lines
 * after are not read); -1 out of memory, said at finish (the lines after
 * are not read either).  pb_source_feed_finish: 0, or -1 when the input
 * ended in an error, as pb_source_run.  The same one-input-at-a-time
 * rule holds (above): a feed is one input, and no other runs beside it.
 */
typedef struct pb_source_feed pb_source_feed;

pb_source_feed *pb_source_feed_new(const pb_source *src, const char *path);
int pb_source_feed_line(pb_source_feed *f, const char *s, size_t n);
int pb_source_feed_finish(pb_source_feed *f);

#endif
