/*
 * fuzz_ndjson.c - pb_source_run, the reader every tool shares: raw
 * filings, pbsplit NDJSON and pbtable NDJSON.
 *
 * pb_source_run reads a descriptor, and the data goes to a temporary file
 * made once with mkstemp, unlinked at once, named by /dev/fd/N and opened
 * anew for each run (its own offset, at the start).  Every project handed to on_project is written with
 * pb_write_project_ndjson.  Checked:
 *  - no crash, leak or hang; callbacks get sane arguments;
 *  - the records written are valid UTF-8, one strict JSON object per line
 *    (json-c), with no raw control character, and each project is
 *    followed by as many indicator and unparsed records as its counts say;
 *  - reading our own output back (the file now holds those records) is
 *    clean: no diagnostic, status 0, the same number of projects, and
 *    writing them again gives the same bytes (the records are a fixpoint);
 *  - the feed (pb_source_feed) reads those records, and the input when it
 *    is UTF-8 text without NUL or CR, as the file is read: the same
 *    records, the same diagnostics' count.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <json.h>

#include "buf.h"
#include "records.h"
#include "source.h"
#include "table.h"
#include "utf8.h"
#include "common.h"

typedef struct {
	pb_buf out;
	size_t projects;
	size_t diags, errors;
	const char *path;
} run_state;

static int on_project(const pb_project *p, void *ctx)
{
	run_state *st = ctx;
	CHECK(p);
	CHECK(p->nind == 0 || p->ind);
	CHECK(p->nunp == 0 || p->unp);
	CHECK(p->ngoals == 0 || p->goals);
	CHECK(!p->oom);
	CHECK(pb_write_project_ndjson(&st->out, p) == 0);
	st->projects++;
	return 0;
}

static int on_json(const char *type, struct json_object *o, const char *file, long line,
                   void *ctx)
{
	run_state *st = ctx;
	CHECK(type && o && file && !strcmp(file, st->path));
	CHECK(line >= 1);
	CHECK(json_object_is_type(o, json_type_object));
	return 0;
}

static void on_diag(const char *file, long line, int is_error, const char *msg, void *ctx)
{
	run_state *st = ctx;
	CHECK(msg && *msg);
	/* the input's name, but for a cut filing, said at the filing its
	 * block records name (source.c, judge_tables) */
	CHECK(file && (!strcmp(file, st->path) || strstr(msg, "a cut file, or tables that were images")));
	CHECK(line >= 0);
	st->diags++;
	st->errors += is_error != 0;
}

/* a reader of path whose callbacks fill st */
static void start(pb_source *src, const char *path, run_state *st)
{
	memset(st, 0, sizeof *st);
	pb_buf_init(&st->out);
	st->path = path;
	memset(src, 0, sizeof *src);
	src->enc = PB_ENC_AUTO;
	src->on_project = on_project;
	src->on_json = on_json;
	src->on_diag = on_diag;
	src->ctx = st;
}

static int run(const char *path, run_state *st)
{
	pb_source src;

	start(&src, path, st);
	int fd = open(path, O_RDONLY);
	CHECK(fd >= 0);
	int rc = pb_source_run(&src, fd, path);
	CHECK(rc == 0 || rc == -1);
	close(fd);
	return rc;
}

/* The same reader fed from memory (pb_source_feed), a line a call, cut
 * at each LF (the caller's lines: text with no CR and no NUL) */
static int feed(const char *path, const char *data, size_t size, run_state *st)
{
	pb_source src;

	start(&src, path, st);
	pb_source_feed *f = pb_source_feed_new(&src, path);
	CHECK(f);
	for (size_t pos = 0; pos < size;) {
		const char *nl = memchr(data + pos, '\n', size - pos);
		size_t len = nl ? (size_t)(nl - (data + pos)) + 1 : size - pos;
		int r = pb_source_feed_line(f, data + pos, len);
		CHECK(r == 0 || r == 1);
		if (r)
			break;
		pos += len;
	}
	int rc = pb_source_feed_finish(f);
	CHECK(rc == 0 || rc == -1);
	return rc;
}

