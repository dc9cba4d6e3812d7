/*
 * jsonc_oom.c - the tools' strdup, standing between json-c and a null
 * pointer.
 *
 * json-c before 0.17 (Debian 12 ships 0.16) copies each object key it
 * parses with strdup and does not check the copy: out of memory there,
 * it reads through NULL and the tool dies of SIGSEGV (tests/oom.bats
 * found it, failing each allocation of pbtable reading pbsplit's
 * records in turn).  A program's own strdup comes before libc's for the
 * libraries it loads, so json-c's calls land here.  While json-c parses
 * a line (pb_jsonc_where names it) a copy that fails is said as out of
 * memory at that line and the tool exits 2: what it does anyway for
 * want of memory, with a word instead of a crash.  Anywhere else it
 * returns NULL, as libc's does.
 *
 * AddressSanitizer has a strdup of its own, which must stay the only
 * one: the sanitizer builds (make sanitize) go without this one, and
 * tests/oom.bats does not run there.
 */
#include <stdlib.h>
#include <string.h>

#include "source.h"
#include "util.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PB_ASAN 1
#endif
#endif
#if !defined(PB_ASAN) && !defined(__SANITIZE_ADDRESS__)
char *strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);

	if (p)
		return memcpy(p, s, n);
	if (pb_jsonc_where.name) {
		pb_diag(1, pb_jsonc_where.name, pb_jsonc_where.line, "out of memory");
		exit(PB_EXIT_ERROR);
	}
	return NULL;
}
#endif
