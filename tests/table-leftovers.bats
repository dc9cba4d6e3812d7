#!/usr/bin/env bats
# pbtable: layouts left over from earlier reviews, and review r5a.

load common

T="$FIX/table5"

@test "tab grid with an empty margin column: read as the same grid without it" {
	want=$(pbtable "$T/plain-grid.txt" 2>&1 | jq -c 'del(.file)')
	[ "$(pbtable "$T/plain-grid.txt" | jq -s 'map(select(.type=="unparsed")) | length')" = 0 ]
	for f in "$T/margin-grid.txt" "$T/margin-grid-crlf.txt"; do
		run_split pbtable "$f"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		[ "$(printf '%s\n' "$output" | jq -c 'del(.file)')" = "$want" ]
	done
	run proj "$T/margin-grid.txt" '[.budget, .fiscal, .other, .spend["12"], (.goals | length), .indicators]'
	[ "$output" = '[85.5,80,5.5,85.5,2,4]' ]
}

@test "tab grid with an empty margin column: an unparsed region keeps its lines whole, margin tab included" {
	run unp "$T/margin-grid-stray.txt" '[.line, .reason, .text]'
	[ "${#lines[@]}" -eq 1 ]
	[ "$(printf '%s' "$output" | jq -r '.[1]')" = "budget row cell that no field reads: 另有说明" ]
	[ "$(printf '%s' "$output" | jq -j '.[2]')" = "$(sed -n 8p "$T/margin-grid-stray.txt")" ]
}

@test "cell per line is not taken for a margin grid: one cell of text a line" {
	run proj "$EX/cell-per-line.txt" '.unparsed'
	for u in "${lines[@]}"; do [ "$u" = 0 ]; done
	[ "${#lines[@]}" -ge 1 ]
}

@test "national template: 指标性质, 指标值 and 度量单位 make one value (≥12处), 定性 is no operator, other text there is unparsed" {
	# the cell per line layout gives the same indicators
	[ "$(ind "$T/cells-national-template.txt" '[.level3, .value, .op, .num, .unit, .kind]')" = \
	  "$(ind "$T/national-template.txt" '[.level3, .value, .op, .num, .unit, .kind]')" ]
	f="$T/national-template.txt"
	run ind "$f" '[.level3, .value, .op, .num, .unit, .kind]'
	[ "${lines[0]}" = '["维修工程数","≥12处",">=",12,"处","number"]' ]
	# a unit the value already has is not written twice
	[ "${lines[1]}" = '["水质达标率","≥95%",">=",95,"%","number"]' ]
	[ "${lines[2]}" = '["群众饮水条件","有效改善",null,null,null,"text"]' ]
	[ "${lines[3]}" = '["群众满意度","=100%","=",100,"%","number"]' ]
	[ "${lines[4]}" = '["投诉处理","办结",null,null,null,"text"]' ]
	run unp "$f" 'select(.reason | startswith("指标性质")) | [.line, .reason]'
	[ "$output" = '[19,"指标性质 is no operator: 按期"]' ]
	run unp "$f" 'select(.reason | contains("under no column"))'
	[ -z "$output" ]
}

@test "national template: 权重 and 指标方向性 are the fields weight and direction; no basis column is said on the project" {
	for f in "$T/national-template.txt" "$T/cells-national-template.txt"; do
		run ind "$f" '[.weight, .direction]'
		[ "${lines[0]}" = '["30","正向指标"]' ]
		[ "${lines[4]}" = '["10","正向指标"]' ]
		[ "${#lines[@]}" -eq 5 ]
		# nothing of the header is unparsed now
		run unp "$f" '.reason'
		[ "$output" = '"指标性质 is no operator: 按期"' ]
		run jq -c 'select(.type=="project") | .basis_column' < <(pbtable "$f" 2>/dev/null)
		[ "$output" = false ]
		# pbcheck asks no basis of it, and the weights add up to 100
		run pbcheck -f ndjson --fail-on never "$f"
		[ "$(jq -r 'select(.rule=="empty-field" or .rule=="weight-not-100") | .message' <<<"$output")" = "" ]
	done
	# a table with a basis column and no weights: neither key
	run jq -c 'select(.type=="project") | has("basis_column")' < <(pbtable "$EX/tab-grid.txt" 2>/dev/null)
	[ "${lines[0]}" = false ]
	run jq -c 'select(.type=="indicator") | [has("weight"), has("direction")]' < <(pbtable "$EX/tab-grid.txt" 2>/dev/null)
	[ "${lines[0]}" = '[false,false]' ]
}

@test "a 权重 and a 指标方向 column with every cell empty: weight and direction null, kept so when the records are read again" {
	t="$BATS_TEST_TMPDIR/w.txt"
	printf '1.办公经费绩效目标表\n单位：万元\n项目编码\t51152325P000000001001\t项目名称\t办公经费\n预算规模及资金用途\t预算数\t100.00\t其中：财政资金\t100.00\t其他资金\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t权重\t指标方向\n产出指标\t数量指标\t数量\t数量\t≥1项\t计划\t\t\n' > "$t"
	run ind "$t" '[.weight, .direction]'
	[ "$output" = '[null,null]' ]
	# read back (pbtable, pbcheck): a null weight was taken for no
	# column, and the keys were lost
	pbtable "$t" > "$t.ndjson"
	run bash -c "pbtable '$t.ndjson' 2>/dev/null | jq -c 'select(.type==\"indicator\") | [has(\"weight\"), has(\"direction\")]'"
	[ "$output" = '[true,true]' ]
	run bash -c "pbtable '$t.ndjson' 2>/dev/null | jq -c 'del(.file)'"
	[ "$output" = "$(jq -c 'del(.file)' "$t.ndjson")" ]
}

