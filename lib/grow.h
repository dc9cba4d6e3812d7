/*
 * grow.h - arrays that double without a capacity field.
 *
 * pb_grow(&arr, n, size) makes room for element n (0-based) of an array
 * that already holds n elements.  It reallocates only when n is 0 or a
 * power of two, doubling the room, so appending stays amortized O(1).
 * -1 on overflow or out of memory, the array unchanged.
 */
#ifndef PB_GROW_H
#define PB_GROW_H

#include <stddef.h>

#include "compiler.h"

PB_MUST_CHECK int pb_grow(void *arrp, size_t n, size_t size);

/*
 * pb_grow_to(&arr, &cap, need, first, size): room for at least need
 * elements in an array whose capacity is kept in *cap: doubled (first
 * when 0) until it holds need.  -1 on overflow or out of memory, the
 * array and *cap unchanged.
 */
PB_MUST_CHECK int pb_grow_to(void *arrp, size_t *cap, size_t need, size_t first, size_t size);

#endif
