#include "pathname.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

/* \xHH: the one form every escaped byte takes, in records and lines */
static int hex_byte(pb_buf *b, unsigned char c)
{
	char t[5];
	snprintf(t, sizeof t, "\\x%02X", c);
	return pb_buf_add(b, t, 4);
}

/* the length of the UTF-8 character at s, or 0 when s[0] starts none */
static size_t char_len(const char *s, size_t n)
{
	int32_t cp;
	int l = pb_utf8_decode(s, n, &cp);
	return cp < 0 ? 0 : (size_t)l;
}

int pb_path_name(pb_buf *b, const char *path)
{
	size_t n = strlen(path), i = 0, run = 0;
	int r = 0;

	while (i < n) {
		unsigned char c = (unsigned char)path[i];
		size_t l = c < 0x80 ? 1 : char_len(path + i, n - i);
		/* a backslash before x would read as an escape: escaped too */
		if (l && !(c == '\\' && path[i + 1] == 'x')) {
			i += l;
			continue;
		}
		r |= pb_buf_add(b, path + run, i - run);
		r |= hex_byte(b, c);
		run = ++i;
	}
	r |= pb_buf_add(b, path + run, i - run);
	return r ? -1 : 0;
}

char *pb_path_name_dup(const char *path)
{
	pb_buf b = PB_BUF_INIT;
	char *s;

	if (pb_path_name(&b, path) < 0 || !(s = strdup(b.ptr))) {
		pb_buf_free(&b);
		return NULL;
	}
	pb_buf_free(&b);
	return s;
}

const char *pb_path_name_note(const char *path)
{
	size_t n = strlen(path);
	int bs = 0;

	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)path[i];
		size_t l = c < 0x80 ? 1 : char_len(path + i, n - i);
		if (!l)
			return "warning: the file name is not UTF-8: records write its bytes as \\xHH";
		bs |= c == '\\' && path[i + 1] == 'x';
		i += l;
	}
	return bs ? "warning: the file name holds \\x: records write that backslash as \\x5C" : NULL;
}

/* the escape of a control character in a line, as TSV writes the first three */
static int control(pb_buf *b, unsigned char c)
{
	switch (c) {
	case '\n': return pb_buf_add(b, "\\n", 2);
	case '\t': return pb_buf_add(b, "\\t", 2);
	case '\r': return pb_buf_add(b, "\\r", 2);
	default: return hex_byte(b, c);
	}
}

int pb_name_line(pb_buf *b, const char *name)
{
	size_t n = strlen(name), i = 0, run = 0;
	int r = 0;

	while (i < n) {
		unsigned char c = (unsigned char)name[i];
		char next = name[i + 1];
		size_t l = c < 0x80 ? 1 : char_len(name + i, n - i);
		int ctl = c < 0x20 || c == 0x7F;
		/* a backslash before n, t or r would read as a control
		 * character; before x it is already a record name's escape */
		int bs = c == '\\' && (next == 'n' || next == 't' || next == 'r');
		/* a C1 control (U+0080..U+009F, C2 80..C2 9F): U+009B is a
		 * terminal's CSI, as ESC [ is, and went out raw; its two
		 * bytes are the path's, \xC2\x9B */
		if (l == 2 && c == 0xC2 && (unsigned char)next <= 0x9F) {
			r |= pb_buf_add(b, name + run, i - run);
			r |= hex_byte(b, c) | hex_byte(b, (unsigned char)next);
			run = i += 2;
			continue;
		}
		if (l && !ctl && !bs) {
			i += l;
			continue;
		}
		r |= pb_buf_add(b, name + run, i - run);
		r |= ctl ? control(b, c) : hex_byte(b, c);
		run = ++i;
	}
	r |= pb_buf_add(b, name + run, i - run);
	return r ? -1 : 0;
}
