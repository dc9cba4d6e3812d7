#!/usr/bin/env bats
# What the four tools share on the command line: messages named by the
# tool, help that a full disk does not swallow, options that say what they
# take, and inputs that are no filing reported as such.
load common

TOOLS="pbsplit pbtable pbcheck pbsum"

@test "cli: --help to a full disk is a failed write, for every tool" {
	[ -w /dev/full ] || skip "no /dev/full"
	for t in $TOOLS; do
		run_split bash -c "$t --help > /dev/full"
		[ "$status" -eq 2 ] || { echo "$t: status $status"; return 1; }
		[[ "$stderr" == "$t: write error"* ]] || { echo "$t: $stderr"; return 1; }
	done
}

@test "cli: --version names the tool and pb's version, the same for all four" {
	local versions=""
	for t in $TOOLS; do
		run_split "$t" --version
		[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$t: $status $stderr"; return 1; }
		[[ "$output" =~ ^$t\ \(pb\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "$output"; return 1; }
		versions+="${output#$t }"$'\n'
	done
	[ "$(printf '%s' "$versions" | sort -u | wc -l)" -eq 1 ]
	if [ -w /dev/full ]; then
		run_split bash -c "pbsum --version > /dev/full"
		[ "$status" -eq 2 ]
	fi
}

@test "cli: an unknown option is named by the tool, not by the path it was run by" {
	for t in $TOOLS; do
		run_split "$(command -v "$t")" --no-such-option
		[ "$status" -eq 2 ]
		[[ "$stderr" == "$t: unrecognized option '--no-such-option'"* ]] || { echo "$stderr"; return 1; }
	done
}

@test "cli: a bad option value lists the values there are" {
	run_split pbsum -f xml
	[ "$status" -eq 2 ]
	[[ "$stderr" = "pbsum: unknown format 'xml' (one of: tsv, ndjson)
usage: pbsum "* ]]
	run_split pbcheck --fail-on bogus
	[ "$status" -eq 2 ]
	[[ "$stderr" = "pbcheck: unknown severity 'bogus' (one of: info, warning, error, never)
usage: pbcheck "* ]]
	run_split pbtable --encoding latin1
	[ "$status" -eq 2 ]
	[[ "$stderr" = "pbtable: unknown encoding 'latin1' (one of: auto, utf-8, gb18030)
usage: pbtable "* ]]
}

@test "cli: pbtable -t without -f tsv is a usage error, not ignored" {
	run_split pbtable -t project "$EX/tab-grid.txt"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == "pbtable: -t chooses the TSV table: give it with -f tsv"* ]]
	run_split pbtable -f tsv -t project "$EX/tab-grid.txt"
	[ "$status" -eq 0 ]
}

@test "cli: pbcheck --list-rules or --explain with a FILE is a usage error" {
	run_split pbcheck --list-rules "$EX/tab-grid.txt"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == "pbcheck: --list-rules takes no FILE"* ]]
	run_split pbcheck --explain budget-sum "$EX/tab-grid.txt"
	[ "$status" -eq 2 ]
	run_split pbcheck --list-rules
	[ "$status" -eq 0 ]
	[[ "$output" == *budget-sum* ]]
}

@test "cli: pbcheck -s counts the files it could not read apart" {
	run_split pbcheck -s --fail-on never "$BATS_TEST_TMPDIR/nosuch" "$BATS_TEST_TMPDIR" "$EX/tab-grid.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbcheck: 3 files: 1 read, 2 failed; 3 projects,"* ]]
}

@test "cli: a filing without budget projects (cover, part 1, a part 2 that says so) is a warning, status 0" {
	f="$FIX/cli/no-projects.txt"
	each_reader 0 "$f" "$f: warning: no project table: a filing without budget projects"
	# and from pbsplit's records
	each_reader 0 "$f" "-: warning: no project table: a filing without budget projects" records
	run_split pbsum -f ndjson "$f"
	[ "$(printf '%s\n' "$output" | jq -c '[.projects, .budget]')" = '[0,0]' ]
}

@test "cli: an input with no project table is an error, not a clean review" {
	f="$BATS_TEST_TMPDIR/notes.txt"
	printf '%s\n' 'minutes of the meeting' 'nothing to see' >"$f"
	each_reader 2 "$f" "$f: no project table found: not a budget performance filing?"
	# pbtable's TSV piped on where its NDJSON belongs
	run_split bash -c "pbtable -f tsv '$EX/tab-grid.txt' | pbcheck"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbcheck: -: a TSV table (its first line names fields), not a filing or records"* ]]
	# a filing read alongside is still reviewed
	run_split pbcheck -f ndjson --fail-on never "$f" "$EX/tab-grid.txt"
	[ "$status" -eq 2 ]
	[ -n "$output" ]
	# an empty input is nothing, not an error
	run_split pbsum /dev/null
	[ "$status" -eq 0 ]
}

@test "cli: records that were all bad are reported once, not also as no project found" {
	f="$BATS_TEST_TMPDIR/bad.ndjson"
	pbtable "$EX/tab-grid.txt" | grep '"type":"project"' | head -1 | sed 's/"budget":[0-9.]*/"budget":"x"/' >"$f"
	grep -q '"budget":"x"' "$f"
	for t in pbcheck pbsum; do
		run_split $t "$f"
		[ "$status" -eq 2 ]
		[ "$stderr" = "$t: $f:1: project record has an amount that is not a number" ] || { echo "$stderr"; return 1; }
	done
}

@test "cli: an indicator record naming another project is not reviewed as this one's" {
	f="$BATS_TEST_TMPDIR/mixed.ndjson"
	pbtable "$EX/tab-grid.txt" >"$BATS_TEST_TMPDIR/all.ndjson"
	n=$(grep -n -m 1 '^{"type":"indicator"' "$BATS_TEST_TMPDIR/all.ndjson" | cut -d: -f1)
	sed "${n}s/\"project\":\"[^\"]*\"/\"project\":\"99999924P000000000001\"/" \
		"$BATS_TEST_TMPDIR/all.ndjson" >"$f"
	! cmp -s "$f" "$BATS_TEST_TMPDIR/all.ndjson"
	run_split pbcheck -f ndjson --fail-on never "$f"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbcheck: $f:$n: indicator record of another project than the project record before it; left out"* ]]
}

@test "cli: an input that cannot be decoded says so once, not also that it holds no table" {
	run_split pbtable --encoding utf-8 "$EX/gb18030-crlf.txt"
	[ "$status" -eq 2 ]
	# the file opens with two CRLFs: byte 5 is on line 3
	[ "$(head -c 4 "$EX/gb18030-crlf.txt" | od -An -c | tr -d ' ')" = '\r\n\r\n' ]
	# the first bad byte, and (input8) how many more there were
	[ "$stderr" = "pbtable: $EX/gb18030-crlf.txt:3: invalid UTF-8 (byte 5)
pbtable: $EX/gb18030-crlf.txt: 1724 more bytes not UTF-8, each read as U+FFFD" ]
}

@test "cli: pbtable says once that sum and finding records hold no project table, as pbcheck and pbsum say of theirs" {
	pbsum -f ndjson -g dept "$EX/tab-grid.txt" "$EX/markdown.txt" > "$BATS_TEST_TMPDIR/sums.ndjson"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/sums.ndjson")" -ge 2 ]
	run_split pbtable "$BATS_TEST_TMPDIR/sums.ndjson"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbtable: $BATS_TEST_TMPDIR/sums.ndjson:1: warning: 'sum' records hold no project table; skipped
pbtable: $BATS_TEST_TMPDIR/sums.ndjson: no project table or project record found" ]
	# beside records it reads: the warning, and the projects
	{ cat "$BATS_TEST_TMPDIR/sums.ndjson"; pbtable "$EX/tab-grid.txt"; } > "$BATS_TEST_TMPDIR/mixed.ndjson"
	run_split pbtable -t project -f tsv "$BATS_TEST_TMPDIR/mixed.ndjson"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbtable: $BATS_TEST_TMPDIR/mixed.ndjson:1: warning: 'sum' records hold no project table; skipped" ]
	[ "$(tail -n +2 <<<"$output" | wc -l)" -eq 3 ]
}

@test "cli: pbcheck --list-rules and --explain together, or --explain twice, is a usage error" {
	for args in "--explain percent-over-100 --list-rules" "--list-rules --explain percent-over-100" \
	            "--explain percent-over-100 --explain rate-unit"; do
		run_split pbcheck $args
		[ "$status" -eq 2 ]
		[ -z "$output" ]
		[[ "$stderr" == "pbcheck: --list-rules and --explain are each used alone"* ]]
	done
}
