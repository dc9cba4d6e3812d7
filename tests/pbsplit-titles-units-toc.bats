#!/usr/bin/env bats
# pbsplit: findings-r4a A5, A11, A12, A13, A17 (table titles, unit lines,
# cover fields, tables of contents).

load common

S4="$FIX/split4"

blocks() {
	pbsplit "$1" | jq -c 'select(.type=="block") | [.kind, .title, .line]' | paste -sd' '
}

@test "a title worded …绩效目标申报表 or …绩效目标表（X） starts its table, 单位 line and all" {
	for f in "$S4/title-shenbaobiao.txt" "$S4/title-note.txt" "$S4/title-note-grid.txt"; do
		lossless "$f"
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\") | [.kind, .line]' | paste -sd' '"
		[ "$output" = '["cover",1] ["part",4] ["project_table",6]' ]
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '["512001","某某县农业农村局本级"]' ]
		run proj "$f" '[.dept_code, .source_unit, .budget, .fiscal, .other, .spend["12"]]'
		[ "$output" = '["512001","元",20,15,5,20]' ]
	done
	run proj "$S4/title-note.txt" .title
	[ "$output" = '"项目支出绩效目标表（高标准农田建设项目）"' ]
	# a second table titled so in a grid row of its own, after the rows of
	# the first; a table going on after a page break (（续）) is no new one
	f="$S4/title-shenbaobiao-two.txt"
	lossless "$f"
	run blocks "$f"
	[ "$output" = '["cover","2025年部门预算绩效文本",1] ["part","第二部分预算项目绩效目标",4] ["project_table","高标准农田建设项目支出绩效目标申报表",6] ["project_table","农机购置补贴项目支出绩效目标申报表",24]' ]
	run proj "$f" '[.dept_code, .source_unit, .budget, .indicators]'
	[ "$output" = '["512001","元",20,4]
["512002","元",20,4]' ]
	# an unnumbered title sharing its grid row with the unit label
	f="$S4/title-unit-row-unnumbered.txt"
	lossless "$f"
	run proj "$f" '[.line, .dept_code, .source_unit, .budget]'
	[ "$output" = '[6,"512001","元",20]' ]
	# a markdown row holding only such a title
	t="$BATS_TEST_TMPDIR/md.txt"
	sed '6s/.*/| 1.高标准农田建设项目支出绩效目标申报表 | | |/' "$S4/title-shenbaobiao.txt" > "$t"
	lossless "$t"
	run proj "$t" '[.line, .dept_code, .source_unit, .budget]'
	[ "$output" = '[6,"512001","元",20]' ]
}

@test "a purpose or goal line that starts with six digits is no unit line: no department from it" {
	for f in "$S4/dept-purpose-digits.txt" "$S4/dept-goal-digits.txt"; do
		lossless "$f"
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '[null,"某某县农业农村局"]' ]
	done
	# the unit line above the 项目编码 row is still read
	run bash -c "pbsplit '$S4/title-shenbaobiao.txt' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
	[ "$output" = '["512001","某某县农业农村局本级"]' ]
}

@test "a cover year in numerals (二〇二五年…) and the wording …年度部门预算绩效目标 are read" {
	f="$S4/cover-year-numerals.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.year, .title]'"
	[ "$output" = '[2025,"二〇二五年部门预算绩效文本"]' ]
	# the cover's year, not the year of a project carried on from 2023
	run proj "$f" .year
	[ "$output" = 2025 ]
	f="$S4/cover-goal-wording.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.year, .title, .dept_code]'"
	[ "$output" = '[2025,"2025年度部门预算绩效目标","512001"]' ]
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\" and .kind==\"cover\") | .title'"
	[ "$output" = '"2025年度部门预算绩效目标"' ]
	# such a cover starts the next filing of a stream
	t="$BATS_TEST_TMPDIR/two.txt"
	cat "$S4/title-shenbaobiao.txt" "$S4/cover-year-numerals.txt" > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .line, .year]' | paste -sd' '"
	[ "$output" = '[1,1,2025] [2,22,2025]' ]
	# the words in prose are no cover title
	t="$BATS_TEST_TMPDIR/prose.txt"
	sed '2s/.*/围绕2025年度部门预算绩效目标开展工作/' "$f" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.year, .title]'"
	[ "$output" = '[null,null]' ]
}

@test "a draft mark on the cover title line itself marks the draft" {
	f="$S4/cover-draft-on-title.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.year, .draft]'"
	[ "$output" = '[2025,true]' ]
	t="$BATS_TEST_TMPDIR/t.txt"
	for e in '2s/（草案）/(草案)/' '2s/.*/2025年度部门预算绩效目标（征求意见稿）/' '2s/.*/二〇二五年部门预算绩效文本 (送审稿)/'; do
		sed "$e" "$f" > "$t"
		run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.year, .draft]'"
		[ "$output" = '[2025,true]' ]
	done
	# and a title without one is no draft
	sed '2s/（草案）//' "$f" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.year, .draft]'"
	[ "$output" = '[2025,false]' ]
}

