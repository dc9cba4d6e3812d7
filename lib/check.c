/*
 * check.c - the engine: which rules are on, running them over a project,
 * and handing the findings out in line order.  The rules themselves are
 * in check_rules.c.
 */
#include "check.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_impl.h"
#include "grow.h"
#include "source.h"
#include "utf8.h"

#define SHOW_MAX 40 /* characters of a value quoted in a message */

/* The project codes of one filing, for duplicate-code: open addressing
 * on a 64-bit hash, at most half full. */
typedef struct {
	uint64_t h;
	char *code; /* NULL: free */
	long line;
} code_slot;

struct ck_codes {
	char *file; /* the filing: file and doc */
	int doc;
	int seq; /* the last project's number and line */
	long line;
	code_slot *slot;
	size_t n, cap;
};

struct pb_checker {
	struct ck_codes codes;
	unsigned char *on;
	pb_finding_fn fn;
	void *ctx;
	pb_check_stats st;
};

static const char *const sev_names[] = { "info", "warning", "error" };

size_t pb_rule_count(void)
{
	return pb_nrules;
}

const pb_rule *pb_rule_at(size_t i)
{
	return i < pb_nrules ? &pb_rule_defs[i].r : NULL;
}

int pb_rule_find(const char *name)
{
	for (size_t i = 0; i < pb_nrules; i++)
		if (!strcmp(pb_rule_defs[i].r.name, name))
			return (int)i;
	return -1;
}

const char *pb_severity_name(pb_severity s)
{
	return (unsigned)s < 3 ? sev_names[s] : "?";
}

int pb_severity_parse(const char *name, pb_severity *s)
{
	for (int i = 0; i < 3; i++)
		if (!strcmp(name, sev_names[i])) {
			*s = (pb_severity)i;
			return 0;
		}
	return -1;
}

pb_checker *pb_checker_new(pb_finding_fn fn, void *ctx)
{
	pb_checker *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->on = malloc(pb_nrules ? pb_nrules : 1);
	if (!c->on) {
		free(c);
		return NULL;
	}
	memset(c->on, 1, pb_nrules);
	c->fn = fn;
	c->ctx = ctx;
	return c;
}

static void codes_clear(struct ck_codes *cs)
{
	for (size_t i = 0; i < cs->cap; i++)
		free(cs->slot[i].code);
	free(cs->slot);
	free(cs->file);
	memset(cs, 0, sizeof *cs);
}

void pb_checker_free(pb_checker *c)
{
	if (!c)
		return;
	codes_clear(&c->codes);
	free(c->on);
	free(c);
}

int pb_checker_enable(pb_checker *c, const char *name, int on)
{
	if (!strcmp(name, "all")) {
		memset(c->on, on ? 1 : 0, pb_nrules);
		return 0;
	}
	int i = pb_rule_find(name);
	if (i < 0)
		return -1;
	c->on[i] = on ? 1 : 0;
	return 0;
}

const pb_check_stats *pb_checker_stats(const pb_checker *c)
{
	return &c->st;
}

/* ---- helpers the rules use ---- */

static uint64_t code_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3u;
	return h;
}

/* the slot holding code, or the free one where it goes */
static code_slot *code_find(struct ck_codes *cs, uint64_t h, const char *code)
{
	size_t i = (size_t)h & (cs->cap - 1);
	while (cs->slot[i].code && (cs->slot[i].h != h || strcmp(cs->slot[i].code, code)))
		i = (i + 1) & (cs->cap - 1);
	return &cs->slot[i];
}

static int codes_grow(struct ck_codes *cs)
{
	size_t cap = cs->cap ? cs->cap * 2 : 64;
	struct ck_codes bigger = *cs;
	if (cap > SIZE_MAX / sizeof *cs->slot || !(bigger.slot = calloc(cap, sizeof *cs->slot)))
		return -1;
	bigger.cap = cap;
	for (size_t i = 0; i < cs->cap; i++)
		if (cs->slot[i].code)
			*code_find(&bigger, cs->slot[i].h, cs->slot[i].code) = cs->slot[i];
	free(cs->slot);
	*cs = bigger;
	return 0;
}

