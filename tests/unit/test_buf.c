/* The buffer's invariants: never NULL, always NUL-terminated. */
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "grow.h"
#include "harness.h"

/* pb_grow and pb_grow_to: room as asked, doubling, and an overflowing
 * size refused with the array and its capacity left as they were. */
static void check_grow(void)
{
	int *a = NULL;
	size_t cap = 0;
	CHECK(pb_grow_to(&a, &cap, 1, 16, sizeof *a) == 0 && a && cap == 16);
	a[15] = 7;
	CHECK(pb_grow_to(&a, &cap, 16, 16, sizeof *a) == 0 && cap == 16);
	CHECK(pb_grow_to(&a, &cap, 17, 16, sizeof *a) == 0 && cap == 32 && a[15] == 7);
	CHECK(pb_grow_to(&a, &cap, 100, 16, sizeof *a) == 0 && cap == 128 && a[15] == 7);
	int *was = a;
	CHECK(pb_grow_to(&a, &cap, SIZE_MAX / 2 + 2, 16, sizeof *a) == -1 && a == was && cap == 128);
	CHECK(pb_grow_to(&a, &cap, SIZE_MAX / 4, 16, sizeof *a) == -1 && a == was && cap == 128);
	free(a);
	a = NULL;
	size_t n = 0;
	for (; n < 100; n++) {
		if (pb_grow(&a, n, sizeof *a) < 0)
			break;
		a[n] = (int)n;
	}
	CHECK(n == 100 && a[99] == 99 && a[0] == 0);
	was = a;
	CHECK(pb_grow(&a, (SIZE_MAX / 2) + 1, sizeof *a) == -1 && a == was);
	free(a);
}

void test_buf(void);
void test_buf(void)
{
	check_grow();
	pb_buf b = PB_BUF_INIT;
	CHECK(b.ptr != NULL && b.ptr[0] == '\0' && b.len == 0);
	pb_buf_consume(&b, 5); /* on an empty buffer: harmless */
	CHECK(b.len == 0 && b.ptr[0] == '\0');
	for (int i = 0; i < 1000; i++)
		CHECK(pb_buf_adds(&b, "ab") == 0);
	CHECK(b.len == 2000 && b.ptr[2000] == '\0');
	pb_buf_consume(&b, 1999);
	CHECK_STR(b.ptr, "b");
	pb_buf_printf(&b, "%d-%s", 42, "x");
	CHECK_STR(b.ptr, "b42-x");
	pb_buf_truncate(&b, 1);
	CHECK_STR(b.ptr, "b");
	CHECK(pb_buf_grow(&b, SIZE_MAX - 1) == -1); /* overflow refused */
	CHECK_STR(b.ptr, "b");                      /* and nothing changed */
	pb_buf_free(&b);
	CHECK(b.ptr != NULL && b.len == 0 && b.ptr[0] == '\0');
}
