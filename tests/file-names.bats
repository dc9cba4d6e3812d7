#!/usr/bin/env bats
# File names that are not plain text: bytes that are not UTF-8 (GBK names
# from a Windows zip) and control characters (a newline).  Records name
# each path by one text that gives the path back (\xHH for a byte that is
# not UTF-8), and every line of text (diagnostics, pbcheck's text) writes
# that name on one line (\n, \t, \r, \xHH); and out of memory names no
# record's filing.

load common

# two filings whose names differ only in a byte that is not UTF-8
gbk_pair() {
	D="$BATS_TEST_TMPDIR"
	cp "$EX/tab-grid.txt" "$D/$(printf 'x\377y.txt')"      # 3 projects, 190.5 万元
	cp "$EX/cell-per-line.txt" "$D/$(printf 'x\376y.txt')" # 1 project, 88 万元
	cd "$D"
}

# a filing with a defect on line 58, under a name with a newline
newline_name() {
	D="$BATS_TEST_TMPDIR"
	sed 's/\t20.00$/\tabc/' "$EX/tab-grid.txt" > "$D/$(printf 'w\nx.txt')"
	cd "$D"
}

@test "F1: pbsum -g file keeps two names that differ in a byte not UTF-8 apart" {
	gbk_pair
	run_split pbsum -g file x*y.txt
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1-3 | sed 1d)" = "$(printf 'x\\\\xFEy.txt\t1\t88.000000\nx\\\\xFFy.txt\t3\t190.500000')" ]
}

@test "F1: pbtable's records name the file x\\xFFy.txt, and pbsum groups them apart" {
	gbk_pair
	[ "$(pbtable x*y.txt 2>/dev/null | jq -r .file | sort | uniq -c | awk '{print $1, $2}')" = "$(printf '8 x\\xFEy.txt\n20 x\\xFFy.txt')" ]
	run bash -c 'pbtable x*y.txt 2>/dev/null | pbsum -g file -f ndjson | jq -r "[.group.file, .budget] | @tsv"'
	[ "$output" = "$(printf 'x\\\\xFEy.txt\t88\nx\\\\xFFy.txt\t190.5')" ]
}

@test "F1: a warning once per input whose name is not UTF-8, in every tool; the status stays 0" {
	gbk_pair
	for t in pbsplit pbtable "pbsum -g file"; do
		run_split $t "$(printf 'x\377y.txt')"
		[ "$status" -eq 0 ]
		[ "$stderr" = "${t%% *}: x\\xFFy.txt: warning: the file name is not UTF-8: records write its bytes as \\xHH" ]
	done
	run_split pbcheck --fail-on never "$(printf 'x\377y.txt')"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$stderr" | grep -c 'not UTF-8')" -eq 1 ]
	# records read back do not warn: their names are text already
	run_split bash -c "pbtable x*y.txt 2>/dev/null | pbsum"
	[ "$stderr" = "" ]
}

@test "F1: pbcheck's text, NDJSON and TSV name the same file as pbtable's records" {
	gbk_pair
	run_split pbcheck --fail-on never "$(printf 'x\377y.txt')"
	[[ "${lines[0]}" == 'x\xFFy.txt:'[0-9]*': '* ]]
	[ "$(pbcheck -f ndjson "$(printf 'x\377y.txt')" 2>/dev/null | jq -r .file | sort -u)" = 'x\xFFy.txt' ]
	# TSV writes every backslash of a field as \\, this one too
	[ "$(pbcheck -f tsv "$(printf 'x\377y.txt')" 2>/dev/null | cut -f1 | sed 1d | sort -u)" = 'x\\xFFy.txt' ]
}

@test "F1: pbsplit's records carry the same name, and pbtable keeps it" {
	gbk_pair
	[ "$(pbsplit "$(printf 'x\377y.txt')" 2>/dev/null | jq -r .file | sort -u)" = 'x\xFFy.txt' ]
	[ "$(pbsplit "$(printf 'x\377y.txt')" 2>/dev/null | pbtable | jq -r .file | sort -u)" = 'x\xFFy.txt' ]
}

