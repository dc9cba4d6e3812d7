/* pbcheck - review budget performance filings for defects */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jsonw.h"
#include "pathname.h"
#include "source.h"
#include "util.h"

enum { FMT_TEXT, FMT_NDJSON, FMT_TSV };
static const char *const formats[] = { "text", "ndjson", "tsv", NULL };
/* --fail-on: the severities, then never */
static const char *const fail_names[] = { "info", "warning", "error", "never", NULL };
enum { FAIL_NEVER = 3 };

static struct {
	int format, fail_on, summary;
	int worst; /* most severe finding so far, -1 none */
	size_t files, failed; /* inputs read, and those that ended in an error */
	int run_failed;       /* the input being read has had an error */
	pb_buf out;
	pb_buf types; /* record types already warned about, NUL-separated */
	pb_checker *ck;
} g;

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: %s [-qs] [-f text|ndjson|tsv] [--fail-on error|warning|info|never]\n"
	        "       [--enable RULES] [--disable RULES] [--encoding auto|utf-8|gb18030] [FILE...]\n"
	        "       %s [-f text|ndjson|tsv] --list-rules\n"
	        "       %s --explain RULE\n",
	        argv0, argv0, argv0);
}

/* the message of a text line: one line already, but a stray newline
 * would make two */
static int text_field(pb_buf *b, const char *s)
{
	for (; *s; s++)
		if (pb_buf_addc(b, *s == '\n' || *s == '\r' ? ' ' : *s) < 0)
			return -1;
	return 0;
}

static int write_text(const pb_finding *f)
{
	/* as the diagnostics name it: a space for its newline named
	 * another file, one that need not exist */
	if (pb_name_line(&g.out, f->file) < 0 ||
	    (f->line > 0 && pb_buf_printf(&g.out, ":%ld", f->line) < 0) ||
	    pb_buf_printf(&g.out, ": %s: ", pb_severity_name(f->rule->severity)) < 0 ||
	    text_field(&g.out, f->message) < 0 ||
	    pb_buf_printf(&g.out, " [%s]\n", f->rule->name) < 0)
		return -1;
	return 0;
}

static int write_ndjson(const pb_finding *f)
{
	pb_jw w;
	pb_jw_begin(&w, &g.out, "finding");
	pb_jw_str(&w, "file", f->file);
	pb_jw_int(&w, "doc", f->doc);
	pb_jw_int(&w, "line", f->line);
	pb_jw_str(&w, "project", f->project);
	if (f->indicator)
		pb_jw_int(&w, "indicator", (long long)f->indicator);
	else
		pb_jw_null(&w, "indicator");
	pb_jw_str(&w, "rule", f->rule->name);
	pb_jw_str(&w, "severity", pb_severity_name(f->rule->severity));
	pb_jw_str(&w, "message", f->message);
	pb_jw_str(&w, "value", f->value);
	pb_jw_end(&w);
	return w.err ? -1 : 0;
}

static int tsv(const char *s, int last)
{
	if ((s && pb_tsv_field(&g.out, s, strlen(s)) < 0) ||
	    pb_buf_addc(&g.out, last ? '\n' : '\t') < 0)
		return -1;
	return 0;
}

static int write_tsv(const pb_finding *f)
{
	char n[32], l[32], i[32];
	snprintf(n, sizeof n, "%d", f->doc);
	snprintf(l, sizeof l, "%ld", f->line);
	snprintf(i, sizeof i, "%zu", f->indicator);
	/* || keeps the fields in order: | may call its operands in any */
	if (tsv(f->file, 0) < 0 || tsv(n, 0) < 0 || tsv(l, 0) < 0 || tsv(f->project, 0) < 0 ||
	    tsv(f->indicator ? i : NULL, 0) < 0 || tsv(f->rule->name, 0) < 0 ||
	    tsv(pb_severity_name(f->rule->severity), 0) < 0 || tsv(f->message, 0) < 0 ||
	    tsv(f->value, 1) < 0)
		return -1;
	return 0;
}

static void on_finding(const pb_finding *f, void *ctx)
{
	(void)ctx;
	if ((int)f->rule->severity > g.worst)
		g.worst = (int)f->rule->severity;
	size_t at = g.out.len;
	int e = g.format == FMT_NDJSON ? write_ndjson(f)
	        : g.format == FMT_TSV  ? write_tsv(f)
	                               : write_text(f);
	if (e < 0) {
		/* no half line goes out */
		pb_buf_truncate(&g.out, at);
		pb_errorf("out of memory: a finding not written");
	}
	pb_out(&g.out, 0);
}

/* Out of memory is the run's, not the input's line: the project whose
 * findings may be missing is named in the message, where a record's
 * file and line are not taken for the input's (SCHEMA.md's FILE:LINE). */
static void checker_oom(const pb_project *p)
{
	pb_buf where = PB_BUF_INIT;

	pb_name_line(&where, p->file);
	pb_errorf("out of memory: findings of the project at %s:%ld may be missing", where.ptr,
	          p->line);
	pb_buf_free(&where);
}

