#include "sum.h"

#include <json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"
#include "moneysum.h"
#include "source.h"
#include "utf8.h"

/* width of the --bar column for the largest budget */
#define BAR_WIDTH 40
/* the bar compares budgets in millionths of 万元 (cents of 元), or in
 * coarser units when the largest budget would not fit int64 in those */
#define BAR_SCALE 6

enum {
	K_FILE, K_DOC, K_DEPT, K_DEPT_CODE, K_YEAR, K_REGION, K_CODE, K_NAME,
	K_TITLE, K_SOURCE_UNIT, K_SCHEDULE_UNIT, K_PURPOSE
};

const char *const pb_sum_key_names[] = {
	"file", "doc", "dept", "dept_code", "year", "region", "code", "name",
	"title", "source_unit", "schedule_unit", "purpose", NULL
};

/* the amounts of a totals, in this order */
enum { A_BUDGET, A_FISCAL, A_OTHER, A_SPEND, NAMOUNTS = A_SPEND + PB_NCHECK };

/* Counts are checked as they are added: they never fall, so one that
 * passes int64 stays past it whatever comes after.  Amounts cannot
 * overflow (moneysum.h): a total is written exactly however large. */
typedef struct {
	int64_t projects, skipped, nospend[PB_NCHECK];
	pb_money_sum a[NAMOUNTS];
} totals;

typedef struct {
	uint64_t hash;
	size_t keylen;
	totals t;
	char key[]; /* the key tuple, encoded by key_add() */
} group;

/*
 * The groups live in a small open-addressing hash table of our own: the
 * C library's hsearch() is one table per process that can be neither
 * walked nor freed, json-c's lh_table wants NUL-terminated keys (ours
 * hold NULs), and a general library (glib) would be a new dependency for
 * some eighty lines.
 */
struct pb_sum {
	int *keys;
	size_t nkeys;
	group **slots; /* power-of-two size, never more than half full */
	size_t cap, n;
	group **sorted; /* set by pb_sum_finish */
	group *total;   /* the total row, or NULL */
	int64_t barmax;
	int bardec;     /* decimals the bars compare budgets in */
	pb_buf kb;      /* scratch: the key tuple being looked up */
};

static int nomem(pb_err *e)
{
	pb_error(e, 0, "out of memory");
	return PB_SUM_NOMEM;
}

/* ---- key tuples ---- */

/* names people type: grouped with their brackets folded (key_add) */
static int key_is_name(int k)
{
	return k == K_DEPT || k == K_NAME || k == K_TITLE;
}

/*
 * One value of the tuple: a tag byte (0 null, 1 present), then the value
 * and a NUL.  Values hold no NUL, so comparing whole tuples bytewise
 * orders them value by value with null first, and equal bytes mean equal
 * tuples.  Invalid UTF-8 becomes U+FFFD here, as the writers would write
 * it: a group must be keyed as it is written, or merging written records
 * could join groups that one whole run keeps apart.  With fold, ASCII
 * brackets become full-width ones: the same department's unit line is
 * typed, or extracted, both ways (测试局(本级), 测试局（本级）), and one
 * department must be one group.
 */
static int key_add(pb_buf *kb, const char *v, int fold)
{
	size_t n, i = 0, run = 0;
	int r;

	if (!v)
		return pb_buf_addc(kb, 0);
	r = pb_buf_addc(kb, 1);
	n = strlen(v);
	while (i < n) {
		int32_t cp;
		size_t l = (size_t)pb_utf8_decode(v + i, n - i, &cp);
		if (cp < 0 || (fold && (cp == '(' || cp == ')'))) {
			r |= pb_buf_add(kb, v + run, i - run);
			r |= pb_buf_adds(kb, cp < 0 ? "\xEF\xBF\xBD" : cp == '(' ? "（" : "）");
			run = i + l;
		}
		i += l;
	}
	r |= pb_buf_add(kb, v + run, n - run);
	r |= pb_buf_addc(kb, 0);
	return r ? -1 : 0;
}

/* The next value of an encoded tuple (NULL for null); advances *k. */
static const char *key_next(const char **k)
{
	const char *v;

	if (*(*k)++ == 0)
		return NULL;
	v = *k;
	*k += strlen(v) + 1;
	return v;
}

