/*
 * jsonc_oom.c - the tools' strdup, standing between json-c and a null
 * pointer.
 *
 * Why: json-c 0.16 and every release before it (Debian 12 bookworm
 * ships 0.16) copies each object key json_tokener_parse_ex reads with
 * strdup and does not check the copy: out of memory there, it reads
 * through NULL and the tool dies of SIGSEGV (tests/oom.bats found it,
 * failing each allocation of pbtable reading pbsplit's records in
 * turn).  json-c 0.17 checks that copy (json_tokener_error_memory), so
 * there this one only says the same out of memory sooner; it can go
 * when the build requires json-c 0.17 or later.
 *
 * How: a program's own strdup comes before libc's for the libraries it
 * loads, so json-c's calls land here.  While json-c parses a line
 * (pb_jsonc_where, lib/jsonc_where.h, names it) a copy that fails is
 * said as out of memory at that line and the tool exits 2 from inside
 * json-c: strdup cannot make json-c 0.16 fail the parse, and returning
 * NULL is the crash.  So the run ends where it stands, with the word
 * the tools give for want of memory.  Anywhere else it returns NULL, as
 * libc's does, for the caller to check.
 *
 * AddressSanitizer has a strdup of its own, which must stay the only
 * one: the sanitizer builds (make sanitize) go without this one, and
 * tests/oom.bats does not run there.
 */
#include <stdlib.h>
#include <string.h>

#include "jsonc_where.h"
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
