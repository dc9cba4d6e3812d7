#!/usr/bin/env bats
# pbsplit: a 目录 entry whose page number has a character that prints
# nothing (a zero-width space, soft hyphen, word joiner, U+FEFF) or a wide
# blank (U+3000, a no-break space) beside it, as a converter leaves one,
# is still an entry: the toc does not end there, and its entries do not
# become part and other blocks.

load common

# block kinds of FILE in order, one line
kinds() {
	pbsplit "$1" | jq -r 'select(.type=="block") | .kind' | paste -sd' '
}

# FILE with CHAR put at WHERE (pre: before each toc entry's page number,
# post: after it, lead: after its leaders) of every entry
put() {
	local re
	case $3 in
	pre) re='s/^(.*(\.\.\.|…)[[:space:]]*)([0-9]+[[:space:]]*)$/\1'"$2"'\3/' ;;
	post) re='s/^(.*(\.\.\.|…)[[:space:]]*[0-9]+)([[:space:]]*)$/\1'"$2"'\3/' ;;
	lead) re='s/^(.*(\.\.\.|…))([[:space:]]*[0-9]+[[:space:]]*)$/\1'"$2"'\3/' ;;
	esac
	sed -E "$re" "$1"
}

@test "a toc entry with an invisible character or a wide blank by its page number stays an entry" {
	local f c w n=0
	for f in "$EX/tab-grid.txt" "$EX/markdown.txt"; do
		want=$(kinds "$f")
		[[ "$want" == *toc* ]]
		for c in $'\u200b' $'\u00ad' $'\u2060' $'\ufeff' $'\u3000' $'\u00a0'; do
			for w in pre post lead; do
				put "$f" "$c" "$w" > "$BATS_TEST_TMPDIR/x.txt"
				# the variant really differs from the filing
				! cmp -s "$f" "$BATS_TEST_TMPDIR/x.txt"
				got=$(kinds "$BATS_TEST_TMPDIR/x.txt")
				[ "$got" = "$want" ] || { echo "$f $w $(printf %q "$c"): $got"; return 1; }
				lossless "$BATS_TEST_TMPDIR/x.txt"
				n=$((n + 1))
			done
		done
	done
	[ "$n" -eq 36 ]
}

@test "a line of text that ends in a zero-width space and a number is no toc entry" {
	printf '%s\n' '目录' '' '一、总体绩效目标.....	1' '' '第一部分 部门整体绩效目标' '' \
		'一、总体绩效目标' '' $'全年完成任务\u200b3' > "$BATS_TEST_TMPDIR/t.txt"
	run pbsplit "$BATS_TEST_TMPDIR/t.txt"
	[ "$status" -eq 0 ]
	# the line stays in the goal's block, the toc ends where it did
	echo "$output" | jq -se 'map(select(.type=="block" and .kind=="overall_goal"))[0].text | endswith("任务\u200b3\n")'
	echo "$output" | jq -se 'map(select(.type=="block" and .kind=="toc"))[0].end_line == 4'
}
