#include "source.h"

#include <errno.h>
#include <json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "heading.h"
#include "jsonc_where.h"
#include "jsondup.h"
#include "jsonesc.h"
#include "ndfast.h"
#include "pathname.h"
#include "split.h"
#include "utf8.h"

/*
 * What a filing that has no project table says of its tables.  Its 目录
 * may list some, and part 2 (第二部分 预算项目绩效目标) may begin: a
 * department with no budget project says so under that heading, in a
 * line of text, where a download cut after the heading, or tables that
 * were images in the PDF, leave it empty.  "A filing without budget
 * projects" was then false, and the filing summed as 0 with status 0.
 */
typedef struct {
	long toc_tables, toc_line; /* the 目录's entries naming a project table */
	long part2_line;           /* part 2's heading, 0: none */
	int part2_text;            /* a line of text after it */
	/* the filing each line is in, as pbsplit's records name it (NULL:
	 * the input's own lines) */
	char *toc_file, *part2_file;
} doc_evidence;

typedef struct {
	const pb_source *src;
	const char *path;
	char *name;           /* path as records name it (pathname.h) */
	int stop;
	/* pbsplit input: the doc the next blocks belong to */
	int doc, doc_year, seq;
	char *block_file;     /* the filing a pbsplit record names */
	char *doc_dept, *doc_dept_code;
	/* the table's: its block's part_unit (a pbsplit record's: owned) */
	const char *part_unit;
	char *block_unit;
	/* pbtable input: the project being read back */
	pb_project cur;
	int have_cur;
	/* the last project record was bad and dropped: its indicator and
	 * unparsed records go with it, not to the project before it */
	int dropping;
	/* the indicator records the current project record says follow
	 * (-1: not said), and its line: a stream cut after the project
	 * record would be reviewed as a project without them */
	long said_ind, said_line;
	size_t bad_ind; /* indicator records of it reported and left out */
	unsigned absent_said; /* PB_ABSENT_* keys said missing in this input */
	pb_table_work *work;  /* created by the first table */
	long tables;          /* project tables and project records read */
	/* records that are part of a project (indicator, unparsed), read or
	 * passed over: a partition of pbtable's sorted output may hold only
	 * those, and is no less its output (Hadoop's shuffle makes such) */
	long part_records;
	long other_records;   /* records of the type on_json reads (pbsum's sums) */
	long filings;         /* docs with a cover title and part 1's sections */
	int doc_titled;       /* pbsplit's doc record at hand had a title */
	long errors;          /* input errors reported */
	long bad_records;     /* bad NDJSON lines and records, said or not */
	int tsv_header;       /* the first line is a TSV table's field names */
	doc_evidence ev;      /* of the doc at hand, while it has no table */
	/* takes the projects parsed from decoded text, if set */
	int (*on_decoded)(const pb_project *p, void *ctx);
} run_ctx;

static void diag(run_ctx *r, long line, int is_error, const char *msg)
{
	r->errors += is_error;
	if (r->src->on_diag)
		r->src->on_diag(r->name ? r->name : r->path, line, is_error, msg, r->src->ctx);
}

/*
 * A bad NDJSON line or record: the first PB_SAY_BAD of an input are said,
 * the rest counted and said in one line at its end (bad_records_more), as
 * a raw filing's bad bytes are.  A damaged file of 20 good lines and
 * 100,000 bad ones gave 100,000 'not valid JSON' lines from each of
 * pbtable, pbcheck and pbsum: a cron mail of 100,000 lines for one file.
 */
static void bad_record(run_ctx *r, long line, const char *msg)
{
	if (++r->bad_records <= PB_SAY_BAD)
		diag(r, line, 1, msg);
	else
		r->errors++;
}

static void bad_records_more(run_ctx *r)
{
	char msg[160];

	if (r->bad_records <= PB_SAY_BAD)
		return;
	snprintf(msg, sizeof msg, PB_SAY_BAD_MORE, r->bad_records - PB_SAY_BAD,
	         r->bad_records - PB_SAY_BAD == 1 ? "" : "s", PB_SAY_BAD);
	diag(r, 0, 1, msg);
}

/* An error at line of the filing file, as a pbsplit record names it
 * (NULL: at the input's line) */
static void diag_in(run_ctx *r, const char *file, long line, const char *msg)
{
	r->errors++;
	if (r->src->on_diag)
		r->src->on_diag(file ? file : r->name ? r->name : r->path, line, 1, msg, r->src->ctx);
}

/* ---- what a filing without a project table says of its tables ---- */

/* Does the key of a 目录 line name a project table?  Its page number and
 * the blanks and dot leaders before it go first (a DOCX 目录 as text may
 * have a tab before the number, or no number at all; a number may be
 * written 第3页, （3） or (3)). */
static int toc_names_table(const char *k, size_t n)
{
	size_t nd;

	n = pb_page_word_before(k, n);
	/* a page number between dashes (…表.....- 3 -) */
	if (n && k[n - 1] == '-')
		for (n--; n && k[n - 1] == ' '; n--)
			;
	n = pb_digits_before(k, n, &nd);
	for (;;) {
		if (n && (k[n - 1] == ' ' || k[n - 1] == '\t' || k[n - 1] == '.' || k[n - 1] == '-'))
			n--;
		else if (n >= 3 && !memcmp(k + n - 3, "…", 3))
			n -= 3;
		else if (n >= 2 && !memcmp(k + n - 2, "·", 2))
			n -= 2;
		else
			break;
	}
	return pb_title_words(k, n) > 0;
}

static int starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* Is a part block's title the heading project tables stand under: part
 * 2's number, or its name without a number (as pb_classify's PB_L_PART2)? */
static int part2_title(const char *t)
{
	return t && (starts_with(t, "第二部分") || starts_with(t, "第2部分") ||
	             starts_with(t, "预算项目绩效目标") || starts_with(t, "部门预算项目绩效目标"));
}

/* A line of text that says something: Chinese in it, and it is neither a
 * unit label (单位：万元 under the heading) nor a page number (第3页) */
static int says_something(const char *k, size_t n)
{
	size_t i = 0;

	while (i < n && !(k[i] & 0x80))
		i++;
	return i < n && !pb_unit_label(k, n) && pb_page_number_at(k, n) > 0;
}

/* The first 表 (E8 A1 A8) in p[0..e), or NULL */
static const char *find_biao(const char *p, const char *e)
{
	while (e - p >= 3 && (p = memchr(p, 0xE8, (size_t)(e - p - 2))) != NULL) {
		if ((unsigned char)p[1] == 0xA1 && (unsigned char)p[2] == 0xA8)
			return p;
		p++;
	}
	return NULL;
}

/*
 * Is the 目录 line keyed in key, at a in the block s, the rest of an
 * entry whose title the toc wraps (1.某某项目绩效 / 目标表.....3): does
 * the line above it, which names no table, name one with it?  1, 0,
 * or -1 out of memory; key is built over.
 */
static int wrapped_entry(pb_buf *key, const char *s, const char *a)
{
	if (a == s)
		return 0;
	const char *pz = a - 1, *pa; /* the LF that ends the line above */
	if (pz > s && pz[-1] == '\r')
		pz--;
	for (pa = pz; pa > s && pa[-1] != '\n'; pa--)
		;
	if (pz == pa || (size_t)(pz - pa) > PB_HEADING_MAX)
		return 0;
	pb_buf rest = PB_BUF_INIT;
	int r = -1;
	if (pb_buf_add(&rest, key->ptr, key->len) < 0 || pb_line_key(key, pa, (size_t)(pz - pa)) < 0)
		goto out;
	r = 0;
	if (!key->len || toc_names_table(key->ptr, key->len))
		goto out; /* a blank line, or an entry of its own */
	r = -1;
	if (pb_buf_add(key, rest.ptr, rest.len) < 0)
		goto out;
	r = toc_names_table(key->ptr, key->len);
out:
	pb_buf_free(&rest);
	return r;
}

