#!/usr/bin/env bats
# Review r18b (metamorphic): extraction noise that must not change what
# pbsplit and pbtable read.  F1/F2 a trailing tab (a DOCX or PDF leaves
# one after a line now and then), F3 a bookmark line on its own, F4 a
# title wrapped right after its number.

load common

# pbtable's records of $1 without where they stand (file, lines, raw text)
recs() {
	pbtable "$1" 2>/dev/null |
		jq -c 'del(.file, .line, .end_line, .text) | with_entries(select(.key | endswith("_line") | not))'
}

# the records of $1 are those of $2, and pbcheck finds nothing more
same_as() {
	diff <(recs "$2") <(recs "$1") || return 1
	[ "$(pbtable "$1" 2>/dev/null | pbcheck | grep -c 'error:')" = \
	  "$(pbtable "$2" 2>/dev/null | pbcheck | grep -c 'error:')" ]
}

# $1 made by awk program $2 over file $3
make_case() {
	awk "$2" "$3" > "$BATS_TEST_TMPDIR/$1"
}

@test "F1: a trailing tab on two lines of a cell-per-line table leaves it a cell-per-line table" {
	make_case t.txt 'NR==103||NR==115{$0=$0"\t"}1' "$EX/cell-per-line.txt"
	same_as "$BATS_TEST_TMPDIR/t.txt" "$EX/cell-per-line.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/t.txt" '[.code, .fiscal, .other, .indicators]')" = '["13071225P001234100010",80,8,7]' ]
	lossless "$BATS_TEST_TMPDIR/t.txt"
}

@test "F1, F2: \" \\t\" after every line of a cell-per-line filing changes no record" {
	make_case t.txt '{$0=$0" \t"}1' "$EX/cell-per-line.txt"
	same_as "$BATS_TEST_TMPDIR/t.txt" "$EX/cell-per-line.txt"
	lossless "$BATS_TEST_TMPDIR/t.txt"
}

@test "F1: a tab grid is still one (tabs between cells), a trailing tab or not" {
	make_case t.txt '{$0=$0"\t"}1' "$EX/tab-grid.txt"
	same_as "$BATS_TEST_TMPDIR/t.txt" "$EX/tab-grid.txt"
}

@test "F2: a trailing tab after a wrapped title's first line keeps the title, department and code" {
	for l in 16 17; do
		make_case t.txt "NR==$l{\$0=\$0\"\\t\"}1" "$EX/cell-per-line.txt"
		[ "$(proj "$BATS_TEST_TMPDIR/t.txt" '[.dept, .dept_code, .title, .unparsed]')" = \
		  '["青山镇交通运输服务中心","703002","2025年农村公路日常养护经费绩效目标表",0]' ] ||
			{ echo "line $l"; return 1; }
		same_as "$BATS_TEST_TMPDIR/t.txt" "$EX/cell-per-line.txt"
		[ "$(pbsplit -f tsv "$BATS_TEST_TMPDIR/t.txt" | awk -F'\t' '$4=="project_table"{print $5 "|" $6}')" = \
		  '2025年农村公路日常养护经费绩效目标表|16' ]
		lossless "$BATS_TEST_TMPDIR/t.txt"
	done
}

@test "F2: \" \\t\" after every line of a filing of several tables: its headings and tables all found" {
	need_shared
	f="$SHARED/caofeidian-equipment-park-2024.txt"
	make_case t.txt '{$0=$0" \t"}1' "$f"
	[ "$(pbsplit -f tsv "$BATS_TEST_TMPDIR/t.txt" | cut -f4 | sort | uniq -c | tr -s ' ' | tr '\n' ,)" = \
	  "$(pbsplit -f tsv "$f" | cut -f4 | sort | uniq -c | tr -s ' ' | tr '\n' ,)" ]
	same_as "$BATS_TEST_TMPDIR/t.txt" "$f"
	lossless "$BATS_TEST_TMPDIR/t.txt"
}

@test "F3: a [bookmark: …] line of its own before the next table's title is no row of the table before" {
	make_case t.txt 'NR==78{print "[bookmark: _Toc_4_4_0000000002]"}1' "$EX/tab-grid.txt"
	same_as "$BATS_TEST_TMPDIR/t.txt" "$EX/tab-grid.txt"
	[ -z "$(unp "$BATS_TEST_TMPDIR/t.txt" .reason)" ]
	[ "$(proj "$BATS_TEST_TMPDIR/t.txt" .unparsed | tr '\n' ,)" = '0,0,0,' ]
	lossless "$BATS_TEST_TMPDIR/t.txt"
}

@test "F3: a DOCX title's bookmark moved onto a line of its own (cell per line, after a table)" {
	need_shared
	f="$SHARED/caofeidian-equipment-park-2024.txt"
	make_case t.txt 'NR==120{sub(/\]/, "]\n")}1' "$f"
	[ "$(sed -n 120p "$BATS_TEST_TMPDIR/t.txt")" = '[bookmark: _Toc_4_4_0000000005]' ]
	same_as "$BATS_TEST_TMPDIR/t.txt" "$f"
	run bash -c "pbtable '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | pbcheck --fail-on error | grep -c unparsed"
	[ "$output" = 0 ]
}
