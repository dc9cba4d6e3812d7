/*
 * fuzz_table.c - pb_table_parse on the data as one project_table block.
 *
 * The data is cut to its longest valid UTF-8 prefix (block texts come
 * from the decoder, which only hands out valid UTF-8).  The table context
 * (year, unit line) comes from the length.  Checked:
 *  - parse succeeds; file/doc/seq/line come from the context, end_line is
 *    the block's last line; year is the context's or the code's;
 *  - every string of the project, its goals, indicators and unparsed
 *    regions is valid UTF-8; source_unit is 万元 or 元, schedule_unit % or
 *    万元; amounts have a scale in 0..18;
 *  - indicators and unparsed regions lie within the block's lines; an
 *    indicator's parsed value is what pb_value_parse makes of its value;
 *  - the NDJSON of pb_write_project_ndjson: valid UTF-8, no raw control
 *    character, one record per line, each strict JSON for json-c; the
 *    project record then p->nind indicator records then p->nunp unparsed
 *    records, with counts that say so; strings read back equal the
 *    project's; an indicator's num is exactly the number written in its
 *    value, commas and leading zeros dropped, however long;
 *  - the TSV rows have as many fields as their header;
 *  - parsing again gives the same NDJSON, written by the writer that
 *    does not check UTF-8 (pb_write_decoded_ndjson) too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json.h>

#include "buf.h"
#include "money.h"
#include "records.h"
#include "table.h"
#include "utf8.h"
#include "value.h"
#include "common.h"

#define FIRST_LINE 7

static void check_utf8(const char *s)
{
	if (s)
		CHECK(pb_utf8_valid(s, strlen(s), NULL) == strlen(s));
}

static void check_amount(const pb_amount *a)
{
	CHECK(a->set == 0 || a->set == 1);
	if (a->set)
		CHECK(a->v.scale >= 0 && a->v.scale <= PB_MONEY_MAX_SCALE);
}

static int same_value(const pb_value *a, const pb_value *b)
{
	return a->kind == b->kind && a->op == b->op && a->num_off == b->num_off &&
	       a->num_len == b->num_len && a->unit_off == b->unit_off &&
	       a->unit_len == b->unit_len && a->unit_norm == b->unit_norm &&
	       a->year == b->year && a->month == b->month && a->day == b->day &&
	       a->period_end == b->period_end && a->rest_off == b->rest_off &&
	       a->rest_len == b->rest_len && a->partial == b->partial &&
	       a->bad_off == b->bad_off;
}

/* lines of the block as pb_table_parse counts them: in a block with an
 * LF, a lone CR is in its line */