/* The region of a project code: its first six characters. */
static const char *region(const char *code, char *tmp, size_t cap)
{
	size_t i = 0, n;
	int c;

	if (!code)
		return NULL;
	n = strlen(code);
	for (c = 0; c < 6 && i < n; c++) {
		int32_t cp;
		i += (size_t)pb_utf8_decode(code + i, n - i, &cp);
	}
	if (c < 6 || i >= cap)
		return NULL;
	memcpy(tmp, code, i);
	tmp[i] = '\0';
	return tmp;
}

static const char *project_value(const pb_project *p, int k, char *tmp, size_t cap)
{
	switch (k) {
	case K_FILE: return p->file;
	case K_DOC:
		if (p->doc <= 0)
			return NULL;
		snprintf(tmp, cap, "%d", p->doc);
		return tmp;
	case K_DEPT: return p->dept;
	case K_DEPT_CODE: return p->dept_code;
	case K_YEAR:
		if (!p->year)
			return NULL;
		snprintf(tmp, cap, "%d", p->year);
		return tmp;
	case K_REGION: return region(p->code, tmp, cap);
	case K_CODE: return p->code;
	case K_NAME: return p->name;
	case K_TITLE: return p->title;
	case K_SOURCE_UNIT: return p->source_unit;
	case K_SCHEDULE_UNIT: return p->schedule_unit;
	case K_PURPOSE: return p->purpose;
	}
	return NULL;
}

/* year and doc are numbers in project records, so in groups too */
static int key_is_int(int k)
{
	return k == K_DOC || k == K_YEAR;
}

static int all_digits(const char *v)
{
	if (*v == '-')
		v++;
	if (!*v)
		return 0;
	for (; *v; v++)
		if (*v < '0' || *v > '9')
			return 0;
	return 1;
}

/* ---- the hash table ---- */

/* FNV-1a: short keys, no adversary to defend against */
static uint64_t hash_bytes(const char *k, size_t n)
{
	uint64_t h = 14695981039346656037u;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)k[i];
		h *= 1099511628211u;
	}
	return h;
}

static void place(group **slots, size_t cap, group *g)
{
	size_t j = (size_t)g->hash & (cap - 1);

	while (slots[j])
		j = (j + 1) & (cap - 1);
	slots[j] = g;
}

static int grow(pb_sum *s)
{
	size_t ncap;
	group **ns;

	if (s->cap > SIZE_MAX / 2 / sizeof *ns)
		return -1;
	ncap = s->cap ? s->cap * 2 : 64;
	if (!(ns = calloc(ncap, sizeof *ns)))
		return -1;
	for (size_t i = 0; i < s->cap; i++)
		if (s->slots[i])
			place(ns, ncap, s->slots[i]);
	free(s->slots);
	s->slots = ns;
	s->cap = ncap;
	return 0;
}

/* The group of the tuple in s->kb, made (all zero) if new; NULL when out
 * of memory. */
static group *lookup(pb_sum *s)
{
	const char *k = s->kb.ptr;
	size_t n = s->kb.len;
	uint64_t h = hash_bytes(k, n);
	group *g;

	if (s->cap) {
		for (size_t j = (size_t)h & (s->cap - 1); (g = s->slots[j]); j = (j + 1) & (s->cap - 1))
			if (g->hash == h && g->keylen == n && !memcmp(g->key, k, n))
				return g;
	}
	if (s->n >= s->cap / 2 && grow(s) < 0)
		return NULL;
	if (n > SIZE_MAX - sizeof *g || !(g = malloc(sizeof *g + n)))
		return NULL;
	memset(g, 0, sizeof *g);
	g->hash = h;
	g->keylen = n;
	memcpy(g->key, k, n);
	place(s->slots, s->cap, g);
	s->n++;
	return g;
}

/* ---- exact totals ---- */

static void totals_zero(totals *t)
{
	memset(t, 0, sizeof *t); /* all zero is an empty pb_money_sum */
}

/* counts are never negative, so only the top can be passed */
static int count_fits(int64_t acc, int64_t x)
{
	return x <= INT64_MAX - acc;
}

/* acc += x for every field, or nothing at all when a count would not
 * fit; *what names it.  Amounts cannot fail here (see totals). */