@test "a table of contents without page numbers stays a toc: no phantom project tables" {
	f="$S4/toc-bare.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\") | [.kind, .line, .end_line]' | paste -sd' '"
	[ "$output" = '["cover",1,3] ["toc",4,10] ["part",11,12] ["project_table",13,28]' ]
	run proj "$f" '[.line, .budget]'
	[ "$output" = '[13,20]' ]
	# every heading listed, the body repeating the first
	f="$S4/toc-bare-full.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\") | [.kind, .line]' | paste -sd' '"
	[ "$output" = '["cover",1] ["toc",4] ["part",13] ["overall_goal",15] ["sub_goals",19] ["measures",23] ["part",27] ["project_table",29]' ]
	run proj "$f" .line
	[ "$output" = 29 ]
	# the parts named on the line under their numbers
	f2="$S4/toc-bare-two-line-parts.txt"
	lossless "$f2"
	run bash -c "pbsplit '$f2' | jq -c 'select(.type==\"block\") | [.kind, .line]' | paste -sd' '"
	[ "$output" = '["cover",1] ["toc",4] ["part",12] ["project_table",15]' ]
	# CRLF line ends, and a second filing of a stream
	t="$BATS_TEST_TMPDIR/crlf.txt"
	sed 's/$/\r/' "$f" > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"block\") | [.kind, .line]' | paste -sd' '"
	[ "$output" = '["cover",1] ["toc",4] ["part",13] ["overall_goal",15] ["sub_goals",19] ["measures",23] ["part",27] ["project_table",29]' ]
	t="$BATS_TEST_TMPDIR/two.txt"
	cat "$S4/title-shenbaobiao.txt" "$S4/toc-bare.txt" > "$t"
	lossless "$t"
	run bash -c "pbtable '$t' 2>/dev/null | jq -c 'select(.type==\"project\") | [.doc, .line]' | paste -sd' '"
	[ "$output" = '[1,6] [2,34]' ]
}

@test "an empty 目录 followed by the body keeps the body's headings" {
	f="$S4/toc-empty.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\") | [.kind, .line, .end_line]' | paste -sd' '"
	[ "$output" = '["cover",1,3] ["toc",4,5] ["part",6,7] ["overall_goal",8,11] ["part",12,13] ["project_table",14,29]' ]
	t="$BATS_TEST_TMPDIR/crlf.txt"
	sed 's/$/\r/' "$f" > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"block\") | [.kind, .line, .end_line]' | paste -sd' '"
	[ "$output" = '["cover",1,3] ["toc",4,5] ["part",6,7] ["overall_goal",8,11] ["part",12,13] ["project_table",14,29]' ]
}

@test "a numbered title in a wording not known, with unit lines under it, starts its table there" {
	for f in "$S4/title-unknown-wording.txt" "$S4/title-unknown-wording-grid.txt"; do
		lossless "$f"
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\") | [.kind, .title, .line]' | paste -sd' '"
		[ "$output" = '["cover","2025年部门预算绩效文本",1] ["part","第二部分预算项目绩效目标",4] ["project_table","高标准农田建设项目绩效目标审批表",6]' ]
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '["512001","某某县农业农村局本级"]' ]
		run proj "$f" '[.dept_code, .source_unit, .budget, .fiscal, .other]'
		[ "$output" = '["512001","元",20,15,5]' ]
	done
	# without unit lines under it, a numbered line is no title
	t="$BATS_TEST_TMPDIR/t.txt"
	sed '8,9d' "$S4/title-unknown-wording.txt" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"block\") | [.kind, .line]' | paste -sd' '"
	[ "$output" = '["cover",1] ["part",4] ["other",6] ["project_table",9]' ]
}

@test "a department whose name starts with an ideograph of the supplementary planes (𬌗县…) is read, in UTF-8 and GB18030" {
	t="$BATS_TEST_TMPDIR/t.txt" g="$BATS_TEST_TMPDIR/g.txt"
	sed 's/^512001-.*$/512001 𬌗县教育局/' "$FIX/split3/dept-separator.txt" > "$t"
	grep -q '^512001 𬌗县教育局$' "$t"
	iconv -f UTF-8 -t GB18030 "$t" > "$g"
	for f in "$t" "$g"; do
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '["512001","𬌗县教育局"]' ]
		run proj "$f" '[.dept_code, .dept, .source_unit, .budget]'
		[ "$output" = '["512001","𬌗县教育局","元",20]' ]
	done
}
