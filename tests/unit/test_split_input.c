/*
 * test_split_input.c - pbsplit's input loop and writers in the library
 * (pb_split_run, split_records.h): diagnostics come to the callback,
 * never printed; a byte-order mark is given back to the first block;
 * records are refused at their line; a change of encoding is a note.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "split_input.h"
#include "split_records.h"

void test_split_input(void);

typedef struct {
	pb_buf out, diags;
	pb_split_writer w;
} seen;

static seen *cur;

static int on_doc(const pb_doc *d, void *ctx)
{
	(void)ctx;
	if (pb_write_doc(&cur->w, &cur->out, d) < 0)
		return -1;
	for (size_t i = 0; i < d->nblocks; i++)
		if (pb_write_block(&cur->w, &cur->out, d, i) < 0)
			return -1;
	return 0;
}

static void on_diag(const char *file, long line, int is_error, const char *msg, void *ctx)
{
	seen *s = ctx;
	CHECK(pb_buf_printf(&s->diags, "%s:%ld: %c %s\n", file, line, is_error ? 'E' : 'W',
	                    msg) == 0);
}

/* Split the bytes of the files named (NULL-ended) after prefix, as one
 * input called name, in TSV or NDJSON into s; the run's status. */
static int split(seen *s, int tsv, const char *name, const char *prefix, const char *const *files)
{
	FILE *f = tmpfile();
	char chunk[4096];
	int rc = -2;

	memset(s, 0, sizeof *s);
	pb_buf_init(&s->out);
	pb_buf_init(&s->diags);
	CHECK(pb_split_writer_init(&s->w, tsv) == 0);
	CHECK(f != NULL);
	if (!f)
		return rc;
	fputs(prefix, f);
	for (; *files; files++) {
		FILE *in = fopen(*files, "rb");
		size_t k;
		CHECK(in != NULL);
		while (in && (k = fread(chunk, 1, sizeof chunk, in)) > 0)
			fwrite(chunk, 1, k, f);
		if (in)
			fclose(in);
	}
	fflush(f);
	rewind(f);
	cur = s;
	pb_split_source src = { PB_ENC_AUTO, pb_splitter_new(on_doc, NULL), &s->w, on_diag, s };
	CHECK(src.sp != NULL);
	if (src.sp)
		rc = pb_split_run(&src, fileno(f), name);
	CHECK(s->w.file == NULL && s->w.bom_due == 0);
	pb_splitter_free(src.sp);
	fclose(f);
	CHECK(pb_buf_add(&s->out, "", 1) == 0 && pb_buf_add(&s->diags, "", 1) == 0);
	return rc;
}

static void seen_free(seen *s)
{
	pb_buf_free(&s->out);
	pb_buf_free(&s->diags);
	pb_split_writer_free(&s->w);
}

/* the mark goes back into the first block: its text (NDJSON) starts
 * with it, and its bytes (TSV) count it, so all add up to the file's */
static void bom(void)
{
	static const char *const files[] = { "examples/tab-grid.txt", NULL };
	FILE *f = fopen(files[0], "rb");
	long size = 0, sum = 0;
	seen s;

	CHECK(f != NULL);
	if (f) {
		fseek(f, 0, SEEK_END);
		size = ftell(f);
		fclose(f);
	}
	CHECK(split(&s, 0, "b.txt", "\xEF\xBB\xBF", files) == 0);
	CHECK_STR(s.diags.ptr, "");
	CHECK(strstr(s.out.ptr, "\"seq\":1,\"kind\":") != NULL);
	CHECK(strstr(s.out.ptr, "\"text\":\"\xEF\xBB\xBF") != NULL);
	seen_free(&s);
	CHECK(split(&s, 1, "b.txt", "\xEF\xBB\xBF", files) == 0);
	/* (no header: that is pbsplit's main's) */
	for (const char *p = s.out.ptr, *e; (e = strchr(p, '\n')) != NULL; p = e + 1) {
		const char *t = e;
		while (t > p && t[-1] != '\t')
			t--;
		sum += strtol(t, NULL, 10);
	}
	CHECK(size > 0 && sum == size + 3);
	seen_free(&s);
}

static void records(void)
{
	static const char *const none[] = { NULL };
	seen s;

	CHECK(split(&s, 0, "r.ndjson", "\n  {\"type\":\"doc\"}\n", none) == -1);
	CHECK_STR(s.diags.ptr, "r.ndjson:2: E records (NDJSON), not a filing\n");
	CHECK_STR(s.out.ptr, "");
	seen_free(&s);
}

static void two_encodings(void)
{
	static const char *const files[] = { "examples/gb18030-crlf.txt", "examples/tab-grid.txt",
		                             NULL };
	seen s;

	CHECK(split(&s, 0, "-", "", files) == 0);
	CHECK(strstr(s.diags.ptr, ": W warning: encoding changes to UTF-8 here") != NULL);
	CHECK(strstr(s.out.ptr, "\"encoding\":\"GB18030\"") != NULL);
	CHECK(strstr(s.out.ptr, "\"doc\":2,") != NULL);
	seen_free(&s);
}

void test_split_input(void)
{
	bom();
	records();
	two_encodings();
}