static long count_lines(const char *s, size_t n)
{
	long c = 0;
	int lf = memchr(s, '\n', n) != NULL;
	for (size_t i = 0; i < n; c++) {
		while (i < n && s[i] != '\n' &&
		       !(s[i] == '\r' && (!lf || (i + 1 < n && s[i + 1] == '\n'))))
			i++;
		if (i < n && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		i++;
	}
	return c;
}

static void check_project(const pb_project *p, const pb_table_ctx *ctx, const char *s,
                          size_t n)
{
	long nl = count_lines(s, n);

	CHECK(!p->oom);
	CHECK(p->file == ctx->file);
	CHECK(p->doc == ctx->doc && p->seq == ctx->seq);
	CHECK(p->line == FIRST_LINE);
	CHECK(p->end_line == (nl ? FIRST_LINE + nl - 1 : FIRST_LINE));
	CHECK(p->year == (ctx->doc_year ? ctx->doc_year : pb_code_year(p->code)));
	check_utf8(p->title);
	check_utf8(p->dept);
	check_utf8(p->dept_code);
	check_utf8(p->code);
	check_utf8(p->name);
	check_utf8(p->source_unit);
	check_utf8(p->purpose);
	check_utf8(p->schedule_unit);
	if (p->source_unit)
		CHECK(!strcmp(p->source_unit, "万元") || !strcmp(p->source_unit, "元"));
	if (p->schedule_unit)
		CHECK(!strcmp(p->schedule_unit, "%") || !strcmp(p->schedule_unit, "万元"));
	check_amount(&p->budget);
	check_amount(&p->fiscal);
	check_amount(&p->other);
	for (int i = 0; i < PB_NCHECK; i++) {
		check_amount(&p->schedule[i]);
		check_amount(&p->spend[i]);
	}
	CHECK(p->ngoals == 0 || p->goals);
	for (size_t i = 0; i < p->ngoals; i++) {
		CHECK(p->goals[i]);
		check_utf8(p->goals[i]);
	}
	CHECK(p->nind == 0 || p->ind);
	for (size_t i = 0; i < p->nind; i++) {
		const pb_indicator *in = &p->ind[i];
		pb_value v;
		CHECK(in->line >= p->line && in->line <= p->end_line);
		check_utf8(in->level1);
		check_utf8(in->level2);
		check_utf8(in->level3);
		check_utf8(in->description);
		check_utf8(in->value);
		check_utf8(in->basis);
		pb_value_parse(in->value ? in->value : "", in->value ? strlen(in->value) : 0, &v);
		CHECK(same_value(&v, &in->parsed));
	}
	CHECK(p->nunp == 0 || p->unp);
	for (size_t i = 0; i < p->nunp; i++) {
		const pb_unparsed *u = &p->unp[i];
		CHECK(u->line >= p->line && u->line <= u->end_line && u->end_line <= p->end_line);
		CHECK(u->reason && *u->reason);
		check_utf8(u->reason);
		check_utf8(u->text);
	}
}

/* ---- the NDJSON ---- */

static json_object *get(json_object *o, const char *key)
{
	json_object *v = NULL;
	CHECK(json_object_object_get_ex(o, key, &v));
	return v;
}

static void check_str(json_object *o, const char *key, const char *want)
{
	json_object *v = get(o, key);
	if (!want) {
		CHECK(v == NULL);
		return;
	}
	CHECK(json_object_is_type(v, json_type_string));
	CHECK((size_t)json_object_get_string_len(v) == strlen(want));
	CHECK(!strcmp(json_object_get_string(v), want));
}

static void check_int(json_object *o, const char *key, long long want)
{
	json_object *v = get(o, key);
	CHECK(json_object_is_type(v, json_type_int));
	CHECK(json_object_get_int64(v) == want);
}

static void check_type(json_object *o, const char *type)
{
	check_str(o, "type", type);
}

static void check_ndjson(const pb_buf *b, const pb_project *p)
{
	json_tokener *tok = json_tokener_new();
	size_t pos = 0, rec = 0;

	CHECK(tok);
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	CHECK(pb_utf8_valid(b->ptr, b->len, NULL) == b->len);
	CHECK(b->len > 0 && b->ptr[b->len - 1] == '\n');
	while (pos < b->len) {
		const char *nl = memchr(b->ptr + pos, '\n', b->len - pos);
		size_t len = (size_t)(nl - (b->ptr + pos));
		for (size_t i = 0; i < len; i++)
			CHECK((unsigned char)b->ptr[pos + i] >= 0x20);
		json_tokener_reset(tok);
		json_object *o = json_tokener_parse_ex(tok, b->ptr + pos, (int)len);
		if (!o && json_tokener_get_error(tok) == json_tokener_continue)
			o = json_tokener_parse_ex(tok, "", 1); /* end of input */
		CHECK(o != NULL);
		CHECK(json_tokener_get_error(tok) == json_tokener_success);
		CHECK(json_tokener_get_parse_end(tok) == len);
		CHECK(json_object_is_type(o, json_type_object));
		if (rec == 0) {
			check_type(o, "project");
			check_int(o, "indicators", (long long)p->nind);
			check_int(o, "unparsed", (long long)p->nunp);
			check_int(o, "line", p->line);
			check_int(o, "end_line", p->end_line);
			check_str(o, "file", p->file);
			check_str(o, "code", p->code);
			check_str(o, "name", p->name);
			check_str(o, "title", p->title);
			check_str(o, "dept", p->dept);
			check_str(o, "dept_code", p->dept_code);
			check_str(o, "purpose", p->purpose);
			json_object *g = get(o, "goals");
			CHECK(json_object_is_type(g, json_type_array));
			CHECK(json_object_array_length(g) == p->ngoals);
			for (size_t i = 0; i < p->ngoals; i++) {
				json_object *e = json_object_array_get_idx(g, i);
				CHECK(json_object_is_type(e, json_type_string));
				CHECK(!strcmp(json_object_get_string(e), p->goals[i]));
			}
		} else if (rec <= p->nind) {
			const pb_indicator *in = &p->ind[rec - 1];
			check_type(o, "indicator");
			check_int(o, "seq", (long long)rec);
			check_int(o, "line", in->line);
			check_str(o, "level1", in->level1);
			check_str(o, "level2", in->level2);
			check_str(o, "level3", in->level3);
			check_str(o, "description", in->description);
			check_str(o, "value", in->value);
			check_str(o, "basis", in->basis);
			check_str(o, "kind", pb_value_kind_name(in->parsed.kind));
			check_num_text(b->ptr + pos, len, in->value, &in->parsed);
		} else {
			const pb_unparsed *u = &p->unp[rec - 1 - p->nind];
			CHECK(rec <= p->nind + p->nunp);
			check_type(o, "unparsed");
			check_int(o, "line", u->line);
			check_int(o, "end_line", u->end_line);
			check_str(o, "reason", u->reason);
			check_str(o, "text", u->text);
		}
		json_object_put(o);
		rec++;
		pos += len + 1;
	}
	CHECK(rec == 1 + p->nind + p->nunp);
	json_tokener_free(tok);
}

/* ---- TSV ---- */

static size_t count_char(const char *s, size_t n, char c)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i] == c;
	return k;
}

