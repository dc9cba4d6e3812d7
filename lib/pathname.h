/*
 * pathname.h - the one way an input's path is named, in records and in
 * lines of text, so that the two cannot disagree.
 *
 * A path is bytes; a record's `file` is UTF-8 text.  pb_path_name gives
 * the text a record names a path by: the path as given, but each byte
 * that is not UTF-8 as \xHH and a backslash before an x as \x5C.  Two
 * paths never get one name (unzip of a Windows archive makes GBK names,
 * x\377y.txt and x\376y.txt, that U+FFFD for each byte made one), and
 * the name reads back into the path.
 *
 * pb_name_line writes such a name into a line of text (a diagnostic,
 * pbcheck's text): control characters as \n, \t, \r or \xHH and a
 * backslash that would read as one of those as \x5C, so that a name with
 * a newline stays on its line and is not taken for another file's.
 */
#ifndef PB_PATHNAME_H
#define PB_PATHNAME_H

#include "buf.h"

/* Append the record name of path to b; 0, or -1 out of memory. */
int pb_path_name(pb_buf *b, const char *path);
/* The record name of path, malloc'd; NULL out of memory. */
char *pb_path_name_dup(const char *path);
/* What to warn once per input whose record name is not its path as
 * given ("warning: ..."), or NULL when they are the same. */
const char *pb_path_name_note(const char *path);
/* Append name (a record name; a raw path is escaped as well) to b for a
 * line of text; 0, or -1 out of memory. */
int pb_name_line(pb_buf *b, const char *name);

#endif
