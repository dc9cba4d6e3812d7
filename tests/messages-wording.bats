#!/usr/bin/env bats
# Review r12 (the documents against the tools): messages that named the
# wrong problem or said it more than once.

load common

@test "an amount too large or too precise to hold exactly is said to be so, not 'not an amount'" {
	local f="$BATS_TEST_TMPDIR/huge.txt" line
	line=$(grep -n $'预算数\t50.00' "$EX/tab-grid.txt" | cut -d: -f1)
	[ -n "$line" ]
	sed "${line}s/预算数\t50.00/预算数\t99999999999999999999.99/" "$EX/tab-grid.txt" > "$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"huge.txt:$line: warning: 预算数 is too large or too precise to hold exactly: 99999999999999999999.99"* ]]
	[[ "$stderr" != *"not an amount"* ]]
	# a 元 amount with more decimals than 万元 can hold exactly
	sed "${line}s/预算数\t50.00/预算数（元）\t1.123456789012345678/" "$EX/tab-grid.txt" > "$f"
	run_split pbtable "$f"
	[[ "$stderr" == *":$line: warning: 预算数 is too large or too precise to hold exactly: 1.123456789012345678"* ]]
	# a typo is still not an amount
	sed "${line}s/预算数\t50.00/预算数\t5O.00/" "$EX/tab-grid.txt" > "$f"
	run_split pbtable "$f"
	[[ "$stderr" == *":$line: warning: 预算数 is not an amount: 5O.00"* ]]
}

@test "a TSV table given back (pbsum | pbsum, pbtable -f tsv | pbcheck) is said to be one" {
	local msg="-: a TSV table (its first line names fields), not a filing or records: the tools read back NDJSON (-f ndjson)"
	run_split bash -c "pbsum -g dept '$EX/tab-grid.txt' | pbsum -g dept"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsum: $msg" ]
	run_split bash -c "pbtable -f tsv '$EX/tab-grid.txt' | pbcheck"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbcheck: $msg" ]
	run_split bash -c "pbcheck -f tsv --fail-on never '$EX/tab-grid.txt' '$FIX/pbcheck/page-noise.fire.txt' | pbtable"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbtable: $msg" ]
	# the NDJSON sums still merge
	run_split bash -c "pbsum -g dept -f ndjson '$EX/tab-grid.txt' | pbsum -g dept"
	[ "$status" -eq 0 ]
	[ "$output" = "$(pbsum -g dept "$EX/tab-grid.txt")" ]
}

@test "pbcheck --enable ,,: the empty rule name said once" {
	run_split pbcheck --enable ,, "$EX/tab-grid.txt"
	[ "$status" -eq 2 ]
	# said once, then the usage text (r17: a bad value is a usage error)
	[ "$(echo "$stderr" | head -1)" = "pbcheck: empty rule name in ',,' (see --list-rules)" ]
	[ "$(echo "$stderr" | grep -c 'empty rule name')" -eq 1 ]
	[[ "$(echo "$stderr" | sed -n 2p)" == "usage: pbcheck "* ]]
}

# vary SED FROM TO: TO is FROM edited by SED, and differs from it
vary() {
	sed "$1" "$2" > "$3"
	! cmp -s "$2" "$3"
}

# goals of the first project, and its unparsed count, of FILE
goals1() {
	pbtable "$1" | jq -c 'select(.type == "project" and .seq == 1) | [.goals, .unparsed]'
}

@test "the goals' label with a colon and the goals in one cell (绩效目标：1.…): the goals, in every layout" {
	local d="$BATS_TEST_TMPDIR"
	local want='[["保障场馆全年免费开放","开展群众文化活动"],0]'
	[ "$(goals1 "$EX/tab-grid.txt")" = "$want" ]
	vary '62s/^绩效目标\t/绩效目标：/' "$EX/tab-grid.txt" "$d/g1.txt"
	[ "$(goals1 "$d/g1.txt")" = "$want" ]
	# the label's own words, an ASCII colon and a goal in the next cell
	vary '62s/^绩效目标\t1.保障场馆全年免费开放 /年度绩效目标: 1.保障场馆全年免费开放\t/' "$EX/tab-grid.txt" "$d/g2.txt"
	[ "$(goals1 "$d/g2.txt")" = "$want" ]
	vary '49{N;s/^\t绩效目标\n\t/\t绩效目标：/}' "$EX/cell-per-line.txt" "$d/c1.txt"
	[ "$(goals1 "$d/c1.txt")" = "$(goals1 "$EX/cell-per-line.txt")" ]
	[ "$(goals1 "$d/c1.txt")" = '[["完成农村公路日常养护","及时修补路面坑槽"],0]' ]
	vary '61s/^绩效目标\t/绩效目标：/' "$EX/markdown.txt" "$d/m1.txt"
	[ "$(goals1 "$d/m1.txt")" = '[["储备帐篷、折叠床等救灾物资","定期检查维护储备物资"],0]' ]
	# a label with nothing after its colon is the label alone, as before
	vary '62s/^绩效目标\t/绩效目标：\t/' "$EX/tab-grid.txt" "$d/g3.txt"
	[ "$(goals1 "$d/g3.txt")" = "$want" ]
}