/*
 * The lines of a 目录 block s[0..n) that name a project table, counted
 * into ev.  Such a line has 表 in it (its title ends 绩效目标表 or
 * 绩效目标申报表): only those are keyed.  Keying each line of every
 * filing's 目录 cost pbtable 2.6% more instructions (three corpus files);
 * keying only these, 0.8%.
 */
static int count_toc_tables(doc_evidence *ev, const char *s, size_t n, long line)
{
	pb_buf key = PB_BUF_INIT;
	const char *p = s, *e = s + n;
	int rc = 0;

	while ((p = find_biao(p, e)) != NULL) {
		const char *a = p, *z = memchr(p, '\n', (size_t)(e - p));
		while (a > s && a[-1] != '\n')
			a--;
		z = z ? z : e;
		if ((size_t)(z - a) <= PB_HEADING_MAX) {
			if (pb_line_key(&key, a, (size_t)(z - a)) < 0) {
				rc = -1;
				break;
			}
			int named = toc_names_table(key.ptr, key.len);
			if (!named && (rc = wrapped_entry(&key, s, a)) != 0) {
				if (rc < 0)
					break;
				named = 1;
				rc = 0;
			}
			if (named && !ev->toc_tables++)
				ev->toc_line = line;
		}
		p = z;
	}
	pb_buf_free(&key);
	return rc;
}

/* What a block of a doc with no project table (so far) says of its
 * tables, into r->ev: its line is the block's first.  0, or -1 out of
 * memory. */
static int note_block(run_ctx *r, pb_blk_kind kind, const char *title, const char *s, size_t n,
                      long line, const char *file)
{
	doc_evidence *ev = &r->ev;
	pb_buf key = PB_BUF_INIT;
	size_t at = 0;
	int rc = 0;

	if (kind == PB_BLK_PART && !ev->part2_line && part2_title(title)) {
		ev->part2_line = line;
		if (file && !(ev->part2_file = strdup(file)))
			return -1;
	}
	if (kind == PB_BLK_TOC) {
		long had = ev->toc_tables;
		if (count_toc_tables(ev, s, n, line) < 0)
			return -1;
		if (!had && ev->toc_tables && file && !(ev->toc_file = strdup(file)))
			return -1;
		return 0;
	}
	if (kind != PB_BLK_OTHER || !ev->part2_line || ev->part2_text)
		return 0;
	while (at < n) {
		const char *ln = s + at, *e = memchr(ln, '\n', n - at);
		size_t len = e ? (size_t)(e - ln) : n - at;
		at += len + (e != NULL);
		if (len > PB_HEADING_MAX) { /* no heading, no page number */
			ev->part2_text |= says_something(ln, len);
			continue;
		}
		if (pb_line_key(&key, ln, len) < 0) {
			rc = -1;
			break;
		}
		if (says_something(key.ptr, key.len)) {
			ev->part2_text = 1;
			break;
		}
	}
	pb_buf_free(&key);
	return rc;
}

/* The doc just read had `found` project tables.  None, and it says it has
 * some: it is no filing without budget projects, but one whose tables are
 * missing, and an error as an input with no table at all is.  Fewer than
 * its 目录 lists: the rest are missing, the same error. */
static void judge_tables(run_ctx *r, long found)
{
	doc_evidence ev = r->ev;
	char listed[64] = "", msg[256];

	memset(&r->ev, 0, sizeof r->ev);
	if (found) {
		if (ev.toc_tables > found) {
			snprintf(msg, sizeof msg, "the 目录 lists %ld project tables, %ld found: a cut "
			         "file, or tables that were images in the PDF?", ev.toc_tables, found);
			diag_in(r, ev.toc_file, ev.toc_line, msg);
		}
	} else if (ev.part2_line ? !ev.part2_text : ev.toc_tables) {
		if (ev.toc_tables)
			snprintf(listed, sizeof listed, ", though the 目录 lists %ld", ev.toc_tables);
		snprintf(msg, sizeof msg, "no project table found%s%s: a cut file, or tables that were "
		         "images in the PDF?", ev.part2_line ? " under the part 2 heading "
		                                               "(第二部分 预算项目绩效目标)" : "", listed);
		if (ev.part2_line)
			diag_in(r, ev.part2_file, ev.part2_line, msg);
		else
			diag_in(r, ev.toc_file, ev.toc_line, msg);
	}
	free(ev.toc_file);
	free(ev.part2_file);
}

/* decoded: text is the decoder's (valid UTF-8), not a JSON string's */
static int table(run_ctx *r, const char *text, size_t len, long line, int seq, int decoded)
{
	pb_project p;
	int rc = 0;
	int (*fn)(const pb_project *, void *) =
		decoded && r->on_decoded ? r->on_decoded : r->src->on_project;

	r->tables++;
	if (!r->work && !(r->work = pb_table_work_new())) {
		diag(r, line, 1, "out of memory");
		return -1;
	}
	pb_table_ctx tc = { r->block_file ? r->block_file : r->name, r->doc, seq, r->doc_year,
	                    r->doc_dept, r->doc_dept_code, r->part_unit };
	if (pb_table_parse_work(r->work, &tc, text, len, line, &p) < 0) {
		diag(r, line, 1, "out of memory");
		rc = -1;
	} else if (fn) {
		rc = fn(&p, r->src->ctx);
	}
	pb_table_work_recycle(r->work, &p);
	return rc;
}

/* ---- raw filings ---- */

static int on_doc(const pb_doc *d, void *ctx)
{
	run_ctx *r = ctx;
	int seq = 0;
	/* the records' own (owned, freed at the end) while the doc lends its */
	char *dept = r->doc_dept, *dept_code = r->doc_dept_code;

	r->doc = d->doc;
	r->doc_year = d->year;
	r->doc_dept = d->dept;
	r->doc_dept_code = d->dept_code;
	int part1 = 0;
	for (size_t i = 0; i < d->nblocks && !r->stop; i++) {
		const pb_block *b = &d->blocks[i];
		part1 |= b->kind == PB_BLK_OVERALL_GOAL || b->kind == PB_BLK_SUB_GOALS ||
		         b->kind == PB_BLK_MEASURES;
		if (b->kind != PB_BLK_PROJECT_TABLE)
			continue;
		r->part_unit = b->part_unit;
		if (table(r, d->text.ptr + b->off, b->len, b->line, ++seq, 1))
			r->stop = 1;
	}
	/* with tables, only the 目录 is asked (how many it lists) */
	for (size_t i = 0; !r->stop && i < d->nblocks; i++) {
		const pb_block *b = &d->blocks[i];
		if (seq && b->kind != PB_BLK_TOC)
			continue;
		if (note_block(r, b->kind, b->title, d->text.ptr + b->off, b->len, b->line, NULL) < 0) {
			diag(r, b->line, 1, "out of memory");
			r->stop = 1;
		}
	}
	if (!r->stop)
		judge_tables(r, seq);
	r->filings += d->title && part1;
	r->doc_dept = dept;
	r->doc_dept_code = dept_code;
	r->part_unit = NULL;
	return r->stop;
}

/* ---- NDJSON ---- */

/* A copy of a field made from NDJSON failed for want of memory since
 * json_line began: the record is then out of memory, not read short (its
 * fields are copied unchecked, one after another, and errno is no
 * witness: a number read after resets it). */
static int json_oom;

/* strdup that passes NULL through, for absent JSON fields */
static char *dupz(const char *s)
{
	char *d = s ? strdup(s) : NULL;
	if (s && !d)
		json_oom = 1;
	return d;
}

