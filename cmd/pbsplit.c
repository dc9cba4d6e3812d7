/* pbsplit - cut budget performance filings into doc and block records */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heading.h"
#include "input.h"
#include "jsonw.h"
#include "pathname.h"
#include "split.h"
#include "util.h"

enum { FMT_NDJSON, FMT_TSV };
static const char *const formats[] = { "ndjson", "tsv", NULL };

static struct {
	int format;
	const char *file;
	pb_buf out;
	pb_buf head; /* the first fields of a doc's block records, to "seq" */
	/* the kind field and the name of the title after it, quoted once
	 * for each kind (quoting the name was 1.3 M instructions of pbsplit's
	 * 102 M on three corpus files) */
	pb_buf kind[PB_BLK_OTHER + 1];
	/* The input started with a byte-order mark, which the input layer
	 * leaves out of its lines, and no block was written since: the next
	 * block's text gets it back, so that for UTF-8 input the blocks'
	 * texts still join into the input byte for byte (SCHEMA.md). */
	int bom_due;
	pb_buf bom_text; /* that block's text, the mark first */
} g;

static const char bom[] = "\xEF\xBB\xBF";

static void usage(FILE *f)
{
	fprintf(f, "usage: %s [-q] [-f ndjson|tsv] [--encoding auto|utf-8|gb18030] [FILE...]\n", argv0);
}

/*
 * A block record.  The decoder's output is valid UTF-8, and so is every
 * title the splitter makes of it (fuzz/fuzz_split.c checks): none is
 * checked again.  The fields around the title are written in place, one
 * test of the room for each run of them: field by field (and the kind
 * quoted each time), pbsplit took 101.7 M instructions on three corpus
 * files, 99.7 M so.
 */
static int block_ndjson(const pb_doc *d, const pb_block *b, size_t seq)
{
	static const char lines[] = ",\"line\":", end_line[] = ",\"end_line\":", text[] = ",\"text\":";
	const pb_buf *kind = &g.kind[b->kind];
	pb_jw w = { &g.out, 0, 0 };
	char *o = pb_jw_room(&w, g.head.len + PB_JW_INT_MAX + kind->len);
	if (!o)
		return -1;
	memcpy(o, g.head.ptr, g.head.len);
	o = pb_jw_put_int(o + g.head.len, (long long)seq);
	memcpy(o, kind->ptr, kind->len);
	pb_jw_room_end(&w, o + kind->len);
	pb_jw_utf8v(&w, b->title);
	if (!(o = pb_jw_room(&w, sizeof lines + sizeof end_line + sizeof text + 2 * PB_JW_INT_MAX +
	                            32)))
		return -1;
	memcpy(o, lines, sizeof lines - 1);
	o = pb_jw_put_int(o + sizeof lines - 1, b->line);
	memcpy(o, end_line, sizeof end_line - 1);
	o = pb_jw_put_int(o + sizeof end_line - 1, b->end_line);
	if (b->part_unit) { /* 元 or 万元: nothing to escape */
		static const char unit[] = ",\"part_unit\":\"";
		memcpy(o, unit, sizeof unit - 1);
		o += sizeof unit - 1;
		memcpy(o, b->part_unit, strlen(b->part_unit));
		o += strlen(b->part_unit);
		*o++ = '"';
	}
	memcpy(o, text, sizeof text - 1);
	pb_jw_room_end(&w, o + sizeof text - 1);
	if (g.bom_due) {
		pb_buf_reset(&g.bom_text);
		if (pb_buf_add(&g.bom_text, bom, 3) < 0 ||
		    pb_buf_add(&g.bom_text, d->text.ptr + b->off, b->len) < 0)
			return -1;
		pb_jw_utf8nv(&w, g.bom_text.ptr, g.bom_text.len);
		g.bom_due = 0;
	} else {
		pb_jw_utf8nv(&w, d->text.ptr + b->off, b->len);
	}
	pb_jw_end(&w);
	return w.err;
}

/* g.kind: the kind field of a block record and the title's name after it */
static int kinds_init(void)
{
	int err = 0;
	for (int k = 0; k <= PB_BLK_OTHER; k++) {
		const char *name = pb_blk_kind_name((pb_blk_kind)k);
		pb_buf_init(&g.kind[k]);
		if (pb_buf_adds(&g.kind[k], ",\"kind\":") < 0 ||
		    pb_json_quote_utf8(&g.kind[k], name, strlen(name)) < 0 ||
		    pb_buf_adds(&g.kind[k], ",\"title\":") < 0)
			err = -1;
	}
	return err;
}

