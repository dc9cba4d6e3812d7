#!/usr/bin/env bats
# pbtable, pbsplit: a PDF's running page header at a page break (review
# r20b, R1 R5 R2), found by inserting it into the examples.

load common

# FILE with the lines "", HEADER, （草案）, "" inserted after line N,
# into $BATS_TEST_TMPDIR/h.txt
header_draft_after() {
	awk -v n="$2" -v h="$3" '{ print } NR == n { print ""; print h; print "（草案）"; print "" }' \
		"$1" > "$BATS_TEST_TMPDIR/h.txt"
}

# the project records of a file, less what says where they are
proj_fields() {
	pbtable "$1" 2>/dev/null | jq -c 'select(.type=="project") | del(.file, .line, .end_line, .unparsed) |
		with_entries(select(.key | endswith("_line") | not))'
}

@test "R1: the draft mark under a running header in a cell-per-line budget row is the header's" {
	grep -q $'^\t预算数$' <(sed -n 27p "$EX/cell-per-line.txt")
	header_draft_after "$EX/cell-per-line.txt" 27 2025年部门预算绩效文本
	[ "$(proj_fields "$BATS_TEST_TMPDIR/h.txt")" = "$(proj_fields "$EX/cell-per-line.txt")" ]
	[ "$(proj "$BATS_TEST_TMPDIR/h.txt" '[.budget, .fiscal, .other]')" = '[88,80,8]' ]
	# both lines of the header are said, as the header's
	[ "$(unp "$BATS_TEST_TMPDIR/h.txt" .text)" = "$(printf '%s\n' '"2025年部门预算绩效文本\n"' '"（草案）\n"')" ]
	[ "$(unp "$BATS_TEST_TMPDIR/h.txt" .reason | sort -u | grep -c 'page header')" -eq 1 ]
	! pbtable "$BATS_TEST_TMPDIR/h.txt" 2>/dev/null | grep -q '草案）[^\\]'
}

@test "R1: under a running header before the code (cell per line), the code and year stay" {
	grep -q $'^\t项目编码$' <(sed -n 21p "$EX/cell-per-line.txt")
	header_draft_after "$EX/cell-per-line.txt" 21 2025年部门预算绩效文本
	[ "$(proj_fields "$BATS_TEST_TMPDIR/h.txt")" = "$(proj_fields "$EX/cell-per-line.txt")" ]
	[ "$(proj "$BATS_TEST_TMPDIR/h.txt" '[.code, .year]')" = '["13071225P001234100010",2025]' ]
	[ "$(ind "$BATS_TEST_TMPDIR/h.txt" .project | sort -u)" = '"13071225P001234100010"' ]
}

@test "R1: the draft mark under a running header before a tab grid's purpose is no purpose" {
	grep -q '^预算规模及 资金用途' <(sed -n 58p "$EX/tab-grid.txt")
	header_draft_after "$EX/tab-grid.txt" 58 '2025 年部门预算绩效文本'
	[ "$(proj_fields "$BATS_TEST_TMPDIR/h.txt")" = "$(proj_fields "$EX/tab-grid.txt")" ]
	! pbtable "$BATS_TEST_TMPDIR/h.txt" 2>/dev/null | jq -r 'select(.type=="project") | .purpose, .goals[]' | grep -q 草案
}

@test "R1: a cell-per-line cell cut by a running header with its draft mark is read whole" {
	# the purpose cell cut after 用于农村 (its rest on the next line)
	awk 'NR == 35 { print "\t用于农村"; print ""; print "2025年部门预算绩效文本"; print "（草案）"; print "";
		sub(/^\t用于农村/, ""); print; next } { print }' "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/c.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/c.txt" .purpose)" = "$(proj "$EX/cell-per-line.txt" .purpose)" ]
}