static int on_project(const pb_project *p, void *ctx)
{
	(void)ctx;
	if (pb_checker_project(g.ck, p) < 0)
		checker_oom(p);
	return 0;
}

/* Records pbcheck does not read (pbsum's sums, its own findings) would
 * otherwise pass without a word, and an empty report look like a clean
 * one: say so once per type, as pbsum does.  A warning: the status stays
 * what the records that were checked make it. */
static int on_json(const char *type, struct json_object *o, const char *file, long line,
                   void *ctx)
{
	(void)o;
	(void)ctx;
	pb_skip_type(&g.types, type, file, line, "are not checked");
	return 0;
}

static void on_diag(const char *file, long line, int is_error, const char *msg, void *ctx)
{
	(void)ctx;
	g.run_failed |= is_error;
	pb_diag(is_error, file, line, "%s", msg);
}

/* --enable/--disable: a comma list of rule names, or all */
static int toggle(const char *list, int on)
{
	char *copy = strdup(list);
	int rc = 0, said_empty = 0;

	if (!copy) {
		pb_errorf("out of memory");
		return -1;
	}
	/* by hand, not strtok: an empty name ("--disable ''", a stray comma)
	 * is a mistake to report, not nothing to do */
	for (char *t = copy, *end; t; t = end) {
		if ((end = strchr(t, ',')))
			*end++ = '\0';
		if (!*t) {
			/* once for the list, however many commas */
			if (!said_empty++)
				pb_errorf("empty rule name in '%s' (see --list-rules)", list);
			rc = -1;
		} else if (pb_checker_enable(g.ck, t, on) < 0) {
			pb_errorf("unknown rule '%s' (see --list-rules)", t);
			rc = -1;
		}
	}
	free(copy);
	if (rc < 0)
		pb_usage_tail(); /* once, after every name said */
	return rc;
}

/* --list-rules, in the -f format: TSV and NDJSON for scripts that pick
 * rules (pbcheck --list-rules -f tsv | awk '$2 == "error"'), text for
 * people.  -1 out of memory. */
static int list_rules(void)
{
	int e = 0;

	if (g.format == FMT_TSV)
		e = pb_buf_adds(&g.out, "rule\tseverity\tsummary\n");
	for (size_t i = 0; i < pb_rule_count() && !e; i++) {
		const pb_rule *r = pb_rule_at(i);
		const char *sev = pb_severity_name(r->severity);
		if (g.format == FMT_NDJSON) {
			pb_jw w;
			pb_jw_begin(&w, &g.out, "rule");
			pb_jw_str(&w, "rule", r->name);
			pb_jw_str(&w, "severity", sev);
			pb_jw_str(&w, "summary", r->summary);
			pb_jw_end(&w);
			e = w.err;
		} else if (g.format == FMT_TSV) {
			e = tsv(r->name, 0) < 0 || tsv(sev, 0) < 0 || tsv(r->summary, 1) < 0;
		} else {
			e = pb_buf_printf(&g.out, "%-26s %-8s %s\n", r->name, sev, r->summary) < 0;
		}
		pb_out(&g.out, 0);
	}
	if (e)
		pb_errorf("out of memory");
	return e ? -1 : 0;
}

/* terminal columns of a UTF-8 word: CJK and full-width forms take two */
static int columns(const char *s, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c & 0xc0) == 0x80)
			continue;
		w += c >= 0xe3 && c < 0xf0 ? 2 : 1; /* U+3000..U+FFFF, near enough */
	}
	return w;
}

/* print text filled to width columns, breaking at spaces only */
static void fill(const char *s, int width)
{
	int col = 0;
	while (*s) {
		while (*s == ' ')
			s++;
		size_t n = strcspn(s, " ");
		if (!n)
			break;
		int w = columns(s, n);
		if (col && col + 1 + w > width) {
			putchar('\n');
			col = 0;
		}
		if (col) {
			putchar(' ');
			col++;
		}
		fwrite(s, 1, n, stdout);
		col += w;
		s += n;
	}
	putchar('\n');
}

static int explain(const char *name)
{
	int i = pb_rule_find(name);
	if (i < 0) {
		pb_usage_errorf("unknown rule '%s' (see --list-rules)", name);
		return -1;
	}
	const pb_rule *r = pb_rule_at((size_t)i);
	printf("%s (%s): %s\n\n", r->name, pb_severity_name(r->severity), r->summary);
	fill(r->explain, 72);
	printf("\nSource: %s\nExample: %s\n", r->source, r->example);
	return 0;
}

/*
 * One input, counted for -s: read, or failed.  Failed is every input
 * that made the status 2, not only one that could not be opened: a cut
 * file or a file that is no filing was counted read, and the summary
 * ("2 files ... 0 errors") contradicted the status a cron job mailed.
 */
