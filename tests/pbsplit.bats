#!/usr/bin/env bats
# pbsplit: docs and blocks, losslessness, encodings, hostile input.

load common

@test "blocks joined give back every example byte for byte" {
	for f in "$EX"/*.txt; do
		case "$f" in *gb18030*) continue ;; esac
		lossless "$f"
	done
}

@test "blocks joined give back every shared filing byte for byte" {
	need_shared
	for f in "$SHARED"/*.txt; do lossless "$f"; done
}

@test "a stream of several filings is cut into docs, losslessly" {
	cat "$EX/tab-grid.txt" "$EX/cell-per-line.txt" "$EX/markdown.txt" > "$BATS_TEST_TMPDIR/all.txt"
	lossless "$BATS_TEST_TMPDIR/all.txt"
	run bash -c "pbsplit < '$BATS_TEST_TMPDIR/all.txt' | jq -c 'select(.type==\"doc\") | [.doc, .dept_code, .file]'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '[1,"512001","-"]' ]
	[ "${lines[1]}" = '[2,"703002","-"]' ]
	[ "${lines[2]}" = '[3,"130705","-"]' ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "doc fields come from the cover and the first unit line" {
	run bash -c "pbsplit '$EX/tab-grid.txt' | jq -c 'select(.type==\"doc\") | [.dept, .dept_code, .year, .title, .draft, .compiled_by, .reviewed_by, .encoding]'"
	[ "$output" = '["南溪县文化广电和旅游局本级","512001",2025,"2025年部门预算绩效文本",true,"南溪县文化广电和旅游局","南溪县财政局","UTF-8"]' ]
}

@test "a filing without a cover has null cover fields" {
	run bash -c "pbsplit '$EX/cell-per-line.txt' | jq -c 'select(.type==\"doc\") | [.title, .draft, .compiled_by, .year]'"
	[ "$output" = '[null,null,null,null]' ]
}

@test "block kinds in order for the tab-grid example" {
	run bash -c "pbsplit '$EX/tab-grid.txt' | jq -r 'select(.type==\"block\") | .kind' | paste -sd' '"
	[ "$output" = "cover toc part overall_goal sub_goals measures part project_table project_table project_table" ]
}

@test "a title wrapped before 表 is one project table title" {
	run bash -c "pbsplit '$EX/cell-per-line.txt' | jq -r 'select(.kind==\"project_table\") | .title'"
	[ "$output" = "2025年农村公路日常养护经费绩效目标表" ]
}

@test "a title wrapped anywhere, even inside 绩效目标表, starts the table at its first line" {
	# …绩效 / 目标表 left the 单位：元 line outside the table, and pbtable
	# read the amounts in 万元
	title=1.物资储备经费绩效目标表
	for head in 1.物资 1.物资储备经费 1.物资储备经费绩 1.物资储备经费绩效 \
	            1.物资储备经费绩效目 1.物资储备经费绩效目标; do
		tail="${title#"$head"}"
		printf '%s\n%s\n\n单位：元\n\n项目编码\t13070525P000056700012\t项目名称\t物资储备经费\n预算规模及资金用途\t预算数\t60.00\t其中：财政资金\t50.00\t其他资金\t10.00\n' \
			"$head" "$tail" > "$BATS_TEST_TMPDIR/t.txt"
		lossless "$BATS_TEST_TMPDIR/t.txt"
		run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.kind==\"project_table\") | [.line, .title]'"
		[ "$output" = '[1,"物资储备经费绩效目标表"]' ]
		run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.line, .title, .source_unit, .budget, .fiscal]'"
		[ "$output" = '[1,"物资储备经费绩效目标表","元",0.006,0.005]' ]
	done
}

@test "a currency on the department's line, or called 金额单位, is the table's unit" {
	for sep in '  ' '' ' ' '　'; do
		printf '1.物资储备经费绩效目标表\n130705 西岭区应急管理局本级%s单位：元\n项目编码\t13070525P000056700012\t项目名称\t物资储备经费\n预算规模及资金用途\t预算数\t60.00\t其中：财政资金\t50.00\t其他资金\t10.00\n' \
			"$sep" > "$BATS_TEST_TMPDIR/t.txt"
		run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
		[ "$output" = '["130705","西岭区应急管理局本级"]' ]
		run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.dept_code, .dept, .source_unit, .budget]'"
		[ "$output" = '["130705","西岭区应急管理局本级","元",0.006]' ]
	done
	# 金额单位 is the same line under another name
	printf '1.物资储备经费绩效目标表\n130705 西岭区应急管理局本级\n金额单位：元\n项目编码\t13070525P000056700012\t项目名称\t物资储备经费\n预算规模及资金用途\t预算数\t60.00\t其中：财政资金\t50.00\t其他资金\t10.00\n' > "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.source_unit, .budget]'"
	[ "$output" = '["元",0.006]' ]
}

@test "a 项目编码 line after a table stays in it when the next filing follows" {
	# found by fuzz_split: the line went with the next filing's cover
	printf '1.公共文化服务运行经费绩效目标表\n项目名称\t公共文化服务运行经费\n年度资金总额\t100\n项目编码\n\n南溪县文化广电和旅游局\n2025 年部门预算绩效文本\n' > "$BATS_TEST_TMPDIR/t.txt"
	lossless "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"block\") | [.doc, .kind, .line, .end_line]' | paste -sd' '"
	[ "$status" -eq 0 ]
	# (the title, nothing after it, is the last page's running header)
	[ "$output" = '[1,"project_table",1,7]' ]
	printf '1.公共文化服务运行经费绩效目标表\n项目名称\t公共文化服务运行经费\n年度资金总额\t100\n项目编码\n\n南溪县文化广电和旅游局\n2025 年部门预算绩效文本\n（草案）\n' > "$BATS_TEST_TMPDIR/t.txt"
	lossless "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"block\") | [.doc, .kind, .line, .end_line]' | paste -sd' '"
	[ "$output" = '[1,"project_table",1,5] [2,"cover",6,8]' ]
}

@test "toc lines are never data: part headings inside the toc stay in it" {
	run bash -c "pbsplit '$EX/markdown.txt' | jq -c 'select(.kind==\"toc\") | [.line, .end_line]'"
	[ "$output" = "[12,25]" ]
}

@test "shared filings: 1, 10 and 3 project tables and their department codes" {
	need_shared
	check() {
		run bash -c "pbsplit '$SHARED/$1' | jq -s '[.[] | select(.kind==\"project_table\")] | length'"
		[ "$output" = "$2" ]
		run bash -c "pbsplit '$SHARED/$1' | jq -r 'select(.type==\"doc\") | .dept_code'"
		[ "$output" = "$3" ]
	}
	check zhengding-digital-economy-2024.txt 1 359001
	check caofeidian-equipment-park-2024.txt 3 806001
	check chengde-hitech-office-2024.txt 10 101001
}

# the same filing as GB18030, CRLF and with a BOM gives the same blocks
shape() {
	pbsplit "$1" | jq -c 'if .type=="doc" then del(.encoding, .file) else [.kind, .title, .line, .end_line] end'
}

@test "GB18030, CRLF and BOM copies give the same blocks and doc fields" {
	src="$EX/tab-grid.txt"
	t="$BATS_TEST_TMPDIR"
	iconv -f UTF-8 -t GB18030 "$src" > "$t/gb.txt"
	sed 's/$/\r/' "$src" > "$t/crlf.txt"
	printf '\357\273\277' | cat - "$src" > "$t/bom.txt"
	tr '\n' '\r' < "$src" > "$t/cr.txt"
	shape "$src" > "$t/want"
	for v in gb crlf bom cr; do
		shape "$t/$v.txt" > "$t/got"
		diff "$t/want" "$t/got"
	done
	run bash -c "pbsplit '$t/gb.txt' | jq -r 'select(.type==\"doc\") | .encoding'"
	[ "$output" = "GB18030" ]
	# GB18030 text is converted: joined blocks equal the UTF-8 original
	pbsplit "$t/gb.txt" | jq -j 'select(.type=="block").text' | cmp - "$src"
}

@test "the committed GB18030 CRLF example reads like its UTF-8 original" {
	diff <(shape "$EX/tab-grid.txt") <(shape "$EX/gb18030-crlf.txt")
}

@test "--encoding forces a decoder" {
	run pbsplit --encoding utf-8 "$EX/gb18030-crlf.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"invalid UTF-8"* ]]
	run pbsplit --encoding gb18030 "$EX/gb18030-crlf.txt"
	[ "$status" -eq 0 ]
}

@test "bytes that are neither UTF-8 nor GB18030: exit 2 with the line and byte offset" {
	printf 'abc\n\377\377\377\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run_split pbsplit "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsplit: $BATS_TEST_TMPDIR/bad.txt:2: not UTF-8 or GB18030 (byte 5)" ]
}

@test "NUL bytes are an error, not a crash and not invalid output" {
	printf 'ab\000cd\n' > "$BATS_TEST_TMPDIR/nul.txt"
	run_split pbsplit "$BATS_TEST_TMPDIR/nul.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"nul.txt:1: NUL byte: binary data, not a text filing (byte 3)" ]]
}

@test "a missing file is reported and the other files still processed" {
	run_split pbsplit /nonexistent/x.txt "$EX/markdown.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbsplit: /nonexistent/x.txt: No such file or directory"* ]]
	echo "$output" | jq -se 'map(select(.type=="doc"))[0].dept_code == "130705"'
}

@test "empty input: exit 0, no records" {
	run pbsplit /dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "random bytes: exit 0 or 2, output always valid JSON" {
	for i in 1 2 3 4 5; do
		head -c 20000 /dev/urandom > "$BATS_TEST_TMPDIR/r"
		run bash -c "pbsplit '$BATS_TEST_TMPDIR/r' > '$BATS_TEST_TMPDIR/o'"
		[ "$status" -eq 0 ] || [ "$status" -eq 2 ]
		jq -e . "$BATS_TEST_TMPDIR/o" > /dev/null || [ ! -s "$BATS_TEST_TMPDIR/o" ]
	done
}

@test "a 50 MB single line is one block, kept whole" {
	head -c 50000000 /dev/zero | tr '\0' 'x' > "$BATS_TEST_TMPDIR/long"
	run bash -c "pbsplit -f tsv '$BATS_TEST_TMPDIR/long' | tail -n 1 | cut -f4,6-8"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'cover\t1\t1\t50000000')" ]
}

@test "-f tsv writes a header even for no input, and one line per block" {
	run pbsplit -f tsv /dev/null
	[ "$output" = "$(printf 'file\tdoc\tseq\tkind\ttitle\tline\tend_line\tbytes')" ]
	run bash -c "pbsplit -f tsv '$EX/tab-grid.txt' | wc -l"
	[ "$output" -eq 11 ]
}

@test "usage errors exit 2" {
	run pbsplit -f xml
	[ "$status" -eq 2 ]
	run pbsplit --bogus
	[ "$status" -eq 2 ]
}

@test "a failed write is exit 2" {
	[ -w /dev/full ] || skip "no /dev/full"
	run bash -c "pbsplit '$EX/tab-grid.txt' > /dev/full"
	[ "$status" -eq 2 ]
}

@test "| head ends quietly" {
	run bash -c "set -o pipefail; pbsplit '$EX/tab-grid.txt' '$EX/tab-grid.txt' | head -n 1 >/dev/null; echo done"
	[[ "$output" == *done ]]
	[[ "$output" != *"write error"* ]]
}

# a project table's rows after its title: 单位：元, the code and budget row,
# the indicator header and one indicator; $1 is the cell separator layout
pipe_rows() {
	printf '| 项目编码 | 51152325P000013100021 | 项目名称 | 非遗保护 |\n|---|---|---|---|\n'
	printf '| 预算规模及资金用途 | 预算数 | 200000.00 | 其中：财政资金 | 150000.00 |\n'
	printf '| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 记录项目数 | ≥5项 |\n'
}

@test "a markdown table starts at its title row, or at its 项目编码 row without one" {
	# either way pbsplit made no project_table block and pbtable printed
	# nothing: the project was lost without a word
	{ printf '第二部分 预算项目绩效目标\n\n| 1.非遗保护绩效目标表 | | | |\n|---|---|---|---|\n'
	  printf '| 512001 某某局本级 | | 单位：元 | |\n'; pipe_rows; } > "$BATS_TEST_TMPDIR/t.txt"
	lossless "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"block\") | [.kind, .line, .title]' | paste -sd' '"
	[ "$output" = '["part",1,"第二部分预算项目绩效目标"] ["project_table",3,"非遗保护绩效目标表"]' ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.line, .code, .budget, .indicators]'"
	[ "$output" = '[3,"51152325P000013100021",20,1]' ]

	{ printf '单位：元\n\n'; pipe_rows; } > "$BATS_TEST_TMPDIR/t.txt"
	lossless "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"block\") | [.kind, .line]' | paste -sd' '"
	[ "$output" = '["cover",1] ["project_table",3]' ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.line, .indicators]'"
	[ "$output" = '[3,1]' ]
}

@test "a title as a grid row's one cell starts the table, with its 单位 line" {
	# 1.…绩效目标表\t\t\t (a merged row) and \t1.…绩效目标表 (a DOCX cell)
	# were no titles: the department and 单位：元 lines fell outside the
	# table, which read its amounts in 万元
	for title in '1.非遗保护绩效目标表\t\t\t\t' '\t1.非遗保护绩效目标表' '非遗保护绩效目标表\t\t'; do
		printf "1.甲绩效目标表\n项目编码\t51152325P000013100020\t项目名称\t甲\n预算规模及资金用途\t预算数\t1.00\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t记录\t≥5项\n$title\n\n512001 某某局本级\n\n单位：元\n\n项目编码\t51152325P000013100021\t项目名称\t非遗保护\n预算规模及资金用途\t预算数\t200000.00\t其中：财政资金\t150000.00\n" > "$BATS_TEST_TMPDIR/t.txt"
		lossless "$BATS_TEST_TMPDIR/t.txt"
		run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"block\") | [.kind, .line, .title]' | paste -sd' '"
		[ "$output" = '["project_table",1,"甲绩效目标表"] ["project_table",6,"非遗保护绩效目标表"]' ]
		# the table's unit line is in it (pbtable's reading of the title row is table.c's)
		run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -r 'select(.line==6).text' | grep -c '^单位：元'"
		[ "$output" = 1 ]
	done
}

@test "a department code is six digits before a blank or a name, never an amount's" {
	# 200000.00 was department 200000 named .00; 512001 alone in its cell
	# was pbsplit's department but not pbtable's
	printf '1.甲绩效目标表\n单位：元\n项目编码\t51152325P000013100021\t项目名称\t甲\n预算规模及资金用途\t预算数\t200000.00\t其中：财政资金\t150000.00\n' > "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.dept_code, .dept, .budget]'"
	[ "$output" = '[null,null,20]' ]
	for cell in '200000元' '200000 万元'; do
		printf '1.甲绩效目标表\n单位：元\n项目编码\t51152325P000013100021\t项目名称\t甲\n预算规模及资金用途\t预算数\t%s\n' "$cell" > "$BATS_TEST_TMPDIR/t.txt"
		run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | .dept_code'"
		[ "$output" = null ]
	done
	printf '1.甲绩效目标表\n512001\t某某局本级\t\t单位：元\t\n项目编码\t51152325P000013100021\t项目名称\t甲\n预算规模及资金用途\t预算数\t200000.00\t其中：财政资金\t150000.00\n' > "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"doc\") | [.dept_code, .dept]'"
	[ "$output" = '["512001","某某局本级"]' ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.dept_code, .dept, .budget]'"
	[ "$output" = '["512001","某某局本级",20]' ]
	# real department lines, the name after a blank or at once
	for line in '512001 某某局本级' '512001　某某局本级' '512001某某局本级'; do
		printf '1.甲绩效目标表\n%s\n单位：元\n项目编码\t51152325P000013100021\t项目名称\t甲\n预算规模及资金用途\t预算数\t200000.00\n' "$line" > "$BATS_TEST_TMPDIR/t.txt"
		run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.dept_code, .dept]'"
		[ "$output" = '["512001","某某局本级"]' ]
	done
}

@test "a PDF running page header in a table is kept in it, not a new filing" {
	# the cover title repeated at the top of a page started doc 2 and took
	# the rows after it into its cover
	{ printf '某某局\n2025 年部门预算绩效文本\n\n1.甲绩效目标表\n单位：元\n项目编码\t51152325P000013100021\t项目名称\t甲\n'
	  printf '预算规模及资金用途\t预算数\t200000.00\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t≥5项\n'
	  printf '\n某某局2025年部门预算绩效文本\n\n\t质量指标\t乙\t100%%\n'
	  printf '\t时效指标\t丙\t≤3天\n'; } > "$BATS_TEST_TMPDIR/t.txt"
	lossless "$BATS_TEST_TMPDIR/t.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/t.txt' | jq -c 'select(.type==\"block\") | [.doc, .kind, .line, .end_line]' | paste -sd' '"
	[ "$output" = '[1,"cover",1,3] [1,"project_table",4,14]' ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | jq -c 'select(.type==\"project\") | [.doc, .indicators]'"
	[ "$output" = '[1,3]' ]
	# the same title opening a filing of its own is one, with or without
	# its cover after it; at the end of the input, nothing after it, it is
	# the last page's running header
	for next in '（草案）\n\n某某局编制\n' '目录\n' ''; do
		{ sed -n 1,9p "$BATS_TEST_TMPDIR/t.txt"; printf "\n2025 年部门预算绩效文本\n$next"; } > "$BATS_TEST_TMPDIR/u.txt"
		lossless "$BATS_TEST_TMPDIR/u.txt"
		run bash -c "pbsplit '$BATS_TEST_TMPDIR/u.txt' | jq -c 'select(.type==\"block\") | [.doc, .kind, .line]' | paste -sd' '"
		if [ -z "$next" ]; then
			[ "$output" = '[1,"cover",1] [1,"project_table",4]' ]
			continue
		fi
		[ "$output" = '[1,"cover",1] [1,"project_table",4] [2,"cover",11]' ] || [ "$output" = '[1,"cover",1] [1,"project_table",4] [2,"cover",11] [2,"toc",12]' ]
	done
}
