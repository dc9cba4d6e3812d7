/* Normalization of SCHEMA.md: the table of what wrapping and converters
 * do to text, and what the records must say instead. */
#include "harness.h"
#include "norm.h"

static const struct {
	const char *in, *want;
	int cell; /* pb_norm_cell instead of pb_norm */
} cases[] = {
	{ "预算规模及 资金用途", "预算规模及资金用途", 0 },
	{ "2024 年", "2024年", 0 },
	{ "≥6 套", "≥6套", 0 },
	{ "１２０.５０", "120.50", 0 },
	{ "≥95％", "≥95%", 0 },
	{ "≧300 天", "≥300天", 0 },
	{ "≦120", "≤120", 0 },
	{ "≤28134m ²", "≤28134m²", 0 },
	{ "≥ 90 %", "≥90%", 0 },
	{ "其中：财政    资金", "其中：财政资金", 0 },
	{ "  两端  ", "两端", 0 },
	{ "办公 OA 和门户", "办公 OA 和门户", 0 },      /* CJK-Latin spaces stay */
	{ "13018624P0000041000 14", "13018624P0000041000 14", 0 }, /* digit-digit stays */
	{ "word   word", "word word", 0 },
	{ "（草案）", "（草案）", 0 },                 /* CJK punctuation stays */
	{ "元／套", "元/套", 0 },
	{ "平均成本= 年度总成本/ 采购数量", "平均成本=年度总成本/采购数量", 0 },
	{ "社会效益指 标", "社会效益指标", 0 },
	{ "社会效益指\n标", "社会效益指标", 0 },
	{ "a\xff" "b", "a\xEF\xBF\xBD" "b", 0 },        /* bad UTF-8 replaced */
	{ "", "", 0 },
	{ "$\\leq 15\\%$", "≤15%", 1 },
	{ "$\\geq 200$ 顶", "≥200顶", 1 },
	{ "$\\unknown{x}$", "\\unknownx", 1 },
	{ "<p>1.甲</p> <p>2.乙</p>", "1.甲\n2.乙", 1 },
	{ "<span>甲</span>乙", "甲乙", 1 },
	{ "<3 人", "<3人", 1 },                      /* not a tag */
	{ "**重点**项目", "重点项目", 1 },
	{ "a&nbsp;&lt;b", "a <b", 1 },
	{ "$m^2$", "m²", 1 },
};

void test_norm(void);
void test_norm(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		pb_buf b = PB_BUF_INIT;
		const char *s = cases[i].in;
		if (cases[i].cell)
			CHECK(pb_norm_cell(&b, s, strlen(s), 1) == 0);
		else
			CHECK(pb_norm(&b, s, strlen(s), 0) == 0);
		CHECK_STR(b.ptr, cases[i].want);
		pb_buf_free(&b);
	}
	/* keep_newlines: each line normalized and trimmed by itself */
	pb_buf b = PB_BUF_INIT;
	const char *two = " 甲 乙 \n 丙";
	pb_norm(&b, two, strlen(two), 1);
	CHECK_STR(b.ptr, "甲乙\n丙");
	pb_buf_free(&b);
	CHECK(pb_is_cjk(0x4E00) && pb_is_cjk(0x3001) && !pb_is_cjk('a') && !pb_is_cjk(0x2265));
}