@test "indicator header with names no list holds (描述 数值, 指标 标准值 说明): the columns are taken in the usual order" {
	for f in "$T/header-desc-value-names.txt" "$T/header-standard-value-names.txt"; do
		run ind "$f" '[.level3, .description, .value, .num, .basis]'
		[ "${lines[0]}" = '["维修工程数","完成维修养护的供水工程","≥12处",12,"年度计划"]' ]
		[ "${lines[1]}" = '["水质达标率","出厂水水质检测达标率","≥95%",95,"检测报告"]' ]
		run unp "$f" '.reason'
		[ -z "$output" ]
	done
}

@test "a merged level-1 cell printed mid-block: the rows above it take it, when their level-2 names belong under it" {
	run ind "$T/level1-centred.txt" '[.line, .level1, .level2]'
	[ "${lines[0]}" = '[15,"产出指标","数量指标"]' ]
	[ "${lines[3]}" = '[18,"效益指标","社会效益指标"]' ]
	[ "${lines[4]}" = '[19,"效益指标","可持续影响指标"]' ]
	run pbcheck --fail-on never -f ndjson "$T/level1-centred.txt"
	[ "$(printf '%s\n' "$output" | jq -r .rule | grep -c -e level2-wrong-level1 -e empty-field)" = 0 ]
	# carried too far (the next level 1 printed is another): kept, and reported
	run ind "$T/level1-carried-too-far.txt" '[.line, .level1, .level2]'
	[ "${lines[1]}" = '[16,"产出指标","社会效益指标"]' ]
	run pbcheck --fail-on never -f ndjson "$T/level1-carried-too-far.txt"
	[ "$(printf '%s\n' "$output" | jq -r .rule | grep -c level2-wrong-level1)" = 1 ]
}

@test "a row under a merged 三级指标 cell with its own description, value and basis is an indicator, not the rest of the row above" {
	run ind "$T/merged-level3.txt" '[.line, .level2, .level3, .description, .value, .unit, .basis]'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[0]}" = '[15,"数量指标","农民培训","培训场次","≥10场","场","工作计划"]' ]
	[ "${lines[1]}" = '[16,"数量指标","农民培训","培训内容覆盖面","涵盖种植养殖技术",null,"工作计划"]' ]
}

@test "a sign-off line under the table (单位负责人：… 填表人：…) is unparsed, not an indicator" {
	run proj "$T/signoff.txt" '.indicators'
	[ "$output" = 4 ]
	run unp "$T/signoff.txt" '[.line, .reason]'
	[ "$output" = '[22,"labelled text (单位负责人：…), not an indicator row"]' ]
}

@test "a full tab grid row cut by a line break inside its last cell: the rest joins the basis, no empty indicator" {
	run ind "$T/cut-last-cell.txt" '[.line, .level3, .basis]'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[1]}" = '[16,"水质达标率","检测报告"]' ]
	run unp "$T/cut-last-cell.txt" '.reason'
	[ -z "$output" ]
}

@test "an indicator table without its 一级指标 header: the rows are indicators in the usual columns, warned, not goals" {
	run proj "$T/no-header.txt" '[(.goals | length), .indicators]'
	[ "$output" = '[2,4]' ]
	[ "$(ind "$T/no-header.txt" '[.level1, .level2, .level3, .description, .value, .basis]')" = \
	  "$(ind "$T/plain-grid.txt" '[.level1, .level2, .level3, .description, .value, .basis]')" ]
	run unp "$T/no-header.txt" '[.line, .reason]'
	[ "$output" = '[14,"indicator rows without the 一级指标 header: read in the usual columns"]' ]
}

@test "an HTML table in a markdown filing (one line, or a row a line): read as the grid it draws, colspan and rowspan kept" {
	for f in "$T/html-table-rows.txt" "$T/html-table-one-line.txt"; do
		run proj "$f" '[.code, .budget, .fiscal, .other, .purpose, .schedule, .spend["12"], .goals, .indicators, .unparsed]'
		[ "$output" = '["30812325P000021100017",85.5,80,5.5,"用于农村供水工程维修养护和水质检测",{"03":null,"06":50,"10":80,"12":100},85.5,["完成供水工程维修养护","开展水质检测"],4,0]' ]
		# a rowspan'd level 1 names the rows it spans
		run ind "$f" '.level1'
		[ "${lines[1]}" = '"产出指标"' ]
		lossless "$f"
	done
	# each record keeps the line its row starts on
	run ind "$T/html-table-rows.txt" '.line'
	[ "${lines[0]}" = 21 ]
}

@test "an HTML table: a cell no field reads is unparsed, with its row" {
	run unp "$T/html-table-stray.txt" '[.line, .reason, (.text | contains("另有说明"))]'
	[ "$output" = '[15,"budget row cell that no field reads: 另有说明",true]' ]
}