static const char *jstr(json_object *o, const char *key)
{
	json_object *v;
	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static long jint(json_object *o, const char *key, long dflt)
{
	json_object *v;
	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int))
		return dflt;
	return (long)json_object_get_int64(v);
}

/*
 * The keys SCHEMA.md names, with the type each must have when it is not
 * null.  A key of the wrong type would otherwise read as absent: a
 * "year":"2024" summed under no year, a "value":95 reviewed as blank.
 */
/* json_tokener_new()'s depth, JSON_TOKENER_DEFAULT_DEPTH: an object at
 * level 32 is refused */
#define PB_JSON_DEPTH_TEXT "31"
_Static_assert(JSON_TOKENER_DEFAULT_DEPTH == 32, "PB_JSON_DEPTH_TEXT names json-c's depth");

typedef struct {
	const char *key;
	json_type type;
	const char *msg;
} typed_key;

#define STR(rec, k) { k, json_type_string, rec " record: \"" k "\" is not a string" }
#define INT(rec, k) { k, json_type_int, rec " record: \"" k "\" is not an integer" }
static const typed_key project_keys[] = {
	STR("project", "file"), STR("project", "dept"), STR("project", "dept_code"),
	STR("project", "code"), STR("project", "name"), STR("project", "name_from"),
	STR("project", "title"),
	STR("project", "source_unit"), STR("project", "purpose"),
	STR("project", "schedule_unit"), INT("project", "doc"), INT("project", "line"),
	INT("project", "end_line"), INT("project", "seq"), INT("project", "code_line"),
	INT("project", "budget_line"), INT("project", "plan_line"),
	INT("project", "goals_line"), INT("project", "year"), INT("project", "indicators"),
	{ "goals", json_type_array, "project record: \"goals\" is not a list of strings" },
	{ "basis_column", json_type_boolean, "project record: \"basis_column\" is not true or false" },
	{ "schedule_cumulative", json_type_boolean,
	  "project record: \"schedule_cumulative\" is not true or false" },
	{ NULL, json_type_null, NULL },
};
/* read_indicator reads these by index */
enum { IK_LEVEL1, IK_LEVEL2, IK_LEVEL3, IK_DESCRIPTION, IK_VALUE, IK_BASIS, IK_WEIGHT,
       IK_DIRECTION, IK_NOTE, IK_SCORING, IK_LINE, IK_VALUE_LINE,
       /* not read (pbcheck reads the value again), but a record holding
        * them of the wrong type is no record pbtable wrote */
       IK_OP, IK_UNIT, IK_KIND, IK_NUM, IK_SEQ, IK_PROJECT_SEQ, IK_DOC, IND_NKEYS };
static const typed_key indicator_keys[IND_NKEYS] = {
	STR("indicator", "level1"), STR("indicator", "level2"), STR("indicator", "level3"),
	STR("indicator", "description"), STR("indicator", "value"), STR("indicator", "basis"),
	STR("indicator", "weight"), STR("indicator", "direction"),
	STR("indicator", "note"), STR("indicator", "scoring"),
	INT("indicator", "line"), INT("indicator", "value_line"),
	STR("indicator", "op"), STR("indicator", "unit"), STR("indicator", "kind"),
	{ "num", json_type_double, "indicator record: \"num\" is not a number" },
	INT("indicator", "seq"), INT("indicator", "project_seq"), INT("indicator", "doc"),
};
static const typed_key doc_keys[] = {
	STR("doc", "dept"), STR("doc", "dept_code"), INT("doc", "doc"), INT("doc", "year"),
	{ NULL, json_type_null, NULL },
};
#undef STR
#undef INT

/* The message for the first key of keys that o holds with a value of the
 * wrong type (null is never wrong), or NULL. */
static const char *mistyped(json_object *o, const typed_key *keys)
{
	json_object *v;

	for (; keys->key; keys++) {
		if (!json_object_object_get_ex(o, keys->key, &v) || !v)
			continue;
		if (!json_object_is_type(v, keys->type))
			return keys->msg;
		if (keys->type == json_type_array)
			for (size_t i = 0, n = json_object_array_length(v); i < n; i++)
				if (!json_object_is_type(json_object_array_get_idx(v, i),
				                         json_type_string))
					return keys->msg;
	}
	return NULL;
}

/* An int field (doc, seq, year): jint's value, or dflt with *bad set when
 * the number does not fit an int (a cast would wrap 4294969320 to 2024). */
static int jint_int(json_object *o, const char *key, int dflt, int *bad)
{
	long v = jint(o, key, dflt);

	if (v < INT_MIN || v > INT_MAX) {
		*bad = 1;
		return dflt;
	}
	return (int)v;
}

/* jamount's and checkpoints' answer for a key o does not have: read as
 * null, and told from one given as null (pb_project's absent) without
 * looking the key up again */
enum { KEY_ABSENT = 1 };

/*
 * An amount from JSON, exactly: json-c keeps the text of every number it
 * parsed, so the decimal is read from that text, never from a double.
 * Returns 0 (null or a number), KEY_ABSENT, -1 for anything else (-2 a
 * number too large or precise to hold), PB_JSON_NOMEM out of memory.
 */
static int jamount(json_object *o, const char *key, pb_amount *a)
{
	json_object *v;
	a->set = 0;
	if (!json_object_object_get_ex(o, key, &v))
		return KEY_ABSENT;
	if (!v)
		return 0;
	if (!json_object_is_type(v, json_type_int) && !json_object_is_type(v, json_type_double))
		return -1;
	const char *t = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
	if (!t) { /* json-c found no memory to print it in */
		json_oom = 1;
		return PB_JSON_NOMEM;
	}
	int rc = pb_money_parse(t, strlen(t), &a->v);
	if (rc != PB_MONEY_OK)
		return rc == PB_MONEY_OVERFLOW ? -2 : -1;
	a->set = 1;
	return 0;
}

int pb_json_amount(json_object *o, const char *key, pb_amount *a)
{
	int r = jamount(o, key, a);
	return r == KEY_ABSENT ? 0 : r;
}

static int flush_project(run_ctx *r)
{
	int rc = 0;
	long said = r->said_ind;
	size_t got = r->cur.nind + r->bad_ind;
	r->dropping = 0;
	r->said_ind = -1;
	r->bad_ind = 0;
	if (!r->have_cur)
		return 0;
	if (said >= 0 && (size_t)said != got) {
		char msg[160];
		snprintf(msg, sizeof msg, "the project record says %ld indicator records follow, "
		         "%zu did (a cut or damaged stream?)", said, got);
		bad_record(r, r->said_line, msg);
	}
	if (r->src->on_project)
		rc = r->src->on_project(&r->cur, r->src->ctx);
	pb_project_free(&r->cur);
	r->have_cur = 0;
	return rc;
}

enum { ODD_CHECKPOINT = -4 }; /* PB_JSON_NOMEM is -3 */

/* The four checkpoints of a plan: 0 (KEY_ABSENT: no such key), or
 * jamount's -1 or -2 for a checkpoint (or a plan) that is neither null
 * nor what it should be: a checkpoint read as blank would be summed as
 * "no spending" and reviewed as a blank plan. */
static int checkpoints(json_object *o, const char *key, pb_amount *a, int *have)
{
	json_object *m;
	int rc = 0;

	if (!json_object_object_get_ex(o, key, &m))
		return KEY_ABSENT;
	if (!m)
		return 0;
	if (!json_object_is_type(m, json_type_object))
		return -1;
	int known = 0;
	for (int i = 0; i < PB_NCHECK; i++) {
		int r = jamount(m, pb_check_names[i], &a[i]), there = r != KEY_ABSENT;
		known += there;
		if (have)
			have[i] = there;
		if (r < rc)
			rc = r;
	}
	/* a fifth checkpoint ("15": 9) is no plan's: read as the four, its
	 * money was left out without a word */
	return rc ? rc : json_object_object_length(m) != known ? ODD_CHECKPOINT : 0;
}

