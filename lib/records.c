#include "records.h"

#include <stdio.h>
#include <string.h>

#include "jsonw.h"

const char *pb_amount_text(const pb_amount *a, char *out, size_t cap)
{
	if (!a->set || pb_money_format(a->v, -1, out, cap) < 0)
		return "null";
	return out;
}

/*
 * The number of a value as written is exact JSON once its separators and
 * leading zeros are gone: no conversion, no size limit.  Appended in
 * place (through a buffer of its own it cost three times as much in the
 * indicator records); -1 on out of memory.
 */
static int num_add(pb_buf *b, const char *value, const pb_value *v)
{
	if (b->cap - b->len <= v->num_len && pb_buf_grow(b, v->num_len) < 0)
		return -1;
	char *o = b->ptr + b->len;
	size_t n = pb_value_num(v, value, o), z = 0;
	while (z + 1 < n && o[z] == '0' && o[z + 1] != '.')
		z++;
	if (z)
		memmove(o, o + z, n - z);
	b->len += n - z;
	b->ptr[b->len] = '\0';
	return 0;
}

static void num_field(pb_jw *w, const char *value, const pb_value *v)
{
	PB_JW_NEXT(w, "num");
	if (num_add(w->b, value, v) < 0)
		w->err = -1;
}

/* the amount formatted straight into the buffer (room for the longest) */
static void amount_v(pb_jw *w, const pb_amount *a)
{
	pb_buf *b = w->b;
	int n;
	if (b->cap - b->len <= PB_MONEY_FMT_CAP && pb_buf_grow(b, PB_MONEY_FMT_CAP) < 0) {
		w->err = -1;
		return;
	}
	if (!a->set || (n = pb_money_format(a->v, -1, b->ptr + b->len, PB_MONEY_FMT_CAP)) < 0) {
		memcpy(b->ptr + b->len, "null", 5);
		n = 4;
	}
	b->len += (size_t)n;
}

#define amount(w, key, a) (PB_JW_NEXT(w, key), amount_v(w, a))

/* The value of a checkpoint object, its name written.  The names are
 * pb_check_names, written as literals so that their length is known
 * (strlen and memcpy calls were a third of this). */
_Static_assert(PB_NCHECK == 4, "checkpoints writes pb_check_names as literals");

static void checkpoints(pb_jw *w, const pb_amount *a)
{
	pb_jw o;
	pb_jw_begin(&o, w->b, NULL);
	pb_jw_key(&o, "03");
	amount_v(&o, &a[0]);
	amount(&o, "06", &a[1]);
	amount(&o, "10", &a[2]);
	amount(&o, "12", &a[3]);
	w->err |= o.err | pb_buf_addc(w->b, '}');
}

static void common(pb_jw *w, const pb_project *p)
{
	PB_JW_STR(w, "file", p->file);
	PB_JW_INT(w, "doc", p->doc);
}

/* n's last `width` digits at o */
static char *digits(char *o, int n, int width)
{
	for (int i = width - 1; i >= 0; i--, n /= 10)
		o[i] = (char)('0' + n % 10);
	return o + width;
}

/* The date as %04d-%02d-%02d writes it, less the parts that are 0; by
 * hand for the values a date has (snprintf cost a thousand instructions
 * a date).  A date that names no year is ISO 8601's --MM or --MM-DD. */
static void date_text(char *d, size_t cap, const pb_value *v)
{
	if (!v->year && v->month > 0 && v->month <= 12 && v->day >= 0 && v->day <= 31) {
		if (v->day)
			snprintf(d, cap, "--%02d-%02d", v->month, v->day);
		else
			snprintf(d, cap, "--%02d", v->month);
		return;
	}
	if (v->year < 0 || v->year > 9999 || v->month < 0 || v->month > 99 || v->day < 0 ||
	    v->day > 99) {
		if (v->day)
			snprintf(d, cap, "%04d-%02d-%02d", v->year, v->month, v->day);
		else if (v->month)
			snprintf(d, cap, "%04d-%02d", v->year, v->month);
		else
			snprintf(d, cap, "%04d", v->year);
		return;
	}
	char *o = digits(d, v->year, 4);
	if (v->month || v->day) {
		*o++ = '-';
		o = digits(o, v->month, 2);
	}
	if (v->day) {
		*o++ = '-';
		o = digits(o, v->day, 2);
	}
	*o = '\0';
}

