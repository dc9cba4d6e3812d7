#!/usr/bin/env bats
# pbsplit and pbtable: findings-r5a C1 (an unnumbered table title wrapped
# onto a second line) and C4 (a 单位 stated once for the whole part).

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

@test "a 单位 stated once under the part's heading, or in it, is the unit of every table without a 单位 line of its own" {
	for f in "$S5/unit-once.txt" "$S5/unit-heading.txt"; do
		lossless "$f"
		run_split pbtable "$f"
		[ -z "$stderr" ]
		run proj "$f" '[.line, .source_unit, .budget, .fiscal, .other, .schedule_unit, .spend]'
		[ "${lines[0]}" = '[9,"元",80,60,20,"万元",{"03":20,"06":40,"10":60,"12":80}]' ] ||
			[ "${lines[0]}" = '[8,"元",80,60,20,"万元",{"03":20,"06":40,"10":60,"12":80}]' ]
		[[ "${lines[1]}" = *',"元",30,30,null,"万元",{"03":10,"06":20,"10":25,"12":30}]' ]]
		# pbsplit says it on the tables' block records, and pbtable reads
		# its records to the same result
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | .part_unit' | sort -u"
		[ "${lines[0]}" = '"元"' ]
		diff <(pbtable "$f" 2>&1) <(pbsplit "$f" | pbtable 2>&1)
	done
	# a table's own 单位 line still decides for it
	run proj "$S5/unit-once.txt" '[.line, .source_unit, .budget, .spend["12"]]'
	[ "${lines[2]}" = '[37,"万元",40,40]' ]
	# a 单位 line between a table's title and its 项目编码 row is the
	# table's own, not the part's, even when the title is in a wording
	# no list holds and the table starts there only at its 项目编码 row
	run bash -c "pbsplit '$FIX/split4/title-unknown-wording.txt' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | [.line, .part_unit]'"
	[ "$output" = '[6,null]' ]
	# the heading with the unit is the part's heading
	run blocks "$S5/unit-heading.txt"
	[[ "$output" = *'["part","第二部分 预算项目绩效目标（单位：元）",4] ["project_table","农村公路养护经费绩效目标表",8]'* ]]
}

@test "a part's unit is not another part's, and holds over a running page header of its own part" {
	# under part 1's heading: the tables of part 2 do not take it
	t="$BATS_TEST_TMPDIR/part1.txt"
	{ printf '第一部分 部门整体绩效目标\n单位：万元\n\n'; tail -n +4 "$S5/unit-heading.txt" | sed '3s/（单位：元）//'; } > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | .part_unit'"
	[ "$output" = 'null
null' ]
	run_split pbtable "$t"
	[[ "$stderr" = *'amounts taken as 万元: the table has no 单位 line'* ]]
	# a part heading repeated at the top of a page (the same part) keeps it
	t="$BATS_TEST_TMPDIR/running.txt"
	sed '20a\第二部分 预算项目绩效目标' "$S5/unit-once.txt" > "$t"
	lossless "$t"
	run proj "$t" '[.source_unit, .budget]'
	[ "$output" = '["元",80]
["元",30]
["万元",40]' ]
}
