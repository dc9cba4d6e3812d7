#!/usr/bin/env bats
# Memory: valgrind over the examples for every tool, error paths included,
# and running out of memory is a message and exit 2, never a crash.

load common

vg() {
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--error-exitcode=99 "$@"
}

@test "valgrind: every tool over the examples, clean" {
	no_valgrind && skip "no valgrind, or a sanitizer build"
	vg pbsplit "$EX"/*.txt > /dev/null
	vg pbtable "$EX"/*.txt "$FIX"/pbtable/*.txt "$FIX"/goals7/*.txt > /dev/null 2>&1
	run vg pbcheck "$EX"/*.txt
	[ "$status" -ne 99 ]
	vg pbsum -g dept,region --total "$EX"/*.txt > /dev/null
	pbtable "$EX"/*.txt | vg pbsum -g dept -f ndjson > /dev/null
	pbsplit "$EX"/*.txt | vg pbtable > /dev/null
}

@test "valgrind: error paths (missing file, undecodable bytes, bad JSON, bad options)" {
	no_valgrind && skip "no valgrind, or a sanitizer build"
	printf 'x\377\377\000' > "$BATS_TEST_TMPDIR/bad"
	printf '{"type":"project","budget":1e99}\n{oops\n' > "$BATS_TEST_TMPDIR/bad.ndjson"
	for t in pbsplit pbtable pbcheck pbsum; do
		run vg $t /nonexistent "$BATS_TEST_TMPDIR/bad" "$BATS_TEST_TMPDIR/bad.ndjson"
		[ "$status" -eq 2 ]
		run vg $t --no-such-option
		[ "$status" -eq 2 ]
	done
}

@test "out of memory is a message and exit 2" {
	[ -z "${PB_SANITIZE:-}" ] || skip "ulimit -v and AddressSanitizer do not mix"
	head -c 100000000 /dev/zero | tr '\0' y > "$BATS_TEST_TMPDIR/big"
	for t in pbsplit pbtable pbcheck pbsum; do
		run bash -c "ulimit -v 150000; $t '$BATS_TEST_TMPDIR/big' > /dev/null"
		[ "$status" -eq 2 ]
		[[ "$output" == *"$t: $BATS_TEST_TMPDIR/big"*"out of memory"* ]]
	done
}
