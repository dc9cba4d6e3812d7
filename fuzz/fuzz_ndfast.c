/*
 * fuzz_ndfast.c - lib/ndfast.c, the reader that spares pb_source json-c
 * on pbtable's own records, against json-c.
 *
 * The data is cut into lines as pb_input cuts them.  Each line, and the
 * line as the value of a key inside a project record (so that nested
 * values of every kind reach the reader), is read by both readers:
 *  - pb_ndfast_project: when it reads the line, json-c reads the same
 *    project from it (pb_json_project) with no diagnostic, and the two
 *    projects are equal field by field (strings, numbers, every amount's
 *    units and scale, checkpoints, goals, and `absent`: which money keys
 *    the record lacked, the warning pbsum says once per input and key);
 *  - when it does not, it leaves nothing allocated (leaks show);
 *  - pb_ndfast_is_type: when it says a line is a record of a type, json-c
 *    parses the line to an object whose "type" is that string.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json.h>

#include "ndfast.h"
#include "source.h"
#include "table.h"
#include "common.h"

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static int same_amount(const pb_amount *a, const pb_amount *b)
{
	return a->set == b->set && a->v.units == b->v.units && a->v.scale == b->v.scale;
}

static void same_project(const pb_project *a, const pb_project *b)
{
	CHECK(same_str(a->file, b->file));
	CHECK(same_str(a->own_file, b->own_file));
	CHECK(a->doc == b->doc);
	CHECK(a->line == b->line && a->end_line == b->end_line);
	CHECK(a->seq == b->seq);
	CHECK(a->code_line == b->code_line && a->budget_line == b->budget_line);
	CHECK(a->plan_line == b->plan_line && a->goals_line == b->goals_line);
	CHECK(same_str(a->title, b->title));
	CHECK(same_str(a->dept, b->dept) && same_str(a->dept_code, b->dept_code));
	CHECK(a->year == b->year);
	CHECK(a->said_ind == b->said_ind);
	CHECK(same_str(a->code, b->code) && same_str(a->name, b->name) &&
	      same_str(a->name_from, b->name_from));
	CHECK(same_str(a->source_unit, b->source_unit));
	CHECK(same_amount(&a->budget, &b->budget));
	CHECK(same_amount(&a->fiscal, &b->fiscal));
	CHECK(same_amount(&a->other, &b->other));
	CHECK(a->absent == b->absent);
	CHECK(same_str(a->purpose, b->purpose));
	CHECK(same_str(a->schedule_unit, b->schedule_unit));
	for (int i = 0; i < PB_NCHECK; i++) {
		CHECK(same_amount(&a->schedule[i], &b->schedule[i]));
		CHECK(same_amount(&a->spend[i], &b->spend[i]));
		CHECK(a->have_plan_col[i] == b->have_plan_col[i]);
	}
	CHECK(!a->goals == !b->goals);
	CHECK(a->ngoals == b->ngoals);
	for (size_t i = 0; i < a->ngoals; i++)
		CHECK(same_str(a->goals[i], b->goals[i]));
	CHECK(a->nind == 0 && b->nind == 0 && a->nunp == 0 && b->nunp == 0);
	CHECK(a->oom == b->oom);
}

static void check_type(const char *s, size_t n, const char *type)
{
	if (pb_ndfast_is_type(s, n, type) != 1)
		return;
	json_tokener *tok = json_tokener_new();
	CHECK(tok);
	/* strict, as source.c reads records: a line passed over unparsed
	 * must be one json-c would have taken */
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS);
	json_object *o = json_tokener_parse_ex(tok, s, (int)n), *t;
	CHECK(o && json_tokener_get_error(tok) == json_tokener_success);
	CHECK(json_object_is_type(o, json_type_object));
	CHECK(json_object_object_get_ex(o, "type", &t) && json_object_is_type(t, json_type_string));
	CHECK(!strcmp(json_object_get_string(t), type));
	json_object_put(o);
	json_tokener_free(tok);
}

static void check_line(const char *s, size_t n)
{
	pb_project a, b;
	const char *msg;

	if (n > 1u << 20)
		return;
	int fast = pb_ndfast_project(s, n, "in.ndjson", 7, &a);
	CHECK(fast == 0 || fast == 1);
	if (fast == 1) {
		CHECK(pb_json_project(s, n, "in.ndjson", 7, &b, &msg) == 1);
		CHECK(msg == NULL);
		same_project(&a, &b);
		pb_project_free(&a);
		pb_project_free(&b);
	}
	check_type(s, n, "indicator");
	check_type(s, n, "project");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char pre[] = "{\"type\":\"project\",\"budget\":1,\"x\":";
	const char *s = (const char *)data;
	size_t textlen;
	int lf = 0;

	for (size_t pos = 0; pos < size;) {
		size_t len = next_line(s + pos, size - pos, &textlen, &lf);
		check_line(s + pos, textlen);
		/* the line as a nested value */
		char *w = malloc(sizeof pre + textlen + 1);
		CHECK(w);
		memcpy(w, pre, sizeof pre - 1);
		memcpy(w + sizeof pre - 1, s + pos, textlen);
		w[sizeof pre - 1 + textlen] = '}';
		check_line(w, sizeof pre + textlen);
		free(w);
		pos += len;
	}
	return 0;
}
