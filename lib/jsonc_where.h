/*
 * jsonc_where.h - where json-c is reading, for the tools' strdup.
 *
 * No part of pb_source's interface: source.c sets it around each call
 * that parses a line of NDJSON, and util/jsonc_oom.c, the strdup that
 * json-c's calls land in, reads it to say where memory ran out.
 */
#ifndef PB_JSONC_WHERE_H
#define PB_JSONC_WHERE_H

/* The input's name and the line while json-c parses one of its lines
 * of NDJSON; name NULL otherwise.  One for the process (not for
 * threads), as the strdup that reads it is. */
extern struct pb_jsonc_where {
	const char *name;
	long line;
} pb_jsonc_where;

#endif
