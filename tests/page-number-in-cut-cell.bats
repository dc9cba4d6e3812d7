#!/usr/bin/env bats
# pbtable: what session 19's reviews left (a page number inside a cut cell).

load common

# examples/tab-grid.txt with the cell 场馆设施设备完好率 (line 66) cut
# after 完, SED's lines between the two pieces; the rest starts as
# $1 (empty: in the first column; \t\t\t: under its own column)
grid_cut() {
	sed "66s/设备完好率\t/设备完\n$2\n$1好率\t/" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
}

@test "a tab-grid cell cut by a page break: its page number is no part of the cell's text" {
	local want
	want=$(ind "$EX/tab-grid.txt" 'select(.line == 66) | [.description, .value, .basis, .seq]')
	[ "$want" = '["场馆设施设备完好率","≥95%","设施管理制度",3]' ]
	# the number alone, with blank lines about it or not
	for between in '7' '\n7\n' '\n\n7'; do
		grid_cut '' "$between"
		run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 66) | [.description, .value, .basis, .seq]'
		[ "$output" = "$want" ] || { echo "between '$between': $output"; return 1; }
		# the page number is said, not dropped
		run unp "$BATS_TEST_TMPDIR/in.txt" '.reason'
		[ "$output" = '"page number line inside the indicator table is no row of it"' ]
		# and the rows after keep their numbers
		run ind "$BATS_TEST_TMPDIR/in.txt" '.seq'
		[ "$output" = "$(ind "$EX/tab-grid.txt" '.seq')" ]
	done
}

@test "a tab-grid cell cut by a page break with the header again: the rest under its column joins it, the page number apart" {
	local hdr
	hdr=$(grep -m1 '^一级指标	' "$EX/tab-grid.txt")
	grid_cut '\t\t\t' "\n7\n\n$hdr"
	run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 66) | [.description, .value, .basis]'
	[ "$output" = '["场馆设施设备完好率","≥95%","设施管理制度"]' ]
	run unp "$BATS_TEST_TMPDIR/in.txt" '[.line, .reason]'
	[ "$output" = '[68,"page number line inside the indicator table is no row of it"]' ]
}

@test "a line of digits that carries on a cut cell with no page break after it is still the cell's rest" {
	# 完成率达到9 / 5%\t…: the rest has the row's cells after it, on its line
	sed '66s/场馆设施设备完好率\t≥95％/场馆设施设备完好率达\n95%\t≥95％/' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 66) | [.description, .value]'
	[ "$output" = '["场馆设施设备完好率达95%","≥95%"]' ]
}

# pbtable's records of $1 without what says where they stand
recs() {
	pbtable "$1" 2>/dev/null | jq -c 'del(.file) | with_entries(select(.key | test("line$") | not))'
}

@test "a title wrapped right after its number (2. / 非遗…绩效目标表) is one title, the number no row of the table before" {
	sed '78s/^2\./2.\n/' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	[ "$(sed -n 78p "$BATS_TEST_TMPDIR/in.txt")" = "2." ]
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/in.txt' | jq -c 'select(.kind == \"project_table\") | [.line, .title]' | sed -n 2p"
	[ "$output" = '[78,"非遗保护传承专项绩效目标表"]' ]
	[ "$(recs "$BATS_TEST_TMPDIR/in.txt")" = "$(recs "$EX/tab-grid.txt")" ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/in.txt' | pbcheck"
	[[ "$output" != *"[unparsed]"* ]]
}

@test "a title wrapped inside the year after its number (2.20 / 25年…表, 2. / 2025年…表) keeps the year whole" {
	for cut in 2. 2.2 2.20 2.202 2.2025; do
		sed "78s/^2\./2.2025年/" "$EX/tab-grid.txt" | sed "78s/^$cut/$cut\n/" > "$BATS_TEST_TMPDIR/in.txt"
		[ "$(sed -n 78p "$BATS_TEST_TMPDIR/in.txt")" = "$cut" ]
		run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.seq == 2) | [.line, .title, .code]'
		[ "$output" = '[78,"2025年非遗保护传承专项绩效目标表","51152325P000013100021"]' ] || { echo "$cut: $output"; return 1; }
		run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.seq == 1) | .unparsed'
		[ "$output" = 0 ]
	done
}