static const char trailing_msg[] = "text after the JSON object (two records on one line?)";

/* anything but blanks in s[at..n) */
static int trailing(const char *s, size_t at, size_t n)
{
	for (; at < n; at++)
		if (s[at] != ' ' && s[at] != '\t')
			return 1;
	return 0;
}

static const char nul_msg[] = "a string holds \\u0000 (a NUL character)",
                  surrogate_msg[] = "a string holds a lone surrogate escape (\\ud800 to \\udfff, "
                                    "no character)";

/*
 * What is wrong with an escape in s[0..n), or NULL.  \u0000: json-c
 * keeps the NUL, but every string is read as C text, so
 * 办公费\u0000（追加） was read as 办公费 and two groups summed as one.
 * A lone surrogate (\ud800 with no \udc00 to \udfff after it, or one of
 * those alone): json-c makes it U+FFFD, so "\ud800A" and "\udbffA" were
 * one group, where a byte that is not UTF-8 is an error.  An escape is a
 * backslash after an even run of them (\\u0000 is the text \u0000).
 */
static const char *bad_escape(const char *s, size_t n)
{
	const char *p = s, *e = s + n;
	while ((p = memchr(p, '\\', (size_t)(e - p)))) {
		const char *q = p;
		while (q < e && *q == '\\')
			q++;
		long u = (q - p) % 2 && q < e && *q == 'u' ? pb_json_hex4(q + 1, e) : -1;
		if (u == 0)
			return nul_msg;
		if (u >= 0xDC00 && u <= 0xDFFF)
			return surrogate_msg;
		if (u >= 0xD800 && u <= 0xDBFF) {
			long lo = e - q >= 7 && q[5] == '\\' && q[6] == 'u' ? pb_json_hex4(q + 7, e) : -1;
			if (lo < 0xDC00 || lo > 0xDFFF)
				return surrogate_msg;
			q += 11; /* the pair */
		}
		p = q;
	}
	return NULL;
}

/*
 * A name given twice in one object of the record s[0..n) (o as json-c
 * read it): 1 with what to say in buf, 0 if none, -1 out of memory.
 * json-c keeps the last and said nothing: a second "type" made a
 * project an indicator, dropped by pbsum with exit 0.
 */