/* Append b's own bytes [at, at + n), already written. */
static int copy_within(pb_buf *b, size_t at, size_t n)
{
	if (b->cap - b->len <= n && pb_buf_grow(b, n) < 0)
		return -1;
	memcpy(b->ptr + b->len, b->ptr + at, n);
	b->len += n;
	b->ptr[b->len] = '\0';
	return 0;
}

/* a string the parser made from the text: valid UTF-8 when the text was */
#define TEXT_STR(w, name, s) (PB_JW_NEXT(w, name), strv((w), (s)))

/*
 * valid: every string but file, the filing's dept and dept_code and the
 * unparsed records' is known to be valid UTF-8 (the table parser keeps
 * decoded text so, which fuzz_table checks for every string it makes),
 * and is quoted without checking it again.  Checking was 7 M of
 * pbtable's 390 M instructions on three corpus files.
 */
static int project_ndjson(pb_buf *b, const pb_project *p, int valid)
{
	void (*strv)(pb_jw *, const char *) = valid ? pb_jw_utf8v : pb_jw_strv;
	pb_jw w;
	int err = 0;
	size_t hs = 0, hl = 0, ps = 0, pl = 0;

	pb_jw_begin(&w, b, "project");
	common(&w, p);
	PB_JW_INT(&w, "line", p->line);
	PB_JW_INT(&w, "end_line", p->end_line);
	PB_JW_INT(&w, "seq", p->seq);
	PB_JW_STR(&w, "dept", p->dept);
	PB_JW_STR(&w, "dept_code", p->dept_code);
	if (p->year)
		PB_JW_INT(&w, "year", p->year);
	else
		PB_JW_NULL(&w, "year");
	TEXT_STR(&w, "code", p->code);
	TEXT_STR(&w, "name", p->name);
	/* only when the name is the title's: other records stay as they were */
	if (p->name_from)
		TEXT_STR(&w, "name_from", p->name_from);
	TEXT_STR(&w, "source_unit", p->source_unit);
	amount(&w, "budget", &p->budget);
	amount(&w, "fiscal", &p->fiscal);
	amount(&w, "other", &p->other);
	TEXT_STR(&w, "purpose", p->purpose);
	TEXT_STR(&w, "schedule_unit", p->schedule_unit);
	PB_JW_NEXT(&w, "schedule");
	if (p->schedule_unit)
		checkpoints(&w, p->schedule);
	else
		w.err |= pb_buf_add(b, "null", 4);
	PB_JW_NEXT(&w, "spend");
	checkpoints(&w, p->spend);
	PB_JW_NEXT(&w, "goals");
	w.err |= pb_buf_addc(b, '[');
	for (size_t i = 0; i < p->ngoals; i++) {
		if (i)
			w.err |= pb_buf_addc(b, ',');
		strv(&w, p->goals[i]);
	}
	w.err |= pb_buf_addc(b, ']');
	PB_JW_INT(&w, "indicators", (long long)p->nind);
	TEXT_STR(&w, "title", p->title);
	PB_JW_INT(&w, "unparsed", (long long)p->nunp);
	/* where each part sits, for tools that point at rows */
	PB_JW_INT(&w, "code_line", p->code_line);
	PB_JW_INT(&w, "budget_line", p->budget_line);
	PB_JW_INT(&w, "plan_line", p->plan_line);
	PB_JW_INT(&w, "goals_line", p->goals_line);
	/* only when false: other records stay as they were */
	if (p->no_basis_col)
		pb_jw_lit(&w, ",\"basis_column\":false", sizeof ",\"basis_column\":false" - 1);
	/* a percentage plan's only: an amount plan's 累计 is the template's */
	if (p->plan_cum && p->schedule_unit && !strcmp(p->schedule_unit, "%"))
		pb_jw_lit(&w, ",\"schedule_cumulative\":true", sizeof ",\"schedule_cumulative\":true" - 1);
	pb_jw_end(&w);
	err |= w.err;

	for (size_t i = 0; i < p->nind && !err; i++) {
		const pb_indicator *in = &p->ind[i];
		const pb_value *v = &in->parsed;
		/* what every indicator record starts with: written for the
		 * first, copied from there for the others */
		if (!i) {
			hs = b->len;
			pb_jw_begin(&w, b, "indicator");
			common(&w, p);
			hl = b->len - hs;
		} else {
			w.b = b;
			w.first = 0;
			w.err = copy_within(b, hs, hl);
		}
		PB_JW_INT(&w, "line", in->line);
		/* the same in every indicator record of the project */
		if (!i) {
			ps = b->len;
			TEXT_STR(&w, "project", p->code);
			PB_JW_INT(&w, "project_seq", p->seq);
			pl = b->len - ps;
		} else {
			w.err |= copy_within(b, ps, pl);
		}
		PB_JW_INT(&w, "seq", (long long)i + 1);
		/* the levels quoted again for each row they name: copied
		 * from the record before when the same string, pbtable took
		 * 267.9 M instructions on three corpus files, 267.0 M so
		 * (most are short, and short strings quote as fast) */
		TEXT_STR(&w, "level1", in->level1);
		TEXT_STR(&w, "level2", in->level2);
		TEXT_STR(&w, "level3", in->level3);
		TEXT_STR(&w, "description", in->description);
		TEXT_STR(&w, "value", in->value);
		TEXT_STR(&w, "op", v->op);
		if (v->num_len && in->value) {
			num_field(&w, in->value, v);
		} else {
			PB_JW_NULL(&w, "num");
		}
		size_t ul = 0;
		const char *u = in->value ? pb_value_unit(v, in->value, &ul) : NULL;
		PB_JW_NEXT(&w, "unit");
		if (u)
			(valid ? pb_jw_utf8nv : pb_jw_strnv)(&w, u, ul);
		else
			w.err |= pb_buf_add(b, "null", 4);
		TEXT_STR(&w, "kind", pb_value_kind_name(v->kind));
		TEXT_STR(&w, "basis", in->basis);
		/* only from a table with the column: other records stay as
		 * they were */
		if (p->weight_col)
			TEXT_STR(&w, "weight", in->weight);
		if (p->direction_col)
			TEXT_STR(&w, "direction", in->direction);
		if (p->note_col)
			TEXT_STR(&w, "note", in->note);
		if (p->scoring_col)
			TEXT_STR(&w, "scoring", in->scoring);
		PB_JW_INT(&w, "value_line", in->value_line);
		if (v->kind == PB_VK_DATE) {
			char d[16]; /* what snprintf was given: the same cut for absurd values */
			date_text(d, sizeof d, v);
			TEXT_STR(&w, "date", d);
		}
		if (v->partial)
			pb_jw_bool(&w, "partial", 1);
		pb_jw_end(&w);
		err |= w.err;
	}
	for (size_t i = 0; i < p->nunp; i++) {
		const pb_unparsed *u = &p->unp[i];
		pb_jw_begin(&w, b, "unparsed");
		common(&w, p);
		PB_JW_INT(&w, "line", u->line);
		PB_JW_INT(&w, "end_line", u->end_line);
		PB_JW_STR(&w, "project", p->code);
		PB_JW_INT(&w, "project_seq", p->seq);
		PB_JW_STR(&w, "reason", u->reason);
		PB_JW_STR(&w, "text", u->text);
		pb_jw_end(&w);
		err |= w.err;
	}
	return err ? -1 : 0;
}

