/*
 * ndfast.c - a fast reader for the NDJSON records pbtable writes.
 *
 * Why not json-c alone: pbsum -g dept over pbtable's NDJSON of the bench
 * corpus (384 MB) took 3.4 s of CPU, about 70% of it in json-c: a tree
 * of objects per record, a hash table per object, a malloc and free per
 * value, the number text printed back for every amount.  jq did the same
 * sum in 20 s, and pbsum is held to 10x jq.  This reader scans a line
 * once, in place, and copies out only what pb_source reads.
 *
 * It takes a strict subset of JSON: RFC 8259 without exponents, without
 * integers of more than 18 digits or "-0", without \u0000 or surrogate
 * escapes, without raw control characters in strings, without escapes in
 * keys, nested no deeper than MAX_DEPTH, nothing but whitespace after
 * the object, no key pbtable does not write and no key given twice.  Every
 * line in that subset is valid for json-c and means the same to it
 * (json-c keeps the text of a number with a fraction, prints an integer
 * back as the same digits, and decodes the same escapes the same way).
 * A line outside the subset, or one json-c would give a diagnostic for
 * (an amount or plan checkpoint that is not an exact number, a doc, seq
 * or year past int, a key read of the wrong type), makes the reader
 * answer "not known" without keeping anything, and the caller hands the
 * line to json-c.
 * fuzz/fuzz_ndfast.c checks both readers agree on every line this one
 * accepts; tests/unit/test_ndfast.c holds the cases by hand.
 */
#include "ndfast.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "jsonesc.h"
#include "jsonw.h"
#include "money.h"
#include "swar.h"
#include "utf8.h"

/* json-c refuses nesting deeper than 32; we stay well inside */
#define MAX_DEPTH 16

typedef struct {
	const char *p, *end;
	int depth;
} scan;

/* a string value: its raw bytes between the quotes */
typedef struct {
	const char *s;
	size_t n;
	int esc; /* holds a backslash escape */
} span;

enum { V_STRING, V_NUMBER, V_NULL, V_OTHER };

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static void ws(scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

/* s->p is at c: step over it */
static int eat(scan *s, char c)
{
	if (s->p >= s->end || *s->p != c)
		return -1;
	s->p++;
	return 0;
}

/*
 * The first byte at or after p that ends a plain run of string ('"', '\\'
 * or a control), or e.  Most of a record is strings and most of the time
 * went here: eight bytes at a time (lib/swar.h: the bytes JSON escapes
 * are the bytes that end a run), then a byte at a time.  (SSE2, sixteen
 * at a time, measured no faster: strings are short.)
 */
static const unsigned char *run_end(const unsigned char *p, const unsigned char *e)
{
#ifdef PB_SWAR_LE
	while (e - p >= 8) {
		size_t k = pb_swar_first_json(p);
		if (k < 8)
			return p + k;
		p += 8;
	}
#endif
	while (p < e && !pb_json_esc[*p])
		p++;
	return p;
}

/* A string at s->p (its opening quote) into *sp. */
static int string(scan *s, span *sp)
{
	const unsigned char *p = (const unsigned char *)s->p + 1;
	const unsigned char *e = (const unsigned char *)s->end;

	sp->s = (const char *)p;
	sp->esc = 0;
	for (;;) {
		p = run_end(p, e);
		if (p >= e || *p < 0x20)
			return -1;
		if (*p == '"')
			break;
		sp->esc = 1; /* a backslash */
		if (e - p < 2)
			return -1;
		switch (p[1]) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
			p += 2;
			break;
		case 'u': {
			long u = pb_json_hex4((const char *)p + 2, (const char *)e);
			/* NUL would cut the C string json-c hands out; lone or
			 * paired surrogates are json-c's business */
			if (u <= 0 || (u >= 0xD800 && u <= 0xDFFF))
				return -1;
			p += 6;
			break;
		}
		default:
			return -1;
		}
	}
	sp->n = (size_t)((const char *)p - sp->s);
	s->p = (const char *)p + 1;
	return 0;
}

/* A number at s->p: -?(0|[1-9][0-9]*)(\.[0-9]+)?  its text in *t, *tn;
 * *is_int and *iv when it has no fraction (json-c's int type). */
