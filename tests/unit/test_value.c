/*
 * test_value.c - indicator value parsing (lib/value.c).
 *
 * Every case is parsed from an exact-size heap copy with no terminating
 * NUL, so AddressSanitizer and valgrind catch any read past n.  Every field
 * of the result is compared, so a case also fails when the parser sets
 * something it should have left alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "value.h"

enum { N = PB_VK_NUMBER, D = PB_VK_DATE, T = PB_VK_TEXT };

static const struct vcase {
	const char *in;
	int kind;
	const char *op, *num, *unit; /* NULL = none */
	int partial;
	int y, m, d;
} cases[] = {
	/* the quantities of the filings */
	{ "≥95%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≤0.09万元", N, "<=", "0.09", "万元", 0, 0, 0, 0 },
	{ "365天", N, NULL, "365", "天", 0, 0, 0, 0 },
	{ "≥1亿", N, ">=", "1", "亿", 0, 0, 0, 0 },
	{ "37.09亩", N, NULL, "37.09", "亩", 0, 0, 0, 0 },
	{ "≥95百分比", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥85百分点", N, ">=", "85", "百分点", 0, 0, 0, 0 },
	{ "≤28134m²", N, "<=", "28134", "m²", 0, 0, 0, 0 },
	{ "100%", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "<3人", N, "<", "3", "人", 0, 0, 0, 0 },
	{ "≤8万/人", N, "<=", "8", "万/人", 0, 0, 0, 0 },
	{ "≤120元/套", N, "<=", "120", "元/套", 0, 0, 0, 0 },
	{ "≥1387.93m²", N, ">=", "1387.93", "m²", 0, 0, 0, 0 },
	{ "100100%", N, NULL, "100100", "%", 0, 0, 0, 0 },
	{ "3万", N, NULL, "3", "万", 0, 0, 0, 0 },
	{ "≥10次", N, ">=", "10", "次", 0, 0, 0, 0 },
	{ "1次", N, NULL, "1", "次", 0, 0, 0, 0 },
	{ "10%", N, NULL, "10", "%", 0, 0, 0, 0 },
	{ "≥1每村1次", N, ">=", "1", "每村1次", 0, 0, 0, 0 },
	{ "≤7村的数量", N, "<=", "7", "村的数量", 0, 0, 0, 0 },
	{ "≥95单位对因公出国境人员任务完成满意度", N, ">=", "95",
	  "单位对因公出国境人员任务完成满意度", 0, 0, 0, 0 },
	{ "≤12月", N, "<=", "12", "月", 0, 0, 0, 0 },
	{ "≥1年", N, ">=", "1", "年", 0, 0, 0, 0 },
	/* a month alone counts months; with its end or a day it is a date
	 * whose year the cell does not name */
	{ "12月底前", D, "<=", NULL, NULL, 0, 0, 12, 0 },
	{ "≤6月30日", D, "<=", NULL, NULL, 0, 0, 6, 30 },
	{ "6月30日前完成", D, "<=", NULL, NULL, 0, 0, 6, 30 },
	{ "2月29日", D, NULL, NULL, NULL, 0, 0, 2, 29 },
	{ "10月末以后", D, ">=", NULL, NULL, 0, 0, 10, 0 },
	{ "3个月", N, NULL, "3", "个月", 0, 0, 0, 0 },
	{ "6月份", N, NULL, "6", "月份", 0, 0, 0, 0 },
	{ "13月底", N, NULL, "13", "月底", 0, 0, 0, 0 },
	{ "123月底", N, NULL, "123", "月底", 0, 0, 0, 0 },
	{ "6月31日", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "6月123日", N, NULL, "6", "月123日", 0, 0, 0, 0 },
	{ "6月30日-7月1日", D, "<=", NULL, NULL, 0, 0, 7, 1 }, /* a period */
	{ "42", N, NULL, "42", NULL, 0, 0, 0, 0 },
	{ "2024.12", N, NULL, "2024.12", NULL, 0, 0, 0, 0 },
	{ "2024.12前", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "2024.6底", D, NULL, NULL, NULL, 0, 2024, 6, 0 },
	{ "≤2024.12月", N, "<=", "2024.12", "月", 0, 0, 0, 0 },
	{ "2024-12底前", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "1,234.5万元", N, NULL, "1,234.5", "万元", 0, 0, 0, 0 },
	{ "1,000,000元", N, NULL, "1,000,000", "元", 0, 0, 0, 0 },
	/* the full-width comma of a Chinese keyboard groups thousands too */
	{ "≥1，200项", N, ">=", "1，200", "项", 0, 0, 0, 0 },
	{ "≤5，000元/人", N, "<=", "5，000", "元/人", 0, 0, 0, 0 },
	{ "1,200，300台", N, NULL, "1,200，300", "台", 0, 0, 0, 0 },
	/* a clause after a comma or semicolon is said of the target, not
	 * its unit; a 以上 before it stays the op (review r14, F05) */
	{ "5，其中3项", N, NULL, "5", NULL, 0, 0, 0, 0 },
	{ "95%以上，力争100%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥95%，力争100%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥3个，其中省级1个", N, ">=", "3", "个", 0, 0, 0, 0 },
	{ "≥95%；力争98%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥95%; 力争98%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "95%以上（含95%），力争100%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "100%；", N, NULL, "100", "%", 0, 0, 0, 0 },
	/* a sentence's end is one too (r19d): 100%。 had unit %。 */
	{ "100%。", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "≥5项。", N, ">=", "5", "项", 0, 0, 0, 0 },
	{ "≤30天 。", N, "<=", "30", "天", 0, 0, 0, 0 },
	{ "≥95%以上。", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "100%（按期完成）。", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "≥95%。力争98%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "100%！", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "100%.", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "≥1.5项.", N, ">=", "1.5", "项", 0, 0, 0, 0 },
	{ "3人.次", N, NULL, "3", "人.次", 0, 0, 0, 0 },   /* a point inside */
	{ "≥90%。100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "1,000，其中", N, NULL, "1,000", NULL, 0, 0, 0, 0 },
	{ "≤5天（工作日，不含节假日）", N, "<=", "5", "天", 0, 0, 0, 0 },
	/* ...but another number there makes a list: which is the target? */
	{ "≥90%，100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥90%, 100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "1, 200", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥95%，力争98%-100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	/* a bare 内 after a measure is 以内; after a place it is the word's
	 * (review r14, F06) */
	{ "3个工作日内", N, "<=", "3", "个工作日", 0, 0, 0, 0 },
	{ "24小时内", N, "<=", "24", "小时", 0, 0, 0, 0 },
	{ "30日内", N, "<=", "30", "日", 0, 0, 0, 0 },
	{ "≤3个工作日内", N, "<=", "3", "个工作日", 0, 0, 0, 0 },
	{ "1年内", N, "<=", "1", "年", 0, 0, 0, 0 },
	{ "30分钟内", N, "<=", "30", "分钟", 0, 0, 0, 0 },
	{ "5km内", N, "<=", "5", "km", 0, 0, 0, 0 },
	{ "5%内", N, "<=", "5", "%", 0, 0, 0, 0 },
	{ "3日之内", N, "<=", "3", "日", 0, 0, 0, 0 },
	{ "≥3天内", N, ">=", "3", "天内", 0, 0, 0, 0 },
	{ "3个县内", N, NULL, "3", "个县内", 0, 0, 0, 0 },
	{ "100%辖区内", N, NULL, "100", "%", 0, 0, 0, 0 }, /* words after %: r18d */
	{ "3内", N, NULL, "3", "内", 0, 0, 0, 0 },
	/* a minus where a number starts: a fall is a target (review r14,
	 * F07a); after a number it still joins a range */
	{ "≥-5%", N, ">=", "-5", "%", 0, 0, 0, 0 },
	{ "≤-5%", N, "<=", "-5", "%", 0, 0, 0, 0 },
	{ "≥ -5%", N, ">=", "-5", "%", 0, 0, 0, 0 },
	{ "-5%", N, NULL, "-5", "%", 0, 0, 0, 0 },
	{ "不低于-5%", N, ">=", "-5", "%", 0, 0, 0, 0 },
	{ "成本变动率≥-5%", N, ">=", "-5", "%", 0, 0, 0, 0 },
	{ "≥-1,000元", N, ">=", "-1,000", "元", 0, 0, 0, 0 },
	{ "-0.5", N, NULL, "-0.5", NULL, 0, 0, 0, 0 },
	{ "-5%-3%", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "-2024年", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "-12月底", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "-1-12月", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "-", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "- 5", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "-1.加强管理", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "≥--5", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	/* a power of ten or a product: the number written is not the
	 * value (review r14, F09) */
	{ "≤10^4元", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "≤10⁴元", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "≤1.2E+05元", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥1e3", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "1.2×10⁴元", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥2*3", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥1E级", N, ">=", "1", "E级", 0, 0, 0, 0 },
	{ "≥1e", N, ">=", "1", "e", 0, 0, 0, 0 },
	{ "≤28134m²", N, "<=", "28134", "m²", 0, 0, 0, 0 },
	/* a quantity in Chinese numerals after a sign or its word: its
	 * number, the span of the numerals (r20c; text before, review r14,
	 * F12) */
	{ "≥两台", N, ">=", "两", "台", 0, 0, 0, 0 },
	{ "≥十台", N, ">=", "十", "台", 0, 0, 0, 0 },
	{ "≥ 两台", N, ">=", "两", "台", 0, 0, 0, 0 },
	{ "不少于两台", N, ">=", "两", "台", 0, 0, 0, 0 },
	{ "不低于九成", N, ">=", "九", "成", 0, 0, 0, 0 },
	{ "不超过两万元", N, "<=", "两", "万元", 0, 0, 0, 0 },
	{ "至少一次", N, ">=", "一", "次", 0, 0, 0, 0 },
	{ "≤十", N, "<=", "十", NULL, 0, 0, 0, 0 },
	/* ill-formed or elided: text that keeps its sign, as before */
	{ "≥一万二台", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "不少于十三五期", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥三亿五千万元", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	/* a range in numerals is one as in digits (3至5天) */
	{ "三至五天", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥三台且≤五台", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "3至五天", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "三个到五个", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥九成，十成", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	/* a percentage written out (r19d): in digits or numerals the
	 * number and % */
	{ "≥百分之九十五", N, ">=", "九十五", "%", 0, 0, 0, 0 },
	{ "不低于百分之九十五", N, ">=", "九十五", "%", 0, 0, 0, 0 },
	{ "百分之九十五", N, NULL, "九十五", "%", 0, 0, 0, 0 },
	{ "百分之百", N, NULL, "百", "%", 0, 0, 0, 0 },
	{ "百分之九十五以上", N, ">=", "九十五", "%", 0, 0, 0, 0 },
	{ "百分之95", N, NULL, "95", "%", 0, 0, 0, 0 },
	{ "≥百分之95", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "不低于百分之 95.5", N, ">=", "95.5", "%", 0, 0, 0, 0 },
	{ "合格率≥百分之95", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "控制在百分之5以内", N, "<=", "5", "%", 0, 0, 0, 0 },
	{ "百分之95以上", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "百分之95%", N, NULL, "95", "%", 0, 0, 0, 0 },
	{ "百分之95完成", N, NULL, "95", "%", 0, 0, 0, 0 },
	{ "百分之95以上完成", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "百分之95，力争百分之98", N, NULL, "95", "%", 0, 0, 0, 0 },
	{ "百分之95m", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "百分之2024年", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "百分之90到百分之95", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "百分之90-95", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "90%-百分之95", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥百分之", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	/* 一 of a word, no quantity: words after the sign all the same,
	 * as ≥上年水平 (review r16, F01); after a word operator no sign */
	{ "≥一般", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "达到一流水平", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "控制在两万元", N, "<=", "两", "万元", 0, 0, 0, 0 },
	{ "约三万人", N, NULL, "三", "万人", 0, 0, 0, 0 },
	{ "十二月底", T, NULL, NULL, NULL, 0, 0, 0, 0 }, /* a date: not read */
	{ "≤三月", T, "<=", NULL, NULL, 0, 0, 0, 0 },    /* March, not 三个月 */
	{ "≤三个月", N, "<=", "三", "个月", 0, 0, 0, 0 },

	/* every operator spelling */
	{ ">=5", N, ">=", "5", NULL, 0, 0, 0, 0 },
	{ "<=5", N, "<=", "5", NULL, 0, 0, 0, 0 },
	{ ">5", N, ">", "5", NULL, 0, 0, 0, 0 },
	{ "=5", N, "=", "5", NULL, 0, 0, 0, 0 },
	{ "≥ 5个", N, ">=", "5", "个", 0, 0, 0, 0 },
	{ "不低于90%", N, ">=", "90", "%", 0, 0, 0, 0 },
	{ "不少于3次", N, ">=", "3", "次", 0, 0, 0, 0 },
	{ "大于等于2家", N, ">=", "2", "家", 0, 0, 0, 0 },
	{ "至少1次", N, ">=", "1", "次", 0, 0, 0, 0 },
	{ "达到100%", N, ">=", "100", "%", 0, 0, 0, 0 },
	{ "不高于5%", N, "<=", "5", "%", 0, 0, 0, 0 },
	{ "不超过50万元", N, "<=", "50", "万元", 0, 0, 0, 0 },
	/* 控制在 has no sign of its own: the suffix's, else a ceiling */
	{ "控制在101万元以内", N, "<=", "101", "万元", 0, 0, 0, 0 },
	{ "控制在100万元", N, "<=", "100", "万元", 0, 0, 0, 0 },
	{ "控制在95%以上", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "控制在合理范围", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "不多于2人", N, "<=", "2", "人", 0, 0, 0, 0 },
	{ "小于等于3", N, "<=", "3", NULL, 0, 0, 0, 0 },
	{ "至多4个", N, "<=", "4", "个", 0, 0, 0, 0 },
	{ "大于0", N, ">", "0", NULL, 0, 0, 0, 0 },
	{ "高于80%", N, ">", "80", "%", 0, 0, 0, 0 },
	{ "超过6次", N, ">", "6", "次", 0, 0, 0, 0 },
	{ "小于1%", N, "<", "1", "%", 0, 0, 0, 0 },
	{ "低于2%", N, "<", "2", "%", 0, 0, 0, 0 },
	{ "95%以上", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "95%及以上", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "5%以下", N, "<=", "5", "%", 0, 0, 0, 0 },
	{ "10天以内", N, "<=", "10", "天", 0, 0, 0, 0 },
	{ "3以上", N, ">=", "3", NULL, 0, 0, 0, 0 },
	{ "≥95%以上", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥95%以下", N, ">=", "95", "%以下", 0, 0, 0, 0 },
	{ "=95%以上", N, "=", "95", "%以上", 0, 0, 0, 0 },
	{ "95%以上完成", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥95%以下完成", N, ">=", "95", "%以下完成", 0, 0, 0, 0 },
	{ "100%完成", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "5%/年", N, NULL, "5", "%/年", 0, 0, 0, 0 },
	/* rough numbers: 约 and 左右 are no comparison and no unit */
	{ "200人左右", N, NULL, "200", "人", 0, 0, 0, 0 },
	{ "95%左右", N, NULL, "95", "%", 0, 0, 0, 0 },
	{ "约50万元", N, NULL, "50", "万元", 0, 0, 0, 0 },
	{ "大约 50 万元", N, NULL, "50", "万元", 0, 0, 0, 0 },
	{ "约为3次", N, NULL, "3", "次", 0, 0, 0, 0 },
	{ "约3000人以上", N, ">=", "3000", "人", 0, 0, 0, 0 },
	{ "≤100万元整", N, "<=", "100", "万元", 0, 0, 0, 0 },
	{ "100%完整", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "100万元完整", N, NULL, "100", "万元完整", 0, 0, 0, 0 },
	{ "约定俗成", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "约", T, NULL, NULL, NULL, 0, 0, 0, 0 },

	/* text */
	{ "", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "   ", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "有效提升", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "满意", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "可及时入驻", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "完成任务", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "按时完成", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "是否健全", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "完成老区7个村走访", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "不低于上年水平", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "达到预期", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "1.加强办公用房规范性管理", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "1.1.加强管理", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "2、及时支付", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "1.", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ ".5", T, NULL, NULL, NULL, 0, 0, 0, 0 },

	/* dates */
	{ "2024年12月31日前", D, "<=", NULL, NULL, 0, 2024, 12, 31 },
	{ "2024年12月31日之前", D, "<=", NULL, NULL, 0, 2024, 12, 31 },
	{ "2024年1月2日", D, NULL, NULL, NULL, 0, 2024, 1, 2 },
	{ "2024年", D, NULL, NULL, NULL, 0, 2024, 0, 0 },
	{ "2024年度", D, NULL, NULL, NULL, 0, 2024, 0, 0 },
	{ "2024年6月底", D, NULL, NULL, NULL, 0, 2024, 6, 0 },
	{ "2024年底前", D, "<=", NULL, NULL, 0, 2024, 0, 0 },
	/* a part of a year: no month made up, due within the year (r18d) */
	{ "2025年第三季度前", D, "<=", NULL, NULL, 0, 2025, 0, 0 },
	{ "2025年Q3", D, "<=", NULL, NULL, 0, 2025, 0, 0 },
	{ "2025年上半年", D, "<=", NULL, NULL, 0, 2025, 0, 0 },
	{ "2025年3季度", D, "<=", NULL, NULL, 0, 2025, 0, 0 },
	{ "2025年第三季度后", D, ">=", NULL, NULL, 0, 2025, 0, 0 },
	{ "2025年第5季度", D, NULL, NULL, NULL, 0, 2025, 0, 0 },
	{ "2024年6月以后", D, ">=", NULL, NULL, 0, 2024, 6, 0 },
	{ "2024年6月后", D, ">=", NULL, NULL, 0, 2024, 6, 0 },
	{ "≤2024年12月31日", D, "<=", NULL, NULL, 0, 2024, 12, 31 },
	{ "≤2024年12月31日前", D, "<=", NULL, NULL, 0, 2024, 12, 31 },
	{ "不晚于2024年11月30日", D, "<=", NULL, NULL, 0, 2024, 11, 30 },
	{ "2024-12-31", D, NULL, NULL, NULL, 0, 2024, 12, 31 },
	{ "2024.12.31", D, NULL, NULL, NULL, 0, 2024, 12, 31 },
	{ "2024/12/31前", D, "<=", NULL, NULL, 0, 2024, 12, 31 },
	{ "2024-6", D, NULL, NULL, NULL, 0, 2024, 6, 0 },
	{ "2024年2月29日", D, NULL, NULL, NULL, 0, 2024, 2, 29 },
	{ "1900年", D, NULL, NULL, NULL, 0, 1900, 0, 0 },
	{ "2100年", D, NULL, NULL, NULL, 0, 2100, 0, 0 },
	{ "2024年12月底前完成", D, "<=", NULL, NULL, 0, 2024, 12, 0 },

	/* words after a sign: a relative or graded target, text keeping the
	 * sign, as 不低于上年 is text */
	{ "≥上年水平", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥去年同期", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥全省平均水平", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≤国家标准", T, "<=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥Ⅲ类", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥AA级", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥ 上年水平", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ ">=上年", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥满意", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "≤预算数", T, "<=", NULL, NULL, 0, 0, 0, 0 },
	{ "≥Ok级", T, ">=", NULL, NULL, 0, 0, 0, 0 },
	{ "不低于上年", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	/* partial: starts like a quantity, but reading one would be a guess */
	{ "≤62024年6月底", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "不超过62024年6月底", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "≤20241年", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥.5", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥≥90%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≤，", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥（上年）", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥O", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥OO%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥o5%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥1.", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "90%-100%", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥90-100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥90%且≤100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥90%，< 100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ ">5且<=9天", T, ">", NULL, NULL, 1, 0, 0, 0 },
	{ "≥90%≥", N, ">=", "90", "%≥", 0, 0, 0, 0 },
	{ "1-2次", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "3万至5万", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1~3天", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	/* 到 joins a range as 至 does (r19d), only after a number or a
	 * unit the second number repeats; a verb's or a deadline's is none */
	{ "90%到95%", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "3到5个工作日", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "90 到 95%", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥90%到95", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "3个到5个工作日", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥90%（目标90%到95%）", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "达到95%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥95%，力争达到98%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥95%到2025年底", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "3万元提高到5万元", N, NULL, "3", "万元提高到5万元", 0, 0, 0, 0 },
	{ "到位率100%", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "到2025年底", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "5到位", N, NULL, "5", "到位", 0, 0, 0, 0 },
	{ "1:1", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1/2", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1.2.3", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1，2，3项", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2023，2024年", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1，2345", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1 2", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≤120 .5万元", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "120 . 5万元", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≤120. 5万元", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "1,00", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1000,000", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2023-2024年", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024年13月", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024年0月", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024年6月31日", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2023年2月29日", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024年6", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024年6月30", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024年123月", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1899年", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2101年", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024-13-01", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024.02.30", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1800-01-01", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	/* periods (2024年6月-12月) are dates: see below */
	/* OCR's O for 0 after a digit: read as 0 (the span keeps the O) */
	{ "≥9O%", N, ">=", "9O", "%", 0, 0, 0, 0 },
	{ "≥1O个", N, ">=", "1O", "个", 0, 0, 0, 0 },
	{ "≤2O小时", N, "<=", "2O", "小时", 0, 0, 0, 0 },
	{ "≥8O0万元", N, ">=", "8O0", "万元", 0, 0, 0, 0 },
	{ "1OO%", N, NULL, "1OO", "%", 0, 0, 0, 0 },
	{ "≥9o%", N, ">=", "9o", "%", 0, 0, 0, 0 },
	{ "≥1.5O%", N, ">=", "1.5O", "%", 0, 0, 0, 0 },
	{ "≥1,OOO人", N, ">=", "1,OOO", "人", 0, 0, 0, 0 },
	{ "≥9O", N, ">=", "9O", NULL, 0, 0, 0, 0 },
	/* ...unless the O may start a word or hide a date */
	{ "≥1OK", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "5Ohm", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2O24年底前", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≤1O月", T, "<=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥2O24-12", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥9.O%", T, ">=", NULL, NULL, 1, 0, 0, 0 },  /* not after a digit */
	{ "O2O平台", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "≥O.5", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "3OA级", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	/* a thousands space: groups of exactly three after 1-3 digits */
	{ "≥1 000人次", N, ">=", "1 000", "人次", 0, 0, 0, 0 },
	{ "12 500", N, NULL, "12 500", NULL, 0, 0, 0, 0 },
	{ "1 000 000元", N, NULL, "1 000 000", "元", 0, 0, 0, 0 },
	{ "≥1 000.5吨", N, ">=", "1 000.5", "吨", 0, 0, 0, 0 },
	{ "≥1 0000人", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥1 00人", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "1234 567", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥1 000,000", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "≥1,000 000", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	/* a note in brackets after the unit is not the unit */
	{ "100%（按期完成）", N, NULL, "100", "%", 0, 0, 0, 0 },
	{ "≥90%（含）", N, ">=", "90", "%", 0, 0, 0, 0 },
	{ "95%以上（含95%）", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "≥90%（含）以上", N, ">=", "90", "%", 0, 0, 0, 0 },
	{ "≥90% (含)", N, ">=", "90", "%", 0, 0, 0, 0 },
	{ "≤5天(工作日（不含节假日）)", N, "<=", "5", "天", 0, 0, 0, 0 },
	{ "≤200万元（含税）", N, "<=", "200", "万元", 0, 0, 0, 0 },
	{ "≤95%以下（含）", N, "<=", "95", "%", 0, 0, 0, 0 },
	{ "3（个）", N, NULL, "3", "（个）", 0, 0, 0, 0 },   /* the unit itself */
	{ "12（人次）", N, NULL, "12", "（人次）", 0, 0, 0, 0 },
	/* a period within a year reads as its end, due by then */
	{ "2024年1-12月", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "2024年1月-12月", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "2024年1月至2024年12月", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "2024年3月至6月", D, "<=", NULL, NULL, 0, 2024, 6, 0 },
	{ "2024年3月到6月", D, "<=", NULL, NULL, 0, 2024, 6, 0 },
	{ "2024年1月1日-2024年12月31日", D, "<=", NULL, NULL, 0, 2024, 12, 31 },
	{ "2024.01-2024.12", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "1-12月", D, "<=", NULL, NULL, 0, 0, 12, 0 },
	{ "2023年10月-2024年6月底", D, "<=", NULL, NULL, 0, 2024, 6, 0 },
	{ "2024年1-12月完成", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "2024年12月-1月", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2025年1月-2024年12月", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024年1月-2月30日", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "2024-01-15", D, NULL, NULL, NULL, 0, 2024, 1, 15 },
	{ "1-2次", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥2024年1-12月", D, ">=", NULL, NULL, 0, 2024, 12, 0 },
	/* blanks around the range sign are wrapping's: the same range */
	{ "50- 60公里", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "50 - 60公里", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "50 -60公里", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "90%- 100%", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "≥90%- 100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "1- 2次", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "3 ～ 5天", T, NULL, NULL, NULL, 1, 0, 0, 0 },
	{ "1- 12月", D, "<=", NULL, NULL, 0, 0, 12, 0 },
	{ "1 - 12月", D, "<=", NULL, NULL, 0, 0, 12, 0 },
	{ "2024年1- 12月", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "2024.01 - 2024.12", D, "<=", NULL, NULL, 0, 2024, 12, 0 },
	{ "2024年1月1日 - 2024年12月31日", D, "<=", NULL, NULL, 0, 2024, 12, 31 },
	{ "95% - 满意", N, NULL, "95", "% - 满意", 0, 0, 0, 0 }, /* no second number */
	/* a subject named before the comparison */
	{ "满意度≥100100%", N, ">=", "100100", "%", 0, 0, 0, 0 },
	{ "总成本≤3000万元", N, "<=", "3000", "万元", 0, 0, 0, 0 },
	{ "总成本不超过3000万元", N, "<=", "3000", "万元", 0, 0, 0, 0 },
	{ "成本控制在3000万元", N, "<=", "3000", "万元", 0, 0, 0, 0 },
	{ "满意度达到100100%", N, ">=", "100100", "%", 0, 0, 0, 0 },
	{ "满意度：≥95%", N, ">=", "95", "%", 0, 0, 0, 0 },
	{ "完成时间 ≤2024年6月底", D, "<=", NULL, NULL, 0, 2024, 6, 0 },
	{ "满意度≥90%-100%", T, ">=", NULL, NULL, 1, 0, 0, 0 },
	{ "满意度≥较高水平", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "按1号文件执行", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "通过实施，满意度≥90%", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "a≥5", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "一二三四五六七八九十一二三四五六七≥5", T, NULL, NULL, NULL, 0, 0, 0, 0 },
	{ "一二三四五六七八九十一二三四五六≥5", N, ">=", "5", NULL, 0, 0, 0, 0 },
	/* right after the number, brackets that say something of it */
	{ "100（按期完成）", N, NULL, "100", NULL, 0, 0, 0, 0 },
	{ "≥95（含）", N, ">=", "95", NULL, 0, 0, 0, 0 },
	{ "5（约）", N, NULL, "5", NULL, 0, 0, 0, 0 },
	{ "90 (含90)", N, NULL, "90", NULL, 0, 0, 0, 0 },
	{ "90%（含", N, NULL, "90", "%（含", 0, 0, 0, 0 },   /* not closed */
	{ "90天含）", N, NULL, "90", "天含）", 0, 0, 0, 0 },   /* not opened */
	{ "90%含）", N, NULL, "90", "%", 0, 0, 0, 0 },   /* words after %: r18d */
	{ "≥90%（≤100%）", T, ">=", NULL, NULL, 1, 0, 0, 0 }, /* a second bound */
	{ "≥90%（目标90%-95%）", T, ">=", NULL, NULL, 1, 0, 0, 0 },
};

/* the span s[off..off+len) equals want (NULL: len is 0) */
static int span_is(const char *s, size_t off, size_t len, const char *want)
{
	if (!want)
		return len == 0;
	return len == strlen(want) && !memcmp(s + off, want, len);
}

/* Properties that hold for ANY input: checked on prefixes and junk. */
static void check_invariants(const char *s, size_t n, const pb_value *v)
{
	CHECK(v->num_off + v->num_len <= n);
	CHECK(v->unit_off + v->unit_len <= n);
	CHECK(v->rest_off + v->rest_len <= n);
	CHECK((v->kind == PB_VK_NUMBER) == (v->num_len > 0));
	CHECK(v->kind == PB_VK_DATE || v->year == 0);
	CHECK(v->kind == PB_VK_DATE || (v->month == 0 && v->day == 0 && !v->period_end));
	CHECK(v->kind == PB_VK_DATE || v->rest_len == 0);
	CHECK(v->kind == PB_VK_NUMBER || (v->unit_len == 0 && !v->unit_norm));
	CHECK(!v->partial || v->kind == PB_VK_TEXT);
	CHECK(!v->partial || v->bad_off <= n);
	CHECK(v->kind != PB_VK_DATE || (v->year >= 1900 && v->year <= 2100) ||
	      (v->year == 0 && v->month >= 1 && (v->day || v->period_end)));
	CHECK(v->month >= 0 && v->month <= 12 && v->day >= 0 && v->day <= 31);
	/* the number is a minus sign or none, digits, O for 0, separators
	 * (',' '，' or ' ') and at most one point, as written; or Chinese
	 * numerals formally written */
	char cn[64];
	if (v->num_len && (unsigned char)s[v->num_off] >= 0x80) {
		CHECK(v->num_len < sizeof cn && pb_value_cjk_number(s + v->num_off, v->num_len, cn) > 0);
	} else if (v->num_len) {
		size_t minus = s[v->num_off] == '-';
		int points = 0, ok = minus < v->num_len && s[v->num_off + minus] >= '0' &&
		                     s[v->num_off + minus] <= '9';
		for (size_t k = minus; k < v->num_len; k++) {
			const char *c = s + v->num_off + k;
			points += *c == '.';
			if (v->num_len - k >= 3 && !memcmp(c, "，", 3))
				k += 2;
			else
				ok &= (*c >= '0' && *c <= '9') || *c == '.' || *c == ',' || *c == ' ' ||
				      *c == 'O' || *c == 'o';
		}
		CHECK(ok && points <= 1);
	}
	CHECK(!v->op || !strcmp(v->op, ">=") || !strcmp(v->op, "<=") ||
	      !strcmp(v->op, ">") || !strcmp(v->op, "<") || !strcmp(v->op, "="));
}

static void parse_copy(const char *in, size_t n, pb_value *v, char **copy)
{
	*copy = malloc(n ? n : 1);
	if (!*copy)
		abort();
	memcpy(*copy, in, n);
	memset(v, 0x5A, sizeof *v); /* stale fields would show up */
	pb_value_parse(*copy, n, v);
}

static void test_cases(void)
{
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		const struct vcase *k = &cases[c];
		pb_value v;
		char *s;
		size_t n = strlen(k->in), ulen;
		const char *unit;
		int failed = t_failed;

		parse_copy(k->in, n, &v, &s);
		unit = pb_value_unit(&v, s, &ulen);
		CHECK((int)v.kind == k->kind);
		CHECK_STR(v.op, k->op);
		CHECK(span_is(s, v.num_off, v.num_len, k->num));
		CHECK((k->unit == NULL) == (unit == NULL));
		CHECK(!unit || (ulen == strlen(k->unit) && !memcmp(unit, k->unit, ulen)));
		CHECK(v.partial == k->partial);
		CHECK(v.year == k->y && v.month == k->m && v.day == k->d);
		check_invariants(s, n, &v);
		if (t_failed != failed)
			fprintf(stderr, "  ... in case \"%s\"\n", k->in);
		free(s);
	}
}

/* Fields the table does not cover. */
static void test_details(void)
{
	static const char *const in[] = {
		"≥95百分比", "95%", "2024年6月底", "2024年12月31日", "2024年底前完成",
		"≤62024年6月底", " ≥95% ",
	};
	pb_value v;

	pb_value_parse(in[0], strlen(in[0]), &v);
	CHECK_STR(v.unit_norm, "%");
	CHECK(span_is(in[0], v.unit_off, v.unit_len, "百分比"));
	pb_value_parse(in[1], strlen(in[1]), &v);
	CHECK(v.unit_norm == NULL); /* % stays the span */
	CHECK(span_is(in[1], v.unit_off, v.unit_len, "%"));
	{
		/* 百分之95: % with no span, the number its digits */
		static const char pct[] = "≥百分之95";
		pb_value_parse(pct, strlen(pct), &v);
		CHECK_STR(v.unit_norm, "%");
		CHECK(v.unit_len == 0 && span_is(pct, v.num_off, v.num_len, "95"));
	}
	pb_value_parse(in[2], strlen(in[2]), &v);
	CHECK(v.period_end == 1 && v.day == 0); /* 底: no day is made up */
	pb_value_parse(in[3], strlen(in[3]), &v);
	CHECK(v.period_end == 0 && v.rest_len == 0);
	pb_value_parse(in[4], strlen(in[4]), &v);
	CHECK(v.kind == PB_VK_DATE && v.period_end == 1 && v.month == 0);
	CHECK(span_is(in[4], v.rest_off, v.rest_len, "完成"));
	pb_value_parse(in[5], strlen(in[5]), &v);
	CHECK(v.bad_off == strlen("≤")); /* at the 62024 run */
	pb_value_parse(in[6], strlen(in[6]), &v);
	CHECK(v.num_off == 4 && v.num_len == 2 && v.unit_off == 6 && v.unit_len == 1);

	/* the number the record writes: O as 0, no separators */
	static const struct { const char *in, *num; } nums[] = {
		{ "≥8O0万元", "800" }, { "1 000 000元", "1000000" }, { "≥1，2OO.5O%", "1200.50" },
		{ "007", "007" }, { "≥9o%", "90" }, { "-5%", "-5" }, { "-05%", "-5" },
		{ "≥-007.5", "-7.5" }, { "-0.5", "-0.5" }, { "-0", "-0" }, { "-0O", "-0" },
		{ "-1，OOO", "-1000" },
	};
	for (size_t k = 0; k < sizeof nums / sizeof nums[0]; k++) {
		char out[32];
		pb_value_parse(nums[k].in, strlen(nums[k].in), &v);
		CHECK(pb_value_num(&v, nums[k].in, out) == strlen(nums[k].num));
		CHECK_STR(out, nums[k].num);
	}

	CHECK_STR(pb_value_kind_name(PB_VK_NUMBER), "number");
	CHECK_STR(pb_value_kind_name(PB_VK_DATE), "date");
	CHECK_STR(pb_value_kind_name(PB_VK_TEXT), "text");
}

/* n bounds the read even where s goes on: `≥95%` cut after the 9. */
static void test_bounds(void)
{
	const char *s = "≥95%以上";
	pb_value v;

	pb_value_parse(s, strlen("≥9"), &v);
	CHECK(v.kind == PB_VK_NUMBER && v.num_len == 1 && v.unit_len == 0);
	CHECK_STR(v.op, ">=");
	pb_value_parse(s, 2, &v); /* half of ≥: invalid UTF-8, plain text */
	CHECK(v.kind == PB_VK_TEXT && v.op == NULL && !v.partial);
	pb_value_parse(s, 0, &v);
	CHECK(v.kind == PB_VK_TEXT && v.op == NULL && !v.partial);
}

/* Every prefix of every case, and junk bytes, from exact-size copies. */
static void test_robust(void)
{
	static const char junk[][8] = {
		"\xff\xfe", "\xe2\x89", "1\xe5\xb9", "2024\xe5\xb9", "\x80\x80",
		"1,", "1,2", "9.", "1\xe3\x80", "\xe2\x89\xa5\xe2",
	};
	pb_value v;
	char *s;

	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		size_t n = strlen(cases[c].in);
		for (size_t p = 0; p <= n; p++) {
			parse_copy(cases[c].in, p, &v, &s);
			check_invariants(s, p, &v);
			free(s);
		}
	}
	for (size_t c = 0; c < sizeof junk / sizeof junk[0]; c++) {
		parse_copy(junk[c], strlen(junk[c]), &v, &s);
		check_invariants(s, strlen(junk[c]), &v);
		free(s);
	}
	/* a pseudo-random walk over bytes that matter to the grammar */
	{
		static const char alpha[] = "0123456789.,;-/:%^e \xe2\x89\xa5\xe5\xb9\xb4\xe6\x9c\x88\xe5\x86\x85";
		unsigned x = 12345;
		for (int r = 0; r < 2000; r++) {
			char buf[24];
			size_t n = (size_t)(r % 24);
			for (size_t k = 0; k < n; k++) {
				x = x * 1103515245u + 12345u;
				buf[k] = alpha[(x >> 16) % (sizeof alpha - 1)];
			}
			parse_copy(buf, n, &v, &s);
			check_invariants(s, n, &v);
			free(s);
		}
	}
}

/* pb_value_cjk_number: formal numerals and their number; NULL: none */
static void test_cjk_number(void)
{
	static const struct { const char *in, *num; } nums[] = {
		{ "一", "1" }, { "九", "9" }, { "两", "2" }, { "十", "10" }, { "十二", "12" },
		{ "一十二", "12" }, { "二十", "20" }, { "二十五", "25" }, { "九十九", "99" },
		{ "一百", "100" }, { "一百零五", "105" }, { "一百〇五", "105" },
		{ "一百一十", "110" }, { "一百二十", "120" }, { "两百", "200" },
		{ "三千五百", "3500" }, { "一千零五", "1005" }, { "一千零五十", "1050" },
		{ "一万", "10000" }, { "十万", "100000" }, { "两万", "20000" },
		{ "一万二千", "12000" }, { "一万零五百", "10500" }, { "十万零五", "100005" },
		{ "二十三万四千五百六十七", "234567" },
		/* longer than its numerals: not written (a 亿 ending them is
		 * the unit's, 一亿元 1 亿元) */
		{ "一亿", NULL }, { "一万亿", NULL },
		{ "一亿三千万", "130000000" }, { "一亿零五", "100000005" },
		{ "十亿零一", "1000000001" }, { "一万亿零一", "1000000000001" },
		{ "三点五", "3.5" }, { "零点五", "0.5" }, { "十二点零五", "12.05" },
		{ "半", "0.5" }, { "百", "100" },
		/* elided, side by side, ill-placed: none */
		{ "一万二", NULL }, { "一百二", NULL }, { "一千二", NULL }, { "百二", NULL },
		{ "十三五", NULL }, { "二〇二五", NULL }, { "一百十", NULL }, { "一千零五百", NULL },
		{ "一万二百", NULL }, { "一亿五千", NULL }, { "两十", NULL }, { "十两", NULL },
		{ "一百零", NULL }, { "零", NULL }, { "零零五", NULL }, { "一百零零五", NULL },
		{ "千", NULL }, { "百万", NULL }, { "万一", NULL }, { "一半", NULL }, { "半半", NULL },
		{ "一点", NULL }, { "点五", NULL }, { "三点两", NULL }, { "一万万", NULL },
		{ "一亿亿", NULL }, { "一百零万", NULL }, { "", NULL }, { "十\xe4", NULL },
		{ "一千万亿零一", "1000000000000001" },
	};
	for (size_t k = 0; k < sizeof nums / sizeof nums[0]; k++) {
		char out[64];
		int failed = t_failed;
		size_t n = strlen(nums[k].in), l = pb_value_cjk_number(nums[k].in, n, out);
		if (nums[k].num) {
			CHECK(l == strlen(nums[k].num) && l <= n);
			CHECK_STR(out, nums[k].num);
		} else {
			CHECK(l == 0);
		}
		if (t_failed != failed)
			fprintf(stderr, "  ... in numeral \"%s\"\n", nums[k].in);
	}
}

/* the record's view of a value: op, num, unit, kind */
static void view(const char *in, char *out, size_t cap)
{
	pb_value v;
	char num[64] = "null";
	size_t ul;
	pb_value_parse(in, strlen(in), &v);
	if (v.num_len && v.num_len < sizeof num)
		pb_value_num(&v, in, num);
	const char *u = pb_value_unit(&v, in, &ul);
	snprintf(out, cap, "%s|%s|%.*s|%s%s", v.op ? v.op : "null", num, (int)ul, u ? u : "",
	         pb_value_kind_name(v.kind), v.partial ? "|partial" : "");
}

/* a value in numerals reads as the same value in digits */
static void test_cjk_metamorphic(void)
{
	static const char *const pairs[][2] = {
		{ "≥十台", "≥10台" }, { "不少于三次", "不少于3次" }, { "三万元", "3万元" },
		{ "两万元", "2万元" }, { "百分之九十五", "百分之95" }, { "九成", "9成" },
		{ "不低于九成", "不低于9成" }, { "一百零五人", "105人" }, { "十二个", "12个" },
		{ "二十天", "20天" }, { "一百二十套", "120套" }, { "三千五百元", "3500元" },
		{ "一万二千元", "12000元" }, { "≤一亿元", "≤1亿元" }, { "三点五万元", "3.5万元" },
		{ "半年", "0.5年" }, { "约三万人", "约3万人" }, { "三个工作日内", "3个工作日内" },
		{ "五项以上", "5项以上" }, { "≥百分之九十五以上", "≥百分之95以上" },
		{ "十次左右", "10次左右" }, { "≥两台，力争三台", "≥2台，力争三台" },
		{ "三至五天", "3至5天" }, { "三个到五个", "3个到5个" },
		{ "≥九成，十成", "≥9成，10成" }, { "控制在两万元以内", "控制在2万元以内" },
		{ "一年半", "1年半" }, { "≥十", "≥10" }, { "百分之百", "百分之100" },
	};
	for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
		char a[128], b[128];
		view(pairs[k][0], a, sizeof a);
		view(pairs[k][1], b, sizeof b);
		CHECK_STR(a, b);
	}
	/* words that start with a numeral and count nothing */
	static const char *const words[] = {
		"十三五", "十三五期间", "一流", "一级", "一把手", "三公经费", "一站式", "一体化",
		"五险一金", "一般", "一定", "一致", "一线", "统一", "万一", "十分", "百姓",
		"千方百计", "三农", "两学一做", "一带一路", "四个意识", "两个维护", "三重一大",
		"一次性", "一人一档", "一户一策", "五个一", "三年级", "一条龙", "零件", "半成品",
		"万人计划", "百万", "十万火急", "一万二", "百二", "一百二十五万二",
	};
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
		pb_value v;
		pb_value_parse(words[k], strlen(words[k]), &v);
		CHECK(v.kind == PB_VK_TEXT && !v.num_len);
		if (v.kind != PB_VK_TEXT)
			fprintf(stderr, "  ... in \"%s\"\n", words[k]);
	}
}

void test_value(void);
void test_value(void)
{
	test_cases();
	test_details();
	test_bounds();
	test_robust();
	test_cjk_number();
	test_cjk_metamorphic();
}