/* Is data text a caller would feed as lines: UTF-8, no NUL, no CR? */
static int feedable(const char *data, size_t size)
{
	return pb_utf8_valid(data, size, NULL) == size && !memchr(data, '\0', size) &&
	       !memchr(data, '\r', size);
}

static long long get_int(json_object *o, const char *key)
{
	json_object *v;
	CHECK(json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_int));
	return json_object_get_int64(v);
}

static const char *get_type(json_object *o)
{
	json_object *v;
	CHECK(json_object_object_get_ex(o, "type", &v) && json_object_is_type(v, json_type_string));
	return json_object_get_string(v);
}

/* the records: valid, and each project with its indicators and unparsed */
static void check_records(const pb_buf *b, size_t projects)
{
	json_tokener *tok = json_tokener_new();
	long long ind_left = 0, unp_left = 0;
	size_t nproj = 0;

	CHECK(tok);
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	CHECK(pb_utf8_valid(b->ptr, b->len, NULL) == b->len);
	CHECK(b->len == 0 || b->ptr[b->len - 1] == '\n');
	for (size_t pos = 0; pos < b->len;) {
		const char *nl = memchr(b->ptr + pos, '\n', b->len - pos);
		size_t len = (size_t)(nl - (b->ptr + pos));
		for (size_t i = 0; i < len; i++)
			CHECK((unsigned char)b->ptr[pos + i] >= 0x20);
		json_tokener_reset(tok);
		json_object *o = json_tokener_parse_ex(tok, b->ptr + pos, (int)len);
		CHECK(o && json_tokener_get_error(tok) == json_tokener_success);
		CHECK(json_tokener_get_parse_end(tok) == len);
		CHECK(json_object_is_type(o, json_type_object));
		const char *type = get_type(o);
		if (!strcmp(type, "project")) {
			CHECK(ind_left == 0 && unp_left == 0);
			ind_left = get_int(o, "indicators");
			unp_left = get_int(o, "unparsed");
			CHECK(ind_left >= 0 && unp_left >= 0);
			nproj++;
		} else if (!strcmp(type, "indicator")) {
			CHECK(nproj && ind_left > 0);
			ind_left--;
		} else {
			CHECK(!strcmp(type, "unparsed"));
			CHECK(nproj && ind_left == 0 && unp_left > 0);
			unp_left--;
		}
		json_object_put(o);
		pos += len + 1;
	}
	CHECK(ind_left == 0 && unp_left == 0);
	CHECK(nproj == projects);
	json_tokener_free(tok);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = tmp_path();
	run_state first, second;

	write_file((const char *)data, size, "", 0);
	run(path, &first);
	check_records(&first.out, first.projects);

	/* our own records, read back */
	write_file(first.out.ptr, first.out.len, "", 0);
	CHECK(run(path, &second) == 0);
	CHECK(second.diags == 0);
	CHECK(second.projects == first.projects);
	CHECK(second.out.len == first.out.len);
	CHECK(!memcmp(second.out.ptr, first.out.ptr, first.out.len));

	/* fed from memory, the records read as from the file */
	run_state fed;
	CHECK(feed(path, first.out.ptr, first.out.len, &fed) == 0);
	CHECK(fed.diags == 0);
	CHECK(fed.out.len == first.out.len && !memcmp(fed.out.ptr, first.out.ptr, first.out.len));
	pb_buf_free(&fed.out);
	/* and so is the input, when it is text a caller could feed: the
	 * same records and the same number of diagnostics */
	if (feedable((const char *)data, size)) {
		feed(path, (const char *)data, size, &fed);
		CHECK(fed.projects == first.projects);
		CHECK(fed.diags == first.diags && fed.errors == first.errors);
		CHECK(fed.out.len == first.out.len &&
		      !memcmp(fed.out.ptr, first.out.ptr, first.out.len));
		pb_buf_free(&fed.out);
	}

	pb_buf_free(&first.out);
	pb_buf_free(&second.out);
	return 0;
}
