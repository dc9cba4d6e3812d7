#!/usr/bin/env bats
# pbsplit: findings-r1 B7, D2, D3, D4 (doc boundaries, cover fields,
# unit lines, heading variants).

load common

S3="$FIX/split3"

docs() {
	pbsplit "$1" | jq -c 'select(.type=="doc") | [.doc, .line, .dept_code, .year]' | paste -sd' '
}

@test "a filing of 第二部分 and tables alone after a whole filing is a doc of its own" {
	f="$S3/concat-nocover.txt"
	lossless "$f"
	run docs "$f"
	[ "$output" = '[1,1,"512001",2025] [2,28,"359001",null]' ]
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\") | [.doc, .kind, .line, .end_line]' | paste -sd' '"
	[ "$output" = '[1,"cover",1,7] [1,"part",8,9] [1,"project_table",10,27] [2,"part",28,29] [2,"project_table",30,47]' ]
	# the year comes from the second filing's project code, not the first's cover
	run bash -c "pbtable '$f' 2>/dev/null | jq -c 'select(.type==\"project\") | [.doc, .year]' | paste -sd' '"
	[ "$output" = '[1,2025] [2,2024]' ]
	# numbering begun or dropped by the second filing's titles
	t="$BATS_TEST_TMPDIR/t.txt"
	for e in '10s/^1\.//' '30s/^1\.//'; do
		sed "$e" "$f" > "$t"
		lossless "$t"
		run docs "$t"
		[ "$output" = '[1,1,"512001",2025] [2,28,"359001",null]' ]
	done
}

@test "a repeated part heading before a table numbered on, or amid table rows, is a running header" {
	f="$S3/concat-nocover.txt"
	t="$BATS_TEST_TMPDIR/t.txt"
	# page header before the next table: 2. goes on from 1.
	{ sed -n 1,27p "$f"; sed -n 28,47p "$f" | sed 's/^1\.非遗/2.非遗/; s/^359001 .*/512001 某某县文化和旅游局本级/'; } > "$t"
	lossless "$t"
	run docs "$t"
	[ "$output" = '[1,1,"512001",2025]' ]
	# page header amid the rows of a table
	{ sed -n 1,22p "$f"; printf '第二部分 预算项目绩效目标\n\n'; sed -n 23,27p "$f"; } > "$t"
	lossless "$t"
	run docs "$t"
	[ "$output" = '[1,1,"512001",2025]' ]
}

@test "a filing of 第二部分 and untitled tables after a whole filing: its unit line names another department" {
	f="$S3/concat-nocover.txt"
	t="$BATS_TEST_TMPDIR/t.txt"
	{ sed -n 1,27p "$f"; sed -n 28,29p "$f"; sed -n 32,47p "$f"; } > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .line]' | paste -sd' '"
	[ "$output" = '[1,1] [2,28]' ]
	# ... and with the doc's own department it is the same filing
	sed -i 's/^359001 .*/512001 某某县文化和旅游局本级/' "$t"
	run docs "$t"
	[ "$output" = '[1,1,"512001",2025]' ]
}

cover() {
	pbsplit "$1" | jq -c 'select(.type=="doc") | [.draft, .compiled_by, .reviewed_by, .title, .year]'
}

@test "a cover's 编制单位：X and 审核单位：Y are compiled_by and reviewed_by" {
	f="$S3/cover-labelled.txt"
	run cover "$f"
	[ "$output" = '[true,"某某县文化和旅游局","某某县财政局","2025年部门预算绩效文本",2025]' ]
	t="$BATS_TEST_TMPDIR/t.txt"
	# ':' for '：', 编制部门, a blank after the colon, the name under its label
	for lab in '编制单位:某某县文化和旅游局|审核单位:某某县财政局' \
	           '编制部门： 某某县文化和旅游局|审核部门：某某县财政局' \
	           '编制单位：|某某县文化和旅游局|审核单位：|某某县财政局'; do
		{ sed -n 1,4p "$f"; printf '%s\n' "$lab" | tr '|' '\n'; sed -n '7,$p' "$f"; } > "$t"
		lossless "$t"
		run cover "$t"
		[ "$output" = '[true,"某某县文化和旅游局","某某县财政局","2025年部门预算绩效文本",2025]' ]
	done
}