static int dup_name(const char *s, size_t n, json_object *o, char *buf, size_t size)
{
	char name[48];
	int r = pb_json_dup_name(s, n, o, name, sizeof name);
	if (r < 0)
		json_oom = 1;
	else if (r > 0 && *name)
		snprintf(buf, size, "the key \"%.*s\" is given twice in one object (which one holds is not known)",
		         pb_utf8_cut(name, (int)strlen(name)), name);
	else if (r > 0)
		snprintf(buf, size, "a key is given twice in one object (which one holds is not known)");
	return r;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * json-c 0.16 turns an integer it cannot hold (below INT64_MIN, above
 * UINT64_MAX) into the nearest bound without a word, and keeps no text of
 * integers (only of numbers with a fraction or exponent), so the bound
 * would be read back as the amount.  Such a number is found in the
 * line's own text instead: does s[0..n) hold one outside its strings?
 * (Outside strings every digit belongs to a number.)
 */
static int clamped_int(const char *s, size_t n)
{
	static const char below[] = "9223372036854775808", above[] = "18446744073709551615";
	size_t i = 0;

	while (i < n) {
		if (s[i] == '"') {
			for (i++; i < n && s[i] != '"'; i++)
				i += s[i] == '\\';
			i++;
			continue;
		}
		if (s[i] != '-' && !is_digit(s[i])) {
			i++;
			continue;
		}
		int neg = s[i] == '-';
		size_t d = i + (size_t)neg, e;
		while (d < n && s[d] == '0')
			d++;
		for (e = d; e < n && is_digit(s[e]); e++)
			;
		if (e < n && (s[e] == '.' || s[e] == 'e' || s[e] == 'E')) {
			/* a double: json-c keeps its text */
			while (e < n && (is_digit(s[e]) || s[e] == '.' || s[e] == 'e' ||
			                 s[e] == 'E' || s[e] == '+' || s[e] == '-'))
				e++;
		} else {
			const char *lim = neg ? below : above;
			size_t nd = e - d, nl = neg ? sizeof below - 1 : sizeof above - 1;
			if (nd > nl || (nd == nl && memcmp(s + d, lim, nl) > 0))
				return 1;
		}
		i = e > i ? e : i + 1;
	}
	return 0;
}

/* the diagnostic for a record of type holding a number clamped_int finds */
static const char *clamp_msg(const char *type, char *buf, size_t cap)
{
	snprintf(buf, cap, "%.32s record has a number too large to hold exactly", type);
	return buf;
}

/* A project record into p (zeroed first), as every reader of it must
 * see it; the diagnostic it deserves, or NULL. */
static const char *project_from_json(json_object *o, const char *path, long line, pb_project *p)
{
	memset(p, 0, sizeof *p);
	p->own_file = dupz(jstr(o, "file") ? jstr(o, "file") : path);
	p->file = p->own_file;
	int range = 0;
	p->doc = jint_int(o, "doc", 1, &range);
	p->line = jint(o, "line", line);
	p->end_line = jint(o, "end_line", p->line);
	p->seq = jint_int(o, "seq", 1, &range);
	p->code_line = jint(o, "code_line", 0);
	p->budget_line = jint(o, "budget_line", 0);
	p->plan_line = jint(o, "plan_line", 0);
	p->goals_line = jint(o, "goals_line", 0);
	p->dept = dupz(jstr(o, "dept"));
	p->dept_code = dupz(jstr(o, "dept_code"));
	p->year = jint_int(o, "year", 0, &range);
	p->said_ind = jint(o, "indicators", -1);
	p->code = dupz(jstr(o, "code"));
	p->name = dupz(jstr(o, "name"));
	p->name_from = dupz(jstr(o, "name_from"));
	p->title = dupz(jstr(o, "title"));
	p->source_unit = dupz(jstr(o, "source_unit"));
	p->purpose = dupz(jstr(o, "purpose"));
	p->schedule_unit = dupz(jstr(o, "schedule_unit"));
	json_object *bc;
	p->no_basis_col = json_object_object_get_ex(o, "basis_column", &bc) &&
	                  json_object_is_type(bc, json_type_boolean) && !json_object_get_boolean(bc);
	p->plan_cum = json_object_object_get_ex(o, "schedule_cumulative", &bc) &&
	              json_object_is_type(bc, json_type_boolean) && json_object_get_boolean(bc);
	int r1 = jamount(o, "budget", &p->budget), r2 = jamount(o, "fiscal", &p->fiscal),
	    r3 = jamount(o, "other", &p->other);
	int r4 = checkpoints(o, "schedule", p->schedule, p->have_plan_col),
	    r5 = checkpoints(o, "spend", p->spend, NULL);
	p->absent = (r1 == KEY_ABSENT ? PB_ABSENT_BUDGET : 0) | (r2 == KEY_ABSENT ? PB_ABSENT_FISCAL : 0) |
	            (r3 == KEY_ABSENT ? PB_ABSENT_OTHER : 0) | (r5 == KEY_ABSENT ? PB_ABSENT_SPEND : 0);
	int odd = r4 == ODD_CHECKPOINT || r5 == ODD_CHECKPOINT;
	int bad = r1 < 0 || r2 < 0 || r3 < 0 || (r4 < 0 && r4 != ODD_CHECKPOINT) ||
	          (r5 < 0 && r5 != ODD_CHECKPOINT);
	int big = r1 == -2 || r2 == -2 || r3 == -2 || r4 == -2 || r5 == -2;
	json_object *g;
	if (json_object_object_get_ex(o, "goals", &g) && json_object_is_type(g, json_type_array)) {
		size_t n = json_object_array_length(g);
		p->goals = calloc(n ? n : 1, sizeof *p->goals);
		json_oom |= !p->goals;
		for (size_t i = 0; p->goals && i < n; i++) {
			json_object *e = json_object_array_get_idx(g, i);
			if (json_object_is_type(e, json_type_string))
				p->goals[p->ngoals++] = dupz(json_object_get_string(e));
		}
	}
	if (big)
		return "project record has an amount too large or too precise to hold exactly (at most 18 decimals)";
	if (bad)
		return "project record has an amount that is not a number";
	if (odd)
		return "project record has a schedule or spend key other than 03, 06, 10 and 12";
	if (range)
		return "project record has a doc, seq or year out of range";
	return mistyped(o, project_keys);
}

/*
 * The money keys the project record at line lacks, read as null: said
 * once an input each.  A record hand-edited or cut short summed its
 * fiscal funds as nothing, or its project as skipped, without a word;
 * said for every record, a file of a million such would give a million
 * lines.
 */
static void say_absent(run_ctx *r, unsigned absent, long line)
{
	static const char *const names[] = { "budget", "fiscal", "other", "spend" };
	char msg[128];
	_Static_assert(PB_ABSENT_BUDGET == 1 && PB_ABSENT_FISCAL == 2 && PB_ABSENT_OTHER == 4 &&
	               PB_ABSENT_SPEND == 8, "names are in the bits' order");

	if (r->src->no_absent_warning)
		return;
	for (unsigned i = 0; i < sizeof names / sizeof *names; i++)
		if (absent & ~r->absent_said & 1u << i) {
			r->absent_said |= 1u << i;
			snprintf(msg, sizeof msg, "warning: project record has no \"%s\" key; read as "
			         "null (said once for this input)", names[i]);
			diag(r, line, 0, msg);
		}
}

/* The project record at line is read: the current project.  Where its
 * indicator records are read too, how many it says follow is checked
 * when it is done (flush_project). */
static void take_project(run_ctx *r, long line)
{
	if (r->cur.absent)
		say_absent(r, r->cur.absent, line);
	r->tables++;
	r->have_cur = 1;
	r->said_ind = r->src->skip_indicators ? -1 : r->cur.said_ind;
	r->said_line = line;
}

/* bad: what the line's text makes wrong with the record, or NULL.  A bad
 * record is reported and left out whole: half a record read would be
 * summed or reviewed as if it were the filing's. */
static int read_project(run_ctx *r, json_object *o, long line, const char *bad)
{
	const char *msg = bad ? bad : project_from_json(o, r->name, line, &r->cur);
	if (json_oom) { /* what it says of the record would be wrong */
		if (!bad)
			pb_project_free(&r->cur);
		return -1;
	}

	if (msg) {
		bad_record(r, line, msg);
		if (!bad)
			pb_project_free(&r->cur);
		r->dropping = 1;
		return 0;
	}
	take_project(r, line);
	return 0;
}

/* The same record read by ndfast.c, when it can: most of pbsum's time on
 * pbtable's output went to json-c (see there).  1 read, 0 left to
 * json-c, or a callback's stop or -1 (out of memory) as json_line. */
static int fast_project(run_ctx *r, const pb_line *ln, int *rc)
{
	pb_project p;
	int fr = pb_ndfast_project(ln->ptr, ln->textlen, r->name, ln->lineno, &p);

	if (fr <= 0) {
		*rc = fr;
		return fr < 0;
	}
	if ((*rc = flush_project(r))) {
		pb_project_free(&p);
		return 1;
	}
	r->cur = p;
	take_project(r, ln->lineno);
	return 1;
}

struct pb_jsonc_where pb_jsonc_where;

int pb_json_project(const char *s, size_t n, const char *path, long line, pb_project *p,
                    const char **msg)
{
	json_tokener *tok;
	json_object *o;
	const char *type;
	int rc = 0;
	static char dup_buf[160]; /* *msg, after the return */

	memset(p, 0, sizeof *p);
	*msg = NULL;
	if (n > INT_MAX || !(tok = json_tokener_new()))
		return n > INT_MAX ? 0 : -1;
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS);
	errno = 0; /* ENOMEM after: out of memory (json_line says why) */
	pb_jsonc_where.name = path;
	pb_jsonc_where.line = line;
	o = json_tokener_parse_ex(tok, s, (int)n);
	pb_jsonc_where.name = NULL;
	json_oom = errno == ENOMEM;
	if (o && json_tokener_get_error(tok) == json_tokener_success &&
	    json_object_is_type(o, json_type_object) && (type = jstr(o, "type")) &&
	    !strcmp(type, "project")) {
		*msg = project_from_json(o, path, line, p);
		if (!*msg && trailing(s, json_tokener_get_parse_end(tok), n))
			*msg = trailing_msg;
		if (!*msg)
			*msg = bad_escape(s, n);
		if (!*msg && dup_name(s, json_tokener_get_parse_end(tok), o, dup_buf, sizeof dup_buf))
			*msg = dup_buf; /* (out of memory: json_oom, below) */
		if (!*msg && clamped_int(s, n))
			*msg = "project record has a number too large to hold exactly";
		rc = 1;
	}
	json_object_put(o);
	json_tokener_free(tok);
	if (json_oom) {
		if (rc == 1)
			pb_project_free(p);
		*msg = NULL;
		return -1;
	}
	return rc;
}

static int read_indicator(run_ctx *r, json_object *o, long line)
{
	pb_project *p = &r->cur;
	/* pbsum reads no indicator record, only checks that it is JSON
	 * (the fast path below does no more): wherever it stands, as in
	 * lines that Hadoop's shuffle sorted */
	if (r->dropping || r->src->skip_indicators)
		return 0;
	if (!r->have_cur || p->carrier) {
		bad_record(r, line, "indicator record before any project record");
		return 0;
	}
	/* each key looked up once, its type checked as it is read: pbcheck
	 * reads every indicator record (mistyped() then jstr() cost 2.6%) */
	json_object *v[IND_NKEYS];
	/* the column's key there, null or not */
	int weight = 0, direction = 0, note = 0, scoring = 0;
	for (int k = 0; k < IND_NKEYS; k++) {
		int there = json_object_object_get_ex(o, indicator_keys[k].key, &v[k]);
		if (!there)
			v[k] = NULL;
		weight |= there && k == IK_WEIGHT;
		direction |= there && k == IK_DIRECTION;
		note |= there && k == IK_NOTE;
		scoring |= there && k == IK_SCORING;
		/* (a number may be written as an integer: 95) */
		if (v[k] && !json_object_is_type(v[k], indicator_keys[k].type) &&
		    !(indicator_keys[k].type == json_type_double && json_object_is_type(v[k], json_type_int))) {
			/* left out, but it followed: not a cut stream */
			bad_record(r, line, indicator_keys[k].msg);
			r->bad_ind++;
			return 0;
		}
	}
	/* records of two streams interleaved, or a project record lost: an
	 * indicator that names another project is not this one's */
	const char *code = jstr(o, "project");
	if (code && p->code && strcmp(code, p->code)) {
		bad_record(r, line, "indicator record of another project than the project record "
		                     "before it; left out");
		return 0;
	}
	if (pb_grow(&p->ind, p->nind, sizeof *p->ind) < 0)
		return -1;
	pb_indicator *in = &p->ind[p->nind++];
	memset(in, 0, sizeof *in);
#define S(k) dupz(v[k] ? json_object_get_string(v[k]) : NULL)
	in->line = v[IK_LINE] ? (long)json_object_get_int64(v[IK_LINE]) : line;
	in->value_line = v[IK_VALUE_LINE] ? (long)json_object_get_int64(v[IK_VALUE_LINE]) : in->line;
	in->level1 = S(IK_LEVEL1);
	in->level2 = S(IK_LEVEL2);
	in->level3 = S(IK_LEVEL3);
	in->description = S(IK_DESCRIPTION);
	in->value = S(IK_VALUE);
	in->basis = S(IK_BASIS);
	in->weight = S(IK_WEIGHT);
	in->direction = S(IK_DIRECTION);
	in->note = S(IK_NOTE);
	in->scoring = S(IK_SCORING);
	/* a null weight is the column's too (a table whose 权重 cells are
	 * all empty): taken for no column, the records written again lost
	 * the key (fuzz_ndjson: not a fixpoint) */
	if (weight)
		p->weight_col = 1;
	if (direction)
		p->direction_col = 1;
	if (note)
		p->note_col = 1;
	if (scoring)
		p->scoring_col = 1;
#undef S
	/* with its level 2, as pbtable read it: 2026.06 is a month under
	 * 时效指标 */
	pb_value_parse_in(in->level2, in->value ? in->value : "", in->value ? strlen(in->value) : 0,
	                  &in->parsed);
	return 0;
}