static void count_run(const pb_source *src, const char *path)
{
	int fd = pb_open_input(path);

	g.run_failed = 0;
	if (fd < 0 || pb_source_run(src, fd, path) < 0 || g.run_failed)
		g.failed++;
	else
		g.files++;
	if (fd >= 0)
		pb_close_input(path, fd);
}

/* "3 files: 2 read, 1 failed; ...": "1 file (1 not read)" read as if
 * the one file given was not read, when two were */
static void summary(void)
{
	const pb_check_stats *st = pb_checker_stats(g.ck);
	size_t given = g.files + g.failed;

	/* after the findings, with 2>&1 too */
	pb_out_sync();
	fprintf(stderr, "%s: %zu file%s: %zu read, %zu failed; %zu project%s, %zu indicator%s: %zu error%s, %zu warning%s, %zu info\n",
	        argv0, given, given == 1 ? "" : "s", g.files, g.failed, st->projects,
	        st->projects == 1 ? "" : "s",
	        st->indicators, st->indicators == 1 ? "" : "s", st->findings[PB_SEV_ERROR],
	        st->findings[PB_SEV_ERROR] == 1 ? "" : "s", st->findings[PB_SEV_WARNING],
	        st->findings[PB_SEV_WARNING] == 1 ? "" : "s", st->findings[PB_SEV_INFO]);
}

static int finish(int usage_error)
{
	pb_out(&g.out, 1);
	pb_buf_free(&g.out);
	pb_buf_free(&g.types);
	pb_checker_free(g.ck);
	int st = pb_out_close();
	if (usage_error || st || pb_status)
		return PB_EXIT_ERROR;
	if (g.fail_on != FAIL_NEVER && g.worst >= g.fail_on)
		return PB_EXIT_FOUND;
	return PB_EXIT_OK;
}

int main(int argc, char **argv)
{
	enum { O_FAIL = 256, O_ENABLE, O_DISABLE, O_LIST, O_EXPLAIN, O_ENC };
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "fail-on", required_argument, NULL, O_FAIL },
		{ "enable", required_argument, NULL, O_ENABLE },
		{ "disable", required_argument, NULL, O_DISABLE },
		{ "list-rules", no_argument, NULL, O_LIST },
		{ "explain", required_argument, NULL, O_EXPLAIN },
		{ "summary", no_argument, NULL, 's' },
		{ "encoding", required_argument, NULL, O_ENC },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, PB_OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	pb_source_keep keep = { 0 };
	/* a project record's missing money key is no warning here: the
	 * findings say what it leaves (empty-field, budget-sum) */
	pb_source src = { PB_ENC_AUTO, on_project, on_json, on_diag, NULL, 0, NULL, &keep, 1 };
	int c, info = 0;
	const char *info_arg = NULL;

	pb_setprog(argv);
	pb_set_usage(usage);
	pb_out_init(&g.out);
	pb_buf_init(&g.types);
	g.fail_on = PB_SEV_ERROR;
	g.worst = -1;
	if (!(g.ck = pb_checker_new(on_finding, NULL))) {
		pb_errorf("out of memory");
		return PB_EXIT_ERROR;
	}
	while ((c = pb_getopt(argc, argv, "f:sh", opts)) != -1) {
		switch (c) {
		case 'f':
			if ((g.format = pb_pick("format", optarg, formats)) < 0)
				return finish(1);
			break;
		case O_FAIL:
			if ((g.fail_on = pb_pick("severity", optarg, fail_names)) < 0)
				return finish(1);
			break;
		case O_ENABLE:
		case O_DISABLE:
			if (toggle(optarg, c == O_ENABLE) < 0)
				return finish(1);
			break;
		case O_LIST:
		case O_EXPLAIN: /* done after the loop, once no operand is left over */
			if (info && (info != c || c == O_EXPLAIN)) {
				pb_usage_errorf("--list-rules and --explain are each used alone");
				return finish(1);
			}
			info = c;
			info_arg = optarg;
			break;
		case 's':
			g.summary = 1;
			break;
		case O_ENC:
			if (pb_pick_encoding(optarg, &src.enc) < 0)
				return finish(1);
			break;
		case PB_OPT_VERSION:
			return pb_version();
		case 'h':
			usage(stdout);
			return finish(0);
		default:
			usage(stderr);
			return finish(1);
		}
	}
	if (info && optind < argc) {
		pb_usage_errorf("%s takes no FILE", info == O_LIST ? "--list-rules" : "--explain");
		return finish(1);
	}
	if (info == O_LIST)
		return finish(list_rules() < 0);
	if (info == O_EXPLAIN)
		return finish(explain(info_arg) < 0);
	if (g.format == FMT_TSV &&
	    pb_buf_adds(&g.out, "file\tdoc\tline\tproject\tindicator\trule\tseverity\tmessage\tvalue\n") < 0) {
		pb_errorf("out of memory");
		return finish(0);
	}
	if (optind == argc)
		count_run(&src, "-");
	for (int i = optind; i < argc; i++)
		count_run(&src, argv[i]);
	pb_source_keep_free(&keep);
	if (g.summary)
		summary();
	return finish(0);
}