static int number(scan *s, const char **t, size_t *tn, int *is_int, int64_t *iv)
{
	const char *p = s->p, *e = s->end;
	int neg = 0, nd = 0;
	int64_t v = 0;

	*t = p;
	if (p < e && *p == '-') {
		neg = 1;
		p++;
	}
	if (p >= e || !is_digit(*p))
		return -1;
	if (*p == '0') {
		p++;
	} else {
		for (; p < e && is_digit(*p); p++, nd++)
			if (nd < 18)
				v = v * 10 + (*p - '0');
	}
	*is_int = !(p < e && *p == '.');
	if (!*is_int) {
		p++;
		if (p >= e || !is_digit(*p))
			return -1;
		while (p < e && is_digit(*p))
			p++;
	}
	if (p < e && (*p == 'e' || *p == 'E'))
		return -1;
	/* json-c: past int64 an integer becomes uint64 or an error; "-0"
	 * prints back as "0" */
	if (*is_int && (nd > 18 || (neg && v == 0)))
		return -1;
	*iv = neg ? -v : v;
	*tn = (size_t)(p - *t);
	s->p = p;
	return 0;
}

static int skip(scan *s);

/* An object or array at s->p, checked and passed over. */
static int skip_nested(scan *s)
{
	char close = *s->p == '{' ? '}' : ']';
	int obj = close == '}';
	span k;

	if (++s->depth > MAX_DEPTH)
		return -1;
	s->p++;
	ws(s);
	if (s->p < s->end && *s->p == close) {
		s->p++;
		s->depth--;
		return 0;
	}
	for (;;) {
		if (obj) {
			if (s->p >= s->end || *s->p != '"' || string(s, &k))
				return -1;
			ws(s);
			if (eat(s, ':'))
				return -1;
			ws(s);
		}
		if (skip(s))
			return -1;
		ws(s);
		if (s->p < s->end && *s->p == ',') {
			s->p++;
			ws(s);
			continue;
		}
		if (eat(s, close))
			return -1;
		s->depth--;
		return 0;
	}
}

static int literal(scan *s, const char *w, size_t n)
{
	if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n))
		return -1;
	s->p += n;
	return 0;
}

/* Any value at s->p, checked and passed over; its kind, or -1. */
static int value(scan *s, span *str, const char **t, size_t *tn, int *is_int, int64_t *iv)
{
	if (s->p >= s->end)
		return -1;
	switch (*s->p) {
	case '"':
		return string(s, str) ? -1 : V_STRING;
	case '{':
	case '[':
		return skip_nested(s) ? -1 : V_OTHER;
	case 't':
		return literal(s, "true", 4) ? -1 : V_OTHER;
	case 'f':
		return literal(s, "false", 5) ? -1 : V_OTHER;
	case 'n':
		return literal(s, "null", 4) ? -1 : V_NULL;
	default:
		return number(s, t, tn, is_int, iv) ? -1 : V_NUMBER;
	}
}

static int skip(scan *s)
{
	span str;
	const char *t;
	size_t tn;
	int is_int;
	int64_t iv;

	return value(s, &str, &t, &tn, &is_int, &iv) < 0 ? -1 : 0;
}

/* After the top-level object: only whitespace to the end. */
static int at_end(scan *s)
{
	ws(s);
	return s->p == s->end ? 0 : -1;
}

/* A key at s->p, and the ':' after it.  Keys with escapes are left to
 * json-c: "\u0074ype" is "type" to it. */
static int key(scan *s, span *k)
{
	if (s->p >= s->end || *s->p != '"' || string(s, k) || k->esc)
		return -1;
	ws(s);
	if (eat(s, ':'))
		return -1;
	ws(s);
	return 0;
}

/* After a member: 1 for another (',' eaten), 0 at the '}' (eaten). */
static int next_member(scan *s)
{
	ws(s);
	if (s->p < s->end && *s->p == ',') {
		s->p++;
		ws(s);
		return 1;
	}
	return eat(s, '}') ? -1 : 0;
}

static int is_n(const span *k, const char *w, size_t n)
{
	return k->n == n && !memcmp(k->s, w, n);
}

/* is the span the string literal w? */
#define is(k, w) is_n((k), "" w, sizeof(w) - 1)

int pb_ndfast_is_type(const char *str, size_t n, const char *type)
{
	scan s = { str, str + n, 1 };
	span k, v;
	int more;

	if (eat(&s, '{'))
		return 0;
	ws(&s);
	if (key(&s, &k) || !is(&k, "type") || s.p >= s.end || *s.p != '"' || string(&s, &v) ||
	    v.esc || !is_n(&v, type, strlen(type)))
		return 0;
	while ((more = next_member(&s)) > 0) {
		/* json-c keeps the last of repeated keys */
		if (key(&s, &k) || is(&k, "type") || skip(&s))
			return 0;
	}
	return more < 0 || at_end(&s) ? 0 : 1;
}