int pb_source_is_carrier(const pb_project *p)
{
	/* marked by read_unparsed, not told by its shape: a project record
	 * of seq 0 and no code (another tool's numbering) was taken for one,
	 * and its money left out of pbsum's totals without a word */
	return p->carrier;
}

static int read_unparsed(run_ctx *r, json_object *o, long line)
{
	pb_project *p = &r->cur;
	if (r->dropping)
		return 0;
	if (!r->have_cur) { /* an unparsed record of its own: carry it alone */
		memset(p, 0, sizeof *p);
		r->have_cur = 1;
		p->carrier = 1;
		r->tables++; /* a table's worth of text, reported */
		p->own_file = dupz(jstr(o, "file") ? jstr(o, "file") : r->name);
		p->file = p->own_file;
		p->doc = (int)jint(o, "doc", 1);
		p->line = jint(o, "line", line);
	}
	if (pb_grow(&p->unp, p->nunp, sizeof *p->unp) < 0)
		return -1;
	pb_unparsed *u = &p->unp[p->nunp++];
	u->line = jint(o, "line", line);
	u->end_line = jint(o, "end_line", u->line);
	u->reason = dupz(jstr(o, "reason"));
	u->text = dupz(jstr(o, "text"));
	return 0;
}

/* pbsplit's records of a doc are all read (its blocks counted in seq) */
static void end_json_doc(run_ctx *r)
{
	judge_tables(r, r->seq);
}

static int json_line(run_ctx *r, json_tokener *tok, const pb_line *ln)
{
	json_object *o;
	const char *type, *bad = NULL;
	char buf[160];
	int rc = 0, dup = 0;

	/* the tools write "type" first, so their records show themselves in
	 * the first bytes.  Most of pbtable's output is indicator records:
	 * unwanted ones are only checked to be sound JSON (a damaged line is
	 * still reported, by json-c below), and project records are read
	 * without json-c when they have the shape pbtable gives them. */
	static const char ind[] = "{\"type\":\"indicator\"", proj[] = "{\"type\":\"project\"";
	if (r->src->skip_indicators && ln->textlen > sizeof ind &&
	    !memcmp(ln->ptr, ind, sizeof ind - 1) && pb_ndfast_is_type(ln->ptr, ln->textlen, "indicator")) {
		r->part_records++;
		return 0;
	}
	if (ln->textlen > INT_MAX) {
		bad_record(r, ln->lineno, "record too long");
		return 0;
	}
	if (ln->textlen > sizeof proj && !memcmp(ln->ptr, proj, sizeof proj - 1) &&
	    fast_project(r, ln, &rc))
		return rc;
	json_tokener_reset(tok);
	pb_jsonc_where.name = r->name;
	pb_jsonc_where.line = ln->lineno;
	errno = 0;
	o = json_tokener_parse_ex(tok, ln->ptr, (int)ln->textlen);
	pb_jsonc_where.name = NULL;
	/* json-c before 0.17 (Debian 12 has 0.16) reads on when an
	 * allocation fails: a string cut short, a key left out, or the line
	 * called invalid.  malloc's ENOMEM says so, unless a number json-c
	 * read after reset errno (pbtable(1), BUGS). */
	if (errno == ENOMEM) {
		json_object_put(o);
		return -1;
	}
	if (!o || json_tokener_get_error(tok) != json_tokener_success ||
	    !json_object_is_type(o, json_type_object)) {
		/* valid JSON, but an array or a number: no record */
		int o_was = o && json_tokener_get_error(tok) == json_tokener_success;
		json_object_put(o);
		/* json-c's limit, not a fault of the JSON: say which (a key a
		 * tool added may nest; the contract's records are 2 deep) */
		int deep = json_tokener_get_error(tok) == json_tokener_error_depth;
		/* a damaged project record (the tools write "type" first):
		 * its indicator records must not join the project before */
		if (ln->textlen > sizeof proj && !memcmp(ln->ptr, proj, sizeof proj - 1)) {
			bad_record(r, ln->lineno, deep ? "project record nests deeper than "
			                                 PB_JSON_DEPTH_TEXT " levels, more than is read; "
			                                 "it and its indicator records are left out"
			                               : "project record is not valid JSON; "
			                                 "it and its indicator records are left out");
			rc = flush_project(r);
			r->dropping = 1;
			return rc;
		}
		bad_record(r, ln->lineno, deep ? "record nests deeper than " PB_JSON_DEPTH_TEXT
		                                 " levels, more than is read"
		                               : o_was ? "not a JSON object" : "not valid JSON");
		return 0;
	}
	/* json-c stops at the end of the object: what follows would be lost
	 * without a word (a lost newline puts two records on one line), and
	 * the record itself is then not to be trusted */
	bad = trailing(ln->ptr, json_tokener_get_parse_end(tok), ln->textlen) ? trailing_msg
	                                                                       : bad_escape(ln->ptr, ln->textlen);
	if (!bad && (dup = dup_name(ln->ptr, json_tokener_get_parse_end(tok), o, buf, sizeof buf)) > 0)
		bad = buf;
	if (dup < 0) {
		json_object_put(o);
		return -1;
	}
	type = jstr(o, "type");
	/* only the records read for their numbers (projects, and pbsum's sum
	 * records below) are scanned for clamped ones: pbcheck reads every
	 * indicator line through json-c */
	if (type && !strcmp(type, "project")) {
		if (!bad && clamped_int(ln->ptr, ln->textlen))
			bad = clamp_msg(type, buf, sizeof buf);
		rc = flush_project(r);
		if (!rc)
			rc = read_project(r, o, ln->lineno, bad);
	} else if (bad) {
		bad_record(r, ln->lineno, bad);
	} else if (!type) {
		bad_record(r, ln->lineno, "record without a type");
	} else if (!strcmp(type, "doc")) {
		rc = flush_project(r);
		end_json_doc(r);
		/* a doc record is a boundary: read on after saying so */
		if ((bad = mistyped(o, doc_keys)))
			bad_record(r, ln->lineno, bad);
		r->doc = (int)jint(o, "doc", r->doc + 1);
		r->doc_year = (int)jint(o, "year", 0);
		free(r->doc_dept);
		free(r->doc_dept_code);
		r->doc_dept = dupz(jstr(o, "dept"));
		r->doc_dept_code = dupz(jstr(o, "dept_code"));
		r->doc_titled = jstr(o, "title") != NULL;
		r->seq = 0;
	} else if (!strcmp(type, "block")) {
		const char *kind = jstr(o, "kind"), *text;
		json_object *t;
		if (kind && r->doc_titled && (!strcmp(kind, "overall_goal") ||
		                              !strcmp(kind, "sub_goals") || !strcmp(kind, "measures")))
			r->filings++, r->doc_titled = 0; /* once a doc */
		pb_blk_kind k;
		/* said at the filing's line the record names, as the table's
		 * own diagnostics are (else at the record's) */
		const char *bf = jstr(o, "file");
		long bl = jint(o, "line", 0);
		if (!r->seq && kind && !pb_blk_kind_parse(kind, &k) &&
		    json_object_object_get_ex(o, "text", &t) && (text = json_object_get_string(t)) &&
		    note_block(r, k, jstr(o, "title"), text, (size_t)json_object_get_string_len(t),
		               bf && bl > 0 ? bl : ln->lineno, bf && bl > 0 ? bf : NULL) < 0)
			rc = -1;
		if (kind && !strcmp(kind, "project_table") &&
		    json_object_object_get_ex(o, "text", &t) && (text = json_object_get_string(t))) {
			rc = flush_project(r);
			free(r->block_file);
			r->block_file = dupz(jstr(o, "file"));
			free(r->block_unit);
			r->block_unit = dupz(jstr(o, "part_unit"));
			r->part_unit = r->block_unit;
			r->doc = (int)jint(o, "doc", r->doc);
			/* the parser counts lines on from the block's first: a
			 * number no filing has would overflow (a fuzzer's 2^63 - 1) */
			long first = jint(o, "line", ln->lineno);
			if (first < 1 || first > LONG_MAX / 2)
				bad_record(r, ln->lineno, "block record: line out of range");
			else if (!rc) {
				size_t n = (size_t)json_object_get_string_len(t);
				/* pbsplit gives a filing's byte-order mark back at the
				 * start of its first block (SCHEMA.md: the texts join
				 * into the input): the table parser, like the raw
				 * reader, is not given it (a markdown title after it
				 * kept its ## 1.) */
				if (n >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
					text += 3, n -= 3;
				rc = table(r, text, n, first, ++r->seq, 0);
			}
		}
	} else if (!strcmp(type, "indicator")) {
		r->part_records++;
		rc = read_indicator(r, o, ln->lineno);
	} else if (!strcmp(type, "unparsed")) {
		r->part_records++;
		rc = read_unparsed(r, o, ln->lineno);
	} else if (r->src->on_json) {
		rc = flush_project(r);
		if (!rc && clamped_int(ln->ptr, ln->textlen))
			bad_record(r, ln->lineno, clamp_msg(type, buf, sizeof buf));
		else if (!rc)
			rc = r->src->on_json(type, o, r->name, ln->lineno, r->src->ctx);
		/* pbcheck fed findings, or pbsum sums of nothing but skipped
		 * types, got no input it reads: not a clean run */
		if (r->src->json_type && !strcmp(type, r->src->json_type))
			r->other_records++;
	}
	json_object_put(o);
	return rc;
}

int pb_source_run(const pb_source *src, int fd, const char *path)
{
	return pb_source_run_decoded(src, NULL, fd, path);
}

/* Is s[0..n) a TSV table's header, field names (a-z, 0-9, _) between tabs,
 * three or more, as the tools' -f tsv write?  A table so given back (pbsum
 * ... | pbsum) was "not a budget performance filing?", which sent the user
 * looking at the filing. */
static int field_names_line(const char *s, size_t n)
{
	size_t tabs = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\t' && i && s[i - 1] != '\t')
			tabs++;
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			return 0;
	}
	return tabs >= 2 && n && s[n - 1] != '\t';
}

