/*
 * input.h - the input layer every tool shares.
 *
 * Reads one input, an open descriptor, in chunks, decides its encoding,
 * converts it to UTF-8 and hands it out line by line, with no limit on
 * line length.  Memory is bounded by the longest line plus the detection
 * window, never by the size of the input.
 *
 * What an input named on the command line is ("-" for standard input, a
 * file that is the tool's own output refused) is the tools' policy, not
 * the library's: util/open_input.c decides it and hands the descriptor
 * here.  The library opens no input by name (only /dev/null, when
 * iconv_open fails, to tell a lack of descriptors from a missing
 * converter), never exits and prints nothing; what goes wrong is in
 * pb_input_err for the caller to say.
 *
 * Encoding: with PB_ENC_AUTO the input is UTF-8 if it is valid UTF-8 as a
 * whole (or, past the first PB_DETECT_WINDOW bytes, if that window is:
 * a filing is far smaller, and the window bounds memory on long streams),
 * else GB18030 if it converts strictly, else UTF-8 with its bad bytes as
 * U+FFFD if it is mostly UTF-8 (input.c: mostly_utf8), else an error that
 * names where each encoding fails.  UTF-8 is tried first because most
 * short UTF-8 Chinese text is also valid GB18030.
 * An input of both (`cat` of UTF-8 and GB18030 filings) is read a line
 * at a time, each line in its own encoding (encline.h), the change
 * queued for the reader at the line where it comes; not with a forced
 * encoding, nor in records.
 * A leading UTF-8 byte-order mark is dropped from the text (pb_input_bom
 * says there was one, for pbsplit to give it back).  NUL bytes are an
 * error: they mean binary input, not a filing.
 *
 * Lines end at LF, CRLF or a lone CR; a line is handed out with its
 * terminator so callers can reproduce the input byte for byte.
 */
#ifndef PB_INPUT_H
#define PB_INPUT_H

#include <stddef.h>

#include "buf.h"
#include "error.h"

typedef enum { PB_ENC_AUTO, PB_ENC_UTF8, PB_ENC_GB18030 } pb_enc;

#define PB_DETECT_WINDOW (1u << 20)

typedef struct {
	const char *ptr; /* the line, UTF-8, with its terminator */
	size_t len;      /* bytes including the terminator */
	size_t textlen;  /* bytes without the terminator */
	long lineno;     /* 1-based */
	size_t feed;     /* form feeds of the line before ptr, 0 as read:
	                  * pbsplit reads a line past them (a converter's
	                  * page break), and its text keeps them */
} pb_line;

/* Push decoder: feed raw bytes, take UTF-8 out.  Never fails hard: a bad
 * byte becomes U+FFFD and a sticky error in dec->err. */
typedef struct pb_decoder pb_decoder;

pb_decoder *pb_decoder_new(pb_enc enc);
void pb_decoder_free(pb_decoder *d);
/* 0, or -1 when the input is rejected as a whole (see pb_decoder_err) */
int pb_decoder_feed(pb_decoder *d, const char *data, size_t n);
int pb_decoder_finish(pb_decoder *d);
/* decoded UTF-8 not yet taken.  Take only whole lines (up to the last
 * LF) before the end, as pb_input does: a change of encoding is placed at
 * the start of the unfinished line, which must still be there. */
pb_buf *pb_decoder_out(pb_decoder *d);
const pb_err *pb_decoder_err(const pb_decoder *d);
/* "UTF-8" or "GB18030" (in an input of both: the last line's); NULL
 * while undecided */
const char *pb_decoder_encoding(const pb_decoder *d);
/* how many times the encoding changed so far */
int pb_decoder_switches(const pb_decoder *d);
int pb_decoder_rejected(const pb_decoder *d);
/* 1 once a leading UTF-8 byte-order mark was dropped */
int pb_decoder_bom(const pb_decoder *d);

/* Pull reader over a file descriptor, built on the decoder. */
typedef struct pb_input pb_input;

/* A reader of fd, which stays the caller's: read from where it stands to
 * its end, never closed (pb_input_close leaves it open; close it after).
 * NULL with err set only out of memory: a descriptor that cannot be read
 * shows at the first pb_input_getline, as a read error. */
pb_input *pb_input_open_fd(int fd, pb_enc enc, pb_err *err);
/* 1 and *line set; 0 at end of input; -1 when the input is unusable
 * (not text, read error): see pb_input_err. */
int pb_input_getline(pb_input *in, pb_line *line);
/* the first error met so far: a read error, else the first bad byte
 * (not fatal unless the input is rejected), its line in ->line and the
 * byte in the message */
const pb_err *pb_input_err(const pb_input *in);
/* NULL, or when more bytes than the first were bad, the message that
 * says how many, for the end of the input ("17 more bytes not UTF-8,
 * each read as U+FFFD") */
const char *pb_input_more(pb_input *in);
/* the encoding of the line last read */
const char *pb_input_encoding(const pb_input *in);
/* NULL, or when the encoding changed at the line last read, the note that
 * says so ("encoding changes to GB18030 here ...") */
const char *pb_input_switched(pb_input *in);
/* 1 when the input started with a UTF-8 byte-order mark, which the lines
 * leave out; known once the first line is read */
int pb_input_bom(const pb_input *in);
void pb_input_close(pb_input *in);

int pb_enc_parse(const char *name, pb_enc *enc);

#endif
