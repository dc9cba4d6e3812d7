#!/usr/bin/env bats
# The same filing given twice (pbcheck a a, overlapping globs, two runs
# on stdin piped into one pbcheck) is two filings to pbcheck, not one
# whose every code is a duplicate (review r9b S1).

load common

PF="$FIX/pbcheck"

@test "a filing given twice: each copy is checked alone, no false duplicate-code, the status of one" {
	f="$EX/tab-grid.txt"
	run pbcheck "$f"
	once="$output"
	st="$status"
	run pbcheck "$f" "$f"
	[ "$status" -eq "$st" ]
	[[ "$output" != *"duplicate-code"* ]]
	[ "$output" = "$(printf '%s\n%s' "$once" "$once")" ]
	# pbtable's records of both copies in one stream
	run bash -c "pbtable '$f' '$f' | pbcheck"
	[ "$status" -eq "$st" ]
	[ "$output" = "$(printf '%s\n%s' "$once" "$once")" ]
	# two runs on stdin: both say file -, doc 1
	run bash -c "{ pbtable - < '$f'; pbtable - < '$f'; } | pbcheck -f ndjson | jq -r .rule | sort | uniq -c"
	[[ "$output" != *"duplicate-code"* ]]
}

@test "a filing given twice still has its own duplicate codes found, once in each copy" {
	f="$PF/duplicate-code.fire.txt"
	run bash -c "pbcheck -f ndjson '$f' '$f' | jq -r 'select(.rule==\"duplicate-code\") | .line'"
	[ "$output" = "$(printf '36\n36')" ]
	run bash -c "pbtable '$f' '$f' | pbcheck -f ndjson | jq -r 'select(.rule==\"duplicate-code\") | .line'"
	[ "$output" = "$(printf '36\n36')" ]
}

@test "records without a project number (seq) are told apart by file and doc, as before" {
	f="$PF/duplicate-code.fire.txt"
	run bash -c "pbtable '$f' | jq -c 'if .type==\"project\" then del(.seq) else . end' | pbcheck -f ndjson | jq -r 'select(.rule==\"duplicate-code\") | .line'"
	[ "$output" = 36 ]
}
