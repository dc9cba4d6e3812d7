/* pbtable - project tables of budget performance filings into records */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "records.h"
#include "source.h"
#include "util.h"

enum { FMT_NDJSON, FMT_TSV };
static const char *const formats[] = { "ndjson", "tsv", NULL };
enum { T_INDICATOR, T_PROJECT };
static const char *const types[] = { "indicator", "project", NULL };

static struct {
	int format, type;
	pb_buf out;
	pb_buf types; /* record types said to be skipped */
} g;

static void usage(FILE *f)
{
	fprintf(f, "usage: %s [-q] [-f ndjson|tsv] [-t indicator|project] [--encoding auto|utf-8|gb18030] [FILE...]\n",
	        argv0);
}

static int write_project(const pb_project *p, int decoded)
{
	for (size_t i = 0; i < p->nunp; i++)
		pb_diag(0, p->file, p->unp[i].line, "warning: %s", p->unp[i].reason);
	size_t at = g.out.len;
	int e;
	if (g.format == FMT_NDJSON && decoded)
		e = pb_write_decoded_ndjson(&g.out, p);
	else if (g.format == FMT_NDJSON)
		e = pb_write_project_ndjson(&g.out, p);
	else if (g.type == T_PROJECT)
		e = pb_write_project_tsv(&g.out, p);
	else
		e = pb_write_indicator_tsv(&g.out, p);
	if (e < 0) {
		/* no half record goes out; the input stops, said */
		pb_buf_truncate(&g.out, at);
		pb_diag(1, p->file, p->line, "out of memory: this project's records not written");
		return -1;
	}
	pb_out(&g.out, 0);
	return 0;
}

static int on_project(const pb_project *p, void *ctx)
{
	(void)ctx;
	return write_project(p, 0);
}

/* parsed from a raw filing's decoded text */
static int on_decoded(const pb_project *p, void *ctx)
{
	(void)ctx;
	return write_project(p, 1);
}

/* records that hold no table (pbsum's sums, pbcheck's findings) */
static int on_json(const char *type, struct json_object *o, const char *file, long line,
                   void *ctx)
{
	(void)o;
	(void)ctx;
	pb_skip_type(&g.types, type, file, line, "hold no project table");
	return 0;
}

/* One input named on the command line ("-": standard input) */
static void run(const pb_source *src, const char *path)
{
	int fd = pb_open_input(path);

	if (fd < 0)
		return;
	pb_source_run_decoded(src, on_decoded, fd, path);
	pb_close_input(path, fd);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "type", required_argument, NULL, 't' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, PB_OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	pb_source_keep keep = { 0 };
	pb_source src = { PB_ENC_AUTO, on_project, on_json, pb_diag_cb, NULL, 0, NULL, &keep, 0 };
	int c, type_given = 0;

	pb_setprog(argv);
	pb_set_usage(usage);
	pb_out_init(&g.out);
	pb_buf_init(&g.types);
	while ((c = pb_getopt(argc, argv, "f:t:h", opts)) != -1) {
		switch (c) {
		case 'f':
			if ((g.format = pb_pick("format", optarg, formats)) < 0)
				return PB_EXIT_ERROR;
			break;
		case 't':
			if ((g.type = pb_pick("record type", optarg, types)) < 0)
				return PB_EXIT_ERROR;
			type_given = 1;
			break;
		case 'E':
			if (pb_pick_encoding(optarg, &src.enc) < 0)
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
	if (type_given && g.format != FMT_TSV) {
		pb_usage_errorf("-t chooses the TSV table: give it with -f tsv");
		return PB_EXIT_ERROR;
	}
	if (g.format == FMT_TSV &&
	    (g.type == T_PROJECT ? pb_write_project_tsv_header(&g.out)
	                         : pb_write_indicator_tsv_header(&g.out)) < 0) {
		pb_errorf("out of memory");
		return PB_EXIT_ERROR;
	}
	if (optind == argc)
		run(&src, "-");
	for (int i = optind; i < argc; i++)
		run(&src, argv[i]);
	pb_source_keep_free(&keep);
	pb_out(&g.out, 1);
	pb_buf_free(&g.out);
	pb_buf_free(&g.types);
	int st = pb_out_close();
	return st ? st : pb_status;
}
