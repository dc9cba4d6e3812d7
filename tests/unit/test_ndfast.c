/*
 * test_ndfast.c - the fast reader of pbtable's records (lib/ndfast.c)
 * against json-c (pb_json_project in lib/source.c).
 *
 * Every line is read from an exact-size heap copy with no terminating
 * NUL, so AddressSanitizer catches a read past its end.  A line the fast
 * reader takes must give, field by field, the project json-c gives; a
 * line it must leave to json-c must come back 0 with nothing allocated.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "ndfast.h"
#include "source.h"

static char *copy(const char *s, size_t *n)
{
	char *c;

	*n = strlen(s);
	c = malloc(*n ? *n : 1);
	if (c)
		memcpy(c, s, *n);
	return c;
}

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static int same_amount(const pb_amount *a, const pb_amount *b)
{
	return a->set == b->set && a->v.units == b->v.units && a->v.scale == b->v.scale;
}

static int same_project(const pb_project *a, const pb_project *b)
{
	int ok = same_str(a->file, b->file) && a->doc == b->doc && a->line == b->line &&
	         a->end_line == b->end_line && a->seq == b->seq && a->code_line == b->code_line &&
	         a->budget_line == b->budget_line && a->plan_line == b->plan_line &&
	         a->goals_line == b->goals_line && same_str(a->title, b->title) &&
	         same_str(a->dept, b->dept) && same_str(a->dept_code, b->dept_code) &&
	         a->year == b->year && same_str(a->code, b->code) && same_str(a->name, b->name) &&
	         same_str(a->name_from, b->name_from) &&
	         same_str(a->source_unit, b->source_unit) && same_amount(&a->budget, &b->budget) &&
	         same_amount(&a->fiscal, &b->fiscal) && same_amount(&a->other, &b->other) &&
	         a->absent == b->absent &&
	         same_str(a->purpose, b->purpose) && same_str(a->schedule_unit, b->schedule_unit) &&
	         !a->goals == !b->goals && a->ngoals == b->ngoals;
	for (int i = 0; ok && i < PB_NCHECK; i++)
		ok = same_amount(&a->schedule[i], &b->schedule[i]) &&
		     same_amount(&a->spend[i], &b->spend[i]) && a->have_plan_col[i] == b->have_plan_col[i];
	for (size_t i = 0; ok && i < a->ngoals; i++)
		ok = same_str(a->goals[i], b->goals[i]);
	return ok;
}

/* s is read by the fast reader (1) and agrees with json-c; a copy of the
 * fast result is left in *out when out is set */
static void fast_agrees(const char *s, pb_project *out)
{
	size_t n;
	char *c = copy(s, &n);
	pb_project a, b;
	const char *msg = "unset";

	int fr = pb_ndfast_project(c, n, "in.ndjson", 5, &a);
	if (fr != 1)
		fprintf(stderr, "test_ndfast: fast reader refused: %s\n", s);
	CHECK(fr == 1);
	CHECK(pb_json_project(c, n, "in.ndjson", 5, &b, &msg) == 1);
	CHECK(msg == NULL);
	if (fr == 1) {
		int same = same_project(&a, &b);
		if (!same)
			fprintf(stderr, "test_ndfast: readers disagree: %s\n", s);
		CHECK(same);
		if (out)
			*out = a;
		else
			pb_project_free(&a);
	}
	pb_project_free(&b);
	free(c);
}

/* s is left to json-c */
static void fast_refuses(const char *s)
{
	size_t n;
	char *c = copy(s, &n);
	pb_project a;

	int fr = pb_ndfast_project(c, n, "in.ndjson", 5, &a);
	if (fr != 0)
		fprintf(stderr, "test_ndfast: fast reader took: %s\n", s);
	CHECK(fr == 0);
	CHECK(a.own_file == NULL && a.goals == NULL && a.dept == NULL);
	free(c);
}

static int is_type(const char *s, const char *type)
{
	size_t n;
	char *c = copy(s, &n);
	int r = pb_ndfast_is_type(c, n, type);
	free(c);
	return r;
}

static const char pbtable_line[] =
	"{\"type\":\"project\",\"file\":\"/c/f0001-utf8.txt\",\"doc\":1,\"line\":50,"
	"\"end_line\":70,\"seq\":1,\"dept\":\"北塘区医疗保障局\",\"dept_code\":\"118483\","
	"\"year\":2022,\"code\":\"13070522P000000000001\",\"name\":\"应急物资储备经费\","
	"\"source_unit\":\"万元\",\"budget\":840.25,\"fiscal\":840,\"other\":null,"
	"\"purpose\":\"购置和维护应急救灾物资\",\"schedule_unit\":\"%\","
	"\"schedule\":{\"03\":10,\"06\":40,\"10\":80,\"12\":null},"
	"\"spend\":{\"03\":84.025,\"06\":336.1,\"10\":672.2,\"12\":null},"
	"\"goals\":[\"储备帐篷、折叠床等救灾物资\",\"定期检查维护储备物资\"],\"indicators\":6,"
	"\"title\":\"应急物资储备经费绩效目标表\",\"unparsed\":0,\"code_line\":56,"
	"\"budget_line\":57,\"plan_line\":60,\"goals_line\":61}";

