#!/usr/bin/env bats
# pbtable (review r10): a tab grid's level-1 name cut by a page break
# with the page's noise between its halves, a level-2 name cut before a
# rest that is itself a framework name (服务对象 / 满意度指标), a year
# the PDF spaced (2 025 年), and a full-width closing bracket wrapped
# onto a line of its own.

load common

T="$FIX/r10d"

@test "a level-1 name cut by a page break: the page number, running header or department between its halves is no part of it" {
	f="$T/level1-cut-page-noise.txt"
	# 产出 / 3 / header / 指标; 效益 / 2025 年部门预算绩效文本 / header
	# / 指标; 产出 / the department / header / 指标; 产出 / 续表 /
	# header / 指标; 产出 / 单位：万元 / header / 指标
	run ind "$f" '[.project_seq, .level1, .level2]'
	[ "$output" = '[1,"产出指标","数量指标"]
[1,"产出指标","质量指标"]
[1,"满意度指标","服务对象满意度指标"]
[2,"产出指标","数量指标"]
[2,"效益指标","社会效益指标"]
[2,"效益指标","可持续影响指标"]
[2,"满意度指标","服务对象满意度指标"]
[3,"产出指标","数量指标"]
[3,"产出指标","时效指标"]
[3,"满意度指标","服务对象满意度指标"]
[4,"产出指标","数量指标"]
[4,"满意度指标","服务对象满意度指标"]
[5,"产出指标","数量指标"]
[5,"满意度指标","服务对象满意度指标"]' ]
	# each noise line is said, as between any two rows (续表 is not)
	run unp "$f" '[.line, .reason]'
	[ "$output" = '[29,"page number line inside the indicator table is no row of it"]
[52,"page header (a title) inside the indicator table is no row of it"]
[74,"page header (the department'\''s name) inside the indicator table is no row of it"]
[117,"text inside the indicator table is not a row"]' ]
	run proj "$f" '[.indicators, .budget]'
	[ "$output" = '[3,20]
[4,30]
[3,15]
[2,12]
[2,8]' ]
	[ "$(totals "$f")" = '[1,14,85]' ]
}

@test "a level-2 name cut before a rest that is a framework name (服务对象 / 满意度指标): joined, no phantom indicator" {
	f="$T/level2-cut-framework-rest.txt"
	run ind "$f" '[.project_seq, .level1, .level2, .level3, .value]'
	[ "$output" = '[1,"产出指标","数量指标","保护面积","≥500亩"]
[1,"满意度指标","服务对象满意度指标","农户满意度","≥90%"]
[2,"产出指标","数量指标","补贴台数","≥100台"]
[2,"效益指标","经济效益指标","农民增收","≥5%"]
[2,"效益指标","社会效益指标","农机化水平","有效提升"]
[2,"满意度指标","服务对象满意度指标","购机户满意度","≥90%"]' ]
	# only the page number is unparsed: no row without a name or value
	run unp "$f" '[.line, .reason]'
	[ "$output" = '[50,"page number line inside the indicator table is no row of it"]' ]
	run proj "$f" '[.indicators, .budget]'
	[ "$output" = '[2,20]
[4,30]' ]
}

@test "a year the PDF spaced (2 025 年 12 月 31 日前, 20 25 年 6 月底) is a date, not the number 2025 in 年…" {
	f="$T/spaced-year.txt"
	run ind "$f" '[.value, .kind, .date, .op, .num, .unit]'
	[ "$output" = '["≥1 000头","number",null,">=",1000,"头"]
["2 025年12月31日前","date","2025-12-31","<=",null,null]
["20 25年6月底","date","2025-06",null,null,null]
["≥90%","number",null,">=",90,"%"]' ]
	run proj "$f" '[.indicators, .budget, .unparsed]'
	[ "$output" = '[4,15,0]' ]
}

@test "a full-width closing bracket wrapped onto a line of its own joins its cell without a space" {
	f="$T/cpl-wrapped-closing-bracket.txt"
	run ind "$f" '[.level3, .description]'
	[ "$output" = '["防治面积","统防统治面积"]
["防治合格率（%）","防治合格率（%）"]
["完成时间","防治完成时间《NY/T》"]
["农户满意度","农户满意度调查"]' ]
	run proj "$f" '[.indicators, .budget, .unparsed]'
	[ "$output" = '[4,40,0]' ]
}