/* ---- project records ---- */

/* the keys read, as read_project in source.c reads them */
enum {
	F_TYPE,
	/* strings */
	F_FILE, F_DEPT, F_DEPT_CODE, F_CODE, F_NAME, F_NAME_FROM, F_TITLE, F_SOURCE_UNIT, F_PURPOSE,
	F_SCHEDULE_UNIT,
	/* integers */
	F_DOC, F_LINE, F_END_LINE, F_SEQ, F_CODE_LINE, F_BUDGET_LINE, F_PLAN_LINE, F_GOALS_LINE,
	F_YEAR, F_INDICATORS,
	/* amounts */
	F_BUDGET, F_FISCAL, F_OTHER,
	/* the rest */
	F_SCHEDULE, F_SPEND, F_GOALS, F_BASIS_COLUMN, F_SCHEDULE_CUM,
	/* written by pbtable, not read: known, so that it is not given twice */
	F_UNPARSED, NFIELDS
};
#define FIRST_STR F_FILE
#define NSTR (F_SCHEDULE_UNIT - F_FILE + 1)
#define FIRST_INT F_DOC
#define NINT (F_INDICATORS - F_DOC + 1)
#define FIRST_AMT F_BUDGET

#define N(s) { s, sizeof s - 1 }
static const struct {
	const char *s;
	size_t n;
} field_names[NFIELDS] = {
	N("type"), N("file"), N("dept"), N("dept_code"), N("code"), N("name"), N("name_from"),
	N("title"),
	N("source_unit"), N("purpose"), N("schedule_unit"), N("doc"), N("line"), N("end_line"),
	N("seq"), N("code_line"), N("budget_line"), N("plan_line"), N("goals_line"), N("year"),
	N("indicators"),
	N("budget"), N("fiscal"), N("other"), N("schedule"), N("spend"), N("goals"),
	N("basis_column"), N("schedule_cumulative"), N("unparsed"),
};
#undef N

typedef struct {
	uint32_t seen;
	span str[NSTR];
	int str_set[NSTR];
	int64_t num[NINT];
	int num_set[NINT];
	pb_amount amt[3];
	pb_amount schedule[PB_NCHECK], spend[PB_NCHECK];
	int have_plan[PB_NCHECK];
	const char *goals; /* the '[' of the goals array */
} fields;

static int field(const span *k)
{
	for (int f = 0; f < NFIELDS; f++)
		if (k->n == field_names[f].n && k->s[0] == field_names[f].s[0] &&
		    !memcmp(k->s, field_names[f].s, k->n))
			return f;
	return -1;
}

/*
 * {"03":…,"06":…,"10":…,"12":…} as source.c's checkpoints() reads it: a
 * checkpoint that is there counts in have (for the plan).  One of the four
 * that is neither null nor an exact amount is a bad record to json-c
 * reading: leave it to json-c.
 */
static int checkpoints(scan *s, pb_amount *a, int *have)
{
	unsigned seen = 0;
	span k, str;
	const char *t;
	size_t tn;
	int is_int, more;
	int64_t iv;

	if (++s->depth > MAX_DEPTH)
		return -1;
	s->p++;
	ws(s);
	if (s->p < s->end && *s->p == '}') {
		s->p++;
		s->depth--;
		return 0;
	}
	do {
		int i = 0;
		if (key(s, &k))
			return -1;
		while (i < PB_NCHECK && !is_n(&k, pb_check_names[i], strlen(pb_check_names[i])))
			i++;
		int kind = value(s, &str, &t, &tn, &is_int, &iv);
		if (kind < 0)
			return -1;
		if (i == PB_NCHECK) /* a fifth checkpoint: a bad record to json-c reading */
			return -1;
		if (seen & (1u << i))
			return -1;
		seen |= 1u << i;
		if (have)
			have[i] = 1;
		if (kind == V_NUMBER && pb_money_parse(t, tn, &a[i].v) == PB_MONEY_OK)
			a[i].set = 1;
		else if (kind != V_NULL)
			return -1;
	} while ((more = next_member(s)) > 0);
	if (more < 0)
		return -1;
	s->depth--;
	return 0;
}