@test "a line above a title that is no number of it (a page number, a value) is not joined to it" {
	# the title unnumbered, under 7 (a page's number) or 2.5 (no year after)
	for above in 7 2.5 2.3; do
		sed "78s/^2\./$above\n/" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
		run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.seq == 2) | [.line, .title]'
		[ "$output" = '[79,"非遗保护传承专项绩效目标表"]' ] || { echo "$above: $output"; return 1; }
	done
}

@test "a key given twice in one record is a bad record to every reader, named, the rest read" {
	f="$BATS_TEST_TMPDIR/dup.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":5,"budget":7}' > "$f"
	each_reader 2 "$f" "$f:1: the key \"budget\" is given twice in one object (which one holds is not known)"
	# nested, and the lines around it still read
	printf '%s\n' '{"type":"project","code":"A","budget":1,"fiscal":1,"other":0,"spend":null}' \
	              '{"type":"project","code":"B","budget":2,"spend":{"03":1,"06":1,"03":2}}' \
	              '{"type":"project","code":"C","budget":4,"fiscal":4,"other":0,"spend":null}' > "$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsum: $f:2: the key \"03\" is given twice in one object (which one holds is not known)" ]
	[ "$(jq -c '[.projects, .budget]' <<< "$output")" = '[2,5]' ]
	# one name in two objects is no repeat
	printf '%s\n' '{"type":"project","code":"A","budget":1,"schedule":{"03":1},"spend":{"03":1}}' > "$f"
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
}

@test "pbsum: a sum record no pbsum writes (nospend over projects, spend beside nospend = projects, money over no project, a fifth checkpoint) is a bad record" {
	f="$BATS_TEST_TMPDIR/sums.ndjson"
	ok='{"type":"sum","group":{},"projects":1,"budget":1,"fiscal":1,"other":0,"spend":{"03":1,"06":1,"10":1,"12":1},"skipped":0,"nospend":{"03":0,"06":0,"10":0,"12":0}}'
	for bad in \
		'"nospend":{"03":2,"06":0,"10":0,"12":0}|nospend 03 is more than projects' \
		'"nospend":{"03":0,"06":1,"10":0,"12":0}|spend 06 is money, yet nospend 06 is projects (no project states it: it must be null)' \
		'"projects":0,"budget":5,"fiscal":5,"other":0,"spend":{"03":null,"06":null,"10":null,"12":null},"nospend":{"03":0,"06":0,"10":0,"12":0}|money over no project (projects is 0)' \
		'"spend":{"03":1,"06":1,"10":1,"12":1,"15":9}|spend is not an object of four numbers (or null) 03, 06, 10, 12'; do
		# the fields replace the good record's
		jq -c --argjson p "{${bad%%|*}}" '. + $p' <<< "$ok" > "$f"
		echo "$ok" >> "$f"
		run_split pbsum -f ndjson "$f"
		[ "$status" -eq 2 ] || { echo "$bad: $status"; return 1; }
		[[ "$stderr" == "pbsum: $f:1: sum record: ${bad#*|}"* ]] || { echo "$stderr"; return 1; }
		# the good one is still summed
		[ "$(jq -c '[.projects, .budget]' <<< "$output")" = '[1,1]' ]
	done
	# pb 0.9.0 wrote 0 where no project states the checkpoint: merged as ever
	jq -c '. + {"spend":{"03":0,"06":1,"10":1,"12":1},"nospend":{"03":1,"06":0,"10":0,"12":0}}' <<< "$ok" > "$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[ "$(jq -c '.spend."03"' <<< "$output")" = null ]
	# what pbsum writes, merged, stays sound: a project without 03
	printf '%s\n' '{"type":"project","dept":"a","budget":1,"fiscal":1,"other":0,"spend":{"03":null,"06":1,"10":1,"12":1}}' \
	              '{"type":"project","dept":"a","budget":2,"fiscal":2,"other":0,"spend":{"03":1,"06":1,"10":1,"12":2}}' > "$f"
	run bash -c "pbsum -g dept -f ndjson '$f' | pbsum -g dept -f ndjson"
	[ "$status" -eq 0 ]
	[ "$(jq -c '[.projects, .spend."03", .nospend."03"]' <<< "$output")" = '[2,1,1]' ]
}

