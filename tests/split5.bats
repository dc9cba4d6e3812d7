#!/usr/bin/env bats
# pbsplit and pbtable: findings-r5a C1 (an unnumbered table title wrapped
# onto a second line).

load common

S5="$FIX/split5"

blocks() {
	pbsplit "$1" | jq -c 'select(.type=="block") | [.kind, .title, .line]' | paste -sd' '
}

# pbtable's project records of pbsplit's output for file $1, through jq
# filter $2
proj_split() {
	pbsplit "$1" | pbtable 2>/dev/null | jq -c "select(.type==\"project\") | $2"
}

@test "an unnumbered title wrapped onto a second line (表 alone, …绩效目 / 标表) starts its table, 单位 line and all" {
	for f in "$S5/title-nonum-biao.txt" "$S5/title-nonum-wrap.txt"; do
		lossless "$f"
		run blocks "$f"
		[ "$output" = '["cover","2025年部门预算绩效文本",1] ["part","第二部分 预算项目绩效目标",4] ["project_table","农村公路养护经费绩效目标表",8]' ]
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '["512301","某某县交通运输局本级"]' ]
		run_split pbtable "$f"
		[ -z "$stderr" ]
		run proj "$f" '[.line, .title, .dept_code, .source_unit, .budget, .fiscal, .other, .spend, .unparsed]'
		[ "$output" = '[8,"农村公路养护经费绩效目标表","512301","元",80,60,20,{"03":20,"06":40,"10":60,"12":80},0]' ]
		# the same from pbsplit's records
		run proj_split "$f" '[.line, .title, .dept_code, .source_unit, .budget, .fiscal, .other, .spend, .unparsed]'
		[ "$output" = '[8,"农村公路养护经费绩效目标表","512301","元",80,60,20,{"03":20,"06":40,"10":60,"12":80},0]' ]
	done
}

@test "cell per line: unnumbered wrapped titles start their tables; the next table's unit cells are no indicator" {
	f="$S5/title-nonum-cpl.txt"
	lossless "$f"
	run blocks "$f"
	[ "$output" = '["cover","2025年部门预算绩效文本",1] ["part","第二部分 预算项目绩效目标",4] ["project_table","基本公共卫生服务经费绩效目标表",7] ["project_table","家庭医生签约服务经费绩效目标表",64]' ]
	run_split pbtable "$f"
	[ -z "$stderr" ]
	run proj "$f" '[.line, .title, .dept_code, .source_unit, .budget, .fiscal, .other, .spend["12"], .indicators, .unparsed]'
	[ "$output" = '[7,"基本公共卫生服务经费绩效目标表","512401","万元",300,250,50,300,2,0]
[64,"家庭医生签约服务经费绩效目标表","512401","元",50,50,null,50,2,0]' ]
	run ind "$f" '.level1'
	[ "$output" = '"产出指标"
"满意度指标"
"产出指标"
"满意度指标"' ]
	run proj_split "$f" '[.line, .source_unit, .budget, .indicators]'
	[ "$output" = '[7,"万元",300,2]
[64,"元",50,2]' ]
}
