#!/usr/bin/env bats
# pbsplit: findings-r1 B7, D2, D3, D4 (doc boundaries, cover fields,
# unit lines, heading variants).

load common

S3="$FIX/split3"

lossless() {
	pbsplit "$1" | jq -j 'select(.type=="block").text' | cmp - "$1"
}

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