static int totals_add(totals *acc, const totals *x, const char **what)
{
	*what = "projects";
	if (!count_fits(acc->projects, x->projects))
		return -1;
	*what = "skipped";
	if (!count_fits(acc->skipped, x->skipped))
		return -1;
	*what = "nospend";
	for (int i = 0; i < PB_NCHECK; i++)
		if (!count_fits(acc->nospend[i], x->nospend[i]))
			return -1;
	acc->projects += x->projects;
	acc->skipped += x->skipped;
	for (int i = 0; i < PB_NCHECK; i++)
		acc->nospend[i] += x->nospend[i];
	for (int i = 0; i < NAMOUNTS; i++)
		pb_money_sum_merge(&acc->a[i], &x->a[i]);
	return 0;
}

static int overflow(pb_err *e, const char *what)
{
	pb_error(e, 0, "the total of %s overflows: its exact value does not fit in 64 bits", what);
	return PB_SUM_OVERFLOW;
}

/* ---- building ---- */

pb_sum *pb_sum_new(const char *keys, pb_err *e)
{
	pb_sum *s = calloc(1, sizeof *s);
	const char *p, *end;

	if (!s)
		return NULL;
	pb_buf_init(&s->kb);
	if (!keys || !*keys)
		return s;
	if (!(s->keys = calloc(strlen(keys) / 2 + 1, sizeof *s->keys))) {
		free(s);
		return NULL;
	}
	for (p = keys;; p = end + 1) {
		size_t len;
		int k;
		end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		len = (size_t)(end - p);
		for (k = 0; pb_sum_key_names[k]; k++)
			if (strlen(pb_sum_key_names[k]) == len && !memcmp(pb_sum_key_names[k], p, len))
				break;
		if (!pb_sum_key_names[k]) {
			/* cut at a character: a key typed in Chinese is
			 * quoted as valid UTF-8 */
			int shown = len > 64 ? pb_utf8_cut(p, 64) : (int)len;
			pb_error(e, 0, "unknown group key '%.*s%s' (keys: file, doc, dept, dept_code, year, "
			         "region, code, name, title, source_unit, schedule_unit, purpose)",
			         shown, p, (size_t)shown < len ? "..." : "");
			break;
		}
		size_t i = 0;
		while (i < s->nkeys && s->keys[i] != k)
			i++;
		if (i < s->nkeys) {
			pb_error(e, 0, "group key '%s' given twice", pb_sum_key_names[k]);
			break;
		}
		s->keys[s->nkeys++] = k;
		if (!*end)
			return s;
	}
	pb_sum_free(s);
	return NULL;
}

void pb_sum_free(pb_sum *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->cap; i++)
		free(s->slots[i]);
	free(s->slots);
	free(s->sorted);
	free(s->total);
	free(s->keys);
	pb_buf_free(&s->kb);
	free(s);
}

int pb_sum_project(pb_sum *s, const pb_project *p, pb_err *e)
{
	group *g;
	totals *t;
	int r;

	pb_buf_reset(&s->kb);
	for (size_t i = 0; i < s->nkeys; i++) {
		char tmp[64];
		int k = s->keys[i];
		if (key_add(&s->kb, project_value(p, k, tmp, sizeof tmp), key_is_name(k)) < 0)
			return nomem(e);
	}
	if (!(g = lookup(s)))
		return nomem(e);
	t = &g->t;
	if (!p->budget.set) {
		if (!count_fits(t->skipped, 1))
			return overflow(e, "skipped");
		t->skipped++;
		return PB_SUM_SKIPPED;
	}
	/* the counts first, so that nothing is half added */
	if (!count_fits(t->projects, 1))
		return overflow(e, "projects");
	for (int i = 0; i < PB_NCHECK; i++)
		if (!p->spend[i].set && !count_fits(t->nospend[i], 1))
			return overflow(e, "nospend");
	t->projects++;
	r = pb_money_sum_add(&t->a[A_BUDGET], p->budget.v);
	/* a blank fiscal or other cell adds nothing (see pbsum(1)) */
	if (p->fiscal.set)
		r |= pb_money_sum_add(&t->a[A_FISCAL], p->fiscal.v);
	if (p->other.set)
		r |= pb_money_sum_add(&t->a[A_OTHER], p->other.v);
	for (int i = 0; i < PB_NCHECK; i++) {
		if (p->spend[i].set)
			r |= pb_money_sum_add(&t->a[A_SPEND + i], p->spend[i].v);
		else
			t->nospend[i]++;
	}
	if (r) { /* every pb_money the readers make is valid: a bug if not */
		pb_error(e, 0, "an amount is not a valid exact decimal");
		return PB_SUM_BADREC;
	}
	return PB_SUM_OK;
}