/* The kept splitter calls back here: its context is the keep, which
 * outlives the run it was made in. */
static int on_doc_kept(const pb_doc *d, void *ctx)
{
	return on_doc(d, ((pb_source_keep *)ctx)->run);
}

/* The splitter for run r: the one a run before left, reset, else a new one. */
static pb_splitter *take_splitter(run_ctx *r)
{
	pb_source_keep *k = r->src->keep;

	if (!k)
		return pb_splitter_new(on_doc, r);
	k->run = r;
	if (!k->sp)
		return pb_splitter_new(on_doc_kept, k);
	pb_splitter *sp = k->sp;
	k->sp = NULL;
	pb_splitter_reset(sp, NULL);
	return sp;
}

/* What run r leaves: kept for the next input, or freed.  Kept after
 * running out of memory too: the state is whole, only the input was cut
 * (tests/unit/test_oom.c, kept_allocation). */
static void leave(run_ctx *r, pb_splitter *sp)
{
	pb_source_keep *k = r->src->keep;

	if (k) {
		if (!k->sp) {
			k->sp = sp;
			sp = NULL;
		}
		if (!k->work) {
			k->work = r->work;
			r->work = NULL;
		}
		k->run = NULL;
	}
	pb_splitter_free(sp);
	pb_table_work_free(r->work);
}

void pb_source_keep_free(pb_source_keep *k)
{
	pb_splitter_free(k->sp);
	pb_table_work_free(k->work);
	k->sp = NULL;
	k->work = NULL;
	k->run = NULL;
}

/*
 * One input being read, between its lines, beside its run_ctx: what
 * pb_source_run keeps on its stack, and what a caller feeding lines
 * holds (pb_source_feed_new).  Both read their lines through feed_one,
 * so a fed input is read as a file is.
 */
typedef struct {
	int mode; /* 0 unknown, 1 raw, 2 NDJSON */
	pb_splitter *sp;
	json_tokener *tok;
	int status, warned;
	unsigned long unmatched; /* pb_heading_errors() at the start */
	long blank_lines;
} feed_state;

struct pb_source_feed {
	run_ctx r;
	feed_state s;
	/* the last line's number, the line copied (with room past its end
	 * for the scanners' loads, as pb_input leaves), and an error (out
	 * of memory) that ended the input */
	long lineno;
	pb_buf line;
	int failed;
};

/* The start of an input named path; open_err, if set, why it cannot be
 * read.  0, or -1 after saying why. */
static int feed_start(run_ctx *r, feed_state *f, const pb_source *src,
                      int (*on_decoded)(const pb_project *p, void *ctx), const char *path,
                      const char *open_err)
{
	memset(r, 0, sizeof *r);
	memset(f, 0, sizeof *f);
	r->said_ind = -1;
	r->src = src;
	r->path = path;
	r->on_decoded = on_decoded;
	f->unmatched = pb_heading_errors();
	if (!(r->name = pb_path_name_dup(path))) {
		diag(r, 0, 1, "out of memory");
		return -1;
	}
	if (open_err) {
		diag(r, 0, 1, open_err);
		free(r->name);
		return -1;
	}
	if (src->keep) {
		/* the table parser a run before left; the splitter is taken
		 * where one is made */
		r->work = src->keep->work;
		src->keep->work = NULL;
	}
	/* records name the input otherwise than its path: said once */
	if (pb_path_name_note(path))
		diag(r, 0, 0, pb_path_name_note(path));
	return 0;
}

/* One line of the input, read from in (NULL: fed, in UTF-8).  0, or -1
 * out of memory (not said yet). */
