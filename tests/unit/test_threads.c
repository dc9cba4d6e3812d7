/* Parsers in several threads at once: the heading patterns are compiled
 * once and shared, and what a match writes is each thread's own.  Each
 * thread checks the hand-written heading tests against the patterns over
 * keys made of headings' pieces (most reach PCRE2 with captures); a
 * match whose captures another thread overwrote would disagree.  Run
 * under -fsanitize=thread by hand as well (the commit that added this
 * says how); here it checks the results. */
#include <pthread.h>
#include <stdlib.h>

#include "buf.h"
#include "harness.h"
#include "heading.h"
#include "split.h"

enum { NTHREADS = 4, NKEYS = 20000 };

typedef struct {
	unsigned seed;
	int bad, units, made;
} job;

static void *run(void *arg)
{
	static const char *const pool[] = {
		"806001", "806001-", "806001（", "1.", "2024年", "二〇二五年", "部门预算绩效文本",
		"甲", "乙局", " ", "：", "绩效目标", "表", "万元", "）", "第二部分", "预算项目绩效目标",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	job *j = arg;
	pb_buf key = PB_BUF_INIT;

	/* a splitter made in each thread, as a program of several would */
	pb_splitter *sp = pb_splitter_new(NULL, NULL);
	j->made = sp != NULL;
	pb_splitter_free(sp);
	for (int t = 0; t < NKEYS; t++) {
		pb_buf_reset(&key);
		int len = 1 + (int)((j->seed = j->seed * 1103515245u + 12345u) >> 16) % 5;
		for (int k = 0; k < len; k++)
			pb_buf_adds(&key, pool[((j->seed = j->seed * 1103515245u + 12345u) >> 16) % np]);
		j->bad += pb_heading_check_by_hand(key.ptr, key.len) < 0;
		size_t co, no;
		j->units += pb_unit_line(key.ptr, key.len, &co, &no);
	}
	pb_buf_free(&key);
	return NULL;
}

void test_threads(void);
void test_threads(void)
{
	pthread_t th[NTHREADS];
	job jobs[NTHREADS];
	int started = 0;

	for (int i = 0; i < NTHREADS; i++) {
		jobs[i] = (job){ .seed = 11 };
		started += pthread_create(&th[i], NULL, run, &jobs[i]) == 0;
	}
	CHECK(started == NTHREADS);
	for (int i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i < started; i++) {
		CHECK(jobs[i].made);
		CHECK(jobs[i].bad == 0);
		/* the same keys in every thread: the same unit lines found */
		CHECK(jobs[i].units == jobs[0].units);
	}
	CHECK(jobs[0].units > 500);
}