/* ---- merging sum records ---- */

static int bad(pb_err *e, const char *what, const char *key)
{
	pb_error(e, 0, "sum record: %s%s%s", key ? key : "", key ? " " : "", what);
	return PB_SUM_BADREC;
}

/* A count: a JSON integer >= 0.  -1 for anything else. */
static int get_count(json_object *o, const char *key, int64_t *out)
{
	pb_amount a;

	int r = pb_json_amount(o, key, &a);
	if (r < 0 || !a.set)
		return r == PB_JSON_NOMEM ? PB_JSON_NOMEM : -1;
	pb_money_trim(&a.v);
	if (a.v.scale != 0 || a.v.units < 0)
		return -1;
	*out = a.v.units;
	return 0;
}

/* An amount: a JSON number, read from its text, exactly, as large as
 * pbsum writes one.  With nullable, null is 1 and *out the empty sum:
 * a spend total over no project that states the checkpoint.  (Not
 * pb_json_amount, which reads a project's amount: a total is held in
 * 192 bits, not 64, and a key missing here is a bad record.) */
static int get_amount(json_object *o, const char *key, int nullable, pb_money_sum *out)
{
	json_object *v;
	const char *t;

	if (!json_object_object_get_ex(o, key, &v))
		return -1;
	if (!v && nullable) {
		memset(out, 0, sizeof *out); /* all zero is the empty sum */
		return 1;
	}
	if (!(json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double)))
		return -1;
	t = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
	if (!t) /* json-c found no memory to print it in */
		return PB_JSON_NOMEM;
	int rc = pb_money_sum_parse(t, strlen(t), out);
	return rc == PB_MONEY_OK ? 0 : rc == PB_MONEY_OVERFLOW ? -2 : -1;
}

/* (pbsum writes a total of any size, but reads back one below 10^24
 * only: see moneysum.c.  Such a total is exact; "not an exact number"
 * said otherwise) */
static const char too_large[] =
	"is too large or too precise to merge (10^24 or more, or more than 18 decimals)";

/* A count; absent is 0 unless required. */
static int rec_count(json_object *o, const char *key, int required, int64_t *out, pb_err *e)
{
	*out = 0;
	if (!json_object_object_get_ex(o, key, NULL))
		return required ? bad(e, "is missing", key) : 0;
	int r = get_count(o, key, out);
	if (r == PB_JSON_NOMEM)
		return nomem(e);
	if (r < 0)
		return bad(e, "is not a count (an integer >= 0)", key);
	return 0;
}

static int rec_amount(json_object *o, const char *key, pb_money_sum *out, pb_err *e)
{
	int r = get_amount(o, key, 0, out);
	if (r == PB_JSON_NOMEM)
		return nomem(e);
	if (r == -2)
		return bad(e, too_large, key);
	if (r < 0)
		return bad(e, "is not an exact number", key);
	return 0;
}

/* The four checkpoints of spend (amounts, null[i] set for a null one)
 * or nospend (counts). */
static int rec_checks(json_object *o, const char *key, int required, pb_money_sum *amt,
                      int *null, int64_t *cnt, pb_err *e)
{
	json_object *m;
	int ok, r = 0;

	if (!json_object_object_get_ex(o, key, &m))
		return required ? bad(e, "is missing", key) : 0;
	/* the four and no more: a fifth's money ("15": 9) was left out */
	ok = json_object_is_type(m, json_type_object) && json_object_object_length(m) == PB_NCHECK;
	for (int i = 0; ok && i < PB_NCHECK; i++) {
		r = amt ? get_amount(m, pb_check_names[i], 1, &amt[i]) :
		          get_count(m, pb_check_names[i], &cnt[i]);
		if (amt)
			null[i] = r == 1;
		ok = r == 0 || (amt && r == 1);
	}
	if (r == PB_JSON_NOMEM)
		return nomem(e);
	if (!ok && r == -2 && amt)
		return bad(e, too_large, key);
	if (!ok)
		return bad(e, amt ? "is not an object of four numbers (or null) 03, 06, 10, 12" :
		                    "is not an object of four counts 03, 06, 10, 12", key);
	return 0;
}

