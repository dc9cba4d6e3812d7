/* The buffer's invariants: never NULL, always NUL-terminated. */
#include <stdint.h>

#include "buf.h"
#include "harness.h"

void test_buf(void);
void test_buf(void)
{
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
