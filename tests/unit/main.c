#include <stdio.h>

#include "harness.h"

int t_run, t_failed;

#define TESTS(X) X(buf) X(utf8) X(input) X(reader) X(gb18030) X(norm) X(heading) X(linememo) X(money) X(value) X(ndfast) X(jsonw) X(arena) X(table) X(framework) X(html) X(pathname) X(encline) X(threads) X(source_feed) X(split_input) X(oom)
#define DECL(n) void test_##n(void);
TESTS(DECL)

int main(void)
{
#define RUN(n) test_##n();
	TESTS(RUN)
	printf("unit: %d checks, %d failed\n", t_run, t_failed);
	/* the plain closing line CI reads */
	printf("%d passed, %d failed\n", t_run - t_failed, t_failed);
	return t_failed != 0;
}
