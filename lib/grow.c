#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

int pb_grow(void *arrp, size_t n, size_t size)
{
	void **arr = arrp;
	if (n & (n - 1))
		return 0;
	size_t cap = n ? n * 2 : 4;
	if (n > SIZE_MAX / 2 || cap > SIZE_MAX / size)
		return -1;
	void *p = realloc(*arr, cap * size);
	if (!p)
		return -1;
	*arr = p;
	return 0;
}
