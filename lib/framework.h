/*
 * framework.h - the indicator framework of DOMAIN.md: the four level-1
 * names and the level-2 names under each.  pbtable reads merged level
 * cells by it; pbcheck reviews the names against it.
 *
 * A name may carry its weight in the scoring (产出指标（50分）, 数量指标
 * (20分)): it is the same name, and is matched without it.
 *
 * Also the form the budget system gives a project code, which pbtable
 * cuts a code at and pbcheck's code-format reviews.
 */
#ifndef PB_FRAMEWORK_H
#define PB_FRAMEWORK_H

enum { PB_NL1 = 4 };

/* "产出指标", "效益指标", "满意度指标", "成本指标" */
extern const char *const pb_l1_names[PB_NL1];

/* is s (NULL: no) the framework's name, weight or none? */
int pb_framework_same(const char *s, const char *name);
/* the level-1 name's index, or -1; s may be NULL */
int pb_l1_index(const char *s);
/* is s a level-2 name under level-1 l1? */
int pb_l2_under(int l1, const char *s);
/* the level-1 a level-2 name belongs to, or -1 (成本指标 is 产出指标's) */
int pb_l2_parent(const char *s);

/* The same four for the review (pbcheck): a name without its 指标 (产出,
 * 数量) is the framework's too.  pbtable reads the exact names above. */
int pb_review_same(const char *s, const char *name);
int pb_review_l1(const char *s);
int pb_review_l2_under(int l1, const char *s);
int pb_review_l2_parent(const char *s);

/* Do the first 21 bytes of c have a project code's form: 6-digit
 * region, 2-digit year, P, 12 digits or capitals (13018624P008549100030)?
 * What follows them is the caller's to judge. */
int pb_code_form(const char *c);

/* A cell (NULL: none) that holds only a mark for "nothing here" (/, -,
 * —, 无 …, blanks around): the mark, else NULL. */
const char *pb_placeholder(const char *s);

#endif