long ck_code_before(ck *k, const char *code, long line)
{
	struct ck_codes *cs = k->codes;
	uint64_t h = code_hash(code);

	if (cs->cap) {
		code_slot *s = code_find(cs, h, code);
		if (s->code)
			return s->line;
	}
	if ((cs->n + 1) * 2 > cs->cap && codes_grow(cs) < 0) {
		k->oom = 1;
		return 0;
	}
	code_slot *s = code_find(cs, h, code);
	if (!(s->code = strdup(code))) {
		k->oom = 1;
		return 0;
	}
	s->h = h;
	s->line = line;
	cs->n++;
	return 0;
}

/*
 * A project of another filing than the last: its codes start afresh.
 * So does one whose number in the filing is not past the last one's
 * and whose line is not below the last one's (or the unparsed text
 * before a filing's first project): the same filing again (pbcheck a a,
 * overlapping globs, two runs on stdin), whose records name the same
 * file and doc.  Taken for one filing, each code was its own duplicate
 * ("also the code of the project at line 57" at line 57) and pbcheck
 * failed a filing with no fault.  Both must go back: records without a
 * number (another tool's) all read as project 1.
 */
static int codes_for(struct ck_codes *cs, const pb_project *p)
{
	const char *file = p->file ? p->file : "";
	int again = pb_source_is_carrier(p) || (p->seq <= cs->seq && p->line <= cs->line);
	int same = cs->file && cs->doc == p->doc && !strcmp(cs->file, file) && !again;
	if (!same) {
		codes_clear(cs);
		cs->doc = p->doc;
		if (!(cs->file = strdup(file)))
			return -1;
	}
	cs->seq = p->seq;
	cs->line = p->line;
	return 0;
}

int ck_rule_on(const ck *k, const char *name)
{
	int i = pb_rule_find(name);
	return i >= 0 && k->on[i];
}

pb_buf *ck_scratch(ck *k)
{
	pb_buf *b = &k->show[k->next_show];
	k->next_show = (k->next_show + 1) % CK_NSHOW;
	pb_buf_reset(b);
	return b;
}

const char *ck_shown(ck *k, const char *s, size_t n)
{
	return ck_shown_upto(k, s, n, SHOW_MAX);
}

const char *ck_shown_upto(ck *k, const char *s, size_t n, size_t max)
{
	pb_buf *b = ck_scratch(k);
	size_t chars = 0, i = 0;

	while (i < n && chars < max) {
		int32_t cp;
		int len = pb_utf8_decode(s + i, n - i, &cp);
		if (cp >= 0 && (cp < 0x20 || cp == 0x7f))
			k->oom |= pb_buf_addc(b, ' ');
		else
			k->oom |= pb_buf_add(b, s + i, (size_t)len);
		i += (size_t)len;
		chars++;
	}
	if (i < n)
		k->oom |= pb_buf_adds(b, "…");
	return b->ptr;
}

const char *ck_show(ck *k, const char *s)
{
	return ck_shown(k, s ? s : "", s ? strlen(s) : 0);
}

const char *ck_money(ck *k, pb_money m)
{
	char t[PB_MONEY_FMT_CAP];
	pb_buf *b = ck_scratch(k);
	if (pb_money_format(m, -1, t, sizeof t) < 0)
		strcpy(t, "?");
	k->oom |= pb_buf_adds(b, t);
	return b->ptr;
}

static int blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t')
			return 0;
	return 1;
}

/* "CODE LEVEL3: " in front of every message, so a line of output says
 * where it is even away from the file */
static void where(ck *k, pb_buf *m, size_t ind)
{
	const pb_project *p = k->p;
	if (k->carrier)
		return;
	if (!blank(p->code))
		k->oom |= pb_buf_adds(m, ck_show(k, p->code));
	else if (!blank(p->name))
		k->oom |= pb_buf_printf(m, "(no code) %s", ck_show(k, p->name));
	else
		k->oom |= pb_buf_printf(m, "project %d", p->seq);
	if (ind) {
		const char *l3 = p->ind[ind - 1].level3;
		if (!blank(l3))
			k->oom |= pb_buf_printf(m, " %s", ck_show(k, l3));
		else
			k->oom |= pb_buf_printf(m, " indicator %zu", ind);
	}
	k->oom |= pb_buf_adds(m, ": ");
}