int pb_write_project_ndjson(pb_buf *b, const pb_project *p)
{
	return project_ndjson(b, p, 0);
}

int pb_write_decoded_ndjson(pb_buf *b, const pb_project *p)
{
	return project_ndjson(b, p, 1);
}

/* The TSV writers OR their fields' -1 (out of memory) into one; the
 * caller drops the record's half line.  Appends are joined by ||, never
 * by |, whose operands C may evaluate in any order. */
static int tsv_str(pb_buf *b, const char *s, int last)
{
	return (s && pb_tsv_field(b, s, strlen(s)) < 0) || pb_buf_addc(b, last ? '\n' : '\t') < 0
	               ? -1
	               : 0;
}

static int tsv_amount(pb_buf *b, const pb_amount *a, int last)
{
	char t[PB_MONEY_FMT_CAP];
	return tsv_str(b, a->set ? pb_amount_text(a, t, sizeof t) : NULL, last);
}

int pb_write_project_tsv_header(pb_buf *b)
{
	return pb_buf_adds(b, "file\tdoc\tline\tseq\tdept_code\tdept\tyear\tcode\tname\tsource_unit\t"
	                      "budget\tfiscal\tother\tschedule_unit\tschedule_03\tschedule_06\t"
	                      "schedule_10\tschedule_12\tspend_03\tspend_06\tspend_10\tspend_12\t"
	                      "goals\tindicators\n");
}

