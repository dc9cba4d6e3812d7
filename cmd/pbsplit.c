/* pbsplit - cut budget performance filings into doc and block records */
#include <getopt.h>
#include <stdio.h>

#include "split_input.h"
#include "split_records.h"
#include "util.h"

enum { FMT_NDJSON, FMT_TSV };
static const char *const formats[] = { "ndjson", "tsv", NULL };

static struct {
	pb_buf out;
	pb_split_writer w;
} g;

static void usage(FILE *f)
{
	fprintf(f, "usage: %s [-q] [-f ndjson|tsv] [--encoding auto|utf-8|gb18030] [FILE...]\n", argv0);
}

static int on_doc(const pb_doc *d, void *ctx)
{
	(void)ctx;
	/* out of memory: the splitter says so */
	if (pb_write_doc(&g.w, &g.out, d) < 0)
		return -1;
	for (size_t i = 0; i < d->nblocks; i++) {
		if (pb_write_block(&g.w, &g.out, d, i) < 0)
			return -1;
		pb_out(&g.out, 0);
	}
	pb_out(&g.out, 0);
	return 0;
}

static void run(const pb_split_source *src, const char *path)
{
	int fd = pb_open_input(path);

	if (fd < 0)
		return;
	pb_split_run(src, fd, path);
	pb_close_input(path, fd);
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
	pb_split_source src = { PB_ENC_AUTO, NULL, &g.w, pb_diag_cb, NULL };
	int c, format = FMT_NDJSON;

	pb_setprog(argv);
	pb_set_usage(usage);
	pb_out_init(&g.out);
	while ((c = pb_getopt(argc, argv, "f:h", opts)) != -1) {
		switch (c) {
		case 'f':
			if ((format = pb_pick("format", optarg, formats)) < 0)
				return PB_EXIT_ERROR;
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
	if (pb_split_writer_init(&g.w, format == FMT_TSV) < 0 ||
	    !(src.sp = pb_splitter_new(on_doc, NULL)) ||
	    (format == FMT_TSV && pb_write_split_tsv_header(&g.out) < 0)) {
		pb_errorf("out of memory");
		return PB_EXIT_ERROR;
	}
	if (optind == argc)
		run(&src, "-");
	for (int i = optind; i < argc; i++)
		run(&src, argv[i]);
	pb_out(&g.out, 1);
	pb_splitter_free(src.sp);
	pb_split_writer_free(&g.w);
	pb_buf_free(&g.out);
	int st = pb_out_close();
	return st ? st : pb_status;
}