/*
 * A null spend total says no summed project stated that checkpoint
 * (pb_sum_ndjson_row): its nospend count must then be projects.  One
 * that is not would be a hand-made record claiming projects it gives no
 * money for, and merged as 0 it would come out a known total again.
 */
static int rec_nulls(const totals *t, const int *null, pb_err *e)
{
	for (int i = 0; i < PB_NCHECK; i++)
		if (null[i] && t->nospend[i] != t->projects) {
			pb_error(e, 0, "sum record: spend %s is null, yet nospend %s is not projects "
			         "(a null total is one over no project)",
			         pb_check_names[i], pb_check_names[i]);
			return PB_SUM_BADREC;
		}
	return 0;
}

/* Is the total s zero? */
static int sum_zero(const pb_money_sum *s)
{
	char z[PB_MONEY_SUM_FMT_CAP];
	return pb_money_sum_format(s, 0, -1, z, sizeof z) == 1 && z[0] == '0';
}

/*
 * What no pbsum writes, nor any merge of its records: more projects
 * without a checkpoint than projects (nospend 03 of 2 over projects 1),
 * money spent at a checkpoint no project states, or money over no
 * project at all.  Merged, such a record made known spending null (2 of
 * 2 projects "without" 03: the 7 万元 beside them gone) or money of no
 * project counted, with exit 0: a hand-edited or damaged record.
 */
static int rec_sound(const totals *t, const int *null, pb_err *e)
{
	for (int i = 0; i < PB_NCHECK; i++) {
		const char *c = pb_check_names[i];
		if (t->nospend[i] > t->projects) {
			pb_error(e, 0, "sum record: nospend %s is more than projects", c);
			return PB_SUM_BADREC;
		}
		/* (pb 0.9.0 wrote 0 where null is now: it adds nothing) */
		if (!null[i] && t->nospend[i] == t->projects && !sum_zero(&t->a[A_SPEND + i])) {
			pb_error(e, 0, "sum record: spend %s is money, yet nospend %s is projects "
			         "(no project states it: it must be null)", c, c);
			return PB_SUM_BADREC;
		}
	}
	if (!t->projects && (!sum_zero(&t->a[A_BUDGET]) || !sum_zero(&t->a[A_FISCAL]) ||
	                     !sum_zero(&t->a[A_OTHER]))) {
		pb_error(e, 0, "sum record: money over no project (projects is 0)");
		return PB_SUM_BADREC;
	}
	return 0;
}

static int rec_totals(json_object *o, totals *t, pb_err *e)
{
	int null[PB_NCHECK] = { 0 };

	totals_zero(t);
	if (rec_count(o, "projects", 1, &t->projects, e) ||
	    rec_count(o, "skipped", 0, &t->skipped, e) ||
	    rec_amount(o, "budget", &t->a[A_BUDGET], e) ||
	    rec_amount(o, "fiscal", &t->a[A_FISCAL], e) ||
	    rec_amount(o, "other", &t->a[A_OTHER], e) ||
	    rec_checks(o, "spend", 1, &t->a[A_SPEND], null, NULL, e) ||
	    rec_checks(o, "nospend", 0, NULL, NULL, t->nospend, e) || rec_nulls(t, null, e) ||
	    rec_sound(t, null, e))
		return PB_SUM_BADREC;
	return 0;
}

static void key_list(pb_buf *b, json_object *grp)
{
	json_object_object_foreach(grp, k, v) {
		(void)v;
		/* a message's: short of memory, it names fewer */
		if ((b->len && pb_buf_addc(b, ',') < 0) || pb_buf_adds(b, k) < 0)
			return;
	}
}

/* "group" must hold exactly the -g keys, each a string, an integer or
 * null; their values go into s->kb. */
