/*
 * table.h - one project table (项目绩效目标表) into a project, its
 * indicators, and unparsed regions.
 *
 * Works on the text of a project_table block, in either layout (tab grid
 * or cell per line).  Every string is normalized (norm.h) and owned by
 * the pb_project; amounts are exact (money.h) and already in 万元.
 * Nothing is dropped: what cannot be read becomes a pb_unparsed with the
 * reason and its lines.
 */
#ifndef PB_TABLE_H
#define PB_TABLE_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "money.h"
#include "value.h"

#define PB_NCHECK 4 /* 3月底 6月底 10月底 12月底 */
extern const char *const pb_check_names[PB_NCHECK]; /* "03" "06" "10" "12" */

typedef struct {
	int set;        /* 0: null */
	pb_money v;
} pb_amount;

typedef struct {
	long line;
	long value_line;  /* where the 指标值 cell is (cell per line: below line) */
	char *level1, *level2, *level3, *description, *value, *basis;
	/* the national template's 权重 and 指标方向性 cells as written */
	char *weight, *direction;
	/* a 备注 (note) and a 评分标准 (scoring rule) column's cells */
	char *note, *scoring;
	pb_value parsed;  /* spans point into value */
} pb_indicator;

typedef struct {
	long line, end_line;
	char *reason;
	char *text;       /* the lines concerned, as read */
} pb_unparsed;

/*
 * What the reason of an unparsed record says of an amount of the
 * budget's rows under a label read as none of the three (政府性基金,
 * 国有资本经营预算, 上级补助 beside 财政资金 and 其他资金): a source
 * written but not read.  pbcheck's budget-sum looks for it, the split
 * of the budget being incomplete: it blamed 500 = 300 + 150 + 50 for
 * not being 300 + 50.
 */
#define PB_UNREAD_SOURCE "a label read as none of 预算数, 财政资金, 其他资金"

/*
 * The reason of the unparsed record of a project table that has no
 * indicator table: the record spans the table, whose fields (code,
 * budget, plan, goals) were read all the same.  pbcheck says so ("lines
 * 1-9 read, but:"); "lines 1-9 not read" said they were lost.
 */
#define PB_NO_INDICATOR_TABLE "no indicator table (一级指标 header) in this project table"

/* The money keys of a project record whose absence pb_source says
 * (pb_project's absent): read as null, they were summed as nothing. */
enum { PB_ABSENT_BUDGET = 1, PB_ABSENT_FISCAL = 2, PB_ABSENT_OTHER = 4, PB_ABSENT_SPEND = 8 };

typedef struct {
	/* context from the filing */
	const char *file;
	char *own_file;       /* set when file is owned (read from NDJSON) */
	int doc;
	long line, end_line;
	int seq;              /* 1-based within the filing */
	/* lines of the rows that state these, 0 when absent, so findings
	 * can point at the row itself */
	long code_line, budget_line, plan_line, goals_line;
	char *title;
	char *dept, *dept_code;
	int year;             /* 0 unknown */
	char *code, *name;
	/* "title" when the 项目名称 cell was blank and name is the title's
	 * (so pbcheck can still call the cell empty), else NULL */
	char *name_from;
	/* the indicator header has no 指标值确定依据 column (the national
	 * template's): written "basis_column":false */
	int no_basis_col;
	/* the plan's label says 累计 (累计支出进度（%）): its values are
	 * cumulative whatever they sum to; written "schedule_cumulative":true
	 * for a percentage plan */
	int plan_cum;
	/* it has 权重 / 指标方向性 columns: the indicator records carry
	 * "weight" / "direction" */
	int weight_col, direction_col;
	/* it has 备注 / 评分标准 columns: "note" / "scoring" likewise */
	int note_col, scoring_col;
	char *source_unit;    /* "万元" or "元" as written, NULL if missing */
	pb_amount budget, fiscal, other;
	char *purpose;
	char *schedule_unit;  /* "%" or "万元", NULL when no plan */
	pb_amount schedule[PB_NCHECK];
	pb_amount spend[PB_NCHECK];
	int have_plan_col[PB_NCHECK]; /* the checkpoint column exists */
	/* pbtable's own: a value written at the checkpoint was not read
	 * (1O%), so the spend that depends on it is unknown, not nothing */
	unsigned char plan_unread[PB_NCHECK];
	char **goals;
	size_t ngoals;
	pb_indicator *ind;
	size_t nind;
	/* read back from a project record: the indicator records it says
	 * follow ("indicators"), -1 when it does not say */
	long said_ind;
	/* read back from a project record: the PB_ABSENT_* keys it lacks,
	 * read as null (0 for a table parsed) */
	unsigned absent;
	pb_unparsed *unp;
	size_t nunp;
	int oom;
	/* no project: the carrier of unparsed records that came before any
	 * project record (see pb_source_is_carrier) */
	int carrier;
	/* when set, every string above but own_file lives here (one
	 * string may be shared by several fields) */
	pb_arena *arena;
} pb_project;

/* The parser's buffers, kept from one table to the next so that a run
 * does not grow them again for every table. */
typedef struct pb_table_work pb_table_work;

typedef struct {
	const char *file;
	int doc;
	int seq;
	int doc_year;             /* 0 unknown */
	const char *doc_dept, *doc_dept_code;
	/* the unit (元 or 万元) stated once for the part the table is in
	 * (pbsplit's part_unit), NULL when none: the table's amounts are in
	 * it when it has no 单位 line of its own */
	const char *part_unit;
} pb_table_ctx;

/* Parse text (a project_table block starting at first_line) into p.
 * 0, or -1 on out of memory.  Free with pb_project_free. */
int pb_table_parse(const pb_table_ctx *ctx, const char *text, size_t len, long first_line,
                   pb_project *p);
/* The same, with buffers kept in w (NULL: buffers for this call only). */
int pb_table_parse_work(pb_table_work *w, const pb_table_ctx *ctx, const char *text, size_t len,
                        long first_line, pb_project *p);
void pb_project_free(pb_project *p);

/* NULL on out of memory.  Holds at most as much as the largest table
 * parsed with it (and the room of a project given back), until freed. */
pb_table_work *pb_table_work_new(void);
void pb_table_work_free(pb_table_work *w);

/* pb_project_free for a project parsed with w, keeping its room (the
 * arena's newest block, the indicator array) in w for the next table. */
void pb_table_work_recycle(pb_table_work *w, pb_project *p);

/* 0 makes the parser take the plain twin of each fast path, so that the
 * unit tests can compare them; 1 (the default) the fast ones.  Returns
 * the setting before. */
int pb_table_use_fast(int on);

/* Year of a project code (digits 7-8), 0 if it has none. */
int pb_code_year(const char *code);

#endif
