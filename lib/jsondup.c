/*
 * jsondup.c - a name given twice in one JSON object (see jsondup.h).
 *
 * json-c gives no sign of a repeated name, so the text says it: outside
 * strings, every ':' of valid JSON follows a name, and json-c's tree
 * holds one member per distinct name.  Fewer members than colons means a
 * name was given twice.  Only then are the names collected and sorted to
 * say which: a line of a million names costs n log n, not n squared.
 */
#include "jsondup.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* the members of every object in o, nested ones too */
static size_t tree_names(json_object *o)
{
	size_t k = 0;
	if (json_object_is_type(o, json_type_object)) {
		json_object_object_foreach(o, name, v) {
			(void)name;
			k += 1 + tree_names(v);
		}
	} else if (json_object_is_type(o, json_type_array)) {
		size_t n = json_object_array_length(o);
		for (size_t i = 0; i < n; i++)
			k += tree_names(json_object_array_get_idx(o, i));
	}
	return k;
}

/* The end of the string whose opening quote is at s[i]: the index of its
 * closing quote (n if none). */
static size_t string_end(const char *s, size_t i, size_t n)
{
	/* (memchr: pbcheck reads every indicator line through here, and
	 * most of a line is inside strings) */
	for (const char *q; ++i < n && (q = memchr(s + i, '"', n - i)); i = (size_t)(q - s)) {
		size_t b = 0;
		while (q - b > s + i && q[-1 - (long)b] == '\\')
			b++;
		if (b % 2 == 0)
			return (size_t)(q - s);
	}
	return n;
}

/* the colons outside strings */
static size_t text_names(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			i = string_end(s, i, n);
		else if (s[i] == ':')
			k++;
	}
	return k;
}

typedef struct {
	size_t obj;      /* which object: its '{' in order */
	size_t off, len; /* the name between its quotes */
} name_at;

static const char *sort_text; /* qsort has no context argument */

static int by_object_name(const void *a, const void *b)
{
	const name_at *x = a, *y = b;
	if (x->obj != y->obj)
		return x->obj < y->obj ? -1 : 1;
	size_t m = x->len < y->len ? x->len : y->len;
	int c = memcmp(sort_text + x->off, sort_text + y->off, m);
	if (c || x->len != y->len)
		return c ? c : x->len < y->len ? -1 : 1;
	return x->off < y->off ? -1 : x->off > y->off;
}

/* The repeated name, found by collecting every name with its object. */
static int which_name(const char *s, size_t n, size_t count, char *name, size_t size)
{
	enum { DEPTH = 64 }; /* json-c nests no deeper than 32 */
	size_t stack[DEPTH], depth = 0, objs = 0, k = 0;
	name_at *v = count ? calloc(count, sizeof *v) : NULL;
	if (count && !v)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '{' || s[i] == '[') {
			if (depth == DEPTH)
				break;
			stack[depth++] = s[i] == '{' ? ++objs : 0;
		} else if (s[i] == '}' || s[i] == ']') {
			depth -= depth > 0;
		} else if (s[i] == '"') {
			size_t e = string_end(s, i, n), j = e + 1;
			while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n'))
				j++;
			if (j < n && s[j] == ':' && depth && stack[depth - 1] && k < count)
				v[k++] = (name_at){ stack[depth - 1], i + 1, e - i - 1 };
			i = e;
		}
	}
	sort_text = s;
	if (k > 1)
		qsort(v, k, sizeof *v, by_object_name);
	/* of the names given twice, the one whose repeat comes first */
	size_t best = SIZE_MAX, at = 0, len = 0;
	for (size_t i = 1; i < k; i++)
		if (v[i].obj == v[i - 1].obj && v[i].len == v[i - 1].len &&
		    !memcmp(s + v[i].off, s + v[i - 1].off, v[i].len) && v[i].off < best)
			best = v[i].off, at = v[i].off, len = v[i].len;
	free(v);
	/* (a name repeated with another escape, "a" and "\u0061", stays
	 * unnamed) */
	if (len >= size)
		len = size ? size - 1 : 0;
	if (size) {
		memcpy(name, s + at, len);
		name[len] = 0;
	}
	return 0;
}

int pb_json_dup_name(const char *s, size_t n, json_object *o, char *name, size_t size)
{
	size_t colons = text_names(s, n);
	if (colons == tree_names(o))
		return 0;
	return which_name(s, n, colons, name, size) < 0 ? -1 : 1;
}