static int feed_one(run_ctx *r, feed_state *f, pb_line *ln, pb_input *in)
{
	if (!f->mode) {
		size_t i = 0;
		int blank = pb_blank(ln->ptr, ln->textlen);
		while (i < ln->textlen && (ln->ptr[i] == ' ' || ln->ptr[i] == '\t'))
			i++;
		f->blank_lines += blank;
		if (blank && !f->sp)
			f->sp = take_splitter(r);
		if (!blank) {
			f->mode = ln->ptr[i] == '{' ? 2 : 1;
			r->tsv_header = field_names_line(ln->ptr, ln->textlen);
		}
		if (f->mode == 2 && !(f->tok = json_tokener_new()))
			return -1;
		/* JSON as RFC 8259 has it: json-c's default also takes
		 * 'quotes', trailing commas, comments and 05, and
		 * hand-edited records so read were summed where other
		 * readers (jq, Python's json) refuse them.  What follows
		 * the object is trailing()'s to report, by name. */
		if (f->tok)
			json_tokener_set_flags(f->tok, JSON_TOKENER_STRICT |
			                               JSON_TOKENER_ALLOW_TRAILING_CHARS);
		if (f->mode == 1 && !f->sp && !(f->sp = take_splitter(r)))
			return -1;
		if (f->sp)
			pb_splitter_encoding(f->sp, in ? pb_input_encoding(in) : "UTF-8");
	}
	if (f->mode == 2) {
		json_oom = 0;
		/* (a line of blanks is as empty as an empty one: RFC
		 * 8259's whitespace, no record) */
		int jr = trailing(ln->ptr, 0, ln->textlen) ? json_line(r, f->tok, ln) : 0;
		if (jr < 0 || json_oom)
			return -1;
		if (jr > 0)
			r->stop = 1;
	} else if (f->sp) {
		if (!f->warned && ln->textlen > 8 && !memcmp(ln->ptr, "{\"type\"", 7)) {
			diag(r, ln->lineno, 1, "an NDJSON record in what began as a raw filing "
			                      "(is the first line damaged?)");
			f->warned = 1;
		}
		pb_splitter_encoding(f->sp, in ? pb_input_encoding(in) : "UTF-8");
		/* a change of encoding inside the input is no error */
		if (in && pb_input_switched(in))
			diag(r, ln->lineno, 0, pb_input_switched(in));
		if (pb_splitter_line(f->sp, ln) < 0 && !r->stop)
			return -1;
	}
	return 0;
}

/* The end of the input: what is said of it as a whole, and all but f
 * itself freed.  in: the reader it came from (NULL: fed lines); oom: it
 * ended out of memory.  The run's status. */
static int feed_end(run_ctx *r, feed_state *f, pb_input *in, int oom)
{
	const pb_err *in_err = NULL;

	if (!oom && f->sp && !r->stop && pb_splitter_finish(f->sp) < 0 && !r->stop)
		oom = 1;
	if (!oom) {
		char msg[200];
		if (!r->stop && pb_heading_errors_since(f->unmatched, msg, sizeof msg))
			diag(r, 0, 0, msg);
		if (!r->stop)
			flush_project(r);
		if (!r->stop && f->mode == 2)
			end_json_doc(r);
		/* a file that is no filing (or pbtable's TSV piped on) would
		 * otherwise pass as one without a defect; one whose records were
		 * all bad has been reported already */
		if (!r->stop && f->mode && !r->tables && !r->part_records && !r->other_records &&
		    !r->errors && !(in && pb_input_err(in)->set)) {
			/* a department with basic expenditure only files its cover
			 * and part 1, and a part 2 that says it has no project: a
			 * filing, whose review should not fail in cron every night */
			if (r->filings)
				diag(r, 0, 0, "warning: no project table: a filing without budget projects");
			else
				diag(r, 0, 1, r->tsv_header
				                  ? "a TSV table (its first line names fields), not a filing or "
				                    "records: the tools read back NDJSON (-f ndjson)"
				              : f->mode == 1 ? "no project table found: not a budget performance filing?"
				                             : "no project table or project record found");
		}
		/* lines, but no text in them: what a converter writes for a scanned
		 * PDF (blank lines; pdftotext's form feeds were already "no project
		 * table found"), passed as an empty input, status 0 and not a word,
		 * in a nightly run.  Only an input of no bytes is empty (xargs or
		 * cat of nothing). */
		if (!r->stop && !f->mode && f->blank_lines && !(in && pb_input_err(in)->set))
			diag(r, 0, 1, "no text, only blank lines: not a budget performance filing "
			              "(a scanned PDF converted without its text?)");
	} else {
		diag(r, 0, 1, "out of memory");
		f->status = -1;
	}
	bad_records_more(r);
	if (in && (in_err = pb_input_err(in))->set) {
		diag(r, in_err->line, 1, in_err->msg);
		f->status = -1;
	}
	if (in && pb_input_more(in))
		diag(r, 0, 1, pb_input_more(in));
	if (r->have_cur)
		pb_project_free(&r->cur);
	free(r->block_file);
	free(r->block_unit);
	free(r->ev.toc_file);
	free(r->ev.part2_file);
	free(r->name);
	if (f->mode == 2) {
		free(r->doc_dept);
		free(r->doc_dept_code);
	}
	if (f->tok)
		json_tokener_free(f->tok);
	leave(r, f->sp);
	return f->status;
}

int pb_source_run_decoded(const pb_source *src,
                          int (*on_decoded)(const pb_project *p, void *ctx), int fd,
                          const char *path)
{
	pb_err err = { 0 };
	pb_input *in = pb_input_open_fd(fd, src->enc, &err);
	run_ctx r;
	feed_state f;
	pb_line ln;
	int rc, oom = 0;

	if (feed_start(&r, &f, src, on_decoded, path, in ? NULL : err.msg) < 0) {
		pb_input_close(in);
		return -1;
	}
	while (!r.stop && (rc = pb_input_getline(in, &ln)) > 0) {
		if (feed_one(&r, &f, &ln, in) < 0) {
			oom = 1;
			break;
		}
	}
	rc = feed_end(&r, &f, in, oom);
	pb_input_close(in);
	return rc;
}

pb_source_feed *pb_source_feed_new(const pb_source *src, const char *path)
{
	pb_source_feed *f = malloc(sizeof *f);

	if (!f) {
		if (src->on_diag)
			src->on_diag(path, 0, 1, "out of memory", src->ctx);
		return NULL;
	}
	if (feed_start(&f->r, &f->s, src, NULL, path, NULL) < 0) {
		free(f);
		return NULL;
	}
	f->lineno = 0;
	f->failed = 0;
	pb_buf_init(&f->line);
	return f;
}

int pb_source_feed_line(pb_source_feed *f, const char *s, size_t n)
{
	size_t textlen = n;
	pb_line ln;

	if (f->r.stop || f->failed)
		return f->failed ? -1 : 1;
	f->lineno++;
	/* a leading byte-order mark is none of the text, as pb_input has it */
	if (f->lineno == 1 && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		s += 3, n -= 3, textlen -= 3;
	if (textlen && s[textlen - 1] == '\n')
		textlen--;
	if (textlen && s[textlen - 1] == '\r')
		textlen--;
	/* what the decoder makes sure of, and the splitter takes for granted */
	if (pb_utf8_valid(s, n, NULL) != n || memchr(s, 0, n)) {
		diag(&f->r, f->lineno, 1, "line not in UTF-8, or with a NUL byte: left out "
		                          "(fed lines are text, decoded)");
		f->s.status = -1;
		return 0;
	}
	pb_buf_reset(&f->line);
	if (pb_buf_add(&f->line, s, n) < 0 || pb_buf_grow(&f->line, 16) < 0) {
		f->failed = 1;
		return -1;
	}
	ln.ptr = f->line.ptr;
	ln.len = n;
	ln.textlen = textlen;
	ln.lineno = f->lineno;
	ln.feed = 0;
	if (feed_one(&f->r, &f->s, &ln, NULL) < 0) {
		f->failed = 1;
		return -1;
	}
	return f->r.stop ? 1 : 0;
}

int pb_source_feed_finish(pb_source_feed *f)
{
	if (!f)
		return -1;
	int rc = feed_end(&f->r, &f->s, NULL, f->failed);
	pb_buf_free(&f->line);
	free(f);
	return rc;
}