@test "a lone surrogate escape is a bad record (json-c made it U+FFFD: two groups summed as one); a pair is a character" {
	f="$BATS_TEST_TMPDIR/sur.ndjson"
	printf '%s\n' '{"type":"project","dept":"\ud800A","budget":1,"fiscal":1,"other":null,"spend":null}' \
	              '{"type":"project","dept":"\udbffA","budget":2,"fiscal":2,"other":null,"spend":null}' \
	              '{"type":"project","dept":"\ud83d\ude00","budget":4,"fiscal":4,"other":null,"spend":null}' \
	              '{"type":"project","dept":"\\ud800","budget":8,"fiscal":8,"other":null,"spend":null}' > "$f"
	run_split pbsum -g dept -f ndjson "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsum: $f:1: a string holds a lone surrogate escape (\\ud800 to \\udfff, no character)
pbsum: $f:2: a string holds a lone surrogate escape (\\ud800 to \\udfff, no character)" ]
	[ "$(jq -c '[.group.dept, .budget]' <<< "$output" | sort | tr '\n' ' ')" = '["\\ud800",8] ["😀",4] ' ]
}

@test "NDJSON: a line of blanks is skipped as an empty one is; text that is no JSON is 'not valid JSON'" {
	f="$BATS_TEST_TMPDIR/blank.ndjson"
	printf '%s\n' '{"type":"project","budget":1,"fiscal":1,"other":null,"spend":null}' '' '   ' '	' \
	              '{"type":"project","budget":2,"fiscal":2,"other":null,"spend":null}' > "$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	printf '%s\n' '{"type":"project","budget":1}' 'hello' '[1]' > "$f"
	run_split pbcheck "$f"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbcheck: $f:2: not valid JSON"* ]]
	[[ "$stderr" == *"pbcheck: $f:3: not a JSON object"* ]]
}

@test "pbcheck: an indicator record with num, op, unit, kind, seq, project_seq or doc of the wrong type is a bad record" {
	f="$BATS_TEST_TMPDIR/types.ndjson"
	pbtable "$EX/tab-grid.txt" > "$f.ok"
	n=$(grep -n -m1 '"type":"indicator"' "$f.ok" | cut -d: -f1)
	for kv in '"num":"300"' '"op":5' '"unit":5' '"kind":7' '"seq":"x"' '"project_seq":"1"' '"doc":"1"'; do
		k=${kv%%:*}
		awk -v n="$n" -v kv="$kv" -v k="$k" 'NR == n { sub(k ":[^,}]*", kv) } 1' "$f.ok" > "$f"
		run_split pbcheck "$f"
		[ "$status" -eq 2 ] || { echo "$kv: $status"; return 1; }
		[[ "$stderr" == *"pbcheck: $f:$n: indicator record: $k is not a"* ]] || { echo "$stderr"; return 1; }
	done
	# an integer num is a number
	awk -v n="$n" 'NR == n { sub("\"num\":[^,}]*", "\"num\":95") } 1' "$f.ok" > "$f"
	run_split pbcheck --fail-on never "$f"
	[ "$status" -eq 0 ]
}