/* One member's value for field f (-1 for a key not read). */
static int member(scan *s, int f, fields *fl)
{
	span str;
	const char *t;
	size_t tn;
	int is_int, kind;
	int64_t iv;

	/* a key twice is a bad record to json-c reading (jsondup.c's
	 * pb_json_dup_name): every key must be known to be seen once.  A key pbtable
	 * does not write is json-c's too */
	if (f < 0 || fl->seen & (1u << f))
		return -1;
	fl->seen |= 1u << f;
	/* written only by national-template tables and 累计 percentage
	 * plans, which are few: a boolean is json-c's to read */
	if (f == F_BASIS_COLUMN || f == F_SCHEDULE_CUM)
		return -1;
	if ((f == F_SCHEDULE || f == F_SPEND) && s->p < s->end && *s->p == '{')
		return checkpoints(s, f == F_SCHEDULE ? fl->schedule : fl->spend,
		                   f == F_SCHEDULE ? fl->have_plan : NULL);
	if ((f == F_SCHEDULE || f == F_SPEND) && (s->p >= s->end || *s->p != 'n'))
		return -1; /* a plan that is not an object: json-c's diagnostic */
	if (f == F_GOALS && s->p < s->end && *s->p == '[')
		fl->goals = s->p;
	if ((kind = value(s, &str, &t, &tn, &is_int, &iv)) < 0)
		return -1;
	if (f == F_TYPE) {
		if (kind != V_STRING || str.esc || !is(&str, "project"))
			return -1;
	} else if (f >= FIRST_STR && f < FIRST_STR + NSTR) {
		if (kind == V_STRING) {
			fl->str[f - FIRST_STR] = str;
			fl->str_set[f - FIRST_STR] = 1;
		} else if (kind != V_NULL) {
			return -1; /* json-c reading: a key of the wrong type */
		}
	} else if (f == F_GOALS) {
		if (kind != V_NULL && !fl->goals)
			return -1;
	} else if (f >= FIRST_INT && f < FIRST_INT + NINT) {
		if (kind != V_NULL && !(kind == V_NUMBER && is_int))
			return -1;
		/* json-c reading gives a diagnostic for an int field past int */
		if (kind == V_NUMBER && is_int && (f == F_DOC || f == F_SEQ || f == F_YEAR) &&
		    (iv < INT_MIN || iv > INT_MAX))
			return -1;
		if (kind == V_NUMBER && is_int) {
			fl->num[f - FIRST_INT] = iv;
			fl->num_set[f - FIRST_INT] = 1;
		}
	} else if (f >= FIRST_AMT && f < FIRST_AMT + 3) {
		/* json-c reading gives a diagnostic for anything but null or
		 * an exact number: leave those to it */
		if (kind == V_NUMBER) {
			pb_amount *a = &fl->amt[f - FIRST_AMT];
			if (pb_money_parse(t, tn, &a->v) != PB_MONEY_OK)
				return -1;
			a->set = 1;
		} else if (kind != V_NULL) {
			return -1;
		}
	}
	return 0;
}

/* s[0..e), a string's bytes whose escapes string() checked, decoded
 * into o with a NUL after.  Apart from decode, which most strings pass
 * through without an escape: inlined there, its call to pb_utf8_encode
 * cost every string a few instructions (callgrind, +0.07% on pbsum). */
static PB_NOINLINE void unescape(char *o, const char *s, const char *e)
{
	while (s < e) {
		if (*s != '\\') {
			*o++ = *s++;
			continue;
		}
		switch (s[1]) {
		case 'b': *o++ = '\b'; break;
		case 'f': *o++ = '\f'; break;
		case 'n': *o++ = '\n'; break;
		case 'r': *o++ = '\r'; break;
		case 't': *o++ = '\t'; break;
		case 'u': /* 1..0xFFFF, no surrogate */
			o += pb_utf8_encode((int32_t)pb_json_hex4(s + 2, e), o);
			s += 6;
			continue;
		default: *o++ = s[1]; break; /* " \ / */
		}
		s += 2;
	}
	*o = '\0';
}

/* A string's value, escapes decoded, NUL-terminated (NULL: no memory). */
static char *decode(const span *sp)
{
	char *o = malloc(sp->n + 1);

	if (!o)
		return NULL;
	if (sp->esc) {
		unescape(o, sp->s, sp->s + sp->n);
		return o;
	}
	memcpy(o, sp->s, sp->n);
	o[sp->n] = '\0';
	return o;
}