# tab-grid.txt, then its last page's running header (title, page number),
# then tab-grid.txt again with its cover title's year $1, into
# $BATS_TEST_TMPDIR/cat.txt
concat_after_header() {
	{ cat "$EX/tab-grid.txt"; printf '\n2025 年部门预算绩效文本\n7\n\n'
	  sed "s/^2025 年部门预算绩效文本$/$1 年部门预算绩效文本/" "$EX/tab-grid.txt"; } > "$BATS_TEST_TMPDIR/cat.txt"
}

@test "R5: a filing after another's last running header is named by its own cover" {
	grep -q '^2025 年部门预算绩效文本$' "$EX/tab-grid.txt"
	concat_after_header 2024
	run pbsplit "$BATS_TEST_TMPDIR/cat.txt"
	[ "$(jq -c 'select(.type=="doc") | [.doc, .year, .title, .draft, .compiled_by]' <<< "$output")" = \
	  "$(printf '%s\n' '[1,2025,"2025年部门预算绩效文本",true,"南溪县文化广电和旅游局"]' \
	                  '[2,2024,"2024年部门预算绩效文本",true,"南溪县文化广电和旅游局"]')" ]
	[ "$(proj "$BATS_TEST_TMPDIR/cat.txt" '[.doc, .year]' | sort -u)" = "$(printf '%s\n' '[1,2025]' '[2,2024]')" ]
	run pbsum -g year "$BATS_TEST_TMPDIR/cat.txt"
	[ "$(awk 'NR > 1 { print $1, $2 }' <<< "$output")" = "$(printf '%s\n' '2024 3' '2025 3')" ]
}

@test "R5: the last running header before a filing without a cover gives it no year" {
	! grep -q '年部门预算绩效文本' "$EX/cell-per-line.txt" # no cover
	{ cat "$EX/tab-grid.txt"; printf '\n2025 年部门预算绩效文本\n7\n\n'
	  sed 's/2025年/2024年/g; s/13071225P/13071224P/' "$EX/cell-per-line.txt"; } > "$BATS_TEST_TMPDIR/cat.txt"
	sed 's/2025年/2024年/g; s/13071225P/13071224P/' "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/b.txt"
	run pbsplit "$BATS_TEST_TMPDIR/cat.txt"
	[ "$(jq -c 'select(.type=="doc") | [.doc, .year, .title, .draft]' <<< "$output")" = \
	  "$(printf '%s\n' '[1,2025,"2025年部门预算绩效文本",true]' '[2,null,null,null]')" ]
	# doc 2's projects as the filing alone gives them
	[ "$(proj "$BATS_TEST_TMPDIR/cat.txt" 'select(.doc==2) | [.year, .code]')" = \
	  "$(proj "$BATS_TEST_TMPDIR/b.txt" '[.year, .code]')" ]
}

@test "R2: a running header between a wrapped title's pieces (cell per line) is the title's" {
	grep -q '1\.2025年农村公路日常养护经费绩效目标$' <(sed -n 16p "$EX/cell-per-line.txt")
	grep -q '^表$' <(sed -n 17p "$EX/cell-per-line.txt")
	# the title's last piece, 表, after the header
	awk '{ print } NR == 16 { print ""; print "2025年部门预算绩效文本"; print "7"; print "" }' \
		"$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/t.txt"
	run pbsplit "$BATS_TEST_TMPDIR/t.txt"
	[ "$(jq -c 'select(.type=="doc") | .doc' <<< "$output")" = 1 ]
	[ "$(jq -r 'select(.kind=="project_table") | .title' <<< "$output")" = 2025年农村公路日常养护经费绩效目标表 ]
	# one project, as without the header; no empty one before it
	[ "$(proj "$BATS_TEST_TMPDIR/t.txt" '[.doc, .dept, .code, .source_unit, .budget]')" = \
	  '[1,"青山镇交通运输服务中心","13071225P001234100010","万元",88]' ]
	[ "$(proj_fields "$BATS_TEST_TMPDIR/t.txt")" = "$(proj_fields "$EX/cell-per-line.txt")" ]
}
