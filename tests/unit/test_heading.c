/* The cheap tests before the heading patterns: random keys made of the
 * pieces headings are made of must never be turned away by a test when
 * their pattern would take them. */
#include "buf.h"
#include "harness.h"
#include "heading.h"

void test_heading(void);
void test_heading(void)
{
	static const char *const pool[] = {
		"第", "一", "二", "三", "十", "部分", "部门", "整体", "预算", "项目", "绩效目标", "表",
		"总体", "分项", "工作保障措施", "目录", "项目编码", "项目编号", "文本", "年", "年度",
		"预算绩效文本", "绩效目标文本", "2024", "1", "2", "3", "12", "1234", "806001",
		"8060011", ".", "．", "、", " ", "\t", "%", "x", "甲", "：", "。",
	};
	const size_t np = sizeof pool / sizeof pool[0];
	unsigned seed = 7;
	pb_buf key = PB_BUF_INIT;
	int bad = 0, taken = 0;

	for (int t = 0; t < 200000; t++) {
		pb_buf_reset(&key);
		seed = seed * 1103515245u + 12345u;
		int len = 1 + (int)(seed >> 16) % 7;
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			pb_buf_adds(&key, pool[(seed >> 16) % np]);
		}
		if (pb_heading_check_filters(key.ptr, key.len) < 0)
			bad++;
		pb_line_class c = pb_classify(key.ptr, key.len, key.ptr, key.len);
		taken += c != PB_L_TEXT && c != PB_L_BLANK;
	}
	CHECK(bad == 0);
	CHECK(taken > 1000); /* the pool does make headings */
	pb_buf_free(&key);

	/* each pattern once, through the classifier */
	static const struct { const char *key; pb_line_class want; } cases[] = {
		{ "第一部分", PB_L_PART1 }, { "第2部分", PB_L_PART2 }, { "部门整体绩效目标", PB_L_PART1 },
		{ "预算项目绩效目标", PB_L_PART2 }, { "一、总体绩效目标", PB_L_OVERALL },
		{ "1.部门总体绩效目标", PB_L_OVERALL }, { "二、分项绩效目标", PB_L_SUBGOALS },
		{ "3. 工作保障措施", PB_L_MEASURES }, { "1.甲绩效目标表", PB_L_TABLE_TITLE },
		{ "12、乙绩效目标", PB_L_TITLE_HALF }, { "表", PB_L_TABLE_BIAO },
		{ "3.50", PB_L_TEXT }, { "1.完善制度", PB_L_NUMBERED },
		{ "2024年部门预算绩效文本", PB_L_COVER_TITLE }, { "项目编码", PB_L_PROJECT_CODE },
		{ "目录", PB_L_TOC_HEAD }, { "甲乙丙", PB_L_TEXT },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *k = cases[i].key;
		CHECK(pb_classify(k, strlen(k), k, strlen(k)) == cases[i].want);
	}
	/* a long line holding a cover title is prose to pb_classify */
	pb_buf lng = PB_BUF_INIT;
	pb_buf_adds(&lng, "甲2024年部门预算绩效文本");
	for (int i = 0; i < 80; i++)
		pb_buf_adds(&lng, "乙");
	CHECK(pb_heading_check_filters(lng.ptr, lng.len) == 0);
	CHECK(pb_classify(lng.ptr, lng.len, lng.ptr, lng.len) == PB_L_TEXT);
	pb_buf_free(&lng);
	size_t co, no;
	CHECK(pb_unit_line("806001曹妃甸区", strlen("806001曹妃甸区"), &co, &no) && no == 6);
	CHECK(!pb_unit_line("8060011曹妃甸区", strlen("8060011曹妃甸区"), &co, &no));
}