static int on_doc(const pb_doc *d, void *ctx)
{
	pb_jw w;
	size_t at = g.out.len; /* where the doc's record begins */
	(void)ctx;

	if (g.format == FMT_NDJSON) {
		pb_jw_begin(&w, &g.out, "doc");
		PB_JW_STR(&w, "file", g.file);
		PB_JW_INT(&w, "doc", d->doc);
		PB_JW_INT(&w, "line", d->line);
		/* what the splitter found in the decoded text is valid UTF-8
		 * (fuzz/fuzz_split.c checks), and the encoding a name of ours:
		 * checking them again was 1.2 M instructions of pbsplit's
		 * 98.4 M on three corpus files */
		PB_JW_NEXT(&w, "dept");
		pb_jw_utf8v(&w, d->dept);
		PB_JW_NEXT(&w, "dept_code");
		pb_jw_utf8v(&w, d->dept_code);
		if (d->year)
			PB_JW_INT(&w, "year", d->year);
		else
			PB_JW_NULL(&w, "year");
		PB_JW_NEXT(&w, "title");
		pb_jw_utf8v(&w, d->title);
		if (d->draft < 0)
			PB_JW_NULL(&w, "draft");
		else
			pb_jw_bool(&w, "draft", d->draft);
		PB_JW_NEXT(&w, "compiled_by");
		pb_jw_utf8v(&w, d->compiled_by);
		PB_JW_NEXT(&w, "reviewed_by");
		pb_jw_utf8v(&w, d->reviewed_by);
		PB_JW_NEXT(&w, "encoding");
		pb_jw_utf8v(&w, d->encoding);
		PB_JW_INT(&w, "blocks", (long long)d->nblocks);
		pb_jw_end(&w);
		if (w.err) { /* out of memory: the splitter says so */
			pb_buf_truncate(&g.out, at);
			return -1;
		}
		/* what every block record of the doc starts with, written once */
		pb_buf_reset(&g.head);
		pb_jw_begin(&w, &g.head, "block");
		pb_jw_str(&w, "file", g.file);
		pb_jw_int(&w, "doc", d->doc);
		PB_JW_NEXT(&w, "seq");
		if (w.err)
			return -1;
	}
	for (size_t i = 0; i < d->nblocks; i++) {
		const pb_block *b = &d->blocks[i];
		size_t from = g.out.len;
		if (g.format == FMT_TSV) {
			int e = pb_tsv_field(&g.out, g.file, strlen(g.file)) < 0 ||
			        pb_buf_printf(&g.out, "\t%d\t%zu\t%s\t", d->doc, i + 1,
			                      pb_blk_kind_name(b->kind)) < 0 ||
			        (b->title &&
			         pb_tsv_field(&g.out, b->title, strlen(b->title)) < 0) ||
			        /* bytes: the length of the text, the mark's too */
			        pb_buf_printf(&g.out, "\t%ld\t%ld\t%zu\n", b->line, b->end_line,
			                      b->len + (g.bom_due ? 3 : 0)) < 0;
			g.bom_due = 0;
			if (e) { /* no half line goes out: the splitter says why */
				pb_buf_truncate(&g.out, from);
				return -1;
			}
		} else if (block_ndjson(d, b, i + 1) < 0) {
			pb_buf_truncate(&g.out, from);
			return -1;
		}
		pb_out(&g.out, 0);
	}
	pb_out(&g.out, 0);
	return 0;
}

