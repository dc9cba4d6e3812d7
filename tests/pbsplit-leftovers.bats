#!/usr/bin/env bats
# pbsplit: its known leftovers (unit lines without a colon, a page header
# ending a stream, 保障措施 lines, wrapped titles, a toc without 目录, a
# second filing in a stream, unit lines above a table without a title).

load common

S8="$FIX/split8"

# pbtable's projects of a file as [title, dept, source_unit, budget,
# fiscal, other, spend at 12月底], one a line
money() {
	proj "$1" '[.title, .dept, .source_unit, .budget, .fiscal, .other, .spend["12"]]'
}

# pbsplit's blocks of a file as kind:line-end_line, on one line
blocks() {
	pbsplit -f tsv "$1" | awk -F'\t' 'NR > 1 { printf "%s%s:%s-%s", (NR > 2 ? " " : ""), $4, $6, $7 }'
}

@test "unit lines: 单位元, 金额单位 元, a label glued to the department or after the title are the table's unit" {
	for f in unit-nocolon unit-inline; do
		lossless "$S8/$f.txt"
		run money "$S8/$f.txt"
		echo "$f: $output"
		[ "$output" = '["水库管护经费绩效目标表","某某县水利局本级","元",40,30,10,40]
["河道清淤经费绩效目标表","某某县水利局本级","元",25,25,null,25]' ]
		# no 'amounts taken as 万元'
		run_split pbtable "$S8/$f.txt"
		[[ "$stderr" != *"taken as 万元"* ]]
	done
	# the department without the label after it
	run bash -c "pbsplit '$S8/unit-inline.txt' | jq -c 'select(.type==\"doc\") | [.dept, .dept_code]'"
	[ "$output" = '["某某县水利局本级","512003"]' ]
}

@test "unit lines: a table's own 单位 : 万元 overrides its part's 单位：元" {
	lossless "$S8/unit-part-yuan.txt"
	run money "$S8/unit-part-yuan.txt"
	[ "$output" = '["水库管护经费绩效目标表","某某县水利局本级","元",40,30,10,40]
["河道清淤经费绩效目标表","某某县水利局本级","万元",25,25,null,25]' ]
}

@test "unit lines: *单位：元* in emphasis right under a part heading is the part's unit" {
	lossless "$S8/unit-md-part.txt"
	run bash -c "pbsplit '$S8/unit-md-part.txt' | jq -c 'select(.kind==\"project_table\") | .part_unit' | paste -sd' '"
	[ "$output" = '"元" "元"' ]
	run money "$S8/unit-md-part.txt"
	[ "$output" = '["水库管护经费绩效目标表","某某县水利局本级","元",40,30,10,40]
["河道清淤经费绩效目标表","某某县水利局本级","元",25,25,null,25]' ]
	# and the other forms, on a line of their own under the heading
	for u in '单位元' '单位 : 元' '_单位：元_' '单位（元）' '（单位元）'; do
		sed "s/^\*单位：元\*\$/$u/" "$S8/unit-md-part.txt" > "$BATS_TEST_TMPDIR/u.txt"
		run money "$BATS_TEST_TMPDIR/u.txt"
		echo "$u: $output"
		[ "$output" = '["水库管护经费绩效目标表","某某县水利局本级","元",40,30,10,40]
["河道清淤经费绩效目标表","某某县水利局本级","元",25,25,null,25]' ]
	done
}

@test "a running page header as the last line of a stream stays in the last filing" {
	for f in tail-header tail-header-page; do
		lossless "$S8/$f.txt"
		n=$(wc -l < "$S8/$f.txt")
		run bash -c "pbsplit '$S8/$f.txt' | jq -c 'select(.type==\"doc\") | [.doc, .line, .title]'"
		echo "$f: $output"
		[ "$output" = '[1,1,"2026年部门预算绩效文本"]' ]
		run blocks "$S8/$f.txt"
		[[ "$output" == *" project_table:25-41 project_table:42-$n" ]]
		run proj "$S8/$f.txt" '[.doc, .budget]'
		[ "$output" = '[1,40]
[1,25]' ]
	done
	# the same title followed by a filing's text is still the next filing
	t="$BATS_TEST_TMPDIR/two.txt"
	cat "$S8/tail-header.txt" "$FIX/split7/base.txt" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .line]' | paste -sd' '"
	[ "$output" = '[1,1] [2,59]' ]
}

@test "保障措施: a line of prose that starts as the measures heading, or one in a table's cells, opens no measures" {
	f="$S8/measures-prose.txt"
	lossless "$f"
	run blocks "$f"
	# 3.保障措施落实，确保… is a sub-goal's text; 三、工作保障措施 the heading
	[ "$output" = "cover:1-7 part:8-9 overall_goal:10-13 sub_goals:14-22 measures:23-26 part:27-28 project_table:29-45 project_table:46-61" ]
	run bash -c "pbsplit '$f' | jq -c 'select(.kind==\"measures\") | .title'"
	[ "$output" = '"三、工作保障措施"' ]
	# past the 项目编码 row, a goal cell worded so (3.落实养护保障措施)
	f="$S8/measures-in-table.txt"
	lossless "$f"
	run blocks "$f"
	[[ "$output" == *" measures:11-12 part:13-15 project_table:16-116" ]]
	run proj "$f" '[.name, .goals, .indicators]'
	[ "$output" = '["2025年农村公路日常养护经费",["完成农村公路日常养护","及时修补路面坑槽","落实养护保障措施"],7]' ]
	# the headings themselves, in their forms
	for h in '三、工作保障措施' '（三）保障措施' '3.主要保障措施' '三、绩效目标实现保障措施：'; do
		sed "s/^三、工作保障措施\$/$h/" "$S8/measures-prose.txt" > "$BATS_TEST_TMPDIR/h.txt"
		run bash -c "pbsplit -f tsv '$BATS_TEST_TMPDIR/h.txt' | awk -F'\t' '\$4 == \"measures\" { print \$6 }'"
		echo "$h: $output"
		[ "$output" = 23 ]
	done
}

@test "wrapped titles: the two halves with a blank line between them are one title, and 绩效目标表 alone under 1.某某项目 ends it" {
	for f in title-blank-tail title-blank-word; do
		lossless "$S8/$f.txt"
		run bash -c "pbsplit '$S8/$f.txt' | jq -c 'select(.kind==\"project_table\") | [.title, .line]' | paste -sd' '"
		echo "$f: $output"
		[ "$output" = '["水库管护经费绩效目标表",25] ["河道清淤经费绩效目标表",44]' ]
		run proj "$S8/$f.txt" '[.name, .dept, .source_unit, .budget]'
		[ "$output" = '["水库管护经费","某某县水利局本级","元",40]
["河道清淤经费","某某县水利局本级","元",25]' ]
	done
	# a numbered line of prose, a blank, then a title of its own: two things
	printf '第二部分 预算项目绩效目标\n\n1.加强项目管理。\n\n水库管护经费绩效目标表\n\n项目编码\t51152325P000013000021\n' > "$BATS_TEST_TMPDIR/p.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/p.txt' | jq -c 'select(.kind==\"project_table\") | [.title, .line]'"
	[ "$output" = '["水库管护经费绩效目标表",5]' ]
}

@test "wrapped titles: 绩效目标表 alone under （一）某某项目 or an unnumbered name ends that title" {
	f="$S8/title-words-alone.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.kind==\"project_table\") | [.title, .line]' | paste -sd' '"
	[ "$output" = '["水库管护经费绩效目标表",25] ["河道清淤经费绩效目标表",43]' ]
	run proj "$f" '[.title, .name, .source_unit, .budget]'
	[ "${lines[0]}" = '["水库管护经费绩效目标表","水库管护经费","元",40]' ]
	[[ "${lines[1]}" == *'"河道清淤经费","元",25]' ]]
	# a sentence or a unit line above it is no half of it
	for above in '加强项目管理。' '512003 某某县水利局本级'; do
		printf '第二部分 预算项目绩效目标\n\n%s\n绩效目标表\n\n项目编码\t51152325P000013000021\n' "$above" > "$BATS_TEST_TMPDIR/p.txt"
		run bash -c "pbsplit '$BATS_TEST_TMPDIR/p.txt' | jq -c 'select(.kind==\"project_table\") | [.title, .line]'"
		[ "$output" = '["绩效目标表",4]' ]
	done
}

@test "a toc without 目录 whose first entries are titles or parts with a page number after blanks or a tab" {
	for f in toc-titles-spaced toc-titles-tab toc-parts-spaced; do
		lossless "$S8/$f.txt"
		run blocks "$S8/$f.txt"
		echo "$f: $output"
		local e=10
		[ "$f" = toc-parts-spaced ] && e=12
		[[ "$output" == "cover:1-7 toc:8-$e part:$((e + 1))-"* ]]
		run bash -c "pbsplit '$S8/$f.txt' | jq -c 'select(.kind==\"project_table\" or .kind==\"part\") | .title' | paste -sd' '"
		[ "$output" = '"第一部分部门整体绩效目标" "第二部分预算项目绩效目标" "水库管护经费绩效目标表" "河道清淤经费绩效目标表"' ]
		run proj "$S8/$f.txt" '[.name, .budget]'
		[ "$output" = '["水库管护经费",40]
["河道清淤经费",25]' ]
	done
}

@test "the department's own table (部门整体支出绩效目标表) is no project: its budget, the projects' sum, is not counted again" {
	run_split pbsplit -f tsv "$S8/department-table.txt"
	[ "$status" -eq 0 ]
	[ "$(awk -F'\t' '$4 == "other" { print $5 }' <<< "$output")" = 部门整体支出绩效目标表 ]
	[ "$(awk -F'\t' '$4 == "project_table"' <<< "$output" | wc -l)" -eq 2 ]
	run proj "$S8/department-table.txt" '[.name, .budget]'
	[ "$output" = '["甲",600]
["乙",400]' ]
	run pbsum -g dept "$S8/department-table.txt"
	[ "$(cut -f2,3 <<< "${lines[1]}")" = "$(printf '2\t1000.000000')" ]
	# other wordings, and under 第二部分
	for t in 2025年度部门整体绩效目标表 某某局部门整体支出绩效目标表; do
		sed "s/^部门整体支出绩效目标表/$t/" "$S8/department-table.txt" > "$BATS_TEST_TMPDIR/d.txt"
		[ "$(pbtable "$BATS_TEST_TMPDIR/d.txt" 2>/dev/null | jq -s '[.[] | select(.type=="project")] | length')" -eq 2 ]
	done
	# a numbered project whose name holds the words is a project
	sed 's/^1\.甲绩效目标表/1.部门整体运转经费绩效目标表/' "$S8/department-table.txt" > "$BATS_TEST_TMPDIR/p.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/p.txt" '[.title, .budget]' | head -1)" = '["部门整体运转经费绩效目标表",600]' ]
}