static void check_tsv(const pb_buf *b, size_t rows, size_t tabs)
{
	CHECK(count_char(b->ptr, b->len, '\n') == rows);
	CHECK(rows == 0 || b->ptr[b->len - 1] == '\n');
	CHECK(count_char(b->ptr, b->len, '\r') == 0);
	CHECK(count_char(b->ptr, b->len, '\t') == rows * tabs);
	for (size_t pos = 0; pos < b->len;) {
		const char *nl = memchr(b->ptr + pos, '\n', b->len - pos);
		size_t len = (size_t)(nl - (b->ptr + pos));
		CHECK(count_char(b->ptr + pos, len, '\t') == tabs);
		pos += len + 1;
	}
	CHECK(pb_utf8_valid(b->ptr, b->len, NULL) == b->len);
}

static void tsv(const pb_project *p)
{
	pb_buf h = PB_BUF_INIT, b = PB_BUF_INIT;

	CHECK(pb_write_project_tsv_header(&h) == 0);
	CHECK(pb_write_project_tsv(&b, p) == 0);
	check_tsv(&b, 1, count_char(h.ptr, h.len, '\t'));
	pb_buf_reset(&h);
	pb_buf_reset(&b);
	CHECK(pb_write_indicator_tsv_header(&h) == 0);
	CHECK(pb_write_indicator_tsv(&b, p) == 0);
	check_tsv(&b, p->nind, count_char(h.ptr, h.len, '\t'));
	pb_buf_free(&h);
	pb_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t n = pb_utf8_valid(s, size, NULL);
	pb_table_ctx ctx = { "fuzz.txt", 2, 3, 0, NULL, NULL, NULL };
	pb_project p, again;
	pb_buf out = PB_BUF_INIT, out2 = PB_BUF_INIT;

	if (size % 2) { /* a filing with a year and a unit line */
		ctx.doc_year = 2024;
		ctx.doc_dept = "测试单位";
		ctx.doc_dept_code = "110001";
	}
	if (size % 3 == 1) /* a unit stated once for the part */
		ctx.part_unit = size % 2 ? "元" : "万元";
	CHECK(pb_table_parse(&ctx, s, n, FIRST_LINE, &p) == 0);
	check_project(&p, &ctx, s, n);
	CHECK(pb_write_project_ndjson(&out, &p) == 0);
	check_ndjson(&out, &p);
	tsv(&p);

	/* again, through the writer that trusts the strings to be valid
	 * UTF-8 (pbtable's, for a table parsed from decoded text), with
	 * the buffers and the room of projects given back kept from the
	 * inputs before, as pbtable keeps them from table to table */
	static pb_table_work *w;
	if (!w)
		w = pb_table_work_new();
	CHECK(w != NULL);
	CHECK(pb_table_parse_work(w, &ctx, s, n, FIRST_LINE, &again) == 0);
	CHECK(pb_write_decoded_ndjson(&out2, &again) == 0);
	CHECK(out.len == out2.len && !memcmp(out.ptr, out2.ptr, out.len));

	pb_project_free(&p);
	pb_table_work_recycle(w, &again);
	pb_buf_free(&out);
	pb_buf_free(&out2);
	return 0;
}
