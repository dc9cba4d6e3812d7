#include "split_input.h"

#include <stdlib.h>

#include "heading.h"
#include "pathname.h"

typedef struct {
	const pb_split_source *s;
	const char *name;
	int errors;
} run_ctx;

static void diag(run_ctx *r, long line, int is_error, const char *msg)
{
	r->errors += is_error;
	if (r->s->on_diag)
		r->s->on_diag(r->name, line, is_error, msg, r->s->ctx);
}

/* The lines of in into the splitter, and its end: 0, or -1 when the input
 * was refused (records, not a filing), with nothing more to say of it. */
static int split_lines(run_ctx *r, pb_input *in)
{
	pb_splitter *sp = r->s->sp;
	const char *enc_was = NULL;
	int text = 0; /* a line not blank was read */
	pb_line ln;

	while (pb_input_getline(in, &ln) > 0) {
		if (!text) {
			/* records (pbsplit's or pbtable's output) split as text
			 * made a filing of JSON: refused, as a file that is none */
			size_t i = 0;
			while (i < ln.textlen && (ln.ptr[i] == ' ' || ln.ptr[i] == '\t'))
				i++;
			if (i < ln.textlen && ln.ptr[i] == '{') {
				diag(r, ln.lineno, 1, "records (NDJSON), not a filing");
				pb_splitter_reset(sp, NULL);
				return -1;
			}
			text = i < ln.textlen;
		}
		if (ln.lineno == 1 && r->s->w)
			r->s->w->bom_due = pb_input_bom(in);
		/* known with the first line, told the splitter when it changes */
		const char *e = pb_input_encoding(in);
		if (e != enc_was) {
			/* a change inside the input (cat of filings of both
			 * encodings) is no error: a note */
			if (enc_was && pb_input_switched(in))
				diag(r, ln.lineno, 0, pb_input_switched(in));
			pb_splitter_encoding(sp, enc_was = e);
		}
		if (pb_splitter_line(sp, &ln) < 0) {
			diag(r, ln.lineno, 1, "out of memory");
			break;
		}
	}
	if (pb_splitter_finish(sp) < 0)
		diag(r, 0, 1, "out of memory");
	return 0;
}

int pb_split_run(const pb_split_source *s, int fd, const char *path)
{
	pb_err err = { 0 };
	char *name = pb_path_name_dup(path);
	run_ctx r = { s, name ? name : path, 0 };
	pb_input *in;

	if (!name) {
		diag(&r, 0, 1, "out of memory");
		return -1;
	}
	if (!(in = pb_input_open_fd(fd, s->enc, &err))) {
		diag(&r, 0, 1, err.msg);
		free(name);
		return -1;
	}
	/* records name the input otherwise than its path: said once */
	if (pb_path_name_note(path))
		diag(&r, 0, 0, pb_path_name_note(path));
	if (s->w)
		s->w->file = name;
	pb_splitter_reset(s->sp, NULL);
	unsigned long unmatched = pb_heading_errors();
	if (split_lines(&r, in) == 0) {
		char msg[200];
		if (pb_heading_errors_since(unmatched, msg, sizeof msg))
			diag(&r, 0, 0, msg);
		if (s->w)
			s->w->bom_due = 0; /* an input of a mark alone (no block) ends here */
		if (pb_input_err(in)->set)
			diag(&r, pb_input_err(in)->line, 1, pb_input_err(in)->msg);
		if (pb_input_more(in))
			diag(&r, 0, 1, pb_input_more(in));
	}
	if (s->w)
		s->w->file = NULL; /* name goes */
	pb_input_close(in);
	free(name);
	return r.errors ? -1 : 0;
}