/* the formatted body of a message into b */
static void body(ck *k, pb_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	char small[256];
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(small, sizeof small, fmt, ap);
	if (n < 0)
		k->oom = 1;
	else if ((size_t)n < sizeof small)
		k->oom |= pb_buf_add(b, small, (size_t)n);
	else if (pb_buf_grow(b, (size_t)n + 1) == 0) {
		vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap2);
		b->len += (size_t)n;
	} else
		k->oom = 1;
	va_end(ap2);
}

static int hold(ck *k)
{
	if (k->nh < k->caph)
		return 0;
	return pb_grow_to(&k->h, &k->caph, k->nh + 1, 16, sizeof *k->h);
}

void ck_emit(ck *k, long line, size_t ind, const char *value, const char *fmt, ...)
{
	pb_buf b = PB_BUF_INIT, m = PB_BUF_INIT;
	va_list ap;
	/* value and the arguments may sit in the ring that where() reuses:
	 * take them before it runs */
	char *v = value ? strdup(value) : NULL;

	va_start(ap, fmt);
	body(k, &b, fmt, ap);
	va_end(ap);
	where(k, &m, ind);
	k->oom |= pb_buf_add(&m, b.ptr, b.len);
	pb_buf_free(&b);
	char *msg = strdup(m.ptr);
	pb_buf_free(&m);
	if (!msg || (value && !v) || hold(k) < 0) {
		free(msg);
		free(v);
		k->oom = 1;
		return;
	}
	ck_held *f = &k->h[k->nh];
	f->line = line;
	f->ind = ind;
	f->rule = k->rule;
	f->order = k->nh;
	f->msg = msg;
	f->value = v;
	k->nh++;
}

/* ---- running the rules ---- */

static int by_line(const void *a, const void *b)
{
	const ck_held *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void run_rules(ck *k)
{
	for (size_t r = 0; r < pb_nrules; r++) {
		const pb_rule_def *d = &pb_rule_defs[r];
		if (!k->on[r] || (k->carrier && !d->on_carrier))
			continue;
		k->rule = r;
		if (d->project)
			d->project(k);
		for (size_t i = 0; d->indicator && i < k->p->nind; i++)
			d->indicator(k, i);
	}
}

static void hand_out(pb_checker *c, ck *k)
{
	const pb_project *p = k->p;
	if (k->nh > 1)
		qsort(k->h, k->nh, sizeof *k->h, by_line);
	for (size_t i = 0; i < k->nh; i++) {
		const ck_held *h = &k->h[i];
		pb_finding f = {
			p->file, p->doc, h->line, blank(p->code) ? NULL : p->code, h->ind,
			&pb_rule_defs[h->rule].r, h->msg, h->value,
		};
		c->st.findings[f.rule->severity]++;
		if (c->fn)
			c->fn(&f, c->ctx);
	}
}

int pb_checker_project(pb_checker *c, const pb_project *p)
{
	ck k;

	memset(&k, 0, sizeof k);
	for (size_t i = 0; i < CK_NSHOW; i++)
		pb_buf_init(&k.show[i]);
	k.p = p;
	k.on = c->on;
	k.codes = &c->codes;
	if (codes_for(&c->codes, p) < 0)
		k.oom = 1;
	/* unparsed records before any project: no project to judge, only them */
	k.carrier = pb_source_is_carrier(p);
	if (!k.carrier) {
		c->st.projects++;
		c->st.indicators += p->nind;
	}
	run_rules(&k);
	hand_out(c, &k);
	for (size_t i = 0; i < k.nh; i++) {
		free(k.h[i].msg);
		free(k.h[i].value);
	}
	free(k.h);
	for (size_t i = 0; i < CK_NSHOW; i++)
		pb_buf_free(&k.show[i]);
	return k.oom ? -1 : 0;
}