@test "a cover's （送审稿） or （征求意见稿） is a draft, not part of the compiler's name" {
	f="$S3/cover-songshengao.txt"
	run cover "$f"
	[ "$output" = '[true,"某某县文化和旅游局","某某县财政局","2025年部门预算绩效文本",2025]' ]
	t="$BATS_TEST_TMPDIR/t.txt"
	sed 's/送审稿/征求意见稿/' "$f" > "$t"
	run cover "$t"
	[ "$output" = '[true,"某某县文化和旅游局","某某县财政局","2025年部门预算绩效文本",2025]' ]
	# no marker: no draft, the compiler as before
	sed '3d' "$f" > "$t"
	run cover "$t"
	[ "$output" = '[false,"某某县文化和旅游局","某某县财政局","2025年部门预算绩效文本",2025]' ]
}

@test "a separator between a unit line's code and name is no part of the name, in pbsplit and pbtable" {
	f="$S3/dept-separator.txt"
	t="$BATS_TEST_TMPDIR/t.txt"
	for sep in '-' ':' '_' '：' ' - ' '—' '－' '（' '('; do
		case "$sep" in '（') close='）' ;; '(') close=')' ;; *) close='' ;; esac
		sed "s/^512001-\(.*\)\$/512001$sep\1$close/" "$f" > "$t"
		lossless "$t"
		run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '["512001","某某县文化和旅游局本级"]' ]
		run proj "$t" '[.dept_code, .dept, .source_unit, .budget]'
		[ "$output" = '["512001","某某县文化和旅游局本级","元",20]' ]
	done
	# a name's own parentheses stay; the currency may share the line
	sed 's/^512001-\(.*\)$/512001 \1（本级）/' "$f" > "$t"
	run bash -c "pbsplit '$t' | jq -r 'select(.type==\"doc\") | .dept'"
	[ "$output" = '某某县文化和旅游局本级（本级）' ]
	sed 's/^512001-\(.*\)$/512001-\1  单位：元/; /^单位：元/d' "$f" > "$t"
	run proj "$t" '[.dept_code, .dept, .source_unit, .budget]'
	[ "$output" = '["512001","某某县文化和旅游局本级","元",20]' ]
	# a name in brackets, then the currency: neither bracket in the name
	for wrap in '（%s）  单位：元' '(%s) 单位:元' '（%s）（单位：元）'; do
		name=$(printf "$wrap" '\1')
		sed "s/^512001-\(.*\)\$/512001$name/; /^单位：元/d" "$f" > "$t"
		run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '["512001","某某县文化和旅游局本级"]' ]
		run proj "$t" '[.dept_code, .dept, .source_unit, .budget]'
		[ "$output" = '["512001","某某县文化和旅游局本级","元",20]' ]
	done
}

@test "an amount with its currency after a separator is no unit line" {
	t="$BATS_TEST_TMPDIR/t.txt"
	for cell in '200000（元）' '200000 (万元)' '200000-元' '512001-2024'; do
		printf '1.物资储备经费绩效目标表\n%s\n单位：元\n项目编码\t13070525P000056700012\t项目名称\t物资储备经费\n预算规模及资金用途\t预算数\t60.00\t其中：财政资金\t50.00\t其他资金\t10.00\n' "$cell" > "$t"
		run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '[null,null]' ]
	done
}