/* Split one input named (in records and diagnostics) name. */
static void split_input(pb_splitter *sp, const char *path, const char *name, pb_enc enc)
{
	pb_err err = { 0 };
	int fd = pb_open_input(path);
	pb_input *in;
	pb_line ln;
	int r;

	if (fd < 0)
		return;
	if (!(in = pb_input_open_fd(fd, enc, &err))) {
		pb_diag(1, name, 0, "%s", err.msg);
		pb_close_input(path, fd);
		return;
	}
	/* records name the input otherwise than its path: said once */
	if (pb_path_name_note(path))
		pb_diag(0, name, 0, "%s", pb_path_name_note(path));
	g.file = name;
	pb_splitter_reset(sp, NULL);
	unsigned long unmatched = pb_heading_errors();
	const char *enc_was = NULL;
	int text = 0; /* a line not blank was read */
	while ((r = pb_input_getline(in, &ln)) > 0) {
		if (!text) {
			/* records (pbsplit's or pbtable's output) split as text
			 * made a filing of JSON: refused, as a file that is none */
			size_t i = 0;
			while (i < ln.textlen && (ln.ptr[i] == ' ' || ln.ptr[i] == '\t'))
				i++;
			if (i < ln.textlen && ln.ptr[i] == '{') {
				pb_diag(1, name, ln.lineno, "records (NDJSON), not a filing");
				pb_splitter_reset(sp, NULL);
				pb_input_close(in);
				pb_close_input(path, fd);
				return;
			}
			text = i < ln.textlen;
		}
		if (ln.lineno == 1)
			g.bom_due = pb_input_bom(in);
		/* known with the first line, told the splitter when it changes */
		const char *e = pb_input_encoding(in);
		if (e != enc_was) {
			/* a change inside the input (cat of filings of both
			 * encodings) is no error: a note */
			if (enc_was && pb_input_switched(in))
				pb_diag(0, name, ln.lineno, "%s", pb_input_switched(in));
			pb_splitter_encoding(sp, enc_was = e);
		}
		if (pb_splitter_line(sp, &ln) < 0) {
			pb_diag(1, name, ln.lineno, "out of memory");
			break;
		}
	}
	if (pb_splitter_finish(sp) < 0)
		pb_diag(1, name, 0, "out of memory");
	if ((unmatched = pb_heading_errors() - unmatched) > 0)
		pb_diag(0, name, 0, PB_HEADING_ERRORS_SAID, unmatched);
	g.bom_due = 0; /* an input of a mark alone (no block) ends here */
	if (pb_input_err(in)->set)
		pb_diag(1, name, pb_input_err(in)->line, "%s", pb_input_err(in)->msg);
	if (pb_input_more(in))
		pb_diag(1, name, 0, "%s", pb_input_more(in));
	pb_input_close(in);
	pb_close_input(path, fd);
}

static void run(pb_splitter *sp, const char *path, pb_enc enc)
{
	char *name = pb_path_name_dup(path);

	if (!name) {
		pb_errorf("out of memory");
		return;
	}
	split_input(sp, path, name, enc);
	free(name);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, PB_OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	pb_enc enc = PB_ENC_AUTO;
	int c;

	pb_setprog(argv);
	pb_set_usage(usage);
	pb_out_init(&g.out);
	pb_buf_init(&g.head);
	pb_buf_init(&g.bom_text);
	while ((c = pb_getopt(argc, argv, "f:h", opts)) != -1) {
		switch (c) {
		case 'f':
			if ((g.format = pb_pick("format", optarg, formats)) < 0)
				return PB_EXIT_ERROR;
			break;
		case 'E':
			if (pb_pick_encoding(optarg, &enc) < 0)
				return PB_EXIT_ERROR;
			break;
		case PB_OPT_VERSION:
			return pb_version();
		case 'h':
			usage(stdout);
			/* a help text lost to a full disk is a failed write */
			return pb_out_close();
		default:
			usage(stderr);
			return PB_EXIT_ERROR;
		}
	}
	pb_splitter *sp = pb_splitter_new(on_doc, NULL);
	if (!sp || kinds_init() < 0) {
		pb_errorf("out of memory");
		return PB_EXIT_ERROR;
	}
	if (g.format == FMT_TSV &&
	    pb_buf_adds(&g.out, "file\tdoc\tseq\tkind\ttitle\tline\tend_line\tbytes\n") < 0) {
		pb_errorf("out of memory");
		return PB_EXIT_ERROR;
	}
	if (optind == argc)
		run(sp, "-", enc);
	for (int i = optind; i < argc; i++)
		run(sp, argv[i], enc);
	pb_out(&g.out, 1);
	pb_splitter_free(sp);
	pb_buf_free(&g.out);
	pb_buf_free(&g.head);
	pb_buf_free(&g.bom_text);
	for (int k = 0; k <= PB_BLK_OTHER; k++)
		pb_buf_free(&g.kind[k]);
	int st = pb_out_close();
	return st ? st : pb_status;
}
