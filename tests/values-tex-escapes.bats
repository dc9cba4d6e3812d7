#!/usr/bin/env bats
# Review r10, finding 9 (minor text and values):
# - a full-width ％ escaped as TeX's percent ($\geq 95\％$, $\geq$ 90\％)
#   gave the value ≥95\% and the unit \%: its escape is undone as \%'s;
# - HTML comments that OCR and markdown converters leave as page marks
#   (<!-- page 3 -->) stayed in the purpose and the goals, and a comment
#   line in the indicator table was an unparsed row.  A comment is
#   markup and is dropped; it must end on the line it starts on, or it is
#   text as written (an unterminated <!-- swallows nothing).

load common

T="$FIX/r11a"

@test "markdown tab grid: \\％ in and after TeX math is a percent" {
	run ind "$T/md-comments.txt" '[.level3, .value, .op, .num, .unit, .kind]'
	[ "${lines[1]}" = '["保洁合格率","≥95%",">=",95,"%","number"]' ]
	[ "${lines[3]}" = '["水质改善","≥90%",">=",90,"%","number"]' ]
	# the ASCII escape as before
	[ "${lines[4]}" = '["群众满意度","≥90%",">=",90,"%","number"]' ]
}

@test "markdown tab grid: comments in and between cells are dropped from the purpose and goals, and are no rows" {
	run proj "$T/md-comments.txt" '[.code, .budget, .fiscal, .purpose, .schedule, .goals, .indicators, .unparsed]'
	[ "$output" = '["14030225P000032100015",40,40,"河道日常保洁和垃圾清运",{"03":25,"06":50,"10":75,"12":100},["保持河道水面清洁","及时清运河道垃圾"],5,0]' ]
	run_split pbtable "$T/md-comments.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="unparsed")' <<< "$output")" = "" ]
}

@test "an unterminated <!-- is text as written, and the rows after it are read" {
	run ind "$T/md-comments.txt" '[.level3, .basis]'
	[ "$output" = '["保洁河道长度","保洁方案"]
["保洁合格率","管理办法"]
["垃圾清运时限","<!-- 保洁方案"]
["水质改善","监测报告"]
["群众满意度","问卷调查"]' ]
}

@test "HTML table: comments between rows and in cells are nothing (a row tag in one is no row; '>' in one ends nothing)" {
	run proj "$T/html-comments.txt" '[.code, .budget, .purpose, .schedule, .goals, .indicators, .unparsed]'
	[ "$output" = '["14030225P000032100015",40,"河道日常保洁",{"03":25,"06":50,"10":75,"12":100},["保持河道水面清洁"],2,0]' ]
	run ind "$T/html-comments.txt" '[.level3, .value, .num, .unit]'
	[ "$output" = '["保洁河道长度","≥30公里",30,"公里"]
["保洁合格率","≥95%",95,"%"]' ]
	run_split pbtable "$T/html-comments.txt"
	[ -z "$stderr" ]
}

@test "a comment line between the plan's header and its values reads as a blank line" {
	# (tb_is_blank, lib/table_grid.c, takes a line of comments as blank)
	run proj "$T/md-comment-plan.txt" '[.purpose, .schedule, .goals, .indicators, .unparsed]'
	[ "$output" = '["河道日常保洁和垃圾清运",{"03":25,"06":50,"10":75,"12":100},["保持河道水面清洁","及时清运河道垃圾"],3,0]' ]
}

@test "pbsplit keeps the comments in its text: lossless, one table each" {
	for f in md-comments html-comments md-comment-plan; do
		lossless "$T/$f.txt"
		[ "$(pbsplit "$T/$f.txt" | jq -c 'select(.kind=="project_table") | .title')" = '"河道保洁经费绩效目标表"' ]
	done
}