@test "F1: a name with a backslash before x stays apart from the byte it would read as" {
	gbk_pair
	cp "$EX/tab-grid.txt" 'x\xFFy.txt'
	run_split pbsum -g file -f ndjson 'x\xFFy.txt' "$(printf 'x\377y.txt')"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -r .group.file)" = "$(printf 'x\\x5CxFFy.txt\nx\\xFFy.txt')" ]
	[[ "$stderr" == *'pbsum: x\x5CxFFy.txt: warning: the file name holds \x: records write that backslash as \x5C'* ]]
	# a backslash before anything else is written as it is, with no warning
	cp "$EX/tab-grid.txt" 'a\b.txt'
	run_split pbtable 'a\b.txt'
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | jq -r .file | sort -u)" = 'a\b.txt' ]
}

@test "F8: a newline in a file name: each diagnostic is one line" {
	newline_name
	printf 'hello\n' > "$(printf 'n\nl.txt')"
	run_split pbsum w*x.txt n*l.txt
	[ "$stderr" = "$(printf '%s\n' 'pbsum: w\nx.txt:58: warning: 其他资金 is not an amount: abc' \
		'pbsum: n\nl.txt: no project table found: not a budget performance filing?')" ]
	for t in pbsplit pbtable pbcheck pbsum; do
		run_split $t "$(printf 'no\nsuch.txt')"
		[ "$status" -eq 2 ]
		[ "$stderr" = "$t: no\\nsuch.txt: No such file or directory" ]
	done
}

@test "F8: pbcheck's text names the file as its diagnostics do, not with a space" {
	newline_name
	run_split pbcheck w*x.txt
	[ "$status" -eq 1 ]
	[[ "${lines[0]}" == 'w\nx.txt:58: error: '* ]]
	[[ "$output" != *'w x.txt'* ]]
	# the records keep the newline itself, JSON-escaped
	[ "$(pbcheck -f ndjson w*x.txt | jq -c .file | sort -u)" = '"w\nx.txt"' ]
}

@test "F8: a tab and other control characters, escaped alike in every tool" {
	cp "$EX/tab-grid.txt" "$BATS_TEST_TMPDIR/$(printf 't\ty\001\177.txt')"
	cd "$BATS_TEST_TMPDIR"
	run_split pbcheck t*.txt
	[[ "${lines[0]}" == 't\ty\x01\x7F.txt:'* ]]
	printf 'hello\n' > "$(printf 'c\r.txt')"
	run_split pbtable "$(printf 'c\r.txt')"
	[ "$stderr" = 'pbtable: c\r.txt: no project table found: not a budget performance filing?' ]
}

@test "F8: a name with a backslash and n is not taken for one with a newline" {
	printf 'hello\n' > "$BATS_TEST_TMPDIR/"'b\n.txt'
	printf 'hello\n' > "$BATS_TEST_TMPDIR/$(printf 'b\n.txt')"
	cd "$BATS_TEST_TMPDIR"
	run_split pbsplit 'b\n.txt' "$(printf 'b\n.txt')"
	[ "$stderr" = "" ]
	run_split pbtable 'b\n.txt' "$(printf 'b\n.txt')"
	[ "$stderr" = "$(printf '%s\n' 'pbtable: b\x5Cn.txt: no project table found: not a budget performance filing?' \
		'pbtable: b\n.txt: no project table found: not a budget performance filing?')" ]
}

@test "F8/F1: ordinary names are written as they were" {
	cp "$EX/tab-grid.txt" "$BATS_TEST_TMPDIR/预算 a-b.txt"
	cd "$BATS_TEST_TMPDIR"
	run_split pbcheck -f text '预算 a-b.txt'
	[[ "${lines[0]}" == '预算 a-b.txt:'* ]]
	[ "$(pbtable '预算 a-b.txt' | jq -r .file | sort -u)" = '预算 a-b.txt' ]
}

@test "F7: pbsum out of memory over records names no record's filing" {
	[ -z "${PB_SANITIZE:-}" ] || skip "ulimit -v and AddressSanitizer do not mix"
	awk 'BEGIN { for (i = 1; i <= 100000; i++)
		printf "{\"type\":\"project\",\"file\":\"filings/2024/a.txt\",\"doc\":1,\"line\":%d,\"code\":\"C%07d\",\"budget\":1.5,\"fiscal\":1.5,\"other\":null,\"spend\":{\"03\":null,\"06\":null,\"10\":null,\"12\":1.5},\"indicators\":0}\n", i, i }' \
		> "$BATS_TEST_TMPDIR/many.nd"
	run bash -c "ulimit -v 20000; pbsum -g code '$BATS_TEST_TMPDIR/many.nd' 2>&1 > /dev/null"
	[ "$status" -eq 2 ]
	[ "$output" = "pbsum: out of memory" ]
}