int pb_write_project_tsv(pb_buf *b, const pb_project *p)
{
	char n[32];
	int e = 0;
	e |= tsv_str(b, p->file, 0);
	snprintf(n, sizeof n, "%d", p->doc);
	e |= tsv_str(b, n, 0);
	snprintf(n, sizeof n, "%ld", p->line);
	e |= tsv_str(b, n, 0);
	snprintf(n, sizeof n, "%d", p->seq);
	e |= tsv_str(b, n, 0);
	e |= tsv_str(b, p->dept_code, 0);
	e |= tsv_str(b, p->dept, 0);
	snprintf(n, sizeof n, "%d", p->year);
	e |= tsv_str(b, p->year ? n : NULL, 0);
	e |= tsv_str(b, p->code, 0);
	e |= tsv_str(b, p->name, 0);
	e |= tsv_str(b, p->source_unit, 0);
	e |= tsv_amount(b, &p->budget, 0);
	e |= tsv_amount(b, &p->fiscal, 0);
	e |= tsv_amount(b, &p->other, 0);
	e |= tsv_str(b, p->schedule_unit, 0);
	for (int i = 0; i < PB_NCHECK; i++)
		e |= tsv_amount(b, &p->schedule[i], 0);
	for (int i = 0; i < PB_NCHECK; i++)
		e |= tsv_amount(b, &p->spend[i], 0);
	snprintf(n, sizeof n, "%zu", p->ngoals);
	e |= tsv_str(b, n, 0);
	snprintf(n, sizeof n, "%zu", p->nind);
	e |= tsv_str(b, n, 1);
	return e;
}

int pb_write_indicator_tsv_header(pb_buf *b)
{
	return pb_buf_adds(b, "file\tdoc\tline\tproject\tproject_seq\tseq\tlevel1\tlevel2\tlevel3\t"
	                      "description\tvalue\top\tnum\tunit\tkind\tbasis\n");
}

int pb_write_indicator_tsv(pb_buf *b, const pb_project *p)
{
	int e = 0;
	for (size_t i = 0; i < p->nind; i++) {
		const pb_indicator *in = &p->ind[i];
		const pb_value *v = &in->parsed;
		char n[64];
		e |= tsv_str(b, p->file, 0);
		snprintf(n, sizeof n, "%d", p->doc);
		e |= tsv_str(b, n, 0);
		snprintf(n, sizeof n, "%ld", in->line);
		e |= tsv_str(b, n, 0);
		e |= tsv_str(b, p->code, 0);
		snprintf(n, sizeof n, "%d", p->seq);
		e |= tsv_str(b, n, 0);
		snprintf(n, sizeof n, "%zu", i + 1);
		e |= tsv_str(b, n, 0);
		e |= tsv_str(b, in->level1, 0);
		e |= tsv_str(b, in->level2, 0);
		e |= tsv_str(b, in->level3, 0);
		e |= tsv_str(b, in->description, 0);
		e |= tsv_str(b, in->value, 0);
		e |= tsv_str(b, v->op, 0);
		pb_buf num = PB_BUF_INIT;
		if (v->num_len && in->value)
			e |= num_add(&num, in->value, v);
		e |= tsv_str(b, v->num_len ? num.ptr : NULL, 0);
		pb_buf_free(&num);
		size_t ul = 0;
		const char *u = in->value ? pb_value_unit(v, in->value, &ul) : NULL;
		if ((u && pb_tsv_field(b, u, ul) < 0) || pb_buf_addc(b, '\t') < 0)
			e = -1;
		e |= tsv_str(b, pb_value_kind_name(v->kind), 0);
		e |= tsv_str(b, in->basis, 1);
	}
	return e;
}
