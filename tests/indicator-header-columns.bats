#!/usr/bin/env bats
# pbtable: how the indicator table's header names its columns (review
# r15, findings 1, 4, 8, 9, 11 and 15).  A second header row under the
# level names (三级指标 over 指标名称 | 指标值) was an indicator, and the
# values went into the wrong fields (cell per line: each row cut in
# two); 指标内容 or 绩效指标 right of 二级指标 was the description, every
# level 3 null; empty last header cells or a blank 备注 made a basis
# column; 一级 | 二级 | 三级 (or 一级 / 指标 wrapped) was no header; a
# 序号 column gave an unparsed record a row; 评（扣）分标准 was the basis.

load common

T="$FIX/r15a"

# each indicator as level1|level2|level3|description|value|num|basis
rows() {
	pbtable "$1" 2>/dev/null | jq -r 'select(.type=="indicator") |
		"\(.level1)|\(.level2)|\(.level3)|\(.description)|\(.value)|\(.num)|\(.basis)"'
}
# [indicators, unparsed, basis_column, budget] of each project
projs() {
	pbtable "$1" 2>/dev/null | jq -sc '[.[] | select(.type=="project") |
		[.indicators, .unparsed, .basis_column, .budget]]'
}

A='产出指标|数量指标|开放天数|全年开放天数|≥300天|300|计划
产出指标|质量指标|达标率|服务达标率|≥95%|95|标准
效益指标|社会效益指标|获得感|群众获得感|有效提升|null|经验'
# the same without the description column
N='产出指标|数量指标|开放天数|null|≥300天|300|计划
产出指标|质量指标|达标率|null|≥95%|95|标准
效益指标|社会效益指标|获得感|null|有效提升|null|经验'
# the same without the basis
B='产出指标|数量指标|开放天数|全年开放天数|≥300天|300|null
产出指标|质量指标|达标率|服务达标率|≥95%|95|null
效益指标|社会效益指标|获得感|群众获得感|有效提升|null|null'

@test "a two-row header, 三级指标 over 指标名称 | 指标值 or names under blank cells: read as one header, in every layout and encoding" {
	for lay in grid cells pipe; do
		for f in $(forms "$T/two-row-$lay.txt"); do
			[ "$(projs "$f")" = '[[3,0,null,50],[3,0,null,50],[3,0,null,50]]' ] ||
				{ echo "$f: $(projs "$f")"; return 1; }
			[ "$(rows "$f")" = "$N
$A
$A" ] || { echo "$f:"; rows "$f"; return 1; }
			run_split pbtable "$f"
			[ -z "$stderr" ] || { echo "$f: $stderr"; return 1; }
		done
		# no indicator is named after a header cell
		[ -z "$(ind "$T/two-row-$lay.txt" 'select(.level3 == "指标名称" or .level1 == null)')" ]
	done
}

@test "the level 3 headed 指标内容 or 绩效指标, 一级 | 二级 | 三级, and a 序号 column: every field in place, nothing unparsed" {
	for lay in grid cells pipe; do
		for f in $(forms "$T/names-$lay.txt"); do
			[ "$(projs "$f")" = '[[3,0,null,50],[3,0,null,50],[3,0,null,50],[3,0,null,50],[3,0,null,50]]' ] ||
				{ echo "$f: $(projs "$f")"; return 1; }
			[ "$(rows "$f")" = "$N
$A
$N
$A
$A" ] || { echo "$f:"; rows "$f"; return 1; }
			run_split pbtable "$f"
			[ -z "$stderr" ] || { echo "$f: $stderr"; return 1; }
		done
	done
	# pbcheck no longer says 三级指标 is empty
	[ "$(pbcheck "$T/names-grid.txt" | grep -c 三级指标)" -eq 0 ]
}

@test "level headers wrapped in a narrow column (一级 / 指标), also over the national columns: the header, joined" {
	for f in $(forms "$T/wrap-grid.txt"); do
		[ "$(projs "$f")" = '[[3,0,null,50],[3,0,null,50]]' ] || { echo "$f: $(projs "$f")"; return 1; }
		[ "$(rows "$f")" = "$A
$A" ] || { echo "$f:"; rows "$f"; return 1; }
	done
}

@test "no basis column: empty last header cells or a blank 备注; 评（扣）分标准 is no basis, nor 备注 after the basis part of it" {
	for lay in grid cells pipe; do
		for f in $(forms "$T/basis-$lay.txt"); do
			[ "$(projs "$f")" = '[[3,0,false,50],[3,0,false,50],[3,0,false,50],[3,0,null,50]]' ] ||
				{ echo "$f: $(projs "$f")"; return 1; }
			[ "$(rows "$f")" = "$B
$B
$B
$A" ] || { echo "$f:"; rows "$f"; return 1; }
		done
		# the scoring rule and the note are fields of their own
		# (tests/indicator-note-scoring.bats), no unparsed records
		[ "$(ind "$T/basis-$lay.txt" '.scoring' | grep -c '完成得满分')" -eq 3 ]
		[ "$(ind "$T/basis-$lay.txt" 'select(.note) | .note')" = '"新增"' ]
		[ -z "$(unp "$T/basis-$lay.txt" '.')" ]
		# pbcheck asks for no 指标值确定依据 where the table has none
		[ "$(pbcheck "$T/basis-$lay.txt" | grep -c '指标值确定依据 is empty')" -eq 0 ]
	done
}

@test "a two-row header drawn again after a page break: both its rows passed over, no indicator of them" {
	for lay in grid cells; do
		f="$T/two-row-repeat-$lay.txt"
		[ "$(projs "$f")" = '[[3,0,null,50],[3,0,null,50],[3,1,null,50]]' ] || { echo "$f: $(projs "$f")"; return 1; }
		# the page number alone is the one unparsed record
		[ "$(unp "$f" '.reason')" = '"page number line inside the indicator table is no row of it"' ]
		[ "$(ind "$f" 'select(.project_seq == 3) | .value' | tr '\n' ' ')" = '"≥300天" "≥95%" "有效提升" ' ]
	done
}
