/* pathname.c: a path's record name and its line form give the path back */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "pathname.h"
#include "utf8.h"

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The reading FILE NAMES in the man pages promises: \xHH is the byte,
 * and in a line \n, \t, \r the control character; any other backslash
 * is itself. */
static void unescape(const char *s, int line, char *out)
{
	while (*s) {
		if (s[0] == '\\' && s[1] == 'x' && hexval(s[2]) >= 0 && hexval(s[3]) >= 0) {
			*out++ = (char)(hexval(s[2]) * 16 + hexval(s[3]));
			s += 4;
		} else if (line && s[0] == '\\' && (s[1] == 'n' || s[1] == 't' || s[1] == 'r')) {
			*out++ = s[1] == 'n' ? '\n' : s[1] == 't' ? '\t' : '\r';
			s += 2;
		} else {
			*out++ = *s++;
		}
	}
	*out = '\0';
}

static int no_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7F)
			return 0;
	return 1;
}

/* one path both ways: the name is UTF-8 and reads back; the line form
 * is one line and reads back */
static void round_trip(const char *path)
{
	pb_buf name = PB_BUF_INIT, line = PB_BUF_INIT;
	char back[256];

	CHECK(pb_path_name(&name, path) == 0);
	CHECK(pb_utf8_valid(name.ptr, name.len, NULL) == name.len);
	unescape(name.ptr, 0, back);
	CHECK_STR(back, path);
	CHECK(pb_name_line(&line, name.ptr) == 0);
	CHECK(no_control(line.ptr));
	unescape(line.ptr, 1, back);
	CHECK_STR(back, path);
	pb_buf_free(&name);
	pb_buf_free(&line);
}

static void named(const char *path, const char *want_name, const char *want_line)
{
	pb_buf b = PB_BUF_INIT;
	char *s = pb_path_name_dup(path);

	CHECK_STR(s, want_name);
	pb_name_line(&b, s);
	CHECK_STR(b.ptr, want_line);
	free(s);
	pb_buf_free(&b);
}

void test_pathname(void);
void test_pathname(void)
{
	/* pieces a path is made of at random: those that need escapes and
	 * those that only look as if they did */
	static const char *const piece[] = { "\\", "x", "n", "t", "F", "F0", "a", "\xFF", "\xE4\xB8",
	                                     "\xE4\xB8\xAD", "\n", "\t", "\r", "\x01", "\x7F", "/" };
	uint32_t seed = 12345;
	char path[128];

	named("a/b.txt", "a/b.txt", "a/b.txt");
	named("-", "-", "-");
	named("预算.txt", "预算.txt", "预算.txt");
	named("x\377y.txt", "x\\xFFy.txt", "x\\xFFy.txt");
	named("x\\xFFy.txt", "x\\x5CxFFy.txt", "x\\x5CxFFy.txt");
	named("w\nx.txt", "w\nx.txt", "w\\nx.txt");
	named("b\\n.txt", "b\\n.txt", "b\\x5Cn.txt");
	named("a\\b", "a\\b", "a\\b");
	named("t\ty\001\177", "t\ty\001\177", "t\\ty\\x01\\x7F");
	CHECK(pb_path_name_note("a\\b.txt") == NULL);
	CHECK(pb_path_name_note("预算.txt") == NULL);
	CHECK(strstr(pb_path_name_note("x\377y"), "not UTF-8") != NULL);
	CHECK(strstr(pb_path_name_note("x\\xy"), "\\x5C") != NULL);
	/* a raw path given to the line form (a fallback) is still one line */
	pb_buf b = PB_BUF_INIT;
	pb_name_line(&b, "x\377\n");
	CHECK_STR(b.ptr, "x\\xFF\\n");
	pb_buf_free(&b);
	for (int k = 0; k < 5000; k++) {
		size_t n = 0;
		path[0] = '\0';
		for (int j = 0; j < 12; j++) {
			seed = seed * 1103515245u + 12345u;
			const char *p = piece[(seed >> 16) % (sizeof piece / sizeof *piece)];
			if (n + strlen(p) >= sizeof path)
				break;
			strcpy(path + n, p);
			n += strlen(p);
		}
		round_trip(path);
	}
}
