#!/usr/bin/env bats
# fuzz/pb.dict as libFuzzer parses it: a line is a comment, blank, or one
# quoted entry whose bytes are ASCII (others written \xNN).  A raw
# UTF-8 entry stopped `make fuzz` at its first harness with "error in
# line 520", after every test here had passed.

load common

@test "every line of fuzz/pb.dict is a comment, blank, or a quoted ASCII entry" {
	run awk '
		/^#/ || /^[ \t]*$/ { next }
		/^[A-Za-z0-9_]*=?"([^"\\]|\\\\|\\"|\\x[0-9A-Fa-f][0-9A-Fa-f])*"[ \t]*$/ && !/[\200-\377]/ { next }
		{ print FILENAME ":" FNR ": " $0; bad = 1 }
		END { exit bad }' "$TOP/fuzz/pb.dict"
	[ "$status" -eq 0 ] || { echo "$output"; false; }
}