static void test_pbtable_shape(void)
{
	pb_project p;

	memset(&p, 0, sizeof p);
	fast_agrees(pbtable_line, &p);
	CHECK_STR(p.file, "/c/f0001-utf8.txt");
	CHECK_STR(p.dept, "北塘区医疗保障局");
	CHECK(p.doc == 1 && p.line == 50 && p.end_line == 70 && p.seq == 1 && p.year == 2022);
	CHECK(p.budget.set && p.budget.v.units == 84025 && p.budget.v.scale == 2);
	CHECK(p.fiscal.set && p.fiscal.v.units == 840 && p.fiscal.v.scale == 0);
	CHECK(!p.other.set);
	CHECK(p.schedule[0].set && p.schedule[0].v.units == 10 && !p.schedule[3].set);
	CHECK(p.have_plan_col[0] && p.have_plan_col[3]);
	CHECK(p.spend[0].set && p.spend[0].v.units == 84025 && p.spend[0].v.scale == 3);
	CHECK(p.ngoals == 2);
	CHECK_STR(p.ngoals == 2 ? p.goals[1] : NULL, "定期检查维护储备物资");
	CHECK(p.code_line == 56 && p.budget_line == 57 && p.plan_line == 60 && p.goals_line == 61);
	CHECK(p.absent == 0);
	pb_project_free(&p);
}

/* a money key missing is told from one given as null, alike by both
 * readers (fast_agrees compares absent): pb_source says it once */
static void test_absent(void)
{
	static const struct {
		const char *line;
		unsigned absent;
	} cases[] = {
		{ "{\"type\":\"project\",\"budget\":null,\"fiscal\":null,\"other\":null,\"spend\":null}", 0 },
		{ "{\"type\":\"project\",\"budget\":1}",
		  PB_ABSENT_FISCAL | PB_ABSENT_OTHER | PB_ABSENT_SPEND },
		{ "{\"type\":\"project\",\"fiscal\":1,\"other\":2,\"spend\":{}}", PB_ABSENT_BUDGET },
		{ "{\"type\":\"project\"}",
		  PB_ABSENT_BUDGET | PB_ABSENT_FISCAL | PB_ABSENT_OTHER | PB_ABSENT_SPEND },
		/* "schedule" is no "spend" */
		{ "{\"type\":\"project\",\"budget\":1,\"fiscal\":1,\"other\":0,\"schedule\":null}",
		  PB_ABSENT_SPEND },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		pb_project p;
		memset(&p, 0, sizeof p);
		fast_agrees(cases[i].line, &p);
		CHECK(p.absent == cases[i].absent);
		pb_project_free(&p);
	}
}

