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

int pb_grow_to(void *arrp, size_t *cap, size_t need, size_t first, size_t size)
{
	void **arr = arrp;
	size_t c = *cap ? *cap : first;
	if (need <= *cap)
		return 0;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			return -1;
		c *= 2;
	}
	if (c > SIZE_MAX / size)
		return -1;
	void *p = realloc(*arr, c * size);
	if (!p)
		return -1;
	*arr = p;
	*cap = c;
	return 0;
}
