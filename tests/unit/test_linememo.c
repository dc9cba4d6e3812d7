/* The memo of line keys gives what computing them gives, through hits,
 * misses and slots taken over by other lines. */
#include "buf.h"
#include "harness.h"
#include "heading.h"
#include "linememo.h"

void test_linememo(void);
void test_linememo(void)
{
	static const char *const pool[] = {
		"第一部分", "目录", "## ", "一、", "总体绩效目标", "1.", "甲", "绩效目标表", "表",
		" ", "\t", "２０２４年", "部门预算绩效文本", "806001", "项目编码", "乙乙乙乙乙乙乙乙",
		"提升应急处置能力，保障群众生命财产安全。",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	pb_linememo *m = pb_linememo_new();
	pb_buf raw = PB_BUF_INIT, want = PB_BUF_INIT, got = PB_BUF_INIT;
	unsigned seed = 5;
	int bad = 0, hits = 0, longer = 0;

	CHECK(m != NULL);
	for (int t = 0; t < 100000; t++) {
		pb_buf_reset(&raw);
		seed = seed * 1103515245u + 12345u;
		int len = (int)(seed >> 16) % 15; /* some too long to keep */
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			pb_buf_adds(&raw, pool[(seed >> 16) % np]);
		}
		pb_line_class cw, cg;
		const char *key = NULL;
		size_t kl = 0;
		pb_line_key(&want, raw.ptr, raw.len);
		cw = pb_classify(raw.ptr, raw.len, want.ptr, want.len);
		/* a NULL memo computes every time */
		if (pb_linememo_classify(t % 7 ? m : NULL, raw.ptr, raw.len, &got, &key, &kl, &cg) < 0 ||
		    cg != cw || kl != want.len || memcmp(key, want.ptr, kl) || key[kl] != '\0')
			bad++;
		hits += key != got.ptr;
		longer += raw.len > 248;
	}
	CHECK(bad == 0);
	CHECK(hits > 5000); /* the memo does answer */
	CHECK(longer > 500); /* and lines too long for it are computed */
	pb_linememo_free(m);
	pb_buf_free(&raw);
	pb_buf_free(&want);
	pb_buf_free(&got);
}
