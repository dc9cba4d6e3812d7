/*
 * test_arena.c - the string arena (lib/arena.c): strings stay intact
 * while later ones are added, big ones included, strndup stops at a
 * NUL as strndup does, memdup copies exactly the length given, and a
 * reset arena takes strings again.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "harness.h"

void test_arena(void);

void test_arena(void)
{
	pb_arena *a = NULL;
	char *s[300];
	char want[300][40];

	for (int i = 0; i < 300; i++) {
		snprintf(want[i], sizeof want[i], "string %d of the arena", i);
		s[i] = pb_arena_strdup(&a, want[i]);
		CHECK(s[i] != NULL);
	}
	/* a string bigger than a block gets one of its own */
	size_t big = 100000;
	char *b = malloc(big + 1);
	memset(b, 'x', big);
	b[big] = '\0';
	char *bs = pb_arena_strndup(&a, b, big);
	CHECK(bs && strlen(bs) == big && !memcmp(bs, b, big));
	char *after = pb_arena_strdup(&a, "after the big one");
	for (int i = 0; i < 300; i++)
		CHECK_STR(s[i], want[i]);
	CHECK_STR(after, "after the big one");
	free(b);

	CHECK_STR(pb_arena_strndup(&a, "ab\0cd", 5), "ab");
	CHECK_STR(pb_arena_strndup(&a, "abcdef", 3), "abc");
	CHECK_STR(pb_arena_strndup(&a, "", 0), "");
	/* memdup: every length around its short-copy bound */
	for (size_t n = 0; n < 40; n++) {
		char *m = pb_arena_memdup(&a, "0123456789abcdefghijklmnopqrstuvwxyzABCD", n);
		CHECK(m && strlen(m) == n && !memcmp(m, "0123456789abcdefghijklmnopqrstuvwxyzABCD", n));
	}
	CHECK(pb_arena_alloc(&a, 0) != NULL);
	/* reset keeps one block, empty, and strings go on as before */
	pb_arena_reset(&a);
	CHECK(a != NULL);
	for (int i = 0; i < 300; i++) {
		s[i] = pb_arena_strdup(&a, want[i]);
		CHECK(s[i] != NULL);
	}
	for (int i = 0; i < 300; i++)
		CHECK_STR(s[i], want[i]);
	pb_arena_free(&a);
	CHECK(a == NULL);
	pb_arena_free(&a); /* twice is harmless */
}
