/*
 * util.h - what every tool's main needs: diagnostics in the
 * `TOOL: FILE:LINE: message` form, buffered output whose failure is
 * noticed, the exit status of SCHEMA.md, and what an input named on the
 * command line is ("-" for standard input): the tools' policy, which the
 * library leaves to them.
 */
#ifndef PB_UTIL_H
#define PB_UTIL_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "input.h"

enum { PB_EXIT_OK = 0, PB_EXIT_FOUND = 1, PB_EXIT_ERROR = 2 };

/* the release, for --version: what a bug report should name */
#define PB_VERSION "0.9.0"
/* getopt_long's value for --version, past any tool's own options */
enum { PB_OPT_VERSION = 0x1000 };

extern const char *argv0;
/* set to PB_EXIT_ERROR by every error report */
extern int pb_status;

/* the tool's name for messages: argv[0]'s last part (argv[0] is set to it) */
void pb_setprog(char **argv);
/* "TOOL: message" */
void pb_errorf(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;
/* The tool's usage text, written after every usage error */
void pb_set_usage(void (*usage)(FILE *f));
/* A usage error: "TOOL: message", then the usage text on stderr; sets
 * pb_status.  For a bad option and a bad option value alike. */
void pb_usage_errorf(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;
/* The usage text on stderr, after usage errors already said with
 * pb_errorf (several at once: --enable a,b with both unknown) */
void pb_usage_tail(void);
/* "TOOL: warning: message"; the exit status is left as it is */
void pb_warnf(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;
/* "TOOL: FILE:LINE: message" (LINE omitted when 0); an error sets pb_status.
 * FILE is a record name (pathname.h), written as pb_name_line has it. */
void pb_diag(int is_error, const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
/* pb_diag as the library's on_diag callbacks take it (source.h,
 * split_input.h), ctx unused */
void pb_diag_cb(const char *file, long line, int is_error, const char *msg, void *ctx);
/* "warning: 'TYPE' records WHY; skipped", once per type: seen keeps
 * the types said */
void pb_skip_type(pb_buf *seen, const char *type, const char *file, long line, const char *why);
/* pb_buf_init, and b is the tool's output: whatever whole lines it holds
 * are written out before each diagnostic (pb_out_sync), so that with 2>&1
 * the two read in input order */
void pb_out_init(pb_buf *b);
/* Write the whole lines the output buffer (pb_out_init) holds, now:
 * before a message to stderr that is not written through pb_diag and the
 * like (pbcheck -s's summary) */
void pb_out_sync(void);
/* Write the buffer to stdout when it is big enough (or force), then empty
 * it.  A failed write is remembered and reported by pb_out_close().
 * When stdout is a pipe, written as pb_out_lines does: the buffer must
 * then end at a line's end. */
void pb_out(pb_buf *b, int force);
/* Write all of the buffer to stdout in whole lines, each write(2) small
 * enough to be atomic on a pipe; then empty it.  For output that may
 * share a pipe with other processes' (pbsum's, merged downstream). */
void pb_out_lines(pb_buf *b);
/* Flush and close stdout; returns PB_EXIT_ERROR if any write failed. */
int pb_out_close(void);
/* --version: "TOOL (pb) VERSION" on stdout; the exit status */
int pb_version(void);
struct option;
/* getopt_long over the tool's options and -q, --quiet, which it takes
 * itself: from then on, warnings and notes (pb_diag's messages that are no
 * error, pb_warnf's) are not said; errors are.  Never returns 'q'. */
int pb_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts);
/* -f FORMAT: index into names, or -1 (after a usage error) */
int pb_pick(const char *what, const char *arg, const char *const *names);
/* --encoding ARG into *enc; -1 (after a usage error) if unknown */
int pb_pick_encoding(const char *arg, pb_enc *enc);

/*
 * The inputs named on the command line (open_input.c): the descriptor
 * for ARG, "-" standard input and anything else a file opened to read;
 * or -1 after an error said as "TOOL: FILE: why" (pb_status set), when
 * it cannot be opened, is the file stdout writes to (as cat refuses
 * it), or is "-" once standard input was found closed.  Give the
 * descriptor back with pb_close_input, which closes what was opened
 * here, not standard input.
 */
int pb_open_input(const char *arg);
void pb_close_input(const char *arg, int fd);

#endif
