#include "split_records.h"

#include <string.h>

#include "jsonw.h"

static const char bom[] = "\xEF\xBB\xBF";

int pb_split_writer_init(pb_split_writer *w, int tsv)
{
	int err = 0;

	memset(w, 0, sizeof *w);
	w->tsv = tsv;
	pb_buf_init(&w->head);
	pb_buf_init(&w->bom_text);
	/* the kind field of a block record and the title's name after it */
	for (int k = 0; k <= PB_BLK_OTHER; k++) {
		const char *name = pb_blk_kind_name((pb_blk_kind)k);
		pb_buf_init(&w->kind[k]);
		if (pb_buf_adds(&w->kind[k], ",\"kind\":") < 0 ||
		    pb_json_quote_utf8(&w->kind[k], name, strlen(name)) < 0 ||
		    pb_buf_adds(&w->kind[k], ",\"title\":") < 0)
			err = -1;
	}
	return err;
}

void pb_split_writer_free(pb_split_writer *w)
{
	pb_buf_free(&w->head);
	pb_buf_free(&w->bom_text);
	for (int k = 0; k <= PB_BLK_OTHER; k++)
		pb_buf_free(&w->kind[k]);
}

int pb_write_split_tsv_header(pb_buf *b)
{
	return pb_buf_adds(b, "file\tdoc\tseq\tkind\ttitle\tline\tend_line\tbytes\n");
}

int pb_write_doc(pb_split_writer *w, pb_buf *b, const pb_doc *d)
{
	pb_jw j;
	size_t at = b->len; /* where the doc's record begins */

	if (w->tsv)
		return 0;
	pb_jw_begin(&j, b, "doc");
	PB_JW_STR(&j, "file", w->file);
	PB_JW_INT(&j, "doc", d->doc);
	PB_JW_INT(&j, "line", d->line);
	/* what the splitter found in the decoded text is valid UTF-8
	 * (fuzz/fuzz_split.c checks), and the encoding a name of ours:
	 * checking them again was 1.2 M instructions of pbsplit's 98.4 M on
	 * three corpus files */
	PB_JW_NEXT(&j, "dept");
	pb_jw_utf8v(&j, d->dept);
	PB_JW_NEXT(&j, "dept_code");
	pb_jw_utf8v(&j, d->dept_code);
	if (d->year)
		PB_JW_INT(&j, "year", d->year);
	else
		PB_JW_NULL(&j, "year");
	PB_JW_NEXT(&j, "title");
	pb_jw_utf8v(&j, d->title);
	if (d->draft < 0)
		PB_JW_NULL(&j, "draft");
	else
		pb_jw_bool(&j, "draft", d->draft);
	PB_JW_NEXT(&j, "compiled_by");
	pb_jw_utf8v(&j, d->compiled_by);
	PB_JW_NEXT(&j, "reviewed_by");
	pb_jw_utf8v(&j, d->reviewed_by);
	PB_JW_NEXT(&j, "encoding");
	pb_jw_utf8v(&j, d->encoding);
	PB_JW_INT(&j, "blocks", (long long)d->nblocks);
	pb_jw_end(&j);
	if (j.err) {
		pb_buf_truncate(b, at);
		return -1;
	}
	/* what every block record of the doc starts with, written once */
	pb_buf_reset(&w->head);
	pb_jw_begin(&j, &w->head, "block");
	pb_jw_str(&j, "file", w->file);
	pb_jw_int(&j, "doc", d->doc);
	PB_JW_NEXT(&j, "seq");
	return j.err ? -1 : 0;
}

/*
 * A block record.  The decoder's output is valid UTF-8, and so is every
 * title the splitter makes of it (fuzz/fuzz_split.c checks): none is
 * checked again.  The fields around the title are written in place, one
 * test of the room for each run of them: field by field (and the kind
 * quoted each time), pbsplit took 101.7 M instructions on three corpus
 * files, 99.7 M so.
 */
static int block_ndjson(pb_split_writer *w, pb_buf *b, const pb_doc *d, const pb_block *k,
                        size_t seq)
{
	static const char lines[] = ",\"line\":", end_line[] = ",\"end_line\":", text[] = ",\"text\":";
	const pb_buf *kind = &w->kind[k->kind];
	pb_jw j = { b, 0, 0 };
	char *o = pb_jw_room(&j, w->head.len + PB_JW_INT_MAX + kind->len);
	if (!o)
		return -1;
	memcpy(o, w->head.ptr, w->head.len);
	o = pb_jw_put_int(o + w->head.len, (long long)seq);
	memcpy(o, kind->ptr, kind->len);
	pb_jw_room_end(&j, o + kind->len);
	pb_jw_utf8v(&j, k->title);
	if (!(o = pb_jw_room(&j, sizeof lines + sizeof end_line + sizeof text + 2 * PB_JW_INT_MAX +
	                            32)))
		return -1;
	memcpy(o, lines, sizeof lines - 1);
	o = pb_jw_put_int(o + sizeof lines - 1, k->line);
	memcpy(o, end_line, sizeof end_line - 1);
	o = pb_jw_put_int(o + sizeof end_line - 1, k->end_line);
	if (k->part_unit) { /* 元 or 万元: nothing to escape */
		static const char unit[] = ",\"part_unit\":\"";
		memcpy(o, unit, sizeof unit - 1);
		o += sizeof unit - 1;
		memcpy(o, k->part_unit, strlen(k->part_unit));
		o += strlen(k->part_unit);
		*o++ = '"';
	}
	memcpy(o, text, sizeof text - 1);
	pb_jw_room_end(&j, o + sizeof text - 1);
	if (w->bom_due) {
		pb_buf_reset(&w->bom_text);
		if (pb_buf_add(&w->bom_text, bom, 3) < 0 ||
		    pb_buf_add(&w->bom_text, d->text.ptr + k->off, k->len) < 0)
			return -1;
		pb_jw_utf8nv(&j, w->bom_text.ptr, w->bom_text.len);
		w->bom_due = 0;
	} else {
		pb_jw_utf8nv(&j, d->text.ptr + k->off, k->len);
	}
	pb_jw_end(&j);
	return j.err;
}

int pb_write_block(pb_split_writer *w, pb_buf *b, const pb_doc *d, size_t i)
{
	const pb_block *k = &d->blocks[i];
	size_t from = b->len;
	int e;

	if (w->tsv) {
		e = pb_tsv_field(b, w->file, strlen(w->file)) < 0 ||
		    pb_buf_printf(b, "\t%d\t%zu\t%s\t", d->doc, i + 1, pb_blk_kind_name(k->kind)) < 0 ||
		    (k->title && pb_tsv_field(b, k->title, strlen(k->title)) < 0) ||
		    /* bytes: the length of the text, the mark's too */
		    pb_buf_printf(b, "\t%ld\t%ld\t%zu\n", k->line, k->end_line,
		                  k->len + (w->bom_due ? 3 : 0)) < 0;
		w->bom_due = 0;
	} else {
		e = block_ndjson(w, b, d, k, i + 1) < 0;
	}
	if (e) /* no half line goes out */
		pb_buf_truncate(b, from);
	return e ? -1 : 0;
}