/* shapes pbtable does not write, still read alike */
static void test_agree(void)
{
	static const char *const lines[] = {
		"{\"type\":\"project\"}",
		"{\"type\":\"project\",\"budget\":1}  \t",
		"{\"dept\":\"后置\",\"budget\":3,\"type\":\"project\"}",
		"{\"type\":\"project\",\"dept\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u4e2d\\u0041\"}",
		"{\"type\":\"project\",\"file\":\"\",\"dept\":null,\"name\":null,\"code\":\"x\"}",
		"{\"type\":\"project\",\"doc\":null,\"line\":-5,\"year\":2024,\"end_line\":9}",
		"{\"type\":\"project\",\"schedule\":null,\"spend\":null,\"goals\":null}",
		"{\"type\":\"project\",\"goals\":[\"a\",\"\\u4e2d\",\"b\"]}",
		"{\"type\":\"project\",\"budget\":-0.0,\"fiscal\":0.000000000000000001,\"other\":-12.5}",
		"{\"type\":\"project\",\"budget\":123456789012345678,\"seq\":2147483647}",
		"{\"type\":\"project\",\"line\":123456789012345678,\"doc\":-2147483648}",
		"{\"type\":\"project\",\"goals\":[],\"schedule\":{},\"spend\":{}}",
		"{\"type\":\"project\",\"indicators\":6,\"unparsed\":{\"type\":\"x\",\"budget\":\"y\"}}",
		"{\"type\":\"project\",\"dept\":\"\xff\xfe\x7f\"}",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		fast_agrees(lines[i], NULL);
}

/* everything outside the subset, or worth a diagnostic, goes to json-c */
static void test_refuse(void)
{
	static const char *const lines[] = {
		"",
		"{",
		"[]",
		"{}",
		"{\"type\":\"projects\"}",
		"{\"type\":\"indicator\"}",
		"{\"type\":1}",
		"{\"type\":\"proj\\u0065ct\"}",
		"{\"budget\":1}",
		/* repeated keys: json-c keeps the last */
		"{\"type\":\"project\",\"budget\":1,\"budget\":2}",
		"{\"type\":\"project\",\"type\":\"project\"}",
		"{\"type\":\"project\",\"spend\":{\"03\":1,\"03\":2}}",
		/* a key pbtable does not write, a fifth checkpoint, a key
		 * given twice that the reader does not read */
		"{\"type\":\"project\" , \"budget\" : 1 , \"x\" : [ 1 , { \"y\" : [ [ [ ] ] ] } ] }",
		"{\"type\":\"project\",\"schedule\":{\"03\":10,\"06\":null,\"03x\":\"x\"}}",
		"{\"type\":\"project\",\"unparsed\":1,\"unparsed\":2}",
		/* escaped keys */
		"{\"type\":\"project\",\"\\u0062udget\":2}",
		"{\"type\":\"project\",\"schedule\":{\"\\u00303\":1}}",
		/* numbers json-c reads its own way */
		"{\"type\":\"project\",\"budget\":1e2}",
		"{\"type\":\"project\",\"x\":1E2}",
		"{\"type\":\"project\",\"budget\":-0}",
		"{\"type\":\"project\",\"seq\":1234567890123456789}",
		"{\"type\":\"project\",\"schedule\":{\"03\":99999999999999999999999}}",
		"{\"type\":\"project\",\"x\":01}",
		"{\"type\":\"project\",\"x\":1.}",
		"{\"type\":\"project\",\"x\":.5}",
		"{\"type\":\"project\",\"x\":+1}",
		"{\"type\":\"project\",\"x\":-}",
		/* amounts that deserve a diagnostic */
		"{\"type\":\"project\",\"budget\":\"1\"}",
		"{\"type\":\"project\",\"fiscal\":true}",
		"{\"type\":\"project\",\"other\":[1]}",
		"{\"type\":\"project\",\"budget\":1234567890123456.7891}",
		"{\"type\":\"project\",\"year\":4294969320}",
		"{\"type\":\"project\",\"doc\":-2147483649}",
		"{\"type\":\"project\",\"seq\":2147483648}",
		/* plan checkpoints (and plans) that deserve a diagnostic */
		"{\"type\":\"project\",\"schedule\":{\"03\":10,\"06\":\"x\",\"10\":null,\"03x\":1}}",
		"{\"type\":\"project\",\"schedule\":{\"03\":0.0000000000000000001}}",
		"{\"type\":\"project\",\"spend\":{\"12\":true}}",
		"{\"type\":\"project\",\"spend\":{\"12\":[1]}}",
		"{\"type\":\"project\",\"schedule\":[1,2],\"spend\":null,\"goals\":\"a\"}",
		"{\"type\":\"project\",\"spend\":5}",
		/* strings */
		"{\"type\":\"project\",\"code\":\"\\u0000x\"}",
		"{\"type\":\"project\",\"name\":\"\\ud83d\\ude00\"}",
		"{\"type\":\"project\",\"name\":\"\\x\"}",
		"{\"type\":\"project\",\"name\":\"\\u12\"}",
		"{\"type\":\"project\",\"dept\":\"a\tb\"}",
		"{\"type\":\"project\",\"dept\":\"abc",
		"{\"type\":\"project\",\"dept\":'a'}",
		/* structure */
		"{\"type\":\"project\",\"budget\":1} x",
		"{\"type\":\"project\",\"budget\":1}{\"type\":\"project\",\"budget\":2}",
		"{\"type\":\"project\",\"budget\":1,}",
		"{\"type\":\"project\",\"goals\":[\"a\",]}",
		"{\"type\":\"project\",\"goals\":[\"a\"",
		"{\"type\":\"project\",\"x\":tru}",
		"{\"type\":\"project\",\"x\":nul}",
		"{\"type\":\"project\",\"x\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}",
		" {\"type\":\"project\"}",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		fast_refuses(lines[i]);
}

/* a key read, of the wrong type: json-c reading says so, never "absent" */
/* what json-c reading says of a record the fast reader leaves to it:
 * a key twice, a fifth checkpoint (a bad record, not read short) */
static void test_bad_shapes(void)
{
	static const struct {
		const char *line, *msg;
	} cases[] = {
		{ "{\"type\":\"project\",\"budget\":5,\"budget\":7}",
		  "the key \"budget\" is given twice in one object (which one holds is not known)" },
		{ "{\"type\":\"project\",\"spend\":{\"03\":1,\"06\":2,\"03\":3}}",
		  "the key \"03\" is given twice in one object (which one holds is not known)" },
		{ "{\"type\":\"project\",\"x\":{\"a\":1},\"y\":{\"a\":2,\"b\":[{\"c\":1,\"c\":2}]}}",
		  "the key \"c\" is given twice in one object (which one holds is not known)" },
		{ "{\"type\":\"project\",\"a\":1,\"\\u0061\":2}",
		  "a key is given twice in one object (which one holds is not known)" },
		{ "{\"type\":\"project\",\"spend\":{\"03\":1,\"15\":9}}",
		  "project record has a schedule or spend key other than 03, 06, 10 and 12" },
		/* the same name in two objects is no repeat */
		{ "{\"type\":\"project\",\"x\":{\"a\":1},\"y\":{\"a\":2,\"s\":\"a:b\\\":\"}}", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t n;
		char *c = copy(cases[i].line, &n);
		pb_project p;
		const char *msg = "unset";
		CHECK(pb_json_project(c, n, "in.ndjson", 5, &p, &msg) == 1);
		if (cases[i].msg ? !msg || strcmp(msg, cases[i].msg) : msg != NULL)
			fprintf(stderr, "test_ndfast: %s: %s\n", cases[i].line, msg ? msg : "(none)");
		CHECK(cases[i].msg ? msg && !strcmp(msg, cases[i].msg) : msg == NULL);
		pb_project_free(&p);
		free(c);
	}
}

static void test_mistyped(void)
{
	static const char *const lines[] = {
		"{\"type\":\"project\",\"file\":\"\",\"dept\":null,\"name\":1,\"code\":\"x\"}",
		"{\"type\":\"project\",\"code\":[\"x\"]}",
		"{\"type\":\"project\",\"doc\":1.0}",
		"{\"type\":\"project\",\"year\":\"2024\"}",
		"{\"type\":\"project\",\"end_line\":\"9\"}",
		"{\"type\":\"project\",\"indicators\":true}",
		"{\"type\":\"project\",\"schedule\":null,\"spend\":null,\"goals\":\"a\"}",
		"{\"type\":\"project\",\"goals\":{}}",
		"{\"type\":\"project\",\"dept\":\"甲\",\"goals\":[\"a\",1]}",
		"{\"type\":\"project\",\"goals\":[\"a\",null]}",
		"{\"type\":\"project\",\"goals\":[\"a\",{\"a\":[]},\"b\"]}",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
		size_t n;
		char *c = copy(lines[i], &n);
		pb_project b;
		const char *msg = NULL;

		fast_refuses(lines[i]);
		CHECK(pb_json_project(c, n, "in.ndjson", 5, &b, &msg) == 1);
		CHECK(msg != NULL && strstr(msg, "is not a") != NULL);
		pb_project_free(&b);
		free(c);
	}
}

static void test_is_type(void)
{
	static const char ind[] =
		"{\"type\":\"indicator\",\"file\":\"a.txt\",\"doc\":1,\"line\":63,\"seq\":1,"
		"\"level1\":\"产出指标\",\"value\":\"≥200顶\",\"op\":\">=\",\"num\":200,\"unit\":\"顶\","
		"\"kind\":\"number\",\"nested\":{\"type\":\"x\"},\"value_line\":63}";

	CHECK(is_type(ind, "indicator") == 1);
	CHECK(is_type(ind, "project") == 0);
	CHECK(is_type("{\"type\":\"indicator\"}", "indicator") == 1);
	CHECK(is_type("{\"type\":\"indicator\"} ", "indicator") == 1);
	CHECK(is_type("{\"type\":\"indicators\"}", "indicator") == 0);
	CHECK(is_type("{\"type\":\"indicator\",\"type\":\"project\"}", "indicator") == 0);
	CHECK(is_type("{\"type\":\"indicator\",\"\\u0074ype\":\"project\"}", "indicator") == 0);
	CHECK(is_type("{\"file\":\"a\",\"type\":\"indicator\"}", "indicator") == 0);
	/* damaged lines: json-c must see them, to report them */
	CHECK(is_type("{\"type\":\"indicator\",\"value\":\"≥20", "indicator") == 0);
	CHECK(is_type("{\"type\":\"indicator\",\"num\":1e5}", "indicator") == 0);
	CHECK(is_type("{\"type\":\"indicator\",\"a\":1}{\"type\":\"project\",\"budget\":9}",
	              "indicator") == 0);
	CHECK(is_type("{\"type\":\"indicator\",\"a\":1,\"va{\"type\":\"project\"}", "indicator") == 0);
}

void test_ndfast(void);

void test_ndfast(void)
{
	test_pbtable_shape();
	test_absent();
	test_agree();
	test_refuse();
	test_mistyped();
	test_bad_shapes();
	test_is_type();
}
