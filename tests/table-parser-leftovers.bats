#!/usr/bin/env bats
# pbtable: the table parser's leftovers (review r8): a row pushed right
# by an empty cell, two spending plans, cells cut by blank lines or
# page breaks, running headers, rows without their merged levels, and
# goals numbered 2).

load common

T="$FIX/table8"

@test "an empty extra cell before the value: the value and basis are read where they are" {
	for f in empty-col-before-value empty-col-before-value-html; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="indicator") | [.value, .basis, .num]' <<< "$output" | head -1)" = '["≥12处","年度计划",12]' ]
		[ "$(jq -c 'select(.type=="project") | [.indicators, .unparsed]' <<< "$output")" = '[4,0]' ]
		[ -z "$stderr" ]
	done
	run ind "$T/empty-col-before-value.txt" '[.value, .basis]'
	[ "${lines[3]}" = '["≥90%","问卷调查"]' ]
	run ind "$T/empty-col-before-value-pipe.txt" '[.value, .basis]'
	[ "$output" = '["≥12处","年度计划"]
["≥95%","检测报告"]' ]
	# only the row that has the extra cell is read one over
	run ind "$T/empty-col-before-value-one-row.txt" '[.value, .basis]'
	[ "$output" = '["≥12处","年度计划"]
["≥95%","检测报告"]
[null,null]
["≥90%","问卷调查"]' ]
	# a row with a gap after its empty value (no value nor basis, notes
	# far right) is read as it stands: its cells reported
	run unp "$T/empty-col-before-value-one-row.txt" '[.line, .reason]'
	[ "$output" = '[16,"indicator row cell under no column of the header: 统计数据"]
[16,"indicator row cell under no column of the header: 另附说明"]' ]
}

@test "two spending plans: the first complete one is kept whole, the other is an unparsed record" {
	# % then 万元: the %, its unit and spend from it (the unit came from
	# the second and the values from the first: % spent as 万元)
	run_split pbtable "$T/two-plans-pct-then-amounts.txt"
	[ "$(jq -c 'select(.type=="project") | [.schedule_unit, [.schedule[]], [.spend[]], .plan_line, .unparsed]' <<< "$output")" = '["%",[20,50,80,100],[17.1,42.75,68.4,85.5],11,1]' ]
	[ "$(jq -c 'select(.type=="unparsed") | [.line, .end_line, .reason]' <<< "$output")" = '[12,13,"spending plan given twice: this one ignored, the one at line 10 kept"]' ]
	[ "$stderr" = "pbtable: $T/two-plans-pct-then-amounts.txt:12: warning: spending plan given twice: this one ignored, the one at line 10 kept" ]
	run proj "$T/two-plans-amounts-then-pct.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .plan_line, .unparsed]'
	[ "$output" = '["万元",[17.1,42.75,68.4,85.5],[17.1,42.75,68.4,85.5],11,1]' ]
	# the row repeated after a page break
	run proj "$T/two-plans-repeated.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .unparsed]'
	[ "$output" = '["%",[20,50,80,100],[17.1,42.75,68.4,85.5],2]' ]
	# cell per line
	run proj "$T/two-plans-cells.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .plan_line, .unparsed]'
	[ "$output" = '["%",[25,25,25,25],[22,44,66,88],43,1]' ]
	run unp "$T/two-plans-cells.txt" '[.line, .end_line, .reason]'
	[ "$output" = '[49,59,"spending plan given twice: this one ignored, the one at line 37 kept"]' ]
}

@test "two spending plans, the first incomplete or blank: the complete second is kept" {
	run proj "$T/two-plans-first-incomplete.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .plan_line, .unparsed]'
	[ "$output" = '["万元",[17.1,42.75,68.4,85.5],[17.1,42.75,68.4,85.5],13,1]' ]
	run unp "$T/two-plans-first-incomplete.txt" '[.line, .end_line, .reason]'
	[ "$output" = '[10,11,"spending plan given twice: this one ignored, the one at line 12 kept"]' ]
	# a header without values loses nothing: no word
	run_split pbtable "$T/two-plans-first-blank.txt"
	[ "$(jq -c 'select(.type=="project") | [.schedule_unit, [.schedule[]], .unparsed]' <<< "$output")" = '["万元",[17.1,42.75,68.4,85.5],0]' ]
	[ -z "$stderr" ]
}

@test "cell per line: a blank line inside a row's last cell does not end the row" {
	run_split pbtable "$T/cells-last-cell-paragraphs.txt"
	[ "$(jq -c 'select(.type=="indicator") | [.line, .value, .basis]' <<< "$output" | head -2)" = '[61,"≥120公里","养护计划及年度预算安排（2025年修订）"]
[72,"≥85%","公路技术状况评定标准"]' ]
	[ "$(jq -c 'select(.type=="project") | [.indicators, .unparsed]' <<< "$output")" = '[7,1]' ]
	# a note under the last row is none of its cells
	[ "$(jq -c 'select(.type=="unparsed") | [.line, .reason]' <<< "$output")" = '[118,"text inside the indicator table is not a row"]' ]
	[ "$(jq -r 'select(.type=="indicator") | .basis' <<< "$output" | tail -1)" = '问卷调查' ]
	# the next row right after the paragraph, no blank line between
	run_split pbtable "$T/cells-last-cell-paragraph-next-row.txt"
	[ "$(jq -c 'select(.type=="indicator") | [.line, .basis]' <<< "$output" | head -2)" = '[61,"养护计划及年度预算安排"]
[69,"公路技术状况评定标准"]' ]
	[ -z "$stderr" ]
}

@test "a level-2 or level-3 name cut by a page break: its tail joins the row above" {
	for f in level2-cut-page-break level3-cut-page-break levels-cut-no-header; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="indicator") | [.level2, .level3, .description, .value]' <<< "$output" | sed -n 3p)" = '["社会效益指标","受益人口","工程覆盖受益人口","≥3万人"]' ]
		# no indicator named by the tail, and the rows below keep their level 2
		[ "$(jq -c 'select(.type=="indicator") | .level2' <<< "$output" | grep -c '"标"')" -eq 0 ]
		[ "$(jq -c 'select(.type=="project") | .unparsed' <<< "$output")" = 0 ]
		[ -z "$stderr" ]
	done
	run ind "$T/level2-cut-page-break.txt" '[.line, .level1, .level2, .level3]'
	[ "$output" = '[14,"产出指标","数量指标","维修工程数"]
[15,"产出指标","质量指标","水质达标率"]
[16,"效益指标","社会效益指标","受益人口"]
[19,"效益指标","社会效益指标","受益村数"]
[20,"满意度指标","服务对象满意度指标","群众满意度"]' ]
	# after a page break, a row with a value of its own, or a level-2 name
	# under a whole one, is a row; a level-3 tail after a page number joins
	run ind "$T/level-rows-after-page-break.txt" '[.line, .level2, .level3, .value]'
	[ "$output" = '[14,"数量指标","维修工程数","≥12处"]
[15,"社会效益指标","受益人口","≥3万人"]
[17,"社会效益指标","受益村数","≥12个"]
[18,"民生保障","供水保障能力","≥365天"]
[21,"服务对象满意度指标","群众满意度","≥90%"]' ]
}

@test "cell per line: a running page header or page number amid the rows is skipped, said, and the rows read on" {
	for f in cells-page-header-mid-row cells-page-header-glued cells-page-number-mid-row \
		cells-page-header-between-rows; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="indicator") | [.level3, .description, .value, .basis]' <<< "$output" | head -2)" = '["养护里程","日常养护农村公路里程","≥120公里","养护计划"]
["路面优良率","养护路段路面优良率","≥85%","公路技术状况评定标准"]' ]
		[ "$(jq -c 'select(.type=="project") | .indicators' <<< "$output")" = 7 ]
		# the header is said not to be a row, not dropped, nor glued on
		# (a page number alone says so)
		text="page header (a title) inside the indicator table is no row of it"
		pn="page number line inside the indicator table is no row of it"
		case $f in
		cells-page-number-mid-row) why=$pn ;;
		cells-page-header-between-rows) why="$text"$'\n'"$pn" ;;
		*) why=$text ;;
		esac
		[ "$(jq -r 'select(.type=="unparsed") | .reason' <<< "$output" | sort -u)" = "$why" ]
		while read -r w; do
			[[ "$stderr" == *"warning: $w"* ]]
		done <<< "$why"
	done
	run unp "$T/cells-page-header-mid-row.txt" '[.line, .text]'
	[ "$output" = '[68,"青山镇交通运输服务中心2025年部门预算绩效文本（草案） 3\n"]' ]
	run unp "$T/cells-page-header-glued.txt" '[.line, .text]'
	[ "$output" = '[70,"2025年部门预算绩效文本\n"]' ]
}

@test "a row without its merged level-1 and level-2 cells (level 3 first) takes both levels from the row above" {
	run_split pbtable "$T/levels-left-out.txt"
	[ "$(jq -c 'select(.type=="indicator") | [.line, .level1, .level2, .level3, .description, .value, .basis]' <<< "$output" | sed -n '2,4p')" = '[15,"产出指标","数量指标","维修管网长度","完成维修的供水管网","≥5公里","年度计划"]
[16,"产出指标","质量指标","水质达标率","出厂水水质检测达标率","≥95%","检测报告"]
[17,"产出指标","质量指标","水压合格率","管网末梢水压合格率","有效提升","检测报告"]' ]
	[ "$(jq -c 'select(.type=="project") | [.indicators, .unparsed]' <<< "$output")" = '[6,0]' ]
	[ -z "$stderr" ]
	run ind "$T/cells-levels-left-out.txt" '[.line, .level1, .level2, .level3, .value, .basis]'
	[ "${lines[2]}" = '[75,"产出指标","质量指标","路面平整度","≥90%","公路技术状况评定标准"]' ]
	[ "${lines[3]}" = '[80,"产出指标","时效指标","坑槽修补时限","≤7天","养护规范"]' ]
	# a first cell that names a level (…指标) is read in place
	f="$BATS_TEST_TMPDIR/named.txt"
	sed 's/^维修管网长度\t完成维修的供水管网\t≥5公里/其他指标\t完成维修的供水管网\t有效/' "$T/levels-left-out.txt" > "$f"
	run ind "$f" '[.level1, .level3]'
	[ "${lines[1]}" = '["其他指标","有效"]' ]
}

@test "after a two-row indicator header, a row cut by a line break is rejoined" {
	run_split pbtable "$T/two-row-header-cut-row.txt"
	[ "$(jq -c 'select(.type=="indicator") | [.line, .level2, .level3, .description, .value, .basis]' <<< "$output")" = '[15,"数量指标","维修工程数","完成维修养护的供水工程","≥12处","年度计划"]
[16,"质量指标","水质达标率","出厂水水质检测达标率","≥95%","检测报告"]
[18,"社会效益指标","受益人口","工程覆盖受益人口","≥3万人","统计数据"]
[20,"服务对象满意度指标","群众满意度","受益群众满意度","≥90%","问卷调查"]' ]
	[ "$(jq -c 'select(.type=="project") | .unparsed' <<< "$output")" = 0 ]
	[ -z "$stderr" ]
	run ind "$T/two-row-header-cut-row-pipe.txt" '[.line, .description, .value, .basis]'
	[ "$output" = '[16,"完成维修养护的供水工程","≥12处","年度计划"]
[17,"出厂水水质检测达标率","≥95%","检测报告"]
[19,"受益群众满意度","≥90%","问卷调查"]' ]
}

@test "goals numbered 2) or 2） lose their numbering as 1. and （1） do" {
	for f in goals-close-bracket goals-close-bracket-inline; do
		run proj "$T/$f.txt" '.goals'
		[ "$output" = '["完成供水工程维修养护","开展水质检测","保障农村饮水安全"]' ]
	done
	# a tab grid's goal line in the label's column starts an item too
	run proj "$T/goals-close-bracket-label.txt" '.goals'
	[ "$output" = '["完成供水工程维修养护","开展水质检测"]' ]
	run proj "$T/goals-close-bracket-cells.txt" '.goals'
	[ "$output" = '["完成农村公路日常养护","及时修补路面坑槽"]' ]
	# （2） inline is still split before its bracket
	run proj "$T/goals-paren-inline.txt" '.goals'
	[ "$output" = '["完成供水工程维修养护","开展水质检测"]' ]
}
