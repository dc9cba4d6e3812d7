#include "framework.h"
#include "harness.h"

void test_framework(void);

void test_framework(void)
{
	/* a weight after the name is the same name */
	CHECK(pb_l1_index("产出指标") == 0);
	/* the project code's form; what follows its 21 bytes is not asked */
	CHECK(pb_code_form("13018624P008549100030"));
	CHECK(pb_code_form("13018624P0085491000AB项目名称"));
	CHECK(!pb_code_form("13018624Q008549100030"));
	CHECK(!pb_code_form("1301862P008549100030"));
	CHECK(!pb_code_form("13018624P00854910003a"));
	CHECK(!pb_code_form("13018624P"));
	CHECK(pb_l1_index("产出指标（50分）") == 0);
	CHECK(pb_l1_index("效益指标(30分)") == 1);
	CHECK(pb_l1_index("满意度指标（10.5分）") == 2);
	CHECK(pb_l1_index("成本指标（权重20%）") == 3);
	CHECK(pb_l2_parent("数量指标（20分）") == 0);
	CHECK(pb_l2_parent("服务对象满意度指标") == 2);
	/* the wording many templates print (review r16, F08) */
	CHECK(pb_l2_parent("社会公众或服务对象满意度指标") == 2);
	CHECK(pb_l2_parent("社会公众满意度指标（10分）") == 2);
	CHECK(pb_l2_under(2, "社会公众或服务对象满意度指标"));
	CHECK(!pb_l2_under(1, "社会公众满意度指标"));
	CHECK(pb_review_l2_under(2, "社会公众或服务对象满意度"));
	CHECK(pb_review_l2_parent("社会公众满意度") == 2);
	CHECK(pb_l2_parent("社会公众或服务对象") < 0);
	CHECK(pb_l2_parent("公众满意度指标") < 0);
	CHECK(pb_l2_parent("成本指标") == 0);
	CHECK(pb_l2_under(3, "经济成本指标"));
	/* any other bracket is part of the name */
	CHECK(pb_l1_index("产出指标（其他）") < 0);
	CHECK(pb_l1_index("产出指标（）") < 0);
	CHECK(pb_l1_index("产出指标（分）") < 0);
	CHECK(pb_l1_index("产出") < 0);
	CHECK(pb_l1_index("（50分）") < 0);
	CHECK(pb_l1_index(")") < 0);
	CHECK(pb_l1_index("") < 0);
	CHECK(pb_l1_index(NULL) < 0);
	CHECK(pb_l2_parent(NULL) < 0);
	CHECK(pb_l2_under(9, "数量指标") == 0);
	CHECK(pb_framework_same("时效指标(5分)", "时效指标"));
	CHECK(!pb_framework_same("时效指标5分)", "时效指标"));
	CHECK(!pb_framework_same(NULL, "时效指标"));
}
