#!/usr/bin/env bats
# The input layer as the tools show it: records are UTF-8 whatever the
# encoding asked for filings, or guessed.

load common

setup() {
	pbtable "$EX"/*.txt > "$BATS_TEST_TMPDIR/t.ndjson" 2>/dev/null
}

@test "records read with --encoding gb18030 are still UTF-8: the filings' encoding is not theirs" {
	run bash -c "pbsum --encoding gb18030 -f ndjson -g dept '$BATS_TEST_TMPDIR/t.ndjson' | jq -r .group.dept"
	[ "$status" -eq 0 ]
	want="$(pbsum -f ndjson -g dept "$BATS_TEST_TMPDIR/t.ndjson" | jq -r .group.dept)"
	[ "$(printf "%s\n" "$want" | grep -c 局)" -ge 2 ]
	[ "$output" = "$want" ]
	# a pipeline that passes the option to every tool
	run bash -c "pbtable --encoding gb18030 '$EX/gb18030-crlf.txt' | pbcheck --encoding gb18030 --fail-on never"
	[ "$status" -eq 0 ]
	want="$(pbtable "$EX/gb18030-crlf.txt" | pbcheck --fail-on never)"
	[ "$output" = "$want" ]
}

@test "a stray byte in records is reported, and the rest is not read as GB18030" {
	# \xC4\xE3 is 你 in GB18030 and no UTF-8: one record so, then all
	{ printf '\n'; grep -m1 '"type":"project"' "$BATS_TEST_TMPDIR/t.ndjson" |
	  sed 's/"dept":"[^"]*"/"dept":"\xC4\xE3"/'; cat "$BATS_TEST_TMPDIR/t.ndjson"; } > "$BATS_TEST_TMPDIR/bad.ndjson"
	run_split pbsum -f ndjson -g dept "$BATS_TEST_TMPDIR/bad.ndjson"
	[ "$status" -eq 2 ]
	# the bad record is the second line
	[[ "$stderr" == *"bad.ndjson:2: invalid UTF-8 (byte "*")"* ]]
	# every other department's name comes out as it went in
	want="$(jq -r 'select(.type=="project") | .dept' "$BATS_TEST_TMPDIR/t.ndjson" | sort -u)"
	got="$(printf '%s\n' "$output" | jq -r .group.dept | grep -v '�' | sort -u)"
	[ "$(printf '%s\n' "$want" | wc -l)" -ge 3 ]
	[ "$got" = "$want" ]
}