static int rec_group(pb_sum *s, json_object *grp, pb_err *e)
{
	int ok = (size_t)json_object_object_length(grp) == s->nkeys;

	for (size_t i = 0; ok && i < s->nkeys; i++)
		ok = json_object_object_get_ex(grp, pb_sum_key_names[s->keys[i]], NULL);
	if (!ok) {
		pb_buf have = PB_BUF_INIT, want = PB_BUF_INIT;
		key_list(&have, grp);
		for (size_t i = 0; i < s->nkeys; i++)
			if ((i && pb_buf_addc(&want, ',') < 0) ||
			    pb_buf_adds(&want, pb_sum_key_names[s->keys[i]]) < 0)
				break;
		pb_error(e, 0, "sum record grouped by '%.80s', not by the -g keys '%.80s'",
		         have.len ? have.ptr : "(nothing)", want.len ? want.ptr : "(none)");
		pb_buf_free(&have);
		pb_buf_free(&want);
		return PB_SUM_BADREC;
	}
	pb_buf_reset(&s->kb);
	for (size_t i = 0; i < s->nkeys; i++) {
		const char *name = pb_sum_key_names[s->keys[i]], *v = NULL;
		json_object *jv;
		/* typed as in project records: "year":"02024" came out as
		 * the invalid JSON "year":02024, and "dept":7 as "7" */
		int is_int = key_is_int(s->keys[i]);
		json_object_object_get_ex(grp, name, &jv);
		if (!is_int && json_object_is_type(jv, json_type_string))
			v = json_object_get_string(jv);
		else if (is_int && json_object_is_type(jv, json_type_int)) {
			v = json_object_to_json_string_ext(jv, JSON_C_TO_STRING_PLAIN);
			if (!v) /* not a null key: a group of its own */
				return nomem(e);
		} else if (jv)
			return bad(e, is_int ? "is not an integer or null" : "is not a string or null", name);
		if (key_add(&s->kb, v, key_is_name(s->keys[i])) < 0)
			return nomem(e);
	}
	return 0;
}

int pb_sum_record(pb_sum *s, json_object *o, pb_err *e)
{
	json_object *v, *grp;
	totals t;
	group *g;
	const char *what;
	int rc;

	if (json_object_object_get_ex(o, "total", &v) && json_object_is_type(v, json_type_boolean) &&
	    json_object_get_boolean(v))
		return PB_SUM_TOTALREC;
	if (!json_object_object_get_ex(o, "group", &grp))
		return bad(e, "is missing", "group");
	if (!grp)
		return PB_SUM_TOTALREC;
	if (!json_object_is_type(grp, json_type_object))
		return bad(e, "is not an object", "group");
	/* everything is checked before the group is made, so that a bad
	 * record leaves no trace */
	if ((rc = rec_totals(o, &t, e)) || (rc = rec_group(s, grp, e)))
		return rc;
	if (!(g = lookup(s)))
		return nomem(e);
	if (totals_add(&g->t, &t, &what))
		return overflow(e, what);
	return PB_SUM_OK;
}

/* ---- output ---- */

/* Integers as written (all_digits: canonical, from an int or a JSON
 * integer), by value: 9 before 10, -1 before 0. */
static int cmp_int(const char *x, const char *y)
{
	int nx = *x == '-', ny = *y == '-';

	if (nx != ny)
		return ny - nx;
	size_t lx = strlen(x), ly = strlen(y);
	int c = lx != ly ? (lx > ly) - (lx < ly) : strcmp(x, y);
	return nx ? -c : c;
}

/* qsort(3) has no argument for the keys' kinds: each entry carries them */
typedef struct {
	group *g;
	const pb_sum *s;
} sort_entry;

/*
 * Key by key, a missing value first; year and doc by value (a user reads
 * doc 2 before doc 10, and years in order); the rest bytewise, which is
 * reproducible whatever the locale.
 */
static int cmp_group(const void *a, const void *b)
{
	const sort_entry *x = a, *y = b;
	const char *kx = x->g->key, *ky = y->g->key;

	for (size_t i = 0; i < x->s->nkeys; i++) {
		const char *vx = key_next(&kx), *vy = key_next(&ky);
		int c;
		if (!vx || !vy)
			c = (vx != NULL) - (vy != NULL);
		else if (key_is_int(x->s->keys[i]) && all_digits(vx) && all_digits(vy))
			c = cmp_int(vx, vy);
		else
			c = strcmp(vx, vy);
		if (c)
			return c;
	}
	return 0;
}

/* An amount as text: decimals as pbsum(1) says, 元 with yuan. */
static int amount_text(const pb_money_sum *m, int yuan, int decimals, char *out)
{
	return pb_money_sum_format(m, yuan ? 4 : 0, decimals, out, PB_MONEY_SUM_FMT_CAP) < 0 ? -1 : 0;
}

/* A positive budget truncated to `decimals` decimals (fewer than none:
 * tens, hundreds), as an integer in *u (0 for the rest, which get no
 * bar); 0 when it does not fit int64, which at -40 decimals never
 * happens (a total is below 10^58 at scale 18). */