@test "part 1's headings numbered （一） or (1), and 整体绩效目标 or 保障措施, are their kinds" {
	t="$BATS_TEST_TMPDIR/t.txt"
	for v in '（一）总体绩效目标|（二）分项绩效目标|（三）工作保障措施' \
	         '一、整体绩效目标|二、分项绩效目标|三、保障措施' \
	         '(1) 总体绩效目标|(2)分项绩效目标|(3)工作保障措施' \
	         '## （一）部门年度总体绩效目标|## （二）部门分项绩效目标|## （三）保障措施'; do
		o="${v%%|*}" r="${v#*|}"
		s="${r%%|*}" m="${r#*|}"
		sed "s/^一、总体绩效目标\$/$o/; s/^二、分项绩效目标\$/$s/; s/^三、工作保障措施\$/$m/" "$EX/tab-grid.txt" > "$t"
		lossless "$t"
		run bash -c "pbsplit '$t' | jq -r 'select(.type==\"block\") | .kind' | paste -sd' '"
		[ "$output" = "cover toc part overall_goal sub_goals measures part project_table project_table project_table" ]
	done
	# a numbered item in them is no heading
	sed 's/^1\.完善制度建设$/（一）完善制度建设/' "$EX/tab-grid.txt" > "$t"
	run bash -c "pbsplit '$t' | jq -r 'select(.type==\"block\") | .kind' | paste -sd' '"
	[ "$output" = "cover toc part overall_goal sub_goals measures part project_table project_table project_table" ]
}

@test "a title as a grid row (…绩效目标表\t\t\t) or a DOCX cell (\t…绩效目标表) starts its table, the first or a later one" {
	# a guard: pbsplit had this right at the branch point (findings-r1 A1)
	t="$BATS_TEST_TMPDIR/t.txt"
	f="$S3/title-trailing-tabs.txt"
	{ cat "$f"; sed -n '10,$p' "$f" | sed 's/^1\./2./; s/100021/100022/'; } > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.kind==\"project_table\") | [.line, .end_line, .title]' | paste -sd' '"
	[ "$output" = '[10,27,"非遗保护传承专项绩效目标表"] [28,45,"非遗保护传承专项绩效目标表"]' ]
	f="$S3/title-in-cell.txt"
	{ cat "$f"; sed -n '10,$p' "$f" | sed 's/^\t1\./\t2./; s/100021/100022/'; } > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.kind==\"project_table\") | [.line, .end_line, .title]' | paste -sd' '"
	[ "$output" = '[10,87,"非遗保护传承专项绩效目标表"] [88,165,"非遗保护传承专项绩效目标表"]' ]
}

@test "a part heading repeated amid a table's rows (a running page header) stays in the table" {
	t="$BATS_TEST_TMPDIR/t.txt"
	# between rows of the first table, of the second, inside the third
	for at in 60 85 105; do
		awk -v at=$at 'NR == at { print "第二部分 预算项目绩效目标"; print "" } { print }' \
			"$EX/tab-grid.txt" > "$t"
		lossless "$t"
		run bash -c "pbsplit '$t' | jq -r 'select(.type==\"block\") | .kind' | paste -sd' '"
		[ "$output" = "cover toc part overall_goal sub_goals measures part project_table project_table project_table" ]
		# said, as a page header of a title is, not dropped silently
		run_split pbtable "$t"
		[ "$stderr" = "pbtable: $t:$at: warning: page header (a title) above the indicator table is no part of the project's fields" ]
		run bash -c "pbtable '$t' 2>/dev/null | jq -c 'select(.type==\"project\") | .indicators' | paste -sd' '"
		[ "$output" = "8 5 4" ]
	done
}

@test "valgrind: the block list grown while a table's title row is found above its 项目编码 row" {
	no_valgrind && skip "no valgrind, or a sanitizer build"
	# title_above read its block after start_table had moved the blocks
	# (fuzz_split found it): 40 tables, titles as grid rows
	t="$BATS_TEST_TMPDIR/t.txt"
	{
		printf '第二部分 预算项目绩效目标\n\n'
		for i in $(seq 1 40); do
			printf '%d.非遗保护传承专项绩效目标表\t\t\t\t\t\n512001 某某县文化和旅游局本级\n单位：元\n' "$i"
			printf '项目编码\t51152325P0000131000%02d\t\t项目名称\t非遗保护传承专项\t\t\n' "$i"
			printf '预算规模及资金用途\t预算数\t200000.00\t其中：财政资金\t150000.00\t其他资金\t50000.00\n'
		done
	} > "$t"
	run valgrind -q --error-exitcode=99 pbsplit "$t"
	[ "$status" -eq 0 ]
	run bash -c "pbsplit '$t' | jq -c 'select(.kind==\"project_table\")' | wc -l"
	[ "$output" -eq 40 ]
}
