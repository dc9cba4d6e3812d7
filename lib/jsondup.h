/*
 * jsondup.h - a name given twice in one JSON object.
 *
 * json-c keeps the last of repeated names without a word, and so did
 * every tool: {"type":"project",…,"type":"indicator"} was an indicator to
 * pbsum, a project dropped with exit 0, and "budget":5,"budget":7 was
 * summed as 7.  RFC 8259 leaves such an object's meaning open: the
 * tools call it a bad record.
 */
#ifndef PB_JSONDUP_H
#define PB_JSONDUP_H

#include <stddef.h>

#include <json.h>

/*
 * The JSON text s[0..n), which json-c parsed into o: 0 when no object in
 * it gives a name twice.  Else 1, and the first repeated name (cut to
 * size - 1 bytes, escapes as written) in name[0..size); -1 out of memory.
 * Cheap when there is none: one pass over s and one over o.
 */
int pb_json_dup_name(const char *s, size_t n, json_object *o, char *name, size_t size);

#endif