static int bar_units(const pb_money_sum *m, int decimals, int64_t *u)
{
	if (pb_money_sum_trunc(m, decimals, u) != PB_MONEY_OK)
		return 0;
	if (*u < 0)
		*u = 0;
	return 1;
}

static int bar_len(int64_t v, int64_t max)
{
	if (v <= 0 || max <= 0)
		return 0;
	while (max > INT64_MAX / BAR_WIDTH) {
		max /= 2;
		v /= 2;
	}
	return (int)(v * BAR_WIDTH / max);
}

static const group *row(const pb_sum *s, size_t i)
{
	return i < s->n ? s->sorted[i] : s->total;
}

size_t pb_sum_rows(const pb_sum *s)
{
	return s->n + (s->total != NULL);
}

int pb_sum_finish(pb_sum *s, int total, pb_err *e)
{
	size_t n = 0;
	const char *what;

	/* without keys there is always the one grand total, zero or not */
	if (!s->nkeys && !s->n) {
		pb_buf_reset(&s->kb);
		if (!lookup(s))
			return nomem(e);
	}
	if (!(s->sorted = malloc((s->n ? s->n : 1) * sizeof *s->sorted)))
		return nomem(e);
	sort_entry *se = malloc((s->n ? s->n : 1) * sizeof *se);
	if (!se)
		return nomem(e);
	for (size_t i = 0; i < s->cap; i++)
		if (s->slots[i])
			se[n++] = (sort_entry){ s->slots[i], s };
	qsort(se, n, sizeof *se, cmp_group);
	for (size_t i = 0; i < n; i++)
		s->sorted[i] = se[i].g;
	free(se);
	if (total && s->nkeys) {
		if (!(s->total = calloc(1, sizeof *s->total)))
			return nomem(e);
		for (size_t i = 0; i < n; i++)
			if (totals_add(&s->total->t, &s->sorted[i]->t, &what))
				return overflow(e, what);
	}
	/* coarser units for all rather than a saturated largest budget,
	 * whose bar would be drawn as long as a budget half its size */
	s->bardec = BAR_SCALE;
	for (size_t i = 0; i < n; i++) {
		int64_t b;
		while (!bar_units(&s->sorted[i]->t.a[A_BUDGET], s->bardec, &b))
			s->bardec--;
	}
	for (size_t i = 0; i < n; i++) {
		int64_t b;
		bar_units(&s->sorted[i]->t.a[A_BUDGET], s->bardec, &b);
		if (b > s->barmax)
			s->barmax = b;
	}
	return PB_SUM_OK;
}

int pb_sum_tsv_header(const pb_sum *s, pb_buf *b, int bar)
{
	int r = 0;

	for (size_t i = 0; i < s->nkeys; i++) {
		r |= pb_buf_adds(b, pb_sum_key_names[s->keys[i]]);
		r |= pb_buf_addc(b, '\t');
	}
	r |= pb_buf_adds(b, "projects\tbudget\tfiscal\tother");
	for (int i = 0; i < PB_NCHECK; i++)
		r |= pb_buf_printf(b, "\tspend_%s", pb_check_names[i]);
	r |= pb_buf_adds(b, "\tskipped");
	for (int i = 0; i < PB_NCHECK; i++)
		r |= pb_buf_printf(b, "\tnospend_%s", pb_check_names[i]);
	if (bar)
		r |= pb_buf_adds(b, "\tbar");
	r |= pb_buf_addc(b, '\n');
	return r ? -1 : 0;
}

/*
 * Is the spend total at checkpoint c unknown?  When no summed project
 * states that checkpoint (nospend == projects, no projects at all too)
 * the total is over nothing: written 0, it read as "plans to spend
 * nothing" (chengde's 13081124P000049100058, a plan of percentages with
 * no 12月底, came out spend_12 0).  Null, as a blank cell is.  The sum
 * itself stays the empty sum, so merged with a known partial sum it adds
 * nothing and the count says how many it covers.
 */
static int spend_unknown(const totals *t, int c)
{
	return t->nospend[c] == t->projects;
}

static int tsv_amount(pb_buf *b, const pb_money_sum *m, int yuan)
{
	char t[PB_MONEY_SUM_FMT_CAP];

	if (amount_text(m, yuan, yuan ? 2 : 6, t) < 0)
		return -1;
	return pb_buf_addc(b, '\t') < 0 || pb_buf_adds(b, t) < 0 ? -1 : 0;
}