/* the goals array (checked already to be sound JSON): its strings, as
 * source.c keeps them; 0 when an element is not a string (json-c
 * reading gives a diagnostic), -1 out of memory */
static int goals(const char *at, const char *end, pb_project *p)
{
	scan s = { at + 1, end, 0 };
	size_t n = 0;
	span str;
	const char *t;
	size_t tn;
	int is_int;
	int64_t iv;

	ws(&s);
	if (*s.p != ']')
		for (;;) {
			if (value(&s, &str, &t, &tn, &is_int, &iv) != V_STRING)
				return 0; /* json-c reading: not a list of strings */
			n++;
			ws(&s);
			if (*s.p++ == ']')
				break;
			ws(&s);
		}
	if (!(p->goals = calloc(n ? n : 1, sizeof *p->goals)))
		return -1;
	s.p = at + 1;
	ws(&s);
	for (size_t i = 0; i < n; i++) {
		value(&s, &str, &t, &tn, &is_int, &iv);
		if (!(p->goals[p->ngoals++] = decode(&str)))
			return -1;
		ws(&s);
		s.p++; /* ',' or ']' */
		ws(&s);
	}
	return 1;
}

int pb_ndfast_project(const char *str, size_t n, const char *path, long line, pb_project *p)
{
	scan s = { str, str + n, 1 };
	fields fl;
	span k;
	int more;

	memset(p, 0, sizeof *p);
	memset(&fl, 0, sizeof fl);
	if (eat(&s, '{'))
		return 0;
	ws(&s);
	if (s.p < s.end && *s.p == '}')
		return 0;
	do {
		if (key(&s, &k) || member(&s, field(&k), &fl))
			return 0;
	} while ((more = next_member(&s)) > 0);
	if (more < 0 || at_end(&s) || !(fl.seen & (1u << F_TYPE)))
		return 0;

	/* in the subset: fill p as read_project does */
	char **strs[NSTR] = { &p->own_file, &p->dept, &p->dept_code, &p->code, &p->name,
	                      &p->name_from, &p->title, &p->source_unit, &p->purpose,
	                      &p->schedule_unit };
	for (int i = 0; i < NSTR; i++)
		if (fl.str_set[i] && !(*strs[i] = decode(&fl.str[i])))
			goto oom;
	if (!p->own_file && !(p->own_file = strdup(path)))
		goto oom;
	p->file = p->own_file;
#define NUM(f, dflt) (fl.num_set[(f) - FIRST_INT] ? (long)fl.num[(f) - FIRST_INT] : (dflt))
	p->doc = (int)NUM(F_DOC, 1);
	p->line = NUM(F_LINE, line);
	p->end_line = NUM(F_END_LINE, p->line);
	p->seq = (int)NUM(F_SEQ, 1);
	p->code_line = NUM(F_CODE_LINE, 0);
	p->budget_line = NUM(F_BUDGET_LINE, 0);
	p->plan_line = NUM(F_PLAN_LINE, 0);
	p->goals_line = NUM(F_GOALS_LINE, 0);
	p->year = (int)NUM(F_YEAR, 0);
	p->said_ind = NUM(F_INDICATORS, -1);
#undef NUM
	p->budget = fl.amt[0];
	p->fiscal = fl.amt[1];
	p->other = fl.amt[2];
	p->absent = (fl.seen & 1u << F_BUDGET ? 0 : PB_ABSENT_BUDGET) |
	            (fl.seen & 1u << F_FISCAL ? 0 : PB_ABSENT_FISCAL) |
	            (fl.seen & 1u << F_OTHER ? 0 : PB_ABSENT_OTHER) |
	            (fl.seen & 1u << F_SPEND ? 0 : PB_ABSENT_SPEND);
	memcpy(p->schedule, fl.schedule, sizeof p->schedule);
	memcpy(p->spend, fl.spend, sizeof p->spend);
	memcpy(p->have_plan_col, fl.have_plan, sizeof p->have_plan_col);
	int gr = fl.goals ? goals(fl.goals, s.end, p) : 1;
	if (gr < 0)
		goto oom;
	if (gr == 0) { /* left to json-c */
		pb_project_free(p);
		memset(p, 0, sizeof *p);
	}
	return gr;
oom:
	pb_project_free(p);
	return -1;
}
