/* pbsum - exact money totals of budget projects, by group */
#include <getopt.h>
#include <json.h>
#include <stdio.h>
#include <string.h>

#include "source.h"
#include "sum.h"
#include "utf8.h"
#include "util.h"

enum { FMT_TSV, FMT_NDJSON };
static const char *const formats[] = { "tsv", "ndjson", NULL };
enum { OPT_YUAN = 256, OPT_TOTAL, OPT_BAR, OPT_ENCODING };

static struct {
	int format, yuan, total, bar;
	pb_sum *sum;
	int fatal;    /* an overflow or out of memory: no totals can be given */
	pb_buf types; /* record types already warned about, NUL-separated */
	size_t unparsed_nd; /* unparsed records read from the input's NDJSON */
	long bad_sums;      /* sum records of the input that could not be merged */
	pb_buf out;
} g;

static void usage(FILE *f)
{
	fprintf(f, "usage: %s [-q] [-g KEY[,KEY...]] [-f tsv|ndjson] [--yuan] [--total] [--bar]\n"
	           "             [--encoding auto|utf-8|gb18030] [FILE...]\n"
	           "keys:",
	        argv0);
	for (int i = 0; pb_sum_key_names[i]; i++)
		fprintf(f, " %s", pb_sum_key_names[i]);
	fputc('\n', f);
}

/* Stop taking input after an error that leaves no total to give.  The
 * callbacks check it themselves: a non-zero return does not end every
 * kind of input. */
static int fatal(const char *file, long line, const char *msg)
{
	pb_diag(1, file, line, "%s", msg);
	g.fatal = 1;
	return 1;
}

/* Out of memory is the run's (how many groups it made), not a line's: a
 * project's file and line sent the reader to a filing that was fine. */
static int fatal_nomem(void)
{
	pb_errorf("out of memory");
	g.fatal = 1;
	return 1;
}

static int on_project(const pb_project *p, void *ctx)
{
	pb_err e = { 0 };
	int rc;

	(void)ctx;
	if (g.fatal)
		return 1;
	/* What the table parser could not read may be money missing from
	 * the sums (an unreadable 其他资金 adds nothing).  From a raw filing
	 * nobody else says so; pbtable's NDJSON was warned about when it was
	 * written, so there a count at the end is enough. */
	if (p->own_file)
		g.unparsed_nd += p->nunp;
	else
		for (size_t i = 0; i < p->nunp; i++)
			pb_diag(0, p->file, p->unp[i].line, "warning: %s", p->unp[i].reason);
	if (pb_source_is_carrier(p))
		return 0; /* unparsed records of no project: nothing to sum */
	rc = pb_sum_project(g.sum, p, &e);
	if (rc == PB_SUM_SKIPPED)
		/* a code cell that took in a paragraph is shown cut, as
		 * pbcheck shows it: one diagnostic stays one short write */
		pb_diag(0, p->file, p->line, "warning: project %.*s%s has no budget; skipped",
		        p->code ? pb_utf8_cut(p->code, 120) : 12, p->code ? p->code : "without code",
		        p->code && p->code[pb_utf8_cut(p->code, 120)] ? "…" : "");
	else if (rc == PB_SUM_NOMEM)
		return fatal_nomem();
	else if (rc < 0)
		return fatal(p->file, p->line, e.msg);
	return 0;
}

/* a usage error: the keys gathered so far are given back */
static int fail(pb_buf *keys)
{
	pb_buf_free(keys);
	return PB_EXIT_ERROR;
}

static int on_json(const char *type, json_object *o, const char *file, long line, void *ctx)
{
	pb_err e = { 0 };

	(void)ctx;
	if (g.fatal)
		return 1;
	if (strcmp(type, "sum")) {
		pb_skip_type(&g.types, type, file, line, "are not summed");
		return 0;
	}
	switch (pb_sum_record(g.sum, o, &e)) {
	case PB_SUM_OK:
		break;
	case PB_SUM_TOTALREC:
		pb_diag(0, file, line, "warning: total record skipped: it repeats the groups beside it");
		break;
	case PB_SUM_BADREC:
		/* the first few, then a count at the input's end, as the
		 * source says bad lines (PB_SAY_BAD) */
		if (++g.bad_sums <= PB_SAY_BAD)
			pb_diag(1, file, line, "%s", e.msg);
		break;
	case PB_SUM_NOMEM:
		return fatal_nomem();
	default:
		return fatal(file, line, e.msg);
	}
	return 0;
}

static int write_rows(void)
{
	size_t n = pb_sum_rows(g.sum);

	if (g.format == FMT_TSV && pb_sum_tsv_header(g.sum, &g.out, g.bar) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		int rc = g.format == FMT_TSV ? pb_sum_tsv_row(g.sum, i, &g.out, g.yuan, g.bar) :
		                               pb_sum_ndjson_row(g.sum, i, &g.out);
		if (rc < 0)
			return -1;
		if (g.out.len >= 65536)
			pb_out_lines(&g.out);
	}
	/* sums are merged downstream, often from several processes at once
	 * (xargs -P ... | pbsum): whole lines, atomically */
	pb_out_lines(&g.out);
	return 0;
}