int pb_sum_tsv_row(const pb_sum *s, size_t i, pb_buf *b, int yuan, int bar)
{
	const group *g = row(s, i);
	const char *k = g->key;
	int r = 0;

	for (size_t j = 0; j < s->nkeys; j++) {
		const char *v = g == s->total ? "TOTAL" : key_next(&k);
		if (v)
			r |= pb_tsv_field(b, v, strlen(v));
		r |= pb_buf_addc(b, '\t');
	}
	r |= pb_buf_printf(b, "%lld", (long long)g->t.projects);
	for (int c = 0; c < NAMOUNTS; c++)
		r |= c >= A_SPEND && spend_unknown(&g->t, c - A_SPEND) ? pb_buf_addc(b, '\t')
		                                                        : tsv_amount(b, &g->t.a[c], yuan);
	r |= pb_buf_printf(b, "\t%lld", (long long)g->t.skipped);
	for (int c = 0; c < PB_NCHECK; c++)
		r |= pb_buf_printf(b, "\t%lld", (long long)g->t.nospend[c]);
	if (bar) {
		int64_t u;
		bar_units(&g->t.a[A_BUDGET], s->bardec, &u);
		int len = g == s->total ? 0 : bar_len(u, s->barmax);
		r |= pb_buf_addc(b, '\t');
		for (int c = 0; c < len; c++)
			r |= pb_buf_addc(b, '#');
	}
	r |= pb_buf_addc(b, '\n');
	return r ? -1 : 0;
}

static void json_amount(pb_jw *w, const char *key, const pb_money_sum *m)
{
	char t[PB_MONEY_SUM_FMT_CAP];
	int64_t u;

	if (amount_text(m, 0, -1, t) < 0) {
		w->err = -1;
		return;
	}
	/* a whole number past int64 as 18000000000000000000.0: JSON readers
	 * that hold integers in 64 bits (json-c, so pbsum itself) clamp an
	 * integer, but keep a decimal's text */
	if (!strchr(t, '.') && pb_money_sum_trunc(m, 0, &u) != PB_MONEY_OK)
		strcat(t, ".0");
	pb_jw_num(w, key, t);
}

int pb_sum_ndjson_row(const pb_sum *s, size_t i, pb_buf *b)
{
	const group *g = row(s, i);
	const char *k = g->key;
	pb_jw w, gw;

	pb_jw_begin(&w, b, "sum");
	pb_jw_key(&w, "group");
	if (g == s->total) {
		w.err |= pb_buf_adds(b, "null");
		pb_jw_bool(&w, "total", 1);
	} else {
		pb_jw_begin(&gw, b, NULL);
		for (size_t j = 0; j < s->nkeys; j++) {
			const char *name = pb_sum_key_names[s->keys[j]], *v = key_next(&k);
			if (v && key_is_int(s->keys[j]) && all_digits(v))
				pb_jw_num(&gw, name, v);
			else
				pb_jw_str(&gw, name, v);
		}
		w.err |= gw.err | pb_buf_addc(b, '}');
	}
	pb_jw_int(&w, "projects", g->t.projects);
	json_amount(&w, "budget", &g->t.a[A_BUDGET]);
	json_amount(&w, "fiscal", &g->t.a[A_FISCAL]);
	json_amount(&w, "other", &g->t.a[A_OTHER]);
	pb_jw_key(&w, "spend");
	pb_jw_begin(&gw, b, NULL);
	for (int c = 0; c < PB_NCHECK; c++)
		if (spend_unknown(&g->t, c))
			pb_jw_null(&gw, pb_check_names[c]);
		else
			json_amount(&gw, pb_check_names[c], &g->t.a[A_SPEND + c]);
	w.err |= gw.err | pb_buf_addc(b, '}');
	pb_jw_int(&w, "skipped", g->t.skipped);
	pb_jw_key(&w, "nospend");
	pb_jw_begin(&gw, b, NULL);
	for (int c = 0; c < PB_NCHECK; c++)
		pb_jw_int(&gw, pb_check_names[c], g->t.nospend[c]);
	w.err |= gw.err | pb_buf_addc(b, '}');
	pb_jw_end(&w);
	return w.err ? -1 : 0;
}