/* One input, then the count of its unparsed records from pbtable's
 * NDJSON, named by the input: one warning for the whole run ("in the
 * input") left the user to find which of a thousand files held them. */
static void run_one(const pb_source *src, const char *path)
{
	int fd;

	g.unparsed_nd = 0;
	g.bad_sums = 0;
	if ((fd = pb_open_input(path)) < 0)
		return;
	pb_source_run(src, fd, path);
	pb_close_input(path, fd);
	if (g.bad_sums > PB_SAY_BAD)
		pb_diag(1, path, 0, PB_SAY_BAD_MORE, g.bad_sums - PB_SAY_BAD,
		        g.bad_sums - PB_SAY_BAD == 1 ? "" : "s", PB_SAY_BAD);
	if (g.unparsed_nd && !g.fatal)
		pb_diag(0, path, 0, "warning: %zu unparsed record%s: parts of project tables "
		        "that could not be read, so sums may be short (pbcheck lists them)",
		        g.unparsed_nd, g.unparsed_nd == 1 ? "" : "s");
}

static int run(int nfiles, char **files, const pb_source *src)
{
	pb_err e = { 0 };

	if (!nfiles)
		run_one(src, "-");
	for (int i = 0; i < nfiles && !g.fatal; i++)
		run_one(src, files[i]);
	if (g.fatal)
		return -1; /* nothing written: a total would be wrong */
	if (pb_sum_finish(g.sum, g.total, &e) < 0) {
		pb_errorf("%s", e.msg);
		return -1;
	}
	if (write_rows() < 0) {
		pb_errorf("out of memory");
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "group", required_argument, NULL, 'g' },
		{ "format", required_argument, NULL, 'f' },
		{ "yuan", no_argument, NULL, OPT_YUAN },
		{ "total", no_argument, NULL, OPT_TOTAL },
		{ "bar", no_argument, NULL, OPT_BAR },
		{ "encoding", required_argument, NULL, OPT_ENCODING },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, PB_OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	pb_source_keep keep = { 0 };
	pb_source src = { PB_ENC_AUTO, on_project, on_json, pb_diag_cb, NULL, 1, "sum", &keep, 0 };
	pb_buf keys = PB_BUF_INIT;
	pb_err e = { 0 };
	int c, st;

	pb_setprog(argv);
	pb_set_usage(usage);
	pb_buf_init(&g.out);
	pb_buf_init(&g.types);
	while ((c = pb_getopt(argc, argv, "g:f:h", opts)) != -1) {
		switch (c) {
		case 'g': /* -g dept -g year is -g dept,year */
			if (!*optarg) {
				pb_usage_errorf("-g needs a key");
				return fail(&keys);
			}
			if ((keys.len && pb_buf_addc(&keys, ',')) || pb_buf_adds(&keys, optarg)) {
				pb_errorf("out of memory");
				return fail(&keys);
			}
			break;
		case 'f':
			if ((g.format = pb_pick("format", optarg, formats)) < 0)
				return fail(&keys);
			break;
		case OPT_YUAN: g.yuan = 1; break;
		case OPT_TOTAL: g.total = 1; break;
		case OPT_BAR: g.bar = 1; break;
		case OPT_ENCODING:
			if (pb_pick_encoding(optarg, &src.enc) < 0)
				return fail(&keys);
			break;
		case PB_OPT_VERSION:
			pb_buf_free(&keys);
			return pb_version();
		case 'h':
			usage(stdout);
			pb_buf_free(&keys);
			/* a help text lost to a full disk is a failed write */
			return pb_out_close();
		default:
			usage(stderr);
			return fail(&keys);
		}
	}
	if (g.format == FMT_NDJSON && (g.yuan || g.bar)) {
		/* records stay in 万元 so that they merge, and carry no pictures */
		pb_usage_errorf("%s is for TSV output only", g.yuan ? "--yuan" : "--bar");
		return fail(&keys);
	}
	g.sum = pb_sum_new(keys.ptr, &e);
	pb_buf_free(&keys);
	if (!g.sum) {
		/* an unknown or repeated -g key is a usage error */
		if (e.set)
			pb_usage_errorf("%s", e.msg);
		else
			pb_errorf("out of memory");
		return PB_EXIT_ERROR;
	}
	run(argc - optind, argv + optind, &src);
	pb_source_keep_free(&keep);
	pb_sum_free(g.sum);
	pb_buf_free(&g.types);
	pb_buf_free(&g.out);
	st = pb_out_close();
	return st ? st : pb_status;
}
